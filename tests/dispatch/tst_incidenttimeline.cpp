// SPDX-License-Identifier: GPL-2.0-or-later
// IncidentTimeline: time order whatever the order of adding, equal times in the order added.
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
        core::Incident incident;
        incident.id = QStringLiteral("INC-1");
        incident.title = QStringLiteral("tank fire");
        incident.responseLevel = core::ResponseLevel::III;
        incident.openedAt = t0.addSecs(120);
        incident.openedBy = QStringLiteral("duty1");
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E1"), QStringLiteral("A-9"), QStringLiteral("combustible_gas")};
        alarm.value = 42;
        alarm.unit = QStringLiteral("%LEL");
        alarm.threshold = 25;
        alarm.raisedAt = t0;
        timeline.addNote(t0.addSecs(600), QStringLiteral("duty2"), QStringLiteral("wind from the north"));
        timeline.addOrderEvent({QStringLiteral("INC-1-001"), QStringLiteral("INC-1"), QStringLiteral("T1"),
                                core::DispatchStatus::Dispatched, t0.addSecs(300), QStringLiteral("duty1")},
                               QStringLiteral("Fire team 1"));
        timeline.addOrderEvent({QStringLiteral("INC-1-001"), QStringLiteral("INC-1"), QStringLiteral("T1"),
                                core::DispatchStatus::EnRoute, t0.addSecs(300), QStringLiteral("duty1")},
                               QStringLiteral("Fire team 1"));
        timeline.addOpened(incident);
        timeline.addAlarm(alarm);
        timeline.addSupplyMovement({QStringLiteral("D1"), QStringLiteral("tent"), 5, QStringLiteral("pcs"),
                                    QStringLiteral("INC-1"), t0.addSecs(900), QStringLiteral("duty2"), 300},
                                   QStringLiteral("County depot"));

        QStringList texts;
        QList<TimelineKind> kinds;
        for (const TimelineEntry &e : timeline.entries()) {
            texts.append(e.text);
            kinds.append(e.kind);
        }
        QCOMPARE(kinds, QList<TimelineKind>({TimelineKind::Alarm, TimelineKind::Opened, TimelineKind::Order,
                                             TimelineKind::Status, TimelineKind::Note, TimelineKind::Supplies}));
        QCOMPARE(texts[0], QStringLiteral("Alarm E1/A-9/combustible_gas (combustible_gas): 42 %LEL against limit 25"));
        QVERIFY2(texts[1].startsWith(QStringLiteral("Incident opened: tank fire, response level ")), qPrintable(texts[1]));
        QCOMPARE(texts[2], QStringLiteral("Fire team 1 dispatched (order INC-1-001)"));
        QCOMPARE(texts[3], QStringLiteral("Fire team 1: En route"));
        QCOMPARE(texts[5], QStringLiteral("5 pcs tent issued from County depot"));
        QCOMPARE(timeline.entries()[4].user, QStringLiteral("duty2"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentTimeline)
#include "tst_incidenttimeline.moc"
