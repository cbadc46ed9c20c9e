// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cp::feedsim {

/*!
 * \brief Fault kinds and the period of each: the fault hits every Nth request (or event).
 *
 * Periods, so a test knows exactly which request fails (docs/feed-api.md, "Simulator").
 */
struct Faults
{
    int serverError = 0;  //!< 5xx: every Nth request answers 503 with Retry-After
    int slow = 0;         //!< slow: every Nth request is answered after slowMs
    int truncated = 0;    //!< truncated: every Nth response body is cut in half
    int duplicates = 0;   //!< duplicates: every Nth response repeats up to 5 already-served events
    int outOfOrder = 0;   //!< out-of-order: every Nth event's time is moved back 1–300 s
    int oversize = 0;     //!< oversize: every Nth response is padded to oversizeBytes
};

struct SimOptions
{
    quint16 port = 8765;
    QString scenario = QStringLiteral("quiet-shift");
    double rate = 1.0;          //!< background events per scenario second
    double speed = 1.0;         //!< scenario seconds per wall-clock second
    quint32 seed = 1;
    qint64 maxEvents = -1;      //!< stop generating after this many; -1 = never
    QString token;
    QString logFile;
    QString dataFile;
    QString tlsCertFile;        //!< with tlsKeyFile: serve HTTPS
    QString tlsKeyFile;
    int enterprises = 0;        //!< synthetic enterprises when no --data
    Faults faults;
    int slowMs = 3000;
    qint64 oversizeBytes = 32 * 1024 * 1024;
    int retryAfterSeconds = 1;
};

/*!
 * \brief Parses the command line into \a options.
 * \returns an empty string, or a translated message naming the bad argument.
 */
QString parseOptions(const QStringList &arguments, SimOptions &options, bool *helpShown);

} // namespace cp::feedsim
