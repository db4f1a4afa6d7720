#include "shell/workspace_memory.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

using Preset = PeriodFilter::Preset;
using Comparison = PeriodFilter::Comparison;

const std::array<std::pair<Preset, const char*>, 5> kPresets{{
    {Preset::Last30Days, "last30"},
    {Preset::Last90Days, "last90"},
    {Preset::Last365Days, "last365"},
    {Preset::YearToDate, "ytd"},
    {Preset::Custom, "custom"},
}};

const std::array<std::pair<Comparison, const char*>, 2> kComparisons{{
    {Comparison::PreviousPeriod, "previous"},
    {Comparison::SamePeriodLastYear, "lastYear"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [entry, key] : table)
        if (entry == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key) {
    for (const auto& [entry, name] : table)
        if (key == QLatin1StringView(name))
            return entry;
    return std::nullopt;
}

} // namespace

QString WorkspaceMemory::group(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"workspaces/"_s + QString::fromLatin1(hash);
}

WorkspaceMemory WorkspaceMemory::load(const QString& path) {
    QSettings settings;
    settings.beginGroup(group(path));
    WorkspaceMemory memory;
    memory.geometry = settings.value(u"geometry"_s).toByteArray();
    memory.page = settings.value(u"page"_s).toString();
    const std::optional<Preset> preset = valueOf(kPresets, settings.value(u"period"_s).toString());
    const std::optional<Comparison> comparison =
        valueOf(kComparisons, settings.value(u"comparison"_s).toString());
    if (preset && comparison) {
        PeriodFilter filter;
        filter.preset = *preset;
        filter.comparison = *comparison;
        if (*preset == Preset::Custom) {
            filter.customFrom =
                QDate::fromString(settings.value(u"from"_s).toString(), Qt::ISODate);
            filter.customTo = QDate::fromString(settings.value(u"to"_s).toString(), Qt::ISODate);
        }
        if (*preset != Preset::Custom ||
            (filter.customFrom.isValid() && filter.customTo.isValid() &&
             filter.customFrom <= filter.customTo))
            memory.filter = filter;
    }
    return memory;
}

void WorkspaceMemory::save(const QString& path) const {
    QSettings settings;
    settings.remove(group(path));
    settings.beginGroup(group(path));
    settings.setValue(u"path"_s, QFileInfo(path).absoluteFilePath());
    if (!geometry.isEmpty())
        settings.setValue(u"geometry"_s, geometry);
    if (!page.isEmpty())
        settings.setValue(u"page"_s, page);
    if (filter) {
        settings.setValue(u"period"_s, keyOf(kPresets, filter->preset));
        settings.setValue(u"comparison"_s, keyOf(kComparisons, filter->comparison));
        if (filter->preset == Preset::Custom) {
            settings.setValue(u"from"_s, filter->customFrom.toString(Qt::ISODate));
            settings.setValue(u"to"_s, filter->customTo.toString(Qt::ISODate));
        }
    }
}

} // namespace pvi
