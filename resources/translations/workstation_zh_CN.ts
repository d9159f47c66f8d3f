<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="269"/>
        <source>Administration — Reviewer Workstation</source>
        <translation>管理 — 审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="285"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="289"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="300"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="310"/>
        <source>Loading the queues…</source>
        <translation>正在加载队列…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="317"/>
        <source>The queues could not be read: {error}</source>
        <translation>无法读取队列：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="329"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="341"/>
        <source>{queues} queues, {pending} items pending</source>
        <translation>{queues} 个队列，{pending} 项待处理</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../wellbeing/attention.py" line="341"/>
        <source>not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="306"/>
        <location filename="../../wellbeing/attention.py" line="343"/>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="219"/>
        <source>{mood} check-in on {when}: &quot;{note}&quot; ({count} low in a row)</source>
        <translation>{when} 的心情记录为“{mood}”：“{note}”（连续 {count} 次低落）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="223"/>
        <source>{mood} check-in on {when}: &quot;{note}&quot;</source>
        <translation>{when} 的心情记录为“{mood}”：“{note}”</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="225"/>
        <source>{mood} check-in on {when} (no note) ({count} low in a row)</source>
        <translation>{when} 的心情记录为“{mood}”（无备注）（连续 {count} 次低落）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="229"/>
        <source>{mood} check-in on {when} (no note)</source>
        <translation>{when} 的心情记录为“{mood}”（无备注）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="242"/>
        <source>&quot;This affected me&quot; once in {days} days, latest {when}</source>
        <translation>{days} 天内 1 次“这让我感到不适”，最近一次 {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="244"/>
        <source>&quot;This affected me&quot; {count} times in {days} days, latest {when}</source>
        <translation>{days} 天内 {count} 次“这让我感到不适”，最近一次 {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="269"/>
        <source>Enforced break skipped once in {days} days, latest {when}</source>
        <translation>{days} 天内跳过 1 次强制休息，最近一次 {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="271"/>
        <source>Enforced break skipped {count} times in {days} days, latest {when}</source>
        <translation>{days} 天内跳过 {count} 次强制休息，最近一次 {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="282"/>
        <source>taken</source>
        <translation>已休息</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="283"/>
        <source>taken, postponed once</source>
        <translation>已休息，推迟过 1 次</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="284"/>
        <source>taken, postponed {count} times</source>
        <translation>已休息，推迟过 {count} 次</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="287"/>
        <source>taken (ended early)</source>
        <translation>已休息（提前结束）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="288"/>
        <source>taken, postponed once (ended early)</source>
        <translation>已休息，推迟过 1 次（提前结束）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="289"/>
        <source>taken, postponed {count} times (ended early)</source>
        <translation>已休息，推迟过 {count} 次（提前结束）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="292"/>
        <source>taken, ended when the workstation stopped (time inferred)</source>
        <translation>已休息，工作站停止时结束（时间为推断）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="293"/>
        <source>taken, postponed once, ended when the workstation stopped (time inferred)</source>
        <translation>已休息，推迟过 1 次，工作站停止时结束（时间为推断）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="296"/>
        <source>taken, postponed {count} times, ended when the workstation stopped (time inferred)</source>
        <translation>已休息，推迟过 {count} 次，工作站停止时结束（时间为推断）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="301"/>
        <source>taken, not ended yet</source>
        <translation>已休息，尚未结束</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="302"/>
        <source>taken, postponed once, not ended yet</source>
        <translation>已休息，推迟过 1 次，尚未结束</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="303"/>
        <source>taken, postponed {count} times, not ended yet</source>
        <translation>已休息，推迟过 {count} 次，尚未结束</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="307"/>
        <source>open, postponed once</source>
        <translation>未结束，推迟过 1 次</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="308"/>
        <source>open, postponed {count} times</source>
        <translation>未结束，推迟过 {count} 次</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="311"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="312"/>
        <source>skipped, postponed once</source>
        <translation>已跳过，推迟过 1 次</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="313"/>
        <source>skipped, postponed {count} times</source>
        <translation>已跳过，推迟过 {count} 次</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="446"/>
        <source>Enforced break postponed once in {days} days, latest {when}</source>
        <extracomment>A break nobody ended is not still running after this long: its window died with no later record from the person to say so (docs/wellbeing.md#a-break-whose-window-died).</extracomment>
        <translation>{days} 天内推迟 1 次强制休息，最近一次 {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="448"/>
        <source>Enforced break postponed {count} times in {days} days, latest {when}</source>
        <translation>{days} 天内推迟 {count} 次强制休息，最近一次 {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="470"/>
        <source>Over the daily budget of {budget} on 1 day in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>{window} 天中有 1 天达到每日预算 {budget}，最近一次 {latest}（最高 {worst} 加权分钟）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="476"/>
        <source>Over the daily budget of {budget} on {count} days in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>{window} 天中有 {count} 天达到每日预算 {budget}，最近一次 {latest}（最高 {worst} 加权分钟）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="510"/>
        <source>{earlier} → {later}</source>
        <translation>{earlier} → {later}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="513"/>
        <source>Dose rising {weeks} weeks in a row: {steps} weighted min per {days} days (to yesterday)</source>
        <translation>接触量连续 {weeks} 周上升：每 {days} 天 {steps} 加权分钟（截至昨天）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="545"/>
        <source>{hours} h {minutes} min of exposure work without a break, from {start} to {end}</source>
        <translation>从 {start} 到 {end}，连续 {hours} 小时 {minutes} 分钟接触审核内容，中间没有休息</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="340"/>
        <source>&quot;This affected me&quot;</source>
        <translation>“这让我感到不适”</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="348"/>
        <source>Contacted on {day} by {who}: {note}</source>
        <translation>{day} 由 {who} 联系：{note}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="350"/>
        <source>Contacted on {day} by {who}</source>
        <translation>{day} 由 {who} 联系</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/attention_view.py" line="76"/>
        <source>This is a bug: {error}</source>
        <translation>这是一个程序错误：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="84"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="85"/>
        <source>Why they are listed</source>
        <translation>列出的原因</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="86"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="87"/>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="135"/>
        <source>contacted, nothing new</source>
        <translation>已联系，无新情况</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="141"/>
        <source>not yet</source>
        <translation>尚未联系</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="142"/>
        <source>new since then</source>
        <translation>此后有新情况</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="144"/>
        <source>contacted on {day}
by {who}</source>
        <translation>{day} 已联系
联系人：{who}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="166"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="168"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="174"/>
        <source>Most urgent first. • a reason since the last contact, ◦ one from before it. Click a person or press Enter to open their page. Only wellbeing staff see this list.</source>
        <translation>最紧急的排在前面。• 表示上次联系之后的原因，◦ 表示之前的原因。点击某人或按 Enter 打开其页面。只有身心健康支持人员能看到此列表。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="180"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="185"/>
        <source>People who need attention</source>
        <translation>需要关注的人员</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="224"/>
        <source>Nobody needs attention now.</source>
        <translation>目前没有需要关注的人。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="227"/>
        <source>1 person to look at</source>
        <translation>1 人需要关注</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="227"/>
        <source>{count} people to look at</source>
        <translation>{count} 人需要关注</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="230"/>
        <source>; {count} contacted with nothing new since (at the bottom).</source>
        <translation>；{count} 人已联系且之后无新情况（列在底部）。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="384"/>
        <source>Prompted</source>
        <translation>提示时间</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="385"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="386"/>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="387"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="389"/>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="393"/>
        <location filename="../../ui/attention_view.py" line="400"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="394"/>
        <source>Mood</source>
        <translation>心情</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="395"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="397"/>
        <source>Check-ins with notes</source>
        <translation>带备注的心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="400"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="401"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <location filename="../../ui/attention_view.py" line="66"/>
        <source>soft</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="67"/>
        <source>enforced</source>
        <translation>强制</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="68"/>
        <source>affected</source>
        <translation>感到不适</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="69"/>
        <source>self</source>
        <translation>自主</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="248"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="258"/>
        <source>Break title</source>
        <translation>休息标题</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="262"/>
        <source>Break details</source>
        <translation>休息说明</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="267"/>
        <source>Time left of the break</source>
        <translation>休息剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="270"/>
        <source>When work may resume</source>
        <translation>何时可以恢复工作</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="277"/>
        <source>Start my break now</source>
        <translation>现在开始休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="278"/>
        <source>Start the break now</source>
        <translation>现在开始休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="280"/>
        <source>Finish this item first</source>
        <translation>先完成这一项</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="282"/>
        <source>Finish this item first (postpone the break once)</source>
        <translation>先完成这一项（休息推迟一次）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="284"/>
        <location filename="../../ui/wellbeing_break.py" line="285"/>
        <location filename="../../ui/wellbeing_break.py" line="417"/>
        <location filename="../../ui/wellbeing_break.py" line="427"/>
        <source>Back to work</source>
        <translation>回到工作</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="289"/>
        <source>Thank you for saying so. Take the time you need; talking to wellbeing staff is always an option.</source>
        <translation>谢谢你告诉我们。请慢慢来，需要多久就休息多久；你随时都可以找身心健康支持人员聊一聊。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="349"/>
        <source>Break required: {reason}</source>
        <translation>需要休息：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="351"/>
        <source>Time for a {minutes}-minute break</source>
        <translation>该休息 {minutes} 分钟了</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="354"/>
        <source>{reason}. Media is hidden and decisions are paused. If you are in the middle of an item you may finish it first, once.</source>
        <translation>{reason}。所有媒体已隐藏，决定已暂停。如果你正在处理某一项，可以先把它完成（仅限一次）。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="373"/>
        <source>On a break until {time}</source>
        <translation>休息至 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="375"/>
        <source>Break time</source>
        <translation>休息时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="376"/>
        <location filename="../../ui/wellbeing_break.py" line="378"/>
        <source>A short break</source>
        <translation>短暂休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="377"/>
        <source>Take a moment</source>
        <translation>先停一停</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="380"/>
        <source>A break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="383"/>
        <source>All media is hidden. Look away from the screen, stretch, get some water — or follow the circle for a few breaths.</source>
        <translation>所有媒体都已隐藏。把目光从屏幕移开，伸展一下身体，喝点水——或者跟着圆圈做几次呼吸。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="407"/>
        <source>{time} left</source>
        <translation>还剩 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="409"/>
        <source>Work resumes at {time}.</source>
        <translation>{time} 恢复工作。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="411"/>
        <source>Back to work at {time}</source>
        <translation>{time} 回到工作</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="414"/>
        <source>Suggested until {time}. You can come back earlier.</source>
        <translation>建议休息到 {time}。你也可以提前回来。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="424"/>
        <source>Break complete</source>
        <translation>休息结束</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="425"/>
        <source>You may resume work now (since {time}).</source>
        <translation>现在可以恢复工作了（自 {time} 起）。</translation>
    </message>
</context>
<context>
    <name>Breaks</name>
    <message>
        <location filename="../../wellbeing/breaks.py" line="44"/>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="45"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="52"/>
        <source>0 weighted min</source>
        <translation>0 加权分钟</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="54"/>
        <source>less than 1 weighted min</source>
        <translation>不到 1 加权分钟</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="56"/>
        <source>{dose} weighted min</source>
        <translation>{dose} 加权分钟</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="61"/>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="100"/>
        <source>on a break ({left} left)</source>
        <translation>正在休息（还剩 {left}）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="106"/>
        <source>exposure since your last break is {dose}</source>
        <translation>自上次休息以来的接触量为 {dose}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="109"/>
        <source>you have worked {time} without a break</source>
        <translation>你已连续工作 {time}，没有休息</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="128"/>
        <source>no break due</source>
        <translation>暂无需要的休息</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="133"/>
        <source>break postponed until {time}: {reasons}</source>
        <translation>休息已推迟至 {time}：{reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="147"/>
        <source>break suggestion snoozed until {time}</source>
        <translation>休息建议已推迟至 {time}</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="145"/>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>呼吸引导：圆圈变大时吸气，变小时呼气</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
</context>
<context>
    <name>CalmBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="86"/>
        <source>{name} text</source>
        <translation>{name}文字</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="42"/>
        <location filename="../../wellbeing/attention.py" line="58"/>
        <source>Very low</source>
        <extracomment>Reason kinds, in the order of their weight when urgency ties.</extracomment>
        <translation>很低落</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="43"/>
        <location filename="../../wellbeing/attention.py" line="59"/>
        <source>Low</source>
        <translation>低落</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="44"/>
        <location filename="../../wellbeing/attention.py" line="60"/>
        <source>Okay</source>
        <translation>还好</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="45"/>
        <location filename="../../wellbeing/attention.py" line="61"/>
        <source>Good</source>
        <translation>不错</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="46"/>
        <location filename="../../wellbeing/attention.py" line="62"/>
        <source>Very good</source>
        <translation>很好</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="128"/>
        <source>Check-in</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="129"/>
        <source>How are you feeling right now?</source>
        <translation>你现在感觉怎么样？</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="134"/>
        <source>Private: only you and wellbeing staff see check-ins. Tap a face to save, or press 1-5 (Tab for a note) and Enter.</source>
        <translation>私密：只有你和身心健康支持人员能看到心情记录。点一下表情即可保存，或按 1-5（按 Tab 可添加备注）再按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="141"/>
        <source>Add a note if you like (optional), then tap a face</source>
        <translation>如果愿意，可以写一句备注（可选），然后点一下表情</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="142"/>
        <source>Check-in note (optional)</source>
        <translation>心情记录备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="162"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="164"/>
        <source>Skip the check-in</source>
        <translation>跳过心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="168"/>
        <source>Check-in status</source>
        <translation>心情记录状态</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="173"/>
        <source>How are you feeling after your break?</source>
        <translation>休息之后，你感觉怎么样？</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="175"/>
        <source>Private: only you and wellbeing staff see it.</source>
        <translation>私密：只有你和身心健康支持人员能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="231"/>
        <source>{mood}: press Enter to save, or Tab to add a note first.</source>
        <translation>{mood}：按 Enter 保存，或先按 Tab 添加备注。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="239"/>
        <source>Choose a face first: keys 1 (very low) to 5 (very good).</source>
        <translation>请先选择一个表情：按 1（很低落）到 5（很好）。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="304"/>
        <source>Saved privately: {mood}. Thank you.</source>
        <translation>已私密保存：{mood}。谢谢你。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="44"/>
        <source>Correct or appeal a decision</source>
        <translation>更正或申诉决定</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="50"/>
        <source>Item reference</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="51"/>
        <source>Item reference, e.g. H-EVE-1127-00042</source>
        <translation>条目编号，例如 H-EVE-1127-00042</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="54"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="61"/>
        <source>The decision to correct</source>
        <translation>要更正的决定</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="65"/>
        <source>Corrected verdict</source>
        <translation>更正后的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="66"/>
        <source>Verdict</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="68"/>
        <location filename="../../ui/correction_dialog.py" line="70"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="69"/>
        <source>Why (required; the reviewer is told it)</source>
        <translation>原因（必填；审核员会看到）</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="73"/>
        <source>Record correction</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="75"/>
        <source>Record appeal</source>
        <translation>记录申诉</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="84"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="99"/>
        <source>That did not work: a problem in this program. This is a bug.</source>
        <translation>操作未成功：这是本程序的问题，属于程序错误。</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="108"/>
        <source>Looking up the item…</source>
        <translation>正在查找条目…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="124"/>
        <source>This item has no decision to correct.</source>
        <translation>此条目没有可更正的决定。</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="128"/>
        <source>Decision {id} by {who} at {at} UTC: {verdict}</source>
        <translation>决定 {id}，由 {who} 于 {at} UTC 作出：{verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="151"/>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="161"/>
        <source>under appeal</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="163"/>
        <source>corrected to {verdict}</source>
        <translation>已更正为 {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="166"/>
        <source>Recorded: decision {id} is {what}. The reviewer is told in their window.</source>
        <translation>已记录：决定 {id} {what}。审核员会在其窗口中收到通知。</translation>
    </message>
</context>
<context>
    <name>CorrectionNotice</name>
    <message>
        <location filename="../../ui/correction_notice.py" line="42"/>
        <source>Your decisions</source>
        <translation>你的决定</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="59"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="60"/>
        <source>Dismiss the notice about your decisions</source>
        <translation>关闭关于你的决定的通知</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="91"/>
        <source>1 earlier notice about your decisions (workstation decisions notices).</source>
        <translation>还有 1 条更早的关于你的决定的通知（workstation decisions notices）。</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="93"/>
        <source>{count} earlier notices about your decisions (workstation decisions notices).</source>
        <translation>还有 {count} 条更早的关于你的决定的通知（workstation decisions notices）。</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <location filename="../../workstation/daily_report.py" line="123"/>
        <source>All queues</source>
        <extracomment>Acknowledgement targets by severity when the incidents table carries none (the issue&apos;s defaults; the incident feature keeps the real ones as policy data).</extracomment>
        <translation>所有队列</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="450"/>
        <location filename="../../workstation/daily_report.py" line="458"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="451"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="452"/>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="453"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="454"/>
        <source>Pending at cut-off</source>
        <translation>截止时待处理</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="455"/>
        <source>Oldest pending</source>
        <translation>最久待处理</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="459"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="460"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="461"/>
        <source>Flagged by</source>
        <translation>标记人</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="462"/>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="465"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="466"/>
        <source>SLA breaches ({count})</source>
        <translation>SLA 超时（{count}）</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="467"/>
        <source>No SLA was missed.</source>
        <translation>没有超出 SLA 的情况。</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="468"/>
        <source>Key tickets ({count})</source>
        <translation>关键工单（{count}）</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="469"/>
        <source>No key tickets were flagged.</source>
        <translation>没有标记关键工单。</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="470"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="471"/>
        <source>Platform faults</source>
        <translation>平台故障</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="478"/>
        <source>{value} (avg {average})</source>
        <translation>{value}（平均 {average}）</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="481"/>
        <source>{value} (avg {average}, {change})</source>
        <translation>{value}（平均 {average}，{change}）</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="500"/>
        <source>Unreadable media imported</source>
        <translation>导入的无法读取的媒体</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="501"/>
        <source>of which the decoder crashed</source>
        <translation>其中解码器崩溃</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="502"/>
        <source>Offline decisions refused (outbox conflicts)</source>
        <translation>被拒绝的离线决定（发件箱冲突）</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="503"/>
        <source>Claim leases expired</source>
        <translation>领取过期</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="504"/>
        <source>Import lines rejected</source>
        <translation>被拒绝的导入行</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="517"/>
        <source>Daily report {day}, team {team}</source>
        <translation>每日报告 {day}，团队 {team}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="520"/>
        <source>Daily report {day}</source>
        <translation>每日报告 {day}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="524"/>
        <source>{start} to {end} ({zone}); figures against the average of the {days} days before. Generated {generated} UTC.</source>
        <translation>{start} 至 {end}（{zone}）；数字与此前 {days} 天的平均值对比。生成于 {generated} UTC。</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="540"/>
        <source>Incidents are not recorded in this database.</source>
        <translation>此数据库不记录事件。</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="541"/>
        <source>Opened {opened}, acknowledged late {late}, closed {closed}.</source>
        <translation>新开 {opened}，逾期确认 {late}，已关闭 {closed}。</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="144"/>
        <source>Exposure dashboard (wellbeing) — Reviewer Workstation</source>
        <translation>接触量仪表板（身心健康）— 审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="146"/>
        <source>Exposure dashboard (aggregates only) — Reviewer Workstation</source>
        <translation>接触量仪表板（仅汇总）— 审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="160"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="161"/>
        <source>Exposure</source>
        <translation>接触量</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="166"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="168"/>
        <source>Show the report again</source>
        <translation>重新显示报告</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="174"/>
        <source>Correct or appeal a decision…</source>
        <translation>更正或申诉决定…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="181"/>
        <source>Wellbeing policy…</source>
        <translation>身心健康政策…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="188"/>
        <source>Operations (SLA, daily report)…</source>
        <translation>运营（SLA、每日报告）…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="195"/>
        <source>Administration…</source>
        <translation>管理…</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision_panel.py" line="94"/>
        <source>Decision panel</source>
        <translation>决定面板</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="104"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="117"/>
        <source>Escalate this item</source>
        <translation>升级处理此项</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="117"/>
        <source>Escalate</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="120"/>
        <source>Skip this item</source>
        <translation>跳过此项</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="120"/>
        <source>Skip (give it back)</source>
        <translation>跳过（交还）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="123"/>
        <source>Undo last decision</source>
        <translation>撤销上一个决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="124"/>
        <source>Undo the last decision</source>
        <translation>撤销上一个决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="140"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="144"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="151"/>
        <source>Escalate to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="155"/>
        <source>Imminent harm (Alt+I)</source>
        <translation>迫在眉睫的伤害（Alt+I）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="157"/>
        <source>A person is at risk now: opens a P0 incident that alerts the leads on duty</source>
        <translation>有人正面临危险：创建一个 P0 事件并通知值班组长</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="160"/>
        <source>Imminent harm</source>
        <translation>迫在眉睫的伤害</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record the decision</source>
        <translation>记录此决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="170"/>
        <source>Cancel this verdict</source>
        <translation>取消此裁定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="170"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="181"/>
        <source>Decision hint</source>
        <translation>决定提示</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="236"/>
        <source>Verdict {number}: {label}</source>
        <translation>裁定 {number}：{label}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="249"/>
        <source>Policy for verdict {number}</source>
        <translation>裁定 {number} 的政策</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="278"/>
        <source>{title} (policy {version}); F2: full text</source>
        <translation>{title}（政策 {version}）；F2：查看全文</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="338"/>
        <source>Decisions are paused.</source>
        <translation>决定已暂停。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="386"/>
        <source>The leads of your team</source>
        <translation>你所在团队的组长</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="394"/>
        <source>Why escalate? (required)</source>
        <translation>为什么升级处理？（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (required)</source>
        <translation>备注（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="416"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. Up/Down chooses where it goes. Alt+I if a person is at risk now.</source>
        <translation>升级处理：写明原因，方便接手的人了解情况，然后按 Enter。用上/下键选择升级到哪里。如果有人正面临危险，请按 Alt+I。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="422"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to your team leads. Alt+I if a person is at risk now.</source>
        <translation>升级处理：写明原因，方便接手的人了解情况，然后按 Enter。此项将转给你所在团队的组长。如果有人正面临危险，请按 Alt+I。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="426"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to {destination}. Alt+I if a person is at risk now.</source>
        <translation>升级处理：写明原因，方便接手的人了解情况，然后按 Enter。此项将转给 {destination}。如果有人正面临危险，请按 Alt+I。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="435"/>
        <source>{verdict}: Pick a reason (1-9) and write a note, then press Enter.</source>
        <translation>{verdict}：选择一个理由（1-9）并写下备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="437"/>
        <source>{verdict}: Pick a reason (1-9), then press Enter.</source>
        <translation>{verdict}：选择一个理由（1-9），然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="441"/>
        <source>{verdict}: Type a reason and write a note, then press Enter.</source>
        <translation>{verdict}：输入理由并写下备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="443"/>
        <source>{verdict}: Type a reason, then press Enter.</source>
        <translation>{verdict}：输入理由，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="446"/>
        <source>{verdict}: Write a note, then press Enter.</source>
        <translation>{verdict}：写下备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="472"/>
        <source>Reason: {reason} — {summary}</source>
        <translation>理由：{reason} — {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="476"/>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="43"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="51"/>
        <source>{language} ({tag})</source>
        <translation>{language}（{tag}）</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="56"/>
        <source>no SLA</source>
        <translation>无 SLA</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="63"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="67"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="71"/>
        <source>overdue by {time}</source>
        <translation>已超时 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="73"/>
        <source>due in {time}</source>
        <translation>{time} 后到期</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="83"/>
        <source> (superseded)</source>
        <translation>（已被取代）</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="90"/>
        <source>History ({zone})</source>
        <translation>历史记录（{zone}）</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="98"/>
        <source>Item details</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="103"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="108"/>
        <source>External reference</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="109"/>
        <location filename="../../ui/details.py" line="118"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="110"/>
        <source>Escalation reason</source>
        <translation>上报原因</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="112"/>
        <location filename="../../ui/details.py" line="120"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="113"/>
        <location filename="../../ui/details.py" line="121"/>
        <source>SLA</source>
        <translation>SLA 时限</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="114"/>
        <location filename="../../ui/details.py" line="122"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="115"/>
        <source>Language of the item</source>
        <translation>条目的语言</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="117"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="119"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="123"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="130"/>
        <source>Decision history</source>
        <translation>决定历史</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="160"/>
        <source>{queue} (tier {tier})</source>
        <translation>{queue}（第 {tier} 级）</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="167"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="36"/>
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette&apos;s accent for the dose, a soft amber once the budget is spent (information, not an alarm). Width in px of the ring drawn round the meter while it has keyboard focus: the theme&apos;s accent (the palette&apos;s Highlight), which stands out from the window by 3:1 or more in every theme.</extracomment>
        <translation>今日接触量占每日额度的比例</translation>
    </message>
</context>
<context>
    <name>DoseChart</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="53"/>
        <source>Exposure per day this week against the budget</source>
        <translation>本周每日接触量与预算对比</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="72"/>
        <source>Exposure (weighted minutes)</source>
        <translation>接触量（加权分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="73"/>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="104"/>
        <source>Daily budget ({budget})</source>
        <translation>每日预算（{budget}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="123"/>
        <source>{day}: {dose} of {budget}</source>
        <translation>{day}：{dose}/{budget}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workstation/wellbeing_records.py" line="522"/>
        <source>today&apos;s exposure budget ({budget} weighted minutes) is spent, so queues above severity tier {above} are closed to you until tomorrow. &apos;{queue}&apos; is tier {tier}; lower-tier queues stay open.</source>
        <extracomment>The outbox kind of a batch of exposure spans (``OutboxSync.register(SPANS_OUTBOX_KIND, ...)``). The outbox kinds of breaks and check-ins: care records wait durably like spans when the database is away (docs/wellbeing.md#the-break-flow).</extracomment>
        <translation>今日接触量额度（{budget} 加权分钟）已用完，因此高于第 {above} 级的队列在明天之前对你关闭。“{queue}”为第 {tier} 级；较低级别的队列仍然开放。</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="488"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database) and {who} has it now. Nothing was recorded for it; claim the next item.</source>
        <translation>你对 {ref} 的领取已于 {when} 过期（没有心跳信号到达数据库），现在由 {who} 领取。此条目没有记录任何内容；请领取下一个条目。</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="494"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database). Nothing was recorded for it; claim the next item.</source>
        <translation>你对 {ref} 的领取已于 {when} 过期（没有心跳信号到达数据库）。此条目没有记录任何内容；请领取下一个条目。</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="501"/>
        <source>your claim on {ref} is closed ({outcome}).</source>
        <translation>你对 {ref} 的领取已关闭（{outcome}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="138"/>
        <source>the database is busy (locked by another workstation) and stayed busy; try again in a moment</source>
        <translation>数据库繁忙（被另一台工作站锁定）且持续繁忙；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="145"/>
        <source>cannot reach the database at {url}: {error}. Check that the server is running and the URL is right (WORKSTATION_DATABASE_URL or --database-url).</source>
        <translation>无法连接 {url} 上的数据库：{error}。请检查服务器是否在运行、URL 是否正确（WORKSTATION_DATABASE_URL 或 --database-url）。</translation>
    </message>
    <message>
        <location filename="../../workstation/review.py" line="195"/>
        <source>the database cannot be reached</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="166"/>
        <source>an escalation is not a verdict to appeal; decide the item instead</source>
        <translation>升级处理不是可以申诉的裁定；请改为对该条目作出决定</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="183"/>
        <source>the reason has {count} characters; at most {most}</source>
        <translation>原因有 {count} 个字符；最多 {most} 个</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="201"/>
        <source>no decision {id}</source>
        <translation>没有决定 {id}</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="281"/>
        <source>no decision on an item {ref!r}</source>
        <translation>条目 {ref!r} 没有决定</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="564"/>
        <source>your claim on {ref} expired and {who} decided it at {at}; your decision was not recorded.</source>
        <translation>你对 {ref} 的领取已过期，{who} 已于 {at} 对其作出决定；你的决定没有被记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="570"/>
        <source>your claim on {ref} expired and it was decided; your decision was not recorded.</source>
        <translation>你对 {ref} 的领取已过期，且该条目已有决定；你的决定没有被记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="251"/>
        <location filename="../../workstation/wellbeing_attention.py" line="414"/>
        <source>no person named {name!r}</source>
        <translation>没有名为 {name!r} 的人员</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="257"/>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>范围的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="400"/>
        <source>the note has {count} characters; keep it to {most}</source>
        <translation>备注有 {count} 个字符；请控制在 {most} 个以内</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="407"/>
        <source>the contact date {day} is in the future</source>
        <translation>联系日期 {day} 是未来的日期</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../ui/report_export.py" line="91"/>
        <source>Exporting decisions: {done} of {total}</source>
        <translation>正在导出决定：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="99"/>
        <source>exported {rows} decisions to {path}</source>
        <translation>已将 {rows} 个决定导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="129"/>
        <source>Counting decisions…</source>
        <translation>正在统计决定…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="130"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="135"/>
        <source>Export decisions</source>
        <translation>导出决定</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../wellbeing/exposure.py" line="138"/>
        <source>revealed</source>
        <extracomment>The view of a freshly shown item when the caller does not say otherwise: on screen, blurred, gray, muted.</extracomment>
        <translation>显示原图</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="139"/>
        <source>blurred+gray</source>
        <translation>模糊且灰度</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="140"/>
        <source>blurred+color</source>
        <translation>模糊彩色</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="141"/>
        <source>stylised</source>
        <translation>风格化</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="142"/>
        <source>gray unblurred</source>
        <translation>灰度不模糊</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="143"/>
        <source>unfiltered</source>
        <translation>未过滤</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="150"/>
        <source>hidden ({weight})</source>
        <translation>隐藏（{weight}）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="152"/>
        <source>{view} ({weight})</source>
        <translation>{view}（{weight}）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="158"/>
        <source>{view} with {percent}% spotlight ({weight})</source>
        <translation>{view}，聚光 {percent}%（{weight}）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="162"/>
        <source>{view} + audio ({weight})</source>
        <translation>{view} + 音频（{weight}）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="455"/>
        <source>no item open</source>
        <translation>没有打开的条目</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="457"/>
        <source>media hidden</source>
        <translation>媒体已隐藏</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="459"/>
        <source>panic key: media hidden</source>
        <translation>紧急键：媒体已隐藏</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="461"/>
        <source>on a break</source>
        <translation>正在休息</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="463"/>
        <source>window not active</source>
        <translation>窗口未激活</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="465"/>
        <source>clock jump (sleep/resume?): waiting for input</source>
        <translation>时钟跳变（休眠/唤醒？）：等待输入</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="468"/>
        <source>idle (no input for {seconds} s)</source>
        <translation>空闲（{seconds} 秒无操作）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="473"/>
        <source>not counted: {reasons}</source>
        <translation>不计入：{reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="474"/>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="480"/>
        <source>severity of queue &apos;{queue}&apos; ({weight})</source>
        <translation>队列“{queue}”的严重度（{weight}）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="485"/>
        <source>severity tier {tier} ({weight})</source>
        <translation>严重度第 {tier} 级（{weight}）</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="490"/>
        <source>{visibility} x {severity} = {rate} per minute</source>
        <translation>{visibility} × {severity} = 每分钟 {rate}</translation>
    </message>
</context>
<context>
    <name>ExposureDashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="98"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="99"/>
        <source>Dose (weighted minutes)</source>
        <translation>接触量（加权分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="140"/>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="141"/>
        <source>Days over
budget</source>
        <translation>超出预算
天数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="142"/>
        <source>Dose (weighted
minutes)</source>
        <translation>接触量（加权
分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="143"/>
        <source>Revealed
minutes</source>
        <translation>显示原图
分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="144"/>
        <source>Breaks
suggested</source>
        <translation>建议的
休息</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="145"/>
        <source>Breaks
taken</source>
        <translation>已休息
次数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146"/>
        <source>Mood trend
(points per week)</source>
        <translation>心情趋势
（每周分值）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="224"/>
        <source>Exposure - wellbeing dashboard</source>
        <translation>接触量 — 身心健康仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="236"/>
        <source>per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="237"/>
        <source>per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="238"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="242"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="231"/>
        <location filename="../../ui/dashboard.py" line="250"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="232"/>
        <source>First day of the report, year-month-day</source>
        <translation>报告的第一天，年-月-日</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="234"/>
        <source>Last day of the report, year-month-day</source>
        <translation>报告的最后一天，年-月-日</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="252"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="265"/>
        <source>Choose a range and press Show.</source>
        <translation>选择日期范围并按“显示”。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270"/>
        <source>Exposure chart</source>
        <translation>接触量图表</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="272"/>
        <source>Weighted exposure over the range; the same figures are in the summary and the tables</source>
        <translation>范围内的加权接触量；摘要和表格中有相同的数字</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="274"/>
        <source>Distribution chart</source>
        <translation>分布图表</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276"/>
        <source>How many people had each daily dose; the same figures are in the summary and the tables</source>
        <translation>每种每日接触量各有多少人；摘要和表格中有相同的数字</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="285"/>
        <location filename="../../ui/dashboard.py" line="294"/>
        <source>People over budget</source>
        <translation>超出预算的人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="300"/>
        <source>People of the chart point or bar clicked</source>
        <translation>所点击图表点或柱中的人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="306"/>
        <location filename="../../ui/dashboard.py" line="470"/>
        <source>Click a point or a bar of a chart to list its people.</source>
        <translation>点击图表中的点或柱，列出其中的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="367"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="378"/>
        <source>the report failed: {error}</source>
        <translation>报告生成失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="399"/>
        <source>individual rows shown (wellbeing)</source>
        <translation>显示个人数据（身心健康）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="402"/>
        <source>aggregates only; groups under {count} people suppressed, with enough others that none can be worked out by difference</source>
        <translation>仅汇总；少于 {count} 人的组已隐藏，并同时隐藏足够多的其他组，使任何组都无法通过差值推算</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="408"/>
        <source>no exposure recorded in this range</source>
        <translation>此范围内没有记录到接触量</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="410"/>
        <source>suppressed: too few people</source>
        <translation>已隐藏：人数太少</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="416"/>
        <source>median {median}, p90 {p90}, max {max}</source>
        <translation>中位数 {median}，p90 {p90}，最大值 {max}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="422"/>
        <source>mean {mean}</source>
        <translation>平均值 {mean}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="428"/>
        <source> ({days} person-days)</source>
        <translation>（{days} 人日）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="431"/>
        <source>1 person reached the daily budget of {budget}{days}</source>
        <translation>1 人达到每日预算 {budget}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="433"/>
        <source>{count} people reached the daily budget of {budget}{days}</source>
        <translation>{count} 人达到每日预算 {budget}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="436"/>
        <source>{people} people; dose per person over the range: {spread} weighted min; {reached}</source>
        <translation>{people} 人；范围内人均接触量：{spread} 加权分钟；{reached}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="447"/>
        <source>{start} – {end}: {figures}. ({scope})</source>
        <translation>{start} – {end}：{figures}。（{scope}）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="456"/>
        <source>People over budget ({count})</source>
        <translation>超出预算的人员（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="458"/>
        <source>People over budget: individual rows are for wellbeing staff only</source>
        <translation>超出预算的人员：个人数据仅供身心健康支持人员查看</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="468"/>
        <source>Charts of aggregates only: no person behind a point or bar.</source>
        <translation>图表仅为汇总：点或柱背后没有具体个人。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="499"/>
        <source>People with exposure on {span} ({count}); click one or press Enter</source>
        <translation>{span} 有接触量的人员（{count}）；点击某人或按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="517"/>
        <source>People with a dose of {low} to {high} over the range ({count}); click one or press Enter</source>
        <translation>范围内接触量在 {low} 到 {high} 之间的人员（{count}）；点击某人或按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="525"/>
        <source>Export the report as CSV</source>
        <translation>将报告导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="531"/>
        <source>Export the report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="562"/>
        <source>The report was not saved: {reason}.</source>
        <translation>报告未保存：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="565"/>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576"/>
        <source>The report was saved, but its audit record failed: {error}</source>
        <translation>报告已保存，但其审计记录失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="580"/>
        <source>Saved the report as {format} to {path}.</source>
        <translation>报告已保存为 {format}：{path}。</translation>
    </message>
</context>
<context>
    <name>ExposureMeter</name>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="111"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="112"/>
        <source>tier {tier} ×{weight}</source>
        <translation>第 {tier} 级 ×{weight}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="119"/>
        <source>Exposure = minutes media was on screen × how revealed it was × the queue&apos;s severity.</source>
        <translation>接触量 = 媒体在屏幕上的分钟数 × 显示程度 × 队列的严重度。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="123"/>
        <source>How revealed: hidden {hidden}, blurred+gray {blurred_gray}, blurred colour {blurred_color}, stylised {stylised}, gray unblurred {gray_unblurred}, revealed {revealed}; unmuted audio adds {audio}.</source>
        <translation>显示程度：隐藏 {hidden}，模糊且灰度 {blurred_gray}，模糊彩色 {blurred_color}，风格化 {stylised}，灰度不模糊 {gray_unblurred}，显示原图 {revealed}；取消静音的音频另加 {audio}。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="137"/>
        <source>Severity: {tiers}.</source>
        <translation>严重度：{tiers}。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="138"/>
        <source>Only counted while the window is active and you are at the keyboard (idle after {seconds} s).</source>
        <translation>仅在窗口处于活动状态且你在键盘前时计算（{seconds} 秒无操作即视为空闲）。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="142"/>
        <source>Daily budget {budget}; a break is suggested at {soft} since your last break and required at {enforced}.</source>
        <translation>每日额度 {budget}；自上次休息以来达到 {soft} 时建议休息，达到 {enforced} 时必须休息。</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="75"/>
        <source>Exposure today</source>
        <translation>今日接触量</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="79"/>
        <source>Exposure today —</source>
        <translation>今日接触量 —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="98"/>
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>今日接触量 {today} / {budget}  · 额度已用完</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100"/>
        <source>Exposure today {today} / {budget}</source>
        <translation>今日接触量 {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="103"/>
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>今日 {today} / {budget} 加权分钟。{explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="107"/>
        <source>Budget spent. {described}</source>
        <translation>额度已用完。{described}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="112"/>
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
    <name>ExposureReport</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="42"/>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="43"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="44"/>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="45"/>
        <source>maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="105"/>
        <source>Dose per person per day (weighted minutes)</source>
        <extracomment>The object name of the daily budget&apos;s line, which has no people behind it (ui/dashboard.py).</extracomment>
        <translation>每人每天接触量（加权分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="107"/>
        <source>Dose per person per week (weighted minutes)</source>
        <translation>每人每周接触量（加权分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="116"/>
        <source>this day so far (partial, not joined)</source>
        <translation>今天到目前为止（不完整，未连线）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="118"/>
        <source>this week so far (partial, not joined)</source>
        <translation>本周到目前为止（不完整，未连线）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="134"/>
        <source>no period to show: no data, or fewer than {count} people in each</source>
        <translation>没有可显示的周期：没有数据，或每个周期都少于 {count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="141"/>
        <source>period starting</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="148"/>
        <location filename="../../ui/report_pdf.py" line="286"/>
        <source>dose</source>
        <translation>接触量</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="168"/>
        <source>daily budget ({budget})</source>
        <translation>每日预算（{budget}）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="233"/>
        <source>Distribution: people by dose over {start} - {end}</source>
        <translation>分布：{start} - {end} 期间按接触量统计的人数</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="240"/>
        <location filename="../../ui/report_pdf.py" line="252"/>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="256"/>
        <source>dose over the range (bins of {width} weighted min)</source>
        <translation>范围内接触量（每组 {width} 加权分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="263"/>
        <source>Distribution per team: dose per person over the range</source>
        <translation>按团队分布：范围内人均接触量</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="280"/>
        <source>{group} (suppressed)</source>
        <translation>{group}（已隐藏）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="283"/>
        <source>(no data)</source>
        <translation>（无数据）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="302"/>
        <source>People</source>
        <extracomment>The PDF&apos;s columns: (figure, heading spelled out, decimals). Two tables per level, so that every column is wide enough for 9 pt type on A4: exposure, then care.</extracomment>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="303"/>
        <location filename="../../ui/report_pdf.py" line="362"/>
        <source>Total dose</source>
        <translation>总接触量</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="304"/>
        <location filename="../../ui/report_pdf.py" line="369"/>
        <source>Mean per person</source>
        <translation>人均</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="305"/>
        <source>Median per person</source>
        <translation>人均中位数</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="308"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="309"/>
        <location filename="../../ui/report_pdf.py" line="383"/>
        <source>Revealed minutes</source>
        <translation>显示原图分钟</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="310"/>
        <location filename="../../ui/report_pdf.py" line="390"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="313"/>
        <location filename="../../ui/report_pdf.py" line="397"/>
        <source>Days over budget</source>
        <translation>超出预算天数</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="314"/>
        <location filename="../../ui/report_pdf.py" line="404"/>
        <source>People over budget</source>
        <translation>超出预算的人员</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="315"/>
        <source>Breaks suggested</source>
        <translation>建议的休息</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="316"/>
        <source>Breaks taken</source>
        <translation>已休息</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="317"/>
        <source>Breaks postponed</source>
        <translation>推迟的休息</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="318"/>
        <location filename="../../ui/report_pdf.py" line="336"/>
        <source>Check-ins</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="319"/>
        <location filename="../../ui/report_pdf.py" line="343"/>
        <source>Mood trend per week</source>
        <translation>每周心情趋势</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="322"/>
        <source>suppressed (too few people, or another group could be worked out from it)</source>
        <translation>已隐藏（人数太少，或可由此推算出另一组）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="354"/>
        <source>Dose</source>
        <extracomment>What the PDF&apos;s legend page says about each heading and term.</extracomment>
        <translation>接触量</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="355"/>
        <source>Weighted minutes: minutes on screen x how much was visible (hidden 0 to revealed 1) x the queue&apos;s severity weight. One minute of fully revealed tier-2 media is 1.</source>
        <translation>加权分钟：屏幕上的分钟数 × 可见程度（隐藏为 0，显示原图为 1）× 队列的严重度权重。完全显示原图的第 2 级媒体一分钟记为 1。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="363"/>
        <source>The group&apos;s dose over the whole range, all people added up.</source>
        <translation>该组在整个范围内的接触量，所有人相加。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="370"/>
        <source>Total dose divided by the number of people in the group.</source>
        <translation>总接触量除以组内人数。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="376"/>
        <source>Median, 90th percentile, maximum</source>
        <translation>中位数、第 90 百分位、最大值</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="377"/>
        <source>Of the people&apos;s doses over the range (wellbeing staff only: each is one person&apos;s figure).</source>
        <translation>范围内各人接触量的统计（仅限身心健康支持人员：每一项都是某一个人的数值）。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="384"/>
        <source>Minutes with media fully revealed (no blur, no grayscale).</source>
        <translation>媒体完全显示原图（无模糊、无灰度）的分钟数。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="391"/>
        <source>Items on screen.</source>
        <translation>屏幕上显示过的条目。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="398"/>
        <source>Person-days on which the dose reached the daily budget.</source>
        <translation>接触量达到每日预算的人日数。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="405"/>
        <source>People with at least one such day.</source>
        <translation>至少有一天达到预算的人数。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="329"/>
        <source>Breaks suggested / taken / postponed</source>
        <extracomment>The legend&apos;s break and check-in terms: only wellbeing staff&apos;s report has these columns.</extracomment>
        <translation>建议 / 已休息 / 推迟的休息</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="330"/>
        <source>Break prompts (soft and enforced), breaks taken, and postponements of enforced breaks.</source>
        <translation>休息提示（建议和强制）、已休息次数，以及强制休息的推迟次数。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="337"/>
        <source>Voluntary mood check-ins, 1 (very low) to 5 (very good).</source>
        <translation>自愿的心情记录，1（很低落）到 5（很好）。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="344"/>
        <source>Slope of the check-in moods over the range, in points per week: negative means mood is falling.</source>
        <translation>范围内心情记录的变化斜率，单位为每周分值：负数表示心情在下降。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="412"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="413"/>
        <source>No value: not applicable at this level (queues have no breaks), or withheld because it would come from fewer people than the minimum group size.</source>
        <translation>无数值：此层级不适用（队列没有休息），或因数据来自少于最小组人数的人而不予显示。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="420"/>
        <source>Suppressed</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="421"/>
        <source>A group of fewer people than the minimum group size, or one hidden so that such a group cannot be worked out by difference.</source>
        <translation>人数少于最小组人数的组，或为防止通过差值推算出这类组而隐藏的组。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="428"/>
        <source>Today / this week</source>
        <translation>今天 / 本周</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="429"/>
        <source>The period still running is partial: the dose chart shows it as a hollow marker, not joined to the line.</source>
        <translation>仍在进行中的周期是不完整的：接触量图表以空心标记显示，不与折线相连。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="451"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="476"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="477"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="478"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="485"/>
        <source>{group}, whole range: exposure</source>
        <translation>{group}，整个范围：接触量</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="490"/>
        <source>{group}, whole range: care</source>
        <translation>{group}，整个范围：关怀</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="493"/>
        <source>{group}, whole range: days over budget</source>
        <translation>{group}，整个范围：超出预算天数</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="609"/>
        <source>Exposure report {start} to {end}</source>
        <translation>接触量报告 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="618"/>
        <source>Exposure report</source>
        <translation>接触量报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="621"/>
        <source>{start} to {end}, per day; daily budget {budget} weighted minutes</source>
        <translation>{start} 至 {end}，按天；每日预算 {budget} 加权分钟</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="625"/>
        <source>{start} to {end}, per week; daily budget {budget} weighted minutes</source>
        <translation>{start} 至 {end}，按周；每日预算 {budget} 加权分钟</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="638"/>
        <source>Generated {at} UTC. The legend is on the last page.</source>
        <translation>生成于 {at} UTC。图例在最后一页。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="643"/>
        <source>Individual rows included (wellbeing staff). Wellbeing data: not for performance review.</source>
        <translation>包含个人数据（身心健康支持人员）。身心健康数据：不得用于绩效评估。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="648"/>
        <source>Aggregates only; groups under {count} people suppressed, and others with them.</source>
        <translation>仅汇总；少于 {count} 人的组已隐藏，相关的其他组也一并隐藏。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="665"/>
        <source>People over budget ({count})</source>
        <translation>超出预算的人员（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="676"/>
        <source>Nobody reached the daily budget in this range.</source>
        <translation>此范围内没有人达到每日预算。</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="682"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>FaceButton</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="62"/>
        <source>Mood {mood} of 5: {label}</source>
        <translation>心情 {mood}/5：{label}</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../media/reveal.py" line="140"/>
        <source>blur {level}/5</source>
        <translation>模糊 {level}/5</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="142"/>
        <source>no blur</source>
        <translation>不模糊</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="148"/>
        <source>{blur}, {colour}, stylised</source>
        <translation>{blur}，{colour}，风格化</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="149"/>
        <source>{blur}, {colour}</source>
        <translation>{blur}，{colour}</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="203"/>
        <source>a moment</source>
        <translation>片刻</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="204"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="212"/>
        <source>Revealed: re-blurs in {time} (R re-blurs now)</source>
        <translation>已显示原图：{time} 后重新模糊（按 R 立即模糊）</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="216"/>
        <source>Spotlight: re-blurs in {time} or when P is released</source>
        <translation>聚光：{time} 后或松开 P 时重新模糊</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="219"/>
        <source>Filter lowered to {filter}: back to {defaults} in {time}</source>
        <translation>滤镜已降低为 {filter}：{time} 后恢复为 {defaults}</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="231"/>
        <source>unfiltered</source>
        <translation>无滤镜</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="232"/>
        <source>spotlight</source>
        <translation>聚光</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="235"/>
        <source>REVEALED ({what}): re-blurs in {time}</source>
        <translation>已显示原图（{what}）：{time} 后重新模糊</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_alerts.py" line="61"/>
        <source>Incident alert</source>
        <translation>事件警报</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="71"/>
        <source>Incident alert text</source>
        <translation>事件警报内容</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="73"/>
        <source>A   Acknowledge</source>
        <translation>A   确认</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="74"/>
        <source>Acknowledge the incident</source>
        <translation>确认此事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="96"/>
        <source>  (+{count} more)</source>
        <translation>  （另有 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="102"/>
        <source>INCIDENT {severity}: {category} — item {item} ({queue}), opened by {who} {waited} min ago; acknowledge within {target} min. Press A to acknowledge.{more}</source>
        <translation>事件 {severity}：{category} — 条目 {item}（{queue}），由 {who} 于 {waited} 分钟前提出；请在 {target} 分钟内确认。按 A 确认。{more}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="108"/>
        <source>no queue</source>
        <translation>无队列</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/details.py" line="27"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="28"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="29"/>
        <source>Indonesian</source>
        <translation>印尼语</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="30"/>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="31"/>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
</context>
<context>
    <name>LeadAlerts</name>
    <message>
        <location filename="../../ui/incident_alerts.py" line="162"/>
        <source>Reviewer Workstation: incidents</source>
        <translation>审核工作站：事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="213"/>
        <source>Incident {severity}: {category}</source>
        <translation>事件 {severity}：{category}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="214"/>
        <source>Item {item} opened by {who}.</source>
        <translation>条目 {item} 由 {who} 提出。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="215"/>
        <source> It was not acknowledged in time: you are next on the duty list.</source>
        <translation> 未在规定时间内确认：值班名单上下一位是你。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="231"/>
        <source>Incident {id} acknowledged by {who}.</source>
        <translation>事件 {id} 已由 {who} 确认。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="240"/>
        <source>the database did not answer</source>
        <translation>数据库没有响应</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="243"/>
        <source>Could not acknowledge incident {id}: {reason}</source>
        <translation>无法确认事件 {id}：{reason}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../media/audio.py" line="62"/>
        <source>no audio stream</source>
        <translation>没有音频流</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="77"/>
        <source>unreadable audio: {error}</source>
        <translation>无法读取音频：{error}</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="132"/>
        <location filename="../../media/audio.py" line="147"/>
        <source>the audio could not be decoded: {error}</source>
        <translation>无法解码音频：{error}</translation>
    </message>
    <message>
        <location filename="../../media/hashing.py" line="23"/>
        <location filename="../../media/sniff.py" line="126"/>
        <source>cannot read file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="49"/>
        <source>not an image (the bytes are {format} {kind})</source>
        <translation>不是图片（内容为 {format} {kind}）</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="56"/>
        <location filename="../../media/probe.py" line="48"/>
        <location filename="../../media/video.py" line="366"/>
        <source>file of {size} bytes exceeds the {limit} byte limit</source>
        <translation>文件大小为 {size} 字节，超过 {limit} 字节的上限</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="81"/>
        <location filename="../../media/image.py" line="121"/>
        <source>image has no pixels ({width}x{height})</source>
        <translation>图片没有像素（{width}x{height}）</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="86"/>
        <source>corrupt {format} image: header not readable</source>
        <translation>{format} 图片已损坏：无法读取文件头</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="101"/>
        <source>truncated {format}</source>
        <translation>{format} 文件不完整</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="104"/>
        <source>{format} image too large to decode</source>
        <translation>{format} 图片太大，无法解码</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="108"/>
        <source>corrupt {format} image: bad compressed data</source>
        <translation>{format} 图片已损坏：压缩数据有误</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="112"/>
        <source>corrupt {format} image: {detail}</source>
        <translation>{format} 图片已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="114"/>
        <source>corrupt {format} image</source>
        <translation>{format} 图片已损坏</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="125"/>
        <source>image of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>图片为 {width}x{height} 像素，超过 {limit} 的上限</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="249"/>
        <source>animation of {count} frames exceeds the {limit} frame limit</source>
        <translation>动画有 {count} 帧，超过 {limit} 帧的上限</translation>
    </message>
    <message>
        <location filename="../../media/limits.py" line="31"/>
        <source>{megapixels} MP</source>
        <translation>{megapixels} 百万像素</translation>
    </message>
    <message>
        <location filename="../../media/phash.py" line="88"/>
        <source>no decodable keyframes in video</source>
        <extracomment>PDQ match threshold: ThreatExchange&apos;s PDQ documentation (&quot;pdq/README.md&quot;, hashing.pdf) recommends treating Hamming distance &lt;= 31 (of 256 bits) as a match. PDQ quality below this (0..100) means a near-featureless image whose hash is unreliable (the reference implementation&apos;s suggested cut-off). What the importer stores for a file: (kind, best hex), or (kind, best hex, its quality, [[hex, quality], ...] of every reliable hash).</extracomment>
        <translation>视频中没有可解码的关键帧</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="81"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="109"/>
        <source>unrecognised file type (starts with {bytes})</source>
        <translation>无法识别的文件类型（开头为 {bytes}）</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="121"/>
        <source>not a file (a folder)</source>
        <translation>不是文件（是文件夹）</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="123"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../media/storyboard.py" line="150"/>
        <source>no decodable frames in video</source>
        <translation>视频中没有可解码的帧</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="45"/>
        <source>cannot read term list {name}: {error}</source>
        <translation>无法读取词语列表 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="51"/>
        <source>term list {name} is not UTF-8 text</source>
        <translation>词语列表 {name} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="102"/>
        <source>no masked-term list for the language {language!r}; lists exist for {lists}</source>
        <translation>没有语言 {language!r} 的遮盖词语列表；现有列表：{lists}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="183"/>
        <source>not text (the bytes are {format} {kind})</source>
        <translation>不是文本（内容为 {format} {kind}）</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="190"/>
        <source>text of {size} bytes exceeds the {limit} byte limit</source>
        <translation>文本大小为 {size} 字节，超过 {limit} 字节的上限</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="201"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset} (looks like UTF-16)</source>
        <translation>不是 UTF-8 文本：偏移量 {offset} 处有无效字节 0x{byte}（看起来是 UTF-16）</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="205"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset}</source>
        <translation>不是 UTF-8 文本：偏移量 {offset} 处有无效字节 0x{byte}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="56"/>
        <location filename="../../media/video.py" line="385"/>
        <source>unreadable {format} video: {error}</source>
        <translation>无法读取的 {format} 视频：{error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="64"/>
        <source>no video stream</source>
        <translation>没有视频流</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="67"/>
        <source>video codec not supported by this decoder</source>
        <translation>此解码器不支持该视频编码</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="74"/>
        <source>video has no frame size ({width}x{height})</source>
        <translation>视频没有画面尺寸（{width}x{height}）</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="80"/>
        <source>video of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>视频为 {width}x{height} 像素，超过 {limit} 的上限</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="98"/>
        <source>video of {seconds} s exceeds the {limit} s limit</source>
        <translation>视频时长 {seconds} 秒，超过 {limit} 秒的上限</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="104"/>
        <source>video of {count} frames exceeds the {limit} frame limit</source>
        <translation>视频有 {count} 帧，超过 {limit} 帧的上限</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="168"/>
        <source>cannot convert video frame: {error}</source>
        <translation>无法转换视频帧：{error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="236"/>
        <location filename="../../media/video.py" line="251"/>
        <source>cannot seek in video: {error}</source>
        <translation>无法在视频中跳转：{error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="267"/>
        <location filename="../../media/video.py" line="295"/>
        <location filename="../../media/video.py" line="331"/>
        <source>cannot decode video: {error}</source>
        <translation>无法解码视频：{error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="272"/>
        <source>no decodable keyframe at {seconds} s</source>
        <translation>{seconds} 秒处没有可解码的关键帧</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="299"/>
        <source>no decodable frame at {seconds} s</source>
        <translation>{seconds} 秒处没有可解码的帧</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="359"/>
        <source>not a video (the bytes are {format} {kind})</source>
        <translation>不是视频（内容为 {format} {kind}）</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="71"/>
        <location filename="../../workstation/decode_sandbox.py" line="73"/>
        <source>{count} GB</source>
        <translation>{count} GB</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="74"/>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="79"/>
        <source>decoding needed more than {size}</source>
        <translation>解码所需内存超过 {size}</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="85"/>
        <source>decoding took longer than {seconds} s</source>
        <translation>解码耗时超过 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="92"/>
        <source>the decoder stopped answering</source>
        <translation>解码器停止响应</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="97"/>
        <source>the decoder crashed (signal {signal})</source>
        <translation>解码器崩溃（信号 {signal}）</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="98"/>
        <source>the decoder exited unexpectedly (status {status})</source>
        <translation>解码器意外退出（状态 {status}）</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="288"/>
        <source>the decoder could not start in time; try again</source>
        <translation>解码器未能及时启动；请重试</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="295"/>
        <source>the decoder could not start (status {status})</source>
        <translation>解码器无法启动（状态 {status}）</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="425"/>
        <source>the decoder failed ({error})</source>
        <translation>解码器出错（{error}）</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <location filename="../../ui/details.py" line="18"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="19"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="20"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="21"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../../ui/media_view.py" line="70"/>
        <source>This media could not be opened: {reason}.
You can still decide from the details (E escalates with a note) or skip (S).</source>
        <translation>无法打开此媒体：{reason}。
您仍可根据详情作出决定（按 E 附说明上报），或跳过（按 S）。</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112"/>
        <source>Media view</source>
        <translation>媒体视图</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="113"/>
        <source>The item&apos;s media, blurred and gray until you reveal it</source>
        <translation>条目的媒体，在您选择显示之前保持模糊和灰度</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="231"/>
        <source>Preparing a filtered preview…</source>
        <translation>正在准备模糊预览…</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="576"/>
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>媒体已隐藏。
按 Esc 恢复显示——恢复后仍为模糊灰度。</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="622"/>
        <source>Revealed: re-blurs in 8 s</source>
        <translation>已显示原图：8 秒后重新模糊</translation>
    </message>
</context>
<context>
    <name>MyQADialog</name>
    <message>
        <location filename="../../ui/qa_review.py" line="373"/>
        <location filename="../../ui/qa_review.py" line="374"/>
        <source>My QA</source>
        <translation>我的质检</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="380"/>
        <source>Some of your decisions are sampled for a blind second review by a lead. This is how they fared; the QA reviewer is not named.</source>
        <translation>你的部分决定会被抽样，由组长进行盲审复核。以下是复核结果；不显示质检人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="386"/>
        <location filename="../../ui/qa_review.py" line="411"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="389"/>
        <source>Your QA agreement</source>
        <translation>你的质检一致率</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="393"/>
        <source>Your reviewed decisions</source>
        <translation>你被复核的决定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="402"/>
        <source>Press F4 or Enter to close.</source>
        <translation>按 F4 或 Enter 关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="417"/>
        <source>Your QA results could not be read: {error}</source>
        <translation>无法读取你的质检结果：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="424"/>
        <source>None of your decisions has had a QA review yet.</source>
        <translation>你的决定尚未经过质检复核。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="430"/>
        <source>{n} of your decisions had a second review; agreement {pct} %.</source>
        <translation>你的 {n} 项决定经过了复核；一致率 {pct}%。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="442"/>
        <source>Known-answer items before today: {correct} of {n} right ({pct} %).</source>
        <translation>今天之前的已知答案条目：{n} 项中答对 {correct} 项（{pct}%）。</translation>
    </message>
</context>
<context>
    <name>NoRoleWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="360"/>
        <source>Reviewer Workstation</source>
        <translation>审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="363"/>
        <source>{name} ({user}) has no role on this workstation yet, so there is nothing to open. Ask an admin to give you one: reviewer, wellbeing, lead or admin.</source>
        <translation>{name}（{user}）在此工作站上还没有角色，因此没有可打开的内容。请联系管理员为你分配一个角色：审核员、身心健康支持、组长或管理员。</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../ui/notices.py" line="62"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="41"/>
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>审核工作站 — 正在等待数据库</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="42"/>
        <source>Waiting for the database</source>
        <translation>正在等待数据库</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="47"/>
        <source>The database cannot be reached</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="58"/>
        <source>Your decisions waiting to be sent</source>
        <translation>您等待发送的决定</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="63"/>
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>使用本工作站的其他人另有 {count} 项记录也在等待。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="68"/>
        <location filename="../../ui/offline_start.py" line="125"/>
        <source>Trying to reach it…</source>
        <translation>正在尝试连接…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="70"/>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="73"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="91"/>
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>本工作站上没有您等待发送的内容。数据库恢复后即可领取工作。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="93"/>
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>您的工作是安全的：1 项决定已保存在本工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="96"/>
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>您的工作是安全的：{count} 项决定已保存在本工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="101"/>
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>您等待发送的接触记录：{count} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="103"/>
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>数据库恢复后，它们将按您作出的顺序发送。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="113"/>
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}，决定于 {when} — 被数据库拒绝：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="115"/>
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}，决定于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="134"/>
        <source>The database answers again: signing in…</source>
        <translation>数据库已恢复响应：正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="140"/>
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>{time} 无响应。每 {seconds} 秒重试一次；按 F5 立即重试。</translation>
    </message>
</context>
<context>
    <name>OperationsWindow</name>
    <message>
        <location filename="../../ui/operations.py" line="86"/>
        <source>Operations — SLA and daily report — Reviewer Workstation</source>
        <translation>运营 — SLA 与每日报告 — 审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="93"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="94"/>
        <source>Daily report</source>
        <translation>每日报告</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="104"/>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="105"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="106"/>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="108"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="109"/>
        <source>last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="110"/>
        <location filename="../../ui/operations.py" line="119"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="111"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="113"/>
        <location filename="../../ui/operations.py" line="208"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="119"/>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="128"/>
        <source>SLA per queue or team</source>
        <translation>按队列或团队的 SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="132"/>
        <location filename="../../ui/operations.py" line="134"/>
        <source>Breaches</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="146"/>
        <location filename="../../ui/operations.py" line="255"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="153"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="153"/>
        <location filename="../../ui/operations.py" line="204"/>
        <location filename="../../ui/operations.py" line="215"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="159"/>
        <source>Breaches ({count})</source>
        <translation>超时（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="164"/>
        <source>{start} to {end} ({zone}); {overdue} overdue now, {breaches} breaches in the window</source>
        <translation>{start} 至 {end}（{zone}）；当前超时 {overdue} 项，时段内超时 {breaches} 次</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="179"/>
        <source>Save the SLA report</source>
        <translation>保存 SLA 报告</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="183"/>
        <source>SLA report</source>
        <translation>SLA 报告</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="201"/>
        <location filename="../../ui/operations.py" line="215"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="203"/>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="206"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="209"/>
        <source>Save as Markdown…</source>
        <translation>另存为 Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="233"/>
        <source>Loading the teams…</source>
        <translation>正在加载团队…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="246"/>
        <source>The team list could not be read: {error}</source>
        <translation>无法读取团队列表：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="276"/>
        <location filename="../../ui/operations.py" line="295"/>
        <source>Save the daily report</source>
        <translation>保存每日报告</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="279"/>
        <source>Daily report {day}</source>
        <translation>每日报告 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="301"/>
        <location filename="../../ui/operations.py" line="312"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="304"/>
        <location filename="../../ui/operations.py" line="314"/>
        <source>could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="320"/>
        <source>the report failed: {error}</source>
        <translation>报告生成失败：{error}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="42"/>
        <source>Saved on this workstation; will be sent when the database is back.</source>
        <extracomment>What the reviewer is told about a decision the outbox kept (the database is away).</extracomment>
        <translation>已保存在本工作站；数据库恢复后将发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="52"/>
        <source>Offline: 1 decision saved here, not sent yet</source>
        <translation>离线：1 项决定已保存在此，尚未发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="53"/>
        <source>Offline: {count} decisions saved here, not sent yet</source>
        <translation>离线：{count} 项决定已保存在此，尚未发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="57"/>
        <source>Sending 1 decision saved offline…</source>
        <translation>正在发送离线时保存的 1 项决定…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="58"/>
        <source>Sending {count} decisions saved offline…</source>
        <translation>正在发送离线时保存的 {count} 项决定…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="66"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="70"/>
        <source>A decision saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: it is kept here and in the audit log, and your lead can see it.</source>
        <translation>离线时保存在本工作站的一项决定无法记录：{reasons}。没有任何内容丢失：它保存在这里和审计日志中，你的组长也能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="76"/>
        <source>{count} decisions saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: they are kept here and in the audit log, and your lead can see them.</source>
        <translation>离线时保存在本工作站的 {count} 项决定无法记录：{reasons}。没有任何内容丢失：它们保存在这里和审计日志中，你的组长也能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="89"/>
        <source>Offline: the database cannot be reached</source>
        <translation>离线：无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="93"/>
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>离线：1 项决定已保存在本工作站，数据库恢复后将发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="96"/>
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>离线：{count} 项决定已保存在本工作站，数据库恢复后将发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="100"/>
        <source>Sending 1 decision saved while offline…</source>
        <translation>正在发送离线时保存的 1 项决定…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="101"/>
        <source>Sending {count} decisions saved while offline…</source>
        <translation>正在发送离线时保存的 {count} 项决定…</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../ui/qa_review.py" line="212"/>
        <source>QA outcome</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="224"/>
        <source>Your verdict and the first verdict</source>
        <translation>你的裁定与首次裁定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="231"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="238"/>
        <source>Note on the QA review</source>
        <translation>质检复核备注</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="239"/>
        <source>Note for the reviewer (optional)</source>
        <translation>给审核员的备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="243"/>
        <location filename="../../ui/qa_review.py" line="244"/>
        <source>Record the QA review</source>
        <translation>记录质检复核</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="264"/>
        <source>QA of {ref}: the first verdict</source>
        <translation>{ref} 的质检：首次裁定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="266"/>
        <source>Your verdict: {mine}. The first verdict: {first}.</source>
        <translation>你的裁定：{mine}。首次裁定：{first}。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="270"/>
        <source>Its reason: {reason}</source>
        <translation>其理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="279"/>
        <source>The verdicts agree. Add a note if you like, then press Enter.</source>
        <translation>两项裁定一致。如有需要可添加备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="284"/>
        <source>How does the first verdict compare? Press 1-3, add a note if you like, then press Enter.</source>
        <translation>首次裁定相比如何？按 1-3，如有需要可添加备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="327"/>
        <source>Choose how the first verdict compares first: 1, 2 or 3.</source>
        <translation>请先选择首次裁定的比较结果：1、2 或 3。</translation>
    </message>
</context>
<context>
    <name>OwnWellbeingView</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="43"/>
        <source>{mood} ({label})</source>
        <translation>{mood}（{label}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="138"/>
        <location filename="../../ui/wellbeing_view.py" line="139"/>
        <source>Your wellbeing</source>
        <translation>你的身心健康</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="141"/>
        <source>Your exposure and breaks</source>
        <translation>你的接触量与休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="145"/>
        <source>Only you and wellbeing staff can see these figures and your check-ins. Leads see team totals only, and only for groups of five or more.</source>
        <translation>只有你和身心健康支持人员能看到这些数据和你的心情记录。组长只能看到团队汇总数据，且仅限五人及以上的小组。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="151"/>
        <source>Who can see this</source>
        <translation>谁能看到这些信息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="159"/>
        <source>Exposure</source>
        <translation>接触量</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="160"/>
        <source>Media on screen</source>
        <translation>屏幕上显示媒体的时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161"/>
        <source>Revealed</source>
        <translation>已显示原图</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="162"/>
        <source>Breaks taken / suggested</source>
        <translation>已休息 / 建议休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="163"/>
        <source>Mood (check-ins)</source>
        <translation>心情（心情记录）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, today</source>
        <translation>{figure}，今天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, last 7 days</source>
        <translation>{figure}，最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="185"/>
        <source>Your check-ins this week</source>
        <translation>你本周的心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="187"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="189"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="190"/>
        <source>Close your wellbeing view</source>
        <translation>关闭你的身心健康页面</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="201"/>
        <source>Check-ins this week</source>
        <translation>本周心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="212"/>
        <source>Could not load your figures: {reason}</source>
        <translation>无法加载你的数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="221"/>
        <source>{dose} · 1 day over budget</source>
        <translation>{dose} · 1 天超出预算</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="223"/>
        <source>{dose} · {days} days over budget</source>
        <translation>{dose} · {days} 天超出预算</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="227"/>
        <source>{dose} of {budget}</source>
        <translation>{dose}/{budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="254"/>
        <source>{when}  ·  {mood}  ·  “{note}”</source>
        <translation>{when}  ·  {mood}  ·  “{note}”</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="256"/>
        <source>{when}  ·  {mood}</source>
        <translation>{when}  ·  {mood}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="260"/>
        <source>No check-ins yet this week.</source>
        <translation>本周还没有心情记录。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="265"/>
        <source>Daily budget {budget} weighted minutes. Tiers {tiers} are closed to you for today.</source>
        <translation>每日预算 {budget} 加权分钟。今天你不能再处理第 {tiers} 级内容。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="268"/>
        <source>Daily budget {budget} weighted minutes.</source>
        <translation>每日预算 {budget} 加权分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="272"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>PersonDoseChart</name>
    <message>
        <location filename="../../ui/attention_view.py" line="281"/>
        <source>Dose per day against the daily budget</source>
        <translation>每日接触量与每日预算对比</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="289"/>
        <source>Dose per day (weighted minutes)</source>
        <translation>每日接触量（加权分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="291"/>
        <source>within budget</source>
        <translation>预算内</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="292"/>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="293"/>
        <source>today so far (partial day)</source>
        <translation>今天到目前为止（不完整的一天）</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="312"/>
        <source>{start} to {end} (today grey: a partial day)</source>
        <translation>{start} 至 {end}（灰色为今天：不完整的一天）</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="327"/>
        <source>daily budget ({budget})</source>
        <translation>每日预算（{budget}）</translation>
    </message>
</context>
<context>
    <name>PersonPageDialog</name>
    <message>
        <location filename="../../ui/attention_view.py" line="368"/>
        <source>{name} — care page (wellbeing staff only)</source>
        <translation>{name} — 关怀页面（仅限身心健康支持人员）</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="372"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="407"/>
        <location filename="../../ui/attention_view.py" line="444"/>
        <source>Contacted on</source>
        <translation>联系日期</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="410"/>
        <source>A private note (wellbeing staff only; leads and admins never see it)</source>
        <translation>私密备注（仅身心健康支持人员可见；组长和管理员永远看不到）</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="412"/>
        <source>Private note</source>
        <translation>私密备注</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="415"/>
        <source>Record contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="418"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="430"/>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="435"/>
        <source>Check-ins</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="437"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="474"/>
        <source>Listed because:</source>
        <translation>列出原因：</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="476"/>
        <source>Not on the attention list now.</source>
        <translation>目前不在关注列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="491"/>
        <source>No breaks in this range.</source>
        <translation>此范围内没有休息记录。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="503"/>
        <source>No check-ins in this range.</source>
        <translation>此范围内没有心情记录。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="508"/>
        <source>No events in this range.</source>
        <translation>此范围内没有事件。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="515"/>
        <source>{start} to {end} (from the first data); 1 day over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>{start} 至 {end}（从最早的数据开始）；有 1 天超出预算 {budget}。今天是不完整的一天，以灰色显示。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="520"/>
        <source>{start} to {end} (from the first data); {count} days over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>{start} 至 {end}（从最早的数据开始）；有 {count} 天超出预算 {budget}。今天是不完整的一天，以灰色显示。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="530"/>
        <source>Times in {zone}.</source>
        <translation>时间以 {zone} 为准。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="542"/>
        <source>The note has {count} characters; keep it to {most}.</source>
        <translation>备注有 {count} 个字符；请控制在 {most} 个以内。</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="553"/>
        <source>Recorded: contacted on {day}. </source>
        <translation>已记录：{day} 已联系。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../wellbeing/policy.py" line="71"/>
        <source>{key} must be a number, got {value}</source>
        <translation>{key} 必须是数字，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="80"/>
        <source>{key} must be a number from 0 to {maximum}, got {value}</source>
        <translation>{key} 必须是 0 到 {maximum} 之间的数字，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="91"/>
        <source>{key} must be a number greater than 0 and at most {maximum}, got {value}</source>
        <translation>{key} 必须是大于 0 且不超过 {maximum} 的数字，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="95"/>
        <source>{key} must be a number greater than 0, got {value}</source>
        <translation>{key} 必须是大于 0 的数字，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="103"/>
        <source>{key} must be a whole number, got {value}</source>
        <translation>{key} 必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="109"/>
        <source>{key} must be a whole number from {minimum} to {maximum}, got {value}</source>
        <translation>{key} 必须是 {minimum} 到 {maximum} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="113"/>
        <source>{key} must be a whole number &gt;= {minimum}, got {value}</source>
        <translation>{key} 必须是不小于 {minimum} 的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="144"/>
        <source>{key} must be greater than 0, got {value}</source>
        <translation>{key} 必须大于 0，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="182"/>
        <location filename="../../wellbeing/policy.py" line="188"/>
        <source>{key} must not exceed {other}</source>
        <translation>{key} 不得超过 {other}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="223"/>
        <source>{key} must be true or false, got {value}</source>
        <translation>{key} 必须是 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="257"/>
        <source>{key} must be {minimum} to {maximum}, got {value}</source>
        <translation>{key} 必须在 {minimum} 到 {maximum} 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="285"/>
        <source>a queue override needs severity_weight and/or tier</source>
        <translation>队列的单独设置需要 severity_weight 和/或 tier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="323"/>
        <source>severity_weights must name at least one tier</source>
        <translation>severity_weights 必须至少指定一个级别</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="326"/>
        <source>severity_weights may name at most {most} tiers, got {count}</source>
        <translation>severity_weights 最多可指定 {most} 个级别，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="342"/>
        <location filename="../../wellbeing/policy.py" line="364"/>
        <source>{key}: unknown tier {tier}</source>
        <translation>{key}：未知级别 {tier}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="352"/>
        <source>{key} must be at most {maximum}, got {value}</source>
        <translation>{key} 不得超过 {maximum}，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="393"/>
        <source>{key} must be text, got {value}</source>
        <translation>{key} 必须是文本，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="399"/>
        <source>{key} may be at most {most} characters, got {count}</source>
        <translation>{key} 最多 {most} 个字符，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="405"/>
        <source>support_contact may contain only printable characters and line breaks</source>
        <translation>support_contact 只能包含可打印字符和换行</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="142"/>
        <source>say why the policy changes (--reason): it is kept with the version</source>
        <translation>请说明政策更改的原因（--reason）：它会随版本保存</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="148"/>
        <source>the reason may be at most {most} characters, got {count}</source>
        <translation>原因最多 {most} 个字符，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="154"/>
        <source>a policy file may be at most {most} characters, got {count}</source>
        <translation>政策文件最多 {most} 个字符，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="162"/>
        <source>the wellbeing policy is not valid: {error}</source>
        <translation>身心健康政策无效：{error}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../ui/policy_editor.py" line="62"/>
        <source>Breaks</source>
        <extracomment>The form&apos;s groups: (title, [(dotted key, label, unit)]). Severity weights are added per tier.</extracomment>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="66"/>
        <source>Suggest a break at</source>
        <translation>建议休息的接触量</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="67"/>
        <location filename="../../ui/policy_editor.py" line="77"/>
        <source>weighted min since a break</source>
        <translation>自上次休息以来的加权分钟</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="71"/>
        <location filename="../../ui/policy_editor.py" line="81"/>
        <source>…or after</source>
        <translation>…或在</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="72"/>
        <location filename="../../ui/policy_editor.py" line="82"/>
        <source>min on task</source>
        <translation>分钟连续工作后</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="76"/>
        <source>Require a break at</source>
        <translation>强制休息的接触量</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="86"/>
        <source>Short break</source>
        <translation>短暂休息</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="87"/>
        <location filename="../../ui/policy_editor.py" line="92"/>
        <location filename="../../ui/policy_editor.py" line="102"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="91"/>
        <source>Required break</source>
        <translation>强制休息</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="96"/>
        <source>Postponements allowed</source>
        <translation>允许推迟次数</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="97"/>
        <source>per required break</source>
        <translation>每次强制休息</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="101"/>
        <source>Postpone at most</source>
        <translation>最多推迟</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="107"/>
        <source>Daily budget and rotation</source>
        <translation>每日预算与轮换</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="111"/>
        <source>Daily exposure budget</source>
        <translation>每日接触量预算</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="112"/>
        <source>weighted min</source>
        <translation>加权分钟</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="116"/>
        <source>When spent, close tiers above</source>
        <translation>用完后关闭高于此级别的队列</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="117"/>
        <source>tier</source>
        <translation>级</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="121"/>
        <source>Suggest calmer work after</source>
        <translation>建议换成轻松工作，在连续</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="122"/>
        <source>severe items</source>
        <translation>个严重条目之后</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="126"/>
        <source>Severe means tier</source>
        <translation>严重指的是级别</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="127"/>
        <source>and above</source>
        <translation>及以上</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="131"/>
        <source>Reports show groups of at least</source>
        <translation>报告显示的组至少有</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="132"/>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="139"/>
        <source>Blurred and gray</source>
        <translation>模糊且灰度</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="140"/>
        <source>Blurred, colour</source>
        <translation>模糊，彩色</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="141"/>
        <source>Stylised</source>
        <translation>风格化</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="142"/>
        <source>Gray, not blurred</source>
        <translation>灰度，不模糊</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="143"/>
        <source>Revealed</source>
        <translation>显示原图</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="144"/>
        <source>Unmuted audio adds</source>
        <translation>取消静音的音频另加</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="145"/>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="161"/>
        <source>Wellbeing policy — Reviewer Workstation</source>
        <translation>身心健康政策 — 审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="162"/>
        <source>Wellbeing policy editor</source>
        <translation>身心健康政策编辑器</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="170"/>
        <source>The organisation&apos;s wellbeing policy</source>
        <translation>本机构的身心健康政策</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="172"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="176"/>
        <source>Changes reach every workstation within a minute. Every saved version is kept with who saved it, when and why, and the change is on the audit trail.</source>
        <translation>更改会在一分钟内传到每台工作站。每个已保存的版本都会记录保存人、时间和原因，更改也会记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="188"/>
        <source>Severity weight per queue tier</source>
        <translation>每个队列级别的严重度权重</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="203"/>
        <source>Support and screening</source>
        <translation>支持与筛查</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="208"/>
        <source>Support contact, shown on the break screen, the check-in and each reviewer&apos;s own view:</source>
        <translation>支持联系方式，显示在休息界面、心情记录和每位审核员自己的页面上：</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="214"/>
        <source>Support contact</source>
        <translation>支持联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="216"/>
        <source>e.g. Dr. Ana Rivera, staff counsellor: ext. 4411, care.example.org/book</source>
        <translation>例如：Ana Rivera 医生，员工心理咨询师：分机 4411，care.example.org/book</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="226"/>
        <source>Offer the WHO-5 questionnaire</source>
        <translation>提供 WHO-5 问卷</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="229"/>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="232"/>
        <source>Questionnaire interval in days</source>
        <translation>问卷间隔天数</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="137"/>
        <source>How much each view counts ({low} to {high})</source>
        <translation>每种显示方式计入多少（{low} 至 {high}）</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="222"/>
        <source>Offer the WHO-5 wellbeing questionnaire ({count} questions, private)</source>
        <translation>提供 WHO-5 身心健康问卷（{count} 个问题，私密）</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="236"/>
        <source>days (at least {days}: it asks about two weeks)</source>
        <translation>天（至少 {days} 天：问卷询问的是过去两周）</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="246"/>
        <source>Save a new version</source>
        <translation>保存新版本</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="250"/>
        <source>Why the policy changes</source>
        <translation>政策更改的原因</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="251"/>
        <source>Why it changes (required, kept with the version)</source>
        <translation>更改原因（必填，随版本保存）</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="253"/>
        <source>Save new version</source>
        <translation>保存新版本</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="260"/>
        <source>Policy editor status</source>
        <translation>政策编辑器状态</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="266"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="271"/>
        <source>Saved versions of the policy</source>
        <translation>政策的已保存版本</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>saved (UTC)</source>
        <translation>保存时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>why and what changed</source>
        <translation>原因与更改内容</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="281"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="337"/>
        <source>{unit} (policy setting {key})</source>
        <translation>{unit}（政策设置 {key}）</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="339"/>
        <source>policy setting {key}</source>
        <translation>政策设置 {key}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="368"/>
        <source>Version {version} in force.</source>
        <translation>当前生效版本：{version}。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="370"/>
        <source>The shipped defaults are in force (no version saved yet).</source>
        <translation>当前使用出厂默认设置（尚未保存任何版本）。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="381"/>
        <source>Tier {tier}</source>
        <translation>第 {tier} 级</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="386"/>
        <source>× per minute</source>
        <translation>× 每分钟</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="387"/>
        <source>Severity weight of tier {tier}</source>
        <translation>第 {tier} 级的严重度权重</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="428"/>
        <source>the policy in force has not loaded yet</source>
        <translation>当前生效的政策尚未加载</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="434"/>
        <source>the support contact may be at most {most} characters, got {count}</source>
        <translation>支持联系方式最多 {most} 个字符，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="461"/>
        <source>Not saved: {reason}.</source>
        <translation>未保存：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="466"/>
        <source>Not saved: say why the policy changes (it is kept with the version).</source>
        <translation>未保存：请说明政策更改的原因（会随版本保存）。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="471"/>
        <source>Nothing changed: no new version saved.</source>
        <translation>没有更改：未保存新版本。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="476"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="487"/>
        <source>Saved as version {version}. Workstations use it within a minute.</source>
        <translation>已保存为版本 {version}。各工作站会在一分钟内使用它。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="499"/>
        <source>Could not load the policy</source>
        <translation>无法加载政策</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="502"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="504"/>
        <source>{what}: {error}</source>
        <translation>{what}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="508"/>
        <source>{what}: an unexpected error ({kind}); details are in the log.</source>
        <translation>{what}：发生意外错误（{kind}）；详情见日志。</translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message>
        <location filename="../../ui/qa_review.py" line="57"/>
        <source>Over-enforcement (too strict)</source>
        <translation>执行过度（过严）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="58"/>
        <source>Under-enforcement (too lenient)</source>
        <translation>执行不足（过松）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="59"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="61"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>出现问题（{kind}）；已记录到日志。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="63"/>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="64"/>
        <source>over-enforcement</source>
        <translation>执行过度</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="65"/>
        <source>under-enforcement</source>
        <translation>执行不足</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="66"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="360"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="361"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="362"/>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="363"/>
        <source>Your verdict</source>
        <translation>你的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="364"/>
        <source>QA verdict</source>
        <translation>质检裁定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="365"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="366"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>QaReport</name>
    <message>
        <location filename="../../workstation/qa.py" line="838"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="839"/>
        <source>Reviewer (first decision)</source>
        <translation>审核员（首次决定）</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="840"/>
        <source>First verdict</source>
        <translation>首次裁定</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="841"/>
        <source>Items reviewed twice</source>
        <translation>经过两次审核的条目</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="842"/>
        <location filename="../../workstation/qa.py" line="863"/>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="843"/>
        <source>Agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="844"/>
        <source>Over-enforcement</source>
        <translation>执行过度</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="845"/>
        <source>Under-enforcement</source>
        <translation>执行不足</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="846"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="847"/>
        <location filename="../../workstation/qa.py" line="870"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen kappa 系数</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="848"/>
        <source>Cohen&apos;s kappa, 95 % interval</source>
        <translation>Cohen kappa 系数，95% 置信区间</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="849"/>
        <source>Items seen by 3+ reviewers</source>
        <translation>经 3 名及以上审核员审核的条目</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="850"/>
        <location filename="../../workstation/qa.py" line="878"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss kappa 系数</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="851"/>
        <source>Fleiss&apos; kappa, 95 % interval</source>
        <translation>Fleiss kappa 系数，95% 置信区间</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="852"/>
        <source>Golden items decided</source>
        <translation>已决定的金标准条目</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="853"/>
        <location filename="../../workstation/qa.py" line="901"/>
        <source>Golden accuracy %</source>
        <translation>金标准准确率 %</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="856"/>
        <source>Quality review (QA) report, by queue</source>
        <translation>质检（QA）报告，按队列</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="857"/>
        <source>Quality review (QA) report, by reviewer (first decision)</source>
        <translation>质检（QA）报告，按审核员（首次决定）</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="858"/>
        <source>Quality review (QA) report, by first verdict</source>
        <translation>质检（QA）报告，按首次裁定</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="864"/>
        <source>the share of sampled decisions on which the blind QA reviewer chose the same verdict.</source>
        <translation>抽样决定中，盲审的质检人员作出相同裁定的比例。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="871"/>
        <source>agreement between the first reviewer and the QA reviewer beyond what chance alone would give: 1 is perfect agreement, 0 is no better than chance, below 0 worse than chance.</source>
        <translation>首位审核员与质检人员之间超出随机水平的一致程度：1 表示完全一致，0 表示与随机无异，低于 0 表示比随机更差。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="879"/>
        <source>the same idea for items that more than two reviewers saw (golden items decided by many reviewers, or a sampled item that was also corrected or appealed).</source>
        <translation>同样的概念，用于两位以上审核员看过的条目（由多位审核员决定的金标准条目，或同时被更正或申诉的抽样条目）。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="886"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="887"/>
        <source>the range that holds the true kappa with 95 % confidence; a wide interval means few items.</source>
        <translation>以 95% 的置信度包含真实 kappa 值的范围；区间宽说明条目少。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="893"/>
        <source>Shown from n ≥ 30</source>
        <translation>n ≥ 30 时才显示</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="894"/>
        <source>a kappa and its interval are shown only when at least 30 items stand behind them: below that they say more about chance than about reviewers, and the cell reads &apos;fewer than 30 items&apos;.</source>
        <translation>kappa 系数及其置信区间只有在至少有 30 个条目支撑时才显示：低于这个数量时，它们更多反映的是偶然而不是审核员，单元格显示“少于 30 项”。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="902"/>
        <source>the share of golden items (items whose right verdict a lead set) decided with that verdict, with the number decided. Reviewers cannot tell golden items from real ones.</source>
        <translation>金标准条目（由组长设定正确裁定的条目）中按该裁定作出决定的比例，并附已决定的数量。审核员无法区分金标准条目与真实条目。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="909"/>
        <source>fewer than 30 items</source>
        <translation>少于 30 项</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="910"/>
        <source>Generated {time} {zone}. Each sampled decision was decided again, blind, by a lead; the legend on the last page explains each figure.</source>
        <translation>生成于 {time} {zone}。每项抽样决定都由一位组长在看不到原裁定的情况下重新决定；最后一页的说明解释了每项数据。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="915"/>
        <source>No QA review and no golden item yet.</source>
        <translation>尚无质检复核，也没有金标准条目。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="916"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="917"/>
        <source>Kappa and golden items</source>
        <translation>Kappa 系数与金标准条目</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="918"/>
        <source>Golden items</source>
        <translation>金标准条目</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="919"/>
        <source>Confusion matrix, queue {queue}</source>
        <translation>混淆矩阵，队列 {queue}</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="920"/>
        <source>Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>行：首位审核员的裁定；列：质检人员的裁定。</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="923"/>
        <source>First verdict \ QA verdict</source>
        <translation>首次裁定 \ 质检裁定</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="924"/>
        <source>Legend</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="952"/>
        <source>{low} to {high}</source>
        <extracomment>How a verdict is named in a report: ``(queue or None, key) -&gt; text``. The command line keeps the key (``allow``); the window passes the label in the person&apos;s language (ui/qa_view.py).</extracomment>
        <translation>{low} 至 {high}</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/qa_view.py" line="97"/>
        <location filename="../../ui/qa_view.py" line="248"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="98"/>
        <source>Reviewer (first decision)</source>
        <translation>审核员（首次决定）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="99"/>
        <location filename="../../ui/qa_view.py" line="250"/>
        <source>First verdict</source>
        <translation>首次裁定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="102"/>
        <source>Group the QA figures by</source>
        <translation>质检数据的分组方式</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="103"/>
        <source>&amp;By</source>
        <translation>分组依据(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="105"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="107"/>
        <source>Read the QA figures again</source>
        <translation>重新读取质检数据</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="119"/>
        <source>QA figures</source>
        <translation>质检数据</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="128"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="135"/>
        <source>Confusion matrix of the selected queue</source>
        <translation>所选队列的混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="140"/>
        <source>The QA reviewer&apos;s verdict</source>
        <translation>质检人员的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="141"/>
        <source>The first reviewer&apos;s verdict</source>
        <translation>首位审核员的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="145"/>
        <source>First verdict by QA verdict</source>
        <translation>首次裁定与质检裁定对照</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="151"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="153"/>
        <location filename="../../ui/qa_view.py" line="355"/>
        <source>Save the QA report as PDF</source>
        <translation>将质检报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="193"/>
        <source>Reading the QA figures…</source>
        <translation>正在读取质检数据…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="203"/>
        <source>The QA figures could not be read: {error}</source>
        <translation>无法读取质检数据：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="205"/>
        <source>The QA figures could not be read; the log has the details.</source>
        <translation>无法读取质检数据；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="233"/>
        <source>{n} sampled decisions reviewed twice; a kappa is shown from 30 items.</source>
        <translation>{n} 项抽样决定经过了两次审核；达到 30 项后才显示 kappa 系数。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="238"/>
        <source>No QA review and no golden item yet.</source>
        <translation>尚无质检复核，也没有金标准条目。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="249"/>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="254"/>
        <source>Reviewed twice</source>
        <translation>两次审核数</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="255"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="256"/>
        <source>Over-enforcement</source>
        <translation>执行过度</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="257"/>
        <source>Under-enforcement</source>
        <translation>执行不足</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="261"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen kappa 系数</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="262"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="263"/>
        <source>Fleiss&apos; kappa (items)</source>
        <translation>Fleiss kappa 系数（条目数）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="264"/>
        <source>Fleiss&apos; 95 % interval</source>
        <translation>Fleiss 95% 置信区间</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="267"/>
        <source>Golden accuracy (n)</source>
        <translation>金标准准确率（n）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="284"/>
        <source>{pct} (n = {n})</source>
        <translation>{pct}（n = {n}）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="298"/>
        <source>not shown below 30</source>
        <translation>不足 30 项不显示</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="304"/>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="318"/>
        <source>The confusion matrix is per queue: group by queue to see it.</source>
        <translation>混淆矩阵按队列计算：请按队列分组查看。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="322"/>
        <source>Select a queue to see its confusion matrix.</source>
        <translation>选择一个队列以查看其混淆矩阵。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="329"/>
        <source>Queue {queue}: no sampled decision reviewed twice yet.</source>
        <translation>队列 {queue}：尚无经过两次审核的抽样决定。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="334"/>
        <source>Confusion matrix, queue {queue}. Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>混淆矩阵，队列 {queue}。行：首位审核员的裁定；列：质检人员的裁定。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="374"/>
        <source>QA report</source>
        <translation>质检报告</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="384"/>
        <source>The QA report was not saved: {reason}.</source>
        <translation>质检报告未保存：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="386"/>
        <source>QA report not saved</source>
        <translation>质检报告未保存</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="395"/>
        <source>The QA report was saved, but its audit record failed: {error}</source>
        <translation>质检报告已保存，但其审计记录失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="401"/>
        <source>Saved the QA report as PDF to {path}.</source>
        <translation>质检报告已保存为 PDF：{path}。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="421"/>
        <source>Exposure</source>
        <translation>接触量</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="423"/>
        <source>Quality</source>
        <translation>质检</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../ui/session.py" line="46"/>
        <source>That was an urgent case, and the leads on duty are alerted. If it affected you, press Ctrl+Shift+A (This affected me) for a break and a check-in.</source>
        <translation>这是一个紧急案例，值班组长已收到警报。如果它让你感到不适，请按 Ctrl+Shift+A（这让我感到不适），休息一下并记录心情。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="56"/>
        <source>your lead by phone (no on-call contact is configured on this workstation)</source>
        <translation>打电话给你的组长（此工作站未配置值班联系人）</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="59"/>
        <source>URGENT: “{label}” for {ref} did NOT reach the database, so nobody has been alerted. Call {contact} now. The decision is saved here and will be sent when the database is back.</source>
        <translation>紧急：{ref} 的“{label}”没有送达数据库，因此还没有人收到警报。请立即联系 {contact}。该决定已保存在这里，数据库恢复后将发送。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="178"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>出现问题（{kind}）；已记录到日志。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="217"/>
        <source>Choose a queue first.</source>
        <translation>请先选择一个队列。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="292"/>
        <source>There is no decision to undo.</source>
        <translation>没有可撤销的决定。</translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <location filename="../../ui/main.py" line="212"/>
        <source>&amp;Wellbeing</source>
        <translation>身心健康(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="213"/>
        <source>My wellbeing</source>
        <translation>我的身心健康</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="230"/>
        <source>Exposure dashboard</source>
        <translation>接触量仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="249"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="100"/>
        <source>Ctrl+Z undoes it for 10 s</source>
        <translation>按 Ctrl+Z 可在 10 秒内撤销</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="258"/>
        <location filename="../../ui/window.py" line="259"/>
        <source>Reviewer Workstation</source>
        <translation>审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="329"/>
        <source>Choose a queue and press N to claim the next item.</source>
        <translation>选择一个队列，然后按 N 领取下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Q&amp;ueue</source>
        <translation>队列(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="359"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="363"/>
        <location filename="../../ui/window.py" line="664"/>
        <location filename="../../ui/window.py" line="1156"/>
        <location filename="../../ui/window.py" line="1205"/>
        <location filename="../../ui/window.py" line="1363"/>
        <source>N  claim next</source>
        <translation>N  领取下一项</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369"/>
        <source>Current filter</source>
        <translation>当前滤镜</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="371"/>
        <source>QA: blind second review</source>
        <translation>质检：盲审复核</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="373"/>
        <source>QA mode</source>
        <translation>质检模式</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="379"/>
        <source>?  shortcuts    Esc  hide all media</source>
        <translation>?  快捷键    Esc  隐藏所有媒体</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="379"/>
        <source>?  shortcuts</source>
        <translation>?  快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="388"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="393"/>
        <source>Decided before</source>
        <translation>以前的决定</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="407"/>
        <source>Video controls</source>
        <translation>视频控制</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="459"/>
        <source>Signed in as {name}</source>
        <translation>登录身份：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="461"/>
        <source>Signed in user</source>
        <translation>已登录用户</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="462"/>
        <location filename="../../ui/window.py" line="1214"/>
        <source>● connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="463"/>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="465"/>
        <source>Decisions waiting to sync</source>
        <translation>等待同步的决定</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="466"/>
        <location filename="../../ui/window.py" line="1026"/>
        <source>Every decision is recorded.</source>
        <translation>每个决定都会被记录。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="508"/>
        <source>Verdict {n}</source>
        <translation>裁定 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="532"/>
        <source>&amp;QA</source>
        <translation>质检(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="535"/>
        <source>QA queue (blind second review)</source>
        <translation>质检队列（盲审复核）</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="541"/>
        <source>My QA: how my sampled decisions fared</source>
        <translation>我的质检：我被抽样的决定的复核结果</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="555"/>
        <source>Decision undone: {ref} is yours again.</source>
        <translation>决定已撤销：{ref} 重新由你处理。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="559"/>
        <source>Skipped; it will not come back to you.</source>
        <translation>已跳过；它不会再分配给你。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="614"/>
        <source>The queues could not be read: {error}</source>
        <translation>无法读取队列：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="663"/>
        <source>Queue {name}: press N to claim the next item.</source>
        <translation>队列 {name}：按 N 领取下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="718"/>
        <location filename="../../ui/window.py" line="1339"/>
        <source>Record the outcome of the QA review first (Enter).</source>
        <translation>请先记录质检复核的结果（Enter）。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="721"/>
        <source>Decisions are paused; the next item comes after the break.</source>
        <translation>决定已暂停；休息结束后再分配下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724"/>
        <location filename="../../ui/window.py" line="1346"/>
        <source>Decide or skip the open item first.</source>
        <translation>请先对当前条目作出决定或跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731"/>
        <source>The queues are still loading; press N again in a moment.</source>
        <translation>队列仍在加载；请稍后再按 N。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="745"/>
        <source>Skipped; another lead reviews it.</source>
        <translation>已跳过；将由另一位组长复核。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="764"/>
        <source>Open an item first: a key ticket flags the item in front of you.</source>
        <translation>请先打开一个条目：关键工单标记的是你面前的条目。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="770"/>
        <source>Key ticket</source>
        <translation>关键工单</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="771"/>
        <source>One-line summary of {ref} for the lead&apos;s daily report:</source>
        <translation>为组长的每日报告写一行 {ref} 的摘要：</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="778"/>
        <source>{ref} flagged as a key ticket for the daily report.</source>
        <translation>{ref} 已标记为每日报告的关键工单。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="786"/>
        <source>The key ticket could not be saved. This is a bug.</source>
        <translation>无法保存关键工单。这是一个程序错误。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="788"/>
        <source>Flagging {ref} as a key ticket…</source>
        <translation>正在将 {ref} 标记为关键工单…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="796"/>
        <source>A QA review is final: it cannot be undone.</source>
        <translation>质检复核一经提交即为最终结果，无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="799"/>
        <source>There is no decision to undo.</source>
        <translation>没有可撤销的决定。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="812"/>
        <source>Your verdict is recorded as final. The first verdict follows.</source>
        <translation>你的裁定已记录为最终结果。接下来显示首次裁定。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="851"/>
        <source>New items will open with {filter}.</source>
        <translation>新条目将以 {filter} 打开。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="996"/>
        <source>Welcome back. Press N to claim the next item.</source>
        <translation>欢迎回来。按 N 领取下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>1 decision waiting to sync</source>
        <translation>1 项决定等待同步</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>{n} decisions waiting to sync</source>
        <translation>{n} 项决定等待同步</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1029"/>
        <source>Offline decisions sent.</source>
        <translation>离线决定已发送。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1033"/>
        <source>Sent: your decision is recorded. Press N to claim the next item.</source>
        <translation>已发送：你的决定已记录。按 N 领取下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1102"/>
        <source>This item has no viewable media ({reason}). Decide from the details.</source>
        <translation>此条目没有可查看的媒体（{reason}）。请根据详情作出决定。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1103"/>
        <source>none attached</source>
        <translation>未附带媒体</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1154"/>
        <source>Queue {queue} has nothing waiting for you. Press N to check again.</source>
        <translation>队列 {queue} 中没有等待你处理的条目。按 N 再次检查。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1162"/>
        <location filename="../../ui/window.py" line="1172"/>
        <source>Press N to claim the next item.</source>
        <translation>按 N 领取下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1165"/>
        <source>Ctrl+Shift+A  This affected me</source>
        <translation>Ctrl+Shift+A  这让我感到不适</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1169"/>
        <source>“{label}” for {ref}: {queued} You can go on once the database answers (press N).</source>
        <translation>{ref} 的“{label}”：{queued} 数据库响应后即可继续（按 N）。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1176"/>
        <source>Recorded “{label}” for {ref}.</source>
        <translation>已记录 {ref} 的“{label}”。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1183"/>
        <source>Your decision is recorded. The next item comes after the break.</source>
        <translation>你的决定已记录。休息结束后再分配下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1186"/>
        <source>The next item could not be claimed: {reason}</source>
        <translation>无法领取下一项：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1190"/>
        <source>The database cannot be reached right now. Press N to try again.</source>
        <translation>目前无法连接数据库。按 N 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1196"/>
        <source>Your decision for {ref} is saved on this workstation and waits to be sent. The next item comes once it is sent; press N to try again.</source>
        <translation>你对 {ref} 的决定已保存在本工作站，等待发送。发送后才会分配下一项；按 N 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1204"/>
        <source>The next item could not be claimed; the notice above says why.</source>
        <translation>无法领取下一项；上方的通知说明了原因。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1209"/>
        <source>This item is no longer yours. Press N to claim the next item.</source>
        <translation>此条目已不再由你处理。按 N 领取下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1210"/>
        <source>Your claim ran out: {reason}</source>
        <translation>你的领取已过期：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1214"/>
        <source>○ database unreachable</source>
        <translation>○ 无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1252"/>
        <source>Shown revealed now; it re-blurs by itself.</source>
        <translation>现在显示原图；它会自动重新模糊。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1254"/>
        <source>The media stays filtered.</source>
        <translation>媒体保持模糊。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1280"/>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 条）</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1282"/>
        <source>Decided before as “{verdict}” on {date} ({ref}, {queue}){more}.</source>
        <translation>以前的决定为“{verdict}”，时间 {date}（{ref}，{queue}）{more}。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1335"/>
        <source>The QA queue is for leads, who review sampled decisions blind.</source>
        <translation>质检队列供组长使用，他们以盲审方式复核被抽样的决定。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1344"/>
        <source>Back to review: choose a queue and press N.</source>
        <translation>回到审核：选择一个队列并按 N。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1352"/>
        <source>QA queue: press N for the next sampled decision. You decide blind: the first verdict shows only once yours is final.</source>
        <translation>质检队列：按 N 获取下一个被抽样的决定。你在盲审状态下作出裁定：只有在你的裁定成为最终结果后，才会显示首次裁定。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1363"/>
        <location filename="../../ui/window.py" line="1412"/>
        <source>N  next QA item</source>
        <translation>N  下一个质检条目</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1380"/>
        <source>A sampled item is not escalated in QA; decide it with 1-9.</source>
        <translation>质检中不对抽样条目进行升级处理；请用 1-9 作出裁定。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1391"/>
        <source>No sampled decision waits for your review. Press N to check again.</source>
        <translation>没有等待你复核的抽样决定。按 N 再次检查。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1399"/>
        <source>Your verdict is final. The first verdict is beside it: choose how it compares, add a note if you like, and press Enter.</source>
        <translation>你的裁定已是最终结果。首次裁定显示在旁边：选择两者的比较结果，如有需要可添加备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1409"/>
        <source>QA review recorded for {ref}: {outcome}.</source>
        <translation>已记录 {ref} 的质检复核：{outcome}。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1415"/>
        <source>Recorded. Press N for the next sampled decision.</source>
        <translation>已记录。按 N 获取下一个被抽样的决定。</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1464"/>
        <source> · restricted</source>
        <translation> · 受限</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1465"/>
        <source>{name}  (tier {tier}, {pending} pending{lock})</source>
        <translation>{name}  （第 {tier} 级，{pending} 项待处理{lock}）</translation>
    </message>
</context>
<context>
    <name>RoleWindows</name>
    <message>
        <location filename="../../ui/role_windows.py" line="54"/>
        <source>&lt;p&gt;Administration is done with the &lt;code&gt;workstation&lt;/code&gt; command, not in a window, so every
change is scripted, logged and repeatable. As &lt;b&gt;{user}&lt;/b&gt;:&lt;/p&gt;
&lt;table cellspacing=&quot;6&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users add NAME --role reviewer --team TEAM&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;add a user; repeat &lt;code&gt;--role&lt;/code&gt; for several (reviewer, wellbeing, lead, admin)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;users, teams and roles&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users grant NAME QUEUE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;let a reviewer open a restricted queue&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues add NAME --tier 1-4 [--restricted]&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;add a review queue with its severity tier (and &lt;code&gt;--taxonomy&lt;/code&gt; for its verdicts)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;queues with item counts by status&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation import PATH… --queue NAME&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;import escalations: media files, folders or manifests (.jsonl, .csv)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation export decisions --format csv --out FILE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;the decision log (also &quot;Export decisions…&quot; in the menu)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation audit verify [FILE]&lt;/code&gt;&lt;/td&gt;&lt;td&gt;check the decision log was not altered&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation db upgrade&lt;/code&gt;&lt;/td&gt;&lt;td&gt;create or upgrade the database schema&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;&lt;code&gt;workstation --help&lt;/code&gt; and &lt;code&gt;workstation COMMAND --help&lt;/code&gt; list every option.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;管理工作通过 &lt;code&gt;workstation&lt;/code&gt; 命令完成，而不是在窗口中，因此每项更改都有脚本、有日志、可重复。以 &lt;b&gt;{user}&lt;/b&gt; 身份：&lt;/p&gt;
&lt;table cellspacing=&quot;6&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users add NAME --role reviewer --team TEAM&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;添加用户；可重复 &lt;code&gt;--role&lt;/code&gt; 指定多个角色（reviewer、wellbeing、lead、admin）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;用户、团队和角色&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users grant NAME QUEUE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;允许审核员打开受限队列&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues add NAME --tier 1-4 [--restricted]&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;添加审核队列及其严重度级别（用 &lt;code&gt;--taxonomy&lt;/code&gt; 指定其裁定）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;队列及各状态的条目数&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation import PATH… --queue NAME&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;导入升级案例：媒体文件、文件夹或清单（.jsonl、.csv）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation export decisions --format csv --out FILE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;决定日志（菜单中的“导出决定…”也可以）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation audit verify [FILE]&lt;/code&gt;&lt;/td&gt;&lt;td&gt;检查决定日志未被篡改&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation db upgrade&lt;/code&gt;&lt;/td&gt;&lt;td&gt;创建或升级数据库结构&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;&lt;code&gt;workstation --help&lt;/code&gt; 和 &lt;code&gt;workstation COMMAND --help&lt;/code&gt; 列出所有选项。&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="81"/>
        <source>Signed in as {name}</source>
        <translation>登录身份：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="83"/>
        <source>Signed in user</source>
        <translation>已登录用户</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="84"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="87"/>
        <source>Roles: {roles}</source>
        <translation>角色：{roles}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="95"/>
        <source>Export decisions…</source>
        <translation>导出决定…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="106"/>
        <source>Export decisions</source>
        <translation>导出决定</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="119"/>
        <source>Export stopped: {reason}</source>
        <translation>导出已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="253"/>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="254"/>
        <source>tier</source>
        <translation>级</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="255"/>
        <source>restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="256"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="257"/>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="258"/>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="77"/>
        <source>Wellbeing questionnaire (WHO-5)</source>
        <translation>身心健康问卷（WHO-5）</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="78"/>
        <source>Wellbeing questionnaire</source>
        <translation>身心健康问卷</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="80"/>
        <source>{intro} how often has each been true for you?</source>
        <translation>{intro}以下每一项有多少时候符合你的情况？</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="86"/>
        <source>Private: only you and wellbeing staff see your answers and score; leads and admins never do. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</source>
        <translation>私密：只有你和身心健康支持人员能看到你的回答和得分；组长和管理员永远看不到。WHO-5 幸福感指数，世界卫生组织欧洲区域办事处 / 精神病学研究部，1998 年。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="100"/>
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="102"/>
        <source>Question {number} of 5: {statement}</source>
        <translation>第 {number} 题（共 5 题）：{statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="108"/>
        <source>{value} · {answer}</source>
        <translation>{value} · {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="109"/>
        <source>{answer} ({value})</source>
        <translation>{answer}（{value}）</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="117"/>
        <source>Answer all five questions, then press Enter or Save.</source>
        <translation>请回答全部五个问题，然后按 Enter 或点“保存”。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="119"/>
        <source>Questionnaire status</source>
        <translation>问卷状态</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="121"/>
        <source>Save my answers</source>
        <translation>保存我的回答</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="125"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="146"/>
        <source>Still to answer: question {numbers}.</source>
        <translation>还需回答：第 {numbers} 题。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="149"/>
        <source>All answered: press Enter or Save.</source>
        <translation>已全部回答：按 Enter 或点“保存”。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="178"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="188"/>
        <source>Saved. Your WHO-5 score: {score} of 100. {meaning}</source>
        <translation>已保存。你的 WHO-5 得分：{score}/100。{meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="193"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="196"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>Seeding</name>
    <message>
        <location filename="../../workstation/demo.py" line="158"/>
        <source>creating users and queues</source>
        <extracomment>Each queue&apos;s SLA target in minutes (docs/operations-sla.md); a few history items miss it. Where each queue&apos;s escalations go (docs/escalations-and-incidents.md); the E dialog offers them in order. The steps of a first seeding, in order, for a progress display (``progress(step, STEPS, message)``).</extracomment>
        <translation>正在创建用户和队列</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="184"/>
        <source>generating synthetic media in the background (first run only)</source>
        <translation>正在后台生成合成媒体（仅首次运行）</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="186"/>
        <source>writing three weeks of decisions</source>
        <translation>正在写入三周的决定</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="189"/>
        <source>writing three weeks of exposure, breaks and check-ins</source>
        <translation>正在写入三周的接触量、休息和心情记录</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="192"/>
        <source>importing pending items</source>
        <translation>正在导入待处理条目</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="199"/>
        <source>linking past items to today&apos;s look-alikes</source>
        <translation>正在将过去的条目与今天的相似条目关联</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="35"/>
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>正在准备演示</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="37"/>
        <source>Reviewer Workstation — {title}</source>
        <translation>审核工作站 — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="44"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="52"/>
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>仅在新数据文件夹上首次启动时执行此操作；均为合成数据，没有真实内容。</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="66"/>
        <source>step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="254"/>
        <location filename="../../ui/shortcuts.py" line="255"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="290"/>
        <source>Press ? or Enter to close.</source>
        <translation>按 ? 或 Enter 关闭。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>Claim the next item of the queue</source>
        <translation>领取队列中的下一项</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40"/>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>Choose a queue</source>
        <translation>选择队列</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Choose a verdict (or a reason while one is asked)</source>
        <translation>选择裁定（需要理由时选择理由）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <location filename="../../ui/shortcuts.py" line="78"/>
        <location filename="../../ui/shortcuts.py" line="84"/>
        <location filename="../../ui/shortcuts.py" line="91"/>
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <source>Record the verdict in progress</source>
        <translation>记录正在进行的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Cancel the verdict in progress</source>
        <translation>取消正在进行的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)</source>
        <translation>升级处理并附备注（上/下：升级到哪里；Alt+I：迫在眉睫的伤害）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Skip: give the item back (it will not come back to you)</source>
        <translation>跳过：交还此项（不会再分配给你）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="83"/>
        <source>Undo the last decision (for 10 seconds)</source>
        <translation>撤销上一个决定（10 秒内）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <source>Flag a key ticket for the lead&apos;s daily report</source>
        <translation>为组长的每日报告标记重点工单</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="96"/>
        <source>Hide all media at once; press again to bring it back, blurred</source>
        <translation>立即隐藏所有媒体；再按一次以模糊状态恢复</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <location filename="../../ui/shortcuts.py" line="104"/>
        <location filename="../../ui/shortcuts.py" line="114"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103"/>
        <source>Hold: reveal a small disc under the pointer</source>
        <translation>按住：显示指针下方的一小块圆形区域</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>hold P</source>
        <translation>按住 P</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now</source>
        <translation>显示整项内容（或被遮盖的文字）；几秒后重新模糊；再按 R 立即重新模糊</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <source>R or click</source>
        <translation>R 或点击</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120"/>
        <source>Stronger blur</source>
        <translation>加强模糊</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="121"/>
        <location filename="../../ui/shortcuts.py" line="127"/>
        <location filename="../../ui/shortcuts.py" line="133"/>
        <location filename="../../ui/shortcuts.py" line="139"/>
        <location filename="../../ui/shortcuts.py" line="145"/>
        <source>Filter</source>
        <translation>滤镜</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="126"/>
        <source>Weaker blur</source>
        <translation>减弱模糊</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Grayscale on / off</source>
        <translation>开启 / 关闭灰度</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="138"/>
        <source>Stylised (reduced detail) on / off</source>
        <translation>开启 / 关闭风格化（减少细节）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="144"/>
        <source>Keep the current filter as my default for new items</source>
        <translation>将当前滤镜设为新项目的默认设置</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <location filename="../../ui/shortcuts.py" line="161"/>
        <location filename="../../ui/shortcuts.py" line="167"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="160"/>
        <source>Fit to the view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166"/>
        <source>Dark / light / high-contrast theme</source>
        <translation>深色 / 浅色 / 高对比度主题</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172"/>
        <source>Play / pause (videos never play by themselves)</source>
        <translation>播放 / 暂停（视频从不自动播放）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="173"/>
        <location filename="../../ui/shortcuts.py" line="180"/>
        <location filename="../../ui/shortcuts.py" line="187"/>
        <location filename="../../ui/shortcuts.py" line="194"/>
        <location filename="../../ui/shortcuts.py" line="200"/>
        <location filename="../../ui/shortcuts.py" line="206"/>
        <location filename="../../ui/shortcuts.py" line="212"/>
        <location filename="../../ui/shortcuts.py" line="218"/>
        <location filename="../../ui/shortcuts.py" line="224"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="174"/>
        <source>Space or K</source>
        <translation>空格键或 K</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179"/>
        <source>Back 5 seconds</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186"/>
        <source>Forward 5 seconds</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="193"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199"/>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="205"/>
        <source>Slower (down to 0.25x)</source>
        <translation>减速（最低 0.25 倍）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="211"/>
        <source>Faster (up to 4x)</source>
        <translation>加速（最高 4 倍）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="217"/>
        <source>Sound on / off for this item (each item starts muted)</source>
        <translation>开启 / 关闭此项的声音（每项开始时均为静音）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="223"/>
        <source>Scrub through the video</source>
        <translation>拖动浏览视频</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="225"/>
        <source>mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="230"/>
        <source>This sheet</source>
        <translation>本快捷键表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="231"/>
        <location filename="../../ui/shortcuts.py" line="238"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="232"/>
        <source>? or F1</source>
        <translation>? 或 F1</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="237"/>
        <source>Policies (SOPs): search and read the procedures</source>
        <translation>政策（SOP）：搜索并阅读操作规程</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>Wellbeing</source>
        <translation>身心健康</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="107"/>
        <source>This affected me: a break and a check-in now</source>
        <translation>这让我感到不适：现在休息一下并记录心情</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="108"/>
        <source>Take a break now (your own; a prompted break is taken instead)</source>
        <translation>现在休息（自主休息；如已有提示的休息，则进行该休息）</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="111"/>
        <source>My wellbeing: today and the last seven days</source>
        <translation>我的身心健康：今天和最近七天</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="34"/>
        <source>Sign in to Reviewer Workstation</source>
        <translation>登录审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="42"/>
        <source>Password, not shown as you type</source>
        <translation>密码，输入时不显示</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="67"/>
        <source>Keep the password?</source>
        <translation>保存密码吗？</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <location filename="../../workstation/sla.py" line="449"/>
        <source>Per-person figures are off: the organisation&apos;s policy does not allow them (an admin decides: &apos;workstation operations per-person allow&apos;).</source>
        <translation>个人数据已关闭：本机构的政策不允许显示（由管理员决定：&apos;workstation operations per-person allow&apos;）。</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="480"/>
        <source>Only reviewers with at least {count} decisions in the window are listed; {left_out} with fewer are not.</source>
        <translation>仅列出此时段内至少有 {count} 项决定的审核员；另有 {left_out} 人决定较少，未列出。</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="486"/>
        <source>Only reviewers with at least {count} decisions in the window are listed.</source>
        <translation>仅列出此时段内至少有 {count} 项决定的审核员。</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="663"/>
        <location filename="../../workstation/sla.py" line="700"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="664"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="665"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="666"/>
        <source>Oldest</source>
        <translation>最久</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="667"/>
        <source>Due &lt;1 h</source>
        <translation>1 小时内到期</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="668"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="669"/>
        <location filename="../../workstation/sla.py" line="704"/>
        <location filename="../../workstation/sla.py" line="748"/>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="670"/>
        <source>SLA today</source>
        <translation>今日 SLA</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="671"/>
        <source>SLA 7 d</source>
        <translation>7 天 SLA</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="672"/>
        <source>Import→dec. p50/p90</source>
        <translation>导入→决定 p50/p90</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="673"/>
        <source>Claim→dec. p50/p90</source>
        <translation>领取→决定 p50/p90</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="674"/>
        <source>Escal.</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="675"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="676"/>
        <source>Lease exp.</source>
        <translation>领取过期</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="701"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="702"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="703"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="705"/>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="706"/>
        <source>Late by</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="716"/>
        <source>still pending</source>
        <translation>仍待处理</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="739"/>
        <source>SLA report, by queue, today</source>
        <translation>SLA 报告，按队列，今天</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="740"/>
        <source>SLA report, by queue, the last 7 days</source>
        <translation>SLA 报告，按队列，最近 7 天</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="741"/>
        <source>SLA report, by team, today</source>
        <translation>SLA 报告，按团队，今天</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="742"/>
        <source>SLA report, by team, the last 7 days</source>
        <translation>SLA 报告，按团队，最近 7 天</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="744"/>
        <source>No SLA was missed in this window.</source>
        <translation>此时段内没有超出 SLA 的情况。</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="745"/>
        <source>Per reviewer</source>
        <translation>按审核员</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="747"/>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="749"/>
        <source>SLA met</source>
        <translation>达成 SLA</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="750"/>
        <source>Claim→dec. p50</source>
        <translation>领取→决定 p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="751"/>
        <source>Handling p50</source>
        <translation>处理时长 p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="758"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="760"/>
        <source>{start} to {end} ({zone}). Attainment: first decisions by the due time, over those and the pending items that fell due. Time to decision: p50 / p90.</source>
        <translation>{start} 至 {end}（{zone}）。达成率：按时作出的首次决定，占这些决定与已到期的待处理条目之和的比例。决定用时：p50 / p90。</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="776"/>
        <source>Breaches ({count})</source>
        <translation>超时（{count}）</translation>
    </message>
</context>
<context>
    <name>SoftPromptBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="123"/>
        <source>Break suggestion</source>
        <translation>休息建议</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="124"/>
        <source>Take break</source>
        <translation>去休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="125"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="131"/>
        <source>Take a {minutes}-minute break? {reason}.</source>
        <translation>休息 {minutes} 分钟好吗？{reason}。</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../ui/sop_panel.py" line="54"/>
        <source>Changed {date}.</source>
        <translation>更新于 {date}。</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="60"/>
        <source>Examples (text only)</source>
        <translation>示例（仅文字）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="61"/>
        <source>section {id}</source>
        <translation>章节 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="77"/>
        <source>Policies (SOPs)</source>
        <translation>政策（SOP）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="78"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="86"/>
        <source>No policy has been published yet. A lead publishes one with &apos;workstation policies publish&apos;.</source>
        <translation>尚未发布任何政策。组长可使用 &apos;workstation policies publish&apos; 发布政策。</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="92"/>
        <source>{title} — version {version}, in force since {date}</source>
        <translation>{title} — 版本 {version}，自 {date} 起生效</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="98"/>
        <source>{title} — version {version}</source>
        <translation>{title} — 版本 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="105"/>
        <source>Search the policies</source>
        <translation>搜索政策</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="107"/>
        <source>Search: words anywhere in a section (title, summary, text, examples)</source>
        <translation>搜索：章节中任意位置的词语（标题、摘要、正文、示例）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="113"/>
        <source>Policy sections</source>
        <translation>政策章节</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="119"/>
        <source>Policy text</source>
        <translation>政策正文</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="128"/>
        <source>Close (F2)</source>
        <translation>关闭（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="152"/>
        <source>CHANGED</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="165"/>
        <source>{found} of {total} sections; {changed} changed in the last 14 days</source>
        <translation>{found}/{total} 个章节；最近 14 天内更新了 {changed} 个</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="167"/>
        <source>{found} of {total} sections</source>
        <translation>{found}/{total} 个章节</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="174"/>
        <source>No section matches.</source>
        <translation>没有匹配的章节。</translation>
    </message>
</context>
<context>
    <name>SoundTrack</name>
    <message>
        <location filename="../../ui/audio.py" line="64"/>
        <source>no sound output device</source>
        <translation>没有声音输出设备</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="70"/>
        <source>the sound output cannot play {rate} Hz, {channels} channels</source>
        <translation>声音输出无法播放 {rate} Hz、{channels} 声道</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="77"/>
        <source>the sound output could not be opened ({error})</source>
        <translation>无法打开声音输出（{error}）</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="207"/>
        <source>the sound could not be decoded ({kind})</source>
        <translation>无法解码声音（{kind}）</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/notices.py" line="227"/>
        <source>Status message</source>
        <translation>状态消息</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="230"/>
        <source>Status key hint</source>
        <translation>状态按键提示</translation>
    </message>
</context>
<context>
    <name>SupportLabel</name>
    <message>
        <location filename="../../ui/support_contact.py" line="18"/>
        <source>Need to talk to someone? {contact}</source>
        <translation>想找人聊聊吗？{contact}</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="21"/>
        <source>Need to talk to someone? Your wellbeing staff are there for you.</source>
        <translation>想找人聊聊吗？身心健康支持人员随时在这里支持你。</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="32"/>
        <source>Support contact</source>
        <translation>支持联系人</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="45"/>
        <source>Text of the item, with listed terms masked</source>
        <translation>条目文本，已遮盖列出的词语</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="73"/>
        <source>Loading text (listed terms masked)…</source>
        <translation>正在加载文本（已遮盖列出的词语）…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="86"/>
        <source>This text cannot be shown: {error}</source>
        <translation>无法显示此文本：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="151"/>
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>已显示（被遮盖的词语可见）：{seconds} 秒后重新遮盖</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="159"/>
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>文本已隐藏。按 Esc 恢复显示（仍为遮盖状态）。</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="176"/>
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>已遮盖 1 个列出的词语 · 按 R 显示 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="178"/>
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>已遮盖 {count} 个列出的词语 · 按 R 显示 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="182"/>
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>已显示：被遮盖的词语可见；{seconds} 秒后重新遮盖（按 R 立即遮盖）</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../ui/locale_format.py" line="32"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="33"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="34"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="35"/>
        <source>d</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>VideoController</name>
    <message>
        <location filename="../../ui/video.py" line="272"/>
        <source>Preparing a filtered storyboard…</source>
        <translation>正在准备模糊的故事板…</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="530"/>
        <source>▶ playing</source>
        <translation>▶ 播放中</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>❚❚ paused</source>
        <translation>❚❚ 已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="535"/>
        <source>no audio</source>
        <translation>无音频</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="537"/>
        <source>muted (M)</source>
        <translation>已静音 (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="539"/>
        <source>no sound: {problem} (M)</source>
        <translation>无声音：{problem} (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="541"/>
        <source>sound on (M)</source>
        <translation>声音已开启 (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="544"/>
        <source>{position} s / {duration} s</source>
        <translation>{position} 秒 / {duration} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="548"/>
        <source>{position} s</source>
        <translation>{position} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="550"/>
        <source>{speed}x</source>
        <translation>{speed}x</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="553"/>
        <source>Space play · ←/→ 5 s · ,/. frame · J/L speed · wheel scrub</source>
        <translation>空格 播放 · ←/→ 5 秒 · ,/. 逐帧 · J/L 速度 · 滚轮 拖动</translation>
    </message>
</context>
<context>
    <name>WHO5</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="34"/>
        <source>Over the last two weeks:</source>
        <translation>在过去两周里，</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="35"/>
        <source>I have felt cheerful and in good spirits</source>
        <translation>我感到快乐、心情舒畅</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="36"/>
        <source>I have felt calm and relaxed</source>
        <translation>我感到平静、放松</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="37"/>
        <source>I have felt active and vigorous</source>
        <translation>我感到充满活力、精力充沛</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="38"/>
        <source>I woke up feeling fresh and rested</source>
        <translation>我醒来时感到神清气爽、休息充分</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="39"/>
        <source>My daily life has been filled with things that interest me</source>
        <translation>我的日常生活中充满了让我感兴趣的事情</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="40"/>
        <source>All of the time</source>
        <translation>所有时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="41"/>
        <source>Most of the time</source>
        <translation>大部分时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="42"/>
        <source>More than half of the time</source>
        <translation>一半以上时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="43"/>
        <source>Less than half of the time</source>
        <translation>不到一半时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="44"/>
        <source>Some of the time</source>
        <translation>偶尔</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="45"/>
        <source>At no time</source>
        <translation>从来没有</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="46"/>
        <source>This score is low. Please consider talking to your support contact or a doctor soon; it is a prompt to talk, not a diagnosis.</source>
        <translation>这个分数偏低。请考虑尽快和你的支持联系人或医生谈一谈；这只是提醒你找人聊聊，并不是诊断。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="51"/>
        <source>This score suggests your well-being has been low lately. Talking to your support contact can help; it is a prompt to talk, not a diagnosis.</source>
        <translation>这个分数说明你最近的身心状态不太好。和你的支持联系人谈一谈会有帮助；这只是提醒你找人聊聊，并不是诊断。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="56"/>
        <source>Thank you. Your answers are private to you and wellbeing staff.</source>
        <translation>谢谢你。你的回答只有你和身心健康支持人员能看到。</translation>
    </message>
</context>
<context>
    <name>WellbeingUi</name>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <location filename="../../ui/wellbeing_ui.py" line="156"/>
        <source>This affected me</source>
        <translation>这让我感到不适</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <source>Affected me</source>
        <translation>感到不适</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="93"/>
        <source>This affected me: take a break and check in</source>
        <translation>这让我感到不适：休息一下并记录心情</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="94"/>
        <source>Take a break and check in ({key})</source>
        <translation>休息一下并记录心情（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Take a break</source>
        <translation>休息一下</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="99"/>
        <location filename="../../ui/wellbeing_ui.py" line="161"/>
        <source>Take a break now</source>
        <translation>现在休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="100"/>
        <source>Take a break now ({key})</source>
        <translation>现在休息（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="109"/>
        <source>Rotation suggestion</source>
        <translation>轮换建议</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="110"/>
        <source>Choose a queue</source>
        <translation>选择队列</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="111"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="112"/>
        <source>Locked queues</source>
        <translation>已锁定的队列</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="113"/>
        <source>See my day</source>
        <translation>查看我的今天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="114"/>
        <source>Break postponed</source>
        <translation>休息已推迟</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="115"/>
        <source>Check-in</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="121"/>
        <source>Wellbeing questionnaire</source>
        <translation>身心健康问卷</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="122"/>
        <source>Answer now</source>
        <translation>现在填写</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="124"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="167"/>
        <source>Your wellbeing</source>
        <translation>你的身心健康</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="172"/>
        <source>Wellbeing questionnaire…</source>
        <translation>身心健康问卷…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="244"/>
        <source>Wellbeing notices</source>
        <translation>身心健康提示</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="295"/>
        <source>Your organisation offers a short wellbeing questionnaire (WHO-5, five questions about the last two weeks). Only you and wellbeing staff see your answers.</source>
        <translation>你的组织提供一份简短的身心健康问卷（WHO-5，五个关于过去两周的问题）。只有你和身心健康支持人员能看到你的回答。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="342"/>
        <source>Break postponed so you can finish this item. It starts when you close the item, or at {time} at the latest.</source>
        <translation>休息已推迟，你可以先完成这一项。关闭此项时休息开始，最晚 {time} 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="374"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps. Calmer queues open to you: {queues}.</source>
        <translation>你已连续审核了 {count} 个高严重度项目。暂时换做一些较轻松的工作会有帮助。你可以处理的较轻松队列：{queues}。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="379"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps.</source>
        <translation>你已连续审核了 {count} 个高严重度项目。暂时换做一些较轻松的工作会有帮助。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="390"/>
        <source>You have reached today&apos;s exposure budget ({budget}). Queues above severity tier {tier} are closed to you until tomorrow; lower-tier queues stay open. Thank you for looking after yourself.</source>
        <translation>你已达到今天的接触量预算（{budget}）。严重度高于第 {tier} 级的队列在明天之前对你关闭；较低级别的队列仍然开放。谢谢你照顾好自己。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="418"/>
        <source>Locked today · {queue}</source>
        <translation>今日锁定 · {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="422"/>
        <source>Closed to you for today: your daily exposure budget is spent.</source>
        <translation>今天对你关闭：你的每日接触量预算已用完。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="429"/>
        <source>Exposure figures are kept on this workstation and will be saved when the database is back.</source>
        <translation>接触量数据暂存在本工作站，数据库恢复后将会保存。</translation>
    </message>
</context>
</TS>
