#pragma once

class QApplication;

namespace pvi {

/// The app's look: Fusion style, a calm light palette, readable type and the card style sheet
/// every page uses.
void applyStudioStyle(QApplication& app);

} // namespace pvi
