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
        <source>nothing to do: give --orlib FILE (see --help)</source>
        <translation>没有任务：请给出 --orlib FILE（见 --help）</translation>
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
</context>
<context>
    <name>cp::planning</name>
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
        <source>The covering heuristic solves set-covering, maximal-covering and p-center problems only.</source>
        <translation>覆盖启发式算法只能求解集合覆盖、最大覆盖和 p-中心问题。</translation>
    </message>
</context>
</TS>
