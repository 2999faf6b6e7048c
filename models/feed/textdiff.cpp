#include "feed/textdiff.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    // A final line break ends the last line; it does not begin another.
    if (text.endsWith(u'\n'))
        lines.removeLast();
    return lines;
}

QString range(qsizetype start, qsizetype count)
{
    // Unified diffs number lines from 1; an empty range names the line before it.
    return count == 1 ? QString::number(start + 1) : u"%1,%2"_s.arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    QList<DiffLine> lines;
    if ((n + 1) * (m + 1) > maxDiffCells) {
        for (const QString &line : before)
            lines.append({DiffLine::Kind::Removed, line});
        for (const QString &line : after)
            lines.append({DiffLine::Kind::Added, line});
        return lines;
    }
    // common[i][j]: the length of the longest common subsequence of before[i..] and after[j..].
    const auto width = std::size_t(m + 1);
    std::vector<int> common(std::size_t(n + 1) * width, 0);
    const auto at = [&common, width](qsizetype i, qsizetype j) -> int & {
        return common[(std::size_t(i) * width) + std::size_t(j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = before.at(i) == after.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(i) == after.at(j)) {
            lines.append({DiffLine::Kind::Same, before.at(i)});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            lines.append({DiffLine::Kind::Removed, before.at(i)});
            ++i;
        } else {
            lines.append({DiffLine::Kind::Added, after.at(j)});
            ++j;
        }
    }
    return lines;
}

QString unifiedDiff(
    const QString &before, const QString &after, const QString &beforeName, const QString &afterName, int context)
{
    const QList<DiffLine> lines = diffLines(linesOf(before), linesOf(after));
    QList<qsizetype> changes;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        if (lines.at(index).kind != DiffLine::Kind::Same)
            changes.append(index);
    }
    if (changes.isEmpty())
        return {};

    QString diff = u"--- %1\n+++ %2\n"_s.arg(beforeName, afterName);
    // Line numbers in each text where every entry of `lines` starts.
    QList<qsizetype> beforeAt(lines.size() + 1);
    QList<qsizetype> afterAt(lines.size() + 1);
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const DiffLine::Kind kind = lines.at(index).kind;
        beforeAt[index + 1] = beforeAt.at(index) + (kind != DiffLine::Kind::Added ? 1 : 0);
        afterAt[index + 1] = afterAt.at(index) + (kind != DiffLine::Kind::Removed ? 1 : 0);
    }
    qsizetype change = 0;
    while (change < changes.size()) {
        const qsizetype first = std::max<qsizetype>(0, changes.at(change) - context);
        qsizetype last = changes.at(change);
        // Changes closer than twice the context share a hunk.
        while (change + 1 < changes.size() && changes.at(change + 1) - last <= 2 * qsizetype(context))
            last = changes.at(++change);
        ++change;
        const qsizetype end = std::min(lines.size(), last + context + 1);
        diff += u"@@ -%1 +%2 @@\n"_s.arg(range(beforeAt.at(first), beforeAt.at(end) - beforeAt.at(first)),
            range(afterAt.at(first), afterAt.at(end) - afterAt.at(first)));
        for (qsizetype index = first; index < end; ++index) {
            const DiffLine &line = lines.at(index);
            const QChar sign = line.kind == DiffLine::Kind::Same ? u' '
                : line.kind == DiffLine::Kind::Removed           ? u'-'
                                                                 : u'+';
            diff += sign + line.text + u'\n';
        }
    }
    return diff;
}

} // namespace Leitstand
