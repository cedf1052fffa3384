<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Törlés</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Új teendő</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Teendő hozzáadása</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <source>e.g. Circulate the concept note</source>
        <translation>pl. a koncepció körbeküldése</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Felelős intézmény</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Felelős személy</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Teendő:</translation>
    </message>
    <message>
        <source>Responsible &amp;institution:</source>
        <translation>Felelős &amp;intézmény:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Felelős &amp;személy:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Határidő:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Any other business</source>
        <translation>Egyebek</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Felvetett, napirenden kívüli ügyek.</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Jegyzőkönyv: %1</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Napirend</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Napirend</translation>
    </message>
    <message>
        <source>Next item: %1. Previous item: %2.</source>
        <translation>Következő pont: %1. Előző pont: %2.</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Aktuális napirendi pont</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>Who said what: statements, proposals, points raised…</source>
        <translation>Ki mit mondott: felszólalások, javaslatok, felvetések…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Döntések</translation>
    </message>
    <message>
        <source>What the meeting decided or agreed on this item…</source>
        <translation>Miről döntött vagy miben állapodott meg az ülés ebben a pontban…</translation>
    </message>
    <message>
        <source>Summary of the minutes</source>
        <translation>A jegyzőkönyv összefoglalója</translation>
    </message>
    <message>
        <source>The general summary, for the whole meeting…</source>
        <translation>Általános összefoglaló a teljes ülésről…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>J&amp;egyzetek</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Döntések</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the minutes</source>
        <translation>A jegyzőkönyv ö&amp;sszefoglalója</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>%1. pont / %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Napirenden kívül</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>missing from this computer, %1 — attach it again</source>
        <translation>hiányzik erről a számítógépről, %1 — csatolja újra</translation>
    </message>
    <message>
        <source>on the Secretariat, %1 — download</source>
        <translation>a Titkárságon, %1 — letöltés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Csatolva: {names}</translation>
    </message>
    <message>
        <source>No program here opens {name}; Save a copy… keeps it.</source>
        <translation>Ezen a gépen nincs program, amely megnyitná ezt: {name}; a „Másolat mentése…” megőrzi.</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Másolat mentve: {path}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} eltávolítva.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} visszaállítva.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fájlok</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Csatolás…</translation>
    </message>
    <message>
        <source>Attach files to this record (or drop them on the record)</source>
        <translation>Fájlok csatolása ehhez a rekordhoz (vagy húzza őket a rekordra)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <source>Open the file in its viewer (Enter)</source>
        <translation>A fájl megnyitása a megjelenítőjében (Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>Má&amp;solat mentése…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete); Undo remove brings it back</source>
        <translation>A fájl eltávolítása erről a rekordról (Delete); az „Eltávolítás visszavonása” visszahozza</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Eltávolítás &amp;visszavonása</translation>
    </message>
    <message>
        <source>This record is open for reading only.</source>
        <translation>Ez a rekord csak olvasásra van megnyitva.</translation>
    </message>
    <message>
        <source>Save the record first; then attach files to it.</source>
        <translation>Először mentse a rekordot, aztán csatoljon hozzá fájlokat.</translation>
    </message>
    <message>
        <source>No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.</source>
        <translation>Még nincs fájl. Csatolás… vagy húzza ide a fájlokat: PDF, DOCX, XLSX, ODT, képek, szöveg.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Fájlok csatolása</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Másolat mentése</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? Undo remove brings it back.</source>
        <translation>Eltávolítja a(z) „%1” fájlt erről a rekordról? Az „Eltávolítás visszavonása” visszahozza.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Írjon be egy nevet, majd Enter</translation>
    </message>
    <message>
        <source>Participants (checked: present)</source>
        <translation>Résztvevők (bejelölve: jelen van)</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected participant as present.</source>
        <translation>A szóköz jelenlévőnek jelöli a kijelölt résztvevőt, vagy törli a jelölést.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Résztvevő</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegáció</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerep</translation>
    </message>
    <message>
        <source>Check &amp;in someone else:</source>
        <translation>&amp;Más személy jelenlétének rögzítése:</translation>
    </message>
    <message>
        <source>Check in a participant by name</source>
        <translation>Résztvevő jelenlétének rögzítése név alapján</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>%1 főből %n jelen van</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants registered yet: check them in below.</source>
        <translation>Még nincs regisztrált résztvevő: rögzítse őket lent.</translation>
    </message>
    <message>
        <source>A&amp;ttendance %1/%2</source>
        <translation>Je&amp;lenlét %1/%2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 jelen van.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 már nincs jelenlévőként megjelölve.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nincs mentve: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 jelenléte rögzítve.</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Nincs rögzítve: %1</translation>
    </message>
</context>
<context>
    <name>BilateralDialog</name>
    <message>
        <source>New bilateral meeting on the margins</source>
        <translation>Új kétoldalú találkozó a rendezvény margóján</translation>
    </message>
    <message>
        <source>Add bilateral</source>
        <translation>Találkozó hozzáadása</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Left empty: named after the parties</source>
        <translation>Ha üres, a felekről kap nevet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Felek</translation>
    </message>
    <message>
        <source>Other party (a person)</source>
        <translation>Másik fél (személy)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Felek:</translation>
    </message>
    <message>
        <source>&amp;With (person):</source>
        <translation>&amp;Kivel (személy):</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Háttérfeljegyzés</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Háttéranyag-csomag</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <source>Papers on file</source>
        <translation>Csatolt iratok</translation>
    </message>
    <message>
        <source>No papers are attached to the records of this note.</source>
        <translation>A feljegyzés rekordjaihoz nincs csatolt irat.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Csatolva</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Ehhez csatolva</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>A csomag tartalma</translation>
    </message>
    <message>
        <source>its first page, at the end of the pack</source>
        <translation>első oldala, a csomag végén</translation>
    </message>
    <message>
        <source>its first {pages} pages, at the end of the pack</source>
        <translation>első {pages} oldala, a csomag végén</translation>
    </message>
    <message>
        <source>listed only (not a PDF)</source>
        <translation>csak felsorolva (nem PDF)</translation>
    </message>
    <message>
        <source>listed only (not downloaded to this computer)</source>
        <translation>csak felsorolva (nincs letöltve erre a számítógépre)</translation>
    </message>
    <message>
        <source>listed only (the PDF cannot be read)</source>
        <translation>csak felsorolva (a PDF nem olvasható)</translation>
    </message>
    <message>
        <source>listed only (its copy on this computer is damaged and was set aside)</source>
        <translation>csak felsorolva (a számítógépen lévő példánya megsérült, és félre lett téve)</translation>
    </message>
    <message>
        <source>The first pages of the PDFs follow the pack&apos;s numbered pages, as they are on file (without this pack&apos;s marking); the bookmarks lead to each.</source>
        <translation>A PDF-ek első oldalai a csomag számozott oldalai után következnek, úgy, ahogy az iratok között vannak (a csomag minősítési jelölése nélkül); a könyvjelzők mindegyikhez elvezetnek.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Kétoldalú találkozó</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Jegyzőkönyv</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Közös Cselekvési Terv</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Készült: {date}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Készítette: {name}, {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>{page}. oldal</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}. oldal, összesen: {pages}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>TERVEZET</translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation>Az ebben a feljegyzésben felhasznált jegyzőkönyv tervezet, még nincs jóváhagyva: tartalma még változhat.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hely</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vendéglátó</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Rendezvény, amelynek margóján</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Minősítési jelölés</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Hiányzik az adatbázisból</translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation>Az adatbázis a feljegyzés minden részét tartalmazza.</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>A rendezvényről</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Napirend</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Témák</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation>Rögzített eredmények</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegációk</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Felek</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Tárgyalópartnerek</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Beszédpontok</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>A Közös Cselekvési Terv tevékenységei</translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation>Melléklet: jegyzőkönyv</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Ssz.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Napirendi pont</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állam</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Intézmény</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegációvezető</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Tagok</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Időkeret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation>Vezető intézmény: {institution}</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>In Latin script</source>
        <translation>Latin betűkkel</translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation>{name} (átírás)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Megszólítás</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ezen a találkozón</translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation>{state} delegációjának vezetője</translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation>{state} delegációja</translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation>A találkozón részt vevő fél</translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation>Korábbi találkozók vele</translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation>Korábbi kétoldalú találkozók és megállapodások</translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation>Őt érintő nyitott teendők</translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation>Nyilvántartott jegyzetek</translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation>Eredmény: {outcomes}</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Nincs rögzített eredmény.</translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation>delegációvezető volt</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>határidő: {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>LEJÁRT</translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation>intézményen keresztül: {institution}</translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation>felelős: {person}</translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation>rendezvény: {event}</translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation>Jegyzőkönyv: {event}</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation>Ennek a rendezvénynek még nincs jegyzőkönyve; ez az előző azonos típusú rendezvény ({event}) jegyzőkönyve.</translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation>Annak a rendezvénynek ({event}) a jegyzőkönyve, amelynek margóján ez a találkozó zajlott.</translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation>A jegyzőkönyv („{event}”) a csomagban korábban szereplő „{note}” feljegyzés mellékletében található.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>Jóváhagyva: {date}.</translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation>Tervezet, még nincs jóváhagyva.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Döntések</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation>Ehhez a rendezvényhez nincs rögzítve napirend.</translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation>Ehhez a találkozóhoz nincsenek rögzítve témák.</translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation>Ehhez a rendezvényhez nincsenek rögzítve delegációk.</translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation>Ehhez a találkozóhoz nincsenek rögzítve felek.</translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation>Nincsenek tárgyalópartnerek: senki sincs résztvevőként rögzítve.</translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation>Ehhez a feljegyzéshez nincs kiválasztva tárgyalópartner.</translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation>Ehhez a feljegyzéshez nem készültek beszédpontok.</translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation>A Közös Cselekvési Terv egyik tevékenysége sem kapcsolódik ehhez a találkozóhoz.</translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation>Sem ehhez, sem egy korábbi azonos típusú rendezvényhez nincs rögzítve jegyzőkönyv.</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Nincs fénykép</translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation>A tárolt fénykép nem olvasható</translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation>Nincs rögzített intézmény.</translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation>Nincs rögzített beosztás.</translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation>Nincs rögzített e-mail-cím vagy telefonszám.</translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation>E találkozó előtt egy sincs rögzítve.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Nincs nyitott teendő.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nincs dátum</translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation>Nincs rögzített helyszín.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nincs rögzítve</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>napirend</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>témák</translation>
    </message>
    <message>
        <source>the delegations</source>
        <translation>delegációk</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>felek</translation>
    </message>
    <message>
        <source>the counterparts</source>
        <translation>tárgyalópartnerek</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>beszédpontok</translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation>a Közös Cselekvési Terv kapcsolódó tevékenységei</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>jegyzőkönyv</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>helyszín</translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation>fénykép ({names})</translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation>intézmény ({names})</translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation>elérhetőségek ({names})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>és további {count} fő</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation>Napirend (vagy témák)</translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation>Delegációk (vagy felek)</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>Tárgyalópartnerek profilja</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Beszédpontok</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>A Közös Cselekvési Terv tevékenységei</translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation>Legutóbbi jegyzőkönyv (melléklet)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Háttéranyag-csomag</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Feljegyzések</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Beállítások</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>Beszéd&amp;pontok</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation>Válassza ki, miről készüljön háttéranyag, majd kattintson az Előnézet készítése gombra (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Pap&amp;ers</source>
        <translation>&amp;Iratok</translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation>&amp;Előnézet készítése</translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation>A PDF elkészítése az adatbázis alapján (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Mentés…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Nyomtatás…</translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation>Az előnézet elkészítése óta változások történtek: a frissítéshez kattintson az Előnézet készítése gombra (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation>Előbb adjon hozzá legalább egy rendezvényt vagy kétoldalú találkozót.</translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation>A háttéranyag nem készült el.</translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation>Megszakítva; az előnézet nem változott.</translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation>A háttéranyag készül…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n oldal.</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation>TERVEZET: a felhasznált jegyzőkönyv még nincs jóváhagyva.</translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>Az adatbázisból %n adat hiányzik; a PDF megmondja, melyek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n iratot nem sikerült letölteni a Titkárságról; a melléklet felsorolja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged on this computer, set aside and left out: %1. Sync to download them again, or attach the originals again.</source>
        <translation>Ezen a számítógépen megsérült, félretéve és kihagyva: %1. Szinkronizáljon az újbóli letöltéshez, vagy csatolja újra az eredetieket.</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>A háttéranyag mentése</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-fájlok (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Mentve ide: %1.</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>A háttéranyag nyomtatása</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>%1. oldal nyomtatása, összesen: %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n oldal elküldve a nyomtatóra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>A nyomtatás megszakítva; semmi sem ment a nyomtatóra.</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>A nyomtatás megszakítva; a nyomtató a már elküldött %n oldalt nem tudta visszavonni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be rendered.</source>
        <translation>A nyomtatás leállt: egy oldalt nem sikerült előállítani.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>A nyomtató nem indítható el.</translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <source>Add…</source>
        <translation>Hozzáadás…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Szerkesztés…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Törlés visszavonása</translation>
    </message>
    <message>
        <source>Restore the last one deleted here, with what was deleted with it</source>
        <translation>Visszaállítja az itt utoljára törölt elemet a vele együtt törölt adatokkal</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Törli ezt: „%1”?</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>ez a rekord</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Meeting of Ministers and Heads of Institutions</source>
        <translation>Miniszterek és intézményvezetők találkozója</translation>
    </message>
    <message>
        <source>Contact Group meeting</source>
        <translation>A Kapcsolattartó Csoport ülése</translation>
    </message>
    <message>
        <source>Diaspora Forum</source>
        <translation>Diaszpóra Fórum</translation>
    </message>
    <message>
        <source>Diaspora Youth Forum</source>
        <translation>Diaszpóra Ifjúsági Fórum</translation>
    </message>
    <message>
        <source>Capacity Building Training</source>
        <translation>Kapacitásfejlesztő képzés</translation>
    </message>
    <message>
        <source>Exchange of Experience Programme</source>
        <translation>Tapasztalatcsere-program</translation>
    </message>
    <message>
        <source>Internship Programme</source>
        <translation>Gyakornoki program</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Fogadás</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Csúcstalálkozó</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Munkalátogatás</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Egyéb rendezvény</translation>
    </message>
    <message>
        <source>Diaspora institution</source>
        <translation>Diaszpóraügyi intézmény</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Minisztérium</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Nagykövetség vagy konzulátus</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TÁSZ Titkárság</translation>
    </message>
    <message>
        <source>Representation office</source>
        <translation>Képviselet</translation>
    </message>
    <message>
        <source>Diaspora NGO</source>
        <translation>Diaszpóra civil szervezet</translation>
    </message>
    <message>
        <source>University or research institute</source>
        <translation>Egyetem vagy kutatóintézet</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Üzleti szövetség</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Nemzetközi szervezet</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Egyéb intézmény</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegációvezető</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Küldött</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Előadó</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Megfigyelő</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Titkárság</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Házigazda</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Vendég</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Tervezet</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Jóváhagyva</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Újranyitva</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cselekvési terv</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Nyilatkozat</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégia</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Egyetértési nyilatkozat</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Egyéb dokumentum</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Elfogadva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lezárva</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Tervezett</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Elhalasztva</translation>
    </message>
    <message>
        <source>Private (this computer only)</source>
        <translation>Privát (csak ezen a számítógépen)</translation>
    </message>
    <message>
        <source>My institution</source>
        <translation>Saját intézményem</translation>
    </message>
    <message>
        <source>Shared with all OTS institutions</source>
        <translation>Megosztva minden TÁSZ-intézménnyel</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.</source>
        <translation>{files} beszédpont-fájl {notes} feljegyzéshez: feljegyzésenként legfeljebb egyet adjon meg, a feljegyzések sorrendjében.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} nem olvasható: {reason}</translation>
    </message>
    <message>
        <source>Counterpart: {name} takes part in none of these meetings, so the notes would not profile them.</source>
        <translation>Tárgyalópartner: {name} egyik találkozón sem vesz részt, ezért a háttérfeljegyzések nem tartalmazzák a profilját.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Kiírva: {path} ({pages} oldal).</translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation>TERVEZET: még jóvá nem hagyott jegyzőkönyvet használ.</translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation>{title} – hiányzik az adatbázisból: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n iratot nem sikerült letölteni a Titkárságról; a melléklet felsorolja.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a briefing note or pack (PDF) for events and bilateral meetings</source>
        <translation>tájékoztató vagy csomag (PDF) írása eseményekhez és kétoldalú találkozókhoz</translation>
    </message>
    <message>
        <source>Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.</source>
        <translation>Tájékoztatót (egy eseményről vagy kétoldalú találkozóról) vagy tájékoztató csomagot (többet, tartalomjegyzékkel) ír PDF-be; a fájl vagy egészben készül el, vagy egyáltalán nem.</translation>
    </message>
    <message>
        <source>an event to brief on (repeatable)</source>
        <translation>esemény, amelyről tájékoztató készül (ismételhető)</translation>
    </message>
    <message>
        <source>a bilateral meeting to brief on (repeatable)</source>
        <translation>kétoldalú találkozó, amelyről tájékoztató készül (ismételhető)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>a megírandó PDF</translation>
    </message>
    <message>
        <source>only these sections (the cover is always there): {sections}; default all</source>
        <translation>csak ezek a részek (a címlap mindig benne van): {sections}; alapértelmezés mind</translation>
    </message>
    <message>
        <source>the papers attached to the notes&apos; records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none</source>
        <translation>a feljegyzések rekordjaihoz csatolt iratok: felsorolás egy mellékletben (list), vagy felsorolás és minden PDF első oldalainak hozzáfűzése (first-pages); alapértelmezés none</translation>
    </message>
    <message>
        <source>only this attached paper (repeatable; implies --attachments list)</source>
        <translation>csak ez a csatolt irat (ismételhető; --attachments list-et jelent)</translation>
    </message>
    <message>
        <source>with --attachments first-pages: how many pages of each PDF (1 to 10)</source>
        <translation>--attachments first-pages mellett: hány oldal minden PDF-ből (1–10)</translation>
    </message>
    <message>
        <source>classification marking on every page, e.g. {example}</source>
        <translation>minősítési jelölés minden oldalon, pl. {example}</translation>
    </message>
    <message>
        <source>language of dates and place names (default: the language Liaison speaks)</source>
        <translation>a dátumok és helynevek nyelve (alapértelmezés: a Liaison nyelve)</translation>
    </message>
    <message>
        <source>profile only these counterparts (repeatable; default: everyone taking part)</source>
        <translation>csak ezeknek a partnereknek a profilja (ismételhető; alapértelmezés: minden résztvevő)</translation>
    </message>
    <message>
        <source>a text file of talking points, one per note in the order of the notes (repeatable)</source>
        <translation>beszédpontok szövegfájlja, a tájékoztatók sorrendjében mindegyikhez egy (ismételhető)</translation>
    </message>
    <message>
        <source>title of a pack (default: where the trip goes)</source>
        <translation>a csomag címe (alapértelmezés: az út célja)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>kötelező</translation>
    </message>
    <message>
        <source>name or id of the record ({entity})</source>
        <translation>a rekord neve vagy azonosítója ({entity})</translation>
    </message>
    <message>
        <source>id of the record ({entity})</source>
        <translation>a rekord azonosítója ({entity})</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>ezek egyike: {values}</translation>
    </message>
    <message>
        <source>an OTS state code, e.g. {examples}</source>
        <translation>TÁSZ-állam kódja, pl. {examples}</translation>
    </message>
    <message>
        <source>{code} followed by the number</source>
        <translation>{code}, majd a szám</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>PNG- vagy JPEG-fájl</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>ismételhető</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>alapértelmezés: {value}</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>mezők</translation>
    </message>
    <message>
        <source>{field} is both given and cleared; choose one.</source>
        <translation>{field}: egyszerre megadva és törölve; válasszon egyet.</translation>
    </message>
    <message>
        <source>Records cannot be filtered by {field}.</source>
        <translation>A rekordok nem szűrhetők e szerint: {field}.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Nincs rekord.</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {title} [{id}].</source>
        <translation>{name} ({size}) csatolva ehhez: {title} [{id}].</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Nincs csatolt fájl.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>itt</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>a Titkárságon</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>hiányzik</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hol</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name} mentve ide: {path}.</translation>
    </message>
    <message>
        <source>Removed {name} [{id}]; to undo: liaison attachment restore {id}</source>
        <translation>{name} eltávolítva [{id}]; visszavonás: liaison attachment restore {id}</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>a rekord fajtája: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id (or exact name)</source>
        <translation>a rekord azonosítója (vagy pontos neve)</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>fájl csatolása egy rekordhoz</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>a csatolandó fájl</translation>
    </message>
    <message>
        <source>the name it is shown under (default: the file&apos;s own)</source>
        <translation>a megjelenített név (alapértelmezés: a fájl saját neve)</translation>
    </message>
    <message>
        <source>list a record&apos;s files</source>
        <translation>egy rekord fájljainak listája</translation>
    </message>
    <message>
        <source>save a copy of an attached file</source>
        <translation>egy csatolt fájl másolatának mentése</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>hová kerüljön a másolat</translation>
    </message>
    <message>
        <source>remove a file from its record ({restore} undoes it)</source>
        <translation>fájl eltávolítása a rekordjából (a {restore} visszavonja)</translation>
    </message>
    <message>
        <source>“{title}” has been shared: others have it. To make it private, say what happens to their copies: --withdraw (taken back from everyone; you keep it here) or --keep-shared-copies (they keep the version they have; your later edits stay here).</source>
        <translation>A(z) „{title}” meg van osztva: másoknál is megvan. Ha priváttá teszi, adja meg, mi legyen a másolataikkal: --withdraw (mindenkitől visszavonja; önnél megmarad) vagy --keep-shared-copies (megtartják a náluk lévő változatot; a későbbi módosításai itt maradnak).</translation>
    </message>
    <message>
        <source>Deleted {title} [{id}].</source>
        <translation>Törölve: {title} [{id}].</translation>
    </message>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>A benne lévő %n rekord is törölve; a visszaállítás ezeket is visszahozza.</numerusform>
        </translation>
    </message>
    <message>
        <source>its id or exact name</source>
        <translation>azonosítója vagy pontos neve</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>azonosítója</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>műveletek</translation>
    </message>
    <message>
        <source>add one and print it</source>
        <translation>egy hozzáadása és kiírása</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>listázás</translation>
    </message>
    <message>
        <source>at most {n} records</source>
        <translation>legfeljebb {n} rekord</translation>
    </message>
    <message>
        <source>skip the first {n} records</source>
        <translation>az első {n} rekord kihagyása</translation>
    </message>
    <message>
        <source>only records whose {field} is {value} (references: a name or id; empty: none; repeatable)</source>
        <translation>csak azok a rekordok, amelyeknél {field} = {value} (hivatkozásnál név vagy azonosító; üres: nincs; ismételhető)</translation>
    </message>
    <message>
        <source>include deleted records</source>
        <translation>a törölt rekordokkal együtt</translation>
    </message>
    <message>
        <source>show one</source>
        <translation>egy megjelenítése</translation>
    </message>
    <message>
        <source>show it even if deleted (give the id)</source>
        <translation>megjelenítés akkor is, ha törölték (az azonosítót adja meg)</translation>
    </message>
    <message>
        <source>change the given fields of one</source>
        <translation>egy rekord megadott mezőinek módosítása</translation>
    </message>
    <message>
        <source>empty this field (repeatable)</source>
        <translation>a mező kiürítése (ismételhető)</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: take it back from everyone else</source>
        <translation>ha a --visibility priváttá tesz egy megosztott rekordot: egy megosztott rekord visszavonása mindenki mástól</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: others keep the copy they have</source>
        <translation>ha a --visibility priváttá tesz egy megosztott rekordot: a többiek megtartják a megosztott rekord náluk lévő másolatát</translation>
    </message>
    <message>
        <source>delete one (and what it holds); {restore} undoes it</source>
        <translation>egy rekord (és tartalma) törlése; a {restore} visszavonja</translation>
    </message>
    <message>
        <source>undo the delete of one</source>
        <translation>egy törlés visszavonása</translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>Ebben a változatban nincs asztali ablak; használjon egy alparancsot, lásd: liaison --help</translation>
    </message>
    <message>
        <source>Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).</source>
        <translation>Liaison: a TÁSZ diaszpóra-összekötő tisztviselőinek asztali alkalmazása. Parancs nélkül megnyitja az ablakot; paranccsal a parancssorból dolgozik az adatokon (szkriptekhez és tömeges munkához).</translation>
    </message>
    <message>
        <source>The data directory is --data-dir, else ${env}, else the platform&apos;s user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.</source>
        <translation>Az adatmappa a --data-dir, ennek hiányában ${env}, különben a platform felhasználói adatmappája. A rekordokat azonosítójuk vagy, ha van, nevük ({example}) jelöli. Szkriptek által olvasható kimenethez használja a --json kapcsolót bármely parancsnál; a hibák mindig a szabványos hibakimenetre kerülnek, 1-es kilépési kóddal.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>használat: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>pozicionális argumentumok</translation>
    </message>
    <message>
        <source>options</source>
        <translation>kapcsolók</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>ez a súgó, majd kilépés</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>az adatmappa</translation>
    </message>
    <message>
        <source>print {json} for scripts</source>
        <translation>{json} kiírása szkripteknek</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Példák:</translation>
    </message>
    <message>
        <source>the data directory (else ${env})</source>
        <translation>az adatmappa (ennek hiányában ${env})</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the Settings choice, else the system&apos;s)</source>
        <translation>az üzenetek és az ablak nyelve (alapértelmezés: a Beállításokban választott, különben a rendszeré)</translation>
    </message>
    <message>
        <source>print the version and the data directory</source>
        <translation>a verzió és az adatmappa kiírása</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>parancsok</translation>
    </message>
    <message>
        <source>Data directory: {path}</source>
        <translation>Adatmappa: {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>image, {size} KB</source>
        <translation>kép, {size} KB</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Törölve</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Frissítve</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nincs találat.</translation>
    </message>
    <message>
        <source>liaison: warning: no system keyring is available, so the sign-in is kept only while this command runs; log in again next time (or use sync --password-stdin).</source>
        <translation>liaison: figyelmeztetés: nem érhető el rendszerkulcstartó, ezért a bejelentkezés csak a parancs futása alatt marad meg; legközelebb jelentkezzen be újra (vagy használja a sync --password-stdin kapcsolót).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Jelszó: </translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Adja meg a jelszót a szabványos bemeneten, a --password-stdin kapcsolóval.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>A jelszó üres.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation>Bejelentkezve: {server}, felhasználó: {user} ({institution}).</translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation>Elküldve {pushed} módosítás ({merged} egyesítve), fogadva {pulled} rekord, törölve {deleted}; {conflicts} új ütközés, {open} nyitott; {pending} módosítás várakozik itt. {requests} kérés, {seconds:.1f} mp.</translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation>Megtekintés: liaison conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>%n csatolt fájl letöltve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n csatolt fájl a Titkárságon maradt (túllépi a letöltési keretet, vagy még nincs ott): mindegyik megnyitáskor töltődik le.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n csatolt fájl nem lett elküldve: hiányzik ebből az adatmappából, vagy útközben megsérült; a következő szinkronizálás újra megpróbálja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation>Előbb jelentkezzen be: liaison login --server URL --user NAME</translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation>{message}
Ha mégis alkalmazni kívánja a törléseket, futtassa a liaison sync --yes parancsot.</translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation>Kijelentkezve; a kiszolgáló visszavonta e számítógép bejelentkezését.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation>Itt kijelentkezve; a kiszolgálót nem sikerült értesíteni (a régi bejelentkezést csak akkor utasítja el, ha egy rendszergazda visszavonja).</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>Nincs {id} azonosítójú nyitott ütközés.</translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation>Megoldottként megjelölve; a kiszolgáló a következő szinkronizáláskor értesül róla.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nincs ütközés.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Megtartott (kiszolgáló)</translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation>Másik (ügyfél)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ki</translation>
    </message>
    <message>
        <source>connect this data folder to the Secretariat&apos;s server</source>
        <translation>az adatmappa csatlakoztatása a Titkárság szerveréhez</translation>
    </message>
    <message>
        <source>the server, e.g. {example}</source>
        <translation>a szerver, pl. {example}</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>a felhasználóneve a szerveren</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>a jelszó olvasása a szabványos bemenetről (egy sor)</translation>
    </message>
    <message>
        <source>the Secretariat&apos;s own certificate authority, if it uses one</source>
        <translation>a Titkárság saját hitelesítésszolgáltatója, ha van neki</translation>
    </message>
    <message>
        <source>send your changes and receive the others&apos;</source>
        <translation>a módosítások elküldése és a többiekéinek fogadása</translation>
    </message>
    <message>
        <source>apply a pull that deletes many records without asking</source>
        <translation>sok rekordot törlő letöltés alkalmazása kérdés nélkül</translation>
    </message>
    <message>
        <source>log in again first (same server and user), reading the password from standard input</source>
        <translation>előbb újra bejelentkezés (ugyanaz a szerver és felhasználó), a jelszót a szabványos bemenetről olvasva</translation>
    </message>
    <message>
        <source>revoke this computer&apos;s sign-in and forget it</source>
        <translation>a számítógép bejelentkezésének visszavonása és elfelejtése</translation>
    </message>
    <message>
        <source>the conflict inbox: changes kept aside by a sync</source>
        <translation>ütközések postafiókja: a szinkronizálás által félretett módosítások</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>a feloldott ütközésekkel együtt</translation>
    </message>
    <message>
        <source>mark a conflict resolved (repeatable)</source>
        <translation>ütközés megjelölése feloldottként (ismételhető)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>Removed the training record {path}.</source>
        <translation>A(z) {path} gyakorló nyilvántartás törölve.</translation>
    </message>
    <message>
        <source>There is no training record in {path}.</source>
        <translation>Itt nincs gyakorló nyilvántartás: {path}.</translation>
    </message>
    <message>
        <source>Run demo --remove on your own data folder, not on {path}.</source>
        <translation>A demo --remove parancsot a saját adatmappáján futtassa, ne ezen: {path}.</translation>
    </message>
    <message>
        <source>The training record {path} already holds the sample data.</source>
        <translation>A(z) {path} gyakorló nyilvántartás már tartalmazza a mintaadatokat.</translation>
    </message>
    <message>
        <source>Loaded the sample data into the training record {path}:</source>
        <translation>A mintaadatok betöltve a gyakorló nyilvántartásba: {path}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordok</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hozzáadva</translation>
    </message>
    <message>
        <source>It never syncs. Open it with: liaison --data-dir {path}</source>
        <translation>Soha nem szinkronizálódik. Megnyitás: liaison --data-dir {path}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nem található ismétlődés.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kapcsolatok</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miért</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n csatolt fájl még nincs beolvasva a kereséshez: a liaison reindex beolvassa őket.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample records of an older version in {path}.</source>
        <translation>A(z) {path} nem tartalmaz régebbi verzió által betöltött mintarekordot.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>%n mintarekord eltávolítható (az eltávolításhoz futtassa --dry-run nélkül).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Eltávolítva %n mintarekord, amelyet egy régebbi verzió töltött be ebbe a nyilvántartásba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because you changed them or your records refer to them:</source>
        <translation>Megmaradtak, mert módosította őket, vagy a saját rekordjai hivatkoznak rájuk:</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>azóta módosítva</translation>
    </message>
    <message>
        <source>your records refer to it</source>
        <translation>a rekordjai hivatkoznak rá</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Azonosítók</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>Velük együtt még %n mintarekord maradt meg (amelyekre hivatkoznak, és a részeik).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {id}; to undo: liaison contact unmerge {merge}</source>
        <translation>Egyesítve ebbe: {id}; visszavonás: liaison contact unmerge {merge}</translation>
    </message>
    <message>
        <source>Restored {other} beside {keep}.</source>
        <translation>{other} visszaállítva {keep} mellett.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>A keresési index újraépítve: %n rekord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>%n csatolt fájl beolvasva a kereséshez.</numerusform>
        </translation>
    </message>
    <message>
        <source>search contacts, institutions, events, ...</source>
        <translation>keresés a kapcsolatok, intézmények, események között, ...</translation>
    </message>
    <message>
        <source>what to look for (any script: {latin} finds {cyrillic})</source>
        <translation>a keresett szöveg (bármely írás: {latin} megtalálja: {cyrillic})</translation>
    </message>
    <message>
        <source>only hits of this kind (repeatable)</source>
        <translation>csak ilyen fajta találatok (ismételhető)</translation>
    </message>
    <message>
        <source>at most {n} hits (default: 50)</source>
        <translation>legfeljebb {n} találat (alapértelmezés: 50)</translation>
    </message>
    <message>
        <source>mark minutes as agreed (read-only)</source>
        <translation>a jegyzőkönyv megjelölése elfogadottként (csak olvasható)</translation>
    </message>
    <message>
        <source>id of the minutes</source>
        <translation>a jegyzőkönyv azonosítója</translation>
    </message>
    <message>
        <source>who agreed them (default: the {setting} setting)</source>
        <translation>ki fogadta el (alapértelmezés: a {setting} beállítás)</translation>
    </message>
    <message>
        <source>reopen agreed minutes for changes</source>
        <translation>elfogadott jegyzőkönyv újranyitása módosításhoz</translation>
    </message>
    <message>
        <source>why they are reopened (kept in the minutes log)</source>
        <translation>miért nyitják újra (a jegyzőkönyv naplójában marad)</translation>
    </message>
    <message>
        <source>who reopened them (default: the {setting} setting)</source>
        <translation>ki nyitotta újra (alapértelmezés: a {setting} beállítás)</translation>
    </message>
    <message>
        <source>merge a duplicate into the contact to keep (undoable)</source>
        <translation>másodpéldány egyesítése a megtartandó névjeggyel (visszavonható)</translation>
    </message>
    <message>
        <source>the contact to keep</source>
        <translation>a megtartandó névjegy</translation>
    </message>
    <message>
        <source>the contact merged into it and removed</source>
        <translation>a vele egyesített és eltávolított névjegy</translation>
    </message>
    <message>
        <source>undo a merge: both contacts and their references come back</source>
        <translation>egyesítés visszavonása: mindkét névjegy és a rájuk mutató hivatkozások visszatérnek</translation>
    </message>
    <message>
        <source>the id the merge printed</source>
        <translation>az egyesítés által kiírt azonosító</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>határidejükön túli nyitott teendők</translation>
    </message>
    <message>
        <source>settings kept with the data</source>
        <translation>az adatokkal együtt tárolt beállítások</translation>
    </message>
    <message>
        <source>print a setting (or all)</source>
        <translation>egy beállítás (vagy mind) kiírása</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>a beállítás</translation>
    </message>
    <message>
        <source>change a setting (an empty value clears it)</source>
        <translation>beállítás módosítása (üres érték törli)</translation>
    </message>
    <message>
        <source>the new value (an institution&apos;s name or id for {setting})</source>
        <translation>az új érték ({setting} esetén egy intézmény neve vagy azonosítója)</translation>
    </message>
    <message>
        <source>load the sample data into the training record {folder} (it never syncs)</source>
        <translation>a mintaadatok betöltése a(z) {folder} gyakorló nyilvántartásba (sosem szinkronizálódik)</translation>
    </message>
    <message>
        <source>delete the training record</source>
        <translation>a gyakorló nyilvántartás törlése</translation>
    </message>
    <message>
        <source>remove the sample records an older version loaded into your own record (those you changed or linked to stay)</source>
        <translation>a régebbi verzió által a saját nyilvántartásába betöltött mintarekordok eltávolítása (amelyeket módosított vagy összekapcsolt, megmaradnak)</translation>
    </message>
    <message>
        <source>with --remove-old: only say what would be removed</source>
        <translation>a --remove-old mellett: csak annak kiírása, mi kerülne eltávolításra</translation>
    </message>
    <message>
        <source>list contacts that are probably one person, with why</source>
        <translation>valószínűleg ugyanazt a személyt jelölő névjegyek listája, indoklással</translation>
    </message>
    <message>
        <source>also the contacts marked “not a duplicate” in the window&apos;s review</source>
        <translation>az ablakban „nem ismétlődés” jelölést kapott névjegyek is</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>a keresési index újraépítése</translation>
    </message>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: nem található sérülés.</translation>
    </message>
    <message>
        <source>{path} is damaged:</source>
        <translation>{path} sérült:</translation>
    </message>
    <message>
        <source>Run “liaison recover” to copy what can be read into a new file.</source>
        <translation>Futtassa a „liaison recover” parancsot, hogy ami olvasható, új fájlba kerüljön.</translation>
    </message>
    <message>
        <source>Recovered into {path} ({contacts} contacts, {events} events); the damaged file is kept as {copy}.</source>
        <translation>Helyreállítva ide: {path} ({contacts} kapcsolat, {events} esemény); a sérült fájl megmaradt itt: {copy}.</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Pillanatkép mentve: {path}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Még nincs pillanatkép.</translation>
    </message>
    <message>
        <source>Restored {snapshot}; the file it replaced is kept as {copy}.</source>
        <translation>Visszaállítva: {snapshot}; a lecserélt fájl megmaradt itt: {copy}.</translation>
    </message>
    <message>
        <source>Give the FILE to import, or --undo BATCH.</source>
        <translation>Adja meg az importálandó FÁJLT, vagy: --undo BATCH.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({reason}); change it with --encoding.</source>
        <translation>Kódolás: {encoding} ({reason}); a --encoding kapcsolóval módosítható.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {sheets}); choose another with --sheet.</source>
        <translation>Munkalap: {sheet} (ezek közül: {sheets}); másikat a --sheet kapcsolóval választhat.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>{row}. sor, „{column}” oszlop: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or import the others with --skip-invalid.</source>
        <translation>Semmi sem lett importálva. Javítsa ki ezeket a sorokat, vagy importálja a többit a --skip-invalid kapcsolóval.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Próbafuttatás: semmi sem lett kiírva.</translation>
    </message>
    <message>
        <source>Import {batch}; undo it with: liaison import --undo {batch}</source>
        <translation>Importálás: {batch}; visszavonás: liaison import --undo {batch}</translation>
    </message>
    <message>
        <source>The skipped rows are in {path}.</source>
        <translation>A kihagyott sorok itt vannak: {path}.</translation>
    </message>
    <message>
        <source>Undone: {removed} record(s) removed, {reverted} record(s) put back.</source>
        <translation>Visszavonva: {removed} rekord eltávolítva, {reverted} rekord visszaállítva.</translation>
    </message>
    <message>
        <source>Kept, because it was edited after the import: {entity} {id} {field}</source>
        <translation>Megmaradt, mert az importálás után szerkesztették: {entity} {id} {field}</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} rekord kiírva ide: {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Létrehozva: %n kapcsolat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Frissítve: %n kapcsolat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Változatlan: %n kapcsolat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Kihagyva: %n hibás sor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Az eseményhez hozzáadva: %n résztvevő.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Változások küldése: {done} / {total}</translation>
    </message>
    <message>
        <source>Receiving records: {done}</source>
        <translation>Rekordok fogadása: {done}</translation>
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
        <translation>Válasszon egy kapcsolatot a profilja megtekintéséhez.</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Kapcsolati profil</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>A profil nem olvasható.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1 profilja</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Betöltött beosztások</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Nincs rögzített beosztás.</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>Rendezvények, amelyeken részt vett</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Nincs rögzített rendezvény.</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Kétoldalú találkozók</translation>
    </message>
    <message>
        <source>No bilateral meetings recorded.</source>
        <translation>Nincs rögzített kétoldalú találkozó.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Nyitott teendők</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Nincs nyitott teendő.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fénykép</translation>
    </message>
    <message>
        <source>(no position given)</source>
        <translation>(beosztás nincs megadva)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 óta</translation>
    </message>
    <message>
        <source>current</source>
        <translation>jelenleg</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1-ig</translation>
    </message>
    <message>
        <source>Head of the delegation of %1</source>
        <translation>Delegációvezető: %1</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegációvezető</translation>
    </message>
    <message>
        <source>registered, did not attend</source>
        <translation>regisztrált, nem vett részt</translation>
    </message>
    <message>
        <source>On the margins of %1</source>
        <translation>A(z) „%1” margóján</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Eredmények:</translation>
    </message>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, ebből %n lejárt)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>nincs határidő</translation>
    </message>
    <message>
        <source>assigned to them</source>
        <translation>neki kiosztva</translation>
    </message>
    <message>
        <source>assigned to their institution (responsible: %1)</source>
        <translation>intézményének kiosztva (felelős: %1)</translation>
    </message>
    <message>
        <source>assigned to their institution</source>
        <translation>intézményének kiosztva</translation>
    </message>
    <message>
        <source>Agreed at %1</source>
        <translation>Megállapodás itt: %1</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. %1 or 2023-11-20</source>
        <translation>pl. %1 vagy 2023-11-20</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Választás naptárból</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2023-11-20</source>
        <translation>Nem dátum: írja így: %1 vagy 2023-11-20</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>azonos e-mail-cím</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>azonos telefonszám</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>azonos név</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>azonos név más írásrendszerrel</translation>
    </message>
    <message>
        <source>same name, words in another order</source>
        <translation>azonos név, más szórenddel</translation>
    </message>
    <message>
        <source>similar spelling of the name</source>
        <translation>hasonló írásmódú név</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>azonos intézmény</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Ismétlődések keresése</translation>
    </message>
    <message>
        <source>Contacts that are &amp;probably one person:</source>
        <translation>&amp;Valószínűleg ugyanazt a személyt jelölő névjegyek:</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Valószínű ismétlődések</translation>
    </message>
    <message>
        <source>Side by si&amp;de:</source>
        <translation>Egymás m&amp;ellett:</translation>
    </message>
    <message>
        <source>The two contacts, field by field</source>
        <translation>A két névjegy mezőnként</translation>
    </message>
    <message>
        <source>Values that differ are in bold.</source>
        <translation>Az eltérő értékek félkövérek.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Egyesítés</translation>
    </message>
    <message>
        <source>Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time.</source>
        <translation>A másik névjegy egyesítése a megtartottal: az e-mail-címek, telefonszámok, címkék és nyelvek egyesülnek, az üres mezők kitöltődnek, és minden, ami a másikra hivatkozott, ezután erre hivatkozik. Az egyesítés bármikor visszavonható.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Nem ismétlődés</translation>
    </message>
    <message>
        <source>They are two people: this pair is not offered again.</source>
        <translation>Két külön személyről van szó: ezt a párt többé nem ajánlja fel.</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Az utolsó egyesítés &amp;visszavonása</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n átnézendő pár.</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates left to review.</source>
        <translation>Nem maradt átnézendő valószínű ismétlődés.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ismétlődések keresése…</translation>
    </message>
    <message>
        <source>Why: %1 (how sure: %2 %).</source>
        <translation>Miért: %1 (valószínűség: %2 %).</translation>
    </message>
    <message>
        <source>Keep &amp;1: %1</source>
        <translation>Megtartás &amp;1: %1</translation>
    </message>
    <message>
        <source>Keep &amp;2: %1</source>
        <translation>Megtartás &amp;2: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo the last merge to separate them again.</source>
        <translation>%1 egyesítve ezzel: %2. A szétválasztáshoz vonja vissza az utolsó egyesítést.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two people.</source>
        <translation>%1 és %2 két külön személyként marad meg.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Institution</source>
        <translation>Intézmény</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Intézmények</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kapcsolat</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kapcsolatok</translation>
    </message>
    <message>
        <source>Position held</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Beosztások</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Rendezvények</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegáció</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegációk</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Résztvevő</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Napirendi pont</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Napirendi pontok</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Jegyzőkönyv</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Jegyzőkönyvi bejegyzés</translation>
    </message>
    <message>
        <source>Minutes entries</source>
        <translation>Jegyzőkönyvi bejegyzések</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentum</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumentumok</translation>
    </message>
    <message>
        <source>Minutes log entry</source>
        <translation>Jegyzőkönyvnapló-bejegyzés</translation>
    </message>
    <message>
        <source>Minutes log</source>
        <translation>Jegyzőkönyvnapló</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Melléklet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Kétoldalú találkozó</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Kétoldalú találkozók</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Fél</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Felek</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Teendők</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Közös Cselekvési Terv</translation>
    </message>
    <message>
        <source>Joint Action Plans</source>
        <translation>Közös Cselekvési Tervek</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Tervtevékenység</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Tervtevékenységek</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Files</source>
        <translation>Fájlok</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Betöltött beosztások</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Napirend</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegációk</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumentumok</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Jegyzőkönyvek</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Felek</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Összes teendő</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Nyitottak</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tevékenységek</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Szűrés: %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Szűrés</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Ú&amp;j</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Törlés &amp;visszavonása</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Megjelenítés</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>Nothing matches: clear the filter to see all %1.</source>
        <translation>Nincs találat: törölje a szűrőt, hogy mindet lássa (%1).</translation>
    </message>
    <message>
        <source>No %1 yet. Click New (Ctrl+N) to add the first.</source>
        <translation>Még nincs bejegyzés (%1). Az elsőt az Új (Ctrl+N) gombbal veheti fel.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Mentve.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.</source>
        <translation>Törli ezt: „%1”, a hozzá tartozó adatokkal együtt? A Ctrl+Z billentyűkkel visszavonhatja.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>„%1” törölve. Visszavonás: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>„%1” visszaállítva.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>A művelet nem sikerült.</translation>
    </message>
    <message>
        <source>{path} is not a Liaison database (or it is damaged).</source>
        <translation>{path} nem Liaison-adatbázis (vagy sérült).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Liaison (schema {revision}). Please update Liaison to open it; the file has not been changed.</source>
        <translation>{path} a Liaison egy újabb verziójával készült ({revision}. séma). A megnyitásához frissítse a Liaisont; a fájl nem változott.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (perhaps another Liaison window). Close it and try again; nothing was saved.</source>
        <translation>{path} fájlt egy másik program zárolja (talán egy másik Liaison-ablak). Zárja be, és próbálja újra; semmi sem lett mentve.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>A(z) {path} adatmappa nem használható: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only (the file, its folder or the disk): nothing was saved. Copy the data folder to a place you can write to, or make it writable, and try again.</source>
        <translation>{path} csak olvasható (a fájl, a mappája vagy a lemez): semmi sem lett mentve. Másolja az adatmappát egy írható helyre, vagy tegye írhatóvá, és próbálja újra.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space on it and try again.</source>
        <translation>A(z) {path} fájlt tároló lemez megtelt: semmi sem lett mentve. Szabadítson fel rajta helyet, és próbálja újra.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. Check the disk and try again; if it keeps failing, run: liaison doctor</source>
        <translation>{path} olvasása vagy írása nem sikerült (lemezhiba, vagy a lemezt eltávolították): semmi sem lett mentve. Ellenőrizze a lemezt, és próbálja újra; ha továbbra is hibázik, futtassa: liaison doctor</translation>
    </message>
    <message>
        <source>{path} cannot be opened (its folder is missing or not readable, or the disk was removed). Check the data folder and try again.</source>
        <translation>{path} nem nyitható meg (a mappája hiányzik vagy nem olvasható, vagy a lemezt eltávolították). Ellenőrizze az adatmappát, és próbálja újra.</translation>
    </message>
    <message>
        <source>{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and “liaison recover” to copy what can be read into a new file (the damaged one is kept).</source>
        <translation>{path} sérült, és a Liaison nem ír bele. Jelentésért futtassa a „liaison doctor”, az olvasható részek új fájlba másolásához a „liaison recover” parancsot (a sérült fájl megmarad).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. Restore a backup (liaison restore), or move the file away to start a new record.</source>
        <translation>{path} üres (0 bájt), talán egy megszakadt másolás miatt; a Liaison nem nyúlt hozzá. Állítson vissza egy mentést (liaison restore), vagy helyezze át a fájlt, hogy új nyilvántartást kezdjen.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Liaison and must be updated, but it is read-only. Copy the data folder to a place you can write to and open the copy.</source>
        <translation>{path} fájlt a Liaison egy régebbi változata írta, és frissíteni kellene, de csak olvasható. Másolja az adatmappát egy írható helyre, és a másolatot nyissa meg.</translation>
    </message>
    <message>
        <source>There is no {entity} with the id {id}.</source>
        <translation>Nincs {id} azonosítójú elem ({entity}).</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}: kötelező megadni.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field}: túl hosszú ({length} karakter; legfeljebb {limit}).</translation>
    </message>
    <message>
        <source>{field} contains a control character (position {position}).</source>
        <translation>{field}: vezérlőkaraktert tartalmaz ({position}. pozíció).</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: szövegnek kell lennie.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>{field}: egész számnak kell lennie, nem „{value}”.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field}: {low} és {high} között kell lennie.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>{field}: „{value}” nem dátum (ÉÉÉÉ-HH-NN formában adja meg).</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>{field}: igen vagy nem lehet, nem „{value}”.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field}: „{value}” nem szerepel ezek között: {choices}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: „{value}” nem érvényes e-mail-cím.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number (write it as +CC followed by the number).</source>
        <translation>{field}: „{value}” nem érvényes telefonszám (+országkód, majd a szám).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country code (e.g. KG, TR, DE).</source>
        <translation>{field}: „{value}” nem országkód (pl. KG, TR, DE).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an OTS state code ({choices}).</source>
        <translation>{field}: „{value}” nem TÁSZ-államkód ({choices}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language code (e.g. kk, tr, ru).</source>
        <translation>{field}: „{value}” nem nyelvkód (pl. kk, tr, ru).</translation>
    </message>
    <message>
        <source>{field} must be a PNG or JPEG image of at most {limit} MB.</source>
        <translation>{field}: legfeljebb {limit} MB-os PNG vagy JPEG kép lehet.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field}: listának kell lennie.</translation>
    </message>
    <message>
        <source>{field} has too many entries (at most {limit}).</source>
        <translation>{field}: túl sok elem (legfeljebb {limit}).</translation>
    </message>
    <message>
        <source>{field} cannot be set here.</source>
        <translation>{field}: itt nem állítható be.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) korábbi a kezdetnél ({start}).</translation>
    </message>
    <message>
        <source>{field}: no record matches “{value}”.</source>
        <translation>{field}: egyetlen rekord sem felel meg ennek: „{value}”.</translation>
    </message>
    <message>
        <source>{field}: “{value}” matches several records ({candidates}); give the id instead.</source>
        <translation>{field}: „{value}” több rekordnak is megfelel ({candidates}); adja meg inkább az azonosítót.</translation>
    </message>
    <message>
        <source>{field}: give at least a state, an institution or a person.</source>
        <translation>{field}: adjon meg legalább egy államot, intézményt vagy személyt.</translation>
    </message>
    <message>
        <source>These minutes are agreed and read-only; reopen them first to change them.</source>
        <translation>Ez a jegyzőkönyv jóváhagyott és csak olvasható; módosításhoz előbb nyissa meg újra.</translation>
    </message>
    <message>
        <source>These minutes are already agreed.</source>
        <translation>Ez a jegyzőkönyv már jóvá van hagyva.</translation>
    </message>
    <message>
        <source>These minutes are not agreed, so there is nothing to reopen.</source>
        <translation>Ez a jegyzőkönyv nincs jóváhagyva, így nincs mit újranyitni.</translation>
    </message>
    <message>
        <source>Row {row}: {details}</source>
        <translation>{row}. sor: {details}</translation>
    </message>
    <message>
        <source>Loading the sample data was cancelled; nothing was written.</source>
        <translation>A mintaadatok betöltése megszakítva; semmi sem íródott ki.</translation>
    </message>
    <message>
        <source>{path} holds your own records: the sample data goes only into the training record (liaison demo, or File → Open the training record).</source>
        <translation>A(z) {path} az Ön saját adatait tartalmazza: a mintaadatok csak a gyakorló nyilvántartásba kerülnek (liaison demo, vagy Fájl → Gyakorló nyilvántartás megnyitása).</translation>
    </message>
    <message>
        <source>Choose at least one event or bilateral meeting to brief on.</source>
        <translation>Válasszon legalább egy rendezvényt vagy kétoldalú találkozót a háttéranyaghoz.</translation>
    </message>
    <message>
        <source>Cannot write the briefing to {path}: {reason}. Nothing was written.</source>
        <translation>A háttéranyag nem írható ide: {path} ({reason}). Semmi sem íródott ki.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the PDF file to write.</source>
        <translation>{path} egy mappa: adja meg a kiírandó PDF-fájl nevét.</translation>
    </message>
    <message>
        <source>Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru).</source>
        <translation>Nyelv: a(z) „{language}” nem olyan nyelv, amelyen a Liaison dátumot tud írni (pl. en, tr, kk, ru).</translation>
    </message>
    <message>
        <source>Marking: at most {limit} characters (“{marking}” has {length}).</source>
        <translation>Minősítési jelölés: legfeljebb {limit} karakter („{marking}”: {length}).</translation>
    </message>
    <message>
        <source>Making the briefing was cancelled; no file was written.</source>
        <translation>A háttéranyag elkészítése megszakadt; nem íródott ki fájl.</translation>
    </message>
    <message>
        <source>The Secretariat server&apos;s message is not valid: {field}: {reason}</source>
        <translation>A Titkárság kiszolgálójának üzenete érvénytelen: {field}: {reason}</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept.</source>
        <translation>A szinkronizálás nem sikerült; a módosításai megmaradtak.</translation>
    </message>
    <message>
        <source>This data folder is not connected to a Secretariat server yet: log in first.</source>
        <translation>Ez az adatmappa még nincs összekapcsolva a Titkárság kiszolgálójával: előbb jelentkezzen be.</translation>
    </message>
    <message>
        <source>This is the training record (sample data); it never syncs with the Secretariat. Open your own record to sync.</source>
        <translation>Ez a gyakorló nyilvántartás (mintaadatok); soha nem szinkronizálódik a Titkársággal. A szinkronizáláshoz nyissa meg a saját nyilvántartását.</translation>
    </message>
    <message>
        <source>The Secretariat server at {url} needs you to log in again ({reason}). Your changes are kept and will be sent after you log in.</source>
        <translation>A Titkárság kiszolgálója ({url}) újbóli bejelentkezést kér ({reason}). A módosításai megmaradtak; a Liaison a bejelentkezés után elküldi őket.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the user name or the password ({message}).</source>
        <translation>A Titkárság kiszolgálója elutasította a felhasználónevet vagy a jelszót ({message}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address; write it as https://host or https://host:port.</source>
        <translation>„{url}” nem kiszolgálócím; https://host vagy https://host:port formában adja meg.</translation>
    </message>
    <message>
        <source>Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only to this computer, for testing).</source>
        <translation>A Liaison nem kommunikál a(z) {url} címmel titkosítatlan http:// kapcsolaton: használjon https:// címet (titkosítatlan http csak ezzel a számítógéppel, tesztelési célra engedélyezett).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be used: {reason}</source>
        <translation>A(z) {path} hitelesítésszolgáltatói fájl nem használható: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the Secretariat server at {url} ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>A Titkárság kiszolgálója ({url}) nem érhető el ({reason}). A módosításai megmaradtak; a Liaison a következő szinkronizáláskor elküldi őket.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the Secretariat&apos;s ({reason}); nothing was sent. If the Secretariat uses its own certificate authority, log in again with its CA file.</source>
        <translation>A(z) {url} címen lévő kiszolgáló nem igazolta, hogy a Titkárságé ({reason}); semmi sem lett elküldve. Ha a Titkárság saját hitelesítésszolgáltatót használ, jelentkezzen be újra a Titkárság CA-fájljával.</translation>
    </message>
    <message>
        <source>The Secretariat server needs a newer version of Liaison: please update Liaison. Your changes are kept. ({message})</source>
        <translation>A Titkárság kiszolgálója a Liaison újabb verzióját igényli: frissítse a Liaisont. A módosításai megmaradtak. ({message})</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete {count} of the {total} records on this computer; nothing was deleted. If that is expected, confirm and sync again.</source>
        <translation>A kiszolgáló módosításai az ezen a számítógépen lévő {total} rekordból {count} rekordot törölnének; semmi sem lett törölve. Ha ez várható volt, erősítse meg, és szinkronizáljon újra.</translation>
    </message>
    <message>
        <source>The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.</source>
        <translation>Hiba történt a Titkárság kiszolgálóján ({status}: {message}). A módosításai megmaradtak; próbálja újra később.</translation>
    </message>
    <message>
        <source>The Secretariat server went back in time (restored from a backup); sync again.</source>
        <translation>A Titkárság szervere visszalépett az időben (biztonsági mentésből állították vissza); szinkronizáljon újra.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the request ({status}: {message}).</source>
        <translation>A Titkárság kiszolgálója elutasította a kérést ({status}: {message}).</translation>
    </message>
    <message>
        <source>Only {author}, whose change it is, and officers of the institution that owns “{title}” may resolve this conflict. It stays in your conflict inbox.</source>
        <translation>Ezt az ütközést csak a módosítás szerzője ({author}) és a(z) „{title}” rekordot birtokló intézmény munkatársai oldhatják fel. Az ütközés a beérkezett ütközések között marad.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was exchanged before is saved, the rest is kept for later.</source>
        <translation>A szinkronizálás megszakítva; az addig kicserélt adatok mentve, a többi későbbre megmarad.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running.</source>
        <translation>Ennek az adatmappának a szinkronizálása már folyamatban van.</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>A rendszerkulcstartó hibát jelzett: {reason}</translation>
    </message>
    <message>
        <source>The file {name} cannot be downloaded from the Secretariat: it is not there yet (the laptop that attached it has not synced since) or no longer yours to see. Try again later.</source>
        <translation>A(z) {name} fájl nem tölthető le a Titkárságról: még nincs ott (a csatoló laptop azóta nem szinkronizált), vagy már nem láthatja. Próbálja újra később.</translation>
    </message>
    <message>
        <source>The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not kept; it is sent again at the next sync. Your record is unchanged.</source>
        <translation>A(z) {name} fájl sérülten érkezett a Titkárságra (SHA-256 értéke nem egyezett), és nem került megőrzésre; a következő szinkronizáláskor újra elküldjük. A rekordja nem változott.</translation>
    </message>
    <message>
        <source>{path} is open in another program (perhaps the Liaison window or a sync). Close it, then try again; nothing was changed.</source>
        <translation>{path} egy másik programban nyitva van (talán a Liaison ablakában vagy egy szinkronizálásban). Zárja be, majd próbálja újra; semmi sem változott.</translation>
    </message>
    <message>
        <source>Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): nothing was copied. Free some space and try again.</source>
        <translation>Nincs elég szabad hely {path} mellett egy másolathoz ({needed} MB kell, {reserve} MB szabadon marad): semmi sem lett másolva. Szabadítson fel helyet, és próbálja újra.</translation>
    </message>
    <message>
        <source>There is no snapshot in {path} to restore.</source>
        <translation>Nincs visszaállítható pillanatkép itt: {path}.</translation>
    </message>
    <message>
        <source>Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; restore a snapshot (liaison restore) or ask for help.</source>
        <translation>{path} fájlból semmit sem sikerült helyreállítani: a másolat nem volt ép. A fájl változatlan maradt; állítson vissza egy pillanatképet (liaison restore), vagy kérjen segítséget.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Egy kapcsolat nem egyesíthető önmagával.</translation>
    </message>
    <message>
        <source>There is no merge {id} to undo, or it was undone already.</source>
        <translation>Nincs visszavonható {id} egyesítés, vagy már visszavonták.</translation>
    </message>
    <message>
        <source>{what} cannot be exported as {format} (use {formats}).</source>
        <translation>{what} nem exportálható {format} formátumba (használja: {formats}).</translation>
    </message>
    <message>
        <source>Participants are exported for one event: give --event ID or TITLE.</source>
        <translation>A résztvevők egy eseményhez exportálhatók: adja meg: --event AZONOSÍTÓ vagy CÍM.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} nem írható: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} nem olvasható: {reason}</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: nincs ilyen fájl.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this program can read ({detail}).</source>
        <translation>{path} nem olyan táblázat, amelyet ez a program olvasni tud ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a text (CSV) file: it holds binary data.</source>
        <translation>{path} nem szöveges (CSV) fájl: bináris adatot tartalmaz.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>{path} nem vCard-fájl: nincs benne BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>{path} is not in the encoding {encoding}; choose another.</source>
        <translation>{path} nem {encoding} kódolású; válasszon másikat.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>A(z) {encoding} kódolást ez a program nem ismeri.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>A(z) {path} fájlban nincs „{sheet}” nevű munkalap (ezek vannak: {sheets}).</translation>
    </message>
    <message>
        <source>{path}: no row of column names was found.</source>
        <translation>{path}: nem található az oszlopneveket tartalmazó sor.</translation>
    </message>
    <message>
        <source>{path}: no column holds the names; map one with --map &quot;COLUMN=name&quot;.</source>
        <translation>{path}: egyik oszlop sem tartalmaz neveket; jelöljön ki egyet: --map &quot;OSZLOP=name&quot;.</translation>
    </message>
    <message>
        <source>--map “{value}”: write COLUMN=field, with field one of {fields}.</source>
        <translation>--map „{value}”: írja így: OSZLOP=mező, ahol a mező ezek egyike: {fields}.</translation>
    </message>
    <message>
        <source>--map “{value}”: the file has no column “{column}”.</source>
        <translation>--map „{value}”: a fájlban nincs „{column}” oszlop.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Az importálás megszakítva; semmi sem lett kiírva.</translation>
    </message>
    <message>
        <source>There is no import with the id {batch}.</source>
        <translation>Nincs {batch} azonosítójú importálás.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>A(z) {batch} importálás már vissza lett vonva.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>egyszerű szöveg</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): nothing was attached.</source>
        <translation>A(z) {name} fájl üres (0 bájt): semmi sem lett csatolva.</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was attached. Attach a smaller copy (a PDF printed at a lower resolution, say).</source>
        <translation>A(z) {name} fájl {size_mb} MB, több, mint egy fájl megengedett {limit_mb} MB-ja: semmi sem lett csatolva. Csatoljon kisebb másolatot (például kisebb felbontással nyomtatott PDF-et).</translation>
    </message>
    <message>
        <source>The file {name} is named as a {kind} file but is not one (its content does not start as a {kind} file does): nothing was attached. Save it again as {kind}, or rename it.</source>
        <translation>A(z) {name} fájl neve szerint {kind} fájl, de nem az (a tartalma nem úgy kezdődik, mint egy {kind} fájlé): semmi sem lett csatolva. Mentse újra {kind} formátumban, vagy nevezze át.</translation>
    </message>
    <message>
        <source>The file name “{name}” cannot be used: a name may not be empty, contain / or \ or control characters, or be longer than 255 characters. Nothing was attached.</source>
        <translation>A(z) „{name}” fájlnév nem használható: a név nem lehet üres, nem tartalmazhat / vagy \ jelet vagy vezérlőkaraktert, és nem lehet 255 karakternél hosszabb. Semmi sem lett csatolva.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Nothing was attached.</source>
        <translation>A(z) {name} fájl nem olvasható: {reason}. Semmi sem lett csatolva.</translation>
    </message>
    <message>
        <source>Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, plans, action items and contacts.</source>
        <translation>A(z) „{kind}” rekordhoz nem csatolható fájl: csak eseményekhez, kétoldalú találkozókhoz, dokumentumokhoz, jegyzőkönyvekhez, tervekhez, feladatokhoz és kapcsolatokhoz.</translation>
    </message>
    <message>
        <source>The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this computer yet. Sync to download it.</source>
        <translation>A(z) {name} fájl ({size}) csak a Titkárságon van: még nincs letöltve erre a számítógépre. A letöltéshez szinkronizáljon.</translation>
    </message>
    <message>
        <source>The copy {path} cannot be written: {reason}. Nothing was written.</source>
        <translation>A(z) {path} másolat nem írható: {reason}. Semmi sem lett kiírva.</translation>
    </message>
    <message>
        <source>it is no longer there (moved, renamed or deleted)</source>
        <translation>már nincs ott (áthelyezték, átnevezték vagy törölték)</translation>
    </message>
    <message>
        <source>this account may not read or write it</source>
        <translation>ennek a fióknak nincs joga olvasni vagy írni</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ez mappa, nem fájl</translation>
    </message>
    <message>
        <source>the disk could not be read (a damaged or removed disk)</source>
        <translation>a lemez nem olvasható (sérült vagy eltávolított lemez)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>a lemez csak olvasható</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ez nem közönséges fájl</translation>
    </message>
    <message>
        <source>{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others may not be able to open it.</source>
        <translation>A(z) {name} nem PDF, DOCX, XLSX, ODT, kép vagy egyszerű szöveges fájl: csatolva lett, de lehet, hogy mások nem tudják megnyitni.</translation>
    </message>
    <message>
        <source>“{value}” is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>A(z) „{value}” nem SHA-256 hash (64 hexadecimális számjegy).</translation>
    </message>
    <message>
        <source>The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): it was damaged or changed on the way, and nothing was stored.</source>
        <translation>A(z) {name} fájl nem a várt fájl (SHA-256 értéke {actual}, nem {expected}): útközben megsérült vagy megváltozott, és semmi sem lett tárolva.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It was set aside in {folder}. Sync to download it again, or attach the original file again.</source>
        <translation>A(z) {name} fájl e számítógépen lévő példánya sérült (a csatolás óta megváltoztak a bájtjai a lemezen), ezért nem lett felhasználva. Félretettük ide: {folder}. Szinkronizáljon az újbóli letöltéshez, vagy csatolja újra az eredeti fájlt.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It could not be set aside ({path} cannot be written to). Attach the original file again in a writable copy of the data folder.</source>
        <translation>A(z) {name} fájl e számítógépen lévő példánya sérült (a csatolás óta megváltoztak a bájtjai a lemezen), ezért nem lett felhasználva. Nem sikerült félretenni ({path} nem írható). Csatolja újra az eredeti fájlt az adatmappa egy írható másolatában.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored.</source>
        <translation>A(z) {name} fájl nagyobb {limit_mb} MB-nál, az egy fájlra vonatkozó korlátnál: semmi sem lett tárolva.</translation>
    </message>
    <message>
        <source>The file {name} is not in this data folder (its bytes, {digest}, are missing).</source>
        <translation>A(z) {name} fájl nincs ebben az adatmappában (a tartalma, {digest}, hiányzik).</translation>
    </message>
    <message>
        <source>Not sent (the next sync tries again): {problem}</source>
        <translation>Nem ment el (a következő szinkronizálás újra megpróbálja): {problem}</translation>
    </message>
    <message>
        <source>Files were not downloaded (they download when opened, or at the next sync): {problem}</source>
        <translation>A fájlok nem töltődtek le (megnyitáskor vagy a következő szinkronizáláskor letöltődnek): {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportálás</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kapcsolatok</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Kijelölt kapcsolatok</translation>
    </message>
    <message>
        <source>Events (calendar)</source>
        <translation>Események (naptár)</translation>
    </message>
    <message>
        <source>Bilateral meetings (calendar)</source>
        <translation>Kétoldalú találkozók (naptár)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Teendők</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Egy esemény résztvevői</translation>
    </message>
    <message>
        <source>Contacts shown in the list (filtered)</source>
        <translation>A listában látható névjegyek (szűrve)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Mind</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formátum</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Mely teendők</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} rekord kiírva ide: {path}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Home institution</source>
        <translation>Saját intézmény</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Munkatárs neve</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Láthatóság</translation>
    </message>
    <message>
        <source>Owner institution</source>
        <translation>Tulajdonos intézmény</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Name in own language</source>
        <translation>Név saját nyelven</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Rövid név</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Felettes szerv</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Honlap</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Név latin betűkkel</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Megszólítás</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Intézmény</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Címkék</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fénykép</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kapcsolat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Vége</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Sorszám a sorozatban</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Kezdő dátum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Záró dátum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Vendéglátó intézmény</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Ehhez csatolva</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Fájlnév</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Tárgyalópartner</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegációvezető</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegáció</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerep</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Jelen volt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Jóváhagyás dátuma</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Jegyzőkönyv</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Napirendi pont</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Fejléc</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Döntések</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Elfogadás dátuma</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Közös Cselekvési Terv</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Indok</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ki</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Rendezvény, amelynek margóján</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Témák</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Eredmények</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Kétoldalú találkozó</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Felelős intézmény</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Felelős személy</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Teljesítés dátuma</translation>
    </message>
    <message>
        <source>Agreed at event</source>
        <translation>Rendezvény, ahol megállapodtak</translation>
    </message>
    <message>
        <source>From minutes</source>
        <translation>Jegyzőkönyvből</translation>
    </message>
    <message>
        <source>From bilateral meeting</source>
        <translation>Kétoldalú találkozóból</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Év</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Rendezvény, ahol elfogadták</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <source>Responsible states</source>
        <translation>Felelős államok</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Vezető intézmény</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Időkeret</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Sz.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Azonosító</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Action items of this meeting</source>
        <translation>Az ülés teendői</translation>
    </message>
    <message>
        <source>Bilateral meetings on the margins</source>
        <translation>Kétoldalú találkozók a margón</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Teendő…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Teendő hozzáadása</translation>
    </message>
    <message>
        <source>Add an action item (%1)</source>
        <translation>Teendő hozzáadása (%1)</translation>
    </message>
    <message>
        <source>Bilateral…</source>
        <translation>Kétoldalú találkozó…</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Kétoldalú találkozó hozzáadása</translation>
    </message>
    <message>
        <source>Add a bilateral meeting on the margins (%1)</source>
        <translation>Kétoldalú találkozó hozzáadása a margón (%1)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Teendők</translation>
    </message>
    <message>
        <source>Bilaterals on the margins</source>
        <translation>Kétoldalú találkozók a margón</translation>
    </message>
    <message>
        <source>None yet. %1 adds one.</source>
        <translation>Még nincs. %1: hozzáadás.</translation>
    </message>
    <message>
        <source>F&amp;ollow-up %1</source>
        <translation>&amp;További teendők %1</translation>
    </message>
    <message>
        <source>Agreed under item %1: %2</source>
        <translation>Megállapodás a(z) %1. pontban: %2</translation>
    </message>
    <message>
        <source>Agreed under: %1</source>
        <translation>Megállapodás itt: %1</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Teendő hozzáadva: %1</translation>
    </message>
    <message>
        <source>Bilateral meeting added: %1</source>
        <translation>Kétoldalú találkozó hozzáadva: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Problémák</translation>
    </message>
</context>
<context>
    <name>GoingPrivateDialog</name>
    <message>
        <source>Make the record private</source>
        <translation>A rekord priváttá tétele</translation>
    </message>
    <message>
        <source>Make “%1” private?</source>
        <translation>Priváttá teszi: „%1”?</translation>
    </message>
    <message>
        <source>Officers of your institution already have it.</source>
        <translation>Az intézménye munkatársainál már megvan.</translation>
    </message>
    <message>
        <source>Every officer who syncs with the Secretariat may already have it.</source>
        <translation>Már minden munkatársnál megvan, aki a Titkársággal szinkronizál.</translation>
    </message>
    <message>
        <source>Withdraw it: it is removed, with what it holds, from their computers at their next sync and stays here, private, with its history. Keep their copies: they keep the version they have, and what you write from now on stays on this computer.</source>
        <translation>Visszavonás: a következő szinkronizáláskor a tartalmával együtt eltűnik a számítógépeikről, itt pedig privátként megmarad az előzményeivel. Másolatok megtartása: megtartják a náluk lévő változatot, és amit mostantól ír, ezen a számítógépen marad.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it from the others</source>
        <translation>&amp;Visszavonás a többiektől</translation>
    </message>
    <message>
        <source>Withdraw it from the others</source>
        <translation>Visszavonás a többiektől</translation>
    </message>
    <message>
        <source>Removed from the other officers&apos; computers at their next sync; kept here</source>
        <translation>A többi munkatárs számítógépéről a következő szinkronizáláskor eltűnik; itt megmarad</translation>
    </message>
    <message>
        <source>&amp;Keep their copies</source>
        <translation>&amp;Másolataik maradnak</translation>
    </message>
    <message>
        <source>Keep their copies</source>
        <translation>Másolataik maradnak</translation>
    </message>
    <message>
        <source>They keep the version they have; later edits stay here</source>
        <translation>Megtartják a náluk lévő változatot; a későbbi módosítások itt maradnak</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose…</source>
        <translation>Kiválasztás…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Letöltés</translation>
    </message>
    <message>
        <source>Download the photo from the Secretariat</source>
        <translation>A fénykép letöltése a Titkárságról</translation>
    </message>
    <message>
        <source>A photo is attached.</source>
        <translation>Fénykép csatolva.</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Nincs fénykép.</translation>
    </message>
    <message>
        <source>Downloading the photo from the Secretariat…</source>
        <translation>A fénykép letöltése a Titkárságról folyamatban…</translation>
    </message>
    <message>
        <source>The photo is on the Secretariat (%1), not downloaded to this computer yet.</source>
        <translation>A fénykép a Titkárságon van (%1), még nincs letöltve erre a számítógépre.</translation>
    </message>
    <message>
        <source>The photo&apos;s file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it.</source>
        <translation>A fénykép fájlja ezen a számítógépen megsérült, ezért félretettük, és nincs használatban. A javításhoz válassza ki újra a fényképet.</translation>
    </message>
    <message>
        <source>The photo&apos;s file is missing from this computer and never reached the Secretariat. Choose the photo again.</source>
        <translation>A fénykép fájlja hiányzik erről a számítógépről, és soha nem jutott el a Titkárságra. Válassza ki újra a fényképet.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Fénykép kiválasztása</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Képek (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Utónév</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Középső név</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Vezetéknév</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Név latin betűkkel</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Megszólítás</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Intézmény</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állam</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Címkék</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fénykép</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Forrásazonosító</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerep</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegáció</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nem importálandó)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>a fájl bájtsorrendjelzővel kezdődik</translation>
    </message>
    <message>
        <source>the file is valid UTF-8</source>
        <translation>a fájl érvényes UTF-8</translation>
    </message>
    <message>
        <source>the file has only ASCII characters</source>
        <translation>a fájlban csak ASCII-karakterek vannak</translation>
    </message>
    <message>
        <source>this code page gives the most letters of the officers&apos; alphabets</source>
        <translation>ez a kódlap adja a legtöbb betűt a munkatársak ábécéiből</translation>
    </message>
    <message>
        <source>chosen by the officer</source>
        <translation>a munkatárs választotta</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kapcsolatok importálása</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Válassza ki a fájlt</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.</source>
        <translation>CSV, Excel (XLSX, XLS), OpenDocument (ODS) vagy vCard (VCF) fájlok bármely programból.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Oszlopok</translation>
    </message>
    <message>
        <source>Check which field each column holds; change any that is wrong.</source>
        <translation>Ellenőrizze, melyik oszlop melyik mezőt tartalmazza; a hibásat módosítsa.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Munkalap</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kódolás</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Oszlop a fájlban</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <source>Add them to an event as participants</source>
        <translation>Hozzáadás egy eseményhez résztvevőként</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>A hibás sorok kihagyása, a többi importálása</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)</source>
        <translation>Kapcsolatok (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (becsült)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miért</translation>
    </message>
    <message>
        <source>new</source>
        <translation>új</translation>
    </message>
    <message>
        <source>matches an existing contact</source>
        <translation>egy meglévő kapcsolattal egyezik</translation>
    </message>
    <message>
        <source>matches an existing contact, nothing new</source>
        <translation>egy meglévő kapcsolattal egyezik, nincs új adat</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>hibás</translation>
    </message>
    <message>
        <source>fills: {fields}</source>
        <translation>kitölti: {fields}</translation>
    </message>
    <message>
        <source> (the first {n} rows)</source>
        <translation> (az első {n} sor)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or first and last names).</source>
        <translation>Válassza ki a neveket (vagy utó- és vezetékneveket) tartalmazó oszlopot.</translation>
    </message>
    <message>
        <source>New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.</source>
        <translation>Új: {new}. Meglévő kapcsolattal egyező: {match}. Hibás: {invalid}.</translation>
    </message>
    <message>
        <source>(none: contacts only)</source>
        <translation>(nincs: csak kapcsolatok)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importálás…</translation>
    </message>
    <message>
        <source>Rows {rows} are invalid; nothing was imported. Fix them, or skip them.</source>
        <translation>A(z) {rows}. sorok hibásak; semmi sem lett importálva. Javítsa vagy hagyja ki őket.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Importálva: {created} új, {updated} frissítve, {unchanged} változatlan, {skipped} kihagyva.</translation>
    </message>
</context>
<context>
    <name>LanguagesWidget</name>
    <message>
        <source>Type a language&apos;s name, e.g. %1</source>
        <translation>Írja be egy nyelv nevét, pl. %1</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Választható nyelvek</translation>
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
        <translation>Részek</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Az adatbázis megnyitása…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Háttéranyag-csomag…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Beállítások…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ugrás</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Ülés mód</translation>
    </message>
    <message>
        <source>Draft the minutes of the selected event while it runs (F9)</source>
        <translation>A kijelölt rendezvény jegyzőkönyvének vezetése ülés közben (F9)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Keresés mindenhol</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;zinkronizálás</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Szinkronizálás &amp;most</translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation>&amp;Bejelentkezés a Titkársághoz…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Kijelentkezés</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ütközések…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Szinkronizálási &amp;napló…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>A Liaison &amp;névjegye</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Billentyűparancsok</translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Előbb válasszon ki egy rendezvényt, majd nyomja meg az F9-et az ülés módhoz.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: %2 látható</translation>
    </message>
    <message>
        <source>Open the &amp;training record…</source>
        <translation>&amp;Gyakorló nyilvántartás megnyitása…</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>A Liaison névjegye</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;The desk application of the OTS diaspora liaison officers.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;A TÁSZ diaszpóra-kapcsolattartó munkatársainak asztali alkalmazása.&lt;/p&gt;&lt;p&gt;Adatmappa: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Mintaadatok betöltve.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Mintaadatok betöltése…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation>Ülés mód — %1</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Ülés mód bezárása</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Jelenlét és további teendők</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Teendő hozzáadása</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Kétoldalú találkozó hozzáadása</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Üzenetek</translation>
    </message>
    <message>
        <source>%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close</source>
        <translation>%1 következő pont · %2 előző · %3 teendő · %4 kétoldalú találkozó · %5 bezárás</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Következő napirendi pont</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Előző napirendi pont</translation>
    </message>
    <message>
        <source>Your own minutes: the first word typed creates them.</source>
        <translation>Saját jegyzőkönyv: az első begépelt szóval jön létre.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nincs mentve</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Belső hiba történt a Liaisonban (%1).</translation>
    </message>
    <message>
        <source>Some of your text could not be saved: %1</source>
        <translation>A szöveg egy része nem menthető: %1</translation>
    </message>
    <message>
        <source>Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text.</source>
        <translation>Próbálja újra, hagyja nyitva az ülés módot (a szöveg a képernyőn marad), vagy zárja be, és a nem mentett szöveg elvész.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Nyitva hagyás</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Bezárás mentés nélkül</translation>
    </message>
</context>
<context>
    <name>MinutesDetailView</name>
    <message>
        <source>Minutes status</source>
        <translation>Jegyzőkönyv állapota</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>A jegyzőkönyv előnézete</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Nap&amp;ló</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ki</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Indok</translation>
    </message>
    <message>
        <source>Log of the minutes</source>
        <translation>A jegyzőkönyv naplója</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>ismeretlen időpont</translation>
    </message>
    <message>
        <source>Agreed on %1 — read-only. Reopen to change.</source>
        <translation>Jóváhagyva: %1 — csak olvasható. Módosításhoz nyissa meg újra.</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>Cím nélküli jegyzőkönyv</translation>
    </message>
    <message>
        <source>No entries yet. Take notes in meeting mode.</source>
        <translation>Még nincs bejegyzés. Jegyzeteljen ülés módban.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Egyebek</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Döntések:</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <source>Meeting mode</source>
        <translation>Ülés mód</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Jegyzőkönyv állapota</translation>
    </message>
    <message>
        <source>Agr&amp;ee minutes…</source>
        <translation>Jegyzőkönyv &amp;jóváhagyása…</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Jegyzőkönyv jóváhagyása</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Ülés mód bezárása</translation>
    </message>
    <message>
        <source>Close meeting mode (%1); everything typed is saved first.</source>
        <translation>Ülés mód bezárása (%1); előbb minden begépelt szöveg mentésre kerül.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Csak olvasható</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Új&amp;ranyitás…</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Jegyzőkönyv újranyitása</translation>
    </message>
    <message>
        <source>Make the agreed minutes editable again (you will be asked why).</source>
        <translation>A jóváhagyott jegyzőkönyv ismét szerkeszthetővé tétele (meg kell adnia az okát).</translation>
    </message>
    <message>
        <source>&amp;Write our own minutes</source>
        <translation>Saját jegyzőkönyv &amp;írása</translation>
    </message>
    <message>
        <source>Take your institution&apos;s own minutes of this meeting; these stay as they are.</source>
        <translation>Vezesse intézménye saját jegyzőkönyvét erről az ülésről; ez a jegyzőkönyv változatlan marad.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change.</source>
        <translation>Csak olvasható: ezt a jegyzőkönyvet a(z) %1 írta, és csak annak munkatársai módosíthatják (a Titkárság elutasítja más intézmények módosításait). Elolvashatja és kimásolhatja; minden változtatást kérjen tőlük.</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change.</source>
        <translation>Csak olvasható: ezt a jegyzőkönyvet egy másik intézmény írta, és csak annak munkatársai módosíthatják. Elolvashatja és kimásolhatja; minden változtatást kérjen tőlük.</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Még nincs jegyzőkönyv</translation>
    </message>
    <message>
        <source>There is nothing to agree yet: the minutes start with the first word typed.</source>
        <translation>Még nincs mit jóváhagyni: a jegyzőkönyv az első begépelt szóval kezdődik.</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Jóváhagyva: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Jóváhagyva</translation>
    </message>
    <message>
        <source>These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged.</source>
        <translation>Ezt a jegyzőkönyvet jóváhagyták (%1), és csak olvasható. Módosításhoz nyissa meg újra; meg kell adnia az okát, és ez naplózásra kerül.</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Jegyzőkönyv-tervezet</translation>
    </message>
    <message>
        <source>Mark the minutes agreed: they become read-only, and this is logged.</source>
        <translation>A jegyzőkönyv megjelölése jóváhagyottként: csak olvasható lesz, és ez naplózásra kerül.</translation>
    </message>
    <message>
        <source>There is nothing to agree yet.</source>
        <translation>Még nincs mit jóváhagyni.</translation>
    </message>
    <message>
        <source>Agree the minutes once everything typed is saved.</source>
        <translation>A jegyzőkönyvet akkor hagyja jóvá, ha minden begépelt szöveg mentve van.</translation>
    </message>
    <message>
        <source>Mark these minutes as agreed?</source>
        <translation>Jóváhagyottként jelöli ezt a jegyzőkönyvet?</translation>
    </message>
    <message>
        <source>Agreed minutes are read-only: changing them later means reopening them, which is logged.</source>
        <translation>A jóváhagyott jegyzőkönyv csak olvasható: későbbi módosításához újra kell nyitni, és ez naplózásra kerül.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Jóváhagyás</translation>
    </message>
    <message>
        <source>The minutes are agreed.</source>
        <translation>A jegyzőkönyv jóváhagyva.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nem sikerült: %1</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>A jegyzőkönyv újranyitva; az ok naplózva.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the event</source>
        <translation>A rendezvény jegyzőkönyvei</translation>
    </message>
    <message>
        <source>&amp;New minutes…</source>
        <translation>Új jegyző&amp;könyv…</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Új jegyzőkönyv</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>Edit the title and summary</source>
        <translation>A cím és az összefoglaló szerkesztése</translation>
    </message>
    <message>
        <source>Open in &amp;meeting mode</source>
        <translation>Megnyitás &amp;ülés módban</translation>
    </message>
    <message>
        <source>Open in meeting mode</source>
        <translation>Megnyitás ülés módban</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>Jóvá&amp;hagyás…</translation>
    </message>
    <message>
        <source>Agree the minutes</source>
        <translation>Jegyzőkönyv jóváhagyása</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Újra&amp;nyitás…</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Jegyzőkönyv újranyitása</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>T&amp;örlés</translation>
    </message>
    <message>
        <source>Delete the minutes</source>
        <translation>Jegyzőkönyv törlése</translation>
    </message>
    <message>
        <source>Mark the minutes as agreed by the parties: they become read-only.</source>
        <translation>A jegyzőkönyv megjelölése a felek által jóváhagyottként: csak olvasható lesz.</translation>
    </message>
    <message>
        <source>Make agreed minutes editable again, giving a reason for the log.</source>
        <translation>A jóváhagyott jegyzőkönyv ismét szerkeszthetővé tétele, az ok naplóba rögzítésével.</translation>
    </message>
    <message>
        <source>Agreed minutes cannot be deleted; reopen them first.</source>
        <translation>A jóváhagyott jegyzőkönyv nem törölhető; előbb nyissa meg újra.</translation>
    </message>
    <message>
        <source>Choose an event to see its minutes.</source>
        <translation>Válasszon egy rendezvényt a jegyzőkönyvei megtekintéséhez.</translation>
    </message>
    <message>
        <source>This event has no minutes yet. Start them with “New minutes…”.</source>
        <translation>Ennek a rendezvénynek még nincs jegyzőkönyve. Kezdje az „Új jegyzőkönyv…” gombbal.</translation>
    </message>
    <message>
        <source>Choose minutes to see their entries.</source>
        <translation>Válasszon egy jegyzőkönyvet a bejegyzései megtekintéséhez.</translation>
    </message>
    <message>
        <source>These minutes belong to %1: only its officers may change, agree, reopen or delete them.</source>
        <translation>Ez a jegyzőkönyv a(z) %1 intézményé: csak annak munkatársai módosíthatják, fogadhatják el, nyithatják meg újra vagy törölhetik.</translation>
    </message>
    <message>
        <source>these minutes</source>
        <translation>ez a jegyzőkönyv</translation>
    </message>
    <message>
        <source>Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.</source>
        <translation>Jóváhagyottként jelöli ezt: „%1”? A jóváhagyott jegyzőkönyv csak olvasható, amíg valaki újra nem nyitja.</translation>
    </message>
    <message>
        <source>Why are these minutes reopened? The reason is kept in their log.</source>
        <translation>Miért nyitja újra ezt a jegyzőkönyvet? Az ok a naplójában marad.</translation>
    </message>
    <message>
        <source>A reason is required to reopen agreed minutes. Why are they reopened?</source>
        <translation>A jóváhagyott jegyzőkönyv újranyitásához indok szükséges. Miért nyitja újra?</translation>
    </message>
    <message>
        <source>Delete “%1” and their entries?</source>
        <translation>Törli ezt: „%1”, a bejegyzéseivel együtt?</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation>Keressen egy hozzáadandó rendezvényt vagy kétoldalú találkozót…</translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation>Rendezvény vagy kétoldalú találkozó keresése</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Találatok</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hozzáadás</translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation>Ebben a háttéranyagban (mindegyikről egy feljegyzés, ebben a sorrendben):</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>Ebben a háttéranyagban</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Eltá&amp;volítás</translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation>Tárgyalópartnerek, akikről profil készül:</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Tárgyalópartnerek</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Mind</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Egyik sem</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>A keresés nem sikerült; a részletek a naplóban.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nincs találat.</translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message>
        <source>Sample records in your record</source>
        <translation>Mintarekordok a nyilvántartásában</translation>
    </message>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>A Liaison egy régebbi verziója a mintaadatokat (kitalált munkatársak, a biskeki ülés…) a saját nyilvántartásába töltötte be. %n mintarekord, amelyet nem módosított, eltávolítható.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Megmarad: %n rekord, amelyet módosított, vagy amelyre a saját rekordjai hivatkoznak:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample stays available in the training record (File → Open the training record…).</source>
        <translation>A minta továbbra is elérhető a gyakorló nyilvántartásban (Fájl → A gyakorló nyilvántartás megnyitása…).</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Megtartás</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>%n mintarekord eltávolítva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>%n rekord megmaradt, amelyet módosított vagy összekapcsolt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation>Részek (a címlap mindig szerepel)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation>Minden oldal tetején és alján megjelenik; bármilyen más jelölést is beírhat</translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation>Úti cél (több feljegyzésből álló csomaghoz)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>Minősítési &amp;jelölés:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Contact</source>
        <translation>Névjegy</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Valószínűleg azonos ezzel</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Valószínűség</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miért</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>No papers</source>
        <translation>Iratok nélkül</translation>
    </message>
    <message>
        <source>&amp;List them in an annex (Papers on file)</source>
        <translation>Fel&amp;sorolás mellékletben (Csatolt iratok)</translation>
    </message>
    <message>
        <source>List them and append the &amp;first pages of the PDFs</source>
        <translation>Felsorolás és a PDF-ek &amp;első oldalainak hozzáfűzése</translation>
    </message>
    <message>
        <source>Pa&amp;ges of each PDF:</source>
        <translation>Oldalak &amp;PDF-enként:</translation>
    </message>
    <message>
        <source>Pages of each PDF</source>
        <translation>Oldalak PDF-enként</translation>
    </message>
    <message>
        <source>How many pages of each chosen PDF follow the pack (1 to 10)</source>
        <translation>Minden kiválasztott PDF hány oldala következik a csomag után (1–10)</translation>
    </message>
    <message>
        <source>Papers attached to the records of these notes:</source>
        <translation>E feljegyzések rekordjaihoz csatolt iratok:</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Iratok</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Minden irat</translation>
    </message>
    <message>
        <source>Tick all papers</source>
        <translation>Minden irat bejelölése</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Egyik sem</translation>
    </message>
    <message>
        <source>Untick all papers</source>
        <translation>Minden irat jelölésének törlése</translation>
    </message>
    <message>
        <source>PDFs only on the Secretariat are downloaded when the preview is made; one that cannot be is listed in the annex as not downloaded. Photos are not papers.</source>
        <translation>A csak a Titkárságon lévő PDF-ek az előnézet készítésekor töltődnek le; amelyik nem tölthető le, azt a melléklet letöltetlenként sorolja fel. A fényképek nem iratok.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>ezen a számítógépen</translation>
    </message>
    <message>
        <source>missing from this computer — attach it again</source>
        <translation>hiányzik erről a számítógépről — csatolja újra</translation>
    </message>
    <message>
        <source>on the Secretariat: downloaded when the preview is made</source>
        <translation>a Titkárságon: az előnézet készítésekor letöltődik</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>a Titkárságon</translation>
    </message>
    <message>
        <source>No papers are attached to the records of these notes.</source>
        <translation>E feljegyzések rekordjaihoz nincs irat csatolva.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the agreed minutes</source>
        <translation>A jóváhagyott jegyzőkönyv újranyitása</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Újranyitás</translation>
    </message>
    <message>
        <source>Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it.</source>
        <translation>A jóváhagyott jegyzőkönyvet csak szándékosan nyitják újra. Adja meg az okát: az ok az Ön nevével és az időponttal együtt naplózásra kerül, és minden delegáció látja.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Indok</translation>
    </message>
    <message>
        <source>e.g. The Uzbek delegation&apos;s comments on item 2 arrived.</source>
        <translation>pl. megérkeztek az üzbég delegáció észrevételei a 2. ponthoz.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Indok:</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>This record is damaged, so it is open for reading only: nothing can be changed. Recover it to go on working (%1).</source>
        <translation>Ez a nyilvántartás sérült, ezért csak olvasásra van megnyitva: semmi sem módosítható. A munka folytatásához állítsa helyre (%1).</translation>
    </message>
    <message>
        <source>This record is read-only (the file, its folder or the disk cannot be written), so it is open for reading only: nothing can be changed (%1).</source>
        <translation>Ez a nyilvántartás csak olvasható (a fájl, a mappája vagy a lemez nem írható), ezért csak olvasásra van megnyitva: semmi sem módosítható (%1).</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Helyreállítás…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Files</source>
        <translation>Fájlok</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Mentés (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Vissza&amp;állítás</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change.</source>
        <translation>Csak olvasható: ez a rekord a(z) %1 intézményé, és csak annak munkatársai módosíthatják (a Titkárság más intézmények módosításait elutasítja). Másolja ki, amire szüksége van, vagy kérje meg őket a módosításra.</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change.</source>
        <translation>Csak olvasható: ez a rekord egy másik intézményé, és csak annak munkatársai módosíthatják. Másolja ki, amire szüksége van, vagy kérje meg őket a módosításra.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>A rekordban nem mentett módosítások vannak. Menti őket?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The record is damaged</source>
        <translation>A nyilvántartás sérült</translation>
    </message>
    <message>
        <source>Recovery copies everything that can still be read into a new file, which takes the damaged one&apos;s place; the damaged file is kept in the backups folder. Liaison closes while it works and opens again on the recovered record.</source>
        <translation>A helyreállítás mindent, ami még olvasható, egy új fájlba másol, amely a sérült helyére kerül; a sérült fájl a mentések mappájában marad. A Liaison eközben bezárul, majd a helyreállított nyilvántartással újra megnyílik.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>A fájl ellenőrzése</translation>
    </message>
    <message>
        <source>Recover and reopen</source>
        <translation>Helyreállítás és újranyitás</translation>
    </message>
    <message>
        <source>Read on for now</source>
        <translation>Egyelőre csak olvasás</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>A fájl ellenőrzése folyamatban…</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Nem található sérülés.</translation>
    </message>
    <message>
        <source>Recovery could not be started. Run: liaison recover</source>
        <translation>A helyreállítás nem indítható el. Futtassa: liaison recover</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Type to search…</source>
        <translation>Gépeljen a kereséshez…</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Mentés állapota</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Mentési hiba</translation>
    </message>
    <message>
        <source>Your text stays on screen; Liaison keeps trying to save it.</source>
        <translation>A szöveg a képernyőn marad; a Liaison tovább próbálja menteni.</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Gépelés közben mentve</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Csak olvasható</translation>
    </message>
    <message>
        <source>There is no Save button: what you type is saved within a second.</source>
        <translation>Nincs Mentés gomb: amit begépel, egy másodpercen belül mentésre kerül.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Mentés…</translation>
    </message>
    <message>
        <source>Your latest typing is being saved.</source>
        <translation>A legutóbb begépelt szöveg mentése folyamatban.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Mentve</translation>
    </message>
    <message>
        <source>Everything typed is saved on this computer.</source>
        <translation>Minden begépelt szöveg mentve ezen a számítógépen.</translation>
    </message>
    <message>
        <source>Disk full — not saved</source>
        <translation>A lemez megtelt — nincs mentve</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nincs mentve</translation>
    </message>
    <message>
        <source>Your text is safe on screen and will be saved as soon as possible.</source>
        <translation>A szöveg biztonságban van a képernyőn, és amint lehet, mentésre kerül.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nincs mentve: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Keresés mindenhol (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Keresés mindenhol</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Találatok</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nincs találat.</translation>
    </message>
    <message>
        <source>in the attached file %1</source>
        <translation>a csatolt fájlban: %1</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>A keresés nem sikerült; a részletek a naplóban.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Neve:</translation>
    </message>
    <message>
        <source>as it should appear in the minutes&apos; log</source>
        <translation>ahogy a jegyzőkönyv naplójában megjelenjen</translation>
    </message>
    <message>
        <source>&amp;Home institution:</source>
        <translation>&amp;Saját intézmény:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <source>New records &amp;visible to:</source>
        <translation>Új rekordok &amp;láthatósága:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <source>&amp;Download in the background, up to:</source>
        <translation>Háttérben &amp;letöltés legfeljebb:</translation>
    </message>
    <message>
        <source>Download in the background, up to (MB per sync)</source>
        <translation>Háttérben letöltés legfeljebb (MB szinkronizálásonként)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Never (each file downloads when opened)</source>
        <translation>Soha (minden fájl megnyitáskor töltődik le)</translation>
    </message>
    <message>
        <source>Colleagues&apos; attached files each sync downloads by itself, newest first, up to this many megabytes; the others stay on the Secretariat and download when you open them. 0: never in the background.</source>
        <translation>A kollégák csatolt fájljaiból ennyi megabájtot tölt le magától minden szinkronizálás, a legújabbal kezdve; a többi a Titkárságon marad, és akkor töltődik le, amikor megnyitja. 0: a háttérben soha.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>A rendszerével azonos (%1)</translation>
    </message>
    <message>
        <source>The window changes language at once; dates and numbers follow the language too.</source>
        <translation>Az ablak nyelve azonnal megváltozik; a dátumok és számok is a választott nyelvet követik.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists and editors</source>
        <translation>Listák és szerkesztők</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Ülés mód</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <source>Tab moves between a list, its filter and the editor; the arrows move within a list.</source>
        <translation>A Tab a lista, a szűrője és a szerkesztő között vált; a nyilak a listán belül mozognak.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Billentyűk</translation>
    </message>
</context>
<context>
    <name>SimilarNotice</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Lehetséges ismétlődés</translation>
    </message>
    <message>
        <source>&amp;Open the existing contact</source>
        <translation>A meglévő névjegy &amp;megnyitása</translation>
    </message>
    <message>
        <source>%1 already exists (%2): is this the same person?</source>
        <translation>%1 már szerepel (%2): ugyanarról a személyről van szó?</translation>
    </message>
    <message>
        <source>Also similar: %1.</source>
        <translation>Hasonló még: %1.</translation>
    </message>
    <message>
        <source>Open %1 instead of creating a new contact</source>
        <translation>Új névjegy helyett %1 megnyitása</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Türkiye</source>
        <translation>Törökország</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbajdzsán</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazahsztán</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgizisztán</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Üzbegisztán</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Magyarország</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Türkmenisztán</translation>
    </message>
    <message>
        <source>Turkish Republic of Northern Cyprus</source>
        <translation>Észak-ciprusi Török Köztársaság</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>TÁSZ Titkárság</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Szinkronizálás megszakítva.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the Secretariat could not be told: its sign-in stays valid there until an administrator revokes it.</source>
        <translation>Kijelentkezve ezen a számítógépen, de a Titkárságot nem sikerült értesíteni: a bejelentkezés ott érvényes marad, amíg egy rendszergazda vissza nem vonja.</translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation>A szinkronizálás programhiba miatt nem sikerült; a részletek a naplóban.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bejelentkezve: %1, felhasználó: %2.</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation>Kijelentkezve; e számítógép bejelentkezése visszavonva.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Szinkronizálva: %1 elküldve, %2 fogadva</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s server had gone back to an earlier backup: this computer sent it again what it had lost and read the record again; nothing was lost (records sent again: {count}).</source>
        <translation>A Titkárság szervere egy korábbi biztonsági mentésre állt vissza: ez a számítógép újra elküldte neki, amit elvesztett, és újra beolvasta a nyilvántartást; semmi sem veszett el (újra elküldött rekordok: {count}).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n törölve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n egyesítve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n új ütközés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n elutasítva a kiszolgáló által (az ütközések között megőrizve)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation>Bejelentkezés a Titkársághoz</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Kiszolgáló címe</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Felhasználónév</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation>csak ha a Titkárság saját hitelesítésszolgáltatót használ</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-fájl</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiválasztás…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Kiszolgáló címe</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Felhasználónév</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Jelszó</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;CA-fájl</translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation>A jelszót csak egyszer küldi el, és nem tárolja; ez a számítógép egy visszavonható bejelentkezést őriz meg.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation>A Titkárság CA-tanúsítványa</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Tanúsítványok (*.pem *.crt);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Kérjük, töltse ki: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bejelentkezés…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Szinkronizálási napló</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Szinkronizálás most</translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation>Mindkét oldalon módosult ugyanaz a mező</translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation>Az egyik oldalon szerkesztették, a másikon törölték</translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation>A kiszolgáló elutasította ezt a módosítást</translation>
    </message>
    <message>
        <source>Only officers of the record&apos;s institution may change it.</source>
        <translation>A rekordot csak az azt birtokló intézmény munkatársai módosíthatják.</translation>
    </message>
    <message>
        <source>The server has no such record.</source>
        <translation>A szerveren nincs ilyen rekord.</translation>
    </message>
    <message>
        <source>Private records never leave the officer&apos;s machine.</source>
        <translation>A privát rekordok soha nem hagyják el a munkatárs gépét.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>A kiszolgálói változat megtartása</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>%1 változatának használata</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>A saját változatom használata</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Összefésülés</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Összefésült szöveg</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nyitott ütközések</translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation>&amp;Feloldás ezekkel a választásokkal</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>Saját szöveg &amp;másolása</translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation>Nincs nyitott ütközés: minden módosítás egyesítve.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(módosította: %1)</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>(módosította: Ön)</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>Megjelölés &amp;kezeltként</translation>
    </message>
    <message>
        <source>&amp;Copy %1&apos;s text</source>
        <translation>%1 szövegének &amp;másolása</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 may want to send their text to the record&apos;s owner.</source>
        <translation>Semmi sem változott. %1 elküldheti a szövegét a rekord tulajdonosának.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>A szövege itt megmarad: másolja ki (Saját szöveg másolása), és küldje el a(z) %1 egy munkatársának, aki elvégezheti a módosítást, vagy kérje meg rá. Ezután jelölje kezeltként.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of the record&apos;s institution, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>A szövege itt megmarad: másolja ki (Saját szöveg másolása), és küldje el a rekordot birtokló intézmény egy munkatársának, aki elvégezheti a módosítást, vagy kérje meg rá. Ezután jelölje kezeltként.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Miért:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Mit tehet:</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync with the Secretariat is not set up on this computer.</source>
        <translation>A Titkársággal való szinkronizálás nincs beállítva ezen a számítógépen.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nyitott ütközések</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Szinkronizálás…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation>Szinkronizálás… %2 változásból %1 elküldve</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Szinkronizálás… %n rekord megérkezett</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nincs bejelentkezve</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>A szinkronizálás nem sikerült</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>utolsó szinkronizálás: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bejelentkezve: %1, felhasználó: %2.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation>Ezen a számítógépen nincs kulcstartó: a bejelentkezés a Liaison bezárásáig érvényes.</translation>
    </message>
    <message>
        <source>This computer&apos;s sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept.</source>
        <translation>Ennek a számítógépnek a bejelentkezése (%1) már nincs meg: jelentkezzen be újra (Szinkronizálás → Bejelentkezés a Titkársághoz…). A módosításai megmaradtak.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ütközés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n módosítás még nincs szinkronizálva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>Privát rekordok %n módosítása ezen a számítógépen marad: a privát rekordokat a Liaison soha nem küldi el.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Szinkronizálás</translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation>Mégis alkalmazza a kiszolgálóról érkezett törléseket?</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <source>Talking points for:</source>
        <translation>Beszédpontok a következőhöz:</translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation>Beszédpontok a következőhöz</translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation>Amit mondani vagy kérdezni szeretne. A „-” jellel kezdődő sorok listaként jelennek meg nyomtatásban.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Beszédpontok</translation>
    </message>
    <message>
        <source>Not saved: %1. Trying again; your text stays here.</source>
        <translation>Nincs mentve: %1. Újrapróbálkozás folyamatban; a szöveg itt marad.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Mentés…</translation>
    </message>
    <message>
        <source>Kept on this computer for the next briefing; talking points do not sync.</source>
        <translation>Ezen a számítógépen megmarad a következő háttéranyaghoz; a beszédpontok nem szinkronizálódnak.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nincs mentve</translation>
    </message>
    <message>
        <source>Your talking points could not be saved: %1</source>
        <translation>A beszédpontok nem menthetők: %1</translation>
    </message>
    <message>
        <source>Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text.</source>
        <translation>Próbálja újra, hagyja nyitva a Liaisont (a szöveg a képernyőn marad), vagy lépjen ki, és a nem mentett szöveg elvész.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Nyitva hagyás</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Kilépés mentés nélkül</translation>
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
        <translation>Belső hiba történt a Liaisonban.</translation>
    </message>
    <message>
        <source>Your saved work is safe. Please report this problem with the details below.</source>
        <translation>A mentett munkája biztonságban van. Kérjük, jelentse ezt a hibát az alábbi részletekkel.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Ma, %1</translation>
    </message>
    <message>
        <source>Only my institution&apos;s action items</source>
        <translation>Csak az intézményem teendői</translation>
    </message>
    <message>
        <source>Action items assigned to your home institution (File → Settings)</source>
        <translation>A saját intézményéhez rendelt teendők (Fájl → Beállítások)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Események hónapok szerint</translation>
    </message>
    <message>
        <source>Events on the chosen day</source>
        <translation>A kiválasztott nap eseményei</translation>
    </message>
    <message>
        <source>Events in the next four weeks</source>
        <translation>Események a következő négy hétben</translation>
    </message>
    <message>
        <source>Bilateral meetings in the next four weeks</source>
        <translation>Kétoldalú találkozók a következő négy hétben</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Lejárt teendők</translation>
    </message>
    <message>
        <source>Action items due in the next two weeks</source>
        <translation>A következő két hétben esedékes teendők</translation>
    </message>
    <message>
        <source>Minutes awaiting agreement</source>
        <translation>Jóváhagyásra váró jegyzőkönyvek</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nyitott ütközések</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>Open the conflict inbox</source>
        <translation>Ütközések megnyitása</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n esemény</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on %1</source>
        <translation>Események: %1</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>%n lejárt teendő van: lásd Ma (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>%n lejárt teendő</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Remove the training record</source>
        <translation>Gyakorló nyilvántartás törlése</translation>
    </message>
    <message>
        <source>Delete the training record and all the sample data in %1? Your own record is not touched.</source>
        <translation>Törli a gyakorló nyilvántartást és az összes mintaadatot innen: %1? A saját nyilvántartása érintetlen marad.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training record</source>
        <translation>Gyakorló nyilvántartás</translation>
    </message>
    <message>
        <source>sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.</source>
        <translation>mintaadatok a Liaison kipróbálásához. Innen semmi sem szinkronizálódik a Titkársággal.</translation>
    </message>
    <message>
        <source>Back to my record</source>
        <translation>Vissza a saját nyilvántartásomhoz</translation>
    </message>
    <message>
        <source>Remove the training record…</source>
        <translation>Gyakorló nyilvántartás törlése…</translation>
    </message>
    <message>
        <source>Training record: never synced</source>
        <translation>Gyakorló nyilvántartás: nem szinkronizálódik</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importálás…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportálás…</translation>
    </message>
    <message>
        <source>Export selected contacts…</source>
        <translation>Kijelölt kapcsolatok exportálása…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>A látható névjegyek exportálása…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Is&amp;métlődések keresése…</translation>
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
        <translation>{n} bájt</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(fénykép)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Üdvözli a Liaison</translation>
    </message>
    <message>
        <source>Your record is empty. Say who you are: your name goes into the minutes&apos; log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced.</source>
        <translation>A nyilvántartása üres. Adja meg, kicsoda: a neve a jegyzőkönyvek naplójába kerül, az Ön által létrehozott rekordok pedig az intézményéhez tartoznak. Ezt később a Fájl → Beállítások menüben módosíthatja. Ha előbb körülnézne, nyissa meg a gyakorló nyilvántartást: a saját nyilvántartásától elkülönített, soha nem szinkronizált mintaadatok.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Neve:</translation>
    </message>
    <message>
        <source>Your &amp;institution:</source>
        <translation>&amp;Intézménye:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Állam:</translation>
    </message>
    <message>
        <source>pick one, or type its name</source>
        <translation>válasszon egyet, vagy írja be a nevét</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Kezdés</translation>
    </message>
    <message>
        <source>Open the &amp;training record</source>
        <translation>&amp;Gyakorló nyilvántartás megnyitása</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Kihagyás</translation>
    </message>
</context>
</TS>
