// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedparser.h"
#include "feeds/retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cp::feeds;

namespace {
QJsonObject validItem()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("e1")},
        {QStringLiteral("enterprise_id"), QStringLiteral("E0001")},
        {QStringLiteral("sensor_id"), QStringLiteral("GT-01")},
        {QStringLiteral("kind"), QStringLiteral("combustible_gas")},
        {QStringLiteral("value"), 37.5},
        {QStringLiteral("unit"), QStringLiteral("%LEL")},
        {QStringLiteral("state"), QStringLiteral("active")},
        {QStringLiteral("time"), QStringLiteral("2026-11-29T03:12:45+08:00")},
        {QStringLiteral("message"), QStringLiteral("free text")},
    };
}

QByteArray body(const QJsonArray &items, const QJsonValue &cursor = QStringLiteral("c9"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("cursor"), cursor}, {QStringLiteral("alarms"), items}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void aValidItemIsTakenWithEveryField()
    {
        const ParsedBody p = parseAlarmsBody(body({validItem()}));
        QVERIFY(p.ok);
        QCOMPARE(p.cursor, QStringLiteral("c9"));
        QCOMPARE(p.events.size(), 1);
        const auto &e = p.events.first();
        QCOMPARE(e.id, QStringLiteral("e1"));
        QCOMPARE(e.enterpriseId, QStringLiteral("E0001"));
        QCOMPARE(e.sensorId, QStringLiteral("GT-01"));
        QCOMPARE(e.kind, QStringLiteral("combustible_gas"));
        QCOMPARE(e.value, 37.5);
        QCOMPARE(e.unit, QStringLiteral("%LEL"));
        QVERIFY(e.active);
        QCOMPARE(e.time.toUTC(), QDateTime(QDate(2026, 11, 28), QTime(19, 12, 45), Qt::UTC));
        QCOMPARE(e.message, QStringLiteral("free text"));
    }

    void aBadItemIsRefusedAloneWithItsReason_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined removes the field
        QTest::addColumn<QString>("reason");
        const QJsonValue missing(QJsonValue::Undefined);
        for (const char *f : {"id", "enterprise_id", "sensor_id", "kind", "value", "unit", "state", "time"})
            QTest::newRow(qPrintable(QStringLiteral("a missing %1 is refused").arg(QLatin1String(f)))) << f << missing << "is missing";
        for (const char *f : {"id", "enterprise_id", "sensor_id", "kind", "unit", "state", "time", "message"})
            QTest::newRow(qPrintable(QStringLiteral("a numeric %1 is refused").arg(QLatin1String(f)))) << f << QJsonValue(5) << "must be a JSON string";
        QTest::newRow("a value given as a string is refused") << "value" << QJsonValue(QStringLiteral("37.5")) << "must be a JSON number";
        QTest::newRow("a value given as true is refused") << "value" << QJsonValue(true) << "must be a JSON number";
        QTest::newRow("a state other than active or cleared is refused") << "state" << QJsonValue(QStringLiteral("alarm")) << "must be \"active\" or \"cleared\"";
        QTest::newRow("a time without a UTC offset is refused") << "time" << QJsonValue(QStringLiteral("2026-11-29T03:12:45")) << "UTC offset";
        QTest::newRow("a time that is not ISO 8601 is refused") << "time" << QJsonValue(QStringLiteral("29/11/2026 03:12")) << "ISO 8601";
        QTest::newRow("an empty enterprise id is refused") << "enterprise_id" << QJsonValue(QStringLiteral(" ")) << "must not be empty";
        QTest::newRow("an empty sensor id is refused") << "sensor_id" << QJsonValue(QString()) << "must not be empty";
        // Found by tests/fuzz/feedbody (regressions/empty-unit.json): an empty unit was taken.
        QTest::newRow("an empty unit is refused") << "unit" << QJsonValue(QString()) << "must not be empty";
        QTest::newRow("a reading below its kind's physical range is refused")
            << "value" << QJsonValue(-1e300) << "outside the physical range of combustible_gas (0 … 100 %LEL)";
        QTest::newRow("a percentage above 100 is refused") << "value" << QJsonValue(250.0) << "outside the physical range";
        QTest::newRow("a time in the year 9999 is refused")
            << "time" << QJsonValue(QStringLiteral("9999-12-31T23:59:59+08:00")) << "more than a day after its arrival";
    }

    void aBadItemIsRefusedAloneWithItsReason()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject bad = validItem();
        bad[QStringLiteral("id")] = QStringLiteral("bad");
        if (value.isUndefined())
            bad.remove(field);
        else
            bad[field] = value;
        QJsonObject good = validItem();
        good[QStringLiteral("id")] = QStringLiteral("good");
        const ParsedBody p = parseAlarmsBody(body({good, bad}));
        QVERIFY(p.ok);
        QCOMPARE(p.events.size(), 1);
        QCOMPARE(p.events.first().id, QStringLiteral("good"));
        QCOMPARE(p.quarantined.size(), 1);
        const cp::core::QuarantinedItem &r = p.quarantined.first();
        QCOMPARE(r.index, 1);
        QCOMPARE(r.field, field);
        const QString id = field == QLatin1String("id") ? QString() : QStringLiteral("bad");
        QCOMPARE(r.eventId, id);
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
        const QByteArray page = body({good, bad});
        QVERIFY2(!r.raw.isEmpty() && page.contains(QByteArray(',' + r.raw + ']')), r.raw.constData()); // the item's own bytes are kept
        QVERIFY2(describeQuarantined(r).startsWith(id.isEmpty() ? QStringLiteral("alarms[1] ") : QStringLiteral("alarms[1] (id bad)")),
                 qPrintable(describeQuarantined(r)));
    }

    void clearedAndNegativeOffsetsAreTaken()
    {
        QJsonObject item = validItem();
        item[QStringLiteral("state")] = QStringLiteral("cleared");
        item[QStringLiteral("time")] = QStringLiteral("2026-11-29T03:12:45.250-05:00");
        item.remove(QStringLiteral("message"));
        const ParsedBody p = parseAlarmsBody(body({item}));
        QCOMPARE(p.events.size(), 1);
        QVERIFY(!p.events.first().active);
        QCOMPARE(p.events.first().time.toUTC().time(), QTime(8, 12, 45, 250));
    }

    void unknownFieldsAreIgnored()
    {
        QJsonObject item = validItem();
        item[QStringLiteral("quality")] = QStringLiteral("good");
        item[QStringLiteral("setpoints")] = QJsonObject{{QStringLiteral("high"), 25}};
        const QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("cursor"), QStringLiteral("c1")},
                                                          {QStringLiteral("alarms"), QJsonArray{item}},
                                                          {QStringLiteral("server_version"), 2}})
                                    .toJson();
        const ParsedBody p = parseAlarmsBody(text);
        QVERIFY(p.ok);
        QCOMPARE(p.events.size(), 1);
        QVERIFY(p.quarantined.isEmpty());
    }

    void anItemThatIsNotAnObjectIsRefusedAlone()
    {
        const ParsedBody p = parseAlarmsBody(body({42, validItem()}));
        QVERIFY(p.ok);
        QCOMPARE(p.events.size(), 1);
        QCOMPARE(p.quarantined.first().index, 0);
        QCOMPARE(p.quarantined.first().raw, QByteArray("42"));
    }

    void anItemJsonCannotReadIsQuarantinedAloneAndTheRestTaken_data()
    {
        QTest::addColumn<QByteArray>("badItem");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a number out of range") << QByteArray(R"({"id":"e2","enterprise_id":"E1","value":1e400})") << "number";
        QTest::newRow("invalid UTF-8 in a string")
            << QByteArray("{\"id\":\"e2\",\"message\":\"\xff\xfe broken\",\"value\":1}") << "UTF-8";
        QTest::newRow("a string with escapes, brackets and a bad number")
            << QByteArray(R"({"id":"e2","message":"a \"quoted\" ] } [ {","value":-1e999})") << "number";
    }

    void anItemJsonCannotReadIsQuarantinedAloneAndTheRestTaken()
    {
        QFETCH(QByteArray, badItem);
        QFETCH(QString, reason);
        QJsonObject first = validItem();
        QJsonObject last = validItem();
        last[QStringLiteral("id")] = QStringLiteral("e3");
        const QByteArray text = "{\"cursor\": \"c+1/=&%# \xe4\xb8\xad\", \"alarms\": [" + QJsonDocument(first).toJson(QJsonDocument::Compact)
                                + ", " + badItem + ",\n " + QJsonDocument(last).toJson(QJsonDocument::Compact) + "]}";
        QVERIFY(QJsonDocument::fromJson(text).isNull()); // JSON refuses the page as a whole
        const ParsedBody p = parseAlarmsBody(text);
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.cursor, QString::fromUtf8("c+1/=&%# \xe4\xb8\xad"));
        QCOMPARE(p.events.size(), 2);
        QCOMPARE(p.events.at(0).id, QStringLiteral("e1"));
        QCOMPARE(p.events.at(1).id, QStringLiteral("e3"));
        QCOMPARE(p.quarantined.size(), 1);
        QCOMPARE(p.quarantined.first().index, 1);
        QCOMPARE(p.quarantined.first().eventId, QStringLiteral("e2"));
        QCOMPARE(p.quarantined.first().raw, badItem);
        QVERIFY2(p.quarantined.first().reason.contains(reason, Qt::CaseInsensitive), qPrintable(p.quarantined.first().reason));
    }

    void aBadBodyTakesNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const QByteArray full = body({validItem()});
        QTest::newRow("truncated JSON") << full.left(full.size() / 2) << "not valid JSON";
        QTest::newRow("an HTML error page") << QByteArray("<html>502</html>") << "not valid JSON";
        QTest::newRow("an empty body") << QByteArray() << "not valid JSON";
        QTest::newRow("a JSON array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("no cursor") << QByteArray("{\"alarms\":[]}") << "cursor";
        QTest::newRow("a numeric cursor") << body({}, 5) << "cursor";
        QTest::newRow("alarms as an object") << QByteArray("{\"cursor\":\"c\",\"alarms\":{}}") << "alarms";
        QTest::newRow("a bad item in a page cut off") << QByteArray("{\"cursor\":\"c\",\"alarms\":[{\"value\":1e400},{\"id\":") << "not valid JSON";
        QTest::newRow("a bad item and no cursor") << QByteArray("{\"alarms\":[{\"value\":1e400}]}") << "not valid JSON";
    }

    void aBadBodyTakesNothing()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const ParsedBody p = parseAlarmsBody(text);
        QVERIFY(!p.ok);
        QVERIFY(p.events.isEmpty());
        QVERIFY(p.cursor.isEmpty());
        QVERIFY2(p.error.contains(error), qPrintable(p.error));
    }

    void retryAfterTakesSecondsAndHttpDates_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("an HTTP-date 90 s ahead") << QByteArray("Sun, 29 Nov 2026 03:01:30 GMT") << qint64(90000);
        QTest::newRow("an HTTP-date in the past is now") << QByteArray("Sun, 29 Nov 2026 02:00:00 GMT") << qint64(0);
        QTest::newRow("no header") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative seconds") << QByteArray("-5") << qint64(-1);
    }

    void retryAfterTakesSecondsAndHttpDates()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, ms);
        QCOMPARE(parseRetryAfter(header, QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC)), ms);
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
