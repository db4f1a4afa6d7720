#include "pages/experience_page.h"

#include "charts/bar_chart.h"
#include "charts/chart_palette.h"
#include "charts/interval_chart.h"
#include "charts/line_chart.h"
#include "charts/zoom.h"
#include "pages/experience_loader.h"
#include "pages/page_scaffold.h"
#include "shell/background_load.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// An instrument's value as written on the page: NPS in signed points, CSAT and the ethics
/// score in percent, CES with one decimal.
QString scoreText(const QString& id, double value) {
    const QLocale en = displayLocale();
    if (id == u"nps"_s)
        return (value > 0 ? u"+"_s : QString()) + en.toString(value, 'f', 0);
    if (id == u"ces"_s)
        return en.toString(value, 'f', 2);
    return withPercentSign(en.toString(value, 'f', 1));
}

QString axisTitle(const QString& id) {
    if (id == u"nps"_s)
        return ExperiencePage::tr("NPS, points");
    if (id == u"csat"_s)
        return ExperiencePage::tr("CSAT, % 4–5");
    if (id == u"ces"_s)
        return ExperiencePage::tr("CES, mean");
    return ExperiencePage::tr("score, 0–100");
}

QString scoreLabel(double score) {
    return displayLocale().toString(score, 'g', 4);
}

/// The scores to draw as categories: every whole score from the scale's usual ends (NPS 0–10,
/// CSAT 1–5) or the lowest/highest answer, so that empty scores show as empty bars.
QList<double> scoreCategories(const QString& id, const std::vector<ScoreCount>& counts) {
    QList<double> scores;
    if (counts.empty())
        return scores;
    bool whole = true;
    for (const ScoreCount& c : counts)
        whole = whole && c.score == std::floor(c.score);
    if (!whole) {
        for (const ScoreCount& c : counts)
            scores.append(c.score);
        return scores;
    }
    double lo = counts.front().score;
    double hi = counts.back().score;
    if (id == u"nps"_s && lo >= 0 && hi <= 10) {
        lo = 0;
        hi = 10;
    } else if (id == u"csat"_s && lo >= 1 && hi <= 5) {
        lo = 1;
        hi = 5;
    }
    for (double s = lo; s <= hi; s += 1)
        scores.append(s);
    return scores;
}

void addEstimate(QList<IntervalPoint>& points, const QString& name, const ScoreEstimate& e,
                 const QColor& colour) {
    if (!e.interval.estimate)
        return;
    const double value = *e.interval.estimate;
    points.append({u"%1 (n = %2)"_s.arg(name, formatCount(e.n)), value,
                   e.interval.low.value_or(value), e.interval.high.value_or(value), colour});
}

/// All, personalized and generic rows (the groups only when both have answers).
QList<IntervalPoint> groupPoints(const GroupEstimates& g) {
    QList<IntervalPoint> points;
    addEstimate(points, ExperiencePage::tr("All customers"), g.all,
                palette::audience(palette::Audience::AllCustomers));
    if (g.personalized.n > 0 && g.generic.n > 0) {
        addEstimate(points, ExperiencePage::tr("Personalized"), g.personalized,
                    palette::audience(palette::Audience::Personalized));
        addEstimate(points, ExperiencePage::tr("Generic"), g.generic,
                    palette::audience(palette::Audience::Generic));
    }
    return points;
}

/// The lift line under a PVI: difference or lift with its interval and p-value, or why not.
QString splitText(const PviResult& r, const QString& id) {
    if (!r.available)
        return {};
    if (!r.splitReason.isEmpty())
        return ExperiencePage::tr("No personalized vs generic split: %1.")
            .arg(r.splitReason.toHtmlEscaped());
    if (!r.liftPercent)
        return {};
    const QLocale en = displayLocale();
    const bool points = id == u"nps"_s;
    QString text = points
                       ? ExperiencePage::tr("Personalized − generic: %1 points")
                             .arg(en.toString(*r.liftPercent, 'f', 1))
                       : ExperiencePage::tr("Lift: %1%").arg(en.toString(*r.liftPercent, 'f', 1));
    if (r.liftCi95)
        text += ExperiencePage::tr(" (95% CI %1 to %2)")
                    .arg(en.toString(r.liftCi95->first, 'f', 1),
                         en.toString(r.liftCi95->second, 'f', 1));
    if (r.pValue)
        text += u", "_s + formatPValue(*r.pValue);
    return text + u"."_s;
}

QWidget* column(const QList<QWidget*>& widgets, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    return box;
}

} // namespace

ExperiencePage::ExperiencePage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_summary(scaffold::textLabel(u"experienceSummary"_s, this))
    , m_sentiment(new BarChart(u"sentimentChart"_s, this))
    , m_themes(scaffold::textLabel(u"sentimentThemes"_s, this))
    , m_sentimentNote(scaffold::textLabel(u"sentimentNote"_s, this))
    , m_ethics(new IntervalChart(u"ethicsChart"_s, this))
    , m_ethicsNote(scaffold::textLabel(u"ethicsNote"_s, this))
    , m_content(new QWidget(this)) {
    setTone(m_summary, Tone::Secondary);
    setTone(m_themes, Tone::Secondary);
    setTone(m_sentimentNote, Tone::Secondary);
    setTone(m_ethicsNote, Tone::Secondary);
    m_ethics->setValueLimits(0.0, 100.0);

    // One column per instrument, each showing its charts or what is missing (the other is
    // hidden); the columns wrap under each other at large zoom.
    auto* grid = new TileGridLayout(nullptr, 360, kInstruments);
    grid->setSpacing(12);
    for (int i = 0; i < kInstruments; ++i) {
        const auto k = std::size_t(i);
        m_distribution[k] = new BarChart(u"distributionChart%1"_s.arg(i), this);
        m_groups[k] = new IntervalChart(u"groupChart%1"_s.arg(i), this);
        m_trend[k] = new LineChart(u"trendChart%1"_s.arg(i), this);
        m_notes[k] = scaffold::textLabel(u"instrumentNote%1"_s.arg(i), this);
        setTone(m_notes[k], Tone::Secondary);
        auto* groupBox = new QWidget(this);
        auto* groupLayout = new QVBoxLayout(groupBox);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        groupLayout->addWidget(m_groups[k], 1);
        groupLayout->addWidget(m_notes[k]);
        m_chartCards[k] =
            column({scaffold::card(m_distribution[k], this, 250),
                    scaffold::card(groupBox, this, 230), scaffold::card(m_trend[k], this, 240)},
                   this);
        auto* noteText = scaffold::textLabel(u"instrumentMissing%1"_s.arg(i), this);
        noteText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_noteCards[k] = scaffold::card(noteText, this);
        grid->addWidget(m_chartCards[k]);
        grid->addWidget(m_noteCards[k]);
    }

    auto* sentimentBox = new QWidget(this);
    auto* sentimentLayout = new QHBoxLayout(sentimentBox);
    sentimentLayout->setContentsMargins(0, 0, 0, 0);
    sentimentLayout->addWidget(m_sentiment, 3);
    auto* themeColumn = new QVBoxLayout;
    themeColumn->addWidget(m_sentimentNote);
    themeColumn->addWidget(m_themes);
    themeColumn->addStretch(1);
    sentimentLayout->addLayout(themeColumn, 2);

    auto* ethicsBox = new QWidget(this);
    auto* ethicsLayout = new QVBoxLayout(ethicsBox);
    ethicsLayout->setContentsMargins(0, 0, 0, 0);
    ethicsLayout->addWidget(m_ethics, 1);
    ethicsLayout->addWidget(m_ethicsNote);

    // The charts have a height; the cards grow with the texts beside and under them (zoom).
    zoom::minimumHeight(m_sentiment, 240);
    zoom::minimumHeight(m_ethics, 200);
    auto* bottom = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    bottom->setSpacing(12);
    bottom->addWidget(scaffold::titledCard(tr("Comment sentiment and the most frequent themes"),
                                           sentimentBox, this),
                      2);
    bottom->addWidget(scaffold::titledCard(tr("Personalization ethics score"), ethicsBox, this), 1);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    layout->addWidget(m_message);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(grid);
    contentLayout->addLayout(bottom);
    layout->addWidget(m_content);
    layout->addStretch(1);
}

void ExperiencePage::reload() {
    loadData<ExperienceData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import a survey "
           "export."),
        [](const QString& path, const PeriodFilter& filter) {
            return loadExperience(path, filter);
        },
        [this](const ExperienceData& data) { showData(data); });
}

void ExperiencePage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    m_content->setEnabled(!busy);
    if (busy)
        Q_EMIT statusMessage(tr("Computing the survey scores…"));
}

void ExperiencePage::showData(const ExperienceData& data) {
    m_data = data;
    const bool ok = data.error.isEmpty();
    m_message->setText(ok ? QString()
                          : tr("Customer experience: not available — %1").arg(data.error));
    m_message->setVisible(!ok);
    m_content->setVisible(ok);
    // Each instrument's charts, then the sentiment and ethics charts, in event-loop turns of
    // their own: a chart lays itself out and redraws its scene after taking its data.
    QList<std::function<void()>> steps;
    for (int i = 0; i < kInstruments; ++i)
        steps.append([this, i] {
            showInstrument(i, std::size_t(i) < m_data.instruments.size()
                                  ? m_data.instruments[std::size_t(i)]
                                  : ExperienceInstrument{});
        });
    steps.append([this] { showSentiment(m_data); });
    steps.append([this] { showEthics(m_data); });
    showInSteps(std::move(steps));
    if (!ok) {
        m_summary->clear();
        Q_EMIT statusMessage(tr("Customer experience: not available (see the page for why)."));
        return;
    }
    QString summary = tr("Survey answers dated %1 – %2. A respondent is personalized when their "
                         "email belongs to a customer exposed to personalization by the day they "
                         "answered; everyone else is generic. Bars are 95% intervals.")
                          .arg(displayLocale().toString(data.period.from, u"d MMM yyyy"_s),
                               displayLocale().toString(data.period.to, u"d MMM yyyy"_s));
    if (!data.hasRules)
        summary += tr(" <br>No personalization rule yet, so every respondent counts as generic.");
    if (data.undatedAnswers > 0)
        summary += tr(" %1 answers have no date and count in no period.")
                       .arg(formatCount(data.undatedAnswers));
    m_summary->setText(summary);
    Q_EMIT periodResolved(data.period, data.period.previous());
    Q_EMIT statusMessage(tr("Customer experience for %1 – %2.")
                             .arg(displayLocale().toString(data.period.from, u"d MMM yyyy"_s),
                                  displayLocale().toString(data.period.to, u"d MMM yyyy"_s)));
}

void ExperiencePage::showInstrument(int i, const ExperienceInstrument& inst) {
    const auto k = std::size_t(i);
    const PviResult& r = inst.result;
    const bool available = r.available && r.value.has_value();
    m_chartCards[k]->setVisible(available);
    m_noteCards[k]->setVisible(!available);
    if (auto* missing = m_noteCards[k]->findChild<QLabel*>()) {
        missing->setText(
            inst.id.isEmpty()
                ? QString()
                : tr("<b>%1 not available</b> — %2.").arg(inst.title, r.reason.toHtmlEscaped()));
    }

    // Answers per score, split by group when both groups answered.
    QStringList categories;
    std::map<double, const ScoreCount*> byScore;
    for (const ScoreCount& c : inst.distribution)
        byScore[c.score] = &c;
    QList<double> all, personalized, generic;
    for (double score : scoreCategories(inst.id, inst.distribution)) {
        categories.append(scoreLabel(score));
        const auto it = byScore.find(score);
        all.append(it == byScore.end() ? 0.0 : double(it->second->all));
        personalized.append(it == byScore.end() ? 0.0 : double(it->second->personalized));
        generic.append(it == byScore.end() ? 0.0 : double(it->second->control));
    }
    const bool split = inst.groups.personalized.n > 0 && inst.groups.generic.n > 0;
    QList<BarSetData> sets;
    if (split)
        sets = {
            {tr("Personalized"), personalized, palette::audience(palette::Audience::Personalized)},
            {tr("Generic"), generic, palette::audience(palette::Audience::Generic)}};
    else
        sets = {{tr("Answers"), all, palette::primary()}};
    const QString title = available
                              ? tr("%1 %2 (n = %3): answers per score")
                                    .arg(inst.title, scoreText(inst.id, *r.value), formatCount(r.n))
                              : inst.title;
    m_distribution[k]->setData(title, categories, sets, tr("answers"));

    m_groups[k]->setValueLimits(inst.scaleMin, inst.scaleMax);
    m_groups[k]->setData(tr("%1: personalized vs generic").arg(inst.title),
                         groupPoints(inst.groups), axisTitle(inst.id));
    m_notes[k]->setText(splitText(r, inst.id));

    QStringList months;
    const double none = std::numeric_limits<double>::quiet_NaN();
    QList<double> trendAll, trendPersonalized, trendGeneric;
    bool anyGroup = false;
    for (const MonthlyScore& m : inst.trend) {
        months.append(
            displayLocale().toString(m.month, u"MMM"_s)); // the chart's title says which year
        trendAll.append(m.all.value.value_or(none));
        trendPersonalized.append(m.personalized.value.value_or(none));
        trendGeneric.append(m.control.value.value_or(none));
        anyGroup = anyGroup || (m.personalized.n > 0 && m.control.n > 0);
    }
    QList<LineSeriesData> lines = {
        {tr("All customers"), trendAll, palette::audience(palette::Audience::AllCustomers), false}};
    if (anyGroup && split) {
        lines.append(LineSeriesData{tr("Personalized"), trendPersonalized,
                                    palette::audience(palette::Audience::Personalized), false});
        lines.append(LineSeriesData{tr("Generic"), trendGeneric,
                                    palette::audience(palette::Audience::Generic), false});
    }
    m_trend[k]->setAxisLimits(false, inst.scaleMin, inst.scaleMax);
    const QString span =
        inst.trend.empty()
            ? QString()
            : u", %1 – %2"_s.arg(displayLocale().toString(inst.trend.front().month, u"MMM yyyy"_s),
                                 displayLocale().toString(inst.trend.back().month, u"MMM yyyy"_s));
    m_trend[k]->setData(tr("%1 by month%2").arg(inst.title, span), months, lines,
                        axisTitle(inst.id));
}

void ExperiencePage::showSentiment(const ExperienceData& data) {
    const SentimentSummary& s = data.sentimentSummary;
    const PviResult& r = data.sentiment;
    QStringList classes;
    QList<double> all, personalized, generic;
    bool split = false;
    for (const SentimentClass& c : s.classes) {
        classes.append(c.name);
        all.append(c.sharePercent);
        personalized.append(c.personalized.value.value_or(0.0));
        generic.append(c.control.value.value_or(0.0));
        split = c.personalized.n > 0 && c.control.n > 0;
    }
    QList<BarSetData> sets = {
        {tr("All customers"), all, palette::audience(palette::Audience::AllCustomers)}};
    if (split) {
        sets.append(BarSetData{tr("Personalized"), personalized,
                               palette::audience(palette::Audience::Personalized)});
        sets.append(
            BarSetData{tr("Generic"), generic, palette::audience(palette::Audience::Generic)});
    }
    m_sentiment->setVisible(r.available);
    m_sentiment->setData(tr("Share of comments per sentiment"),
                         r.available ? classes : QStringList(), sets, tr("% of comments"));
    if (!r.available) {
        m_sentimentNote->setText(
            tr("<b>Comment sentiment not available</b> — %1.").arg(r.reason.toHtmlEscaped()));
        m_themes->clear();
        return;
    }
    const QLocale en = displayLocale();
    QString note = tr("%1 comments, mean sentiment score %2 (−1 to +1, bundled word list).")
                       .arg(formatCount(s.comments), en.toString(s.meanScore, 'f', 2));
    if (split && r.personalized.value && r.control.value)
        note += tr(" Personalized %1 (n = %2), generic %3 (n = %4)%5.")
                    .arg(en.toString(*r.personalized.value, 'f', 2), formatCount(r.personalized.n),
                         en.toString(*r.control.value, 'f', 2), formatCount(r.control.n),
                         r.pValue ? u", "_s + formatPValue(*r.pValue) : QString());
    m_sentimentNote->setText(note);
    QStringList lines;
    for (const SentimentClass& c : s.classes) {
        QStringList terms;
        for (const ThemeCount& t : c.themes)
            terms << u"%1 (%2)"_s.arg(t.term.toHtmlEscaped(), formatCount(t.comments));
        lines << u"<b>%1</b>: %2"_s.arg(c.name,
                                        terms.isEmpty() ? tr("no themes") : terms.join(u", "_s));
    }
    m_themes->setText(tr("Most frequent themes (comments using the word):<br>") +
                      lines.join(u"<br>"_s));
}

void ExperiencePage::showEthics(const ExperienceData& data) {
    const PviResult& r = data.ethics;
    m_ethics->setVisible(r.available);
    m_ethics->setData(
        r.available && r.value
            ? tr("Ethics score %1 of 100").arg(displayLocale().toString(*r.value, 'f', 1))
            : QString(),
        r.available ? groupPoints(data.ethicsGroups) : QList<IntervalPoint>(),
        tr("mean agreement, 0–100"));
    m_ethicsNote->setText(
        r.available ? tr("Mean of the answers to the questions marked as being about transparency, "
                         "control and fairness of personalization, on 0–100. ") +
                          splitText(r, u"ethics"_s)
                    : tr("<b>Not available</b> — %1.").arg(r.reason.toHtmlEscaped()));
}

} // namespace pvi
