<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="269"/>
        <source>Administration — Reviewer Workstation</source>
        <translation>الإدارة — محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="285"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="289"/>
        <source>Queues</source>
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="300"/>
        <source>&amp;Reports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="310"/>
        <source>Loading the queues…</source>
        <translation>جارٍ تحميل قوائم الانتظار…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="317"/>
        <source>The queues could not be read: {error}</source>
        <translation>تعذّرت قراءة قوائم الانتظار: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="329"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="341"/>
        <source>{queues} queues, {pending} items pending</source>
        <translation>قوائم الانتظار: {queues}، العناصر المنتظرة: {pending}</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../wellbeing/attention.py" line="341"/>
        <source>not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="306"/>
        <location filename="../../wellbeing/attention.py" line="343"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="219"/>
        <source>{mood} check-in on {when}: &quot;{note}&quot; ({count} low in a row)</source>
        <translation>تسجيل شعور «{mood}» في {when}: «{note}» (مرات متتالية بشعور سيئ: {count})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="223"/>
        <source>{mood} check-in on {when}: &quot;{note}&quot;</source>
        <translation>تسجيل شعور «{mood}» في {when}: «{note}»</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="225"/>
        <source>{mood} check-in on {when} (no note) ({count} low in a row)</source>
        <translation>تسجيل شعور «{mood}» في {when} (بلا ملاحظة) (مرات متتالية بشعور سيئ: {count})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="229"/>
        <source>{mood} check-in on {when} (no note)</source>
        <translation>تسجيل شعور «{mood}» في {when} (بلا ملاحظة)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="242"/>
        <source>&quot;This affected me&quot; once in {days} days, latest {when}</source>
        <translation>«هذا أثّر فيّ» مرة واحدة خلال الأيام الـ{days} الماضية، آخرها {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="244"/>
        <source>&quot;This affected me&quot; {count} times in {days} days, latest {when}</source>
        <translation>«هذا أثّر فيّ» خلال الأيام الـ{days} الماضية (عدد المرات: {count})، آخرها {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="269"/>
        <source>Enforced break skipped once in {days} days, latest {when}</source>
        <translation>تُخطّيت استراحة إلزامية مرة واحدة خلال الأيام الـ{days} الماضية، آخرها {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="271"/>
        <source>Enforced break skipped {count} times in {days} days, latest {when}</source>
        <translation>تُخطّيت استراحات إلزامية خلال الأيام الـ{days} الماضية (عدد المرات: {count})، آخرها {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="282"/>
        <source>taken</source>
        <translation>أُخذت</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="283"/>
        <source>taken, postponed once</source>
        <translation>أُخذت، بعد تأجيلها مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="284"/>
        <source>taken, postponed {count} times</source>
        <translation>أُخذت، بعد تأجيلها (عدد مرات التأجيل: {count})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="287"/>
        <source>taken (ended early)</source>
        <translation>أُخذت (انتهت مبكرًا)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="288"/>
        <source>taken, postponed once (ended early)</source>
        <translation>أُخذت بعد تأجيلها مرة واحدة (انتهت مبكرًا)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="289"/>
        <source>taken, postponed {count} times (ended early)</source>
        <translation>أُخذت بعد تأجيلها (عدد مرات التأجيل: {count}) (انتهت مبكرًا)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="292"/>
        <source>taken, ended when the workstation stopped (time inferred)</source>
        <translation>أُخذت، وانتهت عند توقّف محطة العمل (الوقت مُستنتَج)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="293"/>
        <source>taken, postponed once, ended when the workstation stopped (time inferred)</source>
        <translation>أُخذت، بعد تأجيلها مرة واحدة، وانتهت عند توقّف محطة العمل (الوقت مُستنتَج)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="296"/>
        <source>taken, postponed {count} times, ended when the workstation stopped (time inferred)</source>
        <translation>أُخذت، بعد تأجيلها (عدد مرات التأجيل: {count})، وانتهت عند توقّف محطة العمل (الوقت مُستنتَج)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="301"/>
        <source>taken, not ended yet</source>
        <translation>أُخذت، ولم تنتهِ بعد</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="302"/>
        <source>taken, postponed once, not ended yet</source>
        <translation>أُخذت، بعد تأجيلها مرة واحدة، ولم تنتهِ بعد</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="303"/>
        <source>taken, postponed {count} times, not ended yet</source>
        <translation>أُخذت، بعد تأجيلها (عدد مرات التأجيل: {count})، ولم تنتهِ بعد</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="307"/>
        <source>open, postponed once</source>
        <translation>مفتوحة، أُجّلت مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="308"/>
        <source>open, postponed {count} times</source>
        <translation>مفتوحة، أُجّلت (عدد مرات التأجيل: {count})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="311"/>
        <source>skipped</source>
        <translation>تُخطّيت</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="312"/>
        <source>skipped, postponed once</source>
        <translation>تُخطّيت بعد تأجيلها مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="313"/>
        <source>skipped, postponed {count} times</source>
        <translation>تُخطّيت بعد تأجيلها (عدد مرات التأجيل: {count})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="446"/>
        <source>Enforced break postponed once in {days} days, latest {when}</source>
        <extracomment>A break nobody ended is not still running after this long: its window died with no later record from the person to say so (docs/wellbeing.md#a-break-whose-window-died).</extracomment>
        <translation>أُجّلت استراحة إلزامية مرة واحدة خلال الأيام الـ{days} الماضية، آخرها {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="448"/>
        <source>Enforced break postponed {count} times in {days} days, latest {when}</source>
        <translation>أُجّلت استراحات إلزامية خلال الأيام الـ{days} الماضية (عدد المرات: {count})، آخرها {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="470"/>
        <source>Over the daily budget of {budget} on 1 day in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>تجاوز الحد اليومي {budget} في يوم واحد من {window}، آخرها {latest} (الأعلى {worst} دقيقة مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="476"/>
        <source>Over the daily budget of {budget} on {count} days in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>تجاوز الحد اليومي {budget} في {count} من الأيام من أصل {window}، آخرها {latest} (الأعلى {worst} دقيقة مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="510"/>
        <source>{earlier} → {later}</source>
        <translation>{earlier} ← {later}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="513"/>
        <source>Dose rising {weeks} weeks in a row: {steps} weighted min per {days} days (to yesterday)</source>
        <translation>التعرّض يزداد أسبوعًا بعد أسبوع (عدد الأسابيع: {weeks}): {steps} دقيقة مرجّحة لكل {days} أيام (حتى أمس)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="545"/>
        <source>{hours} h {minutes} min of exposure work without a break, from {start} to {end}</source>
        <translation>{hours} س {minutes} د من العمل مع التعرّض دون استراحة، من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="340"/>
        <source>&quot;This affected me&quot;</source>
        <translation>&quot;هذا أثّر فيّ&quot;</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="348"/>
        <source>Contacted on {day} by {who}: {note}</source>
        <translation>تم التواصل في {day} بواسطة {who}: {note}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="350"/>
        <source>Contacted on {day} by {who}</source>
        <translation>تم التواصل في {day} بواسطة {who}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/attention_view.py" line="76"/>
        <source>This is a bug: {error}</source>
        <translation>هذا خلل برمجي: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="84"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="85"/>
        <source>Why they are listed</source>
        <translation>سبب إدراجه</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="86"/>
        <source>Urgency</source>
        <translation>درجة الإلحاح</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="87"/>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="135"/>
        <source>contacted, nothing new</source>
        <translation>تم التواصل، لا جديد</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="141"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="142"/>
        <source>new since then</source>
        <translation>جديد منذ ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="144"/>
        <source>contacted on {day}
by {who}</source>
        <translation>تم التواصل في {day}
بواسطة {who}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="166"/>
        <source>Needs attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="168"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="174"/>
        <source>Most urgent first. • a reason since the last contact, ◦ one from before it. Click a person or press Enter to open their page. Only wellbeing staff see this list.</source>
        <translation>الأكثر إلحاحًا أولًا. • سبب منذ آخر تواصل، ◦ سبب من قبله. انقر على شخص أو اضغط Enter لفتح صفحته. لا يرى هذه القائمة إلا فريق الرفاه النفسي.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="180"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="185"/>
        <source>People who need attention</source>
        <translation>الأشخاص الذين يحتاجون إلى اهتمام</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="224"/>
        <source>Nobody needs attention now.</source>
        <translation>لا أحد يحتاج إلى اهتمام الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="227"/>
        <source>1 person to look at</source>
        <translation>شخص واحد بحاجة إلى متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="227"/>
        <source>{count} people to look at</source>
        <translation>الأشخاص الذين بحاجة إلى متابعة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="230"/>
        <source>; {count} contacted with nothing new since (at the bottom).</source>
        <translation>؛ تم التواصل مع {count} ولا جديد منذ ذلك (في الأسفل).</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="384"/>
        <source>Prompted</source>
        <translation>وقت الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="385"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="386"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="387"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="389"/>
        <source>Breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="393"/>
        <location filename="../../ui/attention_view.py" line="400"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="394"/>
        <source>Mood</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="395"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="397"/>
        <source>Check-ins with notes</source>
        <translation>تسجيلات الشعور مع الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="400"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="401"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <location filename="../../ui/attention_view.py" line="66"/>
        <source>soft</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="67"/>
        <source>enforced</source>
        <translation>إلزامية</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="68"/>
        <source>affected</source>
        <translation>تأثّر</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="69"/>
        <source>self</source>
        <translation>ذاتية</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="248"/>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="258"/>
        <source>Break title</source>
        <translation>عنوان الاستراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="262"/>
        <source>Break details</source>
        <translation>تفاصيل الاستراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="267"/>
        <source>Time left of the break</source>
        <translation>الوقت المتبقي من الاستراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="270"/>
        <source>When work may resume</source>
        <translation>موعد استئناف العمل</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="277"/>
        <source>Start my break now</source>
        <translation>ابدأ استراحتي الآن</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="278"/>
        <source>Start the break now</source>
        <translation>بدء الاستراحة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="280"/>
        <source>Finish this item first</source>
        <translation>إنهاء هذا العنصر أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="282"/>
        <source>Finish this item first (postpone the break once)</source>
        <translation>إنهاء هذا العنصر أولاً (تأجيل الاستراحة مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="284"/>
        <location filename="../../ui/wellbeing_break.py" line="285"/>
        <location filename="../../ui/wellbeing_break.py" line="417"/>
        <location filename="../../ui/wellbeing_break.py" line="427"/>
        <source>Back to work</source>
        <translation>العودة إلى العمل</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="289"/>
        <source>Thank you for saying so. Take the time you need; talking to wellbeing staff is always an option.</source>
        <translation>شكرًا لإخبارنا. خذ الوقت الذي تحتاجه؛ يمكنك دائمًا التحدث مع فريق الرفاه النفسي.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="349"/>
        <source>Break required: {reason}</source>
        <translation>الاستراحة مطلوبة: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="351"/>
        <source>Time for a {minutes}-minute break</source>
        <translation>حان وقت الاستراحة — المدة بالدقائق: {minutes}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="354"/>
        <source>{reason}. Media is hidden and decisions are paused. If you are in the middle of an item you may finish it first, once.</source>
        <translation>{reason}. الوسائط مخفية والقرارات متوقفة مؤقتًا. إذا كنت في منتصف عنصر، فيمكنك إنهاؤه أولاً، مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="373"/>
        <source>On a break until {time}</source>
        <translation>في استراحة حتى {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="375"/>
        <source>Break time</source>
        <translation>وقت الاستراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="376"/>
        <location filename="../../ui/wellbeing_break.py" line="378"/>
        <source>A short break</source>
        <translation>استراحة قصيرة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="377"/>
        <source>Take a moment</source>
        <translation>خذ لحظة لنفسك</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="380"/>
        <source>A break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="383"/>
        <source>All media is hidden. Look away from the screen, stretch, get some water — or follow the circle for a few breaths.</source>
        <translation>جميع الوسائط مخفية. أبعد نظرك عن الشاشة، وتمدد قليلاً، واشرب بعض الماء — أو اتبع الدائرة لبضعة أنفاس.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="407"/>
        <source>{time} left</source>
        <translation>المتبقي: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="409"/>
        <source>Work resumes at {time}.</source>
        <translation>يُستأنف العمل عند {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="411"/>
        <source>Back to work at {time}</source>
        <translation>العودة إلى العمل عند {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="414"/>
        <source>Suggested until {time}. You can come back earlier.</source>
        <translation>يُقترح حتى {time}. يمكنك العودة قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="424"/>
        <source>Break complete</source>
        <translation>انتهت الاستراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="425"/>
        <source>You may resume work now (since {time}).</source>
        <translation>يمكنك استئناف العمل الآن (منذ {time}).</translation>
    </message>
</context>
<context>
    <name>Breaks</name>
    <message>
        <location filename="../../wellbeing/breaks.py" line="44"/>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="45"/>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="52"/>
        <source>0 weighted min</source>
        <translation>0 دقيقة مرجّحة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="54"/>
        <source>less than 1 weighted min</source>
        <translation>أقل من دقيقة مرجّحة واحدة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="56"/>
        <source>{dose} weighted min</source>
        <translation>{dose} دقيقة مرجّحة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="61"/>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="100"/>
        <source>on a break ({left} left)</source>
        <translation>في استراحة (المتبقي {left})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="106"/>
        <source>exposure since your last break is {dose}</source>
        <translation>تعرّضك منذ آخر استراحة هو {dose}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="109"/>
        <source>you have worked {time} without a break</source>
        <translation>عملت {time} دون استراحة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="128"/>
        <source>no break due</source>
        <translation>لا استراحة مستحقة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="133"/>
        <source>break postponed until {time}: {reasons}</source>
        <translation>أُجّلت الاستراحة حتى {time}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="147"/>
        <source>break suggestion snoozed until {time}</source>
        <translation>أُجّل اقتراح الاستراحة حتى {time}</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="145"/>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>دليل التنفس: استنشق مع اتساع الدائرة، وازفر مع انكماشها</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe in</source>
        <translation>شهيق</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe out</source>
        <translation>زفير</translation>
    </message>
</context>
<context>
    <name>CalmBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="86"/>
        <source>{name} text</source>
        <translation>نص {name}</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="42"/>
        <location filename="../../wellbeing/attention.py" line="58"/>
        <source>Very low</source>
        <extracomment>Reason kinds, in the order of their weight when urgency ties.</extracomment>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="43"/>
        <location filename="../../wellbeing/attention.py" line="59"/>
        <source>Low</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="44"/>
        <location filename="../../wellbeing/attention.py" line="60"/>
        <source>Okay</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="45"/>
        <location filename="../../wellbeing/attention.py" line="61"/>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="46"/>
        <location filename="../../wellbeing/attention.py" line="62"/>
        <source>Very good</source>
        <translation>جيد جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="128"/>
        <source>Check-in</source>
        <translation>تسجيل الشعور</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="129"/>
        <source>How are you feeling right now?</source>
        <translation>كيف تشعر الآن؟</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="134"/>
        <source>Private: only you and wellbeing staff see check-ins. Tap a face to save, or press 1-5 (Tab for a note) and Enter.</source>
        <translation>خاص: لا يرى تسجيلات الشعور إلا أنت وفريق الرفاه النفسي. انقر على وجه للحفظ، أو اضغط 1-5 (و Tab لإضافة ملاحظة) ثم Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="141"/>
        <source>Add a note if you like (optional), then tap a face</source>
        <translation>أضف ملاحظة إن أردت (اختياري)، ثم انقر على وجه</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="142"/>
        <source>Check-in note (optional)</source>
        <translation>ملاحظة تسجيل الشعور (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="162"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="164"/>
        <source>Skip the check-in</source>
        <translation>تخطي تسجيل الشعور</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="168"/>
        <source>Check-in status</source>
        <translation>حالة تسجيل الشعور</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="173"/>
        <source>How are you feeling after your break?</source>
        <translation>كيف تشعر بعد استراحتك؟</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="175"/>
        <source>Private: only you and wellbeing staff see it.</source>
        <translation>خاص: لا يراه إلا أنت وفريق الرفاه النفسي.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="231"/>
        <source>{mood}: press Enter to save, or Tab to add a note first.</source>
        <translation>{mood}: اضغط Enter للحفظ، أو Tab لإضافة ملاحظة أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="239"/>
        <source>Choose a face first: keys 1 (very low) to 5 (very good).</source>
        <translation>اختر وجهًا أولاً: المفاتيح من 1 (سيئ جدًا) إلى 5 (جيد جدًا).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="304"/>
        <source>Saved privately: {mood}. Thank you.</source>
        <translation>حُفظ بشكل خاص: {mood}. شكرًا لك.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="44"/>
        <source>Correct or appeal a decision</source>
        <translation>تصحيح قرار أو الطعن فيه</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="50"/>
        <source>Item reference</source>
        <translation>مرجع العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="51"/>
        <source>Item reference, e.g. H-EVE-1127-00042</source>
        <translation>مرجع العنصر، مثل H-EVE-1127-00042</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="54"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="61"/>
        <source>The decision to correct</source>
        <translation>القرار المراد تصحيحه</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="65"/>
        <source>Corrected verdict</source>
        <translation>الحكم المصحَّح</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="66"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="68"/>
        <location filename="../../ui/correction_dialog.py" line="70"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="69"/>
        <source>Why (required; the reviewer is told it)</source>
        <translation>السبب (مطلوب؛ يُبلَّغ به المراجِع)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="73"/>
        <source>Record correction</source>
        <translation>تسجيل التصحيح</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="75"/>
        <source>Record appeal</source>
        <translation>تسجيل الطعن</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="84"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="99"/>
        <source>That did not work: a problem in this program. This is a bug.</source>
        <translation>لم ينجح ذلك: مشكلة في هذا البرنامج. هذا خلل برمجي.</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="108"/>
        <source>Looking up the item…</source>
        <translation>جارٍ البحث عن العنصر…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="124"/>
        <source>This item has no decision to correct.</source>
        <translation>لا يوجد قرار لهذا العنصر لتصحيحه.</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="128"/>
        <source>Decision {id} by {who} at {at} UTC: {verdict}</source>
        <translation>القرار {id} من {who} في {at} UTC: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="151"/>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="161"/>
        <source>under appeal</source>
        <translation>قيد الطعن</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="163"/>
        <source>corrected to {verdict}</source>
        <translation>صُحّح إلى {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="166"/>
        <source>Recorded: decision {id} is {what}. The reviewer is told in their window.</source>
        <translation>سُجّل: القرار {id} {what}. يُبلَّغ المراجِع في نافذته.</translation>
    </message>
</context>
<context>
    <name>CorrectionNotice</name>
    <message>
        <location filename="../../ui/correction_notice.py" line="42"/>
        <source>Your decisions</source>
        <translation>قراراتك</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="59"/>
        <source>Got it</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="60"/>
        <source>Dismiss the notice about your decisions</source>
        <translation>إغلاق الإشعار الخاص بقراراتك</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="91"/>
        <source>1 earlier notice about your decisions (workstation decisions notices).</source>
        <translation>يوجد إشعار سابق واحد عن قراراتك (workstation decisions notices).</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="93"/>
        <source>{count} earlier notices about your decisions (workstation decisions notices).</source>
        <translation>الإشعارات السابقة عن قراراتك: {count} (workstation decisions notices).</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <location filename="../../workstation/daily_report.py" line="123"/>
        <source>All queues</source>
        <extracomment>Acknowledgement targets by severity when the incidents table carries none (the issue&apos;s defaults; the incident feature keeps the real ones as policy data).</extracomment>
        <translation>كل قوائم الانتظار</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="450"/>
        <location filename="../../workstation/daily_report.py" line="458"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="451"/>
        <source>Imported</source>
        <translation>المستوردة</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="452"/>
        <source>Decided</source>
        <translation>مُقرَّر فيها</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="453"/>
        <source>Escalated</source>
        <translation>المُصعَّدة</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="454"/>
        <source>Pending at cut-off</source>
        <translation>منتظرة عند الإغلاق</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="455"/>
        <source>Oldest pending</source>
        <translation>أقدم منتظر</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="459"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="460"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="461"/>
        <source>Flagged by</source>
        <translation>علّمه</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="462"/>
        <source>At</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Fault</source>
        <translation>العطل</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="465"/>
        <source>Queues</source>
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="466"/>
        <source>SLA breaches ({count})</source>
        <translation>الإخلالات بمهلة الخدمة ({count})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="467"/>
        <source>No SLA was missed.</source>
        <translation>لم تُتجاوز أي مهلة خدمة.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="468"/>
        <source>Key tickets ({count})</source>
        <translation>التذاكر المهمة ({count})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="469"/>
        <source>No key tickets were flagged.</source>
        <translation>لم تُعلَّم أي تذكرة مهمة.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="470"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="471"/>
        <source>Platform faults</source>
        <translation>أعطال المنصة</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="478"/>
        <source>{value} (avg {average})</source>
        <translation>{value} (المتوسط {average})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="481"/>
        <source>{value} (avg {average}, {change})</source>
        <translation>{value} (المتوسط {average}، {change})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="500"/>
        <source>Unreadable media imported</source>
        <translation>وسائط غير مقروءة مستوردة</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="501"/>
        <source>of which the decoder crashed</source>
        <translation>منها ما تعطّلت فيه أداة فك الترميز</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="502"/>
        <source>Offline decisions refused (outbox conflicts)</source>
        <translation>قرارات دون اتصال مرفوضة (تعارضات صندوق الصادر)</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="503"/>
        <source>Claim leases expired</source>
        <translation>استلامات انتهت مدتها</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="504"/>
        <source>Import lines rejected</source>
        <translation>أسطر استيراد مرفوضة</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="517"/>
        <source>Daily report {day}, team {team}</source>
        <translation>التقرير اليومي {day}، الفريق {team}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="520"/>
        <source>Daily report {day}</source>
        <translation>التقرير اليومي {day}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="524"/>
        <source>{start} to {end} ({zone}); figures against the average of the {days} days before. Generated {generated} UTC.</source>
        <translation>من {start} إلى {end} ({zone})؛ الأرقام مقارنةً بمتوسط الأيام الـ{days} السابقة. أُنشئ في {generated} UTC.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="540"/>
        <source>Incidents are not recorded in this database.</source>
        <translation>لا تُسجَّل الحوادث في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="541"/>
        <source>Opened {opened}, acknowledged late {late}, closed {closed}.</source>
        <translation>فُتحت: {opened}، أُقرّ بها متأخرةً: {late}، أُغلقت: {closed}.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="144"/>
        <source>Exposure dashboard (wellbeing) — Reviewer Workstation</source>
        <translation>لوحة التعرّض (الرفاه النفسي) — محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="146"/>
        <source>Exposure dashboard (aggregates only) — Reviewer Workstation</source>
        <translation>لوحة التعرّض (بيانات مجمّعة فقط) — محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="160"/>
        <source>Needs attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="161"/>
        <source>Exposure</source>
        <translation>التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="166"/>
        <source>&amp;Reports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="168"/>
        <source>Show the report again</source>
        <translation>عرض التقرير مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="174"/>
        <source>Correct or appeal a decision…</source>
        <translation>تصحيح قرار أو الطعن فيه…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="181"/>
        <source>Wellbeing policy…</source>
        <translation>سياسة الرفاه النفسي…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="188"/>
        <source>Operations (SLA, daily report)…</source>
        <translation>العمليات (SLA، التقرير اليومي)…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="195"/>
        <source>Administration…</source>
        <translation>الإدارة…</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision_panel.py" line="94"/>
        <source>Decision panel</source>
        <translation>لوحة القرار</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="104"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="117"/>
        <source>Escalate this item</source>
        <translation>تصعيد هذا العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="117"/>
        <source>Escalate</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="120"/>
        <source>Skip this item</source>
        <translation>تخطي هذا العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="120"/>
        <source>Skip (give it back)</source>
        <translation>تخطٍّ (إعادة العنصر)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="123"/>
        <source>Undo last decision</source>
        <translation>التراجع عن آخر قرار</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="124"/>
        <source>Undo the last decision</source>
        <translation>التراجع عن آخر قرار</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="140"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="144"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="151"/>
        <source>Escalate to</source>
        <translation>التصعيد إلى</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="155"/>
        <source>Imminent harm (Alt+I)</source>
        <translation>ضرر وشيك (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="157"/>
        <source>A person is at risk now: opens a P0 incident that alerts the leads on duty</source>
        <translation>شخص في خطر الآن: يفتح حادثًا من المستوى P0 ينبّه قادة الفرق المناوبين</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="160"/>
        <source>Imminent harm</source>
        <translation>ضرر وشيك</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="170"/>
        <source>Cancel this verdict</source>
        <translation>إلغاء هذا الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="170"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="181"/>
        <source>Decision hint</source>
        <translation>تلميح القرار</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="236"/>
        <source>Verdict {number}: {label}</source>
        <translation>الحكم {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="249"/>
        <source>Policy for verdict {number}</source>
        <translation>سياسة الحكم {number}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="278"/>
        <source>{title} (policy {version}); F2: full text</source>
        <translation>{title} (السياسة {version})؛ F2: النص الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="338"/>
        <source>Decisions are paused.</source>
        <translation>القرارات متوقفة مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="386"/>
        <source>The leads of your team</source>
        <translation>قادة فريقك</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="394"/>
        <source>Why escalate? (required)</source>
        <translation>لماذا التصعيد؟ (مطلوب)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (required)</source>
        <translation>ملاحظة (مطلوبة)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="416"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. Up/Down chooses where it goes. Alt+I if a person is at risk now.</source>
        <translation>تصعيد: اذكر السبب لمن سيتولى العنصر، ثم اضغط Enter. يختار مفتاحا أعلى/أسفل الجهة. اضغط Alt+I إذا كان شخص في خطر الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="422"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to your team leads. Alt+I if a person is at risk now.</source>
        <translation>تصعيد: اذكر السبب لمن سيتولى العنصر، ثم اضغط Enter. سيُرسل إلى قادة فريقك. اضغط Alt+I إذا كان شخص في خطر الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="426"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to {destination}. Alt+I if a person is at risk now.</source>
        <translation>تصعيد: اذكر السبب لمن سيتولى العنصر، ثم اضغط Enter. سيُرسل إلى {destination}. اضغط Alt+I إذا كان شخص في خطر الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="435"/>
        <source>{verdict}: Pick a reason (1-9) and write a note, then press Enter.</source>
        <translation>{verdict}: اختر سببًا (1-9) واكتب ملاحظة، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="437"/>
        <source>{verdict}: Pick a reason (1-9), then press Enter.</source>
        <translation>{verdict}: اختر سببًا (1-9)، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="441"/>
        <source>{verdict}: Type a reason and write a note, then press Enter.</source>
        <translation>{verdict}: اكتب سببًا وملاحظة، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="443"/>
        <source>{verdict}: Type a reason, then press Enter.</source>
        <translation>{verdict}: اكتب سببًا، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="446"/>
        <source>{verdict}: Write a note, then press Enter.</source>
        <translation>{verdict}: اكتب ملاحظة، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="472"/>
        <source>Reason: {reason} — {summary}</source>
        <translation>السبب: {reason} — {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="476"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="43"/>
        <source>not given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="51"/>
        <source>{language} ({tag})</source>
        <translation>{language} ({tag})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="56"/>
        <source>no SLA</source>
        <translation>لا SLA</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="63"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="67"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="71"/>
        <source>overdue by {time}</source>
        <translation>متأخر بمقدار {time}</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="73"/>
        <source>due in {time}</source>
        <translation>يستحق خلال {time}</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="83"/>
        <source> (superseded)</source>
        <translation> (استُبدل)</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="90"/>
        <source>History ({zone})</source>
        <translation>السجل ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="98"/>
        <source>Item details</source>
        <translation>تفاصيل العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="103"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="108"/>
        <source>External reference</source>
        <translation>المرجع الخارجي</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="109"/>
        <location filename="../../ui/details.py" line="118"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="110"/>
        <source>Escalation reason</source>
        <translation>سبب التصعيد</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="112"/>
        <location filename="../../ui/details.py" line="120"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="113"/>
        <location filename="../../ui/details.py" line="121"/>
        <source>SLA</source>
        <translation>مهلة الخدمة (SLA)</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="114"/>
        <location filename="../../ui/details.py" line="122"/>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="115"/>
        <source>Language of the item</source>
        <translation>لغة العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="117"/>
        <source>Ref</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="119"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="123"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="130"/>
        <source>Decision history</source>
        <translation>سجل القرارات</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="160"/>
        <source>{queue} (tier {tier})</source>
        <translation>{queue} (المستوى {tier})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="167"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="36"/>
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette&apos;s accent for the dose, a soft amber once the budget is spent (information, not an alarm). Width in px of the ring drawn round the meter while it has keyboard focus: the theme&apos;s accent (the palette&apos;s Highlight), which stands out from the window by 3:1 or more in every theme.</extracomment>
        <translation>التعرّض اليوم، نسبةً من الحدّ اليومي</translation>
    </message>
</context>
<context>
    <name>DoseChart</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="53"/>
        <source>Exposure per day this week against the budget</source>
        <translation>التعرض اليومي هذا الأسبوع مقارنة بالحد المسموح</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="72"/>
        <source>Exposure (weighted minutes)</source>
        <translation>التعرض (دقائق مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="73"/>
        <source>Over budget</source>
        <translation>فوق الحد المسموح</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="104"/>
        <source>Daily budget ({budget})</source>
        <translation>الحد اليومي ({budget})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="123"/>
        <source>{day}: {dose} of {budget}</source>
        <translation>{day}: {dose} من {budget}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workstation/wellbeing_records.py" line="522"/>
        <source>today&apos;s exposure budget ({budget} weighted minutes) is spent, so queues above severity tier {above} are closed to you until tomorrow. &apos;{queue}&apos; is tier {tier}; lower-tier queues stay open.</source>
        <extracomment>The outbox kind of a batch of exposure spans (``OutboxSync.register(SPANS_OUTBOX_KIND, ...)``). The outbox kinds of breaks and check-ins: care records wait durably like spans when the database is away (docs/wellbeing.md#the-break-flow).</extracomment>
        <translation>استُنفد حد التعرّض اليومي ({budget} دقيقة مرجّحة)، لذا أُغلقت أمامك قوائم الانتظار فوق مستوى الخطورة {above} حتى الغد. &apos;{queue}&apos; من المستوى {tier}؛ وتبقى قوائم المستويات الأدنى مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="488"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database) and {who} has it now. Nothing was recorded for it; claim the next item.</source>
        <translation>انتهى استلامك للعنصر {ref} في {when} (لم تصل أي إشارة نشاط إلى قاعدة البيانات)، وهو الآن لدى {who}. لم يُسجَّل له شيء؛ استلم العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="494"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database). Nothing was recorded for it; claim the next item.</source>
        <translation>انتهى استلامك للعنصر {ref} في {when} (لم تصل أي إشارة نشاط إلى قاعدة البيانات). لم يُسجَّل له شيء؛ استلم العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="501"/>
        <source>your claim on {ref} is closed ({outcome}).</source>
        <translation>استلامك للعنصر {ref} مغلق ({outcome}).</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="138"/>
        <source>the database is busy (locked by another workstation) and stayed busy; try again in a moment</source>
        <translation>قاعدة البيانات مشغولة (مقفلة من محطة عمل أخرى) وظلّت مشغولة؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="145"/>
        <source>cannot reach the database at {url}: {error}. Check that the server is running and the URL is right (WORKSTATION_DATABASE_URL or --database-url).</source>
        <translation>يتعذّر الوصول إلى قاعدة البيانات في {url}: {error}. تحقّق من أن الخادم يعمل وأن العنوان صحيح (WORKSTATION_DATABASE_URL أو --database-url).</translation>
    </message>
    <message>
        <location filename="../../workstation/review.py" line="195"/>
        <source>the database cannot be reached</source>
        <translation>يتعذّر الوصول إلى قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="166"/>
        <source>an escalation is not a verdict to appeal; decide the item instead</source>
        <translation>التصعيد ليس حكمًا يمكن الطعن فيه؛ قرّر في العنصر بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="183"/>
        <source>the reason has {count} characters; at most {most}</source>
        <translation>في السبب {count} حرفًا؛ الحد الأقصى {most}</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="201"/>
        <source>no decision {id}</source>
        <translation>لا يوجد القرار {id}</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="281"/>
        <source>no decision on an item {ref!r}</source>
        <translation>لا يوجد قرار للعنصر {ref!r}</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="564"/>
        <source>your claim on {ref} expired and {who} decided it at {at}; your decision was not recorded.</source>
        <translation>انتهى استلامك للعنصر {ref} وقرّر فيه {who} في {at}؛ لم يُسجَّل قرارك.</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="570"/>
        <source>your claim on {ref} expired and it was decided; your decision was not recorded.</source>
        <translation>انتهى استلامك للعنصر {ref} وقد قُرّر فيه؛ لم يُسجَّل قرارك.</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="251"/>
        <location filename="../../workstation/wellbeing_attention.py" line="414"/>
        <source>no person named {name!r}</source>
        <translation>لا يوجد شخص باسم {name!r}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="257"/>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>ينتهي النطاق ({end}) قبل أن يبدأ ({start})</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="400"/>
        <source>the note has {count} characters; keep it to {most}</source>
        <translation>عدد أحرف الملاحظة {count}؛ اجعلها في حدود {most}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="407"/>
        <source>the contact date {day} is in the future</source>
        <translation>تاريخ التواصل {day} في المستقبل</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../ui/report_export.py" line="91"/>
        <source>Exporting decisions: {done} of {total}</source>
        <translation>تصدير القرارات: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="99"/>
        <source>exported {rows} decisions to {path}</source>
        <translation>صُدّرت القرارات ({rows}) إلى {path}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="129"/>
        <source>Counting decisions…</source>
        <translation>جارٍ عدّ القرارات…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="130"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="135"/>
        <source>Export decisions</source>
        <translation>تصدير القرارات</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../wellbeing/exposure.py" line="138"/>
        <source>revealed</source>
        <extracomment>The view of a freshly shown item when the caller does not say otherwise: on screen, blurred, gray, muted.</extracomment>
        <translation>مكشوف</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="139"/>
        <source>blurred+gray</source>
        <translation>مموّه ورمادي</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="140"/>
        <source>blurred+color</source>
        <translation>مموّه ملوّن</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="141"/>
        <source>stylised</source>
        <translation>مُنمّق</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="142"/>
        <source>gray unblurred</source>
        <translation>رمادي غير مموّه</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="143"/>
        <source>unfiltered</source>
        <translation>بلا مرشّح</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="150"/>
        <source>hidden ({weight})</source>
        <translation>مخفي ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="152"/>
        <source>{view} ({weight})</source>
        <translation>{view} ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="158"/>
        <source>{view} with {percent}% spotlight ({weight})</source>
        <translation>{view} مع بقعة ضوء {percent}٪ ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="162"/>
        <source>{view} + audio ({weight})</source>
        <translation>{view} + الصوت ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="455"/>
        <source>no item open</source>
        <translation>لا يوجد عنصر مفتوح</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="457"/>
        <source>media hidden</source>
        <translation>الوسائط مخفية</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="459"/>
        <source>panic key: media hidden</source>
        <translation>مفتاح الطوارئ: الوسائط مخفية</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="461"/>
        <source>on a break</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="463"/>
        <source>window not active</source>
        <translation>النافذة غير نشطة</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="465"/>
        <source>clock jump (sleep/resume?): waiting for input</source>
        <translation>قفزة في الساعة (سكون/استئناف؟): في انتظار إدخال</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="468"/>
        <source>idle (no input for {seconds} s)</source>
        <translation>خامل (لا إدخال منذ {seconds} ث)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="473"/>
        <source>not counted: {reasons}</source>
        <translation>لا يُحسب: {reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="474"/>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="480"/>
        <source>severity of queue &apos;{queue}&apos; ({weight})</source>
        <translation>خطورة قائمة الانتظار «{queue}» ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="485"/>
        <source>severity tier {tier} ({weight})</source>
        <translation>خطورة المستوى {tier} ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="490"/>
        <source>{visibility} x {severity} = {rate} per minute</source>
        <translation>{visibility} × {severity} = {rate} في الدقيقة</translation>
    </message>
</context>
<context>
    <name>ExposureDashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="98"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="99"/>
        <source>Dose (weighted minutes)</source>
        <translation>التعرّض (دقائق مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="140"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="141"/>
        <source>Days over
budget</source>
        <translation>أيام تجاوز
الحد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="142"/>
        <source>Dose (weighted
minutes)</source>
        <translation>التعرّض (دقائق
مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="143"/>
        <source>Revealed
minutes</source>
        <translation>دقائق
الكشف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="144"/>
        <source>Breaks
suggested</source>
        <translation>استراحات
مقترحة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="145"/>
        <source>Breaks
taken</source>
        <translation>استراحات
مأخوذة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146"/>
        <source>Mood trend
(points per week)</source>
        <translation>اتجاه الشعور
(نقاط في الأسبوع)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="224"/>
        <source>Exposure - wellbeing dashboard</source>
        <translation>التعرّض - لوحة الرفاه النفسي</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="236"/>
        <source>per day</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="237"/>
        <source>per week</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="238"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="242"/>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="231"/>
        <location filename="../../ui/dashboard.py" line="250"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="232"/>
        <source>First day of the report, year-month-day</source>
        <translation>أول يوم في التقرير، سنة-شهر-يوم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="234"/>
        <source>Last day of the report, year-month-day</source>
        <translation>آخر يوم في التقرير، سنة-شهر-يوم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="252"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="265"/>
        <source>Choose a range and press Show.</source>
        <translation>اختر نطاقًا ثم اضغط «عرض».</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270"/>
        <source>Exposure chart</source>
        <translation>مخطط التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="272"/>
        <source>Weighted exposure over the range; the same figures are in the summary and the tables</source>
        <translation>التعرّض المرجّح خلال النطاق؛ الأرقام نفسها في الملخص والجداول</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="274"/>
        <source>Distribution chart</source>
        <translation>مخطط التوزيع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276"/>
        <source>How many people had each daily dose; the same figures are in the summary and the tables</source>
        <translation>عدد الأشخاص عند كل مقدار تعرّض يومي؛ الأرقام نفسها في الملخص والجداول</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="285"/>
        <location filename="../../ui/dashboard.py" line="294"/>
        <source>People over budget</source>
        <translation>الأشخاص الذين تجاوزوا الحد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="300"/>
        <source>People of the chart point or bar clicked</source>
        <translation>الأشخاص في نقطة الرسم أو العمود الذي نُقر عليه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="306"/>
        <location filename="../../ui/dashboard.py" line="470"/>
        <source>Click a point or a bar of a chart to list its people.</source>
        <translation>انقر على نقطة أو عمود في الرسم لعرض الأشخاص فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="367"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="378"/>
        <source>the report failed: {error}</source>
        <translation>تعذّر إعداد التقرير: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="399"/>
        <source>individual rows shown (wellbeing)</source>
        <translation>تُعرض صفوف فردية (الرفاه النفسي)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="402"/>
        <source>aggregates only; groups under {count} people suppressed, with enough others that none can be worked out by difference</source>
        <translation>بيانات مجمّعة فقط؛ تُحجب المجموعات التي تقل عن {count} أشخاص، ومعها ما يكفي من المجموعات الأخرى بحيث لا يمكن استنتاج أيٍّ منها بالفرق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="408"/>
        <source>no exposure recorded in this range</source>
        <translation>لم يُسجَّل أي تعرّض في هذا النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="410"/>
        <source>suppressed: too few people</source>
        <translation>محجوب: عدد الأشخاص قليل جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="416"/>
        <source>median {median}, p90 {p90}, max {max}</source>
        <translation>الوسيط {median}، المئين 90 {p90}، الأقصى {max}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="422"/>
        <source>mean {mean}</source>
        <translation>المتوسط {mean}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="428"/>
        <source> ({days} person-days)</source>
        <translation> (أيام-أشخاص: {days})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="431"/>
        <source>1 person reached the daily budget of {budget}{days}</source>
        <translation>شخص واحد بلغ الحد اليومي {budget}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="433"/>
        <source>{count} people reached the daily budget of {budget}{days}</source>
        <translation>الأشخاص الذين بلغوا الحد اليومي {budget}: {count}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="436"/>
        <source>{people} people; dose per person over the range: {spread} weighted min; {reached}</source>
        <translation>عدد الأشخاص: {people}؛ التعرّض لكل شخص خلال النطاق: {spread} دقيقة مرجّحة؛ {reached}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="447"/>
        <source>{start} – {end}: {figures}. ({scope})</source>
        <translation>{start} – {end}: {figures}. ({scope})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="456"/>
        <source>People over budget ({count})</source>
        <translation>الأشخاص الذين تجاوزوا الحد ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="458"/>
        <source>People over budget: individual rows are for wellbeing staff only</source>
        <translation>الأشخاص الذين تجاوزوا الحد: الصفوف الفردية لفريق الرفاه النفسي فقط</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="468"/>
        <source>Charts of aggregates only: no person behind a point or bar.</source>
        <translation>رسوم بيانات مجمّعة فقط: لا يوجد شخص بعينه خلف أي نقطة أو عمود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="499"/>
        <source>People with exposure on {span} ({count}); click one or press Enter</source>
        <translation>الأشخاص الذين تعرّضوا في {span} ({count})؛ انقر على أحدهم أو اضغط Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="517"/>
        <source>People with a dose of {low} to {high} over the range ({count}); click one or press Enter</source>
        <translation>الأشخاص الذين بلغ تعرّضهم من {low} إلى {high} خلال النطاق ({count})؛ انقر على أحدهم أو اضغط Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="525"/>
        <source>Export the report as CSV</source>
        <translation>تصدير التقرير بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="531"/>
        <source>Export the report as PDF</source>
        <translation>تصدير التقرير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="562"/>
        <source>The report was not saved: {reason}.</source>
        <translation>لم يُحفظ التقرير: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="565"/>
        <source>Report not saved</source>
        <translation>لم يُحفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576"/>
        <source>The report was saved, but its audit record failed: {error}</source>
        <translation>حُفظ التقرير، لكن تعذّر تسجيله في سجل التدقيق: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="580"/>
        <source>Saved the report as {format} to {path}.</source>
        <translation>حُفظ التقرير بصيغة {format} في {path}.</translation>
    </message>
</context>
<context>
    <name>ExposureMeter</name>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="111"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="112"/>
        <source>tier {tier} ×{weight}</source>
        <translation>المستوى {tier} ×{weight}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="119"/>
        <source>Exposure = minutes media was on screen × how revealed it was × the queue&apos;s severity.</source>
        <translation>التعرّض = دقائق ظهور الوسائط على الشاشة × مدى كشفها × خطورة قائمة الانتظار.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="123"/>
        <source>How revealed: hidden {hidden}, blurred+gray {blurred_gray}, blurred colour {blurred_color}, stylised {stylised}, gray unblurred {gray_unblurred}, revealed {revealed}; unmuted audio adds {audio}.</source>
        <translation>مدى الكشف: مخفي {hidden}، مموّه ورمادي {blurred_gray}، مموّه ملوّن {blurred_color}، مُنمّق {stylised}، رمادي غير مموّه {gray_unblurred}، مكشوف {revealed}؛ والصوت غير المكتوم يضيف {audio}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="137"/>
        <source>Severity: {tiers}.</source>
        <translation>الخطورة: {tiers}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="138"/>
        <source>Only counted while the window is active and you are at the keyboard (idle after {seconds} s).</source>
        <translation>لا يُحسب إلا والنافذة نشطة وأنت أمام لوحة المفاتيح (يُعدّ خاملًا بعد {seconds} ث).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="142"/>
        <source>Daily budget {budget}; a break is suggested at {soft} since your last break and required at {enforced}.</source>
        <translation>الحدّ اليومي {budget}؛ تُقترح استراحة عند {soft} منذ آخر استراحة لك، وتصبح إلزامية عند {enforced}.</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="75"/>
        <source>Exposure today</source>
        <translation>التعرّض اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="79"/>
        <source>Exposure today —</source>
        <translation>التعرّض اليوم —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="98"/>
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>التعرّض اليوم {today} / {budget}  · استُنفد الحدّ</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100"/>
        <source>Exposure today {today} / {budget}</source>
        <translation>التعرّض اليوم {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="103"/>
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>{today} من {budget} دقيقة مرجّحة اليوم. {explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="107"/>
        <source>Budget spent. {described}</source>
        <translation>استُنفد الحد اليومي. {described}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="112"/>
        <source>Right now: {explanation}
Since your last break: {since} weighted minutes.

{method}

Click for your own view (Ctrl+Shift+W).</source>
        <translation>الآن: {explanation}
منذ استراحتك الأخيرة: {since} دقيقة مرجّحة.

{method}

انقر لعرض بياناتك الخاصة (Ctrl+Shift+W).</translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="42"/>
        <source>mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="43"/>
        <source>median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="44"/>
        <source>90th percentile</source>
        <translation>المئين 90</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="45"/>
        <source>maximum</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="105"/>
        <source>Dose per person per day (weighted minutes)</source>
        <extracomment>The object name of the daily budget&apos;s line, which has no people behind it (ui/dashboard.py).</extracomment>
        <translation>التعرّض لكل شخص في اليوم (دقائق مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="107"/>
        <source>Dose per person per week (weighted minutes)</source>
        <translation>التعرّض لكل شخص في الأسبوع (دقائق مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="116"/>
        <source>this day so far (partial, not joined)</source>
        <translation>اليوم حتى الآن (جزئي، غير موصول)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="118"/>
        <source>this week so far (partial, not joined)</source>
        <translation>هذا الأسبوع حتى الآن (جزئي، غير موصول)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="134"/>
        <source>no period to show: no data, or fewer than {count} people in each</source>
        <translation>لا توجد فترة للعرض: لا بيانات، أو أقل من {count} أشخاص في كل فترة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="141"/>
        <source>period starting</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="148"/>
        <location filename="../../ui/report_pdf.py" line="286"/>
        <source>dose</source>
        <translation>التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="168"/>
        <source>daily budget ({budget})</source>
        <translation>الحد اليومي ({budget})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="233"/>
        <source>Distribution: people by dose over {start} - {end}</source>
        <translation>التوزيع: الأشخاص حسب التعرّض خلال {start} - {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="240"/>
        <location filename="../../ui/report_pdf.py" line="252"/>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="256"/>
        <source>dose over the range (bins of {width} weighted min)</source>
        <translation>التعرّض خلال النطاق (فئات بعرض {width} دقيقة مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="263"/>
        <source>Distribution per team: dose per person over the range</source>
        <translation>التوزيع حسب الفريق: التعرّض لكل شخص خلال النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="280"/>
        <source>{group} (suppressed)</source>
        <translation>{group} (محجوب)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="283"/>
        <source>(no data)</source>
        <translation>(لا بيانات)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="302"/>
        <source>People</source>
        <extracomment>The PDF&apos;s columns: (figure, heading spelled out, decimals). Two tables per level, so that every column is wide enough for 9 pt type on A4: exposure, then care.</extracomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="303"/>
        <location filename="../../ui/report_pdf.py" line="362"/>
        <source>Total dose</source>
        <translation>إجمالي التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="304"/>
        <location filename="../../ui/report_pdf.py" line="369"/>
        <source>Mean per person</source>
        <translation>المتوسط لكل شخص</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="305"/>
        <source>Median per person</source>
        <translation>الوسيط لكل شخص</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="308"/>
        <source>Maximum</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="309"/>
        <location filename="../../ui/report_pdf.py" line="383"/>
        <source>Revealed minutes</source>
        <translation>دقائق الكشف</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="310"/>
        <location filename="../../ui/report_pdf.py" line="390"/>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="313"/>
        <location filename="../../ui/report_pdf.py" line="397"/>
        <source>Days over budget</source>
        <translation>أيام تجاوز الحد</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="314"/>
        <location filename="../../ui/report_pdf.py" line="404"/>
        <source>People over budget</source>
        <translation>الأشخاص الذين تجاوزوا الحد</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="315"/>
        <source>Breaks suggested</source>
        <translation>استراحات مقترحة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="316"/>
        <source>Breaks taken</source>
        <translation>استراحات مأخوذة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="317"/>
        <source>Breaks postponed</source>
        <translation>استراحات مؤجّلة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="318"/>
        <location filename="../../ui/report_pdf.py" line="336"/>
        <source>Check-ins</source>
        <translation>تسجيلات الشعور</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="319"/>
        <location filename="../../ui/report_pdf.py" line="343"/>
        <source>Mood trend per week</source>
        <translation>اتجاه الشعور أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="322"/>
        <source>suppressed (too few people, or another group could be worked out from it)</source>
        <translation>محجوب (عدد الأشخاص قليل جدًا، أو يمكن استنتاج مجموعة أخرى منه)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="354"/>
        <source>Dose</source>
        <extracomment>What the PDF&apos;s legend page says about each heading and term.</extracomment>
        <translation>التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="355"/>
        <source>Weighted minutes: minutes on screen x how much was visible (hidden 0 to revealed 1) x the queue&apos;s severity weight. One minute of fully revealed tier-2 media is 1.</source>
        <translation>دقائق مرجّحة: الدقائق على الشاشة × مقدار ما كان ظاهرًا (من 0 للمخفي إلى 1 للمكشوف) × وزن خطورة قائمة الانتظار. دقيقة واحدة من وسائط المستوى 2 المكشوفة كليًا تساوي 1.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="363"/>
        <source>The group&apos;s dose over the whole range, all people added up.</source>
        <translation>تعرّض المجموعة طوال النطاق، مجموعًا لكل الأشخاص.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="370"/>
        <source>Total dose divided by the number of people in the group.</source>
        <translation>إجمالي التعرّض مقسومًا على عدد الأشخاص في المجموعة.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="376"/>
        <source>Median, 90th percentile, maximum</source>
        <translation>الوسيط، المئين 90، الأقصى</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="377"/>
        <source>Of the people&apos;s doses over the range (wellbeing staff only: each is one person&apos;s figure).</source>
        <translation>من تعرّض الأشخاص خلال النطاق (لفريق الرفاه النفسي فقط: كل قيمة تخص شخصًا واحدًا).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="384"/>
        <source>Minutes with media fully revealed (no blur, no grayscale).</source>
        <translation>الدقائق التي كانت فيها الوسائط مكشوفة كليًا (بلا تمويه وبلا تدرّج رمادي).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="391"/>
        <source>Items on screen.</source>
        <translation>العناصر المعروضة على الشاشة.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="398"/>
        <source>Person-days on which the dose reached the daily budget.</source>
        <translation>أيام-الأشخاص التي بلغ فيها التعرّض الحد اليومي.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="405"/>
        <source>People with at least one such day.</source>
        <translation>الأشخاص الذين مرّ بهم يوم واحد على الأقل من هذا النوع.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="329"/>
        <source>Breaks suggested / taken / postponed</source>
        <extracomment>The legend&apos;s break and check-in terms: only wellbeing staff&apos;s report has these columns.</extracomment>
        <translation>استراحات مقترحة / مأخوذة / مؤجّلة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="330"/>
        <source>Break prompts (soft and enforced), breaks taken, and postponements of enforced breaks.</source>
        <translation>تنبيهات الاستراحة (المقترحة والإلزامية)، والاستراحات المأخوذة، وتأجيلات الاستراحات الإلزامية.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="337"/>
        <source>Voluntary mood check-ins, 1 (very low) to 5 (very good).</source>
        <translation>تسجيلات شعور طوعية، من 1 (سيئ جدًا) إلى 5 (جيد جدًا).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="344"/>
        <source>Slope of the check-in moods over the range, in points per week: negative means mood is falling.</source>
        <translation>ميل الشعور في التسجيلات خلال النطاق، بالنقاط في الأسبوع: القيمة السالبة تعني أن الشعور يتراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="412"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="413"/>
        <source>No value: not applicable at this level (queues have no breaks), or withheld because it would come from fewer people than the minimum group size.</source>
        <translation>لا قيمة: غير منطبق في هذا المستوى (قوائم الانتظار لا استراحات لها)، أو محجوب لأنه سيأتي من أشخاص أقل من الحد الأدنى لحجم المجموعة.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="420"/>
        <source>Suppressed</source>
        <translation>محجوب</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="421"/>
        <source>A group of fewer people than the minimum group size, or one hidden so that such a group cannot be worked out by difference.</source>
        <translation>مجموعة أفرادها أقل من الحد الأدنى لحجم المجموعة، أو مجموعة حُجبت حتى لا يمكن استنتاج مثل تلك المجموعة بالفرق.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="428"/>
        <source>Today / this week</source>
        <translation>اليوم / هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="429"/>
        <source>The period still running is partial: the dose chart shows it as a hollow marker, not joined to the line.</source>
        <translation>الفترة الجارية جزئية: يعرضها رسم التعرّض علامةً مجوّفة غير موصولة بالخط.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="451"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="476"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="477"/>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="478"/>
        <source>Queues</source>
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="485"/>
        <source>{group}, whole range: exposure</source>
        <translation>{group}، النطاق كاملًا: التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="490"/>
        <source>{group}, whole range: care</source>
        <translation>{group}، النطاق كاملًا: الرعاية</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="493"/>
        <source>{group}, whole range: days over budget</source>
        <translation>{group}، النطاق كاملًا: أيام تجاوز الحد</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="609"/>
        <source>Exposure report {start} to {end}</source>
        <translation>تقرير التعرّض من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="618"/>
        <source>Exposure report</source>
        <translation>تقرير التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="621"/>
        <source>{start} to {end}, per day; daily budget {budget} weighted minutes</source>
        <translation>من {start} إلى {end}، يوميًا؛ الحد اليومي {budget} دقيقة مرجّحة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="625"/>
        <source>{start} to {end}, per week; daily budget {budget} weighted minutes</source>
        <translation>من {start} إلى {end}، أسبوعيًا؛ الحد اليومي {budget} دقيقة مرجّحة</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="638"/>
        <source>Generated {at} UTC. The legend is on the last page.</source>
        <translation>أُنشئ في {at} UTC. مفتاح المصطلحات في الصفحة الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="643"/>
        <source>Individual rows included (wellbeing staff). Wellbeing data: not for performance review.</source>
        <translation>يتضمّن صفوفًا فردية (فريق الرفاه النفسي). بيانات الرفاه النفسي: ليست لتقييم الأداء.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="648"/>
        <source>Aggregates only; groups under {count} people suppressed, and others with them.</source>
        <translation>بيانات مجمّعة فقط؛ تُحجب المجموعات التي تقل عن {count} أشخاص، ومعها مجموعات أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="665"/>
        <source>People over budget ({count})</source>
        <translation>الأشخاص الذين تجاوزوا الحد ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="676"/>
        <source>Nobody reached the daily budget in this range.</source>
        <translation>لم يبلغ أحد الحد اليومي في هذا النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="682"/>
        <source>Legend</source>
        <translation>مفتاح المصطلحات</translation>
    </message>
</context>
<context>
    <name>FaceButton</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="62"/>
        <source>Mood {mood} of 5: {label}</source>
        <translation>الشعور {mood} من 5: {label}</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../media/reveal.py" line="140"/>
        <source>blur {level}/5</source>
        <translation>تمويه {level}/5</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="142"/>
        <source>no blur</source>
        <translation>بلا تمويه</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>gray</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>colour</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="148"/>
        <source>{blur}, {colour}, stylised</source>
        <translation>{blur}، {colour}، مُنمّق</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="149"/>
        <source>{blur}, {colour}</source>
        <translation>{blur}، {colour}</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="203"/>
        <source>a moment</source>
        <translation>لحظة</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="204"/>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="212"/>
        <source>Revealed: re-blurs in {time} (R re-blurs now)</source>
        <translation>مكشوف: يعود التمويه بعد {time} (R يعيد التمويه الآن)</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="216"/>
        <source>Spotlight: re-blurs in {time} or when P is released</source>
        <translation>بقعة ضوء: يعود التمويه بعد {time} أو عند ترك P</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="219"/>
        <source>Filter lowered to {filter}: back to {defaults} in {time}</source>
        <translation>خُفّض المرشّح إلى {filter}: يعود إلى {defaults} بعد {time}</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="231"/>
        <source>unfiltered</source>
        <translation>بلا مرشّح</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="232"/>
        <source>spotlight</source>
        <translation>بقعة ضوء</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="235"/>
        <source>REVEALED ({what}): re-blurs in {time}</source>
        <translation>مكشوف ({what}): يعود التمويه بعد {time}</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_alerts.py" line="61"/>
        <source>Incident alert</source>
        <translation>تنبيه حادثة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="71"/>
        <source>Incident alert text</source>
        <translation>نص تنبيه الحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="73"/>
        <source>A   Acknowledge</source>
        <translation>A   إقرار</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="74"/>
        <source>Acknowledge the incident</source>
        <translation>الإقرار بالحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="96"/>
        <source>  (+{count} more)</source>
        <translation>  (+{count} أخرى)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="102"/>
        <source>INCIDENT {severity}: {category} — item {item} ({queue}), opened by {who} {waited} min ago; acknowledge within {target} min. Press A to acknowledge.{more}</source>
        <translation>حادثة {severity}: {category} — العنصر {item} ({queue})، فتحها {who} قبل {waited} د؛ أقِرّ بها خلال {target} د. اضغط A للإقرار.{more}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="108"/>
        <source>no queue</source>
        <translation>بلا قائمة انتظار</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/details.py" line="27"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="28"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="29"/>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="30"/>
        <source>Malay</source>
        <translation>الملايوية</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="31"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>LeadAlerts</name>
    <message>
        <location filename="../../ui/incident_alerts.py" line="162"/>
        <source>Reviewer Workstation: incidents</source>
        <translation>محطة عمل المراجِع: الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="213"/>
        <source>Incident {severity}: {category}</source>
        <translation>حادثة {severity}: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="214"/>
        <source>Item {item} opened by {who}.</source>
        <translation>العنصر {item} فتحه {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="215"/>
        <source> It was not acknowledged in time: you are next on the duty list.</source>
        <translation> لم يُقَرّ بها في الوقت المحدد: أنت التالي في قائمة المناوبة.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="231"/>
        <source>Incident {id} acknowledged by {who}.</source>
        <translation>أقرّ {who} بالحادثة {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="240"/>
        <source>the database did not answer</source>
        <translation>لم تستجب قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="243"/>
        <source>Could not acknowledge incident {id}: {reason}</source>
        <translation>تعذّر الإقرار بالحادثة {id}: {reason}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../media/audio.py" line="62"/>
        <source>no audio stream</source>
        <translation>لا يوجد مسار صوتي</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="77"/>
        <source>unreadable audio: {error}</source>
        <translation>صوت غير مقروء: {error}</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="132"/>
        <location filename="../../media/audio.py" line="147"/>
        <source>the audio could not be decoded: {error}</source>
        <translation>تعذّر فك ترميز الصوت: {error}</translation>
    </message>
    <message>
        <location filename="../../media/hashing.py" line="23"/>
        <location filename="../../media/sniff.py" line="126"/>
        <source>cannot read file: {error}</source>
        <translation>يتعذّر قراءة الملف: {error}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="49"/>
        <source>not an image (the bytes are {format} {kind})</source>
        <translation>ليس صورة (المحتوى {format} {kind})</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="56"/>
        <location filename="../../media/probe.py" line="48"/>
        <location filename="../../media/video.py" line="366"/>
        <source>file of {size} bytes exceeds the {limit} byte limit</source>
        <translation>حجم الملف {size} بايت، وهو يتجاوز الحد البالغ {limit} بايت</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="81"/>
        <location filename="../../media/image.py" line="121"/>
        <source>image has no pixels ({width}x{height})</source>
        <translation>الصورة بلا بكسلات ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="86"/>
        <source>corrupt {format} image: header not readable</source>
        <translation>صورة {format} تالفة: تعذّرت قراءة الترويسة</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="101"/>
        <source>truncated {format}</source>
        <translation>ملف {format} مبتور</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="104"/>
        <source>{format} image too large to decode</source>
        <translation>صورة {format} أكبر من أن يُفكّ ترميزها</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="108"/>
        <source>corrupt {format} image: bad compressed data</source>
        <translation>صورة {format} تالفة: بيانات مضغوطة غير سليمة</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="112"/>
        <source>corrupt {format} image: {detail}</source>
        <translation>صورة {format} تالفة: {detail}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="114"/>
        <source>corrupt {format} image</source>
        <translation>صورة {format} تالفة</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="125"/>
        <source>image of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>أبعاد الصورة {width}x{height} بكسل، وهي تتجاوز الحد البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="249"/>
        <source>animation of {count} frames exceeds the {limit} frame limit</source>
        <translation>عدد إطارات الرسم المتحرك {count}، وهو يتجاوز حد الإطارات البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../media/limits.py" line="31"/>
        <source>{megapixels} MP</source>
        <translation>{megapixels} ميغابكسل</translation>
    </message>
    <message>
        <location filename="../../media/phash.py" line="88"/>
        <source>no decodable keyframes in video</source>
        <extracomment>PDQ match threshold: ThreatExchange&apos;s PDQ documentation (&quot;pdq/README.md&quot;, hashing.pdf) recommends treating Hamming distance &lt;= 31 (of 256 bits) as a match. PDQ quality below this (0..100) means a near-featureless image whose hash is unreliable (the reference implementation&apos;s suggested cut-off). What the importer stores for a file: (kind, best hex), or (kind, best hex, its quality, [[hex, quality], ...] of every reliable hash).</extracomment>
        <translation>لا توجد في الفيديو إطارات رئيسية قابلة لفك الترميز</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="81"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="109"/>
        <source>unrecognised file type (starts with {bytes})</source>
        <translation>نوع ملف غير معروف (يبدأ بـ {bytes})</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="121"/>
        <source>not a file (a folder)</source>
        <translation>ليس ملفًا (إنه مجلد)</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="123"/>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../media/storyboard.py" line="150"/>
        <source>no decodable frames in video</source>
        <translation>لا توجد في الفيديو إطارات قابلة لفك الترميز</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="45"/>
        <source>cannot read term list {name}: {error}</source>
        <translation>يتعذّر قراءة قائمة المصطلحات {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="51"/>
        <source>term list {name} is not UTF-8 text</source>
        <translation>قائمة المصطلحات {name} ليست نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="102"/>
        <source>no masked-term list for the language {language!r}; lists exist for {lists}</source>
        <translation>لا توجد قائمة مصطلحات مخفية للغة {language!r}؛ القوائم الموجودة: {lists}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="183"/>
        <source>not text (the bytes are {format} {kind})</source>
        <translation>ليس نصًا (المحتوى {format} {kind})</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="190"/>
        <source>text of {size} bytes exceeds the {limit} byte limit</source>
        <translation>حجم النص {size} بايت، وهو يتجاوز الحد البالغ {limit} بايت</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="201"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset} (looks like UTF-16)</source>
        <translation>ليس نصًا بترميز UTF-8: بايت غير صالح 0x{byte} عند الإزاحة {offset} (يبدو أنه UTF-16)</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="205"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset}</source>
        <translation>ليس نصًا بترميز UTF-8: بايت غير صالح 0x{byte} عند الإزاحة {offset}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="56"/>
        <location filename="../../media/video.py" line="385"/>
        <source>unreadable {format} video: {error}</source>
        <translation>فيديو {format} غير مقروء: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="64"/>
        <source>no video stream</source>
        <translation>لا يوجد مسار فيديو</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="67"/>
        <source>video codec not supported by this decoder</source>
        <translation>ترميز الفيديو غير مدعوم في أداة فك الترميز هذه</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="74"/>
        <source>video has no frame size ({width}x{height})</source>
        <translation>الفيديو بلا أبعاد إطار ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="80"/>
        <source>video of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>أبعاد الفيديو {width}x{height} بكسل، وهي تتجاوز الحد البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="98"/>
        <source>video of {seconds} s exceeds the {limit} s limit</source>
        <translation>مدة الفيديو {seconds} ث، وهي تتجاوز الحد البالغ {limit} ث</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="104"/>
        <source>video of {count} frames exceeds the {limit} frame limit</source>
        <translation>عدد إطارات الفيديو {count}، وهو يتجاوز حد الإطارات البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="168"/>
        <source>cannot convert video frame: {error}</source>
        <translation>يتعذّر تحويل إطار الفيديو: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="236"/>
        <location filename="../../media/video.py" line="251"/>
        <source>cannot seek in video: {error}</source>
        <translation>يتعذّر الانتقال داخل الفيديو: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="267"/>
        <location filename="../../media/video.py" line="295"/>
        <location filename="../../media/video.py" line="331"/>
        <source>cannot decode video: {error}</source>
        <translation>يتعذّر فك ترميز الفيديو: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="272"/>
        <source>no decodable keyframe at {seconds} s</source>
        <translation>لا يوجد إطار رئيسي قابل لفك الترميز عند {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="299"/>
        <source>no decodable frame at {seconds} s</source>
        <translation>لا يوجد إطار قابل لفك الترميز عند {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="359"/>
        <source>not a video (the bytes are {format} {kind})</source>
        <translation>ليس فيديو (المحتوى {format} {kind})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="71"/>
        <location filename="../../workstation/decode_sandbox.py" line="73"/>
        <source>{count} GB</source>
        <translation>{count} غيغابايت</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="74"/>
        <source>{count} MB</source>
        <translation>{count} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="79"/>
        <source>decoding needed more than {size}</source>
        <translation>احتاج فك الترميز إلى أكثر من {size}</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="85"/>
        <source>decoding took longer than {seconds} s</source>
        <translation>استغرق فك الترميز أكثر من {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="92"/>
        <source>the decoder stopped answering</source>
        <translation>توقّفت أداة فك الترميز عن الاستجابة</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="97"/>
        <source>the decoder crashed (signal {signal})</source>
        <translation>تعطّلت أداة فك الترميز (الإشارة {signal})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="98"/>
        <source>the decoder exited unexpectedly (status {status})</source>
        <translation>خرجت أداة فك الترميز على نحو غير متوقع (الحالة {status})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="288"/>
        <source>the decoder could not start in time; try again</source>
        <translation>تعذّر تشغيل أداة فك الترميز في الوقت المناسب؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="295"/>
        <source>the decoder could not start (status {status})</source>
        <translation>تعذّر تشغيل أداة فك الترميز (الحالة {status})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="425"/>
        <source>the decoder failed ({error})</source>
        <translation>أخفقت أداة فك الترميز ({error})</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <location filename="../../ui/details.py" line="18"/>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="19"/>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="20"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="21"/>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../../ui/media_view.py" line="70"/>
        <source>This media could not be opened: {reason}.
You can still decide from the details (E escalates with a note) or skip (S).</source>
        <translation>تعذّر فتح هذه الوسائط: {reason}.
لا يزال بإمكانك اتخاذ القرار من التفاصيل (E للتصعيد مع ملاحظة) أو التخطي (S).</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112"/>
        <source>Media view</source>
        <translation>عرض الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="113"/>
        <source>The item&apos;s media, blurred and gray until you reveal it</source>
        <translation>وسائط العنصر، مموّهة ورمادية إلى أن تكشفها</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="231"/>
        <source>Preparing a filtered preview…</source>
        <translation>جارٍ تجهيز معاينة مموّهة…</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="576"/>
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>الوسائط مخفية.
اضغط Esc لإعادتها — ستعود مموّهة ورمادية.</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="622"/>
        <source>Revealed: re-blurs in 8 s</source>
        <translation>مكشوف: يعود التمويه بعد 8 ث</translation>
    </message>
</context>
<context>
    <name>MyQADialog</name>
    <message>
        <location filename="../../ui/qa_review.py" line="373"/>
        <location filename="../../ui/qa_review.py" line="374"/>
        <source>My QA</source>
        <translation>ضبط الجودة الخاص بي</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="380"/>
        <source>Some of your decisions are sampled for a blind second review by a lead. This is how they fared; the QA reviewer is not named.</source>
        <translation>تُختار بعض قراراتك عيّنةً لمراجعة ثانية عمياء يجريها قائد الفريق. هذه نتائجها؛ ولا يُذكر اسم مراجِع ضبط الجودة.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="386"/>
        <location filename="../../ui/qa_review.py" line="411"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="389"/>
        <source>Your QA agreement</source>
        <translation>نسبة اتفاقك في ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="393"/>
        <source>Your reviewed decisions</source>
        <translation>قراراتك التي رُوجعت</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="402"/>
        <source>Press F4 or Enter to close.</source>
        <translation>اضغط F4 أو Enter للإغلاق.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="417"/>
        <source>Your QA results could not be read: {error}</source>
        <translation>تعذّرت قراءة نتائج ضبط الجودة الخاصة بك: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="424"/>
        <source>None of your decisions has had a QA review yet.</source>
        <translation>لم يخضع أي من قراراتك لمراجعة ضبط الجودة بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="430"/>
        <source>{n} of your decisions had a second review; agreement {pct} %.</source>
        <translation>خضع {n} من قراراتك لمراجعة ثانية؛ نسبة الاتفاق {pct}٪.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="442"/>
        <source>Known-answer items before today: {correct} of {n} right ({pct} %).</source>
        <translation>عناصر معروفة الإجابة قبل اليوم: {correct} صحيحة من {n} ({pct}٪).</translation>
    </message>
</context>
<context>
    <name>NoRoleWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="360"/>
        <source>Reviewer Workstation</source>
        <translation>محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="363"/>
        <source>{name} ({user}) has no role on this workstation yet, so there is nothing to open. Ask an admin to give you one: reviewer, wellbeing, lead or admin.</source>
        <translation>ليس لدى {name} ({user}) أي دور على محطة العمل هذه بعد، لذا لا يوجد ما يُفتح. اطلب من أحد المسؤولين منحك دورًا: مراجِع، رفاه نفسي، قائد فريق، أو مسؤول.</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../ui/notices.py" line="62"/>
        <source>Notices</source>
        <translation>الإشعارات</translation>
    </message>
</context>
<context>
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="41"/>
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>محطة عمل المراجِع — بانتظار قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="42"/>
        <source>Waiting for the database</source>
        <translation>بانتظار قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="47"/>
        <source>The database cannot be reached</source>
        <translation>يتعذّر الوصول إلى قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="58"/>
        <source>Your decisions waiting to be sent</source>
        <translation>قراراتك التي تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="63"/>
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>عناصر أخرى محفوظة لأشخاص آخرين يستخدمون محطة العمل هذه تنتظر أيضًا: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="68"/>
        <location filename="../../ui/offline_start.py" line="125"/>
        <source>Trying to reach it…</source>
        <translation>جارٍ محاولة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="70"/>
        <source>Try now</source>
        <translation>حاول الآن</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="73"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="91"/>
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>لا شيء من عملك ينتظر على محطة العمل هذه. يمكنك استلام العمل عند عودة قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="93"/>
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>عملك في أمان: قرار واحد محفوظ على محطة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="96"/>
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>عملك في أمان: القرارات المحفوظة على محطة العمل هذه: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="101"/>
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>سجلات التعرّض الخاصة بك التي تنتظر الإرسال: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="103"/>
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>تُرسَل عند عودة قاعدة البيانات، بالترتيب الذي اتخذتها به.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="113"/>
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}، تقرّر في {when} — رفضته قاعدة البيانات: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="115"/>
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}، تقرّر في {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="134"/>
        <source>The database answers again: signing in…</source>
        <translation>قاعدة البيانات تستجيب مجددًا: جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="140"/>
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>لا استجابة في {time}. ستُعاد المحاولة كل {seconds} ث؛ اضغط F5 للمحاولة الآن.</translation>
    </message>
</context>
<context>
    <name>OperationsWindow</name>
    <message>
        <location filename="../../ui/operations.py" line="86"/>
        <source>Operations — SLA and daily report — Reviewer Workstation</source>
        <translation>العمليات — SLA والتقرير اليومي — محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="93"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="94"/>
        <source>Daily report</source>
        <translation>التقرير اليومي</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="104"/>
        <source>queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="105"/>
        <source>team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="106"/>
        <source>Group by</source>
        <translation>التجميع حسب</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="108"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="109"/>
        <source>last 7 days</source>
        <translation>آخر ٧ أيام</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="110"/>
        <location filename="../../ui/operations.py" line="119"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="111"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="113"/>
        <location filename="../../ui/operations.py" line="208"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="119"/>
        <source>By</source>
        <translation>حسب</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="128"/>
        <source>SLA per queue or team</source>
        <translation>مهلة الخدمة (SLA) لكل قائمة انتظار أو فريق</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="132"/>
        <location filename="../../ui/operations.py" line="134"/>
        <source>Breaches</source>
        <translation>الإخلالات</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="146"/>
        <location filename="../../ui/operations.py" line="255"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="153"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="153"/>
        <location filename="../../ui/operations.py" line="204"/>
        <location filename="../../ui/operations.py" line="215"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="159"/>
        <source>Breaches ({count})</source>
        <translation>الإخلالات ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="164"/>
        <source>{start} to {end} ({zone}); {overdue} overdue now, {breaches} breaches in the window</source>
        <translation>من {start} إلى {end} ({zone})؛ المتأخر الآن: {overdue}، الإخلالات في الفترة: {breaches}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="179"/>
        <source>Save the SLA report</source>
        <translation>حفظ تقرير SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="183"/>
        <source>SLA report</source>
        <translation>تقرير SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="201"/>
        <location filename="../../ui/operations.py" line="215"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="203"/>
        <source>All teams</source>
        <translation>كل الفرق</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="206"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="209"/>
        <source>Save as Markdown…</source>
        <translation>حفظ بصيغة Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="233"/>
        <source>Loading the teams…</source>
        <translation>جارٍ تحميل الفرق…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="246"/>
        <source>The team list could not be read: {error}</source>
        <translation>تعذّرت قراءة قائمة الفرق: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="276"/>
        <location filename="../../ui/operations.py" line="295"/>
        <source>Save the daily report</source>
        <translation>حفظ التقرير اليومي</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="279"/>
        <source>Daily report {day}</source>
        <translation>التقرير اليومي {day}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="301"/>
        <location filename="../../ui/operations.py" line="312"/>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="304"/>
        <location filename="../../ui/operations.py" line="314"/>
        <source>could not save {path}: {error}</source>
        <translation>تعذّر حفظ {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="320"/>
        <source>the report failed: {error}</source>
        <translation>تعذّر إعداد التقرير: {error}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="42"/>
        <source>Saved on this workstation; will be sent when the database is back.</source>
        <extracomment>What the reviewer is told about a decision the outbox kept (the database is away).</extracomment>
        <translation>حُفظ على محطة العمل هذه؛ سيُرسَل عند عودة قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="52"/>
        <source>Offline: 1 decision saved here, not sent yet</source>
        <translation>غير متصل: قرار واحد محفوظ هنا، لم يُرسَل بعد</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="53"/>
        <source>Offline: {count} decisions saved here, not sent yet</source>
        <translation>غير متصل: قرارات محفوظة هنا لم تُرسَل بعد: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="57"/>
        <source>Sending 1 decision saved offline…</source>
        <translation>جارٍ إرسال قرار واحد حُفظ دون اتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="58"/>
        <source>Sending {count} decisions saved offline…</source>
        <translation>جارٍ إرسال القرارات المحفوظة دون اتصال: {count}…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="66"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="70"/>
        <source>A decision saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: it is kept here and in the audit log, and your lead can see it.</source>
        <translation>تعذّر تسجيل قرار حُفظ على محطة العمل هذه دون اتصال: {reasons}. لم يضِع شيء: إنه محفوظ هنا وفي سجل التدقيق، ويمكن لقائد فريقك رؤيته.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="76"/>
        <source>{count} decisions saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: they are kept here and in the audit log, and your lead can see them.</source>
        <translation>تعذّر تسجيل قرارات حُفظت على محطة العمل هذه دون اتصال ({count}): {reasons}. لم يضِع شيء: إنها محفوظة هنا وفي سجل التدقيق، ويمكن لقائد فريقك رؤيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="89"/>
        <source>Offline: the database cannot be reached</source>
        <translation>غير متصل: يتعذّر الوصول إلى قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="93"/>
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>غير متصل: قرار واحد محفوظ على محطة العمل هذه، وسيُرسَل عند عودة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="96"/>
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>غير متصل: القرارات المحفوظة على محطة العمل هذه: {count}، وستُرسَل عند عودة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="100"/>
        <source>Sending 1 decision saved while offline…</source>
        <translation>جارٍ إرسال قرار واحد محفوظ أثناء عدم الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="101"/>
        <source>Sending {count} decisions saved while offline…</source>
        <translation>جارٍ إرسال القرارات المحفوظة أثناء عدم الاتصال ({count})…</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../ui/qa_review.py" line="212"/>
        <source>QA outcome</source>
        <translation>نتيجة ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="224"/>
        <source>Your verdict and the first verdict</source>
        <translation>حكمك والحكم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="231"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="238"/>
        <source>Note on the QA review</source>
        <translation>ملاحظة على مراجعة ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="239"/>
        <source>Note for the reviewer (optional)</source>
        <translation>ملاحظة للمراجِع (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="243"/>
        <location filename="../../ui/qa_review.py" line="244"/>
        <source>Record the QA review</source>
        <translation>تسجيل مراجعة ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="264"/>
        <source>QA of {ref}: the first verdict</source>
        <translation>ضبط جودة {ref}: الحكم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="266"/>
        <source>Your verdict: {mine}. The first verdict: {first}.</source>
        <translation>حكمك: {mine}. الحكم الأول: {first}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="270"/>
        <source>Its reason: {reason}</source>
        <translation>سببه: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="279"/>
        <source>The verdicts agree. Add a note if you like, then press Enter.</source>
        <translation>الحكمان متّفقان. أضف ملاحظة إن شئت، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="284"/>
        <source>How does the first verdict compare? Press 1-3, add a note if you like, then press Enter.</source>
        <translation>كيف يُقارَن الحكم الأول؟ اضغط 1-3، وأضف ملاحظة إن شئت، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="327"/>
        <source>Choose how the first verdict compares first: 1, 2 or 3.</source>
        <translation>اختر أولًا كيف يُقارَن الحكم الأول: 1 أو 2 أو 3.</translation>
    </message>
</context>
<context>
    <name>OwnWellbeingView</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="43"/>
        <source>{mood} ({label})</source>
        <translation>{mood} ({label})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="138"/>
        <location filename="../../ui/wellbeing_view.py" line="139"/>
        <source>Your wellbeing</source>
        <translation>رفاهك</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="141"/>
        <source>Your exposure and breaks</source>
        <translation>تعرضك واستراحاتك</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="145"/>
        <source>Only you and wellbeing staff can see these figures and your check-ins. Leads see team totals only, and only for groups of five or more.</source>
        <translation>لا يرى هذه الأرقام وتسجيلات شعورك إلا أنت وفريق الرفاه النفسي. يرى قادة الفرق مجاميع الفريق فقط، وفقط للمجموعات المكونة من خمسة أشخاص أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="151"/>
        <source>Who can see this</source>
        <translation>من يمكنه رؤية هذا</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="159"/>
        <source>Exposure</source>
        <translation>التعرض</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="160"/>
        <source>Media on screen</source>
        <translation>الوسائط على الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161"/>
        <source>Revealed</source>
        <translation>ما تم كشفه</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="162"/>
        <source>Breaks taken / suggested</source>
        <translation>الاستراحات المأخوذة / المقترحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="163"/>
        <source>Mood (check-ins)</source>
        <translation>الشعور (التسجيلات)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, today</source>
        <translation>{figure}، اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, last 7 days</source>
        <translation>{figure}، آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="185"/>
        <source>Your check-ins this week</source>
        <translation>تسجيلات شعورك هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="187"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="189"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="190"/>
        <source>Close your wellbeing view</source>
        <translation>إغلاق صفحة رفاهك</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="201"/>
        <source>Check-ins this week</source>
        <translation>تسجيلات الشعور هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="212"/>
        <source>Could not load your figures: {reason}</source>
        <translation>تعذّر تحميل أرقامك: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="221"/>
        <source>{dose} · 1 day over budget</source>
        <translation>{dose} · يوم واحد فوق الحد المسموح</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="223"/>
        <source>{dose} · {days} days over budget</source>
        <translation>{dose} · الأيام فوق الحد المسموح: {days}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="227"/>
        <source>{dose} of {budget}</source>
        <translation>{dose} من {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="254"/>
        <source>{when}  ·  {mood}  ·  “{note}”</source>
        <translation>{when}  ·  {mood}  ·  «{note}»</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="256"/>
        <source>{when}  ·  {mood}</source>
        <translation>{when}  ·  {mood}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="260"/>
        <source>No check-ins yet this week.</source>
        <translation>لا توجد تسجيلات شعور بعد هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="265"/>
        <source>Daily budget {budget} weighted minutes. Tiers {tiers} are closed to you for today.</source>
        <translation>الحد اليومي بالدقائق المرجّحة: {budget}. المستويات المغلقة أمامك اليوم: {tiers}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="268"/>
        <source>Daily budget {budget} weighted minutes.</source>
        <translation>الحد اليومي بالدقائق المرجّحة: {budget}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="272"/>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
</context>
<context>
    <name>PersonDoseChart</name>
    <message>
        <location filename="../../ui/attention_view.py" line="281"/>
        <source>Dose per day against the daily budget</source>
        <translation>التعرّض اليومي مقارنة بالحد اليومي</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="289"/>
        <source>Dose per day (weighted minutes)</source>
        <translation>التعرّض اليومي (دقائق مرجّحة)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="291"/>
        <source>within budget</source>
        <translation>ضمن الحد</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="292"/>
        <source>over budget</source>
        <translation>فوق الحد</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="293"/>
        <source>today so far (partial day)</source>
        <translation>اليوم حتى الآن (يوم جزئي)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="312"/>
        <source>{start} to {end} (today grey: a partial day)</source>
        <translation>من {start} إلى {end} (اليوم بالرمادي: يوم جزئي)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="327"/>
        <source>daily budget ({budget})</source>
        <translation>الحد اليومي ({budget})</translation>
    </message>
</context>
<context>
    <name>PersonPageDialog</name>
    <message>
        <location filename="../../ui/attention_view.py" line="368"/>
        <source>{name} — care page (wellbeing staff only)</source>
        <translation>{name} — صفحة الرعاية (لفريق الرفاه النفسي فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="372"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="407"/>
        <location filename="../../ui/attention_view.py" line="444"/>
        <source>Contacted on</source>
        <translation>تاريخ التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="410"/>
        <source>A private note (wellbeing staff only; leads and admins never see it)</source>
        <translation>ملاحظة خاصة (لفريق الرفاه النفسي فقط؛ لا يراها القادة ولا المسؤولون أبدًا)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="412"/>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="415"/>
        <source>Record contact</source>
        <translation>تسجيل التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="418"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="430"/>
        <source>Breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="435"/>
        <source>Check-ins</source>
        <translation>تسجيلات الشعور</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="437"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="474"/>
        <source>Listed because:</source>
        <translation>أُدرج بسبب:</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="476"/>
        <source>Not on the attention list now.</source>
        <translation>ليس في قائمة الاهتمام الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="491"/>
        <source>No breaks in this range.</source>
        <translation>لا استراحات في هذا النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="503"/>
        <source>No check-ins in this range.</source>
        <translation>لا تسجيلات شعور في هذا النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="508"/>
        <source>No events in this range.</source>
        <translation>لا أحداث في هذا النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="515"/>
        <source>{start} to {end} (from the first data); 1 day over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>من {start} إلى {end} (منذ أول البيانات)؛ يوم واحد فوق الحد {budget}. اليوم يوم جزئي، يظهر بالرمادي.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="520"/>
        <source>{start} to {end} (from the first data); {count} days over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>من {start} إلى {end} (منذ أول البيانات)؛ أيام فوق الحد {budget}: {count}. اليوم يوم جزئي، يظهر بالرمادي.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="530"/>
        <source>Times in {zone}.</source>
        <translation>الأوقات بتوقيت {zone}.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="542"/>
        <source>The note has {count} characters; keep it to {most}.</source>
        <translation>في الملاحظة {count} حرفًا؛ اجعلها في حدود {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="553"/>
        <source>Recorded: contacted on {day}. </source>
        <translation>سُجّل: تم التواصل في {day}. </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../wellbeing/policy.py" line="71"/>
        <source>{key} must be a number, got {value}</source>
        <translation>يجب أن يكون {key} رقمًا، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="80"/>
        <source>{key} must be a number from 0 to {maximum}, got {value}</source>
        <translation>يجب أن يكون {key} رقمًا من ٠ إلى {maximum}، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="91"/>
        <source>{key} must be a number greater than 0 and at most {maximum}, got {value}</source>
        <translation>يجب أن يكون {key} رقمًا أكبر من ٠ لا يتجاوز {maximum}، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="95"/>
        <source>{key} must be a number greater than 0, got {value}</source>
        <translation>يجب أن يكون {key} رقمًا أكبر من ٠، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="103"/>
        <source>{key} must be a whole number, got {value}</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="109"/>
        <source>{key} must be a whole number from {minimum} to {maximum}, got {value}</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا من {minimum} إلى {maximum}، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="113"/>
        <source>{key} must be a whole number &gt;= {minimum}, got {value}</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا لا يقل عن {minimum}، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="144"/>
        <source>{key} must be greater than 0, got {value}</source>
        <translation>يجب أن يكون {key} أكبر من ٠، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="182"/>
        <location filename="../../wellbeing/policy.py" line="188"/>
        <source>{key} must not exceed {other}</source>
        <translation>يجب ألا يتجاوز {key} قيمة {other}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="223"/>
        <source>{key} must be true or false, got {value}</source>
        <translation>يجب أن يكون {key} إما true أو false، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="257"/>
        <source>{key} must be {minimum} to {maximum}, got {value}</source>
        <translation>يجب أن يكون {key} من {minimum} إلى {maximum}، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="285"/>
        <source>a queue override needs severity_weight and/or tier</source>
        <translation>يحتاج الإعداد الخاص بقائمة الانتظار إلى severity_weight أو tier أو كليهما</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="323"/>
        <source>severity_weights must name at least one tier</source>
        <translation>يجب أن تسمّي severity_weights مستوى واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="326"/>
        <source>severity_weights may name at most {most} tiers, got {count}</source>
        <translation>لا يجوز أن يزيد عدد المستويات في severity_weights على {most}، وعددها الحالي {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="342"/>
        <location filename="../../wellbeing/policy.py" line="364"/>
        <source>{key}: unknown tier {tier}</source>
        <translation>{key}: مستوى غير معروف {tier}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="352"/>
        <source>{key} must be at most {maximum}, got {value}</source>
        <translation>يجب ألا يتجاوز {key} القيمة {maximum}، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="393"/>
        <source>{key} must be text, got {value}</source>
        <translation>يجب أن يكون {key} نصًا، والقيمة المُدخلة {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="399"/>
        <source>{key} may be at most {most} characters, got {count}</source>
        <translation>لا يجوز أن يزيد عدد أحرف {key} على {most}، وعددها الحالي {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="405"/>
        <source>support_contact may contain only printable characters and line breaks</source>
        <translation>لا يجوز أن يحتوي support_contact إلا على أحرف قابلة للطباعة وفواصل أسطر</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="142"/>
        <source>say why the policy changes (--reason): it is kept with the version</source>
        <translation>اذكر سبب تغيير السياسة (--reason): يُحفظ مع النسخة</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="148"/>
        <source>the reason may be at most {most} characters, got {count}</source>
        <translation>لا يجوز أن يزيد عدد أحرف السبب على {most}، وعددها الحالي {count}</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="154"/>
        <source>a policy file may be at most {most} characters, got {count}</source>
        <translation>لا يجوز أن يزيد عدد أحرف ملف السياسة على {most}، وعددها الحالي {count}</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="162"/>
        <source>the wellbeing policy is not valid: {error}</source>
        <translation>سياسة الرفاه النفسي غير صالحة: {error}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../ui/policy_editor.py" line="62"/>
        <source>Breaks</source>
        <extracomment>The form&apos;s groups: (title, [(dotted key, label, unit)]). Severity weights are added per tier.</extracomment>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="66"/>
        <source>Suggest a break at</source>
        <translation>اقتراح استراحة عند</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="67"/>
        <location filename="../../ui/policy_editor.py" line="77"/>
        <source>weighted min since a break</source>
        <translation>دقيقة مرجّحة منذ آخر استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="71"/>
        <location filename="../../ui/policy_editor.py" line="81"/>
        <source>…or after</source>
        <translation>…أو بعد</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="72"/>
        <location filename="../../ui/policy_editor.py" line="82"/>
        <source>min on task</source>
        <translation>دقيقة من العمل</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="76"/>
        <source>Require a break at</source>
        <translation>فرض استراحة عند</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="86"/>
        <source>Short break</source>
        <translation>استراحة قصيرة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="87"/>
        <location filename="../../ui/policy_editor.py" line="92"/>
        <location filename="../../ui/policy_editor.py" line="102"/>
        <source>min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="91"/>
        <source>Required break</source>
        <translation>استراحة إلزامية</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="96"/>
        <source>Postponements allowed</source>
        <translation>التأجيلات المسموحة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="97"/>
        <source>per required break</source>
        <translation>لكل استراحة إلزامية</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="101"/>
        <source>Postpone at most</source>
        <translation>أقصى مدة للتأجيل</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="107"/>
        <source>Daily budget and rotation</source>
        <translation>الحد اليومي والتناوب</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="111"/>
        <source>Daily exposure budget</source>
        <translation>حد التعرّض اليومي</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="112"/>
        <source>weighted min</source>
        <translation>دقيقة مرجّحة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="116"/>
        <source>When spent, close tiers above</source>
        <translation>عند استنفاده، أغلق المستويات فوق</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="117"/>
        <source>tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="121"/>
        <source>Suggest calmer work after</source>
        <translation>اقترح عملًا أهدأ بعد</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="122"/>
        <source>severe items</source>
        <translation>عناصر شديدة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="126"/>
        <source>Severe means tier</source>
        <translation>الشديد يعني المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="127"/>
        <source>and above</source>
        <translation>فما فوق</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="131"/>
        <source>Reports show groups of at least</source>
        <translation>تعرض التقارير مجموعات لا تقل عن</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="132"/>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="139"/>
        <source>Blurred and gray</source>
        <translation>مموّه ورمادي</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="140"/>
        <source>Blurred, colour</source>
        <translation>مموّه، ملوّن</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="141"/>
        <source>Stylised</source>
        <translation>مُنمّق</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="142"/>
        <source>Gray, not blurred</source>
        <translation>رمادي، غير مموّه</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="143"/>
        <source>Revealed</source>
        <translation>مكشوف</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="144"/>
        <source>Unmuted audio adds</source>
        <translation>الصوت غير المكتوم يضيف</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="145"/>
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="161"/>
        <source>Wellbeing policy — Reviewer Workstation</source>
        <translation>سياسة الرفاه النفسي — محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="162"/>
        <source>Wellbeing policy editor</source>
        <translation>محرّر سياسة الرفاه النفسي</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="170"/>
        <source>The organisation&apos;s wellbeing policy</source>
        <translation>سياسة الرفاه النفسي في المؤسسة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="172"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="176"/>
        <source>Changes reach every workstation within a minute. Every saved version is kept with who saved it, when and why, and the change is on the audit trail.</source>
        <translation>تصل التغييرات إلى كل محطة عمل خلال دقيقة. تُحفظ كل نسخة مع من حفظها ومتى ولماذا، ويُسجَّل التغيير في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="188"/>
        <source>Severity weight per queue tier</source>
        <translation>وزن الخطورة لكل مستوى من قوائم الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="203"/>
        <source>Support and screening</source>
        <translation>الدعم والفحص</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="208"/>
        <source>Support contact, shown on the break screen, the check-in and each reviewer&apos;s own view:</source>
        <translation>جهة الدعم، تظهر في شاشة الاستراحة وتسجيل الشعور وصفحة كل مراجِع الخاصة:</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="214"/>
        <source>Support contact</source>
        <translation>جهة الدعم</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="216"/>
        <source>e.g. Dr. Ana Rivera, staff counsellor: ext. 4411, care.example.org/book</source>
        <translation>مثال: د. آنا ريفيرا، مستشارة الموظفين: تحويلة 4411، care.example.org/book</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="226"/>
        <source>Offer the WHO-5 questionnaire</source>
        <translation>عرض استبيان WHO-5</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="229"/>
        <source>every</source>
        <translation>كل</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="232"/>
        <source>Questionnaire interval in days</source>
        <translation>الفاصل بين الاستبيانات بالأيام</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="137"/>
        <source>How much each view counts ({low} to {high})</source>
        <translation>وزن كل طريقة عرض (من {low} إلى {high})</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="222"/>
        <source>Offer the WHO-5 wellbeing questionnaire ({count} questions, private)</source>
        <translation>عرض استبيان الرفاه النفسي WHO-5 (عدد الأسئلة: {count}، خاص)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="236"/>
        <source>days (at least {days}: it asks about two weeks)</source>
        <translation>يوم (الحد الأدنى {days}: يسأل عن الأسبوعين الماضيين)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="246"/>
        <source>Save a new version</source>
        <translation>حفظ نسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="250"/>
        <source>Why the policy changes</source>
        <translation>سبب تغيير السياسة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="251"/>
        <source>Why it changes (required, kept with the version)</source>
        <translation>سبب التغيير (مطلوب، يُحفظ مع النسخة)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="253"/>
        <source>Save new version</source>
        <translation>حفظ نسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="260"/>
        <source>Policy editor status</source>
        <translation>حالة محرّر السياسة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="266"/>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="271"/>
        <source>Saved versions of the policy</source>
        <translation>النسخ المحفوظة من السياسة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>saved (UTC)</source>
        <translation>وقت الحفظ (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>by</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>why and what changed</source>
        <translation>السبب وما تغيّر</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="281"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="337"/>
        <source>{unit} (policy setting {key})</source>
        <translation>{unit} (إعداد السياسة {key})</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="339"/>
        <source>policy setting {key}</source>
        <translation>إعداد السياسة {key}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="368"/>
        <source>Version {version} in force.</source>
        <translation>النسخة {version} سارية.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="370"/>
        <source>The shipped defaults are in force (no version saved yet).</source>
        <translation>الإعدادات الافتراضية المرفقة سارية (لم تُحفظ أي نسخة بعد).</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="381"/>
        <source>Tier {tier}</source>
        <translation>المستوى {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="386"/>
        <source>× per minute</source>
        <translation>× لكل دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="387"/>
        <source>Severity weight of tier {tier}</source>
        <translation>وزن الخطورة للمستوى {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="428"/>
        <source>the policy in force has not loaded yet</source>
        <translation>لم تُحمَّل السياسة السارية بعد</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="434"/>
        <source>the support contact may be at most {most} characters, got {count}</source>
        <translation>لا يجوز أن يزيد عدد أحرف جهة الدعم على {most}، وعددها الحالي {count}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="461"/>
        <source>Not saved: {reason}.</source>
        <translation>لم يُحفظ: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="466"/>
        <source>Not saved: say why the policy changes (it is kept with the version).</source>
        <translation>لم يُحفظ: اذكر سبب تغيير السياسة (يُحفظ مع النسخة).</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="471"/>
        <source>Nothing changed: no new version saved.</source>
        <translation>لم يتغيّر شيء: لم تُحفظ نسخة جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="476"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="487"/>
        <source>Saved as version {version}. Workstations use it within a minute.</source>
        <translation>حُفظت بوصفها النسخة {version}. تستخدمها محطات العمل خلال دقيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="499"/>
        <source>Could not load the policy</source>
        <translation>تعذّر تحميل السياسة</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="502"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="504"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="508"/>
        <source>{what}: an unexpected error ({kind}); details are in the log.</source>
        <translation>{what}: خطأ غير متوقع ({kind})؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message>
        <location filename="../../ui/qa_review.py" line="57"/>
        <source>Over-enforcement (too strict)</source>
        <translation>إفراط في التطبيق (صارم أكثر من اللازم)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="58"/>
        <source>Under-enforcement (too lenient)</source>
        <translation>تقصير في التطبيق (متساهل أكثر من اللازم)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="59"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="61"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>حدث خطأ ما ({kind})؛ سُجّل في السجل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="63"/>
        <source>agree</source>
        <translation>متّفق</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="64"/>
        <source>over-enforcement</source>
        <translation>إفراط في التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="65"/>
        <source>under-enforcement</source>
        <translation>تقصير في التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="66"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="360"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="361"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="362"/>
        <source>Decided</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="363"/>
        <source>Your verdict</source>
        <translation>حكمك</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="364"/>
        <source>QA verdict</source>
        <translation>حكم ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="365"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="366"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>QaReport</name>
    <message>
        <location filename="../../workstation/qa.py" line="838"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="839"/>
        <source>Reviewer (first decision)</source>
        <translation>المراجِع (القرار الأول)</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="840"/>
        <source>First verdict</source>
        <translation>الحكم الأول</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="841"/>
        <source>Items reviewed twice</source>
        <translation>العناصر التي رُوجعت مرتين</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="842"/>
        <location filename="../../workstation/qa.py" line="863"/>
        <source>Agreement %</source>
        <translation>نسبة الاتفاق ٪</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="843"/>
        <source>Agree</source>
        <translation>متّفق</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="844"/>
        <source>Over-enforcement</source>
        <translation>إفراط في التطبيق</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="845"/>
        <source>Under-enforcement</source>
        <translation>تقصير في التطبيق</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="846"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="847"/>
        <location filename="../../workstation/qa.py" line="870"/>
        <source>Cohen&apos;s kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="848"/>
        <source>Cohen&apos;s kappa, 95 % interval</source>
        <translation>كابا كوهين، فترة الثقة ٩٥٪</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="849"/>
        <source>Items seen by 3+ reviewers</source>
        <translation>عناصر رآها ٣ مراجِعين أو أكثر</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="850"/>
        <location filename="../../workstation/qa.py" line="878"/>
        <source>Fleiss&apos; kappa</source>
        <translation>كابا فلايس</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="851"/>
        <source>Fleiss&apos; kappa, 95 % interval</source>
        <translation>كابا فلايس، فترة الثقة ٩٥٪</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="852"/>
        <source>Golden items decided</source>
        <translation>العناصر المرجعية المُقرَّر فيها</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="853"/>
        <location filename="../../workstation/qa.py" line="901"/>
        <source>Golden accuracy %</source>
        <translation>دقة العناصر المرجعية ٪</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="856"/>
        <source>Quality review (QA) report, by queue</source>
        <translation>تقرير مراجعة ضبط الجودة، حسب قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="857"/>
        <source>Quality review (QA) report, by reviewer (first decision)</source>
        <translation>تقرير مراجعة ضبط الجودة، حسب المراجِع (القرار الأول)</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="858"/>
        <source>Quality review (QA) report, by first verdict</source>
        <translation>تقرير مراجعة ضبط الجودة، حسب الحكم الأول</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="864"/>
        <source>the share of sampled decisions on which the blind QA reviewer chose the same verdict.</source>
        <translation>نسبة القرارات المختارة عيّنةً التي اختار فيها مراجِع ضبط الجودة، دون أن يرى القرار الأول، الحكمَ نفسه.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="871"/>
        <source>agreement between the first reviewer and the QA reviewer beyond what chance alone would give: 1 is perfect agreement, 0 is no better than chance, below 0 worse than chance.</source>
        <translation>الاتفاق بين المراجِع الأول ومراجِع ضبط الجودة بما يتجاوز ما تعطيه الصدفة وحدها: ١ اتفاق تام، و٠ ليس أفضل من الصدفة، وما دون ٠ أسوأ من الصدفة.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="879"/>
        <source>the same idea for items that more than two reviewers saw (golden items decided by many reviewers, or a sampled item that was also corrected or appealed).</source>
        <translation>الفكرة نفسها للعناصر التي رآها أكثر من مراجِعَين (عناصر مرجعية قرّر فيها مراجِعون كثيرون، أو عنصر مختار عيّنةً صُحّح أو طُعن فيه أيضًا).</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="886"/>
        <source>95 % interval</source>
        <translation>فترة الثقة ٩٥٪</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="887"/>
        <source>the range that holds the true kappa with 95 % confidence; a wide interval means few items.</source>
        <translation>النطاق الذي يضم قيمة كابا الحقيقية بثقة ٩٥٪؛ والفترة الواسعة تعني أن العناصر قليلة.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="893"/>
        <source>Shown from n ≥ 30</source>
        <translation>يُعرض متى بلغ العدد ٣٠ أو أكثر</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="894"/>
        <source>a kappa and its interval are shown only when at least 30 items stand behind them: below that they say more about chance than about reviewers, and the cell reads &apos;fewer than 30 items&apos;.</source>
        <translation>لا تُعرض قيمة كابا وفترة ثقتها إلا إذا استندتا إلى ٣٠ عنصرًا على الأقل: فما دون ذلك تدلّ على الصدفة أكثر مما تدلّ على المراجِعين، وتُكتب في الخانة «أقل من ٣٠ عنصرًا».</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="902"/>
        <source>the share of golden items (items whose right verdict a lead set) decided with that verdict, with the number decided. Reviewers cannot tell golden items from real ones.</source>
        <translation>نسبة العناصر المرجعية (عناصر حدّد قائد الفريق حكمها الصحيح) التي صدر فيها ذلك الحكم، مع عدد ما قُرّر فيه منها. لا يستطيع المراجِعون تمييز العناصر المرجعية من العناصر الحقيقية.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="909"/>
        <source>fewer than 30 items</source>
        <translation>أقل من ٣٠ عنصرًا</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="910"/>
        <source>Generated {time} {zone}. Each sampled decision was decided again, blind, by a lead; the legend on the last page explains each figure.</source>
        <translation>أُنشئ في {time} {zone}. أعاد قائد فريق الحكم في كل قرار مختار عيّنةً دون أن يرى الحكم الأول؛ ويشرح الدليل في الصفحة الأخيرة كل رقم.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="915"/>
        <source>No QA review and no golden item yet.</source>
        <translation>لا توجد بعد أي مراجعة لضبط الجودة ولا أي عنصر مرجعي.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="916"/>
        <source>Agreement</source>
        <translation>نسبة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="917"/>
        <source>Kappa and golden items</source>
        <translation>كابا والعناصر المرجعية</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="918"/>
        <source>Golden items</source>
        <translation>العناصر المرجعية</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="919"/>
        <source>Confusion matrix, queue {queue}</source>
        <translation>مصفوفة الالتباس، قائمة الانتظار {queue}</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="920"/>
        <source>Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>الصفوف: حكم المراجِع الأول؛ الأعمدة: حكم مراجِع ضبط الجودة.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="923"/>
        <source>First verdict \ QA verdict</source>
        <translation>الحكم الأول \ حكم ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="924"/>
        <source>Legend</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>What it means</source>
        <translation>معناه</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="952"/>
        <source>{low} to {high}</source>
        <extracomment>How a verdict is named in a report: ``(queue or None, key) -&gt; text``. The command line keeps the key (``allow``); the window passes the label in the person&apos;s language (ui/qa_view.py).</extracomment>
        <translation>من {low} إلى {high}</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/qa_view.py" line="97"/>
        <location filename="../../ui/qa_view.py" line="248"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="98"/>
        <source>Reviewer (first decision)</source>
        <translation>المراجِع (القرار الأول)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="99"/>
        <location filename="../../ui/qa_view.py" line="250"/>
        <source>First verdict</source>
        <translation>الحكم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="102"/>
        <source>Group the QA figures by</source>
        <translation>تجميع أرقام ضبط الجودة حسب</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="103"/>
        <source>&amp;By</source>
        <translation>&amp;حسب</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="105"/>
        <source>Re&amp;fresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="107"/>
        <source>Read the QA figures again</source>
        <translation>إعادة قراءة أرقام ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="119"/>
        <source>QA figures</source>
        <translation>أرقام ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="128"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="135"/>
        <source>Confusion matrix of the selected queue</source>
        <translation>مصفوفة الالتباس لقائمة الانتظار المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="140"/>
        <source>The QA reviewer&apos;s verdict</source>
        <translation>حكم مراجِع ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="141"/>
        <source>The first reviewer&apos;s verdict</source>
        <translation>حكم المراجِع الأول</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="145"/>
        <source>First verdict by QA verdict</source>
        <translation>الحكم الأول مقابل حكم ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="151"/>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="153"/>
        <location filename="../../ui/qa_view.py" line="355"/>
        <source>Save the QA report as PDF</source>
        <translation>حفظ تقرير ضبط الجودة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="193"/>
        <source>Reading the QA figures…</source>
        <translation>جارٍ قراءة أرقام ضبط الجودة…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="203"/>
        <source>The QA figures could not be read: {error}</source>
        <translation>تعذّرت قراءة أرقام ضبط الجودة: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="205"/>
        <source>The QA figures could not be read; the log has the details.</source>
        <translation>تعذّرت قراءة أرقام ضبط الجودة؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="233"/>
        <source>{n} sampled decisions reviewed twice; a kappa is shown from 30 items.</source>
        <translation>القرارات المختارة عيّنةً التي رُوجعت مرتين: {n}؛ لا تُعرض قيمة كابا إلا ابتداءً من ٣٠ عنصرًا.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="238"/>
        <source>No QA review and no golden item yet.</source>
        <translation>لا توجد بعد أي مراجعة لضبط الجودة ولا أي عنصر مرجعي.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="249"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="254"/>
        <source>Reviewed twice</source>
        <translation>رُوجعت مرتين</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="255"/>
        <source>Agreement</source>
        <translation>نسبة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="256"/>
        <source>Over-enforcement</source>
        <translation>إفراط في التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="257"/>
        <source>Under-enforcement</source>
        <translation>تقصير في التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="261"/>
        <source>Cohen&apos;s kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="262"/>
        <source>95 % interval</source>
        <translation>فترة الثقة ٩٥٪</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="263"/>
        <source>Fleiss&apos; kappa (items)</source>
        <translation>كابا فلايس (العناصر)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="264"/>
        <source>Fleiss&apos; 95 % interval</source>
        <translation>فترة الثقة ٩٥٪ لكابا فلايس</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="267"/>
        <source>Golden accuracy (n)</source>
        <translation>دقة العناصر المرجعية (العدد)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="284"/>
        <source>{pct} (n = {n})</source>
        <translation>{pct} (العدد {n})</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="298"/>
        <source>not shown below 30</source>
        <translation>لا تُعرض دون ٣٠</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="304"/>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="318"/>
        <source>The confusion matrix is per queue: group by queue to see it.</source>
        <translation>مصفوفة الالتباس خاصة بكل قائمة انتظار: جمّع الأرقام حسب قائمة الانتظار لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="322"/>
        <source>Select a queue to see its confusion matrix.</source>
        <translation>اختر قائمة انتظار لرؤية مصفوفة الالتباس الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="329"/>
        <source>Queue {queue}: no sampled decision reviewed twice yet.</source>
        <translation>قائمة الانتظار {queue}: لا يوجد بعد قرار مختار عيّنةً رُوجع مرتين.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="334"/>
        <source>Confusion matrix, queue {queue}. Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>مصفوفة الالتباس، قائمة الانتظار {queue}. الصفوف: حكم المراجِع الأول؛ الأعمدة: حكم مراجِع ضبط الجودة.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="374"/>
        <source>QA report</source>
        <translation>تقرير ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="384"/>
        <source>The QA report was not saved: {reason}.</source>
        <translation>لم يُحفظ تقرير ضبط الجودة: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="386"/>
        <source>QA report not saved</source>
        <translation>لم يُحفظ تقرير ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="395"/>
        <source>The QA report was saved, but its audit record failed: {error}</source>
        <translation>حُفظ تقرير ضبط الجودة، لكن تعذّر تسجيله في سجل التدقيق: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="401"/>
        <source>Saved the QA report as PDF to {path}.</source>
        <translation>حُفظ تقرير ضبط الجودة بصيغة PDF في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="421"/>
        <source>Exposure</source>
        <translation>التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="423"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../ui/session.py" line="46"/>
        <source>That was an urgent case, and the leads on duty are alerted. If it affected you, press Ctrl+Shift+A (This affected me) for a break and a check-in.</source>
        <translation>كانت تلك حالة عاجلة، وقد نُبّه القادة المناوبون. إن أثّرت فيك، اضغط Ctrl+Shift+A (هذا أثّر فيّ) لتأخذ استراحة وتسجّل شعورك.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="56"/>
        <source>your lead by phone (no on-call contact is configured on this workstation)</source>
        <translation>قائد فريقك بالهاتف (لم تُضبط جهة اتصال مناوبة على محطة العمل هذه)</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="59"/>
        <source>URGENT: “{label}” for {ref} did NOT reach the database, so nobody has been alerted. Call {contact} now. The decision is saved here and will be sent when the database is back.</source>
        <translation>عاجل: «{label}» للعنصر {ref} لم يصل إلى قاعدة البيانات، لذا لم يُنبَّه أحد. اتصل بـ {contact} الآن. القرار محفوظ هنا وسيُرسَل عند عودة قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="178"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>حدث خطأ ما ({kind})؛ سُجّل في السجل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="217"/>
        <source>Choose a queue first.</source>
        <translation>اختر قائمة انتظار أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="292"/>
        <source>There is no decision to undo.</source>
        <translation>لا يوجد قرار للتراجع عنه.</translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <location filename="../../ui/main.py" line="212"/>
        <source>&amp;Wellbeing</source>
        <translation>ال&amp;رفاه</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="213"/>
        <source>My wellbeing</source>
        <translation>رفاهي</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="230"/>
        <source>Exposure dashboard</source>
        <translation>لوحة التعرّض</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="249"/>
        <source>&amp;Reports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="100"/>
        <source>Ctrl+Z undoes it for 10 s</source>
        <translation>Ctrl+Z يتراجع عنه خلال 10 ث</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="258"/>
        <location filename="../../ui/window.py" line="259"/>
        <source>Reviewer Workstation</source>
        <translation>محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="329"/>
        <source>Choose a queue and press N to claim the next item.</source>
        <translation>اختر قائمة انتظار واضغط N لاستلام العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Q&amp;ueue</source>
        <translation>قائمة ال&amp;انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="359"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="363"/>
        <location filename="../../ui/window.py" line="664"/>
        <location filename="../../ui/window.py" line="1156"/>
        <location filename="../../ui/window.py" line="1205"/>
        <location filename="../../ui/window.py" line="1363"/>
        <source>N  claim next</source>
        <translation>N  استلام التالي</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369"/>
        <source>Current filter</source>
        <translation>المرشّح الحالي</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="371"/>
        <source>QA: blind second review</source>
        <translation>ضبط الجودة: مراجعة ثانية عمياء</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="373"/>
        <source>QA mode</source>
        <translation>وضع ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="379"/>
        <source>?  shortcuts    Esc  hide all media</source>
        <translation>?  الاختصارات    Esc  إخفاء كل الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="379"/>
        <source>?  shortcuts</source>
        <translation>?  الاختصارات</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="388"/>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="393"/>
        <source>Decided before</source>
        <translation>قرار سابق</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="407"/>
        <source>Video controls</source>
        <translation>عناصر التحكم بالفيديو</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="459"/>
        <source>Signed in as {name}</source>
        <translation>مسجّل الدخول باسم {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="461"/>
        <source>Signed in user</source>
        <translation>المستخدم المسجّل</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="462"/>
        <location filename="../../ui/window.py" line="1214"/>
        <source>● connected</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="463"/>
        <source>Connection state</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="465"/>
        <source>Decisions waiting to sync</source>
        <translation>قرارات تنتظر المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="466"/>
        <location filename="../../ui/window.py" line="1026"/>
        <source>Every decision is recorded.</source>
        <translation>يُسجَّل كل قرار.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="508"/>
        <source>Verdict {n}</source>
        <translation>الحكم {n}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="532"/>
        <source>&amp;QA</source>
        <translation>&amp;ضبط الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="535"/>
        <source>QA queue (blind second review)</source>
        <translation>قائمة ضبط الجودة (مراجعة ثانية عمياء)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="541"/>
        <source>My QA: how my sampled decisions fared</source>
        <translation>ضبط الجودة الخاص بي: نتائج قراراتي المختارة عيّنةً</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="555"/>
        <source>Decision undone: {ref} is yours again.</source>
        <translation>أُلغي القرار: {ref} عاد إليك.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="559"/>
        <source>Skipped; it will not come back to you.</source>
        <translation>تم التخطّي؛ لن يعود إليك.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="614"/>
        <source>The queues could not be read: {error}</source>
        <translation>تعذّرت قراءة قوائم الانتظار: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="663"/>
        <source>Queue {name}: press N to claim the next item.</source>
        <translation>قائمة الانتظار {name}: اضغط N لاستلام العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="718"/>
        <location filename="../../ui/window.py" line="1339"/>
        <source>Record the outcome of the QA review first (Enter).</source>
        <translation>سجّل نتيجة مراجعة ضبط الجودة أولًا (Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="721"/>
        <source>Decisions are paused; the next item comes after the break.</source>
        <translation>القرارات متوقفة مؤقتًا؛ يأتي العنصر التالي بعد الاستراحة.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724"/>
        <location filename="../../ui/window.py" line="1346"/>
        <source>Decide or skip the open item first.</source>
        <translation>قرّر في العنصر المفتوح أو تخطَّه أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731"/>
        <source>The queues are still loading; press N again in a moment.</source>
        <translation>ما زالت قوائم الانتظار تُحمَّل؛ اضغط N مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="745"/>
        <source>Skipped; another lead reviews it.</source>
        <translation>تم التخطي؛ سيراجعه قائد فريق آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="764"/>
        <source>Open an item first: a key ticket flags the item in front of you.</source>
        <translation>افتح عنصرًا أولًا: التذكرة المهمة تُعلِّم العنصر الذي أمامك.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="770"/>
        <source>Key ticket</source>
        <translation>تذكرة مهمة</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="771"/>
        <source>One-line summary of {ref} for the lead&apos;s daily report:</source>
        <translation>ملخص من سطر واحد عن {ref} للتقرير اليومي لقائد الفريق:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="778"/>
        <source>{ref} flagged as a key ticket for the daily report.</source>
        <translation>عُلِّم {ref} تذكرةً مهمة للتقرير اليومي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="786"/>
        <source>The key ticket could not be saved. This is a bug.</source>
        <translation>تعذّر حفظ التذكرة المهمة. هذا خلل برمجي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="788"/>
        <source>Flagging {ref} as a key ticket…</source>
        <translation>جارٍ تعليم {ref} تذكرةً مهمة…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="796"/>
        <source>A QA review is final: it cannot be undone.</source>
        <translation>مراجعة ضبط الجودة نهائية: لا يمكن التراجع عنها.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="799"/>
        <source>There is no decision to undo.</source>
        <translation>لا يوجد قرار للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="812"/>
        <source>Your verdict is recorded as final. The first verdict follows.</source>
        <translation>سُجّل حكمك نهائيًا. يلي ذلك الحكم الأول.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="851"/>
        <source>New items will open with {filter}.</source>
        <translation>ستُفتح العناصر الجديدة بـ {filter}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="996"/>
        <source>Welcome back. Press N to claim the next item.</source>
        <translation>مرحبًا بعودتك. اضغط N لاستلام العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>1 decision waiting to sync</source>
        <translation>قرار واحد ينتظر المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>{n} decisions waiting to sync</source>
        <translation>قرارات تنتظر المزامنة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1029"/>
        <source>Offline decisions sent.</source>
        <translation>أُرسلت القرارات المحفوظة دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1033"/>
        <source>Sent: your decision is recorded. Press N to claim the next item.</source>
        <translation>أُرسل: سُجّل قرارك. اضغط N لاستلام العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1102"/>
        <source>This item has no viewable media ({reason}). Decide from the details.</source>
        <translation>لا توجد وسائط قابلة للعرض لهذا العنصر ({reason}). قرّر بناءً على التفاصيل.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1103"/>
        <source>none attached</source>
        <translation>لا مرفقات</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1154"/>
        <source>Queue {queue} has nothing waiting for you. Press N to check again.</source>
        <translation>لا توجد عناصر تنتظرك في قائمة الانتظار {queue}. اضغط N للتحقق مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1162"/>
        <location filename="../../ui/window.py" line="1172"/>
        <source>Press N to claim the next item.</source>
        <translation>اضغط N لاستلام العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1165"/>
        <source>Ctrl+Shift+A  This affected me</source>
        <translation>Ctrl+Shift+A  هذا أثّر فيّ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1169"/>
        <source>“{label}” for {ref}: {queued} You can go on once the database answers (press N).</source>
        <translation>«{label}» للعنصر {ref}: {queued} يمكنك المتابعة حين تستجيب قاعدة البيانات (اضغط N).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1176"/>
        <source>Recorded “{label}” for {ref}.</source>
        <translation>سُجّل «{label}» للعنصر {ref}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1183"/>
        <source>Your decision is recorded. The next item comes after the break.</source>
        <translation>سُجّل قرارك. يأتي العنصر التالي بعد الاستراحة.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1186"/>
        <source>The next item could not be claimed: {reason}</source>
        <translation>تعذّر استلام العنصر التالي: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1190"/>
        <source>The database cannot be reached right now. Press N to try again.</source>
        <translation>يتعذّر الوصول إلى قاعدة البيانات الآن. اضغط N للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1196"/>
        <source>Your decision for {ref} is saved on this workstation and waits to be sent. The next item comes once it is sent; press N to try again.</source>
        <translation>قرارك بشأن {ref} محفوظ على محطة العمل هذه وينتظر الإرسال. يأتي العنصر التالي بعد إرساله؛ اضغط N للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1204"/>
        <source>The next item could not be claimed; the notice above says why.</source>
        <translation>تعذّر استلام العنصر التالي؛ التنبيه أعلاه يوضح السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1209"/>
        <source>This item is no longer yours. Press N to claim the next item.</source>
        <translation>لم يعد هذا العنصر لك. اضغط N لاستلام العنصر التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1210"/>
        <source>Your claim ran out: {reason}</source>
        <translation>انتهت مهلة استلامك: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1214"/>
        <source>○ database unreachable</source>
        <translation>○ يتعذّر الوصول إلى قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1252"/>
        <source>Shown revealed now; it re-blurs by itself.</source>
        <translation>مكشوف الآن؛ يعود التمويه تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1254"/>
        <source>The media stays filtered.</source>
        <translation>تبقى الوسائط مموّهة.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1280"/>
        <source> (and {count} more)</source>
        <translation> (و{count} أخرى)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1282"/>
        <source>Decided before as “{verdict}” on {date} ({ref}, {queue}){more}.</source>
        <translation>صدر فيه قرار سابق «{verdict}» في {date} ({ref}، {queue}){more}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1335"/>
        <source>The QA queue is for leads, who review sampled decisions blind.</source>
        <translation>قائمة ضبط الجودة لقادة الفرق، وهم يراجعون القرارات المختارة عيّنةً مراجعةً عمياء.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1344"/>
        <source>Back to review: choose a queue and press N.</source>
        <translation>العودة إلى المراجعة: اختر قائمة انتظار واضغط N.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1352"/>
        <source>QA queue: press N for the next sampled decision. You decide blind: the first verdict shows only once yours is final.</source>
        <translation>قائمة ضبط الجودة: اضغط N للقرار التالي المختار عيّنةً. تحكم دون أن ترى الحكم الأول: لا يظهر إلا بعد أن يصبح حكمك نهائيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1363"/>
        <location filename="../../ui/window.py" line="1412"/>
        <source>N  next QA item</source>
        <translation>N  عنصر ضبط الجودة التالي</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1380"/>
        <source>A sampled item is not escalated in QA; decide it with 1-9.</source>
        <translation>لا يُصعَّد العنصر المختار عيّنةً في ضبط الجودة؛ احكم فيه بـ 1-9.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1391"/>
        <source>No sampled decision waits for your review. Press N to check again.</source>
        <translation>لا يوجد قرار مختار عيّنةً ينتظر مراجعتك. اضغط N للتحقق مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1399"/>
        <source>Your verdict is final. The first verdict is beside it: choose how it compares, add a note if you like, and press Enter.</source>
        <translation>حكمك نهائي. الحكم الأول بجانبه: اختر كيف يُقارَن، وأضف ملاحظة إن شئت، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1409"/>
        <source>QA review recorded for {ref}: {outcome}.</source>
        <translation>سُجّلت مراجعة ضبط الجودة لـ {ref}: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1415"/>
        <source>Recorded. Press N for the next sampled decision.</source>
        <translation>تم التسجيل. اضغط N للقرار التالي المختار عيّنةً.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1464"/>
        <source> · restricted</source>
        <translation> · مقيّدة</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1465"/>
        <source>{name}  (tier {tier}, {pending} pending{lock})</source>
        <translation>{name}  (المستوى {tier}، المنتظر: {pending}{lock})</translation>
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
        <translation>&lt;p&gt;تتم الإدارة بالأمر &lt;code&gt;workstation&lt;/code&gt;، لا في نافذة، لذا يكون كل
تغيير مكتوبًا في نص برمجي ومسجّلًا وقابلًا للتكرار. بصفتك &lt;b&gt;{user}&lt;/b&gt;:&lt;/p&gt;
&lt;table cellspacing=&quot;6&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users add NAME --role reviewer --team TEAM&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;إضافة مستخدم؛ كرّر &lt;code&gt;--role&lt;/code&gt; لأكثر من دور (reviewer، wellbeing، lead، admin)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;المستخدمون والفرق والأدوار&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users grant NAME QUEUE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;السماح لمراجِع بفتح قائمة انتظار مقيّدة&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues add NAME --tier 1-4 [--restricted]&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;إضافة قائمة انتظار للمراجعة بمستوى خطورتها (و&lt;code&gt;--taxonomy&lt;/code&gt; لأحكامها)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;قوائم الانتظار مع عدد العناصر حسب الحالة&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation import PATH… --queue NAME&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;استيراد التصعيدات: ملفات وسائط أو مجلدات أو بيانات (.jsonl، .csv)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation export decisions --format csv --out FILE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;سجل القرارات (وأيضًا «تصدير القرارات…» في القائمة)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation audit verify [FILE]&lt;/code&gt;&lt;/td&gt;&lt;td&gt;التحقق من أن سجل القرارات لم يُعدَّل&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation db upgrade&lt;/code&gt;&lt;/td&gt;&lt;td&gt;إنشاء مخطط قاعدة البيانات أو ترقيته&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;يعرض &lt;code&gt;workstation --help&lt;/code&gt; و&lt;code&gt;workstation COMMAND --help&lt;/code&gt; كل الخيارات.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="81"/>
        <source>Signed in as {name}</source>
        <translation>مسجّل الدخول باسم {name}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="83"/>
        <source>Signed in user</source>
        <translation>المستخدم المسجّل</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="84"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="87"/>
        <source>Roles: {roles}</source>
        <translation>الأدوار: {roles}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="95"/>
        <source>Export decisions…</source>
        <translation>تصدير القرارات…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="106"/>
        <source>Export decisions</source>
        <translation>تصدير القرارات</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="119"/>
        <source>Export stopped: {reason}</source>
        <translation>توقّف التصدير: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="253"/>
        <source>queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="254"/>
        <source>tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="255"/>
        <source>restricted</source>
        <translation>مقيّدة</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="256"/>
        <source>pending</source>
        <translation>منتظرة</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="257"/>
        <source>escalated</source>
        <translation>مُصعَّدة</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="258"/>
        <source>decided</source>
        <translation>مُقرَّر فيها</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="77"/>
        <source>Wellbeing questionnaire (WHO-5)</source>
        <translation>استبيان الرفاه (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="78"/>
        <source>Wellbeing questionnaire</source>
        <translation>استبيان الرفاه</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="80"/>
        <source>{intro} how often has each been true for you?</source>
        <translation>{intro} كم مرة انطبقت عليك كل عبارة من هذه العبارات؟</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="86"/>
        <source>Private: only you and wellbeing staff see your answers and score; leads and admins never do. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</source>
        <translation>خاص: لا يرى إجاباتك ونتيجتك إلا أنت وفريق الرفاه النفسي؛ ولا يراها قادة الفرق أو المسؤولون أبدًا. مؤشر الرفاه WHO-5، المكتب الإقليمي لمنظمة الصحة العالمية لأوروبا / وحدة البحوث النفسية، 1998.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="100"/>
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="102"/>
        <source>Question {number} of 5: {statement}</source>
        <translation>السؤال {number} من 5: {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="108"/>
        <source>{value} · {answer}</source>
        <translation>{value} · {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="109"/>
        <source>{answer} ({value})</source>
        <translation>{answer} ({value})</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="117"/>
        <source>Answer all five questions, then press Enter or Save.</source>
        <translation>أجب عن الأسئلة الخمسة كلها، ثم اضغط Enter أو حفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="119"/>
        <source>Questionnaire status</source>
        <translation>حالة الاستبيان</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="121"/>
        <source>Save my answers</source>
        <translation>حفظ إجاباتي</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="125"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="146"/>
        <source>Still to answer: question {numbers}.</source>
        <translation>لم تتم الإجابة بعد عن السؤال: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="149"/>
        <source>All answered: press Enter or Save.</source>
        <translation>تمت الإجابة عن الكل: اضغط Enter أو حفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="178"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="188"/>
        <source>Saved. Your WHO-5 score: {score} of 100. {meaning}</source>
        <translation>تم الحفظ. نتيجتك في WHO-5: {score} من 100. {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="193"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="196"/>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>Seeding</name>
    <message>
        <location filename="../../workstation/demo.py" line="158"/>
        <source>creating users and queues</source>
        <extracomment>Each queue&apos;s SLA target in minutes (docs/operations-sla.md); a few history items miss it. Where each queue&apos;s escalations go (docs/escalations-and-incidents.md); the E dialog offers them in order. The steps of a first seeding, in order, for a progress display (``progress(step, STEPS, message)``).</extracomment>
        <translation>إنشاء المستخدمين وقوائم الانتظار</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="184"/>
        <source>generating synthetic media in the background (first run only)</source>
        <translation>توليد وسائط اصطناعية في الخلفية (في التشغيل الأول فقط)</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="186"/>
        <source>writing three weeks of decisions</source>
        <translation>كتابة قرارات ثلاثة أسابيع</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="189"/>
        <source>writing three weeks of exposure, breaks and check-ins</source>
        <translation>كتابة التعرّض والاستراحات وتسجيلات الشعور لثلاثة أسابيع</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="192"/>
        <source>importing pending items</source>
        <translation>استيراد العناصر المنتظرة</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="199"/>
        <source>linking past items to today&apos;s look-alikes</source>
        <translation>ربط العناصر السابقة بما يشبهها من عناصر اليوم</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="35"/>
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>جارٍ تجهيز العرض التوضيحي</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="37"/>
        <source>Reviewer Workstation — {title}</source>
        <translation>محطة عمل المراجِع — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="44"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="52"/>
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>يحدث هذا فقط عند التشغيل الأول على مجلد بيانات جديد؛ بيانات اصطناعية، لا شيء حقيقي.</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="66"/>
        <source>step {step} of {steps}</source>
        <translation>الخطوة {step} من {steps}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="254"/>
        <location filename="../../ui/shortcuts.py" line="255"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="290"/>
        <source>Press ? or Enter to close.</source>
        <translation>اضغط ? أو Enter للإغلاق.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>Claim the next item of the queue</source>
        <translation>استلام العنصر التالي من قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40"/>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>Choose a queue</source>
        <translation>اختيار قائمة انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Choose a verdict (or a reason while one is asked)</source>
        <translation>اختيار حكم (أو سبب عند طلبه)</translation>
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
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <source>Record the verdict in progress</source>
        <translation>تسجيل الحكم الجاري</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Cancel the verdict in progress</source>
        <translation>إلغاء الحكم الجاري</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)</source>
        <translation>تصعيد مع ملاحظة (أعلى/أسفل: الجهة؛ Alt+I: ضرر وشيك)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Skip: give the item back (it will not come back to you)</source>
        <translation>تخطٍّ: إعادة العنصر (لن يعود إليك)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="83"/>
        <source>Undo the last decision (for 10 seconds)</source>
        <translation>التراجع عن آخر قرار (خلال 10 ثوانٍ)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <source>Flag a key ticket for the lead&apos;s daily report</source>
        <translation>تمييز تذكرة مهمة للتقرير اليومي لقائد الفريق</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="96"/>
        <source>Hide all media at once; press again to bring it back, blurred</source>
        <translation>إخفاء جميع الوسائط فورًا؛ اضغط مرة أخرى لإعادتها مموهة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <location filename="../../ui/shortcuts.py" line="104"/>
        <location filename="../../ui/shortcuts.py" line="114"/>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103"/>
        <source>Hold: reveal a small disc under the pointer</source>
        <translation>اضغط مطولاً: كشف دائرة صغيرة تحت المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>hold P</source>
        <translation>اضغط مطولاً على P</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now</source>
        <translation>كشف العنصر كاملاً (أو الكلمات المحجوبة)؛ يعود التمويه بعد بضع ثوانٍ؛ R مرة أخرى للتمويه فورًا</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <source>R or click</source>
        <translation>R أو نقرة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120"/>
        <source>Stronger blur</source>
        <translation>تمويه أقوى</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="121"/>
        <location filename="../../ui/shortcuts.py" line="127"/>
        <location filename="../../ui/shortcuts.py" line="133"/>
        <location filename="../../ui/shortcuts.py" line="139"/>
        <location filename="../../ui/shortcuts.py" line="145"/>
        <source>Filter</source>
        <translation>المرشح</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="126"/>
        <source>Weaker blur</source>
        <translation>تمويه أضعف</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Grayscale on / off</source>
        <translation>تشغيل / إيقاف التدرج الرمادي</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="138"/>
        <source>Stylised (reduced detail) on / off</source>
        <translation>تشغيل / إيقاف النمط المبسّط (تفاصيل أقل)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="144"/>
        <source>Keep the current filter as my default for new items</source>
        <translation>اعتماد المرشح الحالي افتراضيًا للعناصر الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <location filename="../../ui/shortcuts.py" line="161"/>
        <location filename="../../ui/shortcuts.py" line="167"/>
        <source>View</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="160"/>
        <source>Fit to the view</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166"/>
        <source>Dark / light / high-contrast theme</source>
        <translation>سمة داكنة / فاتحة / عالية التباين</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172"/>
        <source>Play / pause (videos never play by themselves)</source>
        <translation>تشغيل / إيقاف مؤقت (لا تُشغَّل الفيديوهات تلقائيًا أبدًا)</translation>
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
        <translation>الفيديو</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="174"/>
        <source>Space or K</source>
        <translation>المسافة أو K</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179"/>
        <source>Back 5 seconds</source>
        <translation>الرجوع 5 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186"/>
        <source>Forward 5 seconds</source>
        <translation>التقدم 5 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="193"/>
        <source>Previous frame</source>
        <translation>الإطار السابق</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199"/>
        <source>Next frame</source>
        <translation>الإطار التالي</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="205"/>
        <source>Slower (down to 0.25x)</source>
        <translation>أبطأ (حتى 0.25x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="211"/>
        <source>Faster (up to 4x)</source>
        <translation>أسرع (حتى 4x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="217"/>
        <source>Sound on / off for this item (each item starts muted)</source>
        <translation>تشغيل / إيقاف الصوت لهذا العنصر (يبدأ كل عنصر مكتوم الصوت)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="223"/>
        <source>Scrub through the video</source>
        <translation>التنقل عبر الفيديو</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="225"/>
        <source>mouse wheel</source>
        <translation>عجلة الفأرة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="230"/>
        <source>This sheet</source>
        <translation>هذه الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="231"/>
        <location filename="../../ui/shortcuts.py" line="238"/>
        <source>Help</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="232"/>
        <source>? or F1</source>
        <translation>? أو F1</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="237"/>
        <source>Policies (SOPs): search and read the procedures</source>
        <translation>السياسات (إجراءات التشغيل): البحث في الإجراءات وقراءتها</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>Wellbeing</source>
        <translation>الرفاه</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="107"/>
        <source>This affected me: a break and a check-in now</source>
        <translation>هذا أثّر فيّ: استراحة وتسجيل للشعور الآن</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="108"/>
        <source>Take a break now (your own; a prompted break is taken instead)</source>
        <translation>خذ استراحة الآن (استراحتك الخاصة؛ وإن كانت هناك استراحة مقترحة فتؤخذ بدلاً منها)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="111"/>
        <source>My wellbeing: today and the last seven days</source>
        <translation>رفاهي: اليوم وآخر سبعة أيام</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="34"/>
        <source>Sign in to Reviewer Workstation</source>
        <translation>تسجيل الدخول إلى محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="42"/>
        <source>Password, not shown as you type</source>
        <translation>كلمة المرور، لا تظهر أثناء الكتابة</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="67"/>
        <source>Keep the password?</source>
        <translation>هل تريد حفظ كلمة المرور؟</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <location filename="../../workstation/sla.py" line="449"/>
        <source>Per-person figures are off: the organisation&apos;s policy does not allow them (an admin decides: &apos;workstation operations per-person allow&apos;).</source>
        <translation>الأرقام الخاصة بكل شخص معطّلة: سياسة المؤسسة لا تسمح بها (يقرّر ذلك المسؤول: &apos;workstation operations per-person allow&apos;).</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="480"/>
        <source>Only reviewers with at least {count} decisions in the window are listed; {left_out} with fewer are not.</source>
        <translation>لا يُدرج إلا المراجِعون الذين بلغ عدد قراراتهم في هذه الفترة {count} على الأقل؛ ولم يُدرج من قراراتهم أقل (عددهم {left_out}).</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="486"/>
        <source>Only reviewers with at least {count} decisions in the window are listed.</source>
        <translation>لا يُدرج إلا المراجِعون الذين بلغ عدد قراراتهم في هذه الفترة {count} على الأقل.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="663"/>
        <location filename="../../workstation/sla.py" line="700"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="664"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="665"/>
        <source>Pending</source>
        <translation>منتظرة</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="666"/>
        <source>Oldest</source>
        <translation>الأقدم</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="667"/>
        <source>Due &lt;1 h</source>
        <translation>يستحق خلال &lt;1 س</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="668"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="669"/>
        <location filename="../../workstation/sla.py" line="704"/>
        <location filename="../../workstation/sla.py" line="748"/>
        <source>Decided</source>
        <translation>مُقرَّر فيها</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="670"/>
        <source>SLA today</source>
        <translation>مهلة الخدمة اليوم</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="671"/>
        <source>SLA 7 d</source>
        <translation>مهلة الخدمة ٧ أيام</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="672"/>
        <source>Import→dec. p50/p90</source>
        <translation>استيراد→قرار p50/p90</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="673"/>
        <source>Claim→dec. p50/p90</source>
        <translation>استلام→قرار p50/p90</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="674"/>
        <source>Escal.</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="675"/>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="676"/>
        <source>Lease exp.</source>
        <translation>انتهاء استلام</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="701"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="702"/>
        <source>Imported</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="703"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="705"/>
        <source>By</source>
        <translation>حسب</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="706"/>
        <source>Late by</source>
        <translation>التأخّر</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="716"/>
        <source>still pending</source>
        <translation>ما زال منتظرًا</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="739"/>
        <source>SLA report, by queue, today</source>
        <translation>تقرير مهلة الخدمة، حسب قائمة الانتظار، اليوم</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="740"/>
        <source>SLA report, by queue, the last 7 days</source>
        <translation>تقرير مهلة الخدمة، حسب قائمة الانتظار، آخر ٧ أيام</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="741"/>
        <source>SLA report, by team, today</source>
        <translation>تقرير مهلة الخدمة، حسب الفريق، اليوم</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="742"/>
        <source>SLA report, by team, the last 7 days</source>
        <translation>تقرير مهلة الخدمة، حسب الفريق، آخر ٧ أيام</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="744"/>
        <source>No SLA was missed in this window.</source>
        <translation>لم تُتجاوز أي مهلة خدمة في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="745"/>
        <source>Per reviewer</source>
        <translation>حسب المراجِع</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="747"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="749"/>
        <source>SLA met</source>
        <translation>الالتزام بالمهلة</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="750"/>
        <source>Claim→dec. p50</source>
        <translation>استلام→قرار p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="751"/>
        <source>Handling p50</source>
        <translation>مدة المعالجة p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="758"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="760"/>
        <source>{start} to {end} ({zone}). Attainment: first decisions by the due time, over those and the pending items that fell due. Time to decision: p50 / p90.</source>
        <translation>من {start} إلى {end} ({zone}). نسبة الالتزام: القرارات الأولى المتخذة قبل موعد الاستحقاق، مقسومةً على مجموعها مع العناصر المنتظرة التي حلّ موعد استحقاقها. الوقت حتى القرار: p50 / p90.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="776"/>
        <source>Breaches ({count})</source>
        <translation>الإخلالات ({count})</translation>
    </message>
</context>
<context>
    <name>SoftPromptBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="123"/>
        <source>Break suggestion</source>
        <translation>اقتراح استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="124"/>
        <source>Take break</source>
        <translation>خذ استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="125"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="131"/>
        <source>Take a {minutes}-minute break? {reason}.</source>
        <translation>هل تأخذ استراحة؟ المدة بالدقائق: {minutes}. {reason}.</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../ui/sop_panel.py" line="54"/>
        <source>Changed {date}.</source>
        <translation>عُدّل في {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="60"/>
        <source>Examples (text only)</source>
        <translation>أمثلة (نص فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="61"/>
        <source>section {id}</source>
        <translation>القسم {id}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="77"/>
        <source>Policies (SOPs)</source>
        <translation>السياسات (إجراءات التشغيل)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="78"/>
        <source>Policies</source>
        <translation>السياسات</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="86"/>
        <source>No policy has been published yet. A lead publishes one with &apos;workstation policies publish&apos;.</source>
        <translation>لم تُنشر أي سياسة بعد. ينشر قائد الفريق سياسة باستخدام &apos;workstation policies publish&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="92"/>
        <source>{title} — version {version}, in force since {date}</source>
        <translation>{title} — الإصدار {version}، سارية منذ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="98"/>
        <source>{title} — version {version}</source>
        <translation>{title} — الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="105"/>
        <source>Search the policies</source>
        <translation>البحث في السياسات</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="107"/>
        <source>Search: words anywhere in a section (title, summary, text, examples)</source>
        <translation>البحث: كلمات في أي موضع من القسم (العنوان، الملخص، النص، الأمثلة)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="113"/>
        <source>Policy sections</source>
        <translation>أقسام السياسة</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="119"/>
        <source>Policy text</source>
        <translation>نص السياسة</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="128"/>
        <source>Close (F2)</source>
        <translation>إغلاق (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="152"/>
        <source>CHANGED</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="165"/>
        <source>{found} of {total} sections; {changed} changed in the last 14 days</source>
        <translation>الأقسام: {found} من {total}؛ المعدّلة خلال آخر 14 يومًا: {changed}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="167"/>
        <source>{found} of {total} sections</source>
        <translation>الأقسام: {found} من {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="174"/>
        <source>No section matches.</source>
        <translation>لا يوجد قسم مطابق.</translation>
    </message>
</context>
<context>
    <name>SoundTrack</name>
    <message>
        <location filename="../../ui/audio.py" line="64"/>
        <source>no sound output device</source>
        <translation>لا يوجد جهاز لإخراج الصوت</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="70"/>
        <source>the sound output cannot play {rate} Hz, {channels} channels</source>
        <translation>يتعذّر على مخرج الصوت تشغيل {rate} هرتز، القنوات: {channels}</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="77"/>
        <source>the sound output could not be opened ({error})</source>
        <translation>تعذّر فتح مخرج الصوت ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="207"/>
        <source>the sound could not be decoded ({kind})</source>
        <translation>تعذّر فك ترميز الصوت ({kind})</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/notices.py" line="227"/>
        <source>Status message</source>
        <translation>رسالة الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="230"/>
        <source>Status key hint</source>
        <translation>تلميح مفتاح الحالة</translation>
    </message>
</context>
<context>
    <name>SupportLabel</name>
    <message>
        <location filename="../../ui/support_contact.py" line="18"/>
        <source>Need to talk to someone? {contact}</source>
        <translation>هل تحتاج إلى التحدث مع أحد؟ {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="21"/>
        <source>Need to talk to someone? Your wellbeing staff are there for you.</source>
        <translation>هل تحتاج إلى التحدث مع أحد؟ فريق الرفاه النفسي موجود من أجلك.</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="32"/>
        <source>Support contact</source>
        <translation>جهة الدعم</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="45"/>
        <source>Text of the item, with listed terms masked</source>
        <translation>نص العنصر، مع إخفاء المصطلحات المدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="73"/>
        <source>Loading text (listed terms masked)…</source>
        <translation>جارٍ تحميل النص (المصطلحات المدرجة مخفية)…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="86"/>
        <source>This text cannot be shown: {error}</source>
        <translation>يتعذّر عرض هذا النص: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="151"/>
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>مكشوف (الكلمات المخفية ظاهرة): يُعاد الإخفاء بعد {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="159"/>
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>النص مخفي. اضغط Esc لإعادته، مع بقاء الإخفاء.</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="176"/>
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>مصطلح مدرج واحد مخفي · R يُظهره لمدة {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="178"/>
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>المصطلحات المدرجة المخفية: {count} · R يُظهرها لمدة {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="182"/>
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>مكشوف: الكلمات المخفية ظاهرة؛ يُعاد الإخفاء بعد {seconds} ث (R للإخفاء الآن)</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../ui/locale_format.py" line="32"/>
        <source>s</source>
        <translation>ث</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="33"/>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="34"/>
        <source>h</source>
        <translation>س</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="35"/>
        <source>d</source>
        <translation>يوم</translation>
    </message>
</context>
<context>
    <name>VideoController</name>
    <message>
        <location filename="../../ui/video.py" line="272"/>
        <source>Preparing a filtered storyboard…</source>
        <translation>جارٍ تجهيز لوحة قصة مموّهة…</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="530"/>
        <source>▶ playing</source>
        <translation>▶ قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>storyboard</source>
        <translation>لوحة قصة</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>❚❚ paused</source>
        <translation>❚❚ متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="535"/>
        <source>no audio</source>
        <translation>بلا صوت</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="537"/>
        <source>muted (M)</source>
        <translation>مكتوم (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="539"/>
        <source>no sound: {problem} (M)</source>
        <translation>لا صوت: {problem} (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="541"/>
        <source>sound on (M)</source>
        <translation>الصوت مفعّل (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="544"/>
        <source>{position} s / {duration} s</source>
        <translation>{position} ث / {duration} ث</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="548"/>
        <source>{position} s</source>
        <translation>{position} ث</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="550"/>
        <source>{speed}x</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="553"/>
        <source>Space play · ←/→ 5 s · ,/. frame · J/L speed · wheel scrub</source>
        <translation>مسافة تشغيل · ←/→ 5 ث · ,/. إطار · J/L السرعة · العجلة للتنقّل</translation>
    </message>
</context>
<context>
    <name>WHO5</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="34"/>
        <source>Over the last two weeks:</source>
        <translation>خلال الأسبوعين الماضيين:</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="35"/>
        <source>I have felt cheerful and in good spirits</source>
        <translation>شعرت بالبهجة وكانت معنوياتي جيدة</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="36"/>
        <source>I have felt calm and relaxed</source>
        <translation>شعرت بالهدوء والاسترخاء</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="37"/>
        <source>I have felt active and vigorous</source>
        <translation>شعرت بالنشاط والحيوية</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="38"/>
        <source>I woke up feeling fresh and rested</source>
        <translation>استيقظت وأنا أشعر بالانتعاش والراحة</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="39"/>
        <source>My daily life has been filled with things that interest me</source>
        <translation>كانت حياتي اليومية مليئة بأشياء تهمني</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="40"/>
        <source>All of the time</source>
        <translation>طوال الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="41"/>
        <source>Most of the time</source>
        <translation>معظم الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="42"/>
        <source>More than half of the time</source>
        <translation>أكثر من نصف الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="43"/>
        <source>Less than half of the time</source>
        <translation>أقل من نصف الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="44"/>
        <source>Some of the time</source>
        <translation>بعض الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="45"/>
        <source>At no time</source>
        <translation>لم يحدث أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="46"/>
        <source>This score is low. Please consider talking to your support contact or a doctor soon; it is a prompt to talk, not a diagnosis.</source>
        <translation>هذه النتيجة منخفضة. يُرجى التفكير في التحدث قريبًا مع جهة الدعم أو مع طبيب؛ إنها دعوة إلى الحديث، وليست تشخيصًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="51"/>
        <source>This score suggests your well-being has been low lately. Talking to your support contact can help; it is a prompt to talk, not a diagnosis.</source>
        <translation>تشير هذه النتيجة إلى أن حالتك النفسية لم تكن جيدة مؤخرًا. قد يساعدك التحدث مع جهة الدعم؛ إنها دعوة إلى الحديث، وليست تشخيصًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="56"/>
        <source>Thank you. Your answers are private to you and wellbeing staff.</source>
        <translation>شكرًا لك. إجاباتك خاصة بك وبفريق الرفاه النفسي فقط.</translation>
    </message>
</context>
<context>
    <name>WellbeingUi</name>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <location filename="../../ui/wellbeing_ui.py" line="156"/>
        <source>This affected me</source>
        <translation>هذا أثّر فيّ</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <source>Affected me</source>
        <translation>أثّر فيّ</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="93"/>
        <source>This affected me: take a break and check in</source>
        <translation>هذا أثّر فيّ: خذ استراحة وسجّل شعورك</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="94"/>
        <source>Take a break and check in ({key})</source>
        <translation>خذ استراحة وسجّل شعورك ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Take a break</source>
        <translation>خذ استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="99"/>
        <location filename="../../ui/wellbeing_ui.py" line="161"/>
        <source>Take a break now</source>
        <translation>خذ استراحة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="100"/>
        <source>Take a break now ({key})</source>
        <translation>خذ استراحة الآن ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="109"/>
        <source>Rotation suggestion</source>
        <translation>اقتراح تبديل</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="110"/>
        <source>Choose a queue</source>
        <translation>اختيار قائمة انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="111"/>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="112"/>
        <source>Locked queues</source>
        <translation>قوائم انتظار مقفلة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="113"/>
        <source>See my day</source>
        <translation>عرض يومي</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="114"/>
        <source>Break postponed</source>
        <translation>تأجيل الاستراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="115"/>
        <source>Check-in</source>
        <translation>تسجيل الشعور</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="121"/>
        <source>Wellbeing questionnaire</source>
        <translation>استبيان الرفاه</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="122"/>
        <source>Answer now</source>
        <translation>أجب الآن</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="124"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="167"/>
        <source>Your wellbeing</source>
        <translation>رفاهك</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="172"/>
        <source>Wellbeing questionnaire…</source>
        <translation>استبيان الرفاه…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="244"/>
        <source>Wellbeing notices</source>
        <translation>إشعارات الرفاه</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="295"/>
        <source>Your organisation offers a short wellbeing questionnaire (WHO-5, five questions about the last two weeks). Only you and wellbeing staff see your answers.</source>
        <translation>تقدّم مؤسستك استبيانًا قصيرًا عن الرفاه (WHO-5، خمسة أسئلة عن الأسبوعين الماضيين). لا يرى إجاباتك إلا أنت وفريق الرفاه النفسي.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="342"/>
        <source>Break postponed so you can finish this item. It starts when you close the item, or at {time} at the latest.</source>
        <translation>أُجّلت الاستراحة لتتمكن من إنهاء هذا العنصر. تبدأ عندما تغلق العنصر، أو عند {time} على أقصى تقدير.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="374"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps. Calmer queues open to you: {queues}.</source>
        <translation>عدد العناصر عالية الخطورة التي راجعتها على التوالي: {count}. يساعدك الانتقال إلى عمل أهدأ لبعض الوقت. قوائم الانتظار الأهدأ المتاحة لك: {queues}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="379"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps.</source>
        <translation>عدد العناصر عالية الخطورة التي راجعتها على التوالي: {count}. يساعدك الانتقال إلى عمل أهدأ لبعض الوقت.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="390"/>
        <source>You have reached today&apos;s exposure budget ({budget}). Queues above severity tier {tier} are closed to you until tomorrow; lower-tier queues stay open. Thank you for looking after yourself.</source>
        <translation>لقد بلغت الحد المسموح للتعرض اليوم ({budget}). قوائم الانتظار الأعلى من مستوى الخطورة {tier} مغلقة أمامك حتى الغد؛ وتبقى قوائم المستويات الأدنى مفتوحة. شكرًا لاهتمامك بنفسك.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="418"/>
        <source>Locked today · {queue}</source>
        <translation>مقفلة اليوم · {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="422"/>
        <source>Closed to you for today: your daily exposure budget is spent.</source>
        <translation>مغلقة أمامك اليوم: استنفدت الحد اليومي المسموح للتعرض.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="429"/>
        <source>Exposure figures are kept on this workstation and will be saved when the database is back.</source>
        <translation>تُحفظ أرقام التعرض على محطة العمل هذه، وستُسجَّل عند عودة قاعدة البيانات.</translation>
    </message>
</context>
</TS>
