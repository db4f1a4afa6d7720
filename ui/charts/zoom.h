#pragma once

#include <QList>

class QFont;
class QWidget;

namespace pvi::zoom {

/// The application font's size at 100%, in points; every other size is relative to it.
inline constexpr double kBasePoints = 10;

/// The zoom steps View › Zoom In and Zoom Out go through, in percent (80–200).
QList<int> steps();
/// `percent` snapped to the nearest step.
int snap(int percent);
/// The step after (`direction` > 0) or before `percent`; `percent` itself at either end.
int step(int percent, int direction);

/// The window's zoom factor (1 at 100%).
double factor();
/// Sets the zoom (GUI thread; applied to the fonts by applyStudioStyle()).
void setPercent(int percent);
int percent();

/// `pixels` at 100%, at the current zoom.
int px(int pixels);
/// `points` at 100%, at the current zoom.
double points(double points);
/// The application font at `points` (at 100%), bold or not, at the current zoom.
QFont font(double points, bool bold = false);

/// Fixes the height of `widget` to `pixels` at 100%, and again at each later zoom (restyle()).
void fixHeight(QWidget* widget, int pixels);
/// Fixes the width of `widget` to `pixels` at 100%, and again at each later zoom.
void fixWidth(QWidget* widget, int pixels);
/// The minimum height of `widget` is `pixels` at 100%, and again at each later zoom.
void minimumHeight(QWidget* widget, int pixels);
/// Applies the current zoom to the sizes fixed above of `root` and its children.
void restyle(QWidget* root);

} // namespace pvi::zoom
