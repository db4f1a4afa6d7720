#include "import/import_sentence.h"

#include "importers/importer_registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <limits>

namespace pvi {

namespace {

/// The context of the sentence's translations.
class ImportSentence {
    Q_DECLARE_TR_FUNCTIONS(ImportSentence)
};

int asInt(qint64 n) {
    return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

QString importRecordCount(ImportRecords records, qint64 count) {
    const int n = asInt(count);
    switch (records) {
    case ImportRecords::Orders:
        return ImportSentence::tr("%Ln order(s)", nullptr, n);
    case ImportRecords::Customers:
        return ImportSentence::tr("%Ln customer record(s)", nullptr, n);
    case ImportRecords::Subscribers:
        return ImportSentence::tr("%Ln audience member(s)", nullptr, n);
    case ImportRecords::EmailEvents:
        return ImportSentence::tr("%Ln e-mail event(s)", nullptr, n);
    case ImportRecords::Campaigns:
        return ImportSentence::tr("%Ln campaign(s)", nullptr, n);
    case ImportRecords::SurveyResponses:
        return ImportSentence::tr("%Ln survey response(s)", nullptr, n);
    case ImportRecords::WebRows:
        return ImportSentence::tr("%Ln report row(s)", nullptr, n);
    case ImportRecords::Journeys:
        return ImportSentence::tr("%Ln conversion path(s)", nullptr, n);
    case ImportRecords::Costs:
        return ImportSentence::tr("%Ln cost row(s)", nullptr, n);
    case ImportRecords::Experiments:
        return ImportSentence::tr("%Ln experiment(s)", nullptr, n);
    }
    return ImportSentence::tr("%Ln record(s)", nullptr, n);
}

ImportRecords recordsOfSource(const QString& source) {
    const ImporterSpec* spec = ImporterRegistry::instance().find(source);
    return spec ? spec->records : ImportRecords::Orders;
}

QString importSentence(const ImportReport& report) {
    const QString name = QFileInfo(report.file).fileName();
    if (report.cancelled)
        return ImportSentence::tr("%1: cancelled; nothing was changed.").arg(name);
    if (!report.ok)
        return ImportSentence::tr("%1 was not imported: %2").arg(name, report.error);

    const ImportRecords records = recordsOfSource(report.source);
    const qint64 changed = report.recordsAdded + report.recordsUpdated;
    QStringList parts;
    if (changed == 0) {
        parts << (report.recordsUnchanged > 0
                      ? ImportSentence::tr("nothing new; its %1 were already in the workspace")
                            .arg(importRecordCount(records, report.recordsUnchanged))
                      : ImportSentence::tr("no records in %Ln row(s) read", nullptr,
                                           asInt(report.rowsRead)));
    } else {
        QString main = importRecordCount(records, changed);
        if (report.recordsUpdated > 0)
            main += ImportSentence::tr(" (%Ln updated)", nullptr, asInt(report.recordsUpdated));
        const qint64 customers = report.customersAdded + report.customersMatched;
        if (customers > 0) {
            main += ImportSentence::tr(" from %Ln customer(s)", nullptr, asInt(customers));
            if (report.customersAdded > 0 && report.customersMatched > 0)
                main += ImportSentence::tr(" (%Ln new)", nullptr, asInt(report.customersAdded));
        }
        parts << main;
        if (report.recordsUnchanged > 0)
            parts << ImportSentence::tr("%Ln already in the workspace", nullptr,
                                        asInt(report.recordsUnchanged));
    }
    if (report.guestRecords > 0)
        parts << ImportSentence::tr("%Ln order(s) have no e-mail and count as guests", nullptr,
                                    asInt(report.guestRecords));
    if (!report.issues.isEmpty())
        parts << ImportSentence::tr("%Ln issue(s) listed in the details", nullptr,
                                    asInt(report.issues.size()));
    const QString source = report.sourceTitle.isEmpty() ? report.source : report.sourceTitle;
    return ImportSentence::tr("%1 (%2): %3.").arg(name, source, parts.join(QStringLiteral("; ")));
}

QString batchRemovalQuestion(const ImportBatchInfo& batch) {
    const ImportRecords records = recordsOfSource(batch.source);
    QString what;
    if (records == ImportRecords::Orders || batch.ordersHeld > 0) {
        what = importRecordCount(ImportRecords::Orders, batch.ordersHeld);
        if (batch.customerRecordsHeld > 0)
            what = ImportSentence::tr("%1 and %2")
                       .arg(what,
                            importRecordCount(ImportRecords::Customers, batch.customerRecordsHeld));
    } else if (records == ImportRecords::Customers) {
        what = importRecordCount(records, batch.customerRecordsHeld);
    } else {
        what = importRecordCount(records, batch.recordsAdded + batch.recordsUpdated);
    }
    const QDateTime at = QDateTime::fromString(batch.importedAt, Qt::ISODate);
    const QString when = at.isValid()
                             ? QLocale().toString(at.toLocalTime().date(), QLocale::LongFormat)
                             : batch.importedAt;
    return ImportSentence::tr(
               "Remove the import of %1 (imported %2)? It takes away the %3 it holds, the %Ln "
               "issue(s) stored with it, and the customers nothing else refers to any more. "
               "The file itself is not touched.\n\nEdit › Undo puts it back until the window "
               "closes.",
               nullptr, asInt(batch.issueCount))
        .arg(batch.fileName, when, what);
}

} // namespace pvi
