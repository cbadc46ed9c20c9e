// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/searchindex.h"

#include "map/pinyin.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

namespace cp::map {

void SearchIndex::build(const QList<QgsVectorLayer *> &layers)
{
    m_entries.clear();
    for (QgsVectorLayer *layer : layers) {
        const int nameField = layer->fields().indexOf(QStringLiteral("name"));
        if (nameField < 0)
            continue;
        QgsFeatureRequest request;
        request.setFlags(QgsFeatureRequest::NoGeometry);
        request.setSubsetOfAttributes(QgsAttributeList{nameField});
        QgsFeatureIterator it = layer->getFeatures(request);
        QgsFeature f;
        while (it.nextFeature(f)) {
            const QString name = f.attribute(nameField).toString();
            if (name.isEmpty())
                continue;
            m_entries.append({{name, layer->id(), layer->name(), f.id()}, pinyinInitials(name), pinyinFull(name)});
        }
    }
}

QList<SearchHit> SearchIndex::find(const QString &query, int limit) const
{
    const QString q = query.trimmed().toLower();
    QList<SearchHit> prefix, contains;
    if (q.isEmpty())
        return prefix;
    for (const Entry &e : m_entries) {
        if (e.hit.name.startsWith(q) || e.initials.startsWith(q) || e.full.startsWith(q))
            prefix.append(e.hit);
        else if (e.hit.name.contains(q) || e.initials.contains(q) || e.full.contains(q))
            contains.append(e.hit);
        if (prefix.size() >= limit)
            break;
    }
    prefix.append(contains);
    return prefix.mid(0, limit);
}

} // namespace cp::map
