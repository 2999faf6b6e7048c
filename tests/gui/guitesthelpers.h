#pragma once

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
    Leitstand::LastResponses responses;

    WindowModels()
    {
        database = std::make_unique<Leitstand::Database>(dir.filePath(QStringLiteral("gui.sqlite")));
        if (const auto opened = database->open(); !opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
        history = std::make_unique<Leitstand::HistoryLoader>(*database);
    }

    Leitstand::MainWindowModels forWindow(Leitstand::EndpointTreeModel &endpoints)
    {
        return {.endpoints = endpoints, .history = *history, .responses = responses};
    }
};

} // namespace GuiTest
