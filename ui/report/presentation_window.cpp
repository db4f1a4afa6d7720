#include "report/presentation_window.h"

#include "report/report_content.h"
#include "shell/background_load.h"
#include "store/workspace.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pvi::report {

/// The presenter's screen: the current section's note, the next slide and the time since the
/// presentation began.
class PresenterView : public QWidget {
public:
    explicit PresenterView(PresentationWindow* slides)
        : QWidget(nullptr)
        , m_slides(slides) {
        setWindowTitle(PresentationWindow::tr("Presenter view"));
        setAttribute(Qt::WA_DeleteOnClose);
        m_clock.start();
        auto* tick = new QTimer(this);
        connect(tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
        tick->start(1000);
        connect(slides, &PresentationWindow::slideChanged, this, qOverload<>(&QWidget::update));
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(0x1f, 0x29, 0x33));
        if (!m_slides)
            return;
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setPointSizeF(20);
        painter.setFont(font);
        const qint64 seconds = m_clock.elapsed() / 1000;
        painter.drawText(QRect(20, 10, width() - 40, 40), Qt::AlignLeft,
                         PresentationWindow::tr("%1:%2   slide %3 of %4")
                             .arg(seconds / 60)
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                             .arg(m_slides->currentSlide() + 1)
                             .arg(m_slides->slideCount()));
        const QRect next(20, 60, width() / 2 - 30, (width() / 2 - 30) * 9 / 16);
        if (m_slides->isReady() && m_slides->currentSlide() + 1 < m_slides->slideCount())
            m_slides->paintSlide(painter, m_slides->currentSlide() + 1, next);
        font.setPointSizeF(14);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(width() / 2 + 10, 60, width() / 2 - 30, height() - 80),
                         Qt::TextWordWrap,
                         m_slides->currentNote().isEmpty()
                             ? PresentationWindow::tr("(no consultant's note for this section)")
                             : m_slides->currentNote());
    }

private:
    QPointer<PresentationWindow> m_slides;
    QElapsedTimer m_clock;
};

PresentationWindow::PresentationWindow(const QString& workspacePath, const PeriodFilter& filter,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(u"presentationWindow"_s);
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    ReportOptions options;
    options.filter = filter;
    struct Deck {
        ReportDocument deck;
        PaginatedReport pages;
        QMap<QString, QString> notes;
        QString error;
    };
    loadInBackground(
        this,
        [workspacePath, options] {
            Deck d;
            const BuiltReport built = buildReport(workspacePath, options);
            d.error = built.error;
            d.deck = slidesOf(built.document);
            d.pages = paginate(d.deck, PdfFormat::slides());
            if (auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
                opened.workspace)
                d.notes = readReportNotes(*opened.workspace);
            return d;
        },
        [this](const Deck& d) {
            m_deck = d.deck;
            m_pages = d.pages;
            m_notes = d.notes;
            m_error = d.error;
            m_ready = m_error.isEmpty();
            update();
            Q_EMIT ready();
        });
    if (QGuiApplication::screens().size() > 1) {
        m_presenter = new PresenterView(this);
        QScreen* other = QGuiApplication::screens().at(1);
        m_presenter->setGeometry(other->availableGeometry());
        m_presenter->show();
    }
}

PresentationWindow::~PresentationWindow() {
    if (m_presenter)
        m_presenter->close();
}

QString PresentationWindow::currentNote() const {
    const int body = m_index - m_pages.frontPages;
    if (!m_ready || body < 0 || body >= m_pages.layout.pages.size())
        return {};
    return m_notes.value(m_deck.sections[m_pages.layout.pages[body].section].id);
}

void PresentationWindow::goTo(int index) {
    if (!m_ready)
        return;
    const int clamped = std::clamp(index, 0, slideCount() - 1);
    m_blank = false;
    if (clamped != m_index) {
        m_index = clamped;
        Q_EMIT slideChanged(m_index);
    }
    update();
}

void PresentationWindow::paintSlide(QPainter& painter, int index, const QRect& area) const {
    const QSizeF page = m_format.page.size;
    const double scale = std::min(area.width() / page.width(), area.height() / page.height());
    painter.save();
    painter.translate(area.left() + (area.width() - page.width() * scale) / 2,
                      area.top() + (area.height() - page.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), page));
    paintPage(painter, m_deck, m_pages, m_format, index);
    painter.restore();
}

void PresentationWindow::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_blank)
        return;
    if (!m_ready) {
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter,
                         m_error.isEmpty() ? tr("Preparing the slides…") : m_error);
        return;
    }
    paintSlide(painter, m_index, rect());
    painter.setPen(QColor(0x9a, 0xa5, 0xb1));
    painter.drawText(rect().adjusted(0, 0, -12, -8), Qt::AlignRight | Qt::AlignBottom,
                     m_typed.isEmpty() ? u"%1 / %2"_s.arg(m_index + 1).arg(slideCount())
                                       : tr("Go to %1").arg(m_typed));
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        goTo(m_index + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        goTo(m_index - 1);
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(slideCount() - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_typed.isEmpty())
            goTo(m_typed.toInt() - 1);
        m_typed.clear();
        update();
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blank = !m_blank;
        update();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9 && m_typed.size() < 4) {
            m_typed += QChar(u'0' + (event->key() - Qt::Key_0));
            update();
            return;
        }
        QWidget::keyPressEvent(event);
    }
}

} // namespace pvi::report
