<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="269"/>
        <source>Administration — Reviewer Workstation</source>
        <translation>Pentadbiran — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="285"/>
        <source>Refresh</source>
        <translation>Muat semula</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="289"/>
        <source>Queues</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="300"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="310"/>
        <source>Loading the queues…</source>
        <translation>Memuatkan baris gilir…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="317"/>
        <source>The queues could not be read: {error}</source>
        <translation>Baris gilir tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="329"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="341"/>
        <source>{queues} queues, {pending} items pending</source>
        <translation>{queues} baris gilir, {pending} item menunggu</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../wellbeing/attention.py" line="341"/>
        <source>not now</source>
        <translation>bukan sekarang</translation>
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
        <translation>Semakan perasaan &quot;{mood}&quot; pada {when}: &quot;{note}&quot; ({count} kali rendah berturut-turut)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="223"/>
        <source>{mood} check-in on {when}: &quot;{note}&quot;</source>
        <translation>Semakan perasaan &quot;{mood}&quot; pada {when}: &quot;{note}&quot;</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="225"/>
        <source>{mood} check-in on {when} (no note) ({count} low in a row)</source>
        <translation>Semakan perasaan &quot;{mood}&quot; pada {when} (tanpa nota) ({count} kali rendah berturut-turut)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="229"/>
        <source>{mood} check-in on {when} (no note)</source>
        <translation>Semakan perasaan &quot;{mood}&quot; pada {when} (tanpa nota)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="242"/>
        <source>&quot;This affected me&quot; once in {days} days, latest {when}</source>
        <translation>&quot;Ini menjejaskan saya&quot; sekali dalam {days} hari, terkini {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="244"/>
        <source>&quot;This affected me&quot; {count} times in {days} days, latest {when}</source>
        <translation>&quot;Ini menjejaskan saya&quot; {count} kali dalam {days} hari, terkini {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="269"/>
        <source>Enforced break skipped once in {days} days, latest {when}</source>
        <translation>Rehat wajib dilangkau sekali dalam {days} hari, terkini {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="271"/>
        <source>Enforced break skipped {count} times in {days} days, latest {when}</source>
        <translation>Rehat wajib dilangkau {count} kali dalam {days} hari, terkini {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="282"/>
        <source>taken</source>
        <translation>diambil</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="283"/>
        <source>taken, postponed once</source>
        <translation>diambil, ditangguhkan sekali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="284"/>
        <source>taken, postponed {count} times</source>
        <translation>diambil, ditangguhkan {count} kali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="287"/>
        <source>taken (ended early)</source>
        <translation>diambil (tamat awal)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="288"/>
        <source>taken, postponed once (ended early)</source>
        <translation>diambil, ditangguhkan sekali (tamat awal)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="289"/>
        <source>taken, postponed {count} times (ended early)</source>
        <translation>diambil, ditangguhkan {count} kali (tamat awal)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="292"/>
        <source>taken, ended when the workstation stopped (time inferred)</source>
        <translation>diambil, tamat apabila stesen kerja berhenti (masanya dianggarkan)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="293"/>
        <source>taken, postponed once, ended when the workstation stopped (time inferred)</source>
        <translation>diambil, ditangguhkan sekali, tamat apabila stesen kerja berhenti (masanya dianggarkan)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="296"/>
        <source>taken, postponed {count} times, ended when the workstation stopped (time inferred)</source>
        <translation>diambil, ditangguhkan {count} kali, tamat apabila stesen kerja berhenti (masanya dianggarkan)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="301"/>
        <source>taken, not ended yet</source>
        <translation>diambil, belum tamat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="302"/>
        <source>taken, postponed once, not ended yet</source>
        <translation>diambil, ditangguhkan sekali, belum tamat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="303"/>
        <source>taken, postponed {count} times, not ended yet</source>
        <translation>diambil, ditangguhkan {count} kali, belum tamat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="307"/>
        <source>open, postponed once</source>
        <translation>terbuka, ditangguhkan sekali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="308"/>
        <source>open, postponed {count} times</source>
        <translation>terbuka, ditangguhkan {count} kali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="311"/>
        <source>skipped</source>
        <translation>dilangkau</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="312"/>
        <source>skipped, postponed once</source>
        <translation>dilangkau, ditangguhkan sekali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="313"/>
        <source>skipped, postponed {count} times</source>
        <translation>dilangkau, ditangguhkan {count} kali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="446"/>
        <source>Enforced break postponed once in {days} days, latest {when}</source>
        <extracomment>A break nobody ended is not still running after this long: its window died with no later record from the person to say so (docs/wellbeing.md#a-break-whose-window-died).</extracomment>
        <translation>Rehat wajib ditangguhkan sekali dalam {days} hari, terkini {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="448"/>
        <source>Enforced break postponed {count} times in {days} days, latest {when}</source>
        <translation>Rehat wajib ditangguhkan {count} kali dalam {days} hari, terkini {when}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="470"/>
        <source>Over the daily budget of {budget} on 1 day in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>Melebihi bajet harian {budget} pada 1 hari dalam {window}, terkini {latest} (tertinggi {worst} minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="476"/>
        <source>Over the daily budget of {budget} on {count} days in {window}, latest {latest} (highest {worst} weighted min)</source>
        <translation>Melebihi bajet harian {budget} pada {count} hari dalam {window}, terkini {latest} (tertinggi {worst} minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="510"/>
        <source>{earlier} → {later}</source>
        <translation>{earlier} → {later}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="513"/>
        <source>Dose rising {weeks} weeks in a row: {steps} weighted min per {days} days (to yesterday)</source>
        <translation>Pendedahan meningkat {weeks} minggu berturut-turut: {steps} minit berwajaran setiap {days} hari (hingga semalam)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/attention.py" line="545"/>
        <source>{hours} h {minutes} min of exposure work without a break, from {start} to {end}</source>
        <translation>{hours} jam {minutes} minit kerja pendedahan tanpa rehat, dari {start} hingga {end}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="340"/>
        <source>&quot;This affected me&quot;</source>
        <translation>&quot;Ini menjejaskan saya&quot;</translation>
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
        <translation>Ini pepijat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="84"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="85"/>
        <source>Why they are listed</source>
        <translation>Sebab mereka disenaraikan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="86"/>
        <source>Urgency</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="87"/>
        <source>Contact</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="135"/>
        <source>contacted, nothing new</source>
        <translation>sudah dihubungi, tiada yang baharu</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="141"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="142"/>
        <source>new since then</source>
        <translation>ada yang baharu sejak itu</translation>
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
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="174"/>
        <source>Most urgent first. • a reason since the last contact, ◦ one from before it. Click a person or press Enter to open their page. Only wellbeing staff see this list.</source>
        <translation>Paling mendesak di atas. • sebab sejak hubungan terakhir, ◦ sebab dari sebelumnya. Klik seseorang atau tekan Enter untuk membuka halamannya. Hanya kakitangan kesejahteraan yang melihat senarai ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="180"/>
        <source>Refresh</source>
        <translation>Muat semula</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="185"/>
        <source>People who need attention</source>
        <translation>Orang yang perlu perhatian</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="224"/>
        <source>Nobody needs attention now.</source>
        <translation>Tiada sesiapa yang perlu perhatian sekarang.</translation>
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
        <translation>; {count} sudah dihubungi dan tiada yang baharu sejak itu (di bahagian bawah).</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="384"/>
        <source>Prompted</source>
        <translation>Dicadangkan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="385"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="386"/>
        <source>What happened</source>
        <translation>Apa yang berlaku</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="387"/>
        <source>Minutes</source>
        <translation>Minit</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="389"/>
        <source>Breaks</source>
        <translation>Rehat</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="393"/>
        <location filename="../../ui/attention_view.py" line="400"/>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="394"/>
        <source>Mood</source>
        <translation>Perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="395"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="397"/>
        <source>Check-ins with notes</source>
        <translation>Semakan perasaan dengan nota</translation>
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
        <translation>cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="67"/>
        <source>enforced</source>
        <translation>wajib</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="68"/>
        <source>affected</source>
        <translation>terjejas</translation>
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
        <translation>Rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="258"/>
        <source>Break title</source>
        <translation>Tajuk rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="262"/>
        <source>Break details</source>
        <translation>Butiran rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="267"/>
        <source>Time left of the break</source>
        <translation>Baki masa rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="270"/>
        <source>When work may resume</source>
        <translation>Bila kerja boleh disambung</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="277"/>
        <source>Start my break now</source>
        <translation>Mulakan rehat saya sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="278"/>
        <source>Start the break now</source>
        <translation>Mulakan rehat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="280"/>
        <source>Finish this item first</source>
        <translation>Selesaikan item ini dahulu</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="282"/>
        <source>Finish this item first (postpone the break once)</source>
        <translation>Selesaikan item ini dahulu (tangguhkan rehat sekali)</translation>
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
        <translation>Terima kasih kerana memberitahu. Ambil masa yang anda perlukan; anda sentiasa boleh bercakap dengan kakitangan kesejahteraan.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="349"/>
        <source>Break required: {reason}</source>
        <translation>Rehat diperlukan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="351"/>
        <source>Time for a {minutes}-minute break</source>
        <translation>Masa untuk rehat {minutes} minit</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="354"/>
        <source>{reason}. Media is hidden and decisions are paused. If you are in the middle of an item you may finish it first, once.</source>
        <translation>{reason}. Media disembunyikan dan keputusan dijeda. Jika anda sedang menyemak satu item, anda boleh menyelesaikannya dahulu, sekali sahaja.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="373"/>
        <source>On a break until {time}</source>
        <translation>Berehat sehingga {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="375"/>
        <source>Break time</source>
        <translation>Masa rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="376"/>
        <location filename="../../ui/wellbeing_break.py" line="378"/>
        <source>A short break</source>
        <translation>Rehat sebentar</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="377"/>
        <source>Take a moment</source>
        <translation>Berhenti sejenak</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="380"/>
        <source>A break</source>
        <translation>Rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="383"/>
        <source>All media is hidden. Look away from the screen, stretch, get some water — or follow the circle for a few breaths.</source>
        <translation>Semua media disembunyikan. Alihkan pandangan dari skrin, regangkan badan, minum air — atau ikut bulatan untuk beberapa tarikan nafas.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="407"/>
        <source>{time} left</source>
        <translation>Baki {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="409"/>
        <source>Work resumes at {time}.</source>
        <translation>Kerja bersambung pada {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="411"/>
        <source>Back to work at {time}</source>
        <translation>Kembali bekerja pada {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="414"/>
        <source>Suggested until {time}. You can come back earlier.</source>
        <translation>Dicadangkan sehingga {time}. Anda boleh kembali lebih awal.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="424"/>
        <source>Break complete</source>
        <translation>Rehat selesai</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="425"/>
        <source>You may resume work now (since {time}).</source>
        <translation>Anda boleh menyambung kerja sekarang (sejak {time}).</translation>
    </message>
</context>
<context>
    <name>Breaks</name>
    <message>
        <location filename="../../wellbeing/breaks.py" line="44"/>
        <source>less than a minute</source>
        <translation>kurang daripada seminit</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="45"/>
        <source>{minutes} min</source>
        <translation>{minutes} minit</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="52"/>
        <source>0 weighted min</source>
        <translation>0 minit berwajaran</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="54"/>
        <source>less than 1 weighted min</source>
        <translation>kurang daripada 1 minit berwajaran</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="56"/>
        <source>{dose} weighted min</source>
        <translation>{dose} minit berwajaran</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="61"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="100"/>
        <source>on a break ({left} left)</source>
        <translation>sedang berehat (baki {left})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="106"/>
        <source>exposure since your last break is {dose}</source>
        <translation>pendedahan sejak rehat terakhir anda ialah {dose}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="109"/>
        <source>you have worked {time} without a break</source>
        <translation>anda telah bekerja {time} tanpa rehat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="128"/>
        <source>no break due</source>
        <translation>belum perlu berehat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="133"/>
        <source>break postponed until {time}: {reasons}</source>
        <translation>rehat ditangguhkan hingga {time}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/breaks.py" line="147"/>
        <source>break suggestion snoozed until {time}</source>
        <translation>cadangan rehat ditangguhkan hingga {time}</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="145"/>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>Panduan pernafasan: tarik nafas apabila bulatan membesar, hembus apabila ia mengecil</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe in</source>
        <translation>Tarik nafas</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="222"/>
        <source>Breathe out</source>
        <translation>Hembus nafas</translation>
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
        <translation>Sangat rendah</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="43"/>
        <location filename="../../wellbeing/attention.py" line="59"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="44"/>
        <location filename="../../wellbeing/attention.py" line="60"/>
        <source>Okay</source>
        <translation>Biasa</translation>
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
        <translation>Semakan perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="129"/>
        <source>How are you feeling right now?</source>
        <translation>Bagaimana perasaan anda sekarang?</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="134"/>
        <source>Private: only you and wellbeing staff see check-ins. Tap a face to save, or press 1-5 (Tab for a note) and Enter.</source>
        <translation>Peribadi: hanya anda dan kakitangan kesejahteraan yang melihat semakan perasaan. Ketik wajah untuk menyimpan, atau tekan 1-5 (Tab untuk nota) dan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="141"/>
        <source>Add a note if you like (optional), then tap a face</source>
        <translation>Tambah nota jika mahu (pilihan), kemudian ketik wajah</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="142"/>
        <source>Check-in note (optional)</source>
        <translation>Nota semakan perasaan (pilihan)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="162"/>
        <source>Not now</source>
        <translation>Bukan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="164"/>
        <source>Skip the check-in</source>
        <translation>Langkau semakan perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="168"/>
        <source>Check-in status</source>
        <translation>Status semakan perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="173"/>
        <source>How are you feeling after your break?</source>
        <translation>Bagaimana perasaan anda selepas berehat?</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="175"/>
        <source>Private: only you and wellbeing staff see it.</source>
        <translation>Peribadi: hanya anda dan kakitangan kesejahteraan yang melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="231"/>
        <source>{mood}: press Enter to save, or Tab to add a note first.</source>
        <translation>{mood}: tekan Enter untuk menyimpan, atau Tab untuk menambah nota dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="239"/>
        <source>Choose a face first: keys 1 (very low) to 5 (very good).</source>
        <translation>Pilih wajah dahulu: kekunci 1 (sangat rendah) hingga 5 (sangat baik).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="304"/>
        <source>Saved privately: {mood}. Thank you.</source>
        <translation>Disimpan secara peribadi: {mood}. Terima kasih.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="44"/>
        <source>Correct or appeal a decision</source>
        <translation>Betulkan atau rayu keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="50"/>
        <source>Item reference</source>
        <translation>Rujukan item</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="51"/>
        <source>Item reference, e.g. H-EVE-1127-00042</source>
        <translation>Rujukan item, cth. H-EVE-1127-00042</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="54"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="61"/>
        <source>The decision to correct</source>
        <translation>Keputusan yang hendak dibetulkan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="65"/>
        <source>Corrected verdict</source>
        <translation>Putusan yang dibetulkan</translation>
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
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="69"/>
        <source>Why (required; the reviewer is told it)</source>
        <translation>Sebabnya (wajib; penyemak akan dimaklumkan)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="73"/>
        <source>Record correction</source>
        <translation>Rekod pembetulan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="75"/>
        <source>Record appeal</source>
        <translation>Rekod rayuan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="84"/>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="99"/>
        <source>That did not work: a problem in this program. This is a bug.</source>
        <translation>Tidak berjaya: masalah dalam program ini. Ini pepijat.</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="108"/>
        <source>Looking up the item…</source>
        <translation>Mencari item…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="124"/>
        <source>This item has no decision to correct.</source>
        <translation>Item ini tiada keputusan untuk dibetulkan.</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="128"/>
        <source>Decision {id} by {who} at {at} UTC: {verdict}</source>
        <translation>Keputusan {id} oleh {who} pada {at} UTC: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="151"/>
        <source>Recording…</source>
        <translation>Merekodkan…</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="161"/>
        <source>under appeal</source>
        <translation>sedang dirayu</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="163"/>
        <source>corrected to {verdict}</source>
        <translation>dibetulkan kepada {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="166"/>
        <source>Recorded: decision {id} is {what}. The reviewer is told in their window.</source>
        <translation>Direkodkan: keputusan {id} {what}. Penyemak dimaklumkan dalam tetingkapnya.</translation>
    </message>
</context>
<context>
    <name>CorrectionNotice</name>
    <message>
        <location filename="../../ui/correction_notice.py" line="42"/>
        <source>Your decisions</source>
        <translation>Keputusan anda</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="59"/>
        <source>Got it</source>
        <translation>Faham</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="60"/>
        <source>Dismiss the notice about your decisions</source>
        <translation>Tutup notis tentang keputusan anda</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="91"/>
        <source>1 earlier notice about your decisions (workstation decisions notices).</source>
        <translation>1 notis terdahulu tentang keputusan anda (workstation decisions notices).</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="93"/>
        <source>{count} earlier notices about your decisions (workstation decisions notices).</source>
        <translation>{count} notis terdahulu tentang keputusan anda (workstation decisions notices).</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <location filename="../../workstation/daily_report.py" line="123"/>
        <source>All queues</source>
        <extracomment>Acknowledgement targets by severity when the incidents table carries none (the issue&apos;s defaults; the incident feature keeps the real ones as policy data).</extracomment>
        <translation>Semua baris gilir</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="450"/>
        <location filename="../../workstation/daily_report.py" line="458"/>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="451"/>
        <source>Imported</source>
        <translation>Diimport</translation>
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
        <translation>Menunggu pada masa tutup</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="455"/>
        <source>Oldest pending</source>
        <translation>Menunggu paling lama</translation>
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
        <translation>Ditandakan oleh</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="462"/>
        <source>At</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Fault</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="464"/>
        <source>Count</source>
        <translation>Bilangan</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="465"/>
        <source>Queues</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="466"/>
        <source>SLA breaches ({count})</source>
        <translation>Pelanggaran SLA ({count})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="467"/>
        <source>No SLA was missed.</source>
        <translation>Tiada SLA yang terlepas.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="468"/>
        <source>Key tickets ({count})</source>
        <translation>Tiket utama ({count})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="469"/>
        <source>No key tickets were flagged.</source>
        <translation>Tiada tiket utama yang ditandakan.</translation>
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
        <translation>{value} (purata {average})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="481"/>
        <source>{value} (avg {average}, {change})</source>
        <translation>{value} (purata {average}, {change})</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="500"/>
        <source>Unreadable media imported</source>
        <translation>Media tidak boleh dibaca yang diimport</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="501"/>
        <source>of which the decoder crashed</source>
        <translation>antaranya penyahkod ranap</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="502"/>
        <source>Offline decisions refused (outbox conflicts)</source>
        <translation>Keputusan luar talian yang ditolak (konflik peti keluar)</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="503"/>
        <source>Claim leases expired</source>
        <translation>Tuntutan tamat tempoh</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="504"/>
        <source>Import lines rejected</source>
        <translation>Baris import yang ditolak</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="517"/>
        <source>Daily report {day}, team {team}</source>
        <translation>Laporan harian {day}, pasukan {team}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="520"/>
        <source>Daily report {day}</source>
        <translation>Laporan harian {day}</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="524"/>
        <source>{start} to {end} ({zone}); figures against the average of the {days} days before. Generated {generated} UTC.</source>
        <translation>{start} hingga {end} ({zone}); angka dibandingkan dengan purata {days} hari sebelumnya. Dijana {generated} UTC.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="540"/>
        <source>Incidents are not recorded in this database.</source>
        <translation>Insiden tidak direkodkan dalam pangkalan data ini.</translation>
    </message>
    <message>
        <location filename="../../workstation/daily_report.py" line="541"/>
        <source>Opened {opened}, acknowledged late {late}, closed {closed}.</source>
        <translation>Dibuka {opened}, diakui lewat {late}, ditutup {closed}.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/role_windows.py" line="144"/>
        <source>Exposure dashboard (wellbeing) — Reviewer Workstation</source>
        <translation>Papan pemuka pendedahan (kesejahteraan) — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="146"/>
        <source>Exposure dashboard (aggregates only) — Reviewer Workstation</source>
        <translation>Papan pemuka pendedahan (agregat sahaja) — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="160"/>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="161"/>
        <source>Exposure</source>
        <translation>Pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="166"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="168"/>
        <source>Show the report again</source>
        <translation>Tunjukkan laporan semula</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="174"/>
        <source>Correct or appeal a decision…</source>
        <translation>Betulkan atau rayu keputusan…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="181"/>
        <source>Wellbeing policy…</source>
        <translation>Dasar kesejahteraan…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="188"/>
        <source>Operations (SLA, daily report)…</source>
        <translation>Operasi (SLA, laporan harian)…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="195"/>
        <source>Administration…</source>
        <translation>Pentadbiran…</translation>
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
        <translation>Langkau item ini</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="120"/>
        <source>Skip (give it back)</source>
        <translation>Langkau (pulangkan)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="123"/>
        <source>Undo last decision</source>
        <translation>Buat asal keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="124"/>
        <source>Undo the last decision</source>
        <translation>Buat asal keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="140"/>
        <source>Reasons</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="144"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="151"/>
        <source>Escalate to</source>
        <translation>Eskalasi kepada</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="155"/>
        <source>Imminent harm (Alt+I)</source>
        <translation>Bahaya segera (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="157"/>
        <source>A person is at risk now: opens a P0 incident that alerts the leads on duty</source>
        <translation>Seseorang dalam bahaya sekarang: membuka insiden P0 yang memaklumkan ketua pasukan yang bertugas</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="160"/>
        <source>Imminent harm</source>
        <translation>Bahaya segera</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record the decision</source>
        <translation>Rekod keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="166"/>
        <source>Record decision</source>
        <translation>Rekod keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="170"/>
        <source>Cancel this verdict</source>
        <translation>Batalkan keputusan semakan ini</translation>
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
        <translation>Keputusan semakan {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="249"/>
        <source>Policy for verdict {number}</source>
        <translation>Dasar untuk keputusan semakan {number}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="278"/>
        <source>{title} (policy {version}); F2: full text</source>
        <translation>{title} (dasar {version}); F2: teks penuh</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="338"/>
        <source>Decisions are paused.</source>
        <translation>Keputusan dijeda.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="386"/>
        <source>The leads of your team</source>
        <translation>Ketua pasukan anda</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="394"/>
        <source>Why escalate? (required)</source>
        <translation>Mengapa dieskalasi? (wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (required)</source>
        <translation>Nota (wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="398"/>
        <source>Note (optional)</source>
        <translation>Nota (pilihan)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="416"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. Up/Down chooses where it goes. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Nyatakan sebabnya untuk sesiapa yang mengambilnya, kemudian tekan Enter. Atas/Bawah memilih destinasinya. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="422"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to your team leads. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Nyatakan sebabnya untuk sesiapa yang mengambilnya, kemudian tekan Enter. Ia dihantar kepada ketua pasukan anda. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="426"/>
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to {destination}. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Nyatakan sebabnya untuk sesiapa yang mengambilnya, kemudian tekan Enter. Ia dihantar kepada {destination}. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="435"/>
        <source>{verdict}: Pick a reason (1-9) and write a note, then press Enter.</source>
        <translation>{verdict}: Pilih sebab (1-9) dan tulis nota, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="437"/>
        <source>{verdict}: Pick a reason (1-9), then press Enter.</source>
        <translation>{verdict}: Pilih sebab (1-9), kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="441"/>
        <source>{verdict}: Type a reason and write a note, then press Enter.</source>
        <translation>{verdict}: Taip sebab dan tulis nota, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="443"/>
        <source>{verdict}: Type a reason, then press Enter.</source>
        <translation>{verdict}: Taip sebab, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="446"/>
        <source>{verdict}: Write a note, then press Enter.</source>
        <translation>{verdict}: Tulis nota, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="472"/>
        <source>Reason: {reason} — {summary}</source>
        <translation>Sebab: {reason} — {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="476"/>
        <source>Reason: {reason}</source>
        <translation>Sebab: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="43"/>
        <source>not given</source>
        <translation>tidak dinyatakan</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="51"/>
        <source>{language} ({tag})</source>
        <translation>{language} ({tag})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="56"/>
        <source>no SLA</source>
        <translation>tiada SLA</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="63"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} jam {minutes} minit</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="67"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} minit {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="71"/>
        <source>overdue by {time}</source>
        <translation>lewat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="73"/>
        <source>due in {time}</source>
        <translation>tamat tempoh dalam {time}</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="83"/>
        <source> (superseded)</source>
        <translation> (digantikan)</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="90"/>
        <source>History ({zone})</source>
        <translation>Sejarah ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="98"/>
        <source>Item details</source>
        <translation>Butiran item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="103"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="108"/>
        <source>External reference</source>
        <translation>Rujukan luaran</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="109"/>
        <location filename="../../ui/details.py" line="118"/>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="110"/>
        <source>Escalation reason</source>
        <translation>Sebab eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="112"/>
        <location filename="../../ui/details.py" line="120"/>
        <source>Priority</source>
        <translation>Keutamaan</translation>
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
        <translation>Ruj.</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="119"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="123"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="130"/>
        <source>Decision history</source>
        <translation>Sejarah keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="160"/>
        <source>{queue} (tier {tier})</source>
        <translation>{queue} (peringkat {tier})</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="167"/>
        <source>none</source>
        <translation>tiada</translation>
    </message>
</context>
<context>
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="36"/>
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette&apos;s accent for the dose, a soft amber once the budget is spent (information, not an alarm). Width in px of the ring drawn round the meter while it has keyboard focus: the theme&apos;s accent (the palette&apos;s Highlight), which stands out from the window by 3:1 or more in every theme.</extracomment>
        <translation>Pendedahan hari ini, bahagian daripada bajet harian</translation>
    </message>
</context>
<context>
    <name>DoseChart</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="53"/>
        <source>Exposure per day this week against the budget</source>
        <translation>Pendedahan setiap hari minggu ini berbanding bajet</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="72"/>
        <source>Exposure (weighted minutes)</source>
        <translation>Pendedahan (minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="73"/>
        <source>Over budget</source>
        <translation>Melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="104"/>
        <source>Daily budget ({budget})</source>
        <translation>Bajet harian ({budget})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="123"/>
        <source>{day}: {dose} of {budget}</source>
        <translation>{day}: {dose} daripada {budget}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workstation/wellbeing_records.py" line="522"/>
        <source>today&apos;s exposure budget ({budget} weighted minutes) is spent, so queues above severity tier {above} are closed to you until tomorrow. &apos;{queue}&apos; is tier {tier}; lower-tier queues stay open.</source>
        <extracomment>The outbox kind of a batch of exposure spans (``OutboxSync.register(SPANS_OUTBOX_KIND, ...)``). The outbox kinds of breaks and check-ins: care records wait durably like spans when the database is away (docs/wellbeing.md#the-break-flow).</extracomment>
        <translation>bajet pendedahan hari ini ({budget} minit berwajaran) sudah habis, jadi baris gilir di atas peringkat keterukan {above} ditutup kepada anda sehingga esok. &apos;{queue}&apos; ialah peringkat {tier}; baris gilir peringkat lebih rendah kekal terbuka.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="488"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database) and {who} has it now. Nothing was recorded for it; claim the next item.</source>
        <translation>tuntutan anda atas {ref} tamat tempoh pada {when} (tiada isyarat aktif yang sampai ke pangkalan data) dan kini dipegang oleh {who}. Tiada apa yang direkodkan untuknya; ambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="494"/>
        <source>your claim on {ref} expired at {when} (no heartbeat reached the database). Nothing was recorded for it; claim the next item.</source>
        <translation>tuntutan anda atas {ref} tamat tempoh pada {when} (tiada isyarat aktif yang sampai ke pangkalan data). Tiada apa yang direkodkan untuknya; ambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../workstation/claims.py" line="501"/>
        <source>your claim on {ref} is closed ({outcome}).</source>
        <translation>tuntutan anda atas {ref} sudah ditutup ({outcome}).</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="138"/>
        <source>the database is busy (locked by another workstation) and stayed busy; try again in a moment</source>
        <translation>pangkalan data sibuk (dikunci oleh stesen kerja lain) dan kekal sibuk; cuba lagi sebentar lagi</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="145"/>
        <source>cannot reach the database at {url}: {error}. Check that the server is running and the URL is right (WORKSTATION_DATABASE_URL or --database-url).</source>
        <translation>tidak dapat mencapai pangkalan data di {url}: {error}. Semak bahawa pelayan sedang berjalan dan URL betul (WORKSTATION_DATABASE_URL atau --database-url).</translation>
    </message>
    <message>
        <location filename="../../workstation/review.py" line="195"/>
        <source>the database cannot be reached</source>
        <translation>pangkalan data tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="166"/>
        <source>an escalation is not a verdict to appeal; decide the item instead</source>
        <translation>eskalasi bukan putusan untuk dirayu; putuskan item itu sebaliknya</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="183"/>
        <source>the reason has {count} characters; at most {most}</source>
        <translation>sebab mempunyai {count} aksara; paling banyak {most}</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="201"/>
        <source>no decision {id}</source>
        <translation>tiada keputusan {id}</translation>
    </message>
    <message>
        <location filename="../../workstation/corrections.py" line="281"/>
        <source>no decision on an item {ref!r}</source>
        <translation>tiada keputusan untuk item {ref!r}</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="564"/>
        <source>your claim on {ref} expired and {who} decided it at {at}; your decision was not recorded.</source>
        <translation>tuntutan anda atas {ref} tamat tempoh dan {who} telah memutuskannya pada {at}; keputusan anda tidak direkodkan.</translation>
    </message>
    <message>
        <location filename="../../workstation/decisions.py" line="570"/>
        <source>your claim on {ref} expired and it was decided; your decision was not recorded.</source>
        <translation>tuntutan anda atas {ref} tamat tempoh dan item itu telah diputuskan; keputusan anda tidak direkodkan.</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="251"/>
        <location filename="../../workstation/wellbeing_attention.py" line="414"/>
        <source>no person named {name!r}</source>
        <translation>tiada orang bernama {name!r}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="257"/>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>julat berakhir ({end}) sebelum bermula ({start})</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="400"/>
        <source>the note has {count} characters; keep it to {most}</source>
        <translation>nota mempunyai {count} aksara; hadkan kepada {most}</translation>
    </message>
    <message>
        <location filename="../../workstation/wellbeing_attention.py" line="407"/>
        <source>the contact date {day} is in the future</source>
        <translation>tarikh hubungan {day} adalah pada masa hadapan</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../ui/report_export.py" line="91"/>
        <source>Exporting decisions: {done} of {total}</source>
        <translation>Mengeksport keputusan: {done} daripada {total}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="99"/>
        <source>exported {rows} decisions to {path}</source>
        <translation>{rows} keputusan dieksport ke {path}</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="129"/>
        <source>Counting decisions…</source>
        <translation>Mengira keputusan…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="130"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="135"/>
        <source>Export decisions</source>
        <translation>Eksport keputusan</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../wellbeing/exposure.py" line="138"/>
        <source>revealed</source>
        <extracomment>The view of a freshly shown item when the caller does not say otherwise: on screen, blurred, gray, muted.</extracomment>
        <translation>didedahkan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="139"/>
        <source>blurred+gray</source>
        <translation>kabur dan kelabu</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="140"/>
        <source>blurred+color</source>
        <translation>kabur berwarna</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="141"/>
        <source>stylised</source>
        <translation>digayakan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="142"/>
        <source>gray unblurred</source>
        <translation>kelabu tidak kabur</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="143"/>
        <source>unfiltered</source>
        <translation>tanpa penapis</translation>
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
        <translation>tiada item dibuka</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="457"/>
        <source>media hidden</source>
        <translation>media disembunyikan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="459"/>
        <source>panic key: media hidden</source>
        <translation>kekunci panik: media disembunyikan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="461"/>
        <source>on a break</source>
        <translation>sedang berehat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="463"/>
        <source>window not active</source>
        <translation>tetingkap tidak aktif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="465"/>
        <source>clock jump (sleep/resume?): waiting for input</source>
        <translation>lompatan jam (tidur/sambung semula?): menunggu input</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="468"/>
        <source>idle (no input for {seconds} s)</source>
        <translation>melahu (tiada input selama {seconds} saat)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="473"/>
        <source>not counted: {reasons}</source>
        <translation>tidak dikira: {reasons}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="474"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="480"/>
        <source>severity of queue &apos;{queue}&apos; ({weight})</source>
        <translation>keterukan baris gilir &apos;{queue}&apos; ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="485"/>
        <source>severity tier {tier} ({weight})</source>
        <translation>keterukan peringkat {tier} ({weight})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/exposure.py" line="490"/>
        <source>{visibility} x {severity} = {rate} per minute</source>
        <translation>{visibility} × {severity} = {rate} seminit</translation>
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
        <translation>Pendedahan (minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="140"/>
        <source>Reviewer</source>
        <translation>Penyemak</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="141"/>
        <source>Days over
budget</source>
        <translation>Hari melebihi
bajet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="142"/>
        <source>Dose (weighted
minutes)</source>
        <translation>Pendedahan (minit
berwajaran)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="143"/>
        <source>Revealed
minutes</source>
        <translation>Minit
didedahkan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="144"/>
        <source>Breaks
suggested</source>
        <translation>Rehat
dicadangkan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="145"/>
        <source>Breaks
taken</source>
        <translation>Rehat
diambil</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146"/>
        <source>Mood trend
(points per week)</source>
        <translation>Trend perasaan
(mata seminggu)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="224"/>
        <source>Exposure - wellbeing dashboard</source>
        <translation>Pendedahan - papan pemuka kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="236"/>
        <source>per day</source>
        <translation>setiap hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="237"/>
        <source>per week</source>
        <translation>setiap minggu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="238"/>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Show</source>
        <translation>Tunjukkan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Export CSV…</source>
        <translation>Eksport CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="242"/>
        <source>Export PDF…</source>
        <translation>Eksport PDF…</translation>
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
        <translation>Hari pertama laporan, tahun-bulan-hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>To</source>
        <translation>Hingga</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="234"/>
        <source>Last day of the report, year-month-day</source>
        <translation>Hari terakhir laporan, tahun-bulan-hari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="252"/>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="265"/>
        <source>Choose a range and press Show.</source>
        <translation>Pilih julat dan tekan Tunjukkan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270"/>
        <source>Exposure chart</source>
        <translation>Carta pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="272"/>
        <source>Weighted exposure over the range; the same figures are in the summary and the tables</source>
        <translation>Pendedahan berpemberat dalam julat; angka yang sama ada dalam ringkasan dan jadual</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="274"/>
        <source>Distribution chart</source>
        <translation>Carta taburan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276"/>
        <source>How many people had each daily dose; the same figures are in the summary and the tables</source>
        <translation>Berapa orang bagi setiap pendedahan harian; angka yang sama ada dalam ringkasan dan jadual</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="285"/>
        <location filename="../../ui/dashboard.py" line="294"/>
        <source>People over budget</source>
        <translation>Orang yang melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="300"/>
        <source>People of the chart point or bar clicked</source>
        <translation>Orang pada titik atau bar carta yang diklik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="306"/>
        <location filename="../../ui/dashboard.py" line="470"/>
        <source>Click a point or a bar of a chart to list its people.</source>
        <translation>Klik titik atau bar carta untuk menyenaraikan orangnya.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="367"/>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="378"/>
        <source>the report failed: {error}</source>
        <translation>laporan gagal: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="399"/>
        <source>individual rows shown (wellbeing)</source>
        <translation>baris individu ditunjukkan (kesejahteraan)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="402"/>
        <source>aggregates only; groups under {count} people suppressed, with enough others that none can be worked out by difference</source>
        <translation>agregat sahaja; kumpulan di bawah {count} orang disembunyikan, bersama cukup banyak kumpulan lain supaya tiada yang boleh dikira daripada perbezaannya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="408"/>
        <source>no exposure recorded in this range</source>
        <translation>tiada pendedahan direkodkan dalam julat ini</translation>
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
        <translation>purata {mean}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="428"/>
        <source> ({days} person-days)</source>
        <translation> ({days} hari-orang)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="431"/>
        <source>1 person reached the daily budget of {budget}{days}</source>
        <translation>1 orang mencapai bajet harian {budget}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="433"/>
        <source>{count} people reached the daily budget of {budget}{days}</source>
        <translation>{count} orang mencapai bajet harian {budget}{days}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="436"/>
        <source>{people} people; dose per person over the range: {spread} weighted min; {reached}</source>
        <translation>{people} orang; pendedahan setiap orang dalam julat: {spread} minit berwajaran; {reached}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="447"/>
        <source>{start} – {end}: {figures}. ({scope})</source>
        <translation>{start} – {end}: {figures}. ({scope})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="456"/>
        <source>People over budget ({count})</source>
        <translation>Orang yang melebihi bajet ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="458"/>
        <source>People over budget: individual rows are for wellbeing staff only</source>
        <translation>Orang yang melebihi bajet: baris individu hanya untuk kakitangan kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="468"/>
        <source>Charts of aggregates only: no person behind a point or bar.</source>
        <translation>Carta agregat sahaja: tiada individu di sebalik titik atau bar.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="499"/>
        <source>People with exposure on {span} ({count}); click one or press Enter</source>
        <translation>Orang dengan pendedahan pada {span} ({count}); klik seorang atau tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="517"/>
        <source>People with a dose of {low} to {high} over the range ({count}); click one or press Enter</source>
        <translation>Orang dengan pendedahan {low} hingga {high} dalam julat ({count}); klik seorang atau tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="525"/>
        <source>Export the report as CSV</source>
        <translation>Eksport laporan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="531"/>
        <source>Export the report as PDF</source>
        <translation>Eksport laporan sebagai PDF</translation>
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
        <translation>Laporan telah disimpan, tetapi rekod auditnya gagal: {error}</translation>
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
        <translation>peringkat {tier} ×{weight}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="119"/>
        <source>Exposure = minutes media was on screen × how revealed it was × the queue&apos;s severity.</source>
        <translation>Pendedahan = minit media dipaparkan pada skrin × sejauh mana ia didedahkan × keterukan baris gilir.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="123"/>
        <source>How revealed: hidden {hidden}, blurred+gray {blurred_gray}, blurred colour {blurred_color}, stylised {stylised}, gray unblurred {gray_unblurred}, revealed {revealed}; unmuted audio adds {audio}.</source>
        <translation>Tahap pendedahan: tersembunyi {hidden}, kabur dan kelabu {blurred_gray}, kabur berwarna {blurred_color}, digayakan {stylised}, kelabu tidak kabur {gray_unblurred}, didedahkan {revealed}; audio tidak dibisukan menambah {audio}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="137"/>
        <source>Severity: {tiers}.</source>
        <translation>Keterukan: {tiers}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="138"/>
        <source>Only counted while the window is active and you are at the keyboard (idle after {seconds} s).</source>
        <translation>Hanya dikira semasa tetingkap aktif dan anda berada di papan kekunci (dianggap melahu selepas {seconds} saat).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_controller.py" line="142"/>
        <source>Daily budget {budget}; a break is suggested at {soft} since your last break and required at {enforced}.</source>
        <translation>Bajet harian {budget}; rehat dicadangkan pada {soft} sejak rehat terakhir anda dan diwajibkan pada {enforced}.</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="75"/>
        <source>Exposure today</source>
        <translation>Pendedahan hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="79"/>
        <source>Exposure today —</source>
        <translation>Pendedahan hari ini —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="98"/>
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>Pendedahan hari ini {today} / {budget}  · bajet habis</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100"/>
        <source>Exposure today {today} / {budget}</source>
        <translation>Pendedahan hari ini {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="103"/>
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>{today} daripada {budget} minit berwajaran hari ini. {explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="107"/>
        <source>Budget spent. {described}</source>
        <translation>Bajet telah habis. {described}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="112"/>
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
    <name>ExposureReport</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="42"/>
        <source>mean</source>
        <translation>purata</translation>
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
        <translation>Pendedahan setiap orang sehari (minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="107"/>
        <source>Dose per person per week (weighted minutes)</source>
        <translation>Pendedahan setiap orang seminggu (minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="116"/>
        <source>this day so far (partial, not joined)</source>
        <translation>hari ini setakat ini (separa, tidak disambung)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="118"/>
        <source>this week so far (partial, not joined)</source>
        <translation>minggu ini setakat ini (separa, tidak disambung)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="134"/>
        <source>no period to show: no data, or fewer than {count} people in each</source>
        <translation>tiada tempoh untuk ditunjukkan: tiada data, atau kurang daripada {count} orang dalam setiap tempoh</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="141"/>
        <source>period starting</source>
        <translation>permulaan tempoh</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="148"/>
        <location filename="../../ui/report_pdf.py" line="286"/>
        <source>dose</source>
        <translation>pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="168"/>
        <source>daily budget ({budget})</source>
        <translation>bajet harian ({budget})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="233"/>
        <source>Distribution: people by dose over {start} - {end}</source>
        <translation>Taburan: orang mengikut pendedahan sepanjang {start} - {end}</translation>
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
        <translation>pendedahan dalam julat (kumpulan {width} minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="263"/>
        <source>Distribution per team: dose per person over the range</source>
        <translation>Taburan setiap pasukan: pendedahan setiap orang dalam julat</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="280"/>
        <source>{group} (suppressed)</source>
        <translation>{group} (disembunyikan)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="283"/>
        <source>(no data)</source>
        <translation>(tiada data)</translation>
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
        <translation>Jumlah pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="304"/>
        <location filename="../../ui/report_pdf.py" line="369"/>
        <source>Mean per person</source>
        <translation>Purata setiap orang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="305"/>
        <source>Median per person</source>
        <translation>Median setiap orang</translation>
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
        <translation>Minit didedahkan</translation>
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
        <translation>Hari melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="314"/>
        <location filename="../../ui/report_pdf.py" line="404"/>
        <source>People over budget</source>
        <translation>Orang yang melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="315"/>
        <source>Breaks suggested</source>
        <translation>Rehat dicadangkan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="316"/>
        <source>Breaks taken</source>
        <translation>Rehat diambil</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="317"/>
        <source>Breaks postponed</source>
        <translation>Rehat ditangguhkan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="318"/>
        <location filename="../../ui/report_pdf.py" line="336"/>
        <source>Check-ins</source>
        <translation>Semakan perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="319"/>
        <location filename="../../ui/report_pdf.py" line="343"/>
        <source>Mood trend per week</source>
        <translation>Trend perasaan seminggu</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="322"/>
        <source>suppressed (too few people, or another group could be worked out from it)</source>
        <translation>disembunyikan (terlalu sedikit orang, atau kumpulan lain boleh dikira daripadanya)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="354"/>
        <source>Dose</source>
        <extracomment>What the PDF&apos;s legend page says about each heading and term.</extracomment>
        <translation>Pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="355"/>
        <source>Weighted minutes: minutes on screen x how much was visible (hidden 0 to revealed 1) x the queue&apos;s severity weight. One minute of fully revealed tier-2 media is 1.</source>
        <translation>Minit berwajaran: minit di skrin x berapa banyak yang kelihatan (tersembunyi 0 hingga didedahkan 1) x pemberat keterukan baris gilir. Seminit media peringkat 2 yang didedahkan sepenuhnya bernilai 1.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="363"/>
        <source>The group&apos;s dose over the whole range, all people added up.</source>
        <translation>Pendedahan kumpulan sepanjang julat, dijumlahkan bagi semua orang.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="370"/>
        <source>Total dose divided by the number of people in the group.</source>
        <translation>Jumlah pendedahan dibahagi dengan bilangan orang dalam kumpulan.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="376"/>
        <source>Median, 90th percentile, maximum</source>
        <translation>Median, persentil ke-90, maksimum</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="377"/>
        <source>Of the people&apos;s doses over the range (wellbeing staff only: each is one person&apos;s figure).</source>
        <translation>Daripada pendedahan setiap orang dalam julat (kakitangan kesejahteraan sahaja: setiap satu ialah angka seorang individu).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="384"/>
        <source>Minutes with media fully revealed (no blur, no grayscale).</source>
        <translation>Minit apabila media didedahkan sepenuhnya (tanpa kabur, tanpa kelabu).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="391"/>
        <source>Items on screen.</source>
        <translation>Item yang dipaparkan di skrin.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="398"/>
        <source>Person-days on which the dose reached the daily budget.</source>
        <translation>Hari-orang apabila pendedahan mencapai bajet harian.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="405"/>
        <source>People with at least one such day.</source>
        <translation>Orang dengan sekurang-kurangnya satu hari sedemikian.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="329"/>
        <source>Breaks suggested / taken / postponed</source>
        <extracomment>The legend&apos;s break and check-in terms: only wellbeing staff&apos;s report has these columns.</extracomment>
        <translation>Rehat dicadangkan / diambil / ditangguhkan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="330"/>
        <source>Break prompts (soft and enforced), breaks taken, and postponements of enforced breaks.</source>
        <translation>Peringatan rehat (cadangan dan wajib), rehat yang diambil, dan penangguhan rehat wajib.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="337"/>
        <source>Voluntary mood check-ins, 1 (very low) to 5 (very good).</source>
        <translation>Semakan perasaan sukarela, 1 (sangat rendah) hingga 5 (sangat baik).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="344"/>
        <source>Slope of the check-in moods over the range, in points per week: negative means mood is falling.</source>
        <translation>Kecerunan perasaan daripada semakan perasaan sepanjang julat, dalam mata seminggu: negatif bermaksud perasaan menurun.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="412"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="413"/>
        <source>No value: not applicable at this level (queues have no breaks), or withheld because it would come from fewer people than the minimum group size.</source>
        <translation>Tiada nilai: tidak berkenaan pada peringkat ini (baris gilir tiada rehat), atau ditahan kerana datang daripada bilangan orang yang kurang daripada saiz kumpulan minimum.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="420"/>
        <source>Suppressed</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="421"/>
        <source>A group of fewer people than the minimum group size, or one hidden so that such a group cannot be worked out by difference.</source>
        <translation>Kumpulan dengan bilangan orang kurang daripada saiz kumpulan minimum, atau kumpulan yang disembunyikan supaya kumpulan sedemikian tidak boleh dikira daripada perbezaannya.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="428"/>
        <source>Today / this week</source>
        <translation>Hari ini / minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="429"/>
        <source>The period still running is partial: the dose chart shows it as a hollow marker, not joined to the line.</source>
        <translation>Tempoh yang masih berjalan adalah separa: carta pendedahan menunjukkannya sebagai penanda berongga, tidak disambung ke garisan.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="451"/>
        <source>Group</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="476"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="477"/>
        <source>Teams</source>
        <translation>Pasukan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="478"/>
        <source>Queues</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="485"/>
        <source>{group}, whole range: exposure</source>
        <translation>{group}, seluruh julat: pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="490"/>
        <source>{group}, whole range: care</source>
        <translation>{group}, seluruh julat: penjagaan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="493"/>
        <source>{group}, whole range: days over budget</source>
        <translation>{group}, seluruh julat: hari melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="609"/>
        <source>Exposure report {start} to {end}</source>
        <translation>Laporan pendedahan {start} hingga {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="618"/>
        <source>Exposure report</source>
        <translation>Laporan pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="621"/>
        <source>{start} to {end}, per day; daily budget {budget} weighted minutes</source>
        <translation>{start} hingga {end}, setiap hari; bajet harian {budget} minit berwajaran</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="625"/>
        <source>{start} to {end}, per week; daily budget {budget} weighted minutes</source>
        <translation>{start} hingga {end}, setiap minggu; bajet harian {budget} minit berwajaran</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="638"/>
        <source>Generated {at} UTC. The legend is on the last page.</source>
        <translation>Dijana {at} UTC. Petunjuk ada di halaman terakhir.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="643"/>
        <source>Individual rows included (wellbeing staff). Wellbeing data: not for performance review.</source>
        <translation>Termasuk baris individu (kakitangan kesejahteraan). Data kesejahteraan: bukan untuk penilaian prestasi.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="648"/>
        <source>Aggregates only; groups under {count} people suppressed, and others with them.</source>
        <translation>Agregat sahaja; kumpulan di bawah {count} orang disembunyikan, bersama kumpulan lain yang berkaitan.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="665"/>
        <source>People over budget ({count})</source>
        <translation>Orang yang melebihi bajet ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="676"/>
        <source>Nobody reached the daily budget in this range.</source>
        <translation>Tiada sesiapa mencapai bajet harian dalam julat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="682"/>
        <source>Legend</source>
        <translation>Petunjuk</translation>
    </message>
</context>
<context>
    <name>FaceButton</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="62"/>
        <source>Mood {mood} of 5: {label}</source>
        <translation>Perasaan {mood} daripada 5: {label}</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../media/reveal.py" line="140"/>
        <source>blur {level}/5</source>
        <translation>kabur {level}/5</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="142"/>
        <source>no blur</source>
        <translation>tidak kabur</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>gray</source>
        <translation>kelabu</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="145"/>
        <source>colour</source>
        <translation>berwarna</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="148"/>
        <source>{blur}, {colour}, stylised</source>
        <translation>{blur}, {colour}, digayakan</translation>
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
        <translation>{seconds} saat</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="212"/>
        <source>Revealed: re-blurs in {time} (R re-blurs now)</source>
        <translation>Didedahkan: kabur semula dalam {time} (R untuk kaburkan sekarang)</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="216"/>
        <source>Spotlight: re-blurs in {time} or when P is released</source>
        <translation>Sorotan: kabur semula dalam {time} atau apabila P dilepaskan</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="219"/>
        <source>Filter lowered to {filter}: back to {defaults} in {time}</source>
        <translation>Penapis diturunkan kepada {filter}: kembali kepada {defaults} dalam {time}</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="231"/>
        <source>unfiltered</source>
        <translation>tanpa penapis</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="232"/>
        <source>spotlight</source>
        <translation>sorotan</translation>
    </message>
    <message>
        <location filename="../../media/reveal.py" line="235"/>
        <source>REVEALED ({what}): re-blurs in {time}</source>
        <translation>DIDEDAHKAN ({what}): kabur semula dalam {time}</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_alerts.py" line="61"/>
        <source>Incident alert</source>
        <translation>Amaran insiden</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="71"/>
        <source>Incident alert text</source>
        <translation>Teks amaran insiden</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="73"/>
        <source>A   Acknowledge</source>
        <translation>A   Akui</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="74"/>
        <source>Acknowledge the incident</source>
        <translation>Akui insiden</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="96"/>
        <source>  (+{count} more)</source>
        <translation>  (+{count} lagi)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="102"/>
        <source>INCIDENT {severity}: {category} — item {item} ({queue}), opened by {who} {waited} min ago; acknowledge within {target} min. Press A to acknowledge.{more}</source>
        <translation>INSIDEN {severity}: {category} — item {item} ({queue}), dibuka oleh {who} {waited} minit lalu; akui dalam {target} minit. Tekan A untuk mengakui.{more}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="108"/>
        <source>no queue</source>
        <translation>tiada baris gilir</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/details.py" line="27"/>
        <source>English</source>
        <translation>Inggeris</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="28"/>
        <source>Chinese</source>
        <translation>Cina</translation>
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
        <translation> Tidak diakui dalam masa: anda seterusnya dalam senarai bertugas.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="231"/>
        <source>Incident {id} acknowledged by {who}.</source>
        <translation>Insiden {id} diakui oleh {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="240"/>
        <source>the database did not answer</source>
        <translation>pangkalan data tidak menjawab</translation>
    </message>
    <message>
        <location filename="../../ui/incident_alerts.py" line="243"/>
        <source>Could not acknowledge incident {id}: {reason}</source>
        <translation>Tidak dapat mengakui insiden {id}: {reason}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../media/audio.py" line="62"/>
        <source>no audio stream</source>
        <translation>tiada strim audio</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="77"/>
        <source>unreadable audio: {error}</source>
        <translation>audio tidak boleh dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../media/audio.py" line="132"/>
        <location filename="../../media/audio.py" line="147"/>
        <source>the audio could not be decoded: {error}</source>
        <translation>audio tidak dapat dinyahkod: {error}</translation>
    </message>
    <message>
        <location filename="../../media/hashing.py" line="23"/>
        <location filename="../../media/sniff.py" line="126"/>
        <source>cannot read file: {error}</source>
        <translation>tidak dapat membaca fail: {error}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="49"/>
        <source>not an image (the bytes are {format} {kind})</source>
        <translation>bukan imej (kandungannya {format} {kind})</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="56"/>
        <location filename="../../media/probe.py" line="48"/>
        <location filename="../../media/video.py" line="366"/>
        <source>file of {size} bytes exceeds the {limit} byte limit</source>
        <translation>fail bersaiz {size} bait melebihi had {limit} bait</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="81"/>
        <location filename="../../media/image.py" line="121"/>
        <source>image has no pixels ({width}x{height})</source>
        <translation>imej tiada piksel ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="86"/>
        <source>corrupt {format} image: header not readable</source>
        <translation>imej {format} rosak: pengepala tidak boleh dibaca</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="101"/>
        <source>truncated {format}</source>
        <translation>{format} terpotong</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="104"/>
        <source>{format} image too large to decode</source>
        <translation>imej {format} terlalu besar untuk dinyahkod</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="108"/>
        <source>corrupt {format} image: bad compressed data</source>
        <translation>imej {format} rosak: data termampat tidak sah</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="112"/>
        <source>corrupt {format} image: {detail}</source>
        <translation>imej {format} rosak: {detail}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="114"/>
        <source>corrupt {format} image</source>
        <translation>imej {format} rosak</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="125"/>
        <source>image of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>imej {width}x{height} piksel melebihi had {limit}</translation>
    </message>
    <message>
        <location filename="../../media/image.py" line="249"/>
        <source>animation of {count} frames exceeds the {limit} frame limit</source>
        <translation>animasi {count} bingkai melebihi had {limit} bingkai</translation>
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
        <translation>tiada bingkai utama yang boleh dinyahkod dalam video</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="81"/>
        <source>empty file</source>
        <translation>fail kosong</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="109"/>
        <source>unrecognised file type (starts with {bytes})</source>
        <translation>jenis fail tidak dikenali (bermula dengan {bytes})</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="121"/>
        <source>not a file (a folder)</source>
        <translation>bukan fail (sebuah folder)</translation>
    </message>
    <message>
        <location filename="../../media/sniff.py" line="123"/>
        <source>file not found</source>
        <translation>fail tidak ditemui</translation>
    </message>
    <message>
        <location filename="../../media/storyboard.py" line="150"/>
        <source>no decodable frames in video</source>
        <translation>tiada bingkai yang boleh dinyahkod dalam video</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="45"/>
        <source>cannot read term list {name}: {error}</source>
        <translation>tidak dapat membaca senarai istilah {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="51"/>
        <source>term list {name} is not UTF-8 text</source>
        <translation>senarai istilah {name} bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="102"/>
        <source>no masked-term list for the language {language!r}; lists exist for {lists}</source>
        <translation>tiada senarai istilah tersembunyi untuk bahasa {language!r}; senarai wujud untuk {lists}</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="183"/>
        <source>not text (the bytes are {format} {kind})</source>
        <translation>bukan teks (kandungannya {format} {kind})</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="190"/>
        <source>text of {size} bytes exceeds the {limit} byte limit</source>
        <translation>teks bersaiz {size} bait melebihi had {limit} bait</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="201"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset} (looks like UTF-16)</source>
        <translation>bukan teks UTF-8: bait tidak sah 0x{byte} pada ofset {offset} (kelihatan seperti UTF-16)</translation>
    </message>
    <message>
        <location filename="../../media/textmask.py" line="205"/>
        <source>not UTF-8 text: invalid byte 0x{byte} at offset {offset}</source>
        <translation>bukan teks UTF-8: bait tidak sah 0x{byte} pada ofset {offset}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="56"/>
        <location filename="../../media/video.py" line="385"/>
        <source>unreadable {format} video: {error}</source>
        <translation>video {format} tidak boleh dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="64"/>
        <source>no video stream</source>
        <translation>tiada strim video</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="67"/>
        <source>video codec not supported by this decoder</source>
        <translation>codec video tidak disokong oleh penyahkod ini</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="74"/>
        <source>video has no frame size ({width}x{height})</source>
        <translation>video tiada saiz bingkai ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="80"/>
        <source>video of {width}x{height} pixels exceeds the {limit} limit</source>
        <translation>video {width}x{height} piksel melebihi had {limit}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="98"/>
        <source>video of {seconds} s exceeds the {limit} s limit</source>
        <translation>video {seconds} saat melebihi had {limit} saat</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="104"/>
        <source>video of {count} frames exceeds the {limit} frame limit</source>
        <translation>video {count} bingkai melebihi had {limit} bingkai</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="168"/>
        <source>cannot convert video frame: {error}</source>
        <translation>tidak dapat menukar bingkai video: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="236"/>
        <location filename="../../media/video.py" line="251"/>
        <source>cannot seek in video: {error}</source>
        <translation>tidak dapat melompat dalam video: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="267"/>
        <location filename="../../media/video.py" line="295"/>
        <location filename="../../media/video.py" line="331"/>
        <source>cannot decode video: {error}</source>
        <translation>tidak dapat menyahkod video: {error}</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="272"/>
        <source>no decodable keyframe at {seconds} s</source>
        <translation>tiada bingkai utama yang boleh dinyahkod pada {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="299"/>
        <source>no decodable frame at {seconds} s</source>
        <translation>tiada bingkai yang boleh dinyahkod pada {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="359"/>
        <source>not a video (the bytes are {format} {kind})</source>
        <translation>bukan video (kandungannya {format} {kind})</translation>
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
        <translation>penyahkodan memerlukan lebih daripada {size}</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="85"/>
        <source>decoding took longer than {seconds} s</source>
        <translation>penyahkodan mengambil masa lebih daripada {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="92"/>
        <source>the decoder stopped answering</source>
        <translation>penyahkod berhenti bertindak balas</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="97"/>
        <source>the decoder crashed (signal {signal})</source>
        <translation>penyahkod ranap (isyarat {signal})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="98"/>
        <source>the decoder exited unexpectedly (status {status})</source>
        <translation>penyahkod keluar tanpa dijangka (status {status})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="288"/>
        <source>the decoder could not start in time; try again</source>
        <translation>penyahkod tidak dapat bermula tepat pada masanya; cuba lagi</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="295"/>
        <source>the decoder could not start (status {status})</source>
        <translation>penyahkod tidak dapat bermula (status {status})</translation>
    </message>
    <message>
        <location filename="../../workstation/decode_sandbox.py" line="425"/>
        <source>the decoder failed ({error})</source>
        <translation>penyahkod gagal ({error})</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <location filename="../../ui/details.py" line="18"/>
        <source>image</source>
        <translation>imej</translation>
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
Anda masih boleh membuat keputusan berdasarkan butiran (E untuk eskalasi dengan nota) atau langkau (S).</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="112"/>
        <source>Media view</source>
        <translation>Paparan media</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="113"/>
        <source>The item&apos;s media, blurred and gray until you reveal it</source>
        <translation>Media item ini, kabur dan kelabu sehingga anda mendedahkannya</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="231"/>
        <source>Preparing a filtered preview…</source>
        <translation>Menyediakan pratonton yang ditapis…</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="576"/>
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>Media disembunyikan.
Tekan Esc untuk memaparkannya semula — ia kembali kabur dan kelabu.</translation>
    </message>
    <message>
        <location filename="../../ui/media_view.py" line="622"/>
        <source>Revealed: re-blurs in 8 s</source>
        <translation>Didedahkan: kabur semula dalam 8 saat</translation>
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
        <translation>Sebahagian keputusan anda dipilih sebagai sampel untuk semakan kedua tertutup oleh ketua pasukan. Inilah hasilnya; penyemak QA tidak dinamakan.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="386"/>
        <location filename="../../ui/qa_review.py" line="411"/>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="389"/>
        <source>Your QA agreement</source>
        <translation>Kadar persetujuan QA anda</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="393"/>
        <source>Your reviewed decisions</source>
        <translation>Keputusan anda yang disemak</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="402"/>
        <source>Press F4 or Enter to close.</source>
        <translation>Tekan F4 atau Enter untuk menutup.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="417"/>
        <source>Your QA results could not be read: {error}</source>
        <translation>Keputusan QA anda tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="424"/>
        <source>None of your decisions has had a QA review yet.</source>
        <translation>Belum ada keputusan anda yang disemak QA.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="430"/>
        <source>{n} of your decisions had a second review; agreement {pct} %.</source>
        <translation>{n} keputusan anda telah disemak kali kedua; persetujuan {pct} %.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="442"/>
        <source>Known-answer items before today: {correct} of {n} right ({pct} %).</source>
        <translation>Item dengan jawapan yang diketahui sebelum hari ini: {correct} daripada {n} betul ({pct} %).</translation>
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
        <translation>{name} ({user}) belum ada peranan di stesen kerja ini, jadi tiada apa untuk dibuka. Minta pentadbir memberikan anda satu peranan: penyemak, kesejahteraan, ketua pasukan atau pentadbir.</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../ui/notices.py" line="62"/>
        <source>Notices</source>
        <translation>Notis</translation>
    </message>
</context>
<context>
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="41"/>
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>Reviewer Workstation — menunggu pangkalan data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="42"/>
        <source>Waiting for the database</source>
        <translation>Menunggu pangkalan data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="47"/>
        <source>The database cannot be reached</source>
        <translation>Pangkalan data tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="58"/>
        <source>Your decisions waiting to be sent</source>
        <translation>Keputusan anda yang menunggu untuk dihantar</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="63"/>
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>{count} lagi yang disimpan oleh orang lain yang menggunakan stesen kerja ini juga menunggu.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="68"/>
        <location filename="../../ui/offline_start.py" line="125"/>
        <source>Trying to reach it…</source>
        <translation>Cuba menghubungi…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="70"/>
        <source>Try now</source>
        <translation>Cuba sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="73"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="91"/>
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>Tiada apa-apa milik anda yang menunggu di stesen kerja ini. Anda boleh mengambil kerja apabila pangkalan data kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="93"/>
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>Kerja anda selamat: 1 keputusan disimpan di stesen kerja ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="96"/>
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>Kerja anda selamat: {count} keputusan disimpan di stesen kerja ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="101"/>
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>Rekod pendedahan anda yang menunggu untuk dihantar: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="103"/>
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>Semuanya dihantar apabila pangkalan data kembali, mengikut susunan anda membuatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="113"/>
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}, diputuskan {when} — ditolak oleh pangkalan data: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="115"/>
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}, diputuskan {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="134"/>
        <source>The database answers again: signing in…</source>
        <translation>Pangkalan data menjawab semula: sedang log masuk…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="140"/>
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>Tiada jawapan pada {time}. Mencuba semula setiap {seconds} saat; F5 mencuba sekarang.</translation>
    </message>
</context>
<context>
    <name>OperationsWindow</name>
    <message>
        <location filename="../../ui/operations.py" line="86"/>
        <source>Operations — SLA and daily report — Reviewer Workstation</source>
        <translation>Operasi — SLA dan laporan harian — Reviewer Workstation</translation>
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
        <translation>baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="105"/>
        <source>team</source>
        <translation>pasukan</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="106"/>
        <source>Group by</source>
        <translation>Kumpulkan mengikut</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="108"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="109"/>
        <source>last 7 days</source>
        <translation>7 hari lalu</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="110"/>
        <location filename="../../ui/operations.py" line="119"/>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="111"/>
        <source>Refresh</source>
        <translation>Muat semula</translation>
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
        <translation>Mengikut</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="128"/>
        <source>SLA per queue or team</source>
        <translation>SLA mengikut baris gilir atau pasukan</translation>
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
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="153"/>
        <location filename="../../ui/operations.py" line="204"/>
        <location filename="../../ui/operations.py" line="215"/>
        <source>Team</source>
        <translation>Pasukan</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="159"/>
        <source>Breaches ({count})</source>
        <translation>Pelanggaran ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="164"/>
        <source>{start} to {end} ({zone}); {overdue} overdue now, {breaches} breaches in the window</source>
        <translation>{start} hingga {end} ({zone}); {overdue} lewat sekarang, {breaches} pelanggaran dalam tempoh ini</translation>
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
        <translation>Semua pasukan</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="206"/>
        <source>Show</source>
        <translation>Tunjukkan</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="209"/>
        <source>Save as Markdown…</source>
        <translation>Simpan sebagai Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="233"/>
        <source>Loading the teams…</source>
        <translation>Memuatkan pasukan…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="246"/>
        <source>The team list could not be read: {error}</source>
        <translation>Senarai pasukan tidak dapat dibaca: {error}</translation>
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
        <translation>Disimpan di stesen kerja ini; akan dihantar apabila pangkalan data kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="52"/>
        <source>Offline: 1 decision saved here, not sent yet</source>
        <translation>Luar talian: 1 keputusan disimpan di sini, belum dihantar</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="53"/>
        <source>Offline: {count} decisions saved here, not sent yet</source>
        <translation>Luar talian: {count} keputusan disimpan di sini, belum dihantar</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="57"/>
        <source>Sending 1 decision saved offline…</source>
        <translation>Menghantar 1 keputusan yang disimpan semasa luar talian…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="58"/>
        <source>Sending {count} decisions saved offline…</source>
        <translation>Menghantar {count} keputusan yang disimpan semasa luar talian…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="66"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="70"/>
        <source>A decision saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: it is kept here and in the audit log, and your lead can see it.</source>
        <translation>Satu keputusan yang disimpan di stesen kerja ini semasa luar talian tidak dapat direkodkan: {reasons}. Tiada apa yang hilang: ia disimpan di sini dan dalam log audit, dan ketua pasukan anda boleh melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="76"/>
        <source>{count} decisions saved on this workstation while offline could not be recorded: {reasons}. Nothing is lost: they are kept here and in the audit log, and your lead can see them.</source>
        <translation>{count} keputusan yang disimpan di stesen kerja ini semasa luar talian tidak dapat direkodkan: {reasons}. Tiada apa yang hilang: semuanya disimpan di sini dan dalam log audit, dan ketua pasukan anda boleh melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="89"/>
        <source>Offline: the database cannot be reached</source>
        <translation>Luar talian: pangkalan data tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="93"/>
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>Luar talian: 1 keputusan disimpan di stesen kerja ini, dihantar apabila pangkalan data kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="96"/>
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>Luar talian: {count} keputusan disimpan di stesen kerja ini, dihantar apabila pangkalan data kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="100"/>
        <source>Sending 1 decision saved while offline…</source>
        <translation>Menghantar 1 keputusan yang disimpan semasa luar talian…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="101"/>
        <source>Sending {count} decisions saved while offline…</source>
        <translation>Menghantar {count} keputusan yang disimpan semasa luar talian…</translation>
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
        <translation>Putusan anda dan putusan pertama</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="231"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="238"/>
        <source>Note on the QA review</source>
        <translation>Nota tentang semakan QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="239"/>
        <source>Note for the reviewer (optional)</source>
        <translation>Nota untuk penyemak (pilihan)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="243"/>
        <location filename="../../ui/qa_review.py" line="244"/>
        <source>Record the QA review</source>
        <translation>Rekodkan semakan QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="264"/>
        <source>QA of {ref}: the first verdict</source>
        <translation>QA bagi {ref}: putusan pertama</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="266"/>
        <source>Your verdict: {mine}. The first verdict: {first}.</source>
        <translation>Putusan anda: {mine}. Putusan pertama: {first}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="270"/>
        <source>Its reason: {reason}</source>
        <translation>Sebabnya: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="279"/>
        <source>The verdicts agree. Add a note if you like, then press Enter.</source>
        <translation>Kedua-dua putusan sepadan. Tambah nota jika mahu, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="284"/>
        <source>How does the first verdict compare? Press 1-3, add a note if you like, then press Enter.</source>
        <translation>Bagaimana putusan pertama jika dibandingkan? Tekan 1-3, tambah nota jika mahu, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="327"/>
        <source>Choose how the first verdict compares first: 1, 2 or 3.</source>
        <translation>Pilih dahulu bagaimana putusan pertama dibandingkan: 1, 2 atau 3.</translation>
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
        <translation>Kesejahteraan anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="141"/>
        <source>Your exposure and breaks</source>
        <translation>Pendedahan dan rehat anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="145"/>
        <source>Only you and wellbeing staff can see these figures and your check-ins. Leads see team totals only, and only for groups of five or more.</source>
        <translation>Hanya anda dan kakitangan kesejahteraan boleh melihat angka ini dan semakan perasaan anda. Ketua pasukan hanya melihat jumlah pasukan, dan hanya bagi kumpulan lima orang atau lebih.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="151"/>
        <source>Who can see this</source>
        <translation>Siapa boleh melihat ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="159"/>
        <source>Exposure</source>
        <translation>Pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="160"/>
        <source>Media on screen</source>
        <translation>Media di skrin</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161"/>
        <source>Revealed</source>
        <translation>Didedahkan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="162"/>
        <source>Breaks taken / suggested</source>
        <translation>Rehat diambil / dicadangkan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="163"/>
        <source>Mood (check-ins)</source>
        <translation>Perasaan (semakan perasaan)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="165"/>
        <source>Last 7 days</source>
        <translation>7 hari lalu</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, today</source>
        <translation>{figure}, hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="175"/>
        <source>{figure}, last 7 days</source>
        <translation>{figure}, 7 hari lalu</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="185"/>
        <source>Your check-ins this week</source>
        <translation>Semakan perasaan anda minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="187"/>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="189"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="190"/>
        <source>Close your wellbeing view</source>
        <translation>Tutup paparan kesejahteraan anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="201"/>
        <source>Check-ins this week</source>
        <translation>Semakan perasaan minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="212"/>
        <source>Could not load your figures: {reason}</source>
        <translation>Angka anda tidak dapat dimuatkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="221"/>
        <source>{dose} · 1 day over budget</source>
        <translation>{dose} · 1 hari melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="223"/>
        <source>{dose} · {days} days over budget</source>
        <translation>{dose} · {days} hari melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="227"/>
        <source>{dose} of {budget}</source>
        <translation>{dose} daripada {budget}</translation>
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
        <translation>Belum ada semakan perasaan minggu ini.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="265"/>
        <source>Daily budget {budget} weighted minutes. Tiers {tiers} are closed to you for today.</source>
        <translation>Bajet harian {budget} minit berwajaran. Peringkat {tiers} ditutup kepada anda untuk hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="268"/>
        <source>Daily budget {budget} weighted minutes.</source>
        <translation>Bajet harian {budget} minit berwajaran.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="272"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>PersonDoseChart</name>
    <message>
        <location filename="../../ui/attention_view.py" line="281"/>
        <source>Dose per day against the daily budget</source>
        <translation>Pendedahan setiap hari berbanding bajet harian</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="289"/>
        <source>Dose per day (weighted minutes)</source>
        <translation>Pendedahan setiap hari (minit berwajaran)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="291"/>
        <source>within budget</source>
        <translation>dalam bajet</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="292"/>
        <source>over budget</source>
        <translation>melebihi bajet</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="293"/>
        <source>today so far (partial day)</source>
        <translation>hari ini setakat ini (hari belum tamat)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="312"/>
        <source>{start} to {end} (today grey: a partial day)</source>
        <translation>{start} hingga {end} (hari ini kelabu: hari belum tamat)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="327"/>
        <source>daily budget ({budget})</source>
        <translation>bajet harian ({budget})</translation>
    </message>
</context>
<context>
    <name>PersonPageDialog</name>
    <message>
        <location filename="../../ui/attention_view.py" line="368"/>
        <source>{name} — care page (wellbeing staff only)</source>
        <translation>{name} — halaman penjagaan (kakitangan kesejahteraan sahaja)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="372"/>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
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
        <translation>Nota peribadi (kakitangan kesejahteraan sahaja; ketua pasukan dan pentadbir tidak pernah melihatnya)</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="412"/>
        <source>Private note</source>
        <translation>Nota peribadi</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="415"/>
        <source>Record contact</source>
        <translation>Rekod hubungan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="418"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="430"/>
        <source>Breaks</source>
        <translation>Rehat</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="435"/>
        <source>Check-ins</source>
        <translation>Semakan perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="437"/>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="474"/>
        <source>Listed because:</source>
        <translation>Disenaraikan kerana:</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="476"/>
        <source>Not on the attention list now.</source>
        <translation>Tiada dalam senarai perhatian sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="491"/>
        <source>No breaks in this range.</source>
        <translation>Tiada rehat dalam julat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="503"/>
        <source>No check-ins in this range.</source>
        <translation>Tiada semakan perasaan dalam julat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="508"/>
        <source>No events in this range.</source>
        <translation>Tiada peristiwa dalam julat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="515"/>
        <source>{start} to {end} (from the first data); 1 day over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>{start} hingga {end} (sejak data pertama); 1 hari melebihi bajet {budget}. Hari ini belum tamat, ditunjukkan kelabu.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="520"/>
        <source>{start} to {end} (from the first data); {count} days over the budget of {budget}. Today is a partial day, shown grey.</source>
        <translation>{start} hingga {end} (sejak data pertama); {count} hari melebihi bajet {budget}. Hari ini belum tamat, ditunjukkan kelabu.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="530"/>
        <source>Times in {zone}.</source>
        <translation>Masa mengikut {zone}.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="542"/>
        <source>The note has {count} characters; keep it to {most}.</source>
        <translation>Nota mempunyai {count} aksara; hadkan kepada {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_view.py" line="553"/>
        <source>Recorded: contacted on {day}. </source>
        <translation>Direkodkan: dihubungi pada {day}. </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../wellbeing/policy.py" line="71"/>
        <source>{key} must be a number, got {value}</source>
        <translation>{key} mesti nombor, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="80"/>
        <source>{key} must be a number from 0 to {maximum}, got {value}</source>
        <translation>{key} mesti nombor dari 0 hingga {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="91"/>
        <source>{key} must be a number greater than 0 and at most {maximum}, got {value}</source>
        <translation>{key} mesti nombor lebih daripada 0 dan paling banyak {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="95"/>
        <source>{key} must be a number greater than 0, got {value}</source>
        <translation>{key} mesti nombor lebih daripada 0, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="103"/>
        <source>{key} must be a whole number, got {value}</source>
        <translation>{key} mesti nombor bulat, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="109"/>
        <source>{key} must be a whole number from {minimum} to {maximum}, got {value}</source>
        <translation>{key} mesti nombor bulat dari {minimum} hingga {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="113"/>
        <source>{key} must be a whole number &gt;= {minimum}, got {value}</source>
        <translation>{key} mesti nombor bulat sekurang-kurangnya {minimum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="144"/>
        <source>{key} must be greater than 0, got {value}</source>
        <translation>{key} mesti lebih daripada 0, tetapi nilainya {value}</translation>
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
        <translation>{key} mesti true atau false, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="257"/>
        <source>{key} must be {minimum} to {maximum}, got {value}</source>
        <translation>{key} mesti antara {minimum} hingga {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="285"/>
        <source>a queue override needs severity_weight and/or tier</source>
        <translation>tetapan khas baris gilir memerlukan severity_weight dan/atau tier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="323"/>
        <source>severity_weights must name at least one tier</source>
        <translation>severity_weights mesti menamakan sekurang-kurangnya satu peringkat</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="326"/>
        <source>severity_weights may name at most {most} tiers, got {count}</source>
        <translation>severity_weights boleh menamakan paling banyak {most} peringkat, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="342"/>
        <location filename="../../wellbeing/policy.py" line="364"/>
        <source>{key}: unknown tier {tier}</source>
        <translation>{key}: peringkat {tier} tidak dikenali</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="352"/>
        <source>{key} must be at most {maximum}, got {value}</source>
        <translation>{key} mesti paling banyak {maximum}, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="393"/>
        <source>{key} must be text, got {value}</source>
        <translation>{key} mesti teks, tetapi nilainya {value}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="399"/>
        <source>{key} may be at most {most} characters, got {count}</source>
        <translation>{key} boleh mengandungi paling banyak {most} aksara, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/policy.py" line="405"/>
        <source>support_contact may contain only printable characters and line breaks</source>
        <translation>support_contact hanya boleh mengandungi aksara boleh cetak dan baris baharu</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="142"/>
        <source>say why the policy changes (--reason): it is kept with the version</source>
        <translation>nyatakan sebab dasar berubah (--reason): ia disimpan bersama versi</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="148"/>
        <source>the reason may be at most {most} characters, got {count}</source>
        <translation>sebab boleh mengandungi paling banyak {most} aksara, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="154"/>
        <source>a policy file may be at most {most} characters, got {count}</source>
        <translation>fail dasar boleh mengandungi paling banyak {most} aksara, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../workstation/policy_store.py" line="162"/>
        <source>the wellbeing policy is not valid: {error}</source>
        <translation>dasar kesejahteraan tidak sah: {error}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../ui/policy_editor.py" line="62"/>
        <source>Breaks</source>
        <extracomment>The form&apos;s groups: (title, [(dotted key, label, unit)]). Severity weights are added per tier.</extracomment>
        <translation>Rehat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="66"/>
        <source>Suggest a break at</source>
        <translation>Cadangkan rehat pada</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="67"/>
        <location filename="../../ui/policy_editor.py" line="77"/>
        <source>weighted min since a break</source>
        <translation>minit berwajaran sejak rehat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="71"/>
        <location filename="../../ui/policy_editor.py" line="81"/>
        <source>…or after</source>
        <translation>…atau selepas</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="72"/>
        <location filename="../../ui/policy_editor.py" line="82"/>
        <source>min on task</source>
        <translation>minit bekerja</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="76"/>
        <source>Require a break at</source>
        <translation>Wajibkan rehat pada</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="86"/>
        <source>Short break</source>
        <translation>Rehat pendek</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="87"/>
        <location filename="../../ui/policy_editor.py" line="92"/>
        <location filename="../../ui/policy_editor.py" line="102"/>
        <source>min</source>
        <translation>minit</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="91"/>
        <source>Required break</source>
        <translation>Rehat wajib</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="96"/>
        <source>Postponements allowed</source>
        <translation>Penangguhan dibenarkan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="97"/>
        <source>per required break</source>
        <translation>setiap rehat wajib</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="101"/>
        <source>Postpone at most</source>
        <translation>Tangguhkan paling lama</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="107"/>
        <source>Daily budget and rotation</source>
        <translation>Bajet harian dan giliran</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="111"/>
        <source>Daily exposure budget</source>
        <translation>Bajet pendedahan harian</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="112"/>
        <source>weighted min</source>
        <translation>minit berwajaran</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="116"/>
        <source>When spent, close tiers above</source>
        <translation>Apabila habis, tutup peringkat di atas</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="117"/>
        <source>tier</source>
        <translation>peringkat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="121"/>
        <source>Suggest calmer work after</source>
        <translation>Cadangkan kerja lebih ringan selepas</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="122"/>
        <source>severe items</source>
        <translation>item berat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="126"/>
        <source>Severe means tier</source>
        <translation>Berat bermaksud peringkat</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="127"/>
        <source>and above</source>
        <translation>dan ke atas</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="131"/>
        <source>Reports show groups of at least</source>
        <translation>Laporan menunjukkan kumpulan sekurang-kurangnya</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="132"/>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="139"/>
        <source>Blurred and gray</source>
        <translation>Kabur dan kelabu</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="140"/>
        <source>Blurred, colour</source>
        <translation>Kabur, berwarna</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="141"/>
        <source>Stylised</source>
        <translation>Digayakan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="142"/>
        <source>Gray, not blurred</source>
        <translation>Kelabu, tidak kabur</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="143"/>
        <source>Revealed</source>
        <translation>Didedahkan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="144"/>
        <source>Unmuted audio adds</source>
        <translation>Audio tidak dibisukan menambah</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="145"/>
        <source>Hidden</source>
        <translation>Tersembunyi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="161"/>
        <source>Wellbeing policy — Reviewer Workstation</source>
        <translation>Dasar kesejahteraan — Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="162"/>
        <source>Wellbeing policy editor</source>
        <translation>Editor dasar kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="170"/>
        <source>The organisation&apos;s wellbeing policy</source>
        <translation>Dasar kesejahteraan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="172"/>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="176"/>
        <source>Changes reach every workstation within a minute. Every saved version is kept with who saved it, when and why, and the change is on the audit trail.</source>
        <translation>Perubahan sampai ke setiap stesen kerja dalam masa seminit. Setiap versi yang disimpan direkodkan bersama siapa yang menyimpannya, bila dan mengapa, dan perubahannya masuk ke jejak audit.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="188"/>
        <source>Severity weight per queue tier</source>
        <translation>Pemberat keterukan setiap peringkat baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="203"/>
        <source>Support and screening</source>
        <translation>Sokongan dan saringan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="208"/>
        <source>Support contact, shown on the break screen, the check-in and each reviewer&apos;s own view:</source>
        <translation>Hubungan sokongan, dipaparkan pada skrin rehat, semakan perasaan dan halaman setiap penyemak:</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="214"/>
        <source>Support contact</source>
        <translation>Hubungan sokongan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="216"/>
        <source>e.g. Dr. Ana Rivera, staff counsellor: ext. 4411, care.example.org/book</source>
        <translation>cth. Dr. Ana Rivera, kaunselor kakitangan: samb. 4411, care.example.org/book</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="226"/>
        <source>Offer the WHO-5 questionnaire</source>
        <translation>Tawarkan soal selidik WHO-5</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="229"/>
        <source>every</source>
        <translation>setiap</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="232"/>
        <source>Questionnaire interval in days</source>
        <translation>Selang soal selidik dalam hari</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="137"/>
        <source>How much each view counts ({low} to {high})</source>
        <translation>Pemberat setiap paparan ({low} hingga {high})</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="222"/>
        <source>Offer the WHO-5 wellbeing questionnaire ({count} questions, private)</source>
        <translation>Tawarkan soal selidik kesejahteraan WHO-5 ({count} soalan, peribadi)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="236"/>
        <source>days (at least {days}: it asks about two weeks)</source>
        <translation>hari (sekurang-kurangnya {days}: ia bertanya tentang dua minggu lalu)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="246"/>
        <source>Save a new version</source>
        <translation>Simpan versi baharu</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="250"/>
        <source>Why the policy changes</source>
        <translation>Sebab dasar berubah</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="251"/>
        <source>Why it changes (required, kept with the version)</source>
        <translation>Sebab ia berubah (wajib, disimpan bersama versi)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="253"/>
        <source>Save new version</source>
        <translation>Simpan versi baharu</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="260"/>
        <source>Policy editor status</source>
        <translation>Status editor dasar</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="266"/>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="271"/>
        <source>Saved versions of the policy</source>
        <translation>Versi dasar yang disimpan</translation>
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
        <translation>sebab dan apa yang berubah</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="281"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="337"/>
        <source>{unit} (policy setting {key})</source>
        <translation>{unit} (tetapan dasar {key})</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="339"/>
        <source>policy setting {key}</source>
        <translation>tetapan dasar {key}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="368"/>
        <source>Version {version} in force.</source>
        <translation>Versi {version} sedang berkuat kuasa.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="370"/>
        <source>The shipped defaults are in force (no version saved yet).</source>
        <translation>Tetapan asal sedang berkuat kuasa (belum ada versi disimpan).</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="381"/>
        <source>Tier {tier}</source>
        <translation>Peringkat {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="386"/>
        <source>× per minute</source>
        <translation>× setiap minit</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="387"/>
        <source>Severity weight of tier {tier}</source>
        <translation>Pemberat keterukan peringkat {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="428"/>
        <source>the policy in force has not loaded yet</source>
        <translation>dasar yang berkuat kuasa belum dimuatkan</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="434"/>
        <source>the support contact may be at most {most} characters, got {count}</source>
        <translation>hubungan sokongan boleh mengandungi paling banyak {most} aksara, tetapi ada {count}</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="461"/>
        <source>Not saved: {reason}.</source>
        <translation>Tidak disimpan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="466"/>
        <source>Not saved: say why the policy changes (it is kept with the version).</source>
        <translation>Tidak disimpan: nyatakan sebab dasar berubah (ia disimpan bersama versi).</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="471"/>
        <source>Nothing changed: no new version saved.</source>
        <translation>Tiada perubahan: tiada versi baharu disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="476"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="487"/>
        <source>Saved as version {version}. Workstations use it within a minute.</source>
        <translation>Disimpan sebagai versi {version}. Stesen kerja menggunakannya dalam masa seminit.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_editor.py" line="499"/>
        <source>Could not load the policy</source>
        <translation>Tidak dapat memuatkan dasar</translation>
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
        <translation>{what}: ralat tidak dijangka ({kind}); butirannya ada dalam log.</translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message>
        <location filename="../../ui/qa_review.py" line="57"/>
        <source>Over-enforcement (too strict)</source>
        <translation>Penguatkuasaan berlebihan (terlalu ketat)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="58"/>
        <source>Under-enforcement (too lenient)</source>
        <translation>Penguatkuasaan kurang (terlalu longgar)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="59"/>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="61"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>Sesuatu tidak kena ({kind}); ia telah dilog. Cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="63"/>
        <source>agree</source>
        <translation>sepadan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="64"/>
        <source>over-enforcement</source>
        <translation>penguatkuasaan berlebihan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="65"/>
        <source>under-enforcement</source>
        <translation>penguatkuasaan kurang</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="66"/>
        <source>other</source>
        <translation>lain-lain</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="360"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="361"/>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="362"/>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_review.py" line="363"/>
        <source>Your verdict</source>
        <translation>Putusan anda</translation>
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
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>QaReport</name>
    <message>
        <location filename="../../workstation/qa.py" line="838"/>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="839"/>
        <source>Reviewer (first decision)</source>
        <translation>Penyemak (keputusan pertama)</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="840"/>
        <source>First verdict</source>
        <translation>Putusan pertama</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="841"/>
        <source>Items reviewed twice</source>
        <translation>Item yang disemak dua kali</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="842"/>
        <location filename="../../workstation/qa.py" line="863"/>
        <source>Agreement %</source>
        <translation>Persetujuan %</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="843"/>
        <source>Agree</source>
        <translation>Sepadan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="844"/>
        <source>Over-enforcement</source>
        <translation>Penguatkuasaan berlebihan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="845"/>
        <source>Under-enforcement</source>
        <translation>Penguatkuasaan kurang</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="846"/>
        <source>Other</source>
        <translation>Lain-lain</translation>
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
        <translation>Kappa Cohen, selang 95%</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="849"/>
        <source>Items seen by 3+ reviewers</source>
        <translation>Item yang dilihat oleh 3+ penyemak</translation>
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
        <translation>Kappa Fleiss, selang 95%</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="852"/>
        <source>Golden items decided</source>
        <translation>Item rujukan yang diputuskan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="853"/>
        <location filename="../../workstation/qa.py" line="901"/>
        <source>Golden accuracy %</source>
        <translation>Ketepatan item rujukan %</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="856"/>
        <source>Quality review (QA) report, by queue</source>
        <translation>Laporan semakan kualiti (QA), mengikut baris gilir</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="857"/>
        <source>Quality review (QA) report, by reviewer (first decision)</source>
        <translation>Laporan semakan kualiti (QA), mengikut penyemak (keputusan pertama)</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="858"/>
        <source>Quality review (QA) report, by first verdict</source>
        <translation>Laporan semakan kualiti (QA), mengikut putusan pertama</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="864"/>
        <source>the share of sampled decisions on which the blind QA reviewer chose the same verdict.</source>
        <translation>bahagian keputusan sampel yang diberi putusan sama oleh penyemak QA yang menyemak secara tertutup.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="871"/>
        <source>agreement between the first reviewer and the QA reviewer beyond what chance alone would give: 1 is perfect agreement, 0 is no better than chance, below 0 worse than chance.</source>
        <translation>persetujuan antara penyemak pertama dan penyemak QA melebihi apa yang diberi oleh kebetulan semata-mata: 1 ialah persetujuan sempurna, 0 tidak lebih baik daripada kebetulan, di bawah 0 lebih teruk daripada kebetulan.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="879"/>
        <source>the same idea for items that more than two reviewers saw (golden items decided by many reviewers, or a sampled item that was also corrected or appealed).</source>
        <translation>konsep yang sama untuk item yang dilihat oleh lebih daripada dua penyemak (item rujukan yang diputuskan oleh ramai penyemak, atau item sampel yang turut dibetulkan atau dirayu).</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="886"/>
        <source>95 % interval</source>
        <translation>Selang 95%</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="887"/>
        <source>the range that holds the true kappa with 95 % confidence; a wide interval means few items.</source>
        <translation>julat yang mengandungi nilai kappa sebenar dengan keyakinan 95%; selang yang lebar bermakna itemnya sedikit.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="893"/>
        <source>Shown from n ≥ 30</source>
        <translation>Dipaparkan mulai n ≥ 30</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="894"/>
        <source>a kappa and its interval are shown only when at least 30 items stand behind them: below that they say more about chance than about reviewers, and the cell reads &apos;fewer than 30 items&apos;.</source>
        <translation>kappa dan selangnya hanya dipaparkan apabila disokong sekurang-kurangnya 30 item: di bawah itu, ia lebih mencerminkan kebetulan daripada penyemak, dan selnya berbunyi &apos;kurang daripada 30 item&apos;.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="902"/>
        <source>the share of golden items (items whose right verdict a lead set) decided with that verdict, with the number decided. Reviewers cannot tell golden items from real ones.</source>
        <translation>bahagian item rujukan (item yang putusan betulnya ditetapkan oleh ketua pasukan) yang diputuskan dengan putusan itu, berserta bilangan yang diputuskan. Penyemak tidak dapat membezakan item rujukan daripada item sebenar.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="909"/>
        <source>fewer than 30 items</source>
        <translation>kurang daripada 30 item</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="910"/>
        <source>Generated {time} {zone}. Each sampled decision was decided again, blind, by a lead; the legend on the last page explains each figure.</source>
        <translation>Dijana {time} {zone}. Setiap keputusan sampel diputuskan semula secara tertutup oleh ketua pasukan; petunjuk di halaman terakhir menerangkan setiap angka.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="915"/>
        <source>No QA review and no golden item yet.</source>
        <translation>Belum ada semakan QA mahupun item rujukan.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="916"/>
        <source>Agreement</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="917"/>
        <source>Kappa and golden items</source>
        <translation>Kappa dan item rujukan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="918"/>
        <source>Golden items</source>
        <translation>Item rujukan</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="919"/>
        <source>Confusion matrix, queue {queue}</source>
        <translation>Matriks kekeliruan, baris gilir {queue}</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="920"/>
        <source>Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>Baris: putusan penyemak pertama; lajur: putusan penyemak QA.</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="923"/>
        <source>First verdict \ QA verdict</source>
        <translation>Putusan pertama \ putusan QA</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="924"/>
        <source>Legend</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="925"/>
        <source>What it means</source>
        <translation>Maksudnya</translation>
    </message>
    <message>
        <location filename="../../workstation/qa.py" line="952"/>
        <source>{low} to {high}</source>
        <extracomment>How a verdict is named in a report: ``(queue or None, key) -&gt; text``. The command line keeps the key (``allow``); the window passes the label in the person&apos;s language (ui/qa_view.py).</extracomment>
        <translation>{low} hingga {high}</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/qa_view.py" line="97"/>
        <location filename="../../ui/qa_view.py" line="248"/>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="98"/>
        <source>Reviewer (first decision)</source>
        <translation>Penyemak (keputusan pertama)</translation>
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
        <translation>Kumpulkan angka QA mengikut</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="103"/>
        <source>&amp;By</source>
        <translation>&amp;Mengikut</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="105"/>
        <source>Re&amp;fresh</source>
        <translation>Muat &amp;semula</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="107"/>
        <source>Read the QA figures again</source>
        <translation>Baca semula angka QA</translation>
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
        <translation>Matriks kekeliruan baris gilir yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="140"/>
        <source>The QA reviewer&apos;s verdict</source>
        <translation>Putusan penyemak QA</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="141"/>
        <source>The first reviewer&apos;s verdict</source>
        <translation>Putusan penyemak pertama</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="145"/>
        <source>First verdict by QA verdict</source>
        <translation>Putusan pertama berbanding putusan QA</translation>
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
        <translation>Angka QA tidak dapat dibaca; butirannya ada dalam log.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="233"/>
        <source>{n} sampled decisions reviewed twice; a kappa is shown from 30 items.</source>
        <translation>{n} keputusan sampel disemak dua kali; kappa hanya dipaparkan mulai 30 item.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="238"/>
        <source>No QA review and no golden item yet.</source>
        <translation>Belum ada semakan QA mahupun item rujukan.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="249"/>
        <source>Reviewer</source>
        <translation>Penyemak</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="254"/>
        <source>Reviewed twice</source>
        <translation>Disemak dua kali</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="255"/>
        <source>Agreement</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="256"/>
        <source>Over-enforcement</source>
        <translation>Penguatkuasaan berlebihan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="257"/>
        <source>Under-enforcement</source>
        <translation>Penguatkuasaan kurang</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="261"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa Cohen</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="262"/>
        <source>95 % interval</source>
        <translation>Selang 95%</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="263"/>
        <source>Fleiss&apos; kappa (items)</source>
        <translation>Kappa Fleiss (item)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="264"/>
        <source>Fleiss&apos; 95 % interval</source>
        <translation>Selang 95% Fleiss</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="267"/>
        <source>Golden accuracy (n)</source>
        <translation>Ketepatan item rujukan (n)</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="284"/>
        <source>{pct} (n = {n})</source>
        <translation>{pct} (n = {n})</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="298"/>
        <source>not shown below 30</source>
        <translation>tidak dipaparkan di bawah 30</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="304"/>
        <source>{low} to {high}</source>
        <translation>{low} hingga {high}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="318"/>
        <source>The confusion matrix is per queue: group by queue to see it.</source>
        <translation>Matriks kekeliruan dikira bagi setiap baris gilir: kumpulkan mengikut baris gilir untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="322"/>
        <source>Select a queue to see its confusion matrix.</source>
        <translation>Pilih baris gilir untuk melihat matriks kekeliruannya.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="329"/>
        <source>Queue {queue}: no sampled decision reviewed twice yet.</source>
        <translation>Baris gilir {queue}: belum ada keputusan sampel yang disemak dua kali.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="334"/>
        <source>Confusion matrix, queue {queue}. Rows: the first reviewer&apos;s verdict; columns: the QA reviewer&apos;s verdict.</source>
        <translation>Matriks kekeliruan, baris gilir {queue}. Baris: putusan penyemak pertama; lajur: putusan penyemak QA.</translation>
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
        <translation>Laporan QA telah disimpan, tetapi rekod auditnya gagal: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="401"/>
        <source>Saved the QA report as PDF to {path}.</source>
        <translation>Laporan QA disimpan sebagai PDF di {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="421"/>
        <source>Exposure</source>
        <translation>Pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/qa_view.py" line="423"/>
        <source>Quality</source>
        <translation>Kualiti</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../ui/session.py" line="46"/>
        <source>That was an urgent case, and the leads on duty are alerted. If it affected you, press Ctrl+Shift+A (This affected me) for a break and a check-in.</source>
        <translation>Itu kes mendesak, dan ketua pasukan yang bertugas sudah dimaklumkan. Jika ia menjejaskan anda, tekan Ctrl+Shift+A (Ini menjejaskan saya) untuk berehat dan semak perasaan.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="56"/>
        <source>your lead by phone (no on-call contact is configured on this workstation)</source>
        <translation>ketua pasukan anda melalui telefon (tiada hubungan bertugas ditetapkan di stesen kerja ini)</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="59"/>
        <source>URGENT: “{label}” for {ref} did NOT reach the database, so nobody has been alerted. Call {contact} now. The decision is saved here and will be sent when the database is back.</source>
        <translation>MENDESAK: “{label}” untuk {ref} TIDAK sampai ke pangkalan data, jadi belum ada sesiapa yang dimaklumkan. Hubungi {contact} sekarang. Keputusan ini disimpan di sini dan akan dihantar apabila pangkalan data kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="178"/>
        <source>Something went wrong ({kind}); it was logged. Try again.</source>
        <translation>Sesuatu tidak kena ({kind}); ia telah dilog. Cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="217"/>
        <source>Choose a queue first.</source>
        <translation>Pilih baris gilir dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="292"/>
        <source>There is no decision to undo.</source>
        <translation>Tiada keputusan untuk dibuat asal.</translation>
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
        <translation>Papan pemuka pendedahan</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="249"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="100"/>
        <source>Ctrl+Z undoes it for 10 s</source>
        <translation>Ctrl+Z membuat asal dalam masa 10 saat</translation>
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
        <translation>Pilih baris gilir dan tekan N untuk mengambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Q&amp;ueue</source>
        <translation>&amp;Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="359"/>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="363"/>
        <location filename="../../ui/window.py" line="664"/>
        <location filename="../../ui/window.py" line="1156"/>
        <location filename="../../ui/window.py" line="1205"/>
        <location filename="../../ui/window.py" line="1363"/>
        <source>N  claim next</source>
        <translation>N  ambil seterusnya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369"/>
        <source>Current filter</source>
        <translation>Penapis semasa</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="371"/>
        <source>QA: blind second review</source>
        <translation>QA: semakan kedua tertutup</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="373"/>
        <source>QA mode</source>
        <translation>Mod QA</translation>
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
        <translation>Notis</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="393"/>
        <source>Decided before</source>
        <translation>Pernah diputuskan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="407"/>
        <source>Video controls</source>
        <translation>Kawalan video</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="459"/>
        <source>Signed in as {name}</source>
        <translation>Log masuk sebagai {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="461"/>
        <source>Signed in user</source>
        <translation>Pengguna log masuk</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="462"/>
        <location filename="../../ui/window.py" line="1214"/>
        <source>● connected</source>
        <translation>● disambungkan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="463"/>
        <source>Connection state</source>
        <translation>Status sambungan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="465"/>
        <source>Decisions waiting to sync</source>
        <translation>Keputusan menunggu penyegerakan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="466"/>
        <location filename="../../ui/window.py" line="1026"/>
        <source>Every decision is recorded.</source>
        <translation>Setiap keputusan direkodkan.</translation>
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
        <translation>Baris gilir QA (semakan kedua tertutup)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="541"/>
        <source>My QA: how my sampled decisions fared</source>
        <translation>QA saya: hasil keputusan saya yang dipilih sebagai sampel</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="555"/>
        <source>Decision undone: {ref} is yours again.</source>
        <translation>Keputusan dibuat asal: {ref} kembali kepada anda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="559"/>
        <source>Skipped; it will not come back to you.</source>
        <translation>Dilangkau; ia tidak akan kembali kepada anda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="614"/>
        <source>The queues could not be read: {error}</source>
        <translation>Baris gilir tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="663"/>
        <source>Queue {name}: press N to claim the next item.</source>
        <translation>Baris gilir {name}: tekan N untuk mengambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="718"/>
        <location filename="../../ui/window.py" line="1339"/>
        <source>Record the outcome of the QA review first (Enter).</source>
        <translation>Rekodkan dahulu hasil semakan QA (Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="721"/>
        <source>Decisions are paused; the next item comes after the break.</source>
        <translation>Keputusan dijeda; item seterusnya datang selepas rehat.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724"/>
        <location filename="../../ui/window.py" line="1346"/>
        <source>Decide or skip the open item first.</source>
        <translation>Putuskan atau langkau item yang terbuka dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731"/>
        <source>The queues are still loading; press N again in a moment.</source>
        <translation>Baris gilir masih dimuatkan; tekan N lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="745"/>
        <source>Skipped; another lead reviews it.</source>
        <translation>Dilangkau; ketua pasukan lain akan menyemaknya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="764"/>
        <source>Open an item first: a key ticket flags the item in front of you.</source>
        <translation>Buka item dahulu: tiket utama menandakan item di hadapan anda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="770"/>
        <source>Key ticket</source>
        <translation>Tiket utama</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="771"/>
        <source>One-line summary of {ref} for the lead&apos;s daily report:</source>
        <translation>Ringkasan satu baris tentang {ref} untuk laporan harian ketua pasukan:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="778"/>
        <source>{ref} flagged as a key ticket for the daily report.</source>
        <translation>{ref} ditandakan sebagai tiket utama untuk laporan harian.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="786"/>
        <source>The key ticket could not be saved. This is a bug.</source>
        <translation>Tiket utama tidak dapat disimpan. Ini pepijat.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="788"/>
        <source>Flagging {ref} as a key ticket…</source>
        <translation>Menandakan {ref} sebagai tiket utama…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="796"/>
        <source>A QA review is final: it cannot be undone.</source>
        <translation>Semakan QA adalah muktamad: ia tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="799"/>
        <source>There is no decision to undo.</source>
        <translation>Tiada keputusan untuk dibuat asal.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="812"/>
        <source>Your verdict is recorded as final. The first verdict follows.</source>
        <translation>Putusan anda direkodkan sebagai muktamad. Putusan pertama dipaparkan seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="851"/>
        <source>New items will open with {filter}.</source>
        <translation>Item baharu akan dibuka dengan {filter}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="996"/>
        <source>Welcome back. Press N to claim the next item.</source>
        <translation>Selamat kembali. Tekan N untuk mengambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>1 decision waiting to sync</source>
        <translation>1 keputusan menunggu penyegerakan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1013"/>
        <source>{n} decisions waiting to sync</source>
        <translation>{n} keputusan menunggu penyegerakan</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1029"/>
        <source>Offline decisions sent.</source>
        <translation>Keputusan luar talian telah dihantar.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1033"/>
        <source>Sent: your decision is recorded. Press N to claim the next item.</source>
        <translation>Dihantar: keputusan anda direkodkan. Tekan N untuk mengambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1102"/>
        <source>This item has no viewable media ({reason}). Decide from the details.</source>
        <translation>Item ini tiada media yang boleh dilihat ({reason}). Putuskan berdasarkan butiran.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1103"/>
        <source>none attached</source>
        <translation>tiada lampiran</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1154"/>
        <source>Queue {queue} has nothing waiting for you. Press N to check again.</source>
        <translation>Baris gilir {queue} tiada item yang menunggu anda. Tekan N untuk semak lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1162"/>
        <location filename="../../ui/window.py" line="1172"/>
        <source>Press N to claim the next item.</source>
        <translation>Tekan N untuk mengambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1165"/>
        <source>Ctrl+Shift+A  This affected me</source>
        <translation>Ctrl+Shift+A  Ini menjejaskan saya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1169"/>
        <source>“{label}” for {ref}: {queued} You can go on once the database answers (press N).</source>
        <translation>“{label}” untuk {ref}: {queued} Anda boleh teruskan apabila pangkalan data menjawab (tekan N).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1176"/>
        <source>Recorded “{label}” for {ref}.</source>
        <translation>Direkodkan “{label}” untuk {ref}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1183"/>
        <source>Your decision is recorded. The next item comes after the break.</source>
        <translation>Keputusan anda direkodkan. Item seterusnya datang selepas rehat.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1186"/>
        <source>The next item could not be claimed: {reason}</source>
        <translation>Item seterusnya tidak dapat diambil: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1190"/>
        <source>The database cannot be reached right now. Press N to try again.</source>
        <translation>Pangkalan data tidak dapat dicapai sekarang. Tekan N untuk cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1196"/>
        <source>Your decision for {ref} is saved on this workstation and waits to be sent. The next item comes once it is sent; press N to try again.</source>
        <translation>Keputusan anda untuk {ref} disimpan di stesen kerja ini dan menunggu untuk dihantar. Item seterusnya datang selepas ia dihantar; tekan N untuk cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1204"/>
        <source>The next item could not be claimed; the notice above says why.</source>
        <translation>Item seterusnya tidak dapat diambil; notis di atas menerangkan sebabnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1209"/>
        <source>This item is no longer yours. Press N to claim the next item.</source>
        <translation>Item ini bukan milik anda lagi. Tekan N untuk mengambil item seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1210"/>
        <source>Your claim ran out: {reason}</source>
        <translation>Tuntutan anda tamat tempoh: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1214"/>
        <source>○ database unreachable</source>
        <translation>○ pangkalan data tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1252"/>
        <source>Shown revealed now; it re-blurs by itself.</source>
        <translation>Didedahkan sekarang; ia akan kabur semula dengan sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1254"/>
        <source>The media stays filtered.</source>
        <translation>Media kekal ditapis.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1280"/>
        <source> (and {count} more)</source>
        <translation> (dan {count} lagi)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1282"/>
        <source>Decided before as “{verdict}” on {date} ({ref}, {queue}){more}.</source>
        <translation>Pernah diputuskan sebagai “{verdict}” pada {date} ({ref}, {queue}){more}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1335"/>
        <source>The QA queue is for leads, who review sampled decisions blind.</source>
        <translation>Baris gilir QA adalah untuk ketua pasukan, yang menyemak keputusan sampel secara tertutup.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1344"/>
        <source>Back to review: choose a queue and press N.</source>
        <translation>Kembali ke semakan: pilih baris gilir dan tekan N.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1352"/>
        <source>QA queue: press N for the next sampled decision. You decide blind: the first verdict shows only once yours is final.</source>
        <translation>Baris gilir QA: tekan N untuk keputusan sampel seterusnya. Anda membuat putusan secara tertutup: putusan pertama hanya dipaparkan selepas putusan anda muktamad.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1363"/>
        <location filename="../../ui/window.py" line="1412"/>
        <source>N  next QA item</source>
        <translation>N  item QA seterusnya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1380"/>
        <source>A sampled item is not escalated in QA; decide it with 1-9.</source>
        <translation>Item sampel tidak dieskalasi dalam QA; putuskan dengan 1-9.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1391"/>
        <source>No sampled decision waits for your review. Press N to check again.</source>
        <translation>Tiada keputusan sampel yang menunggu semakan anda. Tekan N untuk menyemak semula.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1399"/>
        <source>Your verdict is final. The first verdict is beside it: choose how it compares, add a note if you like, and press Enter.</source>
        <translation>Putusan anda sudah muktamad. Putusan pertama ada di sebelahnya: pilih bagaimana perbandingannya, tambah nota jika mahu, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1409"/>
        <source>QA review recorded for {ref}: {outcome}.</source>
        <translation>Semakan QA bagi {ref} direkodkan: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1415"/>
        <source>Recorded. Press N for the next sampled decision.</source>
        <translation>Direkodkan. Tekan N untuk keputusan sampel seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1464"/>
        <source> · restricted</source>
        <translation> · terhad</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="1465"/>
        <source>{name}  (tier {tier}, {pending} pending{lock})</source>
        <translation>{name}  (peringkat {tier}, {pending} menunggu{lock})</translation>
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
        <translation>&lt;p&gt;Pentadbiran dilakukan dengan arahan &lt;code&gt;workstation&lt;/code&gt;, bukan dalam tetingkap, jadi setiap
perubahan berskrip, dilog dan boleh diulang. Sebagai &lt;b&gt;{user}&lt;/b&gt;:&lt;/p&gt;
&lt;table cellspacing=&quot;6&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users add NAME --role reviewer --team TEAM&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;tambah pengguna; ulang &lt;code&gt;--role&lt;/code&gt; untuk beberapa peranan (reviewer, wellbeing, lead, admin)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;pengguna, pasukan dan peranan&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation users grant NAME QUEUE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;benarkan penyemak membuka baris gilir terhad&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues add NAME --tier 1-4 [--restricted]&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;tambah baris gilir semakan dengan peringkat keterukannya (dan &lt;code&gt;--taxonomy&lt;/code&gt; untuk putusannya)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation queues list&lt;/code&gt;&lt;/td&gt;&lt;td&gt;baris gilir dengan bilangan item mengikut status&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation import PATH… --queue NAME&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;import eskalasi: fail media, folder atau manifest (.jsonl, .csv)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation export decisions --format csv --out FILE&lt;/code&gt;&lt;/td&gt;
    &lt;td&gt;log keputusan (juga &quot;Eksport keputusan…&quot; dalam menu)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation audit verify [FILE]&lt;/code&gt;&lt;/td&gt;&lt;td&gt;semak bahawa log keputusan tidak diubah&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;code&gt;workstation db upgrade&lt;/code&gt;&lt;/td&gt;&lt;td&gt;cipta atau naik taraf skema pangkalan data&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;&lt;code&gt;workstation --help&lt;/code&gt; dan &lt;code&gt;workstation COMMAND --help&lt;/code&gt; menyenaraikan setiap pilihan.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="81"/>
        <source>Signed in as {name}</source>
        <translation>Log masuk sebagai {name}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="83"/>
        <source>Signed in user</source>
        <translation>Pengguna log masuk</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="84"/>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="87"/>
        <source>Roles: {roles}</source>
        <translation>Peranan: {roles}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="95"/>
        <source>Export decisions…</source>
        <translation>Eksport keputusan…</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="106"/>
        <source>Export decisions</source>
        <translation>Eksport keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="119"/>
        <source>Export stopped: {reason}</source>
        <translation>Eksport terhenti: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="253"/>
        <source>queue</source>
        <translation>baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="254"/>
        <source>tier</source>
        <translation>peringkat</translation>
    </message>
    <message>
        <location filename="../../ui/role_windows.py" line="255"/>
        <source>restricted</source>
        <translation>terhad</translation>
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
        <translation>Soal selidik kesejahteraan (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="78"/>
        <source>Wellbeing questionnaire</source>
        <translation>Soal selidik kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="80"/>
        <source>{intro} how often has each been true for you?</source>
        <translation>{intro} berapa kerap setiap satu ini benar bagi anda?</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="86"/>
        <source>Private: only you and wellbeing staff see your answers and score; leads and admins never do. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</source>
        <translation>Peribadi: hanya anda dan kakitangan kesejahteraan yang melihat jawapan dan skor anda; ketua pasukan dan pentadbir tidak sekali-kali melihatnya. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="100"/>
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="102"/>
        <source>Question {number} of 5: {statement}</source>
        <translation>Soalan {number} daripada 5: {statement}</translation>
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
        <translation>Jawab kesemua lima soalan, kemudian tekan Enter atau Simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="119"/>
        <source>Questionnaire status</source>
        <translation>Status soal selidik</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="121"/>
        <source>Save my answers</source>
        <translation>Simpan jawapan saya</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="125"/>
        <source>Not now</source>
        <translation>Bukan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="146"/>
        <source>Still to answer: question {numbers}.</source>
        <translation>Belum dijawab: soalan {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="149"/>
        <source>All answered: press Enter or Save.</source>
        <translation>Semua telah dijawab: tekan Enter atau Simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="178"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="188"/>
        <source>Saved. Your WHO-5 score: {score} of 100. {meaning}</source>
        <translation>Disimpan. Skor WHO-5 anda: {score} daripada 100. {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="193"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="196"/>
        <source>Not saved: {reason}</source>
        <translation>Tidak disimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>Seeding</name>
    <message>
        <location filename="../../workstation/demo.py" line="158"/>
        <source>creating users and queues</source>
        <extracomment>Each queue&apos;s SLA target in minutes (docs/operations-sla.md); a few history items miss it. Where each queue&apos;s escalations go (docs/escalations-and-incidents.md); the E dialog offers them in order. The steps of a first seeding, in order, for a progress display (``progress(step, STEPS, message)``).</extracomment>
        <translation>mencipta pengguna dan baris gilir</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="184"/>
        <source>generating synthetic media in the background (first run only)</source>
        <translation>menjana media sintetik di latar belakang (kali pertama sahaja)</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="186"/>
        <source>writing three weeks of decisions</source>
        <translation>menulis keputusan selama tiga minggu</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="189"/>
        <source>writing three weeks of exposure, breaks and check-ins</source>
        <translation>menulis pendedahan, rehat dan semakan perasaan selama tiga minggu</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="192"/>
        <source>importing pending items</source>
        <translation>mengimport item yang menunggu</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="199"/>
        <source>linking past items to today&apos;s look-alikes</source>
        <translation>memautkan item lalu kepada item serupa hari ini</translation>
    </message>
</context>
<context>
    <name>SeedingWindow</name>
    <message>
        <location filename="../../ui/seeding.py" line="35"/>
        <source>Preparing the demo</source>
        <extracomment>What the work is handed: ``report(step, steps, message)``, callable from any thread.</extracomment>
        <translation>Menyediakan demo</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="37"/>
        <source>Reviewer Workstation — {title}</source>
        <translation>Reviewer Workstation — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="44"/>
        <source>Starting…</source>
        <translation>Bermula…</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="52"/>
        <source>Only the first start on a new data folder does this; synthetic data, nothing real.</source>
        <translation>Ini hanya berlaku pada permulaan pertama dengan folder data baharu; data sintetik, tiada yang sebenar.</translation>
    </message>
    <message>
        <location filename="../../ui/seeding.py" line="66"/>
        <source>step {step} of {steps}</source>
        <translation>langkah {step} daripada {steps}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="254"/>
        <location filename="../../ui/shortcuts.py" line="255"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
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
        <translation>Ambil item seterusnya daripada baris gilir</translation>
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
        <translation>Pilih baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Choose a verdict (or a reason while one is asked)</source>
        <translation>Pilih keputusan semakan (atau sebab apabila diminta)</translation>
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
        <translation>Rekod keputusan semakan yang sedang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Cancel the verdict in progress</source>
        <translation>Batalkan keputusan semakan yang sedang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)</source>
        <translation>Eskalasi, dengan nota (Atas/Bawah: ke mana; Alt+I: bahaya segera)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Skip: give the item back (it will not come back to you)</source>
        <translation>Langkau: pulangkan item (ia tidak akan kembali kepada anda)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="83"/>
        <source>Undo the last decision (for 10 seconds)</source>
        <translation>Buat asal keputusan terakhir (dalam 10 saat)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <source>Flag a key ticket for the lead&apos;s daily report</source>
        <translation>Tandakan tiket penting untuk laporan harian ketua pasukan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="96"/>
        <source>Hide all media at once; press again to bring it back, blurred</source>
        <translation>Sembunyikan semua media serta-merta; tekan lagi untuk memaparkannya semula, dikaburkan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <location filename="../../ui/shortcuts.py" line="104"/>
        <location filename="../../ui/shortcuts.py" line="114"/>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103"/>
        <source>Hold: reveal a small disc under the pointer</source>
        <translation>Tahan: dedahkan bulatan kecil di bawah penuding</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>hold P</source>
        <translation>tahan P</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now</source>
        <translation>Dedahkan seluruh item (atau perkataan yang ditutup); kabur semula selepas beberapa saat; R sekali lagi untuk kaburkan serta-merta</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <source>R or click</source>
        <translation>R atau klik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120"/>
        <source>Stronger blur</source>
        <translation>Kabur lebih kuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="121"/>
        <location filename="../../ui/shortcuts.py" line="127"/>
        <location filename="../../ui/shortcuts.py" line="133"/>
        <location filename="../../ui/shortcuts.py" line="139"/>
        <location filename="../../ui/shortcuts.py" line="145"/>
        <source>Filter</source>
        <translation>Penapis</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="126"/>
        <source>Weaker blur</source>
        <translation>Kabur lebih lemah</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Grayscale on / off</source>
        <translation>Skala kelabu hidup / mati</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="138"/>
        <source>Stylised (reduced detail) on / off</source>
        <translation>Digayakan (kurang perincian) hidup / mati</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="144"/>
        <source>Keep the current filter as my default for new items</source>
        <translation>Simpan penapis semasa sebagai lalai saya untuk item baharu</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150"/>
        <source>Zoom in</source>
        <translation>Zum masuk</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <location filename="../../ui/shortcuts.py" line="161"/>
        <location filename="../../ui/shortcuts.py" line="167"/>
        <source>View</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <source>Zoom out</source>
        <translation>Zum keluar</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="160"/>
        <source>Fit to the view</source>
        <translation>Muatkan pada paparan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166"/>
        <source>Dark / light / high-contrast theme</source>
        <translation>Tema gelap / cerah / kontras tinggi</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172"/>
        <source>Play / pause (videos never play by themselves)</source>
        <translation>Main / jeda (video tidak pernah dimainkan sendiri)</translation>
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
        <translation>Space atau K</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179"/>
        <source>Back 5 seconds</source>
        <translation>Undur 5 saat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186"/>
        <source>Forward 5 seconds</source>
        <translation>Maju 5 saat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="193"/>
        <source>Previous frame</source>
        <translation>Bingkai sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199"/>
        <source>Next frame</source>
        <translation>Bingkai seterusnya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="205"/>
        <source>Slower (down to 0.25x)</source>
        <translation>Lebih perlahan (hingga 0.25x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="211"/>
        <source>Faster (up to 4x)</source>
        <translation>Lebih laju (hingga 4x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="217"/>
        <source>Sound on / off for this item (each item starts muted)</source>
        <translation>Bunyi hidup / mati untuk item ini (setiap item bermula tanpa bunyi)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="223"/>
        <source>Scrub through the video</source>
        <translation>Gelongsor sepanjang video</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="225"/>
        <source>mouse wheel</source>
        <translation>roda tetikus</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="230"/>
        <source>This sheet</source>
        <translation>Helaian ini</translation>
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
        <translation>Dasar (SOP): cari dan baca prosedur</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>Wellbeing</source>
        <translation>Kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244"/>
        <source>More</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="107"/>
        <source>This affected me: a break and a check-in now</source>
        <translation>Ini menjejaskan saya: berehat dan semak perasaan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="108"/>
        <source>Take a break now (your own; a prompted break is taken instead)</source>
        <translation>Berehat sekarang (rehat anda sendiri; jika ada rehat yang dicadangkan, rehat itu yang diambil)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="111"/>
        <source>My wellbeing: today and the last seven days</source>
        <translation>Kesejahteraan saya: hari ini dan tujuh hari lalu</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="34"/>
        <source>Sign in to Reviewer Workstation</source>
        <translation>Log masuk ke Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="42"/>
        <source>Password, not shown as you type</source>
        <translation>Kata laluan, tidak dipaparkan semasa menaip</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="67"/>
        <source>Keep the password?</source>
        <translation>Simpan kata laluan?</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <location filename="../../workstation/sla.py" line="449"/>
        <source>Per-person figures are off: the organisation&apos;s policy does not allow them (an admin decides: &apos;workstation operations per-person allow&apos;).</source>
        <translation>Angka setiap orang dimatikan: dasar organisasi tidak membenarkannya (pentadbir yang memutuskan: &apos;workstation operations per-person allow&apos;).</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="480"/>
        <source>Only reviewers with at least {count} decisions in the window are listed; {left_out} with fewer are not.</source>
        <translation>Hanya penyemak dengan sekurang-kurangnya {count} keputusan dalam tempoh ini disenaraikan; {left_out} orang dengan kurang daripada itu tidak disenaraikan.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="486"/>
        <source>Only reviewers with at least {count} decisions in the window are listed.</source>
        <translation>Hanya penyemak dengan sekurang-kurangnya {count} keputusan dalam tempoh ini disenaraikan.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="663"/>
        <location filename="../../workstation/sla.py" line="700"/>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="664"/>
        <source>Target</source>
        <translation>Sasaran</translation>
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
        <translation>Tamat tempoh &lt;1 jam</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="668"/>
        <source>Overdue</source>
        <translation>Lewat</translation>
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
        <translation>Import→kep. p50/p90</translation>
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
        <translation>Langkau</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="676"/>
        <source>Lease exp.</source>
        <translation>Tuntutan tamat</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="701"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="702"/>
        <source>Imported</source>
        <translation>Diimport</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="703"/>
        <source>Due</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="705"/>
        <source>By</source>
        <translation>Mengikut</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="706"/>
        <source>Late by</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="716"/>
        <source>still pending</source>
        <translation>masih menunggu</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="739"/>
        <source>SLA report, by queue, today</source>
        <translation>Laporan SLA, mengikut baris gilir, hari ini</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="740"/>
        <source>SLA report, by queue, the last 7 days</source>
        <translation>Laporan SLA, mengikut baris gilir, 7 hari lalu</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="741"/>
        <source>SLA report, by team, today</source>
        <translation>Laporan SLA, mengikut pasukan, hari ini</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="742"/>
        <source>SLA report, by team, the last 7 days</source>
        <translation>Laporan SLA, mengikut pasukan, 7 hari lalu</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="744"/>
        <source>No SLA was missed in this window.</source>
        <translation>Tiada SLA yang terlepas dalam tempoh ini.</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="745"/>
        <source>Per reviewer</source>
        <translation>Mengikut penyemak</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="747"/>
        <source>Reviewer</source>
        <translation>Penyemak</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="749"/>
        <source>SLA met</source>
        <translation>SLA dipenuhi</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="750"/>
        <source>Claim→dec. p50</source>
        <translation>Ambil→kep. p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="751"/>
        <source>Handling p50</source>
        <translation>Pengendalian p50</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="758"/>
        <source>Team</source>
        <translation>Pasukan</translation>
    </message>
    <message>
        <location filename="../../workstation/sla.py" line="760"/>
        <source>{start} to {end} ({zone}). Attainment: first decisions by the due time, over those and the pending items that fell due. Time to decision: p50 / p90.</source>
        <translation>{start} hingga {end} ({zone}). Pencapaian: keputusan pertama sebelum tamat tempoh, dibahagi dengan jumlah keputusan itu dan item menunggu yang telah tamat tempoh. Masa hingga keputusan: p50 / p90.</translation>
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
        <translation>Cadangan rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="124"/>
        <source>Take break</source>
        <translation>Berehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="125"/>
        <source>Not now</source>
        <translation>Bukan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="131"/>
        <source>Take a {minutes}-minute break? {reason}.</source>
        <translation>Berehat {minutes} minit? {reason}.</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../ui/sop_panel.py" line="54"/>
        <source>Changed {date}.</source>
        <translation>Diubah pada {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="60"/>
        <source>Examples (text only)</source>
        <translation>Contoh (teks sahaja)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="61"/>
        <source>section {id}</source>
        <translation>bahagian {id}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="77"/>
        <source>Policies (SOPs)</source>
        <translation>Dasar (SOP)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="78"/>
        <source>Policies</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="86"/>
        <source>No policy has been published yet. A lead publishes one with &apos;workstation policies publish&apos;.</source>
        <translation>Belum ada dasar yang diterbitkan. Ketua pasukan menerbitkannya dengan &apos;workstation policies publish&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="92"/>
        <source>{title} — version {version}, in force since {date}</source>
        <translation>{title} — versi {version}, berkuat kuasa sejak {date}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="98"/>
        <source>{title} — version {version}</source>
        <translation>{title} — versi {version}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="105"/>
        <source>Search the policies</source>
        <translation>Cari dasar</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="107"/>
        <source>Search: words anywhere in a section (title, summary, text, examples)</source>
        <translation>Cari: perkataan di mana-mana dalam bahagian (tajuk, ringkasan, teks, contoh)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="113"/>
        <source>Policy sections</source>
        <translation>Bahagian dasar</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="119"/>
        <source>Policy text</source>
        <translation>Teks dasar</translation>
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
        <translation>{found} daripada {total} bahagian; {changed} diubah dalam 14 hari lalu</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="167"/>
        <source>{found} of {total} sections</source>
        <translation>{found} daripada {total} bahagian</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="174"/>
        <source>No section matches.</source>
        <translation>Tiada bahagian yang sepadan.</translation>
    </message>
</context>
<context>
    <name>SoundTrack</name>
    <message>
        <location filename="../../ui/audio.py" line="64"/>
        <source>no sound output device</source>
        <translation>tiada peranti output bunyi</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="70"/>
        <source>the sound output cannot play {rate} Hz, {channels} channels</source>
        <translation>output bunyi tidak dapat memainkan {rate} Hz, {channels} saluran</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="77"/>
        <source>the sound output could not be opened ({error})</source>
        <translation>output bunyi tidak dapat dibuka ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/audio.py" line="207"/>
        <source>the sound could not be decoded ({kind})</source>
        <translation>bunyi tidak dapat dinyahkod ({kind})</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/notices.py" line="227"/>
        <source>Status message</source>
        <translation>Mesej status</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="230"/>
        <source>Status key hint</source>
        <translation>Petunjuk kekunci status</translation>
    </message>
</context>
<context>
    <name>SupportLabel</name>
    <message>
        <location filename="../../ui/support_contact.py" line="18"/>
        <source>Need to talk to someone? {contact}</source>
        <translation>Perlu bercakap dengan seseorang? {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="21"/>
        <source>Need to talk to someone? Your wellbeing staff are there for you.</source>
        <translation>Perlu bercakap dengan seseorang? Kakitangan kesejahteraan sedia membantu anda.</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="32"/>
        <source>Support contact</source>
        <translation>Hubungan sokongan</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="45"/>
        <source>Text of the item, with listed terms masked</source>
        <translation>Teks item, dengan istilah tersenarai disembunyikan</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="73"/>
        <source>Loading text (listed terms masked)…</source>
        <translation>Memuatkan teks (istilah tersenarai disembunyikan)…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="86"/>
        <source>This text cannot be shown: {error}</source>
        <translation>Teks ini tidak dapat dipaparkan: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="151"/>
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>DIDEDAHKAN (perkataan tersembunyi kelihatan): disembunyikan semula dalam {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="159"/>
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>Teks disembunyikan. Tekan Esc untuk memaparkannya semula, masih tersembunyi.</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="176"/>
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>1 istilah tersenarai disembunyikan · R memaparkannya selama {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="178"/>
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>{count} istilah tersenarai disembunyikan · R memaparkannya selama {seconds} saat</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="182"/>
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>Didedahkan: perkataan tersembunyi kelihatan; disembunyikan semula dalam {seconds} saat (R menyembunyikan sekarang)</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../ui/locale_format.py" line="32"/>
        <source>s</source>
        <translation>saat</translation>
    </message>
    <message>
        <location filename="../../ui/locale_format.py" line="33"/>
        <source>min</source>
        <translation>min</translation>
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
        <translation>Menyediakan papan cerita yang ditapis…</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="530"/>
        <source>▶ playing</source>
        <translation>▶ dimainkan</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>storyboard</source>
        <translation>papan cerita</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="532"/>
        <source>❚❚ paused</source>
        <translation>❚❚ dijeda</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="535"/>
        <source>no audio</source>
        <translation>tiada audio</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="537"/>
        <source>muted (M)</source>
        <translation>dibisukan (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="539"/>
        <source>no sound: {problem} (M)</source>
        <translation>tiada bunyi: {problem} (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="541"/>
        <source>sound on (M)</source>
        <translation>bunyi aktif (M)</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="544"/>
        <source>{position} s / {duration} s</source>
        <translation>{position} saat / {duration} saat</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="548"/>
        <source>{position} s</source>
        <translation>{position} saat</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="550"/>
        <source>{speed}x</source>
        <translation>{speed}x</translation>
    </message>
    <message>
        <location filename="../../ui/video.py" line="553"/>
        <source>Space play · ←/→ 5 s · ,/. frame · J/L speed · wheel scrub</source>
        <translation>Ruang main · ←/→ 5 saat · ,/. bingkai · J/L kelajuan · roda tatal</translation>
    </message>
</context>
<context>
    <name>WHO5</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="34"/>
        <source>Over the last two weeks:</source>
        <translation>Sepanjang dua minggu yang lalu:</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="35"/>
        <source>I have felt cheerful and in good spirits</source>
        <translation>Saya berasa ceria dan bersemangat</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="36"/>
        <source>I have felt calm and relaxed</source>
        <translation>Saya berasa tenang dan santai</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="37"/>
        <source>I have felt active and vigorous</source>
        <translation>Saya berasa aktif dan bertenaga</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="38"/>
        <source>I woke up feeling fresh and rested</source>
        <translation>Saya bangun dengan rasa segar dan cukup rehat</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="39"/>
        <source>My daily life has been filled with things that interest me</source>
        <translation>Kehidupan harian saya dipenuhi perkara yang menarik minat saya</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="40"/>
        <source>All of the time</source>
        <translation>Sepanjang masa</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="41"/>
        <source>Most of the time</source>
        <translation>Kebanyakan masa</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="42"/>
        <source>More than half of the time</source>
        <translation>Lebih separuh masa</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="43"/>
        <source>Less than half of the time</source>
        <translation>Kurang separuh masa</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="44"/>
        <source>Some of the time</source>
        <translation>Sekali-sekala</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="45"/>
        <source>At no time</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="46"/>
        <source>This score is low. Please consider talking to your support contact or a doctor soon; it is a prompt to talk, not a diagnosis.</source>
        <translation>Skor ini rendah. Sila pertimbangkan untuk bercakap dengan hubungan sokongan anda atau doktor tidak lama lagi; ini galakan untuk berbincang, bukan diagnosis.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="51"/>
        <source>This score suggests your well-being has been low lately. Talking to your support contact can help; it is a prompt to talk, not a diagnosis.</source>
        <translation>Skor ini menunjukkan kesejahteraan anda agak rendah kebelakangan ini. Bercakap dengan hubungan sokongan anda boleh membantu; ini galakan untuk berbincang, bukan diagnosis.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="56"/>
        <source>Thank you. Your answers are private to you and wellbeing staff.</source>
        <translation>Terima kasih. Jawapan anda hanya untuk anda dan kakitangan kesejahteraan.</translation>
    </message>
</context>
<context>
    <name>WellbeingUi</name>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <location filename="../../ui/wellbeing_ui.py" line="156"/>
        <source>This affected me</source>
        <translation>Ini menjejaskan saya</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91"/>
        <source>Affected me</source>
        <translation>Terjejas</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="93"/>
        <source>This affected me: take a break and check in</source>
        <translation>Ini menjejaskan saya: berehat dan semak perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="94"/>
        <source>Take a break and check in ({key})</source>
        <translation>Berehat dan semak perasaan ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Take a break</source>
        <translation>Berehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97"/>
        <source>Break</source>
        <translation>Rehat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="99"/>
        <location filename="../../ui/wellbeing_ui.py" line="161"/>
        <source>Take a break now</source>
        <translation>Berehat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="100"/>
        <source>Take a break now ({key})</source>
        <translation>Berehat sekarang ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="109"/>
        <source>Rotation suggestion</source>
        <translation>Cadangan putaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="110"/>
        <source>Choose a queue</source>
        <translation>Pilih baris gilir</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="111"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="112"/>
        <source>Locked queues</source>
        <translation>Baris gilir berkunci</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="113"/>
        <source>See my day</source>
        <translation>Lihat hari saya</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="114"/>
        <source>Break postponed</source>
        <translation>Rehat ditangguhkan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="115"/>
        <source>Check-in</source>
        <translation>Semakan perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="121"/>
        <source>Wellbeing questionnaire</source>
        <translation>Soal selidik kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="122"/>
        <source>Answer now</source>
        <translation>Jawab sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="124"/>
        <source>Not now</source>
        <translation>Bukan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="167"/>
        <source>Your wellbeing</source>
        <translation>Kesejahteraan anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="172"/>
        <source>Wellbeing questionnaire…</source>
        <translation>Soal selidik kesejahteraan…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="244"/>
        <source>Wellbeing notices</source>
        <translation>Notis kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="295"/>
        <source>Your organisation offers a short wellbeing questionnaire (WHO-5, five questions about the last two weeks). Only you and wellbeing staff see your answers.</source>
        <translation>Organisasi anda menawarkan soal selidik kesejahteraan yang ringkas (WHO-5, lima soalan tentang dua minggu yang lalu). Hanya anda dan kakitangan kesejahteraan yang melihat jawapan anda.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="342"/>
        <source>Break postponed so you can finish this item. It starts when you close the item, or at {time} at the latest.</source>
        <translation>Rehat ditangguhkan supaya anda boleh menyelesaikan item ini. Ia bermula apabila anda menutup item, atau selewat-lewatnya pada {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="374"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps. Calmer queues open to you: {queues}.</source>
        <translation>Anda telah menyemak {count} item berketerukan tinggi berturut-turut. Beralih kepada kerja yang lebih tenang buat seketika boleh membantu. Baris gilir yang lebih tenang untuk anda: {queues}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="379"/>
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps.</source>
        <translation>Anda telah menyemak {count} item berketerukan tinggi berturut-turut. Beralih kepada kerja yang lebih tenang buat seketika boleh membantu.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="390"/>
        <source>You have reached today&apos;s exposure budget ({budget}). Queues above severity tier {tier} are closed to you until tomorrow; lower-tier queues stay open. Thank you for looking after yourself.</source>
        <translation>Anda telah mencapai bajet pendedahan hari ini ({budget}). Baris gilir di atas peringkat keterukan {tier} ditutup kepada anda sehingga esok; baris gilir peringkat lebih rendah kekal dibuka. Terima kasih kerana menjaga diri anda.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="418"/>
        <source>Locked today · {queue}</source>
        <translation>Dikunci hari ini · {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="422"/>
        <source>Closed to you for today: your daily exposure budget is spent.</source>
        <translation>Ditutup kepada anda untuk hari ini: bajet pendedahan harian anda telah habis.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="429"/>
        <source>Exposure figures are kept on this workstation and will be saved when the database is back.</source>
        <translation>Angka pendedahan disimpan di stesen kerja ini dan akan disimpan apabila pangkalan data kembali.</translation>
    </message>
</context>
</TS>
