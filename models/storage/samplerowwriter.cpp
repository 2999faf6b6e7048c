#include "storage/samplerowwriter.h"

#include "storage/qtsamplerowwriter.h"
#include "storage/sqlitesamplerowwriter.h"

namespace Leitstand {

std::expected<std::unique_ptr<SampleRowWriter>, QString> SampleRowWriter::create(
    const QSqlDatabase &db, SampleRowPath path)
{
    if (sqlite3 *handle = path == SampleRowPath::Native ? SqliteSampleRowWriter::handleOf(db) : nullptr) {
        auto writer = std::make_unique<SqliteSampleRowWriter>(handle);
        if (const auto prepared = writer->prepare(); !prepared)
            return std::unexpected(prepared.error());
        return writer;
    }
    auto writer = std::make_unique<QtSampleRowWriter>(db);
    if (const auto prepared = writer->prepare(); !prepared)
        return std::unexpected(prepared.error());
    return writer;
}

} // namespace Leitstand
