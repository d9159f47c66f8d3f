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
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="28" />
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette's accent for the dose, a soft amber once the budget is spent (information, not an alarm).</extracomment>
        <translation>Pendedahan hari ini, bahagian daripada bajet harian</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="67" />
        <source>Exposure today</source>
        <translation>Pendedahan hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="71" />
        <source>Exposure today —</source>
        <translation>Pendedahan hari ini —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="87" />
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>Pendedahan hari ini {today} / {budget}  · bajet habis</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="89" />
        <source>Exposure today {today} / {budget}</source>
        <translation>Pendedahan hari ini {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="93" />
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>{today} daripada {budget} minit berwajaran hari ini. {explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100" />
        <source>Right now: {explanation}
Since your last break: {since} weighted minutes.

{method}

Click for your own view (Ctrl+Shift+W).</source>
        <translation>Sekarang: {explanation}
Sejak rehat terakhir anda: {since} minit berwajaran.

{method}

Klik untuk paparan anda sendiri (Ctrl+Shift+W).</translation>
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
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="40" />
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>Reviewer Workstation — menunggu pangkalan data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="41" />
        <source>Waiting for the database</source>
        <translation>Menunggu pangkalan data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="46" />
        <source>The database cannot be reached</source>
        <translation>Pangkalan data tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="57" />
        <source>Your decisions waiting to be sent</source>
        <translation>Keputusan anda yang menunggu untuk dihantar</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="62" />
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>{count} lagi yang disimpan oleh orang lain yang menggunakan stesen kerja ini juga menunggu.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="67" />
        <location filename="../../ui/offline_start.py" line="125" />
        <source>Trying to reach it…</source>
        <translation>Cuba menghubungi…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="69" />
        <source>Try now</source>
        <translation>Cuba sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="72" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="90" />
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>Tiada apa-apa milik anda yang menunggu di stesen kerja ini. Anda boleh mengambil kerja apabila pangkalan data kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="92" />
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>Kerja anda selamat: 1 keputusan disimpan di stesen kerja ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="95" />
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>Kerja anda selamat: {count} keputusan disimpan di stesen kerja ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="101" />
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>Rekod pendedahan anda yang menunggu untuk dihantar: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="103" />
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>Semuanya dihantar apabila pangkalan data kembali, mengikut susunan anda membuatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="113" />
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}, diputuskan {when} — ditolak oleh pangkalan data: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="115" />
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}, diputuskan {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="134" />
        <source>The database answers again: signing in…</source>
        <translation>Pangkalan data menjawab semula: sedang log masuk…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="140" />
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>Tiada jawapan pada {time}. Mencuba semula setiap {seconds} saat; F5 mencuba sekarang.</translation>
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
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="32" />
        <source>Text of the item, with listed terms masked</source>
        <translation>Teks item, dengan istilah tersenarai disembunyikan</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="59" />
        <source>Loading text (listed terms masked)…</source>
        <translation>Memuatkan teks (istilah tersenarai disembunyikan)…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="68" />
        <source>This text cannot be shown: {error}</source>
        <translation>Teks ini tidak dapat dipaparkan: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="133" />
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>DIDEDAHKAN (perkataan tersembunyi kelihatan): disembunyikan semula dalam {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="141" />
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>Teks disembunyikan. Tekan Esc untuk memaparkannya semula, masih tersembunyi.</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="158" />
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>1 istilah tersenarai disembunyikan · R memaparkannya selama {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="160" />
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>{count} istilah tersenarai disembunyikan · R memaparkannya selama {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="164" />
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>Didedahkan: perkataan tersembunyi kelihatan; disembunyikan semula dalam {seconds} saat (R menyembunyikan sekarang)</translation>
    </message>
</context>
</TS>