// The overview on a model filled by hand (no engine): rows, filtering, expansion, accessibility
// and tab order, plus what the main window's title and status bar make of the counts.

#include "../itemmodels/itemmodeltesthelpers.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "endpointoverview.h"
#include "guitesthelpers.h"
#include "heartbeatdelegate.h"
#include "itemmodels/endpointfiltermodel.h"
#include "itemmodels/endpointtreemodel.h"
#include "mainwindow.h"
#include "stateicons.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

namespace {

// The endpoint names the tree shows, services expanded or not.
QStringList visibleEndpointNames(const QTreeView &tree)
{
    QStringList names;
    const QAbstractItemModel *model = tree.model();
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex service = model->index(s, 0);
        for (int e = 0; e < model->rowCount(service); ++e)
            names << model->index(e, EndpointTreeModel::Name, service).data().toString();
    }
    names.sort();
    return names;
}

// The icon without its colours: transparent, the fill, light glyph or dark glyph.
QImage shapeOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(32).toImage().convertToFormat(QImage::Format_ARGB32);
    QImage shape(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            const int grey = qGray(pixel);
            const int kind = qAlpha(pixel) < 128 ? 0 : grey > 200 ? 2 : grey < 60 ? 3 : 1;
            shape.setPixel(x, y, qRgb(kind * 60, kind * 60, kind * 60));
        }
    }
    return shape;
}

} // namespace

class TestEndpointOverview final : public QObject
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
        m_model = std::make_unique<EndpointTreeModel>();
        m_model->setEndpoints(fleet());
    }

    void cleanup() { m_model.reset(); }

    void showsTheModelExpanded()
    {
        EndpointOverview overview(*m_model);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        QTreeView *tree = overview.treeView();
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->model()->rowCount(), 3);
        QCOMPARE(visibleEndpointNames(*tree), (QStringList {u"api"_s, u"login"_s, u"smtp"_s, u"web-10"_s, u"web-2"_s}));
        for (int s = 0; s < tree->model()->rowCount(); ++s)
            QVERIFY(tree->isExpanded(tree->model()->index(s, 0)));
        QVERIFY(tree->isSortingEnabled());
        QVERIFY(tree->uniformRowHeights());
        QVERIFY(tree->alternatingRowColors());

        // A service that appears later is expanded too.
        m_model->upsertEndpoint(endpoint(6, u"Zoo"_s, u"gate"_s));
        const QModelIndexList zoo = tree->model()->match(
            tree->model()->index(0, EndpointTreeModel::Name), Qt::DisplayRole, u"Zoo"_s, 1, Qt::MatchExactly);
        QCOMPARE(zoo.size(), 1);
        QVERIFY(tree->isExpanded(zoo.constFirst().siblingAtColumn(0)));
    }

    void emptyModelShowsTheEmptyState()
    {
        EndpointTreeModel empty;
        EndpointOverview overview(empty);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        auto *label = overview.findChild<QLabel *>(u"emptyState"_s);
        QVERIFY(label && label->isVisible());
        QVERIFY(!overview.treeView()->isVisible());
        empty.setEndpoints(fleet());
        QVERIFY(overview.treeView()->isVisible());
    }

    void filterLineHidesOtherRows()
    {
        EndpointOverview overview(*m_model);
        overview.show();
        auto *edit = overview.findChild<QLineEdit *>(u"overviewFilter"_s);
        QVERIFY(edit);
        QTest::keyClicks(edit, u"web"_s);
        QCOMPARE(visibleEndpointNames(*overview.treeView()), (QStringList {u"web-10"_s, u"web-2"_s}));
        QCOMPARE(overview.treeView()->model()->rowCount(), 1);
        edit->clear();
        QCOMPARE(visibleEndpointNames(*overview.treeView()).size(), 5);
        // Services that come back are expanded again.
        for (int s = 0; s < overview.treeView()->model()->rowCount(); ++s)
            QVERIFY(overview.treeView()->isExpanded(overview.treeView()->model()->index(s, 0)));
    }

    void stateFilter()
    {
        m_model->applyResult(result(3, EndpointState::Down, 10), EndpointState::Down);
        m_model->applyResult(result(4, EndpointState::Degraded, 900), EndpointState::Degraded);
        m_model->applyResult(result(5, EndpointState::Up, 10), EndpointState::Up);
        m_model->flushPendingUpdates();
        EndpointOverview overview(*m_model);
        auto *states = overview.findChild<QComboBox *>(u"overviewStateFilter"_s);
        QVERIFY(states);
        QCOMPARE(states->count(), 6);
        states->setCurrentIndex(1); // Down
        QCOMPARE(visibleEndpointNames(*overview.treeView()), QStringList {u"smtp"_s});
        states->setCurrentIndex(3); // Down and degraded
        QCOMPARE(visibleEndpointNames(*overview.treeView()), (QStringList {u"api"_s, u"smtp"_s}));
        states->setCurrentIndex(0);
        QCOMPARE(visibleEndpointNames(*overview.treeView()).size(), 5);
    }

    void ctrlFFocusesTheFilter()
    {
        EndpointOverview overview(*m_model);
        overview.show();
        QVERIFY(QTest::qWaitForWindowActive(&overview));
        overview.treeView()->setFocus();
        QTest::keySequence(&overview, QKeySequence::Find);
        QTRY_VERIFY(overview.findChild<QLineEdit *>(u"overviewFilter"_s)->hasFocus());
    }

    void accessibleNamesAndTabOrder()
    {
        EndpointOverview overview(*m_model);
        overview.show();
        QVERIFY(QTest::qWaitForWindowActive(&overview));
        const auto widgets = overview.findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (widget->focusPolicy() & Qt::TabFocus && widget->isVisibleTo(&overview))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }

        auto *edit = overview.findChild<QLineEdit *>(u"overviewFilter"_s);
        auto *states = overview.findChild<QComboBox *>(u"overviewStateFilter"_s);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QList<QWidget *> reached {edit};
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget();
        }
        QVERIFY(reached.contains(states));
        QVERIFY(reached.contains(overview.treeView()));
        QVERIFY(reached.indexOf(states) < reached.indexOf(overview.treeView()));
    }

    void stateIconsDifferInShape()
    {
        // Compared in grey: the shapes alone must tell the states apart.
        QList<QImage> seen;
        for (const EndpointState state : {EndpointState::Unknown, EndpointState::Up, EndpointState::Degraded,
                 EndpointState::Down, EndpointState::Paused, EndpointState::Maintenance}) {
            const QImage shape = shapeOf(StateIcons::icon(state));
            QVERIFY(!shape.isNull());
            QVERIFY2(!seen.contains(shape), qPrintable(endpointStateName(state)));
            seen << shape;
        }
    }

    void heartbeatBarUnderTheMouse()
    {
        const QRect cell(100, 0, 200, 20);
        QCOMPARE(HeartbeatDelegate::barAt(cell, 3, 50), std::nullopt);
        QCOMPARE(HeartbeatDelegate::barAt(cell, 3, 105), std::optional<qsizetype>(0));
        QCOMPARE(HeartbeatDelegate::barAt(cell, 3, 113), std::optional<qsizetype>(2));
        QCOMPARE(HeartbeatDelegate::barAt(cell, 3, 120), std::nullopt);
        QCOMPARE(HeartbeatDelegate::barAt(cell, 0, 105), std::nullopt);
    }

    void windowTitleAndStatusBarCount()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"leitstand.conf"_s));
        GuiTest::WindowModels models;
        MainWindow window(settings, models.forWindow(*m_model), u"x"_s);
        window.show();
        QVERIFY(window.centralWidget()->isAncestorOf(window.overview()));
        QCOMPARE(window.windowTitle(), u"Leitstand"_s);
        auto *counts = window.findChild<QLabel *>(u"countsLabel"_s);
        QVERIFY(counts);
        QVERIFY2(counts->text().contains(u"0 down, 0 degraded"_s), qPrintable(counts->text()));

        m_model->applyResult(result(3, EndpointState::Down, 10), EndpointState::Down);
        m_model->applyResult(result(4, EndpointState::Down, 10), EndpointState::Down);
        m_model->applyResult(result(5, EndpointState::Degraded, 900), EndpointState::Degraded);
        m_model->flushPendingUpdates();
        QCOMPARE(window.windowTitle(), u"Leitstand – 2 down, 1 degraded"_s);
        QVERIFY2(counts->text().contains(u"5 endpoint"_s), qPrintable(counts->text()));
        QVERIFY2(counts->text().contains(u"2 down, 1 degraded"_s), qPrintable(counts->text()));
        QVERIFY(!counts->accessibleName().isEmpty());
    }

private:
    std::unique_ptr<EndpointTreeModel> m_model;
    TranslationInstaller m_translations;
};

QTEST_MAIN(TestEndpointOverview)
#include "tst_endpointoverview.moc"
