#pragma once

#include "charts/chartdataloader.h"
#include "engine/historyloader.h"
#include "engine/lastresponses.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace GuiTest {

// What a MainWindow needs besides the overview's model: an empty database of its own for the
// history loader, and the in-memory last responses.
struct WindowModels
{
    QTemporaryDir dir;
    std::unique_ptr<Leitstand::Database> database;
    std::unique_ptr<Leitstand::HistoryLoader> history;
    std::unique_ptr<Leitstand::ChartDataLoader> charts;
    Leitstand::LastResponses responses;

    WindowModels()
    {
        database = std::make_unique<Leitstand::Database>(dir.filePath(QStringLiteral("gui.sqlite")));
        if (const auto opened = database->open(); !opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
        history = std::make_unique<Leitstand::HistoryLoader>(*database);
        charts = std::make_unique<Leitstand::ChartDataLoader>(*database);
    }

    Leitstand::MainWindowModels forWindow(Leitstand::EndpointTreeModel &endpoints)
    {
        return {.endpoints = endpoints, .history = *history, .responses = responses, .charts = *charts};
    }
};

} // namespace GuiTest

#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QTest>
#include <QWindow>

namespace GuiTest {

// The name a screen reader announces for the widget: its accessible name, or what Qt derives
// from its text or buddy label.
inline QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// Every control that Tab should reach: visible, enabled, taking focus by Tab.
inline QList<QWidget *> tabbableWidgets(QWidget *window)
{
    QList<QWidget *> widgets;
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (widget->isVisibleTo(window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && widget->window() == window && !widget->focusProxy())
            widgets.append(widget);
    }
    return widgets;
}

// Presses Tab through `window` until focus comes back to where it started, and returns every
// problem found: a control that Tab never reaches, or one a screen reader could not name.
// The window must be shown and active.
inline QStringList focusChainProblems(QWidget *window)
{
    QStringList problems;
    window->windowHandle()->requestActivate();
    if (!QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }))
        return {QStringLiteral("%1 does not become the active window").arg(window->objectName())};
    const QList<QWidget *> expected = tabbableWidgets(window);
    if (expected.isEmpty())
        return {QStringLiteral("nothing in %1 takes focus").arg(window->objectName())};
    expected.constFirst()->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached;
    QWidget *first = QApplication::focusWidget();
    // Labels with links take a Tab per link and a date edit one per section before focus moves on:
    // allow many more presses than controls, and end only once focus has been elsewhere and comes
    // back to where it started.
    bool left = false;
    for (int presses = 0; presses < 20 * expected.size() + 50; ++presses) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        reached.insert(focused);
        left = left || focused != first;
        QTest::keyClick(focused, Qt::Key_Tab);
        if (left && QApplication::focusWidget() == first)
            break;
    }
    for (QWidget *widget : expected) {
        const QString what = QStringLiteral("%1 (%2)").arg(
            widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        if (!reached.contains(widget))
            problems << QStringLiteral("not reachable by Tab: ") + what;
        if (spokenName(widget).trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: ") + what;
    }
    return problems;
}

} // namespace GuiTest
