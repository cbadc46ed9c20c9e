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
    <message>
        <source>must be a speed above zero</source>
        <translation>必须是大于零的速度</translation>
    </message>
    <message>
        <source>a road needs at least two vertices</source>
        <translation>道路至少需要两个顶点</translation>
    </message>
    <message>
        <source>a ring needs at least four vertices, the first repeated at the end</source>
        <translation>环至少需要四个顶点，且末点须与首点相同</translation>
    </message>
</context>
<context>
    <name>cp::storage</name>
    <message>
        <source>GDAL reported no reason</source>
        <translation>GDAL 未给出原因</translation>
    </message>
    <message>
        <source>%1: table %2, record "%3": %4 = "%5": not a known key</source>
        <translation>%1：表 %2，记录“%3”：%4 = “%5”：不是已知的键值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: already exists; a new store is never written over an existing file</source>
        <translation>%1：已存在；新建数据库不会覆盖已有文件</translation>
    </message>
    <message>
        <source>%1: event "%2" is of feed "%3", not of the batch's feed "%4"</source>
        <translation>%1：事件“%2”属于数据源“%3”，而不是本批次的数据源“%4”</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1：无法开始事务：%2</translation>
    </message>
    <message>
        <source>%1: cannot store event "%2": %3</source>
        <translation>%1：无法保存事件“%2”：%3</translation>
    </message>
    <message>
        <source>%1: cannot store the cursor of feed "%2": %3</source>
        <translation>%1：无法保存数据源“%2”的游标：%3</translation>
    </message>
    <message>
        <source>%1: cannot commit the batch: %2</source>
        <translation>%1：无法提交该批次：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the cursor of feed "%2"</source>
        <translation>%1：无法读取数据源“%2”的游标</translation>
    </message>
    <message>
        <source>%1: cannot read the events of feed "%2"</source>
        <translation>%1：无法读取数据源“%2”的事件</translation>
    </message>
    <message>
        <source>%1: cannot store alarm "%2"</source>
        <translation>%1：无法保存报警“%2”</translation>
    </message>
    <message>
        <source>%1: cannot commit the alarms: %2</source>
        <translation>%1：无法提交报警：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the alarms</source>
        <translation>%1：无法读取报警</translation>
    </message>
    <message>
        <source>%1: cannot store incident "%2"</source>
        <translation>%1：无法保存事件处置记录“%2”</translation>
    </message>
    <message>
        <source>%1: cannot read the incidents</source>
        <translation>%1：无法读取事件处置记录</translation>
    </message>
    <message>
        <source>%1: cannot store dispatch order "%2"</source>
        <translation>%1：无法保存调度指令“%2”</translation>
    </message>
    <message>
        <source>%1: cannot read the dispatch orders</source>
        <translation>%1：无法读取调度指令</translation>
    </message>
    <message>
        <source>%1: cannot append to the audit log</source>
        <translation>%1：无法写入审计日志</translation>
    </message>
    <message>
        <source>%1: cannot read the audit log</source>
        <translation>%1：无法读取审计日志</translation>
    </message>
    <message>
        <source>the layer is missing</source>
        <translation>缺少该图层</translation>
    </message>
    <message>
        <source>the position cannot be projected to EPSG:4548: %1</source>
        <translation>位置无法投影到 EPSG:4548：%1</translation>
    </message>
    <message>
        <source>%1: layer %2, record "%3": %4</source>
        <translation>%1：图层 %2，记录“%3”：%4</translation>
    </message>
    <message>
        <source>%1: GDAL has no GeoPackage driver</source>
        <translation>%1：GDAL 缺少 GeoPackage 驱动</translation>
    </message>
    <message>
        <source>%1: cannot create the GeoPackage: %2</source>
        <translation>%1：无法创建 GeoPackage：%2</translation>
    </message>
    <message>
        <source>%1: cannot create layer %2: %3</source>
        <translation>%1：无法创建图层 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot open for writing: %2</source>
        <translation>%1：无法以写入方式打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot commit the registry: %2</source>
        <translation>%1：无法提交基础数据：%2</translation>
    </message>
    <message>
        <source>%1: the layer %2 is missing</source>
        <translation>%1：缺少图层 %2</translation>
    </message>
    <message>
        <source>not a known key</source>
        <translation>不是已知的键值</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a known capability key</source>
        <translation>不是已知的能力键值</translation>
    </message>
    <message>
        <source>expected a %1 geometry</source>
        <translation>应为 %1 几何</translation>
    </message>
    <message>
        <source>%1: layer %2, record "%3": %4 = "%5": %6</source>
        <translation>%1：图层 %2，记录“%3”：%4 = “%5”：%6</translation>
    </message>
    <message>
        <source>%1: layer %2 lacks the field %3</source>
        <translation>%1：图层 %2 缺少字段 %3</translation>
    </message>
    <message>
        <source>names no supply depot</source>
        <translation>未对应任何物资储备库</translation>
    </message>
    <message>
        <source>%1: cannot open for reading: %2</source>
        <translation>%1：无法以读取方式打开：%2</translation>
    </message>
    <message>
        <source>empty or used twice</source>
        <translation>为空或重复</translation>
    </message>
    <message>
        <source>id used twice in this layer</source>
        <translation>该图层中编号重复</translation>
    </message>
    <message>
        <source>%1: record "%2": %3</source>
        <translation>%1：记录“%2”：%3</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode: %2</source>
        <translation>%1：无法切换到 WAL 模式：%2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a directory, not a GeoPackage file</source>
        <translation>%1：是目录，不是 GeoPackage 文件</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage: the file is not an SQLite database</source>
        <translation>%1：不是 GeoPackage：该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: invalid page size %2</source>
        <translation>%1：文件已损坏：页大小 %2 无效</translation>
    </message>
    <message>
        <source>%1: the file is truncated: %2 bytes, the header promises %3</source>
        <translation>%1：文件被截断：实际 %2 字节，文件头标明 %3 字节</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: %2</source>
        <translation>%1：文件已损坏：%2</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage: SQLite application id is 0x%2, not 'GPKG'</source>
        <translation>%1：不是 GeoPackage：SQLite 应用标识为 0x%2，而不是“GPKG”</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: the integrity check reports "%2"</source>
        <translation>%1：文件已损坏：完整性检查报告“%2”</translation>
    </message>
    <message>
        <source>%1: a GeoPackage, but not a CommandPost store (it has no %2 table)</source>
        <translation>%1：是 GeoPackage，但不是 CommandPost 数据库（缺少 %2 表）</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: the %2 table holds no valid version</source>
        <translation>%1：文件已损坏：%2 表中没有有效的版本号</translation>
    </message>
    <message>
        <source>%1: written by a newer CommandPost (store schema version %2; this build reads up to %3)</source>
        <translation>%1：由更新版本的 CommandPost 写入（数据库结构版本 %2；本程序最高支持 %3）</translation>
    </message>
    <message>
        <source>cannot create the operational tables</source>
        <translation>无法创建业务数据表</translation>
    </message>
    <message>
        <source>cannot upgrade the store to schema version %1</source>
        <translation>无法将数据库升级到结构版本 %1</translation>
    </message>
</context>
</TS>
