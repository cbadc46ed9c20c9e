// SPDX-License-Identifier: GPL-2.0-or-later
#include "simserver.h"

#include "tr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace cp::feedsim {

namespace {
constexpr int maxHeadBytes = 16 * 1024;
constexpr int defaultLimit = 500;
constexpr int maxLimit = 5000;
constexpr int duplicatesServed = 5;
// China Standard Time: the sources in the county report local time with its offset.
constexpr int chinaOffsetSeconds = 8 * 3600;

QByteArray jsonString(const QString &text)
{
    // QJsonDocument escapes exactly as JSON needs; strip the array brackets around one value.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString cursorFor(qint64 index) { return QStringLiteral("c") + QString::number(index, 36); }
} // namespace

SimServer::SimServer(const SimOptions &options, const QList<SimEnterprise> &enterprises, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_scenario(options.scenario, enterprises, options.rate, options.seed)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &SimServer::onConnection);
}

bool SimServer::configureTls(QString *error)
{
    return m_options.tlsCertFile.isEmpty() || m_server.setTls(m_options.tlsCertFile, m_options.tlsKeyFile, error);
}

bool SimServer::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, m_options.port))
        return true;
    *error = Tr::tr("--port %1: %2").arg(m_options.port).arg(m_server.errorString());
    return false;
}

bool SimServer::openLog(QString *error)
{
    if (m_options.logFile.isEmpty())
        return true;
    m_logFile.setFileName(m_options.logFile);
    if (m_logFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return true;
    *error = Tr::tr("--log %1: %2").arg(m_options.logFile, m_logFile.errorString());
    return false;
}

void SimServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void SimServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > maxHeadBytes) {
            socket->setProperty("answered", true);
            send(socket, error(431, "Request Header Fields Too Large", Tr::tr("The request head exceeds %1 bytes").arg(maxHeadBytes)));
        } else {
            socket->setProperty("buffer", buffer);
        }
        return;
    }
    socket->setProperty("answered", true);
    const Response response = handle(buffer.left(end));
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
            if (guarded)
                send(guarded, response);
        });
    } else {
        send(socket, response);
    }
}

SimServer::Response SimServer::error(int status, const QByteArray &reason, const QString &message)
{
    Response r;
    r.status = status;
    r.reason = reason;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    return r;
}

SimServer::Response SimServer::handle(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return error(400, "Bad Request", Tr::tr("Malformed request line"));
    if (requestLine.at(0) != "GET")
        return error(405, "Method Not Allowed", Tr::tr("Only GET is served"));
    const QString target = QString::fromUtf8(requestLine.at(1));
    const QString path = target.section(QLatin1Char('?'), 0, 0);
    if (path != QLatin1String("/api/v1/alarms"))
        return error(404, "Not Found", Tr::tr("No resource at %1").arg(path));
    if (!m_options.token.isEmpty()) {
        QByteArray authorization;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "authorization")
                authorization = line.mid(colon + 1).trimmed();
        }
        if (authorization != "Bearer " + m_options.token.toUtf8()) {
            Response r = error(401, "Unauthorized", Tr::tr("A valid Bearer token is required"));
            r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
            return r;
        }
    }
    return alarms(target.section(QLatin1Char('?'), 1));
}

void SimServer::generateUntilNow()
{
    const qint64 scenarioNowMs = static_cast<qint64>(m_clock.elapsed() * m_options.speed);
    while (m_options.maxEvents < 0 || static_cast<qint64>(m_log.size()) < m_options.maxEvents) {
        if (!m_generatorPending) {
            m_nextEvent = m_scenario.next();
            m_generatorPending = true;
        }
        if (m_nextEvent.offsetMs > scenarioNowMs)
            break;
        m_log.push_back(m_nextEvent);
        m_generatorPending = false;
    }
}

QByteArray SimServer::eventJson(qint64 index) const
{
    const SimEvent &e = m_log.at(static_cast<size_t>(index));
    const SimEnterprise &enterprise = m_scenario.enterprises().at(e.enterprise);
    const SimSensor &sensor = m_scenario.sensor(e.enterprise, e.sensor);
    qint64 offsetMs = e.offsetMs;
    if (m_options.faults.outOfOrder > 0 && (index + 1) % m_options.faults.outOfOrder == 0)
        offsetMs -= 1000 * (1 + (index * 7919) % 300); // moved back 1–300 s, the same each time it is served
    const QDateTime time = m_startedAt.addMSecs(offsetMs).toOffsetFromUtc(chinaOffsetSeconds);
    QByteArray json = "{\"id\":" + jsonString(QStringLiteral("sim-%1-%2").arg(m_options.seed).arg(index))
                      + ",\"enterprise_id\":" + jsonString(enterprise.id)
                      + ",\"sensor_id\":" + jsonString(sensor.id)
                      + ",\"kind\":" + jsonString(sensor.kind)
                      + ",\"value\":" + QByteArray::number(e.value, 'g', 10)
                      + ",\"unit\":" + jsonString(sensor.unit)
                      + ",\"state\":" + (e.active ? "\"active\"" : "\"cleared\"")
                      + ",\"time\":" + jsonString(time.toString(Qt::ISODate));
    if (!e.message.isEmpty())
        json += ",\"message\":" + jsonString(e.message);
    return json + '}';
}

SimServer::Response SimServer::alarms(const QString &queryText)
{
    const QUrlQuery query(queryText);
    generateUntilNow();
    const qint64 available = static_cast<qint64>(m_log.size());
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    qint64 from = 0;
    if (!cursor.isEmpty()) {
        bool ok = false;
        from = cursor.startsWith(QLatin1Char('c')) ? cursor.mid(1).toLongLong(&ok, 36) : -1;
        if (!ok || from < 0 || from > available)
            return error(400, "Bad Request", Tr::tr("Unknown cursor \"%1\"").arg(cursor));
    }
    int limit = defaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return error(400, "Bad Request", Tr::tr("limit must be a whole number from 1 to %1").arg(maxLimit));
    }
    const qint64 n = ++m_requests;
    const auto hits = [n](int period) { return period > 0 && n % period == 0; };
    if (hits(m_options.faults.serverError)) {
        Response r = error(503, "Service Unavailable", Tr::tr("Simulated outage"));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(m_options.retryAfterSeconds)));
        return r;
    }
    const qint64 to = std::min(available, from + limit);
    QList<qint64> served;
    if (hits(m_options.faults.duplicates)) {
        for (qint64 i = std::max<qint64>(0, from - duplicatesServed); i < from; ++i)
            served.append(i);
    }
    for (qint64 i = from; i < to; ++i)
        served.append(i);

    Response r;
    r.body = "{\"cursor\":" + jsonString(cursorFor(to)) + ",\"alarms\":[";
    QByteArray logLines;
    QByteArray delivery = "complete";
    if (hits(m_options.faults.truncated))
        delivery = "truncated";
    else if (hits(m_options.faults.oversize))
        delivery = "oversize";
    else if (hits(m_options.faults.slow))
        delivery = "slow"; // the client may time out first: maybe delivered
    const QByteArray servedMs = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    for (int k = 0; k < served.size(); ++k) {
        const QByteArray item = eventJson(served.at(k));
        if (k > 0)
            r.body += ',';
        r.body += item;
        if (m_logFile.isOpen()) {
            logLines += "{\"request\":" + QByteArray::number(n) + ",\"served_ms\":" + servedMs + ",\"delivery\":\""
                        + delivery + "\",\"event\":" + item + "}\n";
        }
    }
    r.body += ']';
    if (delivery == "oversize") {
        // An unknown field, as a later protocol version might add: only its size is wrong.
        const qint64 padding = std::max<qint64>(0, m_options.oversizeBytes - r.body.size());
        r.body += ",\"padding\":\"" + QByteArray(padding, 'x') + '"';
    }
    r.body += '}';
    if (delivery == "truncated")
        r.body.truncate(r.body.size() / 2);
    if (hits(m_options.faults.slow))
        r.delayMs = m_options.slowMs;
    if (m_logFile.isOpen()) {
        m_logFile.write(logLines);
        m_logFile.flush();
    }
    return r;
}

void SimServer::send(QTcpSocket *socket, const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n"
                      + "Content-Type: application/json; charset=utf-8\r\n"
                      + "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n"
                      + "Connection: close\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    socket->write(head + "\r\n");
    socket->write(response.body);
    socket->disconnectFromHost();
}

} // namespace cp::feedsim
