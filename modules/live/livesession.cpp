// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/livesession.h"

#include "core/beijingtime.h"

#include "live/sessionworker.h"
#include "live/tr.h"

#include <QPointer>

namespace cp::live {

LiveSession::LiveSession(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("live-session"));
}

LiveSession::~LiveSession() { stop(); }

bool LiveSession::start(const LiveSessionConfig &config, QString *error)
{
    if (m_worker) {
        *error = Tr::tr("The live session already runs on %1").arg(m_config.storePath);
        return false;
    }
    if (!config.sectors) {
        *error = Tr::tr("The live session needs the sector plugins");
        return false;
    }
    m_config = config;
    // Outlets run on the session's thread: each posts a copy to this object's thread.
    const QPointer<LiveSession> self(this);
    SessionWorker::Outlets outlets;
    outlets.delta = [self](const AlarmDelta &delta) {
        QMetaObject::invokeMethod(self, [self, delta] { if (self) self->applyDelta(delta); }, Qt::QueuedConnection);
    };
    outlets.feeds = [self](const QList<core::FeedStatus> &feeds) {
        QMetaObject::invokeMethod(self, [self, feeds] {
            if (!self)
                return;
            self->m_feeds = feeds;
            std::sort(self->m_feeds.begin(), self->m_feeds.end(),
                      [](const core::FeedStatus &a, const core::FeedStatus &b) { return a.feedId < b.feedId; });
            emit self->feedsChanged();
        }, Qt::QueuedConnection);
    };
    outlets.escalated = [self](const core::Alarm &alarm) {
        QMetaObject::invokeMethod(self, [self, alarm] { if (self) emit self->escalated(alarm); }, Qt::QueuedConnection);
    };
    outlets.actionFinished = [self](quint64 id, const alarms::ActionResult &result) {
        QMetaObject::invokeMethod(self, [self, id, result] { if (self) emit self->actionFinished(id, result); },
                                  Qt::QueuedConnection);
    };
    outlets.problem = [self](const QString &text) {
        QMetaObject::invokeMethod(self, [self, text] { if (self) emit self->storeProblem(text); }, Qt::QueuedConnection);
    };
    outlets.feedRole = [self](const QString &feedId, const QString &holder) {
        QMetaObject::invokeMethod(self, [self, feedId, holder] { if (self) emit self->feedRoleChanged(feedId, holder); },
                                  Qt::QueuedConnection);
    };

    outlets.sharedConnection = [self](bool connected, const QString &reason) {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QMetaObject::invokeMethod(self, [self, connected, reason, at] {
            if (!self)
                return;
            if (connected)
                self->m_connectionLostAt = QDateTime();
            else if (!self->m_connectionLostAt.isValid())
                self->m_connectionLostAt = at;
            emit self->sharedConnectionChanged(connected, reason);
        }, Qt::QueuedConnection);
    };

    // The worker is made on the session's thread, so its timers and connections belong to it.
    m_thread.start();
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    SessionWorker *worker = nullptr;
    QString startError;
    QMetaObject::invokeMethod(context, [&worker, &startError, &outlets, this] {
        worker = new SessionWorker(m_config, outlets);
        if (!worker->start(&startError)) {
            delete worker;
            worker = nullptr;
        }
    }, Qt::BlockingQueuedConnection);
    context->deleteLater();
    if (!worker) {
        m_thread.quit();
        m_thread.wait();
        *error = startError;
        return false;
    }
    m_worker = worker;
    return true;
}

void LiveSession::stop()
{
    if (!m_worker)
        return;
    SessionWorker *worker = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(worker, [worker] {
        worker->stop();
        delete worker;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

const core::Alarm *LiveSession::alarm(const core::AlarmKey &key) const
{
    const auto it = m_alarms.constFind(key);
    return it == m_alarms.constEnd() ? nullptr : &it.value();
}

QString LiveSession::readOnlyText(const QDateTime &lostAt)
{
    return Tr::tr("Not done: this seat cannot reach the shared database since %1 and is read-only until it is back")
        .arg(core::beijingText(lostAt));
}

quint64 LiveSession::request(const AlarmAction &action)
{
    const quint64 id = ++m_nextRequest;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] {
            emit actionFinished(id, {false, Tr::tr("The live session is not running")});
        }, Qt::QueuedConnection);
        return id;
    }
    if (isReadOnly()) {
        const QString refusal = readOnlyText(m_connectionLostAt);
        QMetaObject::invokeMethod(this, [this, id, refusal] { emit actionFinished(id, {false, refusal}); }, Qt::QueuedConnection);
        return id;
    }
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, action] { worker->act(id, action); }, Qt::QueuedConnection);
    return id;
}

quint64 LiveSession::acknowledge(const core::AlarmKey &key, const QString &comment)
{
    return request({AlarmAction::Kind::Acknowledge, key, comment});
}

quint64 LiveSession::shelve(const core::AlarmKey &key, qint64 durationMs, const QString &comment)
{
    return request({AlarmAction::Kind::Shelve, key, comment, durationMs});
}

quint64 LiveSession::unshelve(const core::AlarmKey &key, const QString &comment)
{
    return request({AlarmAction::Kind::Unshelve, key, comment});
}

quint64 LiveSession::suppress(const core::AlarmKey &key, const QString &reason)
{
    return request({AlarmAction::Kind::Suppress, key, reason});
}

quint64 LiveSession::unsuppress(const core::AlarmKey &key, const QString &comment)
{
    return request({AlarmAction::Kind::Unsuppress, key, comment});
}

quint64 LiveSession::removeFromService(const core::AlarmKey &key, const QString &reason)
{
    return request({AlarmAction::Kind::RemoveFromService, key, reason});
}

quint64 LiveSession::returnToService(const core::AlarmKey &key, const QString &comment)
{
    return request({AlarmAction::Kind::ReturnToService, key, comment});
}

quint64 LiveSession::comment(const core::AlarmKey &key, const QString &text)
{
    return request({AlarmAction::Kind::Comment, key, text});
}

quint64 LiveSession::verify(const core::AlarmKey &key, core::Verification verification, const QString &reason)
{
    return request({AlarmAction::Kind::Verify, key, reason, 0, verification});
}

QList<alarms::AlarmEpisode> LiveSession::searchHistory(const alarms::HistoryQuery &query) const
{
    QList<alarms::AlarmEpisode> found;
    if (SessionWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker, &found, query] { found = worker->searchHistory(query); },
                                  Qt::BlockingQueuedConnection);
    return found;
}

QList<core::QuarantinedItem> LiveSession::quarantined(const QString &feedId, int limit) const
{
    QList<core::QuarantinedItem> items;
    if (SessionWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker, &items, feedId, limit] { items = worker->quarantined(feedId, limit); },
                                  Qt::BlockingQueuedConnection);
    return items;
}

void LiveSession::applyDelta(const AlarmDelta &delta)
{
    QList<core::AlarmKey> changed;
    QList<core::AlarmKey> removed = delta.removed;
    if (delta.replaceAll) {
        removed = m_alarms.keys();
        m_alarms.clear();
    }
    for (const core::AlarmKey &key : std::as_const(delta.removed))
        m_alarms.remove(key);
    changed.reserve(delta.changed.size());
    for (const core::Alarm &a : delta.changed) {
        m_alarms.insert(a.key, a);
        changed.append(a.key);
    }
    if (delta.eventsArrived > 0)
        emit eventsArrived(delta.eventsArrived);
    if (delta.inFlood != m_inFlood) {
        m_inFlood = delta.inFlood;
        emit floodChanged(m_inFlood);
    }
    emit alarmsChanged(changed, removed);
}

} // namespace cp::live
