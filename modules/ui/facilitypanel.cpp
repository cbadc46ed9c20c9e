// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/facilitypanel.h"

#include "ui/tr.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cp::ui {

FacilityPanel::FacilityPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_rows = new QTreeWidget(this);
    m_rows->setColumnCount(2);
    m_rows->setHeaderLabels({Tr::tr("Attribute"), Tr::tr("Value")});
    m_rows->setRootIsDecorated(false);
    m_rows->setAlternatingRowColors(true);
    m_rows->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_title);
    layout->addWidget(m_rows);
    clear();
}

void FacilityPanel::showRecord(const QString &title, const QList<QPair<QString, QString>> &rows)
{
    m_title->setText(title);
    m_rows->clear();
    for (const auto &row : rows)
        new QTreeWidgetItem(m_rows, {row.first, row.second});
}

void FacilityPanel::clear()
{
    m_title->setText(Tr::tr("Click a facility on the map (identify tool, I) to see its details."));
    m_rows->clear();
}

QString FacilityPanel::title() const { return m_title->text(); }
int FacilityPanel::rowCount() const { return m_rows->topLevelItemCount(); }

} // namespace cp::ui
