// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QThread>
#include <QUrl>

namespace cp::bench {

/*!
 * \brief An HTTP server of prepared feed pages, on its own thread, for ingest benchmarks.
 *
 * Page i answers cursor "" (i = 0) or "p<i>"; its body must carry cursor "p<i+1>". After the last
 * page every request gets an empty page that keeps the cursor, as a caught-up feed does. Serving
 * a prepared body costs next to nothing, so the figure measured is the client's.
 */
class PageServer
{
public:
    explicit PageServer(QList<QByteArray> pages);
    ~PageServer();
    //! Starts listening on a free loopback port; false when it cannot.
    bool start();
    QUrl baseUrl() const { return m_url; }

private:
    QList<QByteArray> m_pages;
    QThread m_thread;
    QUrl m_url;
};

//! The cursor page \a index is asked for with ("" for the first).
QByteArray pageCursor(int index);

} // namespace cp::bench
