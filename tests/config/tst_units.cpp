#include "config/units.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milliseconds"); // -1: not a duration

        QTest::addRow("plain number is seconds") << u"30"_s << qint64(30'000);
        QTest::addRow("zero") << u"0"_s << qint64(0);
        QTest::addRow("milliseconds") << u"500ms"_s << qint64(500);
        QTest::addRow("seconds") << u"30s"_s << qint64(30'000);
        QTest::addRow("minutes") << u"5m"_s << qint64(300'000);
        QTest::addRow("hours") << u"1h"_s << qint64(3'600'000);
        QTest::addRow("combined") << u"1m30s"_s << qint64(90'000);
        QTest::addRow("all units") << u"1h2m3s4ms"_s << qint64(3'723'004);
        QTest::addRow("empty") << QString() << qint64(-1);
        QTest::addRow("unit only") << u"s"_s << qint64(-1);
        QTest::addRow("negative") << u"-5s"_s << qint64(-1);
        QTest::addRow("fraction") << u"1.5s"_s << qint64(-1);
        QTest::addRow("unknown unit") << u"5d"_s << qint64(-1);
        QTest::addRow("units out of order") << u"30s1m"_s << qint64(-1);
        QTest::addRow("unit twice") << u"1s1s"_s << qint64(-1);
        QTest::addRow("space inside") << u"30 s"_s << qint64(-1);
        QTest::addRow("trailing number") << u"1m30"_s << qint64(-1);
        QTest::addRow("capital unit") << u"30S"_s << qint64(-1);
        QTest::addRow("overflow") << u"99999999999999999999h"_s << qint64(-1);
        QTest::addRow("non-ASCII digits") << u"\u0663s"_s << qint64(-1);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milliseconds);
        QCOMPARE(Leitstand::parseDuration(text).value_or(-1), milliseconds);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");

        QTest::addRow("zero") << qint64(0) << u"0s"_s;
        QTest::addRow("odd milliseconds") << qint64(1'500) << u"1500ms"_s;
        QTest::addRow("seconds") << qint64(90'000) << u"90s"_s;
        QTest::addRow("minutes") << qint64(300'000) << u"5m"_s;
        QTest::addRow("hours") << qint64(7'200'000) << u"2h"_s;
    }

    void formatDuration()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(Leitstand::formatDuration(milliseconds), text);
        QCOMPARE(Leitstand::parseDuration(text), milliseconds);
    }

    void parseSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: not a size

        QTest::addRow("plain number is bytes") << u"1000"_s << qint64(1000);
        QTest::addRow("bytes") << u"100B"_s << qint64(100);
        QTest::addRow("KiB") << u"512KiB"_s << qint64(512 * 1024);
        QTest::addRow("MiB") << u"1MiB"_s << qint64(1024 * 1024);
        QTest::addRow("GiB") << u"2GiB"_s << qint64(2) * 1024 * 1024 * 1024;
        QTest::addRow("lower case") << u"4kib"_s << qint64(4096);
        QTest::addRow("decimal kilobytes") << u"1kB"_s << qint64(-1);
        QTest::addRow("decimal megabytes") << u"1MB"_s << qint64(-1);
        QTest::addRow("fraction") << u"1.5MiB"_s << qint64(-1);
        QTest::addRow("unit first") << u"MiB1"_s << qint64(-1);
        QTest::addRow("empty") << QString() << qint64(-1);
        QTest::addRow("overflow") << u"99999999999999GiB"_s << qint64(-1);
    }

    void parseSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(Leitstand::parseSize(text).value_or(-1), bytes);
    }

    void formatSize_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");

        QTest::addRow("bytes") << qint64(1000) << u"1000B"_s;
        QTest::addRow("KiB") << qint64(512 * 1024) << u"512KiB"_s;
        QTest::addRow("MiB") << qint64(1024 * 1024) << u"1MiB"_s;
        QTest::addRow("GiB") << qint64(1024 * 1024 * 1024) << u"1GiB"_s;
        QTest::addRow("not whole KiB") << qint64(1536 * 1024 + 1) << u"1572865B"_s;
    }

    void formatSize()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(Leitstand::formatSize(bytes), text);
        QCOMPARE(Leitstand::parseSize(text), bytes);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
