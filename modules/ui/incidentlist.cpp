// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/incidentlist.h"

#include "dispatch/incidentsession.h"
#include "ui/incidentlistmodel.h"
#include "ui/tr.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cp::ui {

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void IncidentFilterProxy::setFilter(IncidentFilter filter)
{
    m_filter = filter;
    invalidateFilter();
}

void IncidentFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *source = qobject_cast<const IncidentListModel *>(sourceModel());
    const IncidentRow *row = source ? source->rowAt(sourceRow) : nullptr;
    if (!row)
        return false;
    const bool open = row->incident.isOpen();
    if ((m_filter == IncidentFilter::Open && !open) || (m_filter == IncidentFilter::Closed && open))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field : {row->incident.id, row->incident.title, core::displayName(row->incident.status),
                                 row->incident.incidentType}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

IncidentList::IncidentList(const dispatch::IncidentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new IncidentListModel(this))
    , m_proxy(new IncidentFilterProxy(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_clock(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("incidentFilter"));
    m_filter->addItem(Tr::tr("Open"), int(IncidentFilter::Open));
    m_filter->addItem(Tr::tr("Closed"), int(IncidentFilter::Closed));
    m_filter->addItem(Tr::tr("All"), int(IncidentFilter::All));
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setPlaceholderText(Tr::tr("Search incidents…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("incidentList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IncidentListModel::Title, QHeaderView::Stretch);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_proxy->setFilter(IncidentFilter(m_filter->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &IncidentFilterProxy::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit incidentSelected(current.data(IncidentListModel::IdRole).toString());
    });
    connect(&session, &dispatch::IncidentSession::changed, this, &IncidentList::rebuild);
    connect(&session, &dispatch::IncidentSession::restored, this, &IncidentList::rebuild);
    connect(m_clock, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    m_clock->start(30000);
    rebuild();
}

void IncidentList::rebuild()
{
    const QString selected = selectedId();
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_model->setRows(incidentRows(m_session));
    if (!selected.isEmpty())
        select(selected);
}

void IncidentList::select(const QString &id)
{
    const QModelIndex source = m_model->index(m_model->rowOf(id), 0);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (shown.isValid())
        m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString IncidentList::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(IncidentListModel::IdRole).toString() : QString();
}

} // namespace cp::ui
