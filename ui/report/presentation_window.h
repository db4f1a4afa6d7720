#pragma once
// View › Present (F5): the report's slides full screen in the window. → Space PgDn next, ← PgUp
// back, Home/End, a number then Enter to jump, B to blank, Esc to leave. With a second screen,
// a presenter view there shows the section's consultant's note, the next slide and a timer.

#include "pvi/engine/period_filter.h"
#include "report/report_writer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

namespace pvi::report {

class PresenterView;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    /// Makes the deck of the workspace at `workspacePath` over `filter` off the GUI thread and
    /// shows "Preparing the slides…" until it is ready.
    PresentationWindow(const QString& workspacePath, const PeriodFilter& filter,
                       QWidget* parent = nullptr);
    ~PresentationWindow() override;

    bool isReady() const { return m_ready; }
    int slideCount() const { return m_ready ? m_pages.pageCount() : 0; }
    int currentSlide() const { return m_index; } ///< 0-based
    bool isBlank() const { return m_blank; }
    const QString& error() const { return m_error; }
    /// The consultant's note of the current slide's section (empty on the cover).
    QString currentNote() const;

    void goTo(int index);

Q_SIGNALS:
    void ready();
    void slideChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void paintSlide(QPainter& painter, int index, const QRect& area) const;
    friend class PresenterView;

    ReportDocument m_deck;
    PaginatedReport m_pages;
    PdfFormat m_format = PdfFormat::slides();
    QMap<QString, QString> m_notes;
    bool m_ready = false;
    int m_index = 0;
    bool m_blank = false;
    QString m_typed; ///< digits typed before Enter
    QString m_error;
    QPointer<PresenterView> m_presenter;
};

} // namespace pvi::report
