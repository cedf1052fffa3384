<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Тазалоо</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Жаңы тапшырма</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Тапшырма кошуу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>e.g. Circulate the concept note</source>
        <translation>мисалы, концепцияны таратуу</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Жооптуу мекеме</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Тапшырма:</translation>
    </message>
    <message>
        <source>Responsible &amp;institution:</source>
        <translation>Жооптуу &amp;мекеме:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Жооптуу &amp;адам:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>М&amp;өөнөтү:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Any other business</source>
        <translation>Ар кандай маселелер</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Күн тартибине кирбеген, көтөрүлгөн маселелер.</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Протокол: %1</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Күн &amp;тартиби</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <source>Next item: %1. Previous item: %2.</source>
        <translation>Кийинки маселе: %1. Мурунку маселе: %2.</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Күн тартибинин учурдагы маселеси</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>Who said what: statements, proposals, points raised…</source>
        <translation>Ким эмне деди: сөздөр, сунуштар, көтөрүлгөн маселелер…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Чечимдер</translation>
    </message>
    <message>
        <source>What the meeting decided or agreed on this item…</source>
        <translation>Бул маселе боюнча эмне чечилди же макулдашылды…</translation>
    </message>
    <message>
        <source>Summary of the minutes</source>
        <translation>Протоколдун кыскача мазмуну</translation>
    </message>
    <message>
        <source>The general summary, for the whole meeting…</source>
        <translation>Бүт жыйын боюнча жалпы кыскача мазмун…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Эскертүүлөр</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Чечимдер</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the minutes</source>
        <translation>Протоколдун кыскача ма&amp;змуну</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Маселе %1 / %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Күн тартибинен тышкары</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>missing from this computer, %1 — attach it again</source>
        <translation>бул компьютерде жок, %1 — кайра тиркеңиз</translation>
    </message>
    <message>
        <source>on the Secretariat, %1 — download</source>
        <translation>Катчылыкта, %1 — жүктөп алуу</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Тиркелди: {names}</translation>
    </message>
    <message>
        <source>No program here opens {name}; Save a copy… keeps it.</source>
        <translation>Бул компьютерде {name} файлын ача турган программа жок; аны «Көчүрмөсүн сактоо…» аркылуу сактаса болот.</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Көчүрмөсү сакталды: {path}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} алынып салынды.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} калыбына келтирилди.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Тиркөө…</translation>
    </message>
    <message>
        <source>Attach files to this record (or drop them on the record)</source>
        <translation>Бул жазууга файл тиркеңиз (же файлдарды жазуунун үстүнө таштаңыз)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>Open the file in its viewer (Enter)</source>
        <translation>Файлды өз көрүү программасында ачуу (Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Көчүрмөсүн сактоо…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып &amp;салуу</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete); Undo remove brings it back</source>
        <translation>Файлды бул жазуудан алып салуу (Delete); «Алып салууну жокко чыгаруу» аны кайтарат</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Алып салууну &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>This record is open for reading only.</source>
        <translation>Бул жазуу окуу үчүн гана ачык.</translation>
    </message>
    <message>
        <source>Save the record first; then attach files to it.</source>
        <translation>Адегенде жазууну сактаңыз, андан кийин ага файл тиркеңиз.</translation>
    </message>
    <message>
        <source>No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.</source>
        <translation>Азырынча файл жок. «Тиркөө…» басыңыз же файлдарды ушул жерге таштаңыз: PDF, DOCX, XLSX, ODT, сүрөттөр, текст.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файл тиркөө</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? Undo remove brings it back.</source>
        <translation>«%1» бул жазуудан алынып салынсынбы? «Алып салууну жокко чыгаруу» аны кайтарат.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Атын терип, Enter басыңыз</translation>
    </message>
    <message>
        <source>Participants (checked: present)</source>
        <translation>Катышуучулар (белгиленгени — катышып жатат)</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected participant as present.</source>
        <translation>Боштук баскычы тандалган катышуучуну катышып жатат деп белгилейт же белгини алат.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Катышуучу</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Check &amp;in someone else:</source>
        <translation>Башка бирөөнү &amp;белгилөө:</translation>
    </message>
    <message>
        <source>Check in a participant by name</source>
        <translation>Катышуучуну аты боюнча белгилөө</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>Катышып жатат: %n / %1</numerusform>
            <numerusform>Катышып жатат: %n / %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants registered yet: check them in below.</source>
        <translation>Катышуучулар азырынча катталган эмес: аларды төмөндө белгилеңиз.</translation>
    </message>
    <message>
        <source>A&amp;ttendance %1/%2</source>
        <translation>К&amp;атышуу %1/%2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 катышып жатат.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 мындан ары катышуучу катары белгиленген эмес.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сакталган жок: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 белгиленди.</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Белгиленген жок: %1</translation>
    </message>
</context>
<context>
    <name>BilateralDialog</name>
    <message>
        <source>New bilateral meeting on the margins</source>
        <translation>Иш-чаранын алкагында жаңы эки тараптуу жолугушуу</translation>
    </message>
    <message>
        <source>Add bilateral</source>
        <translation>Жолугушуу кошуу</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Left empty: named after the parties</source>
        <translation>Бош калса, тараптардын аты менен аталат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Other party (a person)</source>
        <translation>Экинчи тарап (адам)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Тараптар:</translation>
    </message>
    <message>
        <source>&amp;With (person):</source>
        <translation>&amp;Ким менен (адам):</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Маалымкат</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Маалымкаттар топтому</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>Papers on file</source>
        <translation>Катталган документтер</translation>
    </message>
    <message>
        <source>No papers are attached to the records of this note.</source>
        <translation>Бул маалымкаттын жазууларына тиркелген документ жок.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Тиркелген</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Кайсы жазууга тиркелген</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Топтомдун курамы</translation>
    </message>
    <message>
        <source>its first page, at the end of the pack</source>
        <translation>биринчи бети, топтомдун аягында</translation>
    </message>
    <message>
        <source>its first {pages} pages, at the end of the pack</source>
        <translation>алгачкы {pages} бети, топтомдун аягында</translation>
    </message>
    <message>
        <source>listed only (not a PDF)</source>
        <translation>тизмеде гана (PDF эмес)</translation>
    </message>
    <message>
        <source>listed only (not downloaded to this computer)</source>
        <translation>тизмеде гана (бул компьютерге жүктөлгөн эмес)</translation>
    </message>
    <message>
        <source>listed only (the PDF cannot be read)</source>
        <translation>тизмеде гана (PDF окулбайт)</translation>
    </message>
    <message>
        <source>listed only (its copy on this computer is damaged and was set aside)</source>
        <translation>тизмеде гана (бул компьютердеги көчүрмөсү бузулган жана четке коюлду)</translation>
    </message>
    <message>
        <source>The first pages of the PDFs follow the pack&apos;s numbered pages, as they are on file (without this pack&apos;s marking); the bookmarks lead to each.</source>
        <translation>PDF документтеринин алгачкы беттери топтомдун номерленген беттеринен кийин, сакталган түрүндө (бул топтомдун белгисисиз) берилет; кыстармалар ар бирине алып барат.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Эки тараптуу жолугушуу</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Биргелешкен иш-аракеттер планы</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Даярдалган күнү: {date}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Даярдаган: {name}, {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Бет {page}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Бет {page} / {pages}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ДОЛБООР</translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation>Бул маалымкатта колдонулган протокол — азырынча макулдашылбаган долбоор: анын мазмуну өзгөрүшү мүмкүн.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Кабыл алуучу тарап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Кайсы иш-чаранын алкагында</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Маалыматтарда жок</translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation>Бул маалымкаттын бардык бөлүктөрү маалыматтарда бар.</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>Иш-чара жөнүндө</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation>Катталган жыйынтыктар</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Кесиптештер</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Сүйлөшүү үчүн тезистер</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Биргелешкен иш-аракеттер планынын иш-чаралары</translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation>Тиркеме: протокол</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Маселе</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мамлекет</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегациянын башчысы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүчөлөрү</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Мөөнөттөр</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation>Жетектөөчү мекеме: {institution}</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>In Latin script</source>
        <translation>Латын тамгасы менен</translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation>{name} (транслитерация)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Бул иш-чарада</translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation>{state} делегациясынын башчысы</translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation>{state} делегациясы</translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation>Бул жолугушуунун тарабы</translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation>Аны менен болгон мурунку жолугушуулар</translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation>Мурунку эки тараптуу жолугушуулар жана макулдашылган маселелер</translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation>Ага тиешелүү ачык тапшырмалар</translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation>Маалыматтардагы эскертүүлөр</translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation>Жыйынтыгы: {outcomes}</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Жыйынтык катталган эмес.</translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation>делегацияны жетектеди</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>мөөнөтү {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МӨӨНӨТҮ ӨТКӨН</translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation>{institution} аркылуу</translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation>жооптуу: {person}</translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation>«{event}» иш-чарасынан</translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation>Протокол: {event}</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation>Бул иш-чаранын азырынча протоколу жок; төмөндө ушул түрдөгү мурунку иш-чаранын протоколу берилген: {event}.</translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation>{event} протоколу; бул жолугушуу ошол иш-чаранын алкагында өттү.</translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation>«{event}» протоколу ушул топтомдун мурунку бөлүгүндөгү «{note}» маалымкатына тиркелген.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>{date} макулдашылды.</translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation>Долбоор, азырынча макулдашылган эмес.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Чечимдер</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation>Бул иш-чаранын күн тартиби катталган эмес.</translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation>Бул жолугушуунун темалары катталган эмес.</translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation>Бул иш-чаранын делегациялары катталган эмес.</translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation>Бул жолугушуунун тараптары катталган эмес.</translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation>Кесиптештер жок: бир да катышуучу катталган эмес.</translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation>Бул маалымкат үчүн кесиптештер тандалган эмес.</translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation>Бул маалымкатка тезистер жазылган эмес.</translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation>Бул иш-чарага тиешелүү Биргелешкен иш-аракеттер планынын иш-чаралары жок.</translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation>Бул иш-чаранын да, ушул түрдөгү мурунку иш-чаралардын да протоколу катталган эмес.</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Сүрөт жок</translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation>Сүрөт окулган жок</translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation>Мекемеси көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation>Кызмат орду көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation>Эл. почта дареги да, телефон номери да көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation>Бул иш-чарага чейин эч нерсе катталган эмес.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Ачык тапшырмалар жок.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күнү жок</translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation>Өткөн жери катталган эмес.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>катталган эмес</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>күн тартиби</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>темалар</translation>
    </message>
    <message>
        <source>the delegations</source>
        <translation>делегациялар</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>тараптар</translation>
    </message>
    <message>
        <source>the counterparts</source>
        <translation>кесиптештер</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>тезистер</translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation>Биргелешкен иш-аракеттер планынын тиешелүү иш-чаралары</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>өткөн жери</translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation>{names} сүрөтү</translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation>{names} мекемеси</translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation>{names} байланыш маалыматтары</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>жана дагы {count}</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation>Күн тартиби (же темалар)</translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation>Делегациялар (же тараптар)</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>Кесиптештердин профилдери</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Сүйлөшүү үчүн тезистер</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Биргелешкен иш-аракеттер планынын иш-чаралары</translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation>Акыркы протокол (тиркеме)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Маалымкаттар топтому</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Маалымкаттар</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Параметрлер</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>&amp;Тезистер</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation>Маалымкатка эмне кирерин тандап, «Алдын ала көрүүнү даярдоо» баскычын басыңыз (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Pap&amp;ers</source>
        <translation>&amp;Документтер</translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation>Алдын ала көрүүнү &amp;даярдоо</translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation>Маалыматтардан PDF файлын түзүү (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сактоо…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation>Алдын ала көрүү даярдалгандан кийин өзгөртүүлөр болду: жаңыртуу үчүн «Алдын ала көрүүнү даярдоо» баскычын басыңыз (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation>Адегенде жок дегенде бир иш-чараны же эки тараптуу жолугушууну кошуңуз.</translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation>Маалымкат түзүлгөн жок.</translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation>Токтотулду; алдын ала көрүү өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation>Маалымкат түзүлүүдө…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n барак.</numerusform>
            <numerusform>%n барак.</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation>ДОЛБООР: колдонулган протоколдор азырынча макулдашылган эмес.</translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>Маалыматтарда %n маалымат жок; кайсылары экени PDFте көрсөтүлгөн.</numerusform>
            <numerusform>Маалыматтарда %n маалымат жок; кайсылары экени PDFте көрсөтүлгөн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n документ Катчылыктан жүктөлгөн жок; ал тиркемеде көрсөтүлгөн.</numerusform>
            <numerusform>%n документ Катчылыктан жүктөлгөн жок; ал тиркемеде көрсөтүлгөн.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged on this computer, set aside and left out: %1. Sync to download them again, or attach the originals again.</source>
        <translation>Бул компьютерде бузулган, четке коюлуп, кошулган жок: %1. Кайра жүктөө үчүн синхрондоңуз же түп нускаларын кайра тиркеңиз.</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Маалымкатты сактоо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сакталды: %1.</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Маалымкатты басып чыгаруу</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Бет %1 / %2 басылып чыгууда…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Принтерге %n барак жөнөтүлдү.</numerusform>
            <numerusform>Принтерге %n барак жөнөтүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Басып чыгаруу токтотулду; принтерге эч нерсе жөнөтүлгөн жок.</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>Басып чыгаруу токтотулду; принтер мурун жөнөтүлгөн %n баракты кайтара алган жок.</numerusform>
            <numerusform>Басып чыгаруу токтотулду; принтер мурун жөнөтүлгөн %n баракты кайтара алган жок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be rendered.</source>
        <translation>Басып чыгаруу токтоду: бир баракты даярдоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерди иштетүү мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Өчүрүүнү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Restore the last one deleted here, with what was deleted with it</source>
        <translation>Бул жерде акыркы өчүрүлгөндү аны менен кошо өчүрүлгөндөр менен калыбына келтирет</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>«%1» өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>бул жазуу</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Meeting of Ministers and Heads of Institutions</source>
        <translation>Министрлердин жана мекеме башчыларынын жыйыны</translation>
    </message>
    <message>
        <source>Contact Group meeting</source>
        <translation>Байланыш тобунун жыйыны</translation>
    </message>
    <message>
        <source>Diaspora Forum</source>
        <translation>Диаспора форуму</translation>
    </message>
    <message>
        <source>Diaspora Youth Forum</source>
        <translation>Диаспора жаштарынын форуму</translation>
    </message>
    <message>
        <source>Capacity Building Training</source>
        <translation>Потенциалды жогорулатуу тренинги</translation>
    </message>
    <message>
        <source>Exchange of Experience Programme</source>
        <translation>Тажрыйба алмашуу программасы</translation>
    </message>
    <message>
        <source>Internship Programme</source>
        <translation>Стажировка программасы</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Жумуш сапары</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Башка иш-чара</translation>
    </message>
    <message>
        <source>Diaspora institution</source>
        <translation>Диаспора иштери боюнча мекеме</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министрлик</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Элчилик же консулдук</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>ТМУнун Катчылыгы</translation>
    </message>
    <message>
        <source>Representation office</source>
        <translation>Өкүлчүлүк</translation>
    </message>
    <message>
        <source>Diaspora NGO</source>
        <translation>Диаспоранын бейөкмөт уюму</translation>
    </message>
    <message>
        <source>University or research institute</source>
        <translation>Университет же илимий-изилдөө институту</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Бизнес ассоциациясы</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Эл аралык уюм</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Башка мекеме</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегациянын башчысы</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Баяндамачы</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Байкоочу</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Катчылык</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Кабыл алуучу тарап</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Конок</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Макулдашылды</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Кайра ачылды</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Иш-аракеттер планы</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Башка документ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Аткарылууда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландалды</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Кийинкиге калтырылды</translation>
    </message>
    <message>
        <source>Private (this computer only)</source>
        <translation>Жеке (ушул компьютерде гана)</translation>
    </message>
    <message>
        <source>My institution</source>
        <translation>Менин мекемем</translation>
    </message>
    <message>
        <source>Shared with all OTS institutions</source>
        <translation>ТМУнун бардык мекемелерине жалпы</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.</source>
        <translation>{notes} маалымкатка {files} тезис файлы берилди: ар бир маалымкатка эң көп дегенде бир файлдан, маалымкаттардын тартиби боюнча бериңиз.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} окулбай жатат: {reason}</translation>
    </message>
    <message>
        <source>Counterpart: {name} takes part in none of these meetings, so the notes would not profile them.</source>
        <translation>Кесиптеш: {name} бул жолугушуулардын бирине да катышпайт, ошондуктан маалымкаттарда анын профили болбойт.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>{path} жазылды ({pages} бет).</translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation>ДОЛБООР: азырынча макулдашылбаган протоколдор колдонулган.</translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation>{title}: маалыматтарда {gaps} жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n документ Катчылыктан жүктөлгөн жок; ал тиркемеде көрсөтүлгөн.</numerusform>
            <numerusform>%n документ Катчылыктан жүктөлгөн жок; ал тиркемеде көрсөтүлгөн.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a briefing note or pack (PDF) for events and bilateral meetings</source>
        <translation>иш-чаралар жана эки тараптуу жолугушуулар үчүн маалымдама же топтом (PDF) жазуу</translation>
    </message>
    <message>
        <source>Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.</source>
        <translation>Маалымдаманы (бир иш-чара же эки тараптуу жолугушуу) же маалымдамалар топтомун (бир нечеси, мазмуну менен) PDF катары жазат; файл же толук жазылат, же такыр жазылбайт.</translation>
    </message>
    <message>
        <source>an event to brief on (repeatable)</source>
        <translation>маалымдама даярдала турган иш-чара (кайталаса болот)</translation>
    </message>
    <message>
        <source>a bilateral meeting to brief on (repeatable)</source>
        <translation>маалымдама даярдала турган эки тараптуу жолугушуу (кайталаса болот)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>жазыла турган PDF</translation>
    </message>
    <message>
        <source>only these sections (the cover is always there): {sections}; default all</source>
        <translation>ушул бөлүмдөр гана (мукаба ар дайым бар): {sections}; демейки баары</translation>
    </message>
    <message>
        <source>the papers attached to the notes&apos; records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none</source>
        <translation>маалымкаттардын жазууларына тиркелген документтер: тиркемеде тизмелөө (list) же тизмелеп, ар бир PDFтин алгачкы беттерин кошуу (first-pages); демейки none</translation>
    </message>
    <message>
        <source>only this attached paper (repeatable; implies --attachments list)</source>
        <translation>ушул тиркелген документ гана (кайталоого болот; --attachments list дегенди билдирет)</translation>
    </message>
    <message>
        <source>with --attachments first-pages: how many pages of each PDF (1 to 10)</source>
        <translation>--attachments first-pages менен: ар бир PDFтен канча бет (1–10)</translation>
    </message>
    <message>
        <source>classification marking on every page, e.g. {example}</source>
        <translation>ар бир бетте купуялык белгиси, мис. {example}</translation>
    </message>
    <message>
        <source>language of dates and place names (default: the language Liaison speaks)</source>
        <translation>даталардын жана жер аттарынын тили (демейки: Liaison сүйлөгөн тил)</translation>
    </message>
    <message>
        <source>profile only these counterparts (repeatable; default: everyone taking part)</source>
        <translation>ушул өнөктөштөрдүн гана профили (кайталаса болот; демейки: бардык катышуучулар)</translation>
    </message>
    <message>
        <source>a text file of talking points, one per note in the order of the notes (repeatable)</source>
        <translation>сүйлөө тезистеринин текст файлы, жазуулардын тартиби боюнча ар бирине бирден (кайталаса болот)</translation>
    </message>
    <message>
        <source>title of a pack (default: where the trip goes)</source>
        <translation>топтомдун аталышы (демейки: сапардын багыты)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>милдеттүү</translation>
    </message>
    <message>
        <source>name or id of the record ({entity})</source>
        <translation>жазуунун аты же идентификатору ({entity})</translation>
    </message>
    <message>
        <source>id of the record ({entity})</source>
        <translation>жазуунун идентификатору ({entity})</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>булардын бири: {values}</translation>
    </message>
    <message>
        <source>an OTS state code, e.g. {examples}</source>
        <translation>ТМУ мамлекетинин коду, мис. {examples}</translation>
    </message>
    <message>
        <source>{code} followed by the number</source>
        <translation>{code}, андан кийин номер</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>PNG же JPEG файлы</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>кайталаса болот</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>демейки: {value}</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>талаалар</translation>
    </message>
    <message>
        <source>{field} is both given and cleared; choose one.</source>
        <translation>«{field}» талаасы берилди да, тазаланды да; бирөөнү тандаңыз.</translation>
    </message>
    <message>
        <source>Records cannot be filtered by {field}.</source>
        <translation>Жазууларды «{field}» талаасы боюнча чыпкалоого болбойт.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Жазуулар жок.</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {title} [{id}].</source>
        <translation>{name} ({size}) {title} жазуусуна тиркелди [{id}].</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Тиркелген файл жок.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ушул жерде</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Катчылыкта</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name} {path} катары сакталды.</translation>
    </message>
    <message>
        <source>Removed {name} [{id}]; to undo: liaison attachment restore {id}</source>
        <translation>{name} алынып салынды [{id}]; кайтаруу үчүн: liaison attachment restore {id}</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>жазуунун түрү: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id (or exact name)</source>
        <translation>жазуунун идентификатору (же так аты)</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>жазууга файл тиркөө</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>тиркеле турган файл</translation>
    </message>
    <message>
        <source>the name it is shown under (default: the file&apos;s own)</source>
        <translation>көрсөтүлө турган аты (демейки: файлдын өз аты)</translation>
    </message>
    <message>
        <source>list a record&apos;s files</source>
        <translation>жазуунун файлдарын тизмелөө</translation>
    </message>
    <message>
        <source>save a copy of an attached file</source>
        <translation>тиркелген файлдын көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>көчүрмө жазыла турган жер</translation>
    </message>
    <message>
        <source>remove a file from its record ({restore} undoes it)</source>
        <translation>файлды жазуусунан алып салуу ({restore} кайтарат)</translation>
    </message>
    <message>
        <source>“{title}” has been shared: others have it. To make it private, say what happens to their copies: --withdraw (taken back from everyone; you keep it here) or --keep-shared-copies (they keep the version they have; your later edits stay here).</source>
        <translation>«{title}» бөлүшүлгөн: ал башкаларда да бар. Аны жеке кылуу үчүн алардын көчүрмөлөрү эмне болорун көрсөтүңүз: --withdraw (баарынан кайра алынат; сизде калат) же --keep-shared-copies (колундагы версия аларда калат; кийинки оңдоолоруңуз ушул жерде калат).</translation>
    </message>
    <message>
        <source>Deleted {title} [{id}].</source>
        <translation>Өчүрүлдү: {title} [{id}].</translation>
    </message>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>Анын ичиндеги %n жазуу да өчүрүлдү; калыбына келтирүү аларды да кайтарат.</numerusform>
            <numerusform>Анын ичиндеги %n жазуу да өчүрүлдү; калыбына келтирүү аларды да кайтарат.</numerusform>
        </translation>
    </message>
    <message>
        <source>its id or exact name</source>
        <translation>идентификатору же так аты</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>идентификатору</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>аракеттер</translation>
    </message>
    <message>
        <source>add one and print it</source>
        <translation>бирөөнү кошуп, чыгаруу</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>тизмелөө</translation>
    </message>
    <message>
        <source>at most {n} records</source>
        <translation>эң көп {n} жазуу</translation>
    </message>
    <message>
        <source>skip the first {n} records</source>
        <translation>алгачкы {n} жазууну өткөрүп жиберүү</translation>
    </message>
    <message>
        <source>only records whose {field} is {value} (references: a name or id; empty: none; repeatable)</source>
        <translation>{field} талаасы {value} болгон жазуулар гана (шилтемелер: аты же идентификатору; бош: жок; кайталаса болот)</translation>
    </message>
    <message>
        <source>include deleted records</source>
        <translation>өчүрүлгөн жазууларды да кошуу</translation>
    </message>
    <message>
        <source>show one</source>
        <translation>бирөөнү көрсөтүү</translation>
    </message>
    <message>
        <source>show it even if deleted (give the id)</source>
        <translation>өчүрүлгөн болсо да көрсөтүү (идентификаторун бериңиз)</translation>
    </message>
    <message>
        <source>change the given fields of one</source>
        <translation>бир жазуунун берилген талааларын өзгөртүү</translation>
    </message>
    <message>
        <source>empty this field (repeatable)</source>
        <translation>бул талааны тазалоо (кайталаса болот)</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: take it back from everyone else</source>
        <translation>--visibility жазууну жеке кылганда: бөлүшүлгөн жазууну башкалардын баарынан кайра алуу</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: others keep the copy they have</source>
        <translation>--visibility жазууну жеке кылганда: башкалар бөлүшүлгөн жазуунун колундагы көчүрмөсүн сактайт</translation>
    </message>
    <message>
        <source>delete one (and what it holds); {restore} undoes it</source>
        <translation>бир жазууну (жана ичиндегисин) өчүрүү; {restore} кайтарат</translation>
    </message>
    <message>
        <source>undo the delete of one</source>
        <translation>бир өчүрүүнү жокко чыгаруу</translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>Бул жыйнакта программанын терезеси жок; ички буйрукту колдонуңуз, караңыз: liaison --help</translation>
    </message>
    <message>
        <source>Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).</source>
        <translation>Liaison: ТМУнун диаспора байланыш кызматкерлеринин иш тиркемеси. Буйруксуз иш столунун терезесин ачат; буйрук менен маалыматтар менен буйрук сабынан иштейт (скрипттер жана көп иштер үчүн).</translation>
    </message>
    <message>
        <source>The data directory is --data-dir, else ${env}, else the platform&apos;s user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.</source>
        <translation>Маалымат папкасы — --data-dir, болбосо ${env}, болбосо платформанын колдонуучу маалымат папкасы. Жазуулар идентификатору же бар болсо аты ({example}) менен аталат. Скрипт окуй турган чыгаруу үчүн каалаган буйрукта --json колдонуңуз; каталар ар дайым стандарттык ката агымына, 1 чыгуу коду менен чыгат.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>колдонулушу: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позициялык аргументтер</translation>
    </message>
    <message>
        <source>options</source>
        <translation>опциялар</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>бул жардамды көрсөтүп, чыгуу</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>маалымат папкасы</translation>
    </message>
    <message>
        <source>print {json} for scripts</source>
        <translation>скрипттер үчүн {json} чыгаруу</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Мисалдар:</translation>
    </message>
    <message>
        <source>the data directory (else ${env})</source>
        <translation>маалымат папкасы (болбосо ${env})</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the Settings choice, else the system&apos;s)</source>
        <translation>билдирүүлөрдүн жана терезенин тили (демейки: Жөндөөлөрдөгү тандоо, болбосо системанын тили)</translation>
    </message>
    <message>
        <source>print the version and the data directory</source>
        <translation>версияны жана маалымат папкасын чыгаруу</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>буйруктар</translation>
    </message>
    <message>
        <source>Data directory: {path}</source>
        <translation>Маалымат папкасы: {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>image, {size} KB</source>
        <translation>сүрөт, {size} КБ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Өчүрүлдү</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңыланды</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Эч нерсе табылган жок.</translation>
    </message>
    <message>
        <source>liaison: warning: no system keyring is available, so the sign-in is kept only while this command runs; log in again next time (or use sync --password-stdin).</source>
        <translation>liaison: эскертүү: системалык ачкычтар сактагычы жок, ошондуктан кирүү уруксаты ушул буйрук аткарылып жатканда гана сакталат; кийинки жолу кайра кириңиз (же sync --password-stdin колдонуңуз).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Сырсөз: </translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Сырсөздү --password-stdin аркылуу стандарттык киргизүүгө бериңиз.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Сырсөз бош.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation>{server} серверине {user} катары кирдиңиз ({institution}).</translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation>{pushed} өзгөртүү жөнөтүлдү ({merged} бириктирилди), {pulled} жазуу алынды, {deleted} өчүрүлдү; {conflicts} жаңы карама-каршылык, {open} чечилбеген; бул жерде {pending} өзгөртүү жөнөтүүнү күтүүдө. {requests} суроо, {seconds:.1f} с.</translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation>Аларды көрүү: liaison conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>%n тиркелген файл жүктөлдү.</numerusform>
            <numerusform>%n тиркелген файл жүктөлдү.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n тиркелген файл Катчылыкта калды (жүктөө чегинен ашык же ал жакта азырынча жок): ар бири ачылганда жүктөлөт.</numerusform>
            <numerusform>%n тиркелген файл Катчылыкта калды (жүктөө чегинен ашык же ал жакта азырынча жок): ар бири ачылганда жүктөлөт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n тиркелген файл жөнөтүлгөн жок: бул маалымат папкасында жок же жолдо бузулган; кийинки синхрондоо кайра аракет кылат.</numerusform>
            <numerusform>%n тиркелген файл жөнөтүлгөн жок: бул маалымат папкасында жок же жолдо бузулган; кийинки синхрондоо кайра аракет кылат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation>Адегенде системага кириңиз: liaison login --server URL --user NAME</translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation>{message}
Өчүрүүлөрдү баары бир колдонуу үчүн liaison sync --yes буйругун аткарыңыз.</translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation>Системадан чыктыңыз; сервер бул компьютердин кирүү уруксатын жокко чыгарды.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation>Бул компьютерде системадан чыктыңыз; серверге билдирүү мүмкүн болгон жок (администратор эски кирүү уруксатын жокко чыгаргандан кийин гана сервер аны кабыл албай калат).</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>{id} идентификатору бар чечилбеген карама-каршылык жок.</translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation>Чечилди деп белгиленди; серверге кийинки синхрондоштурууда билдирилет.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Карама-каршылыктар жок.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Сакталганы (сервер)</translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation>Башкасы (клиент)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>connect this data folder to the Secretariat&apos;s server</source>
        <translation>бул маалымат папкасын Катчылыктын серверине туташтыруу</translation>
    </message>
    <message>
        <source>the server, e.g. {example}</source>
        <translation>сервер, мис. {example}</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>сервердеги колдонуучу атыңыз</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>сырсөздү стандарттык киришүүдөн окуу (бир сап)</translation>
    </message>
    <message>
        <source>the Secretariat&apos;s own certificate authority, if it uses one</source>
        <translation>Катчылыктын өз тастыктама борбору, эгер ал колдонсо</translation>
    </message>
    <message>
        <source>send your changes and receive the others&apos;</source>
        <translation>өзгөртүүлөрүңүздү жөнөтүү жана башкаларыныкын алуу</translation>
    </message>
    <message>
        <source>apply a pull that deletes many records without asking</source>
        <translation>көп жазууну өчүргөн алууну сурабай колдонуу</translation>
    </message>
    <message>
        <source>log in again first (same server and user), reading the password from standard input</source>
        <translation>адегенде кайра кирүү (ошол эле сервер жана колдонуучу), сырсөздү стандарттык киришүүдөн окуп</translation>
    </message>
    <message>
        <source>revoke this computer&apos;s sign-in and forget it</source>
        <translation>бул компьютердин кирүүсүн жокко чыгарып, унутуу</translation>
    </message>
    <message>
        <source>the conflict inbox: changes kept aside by a sync</source>
        <translation>карама-каршылыктар кутусу: шайкештирүү четке койгон өзгөртүүлөр</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>чечилген карама-каршылыктарды да кошуу</translation>
    </message>
    <message>
        <source>mark a conflict resolved (repeatable)</source>
        <translation>карама-каршылыкты чечилди деп белгилөө (кайталаса болот)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толугураак</translation>
    </message>
    <message>
        <source>Removed the training record {path}.</source>
        <translation>{path} окуу жазуусу өчүрүлдү.</translation>
    </message>
    <message>
        <source>There is no training record in {path}.</source>
        <translation>{path} ичинде окуу жазуусу жок.</translation>
    </message>
    <message>
        <source>Run demo --remove on your own data folder, not on {path}.</source>
        <translation>liaison demo --remove буйругун {path} эмес, өз маалымат папкаңызда иштетиңиз.</translation>
    </message>
    <message>
        <source>The training record {path} already holds the sample data.</source>
        <translation>{path} окуу жазуусунда үлгү маалыматтар бар.</translation>
    </message>
    <message>
        <source>Loaded the sample data into the training record {path}:</source>
        <translation>Үлгү маалыматтар окуу жазуусуна жүктөлдү: {path}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазуулар</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Кошулду</translation>
    </message>
    <message>
        <source>It never syncs. Open it with: liaison --data-dir {path}</source>
        <translation>Ал эч качан синхрондоштурулбайт. Ачуу үчүн: liaison --data-dir {path}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Кайталанган жазуу табылган жок.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Упай</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n тиркелген файл издөө үчүн азырынча окула элек: аларды liaison reindex окуйт.</numerusform>
            <numerusform>%n тиркелген файл издөө үчүн азырынча окула элек: аларды liaison reindex окуйт.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample records of an older version in {path}.</source>
        <translation>{path} ичинде эски версиянын үлгү жазуулары жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>%n үлгү жазууну өчүрсө болот (өчүрүү үчүн --dry-run жок иштетиңиз).</numerusform>
            <numerusform>%n үлгү жазууну өчүрсө болот (өчүрүү үчүн --dry-run жок иштетиңиз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Эски версия бул базага жүктөгөн %n үлгү жазуу өчүрүлдү.</numerusform>
            <numerusform>Эски версия бул базага жүктөгөн %n үлгү жазуу өчүрүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because you changed them or your records refer to them:</source>
        <translation>Сиз өзгөрткөндүктөн же өз жазууларыңыз шилтеме кылгандыктан сакталгандар:</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>кийин өзгөртүлгөн</translation>
    </message>
    <message>
        <source>your records refer to it</source>
        <translation>жазууларыңыз ага шилтеме кылат</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Идентификаторлор</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>Алар менен бирге дагы %n үлгү жазуу сакталды (алар шилтеме кылган жазуулар жана алардын бөлүктөрү).</numerusform>
            <numerusform>Алар менен бирге дагы %n үлгү жазуу сакталды (алар шилтеме кылган жазуулар жана алардын бөлүктөрү).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {id}; to undo: liaison contact unmerge {merge}</source>
        <translation>{id} жазуусуна бириктирилди; жокко чыгаруу үчүн: liaison contact unmerge {merge}</translation>
    </message>
    <message>
        <source>Restored {other} beside {keep}.</source>
        <translation>{other} {keep} жанында калыбына келтирилди.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Издөө индекси кайра түзүлдү: %n жазуу.</numerusform>
            <numerusform>Издөө индекси кайра түзүлдү: %n жазуу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>Издөө үчүн %n тиркелген файл окулду.</numerusform>
            <numerusform>Издөө үчүн %n тиркелген файл окулду.</numerusform>
        </translation>
    </message>
    <message>
        <source>search contacts, institutions, events, ...</source>
        <translation>байланыштар, мекемелер, иш-чаралар боюнча издөө, ...</translation>
    </message>
    <message>
        <source>what to look for (any script: {latin} finds {cyrillic})</source>
        <translation>изделе турган текст (каалаган жазуу: {latin} {cyrillic} табат)</translation>
    </message>
    <message>
        <source>only hits of this kind (repeatable)</source>
        <translation>ушул түрдөгү натыйжалар гана (кайталаса болот)</translation>
    </message>
    <message>
        <source>at most {n} hits (default: 50)</source>
        <translation>эң көп {n} натыйжа (демейки: 50)</translation>
    </message>
    <message>
        <source>mark minutes as agreed (read-only)</source>
        <translation>протоколду макулдашылды деп белгилөө (окуу үчүн гана)</translation>
    </message>
    <message>
        <source>id of the minutes</source>
        <translation>протоколдун идентификатору</translation>
    </message>
    <message>
        <source>who agreed them (default: the {setting} setting)</source>
        <translation>ким макулдашты (демейки: {setting} жөндөөсү)</translation>
    </message>
    <message>
        <source>reopen agreed minutes for changes</source>
        <translation>макулдашылган протоколду өзгөртүү үчүн кайра ачуу</translation>
    </message>
    <message>
        <source>why they are reopened (kept in the minutes log)</source>
        <translation>эмне үчүн кайра ачылганы (протокол журналында сакталат)</translation>
    </message>
    <message>
        <source>who reopened them (default: the {setting} setting)</source>
        <translation>ким кайра ачты (демейки: {setting} жөндөөсү)</translation>
    </message>
    <message>
        <source>merge a duplicate into the contact to keep (undoable)</source>
        <translation>кайталанган байланышты сакталуучу байланышка бириктирүү (жокко чыгарса болот)</translation>
    </message>
    <message>
        <source>the contact to keep</source>
        <translation>сакталуучу байланыш</translation>
    </message>
    <message>
        <source>the contact merged into it and removed</source>
        <translation>ага бириктирилип, өчүрүлүүчү байланыш</translation>
    </message>
    <message>
        <source>undo a merge: both contacts and their references come back</source>
        <translation>бириктирүүнү жокко чыгаруу: эки байланыш тең жана аларга шилтемелер кайтат</translation>
    </message>
    <message>
        <source>the id the merge printed</source>
        <translation>бириктирүү чыгарган идентификатор</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>мөөнөтү өткөн ачык тапшырмалар</translation>
    </message>
    <message>
        <source>settings kept with the data</source>
        <translation>маалыматтар менен бирге сакталган жөндөөлөр</translation>
    </message>
    <message>
        <source>print a setting (or all)</source>
        <translation>жөндөөнү (же баарын) чыгаруу</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>жөндөө</translation>
    </message>
    <message>
        <source>change a setting (an empty value clears it)</source>
        <translation>жөндөөнү өзгөртүү (бош маани аны тазалайт)</translation>
    </message>
    <message>
        <source>the new value (an institution&apos;s name or id for {setting})</source>
        <translation>жаңы маани ({setting} үчүн мекеменин аты же идентификатору)</translation>
    </message>
    <message>
        <source>load the sample data into the training record {folder} (it never syncs)</source>
        <translation>үлгү маалыматтарды {folder} окуу жазуусуна жүктөө (эч качан шайкештелбейт)</translation>
    </message>
    <message>
        <source>delete the training record</source>
        <translation>окуу жазуусун өчүрүү</translation>
    </message>
    <message>
        <source>remove the sample records an older version loaded into your own record (those you changed or linked to stay)</source>
        <translation>эски версия өз базаңызга жүктөгөн үлгү жазууларды өчүрүү (сиз өзгөрткөн же байланыштыргандар калат)</translation>
    </message>
    <message>
        <source>with --remove-old: only say what would be removed</source>
        <translation>--remove-old менен: эмне өчүрүлөрүн гана айтуу</translation>
    </message>
    <message>
        <source>list contacts that are probably one person, with why</source>
        <translation>бир эле адам болушу мүмкүн болгон байланыштарды себеби менен тизмелөө</translation>
    </message>
    <message>
        <source>also the contacts marked “not a duplicate” in the window&apos;s review</source>
        <translation>терезедеги карап чыгууда “кайталанма эмес” деп белгиленген байланыштар да</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>издөө индексин кайра түзүү</translation>
    </message>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: бузулуу табылган жок.</translation>
    </message>
    <message>
        <source>{path} is damaged:</source>
        <translation>{path} бузулган:</translation>
    </message>
    <message>
        <source>Run “liaison recover” to copy what can be read into a new file.</source>
        <translation>Окууга мүмкүн болгонду жаңы файлга көчүрүү үчүн “liaison recover” буйругун иштетиңиз.</translation>
    </message>
    <message>
        <source>Recovered into {path} ({contacts} contacts, {events} events); the damaged file is kept as {copy}.</source>
        <translation>{path} файлына калыбына келтирилди ({contacts} байланыш, {events} иш-чара); бузулган файл {copy} катары сакталды.</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Көз ирмемдик көчүрмө сакталды: {path}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Азырынча көз ирмемдик көчүрмө жок.</translation>
    </message>
    <message>
        <source>Restored {snapshot}; the file it replaced is kept as {copy}.</source>
        <translation>{snapshot} калыбына келтирилди; ал алмаштырган файл {copy} катары сакталды.</translation>
    </message>
    <message>
        <source>Give the FILE to import, or --undo BATCH.</source>
        <translation>Импорттолчу ФАЙЛды же --undo BATCH бериңиз.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({reason}); change it with --encoding.</source>
        <translation>Коддоо: {encoding} ({reason}); --encoding менен өзгөртүңүз.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {sheets}); choose another with --sheet.</source>
        <translation>Барак: {sheet} ({sheets} ичинен); башкасын --sheet менен тандаңыз.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>{row}-сап, “{column}” тилкеси: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or import the others with --skip-invalid.</source>
        <translation>Эч нерсе импорттолгон жок. Бул саптарды оңдоңуз же калгандарын --skip-invalid менен импорттоңуз.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Сыноо: эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>Import {batch}; undo it with: liaison import --undo {batch}</source>
        <translation>Импорт {batch}; жокко чыгаруу үчүн: liaison import --undo {batch}</translation>
    </message>
    <message>
        <source>The skipped rows are in {path}.</source>
        <translation>Өткөрүлүп жиберилген саптар {path} файлында.</translation>
    </message>
    <message>
        <source>Undone: {removed} record(s) removed, {reverted} record(s) put back.</source>
        <translation>Жокко чыгарылды: {removed} жазуу өчүрүлдү, {reverted} жазуу мурунку абалына кайтарылды.</translation>
    </message>
    <message>
        <source>Kept, because it was edited after the import: {entity} {id} {field}</source>
        <translation>Импорттон кийин оңдолгондуктан сакталды: {entity} {id} {field}</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} жазуу {path} файлына жазылды.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Түзүлдү: %n байланыш.</numerusform>
            <numerusform>Түзүлдү: %n байланыш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Жаңыртылды: %n байланыш.</numerusform>
            <numerusform>Жаңыртылды: %n байланыш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Өзгөргөн жок: %n байланыш.</numerusform>
            <numerusform>Өзгөргөн жок: %n байланыш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Өткөрүлдү: %n жараксыз сап.</numerusform>
            <numerusform>Өткөрүлдү: %n жараксыз сап.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Иш-чарага кошулду: %n катышуучу.</numerusform>
            <numerusform>Иш-чарага кошулду: %n катышуучу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Өзгөртүүлөр жөнөтүлүүдө: {done} / {total}</translation>
    </message>
    <message>
        <source>Receiving records: {done}</source>
        <translation>Жазуулар кабыл алынууда: {done}</translation>
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
        <translation>Профилин көрүү үчүн байланышты тандаңыз.</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Байланыштын профили</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Профиль окулган жок.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Ээлеген кызмат орундары</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Кызмат орундары көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>Катышкан иш-чаралары</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Иш-чаралар жок.</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Эки тараптуу жолугушуулар</translation>
    </message>
    <message>
        <source>No bilateral meetings recorded.</source>
        <translation>Эки тараптуу жолугушуулар жок.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Ачык тапшырмалар</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Ачык тапшырмалар жок.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>(no position given)</source>
        <translation>(кызмат орду көрсөтүлгөн эмес)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 баштап</translation>
    </message>
    <message>
        <source>current</source>
        <translation>азыркы</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 чейин</translation>
    </message>
    <message>
        <source>Head of the delegation of %1</source>
        <translation>Делегациянын башчысы: %1</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегациянын башчысы</translation>
    </message>
    <message>
        <source>registered, did not attend</source>
        <translation>катталган, катышкан жок</translation>
    </message>
    <message>
        <source>On the margins of %1</source>
        <translation>«%1» алкагында</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Жыйынтыктары:</translation>
    </message>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, анын ичинде %n мөөнөтү өткөн)</numerusform>
            <numerusform>(%1, анын ичинде %n мөөнөтү өткөн)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>мөөнөтү %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>мөөнөтү жок</translation>
    </message>
    <message>
        <source>assigned to them</source>
        <translation>өзүнө тапшырылган</translation>
    </message>
    <message>
        <source>assigned to their institution (responsible: %1)</source>
        <translation>мекемесине тапшырылган (жооптуу: %1)</translation>
    </message>
    <message>
        <source>assigned to their institution</source>
        <translation>мекемесине тапшырылган</translation>
    </message>
    <message>
        <source>Agreed at %1</source>
        <translation>«%1» иш-чарасында макулдашылган</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. %1 or 2023-11-20</source>
        <translation>мис. %1 же 2023-11-20</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Календардан тандоо</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2023-11-20</source>
        <translation>Бул күн эмес: %1 же 2023-11-20 түрүндө жазыңыз</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>бирдей электрондук почта</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>бирдей телефон</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>бирдей аты-жөнү</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>башка алфавитте бирдей аты-жөнү</translation>
    </message>
    <message>
        <source>same name, words in another order</source>
        <translation>бирдей аты-жөнү, сөздөр башка тартипте</translation>
    </message>
    <message>
        <source>similar spelling of the name</source>
        <translation>аты-жөнүнүн окшош жазылышы</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>бирдей мекеме</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Кайталанмаларды табуу</translation>
    </message>
    <message>
        <source>Contacts that are &amp;probably one person:</source>
        <translation>&amp;Бир эле адам болушу мүмкүн болгон байланыштар:</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Мүмкүн болгон кайталанмалар</translation>
    </message>
    <message>
        <source>Side by si&amp;de:</source>
        <translation>Катар-ка&amp;тар:</translation>
    </message>
    <message>
        <source>The two contacts, field by field</source>
        <translation>Эки байланыш, талаа боюнча</translation>
    </message>
    <message>
        <source>Values that differ are in bold.</source>
        <translation>Айырмасы бар маанилер калың арип менен.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Би&amp;риктирүү</translation>
    </message>
    <message>
        <source>Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time.</source>
        <translation>Экинчи байланышты сакталганына бириктирүү: эл. почталар, телефондор, белгилер жана тилдер бириктирилет, бош талаалары толтурулат, экинчисине шилтеме кылгандын баары эми ага шилтеме кылат. Бириктирүүнү каалаган убакта жокко чыгарса болот.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Кайталанма эмес</translation>
    </message>
    <message>
        <source>They are two people: this pair is not offered again.</source>
        <translation>Булар эки башка адам: бул жуп кайра сунушталбайт.</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Акыркы бириктирүүнү &amp;жокко чыгаруу</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>Карап чыгуу үчүн %n жуп.</numerusform>
            <numerusform>Карап чыгуу үчүн %n жуп.</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates left to review.</source>
        <translation>Карап чыгуу үчүн мүмкүн болгон кайталанмалар калган жок.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Кайталанмалар изделүүдө…</translation>
    </message>
    <message>
        <source>Why: %1 (how sure: %2 %).</source>
        <translation>Эмне үчүн: %1 (ыктымалдыгы: %2 %).</translation>
    </message>
    <message>
        <source>Keep &amp;1: %1</source>
        <translation>Сактоо &amp;1: %1</translation>
    </message>
    <message>
        <source>Keep &amp;2: %1</source>
        <translation>Сактоо &amp;2: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo the last merge to separate them again.</source>
        <translation>%1 %2 байланышына бириктирилди. Кайра бөлүү үчүн акыркы бириктирүүнү жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two people.</source>
        <translation>%1 жана %2 эки башка адам катары сакталат.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Мекемелер</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <source>Position held</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Кызмат орундары</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Катышуучу</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тартибинин маселеси</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Күн тартибинин маселелери</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Протоколдун жазуусу</translation>
    </message>
    <message>
        <source>Minutes entries</source>
        <translation>Протоколдун жазуулары</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>Minutes log entry</source>
        <translation>Протокол журналынын жазуусу</translation>
    </message>
    <message>
        <source>Minutes log</source>
        <translation>Протокол журналы</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Тиркелген файл</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тиркелген файлдар</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Эки тараптуу жолугушуу</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Эки тараптуу жолугушуулар</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Биргелешкен иш-аракеттер планы</translation>
    </message>
    <message>
        <source>Joint Action Plans</source>
        <translation>Биргелешкен иш-аракеттер пландары</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Пландын иш-чарасы</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Пландын иш-чаралары</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Ээлеген кызмат орундары</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протоколдор</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Бардык тапшырмалар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Чыпка: %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Чыпка</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Жаңы</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Өчүрүүнү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсөтүү</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толугураак</translation>
    </message>
    <message>
        <source>Nothing matches: clear the filter to see all %1.</source>
        <translation>Дал келген эч нерсе жок: баарын көрүү үчүн чыпканы тазалаңыз (%1).</translation>
    </message>
    <message>
        <source>No %1 yet. Click New (Ctrl+N) to add the first.</source>
        <translation>Азырынча жазуу жок (%1). Биринчисин кошуу үчүн Жаңы (Ctrl+N) баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.</source>
        <translation>«%1» жана ага тиешелүүнүн баары өчүрүлсүнбү? Муну Ctrl+Z менен жокко чыгарса болот.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>«%1» өчүрүлдү. Жокко чыгаруу: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>«%1» калыбына келтирилди.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>Аракет аткарылган жок.</translation>
    </message>
    <message>
        <source>{path} is not a Liaison database (or it is damaged).</source>
        <translation>{path} — Liaison маалымат базасы эмес (же бузулган).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Liaison (schema {revision}). Please update Liaison to open it; the file has not been changed.</source>
        <translation>{path} Liaison&apos;дун жаңыраак версиясы менен жазылган (схема {revision}). Ачуу үчүн Liaison&apos;ду жаңыртыңыз; файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (perhaps another Liaison window). Close it and try again; nothing was saved.</source>
        <translation>{path} башка программа тарабынан бөгөттөлгөн (балким, Liaison&apos;дун башка терезеси). Аны жаап, кайра аракет кылыңыз; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>{path} маалымат папкасын колдонууга болбойт: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only (the file, its folder or the disk): nothing was saved. Copy the data folder to a place you can write to, or make it writable, and try again.</source>
        <translation>{path} окуу үчүн гана (файл, анын папкасы же диск): эч нерсе сакталган жок. Маалымат папкасын жаза ала турган жерге көчүрүңүз же жазууга боло тургандай кылып, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space on it and try again.</source>
        <translation>{path} жайгашкан диск толуп калды: эч нерсе сакталган жок. Анда бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. Check the disk and try again; if it keeps failing, run: liaison doctor</source>
        <translation>{path} окууда же жазууда ката кетти (диск катасы же диск алынып салынды): эч нерсе сакталган жок. Дискти текшерип, кайра аракет кылыңыз; ката кайталана берсе, иштетиңиз: liaison doctor</translation>
    </message>
    <message>
        <source>{path} cannot be opened (its folder is missing or not readable, or the disk was removed). Check the data folder and try again.</source>
        <translation>{path} ачылбайт (папкасы жок же окулбайт, же диск алынып салынды). Маалымат папкасын текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and “liaison recover” to copy what can be read into a new file (the damaged one is kept).</source>
        <translation>{path} бузулган, Liaison ага жазбайт. Отчет үчүн “liaison doctor”, окууга мүмкүн болгонду жаңы файлга көчүрүү үчүн “liaison recover” иштетиңиз (бузулган файл сакталат).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. Restore a backup (liaison restore), or move the file away to start a new record.</source>
        <translation>{path} бош (0 байт), балким үзүлгөн көчүрүүдөн; Liaison ага тийген жок. Камдык көчүрмөнү калыбына келтириңиз (liaison restore) же жаңы жазуу баштоо үчүн файлды башка жерге жылдырыңыз.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Liaison and must be updated, but it is read-only. Copy the data folder to a place you can write to and open the copy.</source>
        <translation>{path} Liaison&apos;дун эски версиясы менен жазылган жана жаңыртылышы керек, бирок ал окуу үчүн гана. Маалымат папкасын жаза ала турган жерге көчүрүп, көчүрмөнү ачыңыз.</translation>
    </message>
    <message>
        <source>There is no {entity} with the id {id}.</source>
        <translation>{id} идентификатору бар «{entity}» жок.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>«{field}» талаасы милдеттүү.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>«{field}» өтө узун ({length} белги; эң көп дегенде {limit}).</translation>
    </message>
    <message>
        <source>{field} contains a control character (position {position}).</source>
        <translation>«{field}» талаасында башкаруучу белги бар ({position}-орун).</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>«{field}» текст болушу керек.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>«{field}» «{value}» эмес, бүтүн сан болушу керек.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>«{field}» {low} менен {high} ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>{field}: «{value}» күн эмес (ЖЖЖЖ-АА-КК форматын колдонуңуз).</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>«{field}» «{value}» эмес, ооба же жок болушу керек.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field}: «{value}» булардын бири эмес: {choices}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: «{value}» — туура эмес электрондук почта дареги.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number (write it as +CC followed by the number).</source>
        <translation>{field}: «{value}» — туура эмес телефон номери (+өлкөнүн коду жана номерди жазыңыз).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country code (e.g. KG, TR, DE).</source>
        <translation>{field}: «{value}» өлкөнүн коду эмес (мисалы, KG, TR, DE).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an OTS state code ({choices}).</source>
        <translation>{field}: «{value}» ТМУ мамлекетинин коду эмес ({choices}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language code (e.g. kk, tr, ru).</source>
        <translation>{field}: «{value}» тилдин коду эмес (мисалы, kk, tr, ru).</translation>
    </message>
    <message>
        <source>{field} must be a PNG or JPEG image of at most {limit} MB.</source>
        <translation>«{field}» көлөмү {limit} МБдан ашпаган PNG же JPEG сүрөтү болушу керек.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>«{field}» тизме болушу керек.</translation>
    </message>
    <message>
        <source>{field} has too many entries (at most {limit}).</source>
        <translation>«{field}» талаасында маанилер өтө көп (эң көп дегенде {limit}).</translation>
    </message>
    <message>
        <source>{field} cannot be set here.</source>
        <translation>«{field}» талаасын бул жерде коюуга болбойт.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) башталышынан ({start}) мурун.</translation>
    </message>
    <message>
        <source>{field}: no record matches “{value}”.</source>
        <translation>{field}: «{value}» дал келген жазуу жок.</translation>
    </message>
    <message>
        <source>{field}: “{value}” matches several records ({candidates}); give the id instead.</source>
        <translation>{field}: «{value}» бир нече жазууга дал келет ({candidates}); анын ордуна идентификаторду бериңиз.</translation>
    </message>
    <message>
        <source>{field}: give at least a state, an institution or a person.</source>
        <translation>{field}: жок дегенде мамлекетти, мекемени же адамды көрсөтүңүз.</translation>
    </message>
    <message>
        <source>These minutes are agreed and read-only; reopen them first to change them.</source>
        <translation>Бул протокол макулдашылган жана окуу үчүн гана; өзгөртүү үчүн адегенде аны кайра ачыңыз.</translation>
    </message>
    <message>
        <source>These minutes are already agreed.</source>
        <translation>Бул протокол мурунтан макулдашылган.</translation>
    </message>
    <message>
        <source>These minutes are not agreed, so there is nothing to reopen.</source>
        <translation>Бул протокол макулдашылган эмес, ошондуктан кайра ача турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>Row {row}: {details}</source>
        <translation>{row}-сап: {details}</translation>
    </message>
    <message>
        <source>Loading the sample data was cancelled; nothing was written.</source>
        <translation>Үлгү маалыматтарды жүктөө токтотулду; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>{path} holds your own records: the sample data goes only into the training record (liaison demo, or File → Open the training record).</source>
        <translation>{path} ичинде сиздин өз жазууларыңыз бар: үлгү маалыматтар окуу жазуусуна гана жүктөлөт (liaison demo же Файл → Окуу жазуусун ачуу).</translation>
    </message>
    <message>
        <source>Choose at least one event or bilateral meeting to brief on.</source>
        <translation>Маалымкат үчүн жок дегенде бир иш-чараны же эки тараптуу жолугушууну тандаңыз.</translation>
    </message>
    <message>
        <source>Cannot write the briefing to {path}: {reason}. Nothing was written.</source>
        <translation>Маалымкатты {path} ичине жазуу мүмкүн эмес: {reason}. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the PDF file to write.</source>
        <translation>{path} — папка: жазыла турган PDF файлдын атын бериңиз.</translation>
    </message>
    <message>
        <source>Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru).</source>
        <translation>Тил: «{language}» — Liaison даталарды жаза ала турган тил эмес (мисалы, en, tr, kk, ru).</translation>
    </message>
    <message>
        <source>Marking: at most {limit} characters (“{marking}” has {length}).</source>
        <translation>Гриф: эң көп {limit} белги («{marking}»: {length}).</translation>
    </message>
    <message>
        <source>Making the briefing was cancelled; no file was written.</source>
        <translation>Маалымкатты даярдоо токтотулду; файл жазылган жок.</translation>
    </message>
    <message>
        <source>The Secretariat server&apos;s message is not valid: {field}: {reason}</source>
        <translation>Катчылыктын серверинин жообу жараксыз: {field}: {reason}</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept.</source>
        <translation>Синхрондоштуруу ийгиликсиз болду; өзгөртүүлөрүңүз сакталды.</translation>
    </message>
    <message>
        <source>This data folder is not connected to a Secretariat server yet: log in first.</source>
        <translation>Бул маалымат папкасы Катчылыктын серверине азырынча туташтырыла элек: адегенде системага кириңиз.</translation>
    </message>
    <message>
        <source>This is the training record (sample data); it never syncs with the Secretariat. Open your own record to sync.</source>
        <translation>Бул — окуу жазуусу (үлгү маалыматтар); ал Катчылык менен эч качан синхрондоштурулбайт. Синхрондоштуруу үчүн өз жазууңузду ачыңыз.</translation>
    </message>
    <message>
        <source>The Secretariat server at {url} needs you to log in again ({reason}). Your changes are kept and will be sent after you log in.</source>
        <translation>{url} дарегиндеги Катчылыктын сервери системага кайра кирүүнү талап кылууда ({reason}). Өзгөртүүлөрүңүз сакталды жана системага киргениңизден кийин жөнөтүлөт.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the user name or the password ({message}).</source>
        <translation>Катчылыктын сервери колдонуучунун атын же сырсөздү кабыл алган жок ({message}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address; write it as https://host or https://host:port.</source>
        <translation>«{url}» — сервердин дареги эмес; аны https://host же https://host:port түрүндө жазыңыз.</translation>
    </message>
    <message>
        <source>Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only to this computer, for testing).</source>
        <translation>{url} менен корголбогон http:// аркылуу байланышууга болбойт: https:// колдонуңуз (корголбогон http ушул компьютердин өзү менен, сыноо үчүн гана уруксат берилет).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be used: {reason}</source>
        <translation>{path} күбөлөндүрүүчү борбордун файлын колдонууга болбойт: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the Secretariat server at {url} ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>{url} дарегиндеги Катчылыктын серверине туташуу мүмкүн болгон жок ({reason}). Өзгөртүүлөрүңүз сакталды жана кийинки синхрондоштурууда жөнөтүлөт.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the Secretariat&apos;s ({reason}); nothing was sent. If the Secretariat uses its own certificate authority, log in again with its CA file.</source>
        <translation>{url} дарегиндеги сервер Катчылыкка таандык экенин далилдеген жок ({reason}); эч нерсе жөнөтүлгөн жок. Эгер Катчылык өзүнүн күбөлөндүрүүчү борборун колдонсо, анын күбөлөндүрүүчү борборунун файлы менен системага кайра кириңиз.</translation>
    </message>
    <message>
        <source>The Secretariat server needs a newer version of Liaison: please update Liaison. Your changes are kept. ({message})</source>
        <translation>Катчылыктын серверине Liaison&apos;дун жаңыраак версиясы керек: Liaison&apos;ду жаңыртыңыз. Өзгөртүүлөрүңүз сакталды. ({message})</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete {count} of the {total} records on this computer; nothing was deleted. If that is expected, confirm and sync again.</source>
        <translation>Сервердеги өзгөртүүлөр бул компьютердеги {total} жазуунун ичинен {count} жазууну өчүрмөк; эч нерсе өчүрүлгөн жок. Эгер бул күтүлгөн болсо, ырастап, кайра синхрондоштуруңуз.</translation>
    </message>
    <message>
        <source>The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.</source>
        <translation>Катчылыктын серверинде ката кетти ({status}: {message}). Өзгөртүүлөрүңүз сакталды; кийинчерээк кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The Secretariat server went back in time (restored from a backup); sync again.</source>
        <translation>Катчылыктын сервери убакыт боюнча артка кайтты (камдык көчүрмөдөн калыбына келтирилди); кайра шайкештириңиз.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the request ({status}: {message}).</source>
        <translation>Катчылыктын сервери суроону кабыл алган жок ({status}: {message}).</translation>
    </message>
    <message>
        <source>Only {author}, whose change it is, and officers of the institution that owns “{title}” may resolve this conflict. It stays in your conflict inbox.</source>
        <translation>Бул карама-каршылыкты өзгөртүүнүн автору {author} жана «{title}» жазуусунун ээси болгон мекеменин кызматкерлери гана чече алат. Карама-каршылык карама-каршылыктар тизмеңизде калат.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was exchanged before is saved, the rest is kept for later.</source>
        <translation>Синхрондоштуруу токтотулду; ага чейин алмашылган маалыматтар сакталды, калганы кийинчерээкке калтырылды.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running.</source>
        <translation>Бул маалымат папкасын синхрондоштуруу учурда аткарылып жатат.</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>Системалык ачкычтар сактагычында ката кетти: {reason}</translation>
    </message>
    <message>
        <source>The file {name} cannot be downloaded from the Secretariat: it is not there yet (the laptop that attached it has not synced since) or no longer yours to see. Try again later.</source>
        <translation>{name} файлын Катчылыктан жүктөп алуу мүмкүн эмес: ал азырынча ал жакта жок (аны тиркеген ноутбук андан бери шайкештирилген эмес) же аны көрүүгө мындан ары укугуңуз жок. Кийинчерээк кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not kept; it is sent again at the next sync. Your record is unchanged.</source>
        <translation>{name} файлы Катчылыкка бузулуп жетти (SHA-256 мааниси дал келген жок) жана сакталган жок; ал кийинки шайкештирүүдө кайра жөнөтүлөт. Жазууңуз өзгөргөн жок.</translation>
    </message>
    <message>
        <source>{path} is open in another program (perhaps the Liaison window or a sync). Close it, then try again; nothing was changed.</source>
        <translation>{path} башка программада ачык (балким Liaison терезеси же синхрондоштуруу). Аны жаап, кайра аракет кылыңыз; эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): nothing was copied. Free some space and try again.</source>
        <translation>{path} жанында көчүрмө үчүн бош орун жетишсиз ({needed} МБ керек, {reserve} МБ бош калтырылат): эч нерсе көчүрүлгөн жок. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>There is no snapshot in {path} to restore.</source>
        <translation>{path} ичинде калыбына келтире турган көз ирмемдик көчүрмө жок.</translation>
    </message>
    <message>
        <source>Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; restore a snapshot (liaison restore) or ask for help.</source>
        <translation>{path} файлынан эч нерсе калыбына келтирилген жок: көчүрмө бүтүн эмес. Файл ошол бойдон калтырылды; көз ирмемдик көчүрмөнү калыбына келтириңиз (liaison restore) же жардам сураңыз.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Байланышты өзү менен бириктирүүгө болбойт.</translation>
    </message>
    <message>
        <source>There is no merge {id} to undo, or it was undone already.</source>
        <translation>Жокко чыгарыла турган {id} бириктирүүсү жок же ал мурун жокко чыгарылган.</translation>
    </message>
    <message>
        <source>{what} cannot be exported as {format} (use {formats}).</source>
        <translation>{what} {format} форматында экспорттолбойт ({formats} колдонуңуз).</translation>
    </message>
    <message>
        <source>Participants are exported for one event: give --event ID or TITLE.</source>
        <translation>Катышуучулар бир иш-чара үчүн экспорттолот: --event ID же АТАЛЫШЫН бериңиз.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} жазылбайт: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} окулбайт: {reason}</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: мындай файл жок.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this program can read ({detail}).</source>
        <translation>{path} бул программа окуй ала турган таблица эмес ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a text (CSV) file: it holds binary data.</source>
        <translation>{path} тексттик (CSV) файл эмес: экилик маалымат бар.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>{path} vCard файлы эмес: BEGIN:VCARD жок.</translation>
    </message>
    <message>
        <source>{path} is not in the encoding {encoding}; choose another.</source>
        <translation>{path} {encoding} коддоосунда эмес; башкасын тандаңыз.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>{encoding} — бул программа билген коддоо эмес.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>{path} ичинде “{sheet}” аттуу барак жок (болгондору: {sheets}).</translation>
    </message>
    <message>
        <source>{path}: no row of column names was found.</source>
        <translation>{path}: тилке аттары бар сап табылган жок.</translation>
    </message>
    <message>
        <source>{path}: no column holds the names; map one with --map &quot;COLUMN=name&quot;.</source>
        <translation>{path}: бир да тилкеде аттар жок; бирөөсүн --map &quot;ТИЛКЕ=name&quot; менен белгилеңиз.</translation>
    </message>
    <message>
        <source>--map “{value}”: write COLUMN=field, with field one of {fields}.</source>
        <translation>--map “{value}”: ТИЛКЕ=талаа деп жазыңыз; талаа булардын бири: {fields}.</translation>
    </message>
    <message>
        <source>--map “{value}”: the file has no column “{column}”.</source>
        <translation>--map “{value}”: файлда “{column}” тилкеси жок.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт токтотулду; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>There is no import with the id {batch}.</source>
        <translation>{batch} идентификатору бар импорт жок.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>{batch} импорту мурун эле жокко чыгарылган.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>жөнөкөй текст</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): nothing was attached.</source>
        <translation>{name} файлы бош (0 байт): эч нерсе тиркелген жок.</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was attached. Attach a smaller copy (a PDF printed at a lower resolution, say).</source>
        <translation>{name} файлы {size_mb} МБ, бир файл эң көп {limit_mb} МБ болушу мүмкүн: эч нерсе тиркелген жок. Кичирээк көчүрмөсүн тиркеңиз (мисалы, төмөнүрөөк сапатта басылган PDF).</translation>
    </message>
    <message>
        <source>The file {name} is named as a {kind} file but is not one (its content does not start as a {kind} file does): nothing was attached. Save it again as {kind}, or rename it.</source>
        <translation>{name} файлынын аты аны {kind} файлы катары көрсөтөт, бирок ал андай эмес (мазмуну {kind} файлы сыяктуу башталбайт): эч нерсе тиркелген жок. Аны кайра {kind} катары сактаңыз же атын өзгөртүңүз.</translation>
    </message>
    <message>
        <source>The file name “{name}” cannot be used: a name may not be empty, contain / or \ or control characters, or be longer than 255 characters. Nothing was attached.</source>
        <translation>«{name}» файл атын колдонууга болбойт: ат бош болбошу, / же \ же башкаруу белгилерин камтыбашы жана 255 белгиден узун болбошу керек. Эч нерсе тиркелген жок.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Nothing was attached.</source>
        <translation>{name} файлын окуу мүмкүн эмес: {reason}. Эч нерсе тиркелген жок.</translation>
    </message>
    <message>
        <source>Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, plans, action items and contacts.</source>
        <translation>«{kind}» жазуусуна файл тиркөөгө болбойт: иш-чараларга, эки тараптуу жолугушууларга, документтерге, протоколдорго, пландарга, аракет пункттарына жана байланыштарга гана.</translation>
    </message>
    <message>
        <source>The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this computer yet. Sync to download it.</source>
        <translation>{name} файлы ({size}) Катчылыкта гана: ал бул компьютерге азырынча жүктөлгөн жок. Жүктөп алуу үчүн шайкештириңиз.</translation>
    </message>
    <message>
        <source>The copy {path} cannot be written: {reason}. Nothing was written.</source>
        <translation>{path} көчүрмөсүн жазуу мүмкүн эмес: {reason}. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>it is no longer there (moved, renamed or deleted)</source>
        <translation>ал азыр ал жерде жок (жылдырылган, аты өзгөртүлгөн же өчүрүлгөн)</translation>
    </message>
    <message>
        <source>this account may not read or write it</source>
        <translation>бул каттоо эсебинин аны окууга же жазууга уруксаты жок</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>бул файл эмес, папка</translation>
    </message>
    <message>
        <source>the disk could not be read (a damaged or removed disk)</source>
        <translation>дискти окуу мүмкүн болгон жок (бузулган же ажыратылган диск)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск окуу үчүн гана</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>бул кадимки файл эмес</translation>
    </message>
    <message>
        <source>{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others may not be able to open it.</source>
        <translation>{name} — PDF, DOCX, XLSX, ODT, сүрөт же жөнөкөй текст файлы эмес: ал тиркелди, бирок башкалар аны ача албашы мүмкүн.</translation>
    </message>
    <message>
        <source>“{value}” is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>«{value}» — SHA-256 хэши эмес (64 он алтылык сан).</translation>
    </message>
    <message>
        <source>The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): it was damaged or changed on the way, and nothing was stored.</source>
        <translation>{name} файлы күтүлгөн файл эмес (SHA-256 хэши {expected} эмес, {actual}): жолдо бузулган же өзгөргөн; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It was set aside in {folder}. Sync to download it again, or attach the original file again.</source>
        <translation>{name} файлынын бул компьютердеги көчүрмөсү бузулган (тиркелгенден бери дисктеги байттары өзгөргөн), ошондуктан ал колдонулган жок. Ал {folder} папкасына өзүнчө коюлду. Кайра жүктөп алуу үчүн шайкештириңиз же түп нуска файлды кайра тиркеңиз.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It could not be set aside ({path} cannot be written to). Attach the original file again in a writable copy of the data folder.</source>
        <translation>{name} файлынын бул компьютердеги көчүрмөсү бузулган (тиркелгенден бери дисктеги байттары өзгөргөн), ошондуктан ал колдонулган жок. Аны өзүнчө коюу мүмкүн болгон жок ({path} жазууга болбойт). Түп нуска файлды маалымат папкасынын жазууга боло турган көчүрмөсүндө кайра тиркеңиз.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored.</source>
        <translation>{name} файлы бир файлга уруксат берилген {limit_mb} МБдан чоң: эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The file {name} is not in this data folder (its bytes, {digest}, are missing).</source>
        <translation>{name} файлы бул маалымат папкасында жок (мазмуну, {digest}, жетишпейт).</translation>
    </message>
    <message>
        <source>Not sent (the next sync tries again): {problem}</source>
        <translation>Жөнөтүлгөн жок (кийинки шайкештирүү кайра аракет кылат): {problem}</translation>
    </message>
    <message>
        <source>Files were not downloaded (they download when opened, or at the next sync): {problem}</source>
        <translation>Файлдар жүктөлүп алынган жок (ачканда же кийинки шайкештирүүдө жүктөлөт): {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Тандалган байланыштар</translation>
    </message>
    <message>
        <source>Events (calendar)</source>
        <translation>Иш-чаралар (календарь)</translation>
    </message>
    <message>
        <source>Bilateral meetings (calendar)</source>
        <translation>Эки тараптуу жолугушуулар (календарь)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Иш-чаранын катышуучулары</translation>
    </message>
    <message>
        <source>Contacts shown in the list (filtered)</source>
        <translation>Тизмеде көрсөтүлгөн байланыштар (чыпкаланган)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Кайсы пункттар</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} жазуу {path} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Home institution</source>
        <translation>Өз мекемеси</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Кызматкердин аты</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Жеткиликтүүлүк</translation>
    </message>
    <message>
        <source>Owner institution</source>
        <translation>Ээси болгон мекеме</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Name in own language</source>
        <translation>Өз тилиндеги аталышы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Кыскача аталышы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мамлекет</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Шаар</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Курамында</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Латын тамгасы менен аты</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Баштап</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Сериядагы номери</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Башталган күнү</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяктаган күнү</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Кабыл алуучу мекеме</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Тиркелген жазуу</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файлдын аты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Кесиптеш</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегациянын башчысы</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Макулдашылган күнү</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тартибинин маселеси</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Башкы сөз</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Чечимдер</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Кабыл алынган күнү</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Биргелешкен иш-аракеттер планы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Убактысы</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Кайсы иш-чаранын алкагында</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Жыйынтыктар</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Эки тараптуу жолугушуу</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Жооптуу мекеме</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Аткарылган күнү</translation>
    </message>
    <message>
        <source>Agreed at event</source>
        <translation>Макулдашылган иш-чара</translation>
    </message>
    <message>
        <source>From minutes</source>
        <translation>Протоколдон</translation>
    </message>
    <message>
        <source>From bilateral meeting</source>
        <translation>Эки тараптуу жолугушуудан</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Кабыл алынган иш-чара</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Responsible states</source>
        <translation>Жооптуу мамлекеттер</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Жетектөөчү мекеме</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Мөөнөттөр</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Action items of this meeting</source>
        <translation>Бул жыйындын тапшырмалары</translation>
    </message>
    <message>
        <source>Bilateral meetings on the margins</source>
        <translation>Иш-чаранын алкагындагы эки тараптуу жолугушуулар</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Тапшырма…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Тапшырма кошуу</translation>
    </message>
    <message>
        <source>Add an action item (%1)</source>
        <translation>Тапшырма кошуу (%1)</translation>
    </message>
    <message>
        <source>Bilateral…</source>
        <translation>Эки тараптуу жолугушуу…</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Эки тараптуу жолугушуу кошуу</translation>
    </message>
    <message>
        <source>Add a bilateral meeting on the margins (%1)</source>
        <translation>Иш-чаранын алкагында эки тараптуу жолугушуу кошуу (%1)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <source>Bilaterals on the margins</source>
        <translation>Иш-чаранын алкагындагы эки тараптуу жолугушуулар</translation>
    </message>
    <message>
        <source>None yet. %1 adds one.</source>
        <translation>Азырынча жок. %1 — кошуу.</translation>
    </message>
    <message>
        <source>F&amp;ollow-up %1</source>
        <translation>Кийинки ка&amp;дамдар %1</translation>
    </message>
    <message>
        <source>Agreed under item %1: %2</source>
        <translation>%1-маселе боюнча макулдашылды: %2</translation>
    </message>
    <message>
        <source>Agreed under: %1</source>
        <translation>Макулдашылган маселе: %1</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Тапшырма кошулду: %1</translation>
    </message>
    <message>
        <source>Bilateral meeting added: %1</source>
        <translation>Эки тараптуу жолугушуу кошулду: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Каталар</translation>
    </message>
</context>
<context>
    <name>GoingPrivateDialog</name>
    <message>
        <source>Make the record private</source>
        <translation>Жазууну жеке кылуу</translation>
    </message>
    <message>
        <source>Make “%1” private?</source>
        <translation>«%1» жеке кылынсынбы?</translation>
    </message>
    <message>
        <source>Officers of your institution already have it.</source>
        <translation>Ал мекемеңиздин кызматкерлеринде бар.</translation>
    </message>
    <message>
        <source>Every officer who syncs with the Secretariat may already have it.</source>
        <translation>Ал Катчылык менен шайкештирген ар бир кызматкерде болушу мүмкүн.</translation>
    </message>
    <message>
        <source>Withdraw it: it is removed, with what it holds, from their computers at their next sync and stays here, private, with its history. Keep their copies: they keep the version they have, and what you write from now on stays on this computer.</source>
        <translation>Кайра алуу: кийинки шайкештирүүдө ал ичиндегиси менен кошо алардын компьютерлеринен өчүрүлөт, ал эми бул жерде тарыхы менен жеке бойдон калат. Көчүрмөлөрү калсын: колундагы версия аларда калат, мындан ары жазганыңыз ушул компьютерде калат.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it from the others</source>
        <translation>Башкалардан &amp;кайра алуу</translation>
    </message>
    <message>
        <source>Withdraw it from the others</source>
        <translation>Башкалардан кайра алуу</translation>
    </message>
    <message>
        <source>Removed from the other officers&apos; computers at their next sync; kept here</source>
        <translation>Башка кызматкерлердин компьютерлеринен кийинки шайкештирүүдө өчүрүлөт; бул жерде калат</translation>
    </message>
    <message>
        <source>&amp;Keep their copies</source>
        <translation>Көчүрмөлөрү &amp;калсын</translation>
    </message>
    <message>
        <source>Keep their copies</source>
        <translation>Көчүрмөлөрү калсын</translation>
    </message>
    <message>
        <source>They keep the version they have; later edits stay here</source>
        <translation>Колундагы версия аларда калат; кийинки оңдоолор ушул жерде калат</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Жүктөп алуу</translation>
    </message>
    <message>
        <source>Download the photo from the Secretariat</source>
        <translation>Сүрөттү Катчылыктан жүктөп алуу</translation>
    </message>
    <message>
        <source>A photo is attached.</source>
        <translation>Сүрөт тиркелген.</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Сүрөт жок.</translation>
    </message>
    <message>
        <source>Downloading the photo from the Secretariat…</source>
        <translation>Сүрөт Катчылыктан жүктөлүүдө…</translation>
    </message>
    <message>
        <source>The photo is on the Secretariat (%1), not downloaded to this computer yet.</source>
        <translation>Сүрөт Катчылыкта (%1), бул компьютерге али жүктөлө элек.</translation>
    </message>
    <message>
        <source>The photo&apos;s file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it.</source>
        <translation>Сүрөттүн бул компьютердеги файлы бузулган, ошондуктан ал өзүнчө коюлду жана колдонулбайт. Оңдоо үчүн сүрөттү кайра тандаңыз.</translation>
    </message>
    <message>
        <source>The photo&apos;s file is missing from this computer and never reached the Secretariat. Choose the photo again.</source>
        <translation>Сүрөттүн файлы бул компьютерде жок жана Катчылыкка эч качан жеткен эмес. Сүрөттү кайра тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Сүрөт тандаңыз</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Сүрөттөр (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Латын тамгасы менен аты</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мамлекет</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Булак идентификатору</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импорттолбойт)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>файл байт тартиби белгиси менен башталат</translation>
    </message>
    <message>
        <source>the file is valid UTF-8</source>
        <translation>файл туура UTF-8</translation>
    </message>
    <message>
        <source>the file has only ASCII characters</source>
        <translation>файлда ASCII белгилери гана бар</translation>
    </message>
    <message>
        <source>this code page gives the most letters of the officers&apos; alphabets</source>
        <translation>бул коддук барак кызматкерлердин алфавиттеринин эң көп тамгасын берет</translation>
    </message>
    <message>
        <source>chosen by the officer</source>
        <translation>кызматкер тандаган</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Байланыштарды импорттоо</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Файлды тандаңыз</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.</source>
        <translation>Каалаган программадан CSV, Excel (XLSX, XLS), OpenDocument (ODS) же vCard (VCF) файлдары.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Тилкелер</translation>
    </message>
    <message>
        <source>Check which field each column holds; change any that is wrong.</source>
        <translation>Ар бир тилке кайсы талааны камтыганын текшериңиз; катасын өзгөртүңүз.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Барак</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Коддоо</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдагы тилке</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Add them to an event as participants</source>
        <translation>Иш-чарага катышуучу катары кошуу</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Жараксыз саптарды өткөрүп, калгандарын импорттоо</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)</source>
        <translation>Байланыштар (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (божомол)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңы</translation>
    </message>
    <message>
        <source>matches an existing contact</source>
        <translation>бар байланышка дал келет</translation>
    </message>
    <message>
        <source>matches an existing contact, nothing new</source>
        <translation>бар байланышка дал келет, жаңы эч нерсе жок</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>жараксыз</translation>
    </message>
    <message>
        <source>fills: {fields}</source>
        <translation>толтурат: {fields}</translation>
    </message>
    <message>
        <source> (the first {n} rows)</source>
        <translation> (алгачкы {n} сап)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or first and last names).</source>
        <translation>Аттарды (же аты менен фамилиясын) камтыган тилкени тандаңыз.</translation>
    </message>
    <message>
        <source>New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.</source>
        <translation>Жаңы: {new}. Бар байланыштарга дал келген: {match}. Жараксыз: {invalid}.</translation>
    </message>
    <message>
        <source>(none: contacts only)</source>
        <translation>(жок: байланыштар гана)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <source>Rows {rows} are invalid; nothing was imported. Fix them, or skip them.</source>
        <translation>{rows} саптары жараксыз; эч нерсе импорттолгон жок. Оңдоңуз же өткөрүп жибериңиз.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Импорттолду: {created} жаңы, {updated} жаңыртылды, {unchanged} өзгөргөн жок, {skipped} өткөрүлдү.</translation>
    </message>
</context>
<context>
    <name>LanguagesWidget</name>
    <message>
        <source>Type a language&apos;s name, e.g. %1</source>
        <translation>Тилдин атын териңиз, мисалы: %1</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Тандоого мүмкүн болгон тилдер</translation>
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
        <translation>Бөлүмдөр</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Маалыматтар ачылууда…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Маалымкаттар топтому…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Жөндөөлөр…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өтүү</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Жыйын режими</translation>
    </message>
    <message>
        <source>Draft the minutes of the selected event while it runs (F9)</source>
        <translation>Тандалган иш-чаранын протоколун жыйын учурунда жазуу (F9)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>Бардык жерден &amp;издөө</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхрондоштуруу</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Азыр &amp;синхрондоштуруу</translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation>Катчылыкка &amp;кирүү…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Системадан &amp;чыгуу</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Ка&amp;рама-каршылыктар…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Синхрондоштуруу &amp;журналы…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Маалымат</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaison &amp;жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Баскычтоп айкалыштары</translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Адегенде иш-чараны тандап, андан кийин жыйын режими үчүн F9 басыңыз.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: %2 көрсөтүлдү</translation>
    </message>
    <message>
        <source>Open the &amp;training record…</source>
        <translation>&amp;Окуу жазуусун ачуу…</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison жөнүндө</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;The desk application of the OTS diaspora liaison officers.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;ТМУнун диаспоралар менен байланыш боюнча кызматкерлеринин иш программасы.&lt;/p&gt;&lt;p&gt;Маалымат папкасы: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Үлгү маалыматтар жүктөлдү.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Үлгү маалыматтар жүктөлүүдө…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation>Жыйын режими — %1</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Жыйын режимин жабуу</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Катышуу жана кийинки кадамдар</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Тапшырма кошуу</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Эки тараптуу жолугушуу кошуу</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Билдирүүлөр</translation>
    </message>
    <message>
        <source>%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close</source>
        <translation>%1 кийинки маселе · %2 мурунку · %3 тапшырма · %4 эки тараптуу жолугушуу · %5 жабуу</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Күн тартибинин кийинки маселеси</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Күн тартибинин мурунку маселеси</translation>
    </message>
    <message>
        <source>Your own minutes: the first word typed creates them.</source>
        <translation>Өз протоколуңуз: терилген биринчи сөз менен түзүлөт.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Liaison ичинде ката кетти (%1).</translation>
    </message>
    <message>
        <source>Some of your text could not be saved: %1</source>
        <translation>Текстиңиздин бир бөлүгү сакталган жок: %1</translation>
    </message>
    <message>
        <source>Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text.</source>
        <translation>Кайра аракет кылыңыз, жыйын режимин ачык калтырыңыз (текст экранда калат) же жаап, сакталбаган текстти жоготуңуз.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Ачык калтыруу</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Жаап, жоготуу</translation>
    </message>
</context>
<context>
    <name>MinutesDetailView</name>
    <message>
        <source>Minutes status</source>
        <translation>Протоколдун абалы</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Протоколду алдын ала көрүү</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Жур&amp;нал</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Log of the minutes</source>
        <translation>Протокол журналы</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>белгисиз күнү</translation>
    </message>
    <message>
        <source>Agreed on %1 — read-only. Reopen to change.</source>
        <translation>%1 макулдашылган — окуу үчүн гана. Өзгөртүү үчүн кайра ачыңыз.</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>Аталышы жок протокол</translation>
    </message>
    <message>
        <source>No entries yet. Take notes in meeting mode.</source>
        <translation>Азырынча жазуулар жок. Жыйын режиминде жазып туруңуз.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Ар кандай маселелер</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Чечимдер:</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <source>Meeting mode</source>
        <translation>Жыйын режими</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Протоколдун абалы</translation>
    </message>
    <message>
        <source>Agr&amp;ee minutes…</source>
        <translation>Протоколду &amp;макулдашуу…</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Протоколду макулдашуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Жыйын режимин жабуу</translation>
    </message>
    <message>
        <source>Close meeting mode (%1); everything typed is saved first.</source>
        <translation>Жыйын режимин жабуу (%1); адегенде терилгендин баары сакталат.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Окуу үчүн гана</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Кайра ачуу…</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Протоколду кайра ачуу</translation>
    </message>
    <message>
        <source>Make the agreed minutes editable again (you will be asked why).</source>
        <translation>Макулдашылган протоколду кайрадан оңдоого ачуу (себеби суралат).</translation>
    </message>
    <message>
        <source>&amp;Write our own minutes</source>
        <translation>Өз протоколубузду &amp;жазуу</translation>
    </message>
    <message>
        <source>Take your institution&apos;s own minutes of this meeting; these stay as they are.</source>
        <translation>Бул жолугушуунун өз мекемеңизге таандык протоколун жүргүзүңүз; бул протокол өзгөрүүсүз калат.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change.</source>
        <translation>Окуу үчүн гана: бул протоколду %1 жазган, аны анын кызматкерлери гана өзгөртө алат (Катчылык башка мекемелерден келген өзгөртүүлөрдү кабыл албайт). Окуп, көчүрүп алсаңыз болот; ар кандай өзгөртүү үчүн аларга кайрылыңыз.</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change.</source>
        <translation>Окуу үчүн гана: бул протоколду башка мекеме жазган, аны анын кызматкерлери гана өзгөртө алат. Окуп, көчүрүп алсаңыз болот; ар кандай өзгөртүү үчүн аларга кайрылыңыз.</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Протокол азырынча жок</translation>
    </message>
    <message>
        <source>There is nothing to agree yet: the minutes start with the first word typed.</source>
        <translation>Азырынча макулдаша турган эч нерсе жок: протокол биринчи терилген сөздөн башталат.</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Макулдашылды: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Макулдашылды</translation>
    </message>
    <message>
        <source>These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged.</source>
        <translation>Бул протокол %1 макулдашылган жана окуу үчүн гана. Өзгөртүү үчүн аны кайра ачыңыз; себеби суралат жана журналга жазылат.</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Протоколдун долбоору</translation>
    </message>
    <message>
        <source>Mark the minutes agreed: they become read-only, and this is logged.</source>
        <translation>Протоколду макулдашылган деп белгилөө: ал окуу үчүн гана болот жана бул журналга жазылат.</translation>
    </message>
    <message>
        <source>There is nothing to agree yet.</source>
        <translation>Азырынча макулдаша турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>Agree the minutes once everything typed is saved.</source>
        <translation>Терилгендин баары сакталгандан кийин протоколду макулдашыңыз.</translation>
    </message>
    <message>
        <source>Mark these minutes as agreed?</source>
        <translation>Бул протокол макулдашылган деп белгиленсинби?</translation>
    </message>
    <message>
        <source>Agreed minutes are read-only: changing them later means reopening them, which is logged.</source>
        <translation>Макулдашылган протокол окуу үчүн гана: кийин өзгөртүү үчүн аны кайра ачуу керек жана бул журналга жазылат.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Макулдашуу</translation>
    </message>
    <message>
        <source>The minutes are agreed.</source>
        <translation>Протокол макулдашылды.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Аткарылган жок: %1</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>Протокол кайра ачылды; себеби журналга жазылды.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the event</source>
        <translation>Иш-чаранын протоколдору</translation>
    </message>
    <message>
        <source>&amp;New minutes…</source>
        <translation>Жаңы &amp;протокол…</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Жаңы протокол</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өз&amp;гөртүү…</translation>
    </message>
    <message>
        <source>Edit the title and summary</source>
        <translation>Аталышын жана кыскача мазмунун өзгөртүү</translation>
    </message>
    <message>
        <source>Open in &amp;meeting mode</source>
        <translation>Жыйын &amp;режиминде ачуу</translation>
    </message>
    <message>
        <source>Open in meeting mode</source>
        <translation>Жыйын режиминде ачуу</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Макулдашуу…</translation>
    </message>
    <message>
        <source>Agree the minutes</source>
        <translation>Протоколду макулдашуу</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Кайра &amp;ачуу…</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Протоколду кайра ачуу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Прот&amp;околду өчүрүү</translation>
    </message>
    <message>
        <source>Delete the minutes</source>
        <translation>Протоколду өчүрүү</translation>
    </message>
    <message>
        <source>Mark the minutes as agreed by the parties: they become read-only.</source>
        <translation>Протоколду тараптар макулдашкан деп белгилөө: ал окуу үчүн гана болот.</translation>
    </message>
    <message>
        <source>Make agreed minutes editable again, giving a reason for the log.</source>
        <translation>Макулдашылган протоколду журнал үчүн себебин көрсөтүп, кайрадан оңдоого ачуу.</translation>
    </message>
    <message>
        <source>Agreed minutes cannot be deleted; reopen them first.</source>
        <translation>Макулдашылган протоколду өчүрүүгө болбойт; адегенде аны кайра ачыңыз.</translation>
    </message>
    <message>
        <source>Choose an event to see its minutes.</source>
        <translation>Протоколдорун көрүү үчүн иш-чараны тандаңыз.</translation>
    </message>
    <message>
        <source>This event has no minutes yet. Start them with “New minutes…”.</source>
        <translation>Бул иш-чаранын азырынча протоколу жок. «Жаңы протокол…» аркылуу баштаңыз.</translation>
    </message>
    <message>
        <source>Choose minutes to see their entries.</source>
        <translation>Жазууларын көрүү үчүн протоколду тандаңыз.</translation>
    </message>
    <message>
        <source>These minutes belong to %1: only its officers may change, agree, reopen or delete them.</source>
        <translation>Бул протокол %1 мекемесине таандык: аны анын кызматкерлери гана өзгөртө, макулдаша, кайра ача же өчүрө алат.</translation>
    </message>
    <message>
        <source>these minutes</source>
        <translation>бул протокол</translation>
    </message>
    <message>
        <source>Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.</source>
        <translation>«%1» макулдашылган деп белгиленсинби? Макулдашылган протокол кимдир бирөө кайра ачмайынча окуу үчүн гана болот.</translation>
    </message>
    <message>
        <source>Why are these minutes reopened? The reason is kept in their log.</source>
        <translation>Бул протокол эмне үчүн кайра ачылууда? Себеби анын журналында сакталат.</translation>
    </message>
    <message>
        <source>A reason is required to reopen agreed minutes. Why are they reopened?</source>
        <translation>Макулдашылган протоколду кайра ачуу үчүн себеп керек. Эмне үчүн кайра ачылууда?</translation>
    </message>
    <message>
        <source>Delete “%1” and their entries?</source>
        <translation>«%1» жазуулары менен кошо өчүрүлсүнбү?</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation>Кошуу үчүн иш-чараны же эки тараптуу жолугушууну издеңиз…</translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation>Иш-чараны же эки тараптуу жолугушууну издөө</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылгандар</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Кошуу</translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation>Ушул топтомдо (ар бирине бирден маалымкат, ушул тартипте):</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>Ушул топтомдо</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Өйдө</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып салуу</translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation>Профили бериле турган кесиптештер:</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Кесиптештер</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Эч ким</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Издөө ийгиликсиз болду; толугураак журналда.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Эч нерсе табылган жок.</translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message>
        <source>Sample records in your record</source>
        <translation>Базаңыздагы үлгү жазуулар</translation>
    </message>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>Liaison&apos;дун эски версиясы үлгү маалыматтарды (ойдон чыгарылган кызматкерлер, Бишкек жолугушуусу…) өз базаңызга жүктөгөн. Сиз өзгөртпөгөн %n үлгү жазууну өчүрсө болот.</numerusform>
            <numerusform>Liaison&apos;дун эски версиясы үлгү маалыматтарды (ойдон чыгарылган кызматкерлер, Бишкек жолугушуусу…) өз базаңызга жүктөгөн. Сиз өзгөртпөгөн %n үлгү жазууну өчүрсө болот.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Сакталат: сиз өзгөрткөн же өз жазууларыңыз шилтеме кылган %n жазуу:</numerusform>
            <numerusform>Сакталат: сиз өзгөрткөн же өз жазууларыңыз шилтеме кылган %n жазуу:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample stays available in the training record (File → Open the training record…).</source>
        <translation>Үлгү окуу базасында жеткиликтүү бойдон калат (Файл → Окуу базасын ачуу…).</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>%n үлгү жазуу өчүрүлдү.</numerusform>
            <numerusform>%n үлгү жазуу өчүрүлдү.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>Сиз өзгөрткөн же байланыштырган %n жазуу сакталды.</numerusform>
            <numerusform>Сиз өзгөрткөн же байланыштырган %n жазуу сакталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation>Бөлүмдөр (мукаба ар дайым болот)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation>Ар бир беттин үстүңкү жана астыңкы жагында басылат; башка грифти да терүүгө болот</translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation>Сапардын багыты (бир нече маалымкаттан турган топтом үчүн)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ата&amp;лышы:</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Бир эле адам болушу мүмкүн</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Ыктымалдык</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Эмне үчүн</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>No papers</source>
        <translation>Документсиз</translation>
    </message>
    <message>
        <source>&amp;List them in an annex (Papers on file)</source>
        <translation>Тиркемеде &amp;тизмелөө (Катталган документтер)</translation>
    </message>
    <message>
        <source>List them and append the &amp;first pages of the PDFs</source>
        <translation>Тизмелөө жана PDFтин &amp;алгачкы барактарын кошуу</translation>
    </message>
    <message>
        <source>Pa&amp;ges of each PDF:</source>
        <translation>Ар бир PDFтен &amp;барактар:</translation>
    </message>
    <message>
        <source>Pages of each PDF</source>
        <translation>Ар бир PDFтен барактар</translation>
    </message>
    <message>
        <source>How many pages of each chosen PDF follow the pack (1 to 10)</source>
        <translation>Тандалган ар бир PDFтин канча барагы жыйнактан кийин кошулат (1ден 10го чейин)</translation>
    </message>
    <message>
        <source>Papers attached to the records of these notes:</source>
        <translation>Бул маалымкаттардын жазууларына тиркелген документтер:</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Бардык документтер</translation>
    </message>
    <message>
        <source>Tick all papers</source>
        <translation>Бардык документтерди белгилөө</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Бири да эмес</translation>
    </message>
    <message>
        <source>Untick all papers</source>
        <translation>Бардык документтерден белгини алуу</translation>
    </message>
    <message>
        <source>PDFs only on the Secretariat are downloaded when the preview is made; one that cannot be is listed in the annex as not downloaded. Photos are not papers.</source>
        <translation>Катчылыкта гана турган PDF файлдар алдын ала көрүү даярдалганда жүктөлөт; жүктөлбөгөнү тиркемеде жүктөлгөн эмес деп көрсөтүлөт. Сүрөттөр документ эмес.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>бул компьютерде</translation>
    </message>
    <message>
        <source>missing from this computer — attach it again</source>
        <translation>бул компьютерде жок — кайра тиркеңиз</translation>
    </message>
    <message>
        <source>on the Secretariat: downloaded when the preview is made</source>
        <translation>Катчылыкта: алдын ала көрүү даярдалганда жүктөлөт</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Катчылыкта</translation>
    </message>
    <message>
        <source>No papers are attached to the records of these notes.</source>
        <translation>Бул маалымкаттардын жазууларына бир да документ тиркелген эмес.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the agreed minutes</source>
        <translation>Макулдашылган протоколду кайра ачуу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Кайра ачуу</translation>
    </message>
    <message>
        <source>Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it.</source>
        <translation>Макулдашылган протокол атайын гана кайра ачылат. Себебин жазыңыз: ал сиздин атыңыз жана убакыт менен журналга жазылат жана аны ар бир делегация көрөт.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>e.g. The Uzbek delegation&apos;s comments on item 2 arrived.</source>
        <translation>мисалы, Өзбекстан делегациясынын 2-маселе боюнча сын-пикирлери келди.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себеби:</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>This record is damaged, so it is open for reading only: nothing can be changed. Recover it to go on working (%1).</source>
        <translation>Бул жазуу бузулган, ошондуктан окуу үчүн гана ачык: эч нерсени өзгөртүүгө болбойт. Ишти улантуу үчүн аны калыбына келтириңиз (%1).</translation>
    </message>
    <message>
        <source>This record is read-only (the file, its folder or the disk cannot be written), so it is open for reading only: nothing can be changed (%1).</source>
        <translation>Бул жазуу окуу үчүн гана (файлга, анын папкасына же дискке жазууга болбойт), ошондуктан окуу үчүн гана ачык: эч нерсени өзгөртүүгө болбойт (%1).</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Калыбына келтирүү…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Кайтаруу</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change.</source>
        <translation>Окуу үчүн гана: бул жазуу %1 мекемесине таандык, аны ошол мекеменин кызматкерлери гана өзгөртө алат (Катчылык башка мекемелердин өзгөртүүлөрүн кабыл албайт). Керегин көчүрүп алыңыз же өзгөртүүнү алардан сураңыз.</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change.</source>
        <translation>Окуу үчүн гана: бул жазуу башка мекемеге таандык, аны ошол мекеменин кызматкерлери гана өзгөртө алат. Керегин көчүрүп алыңыз же өзгөртүүнү алардан сураңыз.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Бул жазууда сакталбаган өзгөртүүлөр бар. Сакталсынбы?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The record is damaged</source>
        <translation>Жазуу бузулган</translation>
    </message>
    <message>
        <source>Recovery copies everything that can still be read into a new file, which takes the damaged one&apos;s place; the damaged file is kept in the backups folder. Liaison closes while it works and opens again on the recovered record.</source>
        <translation>Калыбына келтирүү дагы эле окула турган нерселердин баарын бузулган файлдын ордун баса турган жаңы файлга көчүрөт; бузулган файл камдык көчүрмөлөр папкасында сакталат. Liaison ушул убакта жабылып, калыбына келтирилген жазуу менен кайра ачылат.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Файлды текшерүү</translation>
    </message>
    <message>
        <source>Recover and reopen</source>
        <translation>Калыбына келтирип, кайра ачуу</translation>
    </message>
    <message>
        <source>Read on for now</source>
        <translation>Азырынча окууну улантуу</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл текшерилүүдө…</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Бузулуу табылган жок.</translation>
    </message>
    <message>
        <source>Recovery could not be started. Run: liaison recover</source>
        <translation>Калыбына келтирүү башталган жок. Иштетиңиз: liaison recover</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Type to search…</source>
        <translation>Издөө үчүн териңиз…</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Сактоо абалы</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Сактоо катасы</translation>
    </message>
    <message>
        <source>Your text stays on screen; Liaison keeps trying to save it.</source>
        <translation>Текстиңиз экранда калат; Liaison аны сактоого аракетин улантат.</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Терүү учурунда сакталат</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Окуу үчүн гана</translation>
    </message>
    <message>
        <source>There is no Save button: what you type is saved within a second.</source>
        <translation>Сактоо баскычы жок: терилген текст бир секунданын ичинде сакталат.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <source>Your latest typing is being saved.</source>
        <translation>Акыркы терилгениңиз сакталууда.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сакталды</translation>
    </message>
    <message>
        <source>Everything typed is saved on this computer.</source>
        <translation>Терилгендин баары ушул компьютерде сакталды.</translation>
    </message>
    <message>
        <source>Disk full — not saved</source>
        <translation>Диск толук — сакталган жок</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <source>Your text is safe on screen and will be saved as soon as possible.</source>
        <translation>Текстиңиз экранда аман жана мүмкүнчүлүк болгондо сакталат.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сакталган жок: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Бардык жерден издөө (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Бардык жерден издөө</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Издөөнүн жыйынтыктары</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Эч нерсе табылган жок.</translation>
    </message>
    <message>
        <source>in the attached file %1</source>
        <translation>тиркелген файлда: %1</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Издөө ийгиликсиз болду; толугураак журналда.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Атыңыз:</translation>
    </message>
    <message>
        <source>as it should appear in the minutes&apos; log</source>
        <translation>протокол журналында көрсөтүлгөндөй</translation>
    </message>
    <message>
        <source>&amp;Home institution:</source>
        <translation>&amp;Өз мекемеңиз:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <source>New records &amp;visible to:</source>
        <translation>Жаңы жазууларды &amp;көрө алгандар:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>&amp;Download in the background, up to:</source>
        <translation>Фондо эң көп &amp;жүктөө:</translation>
    </message>
    <message>
        <source>Download in the background, up to (MB per sync)</source>
        <translation>Фондо эң көп жүктөө (бир синхрондоого МБ)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Never (each file downloads when opened)</source>
        <translation>Эч качан (ар бир файл ачылганда жүктөлөт)</translation>
    </message>
    <message>
        <source>Colleagues&apos; attached files each sync downloads by itself, newest first, up to this many megabytes; the others stay on the Secretariat and download when you open them. 0: never in the background.</source>
        <translation>Кесиптештердин тиркелген файлдарын ар бир синхрондоо өзү, эң жаңысынан баштап, ушунча мегабайтка чейин жүктөйт; калгандары Катчылыкта калат жана сиз ачканда жүктөлөт. 0: фондо эч качан.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Системадагыдай (%1)</translation>
    </message>
    <message>
        <source>The window changes language at once; dates and numbers follow the language too.</source>
        <translation>Терезенин тили дароо алмашат; күндөр жана сандар да тандалган тилге ылайык көрсөтүлөт.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists and editors</source>
        <translation>Тизмелер жана түзөткүчтөр</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Жыйын режими</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Баскычтоп айкалыштары</translation>
    </message>
    <message>
        <source>Tab moves between a list, its filter and the editor; the arrows move within a list.</source>
        <translation>Табуляция баскычы тизме, анын чыпкасы жана түзөткүч ортосунда которот; жебе баскычтары тизменин ичинде жылдырат.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Баскычтар</translation>
    </message>
</context>
<context>
    <name>SimilarNotice</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Мүмкүн болгон кайталанма</translation>
    </message>
    <message>
        <source>&amp;Open the existing contact</source>
        <translation>Бар байланышты &amp;ачуу</translation>
    </message>
    <message>
        <source>%1 already exists (%2): is this the same person?</source>
        <translation>%1 мурунтан бар (%2): бул ошол эле адамбы?</translation>
    </message>
    <message>
        <source>Also similar: %1.</source>
        <translation>Окшоштору да бар: %1.</translation>
    </message>
    <message>
        <source>Open %1 instead of creating a new contact</source>
        <translation>Жаңы байланыш түзүүнүн ордуна %1 ачуу</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Türkiye</source>
        <translation>Түркия</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайжан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казакстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Түркмөнстан</translation>
    </message>
    <message>
        <source>Turkish Republic of Northern Cyprus</source>
        <translation>Түндүк Кипр Түрк Республикасы</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>ТМУнун Катчылыгы</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Синхрондоштуруу токтотулду.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the Secretariat could not be told: its sign-in stays valid there until an administrator revokes it.</source>
        <translation>Бул компьютерде системадан чыктыңыз, бирок Катчылыкка билдирүү мүмкүн болгон жок: администратор жокко чыгармайынча кирүү уруксаты ал жерде жарактуу бойдон калат.</translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation>Программадагы катадан улам синхрондоштуруу ийгиликсиз болду; толугураак журналда.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 серверине %2 катары кирдиңиз.</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation>Системадан чыктыңыз; бул компьютердин кирүү уруксаты жокко чыгарылды.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Синхрондоштурулду: %1 жөнөтүлдү, %2 алынды</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s server had gone back to an earlier backup: this computer sent it again what it had lost and read the record again; nothing was lost (records sent again: {count}).</source>
        <translation>Катчылыктын сервери мурунку камдык көчүрмөгө кайтып калган экен: бул компьютер анын жоготконун кайра жөнөттү жана жазууларды кайра окуду; эч нерсе жоголгон жок (кайра жөнөтүлгөн жазуу: {count}).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n өчүрүлдү</numerusform>
            <numerusform>%n өчүрүлдү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n бириктирилди</numerusform>
            <numerusform>%n бириктирилди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n жаңы карама-каршылык</numerusform>
            <numerusform>%n жаңы карама-каршылык</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n өзгөртүүнү сервер кабыл алган жок (карама-каршылыктарда сакталды)</numerusform>
            <numerusform>%n өзгөртүүнү сервер кабыл алган жок (карама-каршылыктарда сакталды)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation>Катчылыкка кирүү</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервердин дареги</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation>Катчылык өзүнүн күбөлөндүрүүчү борборун колдонсо гана</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Күбөлөндүрүүчү борбордун файлы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Сервердин &amp;дареги</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Колдонуучунун аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>Күбөлөндүрүүчү борбордун &amp;файлы</translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation>Сырсөз бир жолу жөнөтүлөт жана сакталбайт; бул компьютерде жокко чыгарууга боло турган кирүү уруксаты сакталат.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation>Катчылыктын күбөлөндүрүүчү борборунун сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Толтуруңуз: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кирүү аткарылууда…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Синхрондоштуруу журналы</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Азыр синхрондоштуруу</translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation>Эки тарап тең бир эле талааны өзгөрттү</translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation>Бир тарапта өзгөртүлдү, экинчисинде өчүрүлдү</translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation>Сервер бул өзгөртүүнү кабыл алган жок</translation>
    </message>
    <message>
        <source>Only officers of the record&apos;s institution may change it.</source>
        <translation>Жазууну ал таандык мекеменин кызматкерлери гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>The server has no such record.</source>
        <translation>Серверде мындай жазуу жок.</translation>
    </message>
    <message>
        <source>Private records never leave the officer&apos;s machine.</source>
        <translation>Жеке жазуулар кызматкердин компьютеринен эч качан чыкпайт.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Сервердегини калтыруу</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>%1 вариантын колдонуу</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Меникин колдонуу</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Бириктирүү</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Бириктирилген текст</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Карама-каршылыктар</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Чечилбеген карама-каршылыктар</translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation>Ушул тандоолор менен &amp;чечүү</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>Текстимди &amp;көчүрүү</translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation>Чечилбеген карама-каршылыктар жок: бардык өзгөртүүлөр бириктирилди.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автору: %1</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>автору: сиз</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>&amp;Чечилди деп белгилөө</translation>
    </message>
    <message>
        <source>&amp;Copy %1&apos;s text</source>
        <translation>%1 текстин &amp;көчүрүү</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 may want to send their text to the record&apos;s owner.</source>
        <translation>Эч нерсе өзгөртүлгөн жок. %1 өз текстин жазуунун ээсине жөнөткүсү келиши мүмкүн.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Текстиңиз бул жерде сакталат: аны көчүрүп (Текстимди көчүрүү), өзгөртүүнү киргизе алган %1 кызматкерине жөнөтүңүз же киргизүүнү сураңыз. Андан кийин муну чечилди деп белгилеңиз.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of the record&apos;s institution, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Текстиңиз бул жерде сакталат: аны көчүрүп (Текстимди көчүрүү), өзгөртүүнү киргизе алган, жазуу таандык мекеменин кызматкерине жөнөтүңүз же киргизүүнү сураңыз. Андан кийин муну чечилди деп белгилеңиз.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Эмне кылса болот:</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Offline</source>
        <translation>Тармактан тышкары</translation>
    </message>
    <message>
        <source>Sync with the Secretariat is not set up on this computer.</source>
        <translation>Бул компьютерде Катчылык менен синхрондоштуруу жөндөлгөн эмес.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Чечилбеген карама-каршылыктар</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондоштурулууда…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation>Синхрондоштурулууда… %2 өзгөртүүнүн %1и жөнөтүлдү</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Синхрондоштурулууда… %n жазуу алынды</numerusform>
            <numerusform>Синхрондоштурулууда… %n жазуу алынды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Системага кирилген эмес</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхрондоштуруу ийгиликсиз</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Тармакта</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>акыркы синхрондоштуруу: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 серверине %2 катары кирдиңиз.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation>Бул компьютерде ачкычтар сактагычы жок: кирүү уруксаты Liaison жабылганга чейин гана сакталат.</translation>
    </message>
    <message>
        <source>This computer&apos;s sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept.</source>
        <translation>Бул компьютердин %1 серверине кирүү уруксаты жок: системага кайра кириңиз (Синхрондоштуруу → Катчылыкка кирүү…). Өзгөртүүлөрүңүз сакталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n карама-каршылык</numerusform>
            <numerusform>%n карама-каршылык</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n өзгөртүү азырынча синхрондоштурулган жок</numerusform>
            <numerusform>%n өзгөртүү азырынча синхрондоштурулган жок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>Жеке жазуулардагы %n өзгөртүү ушул компьютерде сакталат: жеке жазуулар эч качан жөнөтүлбөйт.</numerusform>
            <numerusform>Жеке жазуулардагы %n өзгөртүү ушул компьютерде сакталат: жеке жазуулар эч качан жөнөтүлбөйт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондоштуруу</translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation>Серверден келген өчүрүүлөр баары бир колдонулсунбу?</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <source>Talking points for:</source>
        <translation>Тезистер кайсы маалымкат үчүн:</translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation>Тезистер кайсы маалымкат үчүн</translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation>Эмне айткыңыз же сурагыңыз келет. «-» белгисинен башталган саптар тизме болуп басылат.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Сүйлөшүү үчүн тезистер</translation>
    </message>
    <message>
        <source>Not saved: %1. Trying again; your text stays here.</source>
        <translation>Сакталган жок: %1. Кайра аракет кылынууда; текстиңиз ушул жерде калат.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <source>Kept on this computer for the next briefing; talking points do not sync.</source>
        <translation>Кийинки маалымкат үчүн ушул компьютерде сакталат; тезистер синхрондоштурулбайт.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <source>Your talking points could not be saved: %1</source>
        <translation>Тезистериңиз сакталган жок: %1</translation>
    </message>
    <message>
        <source>Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text.</source>
        <translation>Кайра аракет кылыңыз, Liaison&apos;ду ачык калтырыңыз (текст экранда калат) же чыгып, сакталбаган текстти жоготуңуз.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Ачык калтыруу</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Чыгып, жоготуу</translation>
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
        <translation>Liaison ичинде ката кетти.</translation>
    </message>
    <message>
        <source>Your saved work is safe. Please report this problem with the details below.</source>
        <translation>Сакталган ишиңиз аман. Сураныч, бул ката жөнүндө төмөнкү маалыматтар менен кабарлаңыз.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Бүгүн, %1</translation>
    </message>
    <message>
        <source>Only my institution&apos;s action items</source>
        <translation>Менин мекемемдин тапшырмалары гана</translation>
    </message>
    <message>
        <source>Action items assigned to your home institution (File → Settings)</source>
        <translation>Өз мекемеңизге берилген тапшырмалар (Файл → Жөндөөлөр)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Айлар боюнча иш-чаралар</translation>
    </message>
    <message>
        <source>Events on the chosen day</source>
        <translation>Тандалган күнкү иш-чаралар</translation>
    </message>
    <message>
        <source>Events in the next four weeks</source>
        <translation>Кийинки төрт жумадагы иш-чаралар</translation>
    </message>
    <message>
        <source>Bilateral meetings in the next four weeks</source>
        <translation>Кийинки төрт жумадагы эки тараптуу жолугушуулар</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Мөөнөтү өткөн тапшырмалар</translation>
    </message>
    <message>
        <source>Action items due in the next two weeks</source>
        <translation>Кийинки эки жумада мөөнөтү келе турган тапшырмалар</translation>
    </message>
    <message>
        <source>Minutes awaiting agreement</source>
        <translation>Макулдашууну күткөн протоколдор</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Чечилбеген карама-каршылыктар</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Open the conflict inbox</source>
        <translation>Карама-каршылыктар кутусун ачуу</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n иш-чара</numerusform>
            <numerusform>%n иш-чара</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on %1</source>
        <translation>%1 күнкү иш-чаралар</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>Мөөнөтү өткөн %n тапшырма бар: Бүгүн бөлүмүн караңыз (Ctrl+1).</numerusform>
            <numerusform>Мөөнөтү өткөн %n тапшырма бар: Бүгүн бөлүмүн караңыз (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>Мөөнөтү өткөн %n тапшырма</numerusform>
            <numerusform>Мөөнөтү өткөн %n тапшырма</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Remove the training record</source>
        <translation>Окуу жазуусун өчүрүү</translation>
    </message>
    <message>
        <source>Delete the training record and all the sample data in %1? Your own record is not touched.</source>
        <translation>%1 ичиндеги окуу жазуусу жана бардык үлгү маалыматтар өчүрүлсүнбү? Сиздин өз жазууңузга тийбейт.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training record</source>
        <translation>Окуу жазуусу</translation>
    </message>
    <message>
        <source>sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.</source>
        <translation>Liaison&apos;ду сынап көрүү үчүн үлгү маалыматтар. Бул жердеги эч нерсе Катчылык менен синхрондоштурулбайт.</translation>
    </message>
    <message>
        <source>Back to my record</source>
        <translation>Өз жазууума кайтуу</translation>
    </message>
    <message>
        <source>Remove the training record…</source>
        <translation>Окуу жазуусун өчүрүү…</translation>
    </message>
    <message>
        <source>Training record: never synced</source>
        <translation>Окуу жазуусу: синхрондоштурулбайт</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export selected contacts…</source>
        <translation>Тандалган байланыштарды экспорттоо…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Көрсөтүлгөн байланыштарды экспорттоо…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Кайталанмаларды табуу…</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} байт</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(сүрөт)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Liaison&apos;го кош келиңиз</translation>
    </message>
    <message>
        <source>Your record is empty. Say who you are: your name goes into the minutes&apos; log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced.</source>
        <translation>Жазууңуз бош. Ким экениңизди көрсөтүңүз: атыңыз протокол журналына жазылат, ал сиз түзгөн жазуулар мекемеңизге таандык болот. Муну кийин Файл → Жөндөөлөр аркылуу өзгөртсө болот. Адегенде таанышуу үчүн окуу жазуусун ачыңыз: сиздин жазууңуздан бөлөк сакталган, эч качан синхрондоштурулбаган үлгү маалыматтар.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Атыңыз:</translation>
    </message>
    <message>
        <source>Your &amp;institution:</source>
        <translation>&amp;Мекемеңиз:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Мамлекет:</translation>
    </message>
    <message>
        <source>pick one, or type its name</source>
        <translation>бирөөнү тандаңыз же аталышын жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Баштоо</translation>
    </message>
    <message>
        <source>Open the &amp;training record</source>
        <translation>&amp;Окуу жазуусун ачуу</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ө&amp;ткөрүп жиберүү</translation>
    </message>
</context>
</TS>
