#pragma once

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Leitstand {

// The process's one KSyntaxHighlighting repository. Loading the definitions index takes tens of
// milliseconds: it happens once, on first use.
KSyntaxHighlighting::Repository &syntaxRepository();

// Gives the highlighter the default light or dark theme, whichever suits the palette's base
// colour, and highlights again; the colour scheme can change while the console runs.
void applySyntaxTheme(KSyntaxHighlighting::SyntaxHighlighter &highlighter, const QPalette &palette);

} // namespace Leitstand
