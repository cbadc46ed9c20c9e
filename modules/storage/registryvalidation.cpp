// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/registryvalidation.h"

#include "core/validation.h"
#include "storage/tr.h"

#include <QSet>

namespace cp::storage {

namespace {

class RegistryChecker
{
public:
    RegistryChecker(const Registry &registry, const QString &location)
        : m_validator(m_catalog), m_location(location)
    {
        for (const core::SectorInfo &sector : registry.sectors) {
            if (!m_catalog.add(sector) && m_error.isEmpty())
                fail(sector.id, core::ValidationError{QStringLiteral("sectors.id"), sector.id,
                                                      Tr::tr("empty or used twice")});
        }
    }

    //! Validates every record of one layer; stops at the first failing record.
    template<typename Record>
    void checkLayer(const char *layer, const QList<Record> &records)
    {
        QSet<QString> seen;
        for (const Record &record : records) {
            if (!m_error.isEmpty())
                return;
            const core::ValidationErrors errors = m_validator.validate(record);
            if (!errors.isEmpty()) {
                fail(record.id, errors.first());
            } else if (seen.contains(record.id)) {
                fail(record.id, core::ValidationError{QString::fromLatin1(layer) + QStringLiteral(".id"), record.id,
                                                      Tr::tr("id used twice in this layer")});
            }
            seen.insert(record.id);
        }
    }

    void checkBoundary(const core::Boundary &boundary)
    {
        const core::ValidationErrors errors = m_validator.validate(boundary);
        if (!errors.isEmpty() && m_error.isEmpty())
            fail(boundary.name, errors.first());
    }

    QString error() const { return m_error; }

private:
    void fail(const QString &id, const core::ValidationError &e)
    {
        m_error = Tr::tr("%1: record \"%2\": %3").arg(m_location, id, e.toString());
    }

    core::SectorCatalog m_catalog;
    core::Validator m_validator;
    QString m_location;
    QString m_error;
};

} // namespace

bool validateRegistry(const Registry &registry, const QString &location, QString *error)
{
    RegistryChecker checker(registry, location);
    checker.checkBoundary(registry.countyBoundary);
    checker.checkLayer("towns", registry.towns);
    checker.checkLayer("enterprises", registry.enterprises);
    checker.checkLayer("shelters", registry.shelters);
    checker.checkLayer("rescue_stations", registry.rescueStations);
    checker.checkLayer("teams", registry.teams);
    checker.checkLayer("supply_depots", registry.supplyDepots);
    checker.checkLayer("roads", registry.roads);
    checker.checkLayer("demand_points", registry.demandPoints);
    if (checker.error().isEmpty())
        return true;
    if (error)
        *error = checker.error();
    return false;
}

} // namespace cp::storage
