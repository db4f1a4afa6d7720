#include "charts/zoom.h"

#include <QApplication>
#include <QFont>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace pvi::zoom {

namespace {

int g_percent = 100;

constexpr const char* kFixedHeight = "pviZoomFixedHeight";
constexpr const char* kFixedWidth = "pviZoomFixedWidth";
constexpr const char* kMinimumHeight = "pviZoomMinimumHeight";

void applySizes(QWidget* widget) {
    if (const QVariant h = widget->property(kFixedHeight); h.isValid())
        widget->setFixedHeight(px(h.toInt()));
    if (const QVariant w = widget->property(kFixedWidth); w.isValid())
        widget->setFixedWidth(px(w.toInt()));
    if (const QVariant m = widget->property(kMinimumHeight); m.isValid())
        widget->setMinimumHeight(px(m.toInt()));
}

} // namespace

QList<int> steps() {
    return {80, 90, 100, 110, 125, 150, 175, 200};
}

int snap(int percent) {
    const QList<int> all = steps();
    return *std::min_element(all.begin(), all.end(), [percent](int a, int b) {
        return std::abs(a - percent) < std::abs(b - percent);
    });
}

int step(int percent, int direction) {
    const QList<int> all = steps();
    const auto at = all.indexOf(snap(percent));
    const auto next = std::clamp<qsizetype>(at + (direction > 0   ? 1
                                                  : direction < 0 ? -1
                                                                  : 0),
                                            0, all.size() - 1);
    return all.at(next);
}

double factor() {
    return g_percent / 100.0;
}

void setPercent(int percent) {
    g_percent = snap(percent);
}

int percent() {
    return g_percent;
}

int px(int pixels) {
    return int(std::lround(pixels * factor()));
}

double points(double points) {
    return points * factor();
}

QFont font(double size, bool bold) {
    QFont f = QApplication::font();
    f.setPointSizeF(points(size));
    f.setBold(bold);
    return f;
}

void fixHeight(QWidget* widget, int pixels) {
    widget->setProperty(kFixedHeight, pixels);
    applySizes(widget);
}

void fixWidth(QWidget* widget, int pixels) {
    widget->setProperty(kFixedWidth, pixels);
    applySizes(widget);
}

void minimumHeight(QWidget* widget, int pixels) {
    widget->setProperty(kMinimumHeight, pixels);
    applySizes(widget);
}

void restyle(QWidget* root) {
    applySizes(root);
    const auto children = root->findChildren<QWidget*>();
    for (QWidget* child : children)
        applySizes(child);
}

} // namespace pvi::zoom
