#include "importers/campaign_counts.h"

#include "importers/import_context.h"

#include <QCoreApplication>

namespace pvi {

QStringList spellings(std::initializer_list<const char*> names) {
    QStringList result;
    for (const char* name : names) {
        const QString spelled = QString::fromUtf8(name);
        result << spelled;
        if (spelled.contains(u' '))
            result << QString(spelled).replace(u' ', u'_');
    }
    return result;
}

std::optional<std::int64_t> CampaignCounts::read(ImportContext& context, qint64 line,
                                                 const FieldReader& fields, const ColumnRef& count,
                                                 const ColumnRef& rate,
                                                 std::optional<std::int64_t> base,
                                                 FieldReader::Need need, bool& derived) {
    const bool countGiven = count.present() && !fields.text(count).isEmpty();
    if (countGiven || !rate.present() || fields.text(rate).isEmpty())
        return fields.integer(count, need);
    const std::optional<double> fraction = parseRateFraction(fields.text(rate), m_bareRate);
    if (!fraction || *fraction < 0 || *fraction > 1) {
        const QString message =
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 '%2' cannot be read; expected a rate such as "
                                        "41.09%")
                .arg(rate.name, fields.text(rate));
        if (need == FieldReader::Need::Required)
            context.error(line, rate.index + 1, QStringLiteral("bad-rate"), message);
        else
            context.warning(line, rate.index + 1, QStringLiteral("bad-rate"),
                            message +
                                QCoreApplication::translate("pvi::ImportText", " (left empty)"));
        return std::nullopt;
    }
    if (!base)
        return std::nullopt;
    derived = true;
    const QString key =
        QStringLiteral("%1 from %2")
            .arg(count.present() ? count.name : QStringLiteral("the count"), rate.name);
    if (m_derived.isEmpty())
        m_firstLine = line;
    ++m_derived[key];
    return countFromRate(*fraction, *base);
}

std::optional<ImportedTimestamp> CampaignCounts::readShared(ImportContext& context, qint64 line,
                                                            const FieldReader& f,
                                                            const CampaignColumns& col,
                                                            EmailCampaign& c) {
    using Need = FieldReader::Need;
    c.name = f.text(col.name);
    c.subject = f.text(col.subject);
    c.listName = f.text(col.list);
    c.tags = f.text(col.tags);
    if (c.name.isEmpty()) {
        context.error(line, col.name.index + 1, QStringLiteral("missing-value"),
                      QCoreApplication::translate("pvi::ImportText",
                                                  "%1 is empty; every campaign needs its name")
                          .arg(col.name.name));
        return std::nullopt;
    }
    const std::optional<ImportedTimestamp> sent = f.timestamp(col.sent, Need::Required);
    c.recipients = f.integer(col.recipients, Need::Optional);
    c.delivered = f.integer(col.delivered, Need::Required);
    bool derived = false;
    c.uniqueOpens =
        read(context, line, f, col.uniqueOpens, col.openRate, c.delivered, Need::Required, derived);
    c.uniqueClicks = read(context, line, f, col.uniqueClicks, col.clickRate, c.delivered,
                          Need::Optional, derived);
    c.countsDerived = derived;
    c.totalOpens = f.integer(col.totalOpens, Need::Optional);
    c.totalClicks = f.integer(col.totalClicks, Need::Optional);
    c.unsubscribes = f.integer(col.unsubscribes, Need::Optional);
    c.bounces = f.integer(col.bounces, Need::Optional);
    c.complaints = f.integer(col.complaints, Need::Optional);
    if (context.hasErrors())
        return std::nullopt;
    return sent;
}

void CampaignCounts::store(ImportContext& context, EmailCampaign c, const ImportedTimestamp& sent,
                           const QString& platformId) {
    c.sentAt = sent.iso;
    c.sendDate = sent.date.toString(Qt::ISODate);
    c.key = platformId.isEmpty() ? c.name + u'|' + c.sentAt : platformId;
    const AbArm arm = abArmOf(c.name);
    c.abGroup = arm.group;
    c.abArm = arm.arm;
    storeCampaign(context, c);
}

void CampaignCounts::reportDerived(ImportContext& context) const {
    for (auto it = m_derived.constBegin(); it != m_derived.constEnd(); ++it)
        context.warning(
            m_firstLine, 0, QStringLiteral("count-from-rate"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 campaign(s) give no count, only a rate: %2 × "
                                        "successful deliveries, rounded (the first on this line)")
                .arg(it.value())
                .arg(it.key()));
}

} // namespace pvi
