#pragma once

#include "storage/samplerowwriter.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Leitstand {

// The fast path on SQLite: single-row statements, prepared once, bound and stepped through SQLite's
// C API on the Qt driver's own handle (so inside the transaction the store holds through Qt).
// Binding a value through QSqlQuery builds and hashes a placeholder name and a QVariant; that cost
// more than SQLite's own work of storing the row.
class SqliteSampleRowWriter final : public SampleRowWriter
{
public:
    explicit SqliteSampleRowWriter(sqlite3 *handle);
    ~SqliteSampleRowWriter() override;

    // Prepares the statements; the writer is unusable if this fails.
    std::expected<void, QString> prepare();

    std::expected<void, QString> insertSamples(std::span<const SampleRow> rows) override;
    std::expected<void, QString> writeRollups(RollupPeriod period, const RollupRows &rows) override;
    std::expected<void, QString> writeStatus(std::span<const StatusRow> rows) override;

    // The handle under a Qt SQLite connection, or nullptr for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    struct Statements;

    QString errorMessage() const;

    sqlite3 *m_handle;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Leitstand
