<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>BreakScreen</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="244" />
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="254" />
        <source>Break title</source>
        <translation>Judul istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="258" />
        <source>Break details</source>
        <translation>Keterangan istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="263" />
        <source>Time left of the break</source>
        <translation>Sisa waktu istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="266" />
        <source>When work may resume</source>
        <translation>Kapan pekerjaan boleh dilanjutkan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="273" />
        <source>Start my break now</source>
        <translation>Mulai istirahat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="274" />
        <source>Start the break now</source>
        <translation>Mulai istirahat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="276" />
        <source>Finish this item first</source>
        <translation>Selesaikan item ini dulu</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="278" />
        <source>Finish this item first (postpone the break once)</source>
        <translation>Selesaikan item ini dulu (tunda istirahat satu kali)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="280" />
        <location filename="../../ui/wellbeing_break.py" line="281" />
        <location filename="../../ui/wellbeing_break.py" line="409" />
        <location filename="../../ui/wellbeing_break.py" line="419" />
        <source>Back to work</source>
        <translation>Kembali bekerja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="285" />
        <source>Thank you for saying so. Take the time you need; talking to wellbeing staff is always an option.</source>
        <translation>Terima kasih sudah mengatakannya. Ambil waktu sebanyak yang Anda perlukan; Anda selalu bisa berbicara dengan staf kesejahteraan.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="341" />
        <source>Break required: {reason}</source>
        <translation>Perlu istirahat: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="343" />
        <source>Time for a {minutes}-minute break</source>
        <translation>Saatnya istirahat {minutes} menit</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="346" />
        <source>{reason}. Media is hidden and decisions are paused. If you are in the middle of an item you may finish it first, once.</source>
        <translation>{reason}. Media disembunyikan dan keputusan dijeda. Jika Anda sedang mengerjakan sebuah item, Anda boleh menyelesaikannya dulu, satu kali.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="365" />
        <source>On a break until {time}</source>
        <translation>Istirahat sampai {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="367" />
        <source>Break time</source>
        <translation>Waktunya istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="368" />
        <location filename="../../ui/wellbeing_break.py" line="370" />
        <source>A short break</source>
        <translation>Istirahat sejenak</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="369" />
        <source>Take a moment</source>
        <translation>Luangkan waktu sejenak</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="372" />
        <source>A break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="375" />
        <source>All media is hidden. Look away from the screen, stretch, get some water — or follow the circle for a few breaths.</source>
        <translation>Semua media disembunyikan. Alihkan pandangan dari layar, lakukan peregangan, minum air — atau ikuti lingkaran untuk beberapa tarikan napas.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="399" />
        <source>{time} left</source>
        <translation>Sisa {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="401" />
        <source>Work resumes at {time}.</source>
        <translation>Pekerjaan dilanjutkan pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="403" />
        <source>Back to work at {time}</source>
        <translation>Kembali bekerja pukul {time}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="406" />
        <source>Suggested until {time}. You can come back earlier.</source>
        <translation>Disarankan sampai pukul {time}. Anda boleh kembali lebih awal.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="416" />
        <source>Break complete</source>
        <translation>Istirahat selesai</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="417" />
        <source>You may resume work now (since {time}).</source>
        <translation>Anda boleh melanjutkan pekerjaan sekarang (sejak pukul {time}).</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="141" />
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>Panduan napas: tarik napas saat lingkaran membesar, embuskan saat mengecil</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="218" />
        <source>Breathe in</source>
        <translation>Tarik napas</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="218" />
        <source>Breathe out</source>
        <translation>Embuskan napas</translation>
    </message>
</context>
<context>
    <name>CalmBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="82" />
        <source>{name} text</source>
        <translation>Teks {name}</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="42" />
        <source>Very low</source>
        <translation>Sangat buruk</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="43" />
        <source>Low</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="44" />
        <source>Okay</source>
        <translation>Biasa saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="45" />
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="46" />
        <source>Very good</source>
        <translation>Sangat baik</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="128" />
        <source>Check-in</source>
        <translation>Cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="129" />
        <source>How are you feeling right now?</source>
        <translation>Bagaimana perasaan Anda saat ini?</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="134" />
        <source>Private: only you and wellbeing staff see check-ins. Tap a face to save, or press 1-5 (Tab for a note) and Enter.</source>
        <translation>Pribadi: hanya Anda dan staf kesejahteraan yang melihat cek perasaan. Ketuk wajah untuk menyimpan, atau tekan 1-5 (Tab untuk catatan) lalu Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="141" />
        <source>Add a note if you like (optional), then tap a face</source>
        <translation>Tambahkan catatan jika mau (opsional), lalu ketuk wajah</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="142" />
        <source>Check-in note (optional)</source>
        <translation>Catatan cek perasaan (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="162" />
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="164" />
        <source>Skip the check-in</source>
        <translation>Lewati cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="168" />
        <source>Check-in status</source>
        <translation>Status cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="171" />
        <source>How are you feeling after your break?</source>
        <translation>Bagaimana perasaan Anda setelah istirahat?</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="173" />
        <source>Private: only you and wellbeing staff see it.</source>
        <translation>Pribadi: hanya Anda dan staf kesejahteraan yang melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="226" />
        <source>{mood}: press Enter to save, or Tab to add a note first.</source>
        <translation>{mood}: tekan Enter untuk menyimpan, atau Tab untuk menambahkan catatan dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="235" />
        <source>Choose a face first: keys 1 (very low) to 5 (very good).</source>
        <translation>Pilih wajah dulu: tombol 1 (sangat buruk) sampai 5 (sangat baik).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="292" />
        <source>Saved privately: {mood}. Thank you.</source>
        <translation>Disimpan secara pribadi: {mood}. Terima kasih.</translation>
    </message>
</context>
<context>
    <name>CorrectionNotice</name>
    <message>
        <location filename="../../ui/correction_notice.py" line="41" />
        <source>Your decisions</source>
        <translation>Keputusan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="58" />
        <source>Got it</source>
        <translation>Mengerti</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="59" />
        <source>Dismiss the notice about your decisions</source>
        <translation>Tutup pemberitahuan tentang keputusan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="90" />
        <source>1 earlier notice about your decisions (workstation decisions notices).</source>
        <translation>1 pemberitahuan sebelumnya tentang keputusan Anda (workstation decisions notices).</translation>
    </message>
    <message>
        <location filename="../../ui/correction_notice.py" line="92" />
        <source>{count} earlier notices about your decisions (workstation decisions notices).</source>
        <translation>{count} pemberitahuan sebelumnya tentang keputusan Anda (workstation decisions notices).</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision_panel.py" line="92" />
        <source>Decision panel</source>
        <translation>Panel keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="102" />
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="115" />
        <source>Escalate this item</source>
        <translation>Eskalasikan item ini</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="115" />
        <source>Escalate</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="118" />
        <source>Skip this item</source>
        <translation>Lewati item ini</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="118" />
        <source>Skip (give it back)</source>
        <translation>Lewati (kembalikan)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="121" />
        <source>Undo last decision</source>
        <translation>Urungkan keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="122" />
        <source>Undo the last decision</source>
        <translation>Urungkan keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="138" />
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="142" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="149" />
        <source>Escalate to</source>
        <translation>Eskalasi ke</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="153" />
        <source>Imminent harm (Alt+I)</source>
        <translation>Bahaya mendesak (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="155" />
        <source>A person is at risk now: opens a P0 incident that alerts the leads on duty</source>
        <translation>Seseorang dalam bahaya sekarang: membuka insiden P0 yang memperingatkan ketua tim yang bertugas</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="158" />
        <source>Imminent harm</source>
        <translation>Bahaya mendesak</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="164" />
        <source>Record the decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="164" />
        <source>Record decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="168" />
        <source>Cancel this verdict</source>
        <translation>Batalkan putusan ini</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="168" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="179" />
        <source>Decision hint</source>
        <translation>Petunjuk keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="223" />
        <source>Verdict {number}: {label}</source>
        <translation>Putusan {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="236" />
        <source>Policy for verdict {number}</source>
        <translation>Kebijakan untuk putusan {number}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="264" />
        <source>{title} (policy {version}); F2: full text</source>
        <translation>{title} (kebijakan {version}); F2: teks lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="324" />
        <source>Decisions are paused.</source>
        <translation>Keputusan dijeda.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="369" />
        <source>The leads of your team</source>
        <translation>Ketua tim Anda</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="377" />
        <source>Why escalate? (required)</source>
        <translation>Mengapa dieskalasi? (wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="381" />
        <source>Note (required)</source>
        <translation>Catatan (wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="381" />
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="399" />
        <source>Escalate: Say why, for whoever picks it up, then press Enter. Up/Down chooses where it goes. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Jelaskan alasannya untuk siapa pun yang menanganinya, lalu tekan Enter. Atas/Bawah memilih tujuannya. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="405" />
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to your team leads. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Jelaskan alasannya untuk siapa pun yang menanganinya, lalu tekan Enter. Item ini dikirim ke ketua tim Anda. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="409" />
        <source>Escalate: Say why, for whoever picks it up, then press Enter. It goes to {destination}. Alt+I if a person is at risk now.</source>
        <translation>Eskalasi: Jelaskan alasannya untuk siapa pun yang menanganinya, lalu tekan Enter. Item ini dikirim ke {destination}. Alt+I jika seseorang dalam bahaya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="418" />
        <source>{verdict}: Pick a reason (1-9) and write a note, then press Enter.</source>
        <translation>{verdict}: Pilih alasan (1-9) dan tulis catatan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="420" />
        <source>{verdict}: Pick a reason (1-9), then press Enter.</source>
        <translation>{verdict}: Pilih alasan (1-9), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="424" />
        <source>{verdict}: Type a reason and write a note, then press Enter.</source>
        <translation>{verdict}: Ketik alasan dan tulis catatan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="426" />
        <source>{verdict}: Type a reason, then press Enter.</source>
        <translation>{verdict}: Ketik alasan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="429" />
        <source>{verdict}: Write a note, then press Enter.</source>
        <translation>{verdict}: Tulis catatan, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="452" />
        <source>Reason: {reason} — {summary}</source>
        <translation>Alasan: {reason} — {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.py" line="454" />
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details.py" line="40" />
        <source>Item details</source>
        <translation>Rincian item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="45" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="50" />
        <source>External reference</source>
        <translation>Referensi eksternal</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="51" />
        <location filename="../../ui/details.py" line="59" />
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="52" />
        <source>Escalation reason</source>
        <translation>Alasan eskalasi</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="54" />
        <location filename="../../ui/details.py" line="61" />
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="55" />
        <location filename="../../ui/details.py" line="62" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="56" />
        <location filename="../../ui/details.py" line="63" />
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="58" />
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../ui/details.py" line="60" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>DoseBar</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="28" />
        <source>Exposure today, share of the daily budget</source>
        <extracomment>Calm colours that read on both themes: the palette's accent for the dose, a soft amber once the budget is spent (information, not an alarm).</extracomment>
        <translation>Paparan hari ini, bagian dari anggaran harian</translation>
    </message>
</context>
<context>
    <name>DoseChart</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="52" />
        <source>Exposure per day this week against the budget</source>
        <translation>Paparan per hari minggu ini dibandingkan anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="71" />
        <source>Exposure (weighted minutes)</source>
        <translation>Paparan (menit berbobot)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="72" />
        <source>Over budget</source>
        <translation>Melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="103" />
        <source>Daily budget ({budget})</source>
        <translation>Anggaran harian ({budget})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="122" />
        <source>{day}: {dose} of {budget}</source>
        <translation>{day}: {dose} dari {budget}</translation>
    </message>
</context>
<context>
    <name>ExposureMeterWidget</name>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="67" />
        <source>Exposure today</source>
        <translation>Paparan hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="71" />
        <source>Exposure today —</source>
        <translation>Paparan hari ini —</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="87" />
        <source>Exposure today {today} / {budget}  · budget spent</source>
        <translation>Paparan hari ini {today} / {budget}  · anggaran habis</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="89" />
        <source>Exposure today {today} / {budget}</source>
        <translation>Paparan hari ini {today} / {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="93" />
        <source>{today} of {budget} weighted minutes today. {explanation}</source>
        <translation>{today} dari {budget} menit berbobot hari ini. {explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_meter.py" line="100" />
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
    <name>FaceButton</name>
    <message>
        <location filename="../../ui/wellbeing_checkin.py" line="62" />
        <source>Mood {mood} of 5: {label}</source>
        <translation>Suasana hati {mood} dari 5: {label}</translation>
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
        <location filename="../../ui/media_view.py" line="578" />
        <source>Media hidden.
Press Esc to bring it back — it returns blurred and gray.</source>
        <translation>Media disembunyikan.
Tekan Esc untuk menampilkannya lagi — media kembali buram dan abu-abu.</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../ui/notices.py" line="59" />
        <source>Notices</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>OfflineStartWindow</name>
    <message>
        <location filename="../../ui/offline_start.py" line="40" />
        <source>Reviewer Workstation — waiting for the database</source>
        <translation>Reviewer Workstation — menunggu basis data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="41" />
        <source>Waiting for the database</source>
        <translation>Menunggu basis data</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="46" />
        <source>The database cannot be reached</source>
        <translation>Basis data tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="57" />
        <source>Your decisions waiting to be sent</source>
        <translation>Keputusan Anda yang menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="62" />
        <source>{count} more saved by other people who use this workstation also wait.</source>
        <translation>{count} entri lain milik orang lain yang memakai workstation ini juga menunggu.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="67" />
        <location filename="../../ui/offline_start.py" line="124" />
        <source>Trying to reach it…</source>
        <translation>Mencoba menghubungi…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="69" />
        <source>Try now</source>
        <translation>Coba sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="72" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="90" />
        <source>Nothing of yours waits on this workstation. You can claim work once it is back.</source>
        <translation>Tidak ada milik Anda yang menunggu di workstation ini. Anda dapat mengambil pekerjaan setelah basis data kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="92" />
        <source>Your work is safe: 1 decision is saved on this workstation.</source>
        <translation>Pekerjaan Anda aman: 1 keputusan tersimpan di workstation ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="95" />
        <source>Your work is safe: {count} decisions are saved on this workstation.</source>
        <translation>Pekerjaan Anda aman: {count} keputusan tersimpan di workstation ini.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="100" />
        <source>Your exposure records waiting to be sent: {count}.</source>
        <translation>Catatan paparan Anda yang menunggu dikirim: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="102" />
        <source>They are sent when the database is back, in the order you made them.</source>
        <translation>Semuanya dikirim saat basis data kembali, sesuai urutan Anda membuatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="112" />
        <source>{verdict}, decided {when} — refused by the database: {why}</source>
        <translation>{verdict}, diputuskan {when} — ditolak oleh basis data: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="114" />
        <source>{verdict}, decided {when}</source>
        <translation>{verdict}, diputuskan {when}</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="133" />
        <source>The database answers again: signing in…</source>
        <translation>Basis data menjawab lagi: sedang masuk…</translation>
    </message>
    <message>
        <location filename="../../ui/offline_start.py" line="139" />
        <source>No answer at {time}. Trying again every {seconds} s; F5 tries now.</source>
        <translation>Tidak ada jawaban pada {time}. Mencoba lagi setiap {seconds} dtk; F5 mencoba sekarang.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/outbox_status.py" line="65" />
        <source>Offline: the database cannot be reached</source>
        <extracomment>What the reviewer is told about a decision the outbox kept (the database is away).</extracomment>
        <translation>Luring: basis data tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="69" />
        <source>Offline: 1 decision saved on this workstation, sent when the database is back</source>
        <translation>Luring: 1 keputusan tersimpan di workstation ini, dikirim saat basis data tersedia kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="72" />
        <source>Offline: {count} decisions saved on this workstation, sent when the database is back</source>
        <translation>Luring: {count} keputusan tersimpan di workstation ini, dikirim saat basis data tersedia kembali</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="76" />
        <source>Sending 1 decision saved while offline…</source>
        <translation>Mengirim 1 keputusan yang disimpan saat luring…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_status.py" line="77" />
        <source>Sending {count} decisions saved while offline…</source>
        <translation>Mengirim {count} keputusan yang disimpan saat luring…</translation>
    </message>
</context>
<context>
    <name>OwnWellbeingView</name>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="42" />
        <source>{mood} ({label})</source>
        <translation>{mood} ({label})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="134" />
        <location filename="../../ui/wellbeing_view.py" line="135" />
        <source>Your wellbeing</source>
        <translation>Kesejahteraan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="137" />
        <source>Your exposure and breaks</source>
        <translation>Paparan dan istirahat Anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="141" />
        <source>Only you and wellbeing staff can see these figures and your check-ins. Leads see team totals only, and only for groups of five or more.</source>
        <translation>Hanya Anda dan staf kesejahteraan yang dapat melihat angka ini dan cek perasaan Anda. Ketua tim hanya melihat total tim, dan hanya untuk kelompok lima orang atau lebih.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="147" />
        <source>Who can see this</source>
        <translation>Siapa yang dapat melihat ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="155" />
        <source>Exposure</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="156" />
        <source>Media on screen</source>
        <translation>Media di layar</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="157" />
        <source>Revealed</source>
        <translation>Ditampilkan jelas</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="158" />
        <source>Breaks taken / suggested</source>
        <translation>Istirahat diambil / disarankan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="159" />
        <source>Mood (check-ins)</source>
        <translation>Suasana hati (cek perasaan)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161" />
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="161" />
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="171" />
        <source>{figure}, today</source>
        <translation>{figure}, hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="171" />
        <source>{figure}, last 7 days</source>
        <translation>{figure}, 7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="181" />
        <source>Your check-ins this week</source>
        <translation>Cek perasaan Anda minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="183" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="185" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="186" />
        <source>Close your wellbeing view</source>
        <translation>Tutup tampilan kesejahteraan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="197" />
        <source>Check-ins this week</source>
        <translation>Cek perasaan minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="208" />
        <source>Could not load your figures: {reason}</source>
        <translation>Angka Anda tidak dapat dimuat: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="216" />
        <source>{dose} · 1 day over budget</source>
        <translation>{dose} · 1 hari melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="218" />
        <source>{dose} · {days} days over budget</source>
        <translation>{dose} · {days} hari melebihi anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="222" />
        <source>{dose} of {budget}</source>
        <translation>{dose} dari {budget}</translation>
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
        <translation>Belum ada cek perasaan minggu ini.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="259" />
        <source>Daily budget {budget} weighted minutes. Tiers {tiers} are closed to you for today.</source>
        <translation>Anggaran harian {budget} menit berbobot. Tingkat {tiers} ditutup untuk Anda hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="262" />
        <source>Daily budget {budget} weighted minutes.</source>
        <translation>Anggaran harian {budget} menit berbobot.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_view.py" line="266" />
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="77" />
        <source>Wellbeing questionnaire (WHO-5)</source>
        <translation>Kuesioner kesejahteraan (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="78" />
        <source>Wellbeing questionnaire</source>
        <translation>Kuesioner kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="80" />
        <source>{intro} how often has each been true for you?</source>
        <translation>{intro} seberapa sering setiap pernyataan ini sesuai dengan diri Anda?</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="86" />
        <source>Private: only you and wellbeing staff see your answers and score; leads and admins never do. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</source>
        <translation>Pribadi: hanya Anda dan staf kesejahteraan yang melihat jawaban dan skor Anda; ketua tim dan admin tidak pernah melihatnya. WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="100" />
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="102" />
        <source>Question {number} of 5: {statement}</source>
        <translation>Pertanyaan {number} dari 5: {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="108" />
        <source>{value} · {answer}</source>
        <translation>{value} · {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="109" />
        <source>{answer} ({value})</source>
        <translation>{answer} ({value})</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="117" />
        <source>Answer all five questions, then press Enter or Save.</source>
        <translation>Jawab kelima pertanyaan, lalu tekan Enter atau Simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="119" />
        <source>Questionnaire status</source>
        <translation>Status kuesioner</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="121" />
        <source>Save my answers</source>
        <translation>Simpan jawaban saya</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="125" />
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="146" />
        <source>Still to answer: question {numbers}.</source>
        <translation>Belum dijawab: pertanyaan {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="149" />
        <source>All answered: press Enter or Save.</source>
        <translation>Semua sudah dijawab: tekan Enter atau Simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="178" />
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="188" />
        <source>Saved. Your WHO-5 score: {score} of 100. {meaning}</source>
        <translation>Tersimpan. Skor WHO-5 Anda: {score} dari 100. {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="193" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="196" />
        <source>Not saved: {reason}</source>
        <translation>Tidak tersimpan: {reason}</translation>
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
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="254" />
        <location filename="../../ui/shortcuts.py" line="255" />
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="290" />
        <source>Press ? or Enter to close.</source>
        <translation>Tekan ? atau Enter untuk menutup.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="39" />
        <source>Claim the next item of the queue</source>
        <translation>Ambil item berikutnya dari antrean</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40" />
        <location filename="../../ui/shortcuts.py" line="46" />
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45" />
        <source>Choose a queue</source>
        <translation>Pilih antrean</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51" />
        <source>Choose a verdict (or a reason while one is asked)</source>
        <translation>Pilih putusan (atau alasan saat diminta)</translation>
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
        <translation>Putuskan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58" />
        <source>Record the verdict in progress</source>
        <translation>Catat putusan yang sedang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65" />
        <source>Cancel the verdict in progress</source>
        <translation>Batalkan putusan yang sedang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71" />
        <source>Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)</source>
        <translation>Eskalasi, dengan catatan (Atas/Bawah: tujuan; Alt+I: bahaya mendesak)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77" />
        <source>Skip: give the item back (it will not come back to you)</source>
        <translation>Lewati: kembalikan item (tidak akan kembali kepada Anda)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="83" />
        <source>Undo the last decision (for 10 seconds)</source>
        <translation>Urungkan keputusan terakhir (selama 10 detik)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90" />
        <source>Flag a key ticket for the lead's daily report</source>
        <translation>Tandai tiket penting untuk laporan harian ketua tim</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="96" />
        <source>Hide all media at once; press again to bring it back, blurred</source>
        <translation>Sembunyikan semua media sekaligus; tekan lagi untuk menampilkannya kembali, dalam keadaan buram</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="97" />
        <location filename="../../ui/shortcuts.py" line="104" />
        <location filename="../../ui/shortcuts.py" line="114" />
        <source>Safety</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103" />
        <source>Hold: reveal a small disc under the pointer</source>
        <translation>Tahan: tampilkan lingkaran kecil di bawah penunjuk</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105" />
        <source>hold P</source>
        <translation>tahan P</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110" />
        <source>Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now</source>
        <translation>Tampilkan seluruh item (atau kata yang disamarkan); buram lagi setelah beberapa detik; R lagi untuk langsung memburamkan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115" />
        <source>R or click</source>
        <translation>R atau klik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120" />
        <source>Stronger blur</source>
        <translation>Buram lebih kuat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="121" />
        <location filename="../../ui/shortcuts.py" line="127" />
        <location filename="../../ui/shortcuts.py" line="133" />
        <location filename="../../ui/shortcuts.py" line="139" />
        <location filename="../../ui/shortcuts.py" line="145" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="126" />
        <source>Weaker blur</source>
        <translation>Buram lebih lemah</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132" />
        <source>Grayscale on / off</source>
        <translation>Skala abu-abu hidup / mati</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="138" />
        <source>Stylised (reduced detail) on / off</source>
        <translation>Gaya sederhana (detail dikurangi) hidup / mati</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="144" />
        <source>Keep the current filter as my default for new items</source>
        <translation>Jadikan filter saat ini bawaan saya untuk item baru</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150" />
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151" />
        <location filename="../../ui/shortcuts.py" line="155" />
        <location filename="../../ui/shortcuts.py" line="161" />
        <location filename="../../ui/shortcuts.py" line="167" />
        <source>View</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="155" />
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="160" />
        <source>Fit to the view</source>
        <translation>Sesuaikan dengan tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166" />
        <source>Dark / light / high-contrast theme</source>
        <translation>Tema gelap / terang / kontras tinggi</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172" />
        <source>Play / pause (videos never play by themselves)</source>
        <translation>Putar / jeda (video tidak pernah berputar sendiri)</translation>
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
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="174" />
        <source>Space or K</source>
        <translation>Spasi atau K</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179" />
        <source>Back 5 seconds</source>
        <translation>Mundur 5 detik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186" />
        <source>Forward 5 seconds</source>
        <translation>Maju 5 detik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="193" />
        <source>Previous frame</source>
        <translation>Bingkai sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199" />
        <source>Next frame</source>
        <translation>Bingkai berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="205" />
        <source>Slower (down to 0.25x)</source>
        <translation>Lebih lambat (hingga 0.25x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="211" />
        <source>Faster (up to 4x)</source>
        <translation>Lebih cepat (hingga 4x)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="217" />
        <source>Sound on / off for this item (each item starts muted)</source>
        <translation>Suara hidup / mati untuk item ini (setiap item dimulai tanpa suara)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="223" />
        <source>Scrub through the video</source>
        <translation>Geser sepanjang video</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="225" />
        <source>mouse wheel</source>
        <translation>roda mouse</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="230" />
        <source>This sheet</source>
        <translation>Lembar ini</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="231" />
        <location filename="../../ui/shortcuts.py" line="238" />
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="232" />
        <source>? or F1</source>
        <translation>? atau F1</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="237" />
        <source>Policies (SOPs): search and read the procedures</source>
        <translation>Kebijakan (SOP): cari dan baca prosedur</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244" />
        <source>Wellbeing</source>
        <translation>Kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="244" />
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="101" />
        <source>This affected me: a break and a check-in now</source>
        <translation>Ini memengaruhi saya: istirahat dan cek perasaan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="102" />
        <source>Take a break now (your own; a prompted break is taken instead)</source>
        <translation>Istirahat sekarang (istirahat Anda sendiri; jika ada istirahat yang disarankan, itu yang diambil)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="105" />
        <location filename="../../ui/window.py" line="106" />
        <source>My wellbeing: today and the last seven days</source>
        <translation>Kesejahteraan saya: hari ini dan tujuh hari terakhir</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/signin.py" line="30" />
        <source>Sign in to Reviewer Workstation</source>
        <translation>Masuk ke Reviewer Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="48" />
        <source>Keep the password?</source>
        <translation>Simpan kata sandi?</translation>
    </message>
</context>
<context>
    <name>SoftPromptBanner</name>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="119" />
        <source>Break suggestion</source>
        <translation>Saran istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="120" />
        <source>Take break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="121" />
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_break.py" line="127" />
        <source>Take a {minutes}-minute break? {reason}.</source>
        <translation>Istirahat {minutes} menit? {reason}.</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../ui/sop_panel.py" line="53" />
        <source>Changed {date}.</source>
        <translation>Diubah {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="59" />
        <source>Examples (text only)</source>
        <translation>Contoh (hanya teks)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="60" />
        <source>section {id}</source>
        <translation>bagian {id}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="76" />
        <source>Policies (SOPs)</source>
        <translation>Kebijakan (SOP)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="77" />
        <source>Policies</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="85" />
        <source>No policy has been published yet. A lead publishes one with 'workstation policies publish'.</source>
        <translation>Belum ada kebijakan yang diterbitkan. Ketua tim menerbitkannya dengan 'workstation policies publish'.</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="91" />
        <source>{title} — version {version}, in force since {date}</source>
        <translation>{title} — versi {version}, berlaku sejak {date}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="97" />
        <source>{title} — version {version}</source>
        <translation>{title} — versi {version}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="104" />
        <source>Search the policies</source>
        <translation>Cari kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="106" />
        <source>Search: words anywhere in a section (title, summary, text, examples)</source>
        <translation>Cari: kata di mana pun dalam bagian (judul, ringkasan, teks, contoh)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="112" />
        <source>Policy sections</source>
        <translation>Bagian kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="118" />
        <source>Policy text</source>
        <translation>Teks kebijakan</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="127" />
        <source>Close (F2)</source>
        <translation>Tutup (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="151" />
        <source>CHANGED</source>
        <translation>DIUBAH</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="164" />
        <source>{found} of {total} sections; {changed} changed in the last 14 days</source>
        <translation>{found} dari {total} bagian; {changed} diubah dalam 14 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="166" />
        <source>{found} of {total} sections</source>
        <translation>{found} dari {total} bagian</translation>
    </message>
    <message>
        <location filename="../../ui/sop_panel.py" line="170" />
        <source>No section matches.</source>
        <translation>Tidak ada bagian yang cocok.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/notices.py" line="146" />
        <source>Status message</source>
        <translation>Pesan status</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="149" />
        <source>Status key hint</source>
        <translation>Petunjuk tombol status</translation>
    </message>
</context>
<context>
    <name>SupportLabel</name>
    <message>
        <location filename="../../ui/support_contact.py" line="18" />
        <source>Need to talk to someone? {contact}</source>
        <translation>Perlu bicara dengan seseorang? {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="21" />
        <source>Need to talk to someone? Your wellbeing staff are there for you.</source>
        <translation>Perlu bicara dengan seseorang? Staf kesejahteraan siap mendampingi Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/support_contact.py" line="32" />
        <source>Support contact</source>
        <translation>Kontak dukungan</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="32" />
        <source>Text of the item, with listed terms masked</source>
        <translation>Teks item, dengan istilah yang tercantum disamarkan</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="59" />
        <source>Loading text (listed terms masked)…</source>
        <translation>Memuat teks (istilah yang tercantum disamarkan)…</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="68" />
        <source>This text cannot be shown: {error}</source>
        <translation>Teks ini tidak dapat ditampilkan: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="133" />
        <source>REVEALED (masked words shown): re-masks in {seconds} s</source>
        <translation>DITAMPILKAN (kata yang disamarkan terlihat): disamarkan lagi dalam {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="141" />
        <source>Text hidden. Press Esc to bring it back, masked.</source>
        <translation>Teks disembunyikan. Tekan Esc untuk menampilkannya lagi, tetap disamarkan.</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="158" />
        <source>1 listed term masked · R shows it for {seconds} s</source>
        <translation>1 istilah yang tercantum disamarkan · R menampilkannya selama {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="160" />
        <source>{count} listed terms masked · R shows them for {seconds} s</source>
        <translation>{count} istilah yang tercantum disamarkan · R menampilkannya selama {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../ui/text_view.py" line="164" />
        <source>Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)</source>
        <translation>Ditampilkan: kata yang disamarkan terlihat; disamarkan lagi dalam {seconds} dtk (R menyamarkan sekarang)</translation>
    </message>
</context>
<context>
    <name>WHO5</name>
    <message>
        <location filename="../../ui/screening_dialog.py" line="34" />
        <source>Over the last two weeks:</source>
        <translation>Selama dua minggu terakhir:</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="35" />
        <source>I have felt cheerful and in good spirits</source>
        <translation>Saya merasa ceria dan bersemangat</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="36" />
        <source>I have felt calm and relaxed</source>
        <translation>Saya merasa tenang dan santai</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="37" />
        <source>I have felt active and vigorous</source>
        <translation>Saya merasa aktif dan bertenaga</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="38" />
        <source>I woke up feeling fresh and rested</source>
        <translation>Saya bangun dengan perasaan segar dan cukup istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="39" />
        <source>My daily life has been filled with things that interest me</source>
        <translation>Kehidupan sehari-hari saya dipenuhi hal-hal yang menarik bagi saya</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="40" />
        <source>All of the time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="41" />
        <source>Most of the time</source>
        <translation>Sebagian besar waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="42" />
        <source>More than half of the time</source>
        <translation>Lebih dari separuh waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="43" />
        <source>Less than half of the time</source>
        <translation>Kurang dari separuh waktu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="44" />
        <source>Some of the time</source>
        <translation>Sesekali</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="45" />
        <source>At no time</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="46" />
        <source>This score is low. Please consider talking to your support contact or a doctor soon; it is a prompt to talk, not a diagnosis.</source>
        <translation>Skor ini rendah. Pertimbangkan untuk segera berbicara dengan kontak dukungan Anda atau dokter; ini ajakan untuk berbicara, bukan diagnosis.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="51" />
        <source>This score suggests your well-being has been low lately. Talking to your support contact can help; it is a prompt to talk, not a diagnosis.</source>
        <translation>Skor ini menunjukkan kesejahteraan Anda sedang menurun akhir-akhir ini. Berbicara dengan kontak dukungan Anda dapat membantu; ini ajakan untuk berbicara, bukan diagnosis.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.py" line="56" />
        <source>Thank you. Your answers are private to you and wellbeing staff.</source>
        <translation>Terima kasih. Jawaban Anda hanya dapat dilihat oleh Anda dan staf kesejahteraan.</translation>
    </message>
</context>
<context>
    <name>WellbeingUi</name>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="89" />
        <source>This affected me</source>
        <translation>Ini memengaruhi saya</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="91" />
        <source>This affected me: take a break and check in</source>
        <translation>Ini memengaruhi saya: istirahat dan cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="92" />
        <source>Take a break and check in ({key})</source>
        <translation>Istirahat dan cek perasaan ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="95" />
        <source>Take a break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="97" />
        <source>Take a break now</source>
        <translation>Istirahat sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="98" />
        <source>Take a break now ({key})</source>
        <translation>Istirahat sekarang ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="107" />
        <source>Rotation suggestion</source>
        <translation>Saran rotasi</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="108" />
        <source>Choose a queue</source>
        <translation>Pilih antrean</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="109" />
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="110" />
        <source>Locked queues</source>
        <translation>Antrean terkunci</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="111" />
        <source>See my day</source>
        <translation>Lihat hari saya</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="112" />
        <source>Break postponed</source>
        <translation>Istirahat ditunda</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="113" />
        <source>Check-in</source>
        <translation>Cek perasaan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="119" />
        <source>Wellbeing questionnaire</source>
        <translation>Kuesioner kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="120" />
        <source>Answer now</source>
        <translation>Jawab sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="122" />
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="239" />
        <source>Wellbeing notices</source>
        <translation>Pemberitahuan kesejahteraan</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="290" />
        <source>Your organisation offers a short wellbeing questionnaire (WHO-5, five questions about the last two weeks). Only you and wellbeing staff see your answers.</source>
        <translation>Organisasi Anda menyediakan kuesioner kesejahteraan singkat (WHO-5, lima pertanyaan tentang dua minggu terakhir). Hanya Anda dan staf kesejahteraan yang melihat jawaban Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="337" />
        <source>Break postponed so you can finish this item. It starts when you close the item, or at {time} at the latest.</source>
        <translation>Istirahat ditunda agar Anda dapat menyelesaikan item ini. Istirahat dimulai saat Anda menutup item, atau paling lambat pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="365" />
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps. Calmer queues open to you: {queues}.</source>
        <translation>Anda telah meninjau {count} item berat berturut-turut. Beralih ke pekerjaan yang lebih ringan untuk sementara akan membantu. Antrean yang lebih ringan untuk Anda: {queues}.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="370" />
        <source>You have reviewed {count} high-severity items in a row. Switching to calmer work for a while helps.</source>
        <translation>Anda telah meninjau {count} item berat berturut-turut. Beralih ke pekerjaan yang lebih ringan untuk sementara akan membantu.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="381" />
        <source>You have reached today's exposure budget ({budget}). Queues above severity tier {tier} are closed to you until tomorrow; lower-tier queues stay open. Thank you for looking after yourself.</source>
        <translation>Anda telah mencapai anggaran paparan hari ini ({budget}). Antrean di atas tingkat keparahan {tier} ditutup untuk Anda sampai besok; antrean tingkat lebih rendah tetap terbuka. Terima kasih telah menjaga diri Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="406" />
        <source>Locked today · {queue}</source>
        <translation>Terkunci hari ini · {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="410" />
        <source>Closed to you for today: your daily exposure budget is spent.</source>
        <translation>Ditutup untuk Anda hari ini: anggaran paparan harian Anda sudah habis.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing_ui.py" line="417" />
        <source>Exposure figures are kept on this workstation and will be saved when the database is back.</source>
        <translation>Angka paparan disimpan di workstation ini dan akan disimpan saat basis data tersedia kembali.</translation>
    </message>
</context>
</TS>