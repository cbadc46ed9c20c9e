// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/demandpoint.h"
#include "core/enterprise.h"
#include "core/rescuestation.h"
#include "core/roadsegment.h"
#include "core/sectorcatalog.h"
#include "core/shelter.h"
#include "core/supplydepot.h"
#include "core/team.h"
#include "core/town.h"

#include <QList>
#include <QString>

namespace cp::core {

//! One rule a record breaks: the field as "layer.field", the offending value, and a translated message.
struct ValidationError
{
    QString field;
    QString value;
    QString message;

    //! "field = value: message", the form the log and the UI show.
    QString toString() const;

    friend bool operator==(const ValidationError &a, const ValidationError &b)
    {
        return a.field == b.field && a.value == b.value && a.message == b.message;
    }
};

using ValidationErrors = QList<ValidationError>;

/*!
 * \brief The one place where domain records are checked before they are accepted.
 *
 * Every importer, the store and the feed go through it, so a rule is written once. Field names
 * are those of the data model (docs/data-model.md), so a message points at the exact column.
 */
class Validator
{
public:
    //! \a sectors is the catalog sector ids are checked against; it must outlive the validator.
    explicit Validator(const SectorCatalog &sectors);

    ValidationErrors validate(const Town &town) const;
    ValidationErrors validate(const Enterprise &enterprise) const;
    ValidationErrors validate(const Shelter &shelter) const;
    ValidationErrors validate(const RescueStation &station) const;
    ValidationErrors validate(const Team &team) const;
    ValidationErrors validate(const SupplyDepot &depot) const;
    ValidationErrors validate(const RoadSegment &road) const;
    ValidationErrors validate(const DemandPoint &point) const;
    //! Every ring closed, with at least four vertices; an empty boundary (no rings) is valid.
    ValidationErrors validate(const Boundary &boundary) const;
    /*!
     * An event as it arrived at \a receivedAt: ids, kind and unit present; a finite value inside its
     * kind's physical range (alarmKinds(); a kind outside the catalogue is not bounded here); a valid
     * time at most maxClockLeadSeconds after \a receivedAt (a source clock that far ahead is wrong).
     */
    ValidationErrors validate(const AlarmEvent &event, const QDateTime &receivedAt = QDateTime::currentDateTimeUtc()) const;

    //! How far an event's time may lie ahead of its arrival: a day, as issue 17 states; clock skew is seconds.
    static constexpr qint64 maxClockLeadSeconds = 24 * 3600;

private:
    const SectorCatalog &m_sectors;
};

} // namespace cp::core
