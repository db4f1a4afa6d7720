#pragma once

#include "importers/importer.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace pvi {

class HeaderMap;

/// The best importer for a header and how sure the match is (0–100).
struct DetectionResult {
    const ImporterSpec* spec = nullptr; ///< null when nothing reached kMinConfidence
    int confidence = 0;
};

/// Every importer PVI Studio has, and header-based detection among them.
class ImporterRegistry {
public:
    /// Below this confidence a header is not taken as the importer's source.
    static constexpr int kMinConfidence = 50;

    /// The registry with all importers.
    static const ImporterRegistry& instance();

    /// The importers' declarations, in registration order.
    std::vector<const ImporterSpec*> specs() const;
    /// The declaration with this id, or null.
    const ImporterSpec* find(const QString& id) const;
    /// A fresh importer for one file; null for an unknown id.
    std::unique_ptr<Importer> create(const QString& id) const;
    /// The best-matching importer for a header row.
    DetectionResult detect(const QStringList& header) const;

    /// How well a header matches a declaration (0–100): half for the signature (best set's share
    /// of columns present), 30 for the required columns' share, 20 for the first column (or
    /// shared out when the source has no first-column rule). Without any signature column the
    /// score is capped at kMinConfidence.
    static int confidence(const ImporterSpec& spec, const HeaderMap& header);
    /// The required columns (alternatives joined by " or ") the header lacks.
    static QStringList missingColumns(const ImporterSpec& spec, const HeaderMap& header);
    /// For a file no importer recognises: names the expected sources and their key columns.
    QString noMatchMessage(const QString& file) const;

private:
    struct Entry {
        const ImporterSpec* spec;
        std::function<std::unique_ptr<Importer>()> make;
    };
    ImporterRegistry();
    std::vector<Entry> m_entries;
};

} // namespace pvi
