// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/classifier.h"
#include "alarms/defaultclassifier.h"
#include "core/enterprise.h"

#include <QHash>

namespace cp::sectors {
class SectorRegistry;
struct Reading;
} // namespace cp::sectors

namespace cp::alarms {

/*!
 * \brief Classifies through the sector plugins: the rules live in the plugins, not in a copy here.
 *
 * Each event becomes a sectors::Reading for the enterprise's sector; the enterprise's own
 * setpoints (sectorAttributes["setpoints"]) override the plugin defaults. Only when no loaded
 * plugin knows the sector (or the enterprise is unknown and no sector is given) does it fall back
 * to DefaultClassifier's generic levels. Reads the registry only, so it may run on the engine's
 * thread while the registry lives on another.
 */
class SectorClassifier : public Classifier
{
public:
    //! \a registry is not owned and must outlive the classifier.
    explicit SectorClassifier(const sectors::SectorRegistry &registry);

    //! The enterprises whose setpoints apply, keyed by id; replaces those given before.
    void setEnterprises(const QList<core::Enterprise> &enterprises);

    Classification classify(const AlarmEvent &event, const QString &sectorId) const override;

    /*!
     * The reading a plugin judges for \a event. Feed protocol v1 (docs/feed-api.md) reports coal-mine
     * methane in "%" from sensors named after their 煤矿安全规程 location code ("T1-01"); the plugin
     * names locations ("face") and the unit "%CH4", so those are translated here.
     */
    static sectors::Reading readingOf(const AlarmEvent &event);

private:
    const sectors::SectorRegistry &m_registry;
    QHash<QString, core::Enterprise> m_enterprises;
    DefaultClassifier m_fallback;
};

} // namespace cp::alarms
