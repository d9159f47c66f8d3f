<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BreakScreen</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="244" />
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="254" />
        <source>Break title</source>
        <translation>休息标题</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="258" />
        <source>Break details</source>
        <translation>休息说明</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="263" />
        <source>Time left of the break</source>
        <translation>休息剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="266" />
        <source>When work may resume</source>
        <translation>何时可以恢复工作</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="273" />
        <source>Start my break now</source>
        <translation>现在开始休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="274" />
        <source>Start the break now</source>
        <translation>现在开始休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="276" />
        <source>Finish this item first</source>
        <translation>先完成这一项</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="278" />
        <source>Finish this item first (postpone the break once)</source>
        <translation>先完成这一项（休息推迟一次）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="280" />
        <location filename="../../ui/wellbeing_break.py" line="281" />
        <location filename="../../ui/wellbeing_break.py" line="409" />
        <location filename="../../ui/wellbeing_break.py" line="419" />
        <source>Back to work</source>
        <translation>回到工作</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="285" />
        <source>Thank you for saying so. Take the time you need; talking to wellbeing staff is always an option.</source>
        <translation>谢谢你告诉我们。请慢慢来，需要多久就休息多久；你随时都可以找身心健康支持人员聊一聊。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="341" />
        <source>Break required: {reason}</source>
        <translation>需要休息：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="343" />
        <source>Time for a {minutes}-minute break</source>
        <translation>该休息 {minutes} 分钟了</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="346" />
        <source>{reason}. Media is hidden and decisions are paused. If you are in the middle of an item you may finish it first, once.</source>
        <translation>{reason}。所有媒体已隐藏，决定已暂停。如果你正在处理某一项，可以先把它完成（仅限一次）。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="365" />
        <source>On a break until {time}</source>
        <translation>休息至 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="367" />
        <source>Break time</source>
        <translation>休息时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="368" />
        <location filename="../../ui/wellbeing_break.py" line="370" />
        <source>A short break</source>
        <translation>短暂休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="369" />
        <source>Take a moment</source>
        <translation>先停一停</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="372" />
        <source>A break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="375" />
        <source>All media is hidden. Look away from the screen, stretch, get some water — or follow the circle for a few breaths.</source>
        <translation>所有媒体都已隐藏。把目光从屏幕移开，伸展一下身体，喝点水——或者跟着圆圈做几次呼吸。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="399" />
        <source>{time} left</source>
        <translation>还剩 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="401" />
        <source>Work resumes at {time}.</source>
        <translation>{time} 恢复工作。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="403" />
        <source>Back to work at {time}</source>
        <translation>{time} 回到工作</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="406" />
        <source>Suggested until {time}. You can come back earlier.</source>
        <translation>建议休息到 {time}。你也可以提前回来。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="416" />
        <source>Break complete</source>
        <translation>休息结束</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="417" />
        <source>You may resume work now (since {time}).</source>
        <translation>现在可以恢复工作了（自 {time} 起）。</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="141" />
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>呼吸引导：圆圈变大时吸气，变小时呼气</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="218" />
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="218" />
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
</context>
<context>
    <name>CalmBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="82" />
        <source>{name} text</source>
        <translation>{name}文字</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="42" />
        <source>Very low</source>
        <translation>很低落</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="43" />
        <source>Low</source>
        <translation>低落</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="44" />
        <source>Okay</source>
        <translation>还好</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="45" />
        <source>Good</source>
        <translation>不错</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="46" />
        <source>Very good</source>
        <translation>很好</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="128" />
        <source>Check-in</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="129" />
        <source>How are you feeling right now?</source>
        <translation>你现在感觉怎么样？</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="134" />
        <source>Private: only you and wellbeing staff see check-ins. Tap a face to save, or press 1-5 (Tab for a note) and Enter.</source>
        <translation>私密：只有你和身心健康支持人员能看到心情记录。点一下表情即可保存，或按 1-5（按 Tab 可添加备注）再按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="141" />
        <source>Add a note if you like (optional), then tap a face</source>
        <translation>如果愿意，可以写一句备注（可选），然后点一下表情</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="142" />
        <source>Check-in note (optional)</source>
        <translation>心情记录备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="162" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="164" />
        <source>Skip the check-in</source>
        <translation>跳过心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="168" />
        <source>Check-in status</source>
        <translation>心情记录状态</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="171" />
        <source>How are you feeling after your break?</source>
        <translation>休息之后，你感觉怎么样？</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="173" />
        <source>Private: only you and wellbeing staff see it.</source>
        <translation>私密：只有你和身心健康支持人员能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="226" />
        <source>{mood}: press Enter to save, or Tab to add a note first.</source>
        <translation>{mood}：按 Enter 保存，或先按 Tab 添加备注。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="235" />
        <source>Choose a face first: keys 1 (very low) to 5 (very good).</source>
        <translation>请先选择一个表情：按 1（很低落）到 5（很好）。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="292" />
        <source>Saved privately: {mood}. Thank you.</source>
        <translation>已私密保存：{mood}。谢谢你。</translation>
    </message>
</context>
<context>
    <name>CorrectionNotice</name>
    <message>
        <location filename="../../ui/correction_notice.py" line="41" />
        <source>Your decisions</source>
        <translation>你的决定</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="58" />
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="59" />
        <source>Dismiss the notice about your decisions</source>
        <translation>关闭关于你的决定的通知</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="90" />
        <source>1 earlier notice about your decisions (workstation decisions notices).</source>
        <translation>还有 1 条更早的关于你的决定的通知（workstation decisions notices）。</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="92" />
        <source>{count} earlier notices about your decisions (workstation decisions notices).</source>
        <translation>还有 {count} 条更早的关于你的决定的通知（workstation decisions notices）。</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision_panel.py" line="92" />
        <source>Decision panel</source>
        <translation>决定面板</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="102" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="115" />
        <source>Escalate this item</source>
        <translation>升级处理此项</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="115" />
        <source>Escalate</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="118" />
        <source>Skip this item</source>
        <translation>跳过此项</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="118" />
        <source>Skip (give it back)</source>
        <translation>跳过（交还）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="121" />
        <source>Undo last decision</source>
        <translation>撤销上一个决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="122" />
        <source>Undo the last decision</source>
        <translation>撤销上一个决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="138" />
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="142" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="149" />
        <source>Escalate to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="153" />
        <source>Imminent harm (Alt+I)</source>
        <translation>迫在眉睫的伤害（Alt+I）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="155" />
        <source>A person is at risk now: opens a P0 incident that alerts the leads on duty</source>
        <translation>有人正面临危险：创建一个 P0 事件并通知值班组长</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="158" />
        <source>Imminent harm</source>
        <translation>迫在眉睫的伤害</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="164" />
        <source>Record the decision</source>
        <translation>记录此决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="164" />
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="168" />
        <source>Cancel this verdict</source>
        <translation>取消此裁定</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="168" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="179" />
        <source>Decision hint</source>
        <translation>决定提示</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="223" />
        <source>Verdict {number}: {label}</source>
        <translation>裁定 {number}：{label}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="236" />
        <source>Policy for verdict {number}</source>
        <translation>裁定 {number} 的政策</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="264" />
        <source>{title} (policy {version}); F2: full text</source>
        <translation>{title}（政策 {version}）；F2：查看全文</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="324" />
        <source>Decisions are paused.</source>
        <translation>决定已暂停。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="369" />
        <source>The leads of your team</source>
        <translation>你所在团队的组长</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="377" />
        <source>Why escalate? (required)</source>
        <translation>为什么升级处理？（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="381" />
        <source>Note (required)</source>
        <translation>备注（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="381" />
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="399" />
        <source>Escalate: Say why, for whoever picks it up, then press Enter. Up/Down chooses where it goes. Alt+I if a person is at risk now.</source>
        <translation>升级处理：写明原因，方便接手的人了解情况，然后按 Enter。用上/下键选择升级到哪里。如果有人正面临危险，请按 Alt+I。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="405" />
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to your team leads. Alt+I if a person is at risk now.</source>
        <translation>升级处理：写明原因，方便接手的人了解情况，然后按 Enter。此项将转给你所在团队的组长。如果有人正面临危险，请按 Alt+I。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="409" />
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to {destination}. Alt+I if a person is at risk now.</source>
        <translation>升级处理：写明原因，方便接手的人了解情况，然后按 Enter。此项将转给 {destination}。如果有人正面临危险，请按 Alt+I。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="418" />
        <source>{verdict}: Pick a reason (1-9) and write a note, then press Enter.</source>
        <translation>{verdict}：选择一个理由（1-9）并写下备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="420" />
        <source>{verdict}: Pick a reason (1-9), then press Enter.</source>
        <translation>{verdict}：选择一个理由（1-9），然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="424" />
        <source>{verdict}: Type a reason and write a note, then press Enter.</source>
        <translation>{verdict}：输入理由并写下备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="426" />
        <source>{verdict}: Type a reason, then press Enter.</source>
        <translation>{verdict}：输入理由，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="429" />
        <source>{verdict}: Write a note, then press Enter.</source>
        <translation>{verdict}：写下备注，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="452" />
        <source>Reason: {reason} — {summary}</source>
        <translation>理由：{reason} — {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="454" />
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="40" />
        <source>Item details</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="45" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="50" />
        <source>External reference</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="51" />
        <location filename="../../ui/details.py" line="59" />
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="52" />
        <source>Escalation reason</source>
        <translation>上报原因</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="54" />
        <location filename="../../ui/details.py" line="61" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="55" />
        <location filename="../../ui/details.py" line="62" />
        <source>SLA</source>
        <translation>SLA 时限</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="56" />
        <location filename="../../ui/details.py" line="63" />
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="58" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="60" />
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
    <name>DoseChart</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="52" />
        <source>Exposure per day this week against the budget</source>
        <translation>本周每日接触量与预算对比</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="71" />
        <source>Exposure (weighted minutes)</source>
        <translation>接触量（加权分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="72" />
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="103" />
        <source>Daily budget ({budget})</source>
        <translation>每日预算（{budget}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="122" />
        <source>{day}: {dose} of {budget}</source>
        <translation>{day}：{dose}/{budget}</translation>
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
    <name>FaceButton</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="62" />
        <source>Mood {mood} of 5: {label}</source>
        <translation>心情 {mood}/5：{label}</translation>
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
        <location filename="../../ui/media_view.py" line="578" />
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>媒体已隐藏。
按 Esc 恢复显示——恢复后仍为模糊灰度。</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../ui/notices.py" line="59" />
        <source>Notices</source>
        <translation>通知</translation>
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
        <location filename="../../ui/offline_start.py" line="124" />
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
        <location filename="../../ui/offline_start.py" line="100" />
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>您等待发送的接触记录：{count} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="102" />
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>数据库恢复后，它们将按您作出的顺序发送。</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="112" />
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}，决定于 {when} — 被数据库拒绝：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="114" />
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}，决定于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="133" />
        <source>The database answers again: signing in…</source>
        <translation>数据库已恢复响应：正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="139" />
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>{time} 无响应。每 {seconds} 秒重试一次；按 F5 立即重试。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="65" />
        <source>Offline: the database cannot be reached</source>
        <extracomment>What the reviewer is told about a decision the outbox kept (the database is away).</extracomment>
        <translation>离线：无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="69" />
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>离线：1 项决定已保存在本工作站，数据库恢复后将发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="72" />
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>离线：{count} 项决定已保存在本工作站，数据库恢复后将发送</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="76" />
        <source>Sending 1 decision saved while offline…</source>
        <translation>正在发送离线时保存的 1 项决定…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="77" />
        <source>Sending {count} decisions saved while offline…</source>
        <translation>正在发送离线时保存的 {count} 项决定…</translation>
    </message>
</context>
<context>
    <name>OwnWellbeingView</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="42" />
        <source>{mood} ({label})</source>
        <translation>{mood}（{label}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="134" />
        <location filename="../../ui/wellbeing_view.py" line="135" />
        <source>Your wellbeing</source>
        <translation>你的身心健康</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="137" />
        <source>Your exposure and breaks</source>
        <translation>你的接触量与休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="141" />
        <source>Only you and wellbeing staff can see these figures and your check-ins. Leads see team totals only, and only for groups of five or more.</source>
        <translation>只有你和身心健康支持人员能看到这些数据和你的心情记录。组长只能看到团队汇总数据，且仅限五人及以上的小组。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="147" />
        <source>Who can see this</source>
        <translation>谁能看到这些信息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="155" />
        <source>Exposure</source>
        <translation>接触量</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="156" />
        <source>Media on screen</source>
        <translation>屏幕上显示媒体的时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="157" />
        <source>Revealed</source>
        <translation>已显示原图</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="158" />
        <source>Breaks taken / suggested</source>
        <translation>已休息 / 建议休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="159" />
        <source>Mood (check-ins)</source>
        <translation>心情（心情记录）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="171" />
        <source>{figure}, today</source>
        <translation>{figure}，今天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="171" />
        <source>{figure}, last 7 days</source>
        <translation>{figure}，最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="181" />
        <source>Your check-ins this week</source>
        <translation>你本周的心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="183" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="185" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="186" />
        <source>Close your wellbeing view</source>
        <translation>关闭你的身心健康页面</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="197" />
        <source>Check-ins this week</source>
        <translation>本周心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="208" />
        <source>Could not load your figures: {reason}</source>
        <translation>无法加载你的数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="216" />
        <source>{dose} · 1 day over budget</source>
        <translation>{dose} · 1 天超出预算</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="218" />
        <source>{dose} · {days} days over budget</source>
        <translation>{dose} · {days} 天超出预算</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="222" />
        <source>{dose} of {budget}</source>
        <translation>{dose}/{budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="248" />
        <source>{when}  ·  {mood}  ·  “{note}”</source>
        <translation>{when}  ·  {mood}  ·  “{note}”</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="250" />
        <source>{when}  ·  {mood}</source>
        <translation>{when}  ·  {mood}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="254" />
        <source>No check-ins yet this week.</source>
        <translation>本周还没有心情记录。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="259" />
        <source>Daily budget {budget} weighted minutes. Tiers {tiers} are closed to you for today.</source>
        <translation>每日预算 {budget} 加权分钟。今天你不能再处理第 {tiers} 级内容。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="262" />
        <source>Daily budget {budget} weighted minutes.</source>
        <translation>每日预算 {budget} 加权分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="266" />
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="77" />
        <source>Wellbeing questionnaire (WHO-5)</source>
        <translation>身心健康问卷（WHO-5）</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="78" />
        <source>Wellbeing questionnaire</source>
        <translation>身心健康问卷</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="80" />
        <source>{intro} how often has each been true for you?</source>
        <translation>{intro}以下每一项有多少时候符合你的情况？</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="86" />
        <source>Private: only you and wellbeing staff see your answers and score; leads and admins never do. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</source>
        <translation>私密：只有你和身心健康支持人员能看到你的回答和得分；组长和管理员永远看不到。WHO-5 幸福感指数，世界卫生组织欧洲区域办事处 / 精神病学研究部，1998 年。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="100" />
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="102" />
        <source>Question {number} of 5: {statement}</source>
        <translation>第 {number} 题（共 5 题）：{statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="108" />
        <source>{value} · {answer}</source>
        <translation>{value} · {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="109" />
        <source>{answer} ({value})</source>
        <translation>{answer}（{value}）</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="117" />
        <source>Answer all five questions, then press Enter or Save.</source>
        <translation>请回答全部五个问题，然后按 Enter 或点“保存”。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="119" />
        <source>Questionnaire status</source>
        <translation>问卷状态</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="121" />
        <source>Save my answers</source>
        <translation>保存我的回答</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="125" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="146" />
        <source>Still to answer: question {numbers}.</source>
        <translation>还需回答：第 {numbers} 题。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="149" />
        <source>All answered: press Enter or Save.</source>
        <translation>已全部回答：按 Enter 或点“保存”。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="178" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="188" />
        <source>Saved. Your WHO-5 score: {score} of 100. {meaning}</source>
        <translation>已保存。你的 WHO-5 得分：{score}/100。{meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="193" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="196" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
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
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="254" />
        <location filename="../../ui/shortcuts.py" line="255" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="290" />
        <source>Press ? or Enter to close.</source>
        <translation>按 ? 或 Enter 关闭。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="39" />
        <source>Claim the next item of the queue</source>
        <translation>领取队列中的下一项</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40" />
        <location filename="../../ui/shortcuts.py" line="46" />
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45" />
        <source>Choose a queue</source>
        <translation>选择队列</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51" />
        <source>Choose a verdict (or a reason while one is asked)</source>
        <translation>选择裁定（需要理由时选择理由）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52" />
        <location filename="../../ui/shortcuts.py" line="59" />
        <location filename="../../ui/shortcuts.py" line="66" />
        <location filename="../../ui/shortcuts.py" line="72" />
        <location filename="../../ui/shortcuts.py" line="78" />
        <location filename="../../ui/shortcuts.py" line="84" />
        <location filename="../../ui/shortcuts.py" line="91" />
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58" />
        <source>Record the verdict in progress</source>
        <translation>记录正在进行的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65" />
        <source>Cancel the verdict in progress</source>
        <translation>取消正在进行的裁定</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71" />
        <source>Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)</source>
        <translation>升级处理并附备注（上/下：升级到哪里；Alt+I：迫在眉睫的伤害）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77" />
        <source>Skip: give the item back (it will not come back to you)</source>
        <translation>跳过：交还此项（不会再分配给你）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="83" />
        <source>Undo the last decision (for 10 seconds)</source>
        <translation>撤销上一个决定（10 秒内）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90" />
        <source>Flag a key ticket for the lead's daily report</source>
        <translation>为组长的每日报告标记重点工单</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="96" />
        <source>Hide all media at once; press again to bring it back, blurred</source>
        <translation>立即隐藏所有媒体；再按一次以模糊状态恢复</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="97" />
        <location filename="../../ui/shortcuts.py" line="104" />
        <location filename="../../ui/shortcuts.py" line="114" />
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103" />
        <source>Hold: reveal a small disc under the pointer</source>
        <translation>按住：显示指针下方的一小块圆形区域</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105" />
        <source>hold P</source>
        <translation>按住 P</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110" />
        <source>Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now</source>
        <translation>显示整项内容（或被遮盖的文字）；几秒后重新模糊；再按 R 立即重新模糊</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115" />
        <source>R or click</source>
        <translation>R 或点击</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120" />
        <source>Stronger blur</source>
        <translation>加强模糊</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="121" />
        <location filename="../../ui/shortcuts.py" line="127" />
        <location filename="../../ui/shortcuts.py" line="133" />
        <location filename="../../ui/shortcuts.py" line="139" />
        <location filename="../../ui/shortcuts.py" line="145" />
        <source>Filter</source>
        <translation>滤镜</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="126" />
        <source>Weaker blur</source>
        <translation>减弱模糊</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132" />
        <source>Grayscale on / off</source>
        <translation>开启 / 关闭灰度</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="138" />
        <source>Stylised (reduced detail) on / off</source>
        <translation>开启 / 关闭风格化（减少细节）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="144" />
        <source>Keep the current filter as my default for new items</source>
        <translation>将当前滤镜设为新项目的默认设置</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151" />
        <location filename="../../ui/shortcuts.py" line="155" />
        <location filename="../../ui/shortcuts.py" line="161" />
        <location filename="../../ui/shortcuts.py" line="167" />
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="155" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="160" />
        <source>Fit to the view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166" />
        <source>Dark / light / high-contrast theme</source>
        <translation>深色 / 浅色 / 高对比度主题</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172" />
        <source>Play / pause (videos never play by themselves)</source>
        <translation>播放 / 暂停（视频从不自动播放）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="173" />
        <location filename="../../ui/shortcuts.py" line="180" />
        <location filename="../../ui/shortcuts.py" line="187" />
        <location filename="../../ui/shortcuts.py" line="194" />
        <location filename="../../ui/shortcuts.py" line="200" />
        <location filename="../../ui/shortcuts.py" line="206" />
        <location filename="../../ui/shortcuts.py" line="212" />
        <location filename="../../ui/shortcuts.py" line="218" />
        <location filename="../../ui/shortcuts.py" line="224" />
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="174" />
        <source>Space or K</source>
        <translation>空格键或 K</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179" />
        <source>Back 5 seconds</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186" />
        <source>Forward 5 seconds</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="193" />
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199" />
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="205" />
        <source>Slower (down to 0.25x)</source>
        <translation>减速（最低 0.25 倍）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="211" />
        <source>Faster (up to 4x)</source>
        <translation>加速（最高 4 倍）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="217" />
        <source>Sound on / off for this item (each item starts muted)</source>
        <translation>开启 / 关闭此项的声音（每项开始时均为静音）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="223" />
        <source>Scrub through the video</source>
        <translation>拖动浏览视频</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="225" />
        <source>mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="230" />
        <source>This sheet</source>
        <translation>本快捷键表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="231" />
        <location filename="../../ui/shortcuts.py" line="238" />
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="232" />
        <source>? or F1</source>
        <translation>? 或 F1</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="237" />
        <source>Policies (SOPs): search and read the procedures</source>
        <translation>政策（SOP）：搜索并阅读操作规程</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244" />
        <source>Wellbeing</source>
        <translation>身心健康</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="101" />
        <source>This affected me: a break and a check-in now</source>
        <translation>这让我感到不适：现在休息一下并记录心情</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="102" />
        <source>Take a break now (your own; a prompted break is taken instead)</source>
        <translation>现在休息（自主休息；如已有提示的休息，则进行该休息）</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="105" />
        <location filename="../../ui/window.py" line="106" />
        <source>My wellbeing: today and the last seven days</source>
        <translation>我的身心健康：今天和最近七天</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="30" />
        <source>Sign in to Reviewer Workstation</source>
        <translation>登录审核工作站</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="48" />
        <source>Keep the password?</source>
        <translation>保存密码吗？</translation>
    </message>
</context>
<context>
    <name>SoftPromptBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="119" />
        <source>Break suggestion</source>
        <translation>休息建议</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="120" />
        <source>Take break</source>
        <translation>去休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="121" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="127" />
        <source>Take a {minutes}-minute break? {reason}.</source>
        <translation>休息 {minutes} 分钟好吗？{reason}。</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../ui/sop_panel.py" line="53" />
        <source>Changed {date}.</source>
        <translation>更新于 {date}。</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="59" />
        <source>Examples (text only)</source>
        <translation>示例（仅文字）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="60" />
        <source>section {id}</source>
        <translation>章节 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="76" />
        <source>Policies (SOPs)</source>
        <translation>政策（SOP）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="77" />
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="85" />
        <source>No policy has been published yet. A lead publishes one with 'workstation policies publish'.</source>
        <translation>尚未发布任何政策。组长可使用 'workstation policies publish' 发布政策。</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="91" />
        <source>{title} — version {version}, in force since {date}</source>
        <translation>{title} — 版本 {version}，自 {date} 起生效</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="97" />
        <source>{title} — version {version}</source>
        <translation>{title} — 版本 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="104" />
        <source>Search the policies</source>
        <translation>搜索政策</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="106" />
        <source>Search: words anywhere in a section (title, summary, text, examples)</source>
        <translation>搜索：章节中任意位置的词语（标题、摘要、正文、示例）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="112" />
        <source>Policy sections</source>
        <translation>政策章节</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="118" />
        <source>Policy text</source>
        <translation>政策正文</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="127" />
        <source>Close (F2)</source>
        <translation>关闭（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="151" />
        <source>CHANGED</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="164" />
        <source>{found} of {total} sections; {changed} changed in the last 14 days</source>
        <translation>{found}/{total} 个章节；最近 14 天内更新了 {changed} 个</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="166" />
        <source>{found} of {total} sections</source>
        <translation>{found}/{total} 个章节</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="170" />
        <source>No section matches.</source>
        <translation>没有匹配的章节。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/notices.py" line="146" />
        <source>Status message</source>
        <translation>状态消息</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="149" />
        <source>Status key hint</source>
        <translation>状态按键提示</translation>
    </message>
</context>
<context>
    <name>SupportLabel</name>
    <message>
        <location filename="../../ui/support_contact.py" line="18" />
        <source>Need to talk to someone? {contact}</source>
        <translation>想找人聊聊吗？{contact}</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="21" />
        <source>Need to talk to someone? Your wellbeing staff are there for you.</source>
        <translation>想找人聊聊吗？身心健康支持人员随时在这里支持你。</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="32" />
        <source>Support contact</source>
        <translation>支持联系人</translation>
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
<context>
    <name>WHO5</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="34" />
        <source>Over the last two weeks:</source>
        <translation>在过去两周里，</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="35" />
        <source>I have felt cheerful and in good spirits</source>
        <translation>我感到快乐、心情舒畅</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="36" />
        <source>I have felt calm and relaxed</source>
        <translation>我感到平静、放松</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="37" />
        <source>I have felt active and vigorous</source>
        <translation>我感到充满活力、精力充沛</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="38" />
        <source>I woke up feeling fresh and rested</source>
        <translation>我醒来时感到神清气爽、休息充分</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="39" />
        <source>My daily life has been filled with things that interest me</source>
        <translation>我的日常生活中充满了让我感兴趣的事情</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="40" />
        <source>All of the time</source>
        <translation>所有时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="41" />
        <source>Most of the time</source>
        <translation>大部分时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="42" />
        <source>More than half of the time</source>
        <translation>一半以上时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="43" />
        <source>Less than half of the time</source>
        <translation>不到一半时间</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="44" />
        <source>Some of the time</source>
        <translation>偶尔</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="45" />
        <source>At no time</source>
        <translation>从来没有</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="46" />
        <source>This score is low. Please consider talking to your support contact or a doctor soon; it is a prompt to talk, not a diagnosis.</source>
        <translation>这个分数偏低。请考虑尽快和你的支持联系人或医生谈一谈；这只是提醒你找人聊聊，并不是诊断。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="51" />
        <source>This score suggests your well-being has been low lately. Talking to your support contact can help; it is a prompt to talk, not a diagnosis.</source>
        <translation>这个分数说明你最近的身心状态不太好。和你的支持联系人谈一谈会有帮助；这只是提醒你找人聊聊，并不是诊断。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="56" />
        <source>Thank you. Your answers are private to you and wellbeing staff.</source>
        <translation>谢谢你。你的回答只有你和身心健康支持人员能看到。</translation>
    </message>
</context>
<context>
    <name>WellbeingUi</name>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="89" />
        <source>This affected me</source>
        <translation>这让我感到不适</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91" />
        <source>This affected me: take a break and check in</source>
        <translation>这让我感到不适：休息一下并记录心情</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="92" />
        <source>Take a break and check in ({key})</source>
        <translation>休息一下并记录心情（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="95" />
        <source>Take a break</source>
        <translation>休息一下</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97" />
        <source>Take a break now</source>
        <translation>现在休息</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="98" />
        <source>Take a break now ({key})</source>
        <translation>现在休息（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="107" />
        <source>Rotation suggestion</source>
        <translation>轮换建议</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="108" />
        <source>Choose a queue</source>
        <translation>选择队列</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="109" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="110" />
        <source>Locked queues</source>
        <translation>已锁定的队列</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="111" />
        <source>See my day</source>
        <translation>查看我的今天</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="112" />
        <source>Break postponed</source>
        <translation>休息已推迟</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="113" />
        <source>Check-in</source>
        <translation>心情记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="119" />
        <source>Wellbeing questionnaire</source>
        <translation>身心健康问卷</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="120" />
        <source>Answer now</source>
        <translation>现在填写</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="122" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="239" />
        <source>Wellbeing notices</source>
        <translation>身心健康提示</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="290" />
        <source>Your organisation offers a short wellbeing questionnaire (WHO-5, five questions about the last two weeks). Only you and wellbeing staff see your answers.</source>
        <translation>你的组织提供一份简短的身心健康问卷（WHO-5，五个关于过去两周的问题）。只有你和身心健康支持人员能看到你的回答。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="337" />
        <source>Break postponed so you can finish this item. It starts when you close the item, or at {time} at the latest.</source>
        <translation>休息已推迟，你可以先完成这一项。关闭此项时休息开始，最晚 {time} 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="365" />
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps. Calmer queues open to you: {queues}.</source>
        <translation>你已连续审核了 {count} 个高严重度项目。暂时换做一些较轻松的工作会有帮助。你可以处理的较轻松队列：{queues}。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="370" />
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps.</source>
        <translation>你已连续审核了 {count} 个高严重度项目。暂时换做一些较轻松的工作会有帮助。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="381" />
        <source>You have reached today's exposure budget ({budget}). Queues above severity tier {tier} are closed to you until tomorrow; lower-tier queues stay open. Thank you for looking after yourself.</source>
        <translation>你已达到今天的接触量预算（{budget}）。严重度高于第 {tier} 级的队列在明天之前对你关闭；较低级别的队列仍然开放。谢谢你照顾好自己。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="406" />
        <source>Locked today · {queue}</source>
        <translation>今日锁定 · {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="410" />
        <source>Closed to you for today: your daily exposure budget is spent.</source>
        <translation>今天对你关闭：你的每日接触量预算已用完。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="417" />
        <source>Exposure figures are kept on this workstation and will be saved when the database is back.</source>
        <translation>接触量数据暂存在本工作站，数据库恢复后将会保存。</translation>
    </message>
</context>
</TS>