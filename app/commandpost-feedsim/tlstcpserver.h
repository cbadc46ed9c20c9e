// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QTcpServer>
#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslKey>
#endif

namespace cp::feedsim {

/*!
 * \brief A QTcpServer that speaks TLS once it has a certificate and key (plain TCP otherwise),
 * so the client's certificate verification can be tested against the simulator.
 */
class TlsTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;
    /*!
     * Loads the PEM certificate \a certFile and key \a keyFile. Returns false with \a error set
     * (naming the file) when one cannot be read, or when this Qt has no TLS.
     */
    bool setTls(const QString &certFile, const QString &keyFile, QString *error);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
#ifndef QT_NO_SSL
    QSslCertificate m_certificate;
    QSslKey m_key;
#endif
    bool m_tls = false;
};

} // namespace cp::feedsim
