#pragma once

#include <QObject>
#include <QSize>
#include <QString>

namespace pvi {

class MainWindow;

/// Renders a page of the main window to a PNG once the page's data has loaded, then quits
/// the application with 0 (or 1 when the page or the file is wrong).
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    /// The window size of a screenshot unless another is asked for.
    static constexpr QSize kDefaultSize{1440, 900};

    ScreenshotRunner(MainWindow* window, QString pageId, QString outputPath,
                     QSize size = kDefaultSize, QObject* parent = nullptr);

    /// Shows the page of the window (already holding its workspace) and arms the capture; false
    /// (with a message on stderr) when the page does not exist.
    bool start();

private:
    void capture();

    MainWindow* m_window;
    QString m_pageId;
    QString m_output;
    QSize m_size;
};

} // namespace pvi
