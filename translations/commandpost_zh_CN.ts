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
    <name>cp::sectors</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>inventory row %1 (%2): q must be a quantity in tonnes ≥ 0, not '%3'</source>
        <translation>存量第 %1 行(%2):q 应为不小于 0 的数量(吨),而不是“%3”</translation>
    </message>
    <message>
        <source>inventory row %1 (%2): Q must be a critical quantity in tonnes &gt; 0, not '%3'</source>
        <translation>存量第 %1 行(%2):Q 应为大于 0 的临界量(吨),而不是“%3”</translation>
    </message>
    <message>
        <source>inventory row %1 (%2): no valid beta, toxicGas or hazardClass to take β from</source>
        <translation>存量第 %1 行(%2):没有可用于确定 β 的有效 beta、toxicGas 或 hazardClass</translation>
    </message>
    <message>
        <source>residents_500m must be a number of people ≥ 0, not '%1'</source>
        <translation>residents_500m 应为不小于 0 的人数,而不是“%1”</translation>
    </message>
    <message>
        <source>not a CommandPost sector plugin (its interface is '%1')</source>
        <translation>不是 CommandPost 行业插件(其接口为“%1”)</translation>
    </message>
    <message>
        <source>built for sector plugin interface '%1', this CommandPost needs '%2'</source>
        <translation>按行业插件接口“%1”构建,本程序需要“%2”</translation>
    </message>
    <message>
        <source>metadata field 'interfaceVersion' is missing or not a number</source>
        <translation>元数据字段“interfaceVersion”缺失或不是数值</translation>
    </message>
    <message>
        <source>interface version %1 in its metadata, this CommandPost needs %2</source>
        <translation>元数据中的接口版本为 %1,本程序需要 %2</translation>
    </message>
    <message>
        <source>metadata field '%1' is missing or not a string</source>
        <translation>元数据字段“%1”缺失或不是字符串</translation>
    </message>
    <message>
        <source>metadata id '%1' is not a lower-case identifier</source>
        <translation>元数据标识“%1”不是小写标识符</translation>
    </message>
    <message>
        <source>plugin folder does not exist</source>
        <translation>插件目录不存在</translation>
    </message>
    <message>
        <source>not a Qt plugin</source>
        <translation>不是 Qt 插件</translation>
    </message>
    <message>
        <source>duplicates sector id '%1', already loaded from %2</source>
        <translation>行业标识“%1”重复,已从 %2 加载</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>无法加载:%1</translation>
    </message>
    <message>
        <source>does not implement the sector plugin interface</source>
        <translation>未实现行业插件接口</translation>
    </message>
    <message>
        <source>its map symbol %1 is missing</source>
        <translation>缺少地图符号 %1</translation>
    </message>
    <message>
        <source>Enterprise %1: no plugin is loaded for sector '%2'</source>
        <translation>企业 %1:未加载行业“%2”的插件</translation>
    </message>
    <message>
        <source>Sensor %1: the %2 sector knows no alarm kind '%3'</source>
        <translation>传感器 %1:%2 行业没有报警类型“%3”</translation>
    </message>
    <message>
        <source>Sector plugins loaded: %1</source>
        <translation>已加载行业插件:%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒绝加载:%1</translation>
    </message>
    <message>
        <source>Sensor %1: the %2 reading is not a number</source>
        <translation>传感器 %1:%2 读数不是数值</translation>
    </message>
    <message>
        <source>Sensor %1: %2 is measured in %3, not in %4</source>
        <translation>传感器 %1:%2 的单位是 %3,不是 %4</translation>
    </message>
    <message>
        <source>Sensor %1: '%2' is not a %3 sensor location (known: %4)</source>
        <translation>传感器 %1:“%2”不是 %3 传感器的安装位置(可用:%4)</translation>
    </message>
    <message>
        <source>Setpoint %1 of %2 is not a number: '%3'</source>
        <translation>%2 的设定值 %1 不是数值:“%3”</translation>
    </message>
    <message>
        <source>Sensor %1: %2 has no limits until the enterprise sets its own setpoints</source>
        <translation>传感器 %1:%2 需企业设置自己的报警设定值后才有限值</translation>
    </message>
    <message>
        <source>enterprise setpoint %1/%2</source>
        <translation>企业设定值 %1/%2</translation>
    </message>
    <message>
        <source>%1 %2 %3 reached %4 (%5 %6, %7)</source>
        <translation>%1 %2 %3 达到%4(%5 %6,%7)</translation>
    </message>
    <message>
        <source>%1 %2 %3 is within limits</source>
        <translation>%1 %2 %3 在限值内</translation>
    </message>
</context>
</TS>
