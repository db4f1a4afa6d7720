#include "shell/start_page.h"

#include "charts/zoom.h"
#include "shell/recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// A push button sized by the labels its layout holds rather than by its own (empty) text, so
/// the description under the action can wrap at large zoom.
class LaidOutButton : public QPushButton {
public:
    using QPushButton::QPushButton;
    QSize sizeHint() const override { return layout()->totalSizeHint(); }
    QSize minimumSizeHint() const override { return layout()->totalMinimumSize(); }
};

/// A large button: its action in bold, and a line under it saying what it does.
QPushButton* startButton(const QString& text, const QString& description, const QString& name,
                         QWidget* parent) {
    auto* button = new LaidOutButton(parent);
    button->setObjectName(name);
    button->setAccessibleName(text);
    button->setAccessibleDescription(description);
    auto* title = new QLabel(text, button);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* detail = new QLabel(description, button);
    detail->setWordWrap(true);

    for (QLabel* label : {title, detail})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* layout = new QVBoxLayout(button);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(detail);
    return button;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_openExports(startButton(
          tr("Open your exports…"),
          tr("Orders, e-mail, survey or analytics CSV files: a workspace is made beside them."),
          u"startOpenExports"_s, this))
    , m_openWorkspace(startButton(tr("Open a workspace…"),
                                  tr("A .pvi file you or your consultant made before."),
                                  u"startOpenWorkspace"_s, this))
    , m_demo(startButton(tr("Try the demo shop"),
                         tr("A made-up Toronto bakery: a year of orders, e-mails, surveys and "
                            "web visits."),
                         u"startTryDemo"_s, this))
    , m_recentBox(new QWidget(this))
    , m_recent(new QListWidget(m_recentBox)) {
    setObjectName(u"startPage"_s);

    auto* title = new QLabel(tr("PVI Studio"), this);
    title->setObjectName(u"startTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* lead = new QLabel(tr("Does your personalization pay off? Open your shop's exports and "
                               "see, for personalized and generic customers side by side."),
                            this);
    lead->setWordWrap(true);
    auto* offline = new QLabel(tr("Everything stays on this computer: PVI Studio never goes "
                                  "online."),
                               this);
    offline->setObjectName(u"startOffline"_s);
    offline->setWordWrap(true);

    auto* recentTitle = new QLabel(tr("Recent workspaces"), m_recentBox);
    recentTitle->setBuddy(m_recent);
    m_recent->setObjectName(u"startRecent"_s);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 9);
    auto* recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 12, 0, 0);
    recentLayout->addWidget(recentTitle);
    recentLayout->addWidget(m_recent);

    // Centred, as wide as a comfortable line of text: a fixed width, so that the texts that wrap
    // get the height they need at that width.
    auto* column = new QWidget(this);
    zoom::fixWidth(column, 560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(title);
    columnLayout->addWidget(lead);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_openExports);
    columnLayout->addWidget(m_openWorkspace);
    columnLayout->addWidget(m_demo);
    columnLayout->addWidget(m_recentBox);
    columnLayout->addWidget(offline);

    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column);
    centred->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);

    connect(m_openExports, &QPushButton::clicked, this, &StartPage::openExportsRequested);
    connect(m_openWorkspace, &QPushButton::clicked, this, &StartPage::openWorkspaceRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    setTabOrder(m_openExports, m_openWorkspace);
    setTabOrder(m_openWorkspace, m_demo);
    setTabOrder(m_demo, m_recent);
    refreshRecent();
}

void StartPage::refreshRecent() {
    m_recent->clear();
    for (const QString& path : RecentFiles::list()) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            tr("%1 — in %2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.path())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentBox->setVisible(m_recent->count() > 0);
}

} // namespace pvi
