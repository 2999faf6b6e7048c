// The notice editor on real widgets against a temporary database: German and English side by
// side, Publish disabled with its reasons while a language is missing, the warning when one
// language was changed without the other (as stored and while typing), saving and publishing
// through the NoticeStore, adding an update, the focus chain with accessible names, and a
// picture of a realistic bilingual notice for people to look at.

#include "core/uilanguage.h"
#include "feed/noticestore.h"
#include "feed/noticetemplates.h"
#include "guitesthelpers.h"
#include "noticeeditor.h"
#include "storagetesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

namespace {

constexpr int timeoutMs = 30'000;

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

Notice sampleNotice()
{
    ServiceDefinition booking;
    booking.name = u"Terminbuchung"_s;
    ServiceContact onCall;
    onCall.name = u"Rufbereitschaft"_s;
    onCall.phone = u"+49 30 1234-5678"_s;
    onCall.email = u"servicedesk@verwaltung.example"_s;
    onCall.onCall = true;
    booking.contacts = {onCall};
    ServiceDefinition portal;
    portal.name = u"Bürgerportal"_s;
    Incident incident;
    incident.id = 7;
    incident.severity = IncidentSeverity::Major;
    incident.state = IncidentState::Identified;
    incident.openedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 15), QTimeZone::UTC);
    Notice notice = noticeFromIncident(NoticeKind::Disruption, incident, {booking, portal},
        QDateTime(QDate(2026, 11, 29), QTime(8, 40), QTimeZone::UTC));
    notice.expectedEnd = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::UTC);
    notice.contact.hours = {u"Mo–Fr 8–18 Uhr"_s, u"Mon–Fri 8 am–6 pm"_s};
    notice.contact.alternative = {u"Termine vergeben wir auch im Bürgeramt Mitte, Karl-Marx-Allee 31."_s,
        u"You can also make an appointment at the Bürgeramt Mitte, Karl-Marx-Allee 31."_s};
    return notice;
}

} // namespace

class TestNoticeEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(UiLanguage::English));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_store = std::make_unique<NoticeStore>(*m_db->database);
        m_online = std::make_unique<OnlineFeedReader>(std::nullopt);
        m_window = std::make_unique<QWidget>();
        m_window->setObjectName(u"noticeWindow"_s);
        m_editor = new NoticeEditor(*m_store, *m_online, m_window.get());
        m_editor->setAuthor(u"Anna Schmidt"_s);
        m_editor->setServiceNames({u"Bürgerportal"_s, u"E-Akte"_s, u"Terminbuchung"_s});
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_editor);
        m_window->resize(1100, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_online.reset();
        m_store.reset();
        m_db.reset();
    }

    void fieldsShowBothLanguages()
    {
        const Notice notice = sampleNotice();
        m_editor->setNewNotice(notice);
        QCOMPARE(child<QLineEdit>(m_editor, u"noticeTitleGerman"_s)->text(), notice.title.de);
        QCOMPARE(child<QLineEdit>(m_editor, u"noticeTitleEnglish"_s)->text(), notice.title.en);
        QCOMPARE(child<QPlainTextEdit>(m_editor, u"noticeTextGerman"_s)->toPlainText(), notice.text.de);
        QCOMPARE(child<QLineEdit>(m_editor, u"noticePhone"_s)->text(), u"+49 30 1234-5678"_s);
        auto *services = child<QListWidget>(m_editor, u"noticeServices"_s);
        QCOMPARE(services->count(), 3);
        QCOMPARE(services->item(0)->checkState(), Qt::Checked);
        QCOMPARE(services->item(1)->checkState(), Qt::Unchecked);
        QVERIFY(child<QCheckBox>(m_editor, u"noticeHasEnd"_s)->isChecked());
        QCOMPARE(child<QTreeWidget>(m_editor, u"noticeUpdates"_s)->topLevelItemCount(), 1);
        // What the form gives back is what it was given, the order of services as listed.
        Notice expected = notice;
        expected.services = {u"Bürgerportal"_s, u"Terminbuchung"_s};
        QCOMPARE(m_editor->notice(), expected);
    }

    void publishNeedsBothLanguages_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");

        QTest::addRow("English title") << u"noticeTitleEnglish"_s << u"The English title is missing."_s;
        QTest::addRow("German title") << u"noticeTitleGerman"_s << u"The German title is missing."_s;
        QTest::addRow("German text") << u"noticeTextGerman"_s << u"The German text is missing."_s;
        QTest::addRow("English contact hours")
            << u"noticeContactHoursEnglish"_s << u"The English contact hours is missing."_s;
    }

    void publishNeedsBothLanguages()
    {
        QFETCH(QString, field);
        QFETCH(QString, problem);
        m_editor->setNewNotice(sampleNotice());
        auto *publish = child<QPushButton>(m_editor, u"noticePublish"_s);
        auto *problems = child<QLabel>(m_editor, u"noticeProblems"_s);
        QVERIFY(publish->isEnabled());
        QVERIFY(problems->isHidden());

        QWidget *widget = child<QWidget>(m_editor, field);
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->clear();
        else
            qobject_cast<QPlainTextEdit *>(widget)->clear();
        QVERIFY(!publish->isEnabled());
        QVERIFY(!problems->isHidden());
        QVERIFY2(problems->text().contains(problem), qPrintable(problems->text()));
        QVERIFY(publish->toolTip().contains(problem));
    }

    void warnsWhenOneLanguageIsChangedAlone()
    {
        m_editor->setNewNotice(sampleNotice());
        auto *warning = child<QLabel>(m_editor, u"noticeLanguageWarning"_s);
        QVERIFY(warning->isHidden());
        QTest::keyClicks(child<QLineEdit>(m_editor, u"noticeTitleGerman"_s), u" (Update)"_s);
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(u"German text but not the English"_s), qPrintable(warning->text()));
        // The warning is words, not a colour.
        QVERIFY(warning->text().startsWith(u"Warning:"_s));
        QTest::keyClicks(child<QPlainTextEdit>(m_editor, u"noticeTextEnglish"_s), u" More soon."_s);
        QVERIFY(warning->isHidden());
        QVERIFY(m_editor->languageWarning().isEmpty());
    }

    void warnsWhenStoredLanguageIsOlder()
    {
        StoredNotice stored;
        stored.notice = sampleNotice();
        stored.germanChangedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 30), QTimeZone::UTC);
        stored.englishChangedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 45), QTimeZone::UTC);
        m_editor->setStoredNotice(stored);
        auto *warning = child<QLabel>(m_editor, u"noticeLanguageWarning"_s);
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(u"English text is older"_s), qPrintable(warning->text()));

        stored.englishChangedAt = stored.germanChangedAt;
        m_editor->setStoredNotice(stored);
        QVERIFY(warning->isHidden());
    }

    void saveAndPublish()
    {
        QSignalSpy saved(m_editor, &NoticeEditor::noticeSaved);
        QSignalSpy requested(m_editor, &NoticeEditor::publicationRequested);
        // The sample's incident is not in this database.
        Notice notice = sampleNotice();
        notice.incidentId.reset();
        m_editor->setNewNotice(notice);
        auto *save = child<QPushButton>(m_editor, u"noticeSave"_s);
        auto *withdraw = child<QPushButton>(m_editor, u"noticeWithdraw"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(!withdraw->isEnabled());
        save->click();
        auto *status = child<QLabel>(m_editor, u"noticeStatus"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(saved.size() == 1, qPrintable(status->text()), timeoutMs);
        QCOMPARE(saved.at(0).at(0).value<StoredNotice>().notice.revision, 1);
        QCOMPARE(saved.at(0).at(0).value<StoredNotice>().changedBy, u"Anna Schmidt"_s);
        QCOMPARE(m_editor->basedOnRevision(), 1);
        QVERIFY(!save->isEnabled());
        QVERIFY(withdraw->isEnabled());

        // Publishing a changed notice saves it first, then asks for its publication.
        QTest::keyClicks(child<QLineEdit>(m_editor, u"noticeTitleGerman"_s), u"!"_s);
        QTest::keyClicks(child<QLineEdit>(m_editor, u"noticeTitleEnglish"_s), u"!"_s);
        child<QPushButton>(m_editor, u"noticePublish"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, timeoutMs);
        QCOMPARE(saved.size(), 2);
        const auto publication = requested.at(0).at(0).value<NoticePublication>();
        QCOMPARE(publication.revision, 2);
        QCOMPARE(publication.action, PublicationAction::Publish);
        QVERIFY2(child<QLabel>(m_editor, u"noticeStatus"_s)->text().contains(u"revision 2"_s),
            qPrintable(child<QLabel>(m_editor, u"noticeStatus"_s)->text()));

        // A stale editor is refused, with the repository's message.
        StoredNotice stale = saved.at(0).at(0).value<StoredNotice>();
        m_editor->setStoredNotice(stale);
        QTest::keyClicks(child<QLineEdit>(m_editor, u"noticePhone"_s), u"9"_s);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), timeoutMs);
        QCOMPARE(saved.size(), 2);
        QVERIFY(!child<QLabel>(m_editor, u"noticeStatus"_s)->text().isEmpty());
    }

    void addUpdate()
    {
        m_editor->setNewNotice(sampleNotice());
        auto *phase = child<QComboBox>(m_editor, u"noticeUpdatePhase"_s);
        auto *add = child<QPushButton>(m_editor, u"noticeAddUpdate"_s);
        phase->setCurrentIndex(phase->findData(int(NoticePhase::Resolved)));
        // The usual wording is suggested in both languages.
        QCOMPARE(
            child<QPlainTextEdit>(m_editor, u"noticeUpdateGerman"_s)->toPlainText(), u"Die Störung ist behoben."_s);
        child<QPlainTextEdit>(m_editor, u"noticeUpdateEnglish"_s)->clear();
        QVERIFY(!add->isEnabled());
        child<QPlainTextEdit>(m_editor, u"noticeUpdateEnglish"_s)->setPlainText(u"Fixed."_s);
        QVERIFY(add->isEnabled());
        add->click();
        QCOMPARE(child<QTreeWidget>(m_editor, u"noticeUpdates"_s)->topLevelItemCount(), 2);
        const Notice notice = m_editor->notice();
        QCOMPARE(notice.updates.size(), 2);
        QCOMPARE(notice.updates.constLast().phase, NoticePhase::Resolved);
        QCOMPARE(notice.updates.constLast().text.en, u"Fixed."_s);
        QVERIFY(notice.isResolved());
    }

    // Without a feed server the preview still shows the documents, and says why there is no diff.
    void previewWithoutAFeedServer()
    {
        m_editor->setNewNotice(sampleNotice());
        child<QTabWidget>(m_editor, u"noticeTabs"_s)->setCurrentIndex(1);
        auto *text = child<QPlainTextEdit>(m_editor, u"noticePreviewText"_s);
        QVERIFY2(text->toPlainText().contains(u"\"schema\""_s), qPrintable(text->toPlainText().left(200)));
        QVERIFY(text->toPlainText().contains(sampleNotice().title.de));
        QCOMPARE(m_editor->previewDefinition(), u"JSON"_s);
        auto *status = child<QLabel>(m_editor, u"noticeOnlineStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"No feed server is configured"_s), timeoutMs);
        QVERIFY(child<QPlainTextEdit>(m_editor, u"noticePreviewDiff"_s)->toPlainText().isEmpty());

        auto *document = child<QComboBox>(m_editor, u"noticePreviewDocument"_s);
        document->setCurrentIndex(2);
        QCOMPARE(m_editor->previewDefinition(), u"XML"_s);
        QVERIFY(text->toPlainText().startsWith(u"<?xml"_s));
        QVERIFY(text->toPlainText().contains(sampleNotice().title.en));
        QVERIFY(!text->toPlainText().contains(sampleNotice().title.de));
        QVERIFY(GuiTest::focusChainProblems(m_window.get()).isEmpty());
    }

    void everyControlIsReachableAndNamed()
    {
        m_editor->setNewNotice(sampleNotice());
        const QStringList problems = GuiTest::focusChainProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Writes noticeeditor.png and noticeeditor-preview.png (into LEITSTAND_SCREENSHOT_DIR, or next
    // to the test) for a person to look at; checks only that the pictures are not blank.
    void screenshot()
    {
        m_editor->setNewNotice(sampleNotice());
        QTest::keyClicks(child<QLineEdit>(m_editor, u"noticeTitleGerman"_s), u", Ursache gefunden"_s);
        const QString dir = qEnvironmentVariableIsSet("LEITSTAND_SCREENSHOT_DIR")
            ? qEnvironmentVariable("LEITSTAND_SCREENSHOT_DIR")
            : QCoreApplication::applicationDirPath();
        const auto write = [&dir](QWidget *widget, const QString &name) {
            const QImage image = widget->grab().toImage();
            const QString path = QDir(dir).filePath(name);
            QVERIFY(image.save(path));
            qInfo("%s", qPrintable(path));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY(colours.size() > 8);
        };
        write(m_window.get(), u"noticeeditor.png"_s);
        child<QTabWidget>(m_editor, u"noticeTabs"_s)->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(m_editor, u"noticeOnlineStatus"_s)->text().contains(u"No feed server"_s), timeoutMs);
        write(m_window.get(), u"noticeeditor-preview.png"_s);
    }

private:
    TranslationInstaller m_translations;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<NoticeStore> m_store;
    std::unique_ptr<OnlineFeedReader> m_online;
    std::unique_ptr<QWidget> m_window;
    NoticeEditor *m_editor = nullptr;
};

QTEST_MAIN(TestNoticeEditor)
#include "tst_noticeeditor.moc"
