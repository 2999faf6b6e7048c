#include "catalog/federalstate.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestFederalState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip();
    void unknownCodes();
    void names();
};

void TestFederalState::codesRoundTrip()
{
    QSet<QString> seen;
    for (int i = 0; i < federalStateCount; ++i) {
        const auto state = FederalState(i);
        const QString code = federalStateCode(state);
        QCOMPARE(code.size(), 2);
        seen.insert(code);
        QCOMPARE(federalStateFromCode(code), state);
        QCOMPARE(federalStateFromCode(code.toLower()), state);
    }
    QCOMPARE(seen.size(), federalStateCount);
    QCOMPARE(federalStateFromCode(u"by"_s), FederalState::Bayern);
    QCOMPARE(federalStateCode(FederalState::Thueringen), u"TH"_s);
}

void TestFederalState::unknownCodes()
{
    QVERIFY(!federalStateFromCode(QString()));
    QVERIFY(!federalStateFromCode(u"DE"_s));
    QVERIFY(!federalStateFromCode(u"DE-BY"_s));
    QVERIFY(!federalStateFromCode(u"B"_s));
}

void TestFederalState::names()
{
    // Without a translator the English names: each state its own, never the code.
    QSet<QString> seen;
    for (int i = 0; i < federalStateCount; ++i) {
        const auto state = FederalState(i);
        const QString name = federalStateName(state);
        QVERIFY2(name.size() > 2, qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(seen.size(), federalStateCount);
    QCOMPARE(federalStateName(FederalState::Bayern), u"Bavaria"_s);
    QCOMPARE(federalStateName(FederalState::BadenWuerttemberg), u"Baden-Württemberg"_s);
}

QTEST_GUILESS_MAIN(TestFederalState)
#include "tst_federalstate.moc"
