// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace cp::feeds {

/*!
 * \brief Runs commandpost-feedsim on a free loopback port, for `commandpost --demo` and tests.
 *
 * Starts the simulator with "--port 0", reads the "listening on 127.0.0.1:PORT" line and offers
 * the feed's base URL. The process is terminated when this object is destroyed.
 */
class LocalSimulator : public QObject
{
    Q_OBJECT

public:
    explicit LocalSimulator(QObject *parent = nullptr);
    ~LocalSimulator() override;

    /*!
     * The simulator next to the running program: the same directory (installed), or
     * ../commandpost-feedsim/ (the build tree, app/<program>/). Empty when neither exists.
     */
    static QString defaultProgram();

    //! Starts \a program with \a arguments and "--port 0". listening() or failed() follows.
    void start(const QString &program, const QStringList &arguments);
    //! Blocks up to \a msecs for listening(); true when the URL is known.
    bool waitForListening(int msecs);
    //! http://127.0.0.1:PORT once listening, else empty.
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorText() const { return m_error; }

signals:
    //! Emitted when the simulator reports its port.
    void listening(const QUrl &baseUrl);
    //! Emitted when the simulator could not start or exited before listening; \a error says why.
    void failed(const QString &error);

private:
    void readOutput();
    void fail(const QString &error);

    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace cp::feeds
