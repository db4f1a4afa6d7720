#include "pages/roi_page.h"

#include "charts/bar_chart.h"
#include "charts/chart_palette.h"
#include "charts/interval_chart.h"
#include "charts/zoom.h"
#include "pages/page_scaffold.h"
#include "pages/roi_cost_model.h"
#include "pages/roi_ledger_model.h"
#include "pages/roi_loader.h"
#include "pages/table_view.h"
#include "pvi/effect/pvi_effect.h"
#include "shell/background_load.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The headline figures: object-name key and title.
constexpr std::pair<const char*, const char*> kFigures[] = {
    {"cost", QT_TRANSLATE_NOOP("pvi::RoiPage", "Personalization cost")},
    {"costPerCustomer", QT_TRANSLATE_NOOP("pvi::RoiPage", "Cost per reached customer")},
    {"incremental", QT_TRANSLATE_NOOP("pvi::RoiPage", "Incremental revenue")},
    {"roi", QT_TRANSLATE_NOOP("pvi::RoiPage", "ROI")},
    {"payback", QT_TRANSLATE_NOOP("pvi::RoiPage", "Payback")},
    {"cac", QT_TRANSLATE_NOOP("pvi::RoiPage", "Customer acquisition cost")},
};

/// A headline figure in the current theme's colours and the current zoom's type.
QString figureHtml(const QString& title, const QString& value, const QString& detail) {
    const QString muted = palette::mutedText().name();
    return u"<div style='color:%4; font-size:%5pt'>%1</div>"
           "<div style='font-size:%6pt; font-weight:600; color:%7'>%2</div>"
           "<div style='color:%4; font-size:%8pt'>%3</div>"_s.arg(
               title.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped(), muted,
               QString::number(zoom::points(9)), QString::number(zoom::points(17)),
               palette::text().name(), QString::number(zoom::points(8)));
}

} // namespace

RoiPage::RoiPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_summary(scaffold::textLabel(u"roiSummary"_s, this))
    , m_adjusted(scaffold::textLabel(u"roiAdjustedEffect"_s, this))
    , m_useAdjusted(new QCheckBox(tr("Use the adjusted estimate"), this))
    , m_costChart(new BarChart(u"roiCostChart"_s, this))
    , m_intervalChart(new IntervalChart(u"roiIntervalChart"_s, this))
    , m_ledgerModel(new RoiLedgerModel(this))
    , m_ledgerTable(
          makeSortableTable(m_ledgerModel, RoiLedgerModel::RawValueRole, u"roiLedgerTable"_s, this))
    , m_costModel(new RoiCostModel(this))
    , m_costTable(
          makeSortableTable(m_costModel, RoiCostModel::RawValueRole, u"roiCostTable"_s, this))
    , m_content(new QWidget(this)) {
    setTone(m_summary, Tone::Secondary);
    auto* figures = new TileGridLayout(nullptr, 170, int(std::size(kFigures)));
    figures->setSpacing(12);
    for (const auto& [key, heading] : kFigures) {
        auto* label = new QLabel(this);
        label->setObjectName(u"roiFigure_"_s + QLatin1String(key));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setToolTip(tr(heading));
        m_figures.append(label);
        QWidget* card = scaffold::card(label, this);
        zoom::minimumHeight(card, 96); // taller when its text wraps onto more lines
        figures->addWidget(card);
    }
    m_adjusted->setTextFormat(Qt::RichText);
    m_useAdjusted->setObjectName(u"roiUseAdjusted"_s);
    m_useAdjusted->setToolTip(tr(
        "The headline figures then scale the matched difference per personalized customer to the "
        "period's reached customers and days, instead of comparing the self-selected groups."));
    connect(m_useAdjusted, &QCheckBox::toggled, this, [this] { showFigures(m_data); });
    auto* adjustedBox = new QWidget(this);
    auto* adjustedLayout = new QVBoxLayout(adjustedBox);
    adjustedLayout->setContentsMargins(0, 0, 0, 0);
    adjustedLayout->addWidget(m_adjusted);
    adjustedLayout->addWidget(m_useAdjusted);
    // What the box changes, on a line of its own that wraps: a check box's text cannot, and at a
    // large zoom a long one would make the page scroll sideways.
    auto* useAdjustedNote =
        new QLabel(tr("Incremental revenue, ROI and payback then use it instead of the "
                      "comparison of self-selected groups."),
                   adjustedBox);
    useAdjustedNote->setWordWrap(true);
    setTone(useAdjustedNote, Tone::Muted);
    m_useAdjusted->setAccessibleDescription(useAdjustedNote->text());
    adjustedLayout->addWidget(useAdjustedNote);
    auto* charts = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    charts->setSpacing(12);
    charts->addWidget(scaffold::card(m_costChart, this, 340), 3);
    charts->addWidget(scaffold::card(m_intervalChart, this, 340), 2);
    auto* tables = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    tables->setSpacing(12);
    tables->addWidget(scaffold::titledCard(tr("Ledger by month"), m_ledgerTable, this, 420), 2);
    tables->addWidget(scaffold::titledCard(tr("Costs of the period by channel and category"),
                                           m_costTable, this, 420),
                      1);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    layout->addWidget(m_message);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(figures);
    contentLayout->addWidget(scaffold::titledCard(tr("Incremental revenue, adjusted for selection"),
                                                  adjustedBox, this, 0));
    contentLayout->addLayout(charts);
    contentLayout->addLayout(tables);
    layout->addWidget(m_content);
    layout->addStretch(1);
}

void RoiPage::reload() {
    loadData<RoiData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import orders and a "
           "costs CSV."),
        [](const QString& path, const PeriodFilter& f) { return loadRoi(path, f); },
        [this](const RoiData& data) { showData(data); });
}

void RoiPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    if (busy)
        Q_EMIT statusMessage(tr("Computing the personalization ledger…"));
}

void RoiPage::showData(const RoiData& data) {
    m_data = data;
    const bool ok = data.error.isEmpty() && data.unavailable.isEmpty();
    m_message->setText(!data.error.isEmpty() ? data.error : data.unavailable);
    m_message->setVisible(!ok);
    m_content->setVisible(ok);
    m_ledgerModel->setLedger(ok ? data.ledger : RoiLedger{}, data.currency);
    m_costModel->setLines(ok ? data.ledger.byChannel : std::vector<RoiCostLine>{}, data.currency);
    m_ledgerTable->resizeColumnsToContents();
    m_costTable->resizeColumnsToContents();
    showFigures(ok ? data : RoiData{});
    showAdjusted(ok ? data : RoiData{});
    showCharts(ok ? data : RoiData{});
    if (data.period.isValid())
        Q_EMIT periodResolved(data.period, data.comparison);
    if (!ok) {
        Q_EMIT statusMessage(tr("The personalization ledger is not available."));
        return;
    }
    const QLocale en = displayLocale();
    const RoiLedgerRow& t = data.ledger.total;
    m_summary->setText(
        tr("%1 · gross margin %2% (setting gross_margin) · costs prorated by the days they share "
           "with each period. Incremental revenue compares customers reached by personalization "
           "with the others: the groups are self-selected, so it is an estimate, not proof (the "
           "section below takes the selection out).%3")
            .arg(formatDayRange(data.period.from, data.period.to),
                 en.toString(data.ledger.grossMargin * 100.0, 'f', 0),
                 t.note.isEmpty() ? QString() : tr(" Missing figures: %1.").arg(t.note)));
    Q_EMIT statusMessage(tr("Personalization ledger computed for %1.")
                             .arg(formatDayRange(data.period.from, data.period.to)));
}

void RoiPage::showAdjusted(const RoiData& data) {
    const SelectionEffect& e = data.ledger.adjustedEffect;
    m_useAdjusted->setEnabled(data.ledger.adjustedTotal.has_value());
    if (!e.matched) {
        m_adjusted->setText((e.reason.isEmpty() ? tr("No adjusted estimate for this period.")
                                                : tr("No adjusted estimate: %1.").arg(e.reason))
                                .toHtmlEscaped());
        return;
    }
    const QString c = data.currency;
    const auto estimate = [&](const char* name, const std::optional<EffectEstimate>& v) {
        return tr("%1 <b>%2</b> (95%: %3 to %4)")
            .arg(tr(name), formatMoney(v->difference, c), formatMoney(v->ciLow, c),
                 formatMoney(v->ciHigh, c));
    };
    const QStringList lines = {
        effectVerdict(e, c, effectNumberFormat()).toHtmlEscaped(),
        tr("Per personalized customer over %1 days · %2 · %3 · %4")
            .arg(QString::number(e.windowDays),
                 estimate(QT_TRANSLATE_NOOP("pvi::RoiPage", "raw comparison"), e.naive),
                 estimate(QT_TRANSLATE_NOOP("pvi::RoiPage", "matched"), e.matched),
                 estimate(QT_TRANSLATE_NOOP("pvi::RoiPage", "difference in differences"),
                          e.differenceInDifferences)),
        tr("%1 of %2 customers first personalized in the year to %3 matched with a look-alike who "
           "ordered generically within 14 days; %4. The balance table: `pvi effect`.")
            .arg(formatCount(e.nMatched), formatCount(e.nExposed),
                 formatDay(data.period.to.addDays(-e.windowDays)),
                 e.balanced ? tr("every covariate balanced within 0.1 SD")
                            : tr("some covariates still differ by more than 0.1 SD")),
        confirmingExperimentText(e, c, effectNumberFormat()).toHtmlEscaped(),
    };
    m_adjusted->setText(lines.join(u"<br>"_s));
}

void RoiPage::showFigures(const RoiData& data) {
    const bool adjusted = m_useAdjusted->isChecked() && data.ledger.adjustedTotal;
    const RoiLedgerRow& t = adjusted ? *data.ledger.adjustedTotal : data.ledger.total;
    const QLocale en = displayLocale();
    const QString c = data.currency;
    const QString dash = u"—"_s;
    const auto money = [&](const std::optional<double>& v) {
        return v ? formatMoney(*v, c) : dash;
    };
    QString ci = t.incrementalCi95 ? tr("95%: %1 to %2")
                                         .arg(formatMoney(t.incrementalCi95->first, c),
                                              formatMoney(t.incrementalCi95->second, c))
                                   : tr("no interval (too few customers)");
    if (adjusted)
        ci += tr(", adjusted for selection");
    const QStringList values = {
        formatMoney(t.personalizationCost, c),
        money(t.costPerCustomer),
        money(t.incrementalRevenue),
        t.roiPercent ? formatSignedPercent(*t.roiPercent) : dash,
        t.paybackMonths ? tr("%1 months").arg(en.toString(*t.paybackMonths, 'f', 1)) : dash,
        money(t.customerAcquisitionCost),
    };
    const QStringList details = {
        tr("other costs %1").arg(formatMoney(t.otherCost, c)),
        tr("%1 customers reached").arg(en.toString(t.reachedCustomers)),
        ci,
        tr("(incremental × margin − cost) / cost"),
        tr("cost / monthly incremental gross profit"),
        tr("%1 of acquisition cost, %2 new customers")
            .arg(formatMoney(t.acquisitionCost, c), en.toString(t.newCustomers)),
    };
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures[i]->setText(figureHtml(tr(kFigures[i].second), values[i], details[i]));
}

void RoiPage::showCharts(const RoiData& data) {
    QStringList months;
    QList<double> costs;
    QList<double> incremental;
    QList<IntervalPoint> intervals;
    const QLocale locale = displayLocale();
    for (const RoiLedgerRow& row : data.ledger.months) {
        // The month (the intervals chart names the year too), in the window's language.
        months.append(locale.toString(row.period.from, u"MMM"_s));
        costs.append(row.personalizationCost);
        incremental.append(row.incrementalRevenue.value_or(0.0));
        if (row.incrementalRevenue && row.incrementalCi95)
            intervals.append({locale.toString(row.period.from, u"MMM yyyy"_s),
                              *row.incrementalRevenue,
                              row.incrementalCi95->first,
                              row.incrementalCi95->second,
                              {}});
    }
    const QString unit = data.currency.isEmpty() ? tr("amount") : data.currency;
    m_costChart->setData(tr("Personalization cost vs incremental revenue by month"), months,
                         {{tr("Personalization cost"), costs, palette::series(3)},
                          {tr("Incremental revenue"), incremental, palette::primary()}},
                         unit);
    m_intervalChart->setData(tr("Incremental revenue by month, 95% interval"), intervals,
                             tr("%1 (dot: estimate, bar: 95% interval)").arg(unit), 0.0);
}

} // namespace pvi
