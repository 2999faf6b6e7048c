#include "itemmodels/naturalorder.h"

#include <QLocale>

namespace Leitstand {

namespace {

QLocale collationLocale()
{
    // Qt compares by code points in the C locale and ignores numeric mode there. A console started
    // with LANG=C should still put web-2 before web-10, so it collates like English then.
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

} // namespace

NaturalOrder::NaturalOrder()
    : m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool NaturalOrder::less(const QString &left, const QString &right) const
{
    if (const int order = m_collator.compare(left, right); order != 0)
        return order < 0;
    return left < right;
}

} // namespace Leitstand
