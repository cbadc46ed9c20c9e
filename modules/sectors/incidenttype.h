// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/capability.h"
#include "sectors/localizedname.h"

#include <QList>
#include <QStringList>

#include <initializer_list>

namespace cp::sectors {

/*!
 * \brief A kind of incident of one sector: what rescue it needs and what the on-site plan says to do.
 *
 * Dispatch ranks teams holding every capability in capabilities; the checklist is the sector's
 * on-site response plan (现场处置方案), step by step, in Chinese as the duty officers use it.
 */
struct IncidentType
{
    QString id; //!< stable, stored in Incident::incidentType, e.g. "toxic_leak"
    LocalizedName name;
    QList<core::Capability> capabilities;
    QStringList checklist;

    static IncidentType make(const char *id, LocalizedName name, QList<core::Capability> capabilities,
                             std::initializer_list<const char *> steps)
    {
        IncidentType t{QString::fromLatin1(id), std::move(name), std::move(capabilities), {}};
        for (const char *step : steps)
            t.checklist.append(QString::fromUtf8(step));
        return t;
    }
};

} // namespace cp::sectors
