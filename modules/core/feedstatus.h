// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cp::core {

//! How a feed is doing, as the status bar, the feeds dialog and `commandpost-admin status` show it.
enum class FeedHealthState
{
    Up,       //!< polls succeed
    Degraded, //!< the last poll failed, or items of it were quarantined
    Stale,    //!< no successful poll for the stale interval
    Down,     //!< the configured number of polls in a row failed
    Blocked,  //!< the page at the cursor cannot be parsed at all: the feed cannot move on
    Standby,  //!< another seat of the shared database ingests it; this one takes over when that seat ends
};

QString toKey(FeedHealthState state);
template<>
std::optional<FeedHealthState> fromKey<FeedHealthState>(const QString &key);
QString displayName(FeedHealthState state);
//! True for the states that raise the communication-failure alarm: down, blocked and stale.
bool isLost(FeedHealthState state);

/*!
 * \brief One feed as the store keeps it: where it resumes, what it delivered, how it is doing.
 *
 * The cursor and the counts commit with each batch; the health fields are written by the seat
 * that ingests the feed when they change, so other seats and the IT staff's command read them.
 */
struct FeedStatus
{
    QString feedId;
    QString url;              //!< origin and path only: never a token or a query
    QString cursor;           //!< the last committed cursor; empty before the first commit
    qint64 eventsStored = 0;  //!< events stored for the first time, all time
    qint64 quarantined = 0;   //!< items refused and kept raw, all time
    FeedHealthState health = FeedHealthState::Up;
    QString healthReason;     //!< e.g. "blocked at cursor c1f: the body is not valid JSON …"
    QDateTime lastSuccess;
    QString lastError;
    QDateTime lastErrorAt;
    qint64 eventsToday = 0;   //!< events delivered since Beijing midnight
    qint64 lagMs = -1;        //!< source time of the newest event to its commit; -1 when none yet
    QDateTime updatedAt;      //!< when the health fields were last written
};

//! One item of a feed page that was refused on its own: kept raw, with where it came from and why.
struct QuarantinedItem
{
    QString feedId;
    QString cursor;           //!< the cursor the page was asked for with
    int index = -1;           //!< position in the page's "alarms" array
    QString eventId;          //!< the item's id when it had a readable one, else empty
    QByteArray raw;           //!< the item's bytes as received (capped by the parser)
    QString field;            //!< the offending field, when one is known
    QString reason;           //!< translated
    QDateTime receivedAt;
};

} // namespace cp::core
