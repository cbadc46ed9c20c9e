// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wallincidentboard.h"

#include "dispatch/incidentsession.h"
#include "ui/incidentlistmodel.h"
#include "ui/tr.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cp::ui {

namespace {

const QColor fullColor(0xe5, 0x1c, 0x23);
const QColor nearlyFullColor(0xff, 0xb0, 0x20);
const QColor highlightColor(0x2f, 0x80, 0xed);

QTableWidget *boardTable(const QStringList &headers, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableWidget(0, headers.size(), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    // As an int: the one form Qt 5's views read and Qt 6's still accept (setTextAlignment(int) is deprecated there).
    item->setData(Qt::TextAlignmentRole, int(alignment));
    return item;
}

QLabel *boardTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

WallIncidentBoard::WallIncidentBoard(QWidget *parent)
    : QWidget(parent)
    , m_incidentsTitle(boardTitle(this))
    , m_incidents(boardTable({Tr::tr("Level"), Tr::tr("Incident"), Tr::tr("Since"), Tr::tr("En route"), Tr::tr("On scene")}, Title, this))
    , m_sheltersTitle(boardTitle(this))
    , m_shelters(boardTable({Tr::tr("Shelter"), Tr::tr("People"), Tr::tr("Occupancy")}, Shelter, this))
{
    m_incidents->setObjectName(QStringLiteral("wallIncidents"));
    m_shelters->setObjectName(QStringLiteral("wallShelters"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_incidentsTitle);
    layout->addWidget(m_incidents, 3);
    layout->addWidget(m_sheltersTitle);
    layout->addWidget(m_shelters, 2);
}

void WallIncidentBoard::show(const dispatch::IncidentSession &session, const QDateTime &now)
{
    const QList<IncidentRow> open = openIncidentRows(session);
    m_incidentsTitle->setText(Tr::tr("Open incidents: %1").arg(open.size()));
    m_incidents->setRowCount(open.size());
    for (int r = 0; r < open.size(); ++r) {
        const core::Incident &i = open.at(r).incident;
        auto *level = cell(core::displayName(i.responseLevel), Qt::AlignCenter);
        level->setBackground(responseLevelColor(i.responseLevel));
        level->setForeground(i.responseLevel == core::ResponseLevel::III ? Qt::black : Qt::white);
        level->setData(Qt::UserRole, i.id);
        m_incidents->setItem(r, Level, level);
        m_incidents->setItem(r, Title, cell(i.title));
        m_incidents->setItem(r, Elapsed, cell(elapsedText(i.openedAt, now), Qt::AlignRight | Qt::AlignVCenter));
        m_incidents->setItem(r, EnRoute, cell(QString::number(open.at(r).teamsEnRoute), Qt::AlignCenter));
        m_incidents->setItem(r, OnScene, cell(QString::number(open.at(r).teamsOnScene), Qt::AlignCenter));
    }

    int people = 0;
    QList<const core::Shelter *> openShelters;
    for (const core::Shelter &s : session.shelterList())
        if (session.shelterState(s.id).open)
            openShelters.append(&s);
    m_shelters->setRowCount(openShelters.size());
    for (int r = 0; r < openShelters.size(); ++r) {
        const core::Shelter &s = *openShelters.at(r);
        const int present = session.shelterState(s.id).present.people;
        people += present;
        const double share = s.capacity > 0 ? double(present) / s.capacity : 1.0;
        m_shelters->setItem(r, Shelter, cell(s.name));
        m_shelters->setItem(r, People, cell(Tr::tr("%1 / %2").arg(present).arg(s.capacity), Qt::AlignRight | Qt::AlignVCenter));
        auto *occupancy = cell(share >= 1.0 ? Tr::tr("full") : Tr::tr("%1 %").arg(std::lround(share * 100)),
                               Qt::AlignRight | Qt::AlignVCenter);
        if (share >= 1.0)
            occupancy->setForeground(fullColor);
        else if (share >= nearlyFullShare)
            occupancy->setForeground(nearlyFullColor);
        m_shelters->setItem(r, Occupancy, occupancy);
    }
    m_sheltersTitle->setText(Tr::tr("Open shelters: %1, people sheltered: %2").arg(openShelters.size()).arg(people));
}

void WallIncidentBoard::setHighlighted(const QString &id)
{
    for (int r = 0; r < m_incidents->rowCount(); ++r) {
        const bool on = m_incidents->item(r, Level)->data(Qt::UserRole).toString() == id;
        for (int c = Title; c < IncidentColumnCount; ++c) {
            QTableWidgetItem *item = m_incidents->item(r, c);
            item->setBackground(on ? QBrush(highlightColor) : QBrush());
            QFont f = item->font();
            f.setBold(on);
            item->setFont(f);
        }
    }
}

} // namespace cp::ui
