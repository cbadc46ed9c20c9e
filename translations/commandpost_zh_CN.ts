<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>cp::core</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>已恢复未确认</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Suppressed by design</source>
        <translation>设计抑制</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用检修</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Fire fighting</source>
        <translation>灭火</translation>
    </message>
    <message>
        <source>Hazardous materials</source>
        <translation>危化品处置</translation>
    </message>
    <message>
        <source>Mine rescue</source>
        <translation>矿山救护</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗救护</translation>
    </message>
    <message>
        <source>Power repair</source>
        <translation>电力抢修</translation>
    </message>
    <message>
        <source>Gas repair</source>
        <translation>燃气抢修</translation>
    </message>
    <message>
        <source>Pipeline repair</source>
        <translation>管道抢修</translation>
    </message>
    <message>
        <source>Structural collapse rescue</source>
        <translation>建筑坍塌搜救</translation>
    </message>
    <message>
        <source>Water rescue</source>
        <translation>水域救援</translation>
    </message>
    <message>
        <source>Traffic accident rescue</source>
        <translation>交通事故救援</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation>环境监测</translation>
    </message>
    <message>
        <source>Evacuation and sheltering</source>
        <translation>疏散安置</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>途中</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>返回中</translation>
    </message>
    <message>
        <source>Back, available</source>
        <translation>已归队可用</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>No response level</source>
        <translation>未启动响应</translation>
    </message>
    <message>
        <source>Level I response</source>
        <translation>Ⅰ级响应</translation>
    </message>
    <message>
        <source>Level II response</source>
        <translation>Ⅱ级响应</translation>
    </message>
    <message>
        <source>Level III response</source>
        <translation>Ⅲ级响应</translation>
    </message>
    <message>
        <source>Level IV response</source>
        <translation>Ⅳ级响应</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>County station</source>
        <translation>县级救援站</translation>
    </message>
    <message>
        <source>Town station</source>
        <translation>乡镇救援站</translation>
    </message>
    <message>
        <source>Village station</source>
        <translation>村级救援站</translation>
    </message>
    <message>
        <source>Major risk</source>
        <translation>重大风险</translation>
    </message>
    <message>
        <source>Significant risk</source>
        <translation>较大风险</translation>
    </message>
    <message>
        <source>General risk</source>
        <translation>一般风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>No major hazard source</source>
        <translation>非重大危险源</translation>
    </message>
    <message>
        <source>Major hazard source, grade 1</source>
        <translation>一级重大危险源</translation>
    </message>
    <message>
        <source>Major hazard source, grade 2</source>
        <translation>二级重大危险源</translation>
    </message>
    <message>
        <source>Major hazard source, grade 3</source>
        <translation>三级重大危险源</translation>
    </message>
    <message>
        <source>Major hazard source, grade 4</source>
        <translation>四级重大危险源</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>紧急避难场所</translation>
    </message>
    <message>
        <source>Short-term fixed shelter</source>
        <translation>短期固定避难场所</translation>
    </message>
    <message>
        <source>Medium-term fixed shelter</source>
        <translation>中期固定避难场所</translation>
    </message>
    <message>
        <source>Long-term fixed shelter</source>
        <translation>长期固定避难场所</translation>
    </message>
    <message>
        <source>Central shelter</source>
        <translation>中心避难场所</translation>
    </message>
    <message>
        <source>County depot</source>
        <translation>县级物资储备库</translation>
    </message>
    <message>
        <source>Town depot</source>
        <translation>乡镇物资储备点</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>待命</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>检修中</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a number of zero or more</source>
        <translation>必须是大于等于零的数</translation>
    </message>
    <message>
        <source>longitude out of range [-180, 180]</source>
        <translation>经度超出范围 [-180, 180]</translation>
    </message>
    <message>
        <source>latitude out of range [-90, 90]</source>
        <translation>纬度超出范围 [-90, 90]</translation>
    </message>
    <message>
        <source>%1 = "%2": %3</source>
        <translation>%1 = “%2”：%3</translation>
    </message>
    <message>
        <source>unknown sector; known: %1</source>
        <translation>未知行业；已知行业：%1</translation>
    </message>
    <message>
        <source>must be 0 (none) or a grade from 1 to 3</source>
        <translation>必须为 0（无）或 1 至 3 级</translation>
    </message>
    <message>
        <source>a team needs at least one capability</source>
        <translation>队伍至少需要一项救援能力</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数值</translation>
    </message>
    <message>
        <source>must be a valid ISO 8601 time</source>
        <translation>必须是有效的 ISO 8601 时间</translation>
    </message>
    <message>
        <source>Expressway</source>
        <translation>高速公路</translation>
    </message>
    <message>
        <source>National road</source>
        <translation>国道</translation>
    </message>
    <message>
        <source>Provincial road</source>
        <translation>省道</translation>
    </message>
    <message>
        <source>County road</source>
        <translation>县道</translation>
    </message>
    <message>
        <source>Township road</source>
        <translation>乡道</translation>
    </message>
    <message>
        <source>Village road</source>
        <translation>村道</translation>
    </message>
    <message>
        <source>Urban road</source>
        <translation>城市道路</translation>
    </message>
</context>
<context>
    <name>cp::routing</name>
    <message>
        <source>The coordinate reference system "%1" is not known.</source>
        <translation>坐标参考系“%1”无法识别。</translation>
    </message>
    <message>
        <source>No transformation between longitude/latitude and "%1" is available.</source>
        <translation>经纬度与“%1”之间没有可用的坐标转换。</translation>
    </message>
    <message>
        <source>Road %1 has speed %2 km/h; a speed must be above 0.</source>
        <translation>道路 %1 的速度为 %2 km/h，速度必须大于 0。</translation>
    </message>
    <message>
        <source>Road %1 has a vertex that is not a finite coordinate.</source>
        <translation>道路 %1 有一个顶点不是有限坐标。</translation>
    </message>
    <message>
        <source>Road %1 has fewer than two distinct vertices.</source>
        <translation>道路 %1 的不同顶点少于两个。</translation>
    </message>
    <message>
        <source>Road %1 has a vertex that cannot be projected to %2.</source>
        <translation>道路 %1 有一个顶点无法投影到 %2。</translation>
    </message>
    <message>
        <source>The road network has no usable road.</source>
        <translation>路网中没有可用的道路。</translation>
    </message>
    <message>
        <source>Unknown option "%1" in road network source %2; only layername= is understood.</source>
        <translation>路网数据源 %2 中的选项“%1”无法识别，仅支持 layername=。</translation>
    </message>
    <message>
        <source>The road network file %1 does not exist.</source>
        <translation>路网文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The road network file %1 cannot be read: %2</source>
        <translation>无法读取路网文件 %1：%2</translation>
    </message>
    <message>
        <source>The road network file %1 has no layer "%2".</source>
        <translation>路网文件 %1 中没有图层“%2”。</translation>
    </message>
    <message>
        <source>The layer "%2" of %1 holds no lines, so it is not a road network.</source>
        <translation>%1 中的图层“%2”不含线要素，不是路网。</translation>
    </message>
    <message>
        <source>The road network file %1 has no line layer.</source>
        <translation>路网文件 %1 中没有线图层。</translation>
    </message>
    <message>
        <source>The layer "%2" of %1 cannot be transformed to %3.</source>
        <translation>%1 中的图层“%2”无法转换到 %3。</translation>
    </message>
    <message>
        <source>feature %1 of layer "%2" in %3</source>
        <translation>%3 中图层“%2”的要素 %1</translation>
    </message>
    <message>
        <source>Skipped %1: road_class "%2" is not a known road class.</source>
        <translation>已跳过%1：road_class“%2”不是已知的道路等级。</translation>
    </message>
    <message>
        <source>Skipped %1: it has no geometry.</source>
        <translation>已跳过%1：没有几何图形。</translation>
    </message>
    <message>
        <source>Skipped %1: its geometry is a %2, not a line.</source>
        <translation>已跳过%1：其几何类型为 %2，不是线。</translation>
    </message>
    <message>
        <source>Skipped %1: its coordinates cannot be transformed to %2.</source>
        <translation>已跳过%1：其坐标无法转换到 %2。</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more skipped features.</source>
        <translation>
            <numerusform>……另有 %n 个要素被跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer "%2" of %1 has no features.</source>
        <translation>%1 中的图层“%2”没有要素。</translation>
    </message>
    <message numerus="yes">
        <source>The layer "%2" of %1 has no usable road among its %n features.</source>
        <translation>
            <numerusform>%1 中的图层“%2”的 %n 个要素中没有可用的道路。</numerusform>
        </translation>
    </message>
    <message>
        <source>The road network is empty, so no place can be reached by road.</source>
        <translation>路网为空，任何地点都无法通过道路到达。</translation>
    </message>
    <message>
        <source>The point (%1, %2) is farther than %3 m from any road.</source>
        <translation>点 (%1, %2) 距最近道路超过 %3 米。</translation>
    </message>
    <message>
        <source>The point (%1, %2) cannot be projected to the road network's CRS %3.</source>
        <translation>点 (%1, %2) 无法投影到路网的坐标参考系 %3。</translation>
    </message>
</context>
</TS>
