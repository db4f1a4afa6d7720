#pragma once

#include <QString>

#include <stdexcept>

namespace pvi {

/// A failure reported by SQLite, with the message SQLite gave. Thrown inside the model only;
/// the layer boundaries (Workspace::open, importers, commands) turn it into a message value.
class DbError : public std::runtime_error {
public:
    explicit DbError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace pvi
