// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/classifier.h"
#include "core/enterprise.h"

#include <QHash>

namespace cp::sectors {
class SectorRegistry;
} // namespace cp::sectors

namespace cp::alarms {

/*!
 * \brief Classifies through the sector plugins: the rules live in the plugins, not in a copy here.
 *
 * Each event is judged by the rules of its enterprise's sector, with the enterprise's own
 * setpoints (sectorAttributes["setpoints"]) over the plugin defaults; an enterprise not given to
 * setEnterprises() is judged by the rules of the sector the caller names, without setpoints. An
 * event of an unknown enterprise of no named sector, of a sector no plugin is loaded for, or of a
 * kind the sector does not know comes back UnknownKind: the engine shows it unclassified, never quietly low. The system kind
 * communication_failure (core/alarmkinds.h) is CommandPost's own and judged here: High. Reads the
 * registry only, so it may run on the engine's thread while the registry lives on another.
 */
class SectorClassifier : public Classifier
{
public:
    //! \a registry is not owned and must outlive the classifier.
    explicit SectorClassifier(const sectors::SectorRegistry &registry);

    //! The enterprises whose sectors and setpoints apply, keyed by id; replaces those given before.
    void setEnterprises(const QList<core::Enterprise> &enterprises);

    sectors::Classification classify(const core::AlarmEvent &event, const QString &sectorId) const override;

private:
    const sectors::SectorRegistry &m_registry;
    QHash<QString, core::Enterprise> m_enterprises;
};

} // namespace cp::alarms
