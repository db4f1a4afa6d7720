#pragma once

#include "pages/experience_data.h"
#include "pages/page.h"

#include <array>

class QLabel;
class QProgressBar;

namespace pvi {

class BarChart;
class IntervalChart;
class LineChart;

/// The Customer experience page: for NPS, CSAT and CES the answers per score, personalized vs
/// generic with 95% intervals and the monthly trend; the sentiment of comments (share positive,
/// neutral, negative per group) with their most frequent themes; the personalization-ethics
/// score when questions are marked for it. Says what to import when there are no surveys.
/// Loads off the GUI thread.
class ExperiencePage : public Page {
    Q_OBJECT
public:
    /// The instruments' columns, in order.
    static constexpr int kInstruments = 3;

    ExperiencePage(const QString& id, const QString& title, QWidget* parent = nullptr);

    const ExperienceData& data() const { return m_data; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    BarChart* distributionChart(int i) const { return m_distribution[std::size_t(i)]; }
    IntervalChart* groupChart(int i) const { return m_groups[std::size_t(i)]; }
    LineChart* trendChart(int i) const { return m_trend[std::size_t(i)]; }
    QLabel* instrumentNote(int i) const { return m_notes[std::size_t(i)]; }
    BarChart* sentimentChart() const { return m_sentiment; }
    QLabel* themesLabel() const { return m_themes; }
    IntervalChart* ethicsChart() const { return m_ethics; }
    QLabel* ethicsNote() const { return m_ethicsNote; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const ExperienceData& data);
    void showInstrument(int i, const ExperienceInstrument& inst);
    void showSentiment(const ExperienceData& data);
    void showEthics(const ExperienceData& data);

    ExperienceData m_data;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_summary;
    std::array<BarChart*, kInstruments> m_distribution{};
    std::array<IntervalChart*, kInstruments> m_groups{};
    std::array<LineChart*, kInstruments> m_trend{};
    std::array<QLabel*, kInstruments> m_notes{};
    std::array<QWidget*, kInstruments> m_chartCards{};
    std::array<QWidget*, kInstruments> m_noteCards{};
    BarChart* m_sentiment;
    QLabel* m_themes;
    QLabel* m_sentimentNote;
    IntervalChart* m_ethics;
    QLabel* m_ethicsNote;
    QWidget* m_content;
};

} // namespace pvi
