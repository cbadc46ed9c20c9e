// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "ui/alarmsoundcontroller.h"
#include "ui/consolesettings.h"
#include "ui/floodmonitor.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cp::ui {

class AlarmFilterProxy;
class AlarmGroupModel;
class AlarmTableModel;
class EscalationBanner;

/*!
 * \brief The desk's alarm console: the alarm table with its filters, grouping by enterprise, the
 * flood and escalation banners and the alarm sound's silence button.
 *
 * The owner feeds the AlarmTableModel, tells recordArrivals() how many events came in, plays the
 * tone while soundingChanged(true) holds (alarmToneWav() of toneUrgency()), and adds its operator actions to the context menu
 * (contextMenuRequested) on selectedAlarm().
 */
class AlarmConsole : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; //!< milliseconds, for the banner's window and the silence

    /*!
     * \a model is not owned and must outlive the console. \a clock defaults to the system clock.
     */
    explicit AlarmConsole(AlarmTableModel &model, const ConsoleSettings &settings = {}, QWidget *parent = nullptr,
                          Clock clock = {});
    ~AlarmConsole() override;

    //! The sectors the sector filter offers, id → shown name.
    void setSectorNames(const QHash<QString, QString> &names);
    //! Counts \a count feed events that just arrived, for the flood banner.
    void recordArrivals(int count);

    //! The selected alarm in the table, or nullptr (none selected, or the grouped view is shown).
    const core::Alarm *selectedAlarm() const;
    QTableView *alarmView() const { return m_alarmView; }
    QTableView *groupView() const { return m_groupView; }
    AlarmFilterProxy &filter() const { return *m_filter; }
    AlarmGroupModel &groups() const { return *m_groups; }

    void setGrouped(bool grouped);
    bool grouped() const;
    bool floodBannerShown() const;
    QString floodBannerText() const;
    bool escalationBannerShown() const;
    QString escalationBannerText() const;
    bool sounding() const { return m_sound.sounding(); }
    //! The tone to play while sounding(): urgent while any alarm is escalated.
    ToneUrgency toneUrgency() const { return m_sound.urgency(); }

    //! Silences the alarm sound (see AlarmSoundController); false when nothing was sounding.
    bool silence();
    //! Runs the banner's window and the silence timer now (a 1 s timer also does).
    void tick();

signals:
    //! Emitted when the alarm sound should start (true) or stop (false).
    void soundingChanged(bool sounding);
    //! Emitted when the tone to play changes (an alarm escalated, or the last escalation ended).
    void toneUrgencyChanged(cp::ui::ToneUrgency urgency);
    //! Emitted for a right click on an alarm row (already selected), at \a globalPos.
    void contextMenuRequested(const QPoint &globalPos);
    //! Emitted when the officer asks for the alarm history search.
    void historyRequested();
    //! Emitted when the officer clicks an alarm row.
    void alarmClicked(const cp::core::Alarm &alarm);

private:
    void modelRefreshed();
    void updateBanner();
    void updateSound(bool sounding);
    void updateCount();
    void showEnterprise(int groupRow);

    AlarmTableModel &m_model;
    ConsoleSettings m_settings;
    Clock m_clock;
    AlarmFilterProxy *m_filter = nullptr;
    AlarmGroupModel *m_groups = nullptr;
    FloodMonitor m_flood;
    AlarmSoundController m_sound;
    bool m_wasSounding = false;
    ToneUrgency m_wasUrgency = ToneUrgency::Normal;
    bool m_wasFlooding = false;
    QComboBox *m_priority = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_groupToggle = nullptr;
    QPushButton *m_silence = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerGroup = nullptr;
    EscalationBanner *m_escalations = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_alarmView = nullptr;
    QTableView *m_groupView = nullptr;
    QTimer m_tick;
};

} // namespace cp::ui
