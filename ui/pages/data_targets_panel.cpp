#include "pages/data_targets_panel.h"

#include "pages/data_panel_parts.h"
#include "pages/page_scaffold.h"
#include "pages/record_table_model.h"
#include "pvi/engine/pvi_registry.h"
#include "widgets/flow_layout.h"
#include "widgets/pvi_text.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

using Direction = PviDefinition::Direction;

QString directionText(Direction d) {
    switch (d) {
    case Direction::HigherIsBetter:
        return DataTargetsPanel::tr("higher is better");
    case Direction::LowerIsBetter:
        return DataTargetsPanel::tr("lower is better");
    case Direction::Neutral:
        break;
    }
    return DataTargetsPanel::tr("neutral (judged as higher is better)");
}

QString statusText(TargetStatus s) {
    switch (s) {
    case TargetStatus::OnTrack:
        return DataTargetsPanel::tr("✔ on track");
    case TargetStatus::Watch:
        return DataTargetsPanel::tr("● watch");
    case TargetStatus::OffTrack:
        return DataTargetsPanel::tr("✖ off track");
    case TargetStatus::NotAvailable:
        break;
    }
    return DataTargetsPanel::tr("– no value");
}

QString number(double v) {
    return displayLocale().toString(v, 'g', 8);
}

/// A bound as it was entered, or the measured value rounded to 2 decimals (`measured`).
RecordCell optionalCell(const std::optional<double>& v, bool measured = false) {
    if (!v)
        return {u"–"_s, QVariant(), {}};
    return {measured ? displayLocale().toString(*v, 'f', 2) : number(*v), *v, {}};
}

QLineEdit* numberEdit(const QString& objectName, const QString& placeholder, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumWidth(130);
    return edit;
}

/// The number in `edit` (C locale, decimal point); none when empty; false when not a number.
bool readNumber(const QLineEdit* edit, std::optional<double>& value) {
    const QString text = edit->text().trimmed();
    value.reset();
    if (text.isEmpty())
        return true;
    bool ok = false;
    // In the display locale ("75,5" in French), or with a point whatever the locale.
    double v = displayLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (ok)
        value = v;
    return ok;
}

} // namespace

DataTargetsPanel::DataTargetsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(
          new RecordTableModel({tr("PVI"), tr("Direction"), tr("Target"), tr("Alert low"),
                                tr("Alert high"), tr("Value in the filter's period"), tr("Status")},
                               this))
    , m_table(datapanel::recordTable(m_model, u"targetTable"_s, tr("Targets"), this))
    , m_pvi(new QComboBox(this))
    , m_direction(new QLabel(this))
    , m_target(numberEdit(u"targetValue"_s, tr("e.g. 75"), this))
    , m_alertLow(numberEdit(u"targetAlertLow"_s, tr("optional"), this))
    , m_alertHigh(numberEdit(u"targetAlertHigh"_s, tr("optional"), this))
    , m_save(datapanel::button(tr("Save target"), u"saveTargetButton"_s, this))
    , m_remove(datapanel::button(tr("Remove target"), u"removeTargetButton"_s, this))
    , m_message(datapanel::formMessage(u"targetMessage"_s, this)) {
    m_pvi->setObjectName(u"targetPvi"_s);
    for (const PviDefinition& d : PviRegistry::definitions())
        m_pvi->addItem(u"%1 (%2)"_s.arg(translated(d).title, d.id), d.id);
    m_pvi->setMaxVisibleItems(20);
    // Long PVI titles are elided in the box (the list shows them whole), so the form fits the
    // window at large zoom.
    m_pvi->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pvi->setMinimumContentsLength(28);
    m_direction->setObjectName(u"targetDirection"_s);
    m_direction->setWordWrap(true);
    setTone(m_direction, Tone::Muted);

    auto* intro = new QLabel(
        DataTargetsPanel::tr("A target makes a PVI's tile show whether it is on track. Values "
                             "are in the PVI's unit (percentages as 0–100). Without an alert "
                             "bound, a PVI more than 10% short of its target is off track."),
        this);
    intro->setWordWrap(true);
    setTone(intro, Tone::Secondary);

    // Each field beside its label, wrapping onto more lines in a narrow window or at large zoom.
    auto* form = new FlowLayout;
    form->setGaps(16, 8);
    form->addWidget(scaffold::labelled(DataTargetsPanel::tr("PVI"), m_pvi));
    form->addWidget(m_direction);
    form->addWidget(scaffold::labelled(DataTargetsPanel::tr("Target"), m_target));
    form->addWidget(scaffold::labelled(DataTargetsPanel::tr("Alert low"), m_alertLow));
    form->addWidget(scaffold::labelled(DataTargetsPanel::tr("Alert high"), m_alertHigh));
    form->addWidget(m_save);
    form->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_pvi, &QComboBox::currentIndexChanged, this, &DataTargetsPanel::updateDirection);
    connect(m_save, &QPushButton::clicked, this, &DataTargetsPanel::submit);
    connect(m_target, &QLineEdit::returnPressed, this, &DataTargetsPanel::submit);
    datapanel::wireRemoveButton(
        m_remove, m_table, [this](const QVariant& key) { Q_EMIT removeRequested(key.toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataTargetsPanel::loadSelected);
    updateDirection();
}

void DataTargetsPanel::setTargets(const std::vector<DataTargetRow>& targets) {
    m_targets = targets;
    QList<RecordRow> rows;
    for (const DataTargetRow& t : targets) {
        const QString status = statusText(t.assessment.status);
        rows.append({t.target.pviId,
                     {{t.title, t.title, t.target.pviId},
                      {directionText(t.direction), directionText(t.direction), {}},
                      {number(t.target.bounds.target), t.target.bounds.target, {}},
                      optionalCell(t.target.bounds.alertLow),
                      optionalCell(t.target.bounds.alertHigh),
                      optionalCell(t.value, true),
                      {status, int(t.assessment.status), t.assessment.reason}}});
    }
    m_model->setRows(rows);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
}

void DataTargetsPanel::showMessage(const QString& text, bool error) {
    datapanel::showFormMessage(m_message, text, error);
}

void DataTargetsPanel::submit() {
    std::optional<double> target;
    std::optional<double> low;
    std::optional<double> high;
    if (!readNumber(m_target, target) || !target) {
        showMessage(tr("Enter the target as a number, e.g. 75 or 0.25."), true);
        return;
    }
    if (!readNumber(m_alertLow, low) || !readNumber(m_alertHigh, high)) {
        showMessage(tr("An alert bound must be a number (or left empty)."), true);
        return;
    }
    Q_EMIT saveRequested({m_pvi->currentData().toString(), {*target, low, high}});
}

void DataTargetsPanel::loadSelected() {
    const QVariant key = datapanel::selectedKey(m_table);
    const auto found =
        std::find_if(m_targets.begin(), m_targets.end(),
                     [&](const DataTargetRow& t) { return t.target.pviId == key.toString(); });
    if (!key.isValid() || found == m_targets.end())
        return;
    const int index = m_pvi->findData(found->target.pviId);
    if (index >= 0)
        m_pvi->setCurrentIndex(index);
    const TargetBounds& b = found->target.bounds;
    m_target->setText(number(b.target));
    m_alertLow->setText(b.alertLow ? number(*b.alertLow) : QString());
    m_alertHigh->setText(b.alertHigh ? number(*b.alertHigh) : QString());
}

void DataTargetsPanel::updateDirection() {
    const PviDefinition* d = PviRegistry::find(m_pvi->currentData().toString());
    m_direction->setText(
        d ? tr("Direction: %1; unit: %2").arg(directionText(d->direction), pviUnitName(d->unit))
          : QString());
    m_pvi->setToolTip(d ? translated(*d).explanation : QString());
}

} // namespace pvi
