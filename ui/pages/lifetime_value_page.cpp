#include "pages/lifetime_value_page.h"

#include "charts/backtest_chart.h"
#include "charts/bar_chart.h"
#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "pages/churn_risk_model.h"
#include "pages/clv_parameter_model.h"
#include "pages/lifetime_value_loader.h"
#include "pages/page_scaffold.h"
#include "pages/table_view.h"
#include "shell/background_load.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Bars of the CLV histogram.
constexpr int kHistogramBins = 10;

/// Customers per equal-width CLV bin from 0 to a nice ceiling of the 95th percentile, the last
/// bin open-ended ("≥ …"), so a few very valuable customers do not squeeze everyone else into
/// the first bar.
void clvHistogram(const std::vector<CustomerClvPrediction>& customers, QStringList& labels,
                  QList<double>& counts) {
    std::vector<double> values;
    for (const auto& c : customers) {
        if (std::isfinite(c.clv))
            values.push_back(std::max(c.clv, 0.0));
    }
    if (values.empty())
        return;
    std::sort(values.begin(), values.end());
    const double p95 = values[std::size_t(std::floor(0.95 * double(values.size() - 1)))];
    const int closedBins = kHistogramBins - 1;
    // A whole-number width of 1, 2 or 5 × 10^k, so the bands' labels are exact.
    const double raw = std::max(p95, double(closedBins)) / closedBins;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double width = 10 * magnitude;
    for (double step : {1.0, 2.0, 5.0}) {
        if (step * magnitude >= raw) {
            width = step * magnitude;
            break;
        }
    }
    counts = QList<double>(kHistogramBins, 0.0);
    for (double v : values)
        counts[std::min(int(v / width), kHistogramBins - 1)] += 1;
    const QLocale en = displayLocale();
    for (int i = 0; i < closedBins; ++i)
        labels.append(
            u"%1–%2"_s.arg(en.toString(i * width, 'f', 0), en.toString((i + 1) * width, 'f', 0)));
    labels.append(LifetimeValuePage::tr("≥ %1").arg(en.toString(closedBins * width, 'f', 0)));
}

/// The backtest's grade in the window's language.
QString gradeWord(const QString& grade) {
    if (grade == u"good")
        return LifetimeValuePage::tr("good");
    if (grade == u"fair")
        return LifetimeValuePage::tr("fair");
    if (grade == u"poor")
        return LifetimeValuePage::tr("poor");
    return LifetimeValuePage::tr("not graded");
}

/// The grade explained from the backtest's figures, in the window's language and numbers (the
/// model's verdict sentence is the command line's).
QString verdictText(const ClvBacktest& b) {
    const QLocale locale = displayLocale();
    if (b.grade == u"ungraded")
        return LifetimeValuePage::tr("There were no repeat purchases in the %1-week holdout (%2 "
                                     "predicted).")
            .arg(b.holdoutWeeks)
            .arg(locale.toString(b.predictedTotal, 'f', 1));
    return LifetimeValuePage::tr("The model predicted %1 repeat purchases in the last %2 weeks and "
                                 "%3 happened (%4). Good is within %5%, fair within %6%.")
        .arg(locale.toString(b.predictedTotal, 'f', 1))
        .arg(b.holdoutWeeks)
        .arg(locale.toString(b.actualTotal, 'f', 0), formatSignedPercent(100.0 * b.relativeError),
             locale.toString(qRound(100.0 * kBacktestGoodWithin)),
             locale.toString(qRound(100.0 * kBacktestFairWithin)));
}

QString gradeText(const ClvBacktest& b) {
    if (!b.ok)
        return LifetimeValuePage::tr("No backtest: %1").arg(b.reason);
    return LifetimeValuePage::tr(
               "<b>Backtest grade: %1</b> — %2 The models were fitted on the orders up to %3 "
               "(dotted line) and predicted the %4 weeks after it.")
        .arg(gradeWord(b.grade), verdictText(b).toHtmlEscaped(),
             displayLocale().toString(b.calibrationEnd, u"d MMM yyyy"_s))
        .arg(b.holdoutWeeks);
}

} // namespace

LifetimeValuePage::LifetimeValuePage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_summary(scaffold::textLabel(u"clvSummary"_s, this))
    , m_histogram(new BarChart(u"clvHistogram"_s, this))
    , m_backtest(new BacktestChart(this))
    , m_grade(scaffold::textLabel(u"backtestGrade"_s, this))
    , m_churnModel(new ChurnRiskModel(this))
    , m_churnTable(
          makeSortableTable(m_churnModel, ChurnRiskModel::RawValueRole, u"churnRiskTable"_s, this))
    , m_segments(new BarChart(u"clvSegmentChart"_s, this))
    , m_churnSegments(new BarChart(u"churnSegmentChart"_s, this))
    , m_parameterModel(new ClvParameterModel(this))
    , m_parameterTable(makeSortableTable(m_parameterModel, ClvParameterModel::RawValueRole,
                                         u"clvParameterTable"_s, this))
    , m_content(new QWidget(this)) {
    setTone(m_summary, Tone::Secondary);
    setTone(m_grade, Tone::Strong);
    m_churnTable->setSortingEnabled(true);
    m_segments->setOrientation(Qt::Horizontal);
    m_churnSegments->setOrientation(Qt::Horizontal);

    auto* backtestBox = new QWidget(this);
    auto* backtestLayout = new QVBoxLayout(backtestBox);
    backtestLayout->setContentsMargins(0, 0, 0, 0);
    backtestLayout->addWidget(m_backtest, 1);
    backtestLayout->addWidget(m_grade);

    auto* top = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    top->setSpacing(12);
    top->addWidget(scaffold::card(m_histogram, this, 330), 1);
    top->addWidget(scaffold::card(backtestBox, this, 330), 1);

    auto* bottom = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    bottom->setSpacing(12);
    bottom->addWidget(
        scaffold::titledCard(tr("Worth a personal touch: valuable customers slipping away"),
                             m_churnTable, this, 330),
        5);
    bottom->addWidget(scaffold::titledCard(tr("Fitted parameters"), m_parameterTable, this, 330),
                      3);

    auto* churnBox = new QWidget(this);
    auto* churnLayout = new QVBoxLayout(churnBox);
    churnLayout->setContentsMargins(0, 0, 0, 0);
    churnLayout->addWidget(m_churnSegments, 1);
    auto* churnNote = scaffold::textLabel(u"churnSegmentNote"_s, this);
    churnNote->setText(tr("Mean churn risk (1 − P(alive)) of each RFM segment's repeat customers; "
                          "personalized = exposed by the last order's day. One-time buyers are "
                          "left out: the model counts them as active, having no rhythm to judge. A "
                          "side without repeat customers in a segment shows no bar."));
    setTone(churnNote, Tone::Muted);
    churnLayout->addWidget(churnNote);

    auto* bySegment = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    bySegment->setSpacing(12);
    bySegment->addWidget(scaffold::card(m_segments, this, 400), 1);
    bySegment->addWidget(scaffold::card(churnBox, this, 400), 1);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    layout->addWidget(m_message);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(top);
    contentLayout->addLayout(bySegment);
    contentLayout->addLayout(bottom);
    layout->addWidget(m_content);
    layout->addStretch(1);
}

void LifetimeValuePage::reload() {
    loadData<LifetimeValueData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import an orders "
           "export."),
        [](const QString& path, const PeriodFilter& filter) {
            return loadLifetimeValue(path, filter);
        },
        [this](const LifetimeValueData& data) { showData(data); });
}

void LifetimeValuePage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    m_content->setEnabled(!busy);
    if (busy)
        Q_EMIT statusMessage(tr("Fitting the lifetime-value models…"));
}

void LifetimeValuePage::showChurnSegments(const LifetimeValueData& data) {
    QStringList names;
    QList<double> all, personalized, generic;
    const auto percent = [](const std::optional<double>& v) { return v ? *v * 100.0 : 0.0; };
    for (const SegmentValue& s : data.churnSegments) {
        names.append(s.name);
        all.append(percent(s.value));
        personalized.append(percent(s.personalized.value));
        generic.append(percent(s.control.value));
    }
    QList<BarSetData> sets{
        {tr("All customers"), all, palette::audience(palette::Audience::AllCustomers)}};
    if (data.hasRules) {
        sets.append(
            {tr("Personalized"), personalized, palette::audience(palette::Audience::Personalized)});
        sets.append({tr("Generic"), generic, palette::audience(palette::Audience::Generic)});
    }
    m_churnSegments->setData(tr("Churn risk by RFM segment"), names, sets, tr("churn risk %"));
}

void LifetimeValuePage::showData(const LifetimeValueData& data) {
    m_data = data;
    const bool ok = data.error.isEmpty() && data.clv.ok;
    m_message->setText(data.error);
    m_message->setVisible(!ok);
    m_content->setVisible(ok);
    // One chart per event-loop turn: each chart lays itself out and redraws its scene after
    // taking its data, and six of them at once would hold the window.
    showInSteps({[this, ok] {
                     QStringList labels;
                     QList<double> counts;
                     if (ok && m_data.clv.analysis.gammaGamma.ok)
                         clvHistogram(m_data.clv.analysis.customers, labels, counts);
                     m_histogram->setData(tr("Predicted 12-month CLV (customers per band)"), labels,
                                          {{tr("Customers"), counts, {}}}, tr("customers"));
                 },
                 [this, ok] {
                     QList<QPointF> predicted;
                     QList<QPointF> actual;
                     for (const ClvBacktestWeek& w : m_data.clv.backtest.weeks) {
                         predicted.append({double(w.week), w.predictedCumulative});
                         actual.append({double(w.week), w.actualCumulative});
                     }
                     m_backtest->setData(predicted, actual, m_data.clv.backtest.calibrationEnd);
                     m_grade->setText(ok ? gradeText(m_data.clv.backtest) : QString());
                 },
                 [this] {
                     m_churnModel->setData(m_data.atRisk);
                     m_churnTable->sortByColumn(-1, Qt::AscendingOrder);
                     m_churnTable->resizeColumnsToContents();
                 },
                 [this] {
                     QStringList names;
                     QList<double> means;
                     for (const ClvGroupSummary& g : m_data.segments) {
                         if (!std::isfinite(g.meanClv))
                             continue;
                         names.append(g.group);
                         means.append(g.meanClv);
                     }
                     m_segments->setData(tr("Mean CLV by RFM segment"), names,
                                         {{tr("Mean CLV"), means, {}}}, tr("mean CLV"));
                 },
                 [this] { showChurnSegments(m_data); }, [this, ok] { showSummary(ok); }});
}

void LifetimeValuePage::showSummary(bool ok) {
    const LifetimeValueData& data = m_data;
    const ClvAnalysis& a = data.clv.analysis;
    const QLocale en = displayLocale();
    m_parameterModel->setData(a);
    m_parameterTable->sortByColumn(-1, Qt::AscendingOrder);
    m_parameterTable->resizeColumnsToContents();

    if (ok) {
        double total = 0;
        int withClv = 0;
        for (const auto& c : a.customers) {
            if (std::isfinite(c.clv)) {
                total += c.clv;
                ++withClv;
            }
        }
        QString summary =
            tr("As of %1: %2 customers, predicted 12-month CLV %3 in total (mean %4), discounted "
               "at 10% a year. %5 valuable customers (top quarter of CLV) have a churn risk of %6% "
               "or more.")
                .arg(displayLocale().toString(data.clv.asOf, u"d MMM yyyy"_s),
                     en.toString(qlonglong(a.customers.size())), formatMoney(total, data.currency),
                     formatMoney(withClv > 0 ? total / withClv : 0.0, data.currency),
                     en.toString(qlonglong(data.atRisk.size())))
                .arg(qRound(kChurnRiskThreshold * 100));
        for (const QString& w : a.warnings)
            summary += u" ⚠ "_s + w;
        m_summary->setText(summary);
        Q_EMIT periodResolved(data.period, filter().comparisonPeriod(data.period));
        Q_EMIT statusMessage(tr("Lifetime value predicted for %1 customers.")
                                 .arg(en.toString(qlonglong(a.customers.size()))));
    } else {
        m_summary->clear();
    }
}

} // namespace pvi
