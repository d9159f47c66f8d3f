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
</TS>