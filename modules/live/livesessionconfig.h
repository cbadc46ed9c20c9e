// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmenginesettings.h"
#include "core/enterprise.h"
#include "feeds/feedsettings.h"
#include "storage/changefollower.h"

#include <QList>
#include <QString>

#include <optional>

namespace cp::sectors {
class SectorRegistry;
}

namespace cp::live {

//! What a live-alarm session runs on: its store, its feeds, the engine's settings and the registry.
struct LiveSessionConfig
{
    QString storePath;                      //!< the GeoPackage the session writes (one writer per file)
    //! The shared PostgreSQL database (a URI, conninfo or service, PostgresAddress); when set, storePath is unused.
    QString databaseAddress;
    //! How a seat on the shared database follows the other seats' changes (NOTIFY and a heartbeat).
    storage::ChangeFollower::Options following;
    QList<feeds::FeedSettings> feeds;
    alarms::AlarmEngineSettings engine;
    //! The registry's enterprises (sectors and setpoints); nullopt: read from the store's registry.
    std::optional<QList<core::Enterprise>> enterprises;
    const sectors::SectorRegistry *sectors = nullptr; //!< not owned; must outlive the session
    QString user;                           //!< who the officer's actions are recorded as
    int refreshIntervalMs = 100;            //!< deltas to the GUI at most this often (DESIGN.md: ≤ 10 Hz)
};

//! One operator action on one alarm, as the console asks for it.
struct AlarmAction
{
    enum class Kind
    {
        Acknowledge,
        Shelve,
        Unshelve,
        Suppress,          //!< needs a reason (comment)
        Unsuppress,
        RemoveFromService, //!< needs a reason (comment)
        ReturnToService,
        Comment,
        Verify,            //!< needs verification and a reason (comment)
    };

    Kind kind = Kind::Acknowledge;
    core::AlarmKey key;
    QString comment;
    qint64 shelveMs = 0;
    core::Verification verification = core::Verification::None;
};

} // namespace cp::live
