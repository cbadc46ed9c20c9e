// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

namespace cp::test {

/*!
 * \brief A real HTTP/1.1 server on loopback that answers each request with the next scripted
 * response (the last one again when the script runs out) and records what it was asked.
 */
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray target;  //!< path and query exactly as sent
        QList<QPair<QByteArray, QByteArray>> headers; //!< names in lower case
        QByteArray header(const QByteArray &name) const;
    };

    ScriptedHttpServer();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    //! Queues a response: status, extra header lines ("Name: value"), body.
    void respond(int status, const QList<QByteArray> &headers, const QByteArray &body);
    //! A 200 application/json page with \a body.
    void respondJson(const QByteArray &body) { respond(200, {"Content-Type: application/json"}, body); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<QByteArray> m_script;
    QList<Request> m_requests;
    int m_next = 0;
};

} // namespace cp::test
