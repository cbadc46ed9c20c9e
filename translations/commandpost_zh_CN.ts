<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>cp::alarms</name>
    <message>
        <source>%1 is not an operator action</source>
        <translation>%1 不是操作员操作</translation>
    </message>
    <message>
        <source>An operator action needs the user who takes it</source>
        <translation>操作员操作必须注明执行人</translation>
    </message>
    <message>
        <source>No alarm %1</source>
        <translation>没有报警 %1</translation>
    </message>
    <message>
        <source>Cannot %1 alarm %2: it is %3</source>
        <translation>无法对报警 %2 执行 %1：其当前状态为%3</translation>
    </message>
    <message>
        <source>Cannot shelve alarm %1 for %2 min: allowed up to %3 min</source>
        <translation>无法将报警 %1 搁置 %2 分钟：最多允许 %3 分钟</translation>
    </message>
    <message>
        <source>A comment needs text</source>
        <translation>备注不能为空</translation>
    </message>
    <message>
        <source>A verification must say real, false alarm or test/maintenance</source>
        <translation>核实结果必须为真实报警、误报或测试/维护之一</translation>
    </message>
    <message>
        <source>A verification needs the reason the enterprise gave</source>
        <translation>核实须填写企业给出的原因</translation>
    </message>
    <message>
        <source>Alarm %1 must be acknowledged before it is verified</source>
        <translation>报警 %1 须先确认后才能核实</translation>
    </message>
    <message>
        <source>No generic rule for this kind; the enterprise's own setpoint raised it</source>
        <translation>此类型无通用规则；由企业自设报警值触发</translation>
    </message>
    <message>
        <source> [default level, to be confirmed by the bureau]</source>
        <translation> [默认值，待应急局确认]</translation>
    </message>
    <message>
        <source>%1 reached level 2 (%2 %3, %4)</source>
        <translation>%1 达到二级报警（%2 %3，%4）</translation>
    </message>
    <message>
        <source>%1 reached level 1 (%2 %3, %4)</source>
        <translation>%1 达到一级报警（%2 %3，%4）</translation>
    </message>
    <message>
        <source>%1 is below the generic level 1 (%2 %3); the enterprise's own setpoint raised it</source>
        <translation>%1 低于通用一级报警值（%2 %3）；由企业自设报警值触发</translation>
    </message>
    <message>
        <source>alarms/%1 = "%2" must be a whole number ≥ %3; the default %4 is used</source>
        <translation>alarms/%1 = “%2”必须是 ≥ %3 的整数；使用默认值 %4</translation>
    </message>
    <message>
        <source>alarms/flood_end_below (%1) must not exceed alarms/flood_start_above (%2); the defaults are used</source>
        <translation>alarms/flood_end_below（%1）不得大于 alarms/flood_start_above（%2）；使用默认值</translation>
    </message>
</context>
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
    <name>cp::feeds</name>
    <message>
        <source>No answer within %1 ms</source>
        <translation>%1 毫秒内无应答</translation>
    </message>
    <message>
        <source>Feed %1: the URL "%2" is not valid</source>
        <translation>数据源 %1：URL“%2”无效</translation>
    </message>
    <message>
        <source>Feed %1: no PEM certificate in the CA file %2</source>
        <translation>数据源 %1：CA 文件 %2 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>Feed %1: this build has no TLS support for %2</source>
        <translation>数据源 %1：此版本不支持 TLS，无法连接 %2</translation>
    </message>
    <message>
        <source>The body exceeds the limit of %1 bytes</source>
        <translation>响应体超过 %1 字节的上限</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The store refused the batch: %1</source>
        <translation>存储拒绝了该批数据：%1</translation>
    </message>
    <message>
        <source>Feed %1: item refused: %2</source>
        <translation>数据源 %1：条目被拒收：%2</translation>
    </message>
    <message>
        <source>Feed %1: %2; retrying in %3 ms</source>
        <translation>数据源 %1：%2；%3 毫秒后重试</translation>
    </message>
    <message>
        <source>Feed %1 is now %2%3</source>
        <translation>数据源 %1 当前状态：%2%3</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a JSON string</source>
        <translation>必须是 JSON 字符串</translation>
    </message>
    <message>
        <source>must be a JSON number</source>
        <translation>必须是 JSON 数值</translation>
    </message>
    <message>
        <source>must be "active" or "cleared", not "%1"</source>
        <translation>必须为“active”或“cleared”，而不是“%1”</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with a UTC offset, not "%1"</source>
        <translation>必须是带 UTC 偏移的 ISO 8601 时间，而不是“%1”</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2</source>
        <translation>响应体不是有效的 JSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>The body is not a JSON object</source>
        <translation>响应体不是 JSON 对象</translation>
    </message>
    <message>
        <source>The body has no string "cursor"</source>
        <translation>响应体缺少字符串“cursor”</translation>
    </message>
    <message>
        <source>The body has no array "alarms"</source>
        <translation>响应体缺少数组“alarms”</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 = "%2" must be a whole number ≥ %3</source>
        <translation>%1 = “%2”必须是 ≥ %3 的整数</translation>
    </message>
    <message>
        <source>url = "%1" must be an http or https URL</source>
        <translation>url = “%1”必须是 http 或 https URL</translation>
    </message>
    <message>
        <source>Feed %1 (feeds/%2): %3; the feed is not started</source>
        <translation>数据源 %1（feeds/%2）：%3；该数据源未启动</translation>
    </message>
    <message>
        <source>--feed "%1" must be an http or https URL</source>
        <translation>--feed “%1”必须是 http 或 https URL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 已退出，代码 %2：%3</translation>
    </message>
    <message>
        <source>%1 did not report its port within %2 ms</source>
        <translation>%1 未在 %2 毫秒内报告其端口</translation>
    </message>
</context>
<context>
    <name>cp::feedsim</name>
    <message>
        <source>%1: cannot open as a GeoPackage</source>
        <translation>%1：无法作为 GeoPackage 打开</translation>
    </message>
    <message>
        <source>%1: no layer "enterprises"</source>
        <translation>%1：没有图层“enterprises”</translation>
    </message>
    <message>
        <source>%1: layer "enterprises" lacks the field "%2"</source>
        <translation>%1：图层“enterprises”缺少字段“%2”</translation>
    </message>
    <message>
        <source>%1: enterprises feature %2: %3</source>
        <translation>%1：enterprises 要素 %2：%3</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>id 为空</translation>
    </message>
    <message>
        <source>no point geometry</source>
        <translation>没有点几何</translation>
    </message>
    <message>
        <source>%1: layer "enterprises" is empty</source>
        <translation>%1：图层“enterprises”为空</translation>
    </message>
    <message>
        <source>--faults: "%1": the period must be a whole number ≥ 1</source>
        <translation>--faults：“%1”：周期必须是 ≥ 1 的整数</translation>
    </message>
    <message>
        <source>--faults: unknown fault "%1"; known: 5xx, slow, truncated, duplicates, out-of-order, oversize</source>
        <translation>--faults：未知故障“%1”；可用：5xx、slow、truncated、duplicates、out-of-order、oversize</translation>
    </message>
    <message>
        <source>Alarm feed simulator: serves feed protocol v1 over HTTP (docs/feed-api.md).</source>
        <translation>报警数据源模拟器：通过 HTTP 提供 v1 数据源协议（见 docs/feed-api.md）。</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one.</source>
        <translation>127.0.0.1 上的 TCP 端口；0 表示自动选择空闲端口。</translation>
    </message>
    <message>
        <source>quiet-shift, gas-leak or flood.</source>
        <translation>quiet-shift、gas-leak 或 flood。</translation>
    </message>
    <message>
        <source>Background events per scenario second.</source>
        <translation>每场景秒的背景事件数。</translation>
    </message>
    <message>
        <source>Scenario seconds per wall-clock second.</source>
        <translation>每个实际秒对应的场景秒数。</translation>
    </message>
    <message>
        <source>Seed of the event generator.</source>
        <translation>事件生成器的随机种子。</translation>
    </message>
    <message>
        <source>Stop generating after N events.</source>
        <translation>生成 N 个事件后停止。</translation>
    </message>
    <message>
        <source>Require this Bearer token.</source>
        <translation>要求此 Bearer 令牌。</translation>
    </message>
    <message>
        <source>Write every served event as a JSON line to FILE.</source>
        <translation>将每个已发送的事件作为一行 JSON 写入 FILE。</translation>
    </message>
    <message>
        <source>GeoPackage with layer "enterprises".</source>
        <translation>含图层“enterprises”的 GeoPackage。</translation>
    </message>
    <message>
        <source>Synthesise N enterprises E0001… instead of --data.</source>
        <translation>生成 N 个合成企业 E0001…，代替 --data。</translation>
    </message>
    <message>
        <source>Comma list of faults, each optionally KIND:PERIOD.</source>
        <translation>逗号分隔的故障列表，每项可写为 类型:周期。</translation>
    </message>
    <message>
        <source>Delay of a slow answer in ms.</source>
        <translation>慢应答的延迟（毫秒）。</translation>
    </message>
    <message>
        <source>Size of an oversize body.</source>
        <translation>超大响应体的大小。</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--port: "%1" is not a port number (0–65535)</source>
        <translation>--port：“%1”不是端口号（0–65535）</translation>
    </message>
    <message>
        <source>--scenario: unknown scenario "%1"; known: %2</source>
        <translation>--scenario：未知场景“%1”；可用：%2</translation>
    </message>
    <message>
        <source>--rate: "%1" must be a number of events per second above 0</source>
        <translation>--rate：“%1”必须是大于 0 的每秒事件数</translation>
    </message>
    <message>
        <source>--speed: "%1" must be a number above 0</source>
        <translation>--speed：“%1”必须是大于 0 的数</translation>
    </message>
    <message>
        <source>--seed: "%1" is not a whole number ≥ 0</source>
        <translation>--seed：“%1”不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>--events: "%1" is not a whole number ≥ 0</source>
        <translation>--events：“%1”不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>--enterprises: "%1" is not a whole number ≥ 1</source>
        <translation>--enterprises：“%1”不是 ≥ 1 的整数</translation>
    </message>
    <message>
        <source>give --data FILE or --enterprises N</source>
        <translation>请给出 --data FILE 或 --enterprises N</translation>
    </message>
    <message>
        <source>--data and --enterprises exclude each other</source>
        <translation>--data 与 --enterprises 不能同时使用</translation>
    </message>
    <message>
        <source>--slow-ms: "%1" is not a whole number ≥ 0</source>
        <translation>--slow-ms：“%1”不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>--oversize-bytes: "%1" must be at least 1024</source>
        <translation>--oversize-bytes：“%1”必须至少为 1024</translation>
    </message>
    <message>
        <source>--port %1: %2</source>
        <translation>--port %1：%2</translation>
    </message>
    <message>
        <source>--log %1: %2</source>
        <translation>--log %1：%2</translation>
    </message>
    <message>
        <source>The request head exceeds %1 bytes</source>
        <translation>请求头超过 %1 字节</translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation>请求行格式错误</translation>
    </message>
    <message>
        <source>Only GET is served</source>
        <translation>仅支持 GET</translation>
    </message>
    <message>
        <source>No resource at %1</source>
        <translation>%1 处没有资源</translation>
    </message>
    <message>
        <source>A valid Bearer token is required</source>
        <translation>需要有效的 Bearer 令牌</translation>
    </message>
    <message>
        <source>Unknown cursor "%1"</source>
        <translation>未知游标“%1”</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1</source>
        <translation>limit 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>Simulated outage</source>
        <translation>模拟故障</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>使用此 PEM 证书提供 HTTPS 服务。</translation>
    </message>
    <message>
        <source>PEM RSA private key of --tls-cert.</source>
        <translation>--tls-cert 对应的 PEM RSA 私钥。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 与 --tls-key 必须同时给出</translation>
    </message>
    <message>
        <source>--tls-cert %1: %2</source>
        <translation>--tls-cert %1：%2</translation>
    </message>
    <message>
        <source>--tls-cert %1: no PEM certificate</source>
        <translation>--tls-cert %1：没有 PEM 证书</translation>
    </message>
    <message>
        <source>--tls-key %1: %2</source>
        <translation>--tls-key %1：%2</translation>
    </message>
    <message>
        <source>--tls-key %1: no PEM RSA private key</source>
        <translation>--tls-key %1：没有 PEM RSA 私钥</translation>
    </message>
    <message>
        <source>--tls-cert: this build of Qt has no TLS</source>
        <translation>--tls-cert：此版本的 Qt 不支持 TLS</translation>
    </message>
</context>
</TS>
