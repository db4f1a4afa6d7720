#pragma once

#include "pvi/engine/personalization_rules.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pvi {

class Workspace;

/// Each customer's first e-mail event of a campaign that a campaign-name rule marks as
/// personalized, read from the recipient rows derived at import (email_deliveries): a row counts
/// when a rule matches its first or its last campaign name. The survey PVIs expose respondents
/// by it. The e-mail facts' pass over the same rows fills it on the way (EmailFacts::load), so
/// the rows are read once per refresh; `load` reads them itself.
class PersonalizedTouches {
public:
    /// Customer id → Julian day of the first event of a personalized campaign.
    using Days = std::unordered_map<qint64, qint64>;

    explicit PersonalizedTouches(const std::vector<PersonalizationRule>& rules);

    /// Whether a campaign-name rule exists; without one no row is personalized and the rows need
    /// not be read.
    bool active() const { return m_active; }
    /// The first and last campaign name of the rows added next (a campaign's rows come
    /// together: the names are matched when they change, not per row).
    void setNames(std::string_view minName, std::string_view maxName);
    /// One recipient row of the names set last: its customer (0 when none) and first day.
    void add(qint64 customerId, qint64 firstDay);
    /// What the rows added so far give.
    Days takeDays() { return std::move(m_days); }

    /// Reads every recipient row of the workspace (none without a campaign-name rule). Throws
    /// DbError.
    static Days load(Workspace& workspace, const std::vector<PersonalizationRule>& rules);

private:
    bool personalized(std::string_view minName, std::string_view maxName);

    const std::vector<PersonalizationRule>& m_rules;
    bool m_active = false;
    /// The names set last and what they gave: rows read in no particular order (load) are
    /// still mostly told by comparing two texts.
    std::string m_lastMin, m_lastMax;
    bool m_lastKnown = false, m_lastPersonalized = false;
    std::unordered_map<std::string, bool> m_byNames; ///< every pair of names already matched
    std::string m_key;
    Days m_days;
};

} // namespace pvi
