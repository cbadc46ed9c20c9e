// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feedhealth.h"

#include <QString>
#include <QUrl>

namespace cp::feeds {

//! Everything one FeedClient needs; defaults are named and documented in docs/feed-api.md.
struct FeedSettings
{
    QString id;                       //!< the feed's name; keys its cursor in the store
    QUrl baseUrl;                     //!< e.g. https://feed.example.cn; the client appends /api/v1/alarms
    QString token;                    //!< Bearer token; empty sends no Authorization header
    QString caFile;                   //!< PEM file of extra trusted CAs; empty uses the system's
    int intervalMs = 2000;            //!< between polls once caught up
    int timeoutMs = 10000;            //!< a request that has not finished by then is aborted
    //! "limit" sent with each request: a poll's worth at 1,000 events/s (2 s) fits one answer, shown
    //! in one console refresh; about 1 MB of JSON, far under maxBodyBytes.
    int pageLimit = 5000;
    qint64 maxBodyBytes = 16 * 1024 * 1024; //!< a larger body is aborted while it arrives
    int backoffInitialMs = 1000;      //!< first retry delay after a failure
    int backoffMaxMs = 60000;         //!< retry delays double up to this
    double jitter = 0.2;              //!< each delay is spread ±this fraction at random
    int retryAfterMaxMs = 10 * 60 * 1000; //!< a server's Retry-After is honoured up to this
    FeedHealthSettings health;
};

} // namespace cp::feeds
