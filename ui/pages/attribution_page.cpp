#include "pages/attribution_page.h"

#include "charts/bar_chart.h"
#include "charts/chart_palette.h"
#include "charts/interval_chart.h"
#include "pages/attribution_credit_model.h"
#include "pages/attribution_loader.h"
#include "pages/page_scaffold.h"
#include "pages/table_view.h"
#include "shell/background_load.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

double creditOf(const ChannelCredit& credits, const QString& channel) {
    const auto it = credits.find(channel);
    return it == credits.end() ? 0.0 : it->second;
}

const ModelCredit* findModel(const AttributionReport& report, const QString& id) {
    for (const ModelCredit& m : report.models) {
        if (m.model == id)
            return &m;
    }
    return nullptr;
}

} // namespace

AttributionPage::AttributionPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_source(new QComboBox(this))
    , m_message(scaffold::messageLabel(this))
    , m_summary(scaffold::textLabel(u"attributionSummary"_s, this))
    , m_credit(new BarChart(u"creditChart"_s, this))
    , m_range(new IntervalChart(u"creditRangeChart"_s, this))
    , m_removal(new BarChart(u"removalEffectChart"_s, this))
    , m_split(new BarChart(u"personalizedSplitChart"_s, this))
    , m_creditModel(new AttributionCreditModel(this))
    , m_table(makeSortableTable(m_creditModel, AttributionCreditModel::RawValueRole,
                                u"creditTable"_s, this))
    , m_content(new QWidget(this)) {
    setTone(m_summary, Tone::Secondary);
    m_source->setObjectName(u"attributionSource"_s);
    m_source->addItem(tr("Automatic"), int(AttributionSource::Automatic));
    m_source->addItem(tr("Imported touchpoints"), int(AttributionSource::Touchpoints));
    m_source->addItem(tr("GA4 conversion paths"), int(AttributionSource::Ga4Paths));
    m_source->addItem(tr("Orders and email clicks"), int(AttributionSource::Orders));
    m_source->setToolTip(tr("Automatic: imported touchpoints when there are any, else GA4 "
                            "conversion paths, else the orders' visits and email clicks."));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        const auto source = AttributionSource(m_source->currentData().toInt());
        if (source != m_sourceChoice) {
            m_sourceChoice = source;
            reload();
        }
    });
    // Channel names (Shopify's sources such as "shopify_draft_order") are long: bars across.
    m_removal->setOrientation(Qt::Horizontal);
    m_split->setOrientation(Qt::Horizontal);
    auto* top = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    top->setSpacing(12);
    top->addWidget(scaffold::card(m_credit, this, 340), 3);
    top->addWidget(scaffold::card(m_range, this, 340), 2);
    auto* middle = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    middle->setSpacing(12);
    middle->addWidget(scaffold::card(m_removal, this, 300), 1);
    middle->addWidget(scaffold::card(m_split, this, 300), 1);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(new QLabel(tr("Journeys from:"), this));
    sourceRow->addWidget(m_source);
    sourceRow->addStretch(1);
    layout->addLayout(sourceRow);
    layout->addWidget(m_message);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(top);
    contentLayout->addLayout(middle);
    contentLayout->addWidget(
        scaffold::titledCard(tr("Conversions credited per channel"), m_table, this, 260));
    layout->addWidget(m_content);
    layout->addStretch(1);
}

void AttributionPage::reload() {
    loadData<AttributionData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import orders or "
           "touchpoints."),
        [source = m_sourceChoice](const QString& path, const PeriodFilter&) {
            return loadAttribution(path, source);
        },
        [this](const AttributionData& data) { showData(data); });
}

void AttributionPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    if (busy)
        Q_EMIT statusMessage(tr("Running the attribution models…"));
}

void AttributionPage::showData(const AttributionData& data) {
    m_data = data;
    const AttributionReport& r = data.report;
    const bool ok = data.error.isEmpty();
    m_message->setText(data.error);
    m_message->setVisible(!ok);
    m_content->setVisible(ok);
    m_creditModel->setData(ok ? r : AttributionReport{});
    m_table->resizeColumnsToContents();

    QStringList channels;
    for (const QString& c : r.channels)
        channels.append(c);
    QList<BarSetData> sets;
    QList<IntervalPoint> ranges;
    if (ok) {
        for (const ModelCredit& m : r.models) {
            BarSetData set{attributionModelName(m.model), {}, {}};
            for (const QString& c : channels)
                set.values.append(creditOf(m.overall.conversions, c));
            sets.append(set);
        }
        for (const QString& c : channels) {
            double low = creditOf(r.models.front().overall.conversions, c);
            double high = low;
            double sum = 0;
            for (const ModelCredit& m : r.models) {
                const double v = creditOf(m.overall.conversions, c);
                low = std::min(low, v);
                high = std::max(high, v);
                sum += v;
            }
            ranges.append({c, sum / double(r.models.size()), low, high, {}});
        }
    }

    const ModelCredit* markov = ok ? findModel(r, u"markov"_s) : nullptr;
    QList<double> effects;
    QList<double> personalized;
    QList<double> generic;
    if (markov != nullptr) {
        for (const QString& c : channels) {
            effects.append(creditOf(markov->removalEffect, c) * 100.0);
            personalized.append(creditOf(markov->personalized.conversions, c));
            generic.append(creditOf(markov->generic.conversions, c));
        }
    }
    const QStringList shown = markov != nullptr ? channels : QStringList();
    // One chart per event-loop turn: each lays itself out and redraws its scene after taking
    // its data, and four at once would hold the window.
    showInSteps({[this, ok, channels, sets] {
                     m_credit->setData(tr("Conversions credited per channel, by model"),
                                       ok ? channels : QStringList(), sets, tr("conversions"));
                 },
                 [this, ranges] {
                     m_range->setData(tr("Credit range across models"), ranges,
                                      tr("conversions (dot: mean of the models, bar: min–max)"));
                 },
                 [this, shown, effects] {
                     m_removal->setData(
                         tr("Markov removal effect: conversions lost without the channel"), shown,
                         {{tr("Removal effect"), effects, palette::primary()}},
                         tr("% of conversions"), u"%.0f"_s);
                 },
                 [this, shown, personalized, generic] {
                     m_split->setData(
                         tr("Markov credit: personalized vs generic touches"), shown,
                         {{tr("Personalized"), personalized,
                           palette::audience(palette::Audience::Personalized)},
                          {tr("Generic"), generic, palette::audience(palette::Audience::Generic)}},
                         tr("conversions"));
                 }});

    if (ok) {
        const QLocale en = displayLocale();
        QString summary =
            tr("%1 journeys, %2 conversions worth %3 credited across %4 channels under %5 models.")
                .arg(en.toString(r.journeys),
                     en.toString(r.conversions, 'f', QLocale::FloatingPointShortest),
                     en.toString(r.conversionValue, 'f', 2))
                .arg(r.channels.size())
                .arg(r.models.size());
        if (r.unattributedConversions > 0)
            summary += tr(" %1 conversions had no touch to credit.")
                           .arg(en.toString(r.unattributedConversions, 'f',
                                            QLocale::FloatingPointShortest));
        for (const QString& note : data.notes) {
            // Notes are lower-case phrases (as the command line prints them): one sentence each.
            QString sentence = note.trimmed();
            if (sentence.isEmpty())
                continue;
            sentence[0] = sentence[0].toUpper();
            summary += u" "_s + sentence + (sentence.endsWith(u'.') ? u""_s : u"."_s);
        }
        m_summary->setText(summary);
        Q_EMIT statusMessage(tr("Attribution computed for %1 channels.").arg(r.channels.size()));
    }
}

} // namespace pvi
