#include "widgets/pvi_tile.h"

#include "charts/chart_palette.h"
#include "charts/chart_summary.h"
#include "charts/sparkline.h"
#include "charts/zoom.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString colorName(const QColor& color) {
    return color.name(QColor::HexRgb);
}

QString groupText(const GroupValue& group, const PviTileData& data) {
    if (!group.value)
        return PviTile::tr("n/a (n = %1)").arg(formatCount(group.n));
    return PviTile::tr("%1 (n = %2)")
        .arg(formatValue(*group.value, data.kind, data.unitLabel), formatCount(group.n));
}

} // namespace

PviTile::PviTile(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_sparkline(new Sparkline(this))
    , m_change(new QLabel(this))
    , m_lift(new QLabel(this)) {
    setObjectName(u"pviTile"_s);
    setProperty("card", true);
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_StyledBackground);
    // Reached with Tab (with the focus outline of the style sheet), so that a keyboard user can
    // read it and copy it.
    setFocusPolicy(Qt::StrongFocus);
    m_title->setObjectName(u"tileTitle"_s);
    m_value->setObjectName(u"tileValue"_s);
    m_change->setObjectName(u"tileChange"_s);
    m_lift->setObjectName(u"tileLift"_s);
    m_title->setWordWrap(false);
    m_value->setWordWrap(false);
    m_value->setTextFormat(Qt::RichText);
    m_lift->setWordWrap(true);
    m_sparkline->setFixedSize(84, 30);
    // Long titles are elided rather than widening the grid; the tooltip has the full title.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_change->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_lift->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_value, 1, 0);
    layout->addWidget(m_sparkline, 1, 1);
    layout->addWidget(m_change, 2, 0, 1, 2);
    layout->addWidget(m_lift, 3, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(4, 1);
}

void PviTile::setData(const PviTileData& data) {
    m_data = data;
    setObjectName(u"tile_"_s + data.id);
    elideTitle();
    m_sparkline->setFixedSize(zoom::px(84), zoom::px(30));
    const PviResult& r = data.result;
    if (!r.available || !r.value) {
        m_valuePlain = u"—"_s;
        m_value->setText(m_valuePlain);
        m_value->hide();
        setMinimumHeight(zoom::px(78)); // title and a two-line reason
        m_value->setProperty("unavailable", true);
        m_change->setText(
            tr("Not available — %1").arg(r.reason.isEmpty() ? tr("no data") : r.reason));
        m_change->setWordWrap(true);
        m_change->setStyleSheet(u"color: %1;"_s.arg(colorName(palette::mutedText())));
        m_lift->clear();
        m_liftPlain.clear();
        m_sparkline->setValues({});
        m_sparkline->hide();
    } else {
        m_value->show();
        setMinimumHeight(zoom::px(104)); // title, value, change and lift, never squeezed
        m_valuePlain = formatValue(*r.value, data.kind, data.unitLabel);
        // The unit label in a smaller size after the number, so long units do not wrap.
        // Money in a known currency carries its symbol; other units follow the number.
        const bool symbol =
            data.kind == ValueKind::Currency && !currencySymbol(data.unitLabel).isEmpty();
        const QString number = symbol ? m_valuePlain : formatValue(*r.value, data.kind);
        m_value->setText(
            data.unitLabel.isEmpty() || symbol
                ? number
                : u"%1 <span style='font-size:%4pt; font-weight:400; color:%2'>%3</span>"_s.arg(
                      number, colorName(palette::mutedText()), data.unitLabel,
                      QString::number(zoom::points(10))));
        m_value->setProperty("unavailable", false);
        const auto [change, sign] = formatChange(*r.value, r.previous.value, data.kind);
        if (change.isEmpty()) {
            m_change->setText(tr("No previous period to compare"));
            m_change->setStyleSheet(u"color: %1;"_s.arg(colorName(palette::mutedText())));
        } else {
            const bool better = data.higherIsBetter ? sign > 0 : sign < 0;
            const QColor color = sign == 0 ? palette::mutedText()
                                 : better  ? palette::good()
                                           : palette::bad();
            m_change->setText(tr("%1  vs previous period").arg(change));
            m_change->setStyleSheet(u"color: %1;"_s.arg(colorName(color)));
        }
        m_liftPlain = r.liftPercent ? formatLift(*r.liftPercent, r.pValue) : QString();
        if (r.liftPercent) {
            QString lift = tr("Lift vs generic: <b>%1</b>").arg(m_liftPlain);
            if (!data.randomized && !data.adjustedForSelection)
                lift += u" <span style='color:%1'>†</span>"_s.arg(colorName(palette::mutedText()));
            if (!data.adjustedLift.isEmpty())
                lift += u"<br><span style='color:%1'>%2</span>"_s.arg(
                    colorName(palette::mutedText()), data.adjustedLift.toHtmlEscaped());
            m_lift->setText(lift);
        } else {
            m_lift->setText(u"<span style='color:%1'>%2</span>"_s.arg(
                colorName(palette::mutedText()), tr("Lift vs generic: n/a")));
        }
        m_sparkline->setValues(data.trend);
        // No earlier value: the line would be empty, for the eye and for a screen reader.
        m_sparkline->setVisible(std::any_of(data.trend.cbegin(), data.trend.cend(),
                                            [](double v) { return std::isfinite(v); }));
    }
    m_value->style()->unpolish(m_value);
    m_value->style()->polish(m_value);
    setToolTip(buildToolTip());
    describe();
}

void PviTile::describe() {
    setAccessibleName(m_data.title);
    setAccessibleDescription(spokenText());
    const ValueKind kind = m_data.kind;
    const QString unit = m_data.unitLabel;
    charts::setChartAccessibility(
        m_sparkline, tr("%1, recent trend").arg(m_data.title),
        charts::describeSeries({},
                               {{m_data.title, m_data.trend,
                                 [kind, unit](double v) { return formatValue(v, kind, unit); }}},
                               true),
        false);
}

QString PviTile::spokenText() const {
    const PviResult& r = m_data.result;
    if (!r.available || !r.value)
        return tr("Not available: %1.").arg(r.reason.isEmpty() ? tr("no data") : r.reason);
    QStringList parts;
    parts << tr("%1 is %2.").arg(m_data.title, m_valuePlain);
    const auto [change, sign] = formatChange(*r.value, r.previous.value, m_data.kind);
    // The change without its arrow ("▲ 4.2%" → "4.2%").
    const QString amount = change.section(u' ', 1);
    if (change.isEmpty())
        parts << tr("No previous period to compare.");
    else if (sign > 0)
        parts << tr("Up %1 on the previous period.").arg(amount);
    else if (sign < 0)
        parts << tr("Down %1 on the previous period.").arg(amount);
    else
        parts << tr("Unchanged from the previous period.");
    parts << tr("Personalized %1, generic %2.")
                 .arg(groupText(r.personalized, m_data), groupText(r.control, m_data));
    if (!r.liftPercent) {
        parts << tr("No lift vs generic.");
    } else {
        const bool significant = r.pValue && *r.pValue < 0.05;
        parts << (significant ? tr("Lift vs generic %1, significant (p < 0.05).")
                              : tr("Lift vs generic %1, not significant."))
                     .arg(formatSignedPercent(*r.liftPercent));
        if (m_data.adjustedForSelection)
            parts << tr("Adjusted for who tends to get personalized.");
        else if (m_data.randomized)
            parts << tr("From a randomized experiment.");
        else
            parts << tr("The groups are self-selected: the difference is not proof of cause.");
        if (!m_data.adjustedLift.isEmpty())
            parts << m_data.adjustedLift + u'.';
    }
    return parts.join(u' ');
}

QString PviTile::buildToolTip() const {
    const PviResult& r = m_data.result;
    QStringList parts;
    parts.append(u"<b>%1</b>"_s.arg(m_data.title.toHtmlEscaped()));
    if (!m_data.explanation.isEmpty())
        parts.append(m_data.explanation.toHtmlEscaped());
    if (!m_data.formula.isEmpty())
        parts.append(tr("<i>Formula:</i> %1").arg(m_data.formula.toHtmlEscaped()));
    if (!r.available) {
        parts.append(tr("<i>Not available:</i> %1").arg(r.reason.toHtmlEscaped()));
        return u"<p style='white-space:pre-wrap'>"_s + parts.join(u"<br><br>"_s) + u"</p>"_s;
    }
    parts.append(u"<i>n</i> = %1"_s.arg(formatCount(r.n)));
    if (r.previous.value) {
        parts.append(tr("Previous period: %1").arg(groupText(r.previous, m_data).toHtmlEscaped()));
    }
    parts.append(tr("Personalized: %1<br>Generic: %2")
                     .arg(groupText(r.personalized, m_data).toHtmlEscaped(),
                          groupText(r.control, m_data).toHtmlEscaped()));
    if (r.liftPercent) {
        QString lift = tr("Lift: %1").arg(formatSignedPercent(*r.liftPercent));
        if (r.liftCi95)
            lift += tr(", 95% CI %1 to %2")
                        .arg(formatSignedPercent(r.liftCi95->first),
                             formatSignedPercent(r.liftCi95->second));
        if (r.pValue)
            lift += u", "_s + formatPValue(*r.pValue);
        parts.append(tr("%1 (★ when p < 0.05)").arg(lift));
        if (m_data.adjustedForSelection) {
            parts.append(tr("Matched on the year before the first personalized order (propensity "
                            "score), so who tends to get personalized is taken out."));
        } else if (!m_data.randomized) {
            parts.append(tr("† Groups are self-selected: a difference is not proof of cause."));
            if (!m_data.selectionNote.isEmpty())
                parts.append(tr("<i>Adjusted for selection:</i> %1")
                                 .arg(m_data.selectionNote.toHtmlEscaped()));
        }
    }
    if (m_data.adjustedForSelection && !r.summary.isEmpty())
        parts.append(r.summary.toHtmlEscaped());
    return u"<p style='white-space:pre-wrap'>"_s + parts.join(u"<br><br>"_s) + u"</p>"_s;
}

QString PviTile::valueText() const {
    return m_valuePlain;
}
QString PviTile::changeText() const {
    return m_change->text();
}
QString PviTile::liftText() const {
    return m_liftPlain;
}

void PviTile::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    elideTitle();
}

void PviTile::elideTitle() {
    const QString title = m_data.title.toUpper();
    m_title->setText(m_title->width() > 0 ? m_title->fontMetrics().elidedText(title, Qt::ElideRight,
                                                                              m_title->width())
                                          : title);
}

} // namespace pvi
