#include "core/secretstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QString failure(const char *what, const QString &key, const QKeychain::Job &job)
{
    return QCoreApplication::translate("Leitstand::SecretStore", what).arg(key, job.errorString());
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void SecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    // Only the platform's secret store: a plain-text fallback would defeat the point.
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::EntryNotFound)
            done(std::optional<QString>());
        else if (reader->error() != QKeychain::NoError)
            done(std::unexpected(failure(
                QT_TRANSLATE_NOOP("Leitstand::SecretStore", "Cannot read the secret %1 from the secret store: %2"), key,
                *reader)));
        else
            done(std::optional<QString>(reader->textData()));
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(std::unexpected(failure(
                QT_TRANSLATE_NOOP("Leitstand::SecretStore", "Cannot store the secret %1 in the secret store: %2"), key,
                *finished)));
        else
            done({});
    });
    job->start();
}

void SecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(std::unexpected(failure(
                QT_TRANSLATE_NOOP("Leitstand::SecretStore", "Cannot remove the secret %1 from the secret store: %2"),
                key, *finished)));
        else
            done({});
    });
    job->start();
}

} // namespace Leitstand
