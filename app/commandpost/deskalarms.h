// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enterprise.h"

#include <QHash>
#include <QObject>
#include "ui/alarmtone.h"

#include <QSoundEffect>
#include <QTemporaryFile>

class QgsVectorLayer;

namespace cp::live {
class LiveSession;
}
namespace cp::map {
class AlarmOverlay;
}
namespace cp::sectors {
class SectorRegistry;
}
namespace cp::ui {
class AlarmTableModel;
}

namespace cp::app {

/*!
 * \brief The live session shown on a seat: its alarms in the console model and on the map overlay,
 * and the alarm tone.
 *
 * Wiring only: the session (modules/live) runs the feeds, the engine and the store on its own
 * thread and sends its changes here at most ten times a second; this object redraws the console
 * and the overlay from the session's copy on each change.
 */
class DeskAlarms : public QObject
{
    Q_OBJECT

public:
    //! \a session, \a model and \a overlay are not owned and must outlive this object.
    DeskAlarms(const sectors::SectorRegistry &sectors, live::LiveSession &session, ui::AlarmTableModel &model,
               map::AlarmOverlay &overlay, QObject *parent = nullptr);

    /*!
     * Reads the names, sectors, setpoints and positions (canvas CRS) of the registry's enterprises
     * from their layer: names and positions for the console and the map, and the enterprises the
     * session's classifier needs (returned).
     */
    QList<core::Enterprise> setEnterprises(QgsVectorLayer &enterprises);

    //! Shown sector names by id, from the sector plugins, once setEnterprises() ran.
    const QHash<QString, QString> &sectorNames() const { return m_sectorNames; }
    //! Shown enterprise and alarm-kind names by id, once setEnterprises() ran.
    const QHash<QString, QString> &enterpriseNames() const { return m_enterpriseNames; }
    const QHash<QString, QString> &kindNames() const { return m_kindNames; }

    //! Starts (true) or stops looping the alarm tone (ui::alarmToneWav); a seat without audio stays silent.
    void setSounding(bool sounding);
    //! The tone to loop: the urgent one while an alarm is escalated (ui::AlarmConsole::toneUrgency()).
    void setToneUrgency(ui::ToneUrgency urgency);

signals:
    //! Emitted after the console and the overlay were redrawn from the session's alarms.
    void refreshed();

private:
    void refresh();

    const sectors::SectorRegistry &m_sectors;
    live::LiveSession &m_session;
    ui::AlarmTableModel &m_model;
    map::AlarmOverlay &m_overlay;
    QHash<QString, QString> m_sectorNames;
    QHash<QString, QString> m_enterpriseNames;
    QHash<QString, QString> m_kindNames;
    QTemporaryFile m_toneFiles[2]; //!< the normal and the urgent tone, written when first needed
    QSoundEffect m_tone;
    ui::ToneUrgency m_urgency = ui::ToneUrgency::Normal;
};

} // namespace cp::app
