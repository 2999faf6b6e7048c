#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <expected>

namespace Leitstand {

class Database;

// How long each kind of history is kept; 0 keeps it forever.
struct RetentionPolicy
{
    int rawDays = 35;
    int minuteDays = 400;
    int hourDays = 0;
    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

struct RetentionResult
{
    qint64 samplesRemoved = 0;
    qint64 minuteRollupsRemoved = 0;
    qint64 hourRollupsRemoved = 0;
};

// Deletes what the policy no longer keeps. The SampleWriter runs it in the background; the time is
// a parameter so that tests can move it.
class Retention final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::Retention)

public:
    static std::expected<RetentionResult, QString> apply(
        const Database &database, const RetentionPolicy &policy, const QDateTime &now);
};

} // namespace Leitstand
