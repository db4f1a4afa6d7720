#pragma once

#include "charts/chart_palette.h"

#include <QString>

class QApplication;

namespace pvi {

/// The app's look: Fusion style, the theme's palette, type at the zoom (10 pt at 100%) and the
/// card style sheet every page uses, all from the one semantic palette (chart_palette.h). Sets
/// the theme and zoom charts are drawn with; call it again to switch (the windows then restyle
/// their pages, MainWindow::restyle()).
void applyStudioStyle(QApplication& app, palette::Theme theme = palette::Theme::Light,
                      int zoomPercent = 100);

/// The style sheet of `theme` at `zoomPercent` (applyStudioStyle() sets it on the application).
QString studioStyleSheet(palette::Theme theme, int zoomPercent);

} // namespace pvi
