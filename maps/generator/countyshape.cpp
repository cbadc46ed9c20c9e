// SPDX-License-Identifier: GPL-2.0-or-later
#include "countyshape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cp::demo {

namespace {
constexpr double metresPerDegreeLat = 111000.0;
double metresPerDegreeLon(double lat) { return metresPerDegreeLat * std::cos(lat * M_PI / 180.0); }
} // namespace

bool CountyShape::load(const QString &geojsonPath, QString *error)
{
    QFile file(geojsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the county boundary: %2").arg(geojsonPath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("%1: not valid JSON at byte %2: %3")
                     .arg(geojsonPath)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonArray features = doc.object().value(QLatin1String("features")).toArray();
    const QJsonObject feature = features.isEmpty() ? QJsonObject() : features.first().toObject();
    const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
    if (geometry.value(QLatin1String("type")).toString() != QLatin1String("Polygon")) {
        *error = QStringLiteral("%1: the first feature must be a Polygon").arg(geojsonPath);
        return false;
    }
    m_boundary = core::Boundary();
    m_boundary.name = feature.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
    for (const QJsonValue &ringValue : geometry.value(QLatin1String("coordinates")).toArray()) {
        QList<core::GeoPoint> ring;
        for (const QJsonValue &xy : ringValue.toArray())
            ring.append({xy.toArray().at(0).toDouble(), xy.toArray().at(1).toDouble()});
        if (ring.size() < 4 || ring.first() != ring.last()) {
            *error = QStringLiteral("%1: a polygon ring needs at least 4 positions and must be closed").arg(geojsonPath);
            return false;
        }
        m_boundary.rings.append(ring);
    }
    if (m_boundary.rings.isEmpty()) {
        *error = QStringLiteral("%1: the polygon has no rings").arg(geojsonPath);
        return false;
    }
    return true;
}

bool CountyShape::contains(const core::GeoPoint &p) const
{
    // Even-odd rule over all rings, so holes are excluded.
    bool inside = false;
    for (const auto &ring : m_boundary.rings) {
        for (int i = 0, j = static_cast<int>(ring.size()) - 1; i < ring.size(); j = i++) {
            const core::GeoPoint &a = ring.at(i);
            const core::GeoPoint &b = ring.at(j);
            if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
                inside = !inside;
        }
    }
    return inside;
}

core::GeoPoint CountyShape::offset(const core::GeoPoint &origin, double eastMetres, double northMetres)
{
    return {origin.lon + eastMetres / metresPerDegreeLon(origin.lat), origin.lat + northMetres / metresPerDegreeLat};
}

core::GeoPoint CountyShape::scatter(DemoRandom &random, const core::GeoPoint &centre, double sigmaMetres) const
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        // One draw per statement: a call's arguments are evaluated in the compiler's order, which
        // differs between g++ and clang, and the demo data must be the same whoever builds it.
        const double north = random.normal() * sigmaMetres;
        const double east = random.normal() * sigmaMetres;
        const core::GeoPoint p = offset(centre, east, north);
        if (contains(p))
            return p;
    }
    return centre;
}

} // namespace cp::demo
