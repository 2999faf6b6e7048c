#include "core/settings.h"

#include "core/paths.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {
constexpr auto languageKey = "ui/language"_L1;
}

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

} // namespace Leitstand
