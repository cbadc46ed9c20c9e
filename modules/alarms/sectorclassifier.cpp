// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/sectorclassifier.h"

#include "alarms/tr.h"
#include "core/alarmkinds.h"
#include "sectors/sectorregistry.h"

namespace cp::alarms {

SectorClassifier::SectorClassifier(const sectors::SectorRegistry &registry) : m_registry(registry) {}

void SectorClassifier::setEnterprises(const QList<core::Enterprise> &enterprises)
{
    m_enterprises.clear();
    for (const core::Enterprise &e : enterprises)
        m_enterprises.insert(e.id, e);
}

sectors::Classification SectorClassifier::classify(const core::AlarmEvent &event, const QString &sectorId) const
{
    using Status = sectors::Classification::Status;
    sectors::Classification c;
    if (const core::AlarmKindInfo *kind = core::alarmKind(event.kind); kind && kind->system) {
        // A lost source blinds the desk to all its alarms (ISA-18.2 treats it as an alarm): High.
        c.status = Status::Alarm;
        c.priority = core::AlarmPriority::High;
        c.ruleId = QStringLiteral("lost");
        c.explanation = event.message;
        return c;
    }
    const auto known = m_enterprises.constFind(event.enterpriseId);
    if (known != m_enterprises.constEnd())
        return m_registry.classify(known.value(), event);
    if (sectorId.isEmpty()) {
        c.status = Status::UnknownKind;
        c.explanation = Tr::tr("Enterprise %1 is not in the registry: no sector rules apply").arg(event.enterpriseId);
        return c;
    }
    core::Enterprise unlisted; // the caller knows its sector, not its setpoints
    unlisted.id = event.enterpriseId;
    unlisted.sectorId = sectorId;
    return m_registry.classify(unlisted, event);
}

} // namespace cp::alarms
