// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"
#include "core/enterprise.h"
#include "sectors/classification.h"
#include "sectors/alarmkind.h"
#include "sectors/attributespec.h"
#include "sectors/incidenttype.h"
#include "sectors/indicator.h"

#include <QtPlugin>

namespace cp::sectors {

/*!
 * \brief What one industry sector contributes: its attributes, alarm rules, incident types and
 * plan indicators.
 *
 * A plugin is a QObject that implements this interface and declares
 * `Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "<id>.json")`. The JSON names the sector
 * (id, nameZh, nameEn, version, interfaceVersion, icon); the host reads it before running any of
 * the plugin's code. A plugin returns data built from the shared types; the shared engines
 * (ThresholdEngine, MajorHazard) apply it, so a plugin holds only its sector's own rules.
 * The four table functions are called once, when the registry loads the plugin;
 * derivedAttributes() whenever an enterprise's attributes change; sensorLocation() and
 * proposeResponseLevel() for every reading, from the alarm pipeline's thread, so they must be fast,
 * must not block and must only read.
 */
class SectorPlugin
{
public:
    //! The interface version this host implements; a plugin's JSON must state the same.
    static constexpr int interfaceVersion = 2;

    virtual ~SectorPlugin();

    //! The sector's enterprise attributes beyond the common ones, in facility-panel order.
    virtual QList<AttributeSpec> attributes() const = 0;
    //! The alarm kinds the sector knows, each with its limits.
    virtual QList<AlarmKind> alarmKinds() const = 0;
    //! The sector's incident types, with required capabilities and response checklist.
    virtual QList<IncidentType> incidentTypes() const = 0;
    //! The sector's indicators for the county plan's targets; may be empty.
    virtual QList<Indicator> indicators() const = 0;

    /*!
     * Attributes computed from those entered (hazchem: R and grade from the inventory). The
     * default computes nothing. On bad input returns an empty map and sets \a error.
     */
    virtual QVariantMap derivedAttributes(const core::Enterprise &enterprise, QString *error) const;

    /*!
     * The location id (an AlarmKind::locations id) of the sensor that sent \a event, for kinds with
     * per-location rules: sources name their sensors by the sector's own codes (a coal mine's
     * "T1-03" is at the face). The default: no location.
     */
    virtual QString sensorLocation(const core::AlarmEvent &event) const;

    /*!
     * The response level (Ⅰ–Ⅳ) the sector's rules propose for an alarm \a judged of \a enterprise,
     * e.g. toxic gas at a major hazard installation. Called only for Status::Alarm; the default
     * keeps the rule's own level (ThresholdRule::responseLevel).
     */
    virtual core::ResponseLevel proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                     const Classification &judged) const;
};

} // namespace cp::sectors

//! The IID of SectorPlugin; its suffix is SectorPlugin::interfaceVersion.
#define CommandPostSectorPlugin_iid "org.commandpost.SectorPlugin/2"
Q_DECLARE_INTERFACE(cp::sectors::SectorPlugin, CommandPostSectorPlugin_iid)
