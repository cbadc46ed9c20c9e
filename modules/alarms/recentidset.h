// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QVector>

namespace cp::alarms {

/*!
 * \brief The last N event ids seen, for dedupe of an at-least-once feed in bounded memory.
 *
 * When full, the oldest id is forgotten; a duplicate older than that is caught by the store's
 * uniqueness on the event id.
 */
class RecentIdSet
{
public:
    explicit RecentIdSet(int capacity);

    //! Adds \a id; returns false when it was already among the remembered ids.
    bool insert(const QString &id);
    bool contains(const QString &id) const { return m_ids.contains(id); }
    int size() const { return static_cast<int>(m_ids.size()); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    QSet<QString> m_ids;
    QVector<QString> m_ring; // insertion order, oldest at m_next once full
    int m_next = 0;
};

} // namespace cp::alarms
