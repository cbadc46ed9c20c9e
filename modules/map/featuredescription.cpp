// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/featuredescription.h"

#include "map/tr.h"

#include "core/capability.h"
#include "core/facilitystatus.h"
#include "core/rescuestation.h"
#include "core/risklevel.h"
#include "core/roadsegment.h"
#include "core/shelter.h"
#include "core/supplydepot.h"
#include "core/team.h"

#include "sectors/sectorregistry.h"

#include <qgsfeature.h>
#include <qgsfields.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cp::map {

namespace {

//! The translated name behind a stored key, for the fields whose values are keys.
QString valueText(const QString &field, const QVariant &value)
{
    const QString key = value.toString();
    auto named = [&](auto parsed) { return parsed ? core::displayName(*parsed) : key; };
    if (field == QLatin1String("risk_level")) return named(core::fromKey<core::RiskLevel>(key));
    if (field == QLatin1String("major_hazard")) return named(core::fromKey<core::MajorHazardGrade>(key));
    if (field == QLatin1String("road_class")) return named(core::fromKey<core::RoadClass>(key));
    if (field == QLatin1String("type")) return named(core::fromKey<core::ShelterType>(key));
    if (field == QLatin1String("status")) {
        if (auto s = core::fromKey<core::TeamStatus>(key)) return core::displayName(*s);
        return named(core::fromKey<core::FacilityStatus>(key));
    }
    if (field == QLatin1String("capabilities")) {
        QStringList names;
        for (const QString &k : key.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << named(core::fromKey<core::Capability>(k.trimmed()));
        return names.join(QStringLiteral("、"));
    }
    if (value.userType() == QMetaType::Bool)
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    return value.isNull() ? QString() : value.toString();
}

} // namespace

QString fieldLabel(const QString &field)
{
    static const QList<QPair<const char *, const char *>> labels = {
        {"id", QT_TRANSLATE_NOOP("cp::map", "ID")},
        {"name", QT_TRANSLATE_NOOP("cp::map", "Name")},
        {"sector", QT_TRANSLATE_NOOP("cp::map", "Sector")},
        {"category", QT_TRANSLATE_NOOP("cp::map", "Category")},
        {"risk_level", QT_TRANSLATE_NOOP("cp::map", "Risk grade")},
        {"major_hazard", QT_TRANSLATE_NOOP("cp::map", "Major hazard source")},
        {"town_id", QT_TRANSLATE_NOOP("cp::map", "Town")},
        {"address", QT_TRANSLATE_NOOP("cp::map", "Address")},
        {"contact_phone", QT_TRANSLATE_NOOP("cp::map", "Contact phone")},
        {"duty_phone", QT_TRANSLATE_NOOP("cp::map", "Duty phone")},
        {"employees", QT_TRANSLATE_NOOP("cp::map", "Employees")},
        {"dual_prevention", QT_TRANSLATE_NOOP("cp::map", "Dual prevention system built")},
        {"standardization_level", QT_TRANSLATE_NOOP("cp::map", "Standardization grade")},
        {"monitoring_online", QT_TRANSLATE_NOOP("cp::map", "Online monitoring connected")},
        {"capacity", QT_TRANSLATE_NOOP("cp::map", "Capacity (persons)")},
        {"effective_area_m2", QT_TRANSLATE_NOOP("cp::map", "Effective area (m²)")},
        {"area_m2", QT_TRANSLATE_NOOP("cp::map", "Area (m²)")},
        {"type", QT_TRANSLATE_NOOP("cp::map", "Type")},
        {"level", QT_TRANSLATE_NOOP("cp::map", "Level")},
        {"status", QT_TRANSLATE_NOOP("cp::map", "Status")},
        {"station_id", QT_TRANSLATE_NOOP("cp::map", "Station")},
        {"capabilities", QT_TRANSLATE_NOOP("cp::map", "Capabilities")},
        {"personnel", QT_TRANSLATE_NOOP("cp::map", "Personnel")},
        {"vehicles", QT_TRANSLATE_NOOP("cp::map", "Vehicles")},
        {"population", QT_TRANSLATE_NOOP("cp::map", "Population")},
        {"road_class", QT_TRANSLATE_NOOP("cp::map", "Road class")},
        {"speed_kmh", QT_TRANSLATE_NOOP("cp::map", "Speed (km/h)")},
        {"oneway", QT_TRANSLATE_NOOP("cp::map", "One-way")},
    };
    for (const auto &l : labels) {
        if (field == QLatin1String(l.first))
            return Tr::tr(l.second);
    }
    return field;
}

QList<QPair<QString, QString>> describeFeature(const QgsFields &fields, const QgsFeature &feature,
                                               const sectors::SectorRegistry *sectors)
{
    QList<QPair<QString, QString>> rows;
    const int sectorField = fields.indexOf(QStringLiteral("sector"));
    const sectors::Sector *sector =
        sectors && sectorField >= 0 ? sectors->sector(feature.attribute(sectorField).toString()) : nullptr;
    for (int i = 0; i < fields.count(); ++i) {
        const QString name = fields.at(i).name();
        if (name == QLatin1String("fid"))
            continue; // GeoPackage's internal row id
        if (sector && name == QLatin1String("sector")) {
            rows.append({fieldLabel(name), sector->metadata.name.text()});
        } else if (sector && name == QLatin1String("sector_attributes")) {
            // The sector's own attributes, in its plugin's order and format.
            const QJsonObject values = QJsonDocument::fromJson(feature.attribute(i).toString().toUtf8()).object();
            for (const sectors::AttributeSpec &spec : sector->attributes) {
                if (values.contains(spec.key))
                    rows.append({spec.name.text(), spec.displayText(values.value(spec.key).toVariant())});
            }
        } else {
            rows.append({fieldLabel(name), valueText(name, feature.attribute(i))});
        }
    }
    return rows;
}

} // namespace cp::map
