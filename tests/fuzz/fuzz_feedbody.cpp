// SPDX-License-Identifier: GPL-2.0-or-later
// The body of GET /api/v1/alarms as a feed server sends it (docs/feed-api.md). Whatever it holds,
// the parser gives a verdict: a refused body names why and takes nothing; a taken event has its
// ids, a finite value and a valid time; a quarantined item keeps at most maxQuarantinedBytes.
#include "feeds/feedparser.h"

#include <QByteArray>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

bool isWhole(const cp::core::AlarmEvent &e)
{
    return !e.id.isEmpty() && !e.enterpriseId.isEmpty() && !e.sensorId.isEmpty() && !e.kind.isEmpty()
           && !e.unit.isEmpty() && std::isfinite(e.value) && e.time.isValid();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<int>(size));
    const cp::feeds::ParsedBody parsed = cp::feeds::parseAlarmsBody(body);
    if (!parsed.ok && (parsed.error.isEmpty() || !parsed.events.isEmpty()))
        std::abort();
    for (const cp::core::AlarmEvent &event : parsed.events) {
        if (!isWhole(event)) {
            std::fprintf(stderr, "taken: id \"%s\", enterprise \"%s\", sensor \"%s\", kind \"%s\", unit \"%s\", value %g, time %s\n",
                         qPrintable(event.id), qPrintable(event.enterpriseId), qPrintable(event.sensorId),
                         qPrintable(event.kind), qPrintable(event.unit), event.value,
                         qPrintable(event.time.toString(Qt::ISODateWithMs)));
            std::abort();
        }
    }
    for (const cp::core::QuarantinedItem &item : parsed.quarantined) {
        if (item.raw.size() > cp::feeds::maxQuarantinedBytes || item.reason.isEmpty()
            || cp::feeds::describeQuarantined(item).isEmpty())
            std::abort();
    }
    return 0;
}
