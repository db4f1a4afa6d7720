#include "pages/segments_page.h"

#include "charts/bar_chart.h"
#include "charts/chart_palette.h"
#include "pages/page_scaffold.h"
#include "pages/segment_summary.h"
#include "pages/segment_table_model.h"
#include "pages/segments_loader.h"
#include "pages/table_view.h"
#include "shell/background_load.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {} // namespace

SegmentsPage::SegmentsPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_summary(scaffold::textLabel(u"segmentSummary"_s, this))
    , m_customers(new BarChart(u"segmentCustomersChart"_s, this))
    , m_movement(new BarChart(u"segmentMovementChart"_s, this))
    , m_columns(new QComboBox(this))
    , m_segmentBy(new QComboBox(this))
    , m_groupLegend(new QLabel(tr("(P) personalized · (G) generic"), this))
    , m_model(new SegmentTableModel(this))
    , m_table(makeSortableTable(m_model, SegmentTableModel::RawValueRole, u"segmentTable"_s, this))
    , m_note(scaffold::textLabel(u"segmentNote"_s, this))
    , m_content(new QWidget(this)) {
    setTone(m_summary, Tone::Strong);
    setTone(m_note, Tone::Muted);
    m_table->setAccessibleName(tr("Segments of the period"));
    m_customers->setOrientation(Qt::Horizontal);
    m_movement->setOrientation(Qt::Horizontal);
    m_columns->setObjectName(u"segmentColumns"_s);
    m_columns->addItem(tr("All customers"), int(Columns::All));
    m_columns->addItem(tr("Personalized vs generic"), int(Columns::Split));
    m_columns->addItem(tr("All, personalized and generic"), int(Columns::Everything));
    // Elided in the box (the list shows the choices whole), so the table's header row fits
    // beside the navigation at large zoom.
    m_columns->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_columns->setMinimumContentsLength(18);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Columns as wide as their contents: a stretched last column would push its number far from
    // the others when few columns are shown.
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this] { showColumns(); });
    connect(m_columns, &QComboBox::activated, this, [this] { m_columnsChosen = true; });
    m_segmentBy->setObjectName(u"segmentBy"_s);
    m_segmentBy->addItem(tr("RFM segment"), u"rfm"_s);
    m_segmentBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_segmentBy, &QComboBox::activated, this, [this] {
        const QString by = m_segmentBy->currentData().toString();
        if (by != m_by) {
            m_by = by;
            reload();
        }
    });

    auto* charts = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    charts->setSpacing(12);
    charts->addWidget(scaffold::card(m_customers, this, 400), 1);
    charts->addWidget(scaffold::card(m_movement, this, 400), 1);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* tableHeader = new QHBoxLayout;
    auto* heading = new QLabel(tr("Segments of the period"), tableBox);
    heading->setObjectName(u"sectionHeading"_s);
    heading->setWordWrap(true); // the header fits beside the navigation at large zoom
    tableHeader->addWidget(heading);
    tableHeader->addStretch(1);
    setTone(m_groupLegend, Tone::Muted);
    m_groupLegend->setWordWrap(true);
    tableHeader->addWidget(m_groupLegend);
    tableHeader->addSpacing(12);
    tableHeader->addWidget(new QLabel(tr("Columns:"), tableBox));
    tableHeader->addWidget(m_columns);
    tableLayout->addLayout(tableHeader);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_note);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    auto* byRow = new QHBoxLayout;
    byRow->addWidget(new QLabel(tr("Segment by:"), this));
    byRow->addWidget(m_segmentBy);
    byRow->addStretch(1);
    layout->addLayout(byRow);
    layout->addWidget(m_message);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(charts);
    contentLayout->addWidget(scaffold::card(tableBox, this));
    layout->addWidget(m_content);
    layout->addStretch(1);
}

void SegmentsPage::reload() {
    loadData<SegmentsData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import an orders "
           "export."),
        [by = m_by](const QString& path, const PeriodFilter& f) {
            return loadSegments(path, f, by);
        },
        [this](const SegmentsData& data) { showData(data); });
}

void SegmentsPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    m_content->setEnabled(!busy);
    if (busy)
        Q_EMIT statusMessage(tr("Computing the segments…"));
}

void SegmentsPage::showData(const SegmentsData& data) {
    m_data = data;
    showDimensions(data);
    const SegmentReport& report = data.report;
    const bool ok = data.error.isEmpty() && report.available;
    QString message = data.error;
    if (message.isEmpty() && data.empty)
        message = tr("This workspace has no orders yet: drop a Shopify orders export onto the "
                     "window or use File › Import…");
    else if (message.isEmpty() && !ok)
        message = tr("Not available — %1.").arg(report.reason);
    m_message->setText(message);
    m_message->setVisible(!ok);
    m_content->setVisible(ok);
    if (data.period.isValid())
        Q_EMIT periodResolved(data.period, data.comparison);

    m_model->setReport(ok ? report : SegmentReport{}, data.currency);
    const bool split = ok && report.splitReason.isEmpty();
    m_columns->setEnabled(split);
    if (!split)
        m_columns->setCurrentIndex(0);
    else if (!m_columnsChosen)
        m_columns->setCurrentIndex(int(Columns::Split));
    showColumns();
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    // Each chart in an event-loop turn of its own (it lays itself out and redraws its scene
    // after taking its data); `loaded()` follows the second.
    showInSteps({[this, ok] { showCharts(ok ? m_data : SegmentsData{}, Chart::Customers); },
                 [this, ok] { showCharts(ok ? m_data : SegmentsData{}, Chart::Movement); }});
    if (!ok) {
        m_summary->clear();
        Q_EMIT statusMessage(tr("Segments are not available."));
        return;
    }
    m_summary->setText(
        u"<b>%1</b> · %2"_s.arg(formatDayRange(data.period.from, data.period.to).toHtmlEscaped(),
                                segmentSummary(report).toHtmlEscaped()));
    QString note = dimensionNote(data);
    note += tr(" Customers, share, repeat rate, revenue per customer and AOV use the segments on "
               "%1 (the period's last day); growth and retention compare with the segments of %2: "
               "retention = of a segment's customers active then, the share still active on %1 (a "
               "reactivated customer counts, so it can exceed what churn suggests). CLV = AOV × "
               "purchase frequency × lifespan from the 12 months ending %1. — means no value: most "
               "often none of the segment's customers ordered in the period. Hover a cell for its "
               "n, a heading for its formula.")
                .arg(formatDay(data.period.to), formatDay(data.period.from.addDays(-1)));
    note += split ? tr(" Personalized = exposed by the period's end (AOV: personalized orders); "
                       "the groups are self-selected, so a difference is not proof of cause.")
                  : tr(" Not split personalized vs generic: %1.").arg(report.splitReason);
    m_note->setText(note);
    Q_EMIT statusMessage(
        tr("Segments computed for %2, by %1.")
            .arg(report.dimensionTitle, formatDayRange(data.period.from, data.period.to)));
}

void SegmentsPage::showDimensions(const SegmentsData& data) {
    if (data.dimensions.empty())
        return;
    m_segmentBy->clear();
    for (const SegmentLabel& dimension : data.dimensions)
        m_segmentBy->addItem(dimension.name, dimension.id);
    const int current = m_segmentBy->findData(m_by);
    m_segmentBy->setCurrentIndex(std::max(current, 0));
}

QString SegmentsPage::dimensionNote(const SegmentsData& data) const {
    const SegmentReport& report = data.report;
    if (report.dimensionId == u"rfm")
        return tr("Segments are RFM scores (quintiles of recency, frequency and money spent over "
                  "every valid order up to the day) mapped to eleven named groups (on its last "
                  "day, recent buyers are in the top recency segments).");
    if (report.dimensionId.startsWith(u"rule:"))
        return tr("The segment is the customers the saved rule matches on the day (spend, orders "
                  "and RFM scores as of that day); Others are the rest.");
    return tr("Segments are the customers' %1 (customers with a valid order by the day); a "
              "customer in two segments counts in each, and shares are of the customers in at "
              "least one.")
        .arg(report.dimensionTitle.toLower());
}

void SegmentsPage::showCharts(const SegmentsData& data, Chart chart) {
    const SegmentReport& report = data.report;
    QStringList names;
    QList<double> all, personalized, generic, atStart;
    for (const SegmentReportRow& row : report.rows) {
        names.append(row.name);
        all.append(double(row.members.n));
        personalized.append(double(row.members.personalized.n));
        generic.append(double(row.members.control.n));
        atStart.append(double(row.membersAtStart));
    }
    // Whole customers on the axis; a scale of a few customers needs a decimal to tell its ticks
    // apart.
    qint64 most = 0;
    for (const SegmentReportRow& row : report.rows)
        most = std::max({most, row.members.n, row.membersAtStart});
    const QString format = most < 5 ? u"%.1f"_s : u"%.0f"_s;
    const QString end = data.period.isValid() ? formatDay(data.period.to) : QString();
    const QString start =
        data.period.isValid() ? formatDay(data.period.from.addDays(-1)) : QString();
    if (chart == Chart::Movement)
        m_movement->setData(tr("Customers per segment: start vs end of the period"), names,
                            {{tr("On %1").arg(start), atStart, palette::series(1)},
                             {tr("On %1").arg(end), all, palette::primary()}},
                            tr("customers"), format);
    else if (report.splitReason.isEmpty())
        m_customers->setData(
            tr("Customers per segment on %1").arg(end), names,
            {{tr("Personalized"), personalized, palette::audience(palette::Audience::Personalized)},
             {tr("Generic"), generic, palette::audience(palette::Audience::Generic)}},
            tr("customers"), format);
    else
        m_customers->setData(
            tr("Customers per segment on %1").arg(end), names,
            {{tr("All customers"), all, palette::audience(palette::Audience::AllCustomers)}},
            tr("customers"), format);
}

void SegmentsPage::showColumns() {
    const auto shown = Columns(m_columns->currentData().toInt());
    for (int column = 0; column < SegmentTableModel::ColumnCount; ++column) {
        const SegmentTableModel::Group group = SegmentTableModel::columnGroup(column);
        bool visible = true;
        if (shown == Columns::All)
            visible = group == SegmentTableModel::Group::All;
        else if (shown == Columns::Split)
            visible = (group != SegmentTableModel::Group::All &&
                       column > SegmentTableModel::CustomersGeneric) ||
                      column == SegmentTableModel::Segment;
        m_table->setColumnHidden(column, !visible);
    }
    m_groupLegend->setVisible(shown != Columns::All);
    m_table->resizeColumnsToContents();
    // Tall enough for every segment: the page scrolls, not the table.
    const int rows = std::max(1, m_model->rowCount());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth() +
                            m_table->horizontalScrollBar()->sizeHint().height());
}

} // namespace pvi
