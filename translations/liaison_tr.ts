<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Yeni eylem maddesi</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Eylem ekle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>e.g. Circulate the concept note</source>
        <translation>ör. Konsept notunu dağıtmak</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Sorumlu kurum</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Sorumlu kişi</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Eylem:</translation>
    </message>
    <message>
        <source>Responsible &amp;institution:</source>
        <translation>Sorumlu &amp;kurum:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Sorumlu k&amp;işi:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Son tarih:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Any other business</source>
        <translation>Diğer hususlar</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Gündemde olmayan, dile getirilen konular.</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>%1 tutanağı</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Gündem</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündem</translation>
    </message>
    <message>
        <source>Next item: %1. Previous item: %2.</source>
        <translation>Sonraki madde: %1. Önceki madde: %2.</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Geçerli gündem maddesi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Who said what: statements, proposals, points raised…</source>
        <translation>Kim ne dedi: açıklamalar, öneriler, dile getirilen konular…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kararlar</translation>
    </message>
    <message>
        <source>What the meeting decided or agreed on this item…</source>
        <translation>Toplantının bu maddede aldığı kararlar ya da vardığı mutabakat…</translation>
    </message>
    <message>
        <source>Summary of the minutes</source>
        <translation>Tutanak özeti</translation>
    </message>
    <message>
        <source>The general summary, for the whole meeting…</source>
        <translation>Toplantının tamamı için genel özet…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Kararlar</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the minutes</source>
        <translation>Tutanak ö&amp;zeti</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Madde %1 / %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Gündem dışı</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>missing from this computer, %1 — attach it again</source>
        <translation>bu bilgisayarda yok, %1 — yeniden ekleyin</translation>
    </message>
    <message>
        <source>on the Secretariat, %1 — download</source>
        <translation>Sekretaryada, %1 — indir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Eklendi: {names}</translation>
    </message>
    <message>
        <source>No program here opens {name}; Save a copy… keeps it.</source>
        <translation>Bu bilgisayarda {name} dosyasını açan bir program yok; “Kopyasını kaydet…” ile saklayabilirsiniz.</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Kopyası kaydedildi: {path}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} kaldırıldı.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} geri getirildi.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>Attach files to this record (or drop them on the record)</source>
        <translation>Bu kayda dosya ekleyin (ya da dosyaları kaydın üzerine bırakın)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open the file in its viewer (Enter)</source>
        <translation>Dosyayı kendi görüntüleyicisinde açın (Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Kopyasını kaydet…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete); Undo remove brings it back</source>
        <translation>Dosyayı bu kayıttan kaldırın (Delete); “Kaldırmayı geri al” geri getirir</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Kaldırmayı &amp;geri al</translation>
    </message>
    <message>
        <source>This record is open for reading only.</source>
        <translation>Bu kayıt yalnızca okumak için açık.</translation>
    </message>
    <message>
        <source>Save the record first; then attach files to it.</source>
        <translation>Önce kaydı kaydedin; sonra ona dosya ekleyin.</translation>
    </message>
    <message>
        <source>No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.</source>
        <translation>Henüz dosya yok. Ekle… ya da dosyaları buraya bırakın: PDF, DOCX, XLSX, ODT, resimler, metin.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopyasını kaydet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? Undo remove brings it back.</source>
        <translation>“%1” bu kayıttan kaldırılsın mı? “Kaldırmayı geri al” geri getirir.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Bir ad yazıp Enter&apos;a basın</translation>
    </message>
    <message>
        <source>Participants (checked: present)</source>
        <translation>Katılımcılar (işaretli: hazır bulunan)</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected participant as present.</source>
        <translation>Boşluk tuşu seçili katılımcıyı hazır bulunan olarak işaretler ya da işareti kaldırır.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Heyet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Check &amp;in someone else:</source>
        <translation>&amp;Başka birinin katılımını kaydet:</translation>
    </message>
    <message>
        <source>Check in a participant by name</source>
        <translation>Bir katılımcıyı adıyla kaydet</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>%1 kişiden %n kişi hazır</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants registered yet: check them in below.</source>
        <translation>Henüz kayıtlı katılımcı yok: aşağıdan kaydedin.</translation>
    </message>
    <message>
        <source>A&amp;ttendance %1/%2</source>
        <translation>K&amp;atılım %1/%2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 hazır bulunuyor.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 artık hazır bulunan olarak işaretli değil.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>BilateralDialog</name>
    <message>
        <source>New bilateral meeting on the margins</source>
        <translation>Marjında yeni ikili görüşme</translation>
    </message>
    <message>
        <source>Add bilateral</source>
        <translation>İkili görüşme ekle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Left empty: named after the parties</source>
        <translation>Boş bırakılırsa taraflara göre adlandırılır</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <source>Other party (a person)</source>
        <translation>Diğer taraf (kişi)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>T&amp;araflar:</translation>
    </message>
    <message>
        <source>&amp;With (person):</source>
        <translation>&amp;Kiminle (kişi):</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Bilgi notu</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Bilgi notu dosyası</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
    <message>
        <source>Papers on file</source>
        <translation>Dosyadaki belgeler</translation>
    </message>
    <message>
        <source>No papers are attached to the records of this note.</source>
        <translation>Bu notun kayıtlarına ekli belge yok.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Ekli olduğu kayıt</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Bu dosyada</translation>
    </message>
    <message>
        <source>its first page, at the end of the pack</source>
        <translation>ilk sayfası, paketin sonunda</translation>
    </message>
    <message>
        <source>its first {pages} pages, at the end of the pack</source>
        <translation>ilk {pages} sayfası, paketin sonunda</translation>
    </message>
    <message>
        <source>listed only (not a PDF)</source>
        <translation>yalnızca listelendi (PDF değil)</translation>
    </message>
    <message>
        <source>listed only (not downloaded to this computer)</source>
        <translation>yalnızca listelendi (bu bilgisayara indirilmedi)</translation>
    </message>
    <message>
        <source>listed only (the PDF cannot be read)</source>
        <translation>yalnızca listelendi (PDF okunamıyor)</translation>
    </message>
    <message>
        <source>listed only (its copy on this computer is damaged and was set aside)</source>
        <translation>yalnızca listelendi (bu bilgisayardaki kopyası bozuk ve bir kenara ayrıldı)</translation>
    </message>
    <message>
        <source>The first pages of the PDFs follow the pack&apos;s numbered pages, as they are on file (without this pack&apos;s marking); the bookmarks lead to each.</source>
        <translation>PDF’lerin ilk sayfaları, paketin numaralı sayfalarından sonra dosyadaki hâliyle (bu paketin gizlilik işareti olmadan) gelir; yer imleri her birine götürür.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkili görüşme</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Tutanak</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Ortak Eylem Planı</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Hazırlanma tarihi: {date}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Hazırlayan: {name}, {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Sayfa {page}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>TASLAK</translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation>Bu notta kullanılan tutanak taslaktır, üzerinde henüz mutabık kalınmamıştır: içeriği değişebilir.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mekân</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ev sahibi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Marjında yapıldığı etkinlik</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Gizlilik derecesi</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Kayıtlarda bulunmayanlar</translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation>Bu notun tüm bölümleri kayıtlarda mevcut.</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>Toplantı hakkında</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündem</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation>Kaydedilen sonuçlar</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Heyetler</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Muhataplar</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Konuşma notları</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Ortak Eylem Planı faaliyetleri</translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation>Ek: tutanak</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Madde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Devlet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Heyet Başkanı</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation>Öncü kurum: {institution}</translation>
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
        <translation>Latin harfleriyle</translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation>{name} (harf çevirisi)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Hitap şekli</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Bu toplantıdaki rolü</translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation>{state} Heyet Başkanı</translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation>{state} Heyeti</translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation>Bu görüşmenin tarafı</translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation>Kendisiyle önceki toplantılar</translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation>Önceki ikili görüşmeler ve varılan mutabakatlar</translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation>Kendisini ilgilendiren açık eylem maddeleri</translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation>Kayıtlı notlar</translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation>Sonuç: {outcomes}</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Kayıtlı sonuç yok.</translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation>heyete başkanlık etti</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>son tarih {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>SÜRESİ GEÇMİŞ</translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation>{institution} aracılığıyla</translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation>sorumlu: {person}</translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation>kaynak: {event}</translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation>{event} tutanağı</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation>Bu toplantının henüz tutanağı yok; aşağıdaki tutanak, aynı türdeki bir önceki toplantıya aittir: {event}.</translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation>Bu görüşmenin marjında yapıldığı etkinliğin tutanağı: {event}.</translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation>“{event}” tutanağı, bu dosyada daha önce yer alan “{note}” notuna eklenmiştir.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>{date} tarihinde mutabık kalındı.</translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation>Taslak; üzerinde henüz mutabık kalınmadı.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kararlar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation>Bu etkinlik için gündem kaydedilmemiş.</translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation>Bu görüşme için konu kaydedilmemiş.</translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation>Bu etkinlik için heyet kaydedilmemiş.</translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation>Bu görüşme için taraf kaydedilmemiş.</translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation>Muhatap yok: katılımcı olarak kaydedilmiş kimse yok.</translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation>Bu not için muhatap seçilmedi.</translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation>Bu not için konuşma notu yazılmadı.</translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation>Bu toplantıyla ilgili Ortak Eylem Planı faaliyeti yok.</translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation>Bu toplantı ya da aynı türdeki önceki bir toplantı için tutanak kaydedilmemiş.</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Kayıtlı fotoğraf yok</translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation>Kayıtlı fotoğraf okunamıyor</translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation>Kayıtlı kurum yok.</translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation>Kayıtlı görev yok.</translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation>Kayıtlı e-posta adresi ya da telefon numarası yok.</translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation>Bu toplantıdan önce kayıt yok.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Açık olan yok.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation>Yer kaydedilmemiş.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>kaydedilmemiş</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>gündem</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>konular</translation>
    </message>
    <message>
        <source>the delegations</source>
        <translation>heyetler</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>taraflar</translation>
    </message>
    <message>
        <source>the counterparts</source>
        <translation>muhataplar</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>konuşma notları</translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation>ilgili Ortak Eylem Planı faaliyetleri</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>tutanak</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation>fotoğraf: {names}</translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation>kurum: {names}</translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation>iletişim bilgileri: {names}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ve {count} kişi daha</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation>Gündem (ya da konular)</translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation>Heyetler (ya da taraflar)</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>Muhatap profilleri</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Konuşma notları</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Ortak Eylem Planı faaliyetleri</translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation>Son tutanak (ek)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Bilgi notu dosyası</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Seçenekler</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>K&amp;onuşma notları</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation>Bilgi notunun konusunu seçin, ardından “Önizlemeyi hazırla” (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Pap&amp;ers</source>
        <translation>&amp;Belgeler</translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation>Önizlemeyi &amp;hazırla</translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation>Kayıtlardan PDF oluştur (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Kaydet…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation>Önizleme hazırlandıktan sonra değişiklik yapıldı: güncellemek için “Önizlemeyi hazırla” (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation>Önce en az bir etkinlik ya da ikili görüşme ekleyin.</translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation>Bilgi notu hazırlanamadı.</translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation>İptal edildi; önizleme değiştirilmedi.</translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation>Bilgi notu hazırlanıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n sayfa.</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation>TASLAK: kullanılan tutanak üzerinde henüz mutabık kalınmadı.</translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>Kayıtta %n bilgi eksik; hangileri olduğu PDF&apos;te yazıyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n belge Sekretaryadan indirilemedi; ekte listelenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged on this computer, set aside and left out: %1. Sync to download them again, or attach the originals again.</source>
        <translation>Bu bilgisayarda bozuk olduğu için bir kenara ayrıldı ve dışarıda bırakıldı: %1. Yeniden indirmek için eşitleyin ya da asıllarını yeniden ekleyin.</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Bilgi notunu kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Kaydedildi: %1.</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Bilgi notunu yazdır</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Sayfa %1 / %2 yazdırılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Yazıcıya %n sayfa gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Yazdırma iptal edildi; yazıcıya hiçbir şey gönderilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>Yazdırma iptal edildi; yazıcı önceden gönderilen %n sayfayı geri alamadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be rendered.</source>
        <translation>Yazdırma durdu: bir sayfa oluşturulamadı.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Yazıcı başlatılamadı.</translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Silmeyi geri al</translation>
    </message>
    <message>
        <source>Restore the last one deleted here, with what was deleted with it</source>
        <translation>Burada en son silineni, onunla birlikte silinenlerle geri getirir</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” silinsin mi?</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>bu kayıt</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Meeting of Ministers and Heads of Institutions</source>
        <translation>Bakanlar ve Kuruluş Başkanları Toplantısı</translation>
    </message>
    <message>
        <source>Contact Group meeting</source>
        <translation>Temas Grubu Toplantısı</translation>
    </message>
    <message>
        <source>Diaspora Forum</source>
        <translation>Diaspora Forumu</translation>
    </message>
    <message>
        <source>Diaspora Youth Forum</source>
        <translation>Diaspora Gençlik Forumu</translation>
    </message>
    <message>
        <source>Capacity Building Training</source>
        <translation>Kapasite Geliştirme Eğitimi</translation>
    </message>
    <message>
        <source>Exchange of Experience Programme</source>
        <translation>Tecrübe Paylaşımı Programı</translation>
    </message>
    <message>
        <source>Internship Programme</source>
        <translation>Staj Programı</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Resepsiyon</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Zirve</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Çalışma ziyareti</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Diğer etkinlik</translation>
    </message>
    <message>
        <source>Diaspora institution</source>
        <translation>Diaspora kurumu</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Bakanlık</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Büyükelçilik veya konsolosluk</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TDT Sekreteryası</translation>
    </message>
    <message>
        <source>Representation office</source>
        <translation>Temsilcilik</translation>
    </message>
    <message>
        <source>Diaspora NGO</source>
        <translation>Diaspora sivil toplum kuruluşu</translation>
    </message>
    <message>
        <source>University or research institute</source>
        <translation>Üniversite veya araştırma enstitüsü</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>İş dünyası derneği</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Uluslararası kuruluş</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Diğer kurum</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Heyet Başkanı</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delege</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Konuşmacı</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Gözlemci</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekreterya</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ev sahibi</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Konuk</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Mutabık kalındı</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Yeniden açıldı</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Eylem planı</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Bildiri</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strateji</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Mutabakat zaptı</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Diğer belge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapandı</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ertelendi</translation>
    </message>
    <message>
        <source>Private (this computer only)</source>
        <translation>Özel (yalnızca bu bilgisayarda)</translation>
    </message>
    <message>
        <source>My institution</source>
        <translation>Kurumum</translation>
    </message>
    <message>
        <source>Shared with all OTS institutions</source>
        <translation>Tüm TDT kurumlarıyla paylaşılan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.</source>
        <translation>{notes} not için {files} konuşma notu dosyası verildi: her not için en fazla bir dosya verin, notların sırasıyla.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>Counterpart: {name} takes part in none of these meetings, so the notes would not profile them.</source>
        <translation>Muhatap: {name} bu toplantıların hiçbirine katılmıyor; bilgi notları onun profilini içermez.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>{path} yazıldı ({pages} sayfa).</translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation>TASLAK: üzerinde henüz mutabık kalınmamış bir tutanak kullanıyor.</translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation>{title}: kayıtlarda eksik olanlar: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n belge Sekretaryadan indirilemedi; ekte listelenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a briefing note or pack (PDF) for events and bilateral meetings</source>
        <translation>etkinlikler ve ikili görüşmeler için bilgi notu ya da paketi (PDF) yaz</translation>
    </message>
    <message>
        <source>Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.</source>
        <translation>Bir bilgi notu (tek etkinlik ya da ikili görüşme) veya bilgi paketi (birkaç tane, içindekiler tablosuyla) PDF olarak yazar; dosya ya tam yazılır ya hiç yazılmaz.</translation>
    </message>
    <message>
        <source>an event to brief on (repeatable)</source>
        <translation>hakkında bilgi verilecek etkinlik (tekrarlanabilir)</translation>
    </message>
    <message>
        <source>a bilateral meeting to brief on (repeatable)</source>
        <translation>hakkında bilgi verilecek ikili görüşme (tekrarlanabilir)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>yazılacak PDF</translation>
    </message>
    <message>
        <source>only these sections (the cover is always there): {sections}; default all</source>
        <translation>yalnızca bu bölümler (kapak her zaman vardır): {sections}; varsayılan hepsi</translation>
    </message>
    <message>
        <source>the papers attached to the notes&apos; records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none</source>
        <translation>notların kayıtlarına ekli belgeler: bir ekte listele (list) ya da listele ve her PDF’in ilk sayfalarını ekle (first-pages); varsayılan none</translation>
    </message>
    <message>
        <source>only this attached paper (repeatable; implies --attachments list)</source>
        <translation>yalnızca bu ekli belge (tekrarlanabilir; --attachments list anlamına gelir)</translation>
    </message>
    <message>
        <source>with --attachments first-pages: how many pages of each PDF (1 to 10)</source>
        <translation>--attachments first-pages ile: her PDF’ten kaç sayfa (1–10)</translation>
    </message>
    <message>
        <source>classification marking on every page, e.g. {example}</source>
        <translation>her sayfada gizlilik işareti, örn. {example}</translation>
    </message>
    <message>
        <source>language of dates and place names (default: the language Liaison speaks)</source>
        <translation>tarihlerin ve yer adlarının dili (varsayılan: Liaison&apos;ın konuştuğu dil)</translation>
    </message>
    <message>
        <source>profile only these counterparts (repeatable; default: everyone taking part)</source>
        <translation>yalnızca bu muhatapların profili (tekrarlanabilir; varsayılan: katılan herkes)</translation>
    </message>
    <message>
        <source>a text file of talking points, one per note in the order of the notes (repeatable)</source>
        <translation>konuşma notları metin dosyası, notların sırasıyla her not için bir tane (tekrarlanabilir)</translation>
    </message>
    <message>
        <source>title of a pack (default: where the trip goes)</source>
        <translation>paketin başlığı (varsayılan: gidilen yer)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>zorunlu</translation>
    </message>
    <message>
        <source>name or id of the record ({entity})</source>
        <translation>kaydın adı ya da kimliği ({entity})</translation>
    </message>
    <message>
        <source>id of the record ({entity})</source>
        <translation>kaydın kimliği ({entity})</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>şunlardan biri: {values}</translation>
    </message>
    <message>
        <source>an OTS state code, e.g. {examples}</source>
        <translation>bir TDT devlet kodu, örn. {examples}</translation>
    </message>
    <message>
        <source>{code} followed by the number</source>
        <translation>{code} ve ardından numara</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>bir PNG ya da JPEG dosyası</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>tekrarlanabilir</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>varsayılan: {value}</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>alanlar</translation>
    </message>
    <message>
        <source>{field} is both given and cleared; choose one.</source>
        <translation>{field} hem verildi hem temizlendi; birini seçin.</translation>
    </message>
    <message>
        <source>Records cannot be filtered by {field}.</source>
        <translation>Kayıtlar {field} alanına göre süzülemez.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Kayıt yok.</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {title} [{id}].</source>
        <translation>{name} ({size}) {title} kaydına eklendi [{id}].</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Ekli dosya yok.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>burada</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Sekretaryada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name}, {path} olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Removed {name} [{id}]; to undo: liaison attachment restore {id}</source>
        <translation>{name} kaldırıldı [{id}]; geri almak için: liaison attachment restore {id}</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>kaydın türü: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id (or exact name)</source>
        <translation>kaydın kimliği (ya da tam adı)</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>bir kayda dosya ekle</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>eklenecek dosya</translation>
    </message>
    <message>
        <source>the name it is shown under (default: the file&apos;s own)</source>
        <translation>gösterileceği ad (varsayılan: dosyanın kendi adı)</translation>
    </message>
    <message>
        <source>list a record&apos;s files</source>
        <translation>bir kaydın dosyalarını listele</translation>
    </message>
    <message>
        <source>save a copy of an attached file</source>
        <translation>ekli bir dosyanın kopyasını kaydet</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>kopyanın yazılacağı yer</translation>
    </message>
    <message>
        <source>remove a file from its record ({restore} undoes it)</source>
        <translation>bir dosyayı kaydından kaldır ({restore} geri alır)</translation>
    </message>
    <message>
        <source>“{title}” has been shared: others have it. To make it private, say what happens to their copies: --withdraw (taken back from everyone; you keep it here) or --keep-shared-copies (they keep the version they have; your later edits stay here).</source>
        <translation>“{title}” paylaşıldı: başkalarında da var. Gizli yapmak için kopyalarına ne olacağını belirtin: --withdraw (herkesten geri alınır; sizde kalır) ya da --keep-shared-copies (ellerindeki sürüm onlarda kalır; sonraki düzenlemeleriniz burada kalır).</translation>
    </message>
    <message>
        <source>Deleted {title} [{id}].</source>
        <translation>Silindi: {title} [{id}].</translation>
    </message>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>İçerdiği %n kayıt da silindi; geri getirme onları da geri getirir.</numerusform>
        </translation>
    </message>
    <message>
        <source>its id or exact name</source>
        <translation>kimliği ya da tam adı</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>kimliği</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>işlemler</translation>
    </message>
    <message>
        <source>add one and print it</source>
        <translation>bir tane ekle ve yazdır</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>listele</translation>
    </message>
    <message>
        <source>at most {n} records</source>
        <translation>en fazla {n} kayıt</translation>
    </message>
    <message>
        <source>skip the first {n} records</source>
        <translation>ilk {n} kaydı atla</translation>
    </message>
    <message>
        <source>only records whose {field} is {value} (references: a name or id; empty: none; repeatable)</source>
        <translation>yalnızca {field} alanı {value} olan kayıtlar (bağlantılar: ad ya da kimlik; boş: hiçbiri; tekrarlanabilir)</translation>
    </message>
    <message>
        <source>include deleted records</source>
        <translation>silinmiş kayıtları da göster</translation>
    </message>
    <message>
        <source>show one</source>
        <translation>birini göster</translation>
    </message>
    <message>
        <source>show it even if deleted (give the id)</source>
        <translation>silinmiş olsa bile göster (kimliği verin)</translation>
    </message>
    <message>
        <source>change the given fields of one</source>
        <translation>bir kaydın verilen alanlarını değiştir</translation>
    </message>
    <message>
        <source>empty this field (repeatable)</source>
        <translation>bu alanı boşalt (tekrarlanabilir)</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: take it back from everyone else</source>
        <translation>--visibility paylaşılmış bir kaydı gizli yaptığında: paylaşılmış bir kaydı diğer herkesten geri al</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: others keep the copy they have</source>
        <translation>--visibility paylaşılmış bir kaydı gizli yaptığında: başkaları paylaşılmış kaydın ellerindeki kopyasını korur</translation>
    </message>
    <message>
        <source>delete one (and what it holds); {restore} undoes it</source>
        <translation>bir kaydı (ve içerdiklerini) sil; {restore} geri alır</translation>
    </message>
    <message>
        <source>undo the delete of one</source>
        <translation>bir silmeyi geri al</translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>Bu kurulumda masaüstü penceresi yok; bir alt komut kullanın, bkz. liaison --help</translation>
    </message>
    <message>
        <source>Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).</source>
        <translation>Liaison: TDT diaspora irtibat görevlilerinin masa uygulaması. Komut verilmezse masaüstü penceresini açar; komutla veriler üzerinde komut satırından çalışır (betikler ve toplu işler için).</translation>
    </message>
    <message>
        <source>The data directory is --data-dir, else ${env}, else the platform&apos;s user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.</source>
        <translation>Veri klasörü --data-dir, yoksa ${env}, yoksa platformun kullanıcı veri klasörüdür. Kayıtlar kimlikleriyle ya da varsa adlarıyla ({example}) belirtilir. Betiklerin okuyabileceği çıktı için her komutta --json kullanın; hatalar her zaman standart hata akışına, 1 çıkış koduyla gider.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>kullanım: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>konumsal bağımsız değişkenler</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçenekler</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>bu yardımı göster ve çık</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>veri klasörü</translation>
    </message>
    <message>
        <source>print {json} for scripts</source>
        <translation>betikler için {json} yazdır</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Örnekler:</translation>
    </message>
    <message>
        <source>the data directory (else ${env})</source>
        <translation>veri klasörü (yoksa ${env})</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the Settings choice, else the system&apos;s)</source>
        <translation>iletilerin ve pencerenin dili (varsayılan: Ayarlar&apos;daki seçim, yoksa sistemin dili)</translation>
    </message>
    <message>
        <source>print the version and the data directory</source>
        <translation>sürümü ve veri klasörünü yazdır</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>komutlar</translation>
    </message>
    <message>
        <source>Data directory: {path}</source>
        <translation>Veri klasörü: {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>image, {size} KB</source>
        <translation>görüntü, {size} KB</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellendi</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiçbir şey bulunamadı.</translation>
    </message>
    <message>
        <source>liaison: warning: no system keyring is available, so the sign-in is kept only while this command runs; log in again next time (or use sync --password-stdin).</source>
        <translation>liaison: uyarı: sistem anahtarlığı kullanılamıyor, bu nedenle oturum yalnızca bu komut çalışırken saklanır; bir dahaki sefere yeniden oturum açın (ya da sync --password-stdin kullanın).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Parola: </translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Parolayı --password-stdin ile standart girdiden verin.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Parola boş.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation>{server} sunucusunda {user} ({institution}) olarak oturum açıldı.</translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation>{pushed} değişiklik gönderildi ({merged} birleştirildi), {pulled} kayıt alındı, {deleted} silindi; {conflicts} yeni çakışma, {open} açık; burada bekleyen {pending} değişiklik. {requests} istek, {seconds:.1f} sn.</translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation>Görmek için: liaison conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>%n ekli dosya indirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n ekli dosya Sekretaryada kaldı (indirme sınırını aşıyor veya henüz orada değil): her biri açıldığında iner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n ekli dosya gönderilmedi: bu veri klasöründe yok veya yolda bozuldu; sonraki eşitleme yeniden dener.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation>Önce oturum açın: liaison login --server URL --user NAME</translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation>{message}
Silme işlemlerini yine de uygulamak için liaison sync --yes komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation>Oturum kapatıldı; sunucu bu bilgisayarın oturumunu iptal etti.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation>Bu bilgisayarda oturum kapatıldı; sunucuya bildirilemedi (sunucu eski oturumu ancak bir yönetici iptal ettikten sonra reddedecek).</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>{id} kimlikli açık çakışma yok.</translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation>Çözüldü olarak işaretlendi; sunucuya bir sonraki eşitlemede bildirilecek.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Çakışma yok.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Korunan (sunucu)</translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation>Diğer (istemci)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>connect this data folder to the Secretariat&apos;s server</source>
        <translation>bu veri klasörünü Sekreterya sunucusuna bağla</translation>
    </message>
    <message>
        <source>the server, e.g. {example}</source>
        <translation>sunucu, örn. {example}</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>sunucudaki kullanıcı adınız</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>parolayı standart girdiden oku (tek satır)</translation>
    </message>
    <message>
        <source>the Secretariat&apos;s own certificate authority, if it uses one</source>
        <translation>Sekreterya kendi sertifika makamını kullanıyorsa o makam</translation>
    </message>
    <message>
        <source>send your changes and receive the others&apos;</source>
        <translation>değişikliklerinizi gönder ve diğerlerininkini al</translation>
    </message>
    <message>
        <source>apply a pull that deletes many records without asking</source>
        <translation>çok kayıt silen bir alımı sormadan uygula</translation>
    </message>
    <message>
        <source>log in again first (same server and user), reading the password from standard input</source>
        <translation>önce yeniden oturum aç (aynı sunucu ve kullanıcı), parolayı standart girdiden okuyarak</translation>
    </message>
    <message>
        <source>revoke this computer&apos;s sign-in and forget it</source>
        <translation>bu bilgisayarın oturumunu iptal et ve unut</translation>
    </message>
    <message>
        <source>the conflict inbox: changes kept aside by a sync</source>
        <translation>çakışma kutusu: bir eşitlemenin kenara ayırdığı değişiklikler</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>çözülmüş çakışmaları da göster</translation>
    </message>
    <message>
        <source>mark a conflict resolved (repeatable)</source>
        <translation>bir çakışmayı çözüldü olarak işaretle (tekrarlanabilir)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Removed the training record {path}.</source>
        <translation>Eğitim kaydı {path} kaldırıldı.</translation>
    </message>
    <message>
        <source>There is no training record in {path}.</source>
        <translation>{path} içinde eğitim kaydı yok.</translation>
    </message>
    <message>
        <source>Run demo --remove on your own data folder, not on {path}.</source>
        <translation>demo --remove komutunu {path} üzerinde değil, kendi veri klasörünüzde çalıştırın.</translation>
    </message>
    <message>
        <source>The training record {path} already holds the sample data.</source>
        <translation>Eğitim kaydı {path} örnek verileri zaten içeriyor.</translation>
    </message>
    <message>
        <source>Loaded the sample data into the training record {path}:</source>
        <translation>Örnek veriler eğitim kaydına yüklendi: {path}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenen</translation>
    </message>
    <message>
        <source>It never syncs. Open it with: liaison --data-dir {path}</source>
        <translation>Hiçbir zaman eşitlenmez. Açmak için: liaison --data-dir {path}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Yinelenen kayıt bulunamadı.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n ekli dosya arama için henüz okunmadı: liaison reindex okur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample records of an older version in {path}.</source>
        <translation>{path} içinde eski bir sürümün örnek kaydı yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>%n örnek kayıt kaldırılabilir (kaldırmak için --dry-run olmadan çalıştırın).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Eski bir sürümün bu kayda yüklediği %n örnek kayıt kaldırıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because you changed them or your records refer to them:</source>
        <translation>Değiştirdiğiniz ya da kendi kayıtlarınızın başvurduğu için tutulanlar:</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>sonradan değiştirildi</translation>
    </message>
    <message>
        <source>your records refer to it</source>
        <translation>kayıtlarınız buna başvuruyor</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Kimlikler</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>Bunlarla birlikte %n örnek kayıt daha tutuldu (başvurdukları kayıtlar ve parçaları).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {id}; to undo: liaison contact unmerge {merge}</source>
        <translation>{id} ile birleştirildi; geri almak için: liaison contact unmerge {merge}</translation>
    </message>
    <message>
        <source>Restored {other} beside {keep}.</source>
        <translation>{other}, {keep} yanında geri getirildi.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Arama dizini yeniden oluşturuldu: %n kayıt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>Arama için %n ekli dosya okundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>search contacts, institutions, events, ...</source>
        <translation>kişilerde, kurumlarda, etkinliklerde ara, ...</translation>
    </message>
    <message>
        <source>what to look for (any script: {latin} finds {cyrillic})</source>
        <translation>aranacak metin (her alfabe: {latin}, {cyrillic} sonucunu bulur)</translation>
    </message>
    <message>
        <source>only hits of this kind (repeatable)</source>
        <translation>yalnızca bu türden sonuçlar (tekrarlanabilir)</translation>
    </message>
    <message>
        <source>at most {n} hits (default: 50)</source>
        <translation>en fazla {n} sonuç (varsayılan: 50)</translation>
    </message>
    <message>
        <source>mark minutes as agreed (read-only)</source>
        <translation>tutanağı mutabık kalınmış olarak işaretle (salt okunur)</translation>
    </message>
    <message>
        <source>id of the minutes</source>
        <translation>tutanağın kimliği</translation>
    </message>
    <message>
        <source>who agreed them (default: the {setting} setting)</source>
        <translation>mutabakatı kim verdi (varsayılan: {setting} ayarı)</translation>
    </message>
    <message>
        <source>reopen agreed minutes for changes</source>
        <translation>mutabık kalınmış tutanağı değişiklik için yeniden aç</translation>
    </message>
    <message>
        <source>why they are reopened (kept in the minutes log)</source>
        <translation>neden yeniden açıldığı (tutanak günlüğünde saklanır)</translation>
    </message>
    <message>
        <source>who reopened them (default: the {setting} setting)</source>
        <translation>kim yeniden açtı (varsayılan: {setting} ayarı)</translation>
    </message>
    <message>
        <source>merge a duplicate into the contact to keep (undoable)</source>
        <translation>bir kopyayı tutulacak kişiyle birleştir (geri alınabilir)</translation>
    </message>
    <message>
        <source>the contact to keep</source>
        <translation>tutulacak kişi</translation>
    </message>
    <message>
        <source>the contact merged into it and removed</source>
        <translation>onunla birleştirilip kaldırılan kişi</translation>
    </message>
    <message>
        <source>undo a merge: both contacts and their references come back</source>
        <translation>birleştirmeyi geri al: iki kişi ve onlara yapılan başvurular geri gelir</translation>
    </message>
    <message>
        <source>the id the merge printed</source>
        <translation>birleştirmenin yazdırdığı kimlik</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>son tarihi geçmiş açık eylem maddeleri</translation>
    </message>
    <message>
        <source>settings kept with the data</source>
        <translation>verilerle birlikte saklanan ayarlar</translation>
    </message>
    <message>
        <source>print a setting (or all)</source>
        <translation>bir ayarı (ya da tümünü) yazdır</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>ayar</translation>
    </message>
    <message>
        <source>change a setting (an empty value clears it)</source>
        <translation>bir ayarı değiştir (boş değer onu temizler)</translation>
    </message>
    <message>
        <source>the new value (an institution&apos;s name or id for {setting})</source>
        <translation>yeni değer ({setting} için bir kurumun adı ya da kimliği)</translation>
    </message>
    <message>
        <source>load the sample data into the training record {folder} (it never syncs)</source>
        <translation>örnek verileri {folder} eğitim kaydına yükle (hiç eşitlenmez)</translation>
    </message>
    <message>
        <source>delete the training record</source>
        <translation>eğitim kaydını sil</translation>
    </message>
    <message>
        <source>remove the sample records an older version loaded into your own record (those you changed or linked to stay)</source>
        <translation>eski bir sürümün kendi kaydınıza yüklediği örnek kayıtları kaldır (değiştirdikleriniz ya da bağladıklarınız kalır)</translation>
    </message>
    <message>
        <source>with --remove-old: only say what would be removed</source>
        <translation>--remove-old ile: yalnızca neyin kaldırılacağını söyle</translation>
    </message>
    <message>
        <source>list contacts that are probably one person, with why</source>
        <translation>büyük olasılıkla aynı kişi olan kişileri nedenleriyle listele</translation>
    </message>
    <message>
        <source>also the contacts marked “not a duplicate” in the window&apos;s review</source>
        <translation>pencerede gözden geçirirken “yinelenen değil” olarak işaretlenen kişiler de</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>arama dizinini yeniden oluştur</translation>
    </message>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: hasar bulunmadı.</translation>
    </message>
    <message>
        <source>{path} is damaged:</source>
        <translation>{path} hasarlı:</translation>
    </message>
    <message>
        <source>Run “liaison recover” to copy what can be read into a new file.</source>
        <translation>Okunabilenleri yeni bir dosyaya kopyalamak için “liaison recover” komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Recovered into {path} ({contacts} contacts, {events} events); the damaged file is kept as {copy}.</source>
        <translation>{path} dosyasına kurtarıldı ({contacts} kişi, {events} etkinlik); hasarlı dosya {copy} olarak saklandı.</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Anlık kopya kaydedildi: {path}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Henüz anlık kopya yok.</translation>
    </message>
    <message>
        <source>Restored {snapshot}; the file it replaced is kept as {copy}.</source>
        <translation>{snapshot} geri yüklendi; yerini aldığı dosya {copy} olarak saklandı.</translation>
    </message>
    <message>
        <source>Give the FILE to import, or --undo BATCH.</source>
        <translation>İçe aktarılacak DOSYA&apos;yı ya da --undo BATCH verin.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({reason}); change it with --encoding.</source>
        <translation>Kodlama: {encoding} ({reason}); --encoding ile değiştirin.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {sheets}); choose another with --sheet.</source>
        <translation>Sayfa: {sheet} ({sheets} arasından); başkasını --sheet ile seçin.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Satır {row}, sütun “{column}”: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or import the others with --skip-invalid.</source>
        <translation>Hiçbir şey içe aktarılmadı. Bu satırları düzeltin ya da diğerlerini --skip-invalid ile aktarın.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Deneme: hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Import {batch}; undo it with: liaison import --undo {batch}</source>
        <translation>İçe aktarma {batch}; geri almak için: liaison import --undo {batch}</translation>
    </message>
    <message>
        <source>The skipped rows are in {path}.</source>
        <translation>Atlanan satırlar {path} dosyasında.</translation>
    </message>
    <message>
        <source>Undone: {removed} record(s) removed, {reverted} record(s) put back.</source>
        <translation>Geri alındı: {removed} kayıt kaldırıldı, {reverted} kayıt eski hâline getirildi.</translation>
    </message>
    <message>
        <source>Kept, because it was edited after the import: {entity} {id} {field}</source>
        <translation>İçe aktarmadan sonra düzenlendiği için korundu: {entity} {id} {field}</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} kayıt {path} dosyasına yazıldı.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Oluşturuldu: %n kişi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Güncellendi: %n kişi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Değişmedi: %n kişi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Atlandı: %n geçersiz satır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Etkinliğe eklendi: %n katılımcı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Değişiklikler gönderiliyor: {done} / {total}</translation>
    </message>
    <message>
        <source>Receiving records: {done}</source>
        <translation>Kayıtlar alınıyor: {done}</translation>
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
        <translation>Profilini görmek için bir kişi seçin.</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Kişi profili</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Profil okunamadı.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1 profili</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Üstlenilen görevler</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Kayıtlı görev yok.</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>Katıldığı etkinlikler</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Kayıtlı etkinlik yok.</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>İkili görüşmeler</translation>
    </message>
    <message>
        <source>No bilateral meetings recorded.</source>
        <translation>Kayıtlı ikili görüşme yok.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Açık eylem maddeleri</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Açık eylem maddesi yok.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-posta:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>(no position given)</source>
        <translation>(görev belirtilmemiş)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 tarihinden beri</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hâlen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarihine kadar</translation>
    </message>
    <message>
        <source>Head of the delegation of %1</source>
        <translation>%1 Heyet Başkanı</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Heyet Başkanı</translation>
    </message>
    <message>
        <source>registered, did not attend</source>
        <translation>kayıtlı, katılmadı</translation>
    </message>
    <message>
        <source>On the margins of %1</source>
        <translation>%1 marjında</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Sonuçlar:</translation>
    </message>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, %n tanesinin süresi geçmiş)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Süresi geçmiş</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>son tarih %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>son tarih yok</translation>
    </message>
    <message>
        <source>assigned to them</source>
        <translation>kendisine verildi</translation>
    </message>
    <message>
        <source>assigned to their institution (responsible: %1)</source>
        <translation>kurumuna verildi (sorumlu: %1)</translation>
    </message>
    <message>
        <source>assigned to their institution</source>
        <translation>kurumuna verildi</translation>
    </message>
    <message>
        <source>Agreed at %1</source>
        <translation>%1 etkinliğinde mutabık kalındı</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. %1 or 2023-11-20</source>
        <translation>ör. %1 ya da 2023-11-20</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Takvimden seç</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2023-11-20</source>
        <translation>Tarih değil: %1 ya da 2023-11-20 biçiminde yazın</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>aynı e-posta</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>aynı telefon</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>aynı ad</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>başka alfabede aynı ad</translation>
    </message>
    <message>
        <source>same name, words in another order</source>
        <translation>aynı ad, sözcükler başka sırada</translation>
    </message>
    <message>
        <source>similar spelling of the name</source>
        <translation>adın benzer yazılışı</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>aynı kurum</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Yinelenenleri bul</translation>
    </message>
    <message>
        <source>Contacts that are &amp;probably one person:</source>
        <translation>&amp;Büyük olasılıkla aynı kişi olan kişiler:</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Olası yinelenenler</translation>
    </message>
    <message>
        <source>Side by si&amp;de:</source>
        <translation>Ya&amp;n yana:</translation>
    </message>
    <message>
        <source>The two contacts, field by field</source>
        <translation>İki kişi, alan alan</translation>
    </message>
    <message>
        <source>Values that differ are in bold.</source>
        <translation>Farklı değerler kalın yazılır.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time.</source>
        <translation>Diğer kişiyi tutulan kişiyle birleştirin: e-postalar, telefonlar, etiketler ve diller birleştirilir, boş alanları doldurulur ve diğerini anan her kayıt artık onu anar. Birleştirmeyi istediğiniz zaman geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Yinelenen değil</translation>
    </message>
    <message>
        <source>They are two people: this pair is not offered again.</source>
        <translation>Bunlar iki ayrı kişi: bu çift bir daha önerilmez.</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Son birleştirmeyi &amp;geri al</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>Gözden geçirilecek %n çift.</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates left to review.</source>
        <translation>Gözden geçirilecek olası yinelenen kalmadı.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Yinelenenler aranıyor…</translation>
    </message>
    <message>
        <source>Why: %1 (how sure: %2 %).</source>
        <translation>Neden: %1 (olasılık: %%2).</translation>
    </message>
    <message>
        <source>Keep &amp;1: %1</source>
        <translation>Tut &amp;1: %1</translation>
    </message>
    <message>
        <source>Keep &amp;2: %1</source>
        <translation>Tut &amp;2: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo the last merge to separate them again.</source>
        <translation>%1, %2 ile birleştirildi. Yeniden ayırmak için son birleştirmeyi geri alın.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two people.</source>
        <translation>%1 ve %2 iki ayrı kişi olarak tutuluyor.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Position held</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Heyet</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Heyetler</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Gündem maddesi</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Gündem maddeleri</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Tutanak</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Tutanak kaydı</translation>
    </message>
    <message>
        <source>Minutes entries</source>
        <translation>Tutanak kayıtları</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Minutes log entry</source>
        <translation>Tutanak günlüğü kaydı</translation>
    </message>
    <message>
        <source>Minutes log</source>
        <translation>Tutanak günlüğü</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Ek dosya</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkili görüşme</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>İkili görüşmeler</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Taraf</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Eylem maddesi</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Eylem maddeleri</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Ortak Eylem Planı</translation>
    </message>
    <message>
        <source>Joint Action Plans</source>
        <translation>Ortak Eylem Planları</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Plan faaliyeti</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Plan faaliyetleri</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Files</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Üstlenilen görevler</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündem</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Heyetler</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Tutanaklar</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tüm eylemler</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık olanlar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Süresi geçmiş</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Faaliyetler</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Süz: %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Süz</translation>
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
        <translation>Silmeyi &amp;geri al</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Nothing matches: clear the filter to see all %1.</source>
        <translation>Eşleşen yok: tümünü görmek için süzgeci temizleyin (%1).</translation>
    </message>
    <message>
        <source>No %1 yet. Click New (Ctrl+N) to add the first.</source>
        <translation>Henüz kayıt yok (%1). İlkini eklemek için Yeni&apos;ye (Ctrl+N) tıklayın.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Silme</translation>
    </message>
    <message>
        <source>Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.</source>
        <translation>“%1” ve ona ait her şey silinsin mi? Ctrl+Z ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” silindi. Geri almak için Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>“%1” geri getirildi.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>İşlem başarısız oldu.</translation>
    </message>
    <message>
        <source>{path} is not a Liaison database (or it is damaged).</source>
        <translation>{path} bir Liaison veritabanı değil (ya da bozuk).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Liaison (schema {revision}). Please update Liaison to open it; the file has not been changed.</source>
        <translation>{path} Liaison&apos;ın daha yeni bir sürümüyle yazılmış (şema {revision}). Açmak için Liaison&apos;ı güncelleyin; dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (perhaps another Liaison window). Close it and try again; nothing was saved.</source>
        <translation>{path} başka bir program tarafından kilitlenmiş (belki başka bir Liaison penceresi). Onu kapatıp yeniden deneyin; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>{path} veri klasörü kullanılamıyor: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only (the file, its folder or the disk): nothing was saved. Copy the data folder to a place you can write to, or make it writable, and try again.</source>
        <translation>{path} salt okunur (dosya, klasörü ya da disk): hiçbir şey kaydedilmedi. Veri klasörünü yazabileceğiniz bir yere kopyalayın ya da yazılabilir yapın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space on it and try again.</source>
        <translation>{path} dosyasının bulunduğu disk dolu: hiçbir şey kaydedilmedi. Diskte biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. Check the disk and try again; if it keeps failing, run: liaison doctor</source>
        <translation>{path} okunurken veya yazılırken hata oluştu (bir disk hatası ya da disk çıkarıldı): hiçbir şey kaydedilmedi. Diski denetleyip yeniden deneyin; hata sürerse şunu çalıştırın: liaison doctor</translation>
    </message>
    <message>
        <source>{path} cannot be opened (its folder is missing or not readable, or the disk was removed). Check the data folder and try again.</source>
        <translation>{path} açılamıyor (klasörü yok veya okunamıyor ya da disk çıkarıldı). Veri klasörünü denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and “liaison recover” to copy what can be read into a new file (the damaged one is kept).</source>
        <translation>{path} hasarlı; Liaison bu dosyaya yazmayacak. Rapor için “liaison doctor”, okunabilenleri yeni bir dosyaya kopyalamak için “liaison recover” komutunu çalıştırın (hasarlı dosya saklanır).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. Restore a backup (liaison restore), or move the file away to start a new record.</source>
        <translation>{path} boş (0 bayt), belki yarıda kalmış bir kopyalamadan; Liaison ona dokunmadı. Bir yedeği geri yükleyin (liaison restore) ya da yeni bir kayıt başlatmak için dosyayı başka yere taşıyın.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Liaison and must be updated, but it is read-only. Copy the data folder to a place you can write to and open the copy.</source>
        <translation>{path} Liaison&apos;ın eski bir sürümüyle yazılmış ve güncellenmesi gerekiyor, ancak salt okunur. Veri klasörünü yazabileceğiniz bir yere kopyalayıp kopyayı açın.</translation>
    </message>
    <message>
        <source>There is no {entity} with the id {id}.</source>
        <translation>{id} kimlikli {entity} yok.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} zorunludur.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} çok uzun ({length} karakter; en fazla {limit}).</translation>
    </message>
    <message>
        <source>{field} contains a control character (position {position}).</source>
        <translation>{field} bir denetim karakteri içeriyor (konum {position}).</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} metin olmalıdır.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>{field} tam sayı olmalıdır, “{value}” değil.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} {low} ile {high} arasında olmalıdır.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>{field}: “{value}” bir tarih değil (YYYY-AA-GG biçimini kullanın).</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>{field} evet ya da hayır olmalıdır, “{value}” değil.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field}: “{value}” şunlardan biri değil: {choices}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: “{value}” geçerli bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number (write it as +CC followed by the number).</source>
        <translation>{field}: “{value}” geçerli bir telefon numarası değil (+ülke kodu ve ardından numarayı yazın).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country code (e.g. KG, TR, DE).</source>
        <translation>{field}: “{value}” bir ülke kodu değil (ör. KG, TR, DE).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an OTS state code ({choices}).</source>
        <translation>{field}: “{value}” bir TDT devlet kodu değil ({choices}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language code (e.g. kk, tr, ru).</source>
        <translation>{field}: “{value}” bir dil kodu değil (ör. kk, tr, ru).</translation>
    </message>
    <message>
        <source>{field} must be a PNG or JPEG image of at most {limit} MB.</source>
        <translation>{field} en fazla {limit} MB boyutunda bir PNG ya da JPEG görüntüsü olmalıdır.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>{field} has too many entries (at most {limit}).</source>
        <translation>{field} çok fazla öğe içeriyor (en fazla {limit}).</translation>
    </message>
    <message>
        <source>{field} cannot be set here.</source>
        <translation>{field} burada ayarlanamaz.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) başlangıçtan ({start}) önce.</translation>
    </message>
    <message>
        <source>{field}: no record matches “{value}”.</source>
        <translation>{field}: “{value}” ile eşleşen kayıt yok.</translation>
    </message>
    <message>
        <source>{field}: “{value}” matches several records ({candidates}); give the id instead.</source>
        <translation>{field}: “{value}” birden fazla kayıtla eşleşiyor ({candidates}); bunun yerine kimliği verin.</translation>
    </message>
    <message>
        <source>{field}: give at least a state, an institution or a person.</source>
        <translation>{field}: en az bir devlet, kurum ya da kişi belirtin.</translation>
    </message>
    <message>
        <source>These minutes are agreed and read-only; reopen them first to change them.</source>
        <translation>Bu tutanak üzerinde mutabık kalındı ve salt okunurdur; değiştirmek için önce yeniden açın.</translation>
    </message>
    <message>
        <source>These minutes are already agreed.</source>
        <translation>Bu tutanak üzerinde zaten mutabık kalındı.</translation>
    </message>
    <message>
        <source>These minutes are not agreed, so there is nothing to reopen.</source>
        <translation>Bu tutanak üzerinde mutabık kalınmadı; yeniden açılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Row {row}: {details}</source>
        <translation>Satır {row}: {details}</translation>
    </message>
    <message>
        <source>Loading the sample data was cancelled; nothing was written.</source>
        <translation>Örnek verilerin yüklenmesi iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>{path} holds your own records: the sample data goes only into the training record (liaison demo, or File → Open the training record).</source>
        <translation>{path} sizin kendi kayıtlarınızı içeriyor: örnek veriler yalnızca eğitim kaydına yüklenir (liaison demo ya da Dosya → Eğitim kaydını aç).</translation>
    </message>
    <message>
        <source>Choose at least one event or bilateral meeting to brief on.</source>
        <translation>Bilgi notu için en az bir etkinlik veya ikili görüşme seçin.</translation>
    </message>
    <message>
        <source>Cannot write the briefing to {path}: {reason}. Nothing was written.</source>
        <translation>Bilgi notu {path} konumuna yazılamadı: {reason}. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the PDF file to write.</source>
        <translation>{path} bir klasör: yazılacak PDF dosyasının adını verin.</translation>
    </message>
    <message>
        <source>Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru).</source>
        <translation>Dil: “{language}”, Liaison&apos;un tarih yazabildiği bir dil değil (ör. en, tr, kk, ru).</translation>
    </message>
    <message>
        <source>Marking: at most {limit} characters (“{marking}” has {length}).</source>
        <translation>Gizlilik derecesi: en fazla {limit} karakter (“{marking}”: {length}).</translation>
    </message>
    <message>
        <source>Making the briefing was cancelled; no file was written.</source>
        <translation>Bilgi notunun hazırlanması iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <source>The Secretariat server&apos;s message is not valid: {field}: {reason}</source>
        <translation>Sekreterya sunucusunun iletisi geçerli değil: {field}: {reason}</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept.</source>
        <translation>Eşitleme başarısız oldu; değişiklikleriniz korunuyor.</translation>
    </message>
    <message>
        <source>This data folder is not connected to a Secretariat server yet: log in first.</source>
        <translation>Bu veri klasörü henüz bir Sekreterya sunucusuna bağlı değil: önce oturum açın.</translation>
    </message>
    <message>
        <source>This is the training record (sample data); it never syncs with the Secretariat. Open your own record to sync.</source>
        <translation>Bu, eğitim kaydıdır (örnek veriler); Sekreteryayla hiçbir zaman eşitlenmez. Eşitlemek için kendi kaydınızı açın.</translation>
    </message>
    <message>
        <source>The Secretariat server at {url} needs you to log in again ({reason}). Your changes are kept and will be sent after you log in.</source>
        <translation>{url} adresindeki Sekreterya sunucusu yeniden oturum açmanızı istiyor ({reason}). Değişiklikleriniz korunuyor ve oturum açtıktan sonra gönderilecek.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the user name or the password ({message}).</source>
        <translation>Sekreterya sunucusu kullanıcı adını veya parolayı reddetti ({message}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address; write it as https://host or https://host:port.</source>
        <translation>“{url}” bir sunucu adresi değil; https://host veya https://host:port biçiminde yazın.</translation>
    </message>
    <message>
        <source>Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only to this computer, for testing).</source>
        <translation>{url} ile düz http:// üzerinden iletişim kurulmuyor: https:// kullanın (düz http yalnızca bu bilgisayarın kendisiyle, test amacıyla kullanılabilir).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be used: {reason}</source>
        <translation>{path} sertifika yetkilisi dosyası kullanılamıyor: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the Secretariat server at {url} ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>{url} adresindeki Sekreterya sunucusuna ulaşılamıyor ({reason}). Değişiklikleriniz korunuyor ve bir sonraki eşitlemede gönderilecek.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the Secretariat&apos;s ({reason}); nothing was sent. If the Secretariat uses its own certificate authority, log in again with its CA file.</source>
        <translation>{url} adresindeki sunucu Sekreteryaya ait olduğunu kanıtlayamadı ({reason}); hiçbir şey gönderilmedi. Sekreterya kendi sertifika yetkilisini kullanıyorsa, onun CA dosyasıyla yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The Secretariat server needs a newer version of Liaison: please update Liaison. Your changes are kept. ({message})</source>
        <translation>Sekreterya sunucusu Liaison&apos;ın daha yeni bir sürümünü gerektiriyor: lütfen Liaison&apos;ı güncelleyin. Değişiklikleriniz korunuyor. ({message})</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete {count} of the {total} records on this computer; nothing was deleted. If that is expected, confirm and sync again.</source>
        <translation>Sunucudaki değişiklikler bu bilgisayardaki {total} kaydın {count} tanesini silecekti; hiçbir şey silinmedi. Bu bekleniyorsa, onaylayıp yeniden eşitleyin.</translation>
    </message>
    <message>
        <source>The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.</source>
        <translation>Sekreterya sunucusunda bir hata oluştu ({status}: {message}). Değişiklikleriniz korunuyor; daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The Secretariat server went back in time (restored from a backup); sync again.</source>
        <translation>Sekretarya sunucusu zamanda geri gitti (bir yedekten geri yüklendi); yeniden eşitleyin.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the request ({status}: {message}).</source>
        <translation>Sekreterya sunucusu isteği reddetti ({status}: {message}).</translation>
    </message>
    <message>
        <source>Only {author}, whose change it is, and officers of the institution that owns “{title}” may resolve this conflict. It stays in your conflict inbox.</source>
        <translation>Bu çakışmayı yalnızca değişikliği yapan {author} ve “{title}” kaydının sahibi kurumun görevlileri çözebilir. Çakışma, çakışmalar kutunuzda kalır.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was exchanged before is saved, the rest is kept for later.</source>
        <translation>Eşitleme iptal edildi; o ana kadar alınıp verilenler kaydedildi, geri kalanı sonraya saklanıyor.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running.</source>
        <translation>Bu veri klasörünün eşitlemesi zaten sürüyor.</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>Sistem anahtarlığı hata verdi: {reason}</translation>
    </message>
    <message>
        <source>The file {name} cannot be downloaded from the Secretariat: it is not there yet (the laptop that attached it has not synced since) or no longer yours to see. Try again later.</source>
        <translation>{name} dosyası Sekreterlikten indirilemiyor: henüz orada değil (onu ekleyen dizüstü bilgisayar o zamandan beri eşitlenmedi) ya da artık onu görme yetkiniz yok. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not kept; it is sent again at the next sync. Your record is unchanged.</source>
        <translation>{name} dosyası Sekreterliğe bozuk ulaştı (SHA-256 değeri eşleşmedi) ve saklanmadı; bir sonraki eşitlemede yeniden gönderilir. Kaydınız değişmedi.</translation>
    </message>
    <message>
        <source>{path} is open in another program (perhaps the Liaison window or a sync). Close it, then try again; nothing was changed.</source>
        <translation>{path} başka bir programda açık (belki Liaison penceresi ya da bir eşitleme). Onu kapatıp yeniden deneyin; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): nothing was copied. Free some space and try again.</source>
        <translation>{path} yanında bir kopya için yeterli boş alan yok ({needed} MB gerekli, {reserve} MB boş bırakılıyor): hiçbir şey kopyalanmadı. Biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>There is no snapshot in {path} to restore.</source>
        <translation>{path} içinde geri yüklenecek anlık kopya yok.</translation>
    </message>
    <message>
        <source>Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; restore a snapshot (liaison restore) or ask for help.</source>
        <translation>{path} dosyasından hiçbir şey kurtarılamadı: kopya sağlam değildi. Dosya olduğu gibi bırakıldı; bir anlık kopyayı geri yükleyin (liaison restore) veya yardım isteyin.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Bir kişi kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <source>There is no merge {id} to undo, or it was undone already.</source>
        <translation>Geri alınacak {id} birleştirmesi yok ya da zaten geri alındı.</translation>
    </message>
    <message>
        <source>{what} cannot be exported as {format} (use {formats}).</source>
        <translation>{what}, {format} biçiminde dışa aktarılamaz ({formats} kullanın).</translation>
    </message>
    <message>
        <source>Participants are exported for one event: give --event ID or TITLE.</source>
        <translation>Katılımcılar tek bir etkinlik için dışa aktarılır: --event ID ya da BAŞLIK verin.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} yazılamıyor: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: böyle bir dosya yok.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this program can read ({detail}).</source>
        <translation>{path} bu programın okuyabildiği bir hesap tablosu değil ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a text (CSV) file: it holds binary data.</source>
        <translation>{path} bir metin (CSV) dosyası değil: ikili veri içeriyor.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>{path} bir vCard dosyası değil: BEGIN:VCARD içermiyor.</translation>
    </message>
    <message>
        <source>{path} is not in the encoding {encoding}; choose another.</source>
        <translation>{path}, {encoding} kodlamasında değil; başka birini seçin.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>{encoding} bu programın bildiği bir kodlama değil.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>{path} içinde “{sheet}” adlı sayfa yok (olanlar: {sheets}).</translation>
    </message>
    <message>
        <source>{path}: no row of column names was found.</source>
        <translation>{path}: sütun adlarını içeren bir satır bulunamadı.</translation>
    </message>
    <message>
        <source>{path}: no column holds the names; map one with --map &quot;COLUMN=name&quot;.</source>
        <translation>{path}: hiçbir sütunda adlar yok; birini --map &quot;SÜTUN=name&quot; ile eşleyin.</translation>
    </message>
    <message>
        <source>--map “{value}”: write COLUMN=field, with field one of {fields}.</source>
        <translation>--map “{value}”: SÜTUN=alan yazın; alan şunlardan biri olmalı: {fields}.</translation>
    </message>
    <message>
        <source>--map “{value}”: the file has no column “{column}”.</source>
        <translation>--map “{value}”: dosyada “{column}” sütunu yok.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>There is no import with the id {batch}.</source>
        <translation>{batch} kimlikli bir içe aktarma yok.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>{batch} içe aktarması zaten geri alındı.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>düz metin</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): nothing was attached.</source>
        <translation>{name} dosyası boş (0 bayt): hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was attached. Attach a smaller copy (a PDF printed at a lower resolution, say).</source>
        <translation>{name} dosyası {size_mb} MB; bir dosya en fazla {limit_mb} MB olabilir: hiçbir şey eklenmedi. Daha küçük bir kopya ekleyin (örneğin daha düşük çözünürlükte yazdırılmış bir PDF).</translation>
    </message>
    <message>
        <source>The file {name} is named as a {kind} file but is not one (its content does not start as a {kind} file does): nothing was attached. Save it again as {kind}, or rename it.</source>
        <translation>{name} dosyasının adı onu {kind} dosyası olarak gösteriyor ama öyle değil (içeriği bir {kind} dosyası gibi başlamıyor): hiçbir şey eklenmedi. Dosyayı yeniden {kind} olarak kaydedin ya da adını değiştirin.</translation>
    </message>
    <message>
        <source>The file name “{name}” cannot be used: a name may not be empty, contain / or \ or control characters, or be longer than 255 characters. Nothing was attached.</source>
        <translation>“{name}” dosya adı kullanılamaz: ad boş olamaz, / ya da \ veya kontrol karakterleri içeremez, 255 karakterden uzun olamaz. Hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Nothing was attached.</source>
        <translation>{name} dosyası okunamıyor: {reason}. Hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, plans, action items and contacts.</source>
        <translation>“{kind}” kaydına dosya eklenemez: yalnızca etkinliklere, ikili görüşmelere, belgelere, tutanaklara, planlara, eylem maddelerine ve kişilere eklenebilir.</translation>
    </message>
    <message>
        <source>The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this computer yet. Sync to download it.</source>
        <translation>{name} dosyası ({size}) yalnızca Sekretaryada: henüz bu bilgisayara indirilmedi. İndirmek için eşitleyin.</translation>
    </message>
    <message>
        <source>The copy {path} cannot be written: {reason}. Nothing was written.</source>
        <translation>{path} kopyası yazılamıyor: {reason}. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>it is no longer there (moved, renamed or deleted)</source>
        <translation>artık orada değil (taşınmış, adı değiştirilmiş ya da silinmiş)</translation>
    </message>
    <message>
        <source>this account may not read or write it</source>
        <translation>bu hesabın onu okuma ya da yazma izni yok</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>bu bir dosya değil, klasör</translation>
    </message>
    <message>
        <source>the disk could not be read (a damaged or removed disk)</source>
        <translation>disk okunamadı (bozuk ya da çıkarılmış bir disk)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk salt okunur</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>bu olağan bir dosya değil</translation>
    </message>
    <message>
        <source>{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others may not be able to open it.</source>
        <translation>{name} bir PDF, DOCX, XLSX, ODT, resim ya da düz metin dosyası değil: eklendi, ancak diğerleri açamayabilir.</translation>
    </message>
    <message>
        <source>“{value}” is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>“{value}” bir SHA-256 özeti değil (64 onaltılık basamak).</translation>
    </message>
    <message>
        <source>The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): it was damaged or changed on the way, and nothing was stored.</source>
        <translation>{name} dosyası beklenen dosya değil (SHA-256 özeti {expected} değil, {actual}): yolda bozulmuş ya da değişmiş; hiçbir şey saklanmadı.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It was set aside in {folder}. Sync to download it again, or attach the original file again.</source>
        <translation>{name} dosyasının bu bilgisayardaki kopyası bozuk (eklendiğinden beri diskteki baytları değişmiş), bu yüzden kullanılmadı. {folder} klasörüne ayrıldı. Yeniden indirmek için eşitleyin ya da özgün dosyayı yeniden ekleyin.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It could not be set aside ({path} cannot be written to). Attach the original file again in a writable copy of the data folder.</source>
        <translation>{name} dosyasının bu bilgisayardaki kopyası bozuk (eklendiğinden beri diskteki baytları değişmiş), bu yüzden kullanılmadı. Kenara ayrılamadı ({path} yazılabilir değil). Özgün dosyayı veri klasörünün yazılabilir bir kopyasında yeniden ekleyin.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored.</source>
        <translation>{name} dosyası bir dosya için sınır olan {limit_mb} MB&apos;tan büyük: hiçbir şey saklanmadı.</translation>
    </message>
    <message>
        <source>The file {name} is not in this data folder (its bytes, {digest}, are missing).</source>
        <translation>{name} dosyası bu veri klasöründe yok (içeriği, {digest}, eksik).</translation>
    </message>
    <message>
        <source>Not sent (the next sync tries again): {problem}</source>
        <translation>Gönderilmedi (bir sonraki eşitleme yeniden dener): {problem}</translation>
    </message>
    <message>
        <source>Files were not downloaded (they download when opened, or at the next sync): {problem}</source>
        <translation>Dosyalar indirilmedi (açıldıklarında ya da bir sonraki eşitlemede inerler): {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Seçili kişiler</translation>
    </message>
    <message>
        <source>Events (calendar)</source>
        <translation>Etkinlikler (takvim)</translation>
    </message>
    <message>
        <source>Bilateral meetings (calendar)</source>
        <translation>İkili görüşmeler (takvim)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Eylem maddeleri</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Bir etkinliğin katılımcıları</translation>
    </message>
    <message>
        <source>Contacts shown in the list (filtered)</source>
        <translation>Listede gösterilen kişiler (filtreli)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Süresi geçmiş</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Hangi eylemler</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} kayıt {path} dosyasına yazıldı.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Home institution</source>
        <translation>Kendi kurumu</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Görevli adı</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Görünürlük</translation>
    </message>
    <message>
        <source>Owner institution</source>
        <translation>Sahip kurum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name in own language</source>
        <translation>Kendi dilindeki adı</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kısa ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Devlet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Bağlı olduğu kurum</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Latin harfleriyle ad</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Unvan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Dizideki sıra</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mekân</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Ev sahibi kurum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Eklendiği kayıt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dosya adı</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Muhatap</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Heyet Başkanı</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Heyet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Katıldı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Mutabakat tarihi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Tutanak</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Gündem maddesi</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kararlar</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Kabul tarihi</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Ortak Eylem Planı</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Marjında yapıldığı etkinlik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkili görüşme</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Sorumlu kurum</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Sorumlu kişi</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Tamamlanma tarihi</translation>
    </message>
    <message>
        <source>Agreed at event</source>
        <translation>Mutabık kalındığı etkinlik</translation>
    </message>
    <message>
        <source>From minutes</source>
        <translation>İlgili tutanak</translation>
    </message>
    <message>
        <source>From bilateral meeting</source>
        <translation>İlgili ikili görüşme</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Kabul edildiği etkinlik</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Responsible states</source>
        <translation>Sorumlu devletler</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Öncü kurum</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Action items of this meeting</source>
        <translation>Bu toplantının eylem maddeleri</translation>
    </message>
    <message>
        <source>Bilateral meetings on the margins</source>
        <translation>Marjında yapılan ikili görüşmeler</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Eylem maddesi…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Eylem maddesi ekle</translation>
    </message>
    <message>
        <source>Add an action item (%1)</source>
        <translation>Eylem maddesi ekle (%1)</translation>
    </message>
    <message>
        <source>Bilateral…</source>
        <translation>İkili görüşme…</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>İkili görüşme ekle</translation>
    </message>
    <message>
        <source>Add a bilateral meeting on the margins (%1)</source>
        <translation>Marjında ikili görüşme ekle (%1)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Eylem maddeleri</translation>
    </message>
    <message>
        <source>Bilaterals on the margins</source>
        <translation>Marjında ikili görüşmeler</translation>
    </message>
    <message>
        <source>None yet. %1 adds one.</source>
        <translation>Henüz yok. %1 ile eklenir.</translation>
    </message>
    <message>
        <source>F&amp;ollow-up %1</source>
        <translation>&amp;Takip %1</translation>
    </message>
    <message>
        <source>Agreed under item %1: %2</source>
        <translation>%1. maddede mutabık kalındı: %2</translation>
    </message>
    <message>
        <source>Agreed under: %1</source>
        <translation>Mutabık kalınan konu: %1</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Eylem maddesi eklendi: %1</translation>
    </message>
    <message>
        <source>Bilateral meeting added: %1</source>
        <translation>İkili görüşme eklendi: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
</context>
<context>
    <name>GoingPrivateDialog</name>
    <message>
        <source>Make the record private</source>
        <translation>Kaydı gizli yap</translation>
    </message>
    <message>
        <source>Make “%1” private?</source>
        <translation>“%1” gizli yapılsın mı?</translation>
    </message>
    <message>
        <source>Officers of your institution already have it.</source>
        <translation>Kurumunuzun görevlilerinde zaten var.</translation>
    </message>
    <message>
        <source>Every officer who syncs with the Secretariat may already have it.</source>
        <translation>Sekretarya ile eşitleme yapan her görevlide zaten olabilir.</translation>
    </message>
    <message>
        <source>Withdraw it: it is removed, with what it holds, from their computers at their next sync and stays here, private, with its history. Keep their copies: they keep the version they have, and what you write from now on stays on this computer.</source>
        <translation>Geri al: içindekilerle birlikte bir sonraki eşitlemelerinde onların bilgisayarlarından kaldırılır ve geçmişiyle birlikte burada gizli olarak kalır. Kopyaları kalsın: ellerindeki sürüm onlarda kalır, bundan sonra yazdıklarınız bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it from the others</source>
        <translation>Diğerlerinden &amp;geri al</translation>
    </message>
    <message>
        <source>Withdraw it from the others</source>
        <translation>Diğerlerinden geri al</translation>
    </message>
    <message>
        <source>Removed from the other officers&apos; computers at their next sync; kept here</source>
        <translation>Diğer görevlilerin bilgisayarlarından bir sonraki eşitlemede kaldırılır; burada kalır</translation>
    </message>
    <message>
        <source>&amp;Keep their copies</source>
        <translation>Kopyaları &amp;kalsın</translation>
    </message>
    <message>
        <source>Keep their copies</source>
        <translation>Kopyaları kalsın</translation>
    </message>
    <message>
        <source>They keep the version they have; later edits stay here</source>
        <translation>Ellerindeki sürüm onlarda kalır; sonraki düzenlemeler burada kalır</translation>
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
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>İndir</translation>
    </message>
    <message>
        <source>Download the photo from the Secretariat</source>
        <translation>Fotoğrafı Sekretaryadan indir</translation>
    </message>
    <message>
        <source>A photo is attached.</source>
        <translation>Fotoğraf ekli.</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Fotoğraf yok.</translation>
    </message>
    <message>
        <source>Downloading the photo from the Secretariat…</source>
        <translation>Fotoğraf Sekretaryadan indiriliyor…</translation>
    </message>
    <message>
        <source>The photo is on the Secretariat (%1), not downloaded to this computer yet.</source>
        <translation>Fotoğraf Sekretaryada (%1), henüz bu bilgisayara indirilmedi.</translation>
    </message>
    <message>
        <source>The photo&apos;s file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it.</source>
        <translation>Fotoğrafın bu bilgisayardaki dosyası bozulmuştu, bu yüzden bir kenara ayrıldı ve kullanılmıyor. Düzeltmek için fotoğrafı yeniden seçin.</translation>
    </message>
    <message>
        <source>The photo&apos;s file is missing from this computer and never reached the Secretariat. Choose the photo again.</source>
        <translation>Fotoğrafın dosyası bu bilgisayarda yok ve Sekretaryaya hiç ulaşmadı. Fotoğrafı yeniden seçin.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Bir fotoğraf seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Görüntüler (*.png *.jpg *.jpeg)</translation>
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
        <translation>İkinci ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Latin harfleriyle ad</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Unvan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Devlet</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Kaynak kimliği</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Heyet</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(içe aktarılmaz)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>dosya bir bayt sırası işaretiyle başlıyor</translation>
    </message>
    <message>
        <source>the file is valid UTF-8</source>
        <translation>dosya geçerli UTF-8</translation>
    </message>
    <message>
        <source>the file has only ASCII characters</source>
        <translation>dosyada yalnızca ASCII karakterler var</translation>
    </message>
    <message>
        <source>this code page gives the most letters of the officers&apos; alphabets</source>
        <translation>bu kod sayfası görevlilerin alfabelerinden en çok harfi veriyor</translation>
    </message>
    <message>
        <source>chosen by the officer</source>
        <translation>görevli tarafından seçildi</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kişileri içe aktar</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Dosyayı seçin</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.</source>
        <translation>Herhangi bir programdan CSV, Excel (XLSX, XLS), OpenDocument (ODS) ya da vCard (VCF) dosyaları.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>Check which field each column holds; change any that is wrong.</source>
        <translation>Her sütunun hangi alanı içerdiğini denetleyin; yanlış olanı değiştirin.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodlama</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Dosyadaki sütun</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Add them to an event as participants</source>
        <translation>Bir etkinliğe katılımcı olarak ekle</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Geçersiz satırları atla, diğerlerini içe aktar</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)</source>
        <translation>Kişiler (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (tahmin)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>matches an existing contact</source>
        <translation>mevcut bir kişiyle eşleşiyor</translation>
    </message>
    <message>
        <source>matches an existing contact, nothing new</source>
        <translation>mevcut bir kişiyle eşleşiyor, yeni bir şey yok</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>geçersiz</translation>
    </message>
    <message>
        <source>fills: {fields}</source>
        <translation>doldurur: {fields}</translation>
    </message>
    <message>
        <source> (the first {n} rows)</source>
        <translation> (ilk {n} satır)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or first and last names).</source>
        <translation>Adları (ya da ad ve soyadları) içeren sütunu seçin.</translation>
    </message>
    <message>
        <source>New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.</source>
        <translation>Yeni: {new}. Mevcut kişilerle eşleşen: {match}. Geçersiz: {invalid}.</translation>
    </message>
    <message>
        <source>(none: contacts only)</source>
        <translation>(yok: yalnızca kişiler)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>Rows {rows} are invalid; nothing was imported. Fix them, or skip them.</source>
        <translation>{rows} satırları geçersiz; hiçbir şey içe aktarılmadı. Düzeltin ya da atlayın.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>İçe aktarıldı: {created} yeni, {updated} güncellendi, {unchanged} değişmedi, {skipped} atlandı.</translation>
    </message>
</context>
<context>
    <name>LanguagesWidget</name>
    <message>
        <source>Type a language&apos;s name, e.g. %1</source>
        <translation>Bir dilin adını yazın, örn. %1</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Seçilebilecek diller</translation>
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
        <translation>Bölümler</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Kayıtlar açılıyor…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Bilgi notu dosyası…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Toplantı modu</translation>
    </message>
    <message>
        <source>Draft the minutes of the selected event while it runs (F9)</source>
        <translation>Seçili etkinliğin tutanağını toplantı sürerken yazın (F9)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>Her yerde a&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Eşitleme</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Şimdi &amp;eşitle</translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation>Sekreteryada &amp;oturum aç…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Oturumu &amp;kapat</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Çakışmalar…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Eşitleme &amp;günlüğü…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaison &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Önce bir etkinlik seçin, sonra toplantı modu için F9&apos;a basın.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: %2 gösteriliyor</translation>
    </message>
    <message>
        <source>Open the &amp;training record…</source>
        <translation>&amp;Eğitim kaydını aç…</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;The desk application of the OTS diaspora liaison officers.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;TDT diaspora irtibat görevlilerinin masaüstü uygulaması.&lt;/p&gt;&lt;p&gt;Veri klasörü: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Örnek veriler yüklendi.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Örnek veriler yükleniyor…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation>Toplantı modu — %1</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Toplantı modunu kapat</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Katılım ve takip</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Eylem maddesi ekle</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>İkili görüşme ekle</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>İletiler</translation>
    </message>
    <message>
        <source>%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close</source>
        <translation>%1 sonraki madde · %2 önceki · %3 eylem maddesi · %4 ikili görüşme · %5 kapat</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Sonraki gündem maddesi</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Önceki gündem maddesi</translation>
    </message>
    <message>
        <source>Your own minutes: the first word typed creates them.</source>
        <translation>Kendi tutanağınız: yazılan ilk kelimeyle oluşturulur.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Liaison&apos;da bir iç hata oluştu (%1).</translation>
    </message>
    <message>
        <source>Some of your text could not be saved: %1</source>
        <translation>Metninizin bir kısmı kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text.</source>
        <translation>Yeniden deneyin, toplantı modunu açık tutun (metniniz ekranda kalır) ya da kapatıp kaydedilmemiş metni kaybedin.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Açık tut</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Kapat ve kaybet</translation>
    </message>
</context>
<context>
    <name>MinutesDetailView</name>
    <message>
        <source>Minutes status</source>
        <translation>Tutanak durumu</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Tutanak önizlemesi</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>G&amp;ünlük</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>Log of the minutes</source>
        <translation>Tutanak günlüğü</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>bilinmeyen bir tarih</translation>
    </message>
    <message>
        <source>Agreed on %1 — read-only. Reopen to change.</source>
        <translation>%1 tarihinde mutabık kalındı — salt okunur. Değiştirmek için yeniden açın.</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>Başlıksız tutanak</translation>
    </message>
    <message>
        <source>No entries yet. Take notes in meeting mode.</source>
        <translation>Henüz kayıt yok. Toplantı modunda not alın.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Diğer hususlar</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Kararlar:</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <source>Meeting mode</source>
        <translation>Toplantı modu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Tutanak durumu</translation>
    </message>
    <message>
        <source>Agr&amp;ee minutes…</source>
        <translation>Tutanakta &amp;mutabık kal…</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Tutanakta mutabık kal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Toplantı modunu kapat</translation>
    </message>
    <message>
        <source>Close meeting mode (%1); everything typed is saved first.</source>
        <translation>Toplantı modunu kapat (%1); önce yazılan her şey kaydedilir.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Yeniden aç…</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Tutanağı yeniden aç</translation>
    </message>
    <message>
        <source>Make the agreed minutes editable again (you will be asked why).</source>
        <translation>Üzerinde mutabık kalınan tutanağı yeniden düzenlenebilir yapın (gerekçe sorulacaktır).</translation>
    </message>
    <message>
        <source>&amp;Write our own minutes</source>
        <translation>&amp;Kendi tutanağımızı yaz</translation>
    </message>
    <message>
        <source>Take your institution&apos;s own minutes of this meeting; these stay as they are.</source>
        <translation>Bu toplantının kendi kurumunuza ait tutanağını tutun; bu tutanak olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change.</source>
        <translation>Salt okunur: bu tutanağı %1 yazdı ve yalnızca onun görevlileri değiştirebilir (Sekretarya diğer kurumlardan gelen değişiklikleri reddeder). Okuyabilir ve kopyalayabilirsiniz; her değişiklik için onlara başvurun.</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change.</source>
        <translation>Salt okunur: bu tutanağı başka bir kurum yazdı ve yalnızca onun görevlileri değiştirebilir. Okuyabilir ve kopyalayabilirsiniz; her değişiklik için onlara başvurun.</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Henüz tutanak yok</translation>
    </message>
    <message>
        <source>There is nothing to agree yet: the minutes start with the first word typed.</source>
        <translation>Henüz mutabık kalınacak bir şey yok: tutanak yazılan ilk kelimeyle başlar.</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Mutabık kalındı: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Mutabık kalındı</translation>
    </message>
    <message>
        <source>These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged.</source>
        <translation>Bu tutanak üzerinde %1 tarihinde mutabık kalındı ve salt okunurdur. Değişiklik yapmak için yeniden açın; gerekçe sorulur ve günlüğe kaydedilir.</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Taslak tutanak</translation>
    </message>
    <message>
        <source>Mark the minutes agreed: they become read-only, and this is logged.</source>
        <translation>Tutanağı mutabık kalınmış olarak işaretleyin: salt okunur olur ve bu günlüğe kaydedilir.</translation>
    </message>
    <message>
        <source>There is nothing to agree yet.</source>
        <translation>Henüz mutabık kalınacak bir şey yok.</translation>
    </message>
    <message>
        <source>Agree the minutes once everything typed is saved.</source>
        <translation>Yazılan her şey kaydedildikten sonra tutanakta mutabık kalın.</translation>
    </message>
    <message>
        <source>Mark these minutes as agreed?</source>
        <translation>Bu tutanak mutabık kalınmış olarak işaretlensin mi?</translation>
    </message>
    <message>
        <source>Agreed minutes are read-only: changing them later means reopening them, which is logged.</source>
        <translation>Üzerinde mutabık kalınan tutanak salt okunurdur: sonradan değiştirmek için yeniden açmak gerekir ve bu günlüğe kaydedilir.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Mutabık kal</translation>
    </message>
    <message>
        <source>The minutes are agreed.</source>
        <translation>Tutanakta mutabık kalındı.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Yapılmadı: %1</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>Tutanak yeniden açıldı; gerekçe günlüğe kaydedildi.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the event</source>
        <translation>Etkinliğin tutanakları</translation>
    </message>
    <message>
        <source>&amp;New minutes…</source>
        <translation>Yeni tutana&amp;k…</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Yeni tutanak</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>Edit the title and summary</source>
        <translation>Başlığı ve özeti düzenle</translation>
    </message>
    <message>
        <source>Open in &amp;meeting mode</source>
        <translation>&amp;Toplantı modunda aç</translation>
    </message>
    <message>
        <source>Open in meeting mode</source>
        <translation>Toplantı modunda aç</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Mutabık kal…</translation>
    </message>
    <message>
        <source>Agree the minutes</source>
        <translation>Tutanakta mutabık kal</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Yeniden &amp;aç…</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Tutanağı yeniden aç</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <source>Delete the minutes</source>
        <translation>Tutanağı sil</translation>
    </message>
    <message>
        <source>Mark the minutes as agreed by the parties: they become read-only.</source>
        <translation>Tutanağı tarafların mutabık kaldığı olarak işaretleyin: salt okunur olur.</translation>
    </message>
    <message>
        <source>Make agreed minutes editable again, giving a reason for the log.</source>
        <translation>Üzerinde mutabık kalınan tutanağı, günlük için bir gerekçe vererek yeniden düzenlenebilir yapın.</translation>
    </message>
    <message>
        <source>Agreed minutes cannot be deleted; reopen them first.</source>
        <translation>Üzerinde mutabık kalınan tutanak silinemez; önce yeniden açın.</translation>
    </message>
    <message>
        <source>Choose an event to see its minutes.</source>
        <translation>Tutanaklarını görmek için bir etkinlik seçin.</translation>
    </message>
    <message>
        <source>This event has no minutes yet. Start them with “New minutes…”.</source>
        <translation>Bu etkinliğin henüz tutanağı yok. “Yeni tutanak…” ile başlayın.</translation>
    </message>
    <message>
        <source>Choose minutes to see their entries.</source>
        <translation>Kayıtlarını görmek için bir tutanak seçin.</translation>
    </message>
    <message>
        <source>These minutes belong to %1: only its officers may change, agree, reopen or delete them.</source>
        <translation>Bu tutanak %1 kurumuna ait: yalnızca onun görevlileri değiştirebilir, üzerinde mutabık kalabilir, yeniden açabilir ya da silebilir.</translation>
    </message>
    <message>
        <source>these minutes</source>
        <translation>bu tutanak</translation>
    </message>
    <message>
        <source>Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.</source>
        <translation>“%1” mutabık kalınmış olarak işaretlensin mi? Üzerinde mutabık kalınan tutanak, biri yeniden açana kadar salt okunurdur.</translation>
    </message>
    <message>
        <source>Why are these minutes reopened? The reason is kept in their log.</source>
        <translation>Bu tutanak neden yeniden açılıyor? Gerekçe tutanağın günlüğünde saklanır.</translation>
    </message>
    <message>
        <source>A reason is required to reopen agreed minutes. Why are they reopened?</source>
        <translation>Üzerinde mutabık kalınan tutanağı yeniden açmak için gerekçe gerekir. Neden yeniden açılıyor?</translation>
    </message>
    <message>
        <source>Delete “%1” and their entries?</source>
        <translation>“%1” ve kayıtları silinsin mi?</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation>Eklemek için etkinlik ya da ikili görüşme arayın…</translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation>Etkinlik ya da ikili görüşme ara</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Bulunanlar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation>Bu dosyada (her biri ayrı bir not, bu sırayla):</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>Bu dosyada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Çıkar</translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation>Profili hazırlanacak muhataplar:</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Muhataplar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Hiçbiri</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Arama başarısız oldu; ayrıntılar günlükte.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiçbir şey bulunamadı.</translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message>
        <source>Sample records in your record</source>
        <translation>Kaydınızdaki örnek kayıtlar</translation>
    </message>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>Liaison&apos;ın eski bir sürümü örnek verileri (kurgusal görevliler, Bişkek toplantısı…) kendi kaydınıza yükledi. Değiştirmediğiniz %n örnek kayıt kaldırılabilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Tutulacak: değiştirdiğiniz ya da kendi kayıtlarınızın başvurduğu %n kayıt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample stays available in the training record (File → Open the training record…).</source>
        <translation>Örnek, eğitim kaydında kullanılabilir kalır (Dosya → Eğitim kaydını aç…).</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>Kal&amp;dır</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Kalsınlar</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>%n örnek kayıt kaldırıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>Değiştirdiğiniz ya da bağladığınız %n kayıt tutuldu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation>Bölümler (kapak her zaman bulunur)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation>Her sayfanın üstüne ve altına basılır; başka bir gizlilik derecesi de yazabilirsiniz</translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation>Ziyaret yeri (birden fazla not içeren dosya için)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Gizlilik derecesi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Büyük olasılıkla aynı kişi</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Olasılık</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>No papers</source>
        <translation>Belge yok</translation>
    </message>
    <message>
        <source>&amp;List them in an annex (Papers on file)</source>
        <translation>Ekte &amp;listele (Dosyadaki belgeler)</translation>
    </message>
    <message>
        <source>List them and append the &amp;first pages of the PDFs</source>
        <translation>Listele ve PDF&apos;lerin &amp;ilk sayfalarını ekle</translation>
    </message>
    <message>
        <source>Pa&amp;ges of each PDF:</source>
        <translation>Her PDF&apos;ten &amp;sayfa:</translation>
    </message>
    <message>
        <source>Pages of each PDF</source>
        <translation>Her PDF&apos;ten sayfa</translation>
    </message>
    <message>
        <source>How many pages of each chosen PDF follow the pack (1 to 10)</source>
        <translation>Seçilen her PDF&apos;ten kaç sayfanın dosyanın sonuna ekleneceği (1 ile 10 arası)</translation>
    </message>
    <message>
        <source>Papers attached to the records of these notes:</source>
        <translation>Bu notların kayıtlarına ekli belgeler:</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Tüm belgeler</translation>
    </message>
    <message>
        <source>Tick all papers</source>
        <translation>Tüm belgeleri işaretle</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Hiçbiri</translation>
    </message>
    <message>
        <source>Untick all papers</source>
        <translation>Tüm belgelerin işaretini kaldır</translation>
    </message>
    <message>
        <source>PDFs only on the Secretariat are downloaded when the preview is made; one that cannot be is listed in the annex as not downloaded. Photos are not papers.</source>
        <translation>Yalnızca Sekretaryada olan PDF&apos;ler önizleme hazırlanırken indirilir; indirilemeyen ekte indirilmedi olarak listelenir. Fotoğraflar belge sayılmaz.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>bu bilgisayarda</translation>
    </message>
    <message>
        <source>missing from this computer — attach it again</source>
        <translation>bu bilgisayarda yok — yeniden ekleyin</translation>
    </message>
    <message>
        <source>on the Secretariat: downloaded when the preview is made</source>
        <translation>Sekretaryada: önizleme hazırlanırken indirilir</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Sekretaryada</translation>
    </message>
    <message>
        <source>No papers are attached to the records of these notes.</source>
        <translation>Bu notların kayıtlarına ekli belge yok.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the agreed minutes</source>
        <translation>Mutabık kalınan tutanağı yeniden aç</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <source>Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it.</source>
        <translation>Üzerinde mutabık kalınan tutanak yalnızca bilinçli olarak yeniden açılır. Gerekçesini yazın: gerekçe adınız ve saatle birlikte günlüğe kaydedilir ve her heyet bunu görür.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>e.g. The Uzbek delegation&apos;s comments on item 2 arrived.</source>
        <translation>ör. Özbekistan heyetinin 2. maddeye ilişkin görüşleri geldi.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>This record is damaged, so it is open for reading only: nothing can be changed. Recover it to go on working (%1).</source>
        <translation>Bu kayıt hasarlı, bu yüzden yalnızca okumak için açık: hiçbir şey değiştirilemez. Çalışmaya devam etmek için kurtarın (%1).</translation>
    </message>
    <message>
        <source>This record is read-only (the file, its folder or the disk cannot be written), so it is open for reading only: nothing can be changed (%1).</source>
        <translation>Bu kayıt salt okunur (dosyaya, klasörüne ya da diske yazılamıyor), bu yüzden yalnızca okumak için açık: hiçbir şey değiştirilemez (%1).</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Kurtar…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Files</source>
        <translation>Dosyalar</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Kaydet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Geri &amp;dön</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change.</source>
        <translation>Salt okunur: bu kayıt %1 kurumuna ait ve yalnızca onun görevlileri değiştirebilir (Sekreterya diğer kurumlardan gelen değişiklikleri reddeder). İhtiyacınız olanı kopyalayın ya da değişikliği yapmalarını isteyin.</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change.</source>
        <translation>Salt okunur: bu kayıt başka bir kuruma ait ve yalnızca onun görevlileri değiştirebilir. İhtiyacınız olanı kopyalayın ya da değişikliği yapmalarını isteyin.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Bu kayıtta kaydedilmemiş değişiklikler var. Kaydedilsin mi?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The record is damaged</source>
        <translation>Kayıt hasarlı</translation>
    </message>
    <message>
        <source>Recovery copies everything that can still be read into a new file, which takes the damaged one&apos;s place; the damaged file is kept in the backups folder. Liaison closes while it works and opens again on the recovered record.</source>
        <translation>Kurtarma, hâlâ okunabilen her şeyi hasarlı dosyanın yerini alacak yeni bir dosyaya kopyalar; hasarlı dosya yedekler klasöründe saklanır. Liaison bu sırada kapanır ve kurtarılan kayıtla yeniden açılır.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Dosyayı denetle</translation>
    </message>
    <message>
        <source>Recover and reopen</source>
        <translation>Kurtar ve yeniden aç</translation>
    </message>
    <message>
        <source>Read on for now</source>
        <translation>Şimdilik okumaya devam et</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Dosya denetleniyor…</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Hasar bulunmadı.</translation>
    </message>
    <message>
        <source>Recovery could not be started. Run: liaison recover</source>
        <translation>Kurtarma başlatılamadı. Şunu çalıştırın: liaison recover</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Type to search…</source>
        <translation>Aramak için yazın…</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Kayıt durumu</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Kayıt sorunu</translation>
    </message>
    <message>
        <source>Your text stays on screen; Liaison keeps trying to save it.</source>
        <translation>Metniniz ekranda kalıyor; Liaison onu kaydetmeyi denemeye devam ediyor.</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Yazarken kaydediliyor</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <source>There is no Save button: what you type is saved within a second.</source>
        <translation>Kaydet düğmesi yok: yazdıklarınız bir saniye içinde kaydedilir.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Your latest typing is being saved.</source>
        <translation>Son yazdıklarınız kaydediliyor.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Everything typed is saved on this computer.</source>
        <translation>Yazılan her şey bu bilgisayara kaydedildi.</translation>
    </message>
    <message>
        <source>Disk full — not saved</source>
        <translation>Disk dolu — kaydedilmedi</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Your text is safe on screen and will be saved as soon as possible.</source>
        <translation>Metniniz ekranda güvende ve ilk fırsatta kaydedilecek.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Her yerde ara (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Her yerde ara</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiçbir şey bulunamadı.</translation>
    </message>
    <message>
        <source>in the attached file %1</source>
        <translation>ekli dosyada: %1</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Arama başarısız oldu; ayrıntılar günlükte.</translation>
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
        <translation>tutanak kaydında görüneceği biçimde</translation>
    </message>
    <message>
        <source>&amp;Home institution:</source>
        <translation>&amp;Kendi kurumunuz:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>New records &amp;visible to:</source>
        <translation>Yeni kayıtları &amp;görebilecekler:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Download in the background, up to:</source>
        <translation>Arka planda en çok &amp;indir:</translation>
    </message>
    <message>
        <source>Download in the background, up to (MB per sync)</source>
        <translation>Arka planda en çok indir (eşitleme başına MB)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Never (each file downloads when opened)</source>
        <translation>Hiçbir zaman (her dosya açıldığında iner)</translation>
    </message>
    <message>
        <source>Colleagues&apos; attached files each sync downloads by itself, newest first, up to this many megabytes; the others stay on the Secretariat and download when you open them. 0: never in the background.</source>
        <translation>Meslektaşların ekli dosyalarından her eşitlemenin kendiliğinden, en yeniden başlayarak bu kadar megabayta kadar indirdikleri; diğerleri Sekretaryada kalır ve siz açtığınızda iner. 0: arka planda hiçbir zaman.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Sistemle aynı (%1)</translation>
    </message>
    <message>
        <source>The window changes language at once; dates and numbers follow the language too.</source>
        <translation>Pencerenin dili hemen değişir; tarihler ve sayılar da seçilen dile uyar.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists and editors</source>
        <translation>Listeler ve düzenleyiciler</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Toplantı modu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Tab moves between a list, its filter and the editor; the arrows move within a list.</source>
        <translation>Sekme tuşu liste, filtresi ve düzenleyici arasında geçer; ok tuşları liste içinde gezinir.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
</context>
<context>
    <name>SimilarNotice</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Olası yinelenen</translation>
    </message>
    <message>
        <source>&amp;Open the existing contact</source>
        <translation>Mevcut kişiyi &amp;aç</translation>
    </message>
    <message>
        <source>%1 already exists (%2): is this the same person?</source>
        <translation>%1 zaten kayıtlı (%2): aynı kişi mi?</translation>
    </message>
    <message>
        <source>Also similar: %1.</source>
        <translation>Benzer başkaları: %1.</translation>
    </message>
    <message>
        <source>Open %1 instead of creating a new contact</source>
        <translation>Yeni kişi oluşturmak yerine %1 kaydını aç</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaycan</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kırgızistan</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Özbekistan</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Macaristan</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Türkmenistan</translation>
    </message>
    <message>
        <source>Turkish Republic of Northern Cyprus</source>
        <translation>Kuzey Kıbrıs Türk Cumhuriyeti</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TDT Sekreteryası</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Eşitleme iptal edildi.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the Secretariat could not be told: its sign-in stays valid there until an administrator revokes it.</source>
        <translation>Bu bilgisayarda oturum kapatıldı, ancak Sekreterya&apos;ya bildirilemedi: bir yönetici iptal edene kadar oturum orada geçerli kalır.</translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation>Eşitleme bir program hatası nedeniyle başarısız oldu; ayrıntılar günlükte.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 sunucusunda %2 olarak oturum açıldı.</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation>Oturum kapatıldı; bu bilgisayarın oturumu iptal edildi.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Eşitlendi: %1 gönderildi, %2 alındı</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s server had gone back to an earlier backup: this computer sent it again what it had lost and read the record again; nothing was lost (records sent again: {count}).</source>
        <translation>Sekretarya sunucusu daha eski bir yedeğe dönmüştü: bu bilgisayar kaybettiklerini ona yeniden gönderdi ve kayıtları yeniden okudu; hiçbir şey kaybolmadı (yeniden gönderilen kayıt: {count}).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n kaldırıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n birleştirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n yeni çakışma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n sunucu tarafından reddedildi (çakışmalarda tutuluyor)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation>Sekreteryada oturum aç</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation>yalnızca Sekreterya kendi sertifika yetkilisini kullanıyorsa</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA dosyası</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Sunucu adresi</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Kullanıcı adı</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;CA dosyası</translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation>Parola yalnızca bir kez gönderilir ve saklanmaz; bu bilgisayar, iptal edilebilen bir oturum saklar.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation>Sekreteryanın CA sertifikası</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikalar (*.pem *.crt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Lütfen doldurun: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Eşitleme günlüğü</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation>İki taraf da aynı alanı değiştirdi</translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation>Bir tarafta düzenlendi, diğer tarafta silindi</translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation>Sunucu bu değişikliği reddetti</translation>
    </message>
    <message>
        <source>Only officers of the record&apos;s institution may change it.</source>
        <translation>Kaydı yalnızca ait olduğu kurumun görevlileri değiştirebilir.</translation>
    </message>
    <message>
        <source>The server has no such record.</source>
        <translation>Sunucuda böyle bir kayıt yok.</translation>
    </message>
    <message>
        <source>Private records never leave the officer&apos;s machine.</source>
        <translation>Özel kayıtlar görevlinin bilgisayarından hiçbir zaman çıkmaz.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Sunucudakini koru</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>%1 kullanıcısının değerini kullan</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Benimkini kullan</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Birleştirilmiş metin</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açık çakışmalar</translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation>Bu seçimlerle &amp;çöz</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>Metnimi &amp;kopyala</translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation>Açık çakışma yok: tüm düzenlemeler birleştirildi.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(%1 tarafından)</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>(sizin tarafınızdan)</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>&amp;Ele alındı olarak işaretle</translation>
    </message>
    <message>
        <source>&amp;Copy %1&apos;s text</source>
        <translation>%1 kullanıcısının metnini &amp;kopyala</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 may want to send their text to the record&apos;s owner.</source>
        <translation>Hiçbir şey değiştirilmedi. %1 metnini kaydın sahibine göndermek isteyebilir.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Metniniz burada saklanıyor: kopyalayın (Metnimi kopyala) ve değişikliği yapabilecek olan %1 görevlisine gönderin ya da yapmasını isteyin. Ardından bunu ele alındı olarak işaretleyin.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of the record&apos;s institution, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Metniniz burada saklanıyor: kopyalayın (Metnimi kopyala) ve değişikliği yapabilecek olan, kaydın ait olduğu kurumun bir görevlisine gönderin ya da yapmasını isteyin. Ardından bunu ele alındı olarak işaretleyin.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Neden:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ne yapabilirsiniz:</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Sync with the Secretariat is not set up on this computer.</source>
        <translation>Bu bilgisayarda Sekreterya ile eşitleme ayarlanmamış.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açık çakışmalar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation>Eşitleniyor… %2 değişikliğin %1 tanesi gönderildi</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Eşitleniyor… %n kayıt alındı</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Oturum açık değil</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Eşitleme başarısız</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>son eşitleme %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 sunucusunda %2 olarak oturum açıldı.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation>Bu bilgisayarda anahtarlık yok: oturum Liaison kapanana kadar sürer.</translation>
    </message>
    <message>
        <source>This computer&apos;s sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept.</source>
        <translation>Bu bilgisayarın %1 adresindeki oturumu artık yok: yeniden oturum açın (Eşitleme → Sekreteryada oturum aç…). Değişiklikleriniz korunuyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n çakışma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n değişiklik henüz eşitlenmedi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>Özel kayıtlardaki %n değişiklik bu bilgisayarda tutuluyor: özel kayıtlar hiçbir zaman gönderilmez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation>Sunucudan gelen silme işlemleri yine de uygulansın mı?</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <source>Talking points for:</source>
        <translation>Konuşma notlarının ait olduğu not:</translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation>Konuşma notlarının ait olduğu not</translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation>Söylemek ya da sormak istedikleriniz. “-” ile başlayan satırlar liste olarak basılır.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Konuşma notları</translation>
    </message>
    <message>
        <source>Not saved: %1. Trying again; your text stays here.</source>
        <translation>Kaydedilmedi: %1. Yeniden deneniyor; metniniz burada kalıyor.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Kept on this computer for the next briefing; talking points do not sync.</source>
        <translation>Bir sonraki bilgi notu için bu bilgisayarda saklanır; konuşma notları eşitlenmez.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Your talking points could not be saved: %1</source>
        <translation>Konuşma notlarınız kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text.</source>
        <translation>Yeniden deneyin, Liaison&apos;ı açık tutun (metniniz ekranda kalır) ya da çıkıp kaydedilmemiş metni kaybedin.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Açık tut</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Çık ve kaybet</translation>
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
        <translation>Liaison&apos;da bir iç hata oluştu.</translation>
    </message>
    <message>
        <source>Your saved work is safe. Please report this problem with the details below.</source>
        <translation>Kaydedilmiş çalışmanız güvende. Lütfen bu sorunu aşağıdaki ayrıntılarla bildirin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Bugün, %1</translation>
    </message>
    <message>
        <source>Only my institution&apos;s action items</source>
        <translation>Yalnızca kurumumun eylem maddeleri</translation>
    </message>
    <message>
        <source>Action items assigned to your home institution (File → Settings)</source>
        <translation>Kendi kurumunuza atanan eylem maddeleri (Dosya → Ayarlar)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Aylara göre etkinlikler</translation>
    </message>
    <message>
        <source>Events on the chosen day</source>
        <translation>Seçilen gündeki etkinlikler</translation>
    </message>
    <message>
        <source>Events in the next four weeks</source>
        <translation>Önümüzdeki dört haftadaki etkinlikler</translation>
    </message>
    <message>
        <source>Bilateral meetings in the next four weeks</source>
        <translation>Önümüzdeki dört haftadaki ikili görüşmeler</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Süresi geçmiş eylem maddeleri</translation>
    </message>
    <message>
        <source>Action items due in the next two weeks</source>
        <translation>Önümüzdeki iki hafta içinde vadesi gelen eylem maddeleri</translation>
    </message>
    <message>
        <source>Minutes awaiting agreement</source>
        <translation>Mutabakat bekleyen tutanaklar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açık çakışmalar</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Open the conflict inbox</source>
        <translation>Çakışma kutusunu aç</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n etkinlik</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on %1</source>
        <translation>%1 tarihindeki etkinlikler</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>Süresi geçmiş %n eylem maddesi var: Bugün bölümüne bakın (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>Süresi geçmiş %n eylem maddesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Remove the training record</source>
        <translation>Eğitim kaydını kaldır</translation>
    </message>
    <message>
        <source>Delete the training record and all the sample data in %1? Your own record is not touched.</source>
        <translation>%1 içindeki eğitim kaydı ve tüm örnek veriler silinsin mi? Kendi kaydınıza dokunulmaz.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training record</source>
        <translation>Eğitim kaydı</translation>
    </message>
    <message>
        <source>sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.</source>
        <translation>Liaison&apos;ı denemek için örnek veriler. Buradaki hiçbir şey Sekreteryayla eşitlenmez.</translation>
    </message>
    <message>
        <source>Back to my record</source>
        <translation>Kendi kaydıma dön</translation>
    </message>
    <message>
        <source>Remove the training record…</source>
        <translation>Eğitim kaydını kaldır…</translation>
    </message>
    <message>
        <source>Training record: never synced</source>
        <translation>Eğitim kaydı: hiç eşitlenmez</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Export selected contacts…</source>
        <translation>Seçili kişileri dışa aktar…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Gösterilen kişileri dışa aktar…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Yinelenenleri bul…</translation>
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
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(fotoğraf)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Liaison&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>Your record is empty. Say who you are: your name goes into the minutes&apos; log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced.</source>
        <translation>Kaydınız boş. Kim olduğunuzu belirtin: adınız tutanak kaydına yazılır, oluşturduğunuz kayıtlar kurumunuza ait olur. Bunu daha sonra Dosya → Ayarlar&apos;dan değiştirebilirsiniz. Önce etrafa göz atmak için eğitim kaydını açın: kaydınızdan ayrı tutulan, hiç eşitlenmeyen örnek veriler.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <source>Your &amp;institution:</source>
        <translation>&amp;Kurumunuz:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Devlet:</translation>
    </message>
    <message>
        <source>pick one, or type its name</source>
        <translation>birini seçin ya da adını yazın</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başla</translation>
    </message>
    <message>
        <source>Open the &amp;training record</source>
        <translation>&amp;Eğitim kaydını aç</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Atla</translation>
    </message>
</context>
</TS>
