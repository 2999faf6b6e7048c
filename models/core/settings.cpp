#include "core/settings.h"

#include "core/paths.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {
constexpr auto languageKey = "ui/language"_L1;
constexpr auto colorSchemeKey = "ui/colorScheme"_L1;
constexpr auto mutedUntilKey = "notifications/mutedUntil"_L1;
constexpr auto userNameKey = "incidents/userName"_L1;

QString loginName()
{
    // USER on Linux and macOS, USERNAME on Windows.
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}
} // namespace

Settings::Settings(QObject *parent)
    : Settings(Paths::settingsFile(), parent)
{
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
}

UiLanguage Settings::language() const
{
    return languageFromCode(m_settings.value(languageKey).toString()).value_or(UiLanguage::System);
}

void Settings::setLanguage(UiLanguage language)
{
    if (language == this->language())
        return;
    m_settings.setValue(languageKey, languageCode(language));
    Q_EMIT languageChanged(language);
}

QByteArray Settings::windowGeometry(const QString &window) const
{
    return m_settings.value(u"windows/"_s + window + u"/geometry"_s).toByteArray();
}

void Settings::setWindowGeometry(const QString &window, const QByteArray &geometry)
{
    m_settings.setValue(u"windows/"_s + window + u"/geometry"_s, geometry);
}

QByteArray Settings::windowState(const QString &window) const
{
    return m_settings.value(u"windows/"_s + window + u"/state"_s).toByteArray();
}

void Settings::setWindowState(const QString &window, const QByteArray &state)
{
    m_settings.setValue(u"windows/"_s + window + u"/state"_s, state);
}

QString Settings::colorScheme() const
{
    return m_settings.value(colorSchemeKey, u"system"_s).toString();
}

void Settings::setColorScheme(const QString &code)
{
    if (code == colorScheme())
        return;
    m_settings.setValue(colorSchemeKey, code);
    Q_EMIT colorSchemeChanged(code);
}

QDateTime Settings::notificationsMutedUntil() const
{
    // Stored as ISO 8601 text, so that the file stays readable and editable by hand.
    return QDateTime::fromString(m_settings.value(mutedUntilKey).toString(), Qt::ISODate);
}

void Settings::setNotificationsMutedUntil(const QDateTime &utc)
{
    if (utc.isValid())
        m_settings.setValue(mutedUntilKey, utc.toUTC().toString(Qt::ISODate));
    else
        m_settings.remove(mutedUntilKey);
}

QString Settings::userName() const
{
    const QString stored = m_settings.value(userNameKey).toString().trimmed();
    return stored.isEmpty() ? loginName() : stored;
}

void Settings::setUserName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == userName())
        return;
    // An empty name goes back to the login name rather than acting anonymously.
    if (trimmed.isEmpty() || trimmed == loginName())
        m_settings.remove(userNameKey);
    else
        m_settings.setValue(userNameKey, trimmed);
    Q_EMIT userNameChanged(userName());
}

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings.contains(key) && m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    Q_EMIT valueChanged(key);
}

void Settings::remove(const QString &key)
{
    if (!m_settings.contains(key))
        return;
    m_settings.remove(key);
    Q_EMIT valueChanged(key);
}

} // namespace Leitstand
