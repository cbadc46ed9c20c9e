// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "scenario.h"
#include "simoptions.h"
#include "tlstcpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>

#include <memory>
#include <vector>

class QTcpSocket;

namespace cp::feedsim {

/*!
 * \brief The HTTP/1.1 server of feed protocol v1: GET /api/v1/alarms?cursor=&limit=.
 *
 * Events are generated as scenario time passes into an ordered in-memory log; the cursor is
 * "c" + the base-36 index of the next event. One request per connection (Connection: close).
 */
class SimServer : public QObject
{
    Q_OBJECT

public:
    SimServer(const SimOptions &options, const QList<SimEnterprise> &enterprises, QObject *parent = nullptr);

    //! Loads --tls-cert/--tls-key when given; false with \a error set when they cannot be read.
    bool configureTls(QString *error);
    //! Listens on 127.0.0.1; returns false with \a error set when the port cannot be bound.
    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    //! Opens the --log file; returns false with \a error set when it cannot be written.
    bool openLog(QString *error);

private:
    struct Response
    {
        int status = 200;
        QByteArray reason = "OK";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
    };

    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    Response handle(const QByteArray &head);
    Response alarms(const QString &query);
    void generateUntilNow();
    QByteArray eventJson(qint64 index) const;
    static Response error(int status, const QByteArray &reason, const QString &message);
    void send(QTcpSocket *socket, const Response &response);

    SimOptions m_options;
    Scenario m_scenario;
    TlsTcpServer m_server;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    std::vector<SimEvent> m_log;
    bool m_generatorPending = false;
    SimEvent m_nextEvent;
    qint64 m_requests = 0;
    QFile m_logFile;
};

} // namespace cp::feedsim
