// SPDX-License-Identifier: GPL-2.0-or-later
#include "pageserver.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace cp::bench {

QByteArray pageCursor(int index) { return index == 0 ? QByteArray() : "p" + QByteArray::number(index); }

PageServer::PageServer(QList<QByteArray> pages) : m_pages(std::move(pages)) {}

PageServer::~PageServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool PageServer::start()
{
    m_thread.start();
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    quint16 port = 0;
    QSemaphore ready;
    QMetaObject::invokeMethod(context, [this, context, &port, &ready] {
        auto *server = new QTcpServer(context);
        if (server->listen(QHostAddress::LocalHost, 0))
            port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->peek(64 * 1024);
                    if (!head.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QByteArray target = head.split(' ').value(1);
                    const QString cursor = QUrlQuery(QUrl(QString::fromLatin1(target)).query())
                                               .queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
                    int index = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
                    const QByteArray body = index < m_pages.size()
                                                ? m_pages.at(index)
                                                : "{\"cursor\":\"" + cursor.toLatin1() + "\",\"alarms\":[]}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        ready.release();
    });
    ready.acquire();
    QObject::connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return port != 0;
}

} // namespace cp::bench
