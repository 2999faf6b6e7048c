// The line diff behind the notice editor's preview: the longest common subsequence of lines,
// written as a unified diff with its hunk ranges counted as diff(1) counts them.

#include "feed/textdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestTextDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unified_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("diff");

        const QString header = u"--- online\n+++ new\n"_s;
        QTest::addRow("equal") << u"a\nb\n"_s << u"a\nb\n"_s << 3 << QString();
        QTest::addRow("both empty") << QString() << QString() << 3 << QString();
        QTest::addRow("one line changed") << u"a\nb\nc\nd\ne\nf\ng\n"_s << u"a\nb\nc\nX\ne\nf\ng\n"_s << 1
                                          << header + u"@@ -3,3 +3,3 @@\n c\n-d\n+X\n e\n"_s;
        QTest::addRow("from nothing") << QString() << u"a\nb\n"_s << 3 << header + u"@@ -0,0 +1,2 @@\n+a\n+b\n"_s;
        QTest::addRow("to nothing") << u"a\n"_s << QString() << 3 << header + u"@@ -1 +0,0 @@\n-a\n"_s;
        QTest::addRow("single line") << u"a"_s << u"b"_s << 3 << header + u"@@ -1 +1 @@\n-a\n+b\n"_s;
        QTest::addRow("distant changes, two hunks")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"_s << u"1\nB\n3\n4\n5\n6\n7\n8\nI\n10\n"_s << 1
            << header + u"@@ -1,3 +1,3 @@\n 1\n-2\n+B\n 3\n@@ -8,3 +8,3 @@\n 8\n-9\n+I\n 10\n"_s;
        QTest::addRow("close changes, one hunk") << u"1\n2\n3\n4\n5\n"_s << u"1\nB\n3\nD\n5\n"_s << 1
                                                 << header + u"@@ -1,5 +1,5 @@\n 1\n-2\n+B\n 3\n-4\n+D\n 5\n"_s;
        QTest::addRow("insertion keeps the common lines")
            << u"{\n  \"a\": 1\n}\n"_s << u"{\n  \"a\": 1,\n  \"b\": 2\n}\n"_s << 3
            << header + u"@@ -1,3 +1,4 @@\n {\n-  \"a\": 1\n+  \"a\": 1,\n+  \"b\": 2\n }\n"_s;
    }

    void unified()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, context);
        QTEST(unifiedDiff(before, after, u"online"_s, u"new"_s, context), "diff");
    }

    void longestCommonSubsequence()
    {
        const QList<DiffLine> lines = diffLines({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {u"b"_s, u"x"_s, u"d"_s, u"e"_s});
        using K = DiffLine::Kind;
        const QList<DiffLine> expected {{K::Removed, u"a"_s}, {K::Same, u"b"_s}, {K::Removed, u"c"_s},
            {K::Added, u"x"_s}, {K::Same, u"d"_s}, {K::Added, u"e"_s}};
        QCOMPARE(lines, expected);
    }

    void hugeTextsAreReplacedWhole()
    {
        QStringList before;
        QStringList after;
        for (int line = 0; line < 3000; ++line) {
            before.append(QString::number(line));
            after.append(QString::number(line + 1));
        }
        const QList<DiffLine> lines = diffLines(before, after);
        QCOMPARE(lines.size(), 6000);
        QCOMPARE(lines.constFirst().kind, DiffLine::Kind::Removed);
        QCOMPARE(lines.constLast().kind, DiffLine::Kind::Added);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
