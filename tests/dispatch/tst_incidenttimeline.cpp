// SPDX-License-Identifier: GPL-2.0-or-later
// IncidentTimeline: time order whatever the order of adding, equal times in the order added; events in words.
#include "dispatch/incidenttimeline.h"

#include <QtTest>

using namespace cp;
using namespace cp::dispatch;

class TestIncidentTimeline : public QObject
{
    Q_OBJECT

private slots:
    void entriesAreInTimeOrder()
    {
        const QDateTime t0(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);
        IncidentTimeline timeline;
        const TimelineNames names{[](const QString &id) { return id == QLatin1String("T1") ? QStringLiteral("Fire team 1") : QString(); },
                                  {}, {}, {}};
        const auto event = [](int seconds, const char *action, const char *detail, const char *user = "duty1") {
            return IncidentEvent{QStringLiteral("INC-1"), QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC).addSecs(seconds),
                                 QString::fromLatin1(user), QString::fromLatin1(action), QString::fromUtf8(detail)};
        };
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E1"), QStringLiteral("A-9"), QStringLiteral("combustible_gas")};
        alarm.value = 42;
        alarm.unit = QStringLiteral("%LEL");
        alarm.threshold = 25;
        alarm.raisedAt = t0;
        timeline.addEvent(event(600, "incident.note", R"({"text":"wind from the north"})", "duty2"), names);
        timeline.addEvent(event(300, "order.create", R"({"order":"INC-1-001","team":"T1","eta_s":300})"), names);
        timeline.addEvent(event(300, "order.status", R"({"order":"INC-1-001","team":"T1","status":"en_route"})"), names);
        timeline.addEvent(event(120, "incident.open", R"({"title":"tank fire","level":"III"})"), names);
        timeline.addAlarm(alarm);
        timeline.addSupplyMovement({QStringLiteral("D1"), QStringLiteral("tent"), 5, QStringLiteral("pcs"), QStringLiteral("INC-1"),
                                    t0.addSecs(900), QStringLiteral("duty2"), 300, SupplyMovementKind::Issue, {}},
                                   QStringLiteral("County depot"));
        timeline.addShelterMovement({QStringLiteral("S1"), QStringLiteral("INC-1"), ShelterMovementKind::Arrival, {12, 3, 2, 1},
                                     t0.addSecs(1000), QStringLiteral("duty2")},
                                    QStringLiteral("No. 1 Middle School"));
        timeline.addEvent(event(1100, "incident.status", R"({"from":"reported","to":"responding"})"), names);

        QStringList texts;
        QList<TimelineKind> kinds;
        for (const TimelineEntry &e : timeline.entries()) {
            texts.append(e.text);
            kinds.append(e.kind);
        }
        QCOMPARE(kinds, QList<TimelineKind>({TimelineKind::Alarm, TimelineKind::Opened, TimelineKind::Order, TimelineKind::Status,
                                             TimelineKind::Note, TimelineKind::Supplies, TimelineKind::Shelter, TimelineKind::Stage}));
        QCOMPARE(texts[0], QStringLiteral("Alarm E1/A-9/combustible_gas (combustible_gas): 42 %LEL against limit 25"));
        QCOMPARE(texts[1], QStringLiteral("Incident opened: tank fire, Level III response"));
        QCOMPARE(texts[2], QStringLiteral("Fire team 1 dispatched (order INC-1-001)"));
        QCOMPARE(texts[3], QStringLiteral("Fire team 1: En route"));
        QCOMPARE(texts[5], QStringLiteral("5 pcs tent issued from County depot"));
        QCOMPARE(texts[4], QStringLiteral("wind from the north"));
        QCOMPARE(texts[6], QStringLiteral("12 people (3 elderly, 2 children, 1 injured) arrived at No. 1 Middle School"));
        QCOMPARE(texts[7], QStringLiteral("Stage: Reported → Responding"));
        QCOMPARE(timeline.entries()[4].user, QStringLiteral("duty2"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentTimeline)
#include "tst_incidenttimeline.moc"
