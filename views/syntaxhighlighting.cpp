#include "syntaxhighlighting.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace Leitstand {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

void applySyntaxTheme(KSyntaxHighlighting::SyntaxHighlighter &highlighter, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    highlighter.setTheme(syntaxRepository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    highlighter.rehighlight();
}

} // namespace Leitstand
