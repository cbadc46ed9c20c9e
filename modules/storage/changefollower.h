// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/changerecord.h"
#include "storage/postgresaddress.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace cp::storage {

class PostgresStore;
class SqlConnection;

/*!
 * \brief Follows the shared database's change log for one seat: every change once, in order.
 *
 * On its own connection it LISTENs for the change notifications and, on each one, on a
 * heartbeat and after every reconnect, fetches every change after the last one it delivered. A
 * lost notification therefore costs at most a heartbeat, never a change; a change is delivered
 * once because sequence numbers follow commit order (PostgresSchema). A killed backend only
 * silences Qt's notification signal, so the heartbeat's fetch is also what notices a dead
 * connection: then connectionChanged(false), and reconnects with backoff (0.25 s doubling to 8 s).
 */
class ChangeFollower : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        //! How often the log is read without a notification, and the connection checked.
        int heartbeatMs = 2000;
        /*!
         * False: poll on the heartbeat only, for a seat behind a pooler in transaction mode
         * (pgbouncer), where LISTEN does not reach the seat.
         */
        bool listen = true;
    };

    //! Follows the database at \a address from after change \a afterSeq (0: from the first change).
    ChangeFollower(PostgresAddress address, qint64 afterSeq, Options options, QObject *parent = nullptr);
    /*!
     * A follower of \a store's database from its latest change on, not started: what a seat that
     * has just read the store needs. nullptr with \a error when the log cannot be read.
     */
    static std::unique_ptr<ChangeFollower> fromNow(const PostgresStore &store, Options options, QString *error);
    ~ChangeFollower() override;

    //! Connects and starts following; connectionChanged() reports the outcome.
    void start();
    //! The sequence number of the last change delivered.
    qint64 lastSeq() const { return m_lastSeq; }
    bool isConnected() const;

signals:
    //! Changes after lastSeq() in order, each exactly once.
    void changed(const QList<cp::storage::ChangeRecord> &changes);
    //! The connection came up or went down (\a reason: the server's message).
    void connectionChanged(bool connected, const QString &reason);

private:
    void connectToServer();
    void disconnected(const QString &reason);
    void fetch();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    PostgresAddress m_address;
    Options m_options;
    qint64 m_lastSeq = 0;
    std::unique_ptr<SqlConnection> m_connection;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    int m_backoffMs; //!< the wait before the next reconnect
};

} // namespace cp::storage
