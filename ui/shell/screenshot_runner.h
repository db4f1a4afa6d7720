#pragma once

#include <QObject>
#include <QString>

namespace pvi {

class MainWindow;

/// Renders a page of the main window to a PNG once the page's data has loaded, then quits
/// the application with 0 (or 1 when the page or the file is wrong).
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow* window, QString pageId, QString outputPath,
                     QObject* parent = nullptr);

    /// Shows the page of the window (already holding its workspace) and arms the capture; false
    /// (with a message on stderr) when the page does not exist.
    bool start();

private:
    void capture();

    MainWindow* m_window;
    QString m_pageId;
    QString m_output;
};

} // namespace pvi
