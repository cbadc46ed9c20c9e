// SPDX-License-Identifier: GPL-2.0-or-later
#include "scriptedhttpserver.h"

#include <QTcpSocket>

namespace cp::test {

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first == name.toLower())
            return h.second;
    return {};
}

ScriptedHttpServer::ScriptedHttpServer()
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString ScriptedHttpServer::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

void ScriptedHttpServer::respond(int status, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    for (const QByteArray &h : headers)
        text += h + "\r\n";
    text += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    m_script.append(text);
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
    socket->setProperty("seen", seen);
    const int end = static_cast<int>(seen.indexOf("\r\n\r\n"));
    if (end < 0 || m_script.isEmpty())
        return;
    Request request;
    const QList<QByteArray> lines = seen.left(end).split('\n');
    request.target = lines.value(0).split(' ').value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = static_cast<int>(lines.at(i).indexOf(':'));
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
    }
    m_requests.append(request);
    socket->write(m_script.at(std::min(m_next++, static_cast<int>(m_script.size()) - 1)));
    socket->disconnectFromHost();
}

} // namespace cp::test
