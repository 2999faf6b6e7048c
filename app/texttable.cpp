#include "texttable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    widths.reserve(m_header.size());
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }

    QString text;
    auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column > 0)
                line += u"  "_s;
            line += column + 1 < cells.size() ? cells.at(column).leftJustified(widths[column]) : cells.at(column);
        }
        text += line + u'\n';
    };
    appendLine(m_header);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return text;
}

} // namespace Leitstand
