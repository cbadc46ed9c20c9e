// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/feedstatus.h"

#include <QDateTime>
#include <QString>

namespace cp::feeds {

//! Thresholds of the feed health states; named defaults the bureau may change (U).
struct FeedHealthSettings
{
    //! Consecutive failed polls after which the feed is down.
    int downAfterFailures = 5;
    //! No successful poll for this long and the data on screen is stale.
    qint64 staleAfterMs = 2 * 60 * 1000;
};

/*!
 * \brief The health of one feed: up, degraded, stale, down or blocked, with the last error.
 *
 * Blocked: the last answer came but could not be read at all (the feed cannot move past its
 * cursor). Down: downAfterFailures polls in a row failed. Stale: no success for staleAfterMs (or
 * none yet since start). Degraded: the last poll failed, or succeeded with items quarantined. Up
 * otherwise.
 */
class FeedHealth
{
public:
    explicit FeedHealth(const FeedHealthSettings &settings = {}, const QDateTime &startedAt = QDateTime());

    //! A poll succeeded; \a quarantinedItems items of it were refused (\a error is the first reason).
    void recordSuccess(const QDateTime &at, int quarantinedItems = 0, const QString &error = QString());
    void recordFailure(const QDateTime &at, const QString &error);
    //! An answer arrived that cannot be read at all: the feed is blocked at its cursor until one can.
    void recordBlocked(const QDateTime &at, const QString &error);
    //! The state at \a now (stale depends on time passing).
    core::FeedHealthState state(const QDateTime &now) const;

    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime lastErrorAt() const { return m_lastErrorAt; }
    int consecutiveFailures() const { return m_failures; }

private:
    FeedHealthSettings m_settings;
    QDateTime m_startedAt;
    QDateTime m_lastSuccess;
    QDateTime m_lastErrorAt;
    QString m_lastError;
    int m_failures = 0;
    bool m_lastHadQuarantine = false;
    bool m_blocked = false;
};

} // namespace cp::feeds
