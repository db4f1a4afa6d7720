#pragma once

class QWidget;

namespace pvi {

/// What a label's text is, which the studio style sheet colours in each theme (no widget sets a
/// colour of its own, so a theme switch re-colours every label).
enum class Tone {
    Secondary, ///< an explanation or summary next to a chart
    Muted,     ///< a hint or caption
    Strong,    ///< a figure or sentence in the body text's colour
    Lead,      ///< a larger headline figure
    Error,     ///< a problem in one line
    Success,   ///< a saved or valid state in one line
    Warning,   ///< a yellow box (no data yet, a caveat)
    Alert,     ///< a red box (a failed check)
    Info,      ///< a blue box (a verdict, a plan)
    Aside      ///< a purple box (a sequential test's note)
};

/// Gives `widget` the tone (a dynamic property the style sheet matches) and re-polishes it.
void setTone(QWidget* widget, Tone tone);

} // namespace pvi
