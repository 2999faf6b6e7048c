#include "core/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Leitstand {

QString languageCode(UiLanguage language)
{
    switch (language) {
    case UiLanguage::German:
        return u"de"_s;
    case UiLanguage::English:
        return u"en"_s;
    case UiLanguage::System:
        break;
    }
    return u"system"_s;
}

std::optional<UiLanguage> languageFromCode(QStringView code)
{
    const QString normalized = code.trimmed().toString().toLower();
    if (normalized == "de"_L1)
        return UiLanguage::German;
    if (normalized == "en"_L1)
        return UiLanguage::English;
    if (normalized == "system"_L1)
        return UiLanguage::System;
    return std::nullopt;
}

UiLanguage effectiveLanguage(UiLanguage choice, const QLocale &systemLocale)
{
    if (choice != UiLanguage::System)
        return choice;
    return systemLocale.language() == QLocale::German ? UiLanguage::German : UiLanguage::English;
}

QLocale localeFor(UiLanguage effective, const QLocale &systemLocale)
{
    const QLocale::Language wanted = effective == UiLanguage::German ? QLocale::German : QLocale::English;
    if (systemLocale.language() == wanted)
        return systemLocale;
    // British English rather than American: 24-hour clock and day-first dates, as our users expect.
    return wanted == QLocale::German ? QLocale(QLocale::German, QLocale::Germany)
                                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

std::optional<QString> languageArgument(const QStringList &arguments)
{
    std::optional<QString> found;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1)
            break;
        if ((argument == "--lang"_L1 || argument == "-lang"_L1) && i + 1 < arguments.size())
            found = arguments.at(++i);
        else if (argument.startsWith("--lang="_L1))
            found = argument.mid(7);
    }
    return found;
}

TranslationInstaller::TranslationInstaller() = default;

TranslationInstaller::~TranslationInstaller()
{
    removeAll();
}

void TranslationInstaller::removeAll()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

bool TranslationInstaller::install(UiLanguage effective)
{
    Q_ASSERT(effective != UiLanguage::System);
    removeAll();
    m_installed = effective;
    const QString code = languageCode(effective);

    auto own = std::make_unique<QTranslator>();
    if (!own->load(u"leitstand_"_s + code, u":/i18n"_s))
        return false;

    // Qt's own strings (standard buttons, the command-line parser's help) come from Qt's catalogue.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_translators.push_back(std::move(qt));
    m_translators.push_back(std::move(own));
    for (const auto &translator : m_translators)
        QCoreApplication::installTranslator(translator.get());
    return true;
}

} // namespace Leitstand
