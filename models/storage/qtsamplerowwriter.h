#pragma once

#include "storage/samplerowwriter.h"

#include <QSqlQuery>

namespace Leitstand {

// The portable path, for every Qt SQL driver: multi-row statements with bound values.
class QtSampleRowWriter final : public SampleRowWriter
{
public:
    explicit QtSampleRowWriter(const QSqlDatabase &db);

    // Prepares the full-size statements; the writer is unusable if this fails.
    std::expected<void, QString> prepare();

    std::expected<void, QString> insertSamples(std::span<const SampleRow> rows) override;
    std::expected<void, QString> writeRollups(RollupPeriod period, const RollupRows &rows) override;
    std::expected<void, QString> writeStatus(std::span<const StatusRow> rows) override;

private:
    QSqlDatabase m_db;
    QSqlQuery m_insertSamples;
    QSqlQuery m_upsertMinute;
    QSqlQuery m_upsertHour;
    QSqlQuery m_upsertStatus;
};

} // namespace Leitstand
