// SPDX-License-Identifier: GPL-2.0-or-later
#include "deskalarms.h"

#include "feeds/feedsettingsreader.h"
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

namespace {
constexpr std::chrono::milliseconds refreshInterval(100); // ≤ 10 redraws a second, whatever the event rate
}

DeskAlarms::DeskAlarms(const sectors::SectorRegistry &sectors, storage::Store *store, ui::AlarmTableModel &model,
                       map::AlarmOverlay &overlay, QObject *parent)
    : QObject(parent)
    , m_sectors(sectors)
    , m_classifier(sectors)
    , m_engine(m_classifier)
    , m_storeSink(store ? std::make_unique<StoreFeedSink>(*store) : nullptr)
    , m_journal(store ? std::make_unique<AlarmJournal>(*store) : nullptr)
    , m_ingest(m_engine, m_storeSink ? static_cast<feeds::FeedBatchSink &>(*m_storeSink) : m_memorySink)
    , m_model(model)
    , m_overlay(overlay)
    , m_refresh(refreshInterval)
{
    m_engine.setObserver(this);
    connect(&m_refresh, &ui::RefreshThrottle::refresh, this, &DeskAlarms::refresh);
    connect(&m_ingest, &feeds::AlarmIngest::feedHealthChanged, this,
            [this](const QString &feedId, feeds::FeedHealth::State state, const QString &lastError) {
                const bool ok = state == feeds::FeedHealth::State::Ok;
                emit feedHealth(ok ? tr("Feed %1: ok").arg(feedId) : tr("Feed %1: %2").arg(feedId, lastError), ok);
            });
    connect(&m_ingest, &feeds::AlarmIngest::eventsApplied, this, [this](const QString &, int count) { emit eventsArrived(count); });
    connect(&m_simulator, &feeds::LocalSimulator::listening, this, [this](const QUrl &url) {
        QString error;
        feeds::FeedSettings settings = feeds::feedSettingsFromUrl(url.toString(), QString(), QString(), &error);
        settings.id = QStringLiteral("demo");
        m_ingest.addFeed(settings);
        m_ingest.start();
        emit feedHealth(tr("Feed demo: simulator at %1").arg(url.toString()), true);
    });
    connect(&m_simulator, &feeds::LocalSimulator::failed, this,
            [this](const QString &error) { emit feedHealth(tr("Feed demo: the simulator did not start: %1").arg(error), false); });
}

DeskAlarms::~DeskAlarms()
{
    m_ingest.stop();
    m_engine.setObserver(nullptr);
}

void DeskAlarms::setEnterprises(QgsVectorLayer &enterprises)
{
    // Sector and alarm-kind names come from the plugins, in the user's language.
    m_sectorNames.clear();
    m_kindNames.clear();
    m_enterpriseNames.clear();
    for (const sectors::Sector *sector : m_sectors.sectors()) {
        m_sectorNames.insert(sector->metadata.id, sector->metadata.name.text());
        for (const sectors::AlarmKind &kind : sector->alarmKinds)
            m_kindNames.insert(kind.id, kind.name.text());
    }
    QHash<QString, QString> sectors;
    QList<core::Enterprise> forClassifier;
    const int idField = enterprises.fields().indexOf(QStringLiteral("id"));
    const int nameField = enterprises.fields().indexOf(QStringLiteral("name"));
    const int sectorField = enterprises.fields().indexOf(QStringLiteral("sector"));
    const int attributesField = enterprises.fields().indexOf(QStringLiteral("sector_attributes"));
    QgsFeatureIterator it = enterprises.getFeatures();
    QgsFeature f;
    while (it.nextFeature(f)) {
        core::Enterprise e;
        e.id = f.attribute(idField).toString();
        e.name = f.attribute(nameField).toString();
        e.sectorId = f.attribute(sectorField).toString();
        // Setpoints live in the sector attributes (JSON in the layer); the classifier applies them.
        e.sectorAttributes = QJsonDocument::fromJson(f.attribute(attributesField).toString().toUtf8()).object().toVariantMap();
        m_enterpriseNames.insert(e.id, e.name);
        sectors.insert(e.id, e.sectorId);
        m_positions.insert(e.id, f.geometry().asPoint()); // the layer is in the canvas CRS, EPSG:4548
        forClassifier.append(e);
    }
    m_classifier.setEnterprises(forClassifier);
    m_engine.setEnterpriseSectors(sectors);
    m_model.setNames(m_enterpriseNames, m_sectorNames, m_kindNames);
}

void DeskAlarms::startDemoFeed(const QString &gpkgPath, const QString &scenario)
{
    m_simulator.start(feeds::LocalSimulator::defaultProgram(),
                      {QStringLiteral("--data"), gpkgPath, QStringLiteral("--scenario"), scenario});
}

void DeskAlarms::setSounding(bool sounding)
{
    if (!sounding) {
        m_tone.stop();
        return;
    }
    if (m_tone.source().isEmpty()) {
        // QSoundEffect plays files, not memory: the generated tone goes to a file of the session.
        if (!m_toneFile.open() || m_toneFile.write(ui::alarmToneWav()) < 0 || !m_toneFile.flush()) {
            qWarning("%s", qPrintable(tr("The alarm tone could not be written to %1: %2").arg(m_toneFile.fileName(), m_toneFile.errorString())));
            return;
        }
        m_tone.setSource(QUrl::fromLocalFile(m_toneFile.fileName()));
        m_tone.setLoopCount(QSoundEffect::Infinite);
    }
    m_tone.play();
}

void DeskAlarms::alarmChanged(const alarms::TrackedAlarm &alarm)
{
    m_refresh.changed();
    if (m_journal)
        m_journal->alarmChanged(alarm);
}

void DeskAlarms::audited(const alarms::AuditRecord &record)
{
    QString error;
    if (m_journal && !m_journal->audited(record, &error))
        emit storeProblem(tr("The audit log was not written: %1").arg(error));
}

void DeskAlarms::floodChanged(bool, const QDateTime &)
{
    m_refresh.changed();
}

void DeskAlarms::refresh()
{
    QString error;
    if (m_journal && !m_journal->flush(&error))
        emit storeProblem(tr("%n alarm state(s) not saved yet: %1", nullptr, m_journal->pending()).arg(error));
    const QList<alarms::TrackedAlarm> snapshot = m_engine.alarms();
    m_model.setSnapshot(snapshot, QDateTime::currentDateTimeUtc());
    QList<map::OverlayAlarm> markers;
    for (const alarms::TrackedAlarm &a : snapshot) {
        if (a.alarm.state == core::AlarmState::Normal || !m_positions.contains(a.key.enterpriseId))
            continue;
        const bool acknowledged = a.alarm.state != core::AlarmState::UnacknowledgedActive
                                  && a.alarm.state != core::AlarmState::UnacknowledgedCleared;
        markers.append({a.key.toString(), m_positions.value(a.key.enterpriseId), a.alarm.priority, acknowledged});
    }
    m_overlay.setAlarms(markers);
    emit refreshed();
}

} // namespace cp::app
