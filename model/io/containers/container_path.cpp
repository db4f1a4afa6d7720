#include "io/containers/container_path.h"

#include <array>

namespace pvi {

namespace {

struct ContainerExtension {
    QStringView suffix;
    ContainerPath::Kind kind;
};

constexpr std::array<ContainerExtension, 2> kMemberContainers{{
    {u".xlsx", ContainerPath::Kind::Xlsx},
    {u".zip", ContainerPath::Kind::Zip},
}};

} // namespace

ContainerPath ContainerPath::parse(const QString& path) {
    ContainerPath result;
    result.file = path;
    for (const ContainerExtension& extension : kMemberContainers) {
        const QString marker = extension.suffix.toString() + u'#';
        const qsizetype at = path.indexOf(marker, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            result.kind = extension.kind;
            result.file = path.left(at + extension.suffix.size());
            result.member = path.mid(at + marker.size());
            return result;
        }
        if (path.endsWith(extension.suffix, Qt::CaseInsensitive)) {
            result.kind = extension.kind;
            return result;
        }
    }
    if (path.endsWith(u".gz", Qt::CaseInsensitive))
        result.kind = Kind::Gzip;
    return result;
}

QString ContainerPath::join(const QString& file, const QString& member) {
    return member.isEmpty() ? file : file + u'#' + member;
}

} // namespace pvi
