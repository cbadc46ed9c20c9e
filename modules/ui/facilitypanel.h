// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cp::ui {

/*!
 * \brief The facility details panel: a title and the record's attributes as label/value rows,
 * already translated by the caller (the map module knows the data model's field names).
 */
class FacilityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FacilityPanel(QWidget *parent = nullptr);

    void showRecord(const QString &title, const QList<QPair<QString, QString>> &rows);
    void clear();
    QString title() const;
    int rowCount() const;

private:
    QLabel *m_title = nullptr;
    QTreeWidget *m_rows = nullptr;
};

} // namespace cp::ui
