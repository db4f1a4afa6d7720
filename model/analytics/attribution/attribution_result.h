#pragma once

#include <QString>

#include <map>
#include <vector>

namespace pvi {

/// Credit per channel, sorted by channel name (QString order), so output is deterministic.
using ChannelCredit = std::map<QString, double>;

/// Conversions and value credited per channel.
struct CreditSplit {
    ChannelCredit conversions;
    ChannelCredit value;
};

/// What one attribution model credits to each channel, overall and split by whether the
/// credited touches were personalized or generic (personalized + generic = overall).
struct ModelCredit {
    QString model; ///< stable id: first_touch, last_touch, linear, time_decay, ...
    CreditSplit overall;
    CreditSplit personalized;
    CreditSplit generic;
    ChannelCredit removalEffect; ///< Markov model only: 1 − P(conv without c)/P(conv)
};

/// The result of running every attribution model over a set of journeys.
struct AttributionReport {
    std::vector<ModelCredit> models; ///< in the order of attributionModelIds()
    int journeys = 0;                ///< journeys read
    /// Converted journeys with at least one counted touch (each counted with its weight).
    double conversions = 0.0;
    double conversionValue = 0.0;             ///< their total value
    double unattributedConversions = 0;       ///< converted journeys without any counted touch
    double unattributedValue = 0.0;           ///< their total value (credited to no channel)
    std::vector<QString> channels;            ///< every channel seen on a counted touch, sorted
    double markovConversionProbability = 0.0; ///< P(start → conversion) of the fitted chain
};

} // namespace pvi
