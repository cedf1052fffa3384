<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Yangi topshiriq</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Topshiriq qoʻshish</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Topshiriq</translation>
    </message>
    <message>
        <source>e.g. Circulate the concept note</source>
        <translation>masalan, konsepsiyani tarqatish</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Masʼul muassasa</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Masʼul shaxs</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Topshiriq:</translation>
    </message>
    <message>
        <source>Responsible &amp;institution:</source>
        <translation>Masʼul &amp;muassasa:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Masʼul &amp;shaxs:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Mu&amp;ddat:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Any other business</source>
        <translation>Turli masalalar</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Kun tartibiga kiritilmagan, koʻtarilgan masalalar.</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Bayonnoma: %1</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Kun &amp;tartibi</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Kun tartibi</translation>
    </message>
    <message>
        <source>Next item: %1. Previous item: %2.</source>
        <translation>Keyingi masala: %1. Oldingi masala: %2.</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Kun tartibining joriy masalasi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Who said what: statements, proposals, points raised…</source>
        <translation>Kim nima dedi: chiqishlar, takliflar, koʻtarilgan masalalar…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Qarorlar</translation>
    </message>
    <message>
        <source>What the meeting decided or agreed on this item…</source>
        <translation>Bu masala boʻyicha nima qaror qilindi yoki kelishildi…</translation>
    </message>
    <message>
        <source>Summary of the minutes</source>
        <translation>Bayonnomaning qisqacha mazmuni</translation>
    </message>
    <message>
        <source>The general summary, for the whole meeting…</source>
        <translation>Butun yigʻilish boʻyicha umumiy qisqacha mazmun…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Qay&amp;dlar</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Q&amp;arorlar</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the minutes</source>
        <translation>Bayonnomaning qisqacha ma&amp;zmuni</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Masala %1 / %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Kun tartibidan tashqari</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>missing from this computer, %1 — attach it again</source>
        <translation>bu kompyuterda yoʻq, %1 — qayta biriktiring</translation>
    </message>
    <message>
        <source>on the Secretariat, %1 — download</source>
        <translation>Kotibiyatda, %1 — yuklab olish</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Biriktirildi: {names}</translation>
    </message>
    <message>
        <source>No program here opens {name}; Save a copy… keeps it.</source>
        <translation>Bu kompyuterda {name} faylini ochadigan dastur yoʻq; uni “Nusxasini saqlash…” orqali saqlash mumkin.</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Nusxasi saqlandi: {path}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} olib tashlandi.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} tiklandi.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Biriktirish…</translation>
    </message>
    <message>
        <source>Attach files to this record (or drop them on the record)</source>
        <translation>Bu yozuvga fayl biriktiring (yoki fayllarni yozuv ustiga tashlang)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <source>Open the file in its viewer (Enter)</source>
        <translation>Faylni oʻz koʻrish dasturida ochish (Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Nusxasini saqlash…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Olib &amp;tashlash</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete); Undo remove brings it back</source>
        <translation>Faylni bu yozuvdan olib tashlash (Delete); “Olib tashlashni bekor qilish” uni qaytaradi</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Olib tashlashni &amp;bekor qilish</translation>
    </message>
    <message>
        <source>This record is open for reading only.</source>
        <translation>Bu yozuv faqat oʻqish uchun ochiq.</translation>
    </message>
    <message>
        <source>Save the record first; then attach files to it.</source>
        <translation>Avval yozuvni saqlang, soʻng unga fayl biriktiring.</translation>
    </message>
    <message>
        <source>No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.</source>
        <translation>Hali fayl yoʻq. “Biriktirish…” ni bosing yoki fayllarni shu yerga tashlang: PDF, DOCX, XLSX, ODT, rasmlar, matn.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Fayl biriktirish</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Nusxasini saqlash</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? Undo remove brings it back.</source>
        <translation>“%1” bu yozuvdan olib tashlansinmi? “Olib tashlashni bekor qilish” uni qaytaradi.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Ismni yozing, soʻng Enter</translation>
    </message>
    <message>
        <source>Participants (checked: present)</source>
        <translation>Ishtirokchilar (belgilangani — hozir)</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected participant as present.</source>
        <translation>Boʻsh joy tugmasi tanlangan ishtirokchini hozir deb belgilaydi yoki belgini olib tashlaydi.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Ishtirokchi</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegatsiya</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Check &amp;in someone else:</source>
        <translation>Boshqa birovni &amp;belgilash:</translation>
    </message>
    <message>
        <source>Check in a participant by name</source>
        <translation>Ishtirokchini ismi boʻyicha belgilash</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>Hozir: %n / %1</numerusform>
            <numerusform>Hozir: %n / %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants registered yet: check them in below.</source>
        <translation>Ishtirokchilar hali roʻyxatdan oʻtmagan: ularni quyida belgilang.</translation>
    </message>
    <message>
        <source>A&amp;ttendance %1/%2</source>
        <translation>I&amp;shtirok %1/%2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 hozir.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 endi hozir deb belgilanmagan.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Saqlanmadi: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 belgilandi.</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Belgilanmadi: %1</translation>
    </message>
</context>
<context>
    <name>BilateralDialog</name>
    <message>
        <source>New bilateral meeting on the margins</source>
        <translation>Tadbir doirasida yangi ikki tomonlama uchrashuv</translation>
    </message>
    <message>
        <source>Add bilateral</source>
        <translation>Uchrashuv qoʻshish</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Left empty: named after the parties</source>
        <translation>Boʻsh qolsa, tomonlar nomi bilan ataladi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tomonlar</translation>
    </message>
    <message>
        <source>Other party (a person)</source>
        <translation>Ikkinchi tomon (shaxs)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Sana:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Tomonlar:</translation>
    </message>
    <message>
        <source>&amp;With (person):</source>
        <translation>&amp;Kim bilan (shaxs):</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Maʼlumotnoma</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Maʼlumotnomalar toʻplami</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mundarija</translation>
    </message>
    <message>
        <source>Papers on file</source>
        <translation>Qayddagi hujjatlar</translation>
    </message>
    <message>
        <source>No papers are attached to the records of this note.</source>
        <translation>Ushbu maʼlumotnoma yozuvlariga biriktirilgan hujjat yoʻq.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Biriktirilgan</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Qaysi yozuvga biriktirilgan</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Toʻplam tarkibi</translation>
    </message>
    <message>
        <source>its first page, at the end of the pack</source>
        <translation>birinchi sahifasi, toʻplam oxirida</translation>
    </message>
    <message>
        <source>its first {pages} pages, at the end of the pack</source>
        <translation>dastlabki {pages} sahifasi, toʻplam oxirida</translation>
    </message>
    <message>
        <source>listed only (not a PDF)</source>
        <translation>faqat roʻyxatda (PDF emas)</translation>
    </message>
    <message>
        <source>listed only (not downloaded to this computer)</source>
        <translation>faqat roʻyxatda (bu kompyuterga yuklab olinmagan)</translation>
    </message>
    <message>
        <source>listed only (the PDF cannot be read)</source>
        <translation>faqat roʻyxatda (PDF oʻqib boʻlmaydi)</translation>
    </message>
    <message>
        <source>listed only (its copy on this computer is damaged and was set aside)</source>
        <translation>faqat roʻyxatda (bu kompyuterdagi nusxasi shikastlangan va chetga olindi)</translation>
    </message>
    <message>
        <source>The first pages of the PDFs follow the pack&apos;s numbered pages, as they are on file (without this pack&apos;s marking); the bookmarks lead to each.</source>
        <translation>PDF hujjatlarning dastlabki sahifalari toʻplamning raqamlangan sahifalaridan keyin, saqlangan holida (bu toʻplam grifisiz) keladi; xatchoʻplar har biriga olib boradi.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Ikki tomonlama uchrashuv</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Bayonnoma</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Qoʻshma harakatlar rejasi</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Tayyorlangan sana: {date}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Tayyorladi: {name}, {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>{page}-bet</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}-bet / {pages}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>LOYIHA</translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation>Ushbu maʼlumotnomada foydalanilgan bayonnoma loyiha boʻlib, hali kelishilmagan: undagi mazmun hali oʻzgarishi mumkin.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Oʻtkaziladigan joy</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Mezbon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Qaysi tadbir doirasida</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Maxfiylik grifi</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Maʼlumotlarda yoʻq</translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation>Maʼlumotlarda ushbu maʼlumotnomaning barcha qismlari mavjud.</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>Tadbir haqida</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Kun tartibi</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Mavzular</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation>Qayd etilgan natijalar</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegatsiyalar</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tomonlar</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Hamkasblar</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Suhbat tezislari</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Qoʻshma harakatlar rejasi tadbirlari</translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation>Ilova: bayonnoma</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Masala</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Davlat</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegatsiya rahbari</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aʼzolar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Shaxs</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Muddatlar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation>Yetakchi muassasa: {institution}</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ismi</translation>
    </message>
    <message>
        <source>In Latin script</source>
        <translation>Lotin yozuvida</translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation>{name} (transliteratsiya)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Murojaat shakli</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lavozimi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Tillar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pochta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ushbu uchrashuvda</translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation>{state} delegatsiyasi rahbari</translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation>{state} delegatsiyasi</translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation>Ushbu uchrashuv tomoni</translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation>U bilan avvalgi uchrashuvlar</translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation>Avvalgi ikki tomonlama uchrashuvlar va kelishuvlar</translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation>Unga tegishli ochiq topshiriqlar</translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation>Mavjud qaydlar</translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation>Natija: {outcomes}</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Natija qayd etilmagan.</translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation>delegatsiyaga rahbarlik qilgan</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>muddati {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>MUDDATI OʻTGAN</translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation>{institution} orqali</translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation>masʼul: {person}</translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation>tadbir: {event}</translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation>Bayonnoma: {event}</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation>Ushbu tadbirning hali bayonnomasi yoʻq; quyida shu turdagi oldingi tadbir ({event}) bayonnomasi keltirilgan.</translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation>{event} bayonnomasi (ushbu uchrashuv shu tadbir doirasida oʻtkazilgan).</translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation>“{event}” bayonnomasi ushbu toʻplamning oldingi qismidagi “{note}” maʼlumotnomasiga ilova qilingan.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>{date} kuni kelishilgan.</translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation>Loyiha, hali kelishilmagan.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Qarorlar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Qisqacha mazmuni</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation>Ushbu tadbir uchun kun tartibi kiritilmagan.</translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation>Ushbu uchrashuv uchun mavzular kiritilmagan.</translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation>Ushbu tadbir uchun delegatsiyalar kiritilmagan.</translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation>Ushbu uchrashuv uchun tomonlar kiritilmagan.</translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation>Hamkasblar yoʻq: hech kim ishtirokchi sifatida qayd etilmagan.</translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation>Ushbu maʼlumotnoma uchun hamkasblar tanlanmagan.</translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation>Ushbu maʼlumotnoma uchun suhbat tezislari yozilmagan.</translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation>Ushbu uchrashuvga oid Qoʻshma harakatlar rejasi tadbirlari yoʻq.</translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation>Ushbu tadbir yoki shu turdagi oldingi tadbir uchun bayonnoma kiritilmagan.</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Surat yoʻq</translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation>Mavjud suratni oʻqib boʻlmadi</translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation>Muassasa koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation>Lavozim koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation>E-pochta manzili yoki telefon raqami koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation>Ushbu uchrashuvgacha hech narsa qayd etilmagan.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Ochiq topshiriqlar yoʻq.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sana koʻrsatilmagan</translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation>Joy koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>koʻrsatilmagan</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>kun tartibi</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>mavzular</translation>
    </message>
    <message>
        <source>the delegations</source>
        <translation>delegatsiyalar</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>tomonlar</translation>
    </message>
    <message>
        <source>the counterparts</source>
        <translation>hamkasblar</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>suhbat tezislari</translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation>Qoʻshma harakatlar rejasining tegishli tadbirlari</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>bayonnoma</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>oʻtkaziladigan joy</translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation>surat ({names})</translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation>muassasa ({names})</translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation>aloqa maʼlumotlari ({names})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>va yana {count} kishi</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation>Kun tartibi (yoki mavzular)</translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation>Delegatsiyalar (yoki tomonlar)</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>Hamkasblar profillari</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Suhbat tezislari</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Qoʻshma harakatlar rejasi tadbirlari</translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation>Soʻnggi bayonnoma (ilova)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Maʼlumotnomalar toʻplami</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Maʼlumotnomalar</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Parametrlar</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>Suhbat &amp;tezislari</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation>Maʼlumotnoma nima haqida boʻlishini tanlang, soʻng “Oldindan koʻrishni yaratish” (Ctrl+Return) tugmasini bosing.</translation>
    </message>
    <message>
        <source>Pap&amp;ers</source>
        <translation>&amp;Hujjatlar</translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation>Oldindan koʻrishni &amp;yaratish</translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation>Maʼlumotlar asosida PDF yaratish (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Saqlash…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Chop etish…</translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation>Oldindan koʻrish yaratilganidan keyin oʻzgarishlar kiritildi: yangilash uchun “Oldindan koʻrishni yaratish” (Ctrl+Return) tugmasini bosing.</translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation>Avval kamida bitta tadbir yoki ikki tomonlama uchrashuv qoʻshing.</translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation>Maʼlumotnoma tayyorlanmadi.</translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation>Bekor qilindi; oldindan koʻrish oʻzgarmadi.</translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation>Maʼlumotnoma tayyorlanmoqda…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n sahifa.</numerusform>
            <numerusform>%n sahifa.</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation>LOYIHA: undagi bayonnoma hali kelishilmagan.</translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>Maʼlumotlarda %n ta maʼlumot yetishmaydi; qaysilari ekani PDFda koʻrsatilgan.</numerusform>
            <numerusform>Maʼlumotlarda %n ta maʼlumot yetishmaydi; qaysilari ekani PDFda koʻrsatilgan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n ta hujjatni Kotibiyatdan yuklab olib boʻlmadi; u ilovada koʻrsatilgan.</numerusform>
            <numerusform>%n ta hujjatni Kotibiyatdan yuklab olib boʻlmadi; u ilovada koʻrsatilgan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged on this computer, set aside and left out: %1. Sync to download them again, or attach the originals again.</source>
        <translation>Bu kompyuterda shikastlangan, chetga olindi va qoʻshilmadi: %1. Qayta yuklab olish uchun sinxronlang yoki asl fayllarni qayta biriktiring.</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Maʼlumotnomani saqlash</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllar (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saqlandi: %1.</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Maʼlumotnomani chop etish</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>%1-bet / %2 chop etilmoqda…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Printerga %n sahifa yuborildi.</numerusform>
            <numerusform>Printerga %n sahifa yuborildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Chop etish bekor qilindi; printerga hech narsa yuborilmadi.</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>Chop etish bekor qilindi; printer allaqachon yuborilgan %n sahifani qaytara olmadi.</numerusform>
            <numerusform>Chop etish bekor qilindi; printer allaqachon yuborilgan %n sahifani qaytara olmadi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be rendered.</source>
        <translation>Chop etish toʻxtadi: sahifalardan biri tayyorlanmadi.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printerni ishga tushirib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <source>Add…</source>
        <translation>Qoʻshish…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Oʻchirishni bekor qilish</translation>
    </message>
    <message>
        <source>Restore the last one deleted here, with what was deleted with it</source>
        <translation>Bu yerda oxirgi oʻchirilganini u bilan birga oʻchirilganlar bilan tiklaydi</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” oʻchirilsinmi?</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>bu yozuv</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Meeting of Ministers and Heads of Institutions</source>
        <translation>Vazirlar va muassasa rahbarlari yigʻilishi</translation>
    </message>
    <message>
        <source>Contact Group meeting</source>
        <translation>Aloqa guruhi yigʻilishi</translation>
    </message>
    <message>
        <source>Diaspora Forum</source>
        <translation>Diaspora forumi</translation>
    </message>
    <message>
        <source>Diaspora Youth Forum</source>
        <translation>Diaspora yoshlari forumi</translation>
    </message>
    <message>
        <source>Capacity Building Training</source>
        <translation>Salohiyatni oshirish treningi</translation>
    </message>
    <message>
        <source>Exchange of Experience Programme</source>
        <translation>Tajriba almashish dasturi</translation>
    </message>
    <message>
        <source>Internship Programme</source>
        <translation>Amaliyot dasturi</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Qabul marosimi</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Sammit</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Ishchi tashrif</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Boshqa tadbir</translation>
    </message>
    <message>
        <source>Diaspora institution</source>
        <translation>Diaspora ishlari boʻyicha muassasa</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Vazirlik</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Elchixona yoki konsullik</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TDT Kotibiyati</translation>
    </message>
    <message>
        <source>Representation office</source>
        <translation>Vakolatxona</translation>
    </message>
    <message>
        <source>Diaspora NGO</source>
        <translation>Diaspora nodavlat tashkiloti</translation>
    </message>
    <message>
        <source>University or research institute</source>
        <translation>Universitet yoki ilmiy-tadqiqot instituti</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Biznes uyushmasi</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Xalqaro tashkilot</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Boshqa muassasa</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegatsiya rahbari</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Maʼruzachi</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Kotibiyat</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Mezbon</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Mehmon</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Loyiha</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Kelishilgan</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Qayta ochilgan</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Harakatlar rejasi</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Deklaratsiya</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategiya</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hisobot</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Boshqa hujjat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bajarilmoqda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bajarildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Bekor qilindi</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Yopilgan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rejalashtirilgan</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Keyinga qoldirilgan</translation>
    </message>
    <message>
        <source>Private (this computer only)</source>
        <translation>Shaxsiy (faqat shu kompyuterda)</translation>
    </message>
    <message>
        <source>My institution</source>
        <translation>Mening muassasam</translation>
    </message>
    <message>
        <source>Shared with all OTS institutions</source>
        <translation>TDTning barcha muassasalari bilan ulashilgan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.</source>
        <translation>{notes} ta maʼlumotnoma uchun {files} ta tezislar fayli berildi: har bir maʼlumotnomaga koʻpi bilan bittadan, maʼlumotnomalar tartibida bering.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} oʻqilmadi: {reason}</translation>
    </message>
    <message>
        <source>Counterpart: {name} takes part in none of these meetings, so the notes would not profile them.</source>
        <translation>Hamkasb: {name} bu uchrashuvlarning hech birida qatnashmaydi, shuning uchun maʼlumotnomalarda uning profili boʻlmaydi.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>{path} yozildi ({pages} bet).</translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation>LOYIHA: unda hali kelishilmagan bayonnoma ishlatilgan.</translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation>{title} — maʼlumotlarda yoʻq: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n ta hujjatni Kotibiyatdan yuklab olib boʻlmadi; u ilovada koʻrsatilgan.</numerusform>
            <numerusform>%n ta hujjatni Kotibiyatdan yuklab olib boʻlmadi; u ilovada koʻrsatilgan.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a briefing note or pack (PDF) for events and bilateral meetings</source>
        <translation>tadbirlar va ikki tomonlama uchrashuvlar uchun maʼlumotnoma yoki toʻplam (PDF) yozish</translation>
    </message>
    <message>
        <source>Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.</source>
        <translation>Maʼlumotnoma (bitta tadbir yoki ikki tomonlama uchrashuv) yoki maʼlumotnomalar toʻplamini (bir nechta, mundarija bilan) PDF sifatida yozadi; fayl yo toʻliq yoziladi, yo umuman yozilmaydi.</translation>
    </message>
    <message>
        <source>an event to brief on (repeatable)</source>
        <translation>maʼlumotnoma tayyorlanadigan tadbir (takrorlash mumkin)</translation>
    </message>
    <message>
        <source>a bilateral meeting to brief on (repeatable)</source>
        <translation>maʼlumotnoma tayyorlanadigan ikki tomonlama uchrashuv (takrorlash mumkin)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>yoziladigan PDF</translation>
    </message>
    <message>
        <source>only these sections (the cover is always there): {sections}; default all</source>
        <translation>faqat shu boʻlimlar (muqova doim bor): {sections}; standart hammasi</translation>
    </message>
    <message>
        <source>the papers attached to the notes&apos; records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none</source>
        <translation>maʼlumotnomalar yozuvlariga biriktirilgan hujjatlar: ilovada roʻyxatlash (list) yoki roʻyxatlab, har bir PDF ning dastlabki sahifalarini qoʻshish (first-pages); odatiy none</translation>
    </message>
    <message>
        <source>only this attached paper (repeatable; implies --attachments list)</source>
        <translation>faqat shu biriktirilgan hujjat (takrorlash mumkin; --attachments list ni anglatadi)</translation>
    </message>
    <message>
        <source>with --attachments first-pages: how many pages of each PDF (1 to 10)</source>
        <translation>--attachments first-pages bilan: har bir PDF dan nechta sahifa (1–10)</translation>
    </message>
    <message>
        <source>classification marking on every page, e.g. {example}</source>
        <translation>har bir sahifadagi maxfiylik belgisi, masalan {example}</translation>
    </message>
    <message>
        <source>language of dates and place names (default: the language Liaison speaks)</source>
        <translation>sanalar va joy nomlari tili (standart: Liaison gapiradigan til)</translation>
    </message>
    <message>
        <source>profile only these counterparts (repeatable; default: everyone taking part)</source>
        <translation>faqat shu hamkasblar profili (takrorlash mumkin; standart: barcha ishtirokchilar)</translation>
    </message>
    <message>
        <source>a text file of talking points, one per note in the order of the notes (repeatable)</source>
        <translation>nutq tezislari matn fayli, qaydlar tartibida har biriga bittadan (takrorlash mumkin)</translation>
    </message>
    <message>
        <source>title of a pack (default: where the trip goes)</source>
        <translation>toʻplam sarlavhasi (standart: safar manzili)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>majburiy</translation>
    </message>
    <message>
        <source>name or id of the record ({entity})</source>
        <translation>yozuv nomi yoki identifikatori ({entity})</translation>
    </message>
    <message>
        <source>id of the record ({entity})</source>
        <translation>yozuv identifikatori ({entity})</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>quyidagilardan biri: {values}</translation>
    </message>
    <message>
        <source>an OTS state code, e.g. {examples}</source>
        <translation>TDT davlati kodi, masalan {examples}</translation>
    </message>
    <message>
        <source>{code} followed by the number</source>
        <translation>{code} va undan keyin raqam</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>PNG yoki JPEG fayl</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>takrorlash mumkin</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>standart: {value}</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>maydonlar</translation>
    </message>
    <message>
        <source>{field} is both given and cleared; choose one.</source>
        <translation>“{field}” ham berilgan, ham tozalangan; bittasini tanlang.</translation>
    </message>
    <message>
        <source>Records cannot be filtered by {field}.</source>
        <translation>Yozuvlarni “{field}” maydoni boʻyicha saralab boʻlmaydi.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Yozuvlar yoʻq.</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {title} [{id}].</source>
        <translation>{name} ({size}) {title} yozuviga biriktirildi [{id}].</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Biriktirilgan fayl yoʻq.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>shu yerda</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Kotibiyatda</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name} {path} sifatida saqlandi.</translation>
    </message>
    <message>
        <source>Removed {name} [{id}]; to undo: liaison attachment restore {id}</source>
        <translation>{name} olib tashlandi [{id}]; bekor qilish uchun: liaison attachment restore {id}</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>yozuv turi: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id (or exact name)</source>
        <translation>yozuv identifikatori (yoki aniq nomi)</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>yozuvga fayl biriktirish</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>biriktiriladigan fayl</translation>
    </message>
    <message>
        <source>the name it is shown under (default: the file&apos;s own)</source>
        <translation>koʻrsatiladigan nomi (standart: faylning oʻz nomi)</translation>
    </message>
    <message>
        <source>list a record&apos;s files</source>
        <translation>yozuv fayllarini roʻyxatlash</translation>
    </message>
    <message>
        <source>save a copy of an attached file</source>
        <translation>biriktirilgan fayl nusxasini saqlash</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>nusxa yoziladigan joy</translation>
    </message>
    <message>
        <source>remove a file from its record ({restore} undoes it)</source>
        <translation>faylni yozuvidan olib tashlash ({restore} bekor qiladi)</translation>
    </message>
    <message>
        <source>“{title}” has been shared: others have it. To make it private, say what happens to their copies: --withdraw (taken back from everyone; you keep it here) or --keep-shared-copies (they keep the version they have; your later edits stay here).</source>
        <translation>“{title}” ulashilgan: u boshqalarda ham bor. Uni shaxsiy qilish uchun ularning nusxalari bilan nima boʻlishini koʻrsating: --withdraw (hammadan qaytarib olinadi; sizda qoladi) yoki --keep-shared-copies (qoʻlidagi versiya ularda qoladi; keyingi tahrirlaringiz shu yerda qoladi).</translation>
    </message>
    <message>
        <source>Deleted {title} [{id}].</source>
        <translation>Oʻchirildi: {title} [{id}].</translation>
    </message>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>Uning ichidagi %n ta yozuv ham oʻchirildi; tiklash ularni ham qaytaradi.</numerusform>
            <numerusform>Uning ichidagi %n ta yozuv ham oʻchirildi; tiklash ularni ham qaytaradi.</numerusform>
        </translation>
    </message>
    <message>
        <source>its id or exact name</source>
        <translation>identifikatori yoki aniq nomi</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>identifikatori</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>amallar</translation>
    </message>
    <message>
        <source>add one and print it</source>
        <translation>bittasini qoʻshib, chiqarish</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>roʻyxatini chiqarish</translation>
    </message>
    <message>
        <source>at most {n} records</source>
        <translation>koʻpi bilan {n} ta yozuv</translation>
    </message>
    <message>
        <source>skip the first {n} records</source>
        <translation>birinchi {n} ta yozuvni oʻtkazib yuborish</translation>
    </message>
    <message>
        <source>only records whose {field} is {value} (references: a name or id; empty: none; repeatable)</source>
        <translation>faqat {field} maydoni {value} boʻlgan yozuvlar (havolalar: nomi yoki identifikatori; boʻsh: yoʻq; takrorlash mumkin)</translation>
    </message>
    <message>
        <source>include deleted records</source>
        <translation>oʻchirilgan yozuvlarni ham qoʻshish</translation>
    </message>
    <message>
        <source>show one</source>
        <translation>bittasini koʻrsatish</translation>
    </message>
    <message>
        <source>show it even if deleted (give the id)</source>
        <translation>oʻchirilgan boʻlsa ham koʻrsatish (identifikatorini bering)</translation>
    </message>
    <message>
        <source>change the given fields of one</source>
        <translation>bitta yozuvning berilgan maydonlarini oʻzgartirish</translation>
    </message>
    <message>
        <source>empty this field (repeatable)</source>
        <translation>bu maydonni boʻshatish (takrorlash mumkin)</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: take it back from everyone else</source>
        <translation>--visibility ulashilgan yozuvni shaxsiy qilganda: ulashilgan yozuvni boshqa hammadan qaytarib olish</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: others keep the copy they have</source>
        <translation>--visibility ulashilgan yozuvni shaxsiy qilganda: boshqalar ulashilgan yozuvning qoʻlidagi nusxasini saqlab qoladi</translation>
    </message>
    <message>
        <source>delete one (and what it holds); {restore} undoes it</source>
        <translation>bitta yozuvni (va ichidagilarni) oʻchirish; {restore} qaytaradi</translation>
    </message>
    <message>
        <source>undo the delete of one</source>
        <translation>bitta oʻchirishni bekor qilish</translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>Bu yigʻmada dastur oynasi yoʻq; quyi buyruqdan foydalaning, qarang: liaison --help</translation>
    </message>
    <message>
        <source>Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).</source>
        <translation>Liaison: TDT diaspora aloqa xodimlarining ish stoli ilovasi. Buyruqsiz ish stoli oynasini ochadi; buyruq bilan maʼlumotlar ustida buyruq satridan ishlaydi (skriptlar va ommaviy ishlar uchun).</translation>
    </message>
    <message>
        <source>The data directory is --data-dir, else ${env}, else the platform&apos;s user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.</source>
        <translation>Maʼlumotlar papkasi --data-dir, boʻlmasa ${env}, boʻlmasa platformaning foydalanuvchi maʼlumotlari papkasi. Yozuvlar identifikatori yoki boʻlsa nomi ({example}) bilan koʻrsatiladi. Skriptlar oʻqiy oladigan chiqish uchun istalgan buyruqda --json dan foydalaning; xatolar har doim standart xatolar oqimiga, 1 chiqish kodi bilan chiqadi.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>foydalanish: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>pozitsion argumentlar</translation>
    </message>
    <message>
        <source>options</source>
        <translation>parametrlar</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>ushbu yordamni koʻrsatib, chiqish</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>maʼlumotlar papkasi</translation>
    </message>
    <message>
        <source>print {json} for scripts</source>
        <translation>skriptlar uchun {json} chiqarish</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Misollar:</translation>
    </message>
    <message>
        <source>the data directory (else ${env})</source>
        <translation>maʼlumotlar papkasi (boʻlmasa ${env})</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the Settings choice, else the system&apos;s)</source>
        <translation>xabarlar va oyna tili (standart: Sozlamalardagi tanlov, boʻlmasa tizim tili)</translation>
    </message>
    <message>
        <source>print the version and the data directory</source>
        <translation>versiya va maʼlumotlar papkasini chiqarish</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>buyruqlar</translation>
    </message>
    <message>
        <source>Data directory: {path}</source>
        <translation>Maʼlumotlar jildi: {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ha</translation>
    </message>
    <message>
        <source>no</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>image, {size} KB</source>
        <translation>rasm, {size} KB</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yangilangan</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hech narsa topilmadi.</translation>
    </message>
    <message>
        <source>liaison: warning: no system keyring is available, so the sign-in is kept only while this command runs; log in again next time (or use sync --password-stdin).</source>
        <translation>liaison: ogohlantirish: tizim kalitlar ombori (keyring) mavjud emas, shuning uchun kirish maʼlumoti faqat shu buyruq bajarilayotganda saqlanadi; keyingi safar tizimga qayta kiring (yoki sync --password-stdin dan foydalaning).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Parol: </translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Parolni --password-stdin yordamida standart kirish orqali bering.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Parol boʻsh.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation>{server} serveriga {user} ({institution}) sifatida kirildi.</translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation>{pushed} ta oʻzgarish yuborildi ({merged} tasi birlashtirildi), {pulled} ta yozuv qabul qilindi, {deleted} tasi oʻchirildi; {conflicts} ta yangi ziddiyat, {open} tasi ochiq; bu yerda {pending} ta oʻzgarish navbatda. {requests} ta soʻrov, {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation>Ularni koʻrish: liaison conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>%n ta biriktirilgan fayl yuklab olindi.</numerusform>
            <numerusform>%n ta biriktirilgan fayl yuklab olindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n ta biriktirilgan fayl Kotibiyatda qoldi (yuklab olish chegarasidan ortiq yoki hali u yerda yoʻq): har biri ochilganda yuklab olinadi.</numerusform>
            <numerusform>%n ta biriktirilgan fayl Kotibiyatda qoldi (yuklab olish chegarasidan ortiq yoki hali u yerda yoʻq): har biri ochilganda yuklab olinadi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n ta biriktirilgan fayl yuborilmadi: bu maʼlumotlar jildida yoʻq yoki yoʻlda buzilgan; keyingi sinxronlash yana urinib koʻradi.</numerusform>
            <numerusform>%n ta biriktirilgan fayl yuborilmadi: bu maʼlumotlar jildida yoʻq yoki yoʻlda buzilgan; keyingi sinxronlash yana urinib koʻradi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation>Avval tizimga kiring: liaison login --server URL --user NAME</translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation>{message}
Oʻchirishlarni baribir qoʻllash uchun liaison sync --yes buyrugʻini bajaring.</translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation>Tizimdan chiqildi; server bu kompyuterning kirish huquqini bekor qildi.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation>Bu yerda tizimdan chiqildi; serverga xabar berib boʻlmadi (u eski kirishni faqat administrator bekor qilganidan keyin rad etadi).</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>{id} raqamli ochiq ziddiyat yoʻq.</translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation>Hal qilingan deb belgilandi; serverga bu haqda keyingi sinxronlashda xabar beriladi.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ziddiyatlar yoʻq.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Saqlangan (server)</translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation>Boshqasi (mijoz)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>connect this data folder to the Secretariat&apos;s server</source>
        <translation>bu maʼlumotlar papkasini Kotibiyat serveriga ulash</translation>
    </message>
    <message>
        <source>the server, e.g. {example}</source>
        <translation>server, masalan {example}</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>serverdagi foydalanuvchi nomingiz</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>parolni standart kirishdan oʻqish (bir qator)</translation>
    </message>
    <message>
        <source>the Secretariat&apos;s own certificate authority, if it uses one</source>
        <translation>Kotibiyatning oʻz sertifikat markazi, agar u foydalansa</translation>
    </message>
    <message>
        <source>send your changes and receive the others&apos;</source>
        <translation>oʻzgarishlaringizni yuborish va boshqalarnikini olish</translation>
    </message>
    <message>
        <source>apply a pull that deletes many records without asking</source>
        <translation>koʻp yozuvni oʻchiradigan qabulni soʻramasdan qoʻllash</translation>
    </message>
    <message>
        <source>log in again first (same server and user), reading the password from standard input</source>
        <translation>avval qayta kirish (oʻsha server va foydalanuvchi), parolni standart kirishdan oʻqib</translation>
    </message>
    <message>
        <source>revoke this computer&apos;s sign-in and forget it</source>
        <translation>bu kompyuterning kirishini bekor qilish va unutish</translation>
    </message>
    <message>
        <source>the conflict inbox: changes kept aside by a sync</source>
        <translation>ziddiyatlar qutisi: sinxronlash chetga qoʻygan oʻzgarishlar</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>hal qilingan ziddiyatlarni ham qoʻshish</translation>
    </message>
    <message>
        <source>mark a conflict resolved (repeatable)</source>
        <translation>ziddiyatni hal qilingan deb belgilash (takrorlash mumkin)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
    <message>
        <source>Removed the training record {path}.</source>
        <translation>{path} oʻquv yozuvi oʻchirildi.</translation>
    </message>
    <message>
        <source>There is no training record in {path}.</source>
        <translation>{path} ichida oʻquv yozuvi yoʻq.</translation>
    </message>
    <message>
        <source>Run demo --remove on your own data folder, not on {path}.</source>
        <translation>demo --remove buyrugʻini {path} da emas, oʻz maʼlumotlar jildingizda ishga tushiring.</translation>
    </message>
    <message>
        <source>The training record {path} already holds the sample data.</source>
        <translation>{path} oʻquv yozuvida namuna maʼlumotlar allaqachon bor.</translation>
    </message>
    <message>
        <source>Loaded the sample data into the training record {path}:</source>
        <translation>Namuna maʼlumotlar oʻquv yozuviga yuklandi: {path}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Yozuvlar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshildi</translation>
    </message>
    <message>
        <source>It never syncs. Open it with: liaison --data-dir {path}</source>
        <translation>U hech qachon sinxronlanmaydi. Ochish uchun: liaison --data-dir {path}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Takroriy yozuv topilmadi.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sababi</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n ta biriktirilgan fayl qidiruv uchun hali oʻqilmagan: ularni liaison reindex oʻqiydi.</numerusform>
            <numerusform>%n ta biriktirilgan fayl qidiruv uchun hali oʻqilmagan: ularni liaison reindex oʻqiydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample records of an older version in {path}.</source>
        <translation>{path} ichida eski versiyaning namuna yozuvlari yoʻq.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>%n ta namuna yozuvini olib tashlash mumkin (olib tashlash uchun --dry-run siz ishga tushiring).</numerusform>
            <numerusform>%n ta namuna yozuvini olib tashlash mumkin (olib tashlash uchun --dry-run siz ishga tushiring).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Eski versiya ushbu bazaga yuklagan %n ta namuna yozuvi olib tashlandi.</numerusform>
            <numerusform>Eski versiya ushbu bazaga yuklagan %n ta namuna yozuvi olib tashlandi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because you changed them or your records refer to them:</source>
        <translation>Siz oʻzgartirganingiz yoki oʻz yozuvlaringiz ularga ishora qilgani uchun saqlanganlar:</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>keyin oʻzgartirilgan</translation>
    </message>
    <message>
        <source>your records refer to it</source>
        <translation>yozuvlaringiz unga ishora qiladi</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identifikatorlar</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>Ular bilan birga yana %n ta namuna yozuvi saqlandi (ular ishora qilgan yozuvlar va ularning qismlari).</numerusform>
            <numerusform>Ular bilan birga yana %n ta namuna yozuvi saqlandi (ular ishora qilgan yozuvlar va ularning qismlari).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {id}; to undo: liaison contact unmerge {merge}</source>
        <translation>{id} bilan birlashtirildi; bekor qilish uchun: liaison contact unmerge {merge}</translation>
    </message>
    <message>
        <source>Restored {other} beside {keep}.</source>
        <translation>{other} {keep} yonida tiklandi.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Qidiruv indeksi qayta qurildi: %n ta yozuv.</numerusform>
            <numerusform>Qidiruv indeksi qayta qurildi: %n ta yozuv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>Qidiruv uchun %n ta biriktirilgan fayl oʻqildi.</numerusform>
            <numerusform>Qidiruv uchun %n ta biriktirilgan fayl oʻqildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>search contacts, institutions, events, ...</source>
        <translation>kontaktlar, muassasalar, tadbirlar boʻyicha qidirish, ...</translation>
    </message>
    <message>
        <source>what to look for (any script: {latin} finds {cyrillic})</source>
        <translation>qidiriladigan matn (istalgan yozuv: {latin} {cyrillic} ni topadi)</translation>
    </message>
    <message>
        <source>only hits of this kind (repeatable)</source>
        <translation>faqat shu turdagi natijalar (takrorlash mumkin)</translation>
    </message>
    <message>
        <source>at most {n} hits (default: 50)</source>
        <translation>koʻpi bilan {n} ta natija (standart: 50)</translation>
    </message>
    <message>
        <source>mark minutes as agreed (read-only)</source>
        <translation>bayonnomani kelishilgan deb belgilash (faqat oʻqish uchun)</translation>
    </message>
    <message>
        <source>id of the minutes</source>
        <translation>bayonnomaning identifikatori</translation>
    </message>
    <message>
        <source>who agreed them (default: the {setting} setting)</source>
        <translation>kim kelishdi (standart: {setting} sozlamasi)</translation>
    </message>
    <message>
        <source>reopen agreed minutes for changes</source>
        <translation>kelishilgan bayonnomani oʻzgartirish uchun qayta ochish</translation>
    </message>
    <message>
        <source>why they are reopened (kept in the minutes log)</source>
        <translation>nima uchun qayta ochilgani (bayonnoma jurnalida saqlanadi)</translation>
    </message>
    <message>
        <source>who reopened them (default: the {setting} setting)</source>
        <translation>kim qayta ochdi (standart: {setting} sozlamasi)</translation>
    </message>
    <message>
        <source>merge a duplicate into the contact to keep (undoable)</source>
        <translation>dublikatni saqlanadigan kontaktga birlashtirish (bekor qilsa boʻladi)</translation>
    </message>
    <message>
        <source>the contact to keep</source>
        <translation>saqlanadigan kontakt</translation>
    </message>
    <message>
        <source>the contact merged into it and removed</source>
        <translation>unga birlashtirilib, oʻchiriladigan kontakt</translation>
    </message>
    <message>
        <source>undo a merge: both contacts and their references come back</source>
        <translation>birlashtirishni bekor qilish: ikkala kontakt va ularga havolalar qaytadi</translation>
    </message>
    <message>
        <source>the id the merge printed</source>
        <translation>birlashtirish chiqargan identifikator</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>muddati oʻtgan ochiq topshiriqlar</translation>
    </message>
    <message>
        <source>settings kept with the data</source>
        <translation>maʼlumotlar bilan birga saqlanadigan sozlamalar</translation>
    </message>
    <message>
        <source>print a setting (or all)</source>
        <translation>sozlamani (yoki hammasini) chiqarish</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>sozlama</translation>
    </message>
    <message>
        <source>change a setting (an empty value clears it)</source>
        <translation>sozlamani oʻzgartirish (boʻsh qiymat uni tozalaydi)</translation>
    </message>
    <message>
        <source>the new value (an institution&apos;s name or id for {setting})</source>
        <translation>yangi qiymat ({setting} uchun muassasa nomi yoki identifikatori)</translation>
    </message>
    <message>
        <source>load the sample data into the training record {folder} (it never syncs)</source>
        <translation>namuna maʼlumotlarini {folder} oʻquv yozuviga yuklash (hech qachon sinxronlanmaydi)</translation>
    </message>
    <message>
        <source>delete the training record</source>
        <translation>oʻquv yozuvini oʻchirish</translation>
    </message>
    <message>
        <source>remove the sample records an older version loaded into your own record (those you changed or linked to stay)</source>
        <translation>eski versiya oʻz bazangizga yuklagan namuna yozuvlarini olib tashlash (siz oʻzgartirgan yoki bogʻlaganlaringiz qoladi)</translation>
    </message>
    <message>
        <source>with --remove-old: only say what would be removed</source>
        <translation>--remove-old bilan: faqat nima olib tashlanishini aytish</translation>
    </message>
    <message>
        <source>list contacts that are probably one person, with why</source>
        <translation>bir shaxs boʻlishi mumkin boʻlgan kontaktlarni sabablari bilan roʻyxatlash</translation>
    </message>
    <message>
        <source>also the contacts marked “not a duplicate” in the window&apos;s review</source>
        <translation>oynadagi koʻrib chiqishda “dublikat emas” deb belgilangan kontaktlar ham</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>qidiruv indeksini qayta qurish</translation>
    </message>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: shikast topilmadi.</translation>
    </message>
    <message>
        <source>{path} is damaged:</source>
        <translation>{path} shikastlangan:</translation>
    </message>
    <message>
        <source>Run “liaison recover” to copy what can be read into a new file.</source>
        <translation>Oʻqilishi mumkin boʻlganini yangi faylga nusxalash uchun “liaison recover” buyrugʻini ishga tushiring.</translation>
    </message>
    <message>
        <source>Recovered into {path} ({contacts} contacts, {events} events); the damaged file is kept as {copy}.</source>
        <translation>{path} fayliga tiklandi ({contacts} ta kontakt, {events} ta tadbir); shikastlangan fayl {copy} sifatida saqlandi.</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Lahzali nusxa saqlandi: {path}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Hozircha lahzali nusxa yoʻq.</translation>
    </message>
    <message>
        <source>Restored {snapshot}; the file it replaced is kept as {copy}.</source>
        <translation>{snapshot} tiklandi; u almashtirgan fayl {copy} sifatida saqlandi.</translation>
    </message>
    <message>
        <source>Give the FILE to import, or --undo BATCH.</source>
        <translation>Import qilinadigan FAYLni yoki --undo BATCH ni bering.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({reason}); change it with --encoding.</source>
        <translation>Kodlash: {encoding} ({reason}); --encoding bilan oʻzgartiring.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {sheets}); choose another with --sheet.</source>
        <translation>Varaq: {sheet} ({sheets} orasidan); boshqasini --sheet bilan tanlang.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>{row}-qator, “{column}” ustuni: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or import the others with --skip-invalid.</source>
        <translation>Hech narsa import qilinmadi. Bu qatorlarni tuzating yoki qolganlarini --skip-invalid bilan import qiling.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Sinov: hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Import {batch}; undo it with: liaison import --undo {batch}</source>
        <translation>Import {batch}; bekor qilish uchun: liaison import --undo {batch}</translation>
    </message>
    <message>
        <source>The skipped rows are in {path}.</source>
        <translation>Oʻtkazib yuborilgan qatorlar {path} faylida.</translation>
    </message>
    <message>
        <source>Undone: {removed} record(s) removed, {reverted} record(s) put back.</source>
        <translation>Bekor qilindi: {removed} ta yozuv oʻchirildi, {reverted} ta yozuv avvalgi holiga qaytarildi.</translation>
    </message>
    <message>
        <source>Kept, because it was edited after the import: {entity} {id} {field}</source>
        <translation>Importdan keyin tahrirlangani uchun saqlab qolindi: {entity} {id} {field}</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} ta yozuv {path} fayliga yozildi.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Yaratildi: %n ta kontakt.</numerusform>
            <numerusform>Yaratildi: %n ta kontakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Yangilandi: %n ta kontakt.</numerusform>
            <numerusform>Yangilandi: %n ta kontakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Oʻzgarmadi: %n ta kontakt.</numerusform>
            <numerusform>Oʻzgarmadi: %n ta kontakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Oʻtkazildi: %n ta notoʻgʻri qator.</numerusform>
            <numerusform>Oʻtkazildi: %n ta notoʻgʻri qator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Tadbirga qoʻshildi: %n ta ishtirokchi.</numerusform>
            <numerusform>Tadbirga qoʻshildi: %n ta ishtirokchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Oʻzgarishlar yuborilmoqda: {done} / {total}</translation>
    </message>
    <message>
        <source>Receiving records: {done}</source>
        <translation>Yozuvlar qabul qilinmoqda: {done}</translation>
    </message>
</context>
<context>
    <name>ContactProfileView</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a contact to see their profile.</source>
        <translation>Profilini koʻrish uchun kontaktni tanlang.</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Kontakt profili</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Profil oʻqilmadi.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Egallagan lavozimlari</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Lavozimlar koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>Qatnashgan tadbirlari</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Tadbirlar yoʻq.</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Ikki tomonlama uchrashuvlar</translation>
    </message>
    <message>
        <source>No bilateral meetings recorded.</source>
        <translation>Ikki tomonlama uchrashuvlar yoʻq.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Ochiq topshiriqlar</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Ochiq topshiriqlar yoʻq.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-pochta:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>(no position given)</source>
        <translation>(lavozimi koʻrsatilmagan)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 dan beri</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hozirgi</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 gacha</translation>
    </message>
    <message>
        <source>Head of the delegation of %1</source>
        <translation>Delegatsiya rahbari: %1</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegatsiya rahbari</translation>
    </message>
    <message>
        <source>registered, did not attend</source>
        <translation>roʻyxatdan oʻtgan, qatnashmagan</translation>
    </message>
    <message>
        <source>On the margins of %1</source>
        <translation>“%1” doirasida</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Natijalar:</translation>
    </message>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, ulardan %n tasining muddati oʻtgan)</numerusform>
            <numerusform>(%1, ulardan %n tasining muddati oʻtgan)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>muddati %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>muddatsiz</translation>
    </message>
    <message>
        <source>assigned to them</source>
        <translation>shaxsan unga topshirilgan</translation>
    </message>
    <message>
        <source>assigned to their institution (responsible: %1)</source>
        <translation>muassasasiga topshirilgan (masʼul: %1)</translation>
    </message>
    <message>
        <source>assigned to their institution</source>
        <translation>muassasasiga topshirilgan</translation>
    </message>
    <message>
        <source>Agreed at %1</source>
        <translation>“%1” tadbirida kelishilgan</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. %1 or 2023-11-20</source>
        <translation>m-n. %1 yoki 2023-11-20</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Taqvimdan tanlash</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2023-11-20</source>
        <translation>Bu sana emas: %1 yoki 2023-11-20 koʻrinishida yozing</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>bir xil elektron pochta</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>bir xil telefon</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>bir xil ism</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>boshqa alifboda bir xil ism</translation>
    </message>
    <message>
        <source>same name, words in another order</source>
        <translation>bir xil ism, soʻzlar boshqa tartibda</translation>
    </message>
    <message>
        <source>similar spelling of the name</source>
        <translation>ismning oʻxshash yozilishi</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>bir xil muassasa</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Dublikatlarni topish</translation>
    </message>
    <message>
        <source>Contacts that are &amp;probably one person:</source>
        <translation>&amp;Ehtimol, bir shaxs boʻlgan kontaktlar:</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Ehtimoliy dublikatlar</translation>
    </message>
    <message>
        <source>Side by si&amp;de:</source>
        <translation>Yonma-yo&amp;n:</translation>
    </message>
    <message>
        <source>The two contacts, field by field</source>
        <translation>Ikki kontakt, maydonma-maydon</translation>
    </message>
    <message>
        <source>Values that differ are in bold.</source>
        <translation>Farq qiluvchi qiymatlar qalin harflarda.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birlashtirish</translation>
    </message>
    <message>
        <source>Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time.</source>
        <translation>Ikkinchi kontaktni saqlanadiganiga birlashtiring: elektron pochtalar, telefonlar, teglar va tillar birlashtiriladi, boʻsh maydonlari toʻldiriladi va ikkinchisiga ishora qilgan hamma narsa endi unga ishora qiladi. Birlashtirishni istalgan vaqtda bekor qilish mumkin.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Dublikat emas</translation>
    </message>
    <message>
        <source>They are two people: this pair is not offered again.</source>
        <translation>Bular ikki alohida shaxs: bu juftlik boshqa taklif qilinmaydi.</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Oxirgi birlashtirishni &amp;bekor qilish</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>Koʻrib chiqish uchun %n ta juft.</numerusform>
            <numerusform>Koʻrib chiqish uchun %n ta juft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates left to review.</source>
        <translation>Koʻrib chiqiladigan ehtimoliy dublikatlar qolmadi.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Dublikatlar qidirilmoqda…</translation>
    </message>
    <message>
        <source>Why: %1 (how sure: %2 %).</source>
        <translation>Sababi: %1 (ehtimoli: %2 %).</translation>
    </message>
    <message>
        <source>Keep &amp;1: %1</source>
        <translation>Saqlash &amp;1: %1</translation>
    </message>
    <message>
        <source>Keep &amp;2: %1</source>
        <translation>Saqlash &amp;2: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo the last merge to separate them again.</source>
        <translation>%1 %2 ga birlashtirildi. Qayta ajratish uchun oxirgi birlashtirishni bekor qiling.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two people.</source>
        <translation>%1 va %2 ikki alohida shaxs sifatida saqlanadi.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Institution</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Muassasalar</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Position held</source>
        <translation>Lavozim</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Lavozimlar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tadbirlar</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegatsiya</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegatsiyalar</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Ishtirokchi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Ishtirokchilar</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Kun tartibi masalasi</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Kun tartibi masalalari</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Bayonnoma</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Bayonnoma yozuvi</translation>
    </message>
    <message>
        <source>Minutes entries</source>
        <translation>Bayonnoma yozuvlari</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Hujjatlar</translation>
    </message>
    <message>
        <source>Minutes log entry</source>
        <translation>Bayonnoma jurnali yozuvi</translation>
    </message>
    <message>
        <source>Minutes log</source>
        <translation>Bayonnoma jurnali</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Ilova fayl</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ilova fayllar</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Ikki tomonlama uchrashuv</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Ikki tomonlama uchrashuvlar</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Tomon</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tomonlar</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Topshiriq</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Topshiriqlar</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Qoʻshma harakatlar rejasi</translation>
    </message>
    <message>
        <source>Joint Action Plans</source>
        <translation>Qoʻshma harakatlar rejalari</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Reja tadbiri</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Reja tadbirlari</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Egallagan lavozimlari</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Kun tartibi</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegatsiyalar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Ishtirokchilar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Hujjatlar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Bayonnomalar</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tomonlar</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Barcha topshiriqlar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tadbirlar</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Saralash: %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Saralash</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yangi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Oʻchirish</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Oʻchirishni &amp;bekor qilish</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Koʻrsatish</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
    <message>
        <source>Nothing matches: clear the filter to see all %1.</source>
        <translation>Mos keladigan hech narsa yoʻq: hammasini koʻrish uchun filtrni tozalang (%1).</translation>
    </message>
    <message>
        <source>No %1 yet. Click New (Ctrl+N) to add the first.</source>
        <translation>Hozircha yozuv yoʻq (%1). Birinchisini qoʻshish uchun Yangi (Ctrl+N) tugmasini bosing.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saqlandi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.</source>
        <translation>“%1” va unga tegishli hamma narsa oʻchirilsinmi? Buni Ctrl+Z bilan bekor qilish mumkin.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” oʻchirildi. Bekor qilish: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>“%1” tiklandi.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>Amal bajarilmadi.</translation>
    </message>
    <message>
        <source>{path} is not a Liaison database (or it is damaged).</source>
        <translation>{path} Liaison maʼlumotlar bazasi emas (yoki shikastlangan).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Liaison (schema {revision}). Please update Liaison to open it; the file has not been changed.</source>
        <translation>{path} Liaisonning yangiroq versiyasida yozilgan (sxema {revision}). Uni ochish uchun Liaisonni yangilang; fayl oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (perhaps another Liaison window). Close it and try again; nothing was saved.</source>
        <translation>{path} boshqa dastur tomonidan qulflangan (ehtimol, Liaisonning boshqa oynasi). Uni yopib, qayta urinib koʻring; hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>{path} maʼlumotlar jildidan foydalanib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only (the file, its folder or the disk): nothing was saved. Copy the data folder to a place you can write to, or make it writable, and try again.</source>
        <translation>{path} faqat oʻqish uchun (fayl, uning jildi yoki disk): hech narsa saqlanmadi. Maʼlumotlar jildini yoza oladigan joyga nusxalang yoki yoziladigan qiling va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space on it and try again.</source>
        <translation>{path} joylashgan disk toʻlgan: hech narsa saqlanmadi. Unda biroz joy boʻshatib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. Check the disk and try again; if it keeps failing, run: liaison doctor</source>
        <translation>{path} ni oʻqish yoki yozishda xato yuz berdi (disk xatosi yoki disk olib qoʻyilgan): hech narsa saqlanmadi. Diskni tekshirib, qayta urinib koʻring; xato takrorlansa, ishga tushiring: liaison doctor</translation>
    </message>
    <message>
        <source>{path} cannot be opened (its folder is missing or not readable, or the disk was removed). Check the data folder and try again.</source>
        <translation>{path} ochilmaydi (jildi yoʻq yoki oʻqilmaydi, yoki disk olib qoʻyilgan). Maʼlumotlar jildini tekshirib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and “liaison recover” to copy what can be read into a new file (the damaged one is kept).</source>
        <translation>{path} shikastlangan va Liaison unga yozmaydi. Hisobot uchun “liaison doctor”, oʻqilishi mumkin boʻlganini yangi faylga nusxalash uchun “liaison recover” ni ishga tushiring (shikastlangan fayl saqlanadi).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. Restore a backup (liaison restore), or move the file away to start a new record.</source>
        <translation>{path} boʻsh (0 bayt), ehtimol uzilib qolgan nusxalashdan; Liaison unga tegmadi. Zaxira nusxani tiklang (liaison restore) yoki yangi yozuv boshlash uchun faylni boshqa joyga koʻchiring.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Liaison and must be updated, but it is read-only. Copy the data folder to a place you can write to and open the copy.</source>
        <translation>{path} Liaisonʼning eski versiyasida yozilgan va yangilanishi kerak, lekin u faqat oʻqish uchun. Maʼlumotlar jildini yoza oladigan joyga nusxalab, nusxani oching.</translation>
    </message>
    <message>
        <source>There is no {entity} with the id {id}.</source>
        <translation>{id} identifikatorli “{entity}” yoʻq.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>“{field}” majburiy.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>“{field}” juda uzun ({length} belgi; koʻpi bilan {limit}).</translation>
    </message>
    <message>
        <source>{field} contains a control character (position {position}).</source>
        <translation>“{field}” maydonida boshqaruv belgisi bor ({position}-oʻrin).</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>“{field}” matn boʻlishi kerak.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>“{field}” “{value}” emas, butun son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>“{field}” {low} va {high} oraligʻida boʻlishi kerak.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>{field}: “{value}” sana emas (YYYY-OO-KK shaklidan foydalaning).</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>“{field}” “{value}” emas, ha yoki yoʻq boʻlishi kerak.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field}: “{value}” quyidagilardan biri emas: {choices}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: “{value}” notoʻgʻri elektron pochta manzili.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number (write it as +CC followed by the number).</source>
        <translation>{field}: “{value}” notoʻgʻri telefon raqami (+mamlakat kodi va raqamni yozing).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country code (e.g. KG, TR, DE).</source>
        <translation>{field}: “{value}” mamlakat kodi emas (masalan, KG, TR, DE).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an OTS state code ({choices}).</source>
        <translation>{field}: “{value}” TDT davlati kodi emas ({choices}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language code (e.g. kk, tr, ru).</source>
        <translation>{field}: “{value}” til kodi emas (masalan, kk, tr, ru).</translation>
    </message>
    <message>
        <source>{field} must be a PNG or JPEG image of at most {limit} MB.</source>
        <translation>“{field}” hajmi {limit} MB dan oshmaydigan PNG yoki JPEG rasm boʻlishi kerak.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>“{field}” roʻyxat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>{field} has too many entries (at most {limit}).</source>
        <translation>“{field}” maydonida qiymatlar juda koʻp (koʻpi bilan {limit}).</translation>
    </message>
    <message>
        <source>{field} cannot be set here.</source>
        <translation>“{field}” maydonini bu yerda oʻrnatib boʻlmaydi.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) boshlanishdan ({start}) oldin.</translation>
    </message>
    <message>
        <source>{field}: no record matches “{value}”.</source>
        <translation>{field}: “{value}” ga mos yozuv yoʻq.</translation>
    </message>
    <message>
        <source>{field}: “{value}” matches several records ({candidates}); give the id instead.</source>
        <translation>{field}: “{value}” bir nechta yozuvga mos keladi ({candidates}); oʻrniga identifikatorni kiriting.</translation>
    </message>
    <message>
        <source>{field}: give at least a state, an institution or a person.</source>
        <translation>{field}: hech boʻlmaganda davlat, muassasa yoki shaxsni koʻrsating.</translation>
    </message>
    <message>
        <source>These minutes are agreed and read-only; reopen them first to change them.</source>
        <translation>Bu bayonnoma kelishilgan va faqat oʻqish uchun; oʻzgartirish uchun avval uni qayta oching.</translation>
    </message>
    <message>
        <source>These minutes are already agreed.</source>
        <translation>Bu bayonnoma allaqachon kelishilgan.</translation>
    </message>
    <message>
        <source>These minutes are not agreed, so there is nothing to reopen.</source>
        <translation>Bu bayonnoma kelishilmagan, shuning uchun qayta ochadigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Row {row}: {details}</source>
        <translation>{row}-qator: {details}</translation>
    </message>
    <message>
        <source>Loading the sample data was cancelled; nothing was written.</source>
        <translation>Namunaviy maʼlumotlarni yuklash bekor qilindi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>{path} holds your own records: the sample data goes only into the training record (liaison demo, or File → Open the training record).</source>
        <translation>{path} ichida oʻzingizning yozuvlaringiz bor: namuna maʼlumotlar faqat oʻquv yozuviga yuklanadi (liaison demo yoki Fayl → Oʻquv yozuvini ochish).</translation>
    </message>
    <message>
        <source>Choose at least one event or bilateral meeting to brief on.</source>
        <translation>Maʼlumotnoma uchun kamida bitta tadbir yoki ikki tomonlama uchrashuvni tanlang.</translation>
    </message>
    <message>
        <source>Cannot write the briefing to {path}: {reason}. Nothing was written.</source>
        <translation>Maʼlumotnomani {path} ga yozib boʻlmadi: {reason}. Hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the PDF file to write.</source>
        <translation>{path} — jild: yoziladigan PDF faylining nomini kiriting.</translation>
    </message>
    <message>
        <source>Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru).</source>
        <translation>Til: “{language}” — Liaison sanalarni yoza oladigan til emas (masalan, en, tr, kk, ru).</translation>
    </message>
    <message>
        <source>Marking: at most {limit} characters (“{marking}” has {length}).</source>
        <translation>Maxfiylik grifi: koʻpi bilan {limit} belgi (“{marking}”: {length}).</translation>
    </message>
    <message>
        <source>Making the briefing was cancelled; no file was written.</source>
        <translation>Maʼlumotnomani tayyorlash bekor qilindi; fayl yozilmadi.</translation>
    </message>
    <message>
        <source>The Secretariat server&apos;s message is not valid: {field}: {reason}</source>
        <translation>Kotibiyat serverining javobi yaroqsiz: {field}: {reason}</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept.</source>
        <translation>Sinxronlash amalga oshmadi; oʻzgarishlaringiz saqlab qolindi.</translation>
    </message>
    <message>
        <source>This data folder is not connected to a Secretariat server yet: log in first.</source>
        <translation>Bu maʼlumotlar jildi hali Kotibiyat serveriga ulanmagan: avval tizimga kiring.</translation>
    </message>
    <message>
        <source>This is the training record (sample data); it never syncs with the Secretariat. Open your own record to sync.</source>
        <translation>Bu oʻquv yozuvi (namuna maʼlumotlar); u Kotibiyat bilan hech qachon sinxronlanmaydi. Sinxronlash uchun oʻz yozuvingizni oching.</translation>
    </message>
    <message>
        <source>The Secretariat server at {url} needs you to log in again ({reason}). Your changes are kept and will be sent after you log in.</source>
        <translation>{url} manzilidagi Kotibiyat serveri tizimga qayta kirishingizni talab qilmoqda ({reason}). Oʻzgarishlaringiz saqlab qolindi va tizimga kirganingizdan keyin yuboriladi.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the user name or the password ({message}).</source>
        <translation>Kotibiyat serveri foydalanuvchi nomi yoki parolni rad etdi ({message}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address; write it as https://host or https://host:port.</source>
        <translation>“{url}” server manzili emas; uni https://host yoki https://host:port shaklida yozing.</translation>
    </message>
    <message>
        <source>Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only to this computer, for testing).</source>
        <translation>{url} bilan himoyalanmagan http:// orqali aloqa qilinmaydi: https:// dan foydalaning (himoyalanmagan http faqat shu kompyuterning oʻzi bilan, sinov uchun ruxsat etiladi).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be used: {reason}</source>
        <translation>{path} sertifikatlash markazi faylidan foydalanib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the Secretariat server at {url} ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>{url} manzilidagi Kotibiyat serveriga ulanib boʻlmadi ({reason}). Oʻzgarishlaringiz saqlab qolindi va keyingi sinxronlashda yuboriladi.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the Secretariat&apos;s ({reason}); nothing was sent. If the Secretariat uses its own certificate authority, log in again with its CA file.</source>
        <translation>{url} manzilidagi server Kotibiyatga tegishli ekanini isbotlamadi ({reason}); hech narsa yuborilmadi. Agar Kotibiyat oʻz sertifikatlash markazidan foydalansa, uning CA fayli bilan tizimga qayta kiring.</translation>
    </message>
    <message>
        <source>The Secretariat server needs a newer version of Liaison: please update Liaison. Your changes are kept. ({message})</source>
        <translation>Kotibiyat serveri Liaisonning yangiroq versiyasini talab qiladi: Liaisonni yangilang. Oʻzgarishlaringiz saqlab qolindi. ({message})</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete {count} of the {total} records on this computer; nothing was deleted. If that is expected, confirm and sync again.</source>
        <translation>Serverdagi oʻzgarishlar bu kompyuterdagi {total} ta yozuvdan {count} tasini oʻchirib yuborardi; hech narsa oʻchirilmadi. Agar bu kutilgan boʻlsa, tasdiqlang va qayta sinxronlang.</translation>
    </message>
    <message>
        <source>The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.</source>
        <translation>Kotibiyat serverida xatolik yuz berdi ({status}: {message}). Oʻzgarishlaringiz saqlab qolindi; keyinroq qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The Secretariat server went back in time (restored from a backup); sync again.</source>
        <translation>Kotibiyat serveri vaqt boʻyicha orqaga qaytdi (zaxira nusxadan tiklandi); qayta sinxronlang.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the request ({status}: {message}).</source>
        <translation>Kotibiyat serveri soʻrovni rad etdi ({status}: {message}).</translation>
    </message>
    <message>
        <source>Only {author}, whose change it is, and officers of the institution that owns “{title}” may resolve this conflict. It stays in your conflict inbox.</source>
        <translation>Bu ziddiyatni faqat oʻzgarish muallifi {author} va “{title}” yozuvining egasi boʻlgan muassasa xodimlari hal qila oladi. Ziddiyat ziddiyatlar roʻyxatingizda qoladi.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was exchanged before is saved, the rest is kept for later.</source>
        <translation>Sinxronlash bekor qilindi; shu paytgacha almashilgan maʼlumotlar saqlandi, qolgani keyinga qoldirildi.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running.</source>
        <translation>Bu maʼlumotlar jildini sinxronlash allaqachon bajarilmoqda.</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>Tizim kalitlar omborida xatolik yuz berdi: {reason}</translation>
    </message>
    <message>
        <source>The file {name} cannot be downloaded from the Secretariat: it is not there yet (the laptop that attached it has not synced since) or no longer yours to see. Try again later.</source>
        <translation>{name} faylini Kotibiyatdan yuklab olib boʻlmaydi: u hali u yerda yoʻq (uni biriktirgan noutbuk oʻshandan beri sinxronlanmagan) yoki uni koʻrishga endi huquqingiz yoʻq. Keyinroq qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not kept; it is sent again at the next sync. Your record is unchanged.</source>
        <translation>{name} fayli Kotibiyatga shikastlangan holda yetib keldi (SHA-256 qiymati mos kelmadi) va saqlanmadi; u keyingi sinxronlashda qayta yuboriladi. Yozuvingiz oʻzgarmadi.</translation>
    </message>
    <message>
        <source>{path} is open in another program (perhaps the Liaison window or a sync). Close it, then try again; nothing was changed.</source>
        <translation>{path} boshqa dasturda ochiq (ehtimol Liaison oynasi yoki sinxronlash). Uni yopib, qayta urinib koʻring; hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): nothing was copied. Free some space and try again.</source>
        <translation>{path} yonida nusxa uchun boʻsh joy yetarli emas ({needed} MB kerak, {reserve} MB boʻsh qoldiriladi): hech narsa nusxalanmadi. Biroz joy boʻshatib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>There is no snapshot in {path} to restore.</source>
        <translation>{path} ichida tiklanadigan lahzali nusxa yoʻq.</translation>
    </message>
    <message>
        <source>Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; restore a snapshot (liaison restore) or ask for help.</source>
        <translation>{path} faylidan hech narsa tiklanmadi: nusxa butun emas edi. Fayl oʻz holicha qoldirildi; lahzali nusxani tiklang (liaison restore) yoki yordam soʻrang.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Kontaktni oʻzi bilan birlashtirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>There is no merge {id} to undo, or it was undone already.</source>
        <translation>Bekor qilinadigan {id} birlashtirish yoʻq yoki u allaqachon bekor qilingan.</translation>
    </message>
    <message>
        <source>{what} cannot be exported as {format} (use {formats}).</source>
        <translation>{what} {format} formatida eksport qilinmaydi ({formats} dan foydalaning).</translation>
    </message>
    <message>
        <source>Participants are exported for one event: give --event ID or TITLE.</source>
        <translation>Ishtirokchilar bitta tadbir uchun eksport qilinadi: --event ID yoki NOMINI bering.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} yozib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} oʻqib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: bunday fayl yoʻq.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this program can read ({detail}).</source>
        <translation>{path} bu dastur oʻqiy oladigan jadval emas ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a text (CSV) file: it holds binary data.</source>
        <translation>{path} matnli (CSV) fayl emas: ikkilik maʼlumot saqlaydi.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>{path} vCard fayli emas: BEGIN:VCARD yoʻq.</translation>
    </message>
    <message>
        <source>{path} is not in the encoding {encoding}; choose another.</source>
        <translation>{path} {encoding} kodlashda emas; boshqasini tanlang.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>{encoding} bu dastur biladigan kodlash emas.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>{path} da “{sheet}” nomli varaq yoʻq (bori: {sheets}).</translation>
    </message>
    <message>
        <source>{path}: no row of column names was found.</source>
        <translation>{path}: ustun nomlari yozilgan qator topilmadi.</translation>
    </message>
    <message>
        <source>{path}: no column holds the names; map one with --map &quot;COLUMN=name&quot;.</source>
        <translation>{path}: hech bir ustunda ismlar yoʻq; birini --map &quot;USTUN=name&quot; bilan belgilang.</translation>
    </message>
    <message>
        <source>--map “{value}”: write COLUMN=field, with field one of {fields}.</source>
        <translation>--map “{value}”: USTUN=maydon deb yozing; maydon quyidagilardan biri: {fields}.</translation>
    </message>
    <message>
        <source>--map “{value}”: the file has no column “{column}”.</source>
        <translation>--map “{value}”: faylda “{column}” ustuni yoʻq.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import bekor qilindi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>There is no import with the id {batch}.</source>
        <translation>{batch} identifikatorli import yoʻq.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>{batch} importi allaqachon bekor qilingan.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>oddiy matn</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): nothing was attached.</source>
        <translation>{name} fayli boʻsh (0 bayt): hech narsa biriktirilmadi.</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was attached. Attach a smaller copy (a PDF printed at a lower resolution, say).</source>
        <translation>{name} fayli {size_mb} MB, bitta fayl koʻpi bilan {limit_mb} MB boʻlishi mumkin: hech narsa biriktirilmadi. Kichikroq nusxasini biriktiring (masalan, pastroq sifatda chop etilgan PDF).</translation>
    </message>
    <message>
        <source>The file {name} is named as a {kind} file but is not one (its content does not start as a {kind} file does): nothing was attached. Save it again as {kind}, or rename it.</source>
        <translation>{name} faylining nomi uni {kind} fayli deb koʻrsatadi, lekin u bunday emas (mazmuni {kind} fayli kabi boshlanmaydi): hech narsa biriktirilmadi. Uni qaytadan {kind} sifatida saqlang yoki nomini oʻzgartiring.</translation>
    </message>
    <message>
        <source>The file name “{name}” cannot be used: a name may not be empty, contain / or \ or control characters, or be longer than 255 characters. Nothing was attached.</source>
        <translation>“{name}” fayl nomidan foydalanib boʻlmaydi: nom boʻsh boʻlmasligi, / yoki \ yoki boshqaruv belgilarini oʻz ichiga olmasligi va 255 belgidan uzun boʻlmasligi kerak. Hech narsa biriktirilmadi.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Nothing was attached.</source>
        <translation>{name} faylini oʻqib boʻlmaydi: {reason}. Hech narsa biriktirilmadi.</translation>
    </message>
    <message>
        <source>Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, plans, action items and contacts.</source>
        <translation>“{kind}” yozuviga fayl biriktirib boʻlmaydi: faqat tadbirlar, ikki tomonlama uchrashuvlar, hujjatlar, bayonnomalar, rejalar, vazifalar va kontaktlarga.</translation>
    </message>
    <message>
        <source>The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this computer yet. Sync to download it.</source>
        <translation>{name} fayli ({size}) faqat Kotibiyatda: u hali bu kompyuterga yuklab olinmagan. Yuklab olish uchun sinxronlang.</translation>
    </message>
    <message>
        <source>The copy {path} cannot be written: {reason}. Nothing was written.</source>
        <translation>{path} nusxasini yozib boʻlmaydi: {reason}. Hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>it is no longer there (moved, renamed or deleted)</source>
        <translation>u endi u yerda yoʻq (koʻchirilgan, nomi oʻzgartirilgan yoki oʻchirilgan)</translation>
    </message>
    <message>
        <source>this account may not read or write it</source>
        <translation>bu hisobning uni oʻqish yoki yozishga ruxsati yoʻq</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>bu fayl emas, jild</translation>
    </message>
    <message>
        <source>the disk could not be read (a damaged or removed disk)</source>
        <translation>diskni oʻqib boʻlmadi (buzilgan yoki ajratilgan disk)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk faqat oʻqish uchun</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>bu oddiy fayl emas</translation>
    </message>
    <message>
        <source>{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others may not be able to open it.</source>
        <translation>{name} PDF, DOCX, XLSX, ODT, rasm yoki oddiy matn fayli emas: u biriktirildi, lekin boshqalar uni ocha olmasligi mumkin.</translation>
    </message>
    <message>
        <source>“{value}” is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>“{value}” SHA-256 xeshi emas (64 ta oʻn oltilik raqam).</translation>
    </message>
    <message>
        <source>The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): it was damaged or changed on the way, and nothing was stored.</source>
        <translation>{name} fayli kutilgan fayl emas (SHA-256 xeshi {expected} emas, {actual}): yoʻlda buzilgan yoki oʻzgargan; hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It was set aside in {folder}. Sync to download it again, or attach the original file again.</source>
        <translation>{name} faylining ushbu kompyuterdagi nusxasi buzilgan (biriktirilganidan beri diskdagi baytlari oʻzgargan), shuning uchun ishlatilmadi. U {folder} jildiga alohida qoʻyildi. Qayta yuklab olish uchun sinxronlang yoki asl faylni qayta biriktiring.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It could not be set aside ({path} cannot be written to). Attach the original file again in a writable copy of the data folder.</source>
        <translation>{name} faylining ushbu kompyuterdagi nusxasi buzilgan (biriktirilganidan beri diskdagi baytlari oʻzgargan), shuning uchun ishlatilmadi. Uni alohida qoʻyib boʻlmadi ({path} ga yozib boʻlmaydi). Asl faylni maʼlumotlar jildining yoziladigan nusxasida qayta biriktiring.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored.</source>
        <translation>{name} fayli bitta fayl uchun chegara boʻlgan {limit_mb} MB dan katta: hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>The file {name} is not in this data folder (its bytes, {digest}, are missing).</source>
        <translation>{name} fayli bu maʼlumotlar jildida yoʻq (mazmuni, {digest}, mavjud emas).</translation>
    </message>
    <message>
        <source>Not sent (the next sync tries again): {problem}</source>
        <translation>Yuborilmadi (keyingi sinxronlash yana urinib koʻradi): {problem}</translation>
    </message>
    <message>
        <source>Files were not downloaded (they download when opened, or at the next sync): {problem}</source>
        <translation>Fayllar yuklab olinmadi (ochilganda yoki keyingi sinxronlashda yuklanadi): {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Tanlangan kontaktlar</translation>
    </message>
    <message>
        <source>Events (calendar)</source>
        <translation>Tadbirlar (taqvim)</translation>
    </message>
    <message>
        <source>Bilateral meetings (calendar)</source>
        <translation>Ikki tomonlama uchrashuvlar (taqvim)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Topshiriqlar</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Tadbir ishtirokchilari</translation>
    </message>
    <message>
        <source>Contacts shown in the list (filtered)</source>
        <translation>Roʻyxatda koʻrsatilgan kontaktlar (filtrlangan)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Qaysi bandlar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} ta yozuv {path} fayliga yozildi.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Home institution</source>
        <translation>Oʻz muassasasi</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Xodimning ismi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Koʻrinish</translation>
    </message>
    <message>
        <source>Owner institution</source>
        <translation>Egasi boʻlgan muassasa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Name in own language</source>
        <translation>Oʻz tilidagi nomi</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Qisqa nomi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Davlat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Shahar</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Tarkibida</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pochta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Lotin yozuvidagi ismi</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Murojaat shakli</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lavozim</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Tillar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Boshlanishi</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tugashi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Turkumdagi raqami</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Boshlanish sanasi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tugash sanasi</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Oʻtkaziladigan joy</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Mezbon muassasa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Biriktirilgan yozuv</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Fayl nomi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Hamkasb</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegatsiya rahbari</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegatsiya</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Qatnashdi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Qisqacha mazmuni</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Kelishilgan sana</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Bayonnoma</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Kun tartibi masalasi</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Qarorlar</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Qabul qilingan sana</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Qoʻshma harakatlar rejasi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Topshiriq</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Qaysi tadbir doirasida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Mavzular</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Ikki tomonlama uchrashuv</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Masʼul muassasa</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Masʼul shaxs</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Bajarilgan sana</translation>
    </message>
    <message>
        <source>Agreed at event</source>
        <translation>Kelishilgan tadbir</translation>
    </message>
    <message>
        <source>From minutes</source>
        <translation>Bayonnomadan</translation>
    </message>
    <message>
        <source>From bilateral meeting</source>
        <translation>Ikki tomonlama uchrashuvdan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yil</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Qabul qilingan tadbir</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Responsible states</source>
        <translation>Masʼul davlatlar</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Yetakchi muassasa</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Muddatlar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Action items of this meeting</source>
        <translation>Bu yigʻilishning topshiriqlari</translation>
    </message>
    <message>
        <source>Bilateral meetings on the margins</source>
        <translation>Tadbir doirasidagi ikki tomonlama uchrashuvlar</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Topshiriq…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Topshiriq qoʻshish</translation>
    </message>
    <message>
        <source>Add an action item (%1)</source>
        <translation>Topshiriq qoʻshish (%1)</translation>
    </message>
    <message>
        <source>Bilateral…</source>
        <translation>Ikki tomonlama uchrashuv…</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Ikki tomonlama uchrashuv qoʻshish</translation>
    </message>
    <message>
        <source>Add a bilateral meeting on the margins (%1)</source>
        <translation>Tadbir doirasida ikki tomonlama uchrashuv qoʻshish (%1)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Topshiriqlar</translation>
    </message>
    <message>
        <source>Bilaterals on the margins</source>
        <translation>Tadbir doirasidagi ikki tomonlama uchrashuvlar</translation>
    </message>
    <message>
        <source>None yet. %1 adds one.</source>
        <translation>Hozircha yoʻq. %1 — qoʻshish.</translation>
    </message>
    <message>
        <source>F&amp;ollow-up %1</source>
        <translation>Keyingi qadam&amp;lar %1</translation>
    </message>
    <message>
        <source>Agreed under item %1: %2</source>
        <translation>%1-masala boʻyicha kelishildi: %2</translation>
    </message>
    <message>
        <source>Agreed under: %1</source>
        <translation>Kelishilgan masala: %1</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Topshiriq qoʻshildi: %1</translation>
    </message>
    <message>
        <source>Bilateral meeting added: %1</source>
        <translation>Ikki tomonlama uchrashuv qoʻshildi: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Xatolar</translation>
    </message>
</context>
<context>
    <name>GoingPrivateDialog</name>
    <message>
        <source>Make the record private</source>
        <translation>Yozuvni shaxsiy qilish</translation>
    </message>
    <message>
        <source>Make “%1” private?</source>
        <translation>“%1” shaxsiy qilinsinmi?</translation>
    </message>
    <message>
        <source>Officers of your institution already have it.</source>
        <translation>U muassasangiz xodimlarida allaqachon bor.</translation>
    </message>
    <message>
        <source>Every officer who syncs with the Secretariat may already have it.</source>
        <translation>U Kotibiyat bilan sinxronlaydigan har bir xodimda allaqachon boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Withdraw it: it is removed, with what it holds, from their computers at their next sync and stays here, private, with its history. Keep their copies: they keep the version they have, and what you write from now on stays on this computer.</source>
        <translation>Qaytarib olish: keyingi sinxronlashda u ichidagilari bilan birga ularning kompyuterlaridan olib tashlanadi va bu yerda tarixi bilan shaxsiy boʻlib qoladi. Nusxalari qolsin: qoʻlidagi versiya ularda qoladi, bundan keyin yozganlaringiz shu kompyuterda qoladi.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it from the others</source>
        <translation>Boshqalardan &amp;qaytarib olish</translation>
    </message>
    <message>
        <source>Withdraw it from the others</source>
        <translation>Boshqalardan qaytarib olish</translation>
    </message>
    <message>
        <source>Removed from the other officers&apos; computers at their next sync; kept here</source>
        <translation>Boshqa xodimlarning kompyuterlaridan keyingi sinxronlashda olib tashlanadi; bu yerda qoladi</translation>
    </message>
    <message>
        <source>&amp;Keep their copies</source>
        <translation>Nusxalari q&amp;olsin</translation>
    </message>
    <message>
        <source>Keep their copies</source>
        <translation>Nusxalari qolsin</translation>
    </message>
    <message>
        <source>They keep the version they have; later edits stay here</source>
        <translation>Qoʻlidagi versiya ularda qoladi; keyingi tahrirlar shu yerda qoladi</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Yuklab olish</translation>
    </message>
    <message>
        <source>Download the photo from the Secretariat</source>
        <translation>Suratni Kotibiyatdan yuklab olish</translation>
    </message>
    <message>
        <source>A photo is attached.</source>
        <translation>Surat biriktirilgan.</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Surat yoʻq.</translation>
    </message>
    <message>
        <source>Downloading the photo from the Secretariat…</source>
        <translation>Surat Kotibiyatdan yuklab olinmoqda…</translation>
    </message>
    <message>
        <source>The photo is on the Secretariat (%1), not downloaded to this computer yet.</source>
        <translation>Surat Kotibiyatda (%1), hali bu kompyuterga yuklab olinmagan.</translation>
    </message>
    <message>
        <source>The photo&apos;s file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it.</source>
        <translation>Suratning ushbu kompyuterdagi fayli buzilgan edi, shuning uchun u alohida qoʻyildi va ishlatilmaydi. Tuzatish uchun suratni qayta tanlang.</translation>
    </message>
    <message>
        <source>The photo&apos;s file is missing from this computer and never reached the Secretariat. Choose the photo again.</source>
        <translation>Suratning fayli bu kompyuterda yoʻq va Kotibiyatga hech qachon yetib bormagan. Suratni qayta tanlang.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Surat tanlang</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Rasmlar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ismi</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Otasining ismi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familiya</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Lotin yozuvidagi ismi</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Murojaat shakli</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lavozimi</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Davlat</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Tillar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pochta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Manba identifikatori</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegatsiya</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(import qilinmaydi)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>fayl bayt tartibi belgisi bilan boshlanadi</translation>
    </message>
    <message>
        <source>the file is valid UTF-8</source>
        <translation>fayl toʻgʻri UTF-8</translation>
    </message>
    <message>
        <source>the file has only ASCII characters</source>
        <translation>faylda faqat ASCII belgilar bor</translation>
    </message>
    <message>
        <source>this code page gives the most letters of the officers&apos; alphabets</source>
        <translation>bu kod sahifasi xodimlar alifbolarining eng koʻp harfini beradi</translation>
    </message>
    <message>
        <source>chosen by the officer</source>
        <translation>xodim tanlagan</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontaktlarni import qilish</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Faylni tanlang</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.</source>
        <translation>Istalgan dasturdan CSV, Excel (XLSX, XLS), OpenDocument (ODS) yoki vCard (VCF) fayllari.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Ustunlar</translation>
    </message>
    <message>
        <source>Check which field each column holds; change any that is wrong.</source>
        <translation>Har bir ustun qaysi maydonni saqlashini tekshiring; notoʻgʻrisini oʻzgartiring.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Varaq</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodlash</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Fayldagi ustun</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <source>Add them to an event as participants</source>
        <translation>Tadbirga ishtirokchi sifatida qoʻshish</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Notoʻgʻri qatorlarni oʻtkazib, qolganlarini import qilish</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktlar (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (taxmin)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sababi</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yangi</translation>
    </message>
    <message>
        <source>matches an existing contact</source>
        <translation>mavjud kontaktga mos keladi</translation>
    </message>
    <message>
        <source>matches an existing contact, nothing new</source>
        <translation>mavjud kontaktga mos keladi, yangilik yoʻq</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>notoʻgʻri</translation>
    </message>
    <message>
        <source>fills: {fields}</source>
        <translation>toʻldiradi: {fields}</translation>
    </message>
    <message>
        <source> (the first {n} rows)</source>
        <translation> (dastlabki {n} qator)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or first and last names).</source>
        <translation>Ismlarni (yoki ism va familiyalarni) saqlaydigan ustunni tanlang.</translation>
    </message>
    <message>
        <source>New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.</source>
        <translation>Yangi: {new}. Mavjud kontaktlarga mos: {match}. Notoʻgʻri: {invalid}.</translation>
    </message>
    <message>
        <source>(none: contacts only)</source>
        <translation>(yoʻq: faqat kontaktlar)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import qilinmoqda…</translation>
    </message>
    <message>
        <source>Rows {rows} are invalid; nothing was imported. Fix them, or skip them.</source>
        <translation>{rows} qatorlari notoʻgʻri; hech narsa import qilinmadi. Tuzating yoki oʻtkazib yuboring.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Import qilindi: {created} yangi, {updated} yangilandi, {unchanged} oʻzgarmadi, {skipped} oʻtkazildi.</translation>
    </message>
</context>
<context>
    <name>LanguagesWidget</name>
    <message>
        <source>Type a language&apos;s name, e.g. %1</source>
        <translation>Til nomini yozing, masalan: %1</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Tanlash uchun tillar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Maʼlumotlar ochilmoqda…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Maʼlumotnomalar toʻplami…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Oʻtish</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Yigʻilish rejimi</translation>
    </message>
    <message>
        <source>Draft the minutes of the selected event while it runs (F9)</source>
        <translation>Tanlangan tadbir bayonnomasini yigʻilish davomida yozish (F9)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>Hamma joydan &amp;qidirish</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinxronlash</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Hozir &amp;sinxronlash</translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation>Kotibiyat tizimiga &amp;kirish…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Tizimdan &amp;chiqish</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ziddiyatlar…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Sinxronlash &amp;jurnali…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaison &amp;haqida</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura tugmalari</translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Avval tadbirni tanlang, soʻng yigʻilish rejimi uchun F9 ni bosing.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: %2 ta koʻrsatilgan</translation>
    </message>
    <message>
        <source>Open the &amp;training record…</source>
        <translation>&amp;Oʻquv yozuvini ochish…</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison haqida</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;The desk application of the OTS diaspora liaison officers.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;TDTning diasporalar bilan aloqa boʻyicha xodimlari uchun ish dasturi.&lt;/p&gt;&lt;p&gt;Maʼlumotlar jildi: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Namunaviy maʼlumotlar yuklandi.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Namunaviy maʼlumotlar yuklanmoqda…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation>Yigʻilish rejimi — %1</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Yigʻilish rejimini yopish</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Ishtirok va keyingi qadamlar</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Topshiriq qoʻshish</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Ikki tomonlama uchrashuv qoʻshish</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Xabarlar</translation>
    </message>
    <message>
        <source>%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close</source>
        <translation>%1 keyingi masala · %2 oldingi · %3 topshiriq · %4 ikki tomonlama uchrashuv · %5 yopish</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Kun tartibining keyingi masalasi</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Kun tartibining oldingi masalasi</translation>
    </message>
    <message>
        <source>Your own minutes: the first word typed creates them.</source>
        <translation>Oʻz bayonnomangiz: yozilgan birinchi soʻz bilan yaratiladi.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saqlanmadi</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Liaison ichida xatolik yuz berdi (%1).</translation>
    </message>
    <message>
        <source>Some of your text could not be saved: %1</source>
        <translation>Matningizning bir qismi saqlanmadi: %1</translation>
    </message>
    <message>
        <source>Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text.</source>
        <translation>Qayta urinib koʻring, yigʻilish rejimini ochiq qoldiring (matn ekranda qoladi) yoki yopib, saqlanmagan matndan voz keching.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Ochiq qoldirish</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Yopish va yoʻqotish</translation>
    </message>
</context>
<context>
    <name>MinutesDetailView</name>
    <message>
        <source>Minutes status</source>
        <translation>Bayonnoma holati</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Bayonnomani oldindan koʻrish</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Jurnal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Amal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Log of the minutes</source>
        <translation>Bayonnoma jurnali</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>nomaʼlum sana</translation>
    </message>
    <message>
        <source>Agreed on %1 — read-only. Reopen to change.</source>
        <translation>%1 kuni kelishilgan — faqat oʻqish uchun. Oʻzgartirish uchun qayta oching.</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>Nomsiz bayonnoma</translation>
    </message>
    <message>
        <source>No entries yet. Take notes in meeting mode.</source>
        <translation>Hozircha yozuvlar yoʻq. Yigʻilish rejimida qayd qilib boring.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Turli masalalar</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Qarorlar:</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <source>Meeting mode</source>
        <translation>Yigʻilish rejimi</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Bayonnoma holati</translation>
    </message>
    <message>
        <source>Agr&amp;ee minutes…</source>
        <translation>Bayonnomani &amp;kelishish…</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Bayonnomani kelishish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Yigʻilish rejimini yopish</translation>
    </message>
    <message>
        <source>Close meeting mode (%1); everything typed is saved first.</source>
        <translation>Yigʻilish rejimini yopish (%1); avval yozilgan hamma narsa saqlanadi.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Faqat oʻqish uchun</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Qayta ochish…</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Bayonnomani qayta ochish</translation>
    </message>
    <message>
        <source>Make the agreed minutes editable again (you will be asked why).</source>
        <translation>Kelishilgan bayonnomani yana tahrirlashga ochish (sababi soʻraladi).</translation>
    </message>
    <message>
        <source>&amp;Write our own minutes</source>
        <translation>Oʻz bayonnomamizni &amp;yozish</translation>
    </message>
    <message>
        <source>Take your institution&apos;s own minutes of this meeting; these stay as they are.</source>
        <translation>Ushbu uchrashuvning oʻz muassasangizga tegishli bayonnomasini yuriting; bu bayonnoma oʻzgarishsiz qoladi.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change.</source>
        <translation>Faqat oʻqish uchun: bu bayonnomani %1 yozgan va uni faqat uning xodimlari oʻzgartira oladi (Kotibiyat boshqa muassasalardan kelgan oʻzgarishlarni rad etadi). Oʻqishingiz va nusxa olishingiz mumkin; har qanday oʻzgarish uchun ularga murojaat qiling.</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change.</source>
        <translation>Faqat oʻqish uchun: bu bayonnomani boshqa muassasa yozgan va uni faqat uning xodimlari oʻzgartira oladi. Oʻqishingiz va nusxa olishingiz mumkin; har qanday oʻzgarish uchun ularga murojaat qiling.</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Bayonnoma hali yoʻq</translation>
    </message>
    <message>
        <source>There is nothing to agree yet: the minutes start with the first word typed.</source>
        <translation>Hozircha kelishiladigan narsa yoʻq: bayonnoma birinchi yozilgan soʻzdan boshlanadi.</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Kelishilgan: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Kelishilgan</translation>
    </message>
    <message>
        <source>These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged.</source>
        <translation>Bu bayonnoma %1 kuni kelishilgan va faqat oʻqish uchun. Oʻzgartirish uchun uni qayta oching; sababi soʻraladi va jurnalga yoziladi.</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Bayonnoma loyihasi</translation>
    </message>
    <message>
        <source>Mark the minutes agreed: they become read-only, and this is logged.</source>
        <translation>Bayonnomani kelishilgan deb belgilash: u faqat oʻqish uchun boʻladi va bu jurnalga yoziladi.</translation>
    </message>
    <message>
        <source>There is nothing to agree yet.</source>
        <translation>Hozircha kelishiladigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Agree the minutes once everything typed is saved.</source>
        <translation>Yozilgan hamma narsa saqlangach, bayonnomani kelishing.</translation>
    </message>
    <message>
        <source>Mark these minutes as agreed?</source>
        <translation>Bu bayonnoma kelishilgan deb belgilansinmi?</translation>
    </message>
    <message>
        <source>Agreed minutes are read-only: changing them later means reopening them, which is logged.</source>
        <translation>Kelishilgan bayonnoma faqat oʻqish uchun: keyin oʻzgartirish uchun uni qayta ochish kerak va bu jurnalga yoziladi.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Kelishish</translation>
    </message>
    <message>
        <source>The minutes are agreed.</source>
        <translation>Bayonnoma kelishildi.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Bajarilmadi: %1</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>Bayonnoma qayta ochildi; sababi jurnalga yozildi.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the event</source>
        <translation>Tadbir bayonnomalari</translation>
    </message>
    <message>
        <source>&amp;New minutes…</source>
        <translation>Yangi bayo&amp;nnoma…</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Yangi bayonnoma</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Tahrirlash…</translation>
    </message>
    <message>
        <source>Edit the title and summary</source>
        <translation>Nomi va qisqacha mazmunini tahrirlash</translation>
    </message>
    <message>
        <source>Open in &amp;meeting mode</source>
        <translation>Yigʻilish &amp;rejimida ochish</translation>
    </message>
    <message>
        <source>Open in meeting mode</source>
        <translation>Yigʻilish rejimida ochish</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Kelishish…</translation>
    </message>
    <message>
        <source>Agree the minutes</source>
        <translation>Bayonnomani kelishish</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Qayt&amp;a ochish…</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Bayonnomani qayta ochish</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Oʻ&amp;chirish</translation>
    </message>
    <message>
        <source>Delete the minutes</source>
        <translation>Bayonnomani oʻchirish</translation>
    </message>
    <message>
        <source>Mark the minutes as agreed by the parties: they become read-only.</source>
        <translation>Bayonnomani tomonlar kelishgan deb belgilash: u faqat oʻqish uchun boʻladi.</translation>
    </message>
    <message>
        <source>Make agreed minutes editable again, giving a reason for the log.</source>
        <translation>Kelishilgan bayonnomani jurnal uchun sababini koʻrsatib, yana tahrirlashga ochish.</translation>
    </message>
    <message>
        <source>Agreed minutes cannot be deleted; reopen them first.</source>
        <translation>Kelishilgan bayonnomani oʻchirib boʻlmaydi; avval uni qayta oching.</translation>
    </message>
    <message>
        <source>Choose an event to see its minutes.</source>
        <translation>Bayonnomalarini koʻrish uchun tadbirni tanlang.</translation>
    </message>
    <message>
        <source>This event has no minutes yet. Start them with “New minutes…”.</source>
        <translation>Bu tadbirning hali bayonnomasi yoʻq. “Yangi bayonnoma…” orqali boshlang.</translation>
    </message>
    <message>
        <source>Choose minutes to see their entries.</source>
        <translation>Yozuvlarini koʻrish uchun bayonnomani tanlang.</translation>
    </message>
    <message>
        <source>These minutes belong to %1: only its officers may change, agree, reopen or delete them.</source>
        <translation>Bu bayonnoma %1 muassasasiga tegishli: uni faqat uning xodimlari oʻzgartira, kelisha, qayta ocha yoki oʻchira oladi.</translation>
    </message>
    <message>
        <source>these minutes</source>
        <translation>bu bayonnoma</translation>
    </message>
    <message>
        <source>Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.</source>
        <translation>“%1” kelishilgan deb belgilansinmi? Kelishilgan bayonnoma kimdir uni qayta ochmaguncha faqat oʻqish uchun boʻladi.</translation>
    </message>
    <message>
        <source>Why are these minutes reopened? The reason is kept in their log.</source>
        <translation>Bu bayonnoma nima uchun qayta ochilmoqda? Sababi uning jurnalida saqlanadi.</translation>
    </message>
    <message>
        <source>A reason is required to reopen agreed minutes. Why are they reopened?</source>
        <translation>Kelishilgan bayonnomani qayta ochish uchun sabab kerak. Nima uchun qayta ochilmoqda?</translation>
    </message>
    <message>
        <source>Delete “%1” and their entries?</source>
        <translation>“%1” yozuvlari bilan birga oʻchirilsinmi?</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation>Qoʻshish uchun tadbir yoki ikki tomonlama uchrashuvni qidiring…</translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation>Tadbir yoki ikki tomonlama uchrashuvni qidirish</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Topilganlar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Qoʻshish</translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation>Ushbu toʻplamda (har biriga bitta maʼlumotnoma, shu tartibda):</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>Ushbu toʻplamda</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yuqoriga</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pastga</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Olib tashlash</translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation>Profili beriladigan hamkasblar:</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Hamkasblar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Hech biri</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Qidiruv muvaffaqiyatsiz tugadi; tafsilotlar jurnalda.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hech narsa topilmadi.</translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message>
        <source>Sample records in your record</source>
        <translation>Bazangizdagi namuna yozuvlari</translation>
    </message>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>Liaison’ning eski versiyasi namuna ma’lumotlarini (toʻqima xodimlar, Bishkek uchrashuvi…) oʻz bazangizga yuklagan. Siz oʻzgartirmagan %n ta namuna yozuvini olib tashlash mumkin.</numerusform>
            <numerusform>Liaison’ning eski versiyasi namuna ma’lumotlarini (toʻqima xodimlar, Bishkek uchrashuvi…) oʻz bazangizga yuklagan. Siz oʻzgartirmagan %n ta namuna yozuvini olib tashlash mumkin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Saqlanadi: siz oʻzgartirgan yoki oʻz yozuvlaringiz ishora qilgan %n ta yozuv:</numerusform>
            <numerusform>Saqlanadi: siz oʻzgartirgan yoki oʻz yozuvlaringiz ishora qilgan %n ta yozuv:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample stays available in the training record (File → Open the training record…).</source>
        <translation>Namuna oʻquv bazasida mavjud boʻlib qoladi (Fayl → Oʻquv bazasini ochish…).</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Olib tashlash</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>%n ta namuna yozuvi olib tashlandi.</numerusform>
            <numerusform>%n ta namuna yozuvi olib tashlandi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>Siz oʻzgartirgan yoki bogʻlagan %n ta yozuv saqlandi.</numerusform>
            <numerusform>Siz oʻzgartirgan yoki bogʻlagan %n ta yozuv saqlandi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation>Boʻlimlar (muqova har doim boʻladi)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation>Har bir sahifaning yuqori va pastki qismida chop etiladi; boshqa grifni ham yozish mumkin</translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation>Safar manzili (bir nechta maʼlumotnomadan iborat toʻplam uchun)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>Maxfiylik &amp;grifi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nomi:</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Ehtimol, ayni shaxs</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Ehtimol</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sababi</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>No papers</source>
        <translation>Hujjatlarsiz</translation>
    </message>
    <message>
        <source>&amp;List them in an annex (Papers on file)</source>
        <translation>Ilovada &amp;roʻyxatlash (Qayddagi hujjatlar)</translation>
    </message>
    <message>
        <source>List them and append the &amp;first pages of the PDFs</source>
        <translation>Roʻyxatlash va PDF larning &amp;birinchi sahifalarini qoʻshish</translation>
    </message>
    <message>
        <source>Pa&amp;ges of each PDF:</source>
        <translation>Har bir PDF dan &amp;sahifalar:</translation>
    </message>
    <message>
        <source>Pages of each PDF</source>
        <translation>Har bir PDF dan sahifalar</translation>
    </message>
    <message>
        <source>How many pages of each chosen PDF follow the pack (1 to 10)</source>
        <translation>Tanlangan har bir PDF ning nechta sahifasi toʻplamdan keyin qoʻshiladi (1 dan 10 gacha)</translation>
    </message>
    <message>
        <source>Papers attached to the records of these notes:</source>
        <translation>Ushbu maʼlumotnomalar yozuvlariga biriktirilgan hujjatlar:</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Hujjatlar</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Barcha hujjatlar</translation>
    </message>
    <message>
        <source>Tick all papers</source>
        <translation>Barcha hujjatlarni belgilash</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Hech biri</translation>
    </message>
    <message>
        <source>Untick all papers</source>
        <translation>Barcha hujjatlardan belgini olib tashlash</translation>
    </message>
    <message>
        <source>PDFs only on the Secretariat are downloaded when the preview is made; one that cannot be is listed in the annex as not downloaded. Photos are not papers.</source>
        <translation>Faqat Kotibiyatda turgan PDF lar oldindan koʻrish tayyorlanganda yuklab olinadi; yuklab olinmagani ilovada yuklab olinmagan deb koʻrsatiladi. Fotosuratlar hujjat emas.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>bu kompyuterda</translation>
    </message>
    <message>
        <source>missing from this computer — attach it again</source>
        <translation>bu kompyuterda yoʻq — qayta biriktiring</translation>
    </message>
    <message>
        <source>on the Secretariat: downloaded when the preview is made</source>
        <translation>Kotibiyatda: oldindan koʻrish tayyorlanganda yuklab olinadi</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Kotibiyatda</translation>
    </message>
    <message>
        <source>No papers are attached to the records of these notes.</source>
        <translation>Ushbu maʼlumotnomalar yozuvlariga birorta ham hujjat biriktirilmagan.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the agreed minutes</source>
        <translation>Kelishilgan bayonnomani qayta ochish</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Qayta ochish</translation>
    </message>
    <message>
        <source>Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it.</source>
        <translation>Kelishilgan bayonnoma faqat ataylab qayta ochiladi. Sababini yozing: u ismingiz va vaqt bilan jurnalga yoziladi va uni har bir delegatsiya koʻradi.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>e.g. The Uzbek delegation&apos;s comments on item 2 arrived.</source>
        <translation>masalan, Oʻzbekiston delegatsiyasining 2-masala boʻyicha mulohazalari keldi.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Sabab:</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>This record is damaged, so it is open for reading only: nothing can be changed. Recover it to go on working (%1).</source>
        <translation>Bu yozuv shikastlangan, shuning uchun faqat oʻqish uchun ochiq: hech narsani oʻzgartirib boʻlmaydi. Ishni davom ettirish uchun uni tiklang (%1).</translation>
    </message>
    <message>
        <source>This record is read-only (the file, its folder or the disk cannot be written), so it is open for reading only: nothing can be changed (%1).</source>
        <translation>Bu yozuv faqat oʻqish uchun (faylga, uning jildiga yoki diskka yozib boʻlmaydi), shuning uchun faqat oʻqish uchun ochiq: hech narsani oʻzgartirib boʻlmaydi (%1).</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Tiklash…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Qaytarish</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change.</source>
        <translation>Faqat oʻqish uchun: bu yozuv %1 muassasasiga tegishli va uni faqat oʻsha muassasa xodimlari oʻzgartira oladi (Kotibiyat boshqa muassasalardan kelgan oʻzgarishlarni qabul qilmaydi). Keraklisini nusxalab oling yoki oʻzgarishni kiritishni ulardan soʻrang.</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change.</source>
        <translation>Faqat oʻqish uchun: bu yozuv boshqa muassasaga tegishli va uni faqat oʻsha muassasa xodimlari oʻzgartira oladi. Keraklisini nusxalab oling yoki oʻzgarishni kiritishni ulardan soʻrang.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Bu yozuvda saqlanmagan oʻzgarishlar bor. Saqlansinmi?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The record is damaged</source>
        <translation>Yozuv shikastlangan</translation>
    </message>
    <message>
        <source>Recovery copies everything that can still be read into a new file, which takes the damaged one&apos;s place; the damaged file is kept in the backups folder. Liaison closes while it works and opens again on the recovered record.</source>
        <translation>Tiklash hali oʻqiladigan hamma narsani shikastlangan faylning oʻrnini oladigan yangi faylga nusxalaydi; shikastlangan fayl zaxira nusxalar jildida saqlanadi. Liaison bu vaqtda yopiladi va tiklangan yozuv bilan qayta ochiladi.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Faylni tekshirish</translation>
    </message>
    <message>
        <source>Recover and reopen</source>
        <translation>Tiklash va qayta ochish</translation>
    </message>
    <message>
        <source>Read on for now</source>
        <translation>Hozircha oʻqishda davom etish</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Fayl tekshirilmoqda…</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Shikast topilmadi.</translation>
    </message>
    <message>
        <source>Recovery could not be started. Run: liaison recover</source>
        <translation>Tiklashni boshlab boʻlmadi. Ishga tushiring: liaison recover</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Type to search…</source>
        <translation>Qidirish uchun yozing…</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Saqlash holati</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Saqlash xatosi</translation>
    </message>
    <message>
        <source>Your text stays on screen; Liaison keeps trying to save it.</source>
        <translation>Matningiz ekranda qoladi; Liaison uni saqlashga urinishda davom etadi.</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Yozish jarayonida saqlanadi</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Faqat oʻqish uchun</translation>
    </message>
    <message>
        <source>There is no Save button: what you type is saved within a second.</source>
        <translation>Saqlash tugmasi yoʻq: yozganingiz bir soniya ichida saqlanadi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saqlanmoqda…</translation>
    </message>
    <message>
        <source>Your latest typing is being saved.</source>
        <translation>Soʻnggi yozganlaringiz saqlanmoqda.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saqlandi</translation>
    </message>
    <message>
        <source>Everything typed is saved on this computer.</source>
        <translation>Yozilgan hamma narsa shu kompyuterda saqlandi.</translation>
    </message>
    <message>
        <source>Disk full — not saved</source>
        <translation>Disk toʻla — saqlanmadi</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saqlanmadi</translation>
    </message>
    <message>
        <source>Your text is safe on screen and will be saved as soon as possible.</source>
        <translation>Matningiz ekranda xavfsiz va imkon boʻlishi bilan saqlanadi.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Saqlanmadi: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Hamma joydan qidirish (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hamma joydan qidirish</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Qidiruv natijalari</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hech narsa topilmadi.</translation>
    </message>
    <message>
        <source>in the attached file %1</source>
        <translation>biriktirilgan faylda: %1</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Qidiruv muvaffaqiyatsiz tugadi; tafsilotlar jurnalda.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ismingiz:</translation>
    </message>
    <message>
        <source>as it should appear in the minutes&apos; log</source>
        <translation>bayonnoma jurnalida koʻrinishi kerak boʻlganidek</translation>
    </message>
    <message>
        <source>&amp;Home institution:</source>
        <translation>&amp;Oʻz muassasangiz:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoʻq)</translation>
    </message>
    <message>
        <source>New records &amp;visible to:</source>
        <translation>Yangi yozuvlarni &amp;koʻra oladiganlar:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Download in the background, up to:</source>
        <translation>Fonda koʻpi bilan &amp;yuklab olish:</translation>
    </message>
    <message>
        <source>Download in the background, up to (MB per sync)</source>
        <translation>Fonda koʻpi bilan yuklab olish (har sinxronlashda MB)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Never (each file downloads when opened)</source>
        <translation>Hech qachon (har bir fayl ochilganda yuklab olinadi)</translation>
    </message>
    <message>
        <source>Colleagues&apos; attached files each sync downloads by itself, newest first, up to this many megabytes; the others stay on the Secretariat and download when you open them. 0: never in the background.</source>
        <translation>Hamkasblarning biriktirilgan fayllarini har bir sinxronlash oʻzi, eng yangisidan boshlab, shuncha megabaytgacha yuklab oladi; qolganlari Kotibiyatda qoladi va siz ochganingizda yuklab olinadi. 0: fonda hech qachon.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Tizimdagidek (%1)</translation>
    </message>
    <message>
        <source>The window changes language at once; dates and numbers follow the language too.</source>
        <translation>Oyna tili darhol oʻzgaradi; sanalar va raqamlar ham tanlangan tilga moslashadi.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists and editors</source>
        <translation>Roʻyxatlar va muharrirlar</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Yigʻilish rejimi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura tugmalari</translation>
    </message>
    <message>
        <source>Tab moves between a list, its filter and the editor; the arrows move within a list.</source>
        <translation>Tab roʻyxat, uning filtri va muharrir orasida oʻtadi; strelkalar roʻyxat ichida harakatlanadi.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Amal</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tugmalar</translation>
    </message>
</context>
<context>
    <name>SimilarNotice</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Ehtimoliy dublikat</translation>
    </message>
    <message>
        <source>&amp;Open the existing contact</source>
        <translation>Mavjud kontaktni &amp;ochish</translation>
    </message>
    <message>
        <source>%1 already exists (%2): is this the same person?</source>
        <translation>%1 allaqachon mavjud (%2): bu oʻsha shaxsmi?</translation>
    </message>
    <message>
        <source>Also similar: %1.</source>
        <translation>Boshqa oʻxshashlar: %1.</translation>
    </message>
    <message>
        <source>Open %1 instead of creating a new contact</source>
        <translation>Yangi kontakt yaratish oʻrniga %1 ni ochish</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Türkiye</source>
        <translation>Turkiya</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Ozarbayjon</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Qozogʻiston</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Qirgʻiziston</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Oʻzbekiston</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Vengriya</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmaniston</translation>
    </message>
    <message>
        <source>Turkish Republic of Northern Cyprus</source>
        <translation>Shimoliy Kipr Turk Respublikasi</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TDT Kotibiyati</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sinxronlash bekor qilindi.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the Secretariat could not be told: its sign-in stays valid there until an administrator revokes it.</source>
        <translation>Bu kompyuterda tizimdan chiqildi, lekin Kotibiyatga xabar berib boʻlmadi: administrator bekor qilmaguncha kirish huquqi u yerda amal qiladi.</translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation>Dasturdagi xatolik sababli sinxronlash amalga oshmadi; tafsilotlar jurnalda.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 serveriga %2 sifatida kirilgan.</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation>Tizimdan chiqildi; bu kompyuterning kirish huquqi bekor qilindi.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Sinxronlandi: %1 ta yuborildi, %2 ta qabul qilindi</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s server had gone back to an earlier backup: this computer sent it again what it had lost and read the record again; nothing was lost (records sent again: {count}).</source>
        <translation>Kotibiyat serveri avvalgi zaxira nusxaga qaytgan edi: bu kompyuter u yoʻqotganlarini qayta yubordi va yozuvlarni qayta oʻqidi; hech narsa yoʻqolmadi (qayta yuborilgan yozuvlar: {count}).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n ta oʻchirildi</numerusform>
            <numerusform>%n ta oʻchirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n ta birlashtirildi</numerusform>
            <numerusform>%n ta birlashtirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n ta yangi ziddiyat</numerusform>
            <numerusform>%n ta yangi ziddiyat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n tasi server tomonidan rad etildi (ziddiyatlar roʻyxatida saqlandi)</numerusform>
            <numerusform>%n tasi server tomonidan rad etildi (ziddiyatlar roʻyxatida saqlandi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation>Kotibiyat tizimiga kirish</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server manzili</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Foydalanuvchi nomi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation>faqat Kotibiyat oʻz sertifikatlash markazidan foydalansa</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA fayli</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server manzili</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Foydalanuvchi nomi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parol</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;CA fayli</translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation>Parol bir marta yuboriladi va saqlanmaydi; bu kompyuterda bekor qilinishi mumkin boʻlgan kirish maʼlumoti saqlanadi.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirish</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation>Kotibiyatning CA sertifikati</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikatlar (*.pem *.crt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Iltimos, toʻldiring: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Tizimga kirilmoqda…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sinxronlash jurnali</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Hozir sinxronlash</translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation>Ikkala tomon ham bir xil maydonni oʻzgartirgan</translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation>Bir tomonda tahrirlangan, boshqa tomonda oʻchirilgan</translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation>Server bu oʻzgarishni rad etdi</translation>
    </message>
    <message>
        <source>Only officers of the record&apos;s institution may change it.</source>
        <translation>Yozuvni faqat u tegishli boʻlgan muassasa xodimlari oʻzgartira oladi.</translation>
    </message>
    <message>
        <source>The server has no such record.</source>
        <translation>Serverda bunday yozuv yoʻq.</translation>
    </message>
    <message>
        <source>Private records never leave the officer&apos;s machine.</source>
        <translation>Shaxsiy yozuvlar hech qachon xodimning kompyuteridan chiqmaydi.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ha</translation>
    </message>
    <message>
        <source>no</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Serverdagisini qoldirish</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>%1 variantini qoʻllash</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Menikini qoʻllash</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Birlashtirish</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Birlashtirilgan matn</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Ochiq ziddiyatlar</translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation>&amp;Tanlovlar boʻyicha hal qilish</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>&amp;Matnimni nusxalash</translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation>Ochiq ziddiyatlar yoʻq: barcha tahrirlar birlashtirildi.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 tomonidan</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>siz tomondan</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>Koʻrib chiqilgan deb &amp;belgilash</translation>
    </message>
    <message>
        <source>&amp;Copy %1&apos;s text</source>
        <translation>%1 matnini &amp;nusxalash</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 may want to send their text to the record&apos;s owner.</source>
        <translation>Hech narsa oʻzgartirilmadi. %1 oʻz matnini yozuv egasiga yubormoqchi boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Matningiz shu yerda saqlanadi: uni nusxalab (Matnimni nusxalash), oʻzgarishni kirita oladigan %1 xodimiga yuboring yoki kiritishni soʻrang. Soʻngra buni koʻrib chiqilgan deb belgilang.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of the record&apos;s institution, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Matningiz shu yerda saqlanadi: uni nusxalab (Matnimni nusxalash), oʻzgarishni kirita oladigan, yozuv tegishli muassasa xodimiga yuboring yoki kiritishni soʻrang. Soʻngra buni koʻrib chiqilgan deb belgilang.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Sababi:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Nima qilish mumkin:</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Offline</source>
        <translation>Oflayn</translation>
    </message>
    <message>
        <source>Sync with the Secretariat is not set up on this computer.</source>
        <translation>Bu kompyuterda Kotibiyat bilan sinxronlash sozlanmagan.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Ochiq ziddiyatlar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinxronlanmoqda…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation>Sinxronlanmoqda… %2 ta oʻzgarishdan %1 tasi yuborildi</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Sinxronlanmoqda… %n ta yozuv qabul qilindi</numerusform>
            <numerusform>Sinxronlanmoqda… %n ta yozuv qabul qilindi</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Tizimga kirilmagan</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinxronlash amalga oshmadi</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>oxirgi sinxronlash: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 serveriga %2 sifatida kirilgan.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation>Bu kompyuterda kalitlar ombori (keyring) yoʻq: kirish Liaison yopilguncha amal qiladi.</translation>
    </message>
    <message>
        <source>This computer&apos;s sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept.</source>
        <translation>Bu kompyuterning %1 manziliga kirishi endi yoʻq: tizimga qayta kiring (Sinxronlash → Kotibiyat tizimiga kirish…). Oʻzgarishlaringiz saqlab qolindi.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ta ziddiyat</numerusform>
            <numerusform>%n ta ziddiyat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n ta oʻzgarish hali sinxronlanmagan</numerusform>
            <numerusform>%n ta oʻzgarish hali sinxronlanmagan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>Shaxsiy yozuvlardagi %n ta oʻzgarish shu kompyuterda saqlanadi: shaxsiy yozuvlar hech qachon yuborilmaydi.</numerusform>
            <numerusform>Shaxsiy yozuvlardagi %n ta oʻzgarish shu kompyuterda saqlanadi: shaxsiy yozuvlar hech qachon yuborilmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinxronlash</translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation>Serverdan kelgan oʻchirishlar baribir qoʻllansinmi?</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <source>Talking points for:</source>
        <translation>Tezislar qaysi maʼlumotnoma uchun:</translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation>Tezislar qaysi maʼlumotnoma uchun</translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation>Nimani aytmoqchi yoki soʻramoqchisiz. “-” bilan boshlanadigan qatorlar roʻyxat sifatida chop etiladi.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Suhbat tezislari</translation>
    </message>
    <message>
        <source>Not saved: %1. Trying again; your text stays here.</source>
        <translation>Saqlanmadi: %1. Qayta urinilmoqda; matningiz shu yerda qoladi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saqlanmoqda…</translation>
    </message>
    <message>
        <source>Kept on this computer for the next briefing; talking points do not sync.</source>
        <translation>Keyingi maʼlumotnoma uchun shu kompyuterda saqlanadi; suhbat tezislari sinxronlanmaydi.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saqlanmadi</translation>
    </message>
    <message>
        <source>Your talking points could not be saved: %1</source>
        <translation>Suhbat tezislaringiz saqlanmadi: %1</translation>
    </message>
    <message>
        <source>Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text.</source>
        <translation>Qayta urinib koʻring, Liaison&apos;ni ochiq qoldiring (matn ekranda qoladi) yoki chiqib, saqlanmagan matndan voz keching.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Ochiq qoldirish</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Chiqish va yoʻqotish</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison.</source>
        <translation>Liaison ichida xatolik yuz berdi.</translation>
    </message>
    <message>
        <source>Your saved work is safe. Please report this problem with the details below.</source>
        <translation>Saqlangan ishingiz xavfsiz. Iltimos, bu muammo haqida quyidagi tafsilotlar bilan xabar bering.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Bugun, %1</translation>
    </message>
    <message>
        <source>Only my institution&apos;s action items</source>
        <translation>Faqat muassasamning topshiriqlari</translation>
    </message>
    <message>
        <source>Action items assigned to your home institution (File → Settings)</source>
        <translation>Oʻz muassasangizga berilgan topshiriqlar (Fayl → Sozlamalar)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Oylar boʻyicha tadbirlar</translation>
    </message>
    <message>
        <source>Events on the chosen day</source>
        <translation>Tanlangan kundagi tadbirlar</translation>
    </message>
    <message>
        <source>Events in the next four weeks</source>
        <translation>Keyingi toʻrt haftadagi tadbirlar</translation>
    </message>
    <message>
        <source>Bilateral meetings in the next four weeks</source>
        <translation>Keyingi toʻrt haftadagi ikki tomonlama uchrashuvlar</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Muddati oʻtgan topshiriqlar</translation>
    </message>
    <message>
        <source>Action items due in the next two weeks</source>
        <translation>Keyingi ikki haftada muddati keladigan topshiriqlar</translation>
    </message>
    <message>
        <source>Minutes awaiting agreement</source>
        <translation>Kelishuvni kutayotgan bayonnomalar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Ochiq ziddiyatlar</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>Open the conflict inbox</source>
        <translation>Ziddiyatlar qutisini ochish</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n tadbir</numerusform>
            <numerusform>%n tadbir</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on %1</source>
        <translation>%1 sanasidagi tadbirlar</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>Muddati oʻtgan %n ta topshiriq bor: Bugun boʻlimiga qarang (Ctrl+1).</numerusform>
            <numerusform>Muddati oʻtgan %n ta topshiriq bor: Bugun boʻlimiga qarang (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>Muddati oʻtgan %n ta topshiriq</numerusform>
            <numerusform>Muddati oʻtgan %n ta topshiriq</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Remove the training record</source>
        <translation>Oʻquv yozuvini oʻchirish</translation>
    </message>
    <message>
        <source>Delete the training record and all the sample data in %1? Your own record is not touched.</source>
        <translation>%1 ichidagi oʻquv yozuvi va barcha namuna maʼlumotlar oʻchirilsinmi? Oʻz yozuvingizga tegilmaydi.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training record</source>
        <translation>Oʻquv yozuvi</translation>
    </message>
    <message>
        <source>sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.</source>
        <translation>Liaisonʼni sinab koʻrish uchun namuna maʼlumotlar. Bu yerdagi hech narsa Kotibiyat bilan sinxronlanmaydi.</translation>
    </message>
    <message>
        <source>Back to my record</source>
        <translation>Oʻz yozuvimga qaytish</translation>
    </message>
    <message>
        <source>Remove the training record…</source>
        <translation>Oʻquv yozuvini oʻchirish…</translation>
    </message>
    <message>
        <source>Training record: never synced</source>
        <translation>Oʻquv yozuvi: sinxronlanmaydi</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksport…</translation>
    </message>
    <message>
        <source>Export selected contacts…</source>
        <translation>Tanlangan kontaktlarni eksport qilish…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Koʻrsatilgan kontaktlarni eksport qilish…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Dublikatlarni topish…</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bayt</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(surat)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Liaison’ga xush kelibsiz</translation>
    </message>
    <message>
        <source>Your record is empty. Say who you are: your name goes into the minutes&apos; log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced.</source>
        <translation>Yozuvingiz boʻsh. Kim ekaningizni koʻrsating: ismingiz bayonnoma jurnaliga yoziladi, siz yaratgan yozuvlar esa muassasangizga tegishli boʻladi. Buni keyinroq Fayl → Sozlamalar orqali oʻzgartirishingiz mumkin. Avval tanishib chiqish uchun oʻquv yozuvini oching: yozuvingizdan alohida saqlanadigan, hech qachon sinxronlanmaydigan namuna maʼlumotlar.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ismingiz:</translation>
    </message>
    <message>
        <source>Your &amp;institution:</source>
        <translation>&amp;Muassasangiz:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Davlat:</translation>
    </message>
    <message>
        <source>pick one, or type its name</source>
        <translation>birini tanlang yoki nomini yozing</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Boshlash</translation>
    </message>
    <message>
        <source>Open the &amp;training record</source>
        <translation>&amp;Oʻquv yozuvini ochish</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Oʻtkazib &amp;yuborish</translation>
    </message>
</context>
</TS>
