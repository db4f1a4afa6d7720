#include "shell/studio_style.h"

#include "charts/chart_palette.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Where the keyboard focus is, drawn plainly: tiles, cards, charts, tables and the navigation
/// get an outline in the highlight colour (buttons, boxes and fields keep the style's own).
QString focusRules() {
    return uR"(
        QFrame[card="true"]:focus { border: 2px solid palette(highlight); }
        QWidget[accessibleChart="true"]:focus { border: 2px solid palette(highlight);
                                                 border-radius: 4px; }
        QTableView:focus, QTreeView:focus { border: 2px solid palette(highlight); }
        QListWidget#navigation:focus { border: 2px solid #6fa3df; }
    )"_s;
}

} // namespace

void applyStudioStyle(QApplication& app) {
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p = app.palette();
    p.setColor(QPalette::Window, palette::windowBackground());
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::WindowText, palette::text());
    p.setColor(QPalette::Text, palette::text());
    p.setColor(QPalette::ButtonText, palette::text());
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::Highlight, palette::primary());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, palette::text());
    app.setPalette(p);
    QFont font = app.font();
    font.setPointSizeF(10);
    app.setFont(font);

    app.setStyleSheet(uR"(
        QWidget#sidebar { background: #1f2d3d; }
        QLabel#brand { color: white; font-size: 14pt; font-weight: 600; padding: 18px 18px 10px 18px; }
        QListWidget#navigation { background: #1f2d3d; color: #d5dde6; border: none;
                                 padding-top: 4px; font-size: 11pt; }
        QListWidget#navigation::item { padding: 9px 18px; border-left: 3px solid transparent; }
        QListWidget#navigation::item:selected { background: #2b3e54; color: white;
                                                border-left: 3px solid #6fa3df; }
        QWidget#filterBar { background: white; border-bottom: 1px solid #e4e7eb; }
        QWidget#pageContent { background: #f4f6f8; }
        QFrame[card="true"] { background: white; border: 1px solid #e4e7eb; border-radius: 8px; }
        QLabel#pageHeading { font-size: 17pt; font-weight: 600; color: #1f2933; }
        QLabel#periodLabel { color: #616e7c; font-size: 10pt; padding-bottom: 3px; }
        QLabel#pageMessage { background: #fff8e6; border: 1px solid #f0dca8; border-radius: 6px;
                             padding: 10px; color: #5c4a1a; }
        QLabel#sectionHeading { font-size: 12pt; font-weight: 600; color: #3e4c59; }
        QLabel#selfSelectionNote { color: #616e7c; font-size: 9pt; }
        QLabel#tileTitle { color: #616e7c; font-size: 8pt; font-weight: 600; letter-spacing: 0.5px; }
        QLabel#tileValue { color: #1f2933; font-size: 17pt; font-weight: 600; }
        QLabel#tileValue[unavailable="true"] { color: #9aa5b1; }
        QLabel#tileChange, QLabel#tileLift { font-size: 9pt; }
        QLabel#tileLift { color: #3e4c59; }
        QToolTip { background: white; color: #1f2933; border: 1px solid #cbd2d9; padding: 6px; }
    )"_s + focusRules());
}

} // namespace pvi
