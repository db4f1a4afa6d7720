#pragma once

#include "importers/header_map.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pvi {

/// The interest-group columns of a Mailchimp audience export. Mailchimp writes each group
/// category as one column titled with the category's name ("Interests", "Favourite bakes"),
/// between the merge fields and MEMBER_RATING, holding the member's groups of that category
/// separated by ", " (a comma inside a group's name is backslash-escaped). Nothing in the header
/// tells a group column from a custom merge field, so the columns are collected row by row and
/// judged on the whole file: a candidate is a group category when its values split into at most
/// kMaxGroups distinct short names that are not numbers or dates. The labels are
/// "Category: Group".
class MailchimpGroupColumns {
public:
    static constexpr int kMaxGroups = 60;
    static constexpr int kMaxNameLength = 60;

    /// The candidate columns of a header: after the first (email) column and before
    /// MEMBER_RATING, minus Mailchimp's default and common merge fields.
    explicit MailchimpGroupColumns(const HeaderMap& header);

    /// Remembers one member's cells of the candidate columns.
    void addMember(const QString& email, const QStringList& fields);

    struct MemberGroups {
        QString email;
        QStringList labels;
    };
    /// Every remembered member with their groups (possibly none, which clears groups stored
    /// before), judged over all rows added; empty when no column is a group category.
    std::vector<MemberGroups> groups() const;
    /// The names of the columns read as group categories (after all rows are added).
    QStringList categories() const;

private:
    struct Candidate {
        int index = -1;
        QString category;
    };
    std::vector<bool> judge() const;

    std::vector<Candidate> m_candidates;
    std::vector<QString> m_emails;
    std::vector<QStringList> m_cells; // per member, one cell per candidate
};

/// The group names of one category cell: "Bread, Coffee beans" → Bread, Coffee beans;
/// "Cakes\, tarts" stays one name.
QStringList mailchimpGroupNames(const QString& cell);

} // namespace pvi
