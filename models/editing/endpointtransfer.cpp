#include "editing/endpointtransfer.h"

#include "storage/database.h"

#include <QDir>

#include <algorithm>

namespace Leitstand {

namespace {

// Where each stage starts, by what 5,000 endpoints took on two cores: reading the file and its
// YAML syntax 290 ms (in one piece, so the bar stands still meanwhile), checking the endpoints
// 130 ms, storing them 400 ms.
constexpr int parsingStartPermille = 350;
constexpr int storingStartPermille = 500;

} // namespace

int ImportProgress::permille() const
{
    const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
    switch (stage) {
    case Stage::Reading:
        return 0;
    case Stage::Parsing:
        return parsingStartPermille + int(fraction * (storingStartPermille - parsingStartPermille));
    case Stage::Storing:
        return storingStartPermille + int(fraction * (1000 - storingStartPermille));
    }
    Q_UNREACHABLE_RETURN(0);
}

ImportOutcome EndpointTransfer::importFile(
    const Database &database, const QString &fileName, EndpointRepository::SyncMode mode, const Progress &progress)
{
    bool cancelled = false;
    const auto report = [&](ImportProgress::Stage stage, qsizetype done, qsizetype total) {
        if (progress && !cancelled && !progress(ImportProgress {stage, done, total}))
            cancelled = true;
        return !cancelled;
    };

    ImportOutcome outcome;
    if (!report(ImportProgress::Stage::Reading, 0, 0)) {
        outcome.status = ImportOutcome::Status::Cancelled;
        return outcome;
    }
    // The parser cannot stop half-way; a cancel while it runs takes effect when it is done.
    const EndpointFile::Result parsed = EndpointFile::read(
        fileName, [&](qsizetype done, qsizetype total) { report(ImportProgress::Stage::Parsing, done, total); });
    if (cancelled) {
        outcome.status = ImportOutcome::Status::Cancelled;
        return outcome;
    }
    if (!parsed) {
        outcome.status = ImportOutcome::Status::Refused;
        outcome.problems = parsed.error();
        return outcome;
    }
    const auto summary = EndpointRepository(database).sync(*parsed, mode,
        [&](qsizetype done, qsizetype total) { return report(ImportProgress::Stage::Storing, done, total); });
    if (summary) {
        outcome.status = ImportOutcome::Status::Imported;
        outcome.summary = *summary;
    } else if (cancelled) {
        outcome.status = ImportOutcome::Status::Cancelled;
    } else {
        outcome.error = summary.error();
    }
    return outcome;
}

std::expected<qsizetype, QString> EndpointTransfer::exportFile(const Database &database, const QString &fileName)
{
    const auto endpoints = EndpointRepository(database).all();
    if (!endpoints)
        return std::unexpected(endpoints.error());
    QString error;
    if (!EndpointFile::writeFile(fileName, *endpoints, &error))
        return std::unexpected(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), error));
    return endpoints->size();
}

} // namespace Leitstand
