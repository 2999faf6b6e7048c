#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand {

// A line-based diff, enough to show what publishing would change in the status feed's documents:
// the longest common subsequence of lines, written as a unified diff.
struct DiffLine
{
    enum class Kind {
        Same,
        Removed,
        Added,
    };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// Every line of both texts, in order: kept, removed from `before` or added in `after`. Removals
// come before the additions that replace them. Texts of more than maxDiffCells line pairs are
// compared as a whole: removed, then added.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);
inline constexpr qsizetype maxDiffCells = 4'000'000;

// A unified diff ("--- before", "+++ after", "@@ -1,3 +1,4 @@" hunks with `context` unchanged
// lines around each change); empty when the texts are equal.
QString unifiedDiff(
    const QString &before, const QString &after, const QString &beforeName, const QString &afterName, int context = 3);

} // namespace Leitstand
