#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

namespace Leitstand {

// Secrets (tokens for team notifications, feed and database passwords) live in the platform's
// secret store through QtKeychain (the Secret Service on Linux), never in settings files or the
// database. Everything is asynchronous, since the Secret Service is a D-Bus round trip away and
// may ask the user to unlock it: the callbacks run later in this object's thread, never inside
// the call. A callback does not run if this object is destroyed first.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    // Errors are translated, one line, naming the key.
    using ReadCallback = std::function<void(std::expected<std::optional<QString>, QString>)>;
    using WriteCallback = std::function<void(std::expected<void, QString>)>;

    // service names the application's entries in the platform store.
    explicit SecretStore(QString service = QStringLiteral("Leitstand"), QObject *parent = nullptr);

    // std::nullopt when nothing is stored under key.
    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, WriteCallback done);
    // Removing what is not there is not an error.
    void remove(const QString &key, WriteCallback done);

private:
    const QString m_service;
};

} // namespace Leitstand
