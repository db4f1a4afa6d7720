#pragma once

#include "widgets/alerts_loader.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace pvi {

/// A self-contained card listing the workspace's alerts: anomalies of the last four weeks'
/// daily revenue and orders, and PVIs off track or on watch against their targets. It loads
/// its data off the GUI thread whenever the workspace is set or refresh() is called.
class AlertsPanel : public QFrame {
    Q_OBJECT
public:
    explicit AlertsPanel(QWidget* parent = nullptr);

    /// Shows the alerts of the workspace at `path`, its targets judged over the filter's period
    /// (loads now; an empty path clears the panel).
    void setWorkspacePath(const QString& path, const PeriodFilter& filter = {});
    /// Reloads the alerts of the current workspace.
    void refresh();

    /// The last data shown.
    const AlertsData& data() const { return m_data; }
    /// The labels of the alert rows shown, top to bottom (then the "… and N more" line).
    QList<QLabel*> rows() const { return m_rows; }

Q_SIGNALS:
    /// The alerts have been loaded and are shown.
    void loaded();

private:
    void showData(const AlertsData& data);

    QString m_path;
    PeriodFilter m_filter;
    quint64 m_generation = 0;
    AlertsData m_data;
    QLabel* m_heading;
    QLabel* m_status;
    QVBoxLayout* m_list;
    QList<QLabel*> m_rows;
};

} // namespace pvi
