// SPDX-License-Identifier: GPL-2.0-or-later
#include "tlstcpserver.h"

#include "tr.h"

#include <QFile>
#ifndef QT_NO_SSL
#include <QSslSocket>
#endif

namespace cp::feedsim {

bool TlsTcpServer::setTls(const QString &certFile, const QString &keyFile, QString *error)
{
#ifndef QT_NO_SSL
    QFile cert(certFile);
    if (!cert.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("--tls-cert %1: %2").arg(certFile, cert.errorString());
        return false;
    }
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    if (m_certificate.isNull()) {
        *error = Tr::tr("--tls-cert %1: no PEM certificate").arg(certFile);
        return false;
    }
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("--tls-key %1: %2").arg(keyFile, key.errorString());
        return false;
    }
    m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    if (m_key.isNull()) {
        *error = Tr::tr("--tls-key %1: no PEM RSA private key").arg(keyFile);
        return false;
    }
    m_tls = true;
    return true;
#else
    Q_UNUSED(certFile)
    Q_UNUSED(keyFile)
    *error = Tr::tr("--tls-cert: this build of Qt has no TLS");
    return false;
#endif
}

void TlsTcpServer::incomingConnection(qintptr descriptor)
{
#ifndef QT_NO_SSL
    if (m_tls) {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        addPendingConnection(socket);
        socket->startServerEncryption();
        return;
    }
#endif
    QTcpServer::incomingConnection(descriptor);
}

} // namespace cp::feedsim
