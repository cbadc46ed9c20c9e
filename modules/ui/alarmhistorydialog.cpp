// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmhistorydialog.h"

#include "core/beijingtime.h"
#include "ui/namechoices.h"
#include "ui/tableview.h"
#include "ui/tr.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::ui {

namespace {
// The time fields show Beijing wall-clock time held as UTC: QDateTimeEdit has no time-zone setting in
// Qt 5, and China has no daylight saving, so the offset is fixed.
constexpr int beijingOffsetSeconds = 8 * 3600;

QDateTime toField(const QDateTime &t)
{
    return t.toUTC().addSecs(beijingOffsetSeconds);
}
QDateTime fromField(const QDateTime &t)
{
    return QDateTime(t.date(), t.time(), Qt::UTC).addSecs(-beijingOffsetSeconds);
}

//! A combo box with "all" (no data) and then \a names sorted by shown name, their ids as data.
QComboBox *choices(const QString &all, const QHash<QString, QString> &names, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(all);
    addNameChoices(*box, names);
    return box;
}

void select(QComboBox *box, const QString &id)
{
    box->setCurrentIndex(id.isEmpty() ? 0 : std::max(0, box->findData(id)));
}

QString verificationText(core::Verification v)
{
    switch (v) {
    case core::Verification::None: return {};
    case core::Verification::Real: return Tr::tr("Real alarm");
    case core::Verification::FalseAlarm: return Tr::tr("False alarm");
    case core::Verification::TestOrMaintenance: return Tr::tr("Test or maintenance");
    }
    return {};
}
} // namespace

AlarmHistoryDialog::AlarmHistoryDialog(Search search, const QHash<QString, QString> &enterpriseNames,
                                       const QHash<QString, QString> &sectorNames, const QHash<QString, QString> &kindNames,
                                       const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_search(std::move(search)), m_enterpriseNames(enterpriseNames), m_kindNames(kindNames)
{
    setWindowTitle(Tr::tr("Alarm history"));
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_from->setDateTime(toField(now.addDays(-1)));
    m_to->setDateTime(toField(now.addSecs(60)));
    m_enterprise = choices(Tr::tr("All enterprises"), enterpriseNames, this);
    m_sector = choices(Tr::tr("All sectors"), sectorNames, this);
    m_kind = choices(Tr::tr("All alarm kinds"), kindNames, this);
    m_acknowledgedBy = new QLineEdit(this);
    m_acknowledgedBy->setPlaceholderText(Tr::tr("anyone"));

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Raised from (Beijing time)"), m_from);
    form->addRow(Tr::tr("Raised before"), m_to);
    form->addRow(Tr::tr("Enterprise"), m_enterprise);
    form->addRow(Tr::tr("Sector"), m_sector);
    form->addRow(Tr::tr("Alarm"), m_kind);
    form->addRow(Tr::tr("Acknowledged by"), m_acknowledgedBy);

    m_results = new QStandardItemModel(0, ColumnCount, this);
    m_results->setHorizontalHeaderLabels({Tr::tr("Raised"), Tr::tr("Enterprise"), Tr::tr("Alarm"), Tr::tr("Priority"),
                                          Tr::tr("Acknowledged by"), Tr::tr("Verification"), Tr::tr("Back to normal")});
    m_view = makeTableView(m_results, this);
    m_found = new QLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *run = buttons->addButton(Tr::tr("Search"), QDialogButtonBox::ActionRole);
    run->setDefault(true);
    connect(run, &QPushButton::clicked, this, &AlarmHistoryDialog::search);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_found);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

alarms::HistoryQuery AlarmHistoryDialog::query() const
{
    alarms::HistoryQuery q;
    q.from = fromField(m_from->dateTime());
    q.to = fromField(m_to->dateTime());
    q.enterpriseId = m_enterprise->currentData().toString();
    q.sectorId = m_sector->currentData().toString();
    q.kind = m_kind->currentData().toString();
    q.acknowledgedBy = m_acknowledgedBy->text().trimmed();
    return q;
}

void AlarmHistoryDialog::setQuery(const alarms::HistoryQuery &q)
{
    if (q.from.isValid())
        m_from->setDateTime(toField(q.from));
    if (q.to.isValid())
        m_to->setDateTime(toField(q.to));
    select(m_enterprise, q.enterpriseId);
    select(m_sector, q.sectorId);
    select(m_kind, q.kind);
    m_acknowledgedBy->setText(q.acknowledgedBy);
}

int AlarmHistoryDialog::search()
{
    QList<alarms::AlarmEpisode> found = m_search(query());
    std::reverse(found.begin(), found.end()); // the search answers oldest first
    m_results->setRowCount(0);
    for (const alarms::AlarmEpisode &e : found) {
        QList<QStandardItem *> row;
        row << new QStandardItem(core::beijingText(e.raisedAt))
            << new QStandardItem(m_enterpriseNames.value(e.key.enterpriseId, e.key.enterpriseId))
            << new QStandardItem(m_kindNames.value(e.key.kind, e.key.kind))
            << new QStandardItem(core::displayName(e.priority))
            << new QStandardItem(e.acknowledgedBy.isEmpty() ? QString()
                                                            : Tr::tr("%1 at %2").arg(e.acknowledgedBy, core::beijingText(e.acknowledgedAt)))
            << new QStandardItem(e.verificationReason.isEmpty()
                                     ? verificationText(e.verification)
                                     : Tr::tr("%1: %2").arg(verificationText(e.verification), e.verificationReason))
            << new QStandardItem(e.normalAt.isValid() ? core::beijingText(e.normalAt) : Tr::tr("still open"));
        m_results->appendRow(row);
    }
    m_found->setText(Tr::tr("%1 alarm episodes found").arg(found.size()));
    return static_cast<int>(found.size());
}

} // namespace cp::ui
