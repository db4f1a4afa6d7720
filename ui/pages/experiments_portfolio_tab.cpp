// The Experiments page's Portfolio tab: the win rate, the shrinkage sentence, the forest plots
// of measured and shrunk lifts, and the portfolio table.
#include "charts/chart_palette.h"
#include "charts/interval_chart.h"
#include "charts/zoom.h"
#include "pages/experiment_form_dialog.h"
#include "pages/experiment_list_model.h"
#include "pages/experiment_summary.h"
#include "pages/experiments_loader.h"
#include "pages/experiments_page.h"
#include "pages/page_scaffold.h"
#include "pages/portfolio_model.h"
#include "pages/table_view.h"
#include "shell/background_load.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// A treatment arm's lift in the personalized colour: solid when it `won`, faded when not, so
/// the meaning of the colour stays the same on every chart.
QColor treatmentColour(bool won) {
    QColor colour = palette::audience(palette::Audience::Personalized);
    if (!won)
        colour.setAlpha(90);
    return colour;
}

} // namespace

QWidget* ExperimentsPage::buildPortfolio() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    m_winRate->setObjectName(u"winRateLabel"_s);
    setTone(m_winRate, Tone::Lead);
    layout->addWidget(m_winRate);
    setTone(m_shrinkage, Tone::Info);
    layout->addWidget(m_shrinkage);
    zoom::minimumHeight(m_forest, 240);
    zoom::minimumHeight(m_shrunkForest, 240);
    m_portfolioTable = makeSortableTable(m_portfolioModel, PortfolioModel::RawValueRole,
                                         u"portfolioTable"_s, this);
    m_portfolioTable->setAccessibleName(tr("Portfolio of experiments"));
    auto* row = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    row->setSpacing(12);
    row->addWidget(scaffold::card(m_forest, this), 5);
    row->addWidget(scaffold::card(m_shrunkForest, this), 5);
    layout->addLayout(row, 3);
    layout->addWidget(scaffold::card(m_portfolioTable, this), 2);
    return tab;
}

void ExperimentsPage::showPortfolio() {
    const PortfolioAnalysis& p = m_data.portfolio;
    m_portfolioModel->setData(p);
    const QLocale en = displayLocale();
    const auto rate = [&](const WinRate& w) {
        return w.value ? withPercentSign(en.toString(*w.value * 100.0, 'f', 1)) : tr("n/a");
    };
    if (p.tests.empty()) {
        m_winRate->setText(tr("No concluded tests yet: the win rate counts experiments with an end "
                              "date on or before %1.")
                               .arg(m_data.asOf.toString(Qt::ISODate)));
    } else {
        m_winRate->setText(tr("<b>Win rate: %1</b> (%2 of %3 concluded tests won after Holm's "
                              "adjustment) · %4 with Benjamini–Hochberg (%5 of %3)")
                               .arg(rate(p.winRateHolm))
                               .arg(p.winRateHolm.wins)
                               .arg(p.winRateHolm.concluded)
                               .arg(rate(p.winRateBenjaminiHochberg))
                               .arg(p.winRateBenjaminiHochberg.wins));
    }
    QList<IntervalPoint> lifts;
    for (const ExperimentAnalysis& a : m_data.analyses) {
        for (const ArmComparison& c : a.comparisons) {
            const Interval& l = c.rates.liftPercent;
            if (!l.estimate || !l.defined())
                continue;
            lifts.append({a.name + u" · "_s + c.treatmentArm, *l.estimate, *l.low, *l.high,
                          treatmentColour(a.endedOn.isValid() && a.endedOn <= m_data.asOf &&
                                          verdictChip(c.rates) == VerdictChip::Won)});
        }
    }
    m_forest->setData(
        tr("Lift vs control with 95% intervals (solid: won, concluded; faded: not won)"), lifts,
        tr("lift, %"), 0.0);
    QList<IntervalPoint> shrunk;
    for (const PortfolioAnalysis::Entry& t : p.tests) {
        if (!t.shrunkLiftPercent)
            continue;
        shrunk.append({t.experiment + u" · "_s + t.treatmentArm, *t.shrunkLiftPercent,
                       *t.shrunkLowPercent, *t.shrunkHighPercent,
                       treatmentColour(*t.shrunkLowPercent > 0)});
    }
    m_shrunkForest->setData(
        tr("Lift after shrinkage with 95% intervals (solid: still won; faded: not)"), shrunk,
        tr("lift, %"), 0.0);
    const PortfolioShrinkage& s = p.shrinkage;
    if (s.tests.empty()) {
        m_shrinkage->setText(shrinkageSentence(p));
    } else {
        const auto count = [&](double v) { return en.toString(v, 'f', 0); };
        m_shrinkage->setText(
            tr("<b>%1</b><br>Win rate as measured (p &lt; 0.05, positive lift): %2 of %3 · after "
               "shrinkage (95% interval above 0): %4 of %3. Extra conversions the treatments "
               "brought in their tests: %5 as measured, %6 after shrinkage (95% interval %7 to "
               "%8). The tests' true lifts vary around %9% with a spread (τ) of about %10 on the "
               "log scale.")
                .arg(shrinkageSentence(p).toHtmlEscaped())
                .arg(p.rawWins)
                .arg(p.shrunkTests)
                .arg(p.shrunkWins)
                .arg(count(*s.rawTotalGain), count(*s.totalGain.estimate), count(*s.totalGain.low),
                     count(*s.totalGain.high),
                     en.toString(std::expm1(*s.overallLogRatio.estimate) * 100.0, 'f', 1),
                     en.toString(*s.tauMean, 'f', 2)));
    }
    m_portfolioTable->resizeColumnsToContents();
}

} // namespace pvi
