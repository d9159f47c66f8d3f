<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="29" />
        <source>Item details</source>
        <translation>تفاصيل العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="34" />
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="39" />
        <source>External reference</source>
        <translation>المرجع الخارجي</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="40" />
        <location filename="../../ui/details.py" line="48" />
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="41" />
        <source>Escalation reason</source>
        <translation>سبب التصعيد</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="43" />
        <location filename="../../ui/details.py" line="50" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="44" />
        <location filename="../../ui/details.py" line="51" />
        <source>SLA</source>
        <translation>مهلة الخدمة (SLA)</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="45" />
        <location filename="../../ui/details.py" line="52" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="47" />
        <source>Ref</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="49" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="28" />
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette's accent for the dose, a soft amber once the budget is spent (information, not an alarm).</extracomment>
        <translation>التعرّض اليوم، نسبةً من الحدّ اليومي</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="67" />
        <source>Exposure today</source>
        <translation>التعرّض اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="71" />
        <source>Exposure today —</source>
        <translation>التعرّض اليوم —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="87" />
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>التعرّض اليوم {today} / {budget}  · استُنفد الحدّ</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="89" />
        <source>Exposure today {today} / {budget}</source>
        <translation>التعرّض اليوم {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="93" />
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>{today} من {budget} دقيقة مرجّحة اليوم. {explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100" />
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
    <name>MediaView</name>
    <message>
        <location filename="../../ui/media_view.py" line="69" />
        <source>This media could not be opened: {reason}.
You can still decide from the details (E escalates with a note) or skip (S).</source>
        <translation>تعذّر فتح هذه الوسائط: {reason}.
لا يزال بإمكانك اتخاذ القرار من التفاصيل (E للتصعيد مع ملاحظة) أو التخطي (S).</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="111" />
        <source>Media view</source>
        <translation>عرض الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112" />
        <source>The item's media, blurred and gray until you reveal it</source>
        <translation>وسائط العنصر، مموّهة ورمادية إلى أن تكشفها</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="581" />
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>الوسائط مخفية.
اضغط Esc لإعادتها — ستعود مموّهة ورمادية.</translation>
    </message>
</context>
<context>
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="40" />
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>محطة عمل المراجِع — بانتظار قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="41" />
        <source>Waiting for the database</source>
        <translation>بانتظار قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="46" />
        <source>The database cannot be reached</source>
        <translation>يتعذّر الوصول إلى قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="57" />
        <source>Your decisions waiting to be sent</source>
        <translation>قراراتك التي تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="62" />
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>عناصر أخرى محفوظة لأشخاص آخرين يستخدمون محطة العمل هذه تنتظر أيضًا: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="67" />
        <location filename="../../ui/offline_start.py" line="125" />
        <source>Trying to reach it…</source>
        <translation>جارٍ محاولة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="69" />
        <source>Try now</source>
        <translation>حاول الآن</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="72" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="90" />
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>لا شيء من عملك ينتظر على محطة العمل هذه. يمكنك استلام العمل عند عودة قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="92" />
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>عملك في أمان: قرار واحد محفوظ على محطة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="95" />
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>عملك في أمان: القرارات المحفوظة على محطة العمل هذه: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="101" />
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>سجلات التعرّض الخاصة بك التي تنتظر الإرسال: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="103" />
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>تُرسَل عند عودة قاعدة البيانات، بالترتيب الذي اتخذتها به.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="113" />
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}، تقرّر في {when} — رفضته قاعدة البيانات: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="115" />
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}، تقرّر في {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="134" />
        <source>The database answers again: signing in…</source>
        <translation>قاعدة البيانات تستجيب مجددًا: جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="140" />
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>لا استجابة في {time}. ستُعاد المحاولة كل {seconds} ث؛ اضغط F5 للمحاولة الآن.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="39" />
        <source>Offline: the database cannot be reached</source>
        <translation>غير متصل: يتعذّر الوصول إلى قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="43" />
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>غير متصل: قرار واحد محفوظ على محطة العمل هذه، وسيُرسَل عند عودة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="46" />
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>غير متصل: القرارات المحفوظة على محطة العمل هذه: {count}، وستُرسَل عند عودة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="50" />
        <source>Sending 1 decision saved while offline…</source>
        <translation>جارٍ إرسال قرار واحد محفوظ أثناء عدم الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="51" />
        <source>Sending {count} decisions saved while offline…</source>
        <translation>جارٍ إرسال القرارات المحفوظة أثناء عدم الاتصال ({count})…</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="31" />
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>جارٍ تجهيز العرض التوضيحي</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="33" />
        <source>Reviewer Workstation — {title}</source>
        <translation>محطة عمل المراجِع — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="40" />
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="48" />
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>يحدث هذا فقط عند التشغيل الأول على مجلد بيانات جديد؛ بيانات اصطناعية، لا شيء حقيقي.</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="60" />
        <source>step {step} of {steps}</source>
        <translation>الخطوة {step} من {steps}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="29" />
        <source>Sign in to Reviewer Workstation</source>
        <translation>تسجيل الدخول إلى محطة عمل المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="47" />
        <source>Keep the password?</source>
        <translation>هل تريد حفظ كلمة المرور؟</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="32" />
        <source>Text of the item, with listed terms masked</source>
        <translation>نص العنصر، مع إخفاء المصطلحات المدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="59" />
        <source>Loading text (listed terms masked)…</source>
        <translation>جارٍ تحميل النص (المصطلحات المدرجة مخفية)…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="68" />
        <source>This text cannot be shown: {error}</source>
        <translation>يتعذّر عرض هذا النص: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="133" />
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>مكشوف (الكلمات المخفية ظاهرة): يُعاد الإخفاء بعد {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="141" />
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>النص مخفي. اضغط Esc لإعادته، مع بقاء الإخفاء.</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="158" />
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>مصطلح مدرج واحد مخفي · R يُظهره لمدة {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="160" />
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>المصطلحات المدرجة المخفية: {count} · R يُظهرها لمدة {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="164" />
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>مكشوف: الكلمات المخفية ظاهرة؛ يُعاد الإخفاء بعد {seconds} ث (R للإخفاء الآن)</translation>
    </message>
</context>
</TS>