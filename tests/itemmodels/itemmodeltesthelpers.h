#pragma once

#include "itemmodels/endpointtreemodel.h"
#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace ItemModelTest {

inline Leitstand::Endpoint endpoint(qint64 id, const QString &service, const QString &name, const QString &target = {})
{
    Leitstand::Endpoint endpoint;
    endpoint.id = id;
    endpoint.service = service;
    endpoint.name = name;
    endpoint.target = target.isEmpty() ? QStringLiteral("https://%1.example/").arg(name) : target;
    return endpoint;
}

// A fixed time, so that nothing depends on when the test runs.
inline QDateTime baseTime()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::UTC);
}

inline Leitstand::CheckResult result(qint64 id, Leitstand::EndpointState status, int latencyMs,
    int secondsAfterBase = 0, Leitstand::CheckError error = Leitstand::CheckError::Ok, const QString &detail = {})
{
    Leitstand::CheckResult result;
    result.endpointId = id;
    result.finishedAt = baseTime().addSecs(secondsAfterBase);
    result.startedAt = result.finishedAt.addMSecs(-latencyMs);
    result.dueAt = result.startedAt;
    result.status = status;
    result.latencyMs = latencyMs;
    result.error = error;
    result.detail = detail;
    return result;
}

// Deliberately unsorted: the model sorts services and endpoints by name (Auth: login; Mail: smtp;
// Shop: api, web-2, web-10).
inline QList<Leitstand::Endpoint> fleet()
{
    return {
        endpoint(1, QStringLiteral("Shop"), QStringLiteral("web-2")),
        endpoint(2, QStringLiteral("Shop"), QStringLiteral("web-10")),
        endpoint(3, QStringLiteral("Mail"), QStringLiteral("smtp"), QStringLiteral("mail.example:25")),
        endpoint(4, QStringLiteral("Shop"), QStringLiteral("api")),
        endpoint(5, QStringLiteral("Auth"), QStringLiteral("login")),
    };
}

// Endpoint ids in the order a view shows them, services' children in place.
inline QList<qint64> visibleEndpointIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int service = 0; service < model.rowCount(); ++service) {
        const QModelIndex parent = model.index(service, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            ids.append(model.index(row, 0, parent).data(Leitstand::EndpointTreeModel::EndpointIdRole).toLongLong());
    }
    return ids;
}

inline QStringList visibleServices(const QAbstractItemModel &model)
{
    QStringList names;
    for (int service = 0; service < model.rowCount(); ++service)
        names.append(model.index(service, Leitstand::EndpointTreeModel::Name).data().toString());
    return names;
}

} // namespace ItemModelTest
