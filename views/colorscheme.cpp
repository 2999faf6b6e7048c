#include "colorscheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QPalette darkPalette()
{
    // Contrast of text on its backgrounds is at least 7:1 (WCAG AAA), disabled text at least 4.5:1.
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    const QColor highlight(0x3d, 0x7a, 0xc8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    return palette;
}

} // namespace

QString colorSchemeCode(ColorSchemeChoice choice)
{
    switch (choice) {
    case ColorSchemeChoice::Light:
        return u"light"_s;
    case ColorSchemeChoice::Dark:
        return u"dark"_s;
    case ColorSchemeChoice::System:
        break;
    }
    return u"system"_s;
}

std::optional<ColorSchemeChoice> colorSchemeFromCode(QStringView code)
{
    for (const auto choice : {ColorSchemeChoice::System, ColorSchemeChoice::Light, ColorSchemeChoice::Dark}) {
        if (code.compare(colorSchemeCode(choice), Qt::CaseInsensitive) == 0)
            return choice;
    }
    return std::nullopt;
}

void applyColorScheme(ColorSchemeChoice choice)
{
    QStyleHints *hints = QGuiApplication::styleHints();
    const Qt::ColorScheme wanted = choice == ColorSchemeChoice::Dark ? Qt::ColorScheme::Dark
        : choice == ColorSchemeChoice::Light                         ? Qt::ColorScheme::Light
                                                                     : Qt::ColorScheme::Unknown;
    hints->setColorScheme(wanted);
    if (choice == ColorSchemeChoice::System || hints->colorScheme() == wanted) {
        // The platform follows (or System was asked for): its own palette is the right one.
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setPalette(
        choice == ColorSchemeChoice::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace Leitstand
