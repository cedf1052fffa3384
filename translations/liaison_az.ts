<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Yeni tapşırıq</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tapşırıq əlavə et</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <source>e.g. Circulate the concept note</source>
        <translation>məs. konsepsiya sənədini paylamaq</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Məsul qurum</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tapşırıq:</translation>
    </message>
    <message>
        <source>Responsible &amp;institution:</source>
        <translation>Məsul &amp;qurum:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Məsul &amp;şəxs:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Son tarix:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Any other business</source>
        <translation>Müxtəlif məsələlər</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Gündəlikdə olmayan, qaldırılan məsələlər.</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Protokol: %1</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Gündəlik</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <source>Next item: %1. Previous item: %2.</source>
        <translation>Növbəti məsələ: %1. Əvvəlki məsələ: %2.</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Gündəliyin cari məsələsi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Who said what: statements, proposals, points raised…</source>
        <translation>Kim nə dedi: çıxışlar, təkliflər, qaldırılan məsələlər…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Qərarlar</translation>
    </message>
    <message>
        <source>What the meeting decided or agreed on this item…</source>
        <translation>Bu məsələ üzrə nə qərara alındı və ya razılaşdırıldı…</translation>
    </message>
    <message>
        <source>Summary of the minutes</source>
        <translation>Protokolun xülasəsi</translation>
    </message>
    <message>
        <source>The general summary, for the whole meeting…</source>
        <translation>Bütün iclas üzrə ümumi xülasə…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Qeydlər</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Q&amp;ərarlar</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the minutes</source>
        <translation>Protokolun &amp;xülasəsi</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Məsələ %1 / %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Gündəlikdən kənar</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>missing from this computer, %1 — attach it again</source>
        <translation>bu kompüterdə yoxdur, %1 — yenidən əlavə edin</translation>
    </message>
    <message>
        <source>on the Secretariat, %1 — download</source>
        <translation>Katiblikdə, %1 — endir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Əlavə edildi: {names}</translation>
    </message>
    <message>
        <source>No program here opens {name}; Save a copy… keeps it.</source>
        <translation>Bu kompüterdə {name} faylını açan proqram yoxdur; “Nüsxəsini saxla…” ilə saxlaya bilərsiniz.</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Nüsxəsi saxlanıldı: {path}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} silindi.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} bərpa edildi.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Əl&amp;avə et…</translation>
    </message>
    <message>
        <source>Attach files to this record (or drop them on the record)</source>
        <translation>Bu qeydə fayl əlavə edin (və ya faylları qeydin üzərinə atın)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open the file in its viewer (Enter)</source>
        <translation>Faylı öz baxış proqramında açın (Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Nüsxəsini saxla…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Çı&amp;xar</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete); Undo remove brings it back</source>
        <translation>Faylı bu qeyddən silin (Delete); “Silməni geri al” onu qaytarır</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Silməni &amp;geri al</translation>
    </message>
    <message>
        <source>This record is open for reading only.</source>
        <translation>Bu qeyd yalnız oxumaq üçün açıqdır.</translation>
    </message>
    <message>
        <source>Save the record first; then attach files to it.</source>
        <translation>Əvvəlcə qeydi saxlayın; sonra ona fayl əlavə edin.</translation>
    </message>
    <message>
        <source>No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.</source>
        <translation>Hələ fayl yoxdur. Əlavə et… və ya faylları bura atın: PDF, DOCX, XLSX, ODT, şəkillər, mətn.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Fayl əlavə et</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Nüsxəsini saxla</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? Undo remove brings it back.</source>
        <translation>“%1” bu qeyddən silinsin? “Silməni geri al” onu qaytarır.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Adı yazın, sonra Enter</translation>
    </message>
    <message>
        <source>Participants (checked: present)</source>
        <translation>İştirakçılar (işarələnən: iştirak edir)</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected participant as present.</source>
        <translation>Boşluq düyməsi seçilmiş iştirakçını iştirak edən kimi işarələyir və ya işarəni götürür.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>İştirakçı</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Nümayəndə heyəti</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Check &amp;in someone else:</source>
        <translation>Başqasını q&amp;eydə al:</translation>
    </message>
    <message>
        <source>Check in a participant by name</source>
        <translation>İştirakçını adı ilə qeydə al</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>İştirak edir: %n / %1</numerusform>
            <numerusform>İştirak edir: %n / %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants registered yet: check them in below.</source>
        <translation>Hələ iştirakçı qeydə alınmayıb: onları aşağıda qeydə alın.</translation>
    </message>
    <message>
        <source>A&amp;ttendance %1/%2</source>
        <translation>İş&amp;tirak %1/%2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 iştirak edir.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 artıq iştirak edən kimi qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Yadda saxlanılmadı: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 qeydə alındı.</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Qeydə alınmadı: %1</translation>
    </message>
</context>
<context>
    <name>BilateralDialog</name>
    <message>
        <source>New bilateral meeting on the margins</source>
        <translation>Tədbir çərçivəsində yeni ikitərəfli görüş</translation>
    </message>
    <message>
        <source>Add bilateral</source>
        <translation>Görüş əlavə et</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Left empty: named after the parties</source>
        <translation>Boş qalsa, tərəflərin adı ilə adlanır</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Other party (a person)</source>
        <translation>Digər tərəf (şəxs)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarix:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Tə&amp;rəflər:</translation>
    </message>
    <message>
        <source>&amp;With (person):</source>
        <translation>&amp;Kiminlə (şəxs):</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Arayış</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Arayış toplusu</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mündəricat</translation>
    </message>
    <message>
        <source>Papers on file</source>
        <translation>Qeydiyyatdakı sənədlər</translation>
    </message>
    <message>
        <source>No papers are attached to the records of this note.</source>
        <translation>Bu qeydin yazılarına əlavə edilmiş sənəd yoxdur.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Əlavə edildiyi yazı</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Bu topluda</translation>
    </message>
    <message>
        <source>its first page, at the end of the pack</source>
        <translation>ilk səhifəsi, paketin sonunda</translation>
    </message>
    <message>
        <source>its first {pages} pages, at the end of the pack</source>
        <translation>ilk {pages} səhifəsi, paketin sonunda</translation>
    </message>
    <message>
        <source>listed only (not a PDF)</source>
        <translation>yalnız siyahıda (PDF deyil)</translation>
    </message>
    <message>
        <source>listed only (not downloaded to this computer)</source>
        <translation>yalnız siyahıda (bu kompüterə endirilməyib)</translation>
    </message>
    <message>
        <source>listed only (the PDF cannot be read)</source>
        <translation>yalnız siyahıda (PDF oxuna bilmir)</translation>
    </message>
    <message>
        <source>listed only (its copy on this computer is damaged and was set aside)</source>
        <translation>yalnız siyahıda (bu kompüterdəki nüsxəsi zədələnib və kənara qoyulub)</translation>
    </message>
    <message>
        <source>The first pages of the PDFs follow the pack&apos;s numbered pages, as they are on file (without this pack&apos;s marking); the bookmarks lead to each.</source>
        <translation>PDF-lərin ilk səhifələri paketin nömrələnmiş səhifələrindən sonra, saxlanıldığı kimi (bu paketin qrifi olmadan) gəlir; əlfəcinlər hər birinə aparır.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkitərəfli görüş</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Birgə Fəaliyyət Planı</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Hazırlanma tarixi: {date}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Hazırlayan: {name}, {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Səhifə {page}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Səhifə {page} / {pages}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>LAYİHƏ</translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation>Bu arayışda istifadə olunan protokol layihədir, hələ razılaşdırılmayıb: onun məzmunu dəyişə bilər.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Keçirilmə yeri</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ev sahibi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Hansı tədbir çərçivəsində</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Məxfilik qrifi</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Qeydlərdə olmayanlar</translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation>Bu arayışın bütün hissələri qeydlərdə mövcuddur.</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>Tədbir haqqında</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation>Qeydə alınmış nəticələr</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Nümayəndə heyətləri</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Həmsöhbətlər</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Danışıq tezisləri</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Birgə Fəaliyyət Planı tədbirləri</translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation>Əlavə: protokol</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Məsələ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Dövlət</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üzvlər</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Məsul</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation>Aparıcı qurum: {institution}</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>In Latin script</source>
        <translation>Latın əlifbası ilə</translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation>{name} (transliterasiya)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Müraciət forması</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Bu tədbirdəki rolu</translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation>{state} nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation>{state} nümayəndə heyəti</translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation>Bu görüşün tərəfi</translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation>Onunla əvvəlki görüşlər</translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation>Əvvəlki ikitərəfli görüşlər və razılaşdırılanlar</translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation>Ona aid açıq tapşırıqlar</translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation>Mövcud qeydlər</translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation>Nəticə: {outcomes}</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Nəticə qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation>nümayəndə heyətinə rəhbərlik edib</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>son tarix {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VAXTI KEÇMİŞ</translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation>{institution} vasitəsilə</translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation>məsul: {person}</translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation>mənbə: {event}</translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation>Protokol: {event}</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation>Bu tədbirin hələ protokolu yoxdur; aşağıdakı protokol eyni növdən olan əvvəlki tədbirə aiddir: {event}.</translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation>Bu görüşün çərçivəsində keçirildiyi tədbirin protokolu: {event}.</translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation>“{event}” protokolu bu topluda daha əvvəl yer alan “{note}” arayışına əlavə olunub.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>{date} tarixində razılaşdırılıb.</translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation>Layihə; hələ razılaşdırılmayıb.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Qərarlar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation>Bu tədbir üçün gündəlik qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation>Bu görüş üçün mövzu qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation>Bu tədbir üçün nümayəndə heyəti qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation>Bu görüş üçün tərəf qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation>Həmsöhbət yoxdur: iştirakçı kimi heç kim qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation>Bu arayış üçün həmsöhbət seçilməyib.</translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation>Bu arayış üçün danışıq tezisləri yazılmayıb.</translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation>Bu görüşlə bağlı Birgə Fəaliyyət Planı tədbiri yoxdur.</translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation>Bu tədbir və ya eyni növdən olan əvvəlki tədbir üçün protokol qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Qeydlərdə foto yoxdur</translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation>Qeydlərdəki foto oxunmur</translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation>Qurum qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation>Vəzifə qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation>E-poçt ünvanı və ya telefon nömrəsi qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation>Bu görüşdən əvvəl heç nə qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Açıq tapşırıq yoxdur.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarix yoxdur</translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation>Yer qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>qeyd olunmayıb</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>gündəlik</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>mövzular</translation>
    </message>
    <message>
        <source>the delegations</source>
        <translation>nümayəndə heyətləri</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>tərəflər</translation>
    </message>
    <message>
        <source>the counterparts</source>
        <translation>həmsöhbətlər</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>danışıq tezisləri</translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation>əlaqədar Birgə Fəaliyyət Planı tədbirləri</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>protokol</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation>foto: {names}</translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation>qurum: {names}</translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation>əlaqə məlumatları: {names}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>və daha {count} nəfər</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation>Gündəlik (və ya mövzular)</translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation>Nümayəndə heyətləri (və ya tərəflər)</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>Həmsöhbətlərin profilləri</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Danışıq tezisləri</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Birgə Fəaliyyət Planı tədbirləri</translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation>Son protokol (əlavə)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Arayış toplusu</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Arayışlar</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Parametrlər</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>&amp;Danışıq tezisləri</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>İlkin baxış</translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation>Arayışın mövzusunu seçin, sonra “İlkin baxışı hazırla” (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Pap&amp;ers</source>
        <translation>&amp;Sənədlər</translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation>&amp;İlkin baxışı hazırla</translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation>Qeydlər əsasında PDF hazırla (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Yadda saxla…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Çap e&amp;t…</translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation>İlkin baxış hazırlandıqdan sonra dəyişiklik edilib: yeniləmək üçün “İlkin baxışı hazırla” (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation>Əvvəlcə ən azı bir tədbir və ya ikitərəfli görüş əlavə edin.</translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation>Arayış hazırlanmadı.</translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation>Ləğv edildi; ilkin baxış dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation>Arayış hazırlanır…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n səhifə.</numerusform>
            <numerusform>%n səhifə.</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation>LAYİHƏ: istifadə olunan protokol hələ razılaşdırılmayıb.</translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>Məlumatlarda %n məlumat çatışmır; hansılar olduğu PDF-də göstərilib.</numerusform>
            <numerusform>Məlumatlarda %n məlumat çatışmır; hansılar olduğu PDF-də göstərilib.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n sənəd Katiblikdən endirilə bilmədi; əlavədə siyahıya alınıb.</numerusform>
            <numerusform>%n sənəd Katiblikdən endirilə bilmədi; əlavədə siyahıya alınıb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged on this computer, set aside and left out: %1. Sync to download them again, or attach the originals again.</source>
        <translation>Bu kompüterdə zədələnib, kənara qoyulub və daxil edilməyib: %1. Yenidən endirmək üçün sinxronlaşdırın və ya əsl fayllarını yenidən əlavə edin.</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Arayışı yadda saxla</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Yadda saxlanıldı: %1.</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Arayışı çap et</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Səhifə %1 / %2 çap olunur…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Printerə %n səhifə göndərildi.</numerusform>
            <numerusform>Printerə %n səhifə göndərildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Çap ləğv edildi; printerə heç nə göndərilmədi.</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>Çap ləğv edildi; printer artıq göndərilmiş %n səhifəni geri ala bilmədi.</numerusform>
            <numerusform>Çap ləğv edildi; printer artıq göndərilmiş %n səhifəni geri ala bilmədi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be rendered.</source>
        <translation>Çap dayandı: səhifələrdən biri hazırlanmadı.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeri işə salmaq mümkün olmadı.</translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <source>Add…</source>
        <translation>Əlavə et…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Silməni geri qaytar</translation>
    </message>
    <message>
        <source>Restore the last one deleted here, with what was deleted with it</source>
        <translation>Burada sonuncu silinəni onunla birlikdə silinənlərlə bərpa edir</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” silinsin?</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>bu qeyd</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Meeting of Ministers and Heads of Institutions</source>
        <translation>Nazirlərin və qurum rəhbərlərinin iclası</translation>
    </message>
    <message>
        <source>Contact Group meeting</source>
        <translation>Əlaqə Qrupunun iclası</translation>
    </message>
    <message>
        <source>Diaspora Forum</source>
        <translation>Diaspor Forumu</translation>
    </message>
    <message>
        <source>Diaspora Youth Forum</source>
        <translation>Diaspor Gənclər Forumu</translation>
    </message>
    <message>
        <source>Capacity Building Training</source>
        <translation>Potensialın artırılması təlimi</translation>
    </message>
    <message>
        <source>Exchange of Experience Programme</source>
        <translation>Təcrübə mübadiləsi proqramı</translation>
    </message>
    <message>
        <source>Internship Programme</source>
        <translation>Təcrübə keçmə proqramı</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Rəsmi qəbul</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Zirvə görüşü</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>İşgüzar səfər</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Digər tədbir</translation>
    </message>
    <message>
        <source>Diaspora institution</source>
        <translation>Diasporla iş üzrə qurum</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Nazirlik</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Səfirlik və ya konsulluq</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TDT Katibliyi</translation>
    </message>
    <message>
        <source>Representation office</source>
        <translation>Nümayəndəlik</translation>
    </message>
    <message>
        <source>Diaspora NGO</source>
        <translation>Diaspor QHT-si</translation>
    </message>
    <message>
        <source>University or research institute</source>
        <translation>Universitet və ya elmi-tədqiqat institutu</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Biznes assosiasiyası</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Beynəlxalq təşkilat</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Digər qurum</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Nümayəndə</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Məruzəçi</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Müşahidəçi</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Katiblik</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ev sahibi</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Qonaq</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Layihə</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Razılaşdırılıb</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Yenidən açılıb</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Fəaliyyət planı</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Bəyannamə</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategiya</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hesabat</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Digər sənəd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>İcra olunur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>İcra olunub</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Bağlanıb</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Təxirə salınıb</translation>
    </message>
    <message>
        <source>Private (this computer only)</source>
        <translation>Şəxsi (yalnız bu kompüterdə)</translation>
    </message>
    <message>
        <source>My institution</source>
        <translation>Mənim qurumum</translation>
    </message>
    <message>
        <source>Shared with all OTS institutions</source>
        <translation>Bütün TDT qurumları ilə paylaşılan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.</source>
        <translation>{notes} arayış üçün {files} danışıq tezisləri faylı verilib: hər arayış üçün ən çoxu bir fayl verin, arayışların ardıcıllığı ilə.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} oxunmur: {reason}</translation>
    </message>
    <message>
        <source>Counterpart: {name} takes part in none of these meetings, so the notes would not profile them.</source>
        <translation>Həmsöhbət: {name} bu görüşlərin heç birində iştirak etmir, ona görə arayışlar onun profilini əhatə etməz.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>{path} yazıldı ({pages} səhifə).</translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation>LAYİHƏ: hələ razılaşdırılmamış protokoldan istifadə edir.</translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation>{title}: qeydlərdə çatışmayanlar: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n sənəd Katiblikdən endirilə bilmədi; əlavədə siyahıya alınıb.</numerusform>
            <numerusform>%n sənəd Katiblikdən endirilə bilmədi; əlavədə siyahıya alınıb.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a briefing note or pack (PDF) for events and bilateral meetings</source>
        <translation>tədbirlər və ikitərəfli görüşlər üçün arayış qeydi və ya paketi (PDF) yaz</translation>
    </message>
    <message>
        <source>Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.</source>
        <translation>Arayış qeydi (bir tədbir və ya ikitərəfli görüş) və ya arayış paketi (bir neçə, mündəricatla) PDF kimi yazır; fayl ya tam yazılır, ya heç yazılmır.</translation>
    </message>
    <message>
        <source>an event to brief on (repeatable)</source>
        <translation>arayış hazırlanacaq tədbir (təkrarlana bilər)</translation>
    </message>
    <message>
        <source>a bilateral meeting to brief on (repeatable)</source>
        <translation>arayış hazırlanacaq ikitərəfli görüş (təkrarlana bilər)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>yazılacaq PDF</translation>
    </message>
    <message>
        <source>only these sections (the cover is always there): {sections}; default all</source>
        <translation>yalnız bu bölmələr (üz qabığı həmişə var): {sections}; standart hamısı</translation>
    </message>
    <message>
        <source>the papers attached to the notes&apos; records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none</source>
        <translation>qeydlərin yazılarına əlavə edilmiş sənədlər: əlavədə siyahıla (list) və ya siyahıla və hər PDF-in ilk səhifələrini əlavə et (first-pages); standart none</translation>
    </message>
    <message>
        <source>only this attached paper (repeatable; implies --attachments list)</source>
        <translation>yalnız bu əlavə edilmiş sənəd (təkrarlana bilər; --attachments list deməkdir)</translation>
    </message>
    <message>
        <source>with --attachments first-pages: how many pages of each PDF (1 to 10)</source>
        <translation>--attachments first-pages ilə: hər PDF-dən neçə səhifə (1–10)</translation>
    </message>
    <message>
        <source>classification marking on every page, e.g. {example}</source>
        <translation>hər səhifədə məxfilik qeydi, məs. {example}</translation>
    </message>
    <message>
        <source>language of dates and place names (default: the language Liaison speaks)</source>
        <translation>tarixlərin və yer adlarının dili (standart: Liaison-un danışdığı dil)</translation>
    </message>
    <message>
        <source>profile only these counterparts (repeatable; default: everyone taking part)</source>
        <translation>yalnız bu həmsöhbətlərin profili (təkrarlana bilər; standart: iştirak edən hamı)</translation>
    </message>
    <message>
        <source>a text file of talking points, one per note in the order of the notes (repeatable)</source>
        <translation>danışıq nöqtələrinin mətn faylı, qeydlərin sırası ilə hər qeyd üçün bir (təkrarlana bilər)</translation>
    </message>
    <message>
        <source>title of a pack (default: where the trip goes)</source>
        <translation>paketin başlığı (standart: səfərin istiqaməti)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>məcburi</translation>
    </message>
    <message>
        <source>name or id of the record ({entity})</source>
        <translation>qeydin adı və ya identifikatoru ({entity})</translation>
    </message>
    <message>
        <source>id of the record ({entity})</source>
        <translation>qeydin identifikatoru ({entity})</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>bunlardan biri: {values}</translation>
    </message>
    <message>
        <source>an OTS state code, e.g. {examples}</source>
        <translation>TDT dövlət kodu, məs. {examples}</translation>
    </message>
    <message>
        <source>{code} followed by the number</source>
        <translation>{code} və ardınca nömrə</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>PNG və ya JPEG faylı</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>təkrarlana bilər</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>standart: {value}</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>sahələr</translation>
    </message>
    <message>
        <source>{field} is both given and cleared; choose one.</source>
        <translation>{field} həm verilib, həm təmizlənib; birini seçin.</translation>
    </message>
    <message>
        <source>Records cannot be filtered by {field}.</source>
        <translation>Qeydləri {field} sahəsinə görə süzmək olmur.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Qeyd yoxdur.</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {title} [{id}].</source>
        <translation>{name} ({size}) {title} qeydinə əlavə edildi [{id}].</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Əlavə edilmiş fayl yoxdur.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>burada</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Katiblikdə</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>İd</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name} {path} kimi saxlanıldı.</translation>
    </message>
    <message>
        <source>Removed {name} [{id}]; to undo: liaison attachment restore {id}</source>
        <translation>{name} silindi [{id}]; geri qaytarmaq üçün: liaison attachment restore {id}</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>qeydin növü: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id (or exact name)</source>
        <translation>qeydin identifikatoru (və ya dəqiq adı)</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>qeydə fayl əlavə et</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>əlavə ediləcək fayl</translation>
    </message>
    <message>
        <source>the name it is shown under (default: the file&apos;s own)</source>
        <translation>göstəriləcəyi ad (standart: faylın öz adı)</translation>
    </message>
    <message>
        <source>list a record&apos;s files</source>
        <translation>qeydin fayllarını siyahıla</translation>
    </message>
    <message>
        <source>save a copy of an attached file</source>
        <translation>əlavə edilmiş faylın nüsxəsini saxla</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>nüsxənin yazılacağı yer</translation>
    </message>
    <message>
        <source>remove a file from its record ({restore} undoes it)</source>
        <translation>faylı qeydindən sil ({restore} geri qaytarır)</translation>
    </message>
    <message>
        <source>“{title}” has been shared: others have it. To make it private, say what happens to their copies: --withdraw (taken back from everyone; you keep it here) or --keep-shared-copies (they keep the version they have; your later edits stay here).</source>
        <translation>“{title}” paylaşılıb: başqalarında da var. Onu şəxsi etmək üçün onların nüsxələrinə nə olacağını göstərin: --withdraw (hamıdan geri alınır; sizdə qalır) və ya --keep-shared-copies (əllərindəki versiya onlarda qalır; sonrakı düzəlişləriniz burada qalır).</translation>
    </message>
    <message>
        <source>Deleted {title} [{id}].</source>
        <translation>Silindi: {title} [{id}].</translation>
    </message>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>Onun daxilindəki %n qeyd də silindi; bərpa onları da geri qaytarır.</numerusform>
            <numerusform>Onun daxilindəki %n qeyd də silindi; bərpa onları da geri qaytarır.</numerusform>
        </translation>
    </message>
    <message>
        <source>its id or exact name</source>
        <translation>identifikatoru və ya dəqiq adı</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>identifikatoru</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>əməliyyatlar</translation>
    </message>
    <message>
        <source>add one and print it</source>
        <translation>birini əlavə et və çap et</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>siyahıla</translation>
    </message>
    <message>
        <source>at most {n} records</source>
        <translation>ən çox {n} qeyd</translation>
    </message>
    <message>
        <source>skip the first {n} records</source>
        <translation>ilk {n} qeydi ötür</translation>
    </message>
    <message>
        <source>only records whose {field} is {value} (references: a name or id; empty: none; repeatable)</source>
        <translation>yalnız {field} sahəsi {value} olan qeydlər (istinadlar: ad və ya identifikator; boş: heç biri; təkrarlana bilər)</translation>
    </message>
    <message>
        <source>include deleted records</source>
        <translation>silinmiş qeydləri də daxil et</translation>
    </message>
    <message>
        <source>show one</source>
        <translation>birini göstər</translation>
    </message>
    <message>
        <source>show it even if deleted (give the id)</source>
        <translation>silinmiş olsa belə göstər (identifikatoru verin)</translation>
    </message>
    <message>
        <source>change the given fields of one</source>
        <translation>bir qeydin verilən sahələrini dəyiş</translation>
    </message>
    <message>
        <source>empty this field (repeatable)</source>
        <translation>bu sahəni boşalt (təkrarlana bilər)</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: take it back from everyone else</source>
        <translation>--visibility paylaşılmış qeydi şəxsi etdikdə: paylaşılmış qeydi bütün digərlərindən geri al</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: others keep the copy they have</source>
        <translation>--visibility paylaşılmış qeydi şəxsi etdikdə: başqaları paylaşılmış qeydin əllərindəki nüsxəsini saxlayır</translation>
    </message>
    <message>
        <source>delete one (and what it holds); {restore} undoes it</source>
        <translation>bir qeydi (və içindəkiləri) sil; {restore} geri qaytarır</translation>
    </message>
    <message>
        <source>undo the delete of one</source>
        <translation>bir silməni geri qaytar</translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>Bu quraşdırmada proqram pəncərəsi yoxdur; alt əmrdən istifadə edin, bax: liaison --help</translation>
    </message>
    <message>
        <source>Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).</source>
        <translation>Liaison: TDT diaspora əlaqə zabitlərinin iş masası tətbiqi. Əmr verilməsə, masaüstü pəncərəsini açır; əmrlə məlumatlar üzərində əmr sətrindən işləyir (skriptlər və kütləvi işlər üçün).</translation>
    </message>
    <message>
        <source>The data directory is --data-dir, else ${env}, else the platform&apos;s user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.</source>
        <translation>Məlumat qovluğu --data-dir, yoxdursa ${env}, yoxdursa platformanın istifadəçi məlumat qovluğudur. Qeydlər identifikatorla və ya varsa adla ({example}) göstərilir. Skriptlərin oxuya biləcəyi çıxış üçün istənilən əmrdə --json istifadə edin; xətalar həmişə standart xəta axınına, 1 çıxış kodu ilə gedir.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>istifadə: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>mövqe arqumentləri</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçimlər</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>bu yardımı göstər və çıx</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>məlumat qovluğu</translation>
    </message>
    <message>
        <source>print {json} for scripts</source>
        <translation>skriptlər üçün {json} çap et</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Nümunələr:</translation>
    </message>
    <message>
        <source>the data directory (else ${env})</source>
        <translation>məlumat qovluğu (yoxdursa ${env})</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the Settings choice, else the system&apos;s)</source>
        <translation>mesajların və pəncərənin dili (standart: Parametrlərdəki seçim, yoxdursa sistemin dili)</translation>
    </message>
    <message>
        <source>print the version and the data directory</source>
        <translation>versiyanı və məlumat qovluğunu çap et</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>əmrlər</translation>
    </message>
    <message>
        <source>Data directory: {path}</source>
        <translation>Məlumat qovluğu: {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>image, {size} KB</source>
        <translation>şəkil, {size} KB</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinib</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Heç nə tapılmadı.</translation>
    </message>
    <message>
        <source>liaison: warning: no system keyring is available, so the sign-in is kept only while this command runs; log in again next time (or use sync --password-stdin).</source>
        <translation>liaison: xəbərdarlıq: sistem açar anbarı əlçatan deyil, ona görə də sessiya yalnız bu əmr icra olunarkən saxlanılır; növbəti dəfə yenidən daxil olun (və ya sync --password-stdin istifadə edin).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Parol: </translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Parolu --password-stdin ilə standart girişdən verin.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Parol boşdur.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation>{server} serverinə {user} ({institution}) kimi daxil olundu.</translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation>{pushed} dəyişiklik göndərildi ({merged} birləşdirildi), {pulled} qeyd alındı, {deleted} silindi; {conflicts} yeni ziddiyyət, {open} açıq; burada gözləyən {pending} dəyişiklik. {requests} sorğu, {seconds:.1f} san.</translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation>Baxmaq üçün: liaison conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>%n əlavə edilmiş fayl endirildi.</numerusform>
            <numerusform>%n əlavə edilmiş fayl endirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n əlavə edilmiş fayl Katiblikdə qaldı (endirmə limitindən artıqdır və ya hələ orada deyil): hər biri açılanda endirilir.</numerusform>
            <numerusform>%n əlavə edilmiş fayl Katiblikdə qaldı (endirmə limitindən artıqdır və ya hələ orada deyil): hər biri açılanda endirilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n əlavə edilmiş fayl göndərilmədi: bu məlumat qovluğunda yoxdur və ya yolda zədələnib; növbəti sinxronlaşdırma yenidən cəhd edəcək.</numerusform>
            <numerusform>%n əlavə edilmiş fayl göndərilmədi: bu məlumat qovluğunda yoxdur və ya yolda zədələnib; növbəti sinxronlaşdırma yenidən cəhd edəcək.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation>Əvvəlcə daxil olun: liaison login --server URL --user NAME</translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation>{message}
Silinmələri yenə də tətbiq etmək üçün liaison sync --yes əmrini icra edin.</translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation>Çıxış edildi; server bu kompüterin sessiyasını ləğv etdi.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation>Bu kompüterdə çıxış edildi; serverə bildirmək mümkün olmadı (server köhnə sessiyanı yalnız inzibatçı onu ləğv etdikdən sonra rədd edəcək).</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>{id} identifikatorlu açıq ziddiyyət yoxdur.</translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation>Həll edilmiş kimi qeyd olundu; serverə növbəti sinxronlaşdırmada bildiriləcək.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ziddiyyət yoxdur.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Saxlanılan (server)</translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation>Digər (klient)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>connect this data folder to the Secretariat&apos;s server</source>
        <translation>bu məlumat qovluğunu Katibliyin serverinə qoş</translation>
    </message>
    <message>
        <source>the server, e.g. {example}</source>
        <translation>server, məs. {example}</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>serverdəki istifadəçi adınız</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>parolu standart girişdən oxu (bir sətir)</translation>
    </message>
    <message>
        <source>the Secretariat&apos;s own certificate authority, if it uses one</source>
        <translation>Katiblik öz sertifikat mərkəzindən istifadə edirsə, o mərkəz</translation>
    </message>
    <message>
        <source>send your changes and receive the others&apos;</source>
        <translation>dəyişikliklərinizi göndər və başqalarınınkını al</translation>
    </message>
    <message>
        <source>apply a pull that deletes many records without asking</source>
        <translation>çox qeyd silən qəbulu soruşmadan tətbiq et</translation>
    </message>
    <message>
        <source>log in again first (same server and user), reading the password from standard input</source>
        <translation>əvvəlcə yenidən daxil ol (eyni server və istifadəçi), parolu standart girişdən oxuyaraq</translation>
    </message>
    <message>
        <source>revoke this computer&apos;s sign-in and forget it</source>
        <translation>bu kompüterin girişini ləğv et və unut</translation>
    </message>
    <message>
        <source>the conflict inbox: changes kept aside by a sync</source>
        <translation>ziddiyyət qutusu: sinxronlaşmanın kənara qoyduğu dəyişikliklər</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>həll edilmiş ziddiyyətləri də daxil et</translation>
    </message>
    <message>
        <source>mark a conflict resolved (repeatable)</source>
        <translation>ziddiyyəti həll edilmiş kimi işarələ (təkrarlana bilər)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <source>Removed the training record {path}.</source>
        <translation>Təlim qeydi {path} silindi.</translation>
    </message>
    <message>
        <source>There is no training record in {path}.</source>
        <translation>{path} daxilində təlim qeydi yoxdur.</translation>
    </message>
    <message>
        <source>Run demo --remove on your own data folder, not on {path}.</source>
        <translation>demo --remove əmrini {path} üzərində deyil, öz məlumat qovluğunuzda işə salın.</translation>
    </message>
    <message>
        <source>The training record {path} already holds the sample data.</source>
        <translation>Təlim qeydi {path} artıq nümunə məlumatlarını ehtiva edir.</translation>
    </message>
    <message>
        <source>Loaded the sample data into the training record {path}:</source>
        <translation>Nümunə məlumatları təlim qeydinə yükləndi: {path}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <source>It never syncs. Open it with: liaison --data-dir {path}</source>
        <translation>Heç vaxt sinxronlaşdırılmır. Açmaq üçün: liaison --data-dir {path}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Təkrarlanan qeyd tapılmadı.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Əlaqələr</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n əlavə edilmiş fayl hələ axtarış üçün oxunmayıb: liaison reindex onları oxuyur.</numerusform>
            <numerusform>%n əlavə edilmiş fayl hələ axtarış üçün oxunmayıb: liaison reindex onları oxuyur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample records of an older version in {path}.</source>
        <translation>{path} daxilində köhnə versiyanın nümunə qeydləri yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>%n nümunə qeydi silinə bilər (silmək üçün --dry-run olmadan işə salın).</numerusform>
            <numerusform>%n nümunə qeydi silinə bilər (silmək üçün --dry-run olmadan işə salın).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Köhnə versiyanın bu qeydiyyata yüklədiyi %n nümunə qeydi silindi.</numerusform>
            <numerusform>Köhnə versiyanın bu qeydiyyata yüklədiyi %n nümunə qeydi silindi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because you changed them or your records refer to them:</source>
        <translation>Dəyişdiyiniz və ya öz qeydlərinizin istinad etdiyi üçün saxlanılanlar:</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>sonradan dəyişdirilib</translation>
    </message>
    <message>
        <source>your records refer to it</source>
        <translation>qeydləriniz ona istinad edir</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>İdentifikatorlar</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>Onlarla birlikdə daha %n nümunə qeydi saxlanıldı (istinad etdikləri qeydlər və hissələri).</numerusform>
            <numerusform>Onlarla birlikdə daha %n nümunə qeydi saxlanıldı (istinad etdikləri qeydlər və hissələri).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {id}; to undo: liaison contact unmerge {merge}</source>
        <translation>{id} ilə birləşdirildi; geri qaytarmaq üçün: liaison contact unmerge {merge}</translation>
    </message>
    <message>
        <source>Restored {other} beside {keep}.</source>
        <translation>{other} {keep} ilə yanaşı bərpa edildi.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Axtarış indeksi yenidən quruldu: %n qeyd.</numerusform>
            <numerusform>Axtarış indeksi yenidən quruldu: %n qeyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>Axtarış üçün %n əlavə edilmiş fayl oxundu.</numerusform>
            <numerusform>Axtarış üçün %n əlavə edilmiş fayl oxundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>search contacts, institutions, events, ...</source>
        <translation>əlaqələrdə, qurumlarda, tədbirlərdə axtar, ...</translation>
    </message>
    <message>
        <source>what to look for (any script: {latin} finds {cyrillic})</source>
        <translation>axtarılacaq mətn (istənilən əlifba: {latin} {cyrillic} tapır)</translation>
    </message>
    <message>
        <source>only hits of this kind (repeatable)</source>
        <translation>yalnız bu növ nəticələr (təkrarlana bilər)</translation>
    </message>
    <message>
        <source>at most {n} hits (default: 50)</source>
        <translation>ən çox {n} nəticə (standart: 50)</translation>
    </message>
    <message>
        <source>mark minutes as agreed (read-only)</source>
        <translation>protokolu razılaşdırılmış kimi işarələ (yalnız oxunur)</translation>
    </message>
    <message>
        <source>id of the minutes</source>
        <translation>protokolun identifikatoru</translation>
    </message>
    <message>
        <source>who agreed them (default: the {setting} setting)</source>
        <translation>kim razılaşdırdı (standart: {setting} parametri)</translation>
    </message>
    <message>
        <source>reopen agreed minutes for changes</source>
        <translation>razılaşdırılmış protokolu dəyişiklik üçün yenidən aç</translation>
    </message>
    <message>
        <source>why they are reopened (kept in the minutes log)</source>
        <translation>niyə yenidən açıldığı (protokol jurnalında saxlanılır)</translation>
    </message>
    <message>
        <source>who reopened them (default: the {setting} setting)</source>
        <translation>kim yenidən açdı (standart: {setting} parametri)</translation>
    </message>
    <message>
        <source>merge a duplicate into the contact to keep (undoable)</source>
        <translation>dublikatı saxlanılacaq kontaktla birləşdir (geri qaytarıla bilər)</translation>
    </message>
    <message>
        <source>the contact to keep</source>
        <translation>saxlanılacaq kontakt</translation>
    </message>
    <message>
        <source>the contact merged into it and removed</source>
        <translation>onunla birləşdirilib silinən kontakt</translation>
    </message>
    <message>
        <source>undo a merge: both contacts and their references come back</source>
        <translation>birləşdirməni geri qaytar: hər iki kontakt və onlara istinadlar geri qayıdır</translation>
    </message>
    <message>
        <source>the id the merge printed</source>
        <translation>birləşdirmənin çap etdiyi identifikator</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>son tarixi keçmiş açıq tapşırıqlar</translation>
    </message>
    <message>
        <source>settings kept with the data</source>
        <translation>məlumatlarla birlikdə saxlanan parametrlər</translation>
    </message>
    <message>
        <source>print a setting (or all)</source>
        <translation>parametri (və ya hamısını) çap et</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>parametr</translation>
    </message>
    <message>
        <source>change a setting (an empty value clears it)</source>
        <translation>parametri dəyiş (boş dəyər onu silir)</translation>
    </message>
    <message>
        <source>the new value (an institution&apos;s name or id for {setting})</source>
        <translation>yeni dəyər ({setting} üçün qurumun adı və ya identifikatoru)</translation>
    </message>
    <message>
        <source>load the sample data into the training record {folder} (it never syncs)</source>
        <translation>nümunə məlumatlarını {folder} təlim qeydinə yüklə (heç vaxt sinxronlaşdırılmır)</translation>
    </message>
    <message>
        <source>delete the training record</source>
        <translation>təlim qeydini sil</translation>
    </message>
    <message>
        <source>remove the sample records an older version loaded into your own record (those you changed or linked to stay)</source>
        <translation>köhnə versiyanın öz qeydiyyatınıza yüklədiyi nümunə qeydlərini sil (dəyişdikləriniz və ya əlaqələndirdikləriniz qalır)</translation>
    </message>
    <message>
        <source>with --remove-old: only say what would be removed</source>
        <translation>--remove-old ilə: yalnız nəyin silinəcəyini bildir</translation>
    </message>
    <message>
        <source>list contacts that are probably one person, with why</source>
        <translation>ehtimal ki, eyni şəxs olan kontaktları səbəbləri ilə siyahıla</translation>
    </message>
    <message>
        <source>also the contacts marked “not a duplicate” in the window&apos;s review</source>
        <translation>pəncərədəki baxışda “dublikat deyil” kimi işarələnmiş kontaktlar da</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>axtarış indeksini yenidən qur</translation>
    </message>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: zədə tapılmadı.</translation>
    </message>
    <message>
        <source>{path} is damaged:</source>
        <translation>{path} zədələnib:</translation>
    </message>
    <message>
        <source>Run “liaison recover” to copy what can be read into a new file.</source>
        <translation>Oxuna bilənləri yeni fayla köçürmək üçün “liaison recover” əmrini işə salın.</translation>
    </message>
    <message>
        <source>Recovered into {path} ({contacts} contacts, {events} events); the damaged file is kept as {copy}.</source>
        <translation>{path} faylına bərpa edildi ({contacts} əlaqə, {events} tədbir); zədələnmiş fayl {copy} kimi saxlanıldı.</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Ani surət saxlanıldı: {path}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Hələ ani surət yoxdur.</translation>
    </message>
    <message>
        <source>Restored {snapshot}; the file it replaced is kept as {copy}.</source>
        <translation>{snapshot} bərpa edildi; onun əvəz etdiyi fayl {copy} kimi saxlanıldı.</translation>
    </message>
    <message>
        <source>Give the FILE to import, or --undo BATCH.</source>
        <translation>İdxal ediləcək FAYLı və ya --undo BATCH göstərin.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({reason}); change it with --encoding.</source>
        <translation>Kodlaşdırma: {encoding} ({reason}); --encoding ilə dəyişin.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {sheets}); choose another with --sheet.</source>
        <translation>Vərəq: {sheet} ({sheets} arasından); başqasını --sheet ilə seçin.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Sətir {row}, sütun “{column}”: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or import the others with --skip-invalid.</source>
        <translation>Heç nə idxal edilmədi. Bu sətirləri düzəldin və ya qalanlarını --skip-invalid ilə idxal edin.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Sınaq: heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>Import {batch}; undo it with: liaison import --undo {batch}</source>
        <translation>İdxal {batch}; geri qaytarmaq üçün: liaison import --undo {batch}</translation>
    </message>
    <message>
        <source>The skipped rows are in {path}.</source>
        <translation>Buraxılan sətirlər {path} faylındadır.</translation>
    </message>
    <message>
        <source>Undone: {removed} record(s) removed, {reverted} record(s) put back.</source>
        <translation>Geri qaytarıldı: {removed} qeyd silindi, {reverted} qeyd əvvəlki halına qaytarıldı.</translation>
    </message>
    <message>
        <source>Kept, because it was edited after the import: {entity} {id} {field}</source>
        <translation>İdxaldan sonra redaktə edildiyi üçün saxlanıldı: {entity} {id} {field}</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} qeyd {path} faylına yazıldı.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Yaradıldı: %n əlaqə.</numerusform>
            <numerusform>Yaradıldı: %n əlaqə.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Yeniləndi: %n əlaqə.</numerusform>
            <numerusform>Yeniləndi: %n əlaqə.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Dəyişmədi: %n əlaqə.</numerusform>
            <numerusform>Dəyişmədi: %n əlaqə.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Buraxıldı: %n yanlış sətir.</numerusform>
            <numerusform>Buraxıldı: %n yanlış sətir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Tədbirə əlavə edildi: %n iştirakçı.</numerusform>
            <numerusform>Tədbirə əlavə edildi: %n iştirakçı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Dəyişikliklər göndərilir: {done} / {total}</translation>
    </message>
    <message>
        <source>Receiving records: {done}</source>
        <translation>Qeydlər alınır: {done}</translation>
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
        <translation>Profilini görmək üçün kontakt seçin.</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Kontaktın profili</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Profil oxunmadı.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Tutduğu vəzifələr</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Vəzifə qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>İştirak etdiyi tədbirlər</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Tədbir qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>İkitərəfli görüşlər</translation>
    </message>
    <message>
        <source>No bilateral meetings recorded.</source>
        <translation>İkitərəfli görüş qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Açıq tapşırıqlar</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Açıq tapşırıq yoxdur.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-poçt:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>(no position given)</source>
        <translation>(vəzifə göstərilməyib)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 tarixindən</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hazırda</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarixinədək</translation>
    </message>
    <message>
        <source>Head of the delegation of %1</source>
        <translation>Nümayəndə heyətinin rəhbəri: %1</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <source>registered, did not attend</source>
        <translation>qeydiyyatdan keçib, iştirak etməyib</translation>
    </message>
    <message>
        <source>On the margins of %1</source>
        <translation>“%1” çərçivəsində</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Nəticələr:</translation>
    </message>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, onlardan %n vaxtı keçmiş)</numerusform>
            <numerusform>(%1, onlardan %n vaxtı keçmiş)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçmiş</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>son tarix %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>son tarix yoxdur</translation>
    </message>
    <message>
        <source>assigned to them</source>
        <translation>şəxsən ona tapşırılıb</translation>
    </message>
    <message>
        <source>assigned to their institution (responsible: %1)</source>
        <translation>qurumuna tapşırılıb (məsul: %1)</translation>
    </message>
    <message>
        <source>assigned to their institution</source>
        <translation>qurumuna tapşırılıb</translation>
    </message>
    <message>
        <source>Agreed at %1</source>
        <translation>“%1” tədbirində razılaşdırılıb</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. %1 or 2023-11-20</source>
        <translation>məs. %1 və ya 2023-11-20</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Təqvimdən seç</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2023-11-20</source>
        <translation>Tarix deyil: %1 və ya 2023-11-20 kimi yazın</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>eyni e-poçt</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>eyni telefon</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>eyni ad</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>başqa əlifbada eyni ad</translation>
    </message>
    <message>
        <source>same name, words in another order</source>
        <translation>eyni ad, sözlər başqa ardıcıllıqla</translation>
    </message>
    <message>
        <source>similar spelling of the name</source>
        <translation>adın oxşar yazılışı</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>eyni qurum</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Dublikatları tap</translation>
    </message>
    <message>
        <source>Contacts that are &amp;probably one person:</source>
        <translation>&amp;Ehtimal ki, eyni şəxs olan kontaktlar:</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Ehtimal olunan dublikatlar</translation>
    </message>
    <message>
        <source>Side by si&amp;de:</source>
        <translation>Yan-ya&amp;na:</translation>
    </message>
    <message>
        <source>The two contacts, field by field</source>
        <translation>İki kontakt, sahə-sahə</translation>
    </message>
    <message>
        <source>Values that differ are in bold.</source>
        <translation>Fərqli dəyərlər qalın yazılır.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birləşdir</translation>
    </message>
    <message>
        <source>Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time.</source>
        <translation>Digər kontaktı saxlanılana birləşdirin: e-poçtlar, telefonlar, etiketlər və dillər birləşdirilir, boş sahələri doldurulur və digərinə istinad edən hər şey artıq ona istinad edir. Birləşdirməni istənilən vaxt geri qaytara bilərsiniz.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Dublikat deyil</translation>
    </message>
    <message>
        <source>They are two people: this pair is not offered again.</source>
        <translation>Bunlar iki ayrı şəxsdir: bu cüt bir daha təklif edilmir.</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Son birləşdirməni &amp;geri qaytar</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>Baxılacaq %n cüt.</numerusform>
            <numerusform>Baxılacaq %n cüt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates left to review.</source>
        <translation>Baxılacaq ehtimal olunan dublikat qalmadı.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Dublikatlar axtarılır…</translation>
    </message>
    <message>
        <source>Why: %1 (how sure: %2 %).</source>
        <translation>Səbəb: %1 (ehtimal: %2 %).</translation>
    </message>
    <message>
        <source>Keep &amp;1: %1</source>
        <translation>Saxla &amp;1: %1</translation>
    </message>
    <message>
        <source>Keep &amp;2: %1</source>
        <translation>Saxla &amp;2: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo the last merge to separate them again.</source>
        <translation>%1 %2 ilə birləşdirildi. Yenidən ayırmaq üçün son birləşdirməni geri qaytarın.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two people.</source>
        <translation>%1 və %2 iki ayrı şəxs kimi saxlanılır.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Qurumlar</translation>
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
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Vəzifələr</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Nümayəndə heyəti</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Nümayəndə heyətləri</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>İştirakçı</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Gündəlik məsələsi</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Gündəlik məsələləri</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Protokol qeydi</translation>
    </message>
    <message>
        <source>Minutes entries</source>
        <translation>Protokol qeydləri</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Minutes log entry</source>
        <translation>Protokol jurnalının qeydi</translation>
    </message>
    <message>
        <source>Minutes log</source>
        <translation>Protokol jurnalı</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Əlavə fayl</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Əlavə fayllar</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkitərəfli görüş</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>İkitərəfli görüşlər</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Tərəf</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Birgə Fəaliyyət Planı</translation>
    </message>
    <message>
        <source>Joint Action Plans</source>
        <translation>Birgə Fəaliyyət Planları</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Plan tədbiri</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Plan tədbirləri</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bu gün</translation>
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
        <translation>Tutduğu vəzifələr</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Nümayəndə heyətləri</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokollar</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Bütün tapşırıqlar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq olanlar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçmiş</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Süzgəc: %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Süzgəc</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Silməni &amp;geri qaytar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göstər</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <source>Nothing matches: clear the filter to see all %1.</source>
        <translation>Uyğun gələn yoxdur: hamısını görmək üçün süzgəci təmizləyin (%1).</translation>
    </message>
    <message>
        <source>No %1 yet. Click New (Ctrl+N) to add the first.</source>
        <translation>Hələ qeyd yoxdur (%1). Birincini əlavə etmək üçün Yeni düyməsini (Ctrl+N) basın.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Silmə</translation>
    </message>
    <message>
        <source>Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.</source>
        <translation>“%1” və ona aid olan hər şey silinsin? Bunu Ctrl+Z ilə geri qaytara bilərsiniz.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” silindi. Geri qaytarmaq: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>“%1” bərpa olundu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>Əməliyyat alınmadı.</translation>
    </message>
    <message>
        <source>{path} is not a Liaison database (or it is damaged).</source>
        <translation>{path} Liaison verilənlər bazası deyil (və ya zədələnib).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Liaison (schema {revision}). Please update Liaison to open it; the file has not been changed.</source>
        <translation>{path} Liaison-un daha yeni versiyası ilə yazılıb (sxem {revision}). Açmaq üçün Liaison-u yeniləyin; fayl dəyişdirilməyib.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (perhaps another Liaison window). Close it and try again; nothing was saved.</source>
        <translation>{path} başqa proqram tərəfindən kilidlənib (bəlkə də başqa Liaison pəncərəsi). Onu bağlayıb yenidən cəhd edin; heç nə yadda saxlanılmayıb.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>{path} məlumat qovluğundan istifadə etmək olmur: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only (the file, its folder or the disk): nothing was saved. Copy the data folder to a place you can write to, or make it writable, and try again.</source>
        <translation>{path} yalnız oxunandır (fayl, qovluğu və ya disk): heç nə saxlanılmadı. Məlumat qovluğunu yaza biləcəyiniz yerə köçürün və ya yazıla bilən edin və yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space on it and try again.</source>
        <translation>{path} olan disk doludur: heç nə saxlanılmadı. Diskdə bir az yer boşaldıb yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. Check the disk and try again; if it keeps failing, run: liaison doctor</source>
        <translation>{path} oxunarkən və ya yazılarkən xəta baş verdi (disk xətası, ya da disk çıxarılıb): heç nə saxlanılmadı. Diski yoxlayıb yenidən cəhd edin; xəta davam edərsə, bunu işə salın: liaison doctor</translation>
    </message>
    <message>
        <source>{path} cannot be opened (its folder is missing or not readable, or the disk was removed). Check the data folder and try again.</source>
        <translation>{path} açıla bilmir (qovluğu yoxdur və ya oxuna bilmir, ya da disk çıxarılıb). Məlumat qovluğunu yoxlayıb yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and “liaison recover” to copy what can be read into a new file (the damaged one is kept).</source>
        <translation>{path} zədələnib və Liaison ona yazmayacaq. Hesabat üçün “liaison doctor”, oxuna bilənləri yeni fayla köçürmək üçün “liaison recover” əmrini işə salın (zədələnmiş fayl saxlanılır).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. Restore a backup (liaison restore), or move the file away to start a new record.</source>
        <translation>{path} boşdur (0 bayt), bəlkə yarımçıq qalmış köçürmədən; Liaison ona toxunmayıb. Ehtiyat surəti bərpa edin (liaison restore) və ya yeni qeyd başlatmaq üçün faylı başqa yerə köçürün.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Liaison and must be updated, but it is read-only. Copy the data folder to a place you can write to and open the copy.</source>
        <translation>{path} Liaison-un köhnə versiyası ilə yazılıb və yenilənməlidir, lakin yalnız oxunandır. Məlumat qovluğunu yaza biləcəyiniz yerə köçürüb surəti açın.</translation>
    </message>
    <message>
        <source>There is no {entity} with the id {id}.</source>
        <translation>{id} identifikatorlu “{entity}” yoxdur.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} mütləqdir.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} çox uzundur ({length} simvol; ən çoxu {limit}).</translation>
    </message>
    <message>
        <source>{field} contains a control character (position {position}).</source>
        <translation>{field} idarəetmə simvolu ehtiva edir ({position}-ci mövqe).</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} mətn olmalıdır.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>{field} “{value}” deyil, tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} {low} ilə {high} arasında olmalıdır.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>{field}: “{value}” tarix deyil (İİİİ-AA-GG formatından istifadə edin).</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>{field} “{value}” deyil, bəli və ya xeyr olmalıdır.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field}: “{value}” bunlardan biri deyil: {choices}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: “{value}” düzgün e-poçt ünvanı deyil.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number (write it as +CC followed by the number).</source>
        <translation>{field}: “{value}” düzgün telefon nömrəsi deyil (+ölkə kodu və nömrəni yazın).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country code (e.g. KG, TR, DE).</source>
        <translation>{field}: “{value}” ölkə kodu deyil (məs. KG, TR, DE).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an OTS state code ({choices}).</source>
        <translation>{field}: “{value}” TDT dövlət kodu deyil ({choices}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language code (e.g. kk, tr, ru).</source>
        <translation>{field}: “{value}” dil kodu deyil (məs. kk, tr, ru).</translation>
    </message>
    <message>
        <source>{field} must be a PNG or JPEG image of at most {limit} MB.</source>
        <translation>{field} ən çoxu {limit} MB olan PNG və ya JPEG şəkli olmalıdır.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} siyahı olmalıdır.</translation>
    </message>
    <message>
        <source>{field} has too many entries (at most {limit}).</source>
        <translation>{field} sahəsində həddən artıq çox dəyər var (ən çoxu {limit}).</translation>
    </message>
    <message>
        <source>{field} cannot be set here.</source>
        <translation>{field} burada təyin edilə bilməz.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) başlanğıcdan ({start}) əvvəldir.</translation>
    </message>
    <message>
        <source>{field}: no record matches “{value}”.</source>
        <translation>{field}: “{value}” ilə uyğun gələn qeyd yoxdur.</translation>
    </message>
    <message>
        <source>{field}: “{value}” matches several records ({candidates}); give the id instead.</source>
        <translation>{field}: “{value}” bir neçə qeydə uyğundur ({candidates}); əvəzində identifikatoru göstərin.</translation>
    </message>
    <message>
        <source>{field}: give at least a state, an institution or a person.</source>
        <translation>{field}: heç olmasa dövləti, qurumu və ya şəxsi göstərin.</translation>
    </message>
    <message>
        <source>These minutes are agreed and read-only; reopen them first to change them.</source>
        <translation>Bu protokol razılaşdırılıb və yalnız oxumaq üçündür; dəyişmək üçün əvvəlcə onu yenidən açın.</translation>
    </message>
    <message>
        <source>These minutes are already agreed.</source>
        <translation>Bu protokol artıq razılaşdırılıb.</translation>
    </message>
    <message>
        <source>These minutes are not agreed, so there is nothing to reopen.</source>
        <translation>Bu protokol razılaşdırılmayıb, ona görə yenidən açılacaq bir şey yoxdur.</translation>
    </message>
    <message>
        <source>Row {row}: {details}</source>
        <translation>Sətir {row}: {details}</translation>
    </message>
    <message>
        <source>Loading the sample data was cancelled; nothing was written.</source>
        <translation>Nümunə məlumatlarının yüklənməsi ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>{path} holds your own records: the sample data goes only into the training record (liaison demo, or File → Open the training record).</source>
        <translation>{path} sizin öz qeydlərinizi ehtiva edir: nümunə məlumatları yalnız təlim qeydinə yüklənir (liaison demo və ya Fayl → Təlim qeydini aç).</translation>
    </message>
    <message>
        <source>Choose at least one event or bilateral meeting to brief on.</source>
        <translation>Arayış üçün ən azı bir tədbir və ya ikitərəfli görüş seçin.</translation>
    </message>
    <message>
        <source>Cannot write the briefing to {path}: {reason}. Nothing was written.</source>
        <translation>Arayış {path} ünvanına yazıla bilmədi: {reason}. Heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the PDF file to write.</source>
        <translation>{path} qovluqdur: yazılacaq PDF faylının adını göstərin.</translation>
    </message>
    <message>
        <source>Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru).</source>
        <translation>Dil: “{language}” Liaison-un tarix yaza bildiyi dil deyil (məs. en, tr, kk, ru).</translation>
    </message>
    <message>
        <source>Marking: at most {limit} characters (“{marking}” has {length}).</source>
        <translation>Məxfilik qrifi: ən çoxu {limit} simvol (“{marking}”: {length}).</translation>
    </message>
    <message>
        <source>Making the briefing was cancelled; no file was written.</source>
        <translation>Arayışın hazırlanması ləğv edildi; fayl yazılmadı.</translation>
    </message>
    <message>
        <source>The Secretariat server&apos;s message is not valid: {field}: {reason}</source>
        <translation>Katiblik serverinin cavabı düzgün deyil: {field}: {reason}</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept.</source>
        <translation>Sinxronlaşdırma alınmadı; dəyişiklikləriniz saxlanılıb.</translation>
    </message>
    <message>
        <source>This data folder is not connected to a Secretariat server yet: log in first.</source>
        <translation>Bu məlumat qovluğu hələ Katiblik serverinə qoşulmayıb: əvvəlcə daxil olun.</translation>
    </message>
    <message>
        <source>This is the training record (sample data); it never syncs with the Secretariat. Open your own record to sync.</source>
        <translation>Bu, təlim qeydidir (nümunə məlumatları); Katibliklə heç vaxt sinxronlaşdırılmır. Sinxronlaşdırmaq üçün öz qeydinizi açın.</translation>
    </message>
    <message>
        <source>The Secretariat server at {url} needs you to log in again ({reason}). Your changes are kept and will be sent after you log in.</source>
        <translation>{url} ünvanındakı Katiblik serveri yenidən daxil olmağınızı tələb edir ({reason}). Dəyişiklikləriniz saxlanılıb və daxil olduqdan sonra göndəriləcək.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the user name or the password ({message}).</source>
        <translation>Katiblik serveri istifadəçi adını və ya parolu rədd etdi ({message}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address; write it as https://host or https://host:port.</source>
        <translation>“{url}” server ünvanı deyil; onu https://host və ya https://host:port şəklində yazın.</translation>
    </message>
    <message>
        <source>Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only to this computer, for testing).</source>
        <translation>{url} ilə adi http:// üzərindən əlaqə qurulmur: https:// istifadə edin (adi http yalnız bu kompüterin özü ilə, test məqsədilə icazəlidir).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be used: {reason}</source>
        <translation>{path} sertifikat mərkəzi faylından istifadə etmək olmur: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the Secretariat server at {url} ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>{url} ünvanındakı Katiblik serverinə qoşulmaq mümkün olmadı ({reason}). Dəyişiklikləriniz saxlanılıb və növbəti sinxronlaşdırmada göndəriləcək.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the Secretariat&apos;s ({reason}); nothing was sent. If the Secretariat uses its own certificate authority, log in again with its CA file.</source>
        <translation>{url} ünvanındakı server Katibliyə məxsus olduğunu sübut etmədi ({reason}); heç nə göndərilmədi. Katiblik öz sertifikat mərkəzindən istifadə edirsə, onun CA faylı ilə yenidən daxil olun.</translation>
    </message>
    <message>
        <source>The Secretariat server needs a newer version of Liaison: please update Liaison. Your changes are kept. ({message})</source>
        <translation>Katiblik serveri Liaison-un daha yeni versiyasını tələb edir: Liaison-u yeniləyin. Dəyişiklikləriniz saxlanılıb. ({message})</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete {count} of the {total} records on this computer; nothing was deleted. If that is expected, confirm and sync again.</source>
        <translation>Serverdəki dəyişikliklər bu kompüterdəki {total} qeyddən {count} qeydi silərdi; heç nə silinmədi. Bu gözlənilirsə, təsdiq edib yenidən sinxronlaşdırın.</translation>
    </message>
    <message>
        <source>The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.</source>
        <translation>Katiblik serverində xəta baş verdi ({status}: {message}). Dəyişiklikləriniz saxlanılıb; bir az sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The Secretariat server went back in time (restored from a backup); sync again.</source>
        <translation>Katiblik serveri zamanda geri qayıtdı (ehtiyat nüsxədən bərpa edildi); yenidən sinxronlaşdırın.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the request ({status}: {message}).</source>
        <translation>Katiblik serveri sorğunu rədd etdi ({status}: {message}).</translation>
    </message>
    <message>
        <source>Only {author}, whose change it is, and officers of the institution that owns “{title}” may resolve this conflict. It stays in your conflict inbox.</source>
        <translation>Bu ziddiyyəti yalnız dəyişikliyin müəllifi {author} və “{title}” qeydinin sahibi olan qurumun əməkdaşları həll edə bilər. Ziddiyyət ziddiyyətlər qutunuzda qalır.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was exchanged before is saved, the rest is kept for later.</source>
        <translation>Sinxronlaşdırma ləğv edildi; o ana qədər mübadilə edilənlər yadda saxlanıldı, qalanı sonraya saxlanılır.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running.</source>
        <translation>Bu məlumat qovluğunun sinxronlaşdırılması artıq gedir.</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>Sistem açar anbarında xəta baş verdi: {reason}</translation>
    </message>
    <message>
        <source>The file {name} cannot be downloaded from the Secretariat: it is not there yet (the laptop that attached it has not synced since) or no longer yours to see. Try again later.</source>
        <translation>{name} faylı Katiblikdən endirilə bilmir: hələ orada deyil (onu əlavə edən noutbuk o vaxtdan bəri sinxronlaşmayıb) və ya artıq onu görmək hüququnuz yoxdur. Sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not kept; it is sent again at the next sync. Your record is unchanged.</source>
        <translation>{name} faylı Katibliyə zədələnmiş halda çatdı (SHA-256 dəyəri uyğun gəlmədi) və saxlanılmadı; növbəti sinxronlaşmada yenidən göndəriləcək. Qeydiniz dəyişməyib.</translation>
    </message>
    <message>
        <source>{path} is open in another program (perhaps the Liaison window or a sync). Close it, then try again; nothing was changed.</source>
        <translation>{path} başqa proqramda açıqdır (bəlkə Liaison pəncərəsi və ya sinxronizasiya). Onu bağlayıb yenidən cəhd edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): nothing was copied. Free some space and try again.</source>
        <translation>{path} yanında surət üçün kifayət qədər boş yer yoxdur ({needed} MB lazımdır, {reserve} MB boş saxlanılır): heç nə köçürülmədi. Bir az yer boşaldıb yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>There is no snapshot in {path} to restore.</source>
        <translation>{path} daxilində bərpa ediləcək ani surət yoxdur.</translation>
    </message>
    <message>
        <source>Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; restore a snapshot (liaison restore) or ask for help.</source>
        <translation>{path} faylından heç nə bərpa edilə bilmədi: surət sağlam deyildi. Fayl olduğu kimi saxlanıldı; ani surəti bərpa edin (liaison restore) və ya kömək istəyin.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Əlaqə özü ilə birləşdirilə bilməz.</translation>
    </message>
    <message>
        <source>There is no merge {id} to undo, or it was undone already.</source>
        <translation>Geri qaytarılacaq {id} birləşdirməsi yoxdur və ya artıq geri qaytarılıb.</translation>
    </message>
    <message>
        <source>{what} cannot be exported as {format} (use {formats}).</source>
        <translation>{what} {format} formatında ixrac edilə bilməz ({formats} istifadə edin).</translation>
    </message>
    <message>
        <source>Participants are exported for one event: give --event ID or TITLE.</source>
        <translation>İştirakçılar bir tədbir üçün ixrac edilir: --event ID və ya ADI göstərin.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} yazıla bilmir: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} oxuna bilmir: {reason}</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: belə fayl yoxdur.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this program can read ({detail}).</source>
        <translation>{path} bu proqramın oxuya bildiyi cədvəl deyil ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a text (CSV) file: it holds binary data.</source>
        <translation>{path} mətn (CSV) faylı deyil: ikili məlumat saxlayır.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>{path} vCard faylı deyil: BEGIN:VCARD yoxdur.</translation>
    </message>
    <message>
        <source>{path} is not in the encoding {encoding}; choose another.</source>
        <translation>{path} {encoding} kodlaşdırmasında deyil; başqasını seçin.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>{encoding} bu proqramın tanıdığı kodlaşdırma deyil.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>{path} faylında “{sheet}” adlı vərəq yoxdur (olanlar: {sheets}).</translation>
    </message>
    <message>
        <source>{path}: no row of column names was found.</source>
        <translation>{path}: sütun adları olan sətir tapılmadı.</translation>
    </message>
    <message>
        <source>{path}: no column holds the names; map one with --map &quot;COLUMN=name&quot;.</source>
        <translation>{path}: heç bir sütunda adlar yoxdur; birini --map &quot;SÜTUN=name&quot; ilə təyin edin.</translation>
    </message>
    <message>
        <source>--map “{value}”: write COLUMN=field, with field one of {fields}.</source>
        <translation>--map “{value}”: SÜTUN=sahə yazın; sahə bunlardan biri olmalıdır: {fields}.</translation>
    </message>
    <message>
        <source>--map “{value}”: the file has no column “{column}”.</source>
        <translation>--map “{value}”: faylda “{column}” sütunu yoxdur.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>İdxal ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>There is no import with the id {batch}.</source>
        <translation>{batch} identifikatorlu idxal yoxdur.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>{batch} idxalı artıq geri qaytarılıb.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>sadə mətn</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): nothing was attached.</source>
        <translation>{name} faylı boşdur (0 bayt): heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was attached. Attach a smaller copy (a PDF printed at a lower resolution, say).</source>
        <translation>{name} faylı {size_mb} MB-dır; bir fayl ən çoxu {limit_mb} MB ola bilər: heç nə əlavə edilmədi. Daha kiçik bir nüsxə əlavə edin (məsələn, daha aşağı keyfiyyətlə çap edilmiş PDF).</translation>
    </message>
    <message>
        <source>The file {name} is named as a {kind} file but is not one (its content does not start as a {kind} file does): nothing was attached. Save it again as {kind}, or rename it.</source>
        <translation>{name} faylının adı onu {kind} faylı kimi göstərir, amma belə deyil (məzmunu {kind} faylı kimi başlamır): heç nə əlavə edilmədi. Faylı yenidən {kind} kimi saxlayın və ya adını dəyişin.</translation>
    </message>
    <message>
        <source>The file name “{name}” cannot be used: a name may not be empty, contain / or \ or control characters, or be longer than 255 characters. Nothing was attached.</source>
        <translation>“{name}” fayl adı istifadə edilə bilməz: ad boş ola, / və ya \ və ya idarəetmə simvolları ehtiva edə, 255 simvoldan uzun ola bilməz. Heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Nothing was attached.</source>
        <translation>{name} faylı oxuna bilmir: {reason}. Heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <source>Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, plans, action items and contacts.</source>
        <translation>“{kind}” qeydinə fayl əlavə etmək olmaz: yalnız tədbirlərə, ikitərəfli görüşlərə, sənədlərə, protokollara, planlara, tədbir bəndlərinə və əlaqələrə.</translation>
    </message>
    <message>
        <source>The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this computer yet. Sync to download it.</source>
        <translation>{name} faylı ({size}) yalnız Katiblikdədir: hələ bu kompüterə endirilməyib. Endirmək üçün sinxronlaşdırın.</translation>
    </message>
    <message>
        <source>The copy {path} cannot be written: {reason}. Nothing was written.</source>
        <translation>{path} nüsxəsi yazıla bilmir: {reason}. Heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>it is no longer there (moved, renamed or deleted)</source>
        <translation>artıq orada deyil (köçürülüb, adı dəyişdirilib və ya silinib)</translation>
    </message>
    <message>
        <source>this account may not read or write it</source>
        <translation>bu hesabın onu oxumaq və ya yazmaq icazəsi yoxdur</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>bu fayl deyil, qovluqdur</translation>
    </message>
    <message>
        <source>the disk could not be read (a damaged or removed disk)</source>
        <translation>disk oxuna bilmədi (zədələnmiş və ya çıxarılmış disk)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk yalnız oxunur</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>bu adi fayl deyil</translation>
    </message>
    <message>
        <source>{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others may not be able to open it.</source>
        <translation>{name} PDF, DOCX, XLSX, ODT, şəkil və ya sadə mətn faylı deyil: əlavə edildi, amma başqaları onu aça bilməyə bilər.</translation>
    </message>
    <message>
        <source>“{value}” is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>“{value}” SHA-256 heşi deyil (64 onaltılıq rəqəm).</translation>
    </message>
    <message>
        <source>The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): it was damaged or changed on the way, and nothing was stored.</source>
        <translation>{name} faylı gözlənilən fayl deyil (SHA-256 heşi {expected} yox, {actual}): yolda zədələnib və ya dəyişib; heç nə saxlanmadı.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It was set aside in {folder}. Sync to download it again, or attach the original file again.</source>
        <translation>{name} faylının bu kompüterdəki nüsxəsi zədələnib (əlavə olunandan bəri diskdəki baytları dəyişib), ona görə istifadə olunmadı. O, {folder} qovluğuna ayrıldı. Yenidən yükləmək üçün sinxronlaşdırın və ya orijinal faylı yenidən əlavə edin.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It could not be set aside ({path} cannot be written to). Attach the original file again in a writable copy of the data folder.</source>
        <translation>{name} faylının bu kompüterdəki nüsxəsi zədələnib (əlavə olunandan bəri diskdəki baytları dəyişib), ona görə istifadə olunmadı. Onu ayırmaq mümkün olmadı ({path} yazıla bilmir). Orijinal faylı məlumat qovluğunun yazıla bilən nüsxəsində yenidən əlavə edin.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored.</source>
        <translation>{name} faylı bir fayl üçün hədd olan {limit_mb} MB-dan böyükdür: heç nə saxlanmadı.</translation>
    </message>
    <message>
        <source>The file {name} is not in this data folder (its bytes, {digest}, are missing).</source>
        <translation>{name} faylı bu məlumat qovluğunda yoxdur (məzmunu, {digest}, çatışmır).</translation>
    </message>
    <message>
        <source>Not sent (the next sync tries again): {problem}</source>
        <translation>Göndərilmədi (növbəti sinxronizasiya yenidən cəhd edəcək): {problem}</translation>
    </message>
    <message>
        <source>Files were not downloaded (they download when opened, or at the next sync): {problem}</source>
        <translation>Fayllar yüklənmədi (açılanda və ya növbəti sinxronizasiyada yüklənəcək): {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Seçilmiş əlaqələr</translation>
    </message>
    <message>
        <source>Events (calendar)</source>
        <translation>Tədbirlər (təqvim)</translation>
    </message>
    <message>
        <source>Bilateral meetings (calendar)</source>
        <translation>İkitərəfli görüşlər (təqvim)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Tədbirin iştirakçıları</translation>
    </message>
    <message>
        <source>Contacts shown in the list (filtered)</source>
        <translation>Siyahıda göstərilən kontaktlar (filtrlənmiş)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçmiş</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Hansı bəndlər</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} qeyd {path} faylına yazıldı.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Home institution</source>
        <translation>Öz qurumu</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Əməkdaşın adı</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Görünmə</translation>
    </message>
    <message>
        <source>Owner institution</source>
        <translation>Sahib qurum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name in own language</source>
        <translation>Öz dilində adı</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Qısa ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Dövlət</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Tabe olduğu qurum</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Latın əlifbası ilə adı</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Müraciət forması</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Silsilədəki nömrəsi</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Keçirilmə yeri</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Ev sahibi qurum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Əlavə edildiyi qeyd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Faylın adı</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Həmsöhbət</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Nümayəndə heyətinin rəhbəri</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Nümayəndə heyəti</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>İştirak edib</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Razılaşdırılma tarixi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Gündəlik məsələsi</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Qərarlar</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Qəbul tarixi</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Birgə Fəaliyyət Planı</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Hansı tədbir çərçivəsində</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Nəticələr</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkitərəfli görüş</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Məsul qurum</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>İcra tarixi</translation>
    </message>
    <message>
        <source>Agreed at event</source>
        <translation>Razılaşdırıldığı tədbir</translation>
    </message>
    <message>
        <source>From minutes</source>
        <translation>Protokoldan</translation>
    </message>
    <message>
        <source>From bilateral meeting</source>
        <translation>İkitərəfli görüşdən</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Qəbul edildiyi tədbir</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Responsible states</source>
        <translation>Məsul dövlətlər</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Aparıcı qurum</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>İd</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Action items of this meeting</source>
        <translation>Bu iclasın tapşırıqları</translation>
    </message>
    <message>
        <source>Bilateral meetings on the margins</source>
        <translation>Tədbir çərçivəsində ikitərəfli görüşlər</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Tapşırıq…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Tapşırıq əlavə et</translation>
    </message>
    <message>
        <source>Add an action item (%1)</source>
        <translation>Tapşırıq əlavə et (%1)</translation>
    </message>
    <message>
        <source>Bilateral…</source>
        <translation>İkitərəfli görüş…</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>İkitərəfli görüş əlavə et</translation>
    </message>
    <message>
        <source>Add a bilateral meeting on the margins (%1)</source>
        <translation>Tədbir çərçivəsində ikitərəfli görüş əlavə et (%1)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <source>Bilaterals on the margins</source>
        <translation>Tədbir çərçivəsində ikitərəfli görüşlər</translation>
    </message>
    <message>
        <source>None yet. %1 adds one.</source>
        <translation>Hələ yoxdur. %1 ilə əlavə edin.</translation>
    </message>
    <message>
        <source>F&amp;ollow-up %1</source>
        <translation>Növbəti a&amp;ddımlar %1</translation>
    </message>
    <message>
        <source>Agreed under item %1: %2</source>
        <translation>%1 saylı məsələ üzrə razılaşdırılıb: %2</translation>
    </message>
    <message>
        <source>Agreed under: %1</source>
        <translation>Razılaşdırıldığı məsələ: %1</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Tapşırıq əlavə edildi: %1</translation>
    </message>
    <message>
        <source>Bilateral meeting added: %1</source>
        <translation>İkitərəfli görüş əlavə edildi: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Problemlər</translation>
    </message>
</context>
<context>
    <name>GoingPrivateDialog</name>
    <message>
        <source>Make the record private</source>
        <translation>Qeydi şəxsi et</translation>
    </message>
    <message>
        <source>Make “%1” private?</source>
        <translation>“%1” şəxsi edilsin?</translation>
    </message>
    <message>
        <source>Officers of your institution already have it.</source>
        <translation>Qurumunuzun əməkdaşlarında artıq var.</translation>
    </message>
    <message>
        <source>Every officer who syncs with the Secretariat may already have it.</source>
        <translation>Katibliklə sinxronlaşan hər əməkdaşda artıq ola bilər.</translation>
    </message>
    <message>
        <source>Withdraw it: it is removed, with what it holds, from their computers at their next sync and stays here, private, with its history. Keep their copies: they keep the version they have, and what you write from now on stays on this computer.</source>
        <translation>Geri al: növbəti sinxronlaşmada içindəkilərlə birlikdə onların kompüterlərindən silinir və tarixçəsi ilə birlikdə burada şəxsi qalır. Nüsxələri qalsın: əllərindəki versiya onlarda qalır, bundan sonra yazdıqlarınız bu kompüterdə qalır.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it from the others</source>
        <translation>Digərlərindən &amp;geri al</translation>
    </message>
    <message>
        <source>Withdraw it from the others</source>
        <translation>Digərlərindən geri al</translation>
    </message>
    <message>
        <source>Removed from the other officers&apos; computers at their next sync; kept here</source>
        <translation>Digər əməkdaşların kompüterlərindən növbəti sinxronlaşmada silinir; burada qalır</translation>
    </message>
    <message>
        <source>&amp;Keep their copies</source>
        <translation>Nüsxələri &amp;qalsın</translation>
    </message>
    <message>
        <source>Keep their copies</source>
        <translation>Nüsxələri qalsın</translation>
    </message>
    <message>
        <source>They keep the version they have; later edits stay here</source>
        <translation>Əllərindəki versiya onlarda qalır; sonrakı düzəlişlər burada qalır</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Götür</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Endir</translation>
    </message>
    <message>
        <source>Download the photo from the Secretariat</source>
        <translation>Fotonu Katiblikdən endir</translation>
    </message>
    <message>
        <source>A photo is attached.</source>
        <translation>Foto əlavə olunub.</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Foto yoxdur.</translation>
    </message>
    <message>
        <source>Downloading the photo from the Secretariat…</source>
        <translation>Foto Katiblikdən endirilir…</translation>
    </message>
    <message>
        <source>The photo is on the Secretariat (%1), not downloaded to this computer yet.</source>
        <translation>Foto Katiblikdədir (%1), hələ bu kompüterə endirilməyib.</translation>
    </message>
    <message>
        <source>The photo&apos;s file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it.</source>
        <translation>Fotonun bu kompüterdəki faylı zədələnmişdi, ona görə kənara ayrıldı və istifadə olunmur. Düzəltmək üçün fotonu yenidən seçin.</translation>
    </message>
    <message>
        <source>The photo&apos;s file is missing from this computer and never reached the Secretariat. Choose the photo again.</source>
        <translation>Fotonun faylı bu kompüterdə yoxdur və Katibliyə heç vaxt çatmayıb. Fotonu yenidən seçin.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Şəkillər (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Ata adı</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Latın əlifbası ilə adı</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Müraciət forması</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Dövlət</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Mənbə identifikatoru</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Nümayəndə heyəti</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(idxal edilmir)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>fayl bayt sırası nişanı ilə başlayır</translation>
    </message>
    <message>
        <source>the file is valid UTF-8</source>
        <translation>fayl düzgün UTF-8-dir</translation>
    </message>
    <message>
        <source>the file has only ASCII characters</source>
        <translation>faylda yalnız ASCII simvolları var</translation>
    </message>
    <message>
        <source>this code page gives the most letters of the officers&apos; alphabets</source>
        <translation>bu kod səhifəsi əməkdaşların əlifbalarının ən çox hərfini verir</translation>
    </message>
    <message>
        <source>chosen by the officer</source>
        <translation>əməkdaş tərəfindən seçilib</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Əlaqələri idxal et</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Faylı seçin</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.</source>
        <translation>İstənilən proqramdan CSV, Excel (XLSX, XLS), OpenDocument (ODS) və ya vCard (VCF) faylları.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>Check which field each column holds; change any that is wrong.</source>
        <translation>Hər sütunun hansı sahəni saxladığını yoxlayın; səhv olanı dəyişin.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Vərəq</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodlaşdırma</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Fayldakı sütun</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>İlkin baxış</translation>
    </message>
    <message>
        <source>Add them to an event as participants</source>
        <translation>Tədbirə iştirakçı kimi əlavə et</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Yanlış sətirləri burax, qalanlarını idxal et</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)</source>
        <translation>Əlaqələr (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (təxmin)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>matches an existing contact</source>
        <translation>mövcud əlaqəyə uyğun gəlir</translation>
    </message>
    <message>
        <source>matches an existing contact, nothing new</source>
        <translation>mövcud əlaqəyə uyğun gəlir, yeni heç nə yoxdur</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>yanlış</translation>
    </message>
    <message>
        <source>fills: {fields}</source>
        <translation>doldurur: {fields}</translation>
    </message>
    <message>
        <source> (the first {n} rows)</source>
        <translation> (ilk {n} sətir)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or first and last names).</source>
        <translation>Adları (və ya ad və soyadları) saxlayan sütunu seçin.</translation>
    </message>
    <message>
        <source>New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.</source>
        <translation>Yeni: {new}. Mövcud əlaqələrə uyğun: {match}. Yanlış: {invalid}.</translation>
    </message>
    <message>
        <source>(none: contacts only)</source>
        <translation>(yoxdur: yalnız əlaqələr)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <source>Rows {rows} are invalid; nothing was imported. Fix them, or skip them.</source>
        <translation>{rows} sətirləri yanlışdır; heç nə idxal edilmədi. Düzəldin və ya buraxın.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>İdxal edildi: {created} yeni, {updated} yeniləndi, {unchanged} dəyişmədi, {skipped} buraxıldı.</translation>
    </message>
</context>
<context>
    <name>LanguagesWidget</name>
    <message>
        <source>Type a language&apos;s name, e.g. %1</source>
        <translation>Dilin adını yazın, məs. %1</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Seçmək üçün dillər</translation>
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
        <translation>Bölmələr</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Qeydlər açılır…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>A&amp;rayış toplusu…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;İclas rejimi</translation>
    </message>
    <message>
        <source>Draft the minutes of the selected event while it runs (F9)</source>
        <translation>Seçilmiş tədbirin protokolunu iclas gedişində yazın (F9)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>Hər yerdə &amp;axtar</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinxronlaşdırma</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>İndi &amp;sinxronlaşdır</translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation>Katibliyə &amp;daxil ol…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sistemdən &amp;çıx</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ziddiyyətlər…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Sinxronlaşdırma &amp;jurnalı…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Kö&amp;mək</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaison &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Əvvəlcə tədbir seçin, sonra iclas rejimi üçün F9 düyməsini basın.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: %2 göstərilir</translation>
    </message>
    <message>
        <source>Open the &amp;training record…</source>
        <translation>&amp;Təlim qeydini aç…</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison haqqında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;The desk application of the OTS diaspora liaison officers.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;TDT-nin diasporla əlaqə üzrə əməkdaşlarının iş proqramı.&lt;/p&gt;&lt;p&gt;Məlumat qovluğu: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Nümunə məlumatları yükləndi.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Nümunə məlumatları yüklənir…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation>İclas rejimi — %1</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>İclas rejimini bağla</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>İştirak və növbəti addımlar</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Tapşırıq əlavə et</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>İkitərəfli görüş əlavə et</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Bildirişlər</translation>
    </message>
    <message>
        <source>%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close</source>
        <translation>%1 növbəti məsələ · %2 əvvəlki · %3 tapşırıq · %4 ikitərəfli görüş · %5 bağla</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Gündəliyin növbəti məsələsi</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Gündəliyin əvvəlki məsələsi</translation>
    </message>
    <message>
        <source>Your own minutes: the first word typed creates them.</source>
        <translation>Öz protokolunuz: yazılan ilk sözlə yaradılır.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Liaison daxilində xəta baş verdi (%1).</translation>
    </message>
    <message>
        <source>Some of your text could not be saved: %1</source>
        <translation>Mətninizin bir hissəsi yadda saxlanılmadı: %1</translation>
    </message>
    <message>
        <source>Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text.</source>
        <translation>Yenidən cəhd edin, iclas rejimini açıq saxlayın (mətniniz ekranda qalır) və ya bağlayıb yadda saxlanılmamış mətni itirin.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Açıq saxla</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Bağla və itir</translation>
    </message>
</context>
<context>
    <name>MinutesDetailView</name>
    <message>
        <source>Minutes status</source>
        <translation>Protokolun statusu</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Protokola ilkin baxış</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Jurnal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Log of the minutes</source>
        <translation>Protokolun jurnalı</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>naməlum tarix</translation>
    </message>
    <message>
        <source>Agreed on %1 — read-only. Reopen to change.</source>
        <translation>%1 tarixində razılaşdırılıb — yalnız oxumaq üçün. Dəyişmək üçün yenidən açın.</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>Adsız protokol</translation>
    </message>
    <message>
        <source>No entries yet. Take notes in meeting mode.</source>
        <translation>Hələ qeyd yoxdur. İclas rejimində qeyd aparın.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Müxtəlif məsələlər</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Qərarlar:</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <source>Meeting mode</source>
        <translation>İclas rejimi</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Protokolun statusu</translation>
    </message>
    <message>
        <source>Agr&amp;ee minutes…</source>
        <translation>Protokolu &amp;razılaşdır…</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Protokolu razılaşdır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>İclas rejimini bağla</translation>
    </message>
    <message>
        <source>Close meeting mode (%1); everything typed is saved first.</source>
        <translation>İclas rejimini bağla (%1); əvvəlcə yazılan hər şey yadda saxlanılır.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Yalnız oxumaq üçün</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Yenidən aç…</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Protokolu yenidən aç</translation>
    </message>
    <message>
        <source>Make the agreed minutes editable again (you will be asked why).</source>
        <translation>Razılaşdırılmış protokolu yenidən redaktəyə açın (səbəb soruşulacaq).</translation>
    </message>
    <message>
        <source>&amp;Write our own minutes</source>
        <translation>Öz protokolumuzu &amp;yaz</translation>
    </message>
    <message>
        <source>Take your institution&apos;s own minutes of this meeting; these stay as they are.</source>
        <translation>Bu görüşün öz qurumunuza məxsus protokolunu aparın; bu protokol olduğu kimi qalır.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change.</source>
        <translation>Yalnız oxumaq üçün: bu protokolu %1 yazıb və onu yalnız onun əməkdaşları dəyişə bilər (Katiblik digər qurumlardan gələn dəyişiklikləri rədd edir). Oxuya və köçürə bilərsiniz; hər dəyişiklik üçün onlara müraciət edin.</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change.</source>
        <translation>Yalnız oxumaq üçün: bu protokolu başqa qurum yazıb və onu yalnız onun əməkdaşları dəyişə bilər. Oxuya və köçürə bilərsiniz; hər dəyişiklik üçün onlara müraciət edin.</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Hələ protokol yoxdur</translation>
    </message>
    <message>
        <source>There is nothing to agree yet: the minutes start with the first word typed.</source>
        <translation>Hələ razılaşdırılacaq bir şey yoxdur: protokol yazılan ilk sözlə başlayır.</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Razılaşdırılıb: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Razılaşdırılıb</translation>
    </message>
    <message>
        <source>These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged.</source>
        <translation>Bu protokol %1 tarixində razılaşdırılıb və yalnız oxumaq üçündür. Dəyişiklik etmək üçün onu yenidən açın; səbəb soruşulacaq və jurnala yazılacaq.</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Protokol layihəsi</translation>
    </message>
    <message>
        <source>Mark the minutes agreed: they become read-only, and this is logged.</source>
        <translation>Protokolu razılaşdırılmış kimi qeyd edin: o, yalnız oxumaq üçün olacaq və bu jurnala yazılır.</translation>
    </message>
    <message>
        <source>There is nothing to agree yet.</source>
        <translation>Hələ razılaşdırılacaq bir şey yoxdur.</translation>
    </message>
    <message>
        <source>Agree the minutes once everything typed is saved.</source>
        <translation>Yazılan hər şey yadda saxlanıldıqdan sonra protokolu razılaşdırın.</translation>
    </message>
    <message>
        <source>Mark these minutes as agreed?</source>
        <translation>Bu protokol razılaşdırılmış kimi qeyd edilsin?</translation>
    </message>
    <message>
        <source>Agreed minutes are read-only: changing them later means reopening them, which is logged.</source>
        <translation>Razılaşdırılmış protokol yalnız oxumaq üçündür: sonradan dəyişmək üçün onu yenidən açmaq lazımdır və bu jurnala yazılır.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Razılaşdır</translation>
    </message>
    <message>
        <source>The minutes are agreed.</source>
        <translation>Protokol razılaşdırıldı.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>İcra olunmadı: %1</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>Protokol yenidən açıldı; səbəb jurnala yazıldı.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the event</source>
        <translation>Tədbirin protokolları</translation>
    </message>
    <message>
        <source>&amp;New minutes…</source>
        <translation>Yeni &amp;protokol…</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Yeni protokol</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>Edit the title and summary</source>
        <translation>Başlığı və xülasəni redaktə et</translation>
    </message>
    <message>
        <source>Open in &amp;meeting mode</source>
        <translation>&amp;İclas rejimində aç</translation>
    </message>
    <message>
        <source>Open in meeting mode</source>
        <translation>İclas rejimində aç</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>Ra&amp;zılaşdır…</translation>
    </message>
    <message>
        <source>Agree the minutes</source>
        <translation>Protokolu razılaşdır</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Yenidən &amp;aç…</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Protokolu yenidən aç</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <source>Delete the minutes</source>
        <translation>Protokolu sil</translation>
    </message>
    <message>
        <source>Mark the minutes as agreed by the parties: they become read-only.</source>
        <translation>Protokolu tərəflərin razılaşdırdığı kimi qeyd edin: o, yalnız oxumaq üçün olacaq.</translation>
    </message>
    <message>
        <source>Make agreed minutes editable again, giving a reason for the log.</source>
        <translation>Razılaşdırılmış protokolu jurnal üçün səbəb göstərərək yenidən redaktəyə açın.</translation>
    </message>
    <message>
        <source>Agreed minutes cannot be deleted; reopen them first.</source>
        <translation>Razılaşdırılmış protokolu silmək olmaz; əvvəlcə onu yenidən açın.</translation>
    </message>
    <message>
        <source>Choose an event to see its minutes.</source>
        <translation>Protokollarını görmək üçün tədbir seçin.</translation>
    </message>
    <message>
        <source>This event has no minutes yet. Start them with “New minutes…”.</source>
        <translation>Bu tədbirin hələ protokolu yoxdur. “Yeni protokol…” ilə başlayın.</translation>
    </message>
    <message>
        <source>Choose minutes to see their entries.</source>
        <translation>Qeydlərini görmək üçün protokol seçin.</translation>
    </message>
    <message>
        <source>These minutes belong to %1: only its officers may change, agree, reopen or delete them.</source>
        <translation>Bu protokol %1 qurumuna məxsusdur: onu yalnız onun əməkdaşları dəyişə, razılaşdıra, yenidən aça və ya silə bilər.</translation>
    </message>
    <message>
        <source>these minutes</source>
        <translation>bu protokol</translation>
    </message>
    <message>
        <source>Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.</source>
        <translation>“%1” razılaşdırılmış kimi qeyd edilsin? Razılaşdırılmış protokol kimsə onu yenidən açana qədər yalnız oxumaq üçündür.</translation>
    </message>
    <message>
        <source>Why are these minutes reopened? The reason is kept in their log.</source>
        <translation>Bu protokol niyə yenidən açılır? Səbəb onun jurnalında saxlanılır.</translation>
    </message>
    <message>
        <source>A reason is required to reopen agreed minutes. Why are they reopened?</source>
        <translation>Razılaşdırılmış protokolu yenidən açmaq üçün səbəb lazımdır. Niyə yenidən açılır?</translation>
    </message>
    <message>
        <source>Delete “%1” and their entries?</source>
        <translation>“%1” qeydləri ilə birlikdə silinsin?</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation>Əlavə etmək üçün tədbir və ya ikitərəfli görüş axtarın…</translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation>Tədbir və ya ikitərəfli görüş axtar</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Tapılanlar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Əlavə et</translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation>Bu arayışda (hər biri ayrıca arayış, bu ardıcıllıqla):</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>Bu arayışda</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yuxarı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Çıxar</translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation>Profili hazırlanacaq həmsöhbətlər:</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Həmsöhbətlər</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Heç biri</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Axtarış alınmadı; təfərrüatlar jurnaldadır.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Heç nə tapılmadı.</translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message>
        <source>Sample records in your record</source>
        <translation>Qeydiyyatınızdakı nümunə qeydləri</translation>
    </message>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>Liaison-un köhnə versiyası nümunə məlumatları (uydurma əməkdaşlar, Bişkek görüşü…) öz qeydiyyatınıza yükləyib. Dəyişmədiyiniz %n nümunə qeydi silinə bilər.</numerusform>
            <numerusform>Liaison-un köhnə versiyası nümunə məlumatları (uydurma əməkdaşlar, Bişkek görüşü…) öz qeydiyyatınıza yükləyib. Dəyişmədiyiniz %n nümunə qeydi silinə bilər.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Saxlanılacaq: dəyişdiyiniz və ya öz qeydlərinizin istinad etdiyi %n qeyd:</numerusform>
            <numerusform>Saxlanılacaq: dəyişdiyiniz və ya öz qeydlərinizin istinad etdiyi %n qeyd:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample stays available in the training record (File → Open the training record…).</source>
        <translation>Nümunə təlim qeydiyyatında əlçatan qalır (Fayl → Təlim qeydiyyatını aç…).</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>%n nümunə qeydi silindi.</numerusform>
            <numerusform>%n nümunə qeydi silindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>Dəyişdiyiniz və ya əlaqələndirdiyiniz %n qeyd saxlanıldı.</numerusform>
            <numerusform>Dəyişdiyiniz və ya əlaqələndirdiyiniz %n qeyd saxlanıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation>Bölmələr (üz səhifə həmişə daxildir)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation>Hər səhifənin yuxarısında və aşağısında çap olunur; istənilən başqa qrifi yaza bilərsiniz</translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation>Səfərin istiqaməti (bir neçə arayışdan ibarət toplu üçün)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>Məxfilik &amp;qrifi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
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
        <translation>Ehtimal ki, eyni şəxs</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Ehtimal</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>No papers</source>
        <translation>Sənədsiz</translation>
    </message>
    <message>
        <source>&amp;List them in an annex (Papers on file)</source>
        <translation>Əlavədə &amp;siyahıya al (Qeydiyyatdakı sənədlər)</translation>
    </message>
    <message>
        <source>List them and append the &amp;first pages of the PDFs</source>
        <translation>Siyahıya al və PDF-lərin &amp;ilk səhifələrini əlavə et</translation>
    </message>
    <message>
        <source>Pa&amp;ges of each PDF:</source>
        <translation>Hər PDF-dən &amp;səhifə:</translation>
    </message>
    <message>
        <source>Pages of each PDF</source>
        <translation>Hər PDF-dən səhifə</translation>
    </message>
    <message>
        <source>How many pages of each chosen PDF follow the pack (1 to 10)</source>
        <translation>Seçilmiş hər PDF-dən neçə səhifənin toplunun sonuna əlavə olunacağı (1-dən 10-a qədər)</translation>
    </message>
    <message>
        <source>Papers attached to the records of these notes:</source>
        <translation>Bu arayışların qeydlərinə əlavə edilmiş sənədlər:</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Bütün sənədlər</translation>
    </message>
    <message>
        <source>Tick all papers</source>
        <translation>Bütün sənədləri işarələ</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Heç biri</translation>
    </message>
    <message>
        <source>Untick all papers</source>
        <translation>Bütün sənədlərdən işarəni götür</translation>
    </message>
    <message>
        <source>PDFs only on the Secretariat are downloaded when the preview is made; one that cannot be is listed in the annex as not downloaded. Photos are not papers.</source>
        <translation>Yalnız Katiblikdə olan PDF-lər önizləmə hazırlananda endirilir; endirilə bilməyən əlavədə endirilməmiş kimi göstərilir. Fotoşəkillər sənəd sayılmır.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>bu kompüterdə</translation>
    </message>
    <message>
        <source>missing from this computer — attach it again</source>
        <translation>bu kompüterdə yoxdur — yenidən əlavə edin</translation>
    </message>
    <message>
        <source>on the Secretariat: downloaded when the preview is made</source>
        <translation>Katiblikdə: önizləmə hazırlananda endiriləcək</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Katiblikdə</translation>
    </message>
    <message>
        <source>No papers are attached to the records of these notes.</source>
        <translation>Bu arayışların qeydlərinə heç bir sənəd əlavə edilməyib.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the agreed minutes</source>
        <translation>Razılaşdırılmış protokolu yenidən aç</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Yenidən aç</translation>
    </message>
    <message>
        <source>Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it.</source>
        <translation>Razılaşdırılmış protokol yalnız məqsədli şəkildə yenidən açılır. Səbəbini yazın: səbəb adınız və vaxtla birlikdə jurnala yazılır və hər nümayəndə heyəti onu görür.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>e.g. The Uzbek delegation&apos;s comments on item 2 arrived.</source>
        <translation>məs. Özbəkistan nümayəndə heyətinin 2-ci məsələ üzrə qeydləri daxil oldu.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Səbəb:</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>This record is damaged, so it is open for reading only: nothing can be changed. Recover it to go on working (%1).</source>
        <translation>Bu qeyd zədələnib, ona görə yalnız oxumaq üçün açıqdır: heç nə dəyişdirilə bilməz. İşə davam etmək üçün onu bərpa edin (%1).</translation>
    </message>
    <message>
        <source>This record is read-only (the file, its folder or the disk cannot be written), so it is open for reading only: nothing can be changed (%1).</source>
        <translation>Bu qeyd yalnız oxunandır (fayla, qovluğuna və ya diskə yazmaq olmur), ona görə yalnız oxumaq üçün açıqdır: heç nə dəyişdirilə bilməz (%1).</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Bərpa et…</translation>
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
        <translation>Yadda sa&amp;xla</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Yadda saxla (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Əvvəlki hala qaytar</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change.</source>
        <translation>Yalnız oxumaq üçün: bu qeyd %1 qurumuna məxsusdur və onu yalnız həmin qurumun əməkdaşları dəyişə bilər (Katiblik digər qurumlardan gələn dəyişiklikləri rədd edir). Lazım olanı kopyalayın və ya dəyişikliyi etmələrini xahiş edin.</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change.</source>
        <translation>Yalnız oxumaq üçün: bu qeyd başqa quruma məxsusdur və onu yalnız həmin qurumun əməkdaşları dəyişə bilər. Lazım olanı kopyalayın və ya dəyişikliyi etmələrini xahiş edin.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Yadda saxlanılmamış dəyişikliklər</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Bu qeyddə yadda saxlanılmamış dəyişikliklər var. Yadda saxlanılsın?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The record is damaged</source>
        <translation>Qeyd zədələnib</translation>
    </message>
    <message>
        <source>Recovery copies everything that can still be read into a new file, which takes the damaged one&apos;s place; the damaged file is kept in the backups folder. Liaison closes while it works and opens again on the recovered record.</source>
        <translation>Bərpa hələ oxuna bilən hər şeyi zədələnmiş faylın yerini tutacaq yeni fayla köçürür; zədələnmiş fayl ehtiyat surətləri qovluğunda saxlanılır. Liaison bu müddətdə bağlanır və bərpa edilmiş qeydlə yenidən açılır.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Faylı yoxla</translation>
    </message>
    <message>
        <source>Recover and reopen</source>
        <translation>Bərpa et və yenidən aç</translation>
    </message>
    <message>
        <source>Read on for now</source>
        <translation>Hələlik oxumağa davam et</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Fayl yoxlanılır…</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Zədə tapılmadı.</translation>
    </message>
    <message>
        <source>Recovery could not be started. Run: liaison recover</source>
        <translation>Bərpa başladıla bilmədi. Bunu işə salın: liaison recover</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Type to search…</source>
        <translation>Axtarmaq üçün yazın…</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Yadda saxlama vəziyyəti</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Yadda saxlama problemi</translation>
    </message>
    <message>
        <source>Your text stays on screen; Liaison keeps trying to save it.</source>
        <translation>Mətniniz ekranda qalır; Liaison onu yadda saxlamağa cəhd etməkdə davam edir.</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Yazdıqca yadda saxlanılır</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Yalnız oxumaq üçün</translation>
    </message>
    <message>
        <source>There is no Save button: what you type is saved within a second.</source>
        <translation>Yadda saxla düyməsi yoxdur: yazdıqlarınız bir saniyə ərzində yadda saxlanılır.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yadda saxlanılır…</translation>
    </message>
    <message>
        <source>Your latest typing is being saved.</source>
        <translation>Son yazdıqlarınız yadda saxlanılır.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Yadda saxlanıldı</translation>
    </message>
    <message>
        <source>Everything typed is saved on this computer.</source>
        <translation>Yazılan hər şey bu kompüterdə yadda saxlanılıb.</translation>
    </message>
    <message>
        <source>Disk full — not saved</source>
        <translation>Disk doludur — saxlanılmadı</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>Your text is safe on screen and will be saved as soon as possible.</source>
        <translation>Mətniniz ekranda salamatdır və ilk imkanda yadda saxlanılacaq.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Yadda saxlanılmadı: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Hər yerdə axtar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hər yerdə axtar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Heç nə tapılmadı.</translation>
    </message>
    <message>
        <source>in the attached file %1</source>
        <translation>əlavə edilmiş faylda: %1</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Axtarış alınmadı; təfərrüatlar jurnaldadır.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <source>as it should appear in the minutes&apos; log</source>
        <translation>protokol jurnalında görünəcəyi kimi</translation>
    </message>
    <message>
        <source>&amp;Home institution:</source>
        <translation>&amp;Öz qurumunuz:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>New records &amp;visible to:</source>
        <translation>Yeni qeydləri &amp;görə bilənlər:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Download in the background, up to:</source>
        <translation>Arxa planda ən çox &amp;endir:</translation>
    </message>
    <message>
        <source>Download in the background, up to (MB per sync)</source>
        <translation>Arxa planda ən çox endir (sinxronlaşdırma başına MB)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Never (each file downloads when opened)</source>
        <translation>Heç vaxt (hər fayl açılanda endirilir)</translation>
    </message>
    <message>
        <source>Colleagues&apos; attached files each sync downloads by itself, newest first, up to this many megabytes; the others stay on the Secretariat and download when you open them. 0: never in the background.</source>
        <translation>Həmkarların əlavə etdiyi fayllardan hər sinxronlaşdırmanın özü, ən yenisindən başlayaraq, bu qədər meqabayta qədər endirdikləri; qalanları Katiblikdə qalır və siz açanda endirilir. 0: arxa planda heç vaxt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Sistemdəki kimi (%1)</translation>
    </message>
    <message>
        <source>The window changes language at once; dates and numbers follow the language too.</source>
        <translation>Pəncərənin dili dərhal dəyişir; tarixlər və rəqəmlər də seçilmiş dilə uyğunlaşır.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists and editors</source>
        <translation>Siyahılar və redaktorlar</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>İclas rejimi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Tab moves between a list, its filter and the editor; the arrows move within a list.</source>
        <translation>Tab siyahı, onun filtri və redaktor arasında keçir; ox düymələri siyahı daxilində hərəkət edir.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
</context>
<context>
    <name>SimilarNotice</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Ehtimal olunan dublikat</translation>
    </message>
    <message>
        <source>&amp;Open the existing contact</source>
        <translation>Mövcud kontaktı &amp;aç</translation>
    </message>
    <message>
        <source>%1 already exists (%2): is this the same person?</source>
        <translation>%1 artıq mövcuddur (%2): bu eyni şəxsdir?</translation>
    </message>
    <message>
        <source>Also similar: %1.</source>
        <translation>Digər oxşarlar: %1.</translation>
    </message>
    <message>
        <source>Open %1 instead of creating a new contact</source>
        <translation>Yeni kontakt yaratmaq əvəzinə %1 kontaktını aç</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Türkiye</source>
        <translation>Türkiyə</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azərbaycan</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Qazaxıstan</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Qırğızıstan</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Özbəkistan</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Macarıstan</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Türkmənistan</translation>
    </message>
    <message>
        <source>Turkish Republic of Northern Cyprus</source>
        <translation>Şimali Kipr Türk Respublikası</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TDT Katibliyi</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sinxronlaşdırma ləğv edildi.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the Secretariat could not be told: its sign-in stays valid there until an administrator revokes it.</source>
        <translation>Bu kompüterdə çıxış edildi, lakin Katibliyə bildirilə bilmədi: inzibatçı ləğv edənə qədər sessiya orada etibarlı qalır.</translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation>Sinxronlaşdırma proqram xətası səbəbindən alınmadı; təfərrüatlar jurnaldadır.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 serverinə %2 kimi daxil olundu.</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation>Çıxış edildi; bu kompüterin sessiyası ləğv edildi.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Sinxronlaşdırıldı: %1 göndərildi, %2 alındı</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s server had gone back to an earlier backup: this computer sent it again what it had lost and read the record again; nothing was lost (records sent again: {count}).</source>
        <translation>Katiblik serveri daha köhnə ehtiyat nüsxəyə qayıtmışdı: bu kompüter itirdiklərini ona yenidən göndərdi və qeydləri yenidən oxudu; heç nə itmədi (yenidən göndərilən qeyd: {count}).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n silindi</numerusform>
            <numerusform>%n silindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n birləşdirildi</numerusform>
            <numerusform>%n birləşdirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n yeni ziddiyyət</numerusform>
            <numerusform>%n yeni ziddiyyət</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n server tərəfindən rədd edildi (ziddiyyətlərdə saxlanılır)</numerusform>
            <numerusform>%n server tərəfindən rədd edildi (ziddiyyətlərdə saxlanılır)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation>Katibliyə daxil ol</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverin ünvanı</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation>yalnız Katiblik öz sertifikat mərkəzindən istifadə edirsə</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA faylı</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serverin ünvanı</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;İstifadəçi adı</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parol</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;CA faylı</translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation>Parol yalnız bir dəfə göndərilir və saxlanılmır; bu kompüter ləğv edilə bilən sessiya saxlayır.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation>Katibliyin CA sertifikatı</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikatlar (*.pem *.crt);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Zəhmət olmasa, doldurun: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Daxil olunur…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sinxronlaşdırma jurnalı</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation>Hər iki tərəf eyni sahəni dəyişib</translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation>Bir tərəfdə redaktə edilib, digər tərəfdə silinib</translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation>Server bu dəyişikliyi rədd edib</translation>
    </message>
    <message>
        <source>Only officers of the record&apos;s institution may change it.</source>
        <translation>Qeydi yalnız onun aid olduğu qurumun əməkdaşları dəyişə bilər.</translation>
    </message>
    <message>
        <source>The server has no such record.</source>
        <translation>Serverdə belə qeyd yoxdur.</translation>
    </message>
    <message>
        <source>Private records never leave the officer&apos;s machine.</source>
        <translation>Şəxsi qeydlər heç vaxt əməkdaşın kompüterindən çıxmır.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Serverdəkini saxla</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>%1 istifadəçisinin variantını istifadə et</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Mənimkini istifadə et</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Birləşdir</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Birləşdirilmiş mətn</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açıq ziddiyyətlər</translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation>Bu seçimlərlə &amp;həll et</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>Mətnimi &amp;kopyala</translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation>Açıq ziddiyyət yoxdur: bütün dəyişikliklər birləşdirilib.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(%1 tərəfindən)</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>(sizin tərəfinizdən)</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>&amp;Baxılmış kimi qeyd et</translation>
    </message>
    <message>
        <source>&amp;Copy %1&apos;s text</source>
        <translation>%1 istifadəçisinin mətnini &amp;kopyala</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 may want to send their text to the record&apos;s owner.</source>
        <translation>Heç nə dəyişdirilmədi. %1 öz mətnini qeydin sahibinə göndərmək istəyə bilər.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Mətniniz burada saxlanılır: onu kopyalayın (Mətnimi kopyala) və dəyişikliyi edə bilən %1 əməkdaşına göndərin və ya etməsini xahiş edin. Sonra bunu baxılmış kimi qeyd edin.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of the record&apos;s institution, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Mətniniz burada saxlanılır: onu kopyalayın (Mətnimi kopyala) və dəyişikliyi edə bilən, qeydin aid olduğu qurumun əməkdaşına göndərin və ya etməsini xahiş edin. Sonra bunu baxılmış kimi qeyd edin.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Səbəb:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Nə edə bilərsiniz:</translation>
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
        <translation>Bu kompüterdə Katibliklə sinxronlaşdırma qurulmayıb.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açıq ziddiyyətlər</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation>Sinxronlaşdırılır… %2 dəyişiklikdən %1-i göndərildi</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Sinxronlaşdırılır… %n qeyd alındı</numerusform>
            <numerusform>Sinxronlaşdırılır… %n qeyd alındı</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Daxil olunmayıb</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinxronlaşdırma alınmadı</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>son sinxronlaşdırma %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 serverinə %2 kimi daxil olundu.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation>Bu kompüterdə açar anbarı yoxdur: sessiya Liaison bağlanana qədər qüvvədədir.</translation>
    </message>
    <message>
        <source>This computer&apos;s sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept.</source>
        <translation>Bu kompüterin %1 ünvanındakı sessiyası artıq yoxdur: yenidən daxil olun (Sinxronlaşdırma → Katibliyə daxil ol…). Dəyişiklikləriniz saxlanılıb.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ziddiyyət</numerusform>
            <numerusform>%n ziddiyyət</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n dəyişiklik hələ sinxronlaşdırılmayıb</numerusform>
            <numerusform>%n dəyişiklik hələ sinxronlaşdırılmayıb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>Şəxsi qeydlərdə %n dəyişiklik bu kompüterdə saxlanılır: şəxsi qeydlər heç vaxt göndərilmir.</numerusform>
            <numerusform>Şəxsi qeydlərdə %n dəyişiklik bu kompüterdə saxlanılır: şəxsi qeydlər heç vaxt göndərilmir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinxronlaşdırma</translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation>Serverdən gələn silinmələr yenə də tətbiq edilsin?</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <source>Talking points for:</source>
        <translation>Danışıq tezislərinin aid olduğu arayış:</translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation>Danışıq tezislərinin aid olduğu arayış</translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation>Demək və ya soruşmaq istədikləriniz. “-” ilə başlayan sətirlər siyahı kimi çap olunur.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Danışıq tezisləri</translation>
    </message>
    <message>
        <source>Not saved: %1. Trying again; your text stays here.</source>
        <translation>Yadda saxlanılmadı: %1. Yenidən cəhd edilir; mətniniz burada qalır.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yadda saxlanılır…</translation>
    </message>
    <message>
        <source>Kept on this computer for the next briefing; talking points do not sync.</source>
        <translation>Növbəti arayış üçün bu kompüterdə saxlanılır; danışıq tezisləri sinxronlaşdırılmır.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>Your talking points could not be saved: %1</source>
        <translation>Danışıq tezisləriniz yadda saxlanılmadı: %1</translation>
    </message>
    <message>
        <source>Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text.</source>
        <translation>Yenidən cəhd edin, Liaison-u açıq saxlayın (mətniniz ekranda qalır) və ya çıxıb yadda saxlanılmamış mətni itirin.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Açıq saxla</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Çıx və itir</translation>
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
        <translation>Liaison daxilində xəta baş verdi.</translation>
    </message>
    <message>
        <source>Your saved work is safe. Please report this problem with the details below.</source>
        <translation>Yadda saxlanılmış işiniz təhlükəsizdir. Zəhmət olmasa, bu problem barədə aşağıdakı təfərrüatlarla məlumat verin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Bu gün, %1</translation>
    </message>
    <message>
        <source>Only my institution&apos;s action items</source>
        <translation>Yalnız qurumumun tapşırıqları</translation>
    </message>
    <message>
        <source>Action items assigned to your home institution (File → Settings)</source>
        <translation>Öz qurumunuza verilmiş tapşırıqlar (Fayl → Ayarlar)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Aylar üzrə tədbirlər</translation>
    </message>
    <message>
        <source>Events on the chosen day</source>
        <translation>Seçilmiş gündəki tədbirlər</translation>
    </message>
    <message>
        <source>Events in the next four weeks</source>
        <translation>Növbəti dörd həftədəki tədbirlər</translation>
    </message>
    <message>
        <source>Bilateral meetings in the next four weeks</source>
        <translation>Növbəti dörd həftədəki ikitərəfli görüşlər</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Vaxtı keçmiş tapşırıqlar</translation>
    </message>
    <message>
        <source>Action items due in the next two weeks</source>
        <translation>Növbəti iki həftədə müddəti çatan tapşırıqlar</translation>
    </message>
    <message>
        <source>Minutes awaiting agreement</source>
        <translation>Razılaşdırılmağı gözləyən protokollar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açıq ziddiyyətlər</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Yoxdur</translation>
    </message>
    <message>
        <source>Open the conflict inbox</source>
        <translation>Ziddiyyətlər qutusunu aç</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n tədbir</numerusform>
            <numerusform>%n tədbir</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on %1</source>
        <translation>%1 tarixindəki tədbirlər</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>Vaxtı keçmiş %n tapşırıq var: Bu gün bölməsinə baxın (Ctrl+1).</numerusform>
            <numerusform>Vaxtı keçmiş %n tapşırıq var: Bu gün bölməsinə baxın (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>Vaxtı keçmiş %n tapşırıq</numerusform>
            <numerusform>Vaxtı keçmiş %n tapşırıq</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Remove the training record</source>
        <translation>Təlim qeydini sil</translation>
    </message>
    <message>
        <source>Delete the training record and all the sample data in %1? Your own record is not touched.</source>
        <translation>%1 daxilindəki təlim qeydi və bütün nümunə məlumatları silinsin? Öz qeydinizə toxunulmur.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training record</source>
        <translation>Təlim qeydi</translation>
    </message>
    <message>
        <source>sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.</source>
        <translation>Liaison-u sınamaq üçün nümunə məlumatları. Buradakı heç nə Katibliklə sinxronlaşdırılmır.</translation>
    </message>
    <message>
        <source>Back to my record</source>
        <translation>Öz qeydimə qayıt</translation>
    </message>
    <message>
        <source>Remove the training record…</source>
        <translation>Təlim qeydini sil…</translation>
    </message>
    <message>
        <source>Training record: never synced</source>
        <translation>Təlim qeydi: heç vaxt sinxronlaşdırılmır</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İdxal…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>İxra&amp;c…</translation>
    </message>
    <message>
        <source>Export selected contacts…</source>
        <translation>Seçilmiş əlaqələri ixrac et…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Göstərilən kontaktları ixrac et…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Dublikatları tap…</translation>
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
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(foto)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Liaison-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <source>Your record is empty. Say who you are: your name goes into the minutes&apos; log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced.</source>
        <translation>Qeydiniz boşdur. Kim olduğunuzu göstərin: adınız protokol jurnalına yazılır, yaratdığınız qeydlər qurumunuza məxsus olur. Bunu sonra Fayl → Ayarlar bölməsində dəyişə bilərsiniz. Əvvəlcə tanış olmaq üçün təlim qeydini açın: qeydinizdən ayrı saxlanılan, heç vaxt sinxronlaşdırılmayan nümunə məlumatları.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <source>Your &amp;institution:</source>
        <translation>&amp;Qurumunuz:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Dövlət:</translation>
    </message>
    <message>
        <source>pick one, or type its name</source>
        <translation>birini seçin və ya adını yazın</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başla</translation>
    </message>
    <message>
        <source>Open the &amp;training record</source>
        <translation>&amp;Təlim qeydini aç</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Keç</translation>
    </message>
</context>
</TS>
