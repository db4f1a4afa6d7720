#include "importers/mailchimp_groups.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pvi {

namespace {

/// Merge fields Mailchimp creates by default and ones audiences commonly add; never groups.
constexpr const char* kMergeFields[] = {
    "First Name", "Last Name", "Address",  "Phone Number", "Phone",   "Birthday",
    "Company",    "Position",  "ORIGIN",   "Website",      "Country", "City",
    "State",      "Zip",       "Postcode", "Language",     "Gender",  "Notes",
};

bool isMergeField(const QString& name) {
    for (const char* field : kMergeFields) {
        if (name.trimmed().compare(QLatin1String(field), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// A name no group would have: empty, too long, or a number or date.
bool plausibleGroupName(const QString& name) {
    static const QRegularExpression numeric(QStringLiteral("^[-+'0-9.,:/ ]+$"));
    return !name.isEmpty() && name.size() <= MailchimpGroupColumns::kMaxNameLength &&
           !numeric.match(name).hasMatch() && !name.contains(u'@');
}

} // namespace

QStringList mailchimpGroupNames(const QString& cell) {
    QStringList names;
    QString current;
    for (int i = 0; i < cell.size(); ++i) {
        const QChar ch = cell.at(i);
        if (ch == u'\\' && i + 1 < cell.size() && cell.at(i + 1) == u',') {
            current += u',';
            ++i;
        } else if (ch == u',') {
            names << current.trimmed();
            current.clear();
        } else {
            current += ch;
        }
    }
    names << current.trimmed();
    names.removeAll(QString());
    return names;
}

MailchimpGroupColumns::MailchimpGroupColumns(const HeaderMap& header) {
    const int rating = header.column(QStringLiteral("MEMBER_RATING")).index;
    const QStringList& names = header.names();
    for (int i = 1; i < rating; ++i) {
        const QString name = names.value(i).trimmed();
        if (!name.isEmpty() && !isMergeField(name))
            m_candidates.push_back({i, name});
    }
}

void MailchimpGroupColumns::addMember(const QString& email, const QStringList& fields) {
    if (m_candidates.empty())
        return;
    QStringList cells;
    for (const Candidate& c : m_candidates)
        cells << fields.value(c.index).trimmed();
    m_emails.push_back(email);
    m_cells.push_back(cells);
}

std::vector<bool> MailchimpGroupColumns::judge() const {
    std::vector<bool> isGroup(m_candidates.size(), false);
    for (size_t c = 0; c < m_candidates.size(); ++c) {
        QSet<QString> distinct;
        bool plausible = true;
        for (const QStringList& cells : m_cells) {
            for (const QString& name : mailchimpGroupNames(cells.at(int(c)))) {
                plausible = plausible && plausibleGroupName(name);
                distinct.insert(name);
            }
            if (!plausible || distinct.size() > kMaxGroups)
                break;
        }
        isGroup[c] = plausible && !distinct.isEmpty() && distinct.size() <= kMaxGroups;
    }
    return isGroup;
}

std::vector<MailchimpGroupColumns::MemberGroups> MailchimpGroupColumns::groups() const {
    const std::vector<bool> isGroup = judge();
    std::vector<MemberGroups> out;
    if (std::find(isGroup.begin(), isGroup.end(), true) == isGroup.end())
        return out;
    for (size_t m = 0; m < m_emails.size(); ++m) {
        MemberGroups member{m_emails[m], {}};
        for (size_t c = 0; c < m_candidates.size(); ++c) {
            if (!isGroup[c])
                continue;
            for (const QString& name : mailchimpGroupNames(m_cells[m].at(int(c))))
                member.labels << m_candidates[c].category + QStringLiteral(": ") + name;
        }
        out.push_back(std::move(member));
    }
    return out;
}

QStringList MailchimpGroupColumns::categories() const {
    const std::vector<bool> isGroup = judge();
    QStringList names;
    for (size_t c = 0; c < m_candidates.size(); ++c) {
        if (isGroup[c])
            names << m_candidates[c].category;
    }
    return names;
}

} // namespace pvi
