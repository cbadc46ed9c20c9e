// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmengine.h"
#include "alarms/sectorclassifier.h"
#include "feeds/alarmingest.h"
#include "feeds/localsimulator.h"
#include "feeds/memoryfeedsink.h"

#include "alarmjournal.h"
#include "storefeedsink.h"
#include "ui/refreshthrottle.h"

#include <qgspointxy.h>

#include <QHash>
#include <QObject>
#include <QSoundEffect>
#include <QTemporaryFile>
#include <QTimer>

#include <memory>

class QgsVectorLayer;

namespace cp::map {
class AlarmOverlay;
}
namespace cp::ui {
class AlarmTableModel;
}

namespace cp::app {

/*!
 * \brief Live alarms on the desk: feeds → alarm engine → the console model and the map overlay.
 *
 * The engine's changes only mark the picture dirty; the console and the overlay are redrawn from
 * one snapshot at once after a quiet spell and at most ten times a second in a flood
 * (ui::RefreshThrottle). The sector plugins
 * classify the readings, with each enterprise's own setpoints. With --demo it starts the feed
 * simulator on a free loopback port, so the demo is alive. With a store, the feed's events and
 * cursor commit to it (exactly once, as in `commandpost --headless`), and so do the alarm states and
 * every audited action (AlarmJournal); without one they stay in memory.
 */
class DeskAlarms : public QObject, private alarms::AlarmObserver
{
    Q_OBJECT

public:
    //! \a sectors classifies the readings; it and \a store (may be nullptr) must outlive this object.
    DeskAlarms(const sectors::SectorRegistry &sectors, storage::Store *store, ui::AlarmTableModel &model,
               map::AlarmOverlay &overlay, QObject *parent = nullptr);
    ~DeskAlarms() override;

    //! Names, sectors, setpoints and positions (canvas CRS) of the registry's enterprises, from its layer.
    void setEnterprises(QgsVectorLayer &enterprises);
    //! Starts commandpost-feedsim over \a gpkgPath and ingests from it; failure is reported by feedHealth.
    void startDemoFeed(const QString &gpkgPath, const QString &scenario);

    alarms::AlarmEngine &engine() { return m_engine; }
    //! Shown sector names by id, from the sector plugins, once setEnterprises() ran.
    const QHash<QString, QString> &sectorNames() const { return m_sectorNames; }
    //! Shown enterprise and alarm-kind names by id, once setEnterprises() ran.
    const QHash<QString, QString> &enterpriseNames() const { return m_enterpriseNames; }
    const QHash<QString, QString> &kindNames() const { return m_kindNames; }

    //! Starts (true) or stops looping the alarm tone (ui::alarmToneWav); a seat without audio stays silent.
    void setSounding(bool sounding);

signals:
    //! Emitted when a feed's health changes, with a ready-to-show text.
    void feedHealth(const QString &text, bool healthy);
    //! Emitted when \a count feed events were applied to the engine (the console's flood banner counts them).
    void eventsArrived(int count);
    //! Emitted when the store refused a write, with a ready-to-show text; the desk goes on.
    void storeProblem(const QString &text);
    //! Emitted after the console and the overlay were redrawn from a new snapshot (≤ 10 times a second).
    void refreshed();

private:
    void alarmChanged(const alarms::TrackedAlarm &alarm) override;
    void audited(const alarms::AuditRecord &record) override;
    void floodChanged(bool inFlood, const QDateTime &at) override;
    void refresh();

    const sectors::SectorRegistry &m_sectors;
    alarms::SectorClassifier m_classifier;
    alarms::AlarmEngine m_engine;
    feeds::MemoryFeedSink m_memorySink;
    std::unique_ptr<StoreFeedSink> m_storeSink;  //!< before m_ingest, which writes through it
    std::unique_ptr<AlarmJournal> m_journal;
    feeds::AlarmIngest m_ingest;
    feeds::LocalSimulator m_simulator;
    ui::AlarmTableModel &m_model;
    map::AlarmOverlay &m_overlay;
    QHash<QString, QgsPointXY> m_positions;
    QHash<QString, QString> m_sectorNames;
    QHash<QString, QString> m_enterpriseNames;
    QHash<QString, QString> m_kindNames;
    QTemporaryFile m_toneFile;
    QSoundEffect m_tone;
    ui::RefreshThrottle m_refresh;
};

} // namespace cp::app
