// The endpoint editor and the actions around it, driven on the offscreen platform against a real
// temporary database, with "Check now" against FaultServer on 127.0.0.1.
//
// LEITSTAND_EDITOR_SCREENSHOTS=DIR writes the dialog of each kind to DIR/editor-<kind>.png.

#include "../storage/storagetesthelpers.h"
#include "core/uilanguage.h"
#include "editing/endpointstore.h"
#include "endpointactions.h"
#include "endpointeditordialog.h"
#include "importproblemsdialog.h"
#include "monitoring/checks/ondemandchecker.h"
#include "support/faultserver.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using Leitstand::Test::FaultServer;
using Mode = EndpointEditorDialog::Mode;

namespace {

quint16 closedPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : quint16(1);
}

Endpoint tcpEndpoint(const QString &service, const QString &name, quint16 port)
{
    Endpoint endpoint;
    endpoint.service = service;
    endpoint.name = name;
    endpoint.kind = CheckKind::Tcp;
    endpoint.target = u"127.0.0.1:%1"_s.arg(port);
    endpoint.timeoutMs = 2000;
    return endpoint;
}

// An endpoint of each kind with every optional row of its settings in use.
Endpoint everyRow(CheckKind kind)
{
    Endpoint endpoint = tcpEndpoint(u"Portal"_s, checkKindName(kind), 443);
    endpoint.kind = kind;
    switch (kind) {
    case CheckKind::Http:
    case CheckKind::Https:
        endpoint.target = u"%1://127.0.0.1:8443/api/status"_s.arg(checkKindName(kind));
        endpoint.http.headers = {{"Accept", "application/json"}};
        endpoint.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)};
        break;
    case CheckKind::Dns:
        endpoint.target = u"localhost"_s;
        endpoint.dns.expectedAddresses = {u"127.0.0.1"_s};
        break;
    case CheckKind::Tcp:
    case CheckKind::Tls:
        break;
    }
    return endpoint;
}

template<typename T>
T *child(const QWidget *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QPushButton *saveButton(const EndpointEditorDialog &dialog)
{
    return child<QDialogButtonBox>(&dialog, u"editorButtons"_s)->button(QDialogButtonBox::Save);
}

// Replaces a line edit's text the way typing does, so that the field counts as edited.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseKind(const EndpointEditorDialog &dialog, CheckKind kind)
{
    constexpr std::array order {CheckKind::Http, CheckKind::Https, CheckKind::Tcp, CheckKind::Dns, CheckKind::Tls};
    child<QComboBox>(&dialog, u"kind"_s)->setCurrentIndex(int(std::ranges::find(order, kind) - order.begin()));
}

// A widget that Tab stops at, and the name a screen reader says for it: spin boxes and combo boxes
// pass the focus to their inner line edit, which speaks for its owner.
bool takesTabFocus(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy();
}

QString spokenName(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    const QWidget *owner = widget->parentWidget();
    if (owner && (qobject_cast<const QAbstractSpinBox *>(owner) || qobject_cast<const QComboBox *>(owner)))
        return owner->accessibleName();
    return {};
}

} // namespace

class TestEndpointEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(UiLanguage::English));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_db = std::make_unique<StorageTest::TestDatabase>();
        m_store = std::make_unique<EndpointStore>(*m_db->database);
        m_checker = std::make_unique<OnDemandChecker>();
    }

    void cleanup()
    {
        m_checker.reset();
        m_store.reset();
        m_db.reset();
    }

    void invalidInputIsShownAtItsField_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("invalid");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("valid");

        const auto row = [](const char *name, CheckKind kind, const QString &field, const QString &invalid,
                             const QString &message, const QString &valid) {
            QTest::addRow("%s", name) << int(kind) << field << invalid << message << valid;
        };
        row("interval not a duration", CheckKind::Tcp, u"interval"_s, u"soon"_s,
            u"expected a duration such as 500ms, 30s, 5m or 1h, not \"soon\""_s, u"30s"_s);
        row("interval too short", CheckKind::Tcp, u"interval"_s, u"500ms"_s, u"must be at least 1s"_s, u"1m30s"_s);
        row("timeout longer than interval", CheckKind::Tcp, u"timeout"_s, u"2m"_s,
            u"the timeout (2m) is longer than the interval (1m)"_s, u"5s"_s);
        row("tcp target without port", CheckKind::Tcp, u"target"_s, u"127.0.0.1"_s, u"expected host:port"_s,
            u"127.0.0.1:5432"_s);
        row("https target with http URL", CheckKind::Https, u"target"_s, u"http://127.0.0.1/"_s,
            u"a https endpoint needs a URL that starts with https://"_s, u"https://127.0.0.1/"_s);
        row("dns target with port", CheckKind::Dns, u"target"_s, u"localhost:53"_s, u"host name to resolve"_s,
            u"localhost"_s);
        row("status wildcard", CheckKind::Http, u"expectedStatus"_s, u"200, 2xx"_s, u"2xx: expected a status code"_s,
            u"200-299, 304"_s);
        row("body limit in MB", CheckKind::Http, u"maxBody"_s, u"1MB"_s, u"expected a size"_s, u"512KiB"_s);
        row("latency threshold", CheckKind::Https, u"degradedAbove"_s, u"1m"_s, u"must be shorter than the timeout"_s,
            u"1500ms"_s);
        row("dns address", CheckKind::Dns, u"expectedAddresses"_s, u"127.0.0.1, nonsense"_s,
            u"nonsense: not an IP address"_s, u"127.0.0.1, ::1"_s);
        row("relative CA file", CheckKind::Tls, u"caFile"_s, u"ca.pem"_s, u"must be an absolute path"_s,
            u"/etc/ssl/ca.pem"_s);
    }

    void invalidInputIsShownAtItsField()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, invalid);
        QFETCH(QString, message);
        QFETCH(QString, valid);

        EndpointEditorDialog dialog(Mode::Edit, everyRow(CheckKind(kind)), {}, *m_store, *m_checker);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(saveButton(dialog)->isEnabled());

        auto *edit = child<QLineEdit>(&dialog, field);
        auto *problem = child<QLabel>(&dialog, field + u"Problem"_s);
        QVERIFY(edit && problem);
        QVERIFY(edit->isVisible());
        QVERIFY(!problem->isVisible());

        retype(edit, invalid);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
        QVERIFY(!saveButton(dialog)->isEnabled());
        // Not by colour alone: the message is text, and screen readers get it with the field.
        QCOMPARE(edit->accessibleDescription(), problem->text());
        // Right under its field.
        QVERIFY(problem->parentWidget() == edit->parentWidget()
            || problem->parentWidget() == edit->parentWidget()->parentWidget());
        QVERIFY(problem->mapTo(&dialog, QPoint()).y() > edit->mapTo(&dialog, QPoint()).y());

        retype(edit, valid);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void newEndpointComplainsOnlyAboutTypedFields()
    {
        EndpointEditorDialog dialog(Mode::Add, Endpoint(), {}, *m_store, *m_checker);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"editorHint"_s)->isVisible());
        auto *name = child<QLineEdit>(&dialog, u"name"_s);
        auto *nameProblem = child<QLabel>(&dialog, u"nameProblem"_s);
        QVERIFY(!nameProblem->isVisible());

        QTest::keyClicks(name, u"x"_s);
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(nameProblem->isVisible());
        QCOMPARE(nameProblem->text(), u"must not be empty"_s);
        if (const QString directory = qEnvironmentVariable("LEITSTAND_EDITOR_SCREENSHOTS"); !directory.isEmpty()) {
            QTRY_VERIFY(nameProblem->height() >= nameProblem->heightForWidth(nameProblem->width()));
            QVERIFY(dialog.grab().save(directory + u"/editor-add.png"_s, "PNG"));
        }

        QTest::keyClicks(name, u"Start"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"service"_s), u"Portal"_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, u"target"_s), u"https://127.0.0.1/"_s);
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, u"editorHint"_s)->isVisible());
    }

    void takenNameIsReported()
    {
        const QList<Endpoint> existing {[] {
            Endpoint e = tcpEndpoint(u"Portal"_s, u"Start"_s, 80);
            e.id = 5;
            return e;
        }()};
        EndpointEditorDialog dialog(Mode::Add, tcpEndpoint(u"Portal"_s, QString(), 80), existing, *m_store, *m_checker);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"name"_s), u"Start"_s);
        auto *problem = child<QLabel>(&dialog, u"nameProblem"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"The service \"Portal\" already has an endpoint named \"Start\"."_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        retype(child<QLineEdit>(&dialog, u"service"_s), u"Elsewhere"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void kindShowsItsSettings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("http");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("dns");
        QTest::addRow("http") << int(CheckKind::Http) << true << false << false;
        QTest::addRow("https") << int(CheckKind::Https) << true << true << false;
        QTest::addRow("tcp") << int(CheckKind::Tcp) << false << false << false;
        QTest::addRow("dns") << int(CheckKind::Dns) << false << false << true;
        QTest::addRow("tls") << int(CheckKind::Tls) << false << true << false;
    }

    void kindShowsItsSettings()
    {
        QFETCH(int, kind);
        QFETCH(bool, http);
        QFETCH(bool, tls);
        QFETCH(bool, dns);
        EndpointEditorDialog dialog(Mode::Add, Endpoint(), {}, *m_store, *m_checker);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, CheckKind(kind));
        QCOMPARE(child<QComboBox>(&dialog, u"method"_s)->isVisible(), http);
        QCOMPARE(child<QLineEdit>(&dialog, u"expectedStatus"_s)->isVisible(), http);
        QCOMPARE(child<QSpinBox>(&dialog, u"warnDays"_s)->isVisible(), tls);
        QCOMPARE(child<QCheckBox>(&dialog, u"verify"_s)->isVisible(), tls);
        QCOMPARE(child<QLineEdit>(&dialog, u"expectedAddresses"_s)->isVisible(), dns);
        QCOMPARE(child<QLineEdit>(&dialog, u"dnsServer"_s)->isVisible(), dns);
        QVERIFY(child<QLineEdit>(&dialog, u"target"_s)->isVisible());

        if (!http)
            return;
        // The body rows follow the kind of body check.
        auto *bodyKind = child<QComboBox>(&dialog, u"bodyKind"_s);
        auto *pattern = child<QLineEdit>(&dialog, u"bodyPattern"_s);
        auto *expected = child<QLineEdit>(&dialog, u"bodyExpected"_s);
        QVERIFY(!pattern->isVisible() && !expected->isVisible());
        bodyKind->setCurrentIndex(1); // contains text
        QVERIFY(pattern->isVisible() && !expected->isVisible());
        bodyKind->setCurrentIndex(3); // JSON pointer
        QVERIFY(pattern->isVisible() && expected->isVisible());
        QCOMPARE(pattern->accessibleName(), u"JSON pointer"_s);
    }

    void checkNowShowsUp()
    {
        Endpoint endpoint = tcpEndpoint(u"Test"_s, u"json"_s, 0);
        endpoint.kind = CheckKind::Http;
        endpoint.target = m_server.url(u"/json"_s).toString();
        EndpointEditorDialog dialog(Mode::Add, endpoint, {}, *m_store, *m_checker);
        dialog.show();
        auto *button = child<QPushButton>(&dialog, u"checkNow"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), u"Stop &Check"_s);
        QTRY_COMPARE(child<QLabel>(&dialog, u"checkState"_s)->text(), u"Up"_s);
        QVERIFY(QRegularExpression(u"^\\d+ ms$"_s).match(child<QLabel>(&dialog, u"checkLatency"_s)->text()).hasMatch());
        QVERIFY(!child<QLabel>(&dialog, u"checkStateIcon"_s)->pixmap().isNull());
        QCOMPARE(button->text(), u"&Check Now"_s);
        // Checked, not saved.
        QCOMPARE(EndpointRepository(*m_db->database).all()->size(), 0);
    }

    void checkNowShowsConnectionRefused()
    {
        EndpointEditorDialog dialog(
            Mode::Add, tcpEndpoint(u"Test"_s, u"closed"_s, closedPort()), {}, *m_store, *m_checker);
        dialog.show();
        // The name does not matter to a check.
        retype(child<QLineEdit>(&dialog, u"name"_s), QString());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, u"checkNow"_s), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&dialog, u"checkState"_s)->text(), u"Down"_s);
        QVERIFY2(child<QLabel>(&dialog, u"checkMessage"_s)->text().contains(u"Connection refused"_s),
            qPrintable(child<QLabel>(&dialog, u"checkMessage"_s)->text()));

        // A definition that cannot be checked cannot be started.
        retype(child<QLineEdit>(&dialog, u"target"_s), u"127.0.0.1"_s);
        QVERIFY(!child<QPushButton>(&dialog, u"checkNow"_s)->isEnabled());
    }

    void runningCheckCanBeStoppedAndTheDialogClosed()
    {
        Endpoint endpoint = tcpEndpoint(u"Test"_s, u"hang"_s, 0);
        endpoint.kind = CheckKind::Http;
        endpoint.target = m_server.url(u"/hang"_s).toString();
        endpoint.timeoutMs = 8000;
        auto *dialog = new EndpointEditorDialog(Mode::Add, endpoint, {}, *m_store, *m_checker);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        auto *button = child<QPushButton>(dialog, u"checkNow"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_checker->isRunning());
        QCOMPARE(child<QLabel>(dialog, u"checkState"_s)->text(), u"Checking…"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!m_checker->isRunning());
        QVERIFY(child<QLabel>(dialog, u"checkState"_s)->text().isEmpty());

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_checker->isRunning());
        QPointer<EndpointEditorDialog> guard(dialog);
        dialog->reject();
        QVERIFY(!m_checker->isRunning());
        QTRY_VERIFY(!guard);
    }

    void savingStoresTheEndpoint()
    {
        EndpointEditorDialog dialog(Mode::Add, Endpoint(), {}, *m_store, *m_checker);
        dialog.show();
        // QTest types ASCII only.
        child<QLineEdit>(&dialog, u"service"_s)->setText(u"Bürgerportal"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"name"_s), u"Datenbank"_s);
        chooseKind(dialog, CheckKind::Tcp);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"target"_s), u"127.0.0.1:5432"_s);
        retype(child<QLineEdit>(&dialog, u"interval"_s), u"30s"_s);
        retype(child<QLineEdit>(&dialog, u"timeout"_s), u"2s"_s);
        child<QSpinBox>(&dialog, u"confirmationsDown"_s)->setValue(2);
        child<QCheckBox>(&dialog, u"paused"_s)->setChecked(true);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);

        const auto all = EndpointRepository(*m_db->database).all();
        QVERIFY(all && all->size() == 1);
        const Endpoint &stored = all->constFirst();
        QCOMPARE(stored.id, dialog.savedId());
        QCOMPARE(stored.service, u"Bürgerportal"_s);
        QCOMPARE(stored.name, u"Datenbank"_s);
        QCOMPARE(stored.kind, CheckKind::Tcp);
        QCOMPARE(stored.target, u"127.0.0.1:5432"_s);
        QCOMPARE(stored.intervalMs, 30'000);
        QCOMPARE(stored.timeoutMs, 2'000);
        QCOMPARE(stored.confirmationsDown, 2);
        QVERIFY(stored.paused);
    }

    void refusedSaveKeepsTheDialogOpen()
    {
        // Stored after the dialog read the list: only the store can tell.
        EndpointEditorDialog dialog(Mode::Add, tcpEndpoint(u"Portal"_s, u"Start"_s, 80), {}, *m_store, *m_checker);
        dialog.show();
        QVERIFY(EndpointRepository(*m_db->database).add(tcpEndpoint(u"Portal"_s, u"Start"_s, 81)));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        auto *error = child<QLabel>(&dialog, u"saveError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"already has an endpoint"_s), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void editDuplicatePauseDelete()
    {
        EndpointRepository repository(*m_db->database);
        const qint64 id = *repository.add(tcpEndpoint(u"Portal"_s, u"Start"_s, 80));
        QWidget window;
        window.show();
        EndpointActions actions(*m_store, *m_checker, &window);
        QSignalSpy messages(&actions, &EndpointActions::statusMessage);
        QVERIFY(actions.addAction()->isEnabled());
        QVERIFY(!actions.editAction()->isEnabled());
        QVERIFY(!actions.deleteAction()->isEnabled());
        actions.setCurrentEndpoint(*repository.byId(id).value());
        for (QAction *action : actions.endpointActions())
            QVERIFY(action->isEnabled());

        // Edit keeps the id.
        EndpointEditorDialog *edit = actions.openEditor(Mode::Edit);
        QVERIFY(edit);
        QCOMPARE(edit->windowTitle(), u"Edit Endpoint"_s);
        QVERIFY(saveButton(*edit)->isEnabled());
        retype(child<QLineEdit>(edit, u"interval"_s), u"15s"_s);
        QSignalSpy saved(&actions, &EndpointActions::endpointSaved);
        QTest::mouseClick(saveButton(*edit), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().constFirst().toLongLong(), id);
        QCOMPARE((*repository.byId(id))->intervalMs, 15'000);

        // Duplicate makes a second endpoint with an id of its own.
        QTRY_COMPARE(actions.currentEndpoint()->intervalMs, 15'000);
        EndpointEditorDialog *duplicate = actions.openEditor(Mode::Duplicate);
        QCOMPARE(child<QLineEdit>(duplicate, u"name"_s)->text(), u"Start (copy)"_s);
        QVERIFY(saveButton(*duplicate)->isEnabled());
        QTest::mouseClick(saveButton(*duplicate), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 2);
        const qint64 copyId = saved.at(1).constFirst().toLongLong();
        QVERIFY(copyId != id);
        const Endpoint copy = *repository.byId(copyId).value();
        QCOMPARE(copy.name, u"Start (copy)"_s);
        QCOMPARE(copy.target, u"127.0.0.1:80"_s);
        QCOMPARE(copy.intervalMs, 15'000);

        // Pause and resume.
        QCOMPARE(actions.pauseAction()->text(), u"&Pause Endpoint"_s);
        actions.pauseAction()->trigger();
        QTRY_VERIFY((*repository.byId(id))->paused);
        QTRY_COMPARE(actions.pauseAction()->text(), u"&Resume Endpoint"_s);
        actions.pauseAction()->trigger();
        QTRY_VERIFY(!(*repository.byId(id))->paused);
        QTRY_COMPARE(actions.pauseAction()->text(), u"&Pause Endpoint"_s);

        // Delete asks first, naming the endpoint and its history; Cancel keeps it.
        actions.deleteAction()->trigger();
        auto *box = child<QMessageBox>(&window, u"deleteConfirmation"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"\"Start\""_s) && box->text().contains(u"\"Portal\""_s));
        QVERIFY(box->informativeText().contains(u"history"_s));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"deleteConfirmation"_s));
        QVERIFY(repository.byId(id)->has_value());

        QMessageBox *confirm = actions.confirmDelete();
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmDelete"_s), Qt::LeftButton);
        QTRY_VERIFY(!repository.byId(id)->has_value());
        QCOMPARE(repository.all()->size(), 1);
        QTRY_VERIFY(!actions.currentEndpoint());
        QVERIFY(!actions.deleteAction()->isEnabled());
        QVERIFY(messages.size() >= 5);
        QCOMPARE(messages.constLast().constFirst().toString(), u"Deleted the endpoint \"Start\"."_s);
    }

    void importAndExport()
    {
        QWidget window;
        window.show();
        EndpointActions actions(*m_store, *m_checker, &window);
        QSignalSpy messages(&actions, &EndpointActions::statusMessage);

        const QString broken = m_db->dir.filePath(u"broken.yaml"_s);
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("version: 1\nendpoints:\n"
                         "  - name: a\n    service: s\n    kind: tcp\n    target: 127.0.0.1\n"
                         "  - name: b\n    service: s\n    kind: tcp\n    target: 127.0.0.1:1\n    intervall: 5s\n");
        brokenFile.close();
        actions.importFile(broken, EndpointRepository::SyncMode::Merge);
        QVERIFY(!actions.importAction()->isEnabled());
        ImportProblemsDialog *problems = nullptr;
        QTRY_VERIFY((problems = window.findChild<ImportProblemsDialog *>()));
        QCOMPARE(problems->problemText(),
            QStringList({u"broken.yaml:6: endpoints[0].target: expected host:port such as example.org:443 or "
                         "[2001:db8::1]:443"_s,
                            u"broken.yaml:11: endpoints[1].intervall: unknown key; did you mean \"interval\"?"_s})
                .join(u'\n'));
        QVERIFY(actions.importAction()->isEnabled());
        if (const QString directory = qEnvironmentVariable("LEITSTAND_EDITOR_SCREENSHOTS"); !directory.isEmpty())
            QVERIFY(problems->grab().save(directory + u"/editor-import-problems.png"_s, "PNG"));
        problems->close();
        QCOMPARE(EndpointRepository(*m_db->database).all()->size(), 0);

        const QString good = m_db->dir.filePath(u"good.yaml"_s);
        QVERIFY(
            EndpointFile::writeFile(good, {tcpEndpoint(u"s"_s, u"a"_s, 1), tcpEndpoint(u"s"_s, u"b"_s, 2)}, nullptr));
        QMessageBox *mode = actions.askImportMode(good);
        QTest::mouseClick(child<QPushButton>(mode, u"importMerge"_s), Qt::LeftButton);
        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = window.findChild<QMessageBox *>(u"importSummary"_s)));
        // The English catalogue keeps "(s)" in its plural forms, as the source texts have it.
        QVERIFY2(QRegularExpression(u"^2 endpoints?(\\(s\\))? added\n0 endpoints?(\\(s\\))? changed\n"_s)
                     .match(summary->informativeText())
                     .hasMatch(),
            qPrintable(summary->informativeText()));
        QCOMPARE(EndpointRepository(*m_db->database).all()->size(), 2);
        summary->close();

        const QString exported = m_db->dir.filePath(u"export.yaml"_s);
        actions.exportFile(exported);
        QTRY_VERIFY(!messages.isEmpty() && messages.constLast().constFirst().toString().startsWith(u"Exported"_s));
        QVERIFY(messages.constLast().constFirst().toString().endsWith(u" to %1."_s.arg(exported)));
        QCOMPARE(EndpointFile::read(exported)->size(), 2);

        actions.exportFile(m_db->dir.filePath(u"missing/export.yaml"_s));
        QMessageBox *error = nullptr;
        QTRY_VERIFY((error = window.findChild<QMessageBox *>(u"endpointActionError"_s)));
        QVERIFY(error->text().contains(u"Cannot write"_s));
    }

    void cancellingTheImportProgressChangesNothing()
    {
        // Long enough to be running still when Cancel is pressed right after the start.
        QList<Endpoint> many;
        for (int i = 0; i < 3'000; ++i)
            many.append(tcpEndpoint(u"svc-%1"_s.arg(i / 50), u"ep-%1"_s.arg(i), quint16(1000 + i)));
        const QString file = m_db->dir.filePath(u"many.yaml"_s);
        QVERIFY(EndpointFile::writeFile(file, many, nullptr));

        QWidget window;
        window.show();
        EndpointActions actions(*m_store, *m_checker, &window);
        QSignalSpy messages(&actions, &EndpointActions::statusMessage);
        actions.importFile(file, EndpointRepository::SyncMode::Replace);
        auto *progress = window.findChild<QProgressDialog *>(u"importProgress"_s);
        QVERIFY(progress);
        QCOMPARE(progress->maximum(), 1000);
        // What the user clicks; QProgressDialog::cancel() alone would not say so.
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY2(messages.constFirst().constFirst().toString().contains(u"was cancelled; nothing was changed"_s),
            qPrintable(messages.constFirst().constFirst().toString()));
        QCOMPARE(EndpointRepository(*m_db->database).all()->size(), 0);
        QTRY_VERIFY(!window.findChild<QProgressDialog *>(u"importProgress"_s));
        QVERIFY(actions.importAction()->isEnabled());
    }

    void everyControlIsNamedAndReachable_data()
    {
        QTest::addColumn<int>("kind");
        for (CheckKind kind : {CheckKind::Http, CheckKind::Https, CheckKind::Tcp, CheckKind::Dns, CheckKind::Tls})
            QTest::addRow("%s", qPrintable(checkKindName(kind))) << int(kind);
    }

    void everyControlIsNamedAndReachable()
    {
        QFETCH(int, kind);
        EndpointEditorDialog dialog(Mode::Edit, everyRow(CheckKind(kind)), {}, *m_store, *m_checker);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        QList<QWidget *> controls;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (!takesTabFocus(widget, &dialog))
                continue;
            controls.append(widget);
            QVERIFY2(!spokenName(widget).isEmpty(),
                qPrintable(widget->objectName() + u' ' + QString::fromLatin1(widget->metaObject()->className())));
        }
        QVERIFY(controls.size() >= 10);

        auto *first = child<QLineEdit>(&dialog, u"service"_s);
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        QList<QWidget *> reached {first};
        for (qsizetype i = 0; i < controls.size() + 2; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.append(QApplication::focusWidget());
        }
        for (QWidget *control : std::as_const(controls))
            QVERIFY2(reached.contains(control), qPrintable(spokenName(control)));
        // In reading order: the endpoint's fields before its settings, the buttons last.
        QVERIFY(reached.indexOf(child<QLineEdit>(&dialog, u"target"_s))
            < reached.indexOf(child<QPushButton>(&dialog, u"checkNow"_s)));
        QVERIFY(reached.indexOf(child<QPushButton>(&dialog, u"checkNow"_s)) < reached.indexOf(saveButton(dialog)));

        if (const QString directory = qEnvironmentVariable("LEITSTAND_EDITOR_SCREENSHOTS"); !directory.isEmpty()) {
            QTest::mouseClick(child<QPushButton>(&dialog, u"checkNow"_s), Qt::LeftButton);
            QTRY_VERIFY(!m_checker->isRunning());
            retype(child<QLineEdit>(&dialog, u"interval"_s), u"soon"_s);
            auto *problem = child<QLabel>(&dialog, u"intervalProblem"_s);
            QTRY_VERIFY(problem->height() >= problem->heightForWidth(problem->width()));
            QVERIFY(dialog.grab().save(u"%1/editor-%2.png"_s.arg(directory, checkKindName(CheckKind(kind))), "PNG"));
        }
    }

private:
    TranslationInstaller m_translations;
    FaultServer m_server;
    std::unique_ptr<StorageTest::TestDatabase> m_db;
    std::unique_ptr<EndpointStore> m_store;
    std::unique_ptr<OnDemandChecker> m_checker;
};

QTEST_MAIN(TestEndpointEditor)
#include "tst_endpointeditor.moc"
