#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QTranslator;

namespace Leitstand {

// The languages Leitstand speaks. German and English are equals: every string exists in both.
enum class UiLanguage {
    System, // follow the system locale; English unless the system speaks German
    German,
    English,
};

// "de", "en" or "system"; the form used on the command line and in the settings file.
QString languageCode(UiLanguage language);
std::optional<UiLanguage> languageFromCode(QStringView code);

// The language actually used: an explicit choice wins, System picks by the system locale.
UiLanguage effectiveLanguage(UiLanguage choice, const QLocale &systemLocale);

// The locale for dates and numbers in that language. If the system already speaks the language,
// its own regional variant (de_AT, en_US, …) is kept.
QLocale localeFor(UiLanguage effective, const QLocale &systemLocale);

// Finds `--lang CODE` or `--lang=CODE` before the real command-line parser runs, because the
// parser's own help text must already be translated. Returns the raw code; validation is the
// parser's job.
std::optional<QString> languageArgument(const QStringList &arguments);

// Installs the translators for one language on the running application and replaces those of an
// earlier call, which makes every widget receive QEvent::LanguageChange.
class TranslationInstaller final
{
public:
    TranslationInstaller();
    ~TranslationInstaller();
    Q_DISABLE_COPY_MOVE(TranslationInstaller)

    // Returns false if Leitstand's own catalogue for the language cannot be loaded.
    bool install(UiLanguage effective);
    UiLanguage installed() const { return m_installed; }

private:
    void removeAll();

    std::vector<std::unique_ptr<QTranslator>> m_translators;
    UiLanguage m_installed = UiLanguage::English;
};

} // namespace Leitstand
