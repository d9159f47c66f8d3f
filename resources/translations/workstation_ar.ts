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
</TS>