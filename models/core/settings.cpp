#include "core/settings.h"

#include "core/paths.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {
constexpr auto languageKey = "ui/language"_L1;
constexpr auto colorSchemeKey = "ui/colorScheme"_L1;
constexpr auto mutedUntilKey = "notifications/mutedUntil"_L1;
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

} // namespace Leitstand
