#include "pages/data_costs_panel.h"

#include "pages/data_panel_parts.h"
#include "pages/page_scaffold.h"
#include "pages/record_table_model.h"
#include "widgets/flow_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QDateEdit* dateEdit(const QString& objectName, const QDate& date, QWidget* parent) {
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

/// The amount typed by the user: "1234.5", "1,234.50" or "1 234,50"; none when not a number.
std::optional<double> parseAmount(QString text) {
    text.remove(QChar(u' '));
    text.remove(QChar(0x00A0));
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = displayLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale(QLocale::German).toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

DataCostsPanel::DataCostsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordTableModel({tr("Period start"), tr("Period end"), tr("Channel"),
                                    tr("Category"), tr("Amount"), tr("Origin"), tr("Note")},
                                   this))
    , m_table(datapanel::recordTable(m_model, u"costTable"_s, tr("Costs"), this))
    , m_start(dateEdit(u"costStart"_s,
                       QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), this))
    , m_end(dateEdit(u"costEnd"_s, m_start->date().addMonths(1).addDays(-1), this))
    , m_channel(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_add(datapanel::button(tr("Add cost"), u"addCostButton"_s, this))
    , m_remove(datapanel::button(tr("Remove cost"), u"removeCostButton"_s, this))
    , m_message(datapanel::formMessage(u"costMessage"_s, this))
    , m_total(new QLabel(this)) {
    m_channel->setObjectName(u"costChannel"_s);
    m_channel->setPlaceholderText(DataCostsPanel::tr("e.g. email"));
    m_category->setObjectName(u"costCategory"_s);
    for (const QString& category : costCategories())
        m_category->addItem(category, category);
    m_amount->setObjectName(u"costAmount"_s);
    m_amount->setPlaceholderText(DataCostsPanel::tr("e.g. 250.00"));
    m_note->setObjectName(u"costNote"_s);
    m_note->setPlaceholderText(DataCostsPanel::tr("optional"));
    m_total->setObjectName(u"costTotal"_s);
    m_total->setWordWrap(true);
    setTone(m_total, Tone::Secondary);

    // Each field beside its label, wrapping onto more lines in a narrow window or at large zoom.
    auto* form = new FlowLayout;
    form->setGaps(16, 8);
    form->addWidget(scaffold::labelled(DataCostsPanel::tr("From"), m_start));
    form->addWidget(scaffold::labelled(DataCostsPanel::tr("To"), m_end));
    form->addWidget(scaffold::labelled(DataCostsPanel::tr("Channel"), m_channel));
    form->addWidget(scaffold::labelled(DataCostsPanel::tr("Category"), m_category));
    form->addWidget(scaffold::labelled(DataCostsPanel::tr("Amount"), m_amount));
    form->addWidget(scaffold::labelled(DataCostsPanel::tr("Note"), m_note));
    form->addWidget(m_add);
    form->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_total);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &DataCostsPanel::submit);
    connect(m_amount, &QLineEdit::returnPressed, this, &DataCostsPanel::submit);
    datapanel::wireRemoveButton(m_remove, m_table, [this](const QVariant& key) {
        Q_EMIT removeRequested(key.toLongLong());
    });
}

void DataCostsPanel::setCosts(const std::vector<CostRow>& costs) {
    const QLocale en = displayLocale();
    QList<RecordRow> rows;
    double personalization = 0;
    double acquisition = 0;
    for (const CostRow& c : costs) {
        const QString start = c.periodStart.toString(Qt::ISODate);
        const QString end = c.periodEnd.toString(Qt::ISODate);
        const QString origin = c.batchId ? tr("imported") : tr("by hand");
        rows.append({QVariant::fromValue(qlonglong(c.id)),
                     {{start, start, {}},
                      {end, end, {}},
                      {c.channel, c.channel, {}},
                      {c.category, c.category, {}},
                      {en.toString(c.amount, 'f', 2), c.amount, {}},
                      {origin, origin, {}},
                      {c.note, c.note, c.note}}});
        if (c.category == u"personalization")
            personalization += c.amount;
        else if (c.category == u"acquisition")
            acquisition += c.amount;
    }
    m_model->setRows(rows);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
    m_total->setText(
        costs.empty()
            ? tr("No costs yet. Import a costs CSV or add a cost here; the cost and return PVIs "
                 "prorate each cost over the days of its period.")
            : tr("%1 cost rows: %2 personalization, %3 acquisition in total. The cost and return "
                 "PVIs prorate each cost over the days of its period.")
                  .arg(costs.size())
                  .arg(en.toString(personalization, 'f', 2), en.toString(acquisition, 'f', 2)));
}

void DataCostsPanel::showMessage(const QString& text, bool error) {
    datapanel::showFormMessage(m_message, text, error);
    if (!error) {
        m_amount->clear();
        m_note->clear();
    }
}

void DataCostsPanel::submit() {
    const std::optional<double> amount = parseAmount(m_amount->text());
    if (!amount) {
        showMessage(tr("Enter the amount as a number, e.g. 250 or 1,234.50."), true);
        return;
    }
    CostRow row;
    row.periodStart = m_start->date();
    row.periodEnd = m_end->date();
    row.channel = m_channel->text();
    row.category = m_category->currentData().toString();
    row.amount = *amount;
    row.note = m_note->text();
    Q_EMIT addRequested(row);
}

} // namespace pvi
