// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/sector.h"

#include <QFile>

namespace cp::sectors {

const AlarmKind *Sector::alarmKind(const QString &id) const
{
    for (const AlarmKind &k : alarmKinds) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

const IncidentType *Sector::incidentType(const QString &id) const
{
    for (const IncidentType &t : incidentTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QByteArray Sector::symbolSvg() const
{
    QFile file(metadata.icon);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace cp::sectors
