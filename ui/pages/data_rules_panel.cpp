#include "pages/data_rules_panel.h"

#include "pages/data_panel_parts.h"
#include "pages/page_scaffold.h"
#include "pages/record_table_model.h"
#include "widgets/flow_layout.h"
#include "widgets/tone.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

DataRulesPanel::DataRulesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordTableModel({tr("Kind"), tr("Pattern"), tr("Matches"), tr("Added")}, this))
    , m_table(datapanel::recordTable(m_model, u"ruleTable"_s, tr("Personalization rules"), this))
    , m_kind(new QComboBox(this))
    , m_help(new QLabel(this))
    , m_pattern(new QLineEdit(this))
    , m_add(datapanel::button(tr("Add rule"), u"addRuleButton"_s, this))
    , m_remove(datapanel::button(tr("Remove rule"), u"removeRuleButton"_s, this))
    , m_message(datapanel::formMessage(u"ruleMessage"_s, this)) {
    m_kind->setObjectName(u"ruleKind"_s);
    for (const QString& kind : PersonalizationRules::kinds())
        m_kind->addItem(kind, kind);
    m_pattern->setObjectName(u"rulePattern"_s);
    m_pattern->setAccessibleName(tr("Rule pattern"));
    m_pattern->setPlaceholderText(DataRulesPanel::tr("pattern, e.g. vip"));
    m_help->setObjectName(u"ruleKindHelp"_s);
    m_help->setWordWrap(true);
    setTone(m_help, Tone::Muted);

    auto* intro = new QLabel(DataRulesPanel::tr("An order counts as personalized when a rule "
                                                "matches it. Rules apply to every page at once."),
                             this);
    intro->setWordWrap(true);
    setTone(intro, Tone::Secondary);

    // Each field beside its label, wrapping onto more lines in a narrow window or at large zoom.
    auto* form = new FlowLayout;
    form->setGaps(16, 8);
    form->addWidget(scaffold::labelled(DataRulesPanel::tr("Kind"), m_kind));
    form->addWidget(scaffold::labelled(DataRulesPanel::tr("Pattern"), m_pattern));
    form->addWidget(m_add);
    form->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_help);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DataRulesPanel::updateHelp);
    connect(m_pattern, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this,
            [this] { Q_EMIT addRequested(m_kind->currentData().toString(), m_pattern->text()); });
    datapanel::wireRemoveButton(m_remove, m_table, [this](const QVariant& key) {
        Q_EMIT removeRequested(key.toLongLong());
    });
    updateHelp();
}

void DataRulesPanel::setRules(const std::vector<PersonalizationRule>& rules) {
    QList<RecordRow> rows;
    for (const PersonalizationRule& r : rules) {
        const QString description = PersonalizationRules::describeKind(r.kind);
        rows.append({QVariant::fromValue(r.id),
                     {{r.kind, r.kind, description},
                      {r.pattern, r.pattern, {}},
                      {description, description, description},
                      {r.createdAt.left(10), r.createdAt, r.createdAt}}});
    }
    m_model->setRows(rows);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
}

void DataRulesPanel::showMessage(const QString& text, bool error) {
    datapanel::showFormMessage(m_message, text, error);
    if (!error)
        m_pattern->clear();
}

void DataRulesPanel::updateHelp() {
    m_help->setText(PersonalizationRules::describeKind(m_kind->currentData().toString()));
}

} // namespace pvi
