// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedhealth.h"

#include "feeds/tr.h"

namespace cp::feeds {

FeedHealth::FeedHealth(const FeedHealthSettings &settings, const QDateTime &startedAt)
    : m_settings(settings)
    , m_startedAt(startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc())
{
}

void FeedHealth::recordSuccess(const QDateTime &at, int rejectedItems, const QString &error)
{
    m_lastSuccess = at;
    m_failures = 0;
    m_lastHadRejections = rejectedItems > 0;
    if (m_lastHadRejections) {
        m_lastError = error;
        m_lastErrorAt = at;
    }
}

void FeedHealth::recordFailure(const QDateTime &at, const QString &error)
{
    ++m_failures;
    m_lastError = error;
    m_lastErrorAt = at;
}

FeedHealth::State FeedHealth::state(const QDateTime &now) const
{
    if (m_failures >= m_settings.downAfterFailures)
        return State::Down;
    const QDateTime since = m_lastSuccess.isValid() ? m_lastSuccess : m_startedAt;
    if (since.msecsTo(now) > m_settings.staleAfterMs)
        return State::Stale;
    if (m_failures > 0 || m_lastHadRejections)
        return State::Degraded;
    return State::Ok;
}

QString toKey(FeedHealth::State state)
{
    switch (state) {
    case FeedHealth::State::Ok: return QStringLiteral("ok");
    case FeedHealth::State::Degraded: return QStringLiteral("degraded");
    case FeedHealth::State::Stale: return QStringLiteral("stale");
    case FeedHealth::State::Down: return QStringLiteral("down");
    }
    return {};
}

QString displayName(FeedHealth::State state)
{
    switch (state) {
    case FeedHealth::State::Ok: return Tr::tr("OK");
    case FeedHealth::State::Degraded: return Tr::tr("Degraded");
    case FeedHealth::State::Stale: return Tr::tr("Stale");
    case FeedHealth::State::Down: return Tr::tr("Down");
    }
    return {};
}

} // namespace cp::feeds
