#include "storage/retention.h"

#include "storage/database.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

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
    const QList<Table> tables {
        {u"samples"_s, u"t"_s, policy.rawDays, &result.samplesRemoved},
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
