// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/planchecklist.h"

#include "core/beijingtime.h"
#include "dispatch/incidentsession.h"
#include "ui/incidentlistmodel.h"
#include "ui/tr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::ui {

namespace {

constexpr int stepIdRole = Qt::UserRole;
constexpr int tickedRole = Qt::UserRole + 1;
constexpr int refreshMs = 30 * 1000;
constexpr dispatch::PlanSection sections[] = {dispatch::PlanSection::ResponseGrading, dispatch::PlanSection::Measures,
                                              dispatch::PlanSection::Reporting, dispatch::PlanSection::Support};

//! \a time in Beijing time: "HH:mm" on the day of \a now, "MM-dd HH:mm" otherwise.
QString clockText(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toTimeZone(core::beijingZone());
    const bool today = local.date() == now.toTimeZone(core::beijingZone()).date();
    return local.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
}

//! "25 min left", "10 min overdue", "done by duty1 03:35": where the step stands against its limit.
QString standingText(const dispatch::ChecklistItem &item, const QDateTime &now)
{
    switch (item.state) {
    case dispatch::ChecklistState::Open:
        return item.due.isValid() ? Tr::tr("%1 left").arg(elapsedText(now, item.due)) : Tr::tr("no time limit");
    case dispatch::ChecklistState::Overdue: return Tr::tr("%1 overdue").arg(elapsedText(item.due, now));
    case dispatch::ChecklistState::Done: return Tr::tr("done by %1 %2").arg(item.tick->user, clockText(item.tick->time, now));
    case dispatch::ChecklistState::DoneLate:
        return Tr::tr("done by %1 %2, %3 late").arg(item.tick->user, clockText(item.tick->time, now), elapsedText(item.due, item.tick->time));
    }
    return {};
}

} // namespace

PlanChecklist::PlanChecklist(const dispatch::IncidentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_done(new QPushButton(Tr::tr("Mark step done"), this))
    , m_timer(new QTimer(this))
{
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("planChecklist"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({Tr::tr("Step"), Tr::tr("Due"), Tr::tr("Standing")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(Step, QHeaderView::Stretch);
    for (int c = Due; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_done->setObjectName(QStringLiteral("planStepDone"));
    m_done->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &PlanChecklist::selectionChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &PlanChecklist::askForTick);
    connect(m_done, &QPushButton::clicked, this, &PlanChecklist::askForTick);
    connect(&m_session, &dispatch::IncidentSession::changed, this, [this](const QString &id) {
        if (id == m_incidentId)
            refresh(m_clock.now());
    });
    connect(&m_session, &dispatch::IncidentSession::restored, this, [this]() { refresh(m_clock.now()); });
    connect(m_timer, &QTimer::timeout, this, [this]() { refresh(m_clock.now()); });
    m_timer->start(refreshMs);
    refresh(m_clock.now());
}

void PlanChecklist::setIncident(const QString &incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    refresh(m_clock.now());
}

void PlanChecklist::refresh(const QDateTime &now)
{
    const QString selected = m_tree->currentItem() ? m_tree->currentItem()->data(Step, stepIdRole).toString() : QString();
    m_tree->clear();
    const dispatch::ResponsePlan *plan = m_session.responsePlan(m_incidentId);
    const QList<dispatch::ChecklistItem> items = plan ? m_session.checklist(m_incidentId, now) : QList<dispatch::ChecklistItem>();
    if (m_incidentId.isEmpty())
        m_title->setText(Tr::tr("No incident selected."));
    else if (!plan)
        m_title->setText(Tr::tr("The data set has no response plan for this incident's type; choose the type on the incident."));
    else
        m_title->setText(Tr::tr("<b>%1</b>: %2 steps, %3 done").arg(plan->title.toHtmlEscaped()).arg(items.size()).arg(
            std::count_if(items.cbegin(), items.cend(), [](const dispatch::ChecklistItem &i) { return i.tick.has_value(); })));
    const QBrush overdueBackground(QColor(0xc6, 0x28, 0x28));
    for (dispatch::PlanSection section : sections) {
        auto *group = new QTreeWidgetItem(m_tree);
        int done = 0;
        int late = 0;
        for (const dispatch::ChecklistItem &item : items) {
            if (item.step.section != section)
                continue;
            const QString step = Tr::tr("%1: %2").arg(item.step.who, item.step.what);
            auto *row = new QTreeWidgetItem(group, {step, item.due.isValid() ? clockText(item.due, now) : QStringLiteral("—"),
                                                    standingText(item, now)});
            row->setData(Step, tickedRole, item.tick.has_value());
            row->setData(Step, stepIdRole, item.step.id);
            row->setToolTip(Step, step);
            if (item.state == dispatch::ChecklistState::Overdue) {
                ++late;
                for (int c = 0; c < ColumnCount; ++c) {
                    row->setBackground(c, overdueBackground);
                    row->setForeground(c, Qt::white);
                }
            } else if (item.tick) {
                ++done;
                for (int c = 0; c < ColumnCount; ++c)
                    row->setForeground(c, QColor(0x60, 0x60, 0x60));
            }
            if (item.step.id == selected)
                m_tree->setCurrentItem(row);
        }
        group->setText(Step, Tr::tr("%1 (%2/%3 done)").arg(dispatch::displayName(section)).arg(done).arg(group->childCount()));
        if (late > 0) {
            group->setText(Left, Tr::tr("%n overdue", nullptr, late));
            group->setForeground(Left, overdueBackground);
        }
        QFont bold = group->font(Step);
        bold.setBold(true);
        group->setFont(Step, bold);
        if (group->childCount() == 0)
            delete group;
    }
    m_tree->expandAll();
    selectionChanged();
    const int overdue = dispatch::overdueCount(items);
    if (overdue != m_overdue) {
        m_overdue = overdue;
        emit overdueChanged(overdue);
    }
}

void PlanChecklist::selectionChanged()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool tickable = item && item->parent() && !item->data(Step, tickedRole).toBool();
    m_done->setEnabled(tickable);
}

void PlanChecklist::askForTick()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->parent() && !item->data(Step, tickedRole).toBool())
        emit tickRequested(m_incidentId, item->data(Step, stepIdRole).toString());
}

} // namespace cp::ui
