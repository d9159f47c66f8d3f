<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="29" />
        <source>Item details</source>
        <translation>Rincian item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="34" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="39" />
        <source>External reference</source>
        <translation>Referensi eksternal</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="40" />
        <location filename="../../ui/details.py" line="48" />
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="41" />
        <source>Escalation reason</source>
        <translation>Alasan eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="43" />
        <location filename="../../ui/details.py" line="50" />
        <source>Priority</source>
        <translation>Prioritas</translation>
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
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="49" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../../ui/media_view.py" line="69" />
        <source>This media could not be opened: {reason}.
You can still decide from the details (E escalates with a note) or skip (S).</source>
        <translation>Media ini tidak dapat dibuka: {reason}.
Anda tetap dapat memutuskan dari rinciannya (E untuk eskalasi dengan catatan) atau melewatinya (S).</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="111" />
        <source>Media view</source>
        <translation>Tampilan media</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112" />
        <source>The item's media, blurred and gray until you reveal it</source>
        <translation>Media item ini, buram dan abu-abu sampai Anda menampilkannya</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="581" />
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>Media disembunyikan.
Tekan Esc untuk menampilkannya lagi — media kembali buram dan abu-abu.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="39" />
        <source>Offline: the database cannot be reached</source>
        <translation>Luring: basis data tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="43" />
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>Luring: 1 keputusan tersimpan di workstation ini, dikirim saat basis data tersedia kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="46" />
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>Luring: {count} keputusan tersimpan di workstation ini, dikirim saat basis data tersedia kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="50" />
        <source>Sending 1 decision saved while offline…</source>
        <translation>Mengirim 1 keputusan yang disimpan saat luring…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="51" />
        <source>Sending {count} decisions saved while offline…</source>
        <translation>Mengirim {count} keputusan yang disimpan saat luring…</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="31" />
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>Menyiapkan demo</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="33" />
        <source>Reviewer Workstation — {title}</source>
        <translation>Reviewer Workstation — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="40" />
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="48" />
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>Ini hanya terjadi pada awal pertama dengan folder data baru; data sintetis, tidak ada yang nyata.</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="60" />
        <source>step {step} of {steps}</source>
        <translation>langkah {step} dari {steps}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="29" />
        <source>Sign in to Reviewer Workstation</source>
        <translation>Masuk ke Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="47" />
        <source>Keep the password?</source>
        <translation>Simpan kata sandi?</translation>
    </message>
</context>
</TS>