// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

namespace cp::ui {

/*!
 * \brief The row a seat on the shared database shows while it cannot reach it: since when, why,
 * and that the screen holds the last state it had; hidden while connected.
 *
 * The seat keeps showing what it knew: a duty officer needs the last picture more than an empty
 * one, and must know at a glance that it is no longer live.
 */
class ConnectionBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    //! Shows the banner when \a connected is false (\a reason: the server's message, at \a at), else hides it.
    void showConnection(bool connected, const QString &reason, const QDateTime &at = QDateTime::currentDateTimeUtc());

    //! The banner's text for a connection lost at \a since (shown in Beijing time, as the desk's clock) for \a reason.
    static QString lostText(const QDateTime &since, const QString &reason);

private:
    QDateTime m_lostSince; //!< when the connection went down; invalid while connected
};

} // namespace cp::ui
