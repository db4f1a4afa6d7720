#include "pages/experiment_form_dialog.h"

#include "widgets/tone.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString cellText(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

/// A whole count typed in a cell; -1 when it is not one (the check then names the arm).
std::int64_t countIn(const QTableWidget* table, int row, int column, QStringList& problems) {
    const QString text = cellText(table, row, column);
    bool ok = false;
    const qlonglong value = QLocale::c().toLongLong(QString(text).remove(u','), &ok);
    if (!ok) {
        problems << pvi::ExperimentFormDialog::tr("Arm '%1': %2 must be a whole number, not '%3'.")
                        .arg(cellText(table, row, ExperimentFormDialog::ArmName),
                             table->horizontalHeaderItem(column)->text().toLower(), text);
        return -1;
    }
    return value;
}

std::optional<double> amountIn(const QTableWidget* table, int row, int column,
                               QStringList& problems) {
    const QString text = cellText(table, row, column);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(QString(text).remove(u','), &ok);
    if (!ok) {
        problems << ExperimentFormDialog::tr("Arm '%1': %2 must be a number, not '%3'.")
                        .arg(cellText(table, row, ExperimentFormDialog::ArmName),
                             table->horizontalHeaderItem(column)->text().toLower(), text);
        return std::nullopt;
    }
    return value;
}

} // namespace

ExperimentFormDialog::ExperimentFormDialog(const QStringList& existingNames, QWidget* parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_arms(new QTableWidget(0, ArmColumnCount, this))
    , m_share(new QDoubleSpinBox(this))
    , m_hasStart(new QCheckBox(tr("Started on"), this))
    , m_start(new QDateEdit(QDate::currentDate(), this))
    , m_hasEnd(new QCheckBox(tr("Ended on"), this))
    , m_end(new QDateEdit(QDate::currentDate(), this))
    , m_problems(new QLabel(this))
    , m_save(nullptr) {
    setObjectName(u"experimentForm"_s);
    setWindowTitle(tr("Add experiment"));
    m_name->setObjectName(u"experimentName"_s);
    m_name->setPlaceholderText(tr("e.g. homepage-recommendations"));

    m_arms->setObjectName(u"armTable"_s);
    m_arms->setHorizontalHeaderLabels({tr("Arm"), tr("Visitors"), tr("Conversions"),
                                       tr("Revenue sum"), tr("Revenue sum of squares"),
                                       tr("Control")});
    m_arms->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {RevenueSumSquares, Control})
        m_arms->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_arms->verticalHeader()->hide();
    m_arms->setMinimumHeight(150);
    connect(m_arms, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == Control && item->checkState() == Qt::Checked)
            setControlRow(item->row());
    });
    setControlRow(addArm(u"control"_s));
    addArm(u"treatment"_s);

    auto* addButton = new QPushButton(tr("Add arm"), this);
    addButton->setObjectName(u"addArm"_s);
    connect(addButton, &QPushButton::clicked, this, [this] { addArm(); });
    auto* removeButton = new QPushButton(tr("Remove arm"), this);
    removeButton->setObjectName(u"removeArm"_s);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_arms->rowCount() > 0)
            m_arms->removeRow(m_arms->currentRow() >= 0 ? m_arms->currentRow()
                                                        : m_arms->rowCount() - 1);
    });
    auto* armButtons = new QHBoxLayout;
    armButtons->addWidget(addButton);
    armButtons->addWidget(removeButton);
    armButtons->addStretch(1);

    m_share->setObjectName(u"plannedControlShare"_s);
    m_share->setRange(0.0, 100.0);
    m_share->setDecimals(1);
    m_share->setSuffix(u" %"_s);
    m_share->setValue(50.0);
    m_share->setToolTip(
        tr("The share of visitors the test was meant to send to the control arm; the other arms "
           "share the rest equally. Used by the sample-ratio check."));
    for (QDateEdit* date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
        date->setEnabled(false);
    }
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QDateEdit::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QDateEdit::setEnabled);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_hasStart);
    dates->addWidget(m_start);
    dates->addSpacing(16);
    dates->addWidget(m_hasEnd);
    dates->addWidget(m_end);
    dates->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Planned control share"), m_share);
    form->addRow(tr("Dates"), dates);

    auto* hint = new QLabel(tr("One row per arm. Revenue columns are optional (both or neither): "
                               "the sum of revenue over the arm's visitors and the sum of each "
                               "visitor's revenue squared, for the revenue-per-visitor test."),
                            this);
    hint->setWordWrap(true);
    setTone(hint, Tone::Muted);

    m_problems->setObjectName(u"formProblems"_s);
    m_problems->setWordWrap(true);
    setTone(m_problems, Tone::Alert);
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(m_save, &QPushButton::clicked, this, &ExperimentFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_arms, 1);
    layout->addLayout(armButtons);
    layout->addWidget(hint);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(760, 440);
}

int ExperimentFormDialog::addArm(const QString& name) {
    const QSignalBlocker block(m_arms);
    const int row = m_arms->rowCount();
    m_arms->insertRow(row);
    m_arms->setItem(row, ArmName,
                    new QTableWidgetItem(name.isEmpty() ? u"arm %1"_s.arg(row + 1) : name));
    for (int column : {Visitors, Conversions, RevenueSum, RevenueSumSquares})
        m_arms->setItem(row, column, new QTableWidgetItem);
    auto* control = new QTableWidgetItem;
    control->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    control->setCheckState(Qt::Unchecked);
    m_arms->setItem(row, Control, control);
    return row;
}

void ExperimentFormDialog::setControlRow(int row) {
    const QSignalBlocker block(m_arms);
    for (int r = 0; r < m_arms->rowCount(); ++r) {
        if (QTableWidgetItem* item = m_arms->item(r, Control))
            item->setCheckState(r == row ? Qt::Checked : Qt::Unchecked);
    }
}

ExperimentEntry ExperimentFormDialog::entry() const {
    ExperimentEntry e;
    e.name = m_name->text();
    e.plannedControlShare = m_share->value() / 100.0;
    if (m_hasStart->isChecked())
        e.startedOn = m_start->date();
    if (m_hasEnd->isChecked())
        e.endedOn = m_end->date();
    e.existingNames = m_existingNames;
    QStringList ignored;
    for (int row = 0; row < m_arms->rowCount(); ++row) {
        ArmEntry arm;
        arm.name = cellText(m_arms, row, ArmName);
        arm.visitors = countIn(m_arms, row, Visitors, ignored);
        arm.conversions = countIn(m_arms, row, Conversions, ignored);
        arm.revenueSum = amountIn(m_arms, row, RevenueSum, ignored);
        arm.revenueSumSquares = amountIn(m_arms, row, RevenueSumSquares, ignored);
        const QTableWidgetItem* control = m_arms->item(row, Control);
        arm.isControl = control && control->checkState() == Qt::Checked;
        e.arms.push_back(arm);
    }
    return e;
}

void ExperimentFormDialog::save() {
    // Numbers that cannot be read are named first; the entry check then covers the rest.
    QStringList problems;
    for (int row = 0; row < m_arms->rowCount(); ++row) {
        countIn(m_arms, row, Visitors, problems);
        countIn(m_arms, row, Conversions, problems);
        amountIn(m_arms, row, RevenueSum, problems);
        amountIn(m_arms, row, RevenueSumSquares, problems);
    }
    ExperimentEntryCheck check = checkExperimentEntry(entry());
    if (problems.isEmpty() && check.ok()) {
        m_experiment = std::move(*check.experiment);
        m_problems->hide();
        accept();
        return;
    }
    // An arm with an unreadable number is named once, for that number only.
    QStringList unreadable;
    for (const QString& problem : std::as_const(problems))
        unreadable << problem.section(u':', 0, 0) + u':';
    for (const QString& problem : std::as_const(check.problems)) {
        if (!unreadable.contains(problem.section(u':', 0, 0) + u':'))
            problems << problem;
    }
    problems.removeDuplicates();
    m_problems->setText(tr("Please fix before saving:\n• %1").arg(problems.join(u"\n• "_s)));
    m_problems->show();
}

} // namespace pvi
