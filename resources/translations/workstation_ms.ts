<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="29" />
        <source>Item details</source>
        <translation>Butiran item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="34" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="39" />
        <source>External reference</source>
        <translation>Rujukan luaran</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="40" />
        <location filename="../../ui/details.py" line="48" />
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="41" />
        <source>Escalation reason</source>
        <translation>Sebab eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="43" />
        <location filename="../../ui/details.py" line="50" />
        <source>Priority</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="44" />
        <location filename="../../ui/details.py" line="51" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="45" />
        <location filename="../../ui/details.py" line="52" />
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="47" />
        <source>Ref</source>
        <translation>Ruj.</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="49" />
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../../ui/media_view.py" line="69" />
        <source>This media could not be opened: {reason}.
You can still decide from the details (E escalates with a note) or skip (S).</source>
        <translation>Media ini tidak dapat dibuka: {reason}.
Anda masih boleh membuat keputusan berdasarkan butiran (E untuk eskalasi dengan nota) atau langkau (S).</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="111" />
        <source>Media view</source>
        <translation>Paparan media</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112" />
        <source>The item's media, blurred and gray until you reveal it</source>
        <translation>Media item ini, kabur dan kelabu sehingga anda mendedahkannya</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="581" />
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>Media disembunyikan.
Tekan Esc untuk memaparkannya semula — ia kembali kabur dan kelabu.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="39" />
        <source>Offline: the database cannot be reached</source>
        <translation>Luar talian: pangkalan data tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="43" />
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>Luar talian: 1 keputusan disimpan di stesen kerja ini, dihantar apabila pangkalan data kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="46" />
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>Luar talian: {count} keputusan disimpan di stesen kerja ini, dihantar apabila pangkalan data kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="50" />
        <source>Sending 1 decision saved while offline…</source>
        <translation>Menghantar 1 keputusan yang disimpan semasa luar talian…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="51" />
        <source>Sending {count} decisions saved while offline…</source>
        <translation>Menghantar {count} keputusan yang disimpan semasa luar talian…</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="31" />
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>Menyediakan demo</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="33" />
        <source>Reviewer Workstation — {title}</source>
        <translation>Reviewer Workstation — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="40" />
        <source>Starting…</source>
        <translation>Bermula…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="48" />
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>Ini hanya berlaku pada permulaan pertama dengan folder data baharu; data sintetik, tiada yang sebenar.</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="60" />
        <source>step {step} of {steps}</source>
        <translation>langkah {step} daripada {steps}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="29" />
        <source>Sign in to Reviewer Workstation</source>
        <translation>Log masuk ke Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="47" />
        <source>Keep the password?</source>
        <translation>Simpan kata laluan?</translation>
    </message>
</context>
</TS>