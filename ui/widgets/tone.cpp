#include "widgets/tone.h"

#include <QStyle>
#include <QWidget>

namespace pvi {

namespace {

const char* toneName(Tone tone) {
    switch (tone) {
    case Tone::Secondary:
        return "secondary";
    case Tone::Muted:
        return "muted";
    case Tone::Strong:
        return "strong";
    case Tone::Lead:
        return "lead";
    case Tone::Error:
        return "error";
    case Tone::Success:
        return "success";
    case Tone::Warning:
        return "warning";
    case Tone::Alert:
        return "alert";
    case Tone::Info:
        return "info";
    case Tone::Aside:
        return "aside";
    }
    return "secondary";
}

} // namespace

void setTone(QWidget* widget, Tone tone) {
    widget->setProperty("tone", QString::fromLatin1(toneName(tone)));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace pvi
