// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cp::core {

/*!
 * \brief The alarm kinds of the feed protocol: one name per measurement, used everywhere.
 *
 * The feed docs, the simulator, every sector plugin and the console use these keys, so a toxic-gas
 * alarm the feed calls "h2s" is the kind a plugin judges as "h2s" (toKey()). A plugin of a new
 * sector may add kinds of its own beside these; they are then only its own.
 */
enum class AlarmKindId
{
    CombustibleGas,
    CombustibleGasOpenPath,
    ConfinedSpaceCombustible,
    Oxygen,
    RoomOxygen,
    H2s,
    Co,
    No2,
    So2,
    Nh3,
    Cl2,
    Hcn,
    Hcl,
    Cocl2,
    Benzene,
    Methanol,
    Toluene,
    Xylene,
    Co2,
    Sf6,
    Methane,
    TankLevel,
    TankPressure,
    TankTemperature,
    PipelinePressure,
    CathodicPotential,
    WarehouseTemperature,
    WarehouseHumidity,
    StorageQuantity,
    FireAlarm,
    SprinklerFlow,
    FireWaterPressure,
    DustCollectorPressure,
    DustCollectorTemperature,
    SparkDetected,
    TransformerOilTemperature,
    PitDisplacement,
    PitSettlement,
    CraneLoadMoment,
    BoilerPressure,
    BoilerWaterLevel,
    VesselPressure,
    ElevatorEntrapment,
    ContinuousDriving,
    Speed,
    VisitorLoad,
    CommunicationFailure, //!< raised by CommandPost itself when a feed is down, blocked or stale
};

//! One kind of the catalogue: its key, the units a source may report it in, and its physical range.
struct AlarmKindInfo
{
    AlarmKindId id;
    QString key;        //!< what the feed sends, e.g. "h2s"
    QStringList units;  //!< accepted units, the usual one first, e.g. {"mg/m3", "ppm"}
    QString nameZh;
    QString nameEn;
    double minimum;     //!< no sensor of this kind can report less (physics or the measuring principle)
    double maximum;     //!< … or more
    bool system = false; //!< raised by CommandPost, not by a source (communication failure)
};

QString toKey(AlarmKindId kind);
template<>
std::optional<AlarmKindId> fromKey<AlarmKindId>(const QString &key);

//! The catalogue, in the order of AlarmKindId.
const QList<AlarmKindInfo> &alarmKinds();
//! The catalogue's entry for \a key, or nullptr for a kind outside the catalogue.
const AlarmKindInfo *alarmKind(const QString &key);
/*!
 * The spelling of \a unit the catalogue uses for \a kindKey: "%" for methane is "%CH4", "mg/m³" is
 * "mg/m3", "LEL·m" is "LEL.m". Units it does not know, and kinds outside the catalogue, pass as given.
 */
QString canonicalUnit(const QString &kindKey, const QString &unit);
//! The kind's name in the language of the current default locale (Chinese for zh, else English).
QString displayName(const AlarmKindInfo &kind);

} // namespace cp::core
