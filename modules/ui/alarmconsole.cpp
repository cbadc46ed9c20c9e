// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmconsole.h"

#include "ui/alarmfilterproxy.h"
#include "ui/alarmgroupmodel.h"
#include "ui/alarmtablemodel.h"
#include "ui/escalationbanner.h"
#include "ui/namechoices.h"
#include "ui/tableview.h"
#include "ui/tr.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp::ui {

namespace {
constexpr core::AlarmPriority priorities[] = {core::AlarmPriority::Low, core::AlarmPriority::Medium, core::AlarmPriority::High,
                                              core::AlarmPriority::Emergency};
constexpr core::AlarmState states[] = {core::AlarmState::UnacknowledgedActive, core::AlarmState::AcknowledgedActive,
                                       core::AlarmState::UnacknowledgedCleared, core::AlarmState::Shelved,
                                       core::AlarmState::SuppressedByDesign, core::AlarmState::OutOfService};
} // namespace

AlarmConsole::AlarmConsole(AlarmTableModel &model, const ConsoleSettings &settings, QWidget *parent, Clock clock)
    : QWidget(parent), m_model(model), m_settings(settings),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); })),
      m_flood(settings.floodBannerAbove, settings.floodBannerWindowMs), m_sound(settings.soundPriority, settings.maxSilenceMs)
{
    m_filter = new AlarmFilterProxy(this);
    m_filter->setAlarmModel(&model);
    m_groups = new AlarmGroupModel(*m_filter, this);
    m_groups->setFollowing(false); // built when the grouped view is shown: no cost in a flood otherwise

    m_priority = new QComboBox(this);
    m_priority->addItem(Tr::tr("All priorities"));
    for (core::AlarmPriority p : priorities)
        m_priority->addItem(Tr::tr("%1 and above").arg(core::displayName(p)), static_cast<int>(p));
    m_sector = new QComboBox(this);
    m_sector->addItem(Tr::tr("All sectors"));
    m_state = new QComboBox(this);
    m_state->addItem(Tr::tr("All states"));
    for (core::AlarmState s : states)
        m_state->addItem(core::displayName(s), static_cast<int>(s));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(Tr::tr("Search enterprise, sensor or message"));
    m_text->setClearButtonEnabled(true);
    m_groupToggle = new QToolButton(this);
    m_groupToggle->setText(Tr::tr("Group by enterprise"));
    m_groupToggle->setCheckable(true);
    m_silence = new QPushButton(Tr::tr("Silence"), this);
    m_silence->setToolTip(Tr::tr("Silences the alarm sound until a new top-priority alarm arrives, at most %1 min")
                                 .arg(settings.maxSilenceMs / 60000));
    m_silence->setEnabled(false);
    m_count = new QLabel(this);
    auto *history = new QPushButton(Tr::tr("History…"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_priority);
    bar->addWidget(m_sector);
    bar->addWidget(m_state);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_groupToggle);
    bar->addWidget(m_silence);
    bar->addWidget(m_count);
    bar->addWidget(history);

    m_banner = new QWidget(this);
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("background: #b00020; color: white; font-weight: bold"));
    m_bannerText = new QLabel(m_banner);
    m_bannerGroup = new QPushButton(Tr::tr("Group by enterprise"), m_banner);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerGroup);
    m_banner->hide();
    m_escalations = new EscalationBanner(this);

    m_alarmView = makeTableView(m_filter, this);
    // Fixed widths: resizing to contents at every refresh would cost too much during a flood.
    for (const auto &[column, width] : {std::pair{AlarmTableModel::Priority, 90}, {AlarmTableModel::ResponseLevel, 50},
                                        {AlarmTableModel::State, 160},
                                        {AlarmTableModel::Enterprise, 260}, {AlarmTableModel::Sector, 110},
                                        {AlarmTableModel::Kind, 140}, {AlarmTableModel::Value, 200}})
        m_alarmView->setColumnWidth(column, width);
    m_alarmView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_groupView = makeTableView(m_groups, this);
    m_groupView->setColumnWidth(AlarmGroupModel::Priority, 110);
    m_groupView->setColumnWidth(AlarmGroupModel::Enterprise, 320);
    m_groupView->setToolTip(Tr::tr("Double-click an enterprise to list its alarms"));
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_alarmView);
    m_views->addWidget(m_groupView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_escalations);
    layout->addWidget(m_views, 1);

    connect(m_priority, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const QVariant p = m_priority->currentData();
        m_filter->setMinimumPriority(p.isValid() ? std::optional(static_cast<core::AlarmPriority>(p.toInt())) : std::nullopt);
        updateCount();
    });
    connect(m_sector, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setSectorId(m_sector->currentData().toString());
        updateCount();
    });
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const QVariant s = m_state->currentData();
        m_filter->setState(s.isValid() ? std::optional(static_cast<core::AlarmState>(s.toInt())) : std::nullopt);
        updateCount();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_groupToggle, &QToolButton::toggled, this, &AlarmConsole::setGrouped);
    connect(m_bannerGroup, &QPushButton::clicked, this, [this] { setGrouped(true); });
    connect(m_silence, &QPushButton::clicked, this, &AlarmConsole::silence);
    connect(history, &QPushButton::clicked, this, &AlarmConsole::historyRequested);
    connect(m_groupView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { showEnterprise(index.row()); });
    connect(m_alarmView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_alarmView->indexAt(at);
        if (!index.isValid())
            return;
        m_alarmView->selectRow(index.row());
        emit contextMenuRequested(m_alarmView->viewport()->mapToGlobal(at));
    });
    connect(m_alarmView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const core::Alarm *a = m_filter->alarmAt(index.row()))
            emit alarmClicked(*a);
    });
    connect(&model, &QAbstractItemModel::modelReset, this, &AlarmConsole::modelRefreshed);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AlarmConsole::tick);
    m_tick.start();
    updateCount();
}

AlarmConsole::~AlarmConsole() = default;

void AlarmConsole::setSectorNames(const QHash<QString, QString> &names)
{
    const QString current = m_sector->currentData().toString();
    m_sector->blockSignals(true);
    while (m_sector->count() > 1)
        m_sector->removeItem(1);
    addNameChoices(*m_sector, names);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(current)));
    m_sector->blockSignals(false);
}

void AlarmConsole::recordArrivals(int count)
{
    m_flood.record(count, m_clock());
    updateBanner();
}

const core::Alarm *AlarmConsole::selectedAlarm() const
{
    if (grouped())
        return nullptr;
    const QModelIndexList rows = m_alarmView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_filter->alarmAt(rows.first().row());
}

void AlarmConsole::setGrouped(bool grouped)
{
    m_groupToggle->blockSignals(true);
    m_groupToggle->setChecked(grouped);
    m_groupToggle->blockSignals(false);
    m_groups->setFollowing(grouped);
    m_views->setCurrentWidget(grouped ? static_cast<QWidget *>(m_groupView) : m_alarmView);
    updateBanner();
}

bool AlarmConsole::grouped() const { return m_views->currentWidget() == m_groupView; }
bool AlarmConsole::floodBannerShown() const { return !m_banner->isHidden(); }
QString AlarmConsole::floodBannerText() const { return m_bannerText->text(); }
bool AlarmConsole::escalationBannerShown() const { return !m_escalations->isHidden(); }
QString AlarmConsole::escalationBannerText() const { return m_escalations->text(); }

bool AlarmConsole::silence()
{
    const bool silenced = m_sound.silence(m_clock());
    updateSound(m_sound.sounding());
    return silenced;
}

void AlarmConsole::tick()
{
    m_flood.expire(m_clock());
    updateBanner();
    updateSound(m_sound.tick(m_clock()));
}

void AlarmConsole::modelRefreshed()
{
    updateSound(m_sound.update(m_model.rows(), m_clock()));
    m_escalations->showEscalations(m_model.rows());
    updateCount();
}

void AlarmConsole::updateBanner()
{
    const bool flooding = m_flood.flooding();
    // A flood switches to one row per enterprise (ISA-18.2 flood handling, DOMAIN.md) once, as it
    // starts; the officer may switch back, and is not overruled until the next flood.
    const bool started = flooding && !m_wasFlooding;
    m_wasFlooding = flooding;
    if (started)
        setGrouped(true);
    if (flooding) {
        m_bannerText->setText(Tr::tr("Alarm flood: %1 events in the last %2 s (%3 a second)")
                                  .arg(m_flood.count())
                                  .arg(m_settings.floodBannerWindowMs / 1000)
                                  .arg(m_flood.ratePerSecond(), 0, 'f', 1));
        m_bannerGroup->setVisible(!grouped());
    }
    m_banner->setVisible(flooding);
}

void AlarmConsole::updateSound(bool sounding)
{
    m_silence->setEnabled(sounding);
    m_silence->setText(m_sound.silenced() ? Tr::tr("Silenced") : Tr::tr("Silence"));
    if (m_sound.urgency() != m_wasUrgency) {
        m_wasUrgency = m_sound.urgency();
        emit toneUrgencyChanged(m_wasUrgency);
    }
    if (sounding == m_wasSounding)
        return;
    m_wasSounding = sounding;
    emit soundingChanged(sounding);
}

void AlarmConsole::updateCount()
{
    m_count->setText(m_filter->filtering() ? Tr::tr("%1 of %2 alarms").arg(m_filter->rowCount()).arg(m_model.rowCount())
                                           : Tr::tr("%1 alarms").arg(m_model.rowCount()));
}

void AlarmConsole::showEnterprise(int groupRow)
{
    const QString name = m_groups->enterpriseNameAt(groupRow);
    if (name.isEmpty())
        return;
    m_text->setText(name);
    setGrouped(false);
}

} // namespace cp::ui
