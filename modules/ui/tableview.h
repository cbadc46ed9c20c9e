// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace cp::ui {

/*!
 * A read-only table of \a model (not owned) that reads like a list: one row selected whole, no row
 * numbers, no wrapping, the last column stretched.
 */
QTableView *makeTableView(QAbstractItemModel *model, QWidget *parent);

} // namespace cp::ui
