// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QgsMapLayer;
class QgsVectorLayer;

namespace cp::sectors {
class SectorRegistry;
}

namespace cp::map {

/*!
 * \brief The registry layers of one GeoPackage, loaded through QGIS's OGR provider and styled.
 *
 * A layer that is missing or cannot be read is reported in errors() and left out; the others still
 * load, so a damaged file never blanks the whole map.
 */
class CountyMap
{
public:
    //! The registry layers, top of the drawing order first.
    static QStringList layerNames();

    //! Names of the extra views of the enterprises layer that load() adds above it.
    static const QString majorHazardView;
    static const QString sectorSymbolView;
    static const QString enterpriseNameView;
    //! The generalised enterprises drawn at county scale instead of the table (EnterpriseOverview).
    static const QString enterpriseOverviewView;

    /*!
     * Loads every registry layer of \a gpkgPath, plus the enterprises' name and major-hazard views,
     * their county-scale overview and, with \a sectors, their sector-symbol view. The layers are returned to the caller, who owns them
     * (normally handing them to QgsProject). Problems are appended to \a errors, each naming the
     * file and the layer. \a sectors, when given, supplies the enterprises' sector symbols and must
     * outlive the layers (the symbols are resources of the plugin libraries).
     */
    static QList<QgsVectorLayer *> load(const QString &gpkgPath, QStringList *errors,
                                        const sectors::SectorRegistry *sectors = nullptr);
    /*!
     * The same layers from the shared PostGIS database at libpq \a conninfo, through QGIS's
     * postgres provider; \a label names the database in \a errors.
     */
    static QList<QgsVectorLayer *> loadPostgres(const QString &conninfo, const QString &label, QStringList *errors,
                                                const sectors::SectorRegistry *sectors = nullptr);
    //! The registry table a layer of load() shows ("roads", "enterprises" …); empty for another layer.
    static QString tableOf(const QgsMapLayer &layer);

    //! Translated display name of a registry layer ("enterprises" → 企业).
    static QString displayName(const QString &layerName);

    //! The layer of registry table \a layerName among \a layers (tableOf(); the extra views of a
    //! table are not returned), or nullptr.
    static QgsVectorLayer *find(const QList<QgsVectorLayer *> &layers, const QString &layerName);

    /*!
     * Reads the layers among \a layers that show one of \a tables again (with their extra views) and
     * redraws them, e.g. after another seat changed those tables; returns how many were reloaded.
     */
    static int reloadTables(const QList<QgsMapLayer *> &layers, const QStringList &tables);

    //! How many features of \a layer have each value of \a field (values as strings).
    static QMap<QString, int> countBy(QgsVectorLayer &layer, const QString &field);
};

} // namespace cp::map
