// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedhealth.h"

namespace cp::feeds {

FeedHealth::FeedHealth(const FeedHealthSettings &settings, const QDateTime &startedAt)
    : m_settings(settings)
    , m_startedAt(startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc())
{
}

void FeedHealth::recordSuccess(const QDateTime &at, int quarantinedItems, const QString &error)
{
    m_lastSuccess = at;
    m_failures = 0;
    m_blocked = false;
    m_lastHadQuarantine = quarantinedItems > 0;
    if (m_lastHadQuarantine) {
        m_lastError = error;
        m_lastErrorAt = at;
    }
}

void FeedHealth::recordFailure(const QDateTime &at, const QString &error)
{
    ++m_failures;
    m_blocked = false;
    m_lastError = error;
    m_lastErrorAt = at;
}

void FeedHealth::recordBlocked(const QDateTime &at, const QString &error)
{
    recordFailure(at, error); // counts for the backoff like any failure
    m_blocked = true;
}

core::FeedHealthState FeedHealth::state(const QDateTime &now) const
{
    using State = core::FeedHealthState;
    if (m_blocked)
        return State::Blocked;
    if (m_failures >= m_settings.downAfterFailures)
        return State::Down;
    const QDateTime since = m_lastSuccess.isValid() ? m_lastSuccess : m_startedAt;
    if (since.msecsTo(now) > m_settings.staleAfterMs)
        return State::Stale;
    if (m_failures > 0 || m_lastHadQuarantine)
        return State::Degraded;
    return State::Up;
}

} // namespace cp::feeds
