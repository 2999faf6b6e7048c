// The bundled fallback icon theme: every theme icon name the console asks for resolves without a
// desktop theme, and the theme holds exactly the icons the code uses. And the drawn severity
// icons: levels that read as levels.

#include "colorscheme.h"
#include "icontheme.h"
#include "incidenticons.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QMap>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

// The theme icon names the code passes to QIcon::fromTheme(), each with the place of its first
// use. They are read from the sources rather than listed here, so the list cannot fall behind the
// code; a call whose name is not a literal cannot be checked and is reported instead.
struct SourceScan
{
    QMap<QString, QString> names;
    QStringList unchecked;
};

// The argument list of the call whose opening parenthesis ends at `from`, with nested calls and
// string literals skipped over.
QStringView callArguments(QStringView text, qsizetype from)
{
    int depth = 1;
    bool inString = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return text.sliced(from, i - from);
        }
    }
    return text.sliced(from);
}

SourceScan scanSources()
{
    static const QRegularExpression call(uR"(QIcon::fromTheme\()"_s);
    static const QRegularExpression literal(uR"re(u"([^"\\]*)"_s)re"_s);
    // Theme icon names are lower case words joined by dashes; a fallback file name such as
    // ":/icons/x.svg" in the same call is not one.
    static const QRegularExpression iconName(uR"(^[a-z0-9]+(-[a-z0-9]+)*$)"_s);

    SourceScan scan;
    const QString sourceDir = QStringLiteral(LEITSTAND_SOURCE_DIR);
    for (const QString &folder : {u"app"_s, u"views"_s}) {
        QDirIterator files(
            sourceDir + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                scan.unchecked << u"%1: cannot be read"_s.arg(path);
                continue;
            }
            const QString text = QString::fromUtf8(file.readAll());
            const QString relative = path.mid(sourceDir.size() + 1);
            for (const QRegularExpressionMatch &match : call.globalMatch(text)) {
                const qsizetype lineStart = text.lastIndexOf(u'\n', match.capturedStart()) + 1;
                // A call mentioned in a comment is not a call.
                if (QStringView(text).sliced(lineStart, match.capturedStart() - lineStart).contains(u"//"))
                    continue;
                const QString where = u"%1:%2"_s.arg(relative).arg(text.left(lineStart).count(u'\n') + 1);
                const QString arguments = callArguments(text, match.capturedEnd()).toString();
                bool named = false;
                for (const QRegularExpressionMatch &name : literal.globalMatch(arguments)) {
                    if (!iconName.match(name.captured(1)).hasMatch())
                        continue;
                    named = true;
                    if (!scan.names.contains(name.captured(1)))
                        scan.names.insert(name.captured(1), where);
                }
                if (!named)
                    scan.unchecked << where;
            }
        }
    }
    return scan;
}

// The icons in the bundled theme: name to file.
QMap<QString, QString> bundledIcons()
{
    QMap<QString, QString> icons;
    QDirIterator files(fallbackIconThemePath(), {u"*.svg"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        icons.insert(QFileInfo(path).completeBaseName(), path);
    }
    return icons;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

// Share of a pixmap's pixels that are not fully transparent.
double coverage(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qsizetype painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return double(painted) / double(image.width() * image.height());
}

// The application's own icon is in the theme too (so that a desktop's copy wins) but is drawn in
// its own colours, not as a glyph that has to suit both colour schemes.
constexpr auto applicationIcon = "leitstand"_L1;

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString desktopTheme = QIcon::themeName();
        installFallbackIcons();
        QVERIFY(QIcon::themeSearchPaths().contains(u":/icons"_s));
        QCOMPARE(QIcon::fallbackThemeName(), fallbackIconThemeName());
        // A desktop theme stays the theme; without one the bundled theme takes its place.
        QCOMPARE(QIcon::themeName(), desktopTheme.isEmpty() ? fallbackIconThemeName() : desktopTheme);
        // Installing twice changes nothing.
        const QStringList paths = QIcon::themeSearchPaths();
        installFallbackIcons();
        QCOMPARE(QIcon::themeSearchPaths(), paths);

        QVERIFY2(QFile::exists(fallbackIconThemePath() + u"/index.theme"_s), "the theme is not in the resources");
        // Without Qt's SVG plugins no theme icon in SVG loads at all, bundled or not.
        const QIcon svg(fallbackIconThemePath() + u"/actions/scalable/list-add.svg"_s);
        QVERIFY2(!svg.pixmap(16).isNull(), "Qt cannot load SVG icons here: install Qt's SVG plugins (qt6-svg-plugins)");

        // From here on, a desktop theme that has none of the names.
        QIcon::setThemeName(u"no-such-theme"_s);
    }

    void themeHasExactlyTheIconsTheCodeUses()
    {
        const SourceScan scan = scanSources();
        QVERIFY2(!scan.names.isEmpty(), "found no QIcon::fromTheme() call under app/ and views/");
        QVERIFY2(scan.unchecked.isEmpty(),
            qPrintable(u"QIcon::fromTheme() without a literal icon name, which this test cannot check:\n"_s
                + scan.unchecked.join(u'\n')));

        const QMap<QString, QString> bundled = bundledIcons();
        QStringList missing;
        for (const auto &[name, where] : scan.names.asKeyValueRange()) {
            if (!bundled.contains(name))
                missing << u"%1 (%2)"_s.arg(name, where);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"icons the code uses but resources/icons/leitstand-fallback lacks:\n"_s + missing.join(u'\n')));
        QStringList unused;
        for (const QString &name : bundled.keys()) {
            if (!scan.names.contains(name))
                unused << bundled.value(name);
        }
        QVERIFY2(unused.isEmpty(),
            qPrintable(u"icons in resources/icons/leitstand-fallback that no code uses:\n"_s + unused.join(u'\n')));
    }

    void resolvesWithoutADesktopTheme_data()
    {
        QTest::addColumn<QString>("name");
        const SourceScan scan = scanSources();
        for (const QString &name : scan.names.keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void resolvesWithoutADesktopTheme()
    {
        QFETCH(QString, name);
        const QIcon icon = QIcon::fromTheme(name);
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32}) {
            const QPixmap pixmap = icon.pixmap(size);
            QVERIFY2(!pixmap.isNull(), qPrintable(u"no pixmap at %1 px"_s.arg(size)));
            QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(size, size));
            // Something is drawn, not just a transparent square.
            QVERIFY2(coverage(pixmap) > 0.05, qPrintable(u"nearly empty at %1 px"_s.arg(size)));
        }
    }

    // The glyphs have one colour for both colour schemes: a mid grey with at least 3:1 contrast
    // (WCAG's minimum for graphics) against every surface an icon sits on in either palette.
    void readableOnLightAndDark_data()
    {
        QTest::addColumn<QString>("file");
        const QMap<QString, QString> bundled = bundledIcons();
        for (const auto &[name, file] : bundled.asKeyValueRange()) {
            if (name != applicationIcon)
                QTest::newRow(qPrintable(name)) << file;
        }
    }

    void readableOnLightAndDark()
    {
        QFETCH(QString, file);
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(svg.readAll());
        static const QRegularExpression hexColor(uR"(#[0-9a-fA-F]{6}\b)"_s);
        QStringList colors;
        for (const QRegularExpressionMatch &match : hexColor.globalMatch(text))
            colors << match.captured();
        QVERIFY2(!colors.isEmpty(), "no #rrggbb colour in the file");

        for (const auto scheme : {ColorSchemeChoice::Light, ColorSchemeChoice::Dark}) {
            applyColorScheme(scheme);
            const QPalette palette = QApplication::palette();
            for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button}) {
                const QColor surface = palette.color(role);
                for (const QString &color : std::as_const(colors)) {
                    const double ratio = contrast(QColor::fromString(color), surface);
                    QVERIFY2(ratio >= 3.0,
                        qPrintable(u"%1 on %2 (%3 scheme): %4:1"_s.arg(
                            color, surface.name(), colorSchemeCode(scheme), QString::number(ratio, 'f', 2))));
                }
            }
        }
        applyColorScheme(ColorSchemeChoice::System);
    }

    // Severities as a signal strength: three bars of rising height, as many filled as the rank and
    // the filled ones first. Two equal filled bars alone would read as a pause button.
    void severityIconsShowTheirLevel_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("filled");
        for (const int size : {32, 48}) {
            QTest::addRow("minor %d", size) << int(IncidentSeverity::Minor) << size << 1;
            QTest::addRow("major %d", size) << int(IncidentSeverity::Major) << size << 2;
            QTest::addRow("critical %d", size) << int(IncidentSeverity::Critical) << size << 3;
        }
    }

    void severityIconsShowTheirLevel()
    {
        QFETCH(int, severity);
        QFETCH(int, size);
        QFETCH(int, filled);
        const QImage image = IncidentIcons::severity(IncidentSeverity(severity))
                                 .pixmap(size)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.width(), size);
        const auto inked = [&image](int x, int y) {
            return qAlpha(image.pixel(x, y)) > 64;
        };
        // The bars are the runs of columns with ink in them.
        struct Bar
        {
            int left = 0;
            int right = 0;
            int top = 0;
            int bottom = 0;
        };
        QList<Bar> bars;
        for (int x = 0; x < size; ++x) {
            int top = -1;
            int bottom = -1;
            for (int y = 0; y < size; ++y) {
                if (inked(x, y)) {
                    top = top < 0 ? y : top;
                    bottom = y;
                }
            }
            if (top < 0)
                continue;
            if (bars.isEmpty() || bars.constLast().right != x - 1)
                bars.append({.left = x, .right = x, .top = top, .bottom = bottom});
            Bar &bar = bars.last();
            bar.right = x;
            bar.top = std::min(bar.top, top);
            bar.bottom = std::max(bar.bottom, bottom);
        }
        QCOMPARE(bars.size(), 3);
        QList<bool> solid;
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Bar &bar = bars.at(i);
            if (i > 0)
                QVERIFY2(bar.top < bars.at(i - 1).top, "the bars must rise from left to right");
            QVERIFY(std::abs(bar.bottom - bars.constFirst().bottom) <= 1);
            const int alpha = qAlpha(image.pixel((bar.left + bar.right) / 2, (bar.top + bar.bottom) / 2));
            QVERIFY2(alpha > 200 || alpha < 50, "a bar is either filled or an outline");
            solid.append(alpha > 200);
        }
        QList<bool> expected(3, false);
        for (int i = 0; i < filled; ++i)
            expected[i] = true;
        QCOMPARE(solid, expected);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
