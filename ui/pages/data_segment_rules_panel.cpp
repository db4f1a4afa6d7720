#include "pages/data_segment_rules_panel.h"

#include "pages/data_panel_parts.h"
#include "pages/page_scaffold.h"
#include "pages/record_table_model.h"
#include "widgets/flow_layout.h"
#include "widgets/tone.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

DataSegmentRulesPanel::DataSegmentRulesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordTableModel({tr("Name"), tr("Rule")}, this))
    , m_table(datapanel::recordTable(m_model, u"segmentRuleTable"_s, tr("Segment rules"), this))
    , m_name(new QLineEdit(this))
    , m_rule(new QLineEdit(this))
    , m_save(datapanel::button(tr("Save segment"), u"saveSegmentRuleButton"_s, this))
    , m_remove(datapanel::button(tr("Remove segment"), u"removeSegmentRuleButton"_s, this))
    , m_message(datapanel::formMessage(u"segmentRuleMessage"_s, this)) {
    m_name->setObjectName(u"segmentRuleName"_s);
    m_name->setPlaceholderText(DataSegmentRulesPanel::tr("name, e.g. big spenders"));
    m_name->setAccessibleName(DataSegmentRulesPanel::tr("Segment name"));
    m_rule->setObjectName(u"segmentRuleText"_s);
    m_rule->setPlaceholderText(DataSegmentRulesPanel::tr("spend_last_90d > 200 AND consent = yes"));
    m_rule->setAccessibleName(DataSegmentRulesPanel::tr("Segment rule"));

    auto* intro = new QLabel(
        DataSegmentRulesPanel::tr(
            "A segment you define: the customers a rule matches on each day. Saved segments appear "
            "on the Segments page under Segment by, and in pvi segments --by rule:NAME."),
        this);
    intro->setWordWrap(true);
    setTone(intro, Tone::Secondary);
    auto* help = new QLabel(
        DataSegmentRulesPanel::tr(
            "Fields: spend, orders, spend_last_90d (any N days), orders_last_30d, recency (days "
            "since the last order), r, f, m (RFM scores 1–5), last_order, first_order "
            "(YYYY-MM-DD), tag, customer_tag, order_tag, country, region, list, email_group, "
            "survey, consent and exposed (yes/no); compared with =, !=, <, <=, >, >=; joined with "
            "AND, OR, NOT and parentheses. Text with spaces goes in quotes."),
        this);
    help->setObjectName(u"segmentRuleHelp"_s);
    help->setWordWrap(true);
    setTone(help, Tone::Muted);

    // Each field beside its label, wrapping onto more lines in a narrow window or at large zoom.
    auto* form = new FlowLayout;
    form->setGaps(16, 8);
    form->addWidget(scaffold::labelled(DataSegmentRulesPanel::tr("Name"), m_name));
    form->addWidget(scaffold::labelled(DataSegmentRulesPanel::tr("Rule"), m_rule));
    form->addWidget(m_save);
    form->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_rule, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this,
            [this] { Q_EMIT saveRequested(m_name->text().trimmed(), m_rule->text().trimmed()); });
    datapanel::wireRemoveButton(
        m_remove, m_table, [this](const QVariant& key) { Q_EMIT removeRequested(key.toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataSegmentRulesPanel::editSelected);
}

void DataSegmentRulesPanel::setRules(const std::vector<SavedSegmentRule>& rules) {
    QList<RecordRow> rows;
    for (const SavedSegmentRule& r : rules)
        rows.append({r.name, {{r.name, r.name, {}}, {r.rule, r.rule, r.rule}}});
    m_model->setRows(rows);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
}

void DataSegmentRulesPanel::showMessage(const QString& text, bool error) {
    datapanel::showFormMessage(m_message, text, error);
    if (!error) {
        m_name->clear();
        m_rule->clear();
    }
}

void DataSegmentRulesPanel::editSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst().row();
    m_name->setText(m_model->index(row, 0).data().toString());
    m_rule->setText(m_model->index(row, 1).data().toString());
}

} // namespace pvi
