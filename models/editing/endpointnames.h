#pragma once

#include "monitoring/endpoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Leitstand {

// People know an endpoint by its service and name, which is why the database keeps that pair
// unique. This answers, for a list of stored endpoints, whether a pair is taken and what a copy
// may be called.
class EndpointNames final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::EndpointNames)

public:
    EndpointNames() = default;
    explicit EndpointNames(const QList<Endpoint> &endpoints);

    // The message if another endpoint than `endpoint` (compared by id) has its service and name.
    std::optional<QString> conflict(const Endpoint &endpoint) const;
    // "Portal (copy)", else "Portal (copy 2)", "Portal (copy 3)", …: the first that is free in the service.
    QString copyName(const QString &service, const QString &name) const;

    static QString takenMessage(const QString &service, const QString &name);

private:
    QHash<std::pair<QString, QString>, qint64> m_ids;
};

} // namespace Leitstand
