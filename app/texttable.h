#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand {

// A plain-text table for terminals: columns padded to their widest cell, separated by two spaces,
// so that grep, cut and human eyes all find the columns.
class TextTable final
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    QString toString() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace Leitstand
