#pragma once

#include <QCollator>
#include <QString>

namespace Leitstand {

// The order people expect for names: by the rules of the current locale, case-insensitive, and
// numbers by value ("web-2" before "web-10"). A strict order: names only the collator considers
// equal ("Web", "web") are ordered by code points, so that sorting is deterministic.
class NaturalOrder final
{
public:
    NaturalOrder();

    bool less(const QString &left, const QString &right) const;

private:
    QCollator m_collator;
};

} // namespace Leitstand
