<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="269"/>
        <source>Administration — Reviewer Workstation</source>
        <translation>Administrasi — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="285"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="289"/>
        <source>Queues</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="300"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="310"/>
        <source>Loading the queues…</source>
        <translation>Memuat antrean…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="317"/>
        <source>The queues could not be read: {error}</source>
        <translation>Antrean tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="329"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="341"/>
        <source>{queues} queues, {pending} items pending</source>
        <translation>{queues} antrean, {pending} item menunggu</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../wellbeing/attention.py" line="341"/>
        <source>not now</source>
        <translation>nanti saja</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="306"/>
        <location filename="../../wellbeing/attention.py" line="343"/>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="219"/>
        <source>{mood} check-in on {when}: &quot;{note}&quot; ({count} low in a row)</source>
        <translation>Cek perasaan &quot;{mood}&quot; pada {when}: &quot;{note}&quot; ({count} kali berturut-turut merasa buruk)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="223"/>
        <source>{mood} check-in on {when}: &quot;{note}&quot;</source>
        <translation>Cek perasaan &quot;{mood}&quot; pada {when}: &quot;{note}&quot;</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="225"/>
        <source>{mood} check-in on {when} (no note) ({count} low in a row)</source>
        <translation>Cek perasaan &quot;{mood}&quot; pada {when} (tanpa catatan) ({count} kali berturut-turut merasa buruk)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="229"/>
        <source>{mood} check-in on {when} (no note)</source>
        <translation>Cek perasaan &quot;{mood}&quot; pada {when} (tanpa catatan)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="242"/>
        <source>&quot;This affected me&quot; once in {days} days, latest {when}</source>
        <translation>&quot;Ini memengaruhi saya&quot; sekali dalam {days} hari, terakhir {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="244"/>
        <source>&quot;This affected me&quot; {count} times in {days} days, latest {when}</source>
        <translation>&quot;Ini memengaruhi saya&quot; {count} kali dalam {days} hari, terakhir {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="269"/>
        <source>Enforced break skipped once in {days} days, latest {when}</source>
        <translation>Istirahat wajib dilewati sekali dalam {days} hari, terakhir {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="271"/>
        <source>Enforced break skipped {count} times in {days} days, latest {when}</source>
        <translation>Istirahat wajib dilewati {count} kali dalam {days} hari, terakhir {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="282"/>
        <source>taken</source>
        <translation>diambil</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="283"/>
        <source>taken, postponed once</source>
        <translation>diambil, ditunda sekali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="284"/>
        <source>taken, postponed {count} times</source>
        <translation>diambil, ditunda {count} kali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="287"/>
        <source>taken (ended early)</source>
        <translation>diambil (selesai lebih awal)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="288"/>
        <source>taken, postponed once (ended early)</source>
        <translation>diambil, ditunda sekali (selesai lebih awal)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="289"/>
        <source>taken, postponed {count} times (ended early)</source>
        <translation>diambil, ditunda {count} kali (selesai lebih awal)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="292"/>
        <source>taken, ended when the workstation stopped (time inferred)</source>
        <translation>diambil, berakhir saat workstation berhenti (waktunya diperkirakan)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="293"/>
        <source>taken, postponed once, ended when the workstation stopped (time inferred)</source>
        <translation>diambil, ditunda sekali, berakhir saat workstation berhenti (waktunya diperkirakan)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="296"/>
        <source>taken, postponed {count} times, ended when the workstation stopped (time inferred)</source>
        <translation>diambil, ditunda {count} kali, berakhir saat workstation berhenti (waktunya diperkirakan)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="301"/>
        <source>taken, not ended yet</source>
        <translation>diambil, belum berakhir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="302"/>
        <source>taken, postponed once, not ended yet</source>
        <translation>diambil, ditunda sekali, belum berakhir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="303"/>
        <source>taken, postponed {count} times, not ended yet</source>
        <translation>diambil, ditunda {count} kali, belum berakhir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="307"/>
        <source>open, postponed once</source>
        <translation>terbuka, ditunda sekali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="308"/>
        <source>open, postponed {count} times</source>
        <translation>terbuka, ditunda {count} kali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="311"/>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="312"/>
        <source>skipped, postponed once</source>
        <translation>dilewati, ditunda sekali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="313"/>
        <source>skipped, postponed {count} times</source>
        <translation>dilewati, ditunda {count} kali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="446"/>
        <source>Enforced break postponed once in {days} days, latest {when}</source>
        <extracomment>A break nobody ended is not still running after this long: its window died with no later record from the person to say so (docs/wellbeing.md#a-break-whose-window-died).</extracomment>
        <translation>Istirahat wajib ditunda sekali dalam {days} hari, terakhir {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="448"/>
        <source>Enforced break postponed {count} times in {days} days, latest {when}</source>
        <translation>Istirahat wajib ditunda {count} kali dalam {days} hari, terakhir {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="470"/>
        <source>Over the daily budget of {budget} on 1 day in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>Melebihi anggaran harian {budget} pada 1 hari dari {window}, terakhir {latest} (tertinggi {worst} menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="476"/>
        <source>Over the daily budget of {budget} on {count} days in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>Melebihi anggaran harian {budget} pada {count} hari dari {window}, terakhir {latest} (tertinggi {worst} menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="510"/>
        <source>{earlier} → {later}</source>
        <translation>{earlier} → {later}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="513"/>
        <source>Dose rising {weeks} weeks in a row: {steps} weighted min per {days} days (to yesterday)</source>
        <translation>Paparan naik {weeks} minggu berturut-turut: {steps} menit berbobot per {days} hari (sampai kemarin)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="545"/>
        <source>{hours} h {minutes} min of exposure work without a break, from {start} to {end}</source>
        <translation>{hours} jam {minutes} menit bekerja dengan paparan tanpa istirahat, dari {start} sampai {end}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="340"/>
        <source>&quot;This affected me&quot;</source>
        <translation>&quot;Ini memengaruhi saya&quot;</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="348"/>
        <source>Contacted on {day} by {who}: {note}</source>
        <translation>Dihubungi pada {day} oleh {who}: {note}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="350"/>
        <source>Contacted on {day} by {who}</source>
        <translation>Dihubungi pada {day} oleh {who}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/attention_view.py" line="76"/>
        <source>This is a bug: {error}</source>
        <translation>Ini adalah bug: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="84"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="85"/>
        <source>Why they are listed</source>
        <translation>Mengapa mereka tercantum</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="86"/>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="87"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="135"/>
        <source>contacted, nothing new</source>
        <translation>sudah dihubungi, tidak ada yang baru</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="141"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="142"/>
        <source>new since then</source>
        <translation>ada yang baru sejak itu</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="144"/>
        <source>contacted on {day}
by {who}</source>
        <translation>dihubungi pada {day}
oleh {who}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="166"/>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="168"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="174"/>
        <source>Most urgent first. • a reason since the last contact, ◦ one from before it. Click a person or press Enter to open their page. Only wellbeing staff see this list.</source>
        <translation>Paling mendesak di atas. • alasan sejak kontak terakhir, ◦ alasan dari sebelumnya. Klik seseorang atau tekan Enter untuk membuka halamannya. Hanya staf kesejahteraan yang melihat daftar ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="180"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="185"/>
        <source>People who need attention</source>
        <translation>Orang yang perlu perhatian</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="224"/>
        <source>Nobody needs attention now.</source>
        <translation>Tidak ada yang perlu perhatian saat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="227"/>
        <source>1 person to look at</source>
        <translation>1 orang perlu dilihat</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="227"/>
        <source>{count} people to look at</source>
        <translation>{count} orang perlu dilihat</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="230"/>
        <source>; {count} contacted with nothing new since (at the bottom).</source>
        <translation>; {count} sudah dihubungi dan tidak ada yang baru sejak itu (di bagian bawah).</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="384"/>
        <source>Prompted</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="385"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="386"/>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="387"/>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="389"/>
        <source>Breaks</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="393"/>
        <location filename="../../ui/attention_view.py" line="400"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="394"/>
        <source>Mood</source>
        <translation>Perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="395"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="397"/>
        <source>Check-ins with notes</source>
        <translation>Cek perasaan dengan catatan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="400"/>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="401"/>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <location filename="../../ui/attention_view.py" line="66"/>
        <source>soft</source>
        <translation>saran</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="67"/>
        <source>enforced</source>
        <translation>wajib</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="68"/>
        <source>affected</source>
        <translation>terpengaruh</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="69"/>
        <source>self</source>
        <translation>sendiri</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="248"/>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="258"/>
        <source>Break title</source>
        <translation>Judul istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="262"/>
        <source>Break details</source>
        <translation>Keterangan istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="267"/>
        <source>Time left of the break</source>
        <translation>Sisa waktu istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="270"/>
        <source>When work may resume</source>
        <translation>Kapan pekerjaan boleh dilanjutkan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="277"/>
        <source>Start my break now</source>
        <translation>Mulai istirahat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="278"/>
        <source>Start the break now</source>
        <translation>Mulai istirahat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="280"/>
        <source>Finish this item first</source>
        <translation>Selesaikan item ini dulu</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="282"/>
        <source>Finish this item first (postpone the break once)</source>
        <translation>Selesaikan item ini dulu (tunda istirahat satu kali)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="284"/>
        <location filename="../../ui/wellbeing_break.py" line="285"/>
        <location filename="../../ui/wellbeing_break.py" line="417"/>
        <location filename="../../ui/wellbeing_break.py" line="427"/>
        <source>Back to work</source>
        <translation>Kembali bekerja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="289"/>
        <source>Thank you for saying so. Take the time you need; talking to wellbeing staff is always an option.</source>
        <translation>Terima kasih sudah mengatakannya. Ambil waktu sebanyak yang Anda perlukan; Anda selalu bisa berbicara dengan staf kesejahteraan.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="349"/>
        <source>Break required: {reason}</source>
        <translation>Perlu istirahat: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="351"/>
        <source>Time for a {minutes}-minute break</source>
        <translation>Saatnya istirahat {minutes} menit</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="354"/>
        <source>{reason}. Media is hidden and decisions are paused. If you are in the middle of an item you may finish it first, once.</source>
        <translation>{reason}. Media disembunyikan dan keputusan dijeda. Jika Anda sedang mengerjakan sebuah item, Anda boleh menyelesaikannya dulu, satu kali.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="373"/>
        <source>On a break until {time}</source>
        <translation>Istirahat sampai {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="375"/>
        <source>Break time</source>
        <translation>Waktunya istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="376"/>
        <location filename="../../ui/wellbeing_break.py" line="378"/>
        <source>A short break</source>
        <translation>Istirahat sejenak</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="377"/>
        <source>Take a moment</source>
        <translation>Luangkan waktu sejenak</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="380"/>
        <source>A break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="383"/>
        <source>All media is hidden. Look away from the screen, stretch, get some water — or follow the circle for a few breaths.</source>
        <translation>Semua media disembunyikan. Alihkan pandangan dari layar, lakukan peregangan, minum air — atau ikuti lingkaran untuk beberapa tarikan napas.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="407"/>
        <source>{time} left</source>
        <translation>Sisa {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="409"/>
        <source>Work resumes at {time}.</source>
        <translation>Pekerjaan dilanjutkan pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="411"/>
        <source>Back to work at {time}</source>
        <translation>Kembali bekerja pukul {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="414"/>
        <source>Suggested until {time}. You can come back earlier.</source>
        <translation>Disarankan sampai pukul {time}. Anda boleh kembali lebih awal.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="424"/>
        <source>Break complete</source>
        <translation>Istirahat selesai</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="425"/>
        <source>You may resume work now (since {time}).</source>
        <translation>Anda boleh melanjutkan pekerjaan sekarang (sejak pukul {time}).</translation>
    </message>
</context>
<context>
    <name>Breaks</name>
    <message>
        <location filename="../../wellbeing/breaks.py" line="44"/>
        <source>less than a minute</source>
        <translation>kurang dari semenit</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="45"/>
        <source>{minutes} min</source>
        <translation>{minutes} menit</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="52"/>
        <source>0 weighted min</source>
        <translation>0 menit berbobot</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="54"/>
        <source>less than 1 weighted min</source>
        <translation>kurang dari 1 menit berbobot</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="56"/>
        <source>{dose} weighted min</source>
        <translation>{dose} menit berbobot</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="61"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="100"/>
        <source>on a break ({left} left)</source>
        <translation>sedang istirahat (sisa {left})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="106"/>
        <source>exposure since your last break is {dose}</source>
        <translation>paparan sejak istirahat terakhir Anda {dose}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="109"/>
        <source>you have worked {time} without a break</source>
        <translation>Anda sudah bekerja {time} tanpa istirahat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="128"/>
        <source>no break due</source>
        <translation>belum perlu istirahat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="133"/>
        <source>break postponed until {time}: {reasons}</source>
        <translation>istirahat ditunda sampai {time}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="147"/>
        <source>break suggestion snoozed until {time}</source>
        <translation>saran istirahat ditunda sampai {time}</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="145"/>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>Panduan napas: tarik napas saat lingkaran membesar, embuskan saat mengecil</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe in</source>
        <translation>Tarik napas</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe out</source>
        <translation>Embuskan napas</translation>
    </message>
</context>
<context>
    <name>CalmBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="86"/>
        <source>{name} text</source>
        <translation>Teks {name}</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="42"/>
        <location filename="../../wellbeing/attention.py" line="58"/>
        <source>Very low</source>
        <extracomment>Reason kinds, in the order of their weight when urgency ties.</extracomment>
        <translation>Sangat buruk</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="43"/>
        <location filename="../../wellbeing/attention.py" line="59"/>
        <source>Low</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="44"/>
        <location filename="../../wellbeing/attention.py" line="60"/>
        <source>Okay</source>
        <translation>Biasa saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="45"/>
        <location filename="../../wellbeing/attention.py" line="61"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="46"/>
        <location filename="../../wellbeing/attention.py" line="62"/>
        <source>Very good</source>
        <translation>Sangat baik</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="128"/>
        <source>Check-in</source>
        <translation>Cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="129"/>
        <source>How are you feeling right now?</source>
        <translation>Bagaimana perasaan Anda saat ini?</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="134"/>
        <source>Private: only you and wellbeing staff see check-ins. Tap a face to save, or press 1-5 (Tab for a note) and Enter.</source>
        <translation>Pribadi: hanya Anda dan staf kesejahteraan yang melihat cek perasaan. Ketuk wajah untuk menyimpan, atau tekan 1-5 (Tab untuk catatan) lalu Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="141"/>
        <source>Add a note if you like (optional), then tap a face</source>
        <translation>Tambahkan catatan jika mau (opsional), lalu ketuk wajah</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="142"/>
        <source>Check-in note (optional)</source>
        <translation>Catatan cek perasaan (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="162"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="164"/>
        <source>Skip the check-in</source>
        <translation>Lewati cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="168"/>
        <source>Check-in status</source>
        <translation>Status cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="173"/>
        <source>How are you feeling after your break?</source>
        <translation>Bagaimana perasaan Anda setelah istirahat?</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="175"/>
        <source>Private: only you and wellbeing staff see it.</source>
        <translation>Pribadi: hanya Anda dan staf kesejahteraan yang melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="231"/>
        <source>{mood}: press Enter to save, or Tab to add a note first.</source>
        <translation>{mood}: tekan Enter untuk menyimpan, atau Tab untuk menambahkan catatan dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="239"/>
        <source>Choose a face first: keys 1 (very low) to 5 (very good).</source>
        <translation>Pilih wajah dulu: tombol 1 (sangat buruk) sampai 5 (sangat baik).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="304"/>
        <source>Saved privately: {mood}. Thank you.</source>
        <translation>Disimpan secara pribadi: {mood}. Terima kasih.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="44"/>
        <source>Correct or appeal a decision</source>
        <translation>Koreksi atau banding keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="50"/>
        <source>Item reference</source>
        <translation>Referensi item</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="51"/>
        <source>Item reference, e.g. H-EVE-1127-00042</source>
        <translation>Referensi item, mis. H-EVE-1127-00042</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="54"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="61"/>
        <source>The decision to correct</source>
        <translation>Keputusan yang akan dikoreksi</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="65"/>
        <source>Corrected verdict</source>
        <translation>Putusan yang dikoreksi</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="66"/>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="68"/>
        <location filename="../../ui/correction_dialog.py" line="70"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="69"/>
        <source>Why (required; the reviewer is told it)</source>
        <translation>Alasannya (wajib; peninjau akan diberi tahu)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="73"/>
        <source>Record correction</source>
        <translation>Catat koreksi</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="75"/>
        <source>Record appeal</source>
        <translation>Catat banding</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="84"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="99"/>
        <source>That did not work: a problem in this program. This is a bug.</source>
        <translation>Tidak berhasil: ada masalah di program ini. Ini adalah bug.</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="108"/>
        <source>Looking up the item…</source>
        <translation>Mencari item…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="124"/>
        <source>This item has no decision to correct.</source>
        <translation>Item ini tidak punya keputusan untuk dikoreksi.</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="128"/>
        <source>Decision {id} by {who} at {at} UTC: {verdict}</source>
        <translation>Keputusan {id} oleh {who} pada {at} UTC: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="151"/>
        <source>Recording…</source>
        <translation>Mencatat…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="161"/>
        <source>under appeal</source>
        <translation>sedang dibanding</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="163"/>
        <source>corrected to {verdict}</source>
        <translation>dikoreksi menjadi {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="166"/>
        <source>Recorded: decision {id} is {what}. The reviewer is told in their window.</source>
        <translation>Tercatat: keputusan {id} {what}. Peninjau diberi tahu di jendelanya.</translation>
    </message>
</context>
<context>
    <name>CorrectionNotice</name>
    <message>
        <location filename="../../ui/correction_notice.py" line="42"/>
        <source>Your decisions</source>
        <translation>Keputusan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="59"/>
        <source>Got it</source>
        <translation>Mengerti</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="60"/>
        <source>Dismiss the notice about your decisions</source>
        <translation>Tutup pemberitahuan tentang keputusan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="91"/>
        <source>1 earlier notice about your decisions (workstation decisions notices).</source>
        <translation>1 pemberitahuan sebelumnya tentang keputusan Anda (workstation decisions notices).</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="93"/>
        <source>{count} earlier notices about your decisions (workstation decisions notices).</source>
        <translation>{count} pemberitahuan sebelumnya tentang keputusan Anda (workstation decisions notices).</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <location filename="../../workstation/daily_report.py" line="123"/>
        <source>All queues</source>
        <extracomment>Acknowledgement targets by severity when the incidents table carries none (the issue&apos;s defaults; the incident feature keeps the real ones as policy data).</extracomment>
        <translation>Semua antrean</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="450"/>
        <location filename="../../workstation/daily_report.py" line="458"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="451"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="452"/>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="453"/>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="454"/>
        <source>Pending at cut-off</source>
        <translation>Menunggu saat batas waktu</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="455"/>
        <source>Oldest pending</source>
        <translation>Menunggu terlama</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="459"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="460"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="461"/>
        <source>Flagged by</source>
        <translation>Ditandai oleh</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="462"/>
        <source>At</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Fault</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="465"/>
        <source>Queues</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="466"/>
        <source>SLA breaches ({count})</source>
        <translation>Pelanggaran SLA ({count})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="467"/>
        <source>No SLA was missed.</source>
        <translation>Tidak ada SLA yang terlewat.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="468"/>
        <source>Key tickets ({count})</source>
        <translation>Tiket kunci ({count})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="469"/>
        <source>No key tickets were flagged.</source>
        <translation>Tidak ada tiket kunci yang ditandai.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="470"/>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="471"/>
        <source>Platform faults</source>
        <translation>Gangguan platform</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="478"/>
        <source>{value} (avg {average})</source>
        <translation>{value} (rerata {average})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="481"/>
        <source>{value} (avg {average}, {change})</source>
        <translation>{value} (rerata {average}, {change})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="500"/>
        <source>Unreadable media imported</source>
        <translation>Media tak terbaca yang diimpor</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="501"/>
        <source>of which the decoder crashed</source>
        <translation>di antaranya dekoder berhenti mendadak</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="502"/>
        <source>Offline decisions refused (outbox conflicts)</source>
        <translation>Keputusan luring yang ditolak (konflik kotak keluar)</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="503"/>
        <source>Claim leases expired</source>
        <translation>Klaim kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="504"/>
        <source>Import lines rejected</source>
        <translation>Baris impor yang ditolak</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="517"/>
        <source>Daily report {day}, team {team}</source>
        <translation>Laporan harian {day}, tim {team}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="520"/>
        <source>Daily report {day}</source>
        <translation>Laporan harian {day}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="524"/>
        <source>{start} to {end} ({zone}); figures against the average of the {days} days before. Generated {generated} UTC.</source>
        <translation>{start} sampai {end} ({zone}); angka dibandingkan dengan rerata {days} hari sebelumnya. Dibuat {generated} UTC.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="540"/>
        <source>Incidents are not recorded in this database.</source>
        <translation>Insiden tidak dicatat di basis data ini.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="541"/>
        <source>Opened {opened}, acknowledged late {late}, closed {closed}.</source>
        <translation>Dibuka {opened}, dikonfirmasi terlambat {late}, ditutup {closed}.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="144"/>
        <source>Exposure dashboard (wellbeing) — Reviewer Workstation</source>
        <translation>Dasbor paparan (kesejahteraan) — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="146"/>
        <source>Exposure dashboard (aggregates only) — Reviewer Workstation</source>
        <translation>Dasbor paparan (hanya agregat) — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="160"/>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="161"/>
        <source>Exposure</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="166"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="168"/>
        <source>Show the report again</source>
        <translation>Tampilkan laporan lagi</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="174"/>
        <source>Correct or appeal a decision…</source>
        <translation>Koreksi atau banding keputusan…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="181"/>
        <source>Wellbeing policy…</source>
        <translation>Kebijakan kesejahteraan…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="188"/>
        <source>Operations (SLA, daily report)…</source>
        <translation>Operasional (SLA, laporan harian)…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="195"/>
        <source>Administration…</source>
        <translation>Administrasi…</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision_panel.py" line="94"/>
        <source>Decision panel</source>
        <translation>Panel keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="104"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="117"/>
        <source>Escalate this item</source>
        <translation>Eskalasikan item ini</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="117"/>
        <source>Escalate</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="120"/>
        <source>Skip this item</source>
        <translation>Lewati item ini</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="120"/>
        <source>Skip (give it back)</source>
        <translation>Lewati (kembalikan)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="123"/>
        <source>Undo last decision</source>
        <translation>Urungkan keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="124"/>
        <source>Undo the last decision</source>
        <translation>Urungkan keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="140"/>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="144"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="151"/>
        <source>Escalate to</source>
        <translation>Eskalasi ke</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="155"/>
        <source>Imminent harm (Alt+I)</source>
        <translation>Bahaya mendesak (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="157"/>
        <source>A person is at risk now: opens a P0 incident that alerts the leads on duty</source>
        <translation>Seseorang dalam bahaya sekarang: membuka insiden P0 yang memperingatkan ketua tim yang bertugas</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="160"/>
        <source>Imminent harm</source>
        <translation>Bahaya mendesak</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record the decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="170"/>
        <source>Cancel this verdict</source>
        <translation>Batalkan putusan ini</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="170"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="181"/>
        <source>Decision hint</source>
        <translation>Petunjuk keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="236"/>
        <source>Verdict {number}: {label}</source>
        <translation>Putusan {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="249"/>
        <source>Policy for verdict {number}</source>
        <translation>Kebijakan untuk putusan {number}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="278"/>
        <source>{title} (policy {version}); F2: full text</source>
        <translation>{title} (kebijakan {version}); F2: teks lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="338"/>
        <source>Decisions are paused.</source>
        <translation>Keputusan dijeda.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="386"/>
        <source>The leads of your team</source>
        <translation>Ketua tim Anda</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="394"/>
        <source>Why escalate? (required)</source>
        <translation>Mengapa dieskalasi? (wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (required)</source>
        <translation>Catatan (wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="416"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. Up/Down chooses where it goes. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Jelaskan alasannya untuk siapa pun yang menanganinya, lalu tekan Enter. Atas/Bawah memilih tujuannya. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="422"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to your team leads. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Jelaskan alasannya untuk siapa pun yang menanganinya, lalu tekan Enter. Item ini dikirim ke ketua tim Anda. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="426"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to {destination}. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Jelaskan alasannya untuk siapa pun yang menanganinya, lalu tekan Enter. Item ini dikirim ke {destination}. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="435"/>
        <source>{verdict}: Pick a reason (1-9) and write a note, then press Enter.</source>
        <translation>{verdict}: Pilih alasan (1-9) dan tulis catatan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="437"/>
        <source>{verdict}: Pick a reason (1-9), then press Enter.</source>
        <translation>{verdict}: Pilih alasan (1-9), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="441"/>
        <source>{verdict}: Type a reason and write a note, then press Enter.</source>
        <translation>{verdict}: Ketik alasan dan tulis catatan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="443"/>
        <source>{verdict}: Type a reason, then press Enter.</source>
        <translation>{verdict}: Ketik alasan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="446"/>
        <source>{verdict}: Write a note, then press Enter.</source>
        <translation>{verdict}: Tulis catatan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="472"/>
        <source>Reason: {reason} — {summary}</source>
        <translation>Alasan: {reason} — {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="476"/>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="43"/>
        <source>not given</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="51"/>
        <source>{language} ({tag})</source>
        <translation>{language} ({tag})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="56"/>
        <source>no SLA</source>
        <translation>tanpa SLA</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="63"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} jam {minutes} menit</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="67"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} menit {seconds} detik</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="71"/>
        <source>overdue by {time}</source>
        <translation>terlambat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="73"/>
        <source>due in {time}</source>
        <translation>jatuh tempo dalam {time}</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="83"/>
        <source> (superseded)</source>
        <translation> (digantikan)</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="90"/>
        <source>History ({zone})</source>
        <translation>Riwayat ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="98"/>
        <source>Item details</source>
        <translation>Rincian item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="103"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="108"/>
        <source>External reference</source>
        <translation>Referensi eksternal</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="109"/>
        <location filename="../../ui/details.py" line="118"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="110"/>
        <source>Escalation reason</source>
        <translation>Alasan eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="112"/>
        <location filename="../../ui/details.py" line="120"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="113"/>
        <location filename="../../ui/details.py" line="121"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="114"/>
        <location filename="../../ui/details.py" line="122"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="115"/>
        <source>Language of the item</source>
        <translation>Bahasa item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="117"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="119"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="123"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="130"/>
        <source>Decision history</source>
        <translation>Riwayat keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="160"/>
        <source>{queue} (tier {tier})</source>
        <translation>{queue} (tingkat {tier})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="167"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="36"/>
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette&apos;s accent for the dose, a soft amber once the budget is spent (information, not an alarm). Width in px of the ring drawn round the meter while it has keyboard focus: the theme&apos;s accent (the palette&apos;s Highlight), which stands out from the window by 3:1 or more in every theme.</extracomment>
        <translation>Paparan hari ini, bagian dari anggaran harian</translation>
    </message>
</context>
<context>
    <name>DoseChart</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="53"/>
        <source>Exposure per day this week against the budget</source>
        <translation>Paparan per hari minggu ini dibandingkan anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="72"/>
        <source>Exposure (weighted minutes)</source>
        <translation>Paparan (menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="73"/>
        <source>Over budget</source>
        <translation>Melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="104"/>
        <source>Daily budget ({budget})</source>
        <translation>Anggaran harian ({budget})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="123"/>
        <source>{day}: {dose} of {budget}</source>
        <translation>{day}: {dose} dari {budget}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workstation/wellbeing_records.py" line="522"/>
        <source>today&apos;s exposure budget ({budget} weighted minutes) is spent, so queues above severity tier {above} are closed to you until tomorrow. &apos;{queue}&apos; is tier {tier}; lower-tier queues stay open.</source>
        <extracomment>The outbox kind of a batch of exposure spans (``OutboxSync.register(SPANS_OUTBOX_KIND, ...)``). The outbox kinds of breaks and check-ins: care records wait durably like spans when the database is away (docs/wellbeing.md#the-break-flow).</extracomment>
        <translation>anggaran paparan hari ini ({budget} menit berbobot) sudah habis, jadi antrean di atas tingkat keparahan {above} ditutup untuk Anda sampai besok. &apos;{queue}&apos; adalah tingkat {tier}; antrean tingkat lebih rendah tetap terbuka.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="488"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database) and {who} has it now. Nothing was recorded for it; claim the next item.</source>
        <translation>klaim Anda atas {ref} kedaluwarsa pada {when} (tidak ada sinyal aktif yang sampai ke basis data) dan kini dipegang {who}. Tidak ada yang dicatat untuk item itu; ambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="494"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database). Nothing was recorded for it; claim the next item.</source>
        <translation>klaim Anda atas {ref} kedaluwarsa pada {when} (tidak ada sinyal aktif yang sampai ke basis data). Tidak ada yang dicatat untuk item itu; ambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="501"/>
        <source>your claim on {ref} is closed ({outcome}).</source>
        <translation>klaim Anda atas {ref} sudah ditutup ({outcome}).</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="138"/>
        <source>the database is busy (locked by another workstation) and stayed busy; try again in a moment</source>
        <translation>basis data sedang sibuk (dikunci oleh workstation lain) dan tetap sibuk; coba lagi sebentar lagi</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="145"/>
        <source>cannot reach the database at {url}: {error}. Check that the server is running and the URL is right (WORKSTATION_DATABASE_URL or --database-url).</source>
        <translation>tidak dapat menjangkau basis data di {url}: {error}. Periksa apakah server berjalan dan URL-nya benar (WORKSTATION_DATABASE_URL atau --database-url).</translation>
    </message>
    <message>
        <location filename="../../workstation/review.py" line="195"/>
        <source>the database cannot be reached</source>
        <translation>basis data tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="166"/>
        <source>an escalation is not a verdict to appeal; decide the item instead</source>
        <translation>eskalasi bukan putusan yang bisa dibanding; putuskan item itu saja</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="183"/>
        <source>the reason has {count} characters; at most {most}</source>
        <translation>alasan berisi {count} karakter; paling banyak {most}</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="201"/>
        <source>no decision {id}</source>
        <translation>tidak ada keputusan {id}</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="281"/>
        <source>no decision on an item {ref!r}</source>
        <translation>tidak ada keputusan untuk item {ref!r}</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="564"/>
        <source>your claim on {ref} expired and {who} decided it at {at}; your decision was not recorded.</source>
        <translation>klaim Anda atas {ref} kedaluwarsa dan {who} sudah memutuskannya pada {at}; keputusan Anda tidak dicatat.</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="570"/>
        <source>your claim on {ref} expired and it was decided; your decision was not recorded.</source>
        <translation>klaim Anda atas {ref} kedaluwarsa dan item itu sudah diputuskan; keputusan Anda tidak dicatat.</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="251"/>
        <location filename="../../workstation/wellbeing_attention.py" line="414"/>
        <source>no person named {name!r}</source>
        <translation>tidak ada orang bernama {name!r}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="257"/>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>rentang berakhir ({end}) sebelum dimulai ({start})</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="400"/>
        <source>the note has {count} characters; keep it to {most}</source>
        <translation>catatan berisi {count} karakter; batasi sampai {most}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="407"/>
        <source>the contact date {day} is in the future</source>
        <translation>tanggal kontak {day} ada di masa depan</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../ui/report_export.py" line="91"/>
        <source>Exporting decisions: {done} of {total}</source>
        <translation>Mengekspor keputusan: {done} dari {total}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="99"/>
        <source>exported {rows} decisions to {path}</source>
        <translation>{rows} keputusan diekspor ke {path}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="129"/>
        <source>Counting decisions…</source>
        <translation>Menghitung keputusan…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="130"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="135"/>
        <source>Export decisions</source>
        <translation>Ekspor keputusan</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../wellbeing/exposure.py" line="138"/>
        <source>revealed</source>
        <extracomment>The view of a freshly shown item when the caller does not say otherwise: on screen, blurred, gray, muted.</extracomment>
        <translation>ditampilkan jelas</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="139"/>
        <source>blurred+gray</source>
        <translation>buram dan abu-abu</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="140"/>
        <source>blurred+color</source>
        <translation>buram berwarna</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="141"/>
        <source>stylised</source>
        <translation>bergaya</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="142"/>
        <source>gray unblurred</source>
        <translation>abu-abu tidak buram</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="143"/>
        <source>unfiltered</source>
        <translation>tanpa filter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="150"/>
        <source>hidden ({weight})</source>
        <translation>tersembunyi ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="152"/>
        <source>{view} ({weight})</source>
        <translation>{view} ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="158"/>
        <source>{view} with {percent}% spotlight ({weight})</source>
        <translation>{view} dengan sorotan {percent}% ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="162"/>
        <source>{view} + audio ({weight})</source>
        <translation>{view} + audio ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="455"/>
        <source>no item open</source>
        <translation>tidak ada item yang terbuka</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="457"/>
        <source>media hidden</source>
        <translation>media disembunyikan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="459"/>
        <source>panic key: media hidden</source>
        <translation>tombol panik: media disembunyikan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="461"/>
        <source>on a break</source>
        <translation>sedang istirahat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="463"/>
        <source>window not active</source>
        <translation>jendela tidak aktif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="465"/>
        <source>clock jump (sleep/resume?): waiting for input</source>
        <translation>lompatan jam (tidur/lanjut?): menunggu masukan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="468"/>
        <source>idle (no input for {seconds} s)</source>
        <translation>diam (tanpa masukan selama {seconds} dtk)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="473"/>
        <source>not counted: {reasons}</source>
        <translation>tidak dihitung: {reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="474"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="480"/>
        <source>severity of queue &apos;{queue}&apos; ({weight})</source>
        <translation>keparahan antrean &apos;{queue}&apos; ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="485"/>
        <source>severity tier {tier} ({weight})</source>
        <translation>keparahan tingkat {tier} ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="490"/>
        <source>{visibility} x {severity} = {rate} per minute</source>
        <translation>{visibility} × {severity} = {rate} per menit</translation>
    </message>
</context>
<context>
    <name>ExposureDashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="98"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="99"/>
        <source>Dose (weighted minutes)</source>
        <translation>Paparan (menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="140"/>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="141"/>
        <source>Days over
budget</source>
        <translation>Hari melebihi
anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="142"/>
        <source>Dose (weighted
minutes)</source>
        <translation>Paparan (menit
berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="143"/>
        <source>Revealed
minutes</source>
        <translation>Menit
ditampilkan jelas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="144"/>
        <source>Breaks
suggested</source>
        <translation>Istirahat
disarankan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="145"/>
        <source>Breaks
taken</source>
        <translation>Istirahat
diambil</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146"/>
        <source>Mood trend
(points per week)</source>
        <translation>Tren perasaan
(poin per minggu)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="224"/>
        <source>Exposure - wellbeing dashboard</source>
        <translation>Paparan - dasbor kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="236"/>
        <source>per day</source>
        <translation>per hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="237"/>
        <source>per week</source>
        <translation>per minggu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="238"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="242"/>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="231"/>
        <location filename="../../ui/dashboard.py" line="250"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="232"/>
        <source>First day of the report, year-month-day</source>
        <translation>Tanggal pertama laporan, tahun-bulan-tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="234"/>
        <source>Last day of the report, year-month-day</source>
        <translation>Tanggal terakhir laporan, tahun-bulan-tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="252"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="265"/>
        <source>Choose a range and press Show.</source>
        <translation>Pilih rentang lalu tekan Tampilkan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270"/>
        <source>Exposure chart</source>
        <translation>Grafik paparan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="272"/>
        <source>Weighted exposure over the range; the same figures are in the summary and the tables</source>
        <translation>Paparan berbobot dalam rentang; angka yang sama ada di ringkasan dan tabel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="274"/>
        <source>Distribution chart</source>
        <translation>Grafik sebaran</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276"/>
        <source>How many people had each daily dose; the same figures are in the summary and the tables</source>
        <translation>Berapa orang pada setiap paparan harian; angka yang sama ada di ringkasan dan tabel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="285"/>
        <location filename="../../ui/dashboard.py" line="294"/>
        <source>People over budget</source>
        <translation>Orang yang melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="300"/>
        <source>People of the chart point or bar clicked</source>
        <translation>Orang pada titik atau batang grafik yang diklik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="306"/>
        <location filename="../../ui/dashboard.py" line="470"/>
        <source>Click a point or a bar of a chart to list its people.</source>
        <translation>Klik titik atau batang grafik untuk melihat orang-orangnya.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="367"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="378"/>
        <source>the report failed: {error}</source>
        <translation>laporan gagal: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="399"/>
        <source>individual rows shown (wellbeing)</source>
        <translation>baris perorangan ditampilkan (kesejahteraan)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="402"/>
        <source>aggregates only; groups under {count} people suppressed, with enough others that none can be worked out by difference</source>
        <translation>hanya agregat; kelompok di bawah {count} orang disembunyikan, bersama cukup banyak kelompok lain sehingga tidak ada yang bisa dihitung dari selisihnya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="408"/>
        <source>no exposure recorded in this range</source>
        <translation>tidak ada paparan yang tercatat dalam rentang ini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="410"/>
        <source>suppressed: too few people</source>
        <translation>disembunyikan: terlalu sedikit orang</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="416"/>
        <source>median {median}, p90 {p90}, max {max}</source>
        <translation>median {median}, p90 {p90}, maks {max}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="422"/>
        <source>mean {mean}</source>
        <translation>rata-rata {mean}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="428"/>
        <source> ({days} person-days)</source>
        <translation> ({days} hari-orang)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="431"/>
        <source>1 person reached the daily budget of {budget}{days}</source>
        <translation>1 orang mencapai anggaran harian {budget}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="433"/>
        <source>{count} people reached the daily budget of {budget}{days}</source>
        <translation>{count} orang mencapai anggaran harian {budget}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="436"/>
        <source>{people} people; dose per person over the range: {spread} weighted min; {reached}</source>
        <translation>{people} orang; paparan per orang dalam rentang: {spread} menit berbobot; {reached}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="447"/>
        <source>{start} – {end}: {figures}. ({scope})</source>
        <translation>{start} – {end}: {figures}. ({scope})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="456"/>
        <source>People over budget ({count})</source>
        <translation>Orang yang melebihi anggaran ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="458"/>
        <source>People over budget: individual rows are for wellbeing staff only</source>
        <translation>Orang yang melebihi anggaran: baris perorangan hanya untuk staf kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="468"/>
        <source>Charts of aggregates only: no person behind a point or bar.</source>
        <translation>Grafik hanya agregat: tidak ada orang di balik titik atau batang.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="499"/>
        <source>People with exposure on {span} ({count}); click one or press Enter</source>
        <translation>Orang dengan paparan pada {span} ({count}); klik salah satu atau tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="517"/>
        <source>People with a dose of {low} to {high} over the range ({count}); click one or press Enter</source>
        <translation>Orang dengan paparan {low} sampai {high} dalam rentang ({count}); klik salah satu atau tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="525"/>
        <source>Export the report as CSV</source>
        <translation>Ekspor laporan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="531"/>
        <source>Export the report as PDF</source>
        <translation>Ekspor laporan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="562"/>
        <source>The report was not saved: {reason}.</source>
        <translation>Laporan tidak disimpan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="565"/>
        <source>Report not saved</source>
        <translation>Laporan tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576"/>
        <source>The report was saved, but its audit record failed: {error}</source>
        <translation>Laporan sudah disimpan, tetapi catatan auditnya gagal: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="580"/>
        <source>Saved the report as {format} to {path}.</source>
        <translation>Laporan disimpan sebagai {format} di {path}.</translation>
    </message>
</context>
<context>
    <name>ExposureMeter</name>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="111"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="112"/>
        <source>tier {tier} ×{weight}</source>
        <translation>tingkat {tier} ×{weight}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="119"/>
        <source>Exposure = minutes media was on screen × how revealed it was × the queue&apos;s severity.</source>
        <translation>Paparan = menit media tampil di layar × seberapa jelas media ditampilkan × keparahan antrean.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="123"/>
        <source>How revealed: hidden {hidden}, blurred+gray {blurred_gray}, blurred colour {blurred_color}, stylised {stylised}, gray unblurred {gray_unblurred}, revealed {revealed}; unmuted audio adds {audio}.</source>
        <translation>Seberapa jelas: tersembunyi {hidden}, buram dan abu-abu {blurred_gray}, buram berwarna {blurred_color}, bergaya {stylised}, abu-abu tidak buram {gray_unblurred}, ditampilkan jelas {revealed}; audio yang tidak dibisukan menambah {audio}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="137"/>
        <source>Severity: {tiers}.</source>
        <translation>Keparahan: {tiers}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="138"/>
        <source>Only counted while the window is active and you are at the keyboard (idle after {seconds} s).</source>
        <translation>Hanya dihitung saat jendela aktif dan Anda ada di depan keyboard (dianggap diam setelah {seconds} dtk).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="142"/>
        <source>Daily budget {budget}; a break is suggested at {soft} since your last break and required at {enforced}.</source>
        <translation>Anggaran harian {budget}; istirahat disarankan pada {soft} sejak istirahat terakhir Anda dan diwajibkan pada {enforced}.</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="75"/>
        <source>Exposure today</source>
        <translation>Paparan hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="79"/>
        <source>Exposure today —</source>
        <translation>Paparan hari ini —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="98"/>
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>Paparan hari ini {today} / {budget}  · anggaran habis</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100"/>
        <source>Exposure today {today} / {budget}</source>
        <translation>Paparan hari ini {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="103"/>
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>{today} dari {budget} menit berbobot hari ini. {explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="107"/>
        <source>Budget spent. {described}</source>
        <translation>Anggaran habis. {described}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="112"/>
        <source>Right now: {explanation}
Since your last break: {since} weighted minutes.

{method}

Click for your own view (Ctrl+Shift+W).</source>
        <translation>Saat ini: {explanation}
Sejak istirahat terakhir: {since} menit berbobot.

{method}

Klik untuk tampilan Anda sendiri (Ctrl+Shift+W).</translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="42"/>
        <source>mean</source>
        <translation>rata-rata</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="43"/>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="44"/>
        <source>90th percentile</source>
        <translation>persentil ke-90</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="45"/>
        <source>maximum</source>
        <translation>maksimum</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="105"/>
        <source>Dose per person per day (weighted minutes)</source>
        <extracomment>The object name of the daily budget&apos;s line, which has no people behind it (ui/dashboard.py).</extracomment>
        <translation>Paparan per orang per hari (menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="107"/>
        <source>Dose per person per week (weighted minutes)</source>
        <translation>Paparan per orang per minggu (menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="116"/>
        <source>this day so far (partial, not joined)</source>
        <translation>hari ini sejauh ini (sebagian, tidak disambung)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="118"/>
        <source>this week so far (partial, not joined)</source>
        <translation>minggu ini sejauh ini (sebagian, tidak disambung)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="134"/>
        <source>no period to show: no data, or fewer than {count} people in each</source>
        <translation>tidak ada periode untuk ditampilkan: tidak ada data, atau kurang dari {count} orang di setiap periode</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="141"/>
        <source>period starting</source>
        <translation>awal periode</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="148"/>
        <location filename="../../ui/report_pdf.py" line="286"/>
        <source>dose</source>
        <translation>paparan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="168"/>
        <source>daily budget ({budget})</source>
        <translation>anggaran harian ({budget})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="233"/>
        <source>Distribution: people by dose over {start} - {end}</source>
        <translation>Sebaran: orang menurut paparan selama {start} - {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="240"/>
        <location filename="../../ui/report_pdf.py" line="252"/>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="256"/>
        <source>dose over the range (bins of {width} weighted min)</source>
        <translation>paparan dalam rentang (kelompok {width} menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="263"/>
        <source>Distribution per team: dose per person over the range</source>
        <translation>Sebaran per tim: paparan per orang dalam rentang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="280"/>
        <source>{group} (suppressed)</source>
        <translation>{group} (disembunyikan)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="283"/>
        <source>(no data)</source>
        <translation>(tidak ada data)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="302"/>
        <source>People</source>
        <extracomment>The PDF&apos;s columns: (figure, heading spelled out, decimals). Two tables per level, so that every column is wide enough for 9 pt type on A4: exposure, then care.</extracomment>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="303"/>
        <location filename="../../ui/report_pdf.py" line="362"/>
        <source>Total dose</source>
        <translation>Total paparan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="304"/>
        <location filename="../../ui/report_pdf.py" line="369"/>
        <source>Mean per person</source>
        <translation>Rata-rata per orang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="305"/>
        <source>Median per person</source>
        <translation>Median per orang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="308"/>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="309"/>
        <location filename="../../ui/report_pdf.py" line="383"/>
        <source>Revealed minutes</source>
        <translation>Menit ditampilkan jelas</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="310"/>
        <location filename="../../ui/report_pdf.py" line="390"/>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="313"/>
        <location filename="../../ui/report_pdf.py" line="397"/>
        <source>Days over budget</source>
        <translation>Hari melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="314"/>
        <location filename="../../ui/report_pdf.py" line="404"/>
        <source>People over budget</source>
        <translation>Orang yang melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="315"/>
        <source>Breaks suggested</source>
        <translation>Istirahat disarankan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="316"/>
        <source>Breaks taken</source>
        <translation>Istirahat diambil</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="317"/>
        <source>Breaks postponed</source>
        <translation>Istirahat ditunda</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="318"/>
        <location filename="../../ui/report_pdf.py" line="336"/>
        <source>Check-ins</source>
        <translation>Cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="319"/>
        <location filename="../../ui/report_pdf.py" line="343"/>
        <source>Mood trend per week</source>
        <translation>Tren perasaan per minggu</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="322"/>
        <source>suppressed (too few people, or another group could be worked out from it)</source>
        <translation>disembunyikan (terlalu sedikit orang, atau kelompok lain bisa dihitung darinya)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="354"/>
        <source>Dose</source>
        <extracomment>What the PDF&apos;s legend page says about each heading and term.</extracomment>
        <translation>Paparan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="355"/>
        <source>Weighted minutes: minutes on screen x how much was visible (hidden 0 to revealed 1) x the queue&apos;s severity weight. One minute of fully revealed tier-2 media is 1.</source>
        <translation>Menit berbobot: menit di layar x seberapa banyak yang terlihat (tersembunyi 0 sampai ditampilkan jelas 1) x bobot keparahan antrean. Satu menit media tingkat 2 yang ditampilkan jelas sepenuhnya bernilai 1.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="363"/>
        <source>The group&apos;s dose over the whole range, all people added up.</source>
        <translation>Paparan kelompok selama seluruh rentang, dijumlahkan untuk semua orang.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="370"/>
        <source>Total dose divided by the number of people in the group.</source>
        <translation>Total paparan dibagi jumlah orang dalam kelompok.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="376"/>
        <source>Median, 90th percentile, maximum</source>
        <translation>Median, persentil ke-90, maksimum</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="377"/>
        <source>Of the people&apos;s doses over the range (wellbeing staff only: each is one person&apos;s figure).</source>
        <translation>Dari paparan tiap orang dalam rentang (hanya staf kesejahteraan: masing-masing adalah angka satu orang).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="384"/>
        <source>Minutes with media fully revealed (no blur, no grayscale).</source>
        <translation>Menit ketika media ditampilkan jelas sepenuhnya (tanpa buram, tanpa abu-abu).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="391"/>
        <source>Items on screen.</source>
        <translation>Item yang tampil di layar.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="398"/>
        <source>Person-days on which the dose reached the daily budget.</source>
        <translation>Hari-orang ketika paparan mencapai anggaran harian.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="405"/>
        <source>People with at least one such day.</source>
        <translation>Orang dengan setidaknya satu hari seperti itu.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="329"/>
        <source>Breaks suggested / taken / postponed</source>
        <extracomment>The legend&apos;s break and check-in terms: only wellbeing staff&apos;s report has these columns.</extracomment>
        <translation>Istirahat disarankan / diambil / ditunda</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="330"/>
        <source>Break prompts (soft and enforced), breaks taken, and postponements of enforced breaks.</source>
        <translation>Pengingat istirahat (saran dan wajib), istirahat yang diambil, dan penundaan istirahat wajib.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="337"/>
        <source>Voluntary mood check-ins, 1 (very low) to 5 (very good).</source>
        <translation>Cek perasaan sukarela, 1 (sangat buruk) sampai 5 (sangat baik).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="344"/>
        <source>Slope of the check-in moods over the range, in points per week: negative means mood is falling.</source>
        <translation>Kemiringan perasaan dari cek perasaan selama rentang, dalam poin per minggu: negatif berarti perasaan menurun.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="412"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="413"/>
        <source>No value: not applicable at this level (queues have no breaks), or withheld because it would come from fewer people than the minimum group size.</source>
        <translation>Tanpa nilai: tidak berlaku pada tingkat ini (antrean tidak punya istirahat), atau ditahan karena berasal dari orang yang lebih sedikit daripada ukuran kelompok minimum.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="420"/>
        <source>Suppressed</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="421"/>
        <source>A group of fewer people than the minimum group size, or one hidden so that such a group cannot be worked out by difference.</source>
        <translation>Kelompok dengan orang lebih sedikit daripada ukuran kelompok minimum, atau kelompok yang disembunyikan agar kelompok seperti itu tidak dapat dihitung dari selisihnya.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="428"/>
        <source>Today / this week</source>
        <translation>Hari ini / minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="429"/>
        <source>The period still running is partial: the dose chart shows it as a hollow marker, not joined to the line.</source>
        <translation>Periode yang masih berjalan bersifat sebagian: grafik paparan menampilkannya sebagai penanda kosong, tidak disambung ke garis.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="451"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="476"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="477"/>
        <source>Teams</source>
        <translation>Tim</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="478"/>
        <source>Queues</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="485"/>
        <source>{group}, whole range: exposure</source>
        <translation>{group}, seluruh rentang: paparan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="490"/>
        <source>{group}, whole range: care</source>
        <translation>{group}, seluruh rentang: kepedulian</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="493"/>
        <source>{group}, whole range: days over budget</source>
        <translation>{group}, seluruh rentang: hari melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="609"/>
        <source>Exposure report {start} to {end}</source>
        <translation>Laporan paparan {start} sampai {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="618"/>
        <source>Exposure report</source>
        <translation>Laporan paparan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="621"/>
        <source>{start} to {end}, per day; daily budget {budget} weighted minutes</source>
        <translation>{start} sampai {end}, per hari; anggaran harian {budget} menit berbobot</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="625"/>
        <source>{start} to {end}, per week; daily budget {budget} weighted minutes</source>
        <translation>{start} sampai {end}, per minggu; anggaran harian {budget} menit berbobot</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="638"/>
        <source>Generated {at} UTC. The legend is on the last page.</source>
        <translation>Dibuat {at} UTC. Keterangan ada di halaman terakhir.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="643"/>
        <source>Individual rows included (wellbeing staff). Wellbeing data: not for performance review.</source>
        <translation>Termasuk baris perorangan (staf kesejahteraan). Data kesejahteraan: bukan untuk penilaian kinerja.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="648"/>
        <source>Aggregates only; groups under {count} people suppressed, and others with them.</source>
        <translation>Hanya agregat; kelompok di bawah {count} orang disembunyikan, beserta kelompok lain yang terkait.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="665"/>
        <source>People over budget ({count})</source>
        <translation>Orang yang melebihi anggaran ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="676"/>
        <source>Nobody reached the daily budget in this range.</source>
        <translation>Tidak ada yang mencapai anggaran harian dalam rentang ini.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="682"/>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>FaceButton</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="62"/>
        <source>Mood {mood} of 5: {label}</source>
        <translation>Suasana hati {mood} dari 5: {label}</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../media/reveal.py" line="140"/>
        <source>blur {level}/5</source>
        <translation>buram {level}/5</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="142"/>
        <source>no blur</source>
        <translation>tidak buram</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>gray</source>
        <translation>abu-abu</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>colour</source>
        <translation>berwarna</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="148"/>
        <source>{blur}, {colour}, stylised</source>
        <translation>{blur}, {colour}, bergaya</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="149"/>
        <source>{blur}, {colour}</source>
        <translation>{blur}, {colour}</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="203"/>
        <source>a moment</source>
        <translation>sebentar</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="204"/>
        <source>{seconds} s</source>
        <translation>{seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="212"/>
        <source>Revealed: re-blurs in {time} (R re-blurs now)</source>
        <translation>Ditampilkan jelas: buram lagi dalam {time} (R untuk memburamkan sekarang)</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="216"/>
        <source>Spotlight: re-blurs in {time} or when P is released</source>
        <translation>Sorotan: buram lagi dalam {time} atau saat P dilepas</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="219"/>
        <source>Filter lowered to {filter}: back to {defaults} in {time}</source>
        <translation>Filter diturunkan ke {filter}: kembali ke {defaults} dalam {time}</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="231"/>
        <source>unfiltered</source>
        <translation>tanpa filter</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="232"/>
        <source>spotlight</source>
        <translation>sorotan</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="235"/>
        <source>REVEALED ({what}): re-blurs in {time}</source>
        <translation>DITAMPILKAN JELAS ({what}): buram lagi dalam {time}</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_alerts.py" line="61"/>
        <source>Incident alert</source>
        <translation>Peringatan insiden</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="71"/>
        <source>Incident alert text</source>
        <translation>Teks peringatan insiden</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="73"/>
        <source>A   Acknowledge</source>
        <translation>A   Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="74"/>
        <source>Acknowledge the incident</source>
        <translation>Konfirmasi insiden</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="96"/>
        <source>  (+{count} more)</source>
        <translation>  (+{count} lagi)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="102"/>
        <source>INCIDENT {severity}: {category} — item {item} ({queue}), opened by {who} {waited} min ago; acknowledge within {target} min. Press A to acknowledge.{more}</source>
        <translation>INSIDEN {severity}: {category} — item {item} ({queue}), dibuka oleh {who} {waited} menit lalu; konfirmasi dalam {target} menit. Tekan A untuk konfirmasi.{more}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="108"/>
        <source>no queue</source>
        <translation>tanpa antrean</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/details.py" line="27"/>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="28"/>
        <source>Chinese</source>
        <translation>Tionghoa</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="29"/>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="30"/>
        <source>Malay</source>
        <translation>Melayu</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="31"/>
        <source>Arabic</source>
        <translation>Arab</translation>
    </message>
</context>
<context>
    <name>LeadAlerts</name>
    <message>
        <location filename="../../ui/incident_alerts.py" line="162"/>
        <source>Reviewer Workstation: incidents</source>
        <translation>Reviewer Workstation: insiden</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="213"/>
        <source>Incident {severity}: {category}</source>
        <translation>Insiden {severity}: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="214"/>
        <source>Item {item} opened by {who}.</source>
        <translation>Item {item} dibuka oleh {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="215"/>
        <source> It was not acknowledged in time: you are next on the duty list.</source>
        <translation> Belum dikonfirmasi tepat waktu: Anda berikutnya dalam daftar piket.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="231"/>
        <source>Incident {id} acknowledged by {who}.</source>
        <translation>Insiden {id} dikonfirmasi oleh {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="240"/>
        <source>the database did not answer</source>
        <translation>basis data tidak menjawab</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="243"/>
        <source>Could not acknowledge incident {id}: {reason}</source>
        <translation>Tidak dapat mengonfirmasi insiden {id}: {reason}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../media/audio.py" line="62"/>
        <source>no audio stream</source>
        <translation>tidak ada aliran audio</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="77"/>
        <source>unreadable audio: {error}</source>
        <translation>audio tidak terbaca: {error}</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="132"/>
        <location filename="../../media/audio.py" line="147"/>
        <source>the audio could not be decoded: {error}</source>
        <translation>audio tidak dapat didekode: {error}</translation>
    </message>
    <message>
        <location filename="../../media/hashing.py" line="23"/>
        <location filename="../../media/sniff.py" line="126"/>
        <source>cannot read file: {error}</source>
        <translation>tidak dapat membaca file: {error}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="49"/>
        <source>not an image (the bytes are {format} {kind})</source>
        <translation>bukan gambar (isinya {format} {kind})</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="56"/>
        <location filename="../../media/probe.py" line="48"/>
        <location filename="../../media/video.py" line="366"/>
        <source>file of {size} bytes exceeds the {limit} byte limit</source>
        <translation>file berukuran {size} bita melebihi batas {limit} bita</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="81"/>
        <location filename="../../media/image.py" line="121"/>
        <source>image has no pixels ({width}x{height})</source>
        <translation>gambar tidak memiliki piksel ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="86"/>
        <source>corrupt {format} image: header not readable</source>
        <translation>gambar {format} rusak: header tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="101"/>
        <source>truncated {format}</source>
        <translation>{format} terpotong</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="104"/>
        <source>{format} image too large to decode</source>
        <translation>gambar {format} terlalu besar untuk didekode</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="108"/>
        <source>corrupt {format} image: bad compressed data</source>
        <translation>gambar {format} rusak: data terkompresi tidak valid</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="112"/>
        <source>corrupt {format} image: {detail}</source>
        <translation>gambar {format} rusak: {detail}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="114"/>
        <source>corrupt {format} image</source>
        <translation>gambar {format} rusak</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="125"/>
        <source>image of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>gambar {width}x{height} piksel melebihi batas {limit}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="249"/>
        <source>animation of {count} frames exceeds the {limit} frame limit</source>
        <translation>animasi {count} bingkai melebihi batas {limit} bingkai</translation>
    </message>
    <message>
        <location filename="../../media/limits.py" line="31"/>
        <source>{megapixels} MP</source>
        <translation>{megapixels} MP</translation>
    </message>
    <message>
        <location filename="../../media/phash.py" line="88"/>
        <source>no decodable keyframes in video</source>
        <extracomment>PDQ match threshold: ThreatExchange&apos;s PDQ documentation (&quot;pdq/README.md&quot;, hashing.pdf) recommends treating Hamming distance &lt;= 31 (of 256 bits) as a match. PDQ quality below this (0..100) means a near-featureless image whose hash is unreliable (the reference implementation&apos;s suggested cut-off). What the importer stores for a file: (kind, best hex), or (kind, best hex, its quality, [[hex, quality], ...] of every reliable hash).</extracomment>
        <translation>tidak ada keyframe yang dapat didekode dalam video</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="81"/>
        <source>empty file</source>
        <translation>file kosong</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="109"/>
        <source>unrecognised file type (starts with {bytes})</source>
        <translation>jenis file tidak dikenali (diawali {bytes})</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="121"/>
        <source>not a file (a folder)</source>
        <translation>bukan file (sebuah folder)</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="123"/>
        <source>file not found</source>
        <translation>file tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../media/storyboard.py" line="150"/>
        <source>no decodable frames in video</source>
        <translation>tidak ada bingkai yang dapat didekode dalam video</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="45"/>
        <source>cannot read term list {name}: {error}</source>
        <translation>tidak dapat membaca daftar istilah {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="51"/>
        <source>term list {name} is not UTF-8 text</source>
        <translation>daftar istilah {name} bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="102"/>
        <source>no masked-term list for the language {language!r}; lists exist for {lists}</source>
        <translation>tidak ada daftar istilah yang disamarkan untuk bahasa {language!r}; daftar tersedia untuk {lists}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="183"/>
        <source>not text (the bytes are {format} {kind})</source>
        <translation>bukan teks (isinya {format} {kind})</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="190"/>
        <source>text of {size} bytes exceeds the {limit} byte limit</source>
        <translation>teks berukuran {size} bita melebihi batas {limit} bita</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="201"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset} (looks like UTF-16)</source>
        <translation>bukan teks UTF-8: bita tidak valid 0x{byte} pada offset {offset} (tampaknya UTF-16)</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="205"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset}</source>
        <translation>bukan teks UTF-8: bita tidak valid 0x{byte} pada offset {offset}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="56"/>
        <location filename="../../media/video.py" line="385"/>
        <source>unreadable {format} video: {error}</source>
        <translation>video {format} tidak terbaca: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="64"/>
        <source>no video stream</source>
        <translation>tidak ada aliran video</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="67"/>
        <source>video codec not supported by this decoder</source>
        <translation>codec video tidak didukung oleh dekoder ini</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="74"/>
        <source>video has no frame size ({width}x{height})</source>
        <translation>video tidak memiliki ukuran bingkai ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="80"/>
        <source>video of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>video {width}x{height} piksel melebihi batas {limit}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="98"/>
        <source>video of {seconds} s exceeds the {limit} s limit</source>
        <translation>video {seconds} dtk melebihi batas {limit} dtk</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="104"/>
        <source>video of {count} frames exceeds the {limit} frame limit</source>
        <translation>video {count} bingkai melebihi batas {limit} bingkai</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="168"/>
        <source>cannot convert video frame: {error}</source>
        <translation>tidak dapat mengonversi bingkai video: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="236"/>
        <location filename="../../media/video.py" line="251"/>
        <source>cannot seek in video: {error}</source>
        <translation>tidak dapat berpindah posisi dalam video: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="267"/>
        <location filename="../../media/video.py" line="295"/>
        <location filename="../../media/video.py" line="331"/>
        <source>cannot decode video: {error}</source>
        <translation>tidak dapat mendekode video: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="272"/>
        <source>no decodable keyframe at {seconds} s</source>
        <translation>tidak ada keyframe yang dapat didekode pada {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="299"/>
        <source>no decodable frame at {seconds} s</source>
        <translation>tidak ada bingkai yang dapat didekode pada {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="359"/>
        <source>not a video (the bytes are {format} {kind})</source>
        <translation>bukan video (isinya {format} {kind})</translation>
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
        <translation>dekode memerlukan lebih dari {size}</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="85"/>
        <source>decoding took longer than {seconds} s</source>
        <translation>dekode memakan waktu lebih dari {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="92"/>
        <source>the decoder stopped answering</source>
        <translation>dekoder berhenti merespons</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="97"/>
        <source>the decoder crashed (signal {signal})</source>
        <translation>dekoder berhenti mendadak (sinyal {signal})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="98"/>
        <source>the decoder exited unexpectedly (status {status})</source>
        <translation>dekoder keluar secara tak terduga (status {status})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="288"/>
        <source>the decoder could not start in time; try again</source>
        <translation>dekoder tidak dapat dimulai tepat waktu; coba lagi</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="295"/>
        <source>the decoder could not start (status {status})</source>
        <translation>dekoder tidak dapat dimulai (status {status})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="425"/>
        <source>the decoder failed ({error})</source>
        <translation>dekoder gagal ({error})</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <location filename="../../ui/details.py" line="18"/>
        <source>image</source>
        <translation>gambar</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="19"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="20"/>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="21"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../../ui/media_view.py" line="70"/>
        <source>This media could not be opened: {reason}.
You can still decide from the details (E escalates with a note) or skip (S).</source>
        <translation>Media ini tidak dapat dibuka: {reason}.
Anda tetap dapat memutuskan dari rinciannya (E untuk eskalasi dengan catatan) atau melewatinya (S).</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112"/>
        <source>Media view</source>
        <translation>Tampilan media</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="113"/>
        <source>The item&apos;s media, blurred and gray until you reveal it</source>
        <translation>Media item ini, buram dan abu-abu sampai Anda menampilkannya</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="231"/>
        <source>Preparing a filtered preview…</source>
        <translation>Menyiapkan pratinjau yang difilter…</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="576"/>
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>Media disembunyikan.
Tekan Esc untuk menampilkannya lagi — media kembali buram dan abu-abu.</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="622"/>
        <source>Revealed: re-blurs in 8 s</source>
        <translation>Ditampilkan jelas: buram lagi dalam 8 dtk</translation>
    </message>
</context>
<context>
    <name>MyQADialog</name>
    <message>
        <location filename="../../ui/qa_review.py" line="373"/>
        <location filename="../../ui/qa_review.py" line="374"/>
        <source>My QA</source>
        <translation>QA saya</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="380"/>
        <source>Some of your decisions are sampled for a blind second review by a lead. This is how they fared; the QA reviewer is not named.</source>
        <translation>Sebagian keputusan Anda diambil sebagai sampel untuk tinjauan kedua tertutup oleh ketua tim. Inilah hasilnya; peninjau QA tidak disebutkan namanya.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="386"/>
        <location filename="../../ui/qa_review.py" line="411"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="389"/>
        <source>Your QA agreement</source>
        <translation>Tingkat kesesuaian QA Anda</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="393"/>
        <source>Your reviewed decisions</source>
        <translation>Keputusan Anda yang ditinjau</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="402"/>
        <source>Press F4 or Enter to close.</source>
        <translation>Tekan F4 atau Enter untuk menutup.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="417"/>
        <source>Your QA results could not be read: {error}</source>
        <translation>Hasil QA Anda tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="424"/>
        <source>None of your decisions has had a QA review yet.</source>
        <translation>Belum ada keputusan Anda yang ditinjau QA.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="430"/>
        <source>{n} of your decisions had a second review; agreement {pct} %.</source>
        <translation>{n} keputusan Anda telah ditinjau kedua kali; kesesuaian {pct} %.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="442"/>
        <source>Known-answer items before today: {correct} of {n} right ({pct} %).</source>
        <translation>Item dengan jawaban yang sudah diketahui sebelum hari ini: {correct} dari {n} benar ({pct} %).</translation>
    </message>
</context>
<context>
    <name>NoRoleWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="360"/>
        <source>Reviewer Workstation</source>
        <translation>Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="363"/>
        <source>{name} ({user}) has no role on this workstation yet, so there is nothing to open. Ask an admin to give you one: reviewer, wellbeing, lead or admin.</source>
        <translation>{name} ({user}) belum punya peran di workstation ini, jadi belum ada yang bisa dibuka. Minta admin memberi Anda peran: peninjau, kesejahteraan, ketua tim, atau admin.</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../ui/notices.py" line="62"/>
        <source>Notices</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="41"/>
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>Reviewer Workstation — menunggu basis data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="42"/>
        <source>Waiting for the database</source>
        <translation>Menunggu basis data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="47"/>
        <source>The database cannot be reached</source>
        <translation>Basis data tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="58"/>
        <source>Your decisions waiting to be sent</source>
        <translation>Keputusan Anda yang menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="63"/>
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>{count} entri lain milik orang lain yang memakai workstation ini juga menunggu.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="68"/>
        <location filename="../../ui/offline_start.py" line="125"/>
        <source>Trying to reach it…</source>
        <translation>Mencoba menghubungi…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="70"/>
        <source>Try now</source>
        <translation>Coba sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="73"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="91"/>
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>Tidak ada milik Anda yang menunggu di workstation ini. Anda dapat mengambil pekerjaan setelah basis data kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="93"/>
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>Pekerjaan Anda aman: 1 keputusan tersimpan di workstation ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="96"/>
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>Pekerjaan Anda aman: {count} keputusan tersimpan di workstation ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="101"/>
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>Catatan paparan Anda yang menunggu dikirim: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="103"/>
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>Semuanya dikirim saat basis data kembali, sesuai urutan Anda membuatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="113"/>
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}, diputuskan {when} — ditolak oleh basis data: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="115"/>
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}, diputuskan {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="134"/>
        <source>The database answers again: signing in…</source>
        <translation>Basis data menjawab lagi: sedang masuk…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="140"/>
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>Tidak ada jawaban pada {time}. Mencoba lagi setiap {seconds} dtk; F5 mencoba sekarang.</translation>
    </message>
</context>
<context>
    <name>OperationsWindow</name>
    <message>
        <location filename="../../ui/operations.py" line="86"/>
        <source>Operations — SLA and daily report — Reviewer Workstation</source>
        <translation>Operasional — SLA dan laporan harian — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="93"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="94"/>
        <source>Daily report</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="104"/>
        <source>queue</source>
        <translation>antrean</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="105"/>
        <source>team</source>
        <translation>tim</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="106"/>
        <source>Group by</source>
        <translation>Kelompokkan menurut</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="108"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="109"/>
        <source>last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="110"/>
        <location filename="../../ui/operations.py" line="119"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="111"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="113"/>
        <location filename="../../ui/operations.py" line="208"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="119"/>
        <source>By</source>
        <translation>Menurut</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="128"/>
        <source>SLA per queue or team</source>
        <translation>SLA per antrean atau tim</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="132"/>
        <location filename="../../ui/operations.py" line="134"/>
        <source>Breaches</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="146"/>
        <location filename="../../ui/operations.py" line="255"/>
        <source>Working…</source>
        <translation>Sedang diproses…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="153"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="153"/>
        <location filename="../../ui/operations.py" line="204"/>
        <location filename="../../ui/operations.py" line="215"/>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="159"/>
        <source>Breaches ({count})</source>
        <translation>Pelanggaran ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="164"/>
        <source>{start} to {end} ({zone}); {overdue} overdue now, {breaches} breaches in the window</source>
        <translation>{start} sampai {end} ({zone}); {overdue} terlambat sekarang, {breaches} pelanggaran dalam periode ini</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="179"/>
        <source>Save the SLA report</source>
        <translation>Simpan laporan SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="183"/>
        <source>SLA report</source>
        <translation>Laporan SLA</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="201"/>
        <location filename="../../ui/operations.py" line="215"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="203"/>
        <source>All teams</source>
        <translation>Semua tim</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="206"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="209"/>
        <source>Save as Markdown…</source>
        <translation>Simpan sebagai Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="233"/>
        <source>Loading the teams…</source>
        <translation>Memuat tim…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="246"/>
        <source>The team list could not be read: {error}</source>
        <translation>Daftar tim tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="276"/>
        <location filename="../../ui/operations.py" line="295"/>
        <source>Save the daily report</source>
        <translation>Simpan laporan harian</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="279"/>
        <source>Daily report {day}</source>
        <translation>Laporan harian {day}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="301"/>
        <location filename="../../ui/operations.py" line="312"/>
        <source>Saved {path}</source>
        <translation>Disimpan {path}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="304"/>
        <location filename="../../ui/operations.py" line="314"/>
        <source>could not save {path}: {error}</source>
        <translation>tidak dapat menyimpan {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="320"/>
        <source>the report failed: {error}</source>
        <translation>laporan gagal: {error}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="42"/>
        <source>Saved on this workstation; will be sent when the database is back.</source>
        <extracomment>What the reviewer is told about a decision the outbox kept (the database is away).</extracomment>
        <translation>Disimpan di workstation ini; akan dikirim saat basis data tersedia kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="52"/>
        <source>Offline: 1 decision saved here, not sent yet</source>
        <translation>Luring: 1 keputusan tersimpan di sini, belum dikirim</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="53"/>
        <source>Offline: {count} decisions saved here, not sent yet</source>
        <translation>Luring: {count} keputusan tersimpan di sini, belum dikirim</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="57"/>
        <source>Sending 1 decision saved offline…</source>
        <translation>Mengirim 1 keputusan yang disimpan saat luring…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="58"/>
        <source>Sending {count} decisions saved offline…</source>
        <translation>Mengirim {count} keputusan yang disimpan saat luring…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="66"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="70"/>
        <source>A decision saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: it is kept here and in the audit log, and your lead can see it.</source>
        <translation>Sebuah keputusan yang disimpan di workstation ini saat luring tidak dapat dicatat: {reasons}. Tidak ada yang hilang: keputusan itu disimpan di sini dan di log audit, dan ketua tim Anda dapat melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="76"/>
        <source>{count} decisions saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: they are kept here and in the audit log, and your lead can see them.</source>
        <translation>{count} keputusan yang disimpan di workstation ini saat luring tidak dapat dicatat: {reasons}. Tidak ada yang hilang: semuanya disimpan di sini dan di log audit, dan ketua tim Anda dapat melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="89"/>
        <source>Offline: the database cannot be reached</source>
        <translation>Luring: basis data tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="93"/>
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>Luring: 1 keputusan tersimpan di workstation ini, dikirim saat basis data tersedia kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="96"/>
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>Luring: {count} keputusan tersimpan di workstation ini, dikirim saat basis data tersedia kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="100"/>
        <source>Sending 1 decision saved while offline…</source>
        <translation>Mengirim 1 keputusan yang disimpan saat luring…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="101"/>
        <source>Sending {count} decisions saved while offline…</source>
        <translation>Mengirim {count} keputusan yang disimpan saat luring…</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../ui/qa_review.py" line="212"/>
        <source>QA outcome</source>
        <translation>Hasil QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="224"/>
        <source>Your verdict and the first verdict</source>
        <translation>Putusan Anda dan putusan pertama</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="231"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="238"/>
        <source>Note on the QA review</source>
        <translation>Catatan tentang tinjauan QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="239"/>
        <source>Note for the reviewer (optional)</source>
        <translation>Catatan untuk peninjau (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="243"/>
        <location filename="../../ui/qa_review.py" line="244"/>
        <source>Record the QA review</source>
        <translation>Catat tinjauan QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="264"/>
        <source>QA of {ref}: the first verdict</source>
        <translation>QA untuk {ref}: putusan pertama</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="266"/>
        <source>Your verdict: {mine}. The first verdict: {first}.</source>
        <translation>Putusan Anda: {mine}. Putusan pertama: {first}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="270"/>
        <source>Its reason: {reason}</source>
        <translation>Alasannya: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="279"/>
        <source>The verdicts agree. Add a note if you like, then press Enter.</source>
        <translation>Kedua putusan sesuai. Tambahkan catatan jika perlu, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="284"/>
        <source>How does the first verdict compare? Press 1-3, add a note if you like, then press Enter.</source>
        <translation>Bagaimana putusan pertama dibandingkan? Tekan 1-3, tambahkan catatan jika perlu, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="327"/>
        <source>Choose how the first verdict compares first: 1, 2 or 3.</source>
        <translation>Pilih dulu bagaimana putusan pertama dibandingkan: 1, 2, atau 3.</translation>
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
        <translation>Kesejahteraan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="141"/>
        <source>Your exposure and breaks</source>
        <translation>Paparan dan istirahat Anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="145"/>
        <source>Only you and wellbeing staff can see these figures and your check-ins. Leads see team totals only, and only for groups of five or more.</source>
        <translation>Hanya Anda dan staf kesejahteraan yang dapat melihat angka ini dan cek perasaan Anda. Ketua tim hanya melihat total tim, dan hanya untuk kelompok lima orang atau lebih.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="151"/>
        <source>Who can see this</source>
        <translation>Siapa yang dapat melihat ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="159"/>
        <source>Exposure</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="160"/>
        <source>Media on screen</source>
        <translation>Media di layar</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161"/>
        <source>Revealed</source>
        <translation>Ditampilkan jelas</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="162"/>
        <source>Breaks taken / suggested</source>
        <translation>Istirahat diambil / disarankan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="163"/>
        <source>Mood (check-ins)</source>
        <translation>Suasana hati (cek perasaan)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, today</source>
        <translation>{figure}, hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, last 7 days</source>
        <translation>{figure}, 7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="185"/>
        <source>Your check-ins this week</source>
        <translation>Cek perasaan Anda minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="187"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="189"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="190"/>
        <source>Close your wellbeing view</source>
        <translation>Tutup tampilan kesejahteraan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="201"/>
        <source>Check-ins this week</source>
        <translation>Cek perasaan minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="212"/>
        <source>Could not load your figures: {reason}</source>
        <translation>Angka Anda tidak dapat dimuat: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="221"/>
        <source>{dose} · 1 day over budget</source>
        <translation>{dose} · 1 hari melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="223"/>
        <source>{dose} · {days} days over budget</source>
        <translation>{dose} · {days} hari melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="227"/>
        <source>{dose} of {budget}</source>
        <translation>{dose} dari {budget}</translation>
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
        <translation>Belum ada cek perasaan minggu ini.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="265"/>
        <source>Daily budget {budget} weighted minutes. Tiers {tiers} are closed to you for today.</source>
        <translation>Anggaran harian {budget} menit berbobot. Tingkat {tiers} ditutup untuk Anda hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="268"/>
        <source>Daily budget {budget} weighted minutes.</source>
        <translation>Anggaran harian {budget} menit berbobot.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="272"/>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
</context>
<context>
    <name>PersonDoseChart</name>
    <message>
        <location filename="../../ui/attention_view.py" line="281"/>
        <source>Dose per day against the daily budget</source>
        <translation>Paparan per hari dibandingkan anggaran harian</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="289"/>
        <source>Dose per day (weighted minutes)</source>
        <translation>Paparan per hari (menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="291"/>
        <source>within budget</source>
        <translation>dalam anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="292"/>
        <source>over budget</source>
        <translation>melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="293"/>
        <source>today so far (partial day)</source>
        <translation>hari ini sejauh ini (hari belum selesai)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="312"/>
        <source>{start} to {end} (today grey: a partial day)</source>
        <translation>{start} sampai {end} (hari ini abu-abu: hari belum selesai)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="327"/>
        <source>daily budget ({budget})</source>
        <translation>anggaran harian ({budget})</translation>
    </message>
</context>
<context>
    <name>PersonPageDialog</name>
    <message>
        <location filename="../../ui/attention_view.py" line="368"/>
        <source>{name} — care page (wellbeing staff only)</source>
        <translation>{name} — halaman kepedulian (hanya staf kesejahteraan)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="372"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="407"/>
        <location filename="../../ui/attention_view.py" line="444"/>
        <source>Contacted on</source>
        <translation>Dihubungi pada</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="410"/>
        <source>A private note (wellbeing staff only; leads and admins never see it)</source>
        <translation>Catatan pribadi (hanya staf kesejahteraan; ketua tim dan admin tidak pernah melihatnya)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="412"/>
        <source>Private note</source>
        <translation>Catatan pribadi</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="415"/>
        <source>Record contact</source>
        <translation>Catat kontak</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="418"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="430"/>
        <source>Breaks</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="435"/>
        <source>Check-ins</source>
        <translation>Cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="437"/>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="474"/>
        <source>Listed because:</source>
        <translation>Tercantum karena:</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="476"/>
        <source>Not on the attention list now.</source>
        <translation>Tidak ada di daftar perhatian saat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="491"/>
        <source>No breaks in this range.</source>
        <translation>Tidak ada istirahat dalam rentang ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="503"/>
        <source>No check-ins in this range.</source>
        <translation>Tidak ada cek perasaan dalam rentang ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="508"/>
        <source>No events in this range.</source>
        <translation>Tidak ada peristiwa dalam rentang ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="515"/>
        <source>{start} to {end} (from the first data); 1 day over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>{start} sampai {end} (sejak data pertama); 1 hari melebihi anggaran {budget}. Hari ini belum selesai, ditampilkan abu-abu.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="520"/>
        <source>{start} to {end} (from the first data); {count} days over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>{start} sampai {end} (sejak data pertama); {count} hari melebihi anggaran {budget}. Hari ini belum selesai, ditampilkan abu-abu.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="530"/>
        <source>Times in {zone}.</source>
        <translation>Waktu menurut {zone}.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="542"/>
        <source>The note has {count} characters; keep it to {most}.</source>
        <translation>Catatan berisi {count} karakter; batasi sampai {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="553"/>
        <source>Recorded: contacted on {day}. </source>
        <translation>Tercatat: dihubungi pada {day}. </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../wellbeing/policy.py" line="71"/>
        <source>{key} must be a number, got {value}</source>
        <translation>{key} harus berupa angka, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="80"/>
        <source>{key} must be a number from 0 to {maximum}, got {value}</source>
        <translation>{key} harus berupa angka dari 0 sampai {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="91"/>
        <source>{key} must be a number greater than 0 and at most {maximum}, got {value}</source>
        <translation>{key} harus berupa angka lebih dari 0 dan paling banyak {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="95"/>
        <source>{key} must be a number greater than 0, got {value}</source>
        <translation>{key} harus berupa angka lebih dari 0, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="103"/>
        <source>{key} must be a whole number, got {value}</source>
        <translation>{key} harus berupa bilangan bulat, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="109"/>
        <source>{key} must be a whole number from {minimum} to {maximum}, got {value}</source>
        <translation>{key} harus berupa bilangan bulat dari {minimum} sampai {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="113"/>
        <source>{key} must be a whole number &gt;= {minimum}, got {value}</source>
        <translation>{key} harus berupa bilangan bulat paling sedikit {minimum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="144"/>
        <source>{key} must be greater than 0, got {value}</source>
        <translation>{key} harus lebih dari 0, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="182"/>
        <location filename="../../wellbeing/policy.py" line="188"/>
        <source>{key} must not exceed {other}</source>
        <translation>{key} tidak boleh melebihi {other}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="223"/>
        <source>{key} must be true or false, got {value}</source>
        <translation>{key} harus true atau false, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="257"/>
        <source>{key} must be {minimum} to {maximum}, got {value}</source>
        <translation>{key} harus antara {minimum} sampai {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="285"/>
        <source>a queue override needs severity_weight and/or tier</source>
        <translation>pengaturan khusus antrean memerlukan severity_weight dan/atau tier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="323"/>
        <source>severity_weights must name at least one tier</source>
        <translation>severity_weights harus menyebut setidaknya satu tingkat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="326"/>
        <source>severity_weights may name at most {most} tiers, got {count}</source>
        <translation>severity_weights paling banyak boleh menyebut {most} tingkat, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="342"/>
        <location filename="../../wellbeing/policy.py" line="364"/>
        <source>{key}: unknown tier {tier}</source>
        <translation>{key}: tingkat {tier} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="352"/>
        <source>{key} must be at most {maximum}, got {value}</source>
        <translation>{key} paling banyak {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="393"/>
        <source>{key} must be text, got {value}</source>
        <translation>{key} harus berupa teks, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="399"/>
        <source>{key} may be at most {most} characters, got {count}</source>
        <translation>{key} paling banyak {most} karakter, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="405"/>
        <source>support_contact may contain only printable characters and line breaks</source>
        <translation>support_contact hanya boleh berisi karakter yang dapat dicetak dan baris baru</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="142"/>
        <source>say why the policy changes (--reason): it is kept with the version</source>
        <translation>jelaskan mengapa kebijakan berubah (--reason): alasan disimpan bersama versinya</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="148"/>
        <source>the reason may be at most {most} characters, got {count}</source>
        <translation>alasan paling banyak {most} karakter, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="154"/>
        <source>a policy file may be at most {most} characters, got {count}</source>
        <translation>file kebijakan paling banyak {most} karakter, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="162"/>
        <source>the wellbeing policy is not valid: {error}</source>
        <translation>kebijakan kesejahteraan tidak valid: {error}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../ui/policy_editor.py" line="62"/>
        <source>Breaks</source>
        <extracomment>The form&apos;s groups: (title, [(dotted key, label, unit)]). Severity weights are added per tier.</extracomment>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="66"/>
        <source>Suggest a break at</source>
        <translation>Sarankan istirahat pada</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="67"/>
        <location filename="../../ui/policy_editor.py" line="77"/>
        <source>weighted min since a break</source>
        <translation>menit berbobot sejak istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="71"/>
        <location filename="../../ui/policy_editor.py" line="81"/>
        <source>…or after</source>
        <translation>…atau setelah</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="72"/>
        <location filename="../../ui/policy_editor.py" line="82"/>
        <source>min on task</source>
        <translation>menit bekerja</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="76"/>
        <source>Require a break at</source>
        <translation>Wajibkan istirahat pada</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="86"/>
        <source>Short break</source>
        <translation>Istirahat singkat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="87"/>
        <location filename="../../ui/policy_editor.py" line="92"/>
        <location filename="../../ui/policy_editor.py" line="102"/>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="91"/>
        <source>Required break</source>
        <translation>Istirahat wajib</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="96"/>
        <source>Postponements allowed</source>
        <translation>Penundaan yang diizinkan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="97"/>
        <source>per required break</source>
        <translation>per istirahat wajib</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="101"/>
        <source>Postpone at most</source>
        <translation>Tunda paling lama</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="107"/>
        <source>Daily budget and rotation</source>
        <translation>Anggaran harian dan rotasi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="111"/>
        <source>Daily exposure budget</source>
        <translation>Anggaran paparan harian</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="112"/>
        <source>weighted min</source>
        <translation>menit berbobot</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="116"/>
        <source>When spent, close tiers above</source>
        <translation>Jika habis, tutup tingkat di atas</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="117"/>
        <source>tier</source>
        <translation>tingkat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="121"/>
        <source>Suggest calmer work after</source>
        <translation>Sarankan pekerjaan yang lebih ringan setelah</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="122"/>
        <source>severe items</source>
        <translation>item berat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="126"/>
        <source>Severe means tier</source>
        <translation>Berat berarti tingkat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="127"/>
        <source>and above</source>
        <translation>ke atas</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="131"/>
        <source>Reports show groups of at least</source>
        <translation>Laporan menampilkan kelompok minimal</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="132"/>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="139"/>
        <source>Blurred and gray</source>
        <translation>Buram dan abu-abu</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="140"/>
        <source>Blurred, colour</source>
        <translation>Buram, berwarna</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="141"/>
        <source>Stylised</source>
        <translation>Bergaya</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="142"/>
        <source>Gray, not blurred</source>
        <translation>Abu-abu, tidak buram</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="143"/>
        <source>Revealed</source>
        <translation>Ditampilkan jelas</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="144"/>
        <source>Unmuted audio adds</source>
        <translation>Audio yang tidak dibisukan menambah</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="145"/>
        <source>Hidden</source>
        <translation>Tersembunyi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="161"/>
        <source>Wellbeing policy — Reviewer Workstation</source>
        <translation>Kebijakan kesejahteraan — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="162"/>
        <source>Wellbeing policy editor</source>
        <translation>Editor kebijakan kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="170"/>
        <source>The organisation&apos;s wellbeing policy</source>
        <translation>Kebijakan kesejahteraan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="172"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="176"/>
        <source>Changes reach every workstation within a minute. Every saved version is kept with who saved it, when and why, and the change is on the audit trail.</source>
        <translation>Perubahan sampai ke setiap workstation dalam satu menit. Setiap versi yang disimpan dicatat beserta siapa yang menyimpannya, kapan, dan alasannya, dan perubahannya masuk ke jejak audit.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="188"/>
        <source>Severity weight per queue tier</source>
        <translation>Bobot keparahan per tingkat antrean</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="203"/>
        <source>Support and screening</source>
        <translation>Dukungan dan skrining</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="208"/>
        <source>Support contact, shown on the break screen, the check-in and each reviewer&apos;s own view:</source>
        <translation>Kontak dukungan, ditampilkan di layar istirahat, cek perasaan, dan halaman pribadi setiap peninjau:</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="214"/>
        <source>Support contact</source>
        <translation>Kontak dukungan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="216"/>
        <source>e.g. Dr. Ana Rivera, staff counsellor: ext. 4411, care.example.org/book</source>
        <translation>mis. Dr. Ana Rivera, konselor staf: ext. 4411, care.example.org/book</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="226"/>
        <source>Offer the WHO-5 questionnaire</source>
        <translation>Tawarkan kuesioner WHO-5</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="229"/>
        <source>every</source>
        <translation>setiap</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="232"/>
        <source>Questionnaire interval in days</source>
        <translation>Jarak kuesioner dalam hari</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="137"/>
        <source>How much each view counts ({low} to {high})</source>
        <translation>Bobot setiap tampilan ({low} sampai {high})</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="222"/>
        <source>Offer the WHO-5 wellbeing questionnaire ({count} questions, private)</source>
        <translation>Tawarkan kuesioner kesejahteraan WHO-5 ({count} pertanyaan, pribadi)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="236"/>
        <source>days (at least {days}: it asks about two weeks)</source>
        <translation>hari (minimal {days}: kuesioner ini menanyakan dua minggu terakhir)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="246"/>
        <source>Save a new version</source>
        <translation>Simpan versi baru</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="250"/>
        <source>Why the policy changes</source>
        <translation>Mengapa kebijakan berubah</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="251"/>
        <source>Why it changes (required, kept with the version)</source>
        <translation>Mengapa berubah (wajib, disimpan bersama versinya)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="253"/>
        <source>Save new version</source>
        <translation>Simpan versi baru</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="260"/>
        <source>Policy editor status</source>
        <translation>Status editor kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="266"/>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="271"/>
        <source>Saved versions of the policy</source>
        <translation>Versi kebijakan yang disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>saved (UTC)</source>
        <translation>disimpan (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>by</source>
        <translation>oleh</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="273"/>
        <source>why and what changed</source>
        <translation>alasan dan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="281"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="337"/>
        <source>{unit} (policy setting {key})</source>
        <translation>{unit} (pengaturan kebijakan {key})</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="339"/>
        <source>policy setting {key}</source>
        <translation>pengaturan kebijakan {key}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="368"/>
        <source>Version {version} in force.</source>
        <translation>Versi {version} berlaku.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="370"/>
        <source>The shipped defaults are in force (no version saved yet).</source>
        <translation>Pengaturan bawaan sedang berlaku (belum ada versi yang disimpan).</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="381"/>
        <source>Tier {tier}</source>
        <translation>Tingkat {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="386"/>
        <source>× per minute</source>
        <translation>× per menit</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="387"/>
        <source>Severity weight of tier {tier}</source>
        <translation>Bobot keparahan tingkat {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="428"/>
        <source>the policy in force has not loaded yet</source>
        <translation>kebijakan yang berlaku belum dimuat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="434"/>
        <source>the support contact may be at most {most} characters, got {count}</source>
        <translation>kontak dukungan paling banyak {most} karakter, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="461"/>
        <source>Not saved: {reason}.</source>
        <translation>Tidak disimpan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="466"/>
        <source>Not saved: say why the policy changes (it is kept with the version).</source>
        <translation>Tidak disimpan: jelaskan mengapa kebijakan berubah (disimpan bersama versinya).</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="471"/>
        <source>Nothing changed: no new version saved.</source>
        <translation>Tidak ada perubahan: tidak ada versi baru yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="476"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="487"/>
        <source>Saved as version {version}. Workstations use it within a minute.</source>
        <translation>Disimpan sebagai versi {version}. Workstation akan memakainya dalam satu menit.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="499"/>
        <source>Could not load the policy</source>
        <translation>Tidak dapat memuat kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="502"/>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="504"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="508"/>
        <source>{what}: an unexpected error ({kind}); details are in the log.</source>
        <translation>{what}: terjadi kesalahan tak terduga ({kind}); detailnya ada di log.</translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message>
        <location filename="../../ui/qa_review.py" line="57"/>
        <source>Over-enforcement (too strict)</source>
        <translation>Penegakan berlebihan (terlalu ketat)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="58"/>
        <source>Under-enforcement (too lenient)</source>
        <translation>Penegakan kurang (terlalu longgar)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="59"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="61"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>Terjadi kesalahan ({kind}); sudah dicatat di log. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="63"/>
        <source>agree</source>
        <translation>sesuai</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="64"/>
        <source>over-enforcement</source>
        <translation>penegakan berlebihan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="65"/>
        <source>under-enforcement</source>
        <translation>penegakan kurang</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="66"/>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="360"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="361"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="362"/>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="363"/>
        <source>Your verdict</source>
        <translation>Putusan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="364"/>
        <source>QA verdict</source>
        <translation>Putusan QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="365"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="366"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>QaReport</name>
    <message>
        <location filename="../../workstation/qa.py" line="838"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="839"/>
        <source>Reviewer (first decision)</source>
        <translation>Peninjau (keputusan pertama)</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="840"/>
        <source>First verdict</source>
        <translation>Putusan pertama</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="841"/>
        <source>Items reviewed twice</source>
        <translation>Item yang ditinjau dua kali</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="842"/>
        <location filename="../../workstation/qa.py" line="863"/>
        <source>Agreement %</source>
        <translation>Kesesuaian %</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="843"/>
        <source>Agree</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="844"/>
        <source>Over-enforcement</source>
        <translation>Penegakan berlebihan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="845"/>
        <source>Under-enforcement</source>
        <translation>Penegakan kurang</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="846"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="847"/>
        <location filename="../../workstation/qa.py" line="870"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa Cohen</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="848"/>
        <source>Cohen&apos;s kappa, 95 % interval</source>
        <translation>Kappa Cohen, interval 95%</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="849"/>
        <source>Items seen by 3+ reviewers</source>
        <translation>Item yang dilihat 3+ peninjau</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="850"/>
        <location filename="../../workstation/qa.py" line="878"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa Fleiss</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="851"/>
        <source>Fleiss&apos; kappa, 95 % interval</source>
        <translation>Kappa Fleiss, interval 95%</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="852"/>
        <source>Golden items decided</source>
        <translation>Item acuan yang diputuskan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="853"/>
        <location filename="../../workstation/qa.py" line="901"/>
        <source>Golden accuracy %</source>
        <translation>Akurasi item acuan %</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="856"/>
        <source>Quality review (QA) report, by queue</source>
        <translation>Laporan tinjauan kualitas (QA), per antrean</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="857"/>
        <source>Quality review (QA) report, by reviewer (first decision)</source>
        <translation>Laporan tinjauan kualitas (QA), per peninjau (keputusan pertama)</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="858"/>
        <source>Quality review (QA) report, by first verdict</source>
        <translation>Laporan tinjauan kualitas (QA), per putusan pertama</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="864"/>
        <source>the share of sampled decisions on which the blind QA reviewer chose the same verdict.</source>
        <translation>bagian keputusan sampel yang diberi putusan sama oleh peninjau QA yang meninjau secara tertutup.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="871"/>
        <source>agreement between the first reviewer and the QA reviewer beyond what chance alone would give: 1 is perfect agreement, 0 is no better than chance, below 0 worse than chance.</source>
        <translation>kesesuaian antara peninjau pertama dan peninjau QA melebihi yang dihasilkan kebetulan saja: 1 berarti sesuai sempurna, 0 tidak lebih baik dari kebetulan, di bawah 0 lebih buruk dari kebetulan.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="879"/>
        <source>the same idea for items that more than two reviewers saw (golden items decided by many reviewers, or a sampled item that was also corrected or appealed).</source>
        <translation>gagasan yang sama untuk item yang dilihat lebih dari dua peninjau (item acuan yang diputuskan banyak peninjau, atau item sampel yang juga dikoreksi atau diajukan banding).</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="886"/>
        <source>95 % interval</source>
        <translation>Interval 95%</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="887"/>
        <source>the range that holds the true kappa with 95 % confidence; a wide interval means few items.</source>
        <translation>rentang yang memuat nilai kappa sebenarnya dengan keyakinan 95%; interval yang lebar berarti itemnya sedikit.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="893"/>
        <source>Shown from n ≥ 30</source>
        <translation>Ditampilkan mulai n ≥ 30</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="894"/>
        <source>a kappa and its interval are shown only when at least 30 items stand behind them: below that they say more about chance than about reviewers, and the cell reads &apos;fewer than 30 items&apos;.</source>
        <translation>kappa dan intervalnya hanya ditampilkan jika didukung setidaknya 30 item: di bawah itu, angkanya lebih mencerminkan kebetulan daripada peninjau, dan selnya berbunyi &apos;kurang dari 30 item&apos;.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="902"/>
        <source>the share of golden items (items whose right verdict a lead set) decided with that verdict, with the number decided. Reviewers cannot tell golden items from real ones.</source>
        <translation>bagian item acuan (item yang putusan benarnya ditetapkan ketua tim) yang diputuskan dengan putusan itu, beserta jumlah yang diputuskan. Peninjau tidak dapat membedakan item acuan dari item sungguhan.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="909"/>
        <source>fewer than 30 items</source>
        <translation>kurang dari 30 item</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="910"/>
        <source>Generated {time} {zone}. Each sampled decision was decided again, blind, by a lead; the legend on the last page explains each figure.</source>
        <translation>Dibuat {time} {zone}. Setiap keputusan sampel diputuskan lagi secara tertutup oleh ketua tim; keterangan di halaman terakhir menjelaskan setiap angka.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="915"/>
        <source>No QA review and no golden item yet.</source>
        <translation>Belum ada tinjauan QA maupun item acuan.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="916"/>
        <source>Agreement</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="917"/>
        <source>Kappa and golden items</source>
        <translation>Kappa dan item acuan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="918"/>
        <source>Golden items</source>
        <translation>Item acuan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="919"/>
        <source>Confusion matrix, queue {queue}</source>
        <translation>Matriks konfusi, antrean {queue}</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="920"/>
        <source>Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>Baris: putusan peninjau pertama; kolom: putusan peninjau QA.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="923"/>
        <source>First verdict \ QA verdict</source>
        <translation>Putusan pertama \ putusan QA</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="924"/>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>What it means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="952"/>
        <source>{low} to {high}</source>
        <extracomment>How a verdict is named in a report: ``(queue or None, key) -&gt; text``. The command line keeps the key (``allow``); the window passes the label in the person&apos;s language (ui/qa_view.py).</extracomment>
        <translation>{low} sampai {high}</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/qa_view.py" line="97"/>
        <location filename="../../ui/qa_view.py" line="248"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="98"/>
        <source>Reviewer (first decision)</source>
        <translation>Peninjau (keputusan pertama)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="99"/>
        <location filename="../../ui/qa_view.py" line="250"/>
        <source>First verdict</source>
        <translation>Putusan pertama</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="102"/>
        <source>Group the QA figures by</source>
        <translation>Kelompokkan angka QA menurut</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="103"/>
        <source>&amp;By</source>
        <translation>&amp;Menurut</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="105"/>
        <source>Re&amp;fresh</source>
        <translation>Muat &amp;ulang</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="107"/>
        <source>Read the QA figures again</source>
        <translation>Baca ulang angka QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="119"/>
        <source>QA figures</source>
        <translation>Angka QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="128"/>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="135"/>
        <source>Confusion matrix of the selected queue</source>
        <translation>Matriks konfusi antrean yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="140"/>
        <source>The QA reviewer&apos;s verdict</source>
        <translation>Putusan peninjau QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="141"/>
        <source>The first reviewer&apos;s verdict</source>
        <translation>Putusan peninjau pertama</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="145"/>
        <source>First verdict by QA verdict</source>
        <translation>Putusan pertama terhadap putusan QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="151"/>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="153"/>
        <location filename="../../ui/qa_view.py" line="355"/>
        <source>Save the QA report as PDF</source>
        <translation>Simpan laporan QA sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="193"/>
        <source>Reading the QA figures…</source>
        <translation>Membaca angka QA…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="203"/>
        <source>The QA figures could not be read: {error}</source>
        <translation>Angka QA tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="205"/>
        <source>The QA figures could not be read; the log has the details.</source>
        <translation>Angka QA tidak dapat dibaca; rinciannya ada di log.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="233"/>
        <source>{n} sampled decisions reviewed twice; a kappa is shown from 30 items.</source>
        <translation>{n} keputusan sampel ditinjau dua kali; kappa baru ditampilkan mulai 30 item.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="238"/>
        <source>No QA review and no golden item yet.</source>
        <translation>Belum ada tinjauan QA maupun item acuan.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="249"/>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="254"/>
        <source>Reviewed twice</source>
        <translation>Ditinjau dua kali</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="255"/>
        <source>Agreement</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="256"/>
        <source>Over-enforcement</source>
        <translation>Penegakan berlebihan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="257"/>
        <source>Under-enforcement</source>
        <translation>Penegakan kurang</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="261"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa Cohen</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="262"/>
        <source>95 % interval</source>
        <translation>Interval 95%</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="263"/>
        <source>Fleiss&apos; kappa (items)</source>
        <translation>Kappa Fleiss (item)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="264"/>
        <source>Fleiss&apos; 95 % interval</source>
        <translation>Interval 95% Fleiss</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="267"/>
        <source>Golden accuracy (n)</source>
        <translation>Akurasi item acuan (n)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="284"/>
        <source>{pct} (n = {n})</source>
        <translation>{pct} (n = {n})</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="298"/>
        <source>not shown below 30</source>
        <translation>tidak ditampilkan di bawah 30</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="304"/>
        <source>{low} to {high}</source>
        <translation>{low} sampai {high}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="318"/>
        <source>The confusion matrix is per queue: group by queue to see it.</source>
        <translation>Matriks konfusi dibuat per antrean: kelompokkan menurut antrean untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="322"/>
        <source>Select a queue to see its confusion matrix.</source>
        <translation>Pilih antrean untuk melihat matriks konfusinya.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="329"/>
        <source>Queue {queue}: no sampled decision reviewed twice yet.</source>
        <translation>Antrean {queue}: belum ada keputusan sampel yang ditinjau dua kali.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="334"/>
        <source>Confusion matrix, queue {queue}. Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>Matriks konfusi, antrean {queue}. Baris: putusan peninjau pertama; kolom: putusan peninjau QA.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="374"/>
        <source>QA report</source>
        <translation>Laporan QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="384"/>
        <source>The QA report was not saved: {reason}.</source>
        <translation>Laporan QA tidak disimpan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="386"/>
        <source>QA report not saved</source>
        <translation>Laporan QA tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="395"/>
        <source>The QA report was saved, but its audit record failed: {error}</source>
        <translation>Laporan QA sudah disimpan, tetapi catatan auditnya gagal: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="401"/>
        <source>Saved the QA report as PDF to {path}.</source>
        <translation>Laporan QA disimpan sebagai PDF di {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="421"/>
        <source>Exposure</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="423"/>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../ui/session.py" line="46"/>
        <source>That was an urgent case, and the leads on duty are alerted. If it affected you, press Ctrl+Shift+A (This affected me) for a break and a check-in.</source>
        <translation>Itu kasus mendesak, dan ketua tim yang bertugas sudah diberi tahu. Jika kasus itu memengaruhi Anda, tekan Ctrl+Shift+A (Ini memengaruhi saya) untuk istirahat dan cek perasaan.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="56"/>
        <source>your lead by phone (no on-call contact is configured on this workstation)</source>
        <translation>ketua tim Anda lewat telepon (tidak ada kontak piket yang diatur di workstation ini)</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="59"/>
        <source>URGENT: “{label}” for {ref} did NOT reach the database, so nobody has been alerted. Call {contact} now. The decision is saved here and will be sent when the database is back.</source>
        <translation>MENDESAK: “{label}” untuk {ref} TIDAK sampai ke basis data, jadi belum ada yang diberi tahu. Hubungi {contact} sekarang. Keputusan ini disimpan di sini dan akan dikirim saat basis data tersedia kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="178"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>Terjadi kesalahan ({kind}); sudah dicatat di log. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="217"/>
        <source>Choose a queue first.</source>
        <translation>Pilih antrean terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="292"/>
        <source>There is no decision to undo.</source>
        <translation>Tidak ada keputusan yang bisa diurungkan.</translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <location filename="../../ui/main.py" line="212"/>
        <source>&amp;Wellbeing</source>
        <translation>&amp;Kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="213"/>
        <source>My wellbeing</source>
        <translation>Kesejahteraan saya</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="230"/>
        <source>Exposure dashboard</source>
        <translation>Dasbor paparan</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="249"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="100"/>
        <source>Ctrl+Z undoes it for 10 s</source>
        <translation>Ctrl+Z mengurungkannya selama 10 dtk</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="258"/>
        <location filename="../../ui/window.py" line="259"/>
        <source>Reviewer Workstation</source>
        <translation>Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="329"/>
        <source>Choose a queue and press N to claim the next item.</source>
        <translation>Pilih antrean dan tekan N untuk mengambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Q&amp;ueue</source>
        <translation>&amp;Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="359"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="363"/>
        <location filename="../../ui/window.py" line="664"/>
        <location filename="../../ui/window.py" line="1156"/>
        <location filename="../../ui/window.py" line="1205"/>
        <location filename="../../ui/window.py" line="1363"/>
        <source>N  claim next</source>
        <translation>N  ambil berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369"/>
        <source>Current filter</source>
        <translation>Filter saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="371"/>
        <source>QA: blind second review</source>
        <translation>QA: tinjauan kedua tertutup</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="373"/>
        <source>QA mode</source>
        <translation>Mode QA</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="379"/>
        <source>?  shortcuts    Esc  hide all media</source>
        <translation>?  pintasan    Esc  sembunyikan semua media</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="379"/>
        <source>?  shortcuts</source>
        <translation>?  pintasan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="388"/>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="393"/>
        <source>Decided before</source>
        <translation>Pernah diputuskan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="407"/>
        <source>Video controls</source>
        <translation>Kontrol video</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="459"/>
        <source>Signed in as {name}</source>
        <translation>Masuk sebagai {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="461"/>
        <source>Signed in user</source>
        <translation>Pengguna yang masuk</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="462"/>
        <location filename="../../ui/window.py" line="1214"/>
        <source>● connected</source>
        <translation>● terhubung</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="463"/>
        <source>Connection state</source>
        <translation>Status koneksi</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="465"/>
        <source>Decisions waiting to sync</source>
        <translation>Keputusan yang menunggu sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="466"/>
        <location filename="../../ui/window.py" line="1026"/>
        <source>Every decision is recorded.</source>
        <translation>Setiap keputusan dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="508"/>
        <source>Verdict {n}</source>
        <translation>Putusan {n}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="532"/>
        <source>&amp;QA</source>
        <translation>&amp;QA</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="535"/>
        <source>QA queue (blind second review)</source>
        <translation>Antrean QA (tinjauan kedua tertutup)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="541"/>
        <source>My QA: how my sampled decisions fared</source>
        <translation>QA saya: hasil keputusan saya yang diambil sebagai sampel</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="555"/>
        <source>Decision undone: {ref} is yours again.</source>
        <translation>Keputusan diurungkan: {ref} kembali menjadi milik Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="559"/>
        <source>Skipped; it will not come back to you.</source>
        <translation>Dilewati; item ini tidak akan kembali kepada Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="614"/>
        <source>The queues could not be read: {error}</source>
        <translation>Antrean tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="663"/>
        <source>Queue {name}: press N to claim the next item.</source>
        <translation>Antrean {name}: tekan N untuk mengambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="718"/>
        <location filename="../../ui/window.py" line="1339"/>
        <source>Record the outcome of the QA review first (Enter).</source>
        <translation>Catat dulu hasil tinjauan QA (Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="721"/>
        <source>Decisions are paused; the next item comes after the break.</source>
        <translation>Keputusan dijeda; item berikutnya datang setelah istirahat.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724"/>
        <location filename="../../ui/window.py" line="1346"/>
        <source>Decide or skip the open item first.</source>
        <translation>Putuskan atau lewati item yang terbuka terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731"/>
        <source>The queues are still loading; press N again in a moment.</source>
        <translation>Antrean masih dimuat; tekan N lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="745"/>
        <source>Skipped; another lead reviews it.</source>
        <translation>Dilewati; ketua tim lain akan meninjaunya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="764"/>
        <source>Open an item first: a key ticket flags the item in front of you.</source>
        <translation>Buka item terlebih dahulu: tiket kunci menandai item yang ada di depan Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="770"/>
        <source>Key ticket</source>
        <translation>Tiket kunci</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="771"/>
        <source>One-line summary of {ref} for the lead&apos;s daily report:</source>
        <translation>Ringkasan satu baris tentang {ref} untuk laporan harian ketua tim:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="778"/>
        <source>{ref} flagged as a key ticket for the daily report.</source>
        <translation>{ref} ditandai sebagai tiket kunci untuk laporan harian.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="786"/>
        <source>The key ticket could not be saved. This is a bug.</source>
        <translation>Tiket kunci tidak dapat disimpan. Ini adalah bug.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="788"/>
        <source>Flagging {ref} as a key ticket…</source>
        <translation>Menandai {ref} sebagai tiket kunci…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="796"/>
        <source>A QA review is final: it cannot be undone.</source>
        <translation>Tinjauan QA bersifat final: tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="799"/>
        <source>There is no decision to undo.</source>
        <translation>Tidak ada keputusan yang bisa diurungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="812"/>
        <source>Your verdict is recorded as final. The first verdict follows.</source>
        <translation>Putusan Anda dicatat sebagai final. Putusan pertama ditampilkan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="851"/>
        <source>New items will open with {filter}.</source>
        <translation>Item baru akan dibuka dengan {filter}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="996"/>
        <source>Welcome back. Press N to claim the next item.</source>
        <translation>Selamat datang kembali. Tekan N untuk mengambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>1 decision waiting to sync</source>
        <translation>1 keputusan menunggu sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>{n} decisions waiting to sync</source>
        <translation>{n} keputusan menunggu sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1029"/>
        <source>Offline decisions sent.</source>
        <translation>Keputusan luring sudah dikirim.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1033"/>
        <source>Sent: your decision is recorded. Press N to claim the next item.</source>
        <translation>Terkirim: keputusan Anda tercatat. Tekan N untuk mengambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1102"/>
        <source>This item has no viewable media ({reason}). Decide from the details.</source>
        <translation>Item ini tidak punya media yang bisa dilihat ({reason}). Putuskan dari detailnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1103"/>
        <source>none attached</source>
        <translation>tidak ada lampiran</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1154"/>
        <source>Queue {queue} has nothing waiting for you. Press N to check again.</source>
        <translation>Antrean {queue} tidak punya item yang menunggu Anda. Tekan N untuk memeriksa lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1162"/>
        <location filename="../../ui/window.py" line="1172"/>
        <source>Press N to claim the next item.</source>
        <translation>Tekan N untuk mengambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1165"/>
        <source>Ctrl+Shift+A  This affected me</source>
        <translation>Ctrl+Shift+A  Ini memengaruhi saya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1169"/>
        <source>“{label}” for {ref}: {queued} You can go on once the database answers (press N).</source>
        <translation>“{label}” untuk {ref}: {queued} Anda bisa melanjutkan setelah basis data menjawab (tekan N).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1176"/>
        <source>Recorded “{label}” for {ref}.</source>
        <translation>Tercatat “{label}” untuk {ref}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1183"/>
        <source>Your decision is recorded. The next item comes after the break.</source>
        <translation>Keputusan Anda tercatat. Item berikutnya datang setelah istirahat.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1186"/>
        <source>The next item could not be claimed: {reason}</source>
        <translation>Item berikutnya tidak dapat diambil: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1190"/>
        <source>The database cannot be reached right now. Press N to try again.</source>
        <translation>Basis data tidak dapat dijangkau saat ini. Tekan N untuk mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1196"/>
        <source>Your decision for {ref} is saved on this workstation and waits to be sent. The next item comes once it is sent; press N to try again.</source>
        <translation>Keputusan Anda untuk {ref} disimpan di workstation ini dan menunggu dikirim. Item berikutnya datang setelah terkirim; tekan N untuk mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1204"/>
        <source>The next item could not be claimed; the notice above says why.</source>
        <translation>Item berikutnya tidak dapat diambil; pemberitahuan di atas menjelaskan alasannya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1209"/>
        <source>This item is no longer yours. Press N to claim the next item.</source>
        <translation>Item ini bukan milik Anda lagi. Tekan N untuk mengambil item berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1210"/>
        <source>Your claim ran out: {reason}</source>
        <translation>Klaim Anda habis waktunya: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1214"/>
        <source>○ database unreachable</source>
        <translation>○ basis data tidak terjangkau</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1252"/>
        <source>Shown revealed now; it re-blurs by itself.</source>
        <translation>Sekarang ditampilkan jelas; akan buram lagi dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1254"/>
        <source>The media stays filtered.</source>
        <translation>Media tetap difilter.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1280"/>
        <source> (and {count} more)</source>
        <translation> (dan {count} lainnya)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1282"/>
        <source>Decided before as “{verdict}” on {date} ({ref}, {queue}){more}.</source>
        <translation>Pernah diputuskan sebagai “{verdict}” pada {date} ({ref}, {queue}){more}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1335"/>
        <source>The QA queue is for leads, who review sampled decisions blind.</source>
        <translation>Antrean QA untuk ketua tim, yang meninjau keputusan sampel secara tertutup.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1344"/>
        <source>Back to review: choose a queue and press N.</source>
        <translation>Kembali ke peninjauan: pilih antrean dan tekan N.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1352"/>
        <source>QA queue: press N for the next sampled decision. You decide blind: the first verdict shows only once yours is final.</source>
        <translation>Antrean QA: tekan N untuk keputusan sampel berikutnya. Anda memutuskan secara tertutup: putusan pertama baru ditampilkan setelah putusan Anda final.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1363"/>
        <location filename="../../ui/window.py" line="1412"/>
        <source>N  next QA item</source>
        <translation>N  item QA berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1380"/>
        <source>A sampled item is not escalated in QA; decide it with 1-9.</source>
        <translation>Item sampel tidak dieskalasi dalam QA; putuskan dengan 1-9.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1391"/>
        <source>No sampled decision waits for your review. Press N to check again.</source>
        <translation>Tidak ada keputusan sampel yang menunggu tinjauan Anda. Tekan N untuk memeriksa lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1399"/>
        <source>Your verdict is final. The first verdict is beside it: choose how it compares, add a note if you like, and press Enter.</source>
        <translation>Putusan Anda sudah final. Putusan pertama ada di sebelahnya: pilih bagaimana perbandingannya, tambahkan catatan jika perlu, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1409"/>
        <source>QA review recorded for {ref}: {outcome}.</source>
        <translation>Tinjauan QA untuk {ref} dicatat: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1415"/>
        <source>Recorded. Press N for the next sampled decision.</source>
        <translation>Dicatat. Tekan N untuk keputusan sampel berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1464"/>
        <source> · restricted</source>
        <translation> · terbatas</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1465"/>
        <source>{name}  (tier {tier}, {pending} pending{lock})</source>
        <translation>{name}  (tingkat {tier}, {pending} menunggu{lock})</translation>
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
        <translation>&lt;p&gt;Administrasi dilakukan dengan perintah &lt;code&gt;workstation&lt;/code&gt;, bukan di jendela, sehingga setiap
perubahan tertulis dalam skrip, tercatat, dan dapat diulang. Sebagai &lt;b&gt;{user}&lt;/b&gt;:&lt;/p&gt;
&lt;table cellspacing=&quot;6&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users add NAME --role reviewer --team TEAM&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;tambahkan pengguna; ulangi &lt;code&gt;--role&lt;/code&gt; untuk beberapa peran (reviewer, wellbeing, lead, admin)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;pengguna, tim, dan peran&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users grant NAME QUEUE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;izinkan peninjau membuka antrean terbatas&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues add NAME --tier 1-4 [--restricted]&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;tambahkan antrean tinjauan dengan tingkat keparahannya (dan &lt;code&gt;--taxonomy&lt;/code&gt; untuk putusannya)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;antrean dengan jumlah item per status&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation import PATH… --queue NAME&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;impor eskalasi: berkas media, folder, atau manifes (.jsonl, .csv)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation export decisions --format csv --out FILE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;log keputusan (juga &quot;Ekspor keputusan…&quot; di menu)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation audit verify [FILE]&lt;/code&gt;&lt;/td&gt;&lt;td&gt;periksa bahwa log keputusan tidak diubah&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation db upgrade&lt;/code&gt;&lt;/td&gt;&lt;td&gt;buat atau tingkatkan skema basis data&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;&lt;code&gt;workstation --help&lt;/code&gt; dan &lt;code&gt;workstation COMMAND --help&lt;/code&gt; menampilkan semua opsi.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="81"/>
        <source>Signed in as {name}</source>
        <translation>Masuk sebagai {name}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="83"/>
        <source>Signed in user</source>
        <translation>Pengguna yang masuk</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="84"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="87"/>
        <source>Roles: {roles}</source>
        <translation>Peran: {roles}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="95"/>
        <source>Export decisions…</source>
        <translation>Ekspor keputusan…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="106"/>
        <source>Export decisions</source>
        <translation>Ekspor keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="119"/>
        <source>Export stopped: {reason}</source>
        <translation>Ekspor berhenti: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="253"/>
        <source>queue</source>
        <translation>antrean</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="254"/>
        <source>tier</source>
        <translation>tingkat</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="255"/>
        <source>restricted</source>
        <translation>terbatas</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="256"/>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="257"/>
        <source>escalated</source>
        <translation>dieskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="258"/>
        <source>decided</source>
        <translation>diputuskan</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="77"/>
        <source>Wellbeing questionnaire (WHO-5)</source>
        <translation>Kuesioner kesejahteraan (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="78"/>
        <source>Wellbeing questionnaire</source>
        <translation>Kuesioner kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="80"/>
        <source>{intro} how often has each been true for you?</source>
        <translation>{intro} seberapa sering setiap pernyataan ini sesuai dengan diri Anda?</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="86"/>
        <source>Private: only you and wellbeing staff see your answers and score; leads and admins never do. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</source>
        <translation>Pribadi: hanya Anda dan staf kesejahteraan yang melihat jawaban dan skor Anda; ketua tim dan admin tidak pernah melihatnya. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="100"/>
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="102"/>
        <source>Question {number} of 5: {statement}</source>
        <translation>Pertanyaan {number} dari 5: {statement}</translation>
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
        <translation>Jawab kelima pertanyaan, lalu tekan Enter atau Simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="119"/>
        <source>Questionnaire status</source>
        <translation>Status kuesioner</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="121"/>
        <source>Save my answers</source>
        <translation>Simpan jawaban saya</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="125"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="146"/>
        <source>Still to answer: question {numbers}.</source>
        <translation>Belum dijawab: pertanyaan {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="149"/>
        <source>All answered: press Enter or Save.</source>
        <translation>Semua sudah dijawab: tekan Enter atau Simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="178"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="188"/>
        <source>Saved. Your WHO-5 score: {score} of 100. {meaning}</source>
        <translation>Tersimpan. Skor WHO-5 Anda: {score} dari 100. {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="193"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="196"/>
        <source>Not saved: {reason}</source>
        <translation>Tidak tersimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>Seeding</name>
    <message>
        <location filename="../../workstation/demo.py" line="158"/>
        <source>creating users and queues</source>
        <extracomment>Each queue&apos;s SLA target in minutes (docs/operations-sla.md); a few history items miss it. Where each queue&apos;s escalations go (docs/escalations-and-incidents.md); the E dialog offers them in order. The steps of a first seeding, in order, for a progress display (``progress(step, STEPS, message)``).</extracomment>
        <translation>membuat pengguna dan antrean</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="184"/>
        <source>generating synthetic media in the background (first run only)</source>
        <translation>membuat media sintetis di latar belakang (hanya saat pertama kali)</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="186"/>
        <source>writing three weeks of decisions</source>
        <translation>menulis keputusan selama tiga minggu</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="189"/>
        <source>writing three weeks of exposure, breaks and check-ins</source>
        <translation>menulis paparan, istirahat, dan cek perasaan selama tiga minggu</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="192"/>
        <source>importing pending items</source>
        <translation>mengimpor item yang menunggu</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="199"/>
        <source>linking past items to today&apos;s look-alikes</source>
        <translation>menautkan item lama ke item serupa hari ini</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="35"/>
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>Menyiapkan demo</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="37"/>
        <source>Reviewer Workstation — {title}</source>
        <translation>Reviewer Workstation — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="44"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="52"/>
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>Ini hanya terjadi pada awal pertama dengan folder data baru; data sintetis, tidak ada yang nyata.</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="66"/>
        <source>step {step} of {steps}</source>
        <translation>langkah {step} dari {steps}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="254"/>
        <location filename="../../ui/shortcuts.py" line="255"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="290"/>
        <source>Press ? or Enter to close.</source>
        <translation>Tekan ? atau Enter untuk menutup.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>Claim the next item of the queue</source>
        <translation>Ambil item berikutnya dari antrean</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40"/>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>Choose a queue</source>
        <translation>Pilih antrean</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Choose a verdict (or a reason while one is asked)</source>
        <translation>Pilih putusan (atau alasan saat diminta)</translation>
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
        <translation>Putuskan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <source>Record the verdict in progress</source>
        <translation>Catat putusan yang sedang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Cancel the verdict in progress</source>
        <translation>Batalkan putusan yang sedang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)</source>
        <translation>Eskalasi, dengan catatan (Atas/Bawah: tujuan; Alt+I: bahaya mendesak)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Skip: give the item back (it will not come back to you)</source>
        <translation>Lewati: kembalikan item (tidak akan kembali kepada Anda)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="83"/>
        <source>Undo the last decision (for 10 seconds)</source>
        <translation>Urungkan keputusan terakhir (selama 10 detik)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <source>Flag a key ticket for the lead&apos;s daily report</source>
        <translation>Tandai tiket penting untuk laporan harian ketua tim</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="96"/>
        <source>Hide all media at once; press again to bring it back, blurred</source>
        <translation>Sembunyikan semua media sekaligus; tekan lagi untuk menampilkannya kembali, dalam keadaan buram</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <location filename="../../ui/shortcuts.py" line="104"/>
        <location filename="../../ui/shortcuts.py" line="114"/>
        <source>Safety</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103"/>
        <source>Hold: reveal a small disc under the pointer</source>
        <translation>Tahan: tampilkan lingkaran kecil di bawah penunjuk</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>hold P</source>
        <translation>tahan P</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now</source>
        <translation>Tampilkan seluruh item (atau kata yang disamarkan); buram lagi setelah beberapa detik; R lagi untuk langsung memburamkan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <source>R or click</source>
        <translation>R atau klik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120"/>
        <source>Stronger blur</source>
        <translation>Buram lebih kuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="121"/>
        <location filename="../../ui/shortcuts.py" line="127"/>
        <location filename="../../ui/shortcuts.py" line="133"/>
        <location filename="../../ui/shortcuts.py" line="139"/>
        <location filename="../../ui/shortcuts.py" line="145"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="126"/>
        <source>Weaker blur</source>
        <translation>Buram lebih lemah</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Grayscale on / off</source>
        <translation>Skala abu-abu hidup / mati</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="138"/>
        <source>Stylised (reduced detail) on / off</source>
        <translation>Gaya sederhana (detail dikurangi) hidup / mati</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="144"/>
        <source>Keep the current filter as my default for new items</source>
        <translation>Jadikan filter saat ini bawaan saya untuk item baru</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <location filename="../../ui/shortcuts.py" line="161"/>
        <location filename="../../ui/shortcuts.py" line="167"/>
        <source>View</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="160"/>
        <source>Fit to the view</source>
        <translation>Sesuaikan dengan tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166"/>
        <source>Dark / light / high-contrast theme</source>
        <translation>Tema gelap / terang / kontras tinggi</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172"/>
        <source>Play / pause (videos never play by themselves)</source>
        <translation>Putar / jeda (video tidak pernah berputar sendiri)</translation>
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
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="174"/>
        <source>Space or K</source>
        <translation>Spasi atau K</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179"/>
        <source>Back 5 seconds</source>
        <translation>Mundur 5 detik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186"/>
        <source>Forward 5 seconds</source>
        <translation>Maju 5 detik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="193"/>
        <source>Previous frame</source>
        <translation>Bingkai sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199"/>
        <source>Next frame</source>
        <translation>Bingkai berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="205"/>
        <source>Slower (down to 0.25x)</source>
        <translation>Lebih lambat (hingga 0.25x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="211"/>
        <source>Faster (up to 4x)</source>
        <translation>Lebih cepat (hingga 4x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="217"/>
        <source>Sound on / off for this item (each item starts muted)</source>
        <translation>Suara hidup / mati untuk item ini (setiap item dimulai tanpa suara)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="223"/>
        <source>Scrub through the video</source>
        <translation>Geser sepanjang video</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="225"/>
        <source>mouse wheel</source>
        <translation>roda mouse</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="230"/>
        <source>This sheet</source>
        <translation>Lembar ini</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="231"/>
        <location filename="../../ui/shortcuts.py" line="238"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="232"/>
        <source>? or F1</source>
        <translation>? atau F1</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="237"/>
        <source>Policies (SOPs): search and read the procedures</source>
        <translation>Kebijakan (SOP): cari dan baca prosedur</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>Wellbeing</source>
        <translation>Kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="107"/>
        <source>This affected me: a break and a check-in now</source>
        <translation>Ini memengaruhi saya: istirahat dan cek perasaan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="108"/>
        <source>Take a break now (your own; a prompted break is taken instead)</source>
        <translation>Istirahat sekarang (istirahat Anda sendiri; jika ada istirahat yang disarankan, itu yang diambil)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="111"/>
        <source>My wellbeing: today and the last seven days</source>
        <translation>Kesejahteraan saya: hari ini dan tujuh hari terakhir</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="34"/>
        <source>Sign in to Reviewer Workstation</source>
        <translation>Masuk ke Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="42"/>
        <source>Password, not shown as you type</source>
        <translation>Kata sandi, tidak ditampilkan saat diketik</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="67"/>
        <source>Keep the password?</source>
        <translation>Simpan kata sandi?</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <location filename="../../workstation/sla.py" line="449"/>
        <source>Per-person figures are off: the organisation&apos;s policy does not allow them (an admin decides: &apos;workstation operations per-person allow&apos;).</source>
        <translation>Angka per orang dinonaktifkan: kebijakan organisasi tidak mengizinkannya (admin yang memutuskan: &apos;workstation operations per-person allow&apos;).</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="480"/>
        <source>Only reviewers with at least {count} decisions in the window are listed; {left_out} with fewer are not.</source>
        <translation>Hanya peninjau dengan setidaknya {count} keputusan dalam periode ini yang dicantumkan; {left_out} orang dengan lebih sedikit tidak dicantumkan.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="486"/>
        <source>Only reviewers with at least {count} decisions in the window are listed.</source>
        <translation>Hanya peninjau dengan setidaknya {count} keputusan dalam periode ini yang dicantumkan.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="663"/>
        <location filename="../../workstation/sla.py" line="700"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="664"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="665"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="666"/>
        <source>Oldest</source>
        <translation>Tertua</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="667"/>
        <source>Due &lt;1 h</source>
        <translation>Jatuh tempo &lt;1 jam</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="668"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="669"/>
        <location filename="../../workstation/sla.py" line="704"/>
        <location filename="../../workstation/sla.py" line="748"/>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="670"/>
        <source>SLA today</source>
        <translation>SLA hari ini</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="671"/>
        <source>SLA 7 d</source>
        <translation>SLA 7 hr</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="672"/>
        <source>Import→dec. p50/p90</source>
        <translation>Impor→kep. p50/p90</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="673"/>
        <source>Claim→dec. p50/p90</source>
        <translation>Ambil→kep. p50/p90</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="674"/>
        <source>Escal.</source>
        <translation>Eskal.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="675"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="676"/>
        <source>Lease exp.</source>
        <translation>Klaim kedal.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="701"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="702"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="703"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="705"/>
        <source>By</source>
        <translation>Menurut</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="706"/>
        <source>Late by</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="716"/>
        <source>still pending</source>
        <translation>masih menunggu</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="739"/>
        <source>SLA report, by queue, today</source>
        <translation>Laporan SLA, per antrean, hari ini</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="740"/>
        <source>SLA report, by queue, the last 7 days</source>
        <translation>Laporan SLA, per antrean, 7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="741"/>
        <source>SLA report, by team, today</source>
        <translation>Laporan SLA, per tim, hari ini</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="742"/>
        <source>SLA report, by team, the last 7 days</source>
        <translation>Laporan SLA, per tim, 7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="744"/>
        <source>No SLA was missed in this window.</source>
        <translation>Tidak ada SLA yang terlewat dalam periode ini.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="745"/>
        <source>Per reviewer</source>
        <translation>Per peninjau</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="747"/>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="749"/>
        <source>SLA met</source>
        <translation>SLA terpenuhi</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="750"/>
        <source>Claim→dec. p50</source>
        <translation>Ambil→kep. p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="751"/>
        <source>Handling p50</source>
        <translation>Penanganan p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="758"/>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="760"/>
        <source>{start} to {end} ({zone}). Attainment: first decisions by the due time, over those and the pending items that fell due. Time to decision: p50 / p90.</source>
        <translation>{start} sampai {end} ({zone}). Ketercapaian: keputusan pertama sebelum jatuh tempo, dibagi jumlah keputusan itu dan item menunggu yang sudah jatuh tempo. Waktu sampai keputusan: p50 / p90.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="776"/>
        <source>Breaches ({count})</source>
        <translation>Pelanggaran ({count})</translation>
    </message>
</context>
<context>
    <name>SoftPromptBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="123"/>
        <source>Break suggestion</source>
        <translation>Saran istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="124"/>
        <source>Take break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="125"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="131"/>
        <source>Take a {minutes}-minute break? {reason}.</source>
        <translation>Istirahat {minutes} menit? {reason}.</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../ui/sop_panel.py" line="54"/>
        <source>Changed {date}.</source>
        <translation>Diubah {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="60"/>
        <source>Examples (text only)</source>
        <translation>Contoh (hanya teks)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="61"/>
        <source>section {id}</source>
        <translation>bagian {id}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="77"/>
        <source>Policies (SOPs)</source>
        <translation>Kebijakan (SOP)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="78"/>
        <source>Policies</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="86"/>
        <source>No policy has been published yet. A lead publishes one with &apos;workstation policies publish&apos;.</source>
        <translation>Belum ada kebijakan yang diterbitkan. Ketua tim menerbitkannya dengan &apos;workstation policies publish&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="92"/>
        <source>{title} — version {version}, in force since {date}</source>
        <translation>{title} — versi {version}, berlaku sejak {date}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="98"/>
        <source>{title} — version {version}</source>
        <translation>{title} — versi {version}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="105"/>
        <source>Search the policies</source>
        <translation>Cari kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="107"/>
        <source>Search: words anywhere in a section (title, summary, text, examples)</source>
        <translation>Cari: kata di mana pun dalam bagian (judul, ringkasan, teks, contoh)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="113"/>
        <source>Policy sections</source>
        <translation>Bagian kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="119"/>
        <source>Policy text</source>
        <translation>Teks kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="128"/>
        <source>Close (F2)</source>
        <translation>Tutup (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="152"/>
        <source>CHANGED</source>
        <translation>DIUBAH</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="165"/>
        <source>{found} of {total} sections; {changed} changed in the last 14 days</source>
        <translation>{found} dari {total} bagian; {changed} diubah dalam 14 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="167"/>
        <source>{found} of {total} sections</source>
        <translation>{found} dari {total} bagian</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="174"/>
        <source>No section matches.</source>
        <translation>Tidak ada bagian yang cocok.</translation>
    </message>
</context>
<context>
    <name>SoundTrack</name>
    <message>
        <location filename="../../ui/audio.py" line="64"/>
        <source>no sound output device</source>
        <translation>tidak ada perangkat keluaran suara</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="70"/>
        <source>the sound output cannot play {rate} Hz, {channels} channels</source>
        <translation>keluaran suara tidak dapat memutar {rate} Hz, {channels} kanal</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="77"/>
        <source>the sound output could not be opened ({error})</source>
        <translation>keluaran suara tidak dapat dibuka ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="207"/>
        <source>the sound could not be decoded ({kind})</source>
        <translation>suara tidak dapat didekode ({kind})</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/notices.py" line="227"/>
        <source>Status message</source>
        <translation>Pesan status</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="230"/>
        <source>Status key hint</source>
        <translation>Petunjuk tombol status</translation>
    </message>
</context>
<context>
    <name>SupportLabel</name>
    <message>
        <location filename="../../ui/support_contact.py" line="18"/>
        <source>Need to talk to someone? {contact}</source>
        <translation>Perlu bicara dengan seseorang? {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="21"/>
        <source>Need to talk to someone? Your wellbeing staff are there for you.</source>
        <translation>Perlu bicara dengan seseorang? Staf kesejahteraan siap mendampingi Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="32"/>
        <source>Support contact</source>
        <translation>Kontak dukungan</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="45"/>
        <source>Text of the item, with listed terms masked</source>
        <translation>Teks item, dengan istilah yang tercantum disamarkan</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="73"/>
        <source>Loading text (listed terms masked)…</source>
        <translation>Memuat teks (istilah yang tercantum disamarkan)…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="86"/>
        <source>This text cannot be shown: {error}</source>
        <translation>Teks ini tidak dapat ditampilkan: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="151"/>
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>DITAMPILKAN (kata yang disamarkan terlihat): disamarkan lagi dalam {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="159"/>
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>Teks disembunyikan. Tekan Esc untuk menampilkannya lagi, tetap disamarkan.</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="176"/>
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>1 istilah yang tercantum disamarkan · R menampilkannya selama {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="178"/>
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>{count} istilah yang tercantum disamarkan · R menampilkannya selama {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="182"/>
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>Ditampilkan: kata yang disamarkan terlihat; disamarkan lagi dalam {seconds} dtk (R menyamarkan sekarang)</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../ui/locale_format.py" line="32"/>
        <source>s</source>
        <translation>dtk</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="33"/>
        <source>min</source>
        <translation>mnt</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="34"/>
        <source>h</source>
        <translation>jam</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="35"/>
        <source>d</source>
        <translation>hari</translation>
    </message>
</context>
<context>
    <name>VideoController</name>
    <message>
        <location filename="../../ui/video.py" line="272"/>
        <source>Preparing a filtered storyboard…</source>
        <translation>Menyiapkan storyboard yang difilter…</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="530"/>
        <source>▶ playing</source>
        <translation>▶ diputar</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>storyboard</source>
        <translation>storyboard</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>❚❚ paused</source>
        <translation>❚❚ dijeda</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="535"/>
        <source>no audio</source>
        <translation>tanpa audio</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="537"/>
        <source>muted (M)</source>
        <translation>dibisukan (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="539"/>
        <source>no sound: {problem} (M)</source>
        <translation>tanpa suara: {problem} (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="541"/>
        <source>sound on (M)</source>
        <translation>suara aktif (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="544"/>
        <source>{position} s / {duration} s</source>
        <translation>{position} dtk / {duration} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="548"/>
        <source>{position} s</source>
        <translation>{position} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="550"/>
        <source>{speed}x</source>
        <translation>{speed}x</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="553"/>
        <source>Space play · ←/→ 5 s · ,/. frame · J/L speed · wheel scrub</source>
        <translation>Spasi putar · ←/→ 5 dtk · ,/. bingkai · J/L kecepatan · roda gulir</translation>
    </message>
</context>
<context>
    <name>WHO5</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="34"/>
        <source>Over the last two weeks:</source>
        <translation>Selama dua minggu terakhir:</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="35"/>
        <source>I have felt cheerful and in good spirits</source>
        <translation>Saya merasa ceria dan bersemangat</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="36"/>
        <source>I have felt calm and relaxed</source>
        <translation>Saya merasa tenang dan santai</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="37"/>
        <source>I have felt active and vigorous</source>
        <translation>Saya merasa aktif dan bertenaga</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="38"/>
        <source>I woke up feeling fresh and rested</source>
        <translation>Saya bangun dengan perasaan segar dan cukup istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="39"/>
        <source>My daily life has been filled with things that interest me</source>
        <translation>Kehidupan sehari-hari saya dipenuhi hal-hal yang menarik bagi saya</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="40"/>
        <source>All of the time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="41"/>
        <source>Most of the time</source>
        <translation>Sebagian besar waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="42"/>
        <source>More than half of the time</source>
        <translation>Lebih dari separuh waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="43"/>
        <source>Less than half of the time</source>
        <translation>Kurang dari separuh waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="44"/>
        <source>Some of the time</source>
        <translation>Sesekali</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="45"/>
        <source>At no time</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="46"/>
        <source>This score is low. Please consider talking to your support contact or a doctor soon; it is a prompt to talk, not a diagnosis.</source>
        <translation>Skor ini rendah. Pertimbangkan untuk segera berbicara dengan kontak dukungan Anda atau dokter; ini ajakan untuk berbicara, bukan diagnosis.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="51"/>
        <source>This score suggests your well-being has been low lately. Talking to your support contact can help; it is a prompt to talk, not a diagnosis.</source>
        <translation>Skor ini menunjukkan kesejahteraan Anda sedang menurun akhir-akhir ini. Berbicara dengan kontak dukungan Anda dapat membantu; ini ajakan untuk berbicara, bukan diagnosis.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="56"/>
        <source>Thank you. Your answers are private to you and wellbeing staff.</source>
        <translation>Terima kasih. Jawaban Anda hanya dapat dilihat oleh Anda dan staf kesejahteraan.</translation>
    </message>
</context>
<context>
    <name>WellbeingUi</name>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <location filename="../../ui/wellbeing_ui.py" line="156"/>
        <source>This affected me</source>
        <translation>Ini memengaruhi saya</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <source>Affected me</source>
        <translation>Terpengaruh</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="93"/>
        <source>This affected me: take a break and check in</source>
        <translation>Ini memengaruhi saya: istirahat dan cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="94"/>
        <source>Take a break and check in ({key})</source>
        <translation>Istirahat dan cek perasaan ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Take a break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="99"/>
        <location filename="../../ui/wellbeing_ui.py" line="161"/>
        <source>Take a break now</source>
        <translation>Istirahat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="100"/>
        <source>Take a break now ({key})</source>
        <translation>Istirahat sekarang ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="109"/>
        <source>Rotation suggestion</source>
        <translation>Saran rotasi</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="110"/>
        <source>Choose a queue</source>
        <translation>Pilih antrean</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="111"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="112"/>
        <source>Locked queues</source>
        <translation>Antrean terkunci</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="113"/>
        <source>See my day</source>
        <translation>Lihat hari saya</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="114"/>
        <source>Break postponed</source>
        <translation>Istirahat ditunda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="115"/>
        <source>Check-in</source>
        <translation>Cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="121"/>
        <source>Wellbeing questionnaire</source>
        <translation>Kuesioner kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="122"/>
        <source>Answer now</source>
        <translation>Jawab sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="124"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="167"/>
        <source>Your wellbeing</source>
        <translation>Kesejahteraan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="172"/>
        <source>Wellbeing questionnaire…</source>
        <translation>Kuesioner kesejahteraan…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="244"/>
        <source>Wellbeing notices</source>
        <translation>Pemberitahuan kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="295"/>
        <source>Your organisation offers a short wellbeing questionnaire (WHO-5, five questions about the last two weeks). Only you and wellbeing staff see your answers.</source>
        <translation>Organisasi Anda menyediakan kuesioner kesejahteraan singkat (WHO-5, lima pertanyaan tentang dua minggu terakhir). Hanya Anda dan staf kesejahteraan yang melihat jawaban Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="342"/>
        <source>Break postponed so you can finish this item. It starts when you close the item, or at {time} at the latest.</source>
        <translation>Istirahat ditunda agar Anda dapat menyelesaikan item ini. Istirahat dimulai saat Anda menutup item, atau paling lambat pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="374"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps. Calmer queues open to you: {queues}.</source>
        <translation>Anda telah meninjau {count} item berat berturut-turut. Beralih ke pekerjaan yang lebih ringan untuk sementara akan membantu. Antrean yang lebih ringan untuk Anda: {queues}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="379"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps.</source>
        <translation>Anda telah meninjau {count} item berat berturut-turut. Beralih ke pekerjaan yang lebih ringan untuk sementara akan membantu.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="390"/>
        <source>You have reached today&apos;s exposure budget ({budget}). Queues above severity tier {tier} are closed to you until tomorrow; lower-tier queues stay open. Thank you for looking after yourself.</source>
        <translation>Anda telah mencapai anggaran paparan hari ini ({budget}). Antrean di atas tingkat keparahan {tier} ditutup untuk Anda sampai besok; antrean tingkat lebih rendah tetap terbuka. Terima kasih telah menjaga diri Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="418"/>
        <source>Locked today · {queue}</source>
        <translation>Terkunci hari ini · {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="422"/>
        <source>Closed to you for today: your daily exposure budget is spent.</source>
        <translation>Ditutup untuk Anda hari ini: anggaran paparan harian Anda sudah habis.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="429"/>
        <source>Exposure figures are kept on this workstation and will be saved when the database is back.</source>
        <translation>Angka paparan disimpan di workstation ini dan akan disimpan saat basis data tersedia kembali.</translation>
    </message>
</context>
</TS>
