// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"

#include <QList>

namespace cp::core {

/*!
 * \brief What a rescue team can do; an incident type needs a set of these.
 *
 * County-wide resource kinds, not sector rules: the specialised kinds follow the national
 * professional team list (mine, hazardous chemicals, tunnel, oil & gas; 安委办〔2022〕12号).
 */
enum class Capability
{
    FireFighting,      //!< 灭火
    Hazmat,            //!< 危化品处置 (leak sealing, decontamination)
    MineRescue,        //!< 矿山救护
    Medical,           //!< 医疗救护
    PowerRepair,       //!< 电力抢修
    GasRepair,         //!< 燃气抢修
    PipelineRepair,    //!< 油气管道抢修
    StructuralRescue,  //!< 建筑坍塌搜救
    WaterRescue,       //!< 水域救援
    TrafficRescue,     //!< 交通事故救援 (extrication, towing)
    SpecialEquipment,  //!< 特种设备 (lifts, boilers, pressure vessels)
    EnvironmentMonitor,//!< 环境监测
    Evacuation,        //!< 人员疏散安置
};

QString toKey(Capability capability);
template<>
std::optional<Capability> fromKey<Capability>(const QString &key);
QString displayName(Capability capability);
//! Every capability, in declaration order.
QList<Capability> allCapabilities();

} // namespace cp::core
