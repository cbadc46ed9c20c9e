// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/changefollower.h"

#include "storage/postgresschema.h"
#include "storage/postgresstore.h"
#include "storage/sqlconnection.h"
#include "storage/sqlstatement.h"
#include "storage/tr.h"

#include <QSqlQuery>

namespace cp::storage {

namespace {

constexpr int firstBackoffMs = 250;
constexpr int longestBackoffMs = 8000;
//! Changes read per query; a seat far behind reads several pages in one fetch.
constexpr int pageSize = 5000;

} // namespace

ChangeFollower::ChangeFollower(PostgresAddress address, qint64 afterSeq, Options options, QObject *parent)
    : QObject(parent), m_address(std::move(address)), m_options(options), m_lastSeq(afterSeq), m_backoffMs(firstBackoffMs)
{
    qRegisterMetaType<ChangeRecord>();
    qRegisterMetaType<QList<ChangeRecord>>();
    m_heartbeat.setInterval(m_options.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeFollower::fetch);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ChangeFollower::connectToServer);
}

std::unique_ptr<ChangeFollower> ChangeFollower::fromNow(const PostgresStore &store, Options options, QString *error)
{
    const std::optional<qint64> latest = store.latestChange(error);
    if (!latest)
        return nullptr;
    return std::make_unique<ChangeFollower>(store.address(), *latest, options);
}

ChangeFollower::~ChangeFollower() = default;

void ChangeFollower::start() { connectToServer(); }

bool ChangeFollower::isConnected() const { return m_connection != nullptr; }

void ChangeFollower::connectToServer()
{
    auto connection = std::make_unique<SqlConnection>();
    QString error;
    // Named, so the IT staff (and the tests) tell a seat's follower from its store in pg_stat_activity.
    if (!connection->openPostgres(m_address.conninfo + QStringLiteral(" application_name=commandpost-changes"),
                                  m_address.label, &error)) {
        disconnected(error);
        return;
    }
    if (m_options.listen) {
        QSqlDriver *driver = connection->database().driver();
        if (!driver->subscribeToNotification(PostgresSchema::notificationChannel())) {
            disconnected(Tr::tr("%1: cannot listen for changes").arg(m_address.label));
            return;
        }
        connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
                this, &ChangeFollower::onNotification);
    }
    m_connection = std::move(connection);
    m_backoffMs = firstBackoffMs;
    m_heartbeat.start();
    emit connectionChanged(true, QString());
    fetch(); // whatever changed while this seat was away
}

void ChangeFollower::disconnected(const QString &reason)
{
    const bool wasConnected = m_connection != nullptr;
    m_connection.reset();
    m_heartbeat.stop();
    if (wasConnected || m_backoffMs == firstBackoffMs)
        emit connectionChanged(false, reason);
    m_reconnect.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, longestBackoffMs);
}

void ChangeFollower::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    // The payload is the change's number: one this seat already has needs no round trip.
    if (name == PostgresSchema::notificationChannel() && payload.toLongLong() > m_lastSeq)
        fetch();
}

void ChangeFollower::fetch()
{
    while (m_connection) {
        QList<ChangeRecord> changes;
        QString error;
        {
            QSqlQuery query(m_connection->database());
            query.setForwardOnly(true);
            if (runStatement(query, changesAfterSql(), {m_lastSeq, pageSize},
                             Tr::tr("%1: cannot read the change log").arg(m_address.label), &error))
                changes = changeRecordsFrom(query);
        } // the query ends before a lost connection is closed
        if (!error.isEmpty()) {
            disconnected(error);
            return;
        }
        if (changes.isEmpty())
            return;
        m_lastSeq = changes.last().seq;
        emit changed(changes);
        if (changes.size() < pageSize)
            return;
    }
}

} // namespace cp::storage
