// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/alarmsettingsreader.h"

#include "alarms/tr.h"

#include <QSettings>

#include <limits>

namespace cp::alarms {

namespace {
template<typename Number>
void read(QSettings &s, const QString &key, Number &target, qint64 minimum, QStringList *errors)
{
    if (!s.contains(key))
        return;
    bool ok = false;
    const qint64 value = s.value(key).toString().toLongLong(&ok);
    if (!ok || value < minimum || value > std::numeric_limits<Number>::max()) {
        errors->append(Tr::tr("alarms/%1 = \"%2\" must be a whole number from %3 to %4; the default %5 is used")
                           .arg(key, s.value(key).toString())
                           .arg(minimum)
                           .arg(static_cast<qint64>(std::numeric_limits<Number>::max()))
                           .arg(target));
        return;
    }
    target = static_cast<Number>(value);
}
} // namespace

AlarmEngineSettings readAlarmEngineSettings(QSettings &settings, QStringList *errors)
{
    AlarmEngineSettings a;
    settings.beginGroup(QStringLiteral("alarms"));
    read(settings, QStringLiteral("chatter_activations"), a.chatterActivations, 2, errors);
    read(settings, QStringLiteral("chatter_window_ms"), a.chatterWindowMs, 1, errors);
    read(settings, QStringLiteral("flood_start_above"), a.floodStartAbove, 1, errors);
    read(settings, QStringLiteral("flood_end_below"), a.floodEndBelow, 1, errors);
    read(settings, QStringLiteral("flood_window_ms"), a.floodWindowMs, 1, errors);
    read(settings, QStringLiteral("stale_after_ms"), a.staleAfterMs, 1, errors);
    read(settings, QStringLiteral("max_shelve_ms"), a.maxShelveMs, 1, errors);
    read(settings, QStringLiteral("forget_after_ms"), a.forgetAfterMs, 1000, errors);
    if (settings.contains(QStringLiteral("unclassified_priority"))) {
        const QString key = settings.value(QStringLiteral("unclassified_priority")).toString();
        if (const auto priority = core::fromKey<core::AlarmPriority>(key))
            a.unclassifiedPriority = *priority;
        else
            errors->append(Tr::tr("alarms/unclassified_priority = \"%1\" must be low, medium, high or emergency; "
                                  "the default %2 is used").arg(key, core::toKey(a.unclassifiedPriority)));
    }
    for (core::AlarmPriority p : {core::AlarmPriority::Low, core::AlarmPriority::Medium, core::AlarmPriority::High,
                                  core::AlarmPriority::Emergency}) {
        auto &rule = a.escalation[static_cast<int>(p)];
        read(settings, QStringLiteral("escalation_%1_renotify_ms").arg(core::toKey(p)), rule.renotifyAfterMs, 1, errors);
        read(settings, QStringLiteral("escalation_%1_shift_leader_ms").arg(core::toKey(p)), rule.shiftLeaderAfterMs, 1, errors);
    }
    settings.endGroup();
    if (a.floodEndBelow > a.floodStartAbove) {
        errors->append(Tr::tr("alarms/flood_end_below (%1) must not exceed alarms/flood_start_above (%2); the defaults are used")
                           .arg(a.floodEndBelow)
                           .arg(a.floodStartAbove));
        a.floodStartAbove = AlarmEngineSettings().floodStartAbove;
        a.floodEndBelow = AlarmEngineSettings().floodEndBelow;
    }
    return a;
}

} // namespace cp::alarms
