#pragma once

#include "core/uilanguage.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSettings>

namespace Leitstand {

// The user's settings, typed, in one place. Changes are announced by signals so that open windows
// follow them at once. Stored in Paths::settingsFile() unless a test gives its own file.
class Settings final : public QObject
{
    Q_OBJECT

public:
    explicit Settings(QObject *parent = nullptr);
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Settings)

    UiLanguage language() const;
    void setLanguage(UiLanguage language);

    // Opaque blobs from QMainWindow/QSplitter/QHeaderView, restored as they were saved.
    QByteArray windowGeometry(const QString &window) const;
    void setWindowGeometry(const QString &window, const QByteArray &geometry);
    QByteArray windowState(const QString &window) const;
    void setWindowState(const QString &window, const QByteArray &state);

    // "system", "light" or "dark"; the views interpret it (see views/colorscheme.h).
    QString colorScheme() const;
    void setColorScheme(const QString &code);

    // Desktop notifications stay off until then (UTC); invalid: not muted.
    QDateTime notificationsMutedUntil() const;
    void setNotificationsMutedUntil(const QDateTime &utc);

    // Who the console says did something to an incident ("Acknowledged by anna"); the login name
    // until the user gives another.
    QString userName() const;
    void setUserName(const QString &name);

    // Sections that belong to others (such as the feed server, see FeedConfiguration) keep their
    // keys themselves; every change is announced by valueChanged().
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);

    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

Q_SIGNALS:
    void languageChanged(Leitstand::UiLanguage language);
    void colorSchemeChanged(const QString &code);
    void userNameChanged(const QString &name);
    void valueChanged(const QString &key);

private:
    QSettings m_settings;
};

} // namespace Leitstand
