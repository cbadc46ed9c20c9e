// SPDX-License-Identifier: GPL-2.0-or-later
#include "deskalarms.h"

#include "core/alarmkinds.h"
#include "live/livesession.h"
#include "map/alarmoverlay.h"
#include "sectors/sectorregistry.h"
#include "ui/alarmtablemodel.h"
#include "ui/alarmtone.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsvectorlayer.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace cp::app {

DeskAlarms::DeskAlarms(const sectors::SectorRegistry &sectors, live::LiveSession &session, ui::AlarmTableModel &model,
                       map::AlarmOverlay &overlay, QObject *parent)
    : QObject(parent)
    , m_sectors(sectors)
    , m_session(session)
    , m_model(model)
    , m_overlay(overlay)
{
    connect(&m_session, &live::LiveSession::alarmsChanged, this, &DeskAlarms::refresh);
}

QList<core::Enterprise> DeskAlarms::setEnterprises(QgsVectorLayer &enterprises)
{
    // Sector and alarm-kind names come from the plugins and the catalogue, in the user's language.
    m_sectorNames.clear();
    m_kindNames.clear();
    m_enterpriseNames.clear();
    for (const core::AlarmKindInfo &kind : core::alarmKinds())
        m_kindNames.insert(kind.key, core::displayName(kind));
    for (const sectors::Sector *sector : m_sectors.sectors()) {
        m_sectorNames.insert(sector->metadata.id, sector->metadata.name.text());
        for (const sectors::AlarmKind &kind : sector->alarmKinds)
            if (!m_kindNames.contains(kind.id))
                m_kindNames.insert(kind.id, kind.name.text());
    }
    QList<core::Enterprise> registry;
    QHash<QString, QgsPointXY> positions;
    const int idField = enterprises.fields().indexOf(QStringLiteral("id"));
    const int nameField = enterprises.fields().indexOf(QStringLiteral("name"));
    const int sectorField = enterprises.fields().indexOf(QStringLiteral("sector"));
    const int hazardField = enterprises.fields().indexOf(QStringLiteral("major_hazard"));
    const int attributesField = enterprises.fields().indexOf(QStringLiteral("sector_attributes"));
    QgsFeatureIterator it = enterprises.getFeatures();
    QgsFeature f;
    while (it.nextFeature(f)) {
        core::Enterprise e;
        e.id = f.attribute(idField).toString();
        e.name = f.attribute(nameField).toString();
        e.sectorId = f.attribute(sectorField).toString();
        e.majorHazard = core::fromKey<core::MajorHazardGrade>(f.attribute(hazardField).toString()).value_or(core::MajorHazardGrade::None);
        // Setpoints live in the sector attributes (JSON in the layer); the classifier applies them.
        e.sectorAttributes = QJsonDocument::fromJson(f.attribute(attributesField).toString().toUtf8()).object().toVariantMap();
        m_enterpriseNames.insert(e.id, e.name);
        positions.insert(e.id, f.geometry().asPoint()); // the layer is in the canvas CRS, EPSG:4548
        registry.append(e);
    }
    m_overlay.setPositions(positions);
    m_model.setNames(m_enterpriseNames, m_sectorNames, m_kindNames);
    return registry;
}

void DeskAlarms::setSounding(bool sounding)
{
    if (!sounding) {
        m_tone.stop();
        return;
    }
    if (m_tone.source().isEmpty()) {
        // QSoundEffect plays files, not memory: each generated tone goes to a file of the session.
        QTemporaryFile &file = m_toneFiles[m_urgency == ui::ToneUrgency::Urgent ? 1 : 0];
        if (!file.isOpen() && (!file.open() || file.write(ui::alarmToneWav(m_urgency)) < 0 || !file.flush())) {
            qWarning("%s", qPrintable(tr("The alarm tone could not be written to %1: %2").arg(file.fileName(), file.errorString())));
            return;
        }
        m_tone.setSource(QUrl::fromLocalFile(file.fileName()));
        m_tone.setLoopCount(QSoundEffect::Infinite);
    }
    m_tone.play();
}

void DeskAlarms::setToneUrgency(ui::ToneUrgency urgency)
{
    if (urgency == m_urgency)
        return;
    m_urgency = urgency;
    const bool playing = m_tone.isPlaying();
    m_tone.stop();
    m_tone.setSource(QUrl());
    if (playing)
        setSounding(true);
}

void DeskAlarms::refresh()
{
    const QList<core::Alarm> snapshot = m_session.alarms().values();
    m_model.setSnapshot(snapshot, QDateTime::currentDateTimeUtc());
    m_overlay.setAlarms(snapshot);
    emit refreshed();
}

} // namespace cp::app
