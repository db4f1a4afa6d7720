#pragma once

#include "widgets/pvi_tile_data.h"

#include <QFrame>

class QLabel;

namespace pvi {

class Sparkline;

/// A card for one PVI: title, value formatted by unit, sparkline, change vs the previous period
/// (coloured by the PVI's direction), personalized-vs-generic lift with a significance star, and
/// a tooltip with the explanation, formula, n and the lift's interval. An unavailable PVI says
/// "Not available — <reason>".
class PviTile : public QFrame {
    Q_OBJECT
public:
    explicit PviTile(QWidget* parent = nullptr);

    void setData(const PviTileData& data);
    const PviTileData& data() const { return m_data; }

    /// The texts shown (for tests and screen readers).
    QString valueText() const;
    QString changeText() const;
    /// The lift as "+12.3% ★" (empty when there is none).
    QString liftText() const;
    /// The tile in words, its accessible description: the value, the change against the
    /// previous period and personalized vs generic with the lift and what it is worth.
    QString spokenText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QString buildToolTip() const;
    /// Names the tile and its sparkline for assistive technology.
    void describe();
    /// Writes the title in capitals, ending in "…" when the tile is too narrow for it.
    void elideTitle();

    PviTileData m_data;
    QLabel* m_title;
    QLabel* m_value;
    Sparkline* m_sparkline;
    QLabel* m_change;
    QLabel* m_lift;
    QString m_valuePlain;
    QString m_liftPlain;
};

} // namespace pvi
