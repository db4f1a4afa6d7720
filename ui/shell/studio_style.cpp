#include "shell/studio_style.h"

#include "charts/zoom.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QRegularExpression>
#include <QStyleFactory>

#include <map>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString hex(QRgb rgb) {
    return QColor::fromRgb(rgb).name(QColor::HexRgb);
}

/// The style sheet's template (keyboard focus drawn plainly on tiles, cards, charts, tables and the
/// navigation; buttons, boxes and fields keep the style's own): %name% is a colour of the theme,
/// {N} a size of N points at 100%.
constexpr char16_t kStyleTemplate[] = uR"(
    QWidget#sidebar { background: %sidebar%; }
    QLabel#brand { color: white; font-size: {14}pt; font-weight: 600; padding: 18px 18px 10px 18px; }
    QListWidget#navigation { background: %sidebar%; color: %sidebarText%; border: none;
                             padding-top: 4px; font-size: {11}pt; }
    QListWidget#navigation::item { padding: 9px 18px; border-left: 3px solid transparent; }
    QListWidget#navigation::item:selected { background: %sidebarSelected%; color: white;
                                            border-left: 3px solid %sidebarAccent%; }
    QWidget#filterBar { background: %card%; border-bottom: 1px solid %grid%; }
    QWidget#pageContent { background: %window%; }
    QFrame[card="true"] { background: %card%; border: 1px solid %grid%; border-radius: 8px; }
    QLabel#pageHeading { font-size: {17}pt; font-weight: 600; color: %text%; }
    QLabel#periodLabel { color: %mutedText%; font-size: {10}pt; padding-bottom: 3px; }
    QLabel#pageMessage { background: %warningBg%; border: 1px solid %warningBorder%;
                         border-radius: 6px; padding: 10px; color: %warningText%; }
    QLabel#sectionHeading { font-size: {12}pt; font-weight: 600; color: %secondaryText%; }
    QLabel#selfSelectionNote { color: %mutedText%; font-size: {9}pt; }
    QLabel#tileTitle { color: %mutedText%; font-size: {8}pt; font-weight: 600; letter-spacing: 0.5px; }
    QLabel#tileValue { color: %text%; font-size: {17}pt; font-weight: 600; }
    QLabel#tileValue[unavailable="true"] { color: %mutedText%; }
    QLabel#tileChange, QLabel#tileLift { font-size: {9}pt; }
    QLabel#tileLift { color: %secondaryText%; }
    QLabel[tone="secondary"] { color: %secondaryText%; }
    QLabel[tone="muted"] { color: %mutedText%; }
    QLabel[tone="strong"] { color: %text%; }
    QLabel[tone="lead"] { color: %text%; font-size: {11}pt; }
    QLabel[tone="error"] { color: %errorText%; }
    QLabel[tone="success"] { color: %successText%; }
    QLabel[tone="warning"] { background: %warningBg%; border: 1px solid %warningBorder%;
                             border-radius: 6px; padding: 8px; color: %warningText%; }
    QLabel[tone="alert"] { background: %alertBg%; border: 1px solid %alertBorder%;
                           border-radius: 6px; padding: 8px; color: %alertText%; }
    QLabel[tone="info"] { background: %infoBg%; border: 1px solid %infoBorder%;
                          border-radius: 6px; padding: 8px; color: %infoText%; }
    QLabel[tone="aside"] { background: %asideBg%; border: 1px solid %asideBorder%;
                           border-radius: 6px; padding: 8px; color: %asideText%; }
    QToolTip { background: %card%; color: %text%; border: 1px solid %border%; padding: 6px; }
    QFrame[card="true"]:focus { border: 2px solid palette(highlight); }
    QWidget[accessibleChart="true"]:focus { border: 2px solid palette(highlight);
                                             border-radius: 4px; }
    QTableView:focus, QTreeView:focus { border: 2px solid palette(highlight); }
    QListWidget#navigation:focus { border: 2px solid %sidebarAccent%; }
)";

QPalette studioPalette(const palette::Colours& c, const QPalette& base) {
    QPalette p = base;
    const auto set = [&p](QPalette::ColorRole role, QRgb rgb) {
        p.setColor(QPalette::All, role, QColor::fromRgb(rgb));
    };
    set(QPalette::Window, c.window);
    set(QPalette::Base, c.card);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::WindowText, c.text);
    set(QPalette::Text, c.text);
    set(QPalette::ButtonText, c.text);
    set(QPalette::BrightText, c.card);
    set(QPalette::Button, c.button);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, 0xffffff);
    set(QPalette::ToolTipBase, c.card);
    set(QPalette::ToolTipText, c.text);
    set(QPalette::PlaceholderText, c.mutedText);
    set(QPalette::Link, c.primary);
    set(QPalette::LinkVisited, c.primary);
    // Fusion draws frames, bevels and focus from these.
    const QColor button = QColor::fromRgb(c.button);
    const bool dark = palette::relativeLuminance(button) < 0.2;
    p.setColor(QPalette::All, QPalette::Light, dark ? button.lighter(140) : QColor(Qt::white));
    p.setColor(QPalette::All, QPalette::Midlight, dark ? button.lighter(120) : button.darker(105));
    p.setColor(QPalette::All, QPalette::Mid, QColor::fromRgb(c.border));
    p.setColor(QPalette::All, QPalette::Dark, dark ? button.darker(160) : button.darker(150));
    p.setColor(QPalette::All, QPalette::Shadow, dark ? QColor(Qt::black) : button.darker(200));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor::fromRgb(c.neutral));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor::fromRgb(c.window));
    return p;
}

} // namespace

QString studioStyleSheet(palette::Theme theme, int zoomPercent) {
    const palette::Colours& c = palette::colours(theme);
    const std::map<QString, QRgb> named{
        {u"sidebar"_s, c.sidebar},
        {u"sidebarText"_s, c.sidebarText},
        {u"sidebarSelected"_s, c.sidebarSelected},
        {u"sidebarAccent"_s, c.sidebarAccent},
        {u"card"_s, c.card},
        {u"window"_s, c.window},
        {u"grid"_s, c.grid},
        {u"border"_s, c.border},
        {u"text"_s, c.text},
        {u"mutedText"_s, c.mutedText},
        {u"secondaryText"_s, c.secondaryText},
        {u"errorText"_s, c.errorText},
        {u"successText"_s, c.successText},
        {u"warningBg"_s, c.warningBox[0]},
        {u"warningBorder"_s, c.warningBox[1]},
        {u"warningText"_s, c.warningBox[2]},
        {u"alertBg"_s, c.alertBox[0]},
        {u"alertBorder"_s, c.alertBox[1]},
        {u"alertText"_s, c.alertBox[2]},
        {u"infoBg"_s, c.infoBox[0]},
        {u"infoBorder"_s, c.infoBox[1]},
        {u"infoText"_s, c.infoBox[2]},
        {u"asideBg"_s, c.asideBox[0]},
        {u"asideBorder"_s, c.asideBox[1]},
        {u"asideText"_s, c.asideBox[2]},
    };
    QString sheet = QString::fromUtf16(kStyleTemplate);
    for (const auto& [name, rgb] : named)
        sheet.replace(u'%' + name + u'%', hex(rgb));
    static const QRegularExpression size(u"\\{([0-9.]+)\\}"_s);
    QString sized;
    qsizetype last = 0;
    for (auto it = size.globalMatch(sheet); it.hasNext();) {
        const auto match = it.next();
        sized += QStringView(sheet).mid(last, match.capturedStart() - last);
        sized += QString::number(match.captured(1).toDouble() * zoomPercent / 100.0, 'f', 1);
        last = match.capturedEnd();
    }
    sized += QStringView(sheet).mid(last);
    return sized;
}

void applyStudioStyle(QApplication& app, palette::Theme theme, int zoomPercent) {
    palette::setTheme(theme);
    zoom::setPercent(zoomPercent);
    if (app.style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(u"Fusion"_s));
    app.setPalette(studioPalette(palette::colours(theme), app.palette()));
    QFont font = app.font();
    font.setPointSizeF(zoom::points(zoom::kBasePoints));
    app.setFont(font);
    app.setStyleSheet(studioStyleSheet(theme, zoom::percent()));
}

} // namespace pvi
