<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="29" />
        <source>Item details</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="34" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="39" />
        <source>External reference</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="40" />
        <location filename="../../ui/details.py" line="48" />
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="41" />
        <source>Escalation reason</source>
        <translation>上报原因</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="43" />
        <location filename="../../ui/details.py" line="50" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="44" />
        <location filename="../../ui/details.py" line="51" />
        <source>SLA</source>
        <translation>SLA 时限</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="45" />
        <location filename="../../ui/details.py" line="52" />
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="47" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="49" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="28" />
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette's accent for the dose, a soft amber once the budget is spent (information, not an alarm).</extracomment>
        <translation>今日接触量占每日额度的比例</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="67" />
        <source>Exposure today</source>
        <translation>今日接触量</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="71" />
        <source>Exposure today —</source>
        <translation>今日接触量 —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="87" />
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>今日接触量 {today} / {budget}  · 额度已用完</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="89" />
        <source>Exposure today {today} / {budget}</source>
        <translation>今日接触量 {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="93" />
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>今日 {today} / {budget} 加权分钟。{explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100" />
        <source>Right now: {explanation}
Since your last break: {since} weighted minutes.

{method}

Click for your own view (Ctrl+Shift+W).</source>
        <translation>当前：{explanation}
自上次休息以来：{since} 加权分钟。

{method}

点击查看您自己的视图（Ctrl+Shift+W）。</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../../ui/media_view.py" line="69" />
        <source>This media could not be opened: {reason}.
You can still decide from the details (E escalates with a note) or skip (S).</source>
        <translation>无法打开此媒体：{reason}。
您仍可根据详情作出决定（按 E 附说明上报），或跳过（按 S）。</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="111" />
        <source>Media view</source>
        <translation>媒体视图</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112" />
        <source>The item's media, blurred and gray until you reveal it</source>
        <translation>条目的媒体，在您选择显示之前保持模糊和灰度</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="581" />
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>媒体已隐藏。
按 Esc 恢复显示——恢复后仍为模糊灰度。</translation>
    </message>
</context>
<context>
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="40" />
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>审核工作站 — 正在等待数据库</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="41" />
        <source>Waiting for the database</source>
        <translation>正在等待数据库</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="46" />
        <source>The database cannot be reached</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="57" />
        <source>Your decisions waiting to be sent</source>
        <translation>您等待发送的决定</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="62" />
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>使用本工作站的其他人另有 {count} 项记录也在等待。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="67" />
        <location filename="../../ui/offline_start.py" line="125" />
        <source>Trying to reach it…</source>
        <translation>正在尝试连接…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="69" />
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="72" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="90" />
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>本工作站上没有您等待发送的内容。数据库恢复后即可领取工作。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="92" />
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>您的工作是安全的：1 项决定已保存在本工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="95" />
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>您的工作是安全的：{count} 项决定已保存在本工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="101" />
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>您等待发送的接触记录：{count} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="103" />
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>数据库恢复后，它们将按您作出的顺序发送。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="113" />
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}，决定于 {when} — 被数据库拒绝：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="115" />
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}，决定于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="134" />
        <source>The database answers again: signing in…</source>
        <translation>数据库已恢复响应：正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="140" />
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>{time} 无响应。每 {seconds} 秒重试一次；按 F5 立即重试。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="39" />
        <source>Offline: the database cannot be reached</source>
        <translation>离线：无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="43" />
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>离线：1 项决定已保存在本工作站，数据库恢复后将发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="46" />
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>离线：{count} 项决定已保存在本工作站，数据库恢复后将发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="50" />
        <source>Sending 1 decision saved while offline…</source>
        <translation>正在发送离线时保存的 1 项决定…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="51" />
        <source>Sending {count} decisions saved while offline…</source>
        <translation>正在发送离线时保存的 {count} 项决定…</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="31" />
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>正在准备演示</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="33" />
        <source>Reviewer Workstation — {title}</source>
        <translation>审核工作站 — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="40" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="48" />
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>仅在新数据文件夹上首次启动时执行此操作；均为合成数据，没有真实内容。</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="60" />
        <source>step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="29" />
        <source>Sign in to Reviewer Workstation</source>
        <translation>登录审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="47" />
        <source>Keep the password?</source>
        <translation>保存密码吗？</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="32" />
        <source>Text of the item, with listed terms masked</source>
        <translation>条目文本，已遮盖列出的词语</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="59" />
        <source>Loading text (listed terms masked)…</source>
        <translation>正在加载文本（已遮盖列出的词语）…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="68" />
        <source>This text cannot be shown: {error}</source>
        <translation>无法显示此文本：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="133" />
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>已显示（被遮盖的词语可见）：{seconds} 秒后重新遮盖</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="141" />
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>文本已隐藏。按 Esc 恢复显示（仍为遮盖状态）。</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="158" />
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>已遮盖 1 个列出的词语 · 按 R 显示 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="160" />
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>已遮盖 {count} 个列出的词语 · 按 R 显示 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="164" />
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>已显示：被遮盖的词语可见；{seconds} 秒后重新遮盖（按 R 立即遮盖）</translation>
    </message>
</context>
</TS>