#pragma once
// Where the customers live, read once per run for the fairness ratio and the selection effect:
// the country and province of each customer record and of every valid order that names one.

#include <QString>

#include <unordered_map>
#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// Where the customers are, read once per run: each customer record's country and province, and
/// every valid order that names a billing country, in order (a customer's latest such order up
/// to a period's end says where they are then).
struct CustomerLocations {
    struct Place {
        QString country;
        QString province;
    };
    struct OrderPlace {
        qint64 customerId = 0;
        qint64 day = 0;        ///< Julian day of the order
        std::size_t place = 0; ///< index into places
    };
    std::vector<Place> places;                       ///< each distinct (country, province) once
    std::unordered_map<qint64, std::size_t> records; ///< customer → index into places
    std::vector<OrderPlace> orders;                  ///< by order date, creation time and id

    /// Loads them (two queries). With the run's order snapshot, the orders are read in the
    /// table's order and put in the snapshot's sequence instead of sorted by SQLite (a quarter
    /// of the time on the large shop); the result is the same. Throws DbError.
    static CustomerLocations load(Workspace& workspace, const OrderSnapshot* snapshot = nullptr);
};

} // namespace pvi
