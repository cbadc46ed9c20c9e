// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "map/searchindex.h"

#include <QLineEdit>

class QStandardItemModel;

namespace cp::app {

/*!
 * \brief The toolbar's "find by name" box: Chinese, pinyin initials or full pinyin; choosing a hit
 * emits it so the desk can zoom to and highlight the feature.
 */
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    //! Rebuilds the index; the layers must outlive the box or the next setLayers call.
    void setLayers(const QList<QgsVectorLayer *> &layers);

signals:
    //! Emitted when the officer picks a hit from the list or presses Enter on the best one.
    void hitChosen(const cp::map::SearchHit &hit);

private:
    void refreshSuggestions(const QString &text);

    map::SearchIndex m_index;
    QList<map::SearchHit> m_hits;
    QStandardItemModel *m_model = nullptr;
};

} // namespace cp::app
