// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsfeatureid.h>
#include <qgsrectangle.h>

#include <QList>
#include <QString>

class QgsVectorLayer;

namespace cp::map {

//! One thing a duty officer can find by name.
struct SearchHit
{
    QString name;
    QString layerId;
    QString layerName; //!< translated layer display name, shown beside the hit
    QgsFeatureId featureId = 0;
};

/*!
 * \brief Finds features by name: Chinese substring, pinyin initials ("spjd") or full pinyin.
 *
 * Built once from the layers' "name" fields; the layers must outlive the index.
 */
class SearchIndex
{
public:
    void build(const QList<QgsVectorLayer *> &layers);
    //! Up to \a limit hits, exact-prefix matches first, then substrings; empty for an empty query.
    QList<SearchHit> find(const QString &query, int limit = 20) const;
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry
    {
        SearchHit hit;
        QString initials;
        QString full;
    };
    QList<Entry> m_entries;
};

} // namespace cp::map
