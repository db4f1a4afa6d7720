#include "pages/experiments_page.h"

#include "charts/chart_palette.h"
#include "charts/interval_chart.h"
#include "charts/zoom.h"
#include "pages/experiment_form_dialog.h"
#include "pages/experiment_list_model.h"
#include "pages/experiment_summary.h"
#include "pages/experiments_loader.h"
#include "pages/page_scaffold.h"
#include "pages/portfolio_model.h"
#include "pages/table_view.h"
#include "shell/background_load.h"
#include "stats/ab_verdict.h"
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
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The Add experiment button's tooltip while experiments can be added.
QString addToolTip() {
    return ExperimentsPage::tr(
        "Type in an A/B test's arms (visitors, conversions, optional revenue)");
}

QString probabilityText(const Estimate& p) {
    if (!p.value)
        return ExperimentsPage::tr("not defined (%1)").arg(p.reasons.join(u"; "_s));
    return withPercentSign(displayLocale().toString(*p.value * 100.0, 'f', 1));
}

} // namespace

ExperimentsPage::ExperimentsPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_listModel(new ExperimentListModel(this))
    , m_listProxy(nullptr)
    , m_list(nullptr)
    , m_add(new QPushButton(tr("Add experiment…"), this))
    , m_name(new QLabel(this))
    , m_srm(scaffold::textLabel(u"srmBanner"_s, this))
    , m_armChart(new IntervalChart(u"armChart"_s, this))
    , m_lift(scaffold::textLabel(u"liftLabel"_s, this))
    , m_probability(scaffold::textLabel(u"probabilityLabel"_s, this))
    , m_verdict(scaffold::textLabel(u"verdictLabel"_s, this))
    , m_planner(scaffold::textLabel(u"plannerLabel"_s, this))
    , m_winRate(scaffold::textLabel(u"winRateLabel"_s, this))
    , m_sequential(scaffold::textLabel(u"sequentialLabel"_s, this))
    , m_cuped(scaffold::textLabel(u"cupedLabel"_s, this))
    , m_planMetric(new QComboBox(this))
    , m_planEffect(new QDoubleSpinBox(this))
    , m_planSplit(new QDoubleSpinBox(this))
    , m_planResult(scaffold::textLabel(u"planResultLabel"_s, this))
    , m_forest(new IntervalChart(u"forestPlot"_s, this))
    , m_shrunkForest(new IntervalChart(u"shrunkForestPlot"_s, this))
    , m_shrinkage(scaffold::textLabel(u"shrinkageLabel"_s, this))
    , m_portfolioModel(new PortfolioModel(this))
    , m_portfolioTable(nullptr) {
    m_list = makeSortableTable(m_listModel, ExperimentListModel::RawValueRole, u"experimentList"_s,
                               this);
    m_listProxy = qobject_cast<QSortFilterProxyModel*>(m_list->model());
    m_list->sortByColumn(ExperimentListModel::Name, Qt::AscendingOrder);
    m_list->setAccessibleName(tr("Experiments"));
    // The numbers keep their width; the name takes what is left (elided when long), so the list
    // never needs a horizontal scroll bar.
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ExperimentListModel::Name,
                                                     QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectExperiment(m_listProxy->mapToSource(current).row());
            });

    m_name->setObjectName(u"sectionHeading"_s);
    m_name->setWordWrap(true);
    setTone(m_srm, Tone::Alert);
    m_srm->hide();
    setTone(m_verdict, Tone::Info);
    setTone(m_planner, Tone::Secondary);
    zoom::minimumHeight(m_armChart, 220);
    m_armChart->setValueLimits(0.0, 100.0);

    auto* experimentsTab = new QWidget(this);
    auto* row = new QHBoxLayout(experimentsTab);
    row->setContentsMargins(0, 8, 0, 0);
    row->setSpacing(12);
    m_add->setObjectName(u"addExperiment"_s);
    m_add->setToolTip(addToolTip());
    connect(m_add, &QPushButton::clicked, this, [this] { openExperimentForm(); });
    auto* listColumn = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(6);
    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_add);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_list, 1);
    row->addWidget(scaffold::card(listColumn, this), 9);
    row->addWidget(scaffold::card(buildDetail(), this), 11);
    m_tabs->addTab(experimentsTab, tr("Experiments"));
    m_tabs->addTab(buildPortfolio(), tr("Portfolio"));
    m_tabs->addTab(buildPlanner(), tr("Can I test this?"));

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
}

QWidget* ExperimentsPage::buildDetail() {
    auto* detail = new QWidget(this);
    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_srm);
    layout->addWidget(m_armChart, 1);
    layout->addWidget(m_lift);
    layout->addWidget(m_probability);
    layout->addWidget(m_verdict);
    setTone(m_sequential, Tone::Aside);
    layout->addWidget(m_sequential);
    layout->addWidget(m_cuped);
    layout->addWidget(m_planner);
    // The detail scrolls on its own when the card is shorter than it (large zoom, small window)
    // rather than squeezing its chart and texts over each other.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"experimentDetailScroll"_s);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    detail->setAutoFillBackground(false);
    return scroll;
}

QWidget* ExperimentsPage::buildPlanner() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    auto* intro =
        new QLabel(tr("How long would a test need with this shop's own traffic? The baseline and "
                      "the weekly volume are read from the workspace (the last 12 weeks of data); "
                      "the weeks assume 80% power and a two-sided α of 0.05."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_planMetric->setObjectName(u"planMetric"_s);
    m_planMetric->addItem(tr("Web conversion (GA4 sessions)"), int(PlanMetric::Conversion));
    m_planMetric->addItem(tr("Reorders within 30 days (orders)"), int(PlanMetric::Orders));
    m_planMetric->addItem(tr("E-mail clicks (deliveries)"), int(PlanMetric::Email));
    m_planEffect->setObjectName(u"planEffect"_s);
    m_planEffect->setRange(1.0, 200.0);
    m_planEffect->setDecimals(0);
    m_planEffect->setSuffix(u"%"_s);
    m_planEffect->setValue(10.0);
    m_planEffect->setToolTip(tr("The smallest relative change of the baseline worth detecting"));
    m_planSplit->setObjectName(u"planSplit"_s);
    m_planSplit->setRange(10.0, 90.0);
    m_planSplit->setDecimals(0);
    m_planSplit->setSuffix(tr("% control"));
    m_planSplit->setValue(50.0);
    m_planSplit->setToolTip(tr("The share of the traffic kept on the control"));
    for (QWidget* field : std::initializer_list<QWidget*>{m_planMetric, m_planEffect, m_planSplit})
        field->setMaximumWidth(320);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("What to improve"), m_planMetric);
    form->addRow(tr("Relative change to detect"), m_planEffect);
    form->addRow(tr("Split"), m_planSplit);
    layout->addLayout(form);
    setTone(m_planResult, Tone::Info);
    layout->addWidget(m_planResult);
    layout->addStretch(1);
    connect(m_planMetric, &QComboBox::currentIndexChanged, this, [this] { updatePlan(); });
    connect(m_planEffect, &QDoubleSpinBox::valueChanged, this, [this] { updatePlan(); });
    connect(m_planSplit, &QDoubleSpinBox::valueChanged, this, [this] { updatePlan(); });
    return tab;
}

void ExperimentsPage::updatePlan() {
    const auto metric = PlanMetric(m_planMetric->currentData().toInt());
    TrafficBaseline traffic;
    traffic.metric = metric;
    traffic.reasons << tr("no workspace is loaded");
    for (const TrafficBaseline& t : m_data.traffic) {
        if (t.metric == metric)
            traffic = t;
    }
    // A few root findings on a closed formula: microseconds, fine on the GUI thread.
    m_plan = planFromTraffic(traffic, m_planEffect->value() / 100.0, m_planSplit->value() / 100.0);
    m_planResult->setText(trafficPlanText(m_plan));
}

void ExperimentsPage::reload() {
    // The as-of date of the portfolio (which tests have concluded) is today's, decided here.
    loadData<ExperimentsData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import an experiment "
           "CSV with File › Import…."),
        [today = QDate::currentDate()](const QString& path, const PeriodFilter&) {
            return loadExperiments(path, today);
        },
        [this](const ExperimentsData& data) { showData(data); });
}

ExperimentFormDialog* ExperimentsPage::openExperimentForm() {
    if (workspacePath().isEmpty())
        return nullptr;
    QStringList names;
    for (const Experiment& e : m_data.experiments)
        names.append(e.name);
    auto* dialog = new ExperimentFormDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { storeTyped(dialog->experiment()); });
    dialog->open();
    return dialog;
}

void ExperimentsPage::storeTyped(const Experiment& experiment) {
    setBusy(true);
    m_selectAfterLoad = experiment.name;
    loadInBackground(
        this, [path = workspacePath(), experiment] { return saveExperiment(path, experiment); },
        [this](const QString& error) {
            if (!error.isEmpty()) {
                m_selectAfterLoad.clear();
                m_message->setText(error);
                m_message->show();
                finishLoading();
                return;
            }
            Q_EMIT workspaceChanged(); // the A/B test PVIs of other pages change too
            reload();
        });
}

void ExperimentsPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    if (busy)
        Q_EMIT statusMessage(tr("Analysing experiments…"));
}

void ExperimentsPage::showData(const ExperimentsData& data) {
    m_data = data;
    // Typed-in experiments are stored in the workspace: not in one opened read-only.
    m_add->setEnabled(data.readOnlyReason.isEmpty());
    m_add->setToolTip(data.readOnlyReason.isEmpty()
                          ? addToolTip()
                          : tr("The workspace is read-only (%1): experiments cannot be added.")
                                .arg(data.readOnlyReason));
    m_listModel->setData(m_data);
    if (!data.error.isEmpty()) {
        m_message->setText(data.error);
        m_message->show();
    } else if (data.experiments.empty()) {
        m_message->setText(
            tr("This workspace has no experiments yet. Import an experiment CSV with File › "
               "Import… (per-visitor rows or arm totals), or type one in with Add experiment…."));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_selected = -1;
    selectExperiment(data.experiments.empty() ? -1 : 0);
    if (!data.experiments.empty()) {
        const QModelIndex first =
            m_listProxy->mapFromSource(m_listModel->index(0, ExperimentListModel::Name));
        m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
    if (!m_selectAfterLoad.isEmpty()) {
        for (std::size_t i = 0; i < data.experiments.size(); ++i) {
            if (data.experiments[i].name != m_selectAfterLoad)
                continue;
            const QModelIndex saved =
                m_listProxy->mapFromSource(m_listModel->index(int(i), ExperimentListModel::Name));
            m_list->selectionModel()->setCurrentIndex(saved, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            selectExperiment(int(i));
        }
    }
    showPortfolio();
    updatePlan();
    if (!m_selectAfterLoad.isEmpty())
        Q_EMIT statusMessage(tr("Experiment '%1' saved; %2 experiments analysed.")
                                 .arg(m_selectAfterLoad, QString::number(data.experiments.size())));
    else if (data.error.isEmpty())
        Q_EMIT statusMessage(tr("%1 experiments analysed.").arg(data.experiments.size()));
    m_selectAfterLoad.clear();
}

void ExperimentsPage::selectExperiment(int index) {
    if (index == m_selected)
        return;
    m_selected = index;
    if (index < 0 || std::size_t(index) >= m_data.experiments.size()) {
        m_selected = -1;
        m_name->setText(tr("No experiment selected"));
        m_srm->hide();
        m_armChart->setData(QString(), {}, QString());
        for (QLabel* label : {m_lift, m_probability, m_verdict, m_planner, m_sequential, m_cuped})
            label->clear();
        return;
    }
    const Experiment& e = m_data.experiments[std::size_t(index)];
    const ExperimentAnalysis& a = m_data.analyses[std::size_t(index)];
    QString dates;
    if (e.startedOn.isValid())
        dates = u"  ·  %1 – %2"_s.arg(displayLocale().toString(e.startedOn, u"d MMM yyyy"_s),
                                      e.endedOn.isValid()
                                          ? displayLocale().toString(e.endedOn, u"d MMM yyyy"_s)
                                          : tr("running"));
    m_name->setText(a.name + dates);

    QList<IntervalPoint> points;
    const ExperimentArm* control = e.control();
    for (const ExperimentArm& arm : e.arms) {
        Interval wilson;
        for (const ArmComparison& c : a.comparisons) {
            if (arm.isControl)
                wilson = c.rates.controlWilson;
            else if (c.treatmentArm == arm.name)
                wilson = c.rates.treatmentWilson;
        }
        if (!wilson.defined())
            continue;
        const double rate = arm.conversions.rate() * 100.0;
        points.append({arm.isControl ? tr("%1 (control)").arg(arm.name) : arm.name, rate,
                       *wilson.low * 100.0, *wilson.high * 100.0,
                       palette::audience(arm.isControl ? palette::Audience::Control
                                                       : palette::Audience::Personalized)});
    }
    m_armChart->setData(tr("Conversion rate per arm, with 95% Wilson intervals"), points,
                        tr("conversion rate, %"));

    QStringList lift;
    QStringList probability;
    QStringList verdict;
    QStringList planner;
    QStringList sequential;
    QStringList cuped;
    QStringList srm;
    const ExperimentCuped* adjusted =
        std::size_t(index) < m_data.cuped.size() ? &m_data.cuped[std::size_t(index)] : nullptr;
    const bool several = a.comparisons.size() > 1;
    for (const ArmComparison& c : a.comparisons) {
        const QString prefix = several ? c.treatmentArm + u": "_s : QString();
        const RateComparison& r = c.rates;
        lift.append(tr("<b>%1Lift vs %2:</b> %3")
                        .arg(prefix, a.controlArm, liftText(r.liftPercent).toHtmlEscaped()));
        probability.append(tr("<b>%1Probability to beat control:</b> %2")
                               .arg(prefix, probabilityText(r.probabilityToBeat).toHtmlEscaped()));
        verdict.append(prefix + abVerdict(r, kVerdictAlpha, displayLocale()));
        planner.append(prefix + plannerText(e, c, m_data.asOf));
        sequential.append(prefix + sequentialText(e, c, m_data.asOf));
        if (adjusted != nullptr) {
            for (const ExperimentCuped::Arm& arm : adjusted->arms) {
                if (arm.treatmentArm == c.treatmentArm)
                    cuped.append(prefix + cupedText(*adjusted, arm));
            }
        }
        if (r.srm.mismatch) {
            const QString p =
                r.srm.test.pValue ? formatPValue(*r.srm.test.pValue) : tr("p undefined");
            srm.append(tr("⚠ Sample-ratio mismatch%1: %2 vs %3 visitors where a %4/%5 split was "
                          "planned (%6). The split is broken, so the results cannot be trusted.")
                           .arg(several ? u" ("_s + c.treatmentArm + u')' : QString())
                           .arg(r.control.n)
                           .arg(r.treatment.n)
                           .arg(qRound(c.plannedControlShare * 100))
                           .arg(qRound((1 - c.plannedControlShare) * 100))
                           .arg(p));
        }
    }
    if (control == nullptr || a.comparisons.empty())
        lift.append(a.reasons.join(u"; "_s).toHtmlEscaped());
    m_lift->setText(lift.join(u"<br>"_s));
    m_probability->setText(probability.join(u"<br>"_s));
    m_verdict->setText(verdict.join(u"\n"_s));
    m_planner->setText(planner.join(u"\n"_s));
    m_sequential->setText(sequential.join(u"\n"_s));
    m_cuped->setText(cuped.join(u"\n"_s));
    m_cuped->setVisible(!cuped.isEmpty());
    m_srm->setText(srm.join(u"\n"_s));
    m_srm->setVisible(!srm.isEmpty());
}

} // namespace pvi
