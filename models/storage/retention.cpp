#include "storage/retention.h"

#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// PostgreSQL keeps samples in a partition per month (postgresqldialect.cpp): a month goes as a whole
// once its last second is older than the policy keeps, which costs no more than dropping a table,
// however many rows it has. Samples are therefore kept up to a month longer there than on SQLite.
std::expected<qint64, QString> dropOldSamplePartitions(const Database &database, qint64 cutoffSeconds)
{
    QSqlDatabase db = database.connection();
    QStringList old;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                        "WHERE i.inhparent = 'samples'::regclass"_s))
            return std::unexpected(sqlErrorMessage(query));
        static const QRegularExpression monthly(u"^samples_(\\d{4})_(\\d{2})$"_s);
        while (query.next()) {
            const QString name = query.value(0).toString();
            const QRegularExpressionMatch match = monthly.match(name);
            if (!match.hasMatch())
                continue;
            const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
            const qint64 end = QDateTime(first.addMonths(1), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
            if (end <= cutoffSeconds)
                old.append(name);
        }
    }
    qint64 removed = 0;
    for (const QString &name : std::as_const(old)) {
        WriteTransaction transaction(db, database.dialect());
        if (!transaction.isActive())
            return std::unexpected(transaction.error());
        // With the owner's rights (schema version 8), so that a poller's role need not own samples.
        QSqlQuery query(db);
        query.prepare(u"SELECT leitstand_drop_sample_partition(?)"_s);
        query.addBindValue(name);
        if (!query.exec() || !query.next())
            return std::unexpected(sqlErrorMessage(query));
        const qint64 rows = query.value(0).toLongLong();
        query.finish();
        if (const auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        removed += rows;
    }
    return removed;
}

} // namespace

std::expected<RetentionResult, QString> Retention::apply(
    const Database &database, const RetentionPolicy &policy, const QDateTime &now)
{
    QSqlDatabase db = database.connection();
    QList<qint64> ids;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id FROM endpoints"_s))
            return std::unexpected(tr("Cannot remove old samples: %1").arg(sqlErrorMessage(query)));
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }

    const qint64 nowSeconds = now.toSecsSinceEpoch();
    struct Table
    {
        QString name;
        QString timeColumn;
        int days;
        qint64 *removed;
    };
    RetentionResult result;
    const bool partitioned = !database.dialect().ensureSamplePartition.isEmpty();
    if (partitioned && policy.rawDays > 0) {
        const auto dropped = dropOldSamplePartitions(database, nowSeconds - qint64(policy.rawDays) * 86400);
        if (!dropped)
            return std::unexpected(tr("Cannot remove old samples: %1").arg(dropped.error()));
        result.samplesRemoved = *dropped;
    }
    const QList<Table> tables {
        {u"samples"_s, u"t"_s, partitioned ? 0 : policy.rawDays, &result.samplesRemoved},
        {u"rollup_minute"_s, u"bucket"_s, policy.minuteDays, &result.minuteRollupsRemoved},
        {u"rollup_hour"_s, u"bucket"_s, policy.hourDays, &result.hourRollupsRemoved},
    };
    // One endpoint at a time: each delete is a range of the primary key, and the write lock is held
    // only briefly, so that the sample writer is not kept waiting.
    for (const qint64 id : std::as_const(ids)) {
        WriteTransaction transaction(db, database.dialect());
        if (!transaction.isActive())
            return std::unexpected(tr("Cannot remove old samples: %1").arg(transaction.error()));
        for (const Table &table : tables) {
            if (table.days <= 0)
                continue;
            QSqlQuery query(db);
            query.prepare(u"DELETE FROM %1 WHERE endpoint_id = ? AND %2 < ?"_s.arg(table.name, table.timeColumn));
            query.bindValue(0, id);
            query.bindValue(1, nowSeconds - qint64(table.days) * 86400);
            if (!query.exec())
                return std::unexpected(tr("Cannot remove old samples: %1").arg(sqlErrorMessage(query)));
            *table.removed += query.numRowsAffected();
        }
        if (const auto committed = transaction.commit(); !committed)
            return std::unexpected(tr("Cannot remove old samples: %1").arg(committed.error()));
    }
    return result;
}

} // namespace Leitstand
