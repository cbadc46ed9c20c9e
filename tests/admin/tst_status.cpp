// SPDX-License-Identifier: GPL-2.0-or-later
// `commandpost-admin status` on a store holding two feeds and a handful of alarms in known states:
// the JSON keys the issue names, the counts, the text form, and a clear error for a bad store.
// The incident side is written by the desk's own workflow (dispatch::IncidentSession) on the sample registry.
#include "adminprocess.h"
#include "dispatch/incidentsession.h"
#include "sampleregistry.h"
#include "storage/geopackagestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;

namespace {

core::Alarm alarm(const QString &sensor, core::AlarmState state, core::AlarmPriority priority, bool classified = true)
{
    core::Alarm a;
    a.key = {QStringLiteral("E001"), sensor, QStringLiteral("combustible_gas")};
    a.feedId = QStringLiteral("north");
    a.eventId = sensor + QStringLiteral("-1");
    a.state = state;
    a.priority = priority;
    a.classified = classified;
    a.conditionActive = true;
    a.unit = QStringLiteral("%LEL");
    a.raisedAt = a.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);
    return a;
}

//! Three incidents (one closed), the registry's team off duty, D01's beds moved below their minimum
//! to D02, and 40 people in S01: what the status must count.
void writeIncidents(storage::GeoPackageStore &store)
{
    QString error;
    const storage::Registry registry = test::sampleRegistry();
    QVERIFY2(store.writeRegistry(registry, &error), qPrintable(error));
    dispatch::IncidentSession session(&store);
    session.setResources(registry.teams, registry.supplyDepots, registry.shelters);
    const QDateTime t(QDate(2026, 12, 1), QTime(3, 5), Qt::UTC);
    const QString user = QStringLiteral("duty");
    QStringList ids;
    for (const core::ResponseLevel level : {core::ResponseLevel::III, core::ResponseLevel::II, core::ResponseLevel::III}) {
        core::Incident draft;
        draft.title = QStringLiteral("Incident ") + core::toKey(level);
        draft.responseLevel = level;
        const auto opened = session.open(draft, user, t, &error);
        QVERIFY2(opened, qPrintable(error));
        ids.append(opened->id);
    }
    QVERIFY2(session.close(ids.last(), QStringLiteral("false alarm"), user, t, &error), qPrintable(error));
    QVERIFY2(session.setOffDuty(QStringLiteral("TM01"), true, user, t, &error), qPrintable(error));
    QVERIFY2(session.transferSupplies(QStringLiteral("D01"), QStringLiteral("D02"), QStringLiteral("折叠床"), 250, user, t, &error),
             qPrintable(error));
    QVERIFY2(session.openShelter(QStringLiteral("S01"), ids.first(), user, t, &error), qPrintable(error));
    QVERIFY2(session.registerShelterMovement(QStringLiteral("S01"), dispatch::ShelterMovementKind::Arrival, {40, 10, 5, 2}, user,
                                             t, &error),
             qPrintable(error));
}

} // namespace

class TestAdminStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("status.gpkg"));
        QString error;
        auto store = storage::GeoPackageStore::create(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime t(QDate(2026, 12, 1), QTime(2, 59), Qt::UTC);
        const QList<core::AlarmEvent> events{
            {QStringLiteral("e1"), QStringLiteral("north"), QStringLiteral("E001"), QStringLiteral("GT-01"),
             QStringLiteral("combustible_gas"), 30, QStringLiteral("%LEL"), true, t, QString()},
            {QStringLiteral("e2"), QStringLiteral("north"), QStringLiteral("E001"), QStringLiteral("GT-02"),
             QStringLiteral("combustible_gas"), 31, QStringLiteral("%LEL"), true, t, QString()}};
        core::QuarantinedItem bad;
        bad.feedId = QStringLiteral("north");
        bad.index = 2;
        bad.raw = QByteArrayLiteral("{\"id\":\"e3\",\"value\":1e400}");
        bad.field = QStringLiteral("value");
        bad.reason = QStringLiteral("out of range");
        bad.receivedAt = t;
        QVERIFY2(store->commitFeedBatch(QStringLiteral("north"), events, {bad}, QStringLiteral("c+2/="), {}, &error),
                 qPrintable(error));
        core::FeedStatus south;
        south.feedId = QStringLiteral("south");
        south.url = QStringLiteral("http://127.0.0.1:9/");
        south.health = core::FeedHealthState::Down;
        south.healthReason = QStringLiteral("Network error: Connection refused");
        south.lastError = south.healthReason;
        south.lastErrorAt = t;
        QVERIFY2(store->saveFeedStatus(south, &error), qPrintable(error));
        QList<core::Alarm> alarms{alarm(QStringLiteral("GT-01"), core::AlarmState::UnacknowledgedActive, core::AlarmPriority::High),
                                  alarm(QStringLiteral("GT-02"), core::AlarmState::AcknowledgedActive, core::AlarmPriority::High),
                                  alarm(QStringLiteral("GT-03"), core::AlarmState::Shelved, core::AlarmPriority::Medium),
                                  alarm(QStringLiteral("GT-04"), core::AlarmState::UnacknowledgedActive, core::AlarmPriority::High, false),
                                  alarm(QStringLiteral("GT-05"), core::AlarmState::Normal, core::AlarmPriority::Low)};
        QVERIFY2(store->saveAlarms(alarms, {}, &error), qPrintable(error));
        writeIncidents(*store);
    }

    void jsonHasTheStableKeysAndTheCounts()
    {
        const test::AdminRun run = test::runAdmin({QStringLiteral("status"), QStringLiteral("--data"), m_store, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject status = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());

        const QJsonArray feeds = status.value(QStringLiteral("feeds")).toArray();
        QCOMPARE(feeds.size(), 2);
        const QJsonObject north = feeds.at(0).toObject();
        QCOMPARE(north.value(QStringLiteral("id")).toString(), QStringLiteral("north"));
        QCOMPARE(north.value(QStringLiteral("cursor")).toString(), QStringLiteral("c+2/="));
        QCOMPARE(north.value(QStringLiteral("health")).toString(), QStringLiteral("up"));
        QCOMPARE(north.value(QStringLiteral("events")).toInt(), 2);
        QCOMPARE(north.value(QStringLiteral("quarantined")).toInt(), 1);
        const QJsonObject south = feeds.at(1).toObject();
        QCOMPARE(south.value(QStringLiteral("id")).toString(), QStringLiteral("south"));
        QCOMPARE(south.value(QStringLiteral("health")).toString(), QStringLiteral("down"));
        QCOMPARE(south.value(QStringLiteral("events")).toInt(), 0);
        QVERIFY(south.value(QStringLiteral("health_reason")).toString().contains(QStringLiteral("refused")));
        for (const char *key : {"url", "events_today", "lag_ms", "last_success", "last_error", "last_error_at", "updated_at"})
            QVERIFY2(south.contains(QLatin1String(key)), key);

        const QJsonObject alarms = status.value(QStringLiteral("alarms")).toObject();
        QCOMPARE(alarms.value(QStringLiteral("open")).toInt(), 4); // the normal one is not open
        QCOMPARE(alarms.value(QStringLiteral("unacknowledged")).toInt(), 2);
        QCOMPARE(alarms.value(QStringLiteral("unclassified")).toInt(), 1);
        const QJsonObject byState = alarms.value(QStringLiteral("by_state")).toObject();
        QCOMPARE(byState.value(QStringLiteral("unack_active")).toInt(), 2);
        QCOMPARE(byState.value(QStringLiteral("ack_active")).toInt(), 1);
        QCOMPARE(byState.value(QStringLiteral("shelved")).toInt(), 1);
        const QJsonObject byPriority = alarms.value(QStringLiteral("by_priority")).toObject();
        QCOMPARE(byPriority.value(QStringLiteral("high")).toInt(), 3);
        QCOMPARE(byPriority.value(QStringLiteral("medium")).toInt(), 1);

        const QJsonObject incidents = status.value(QStringLiteral("incidents")).toObject();
        QCOMPARE(incidents.value(QStringLiteral("open")).toInt(), 2);
        const QJsonObject byLevel = incidents.value(QStringLiteral("by_level")).toObject();
        QCOMPARE(byLevel, (QJsonObject{{QStringLiteral("II"), 1}, {QStringLiteral("III"), 1}}));
        const QJsonObject teams = status.value(QStringLiteral("teams")).toObject().value(QStringLiteral("by_status")).toObject();
        QCOMPARE(teams, (QJsonObject{{QStringLiteral("off_duty"), 1}}));
        QCOMPARE(status.value(QStringLiteral("depots_below_minimum")).toInt(), 1);
        const QJsonObject shelters = status.value(QStringLiteral("shelters")).toObject();
        QCOMPARE(shelters.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(shelters.value(QStringLiteral("people")).toInt(), 40);
    }

    void textNamesEveryFeedAndItsHealth()
    {
        const test::AdminRun run = test::runAdmin({QStringLiteral("status"), QStringLiteral("--data"), m_store, QStringLiteral("--lang"),
                               QStringLiteral("en")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("north")) && text.contains(QStringLiteral("south")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Connection refused")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Open alarms: 4")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Open incidents: 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Depots below their minimum stock: 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Open shelters: 1, 40 people")), qPrintable(text));
    }

    void badArgumentsAndBadStoresAreNamed()
    {
        test::AdminRun run = test::runAdmin({QStringLiteral("status")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("--data"), run.err.constData());

        run = test::runAdmin({QStringLiteral("frobnicate")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("frobnicate"), run.err.constData());

        const QString notAStore = m_dir.filePath(QStringLiteral("notes.gpkg"));
        QFile file(notAStore);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the droids");
        file.close();
        run = test::runAdmin({QStringLiteral("status"), QStringLiteral("--data"), notAStore, QStringLiteral("--json")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(notAStore.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminStatus)
#include "tst_status.moc"
