<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>e.g. Circulate the concept note</source>
        <translation>мысалы, тұжырымдаманы тарату</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Жауапты мекеме</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Тапсырма:</translation>
    </message>
    <message>
        <source>Responsible &amp;institution:</source>
        <translation>Жауапты &amp;мекеме:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Жауапты т&amp;ұлға:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Any other business</source>
        <translation>Әртүрлі мәселелер</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Күн тәртібіне енбеген, көтерілген мәселелер.</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Хаттама: %1</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Күн &amp;тәртібі</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Next item: %1. Previous item: %2.</source>
        <translation>Келесі мәселе: %1. Алдыңғы мәселе: %2.</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Күн тәртібінің ағымдағы мәселесі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Who said what: statements, proposals, points raised…</source>
        <translation>Кім не айтты: сөйлеген сөздер, ұсыныстар, көтерілген мәселелер…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>What the meeting decided or agreed on this item…</source>
        <translation>Осы мәселе бойынша не шешілді немесе келісілді…</translation>
    </message>
    <message>
        <source>Summary of the minutes</source>
        <translation>Хаттаманың түйіндемесі</translation>
    </message>
    <message>
        <source>The general summary, for the whole meeting…</source>
        <translation>Бүкіл отырыс бойынша жалпы түйіндеме…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Шешімдер</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the minutes</source>
        <translation>Хаттаманың т&amp;үйіндемесі</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Мәселе %1 / %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Күн тәртібінен тыс</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>missing from this computer, %1 — attach it again</source>
        <translation>бұл компьютерде жоқ, %1 — қайта тіркеңіз</translation>
    </message>
    <message>
        <source>on the Secretariat, %1 — download</source>
        <translation>Хатшылықта, %1 — жүктеп алу</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Тіркелді: {names}</translation>
    </message>
    <message>
        <source>No program here opens {name}; Save a copy… keeps it.</source>
        <translation>Бұл компьютерде {name} файлын ашатын бағдарлама жоқ; оны «Көшірмесін сақтау…» арқылы сақтауға болады.</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Көшірмесі сақталды: {path}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} алынып тасталды.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Тіркеу…</translation>
    </message>
    <message>
        <source>Attach files to this record (or drop them on the record)</source>
        <translation>Бұл жазбаға файл тіркеңіз (немесе файлдарды жазбаның үстіне тастаңыз)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Open the file in its viewer (Enter)</source>
        <translation>Файлды өз көру бағдарламасында ашу (Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып &amp;тастау</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete); Undo remove brings it back</source>
        <translation>Файлды бұл жазбадан алып тастау (Delete); «Алып тастауды болдырмау» оны қайтарады</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Алып тастауды &amp;болдырмау</translation>
    </message>
    <message>
        <source>This record is open for reading only.</source>
        <translation>Бұл жазба тек оқу үшін ашық.</translation>
    </message>
    <message>
        <source>Save the record first; then attach files to it.</source>
        <translation>Алдымен жазбаны сақтаңыз, содан кейін оған файл тіркеңіз.</translation>
    </message>
    <message>
        <source>No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.</source>
        <translation>Әзірге файл жоқ. «Тіркеу…» басыңыз немесе файлдарды осында тастаңыз: PDF, DOCX, XLSX, ODT, суреттер, мәтін.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файл тіркеу</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? Undo remove brings it back.</source>
        <translation>«%1» бұл жазбадан алынып тасталсын ба? «Алып тастауды болдырмау» оны қайтарады.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Атын теріп, Enter басыңыз</translation>
    </message>
    <message>
        <source>Participants (checked: present)</source>
        <translation>Қатысушылар (белгіленгені — қатысып отыр)</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected participant as present.</source>
        <translation>Бос орын пернесі таңдалған қатысушыны қатысып отыр деп белгілейді немесе белгіні алады.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Check &amp;in someone else:</source>
        <translation>Басқа біреуді &amp;белгілеу:</translation>
    </message>
    <message>
        <source>Check in a participant by name</source>
        <translation>Қатысушыны аты бойынша белгілеу</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>Қатысып отыр: %n / %1</numerusform>
            <numerusform>Қатысып отыр: %n / %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants registered yet: check them in below.</source>
        <translation>Қатысушылар әлі тіркелмеген: оларды төменде белгілеңіз.</translation>
    </message>
    <message>
        <source>A&amp;ttendance %1/%2</source>
        <translation>Қ&amp;атысу %1/%2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 қатысып отыр.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 енді қатысушы ретінде белгіленбеген.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 белгіленді.</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Белгіленбеді: %1</translation>
    </message>
</context>
<context>
    <name>BilateralDialog</name>
    <message>
        <source>New bilateral meeting on the margins</source>
        <translation>Іс-шара аясындағы жаңа екіжақты кездесу</translation>
    </message>
    <message>
        <source>Add bilateral</source>
        <translation>Кездесу қосу</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Left empty: named after the parties</source>
        <translation>Бос қалса, тараптардың атымен аталады</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Other party (a person)</source>
        <translation>Екінші тарап (тұлға)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Тараптар:</translation>
    </message>
    <message>
        <source>&amp;With (person):</source>
        <translation>&amp;Кіммен (тұлға):</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Анықтамалар жинағы</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Papers on file</source>
        <translation>Тіркелген құжаттар</translation>
    </message>
    <message>
        <source>No papers are attached to the records of this note.</source>
        <translation>Бұл анықтаманың жазбаларына тіркелген құжат жоқ.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Қай жазбаға тіркелген</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Жинақтың құрамы</translation>
    </message>
    <message>
        <source>its first page, at the end of the pack</source>
        <translation>бірінші беті, топтаманың соңында</translation>
    </message>
    <message>
        <source>its first {pages} pages, at the end of the pack</source>
        <translation>алғашқы {pages} беті, топтаманың соңында</translation>
    </message>
    <message>
        <source>listed only (not a PDF)</source>
        <translation>тек тізімде (PDF емес)</translation>
    </message>
    <message>
        <source>listed only (not downloaded to this computer)</source>
        <translation>тек тізімде (бұл компьютерге жүктелмеген)</translation>
    </message>
    <message>
        <source>listed only (the PDF cannot be read)</source>
        <translation>тек тізімде (PDF оқылмайды)</translation>
    </message>
    <message>
        <source>listed only (its copy on this computer is damaged and was set aside)</source>
        <translation>тек тізімде (бұл компьютердегі көшірмесі бүлінген және бөлек қойылды)</translation>
    </message>
    <message>
        <source>The first pages of the PDFs follow the pack&apos;s numbered pages, as they are on file (without this pack&apos;s marking); the bookmarks lead to each.</source>
        <translation>PDF құжаттарының алғашқы беттері топтаманың нөмірленген беттерінен кейін, сақталған күйінде (бұл топтаманың белгісінсіз) беріледі; бетбелгілер әрқайсысына апарады.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Екіжақты кездесу</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Бірлескен іс-қимыл жоспары</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Дайындалған күні: {date}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Дайындаған: {name}, {date}</translation>
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
        <translation>ЖОБА</translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation>Осы анықтамада пайдаланылған хаттама — әлі келісілмеген жоба: оның мазмұны өзгеруі мүмкін.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Қай іс-шара аясында</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Деректерде жоқ</translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation>Осы анықтаманың барлық бөлімдері деректерде бар.</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>Іс-шара туралы</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation>Тіркелген нәтижелер</translation>
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
        <translation>Әріптестер</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Әңгімеге арналған тезистер</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Бірлескен іс-қимыл жоспарының іс-шаралары</translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation>Қосымша: хаттама</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Мерзімдері</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation>Жетекші мекеме: {institution}</translation>
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
        <translation>Латын әрпімен</translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation>{name} (транслитерация)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Құрметті атауы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Осы іс-шарада</translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation>{state} делегациясының басшысы</translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation>{state} делегациясы</translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation>Осы кездесудің тарапы</translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation>Онымен бұрынғы кездесулер</translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation>Бұрынғы екіжақты кездесулер және келісілген мәселелер</translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation>Оған қатысты ашық тапсырмалар</translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation>Деректердегі жазбалар</translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation>Нәтижесі: {outcomes}</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Нәтиже тіркелмеген.</translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation>делегацияны басқарды</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>мерзімі {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation>{institution} арқылы</translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation>жауаптысы: {person}</translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation>«{event}» іс-шарасынан</translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation>Хаттама: {event}</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation>Бұл іс-шараның әлі хаттамасы жоқ; төменде осы түрдегі алдыңғы іс-шараның хаттамасы берілген: {event}.</translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation>{event} хаттамасы; осы кездесу сол іс-шараның аясында өтті.</translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation>«{event}» хаттамасы осы жинақтың алдыңғы бөлігіндегі «{note}» анықтамасына қоса берілген.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>{date} келісілді.</translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation>Жоба, әлі келісілмеген.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Түйіндеме</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation>Бұл іс-шараның күн тәртібі тіркелмеген.</translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation>Бұл кездесудің тақырыптары тіркелмеген.</translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation>Бұл іс-шараның делегациялары тіркелмеген.</translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation>Бұл кездесудің тараптары тіркелмеген.</translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation>Әріптестер жоқ: бірде-бір қатысушы тіркелмеген.</translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation>Бұл анықтама үшін әріптестер таңдалмаған.</translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation>Бұл анықтамаға тезистер жазылмаған.</translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation>Бұл іс-шараға қатысты Бірлескен іс-қимыл жоспарының іс-шаралары жоқ.</translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation>Бұл іс-шараның да, осы түрдегі бұрынғы іс-шаралардың да хаттамасы тіркелмеген.</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Фото жоқ</translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation>Фото оқылмады</translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation>Мекемесі көрсетілмеген.</translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation>Лауазымы көрсетілмеген.</translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation>Эл. пошта мекенжайы да, телефон нөмірі де көрсетілмеген.</translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation>Осы іс-шараға дейін ештеңе тіркелмеген.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Ашық тапсырма жоқ.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation>Өтетін орны тіркелмеген.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>күн тәртібі</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>тақырыптар</translation>
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
        <translation>әріптестер</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>тезистер</translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation>Бірлескен іс-қимыл жоспарының тиісті іс-шаралары</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хаттама</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>өтетін орны</translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation>{names} фотосы</translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation>{names} мекемесі</translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation>{names} байланыс деректері</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>және тағы {count}</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation>Күн тәртібі (немесе тақырыптар)</translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation>Делегациялар (немесе тараптар)</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>Әріптестердің профильдері</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Әңгімеге арналған тезистер</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Бірлескен іс-қимыл жоспарының іс-шаралары</translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation>Соңғы хаттама (қосымша)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Анықтамалар жинағы</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Анықтамалар</translation>
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
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation>Анықтамаға не енетінін таңдап, «Алдын ала қарауды дайындау» батырмасын басыңыз (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Pap&amp;ers</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation>Алдын ала қарауды &amp;дайындау</translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation>Деректерден PDF файлын жасау (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation>Алдын ала қарау дайындалғаннан кейін өзгерістер болды: жаңарту үшін «Алдын ала қарауды дайындау» батырмасын басыңыз (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation>Алдымен кемінде бір іс-шараны немесе екіжақты кездесуді қосыңыз.</translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation>Анықтама жасалмады.</translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation>Тоқтатылды; алдын ала қарау өзгертілмеді.</translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation>Анықтама жасалуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n бет.</numerusform>
            <numerusform>%n бет.</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation>ЖОБА: пайдаланылған хаттамалар әлі келісілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>Деректерде %n мәлімет жоқ; қайсысы екені PDF-те көрсетілген.</numerusform>
            <numerusform>Деректерде %n мәлімет жоқ; қайсысы екені PDF-те көрсетілген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n құжатты Хатшылықтан жүктеу мүмкін болмады; ол қосымшада көрсетілген.</numerusform>
            <numerusform>%n құжатты Хатшылықтан жүктеу мүмкін болмады; олар қосымшада көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged on this computer, set aside and left out: %1. Sync to download them again, or attach the originals again.</source>
        <translation>Бұл компьютерде бүлінген, бөлек қойылып, енгізілмеді: %1. Қайта жүктеу үшін синхрондаңыз немесе түпнұсқаларын қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Анықтаманы сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Анықтаманы басып шығару</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Бет %1 / %2 басып шығарылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Басып шығару тоқтатылды; принтерге ештеңе жіберілмеді.</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>Басып шығару тоқтатылды; принтер бұрын жіберілген %n бетті қайтара алмады.</numerusform>
            <numerusform>Басып шығару тоқтатылды; принтер бұрын жіберілген %n бетті қайтара алмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be rendered.</source>
        <translation>Басып шығару тоқтады: бір бетті дайындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Жоюды болдырмау</translation>
    </message>
    <message>
        <source>Restore the last one deleted here, with what was deleted with it</source>
        <translation>Мұнда соңғы жойылғанды онымен бірге жойылғандармен қоса қалпына келтіреді</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>«%1» жойылсын ба?</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>бұл жазба</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Meeting of Ministers and Heads of Institutions</source>
        <translation>Министрлер мен мекеме басшыларының кездесуі</translation>
    </message>
    <message>
        <source>Contact Group meeting</source>
        <translation>Байланыс тобының отырысы</translation>
    </message>
    <message>
        <source>Diaspora Forum</source>
        <translation>Диаспора форумы</translation>
    </message>
    <message>
        <source>Diaspora Youth Forum</source>
        <translation>Диаспора жастарының форумы</translation>
    </message>
    <message>
        <source>Capacity Building Training</source>
        <translation>Әлеуетті арттыру тренингі</translation>
    </message>
    <message>
        <source>Exchange of Experience Programme</source>
        <translation>Тәжірибе алмасу бағдарламасы</translation>
    </message>
    <message>
        <source>Internship Programme</source>
        <translation>Тағылымдама бағдарламасы</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Жұмыс сапары</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Басқа іс-шара</translation>
    </message>
    <message>
        <source>Diaspora institution</source>
        <translation>Диаспора істері жөніндегі мекеме</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Елшілік немесе консулдық</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>ТМҰ Хатшылығы</translation>
    </message>
    <message>
        <source>Representation office</source>
        <translation>Өкілдік</translation>
    </message>
    <message>
        <source>Diaspora NGO</source>
        <translation>Диаспоралық ҮЕҰ</translation>
    </message>
    <message>
        <source>University or research institute</source>
        <translation>Университет немесе ғылыми-зерттеу институты</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Бизнес қауымдастығы</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Халықаралық ұйым</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Басқа мекеме</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Хатшылық</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Қонақ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Келісілді</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Қайта ашылды</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Іс-қимыл жоспары</translation>
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
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланды</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <source>Private (this computer only)</source>
        <translation>Жеке (тек осы компьютерде)</translation>
    </message>
    <message>
        <source>My institution</source>
        <translation>Менің мекемем</translation>
    </message>
    <message>
        <source>Shared with all OTS institutions</source>
        <translation>ТМҰ-ның барлық мекемелеріне ортақ</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.</source>
        <translation>{notes} анықтамаға {files} тезис файлы берілді: әр анықтамаға ең көбі бір файлдан, анықтамалардың ретімен беріңіз.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} оқылмады: {reason}</translation>
    </message>
    <message>
        <source>Counterpart: {name} takes part in none of these meetings, so the notes would not profile them.</source>
        <translation>Әріптес: {name} бұл кездесулердің ешқайсысына қатыспайды, сондықтан анықтамаларда оның профилі болмайды.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>{path} жазылды ({pages} бет).</translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation>ЖОБА: әлі келісілмеген хаттамалар пайдаланылған.</translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation>{title}: деректерде {gaps} жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n құжатты Хатшылықтан жүктеу мүмкін болмады; ол қосымшада көрсетілген.</numerusform>
            <numerusform>%n құжатты Хатшылықтан жүктеу мүмкін болмады; олар қосымшада көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a briefing note or pack (PDF) for events and bilateral meetings</source>
        <translation>іс-шаралар мен екіжақты кездесулер үшін анықтама немесе топтама (PDF) жазу</translation>
    </message>
    <message>
        <source>Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.</source>
        <translation>Анықтама жазбасын (бір іс-шара немесе екіжақты кездесу) немесе анықтама топтамасын (бірнеше, мазмұнымен) PDF ретінде жазады; файл не толық жазылады, не мүлде жазылмайды.</translation>
    </message>
    <message>
        <source>an event to brief on (repeatable)</source>
        <translation>анықтама жасалатын іс-шара (қайталауға болады)</translation>
    </message>
    <message>
        <source>a bilateral meeting to brief on (repeatable)</source>
        <translation>анықтама жасалатын екіжақты кездесу (қайталауға болады)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>жазылатын PDF</translation>
    </message>
    <message>
        <source>only these sections (the cover is always there): {sections}; default all</source>
        <translation>тек осы бөлімдер (мұқаба әрқашан бар): {sections}; әдепкі бәрі</translation>
    </message>
    <message>
        <source>the papers attached to the notes&apos; records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none</source>
        <translation>анықтамалар жазбаларына тіркелген құжаттар: қосымшада тізіп шығу (list) немесе тізіп, әр PDF-тің алғашқы беттерін қосу (first-pages); әдепкі none</translation>
    </message>
    <message>
        <source>only this attached paper (repeatable; implies --attachments list)</source>
        <translation>тек осы тіркелген құжат (қайталауға болады; --attachments list дегенді білдіреді)</translation>
    </message>
    <message>
        <source>with --attachments first-pages: how many pages of each PDF (1 to 10)</source>
        <translation>--attachments first-pages кезінде: әр PDF-тен қанша бет (1–10)</translation>
    </message>
    <message>
        <source>classification marking on every page, e.g. {example}</source>
        <translation>әр беттегі құпиялық белгісі, мыс. {example}</translation>
    </message>
    <message>
        <source>language of dates and place names (default: the language Liaison speaks)</source>
        <translation>күндер мен жер атауларының тілі (әдепкі: Liaison сөйлейтін тіл)</translation>
    </message>
    <message>
        <source>profile only these counterparts (repeatable; default: everyone taking part)</source>
        <translation>тек осы әріптестердің профилі (қайталауға болады; әдепкі: барлық қатысушылар)</translation>
    </message>
    <message>
        <source>a text file of talking points, one per note in the order of the notes (repeatable)</source>
        <translation>сөйлеу тезистерінің мәтін файлы, жазбалар ретімен әр жазбаға біреуден (қайталауға болады)</translation>
    </message>
    <message>
        <source>title of a pack (default: where the trip goes)</source>
        <translation>топтаманың тақырыбы (әдепкі: сапар бағыты)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>name or id of the record ({entity})</source>
        <translation>жазбаның аты немесе идентификаторы ({entity})</translation>
    </message>
    <message>
        <source>id of the record ({entity})</source>
        <translation>жазбаның идентификаторы ({entity})</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>мыналардың бірі: {values}</translation>
    </message>
    <message>
        <source>an OTS state code, e.g. {examples}</source>
        <translation>ТМҰ мемлекетінің коды, мыс. {examples}</translation>
    </message>
    <message>
        <source>{code} followed by the number</source>
        <translation>{code}, одан кейін нөмір</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>PNG немесе JPEG файлы</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>қайталауға болады</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>әдепкі: {value}</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>өрістер</translation>
    </message>
    <message>
        <source>{field} is both given and cleared; choose one.</source>
        <translation>«{field}» өрісі әрі берілді, әрі тазартылды; біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>Records cannot be filtered by {field}.</source>
        <translation>Жазбаларды «{field}» өрісі бойынша сүзуге болмайды.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Жазба жоқ.</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {title} [{id}].</source>
        <translation>{name} ({size}) {title} жазбасына тіркелді [{id}].</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Тіркелген файл жоқ.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>осында</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Хатшылықта</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name} {path} ретінде сақталды.</translation>
    </message>
    <message>
        <source>Removed {name} [{id}]; to undo: liaison attachment restore {id}</source>
        <translation>{name} алынып тасталды [{id}]; қайтару үшін: liaison attachment restore {id}</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>жазба түрі: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id (or exact name)</source>
        <translation>жазбаның идентификаторы (немесе нақты атауы)</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>жазбаға файл тіркеу</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>тіркелетін файл</translation>
    </message>
    <message>
        <source>the name it is shown under (default: the file&apos;s own)</source>
        <translation>көрсетілетін атауы (әдепкі: файлдың өз атауы)</translation>
    </message>
    <message>
        <source>list a record&apos;s files</source>
        <translation>жазбаның файлдарын тізімдеу</translation>
    </message>
    <message>
        <source>save a copy of an attached file</source>
        <translation>тіркелген файлдың көшірмесін сақтау</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>көшірме жазылатын орын</translation>
    </message>
    <message>
        <source>remove a file from its record ({restore} undoes it)</source>
        <translation>файлды жазбасынан алып тастау ({restore} қайтарады)</translation>
    </message>
    <message>
        <source>“{title}” has been shared: others have it. To make it private, say what happens to their copies: --withdraw (taken back from everyone; you keep it here) or --keep-shared-copies (they keep the version they have; your later edits stay here).</source>
        <translation>«{title}» бөлісілген: ол басқаларда да бар. Оны жеке ету үшін олардың көшірмелерімен не болатынын көрсетіңіз: --withdraw (барлығынан кері алынады; сізде қалады) немесе --keep-shared-copies (қолындағы нұсқа оларда қалады; кейінгі түзетулеріңіз осында қалады).</translation>
    </message>
    <message>
        <source>Deleted {title} [{id}].</source>
        <translation>Жойылды: {title} [{id}].</translation>
    </message>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>Оның ішіндегі %n жазба да жойылды; қалпына келтіру оларды да қайтарады.</numerusform>
            <numerusform>Оның ішіндегі %n жазба да жойылды; қалпына келтіру оларды да қайтарады.</numerusform>
        </translation>
    </message>
    <message>
        <source>its id or exact name</source>
        <translation>идентификаторы немесе нақты аты</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>идентификаторы</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>әрекеттер</translation>
    </message>
    <message>
        <source>add one and print it</source>
        <translation>біреуін қосып, шығару</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>тізімдеу</translation>
    </message>
    <message>
        <source>at most {n} records</source>
        <translation>ең көбі {n} жазба</translation>
    </message>
    <message>
        <source>skip the first {n} records</source>
        <translation>алғашқы {n} жазбаны өткізіп жіберу</translation>
    </message>
    <message>
        <source>only records whose {field} is {value} (references: a name or id; empty: none; repeatable)</source>
        <translation>тек {field} өрісі {value} болатын жазбалар (сілтемелер: аты немесе идентификаторы; бос: жоқ; қайталауға болады)</translation>
    </message>
    <message>
        <source>include deleted records</source>
        <translation>жойылған жазбаларды да қосу</translation>
    </message>
    <message>
        <source>show one</source>
        <translation>біреуін көрсету</translation>
    </message>
    <message>
        <source>show it even if deleted (give the id)</source>
        <translation>жойылған болса да көрсету (идентификаторын беріңіз)</translation>
    </message>
    <message>
        <source>change the given fields of one</source>
        <translation>бір жазбаның берілген өрістерін өзгерту</translation>
    </message>
    <message>
        <source>empty this field (repeatable)</source>
        <translation>осы өрісті тазарту (қайталауға болады)</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: take it back from everyone else</source>
        <translation>--visibility жазбаны жеке еткенде: бөлісілген жазбаны басқалардың барлығынан кері алу</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: others keep the copy they have</source>
        <translation>--visibility жазбаны жеке еткенде: басқалар бөлісілген жазбаның қолындағы көшірмесін сақтайды</translation>
    </message>
    <message>
        <source>delete one (and what it holds); {restore} undoes it</source>
        <translation>бір жазбаны (және ішіндегісін) жою; {restore} қайтарады</translation>
    </message>
    <message>
        <source>undo the delete of one</source>
        <translation>бір жоюды болдырмау</translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>Бұл жинақта бағдарлама терезесі жоқ; ішкі команданы пайдаланыңыз, қараңыз: liaison --help</translation>
    </message>
    <message>
        <source>Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).</source>
        <translation>Liaison: ТМҰ диаспора байланыс қызметкерлерінің жұмыс қолданбасы. Пәрменсіз жұмыс үстелі терезесін ашады; пәрменмен деректермен пәрмен жолынан жұмыс істейді (сценарийлер мен жаппай жұмыс үшін).</translation>
    </message>
    <message>
        <source>The data directory is --data-dir, else ${env}, else the platform&apos;s user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.</source>
        <translation>Деректер қалтасы — --data-dir, болмаса ${env}, болмаса платформаның пайдаланушы деректері қалтасы. Жазбалар идентификаторымен немесе бар болса атымен ({example}) аталады. Сценарий оқи алатын шығыс үшін кез келген пәрменде --json қолданыңыз; қателер әрқашан стандартты қате ағынына, 1 шығу кодымен шығады.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <source>options</source>
        <translation>опциялар</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>деректер қалтасы</translation>
    </message>
    <message>
        <source>print {json} for scripts</source>
        <translation>сценарийлер үшін {json} шығару</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Мысалдар:</translation>
    </message>
    <message>
        <source>the data directory (else ${env})</source>
        <translation>деректер қалтасы (болмаса ${env})</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the Settings choice, else the system&apos;s)</source>
        <translation>хабарлар мен терезенің тілі (әдепкі: Параметрлердегі таңдау, болмаса жүйенің тілі)</translation>
    </message>
    <message>
        <source>print the version and the data directory</source>
        <translation>нұсқаны және деректер қалтасын шығару</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>пәрмендер</translation>
    </message>
    <message>
        <source>Data directory: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>image, {size} KB</source>
        <translation>сурет, {size} КБ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>liaison: warning: no system keyring is available, so the sign-in is kept only while this command runs; log in again next time (or use sync --password-stdin).</source>
        <translation>liaison: ескерту: жүйелік кілттер қоймасы жоқ, сондықтан кіру рұқсаты тек осы команда орындалып жатқанда сақталады; келесі жолы қайта кіріңіз (немесе sync --password-stdin пайдаланыңыз).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Құпиясөз: </translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Құпиясөзді --password-stdin арқылы стандартты кіріске беріңіз.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Құпиясөз бос.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation>{server} серверіне {user} ретінде кірдіңіз ({institution}).</translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation>{pushed} өзгеріс жіберілді ({merged} біріктірілді), {pulled} жазба алынды, {deleted} жойылды; {conflicts} жаңа қайшылық, {open} шешілмеген; осында {pending} өзгеріс жіберуді күтуде. {requests} сұрау, {seconds:.1f} с.</translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation>Оларды көру: liaison conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>%n тіркелген файл жүктелді.</numerusform>
            <numerusform>%n тіркелген файл жүктелді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n тіркелген файл Хатшылықта қалды (жүктеу лимитінен асады немесе әлі онда жоқ): әрқайсысы ашылғанда жүктеледі.</numerusform>
            <numerusform>%n тіркелген файл Хатшылықта қалды (жүктеу лимитінен асады немесе әлі онда жоқ): әрқайсысы ашылғанда жүктеледі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n тіркелген файл жіберілмеді: осы деректер қалтасында жоқ немесе жолда бүлінген; келесі синхрондау қайта тырысады.</numerusform>
            <numerusform>%n тіркелген файл жіберілмеді: осы деректер қалтасында жоқ немесе жолда бүлінген; келесі синхрондау қайта тырысады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation>Алдымен жүйеге кіріңіз: liaison login --server URL --user NAME</translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation>{message}
Жоюларды бәрібір қолдану үшін liaison sync --yes командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation>Жүйеден шықтыңыз; сервер бұл компьютердің кіру рұқсатын кері қайтарып алды.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation>Осы компьютерде жүйеден шықтыңыз; серверге хабарлау мүмкін болмады (әкімші ескі кіру рұқсатын кері қайтарып алғанда ғана сервер оны қабылдамайтын болады).</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>{id} идентификаторы бар шешілмеген қайшылық жоқ.</translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation>Шешілді деп белгіленді; сервер келесі синхрондау кезінде хабардар етіледі.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Сақталғаны (сервер)</translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation>Басқасы (клиент)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>connect this data folder to the Secretariat&apos;s server</source>
        <translation>осы деректер қалтасын Хатшылық серверіне қосу</translation>
    </message>
    <message>
        <source>the server, e.g. {example}</source>
        <translation>сервер, мыс. {example}</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>сервердегі пайдаланушы атыңыз</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>құпиясөзді стандартты кірістен оқу (бір жол)</translation>
    </message>
    <message>
        <source>the Secretariat&apos;s own certificate authority, if it uses one</source>
        <translation>Хатшылықтың өз сертификаттау орталығы, егер ол пайдаланса</translation>
    </message>
    <message>
        <source>send your changes and receive the others&apos;</source>
        <translation>өзгерістеріңізді жіберу және басқалардікін алу</translation>
    </message>
    <message>
        <source>apply a pull that deletes many records without asking</source>
        <translation>көп жазбаны жоятын алуды сұрамай қолдану</translation>
    </message>
    <message>
        <source>log in again first (same server and user), reading the password from standard input</source>
        <translation>алдымен қайта кіру (сол сервер мен пайдаланушы), құпиясөзді стандартты кірістен оқып</translation>
    </message>
    <message>
        <source>revoke this computer&apos;s sign-in and forget it</source>
        <translation>осы компьютердің кіруін қайтарып алып, ұмыту</translation>
    </message>
    <message>
        <source>the conflict inbox: changes kept aside by a sync</source>
        <translation>қайшылықтар жәшігі: синхрондау шетке қойған өзгерістер</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>шешілген қайшылықтарды да қосу</translation>
    </message>
    <message>
        <source>mark a conflict resolved (repeatable)</source>
        <translation>қайшылықты шешілді деп белгілеу (қайталауға болады)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Removed the training record {path}.</source>
        <translation>{path} оқу жазбасы жойылды.</translation>
    </message>
    <message>
        <source>There is no training record in {path}.</source>
        <translation>{path} ішінде оқу жазбасы жоқ.</translation>
    </message>
    <message>
        <source>Run demo --remove on your own data folder, not on {path}.</source>
        <translation>liaison demo --remove пәрменін {path} емес, өз деректер қалтаңызда іске қосыңыз.</translation>
    </message>
    <message>
        <source>The training record {path} already holds the sample data.</source>
        <translation>{path} оқу жазбасында үлгі деректер бар.</translation>
    </message>
    <message>
        <source>Loaded the sample data into the training record {path}:</source>
        <translation>Үлгі деректер оқу жазбасына жүктелді: {path}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>It never syncs. Open it with: liaison --data-dir {path}</source>
        <translation>Ол ешқашан синхрондалмайды. Ашу үшін: liaison --data-dir {path}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Қайталанатын жазба табылмады.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n тіркелген файл іздеу үшін әлі оқылмаған: оларды liaison reindex оқиды.</numerusform>
            <numerusform>%n тіркелген файл іздеу үшін әлі оқылмаған: оларды liaison reindex оқиды.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample records of an older version in {path}.</source>
        <translation>{path} ішінде ескі нұсқаның үлгі жазбалары жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>%n үлгі жазбаны жоюға болады (жою үшін --dry-run-сыз іске қосыңыз).</numerusform>
            <numerusform>%n үлгі жазбаны жоюға болады (жою үшін --dry-run-сыз іске қосыңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Ескі нұсқа осы базаға жүктеген %n үлгі жазба жойылды.</numerusform>
            <numerusform>Ескі нұсқа осы базаға жүктеген %n үлгі жазба жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because you changed them or your records refer to them:</source>
        <translation>Сіз өзгерткендіктен немесе өз жазбаларыңыз сілтейтіндіктен сақталғандар:</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>кейін өзгертілген</translation>
    </message>
    <message>
        <source>your records refer to it</source>
        <translation>жазбаларыңыз оған сілтейді</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Идентификаторлар</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>Олармен бірге тағы %n үлгі жазба сақталды (олар сілтейтін жазбалар және олардың бөліктері).</numerusform>
            <numerusform>Олармен бірге тағы %n үлгі жазба сақталды (олар сілтейтін жазбалар және олардың бөліктері).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {id}; to undo: liaison contact unmerge {merge}</source>
        <translation>{id} жазбасына біріктірілді; болдырмау үшін: liaison contact unmerge {merge}</translation>
    </message>
    <message>
        <source>Restored {other} beside {keep}.</source>
        <translation>{other} {keep} жанында қалпына келтірілді.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Іздеу индексі қайта құрылды: %n жазба.</numerusform>
            <numerusform>Іздеу индексі қайта құрылды: %n жазба.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>Іздеу үшін %n тіркелген файл оқылды.</numerusform>
            <numerusform>Іздеу үшін %n тіркелген файл оқылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>search contacts, institutions, events, ...</source>
        <translation>контактілер, мекемелер, іс-шаралар бойынша іздеу, ...</translation>
    </message>
    <message>
        <source>what to look for (any script: {latin} finds {cyrillic})</source>
        <translation>ізделетін мәтін (кез келген жазу: {latin} {cyrillic} табады)</translation>
    </message>
    <message>
        <source>only hits of this kind (repeatable)</source>
        <translation>тек осы түрдегі нәтижелер (қайталауға болады)</translation>
    </message>
    <message>
        <source>at most {n} hits (default: 50)</source>
        <translation>ең көбі {n} нәтиже (әдепкі: 50)</translation>
    </message>
    <message>
        <source>mark minutes as agreed (read-only)</source>
        <translation>хаттаманы келісілді деп белгілеу (тек оқуға)</translation>
    </message>
    <message>
        <source>id of the minutes</source>
        <translation>хаттаманың идентификаторы</translation>
    </message>
    <message>
        <source>who agreed them (default: the {setting} setting)</source>
        <translation>кім келісті (әдепкі: {setting} параметрі)</translation>
    </message>
    <message>
        <source>reopen agreed minutes for changes</source>
        <translation>келісілген хаттаманы өзгерту үшін қайта ашу</translation>
    </message>
    <message>
        <source>why they are reopened (kept in the minutes log)</source>
        <translation>неге қайта ашылғаны (хаттама журналында сақталады)</translation>
    </message>
    <message>
        <source>who reopened them (default: the {setting} setting)</source>
        <translation>кім қайта ашты (әдепкі: {setting} параметрі)</translation>
    </message>
    <message>
        <source>merge a duplicate into the contact to keep (undoable)</source>
        <translation>телнұсқаны сақталатын байланысқа біріктіру (болдырмауға болады)</translation>
    </message>
    <message>
        <source>the contact to keep</source>
        <translation>сақталатын байланыс</translation>
    </message>
    <message>
        <source>the contact merged into it and removed</source>
        <translation>оған біріктіріліп, жойылатын байланыс</translation>
    </message>
    <message>
        <source>undo a merge: both contacts and their references come back</source>
        <translation>біріктіруді болдырмау: екі байланыс та, оларға сілтемелер де қайтады</translation>
    </message>
    <message>
        <source>the id the merge printed</source>
        <translation>біріктіру шығарған идентификатор</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>мерзімі өткен ашық тапсырмалар</translation>
    </message>
    <message>
        <source>settings kept with the data</source>
        <translation>деректермен бірге сақталатын параметрлер</translation>
    </message>
    <message>
        <source>print a setting (or all)</source>
        <translation>параметрді (немесе бәрін) шығару</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>параметр</translation>
    </message>
    <message>
        <source>change a setting (an empty value clears it)</source>
        <translation>параметрді өзгерту (бос мән оны тазартады)</translation>
    </message>
    <message>
        <source>the new value (an institution&apos;s name or id for {setting})</source>
        <translation>жаңа мән ({setting} үшін мекеменің аты немесе идентификаторы)</translation>
    </message>
    <message>
        <source>load the sample data into the training record {folder} (it never syncs)</source>
        <translation>үлгі деректерді {folder} оқу жазбасына жүктеу (ешқашан синхрондалмайды)</translation>
    </message>
    <message>
        <source>delete the training record</source>
        <translation>оқу жазбасын жою</translation>
    </message>
    <message>
        <source>remove the sample records an older version loaded into your own record (those you changed or linked to stay)</source>
        <translation>ескі нұсқа өз базаңызға жүктеген үлгі жазбаларды жою (сіз өзгерткен не байланыстырғандары қалады)</translation>
    </message>
    <message>
        <source>with --remove-old: only say what would be removed</source>
        <translation>--remove-old бірге: тек не жойылатынын айту</translation>
    </message>
    <message>
        <source>list contacts that are probably one person, with why</source>
        <translation>бір адам болуы ықтимал байланыстарды себебімен тізу</translation>
    </message>
    <message>
        <source>also the contacts marked “not a duplicate” in the window&apos;s review</source>
        <translation>терезедегі тексеруде “қайталанбайды” деп белгіленген байланыстар да</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>іздеу индексін қайта құру</translation>
    </message>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: зақым табылмады.</translation>
    </message>
    <message>
        <source>{path} is damaged:</source>
        <translation>{path} зақымдалған:</translation>
    </message>
    <message>
        <source>Run “liaison recover” to copy what can be read into a new file.</source>
        <translation>Оқуға болатынын жаңа файлға көшіру үшін “liaison recover” командасын іске қосыңыз.</translation>
    </message>
    <message>
        <source>Recovered into {path} ({contacts} contacts, {events} events); the damaged file is kept as {copy}.</source>
        <translation>{path} файлына қалпына келтірілді ({contacts} байланыс, {events} іс-шара); зақымдалған файл {copy} ретінде сақталды.</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Лездік көшірме сақталды: {path}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Әзірге лездік көшірме жоқ.</translation>
    </message>
    <message>
        <source>Restored {snapshot}; the file it replaced is kept as {copy}.</source>
        <translation>{snapshot} қалпына келтірілді; ол ауыстырған файл {copy} ретінде сақталды.</translation>
    </message>
    <message>
        <source>Give the FILE to import, or --undo BATCH.</source>
        <translation>Импортталатын ФАЙЛды немесе --undo BATCH беріңіз.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({reason}); change it with --encoding.</source>
        <translation>Кодтау: {encoding} ({reason}); --encoding арқылы өзгертіңіз.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {sheets}); choose another with --sheet.</source>
        <translation>Парақ: {sheet} ({sheets} ішінен); басқасын --sheet арқылы таңдаңыз.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>{row}-жол, “{column}” бағаны: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or import the others with --skip-invalid.</source>
        <translation>Ештеңе импортталмады. Осы жолдарды түзетіңіз немесе қалғандарын --skip-invalid арқылы импорттаңыз.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Сынақ: ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Import {batch}; undo it with: liaison import --undo {batch}</source>
        <translation>Импорт {batch}; болдырмау үшін: liaison import --undo {batch}</translation>
    </message>
    <message>
        <source>The skipped rows are in {path}.</source>
        <translation>Өткізіп жіберілген жолдар {path} файлында.</translation>
    </message>
    <message>
        <source>Undone: {removed} record(s) removed, {reverted} record(s) put back.</source>
        <translation>Болдырылмады: {removed} жазба жойылды, {reverted} жазба бұрынғы күйіне келтірілді.</translation>
    </message>
    <message>
        <source>Kept, because it was edited after the import: {entity} {id} {field}</source>
        <translation>Импорттан кейін өңделгендіктен сақталды: {entity} {id} {field}</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} жазба {path} файлына жазылды.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Жасалды: %n байланыс.</numerusform>
            <numerusform>Жасалды: %n байланыс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Жаңартылды: %n байланыс.</numerusform>
            <numerusform>Жаңартылды: %n байланыс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Өзгермеді: %n байланыс.</numerusform>
            <numerusform>Өзгермеді: %n байланыс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Өткізілді: %n жарамсыз жол.</numerusform>
            <numerusform>Өткізілді: %n жарамсыз жол.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Іс-шараға қосылды: %n қатысушы.</numerusform>
            <numerusform>Іс-шараға қосылды: %n қатысушы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Өзгерістер жіберілуде: {done} / {total}</translation>
    </message>
    <message>
        <source>Receiving records: {done}</source>
        <translation>Жазбалар қабылдануда: {done}</translation>
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
        <translation>Профилін көру үшін контактіні таңдаңыз.</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Контакт профилі</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Профиль оқылмады.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Атқарған лауазымдары</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Лауазымдар көрсетілмеген.</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>Қатысқан іс-шаралары</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Іс-шаралар жоқ.</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Екіжақты кездесулер</translation>
    </message>
    <message>
        <source>No bilateral meetings recorded.</source>
        <translation>Екіжақты кездесулер жоқ.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Ашық тапсырмалар</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Ашық тапсырма жоқ.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>(no position given)</source>
        <translation>(лауазымы көрсетілмеген)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <source>current</source>
        <translation>қазіргі</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>Head of the delegation of %1</source>
        <translation>Делегация басшысы: %1</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <source>registered, did not attend</source>
        <translation>тіркелген, қатыспады</translation>
    </message>
    <message>
        <source>On the margins of %1</source>
        <translation>«%1» аясында</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Нәтижелері:</translation>
    </message>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, оның ішінде %n мерзімі өткен)</numerusform>
            <numerusform>(%1, оның ішінде %n мерзімі өткен)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>мерзімі жоқ</translation>
    </message>
    <message>
        <source>assigned to them</source>
        <translation>өзіне тапсырылған</translation>
    </message>
    <message>
        <source>assigned to their institution (responsible: %1)</source>
        <translation>мекемесіне тапсырылған (жауаптысы: %1)</translation>
    </message>
    <message>
        <source>assigned to their institution</source>
        <translation>мекемесіне тапсырылған</translation>
    </message>
    <message>
        <source>Agreed at %1</source>
        <translation>«%1» іс-шарасында келісілді</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. %1 or 2023-11-20</source>
        <translation>мыс. %1 немесе 2023-11-20</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Күнтізбеден таңдау</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2023-11-20</source>
        <translation>Бұл күн емес: %1 немесе 2023-11-20 түрінде жазыңыз</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>бірдей электрондық пошта</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>бірдей телефон</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>бірдей аты-жөні</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>басқа әліпбиде бірдей аты-жөні</translation>
    </message>
    <message>
        <source>same name, words in another order</source>
        <translation>бірдей аты-жөні, сөздер басқа ретпен</translation>
    </message>
    <message>
        <source>similar spelling of the name</source>
        <translation>аты-жөнінің ұқсас жазылуы</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>бірдей мекеме</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Қайталанатындарды табу</translation>
    </message>
    <message>
        <source>Contacts that are &amp;probably one person:</source>
        <translation>&amp;Бір адам болуы ықтимал байланыстар:</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Ықтимал қайталанатындар</translation>
    </message>
    <message>
        <source>Side by si&amp;de:</source>
        <translation>Қатар-қа&amp;тар:</translation>
    </message>
    <message>
        <source>The two contacts, field by field</source>
        <translation>Екі байланыс, өріс бойынша</translation>
    </message>
    <message>
        <source>Values that differ are in bold.</source>
        <translation>Айырмашылығы бар мәндер қалың қаріппен.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Бі&amp;ріктіру</translation>
    </message>
    <message>
        <source>Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time.</source>
        <translation>Екінші байланысты сақталатынына біріктіру: эл. пошталар, телефондар, белгілер мен тілдер біріктіріледі, бос өрістері толтырылады, екіншісіне сілтейтіннің бәрі енді соған сілтейді. Біріктіруді кез келген уақытта болдырмауға болады.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Қайталанбайды</translation>
    </message>
    <message>
        <source>They are two people: this pair is not offered again.</source>
        <translation>Бұлар екі бөлек адам: бұл жұп қайта ұсынылмайды.</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Соңғы біріктіруді &amp;болдырмау</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>Тексерілетін %n жұп.</numerusform>
            <numerusform>Тексерілетін %n жұп.</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates left to review.</source>
        <translation>Тексерілетін ықтимал қайталанатындар қалмады.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Қайталанатындар ізделуде…</translation>
    </message>
    <message>
        <source>Why: %1 (how sure: %2 %).</source>
        <translation>Неге: %1 (ықтималдығы: %2 %).</translation>
    </message>
    <message>
        <source>Keep &amp;1: %1</source>
        <translation>Сақтау &amp;1: %1</translation>
    </message>
    <message>
        <source>Keep &amp;2: %1</source>
        <translation>Сақтау &amp;2: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo the last merge to separate them again.</source>
        <translation>%1 %2 байланысына біріктірілді. Қайта бөлу үшін соңғы біріктіруді болдырмаңыз.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two people.</source>
        <translation>%1 мен %2 екі бөлек адам ретінде сақталады.</translation>
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
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <source>Position held</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Лауазымдар</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
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
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Күн тәртібінің мәселелері</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Хаттама жазбасы</translation>
    </message>
    <message>
        <source>Minutes entries</source>
        <translation>Хаттама жазбалары</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Minutes log entry</source>
        <translation>Хаттама журналының жазбасы</translation>
    </message>
    <message>
        <source>Minutes log</source>
        <translation>Хаттама журналы</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Тіркелген файл</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Екіжақты кездесу</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Екіжақты кездесулер</translation>
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
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Бірлескен іс-қимыл жоспары</translation>
    </message>
    <message>
        <source>Joint Action Plans</source>
        <translation>Бірлескен іс-қимыл жоспарлары</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Жоспар іс-шарасы</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Жоспар іс-шаралары</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
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
        <translation>Атқарған лауазымдары</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Барлық тапсырмалар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Сүзгі: %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Сүзгі</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Nothing matches: clear the filter to see all %1.</source>
        <translation>Сәйкес келетін ештеңе жоқ: барлығын көру үшін сүзгіні тазалаңыз (%1).</translation>
    </message>
    <message>
        <source>No %1 yet. Click New (Ctrl+N) to add the first.</source>
        <translation>Әзірге жазба жоқ (%1). Біріншісін қосу үшін Жаңа (Ctrl+N) түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.</source>
        <translation>«%1» және оған тиесілінің бәрі жойылсын ба? Мұны Ctrl+Z арқылы болдырмауға болады.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>«%1» жойылды. Болдырмау: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>«%1» қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>Әрекет орындалмады.</translation>
    </message>
    <message>
        <source>{path} is not a Liaison database (or it is damaged).</source>
        <translation>{path} — Liaison дерекқоры емес (немесе бүлінген).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Liaison (schema {revision}). Please update Liaison to open it; the file has not been changed.</source>
        <translation>{path} Liaison-ның жаңарақ нұсқасымен жазылған (схема {revision}). Ашу үшін Liaison-ды жаңартыңыз; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (perhaps another Liaison window). Close it and try again; nothing was saved.</source>
        <translation>{path} басқа бағдарламамен бұғатталған (мүмкін, Liaison-ның басқа терезесі). Оны жауып, қайталап көріңіз; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>{path} деректер қалтасын пайдалану мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only (the file, its folder or the disk): nothing was saved. Copy the data folder to a place you can write to, or make it writable, and try again.</source>
        <translation>{path} тек оқуға арналған (файл, оның қалтасы немесе диск): ештеңе сақталмады. Деректер қалтасын жаза алатын жерге көшіріңіз немесе жазуға болатын етіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space on it and try again.</source>
        <translation>{path} орналасқан диск толы: ештеңе сақталмады. Онда біраз орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. Check the disk and try again; if it keeps failing, run: liaison doctor</source>
        <translation>{path} оқу не жазу кезінде қате шықты (диск қатесі немесе диск алынып тасталды): ештеңе сақталмады. Дискіні тексеріп, қайталап көріңіз; қате қайталана берсе, іске қосыңыз: liaison doctor</translation>
    </message>
    <message>
        <source>{path} cannot be opened (its folder is missing or not readable, or the disk was removed). Check the data folder and try again.</source>
        <translation>{path} ашылмайды (қалтасы жоқ не оқылмайды, немесе диск алынып тасталды). Деректер қалтасын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and “liaison recover” to copy what can be read into a new file (the damaged one is kept).</source>
        <translation>{path} зақымдалған, Liaison оған жазбайды. Есеп үшін “liaison doctor”, оқуға болатынын жаңа файлға көшіру үшін “liaison recover” іске қосыңыз (зақымдалған файл сақталады).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. Restore a backup (liaison restore), or move the file away to start a new record.</source>
        <translation>{path} бос (0 байт), мүмкін үзілген көшіруден; Liaison оған тиіспеді. Сақтық көшірмені қалпына келтіріңіз (liaison restore) немесе жаңа жазба бастау үшін файлды басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Liaison and must be updated, but it is read-only. Copy the data folder to a place you can write to and open the copy.</source>
        <translation>{path} Liaison-ның ескі нұсқасымен жазылған және жаңартылуы керек, бірақ ол тек оқуға арналған. Деректер қалтасын жаза алатын жерге көшіріп, көшірмені ашыңыз.</translation>
    </message>
    <message>
        <source>There is no {entity} with the id {id}.</source>
        <translation>{id} идентификаторы бар «{entity}» жоқ.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>«{field}» өрісі міндетті.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>«{field}» тым ұзын ({length} таңба; ең көбі {limit}).</translation>
    </message>
    <message>
        <source>{field} contains a control character (position {position}).</source>
        <translation>«{field}» өрісінде басқару таңбасы бар ({position}-орын).</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>«{field}» мәтін болуы керек.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>«{field}» «{value}» емес, бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>«{field}» {low} мен {high} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>{field}: «{value}» күн емес (ЖЖЖЖ-АА-КК пішімін пайдаланыңыз).</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>«{field}» «{value}» емес, иә немесе жоқ болуы керек.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field}: «{value}» мына мәндердің бірі емес: {choices}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: «{value}» — жарамсыз электрондық пошта мекенжайы.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number (write it as +CC followed by the number).</source>
        <translation>{field}: «{value}» — жарамсыз телефон нөмірі (+ел коды мен нөмірді жазыңыз).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country code (e.g. KG, TR, DE).</source>
        <translation>{field}: «{value}» ел коды емес (мысалы, KG, TR, DE).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an OTS state code ({choices}).</source>
        <translation>{field}: «{value}» ТМҰ мемлекетінің коды емес ({choices}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language code (e.g. kk, tr, ru).</source>
        <translation>{field}: «{value}» тіл коды емес (мысалы, kk, tr, ru).</translation>
    </message>
    <message>
        <source>{field} must be a PNG or JPEG image of at most {limit} MB.</source>
        <translation>«{field}» көлемі {limit} МБ-тан аспайтын PNG немесе JPEG суреті болуы керек.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>«{field}» тізім болуы керек.</translation>
    </message>
    <message>
        <source>{field} has too many entries (at most {limit}).</source>
        <translation>«{field}» өрісінде мән тым көп (ең көбі {limit}).</translation>
    </message>
    <message>
        <source>{field} cannot be set here.</source>
        <translation>«{field}» өрісін мұнда орнатуға болмайды.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) басталу күнінен ({start}) бұрын.</translation>
    </message>
    <message>
        <source>{field}: no record matches “{value}”.</source>
        <translation>{field}: «{value}» сәйкес келетін жазба жоқ.</translation>
    </message>
    <message>
        <source>{field}: “{value}” matches several records ({candidates}); give the id instead.</source>
        <translation>{field}: «{value}» бірнеше жазбаға сәйкес келеді ({candidates}); оның орнына идентификаторды беріңіз.</translation>
    </message>
    <message>
        <source>{field}: give at least a state, an institution or a person.</source>
        <translation>{field}: кемінде мемлекетті, мекемені немесе тұлғаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>These minutes are agreed and read-only; reopen them first to change them.</source>
        <translation>Бұл хаттама келісілген және тек оқуға арналған; өзгерту үшін алдымен оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>These minutes are already agreed.</source>
        <translation>Бұл хаттама бұрыннан келісілген.</translation>
    </message>
    <message>
        <source>These minutes are not agreed, so there is nothing to reopen.</source>
        <translation>Бұл хаттама келісілмеген, сондықтан қайта ашатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Row {row}: {details}</source>
        <translation>{row}-жол: {details}</translation>
    </message>
    <message>
        <source>Loading the sample data was cancelled; nothing was written.</source>
        <translation>Үлгі деректерді жүктеу тоқтатылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>{path} holds your own records: the sample data goes only into the training record (liaison demo, or File → Open the training record).</source>
        <translation>{path} ішінде сіздің өз жазбаларыңыз бар: үлгі деректер тек оқу жазбасына жүктеледі (liaison demo немесе Файл → Оқу жазбасын ашу).</translation>
    </message>
    <message>
        <source>Choose at least one event or bilateral meeting to brief on.</source>
        <translation>Анықтама үшін кемінде бір іс-шараны немесе екіжақты кездесуді таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write the briefing to {path}: {reason}. Nothing was written.</source>
        <translation>Анықтаманы {path} ішіне жазу мүмкін емес: {reason}. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the PDF file to write.</source>
        <translation>{path} — қалта: жазылатын PDF файлының атын беріңіз.</translation>
    </message>
    <message>
        <source>Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru).</source>
        <translation>Тіл: «{language}» — Liaison күндерді жаза алатын тіл емес (мысалы, en, tr, kk, ru).</translation>
    </message>
    <message>
        <source>Marking: at most {limit} characters (“{marking}” has {length}).</source>
        <translation>Гриф: ең көбі {limit} таңба («{marking}»: {length}).</translation>
    </message>
    <message>
        <source>Making the briefing was cancelled; no file was written.</source>
        <translation>Анықтаманы дайындау тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <source>The Secretariat server&apos;s message is not valid: {field}: {reason}</source>
        <translation>Хатшылық серверінің жауабы жарамсыз: {field}: {reason}</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept.</source>
        <translation>Синхрондау сәтсіз аяқталды; өзгерістеріңіз сақталды.</translation>
    </message>
    <message>
        <source>This data folder is not connected to a Secretariat server yet: log in first.</source>
        <translation>Бұл деректер қалтасы әлі Хатшылық серверіне қосылмаған: алдымен жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>This is the training record (sample data); it never syncs with the Secretariat. Open your own record to sync.</source>
        <translation>Бұл — оқу жазбасы (үлгі деректер); ол Хатшылықпен ешқашан синхрондалмайды. Синхрондау үшін өз жазбаңызды ашыңыз.</translation>
    </message>
    <message>
        <source>The Secretariat server at {url} needs you to log in again ({reason}). Your changes are kept and will be sent after you log in.</source>
        <translation>{url} мекенжайындағы Хатшылық сервері жүйеге қайта кіруді талап етеді ({reason}). Өзгерістеріңіз сақталды және жүйеге кіргеннен кейін жіберіледі.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the user name or the password ({message}).</source>
        <translation>Хатшылық сервері пайдаланушы атын немесе құпиясөзді қабылдамады ({message}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address; write it as https://host or https://host:port.</source>
        <translation>«{url}» — сервер мекенжайы емес; оны https://host немесе https://host:port түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only to this computer, for testing).</source>
        <translation>{url} серверімен қорғалмаған http:// арқылы байланысуға болмайды: https:// пайдаланыңыз (қорғалмаған http тек осы компьютердің өзімен, сынақ үшін ғана рұқсат етіледі).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be used: {reason}</source>
        <translation>{path} куәландырушы орталық файлын пайдалану мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the Secretariat server at {url} ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>{url} мекенжайындағы Хатшылық серверіне қосылу мүмкін болмады ({reason}). Өзгерістеріңіз сақталды және келесі синхрондау кезінде жіберіледі.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the Secretariat&apos;s ({reason}); nothing was sent. If the Secretariat uses its own certificate authority, log in again with its CA file.</source>
        <translation>{url} мекенжайындағы сервер өзінің Хатшылыққа тиесілі екенін дәлелдемеді ({reason}); ештеңе жіберілген жоқ. Егер Хатшылық өз куәландырушы орталығын пайдаланса, оның куәландырушы орталық файлымен жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The Secretariat server needs a newer version of Liaison: please update Liaison. Your changes are kept. ({message})</source>
        <translation>Хатшылық серверіне Liaison-ның жаңарақ нұсқасы қажет: Liaison-ды жаңартыңыз. Өзгерістеріңіз сақталды. ({message})</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete {count} of the {total} records on this computer; nothing was deleted. If that is expected, confirm and sync again.</source>
        <translation>Сервердегі өзгерістер бұл компьютердегі {total} жазбаның ішінен {count} жазбаны жояр еді; ештеңе жойылған жоқ. Егер бұл күтілген болса, растап, қайта синхрондаңыз.</translation>
    </message>
    <message>
        <source>The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.</source>
        <translation>Хатшылық серверінде қате орын алды ({status}: {message}). Өзгерістеріңіз сақталды; кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The Secretariat server went back in time (restored from a backup); sync again.</source>
        <translation>Хатшылық сервері уақыт бойынша кері қайтты (сақтық көшірмеден қалпына келтірілді); қайта синхрондаңыз.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the request ({status}: {message}).</source>
        <translation>Хатшылық сервері сұрауды қабылдамады ({status}: {message}).</translation>
    </message>
    <message>
        <source>Only {author}, whose change it is, and officers of the institution that owns “{title}” may resolve this conflict. It stays in your conflict inbox.</source>
        <translation>Бұл қайшылықты тек өзгерістің авторы {author} және «{title}» жазбасының иесі болып табылатын мекеменің қызметкерлері шеше алады. Қайшылық қайшылықтар тізіміңізде қалады.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was exchanged before is saved, the rest is kept for later.</source>
        <translation>Синхрондау тоқтатылды; оған дейін алмасқан деректер сақталды, қалғаны кейінге қалдырылды.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running.</source>
        <translation>Бұл деректер қалтасын синхрондау қазірдің өзінде орындалып жатыр.</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>Жүйелік кілттер қоймасында қате орын алды: {reason}</translation>
    </message>
    <message>
        <source>The file {name} cannot be downloaded from the Secretariat: it is not there yet (the laptop that attached it has not synced since) or no longer yours to see. Try again later.</source>
        <translation>{name} файлын Хатшылықтан жүктеп алу мүмкін емес: ол әлі онда жоқ (оны тіркеген ноутбук содан бері синхрондалмаған) немесе оны көруге енді құқығыңыз жоқ. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not kept; it is sent again at the next sync. Your record is unchanged.</source>
        <translation>{name} файлы Хатшылыққа бүлінген күйде жетті (SHA-256 мәні сәйкес келмеді) және сақталмады; ол келесі синхрондауда қайта жіберіледі. Жазбаңыз өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{path} is open in another program (perhaps the Liaison window or a sync). Close it, then try again; nothing was changed.</source>
        <translation>{path} басқа бағдарламада ашық (мүмкін Liaison терезесі немесе синхрондау). Оны жауып, қайталап көріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): nothing was copied. Free some space and try again.</source>
        <translation>{path} жанында көшірмеге бос орын жеткіліксіз ({needed} МБ қажет, {reserve} МБ бос қалдырылады): ештеңе көшірілмеді. Біраз орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>There is no snapshot in {path} to restore.</source>
        <translation>{path} ішінде қалпына келтіретін лездік көшірме жоқ.</translation>
    </message>
    <message>
        <source>Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; restore a snapshot (liaison restore) or ask for help.</source>
        <translation>{path} файлынан ештеңе қалпына келтірілмеді: көшірме бүтін емес. Файл сол күйінде қалдырылды; лездік көшірмені қалпына келтіріңіз (liaison restore) немесе көмек сұраңыз.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Байланысты өзімен біріктіруге болмайды.</translation>
    </message>
    <message>
        <source>There is no merge {id} to undo, or it was undone already.</source>
        <translation>Болдырмайтын {id} біріктіруі жоқ немесе ол бұрын болдырылмаған.</translation>
    </message>
    <message>
        <source>{what} cannot be exported as {format} (use {formats}).</source>
        <translation>{what} {format} пішімінде экспортталмайды ({formats} қолданыңыз).</translation>
    </message>
    <message>
        <source>Participants are exported for one event: give --event ID or TITLE.</source>
        <translation>Қатысушылар бір іс-шара үшін экспортталады: --event ID немесе АТАУЫН беріңіз.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} жазылмайды: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this program can read ({detail}).</source>
        <translation>{path} бұл бағдарлама оқи алатын кесте емес ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a text (CSV) file: it holds binary data.</source>
        <translation>{path} мәтіндік (CSV) файл емес: екілік деректер бар.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>{path} vCard файлы емес: BEGIN:VCARD жоқ.</translation>
    </message>
    <message>
        <source>{path} is not in the encoding {encoding}; choose another.</source>
        <translation>{path} {encoding} кодтауында емес; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>{encoding} — бұл бағдарлама білетін кодтау емес.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>{path} ішінде “{sheet}” атты парақ жоқ (барлары: {sheets}).</translation>
    </message>
    <message>
        <source>{path}: no row of column names was found.</source>
        <translation>{path}: баған атаулары бар жол табылмады.</translation>
    </message>
    <message>
        <source>{path}: no column holds the names; map one with --map &quot;COLUMN=name&quot;.</source>
        <translation>{path}: бірде-бір бағанда аттар жоқ; біреуін --map &quot;БАҒАН=name&quot; арқылы белгілеңіз.</translation>
    </message>
    <message>
        <source>--map “{value}”: write COLUMN=field, with field one of {fields}.</source>
        <translation>--map “{value}”: БАҒАН=өріс деп жазыңыз; өріс мыналардың бірі: {fields}.</translation>
    </message>
    <message>
        <source>--map “{value}”: the file has no column “{column}”.</source>
        <translation>--map “{value}”: файлда “{column}” бағаны жоқ.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт тоқтатылды; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>There is no import with the id {batch}.</source>
        <translation>{batch} идентификаторлы импорт жоқ.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>{batch} импорты бұрын болдырылмаған.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>қарапайым мәтін</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): nothing was attached.</source>
        <translation>{name} файлы бос (0 байт): ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was attached. Attach a smaller copy (a PDF printed at a lower resolution, say).</source>
        <translation>{name} файлы {size_mb} МБ, ал бір файл ең көбі {limit_mb} МБ болуы мүмкін: ештеңе тіркелмеді. Кішірек көшірмесін тіркеңіз (мысалы, төменірек ажыратымдылықпен басылған PDF).</translation>
    </message>
    <message>
        <source>The file {name} is named as a {kind} file but is not one (its content does not start as a {kind} file does): nothing was attached. Save it again as {kind}, or rename it.</source>
        <translation>{name} файлының атауы оны {kind} файлы деп көрсетеді, бірақ ол олай емес (мазмұны {kind} файлы сияқты басталмайды): ештеңе тіркелмеді. Оны қайтадан {kind} ретінде сақтаңыз немесе атауын өзгертіңіз.</translation>
    </message>
    <message>
        <source>The file name “{name}” cannot be used: a name may not be empty, contain / or \ or control characters, or be longer than 255 characters. Nothing was attached.</source>
        <translation>«{name}» файл атауын қолдануға болмайды: атау бос болмауы, / не \ немесе басқару таңбаларын қамтымауы және 255 таңбадан ұзын болмауы керек. Ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Nothing was attached.</source>
        <translation>{name} файлын оқу мүмкін емес: {reason}. Ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <source>Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, plans, action items and contacts.</source>
        <translation>«{kind}» жазбасына файл тіркеуге болмайды: тек іс-шараларға, екіжақты кездесулерге, құжаттарға, хаттамаларға, жоспарларға, іс-әрекет тармақтарына және байланыстарға.</translation>
    </message>
    <message>
        <source>The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this computer yet. Sync to download it.</source>
        <translation>{name} файлы ({size}) тек Хатшылықта: ол бұл компьютерге әлі жүктелмеген. Жүктеп алу үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>The copy {path} cannot be written: {reason}. Nothing was written.</source>
        <translation>{path} көшірмесін жазу мүмкін емес: {reason}. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>it is no longer there (moved, renamed or deleted)</source>
        <translation>ол енді жоқ (жылжытылған, атауы өзгертілген немесе жойылған)</translation>
    </message>
    <message>
        <source>this account may not read or write it</source>
        <translation>бұл тіркелгінің оны оқуға не жазуға рұқсаты жоқ</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>бұл файл емес, қалта</translation>
    </message>
    <message>
        <source>the disk could not be read (a damaged or removed disk)</source>
        <translation>дискіні оқу мүмкін болмады (бүлінген немесе ажыратылған диск)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>бұл кәдімгі файл емес</translation>
    </message>
    <message>
        <source>{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others may not be able to open it.</source>
        <translation>{name} — PDF, DOCX, XLSX, ODT, сурет немесе қарапайым мәтін файлы емес: ол тіркелді, бірақ басқалар оны аша алмауы мүмкін.</translation>
    </message>
    <message>
        <source>“{value}” is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>«{value}» — SHA-256 хэші емес (64 он алтылық цифр).</translation>
    </message>
    <message>
        <source>The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): it was damaged or changed on the way, and nothing was stored.</source>
        <translation>{name} файлы күтілген файл емес (SHA-256 хэші {expected} емес, {actual}): жолда бүлінген не өзгерген; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It was set aside in {folder}. Sync to download it again, or attach the original file again.</source>
        <translation>{name} файлының осы компьютердегі көшірмесі бүлінген (тіркелгеннен бері дискідегі байттары өзгерген), сондықтан ол пайдаланылмады. Ол {folder} қалтасына бөлек қойылды. Қайта жүктеп алу үшін синхрондаңыз немесе түпнұсқа файлды қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It could not be set aside ({path} cannot be written to). Attach the original file again in a writable copy of the data folder.</source>
        <translation>{name} файлының осы компьютердегі көшірмесі бүлінген (тіркелгеннен бері дискідегі байттары өзгерген), сондықтан ол пайдаланылмады. Оны бөлек қою мүмкін болмады ({path} жазуға болмайды). Түпнұсқа файлды деректер қалтасының жазуға болатын көшірмесінде қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored.</source>
        <translation>{name} файлы бір файлға рұқсат етілген {limit_mb} МБ-тан үлкен: ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The file {name} is not in this data folder (its bytes, {digest}, are missing).</source>
        <translation>{name} файлы бұл деректер қалтасында жоқ (мазмұны, {digest}, жетіспейді).</translation>
    </message>
    <message>
        <source>Not sent (the next sync tries again): {problem}</source>
        <translation>Жіберілмеді (келесі синхрондау қайта байқап көреді): {problem}</translation>
    </message>
    <message>
        <source>Files were not downloaded (they download when opened, or at the next sync): {problem}</source>
        <translation>Файлдар жүктеп алынбады (ашқанда немесе келесі синхрондауда жүктеледі): {problem}</translation>
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
        <translation>Контактілер</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Таңдалған байланыстар</translation>
    </message>
    <message>
        <source>Events (calendar)</source>
        <translation>Іс-шаралар (күнтізбе)</translation>
    </message>
    <message>
        <source>Bilateral meetings (calendar)</source>
        <translation>Екіжақты кездесулер (күнтізбе)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Іс-шара қатысушылары</translation>
    </message>
    <message>
        <source>Contacts shown in the list (filtered)</source>
        <translation>Тізімде көрсетілген байланыстар (сүзілген)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Қай тармақтар</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>{count} жазба {path} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Home institution</source>
        <translation>Өз мекемесі</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Қызметкердің аты</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Қолжетімділік</translation>
    </message>
    <message>
        <source>Owner institution</source>
        <translation>Иесі мекеме</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Name in own language</source>
        <translation>Өз тіліндегі атауы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Құрамында</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Латын әрпімен аты</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Құрметті атауы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Сериядағы нөмірі</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Қабылдаушы мекеме</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Тіркелген жазба</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Әріптес</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Түйіндеме</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Келісілген күні</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Бірлескен іс-қимыл жоспары</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>Қай іс-шара аясында</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Нәтижелері</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Екіжақты кездесу</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Жауапты мекеме</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Agreed at event</source>
        <translation>Келісілген іс-шара</translation>
    </message>
    <message>
        <source>From minutes</source>
        <translation>Хаттамадан</translation>
    </message>
    <message>
        <source>From bilateral meeting</source>
        <translation>Екіжақты кездесуден</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Қабылданған іс-шара</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Responsible states</source>
        <translation>Жауапты мемлекеттер</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Жетекші мекеме</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Мерзімдері</translation>
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
        <translation>Осы отырыстың тапсырмалары</translation>
    </message>
    <message>
        <source>Bilateral meetings on the margins</source>
        <translation>Іс-шара аясындағы екіжақты кездесулер</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Тапсырма…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <source>Add an action item (%1)</source>
        <translation>Тапсырма қосу (%1)</translation>
    </message>
    <message>
        <source>Bilateral…</source>
        <translation>Екіжақты кездесу…</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Екіжақты кездесу қосу</translation>
    </message>
    <message>
        <source>Add a bilateral meeting on the margins (%1)</source>
        <translation>Іс-шара аясында екіжақты кездесу қосу (%1)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Bilaterals on the margins</source>
        <translation>Іс-шара аясындағы екіжақты кездесулер</translation>
    </message>
    <message>
        <source>None yet. %1 adds one.</source>
        <translation>Әзірге жоқ. %1 — қосу.</translation>
    </message>
    <message>
        <source>F&amp;ollow-up %1</source>
        <translation>К&amp;елесі қадамдар %1</translation>
    </message>
    <message>
        <source>Agreed under item %1: %2</source>
        <translation>%1-мәселе бойынша келісілді: %2</translation>
    </message>
    <message>
        <source>Agreed under: %1</source>
        <translation>Келісілген мәселе: %1</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Тапсырма қосылды: %1</translation>
    </message>
    <message>
        <source>Bilateral meeting added: %1</source>
        <translation>Екіжақты кездесу қосылды: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
</context>
<context>
    <name>GoingPrivateDialog</name>
    <message>
        <source>Make the record private</source>
        <translation>Жазбаны жеке ету</translation>
    </message>
    <message>
        <source>Make “%1” private?</source>
        <translation>«%1» жеке етілсін бе?</translation>
    </message>
    <message>
        <source>Officers of your institution already have it.</source>
        <translation>Ол мекемеңіздің қызметкерлерінде бар.</translation>
    </message>
    <message>
        <source>Every officer who syncs with the Secretariat may already have it.</source>
        <translation>Ол Хатшылықпен синхрондайтын әр қызметкерде болуы мүмкін.</translation>
    </message>
    <message>
        <source>Withdraw it: it is removed, with what it holds, from their computers at their next sync and stays here, private, with its history. Keep their copies: they keep the version they have, and what you write from now on stays on this computer.</source>
        <translation>Кері алу: келесі синхрондауда ол ішіндегісімен бірге олардың компьютерлерінен жойылады, ал мұнда тарихымен бірге жеке болып қалады. Көшірмелері қалсын: қолындағы нұсқа оларда қалады, енді жазғаныңыз осы компьютерде қалады.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it from the others</source>
        <translation>Басқалардан &amp;кері алу</translation>
    </message>
    <message>
        <source>Withdraw it from the others</source>
        <translation>Басқалардан кері алу</translation>
    </message>
    <message>
        <source>Removed from the other officers&apos; computers at their next sync; kept here</source>
        <translation>Басқа қызметкерлердің компьютерлерінен келесі синхрондауда жойылады; мұнда қалады</translation>
    </message>
    <message>
        <source>&amp;Keep their copies</source>
        <translation>Көшірмелері &amp;қалсын</translation>
    </message>
    <message>
        <source>Keep their copies</source>
        <translation>Көшірмелері қалсын</translation>
    </message>
    <message>
        <source>They keep the version they have; later edits stay here</source>
        <translation>Қолындағы нұсқа оларда қалады; кейінгі түзетулер осында қалады</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Жүктеп алу</translation>
    </message>
    <message>
        <source>Download the photo from the Secretariat</source>
        <translation>Фотоны Хатшылықтан жүктеп алу</translation>
    </message>
    <message>
        <source>A photo is attached.</source>
        <translation>Фото тіркелген.</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Фото жоқ.</translation>
    </message>
    <message>
        <source>Downloading the photo from the Secretariat…</source>
        <translation>Фото Хатшылықтан жүктеліп жатыр…</translation>
    </message>
    <message>
        <source>The photo is on the Secretariat (%1), not downloaded to this computer yet.</source>
        <translation>Фото Хатшылықта (%1), бұл компьютерге әлі жүктеп алынбаған.</translation>
    </message>
    <message>
        <source>The photo&apos;s file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it.</source>
        <translation>Фотоның осы компьютердегі файлы бүлінген, сондықтан ол бөлек қойылды және пайдаланылмайды. Түзету үшін фотоны қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>The photo&apos;s file is missing from this computer and never reached the Secretariat. Choose the photo again.</source>
        <translation>Фотоның файлы бұл компьютерде жоқ және Хатшылыққа ешқашан жетпеген. Фотоны қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Фото таңдаңыз</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
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
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Латын әрпімен аты</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Құрметті атауы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Дереккөз идентификаторы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>файл байт реті белгісімен басталады</translation>
    </message>
    <message>
        <source>the file is valid UTF-8</source>
        <translation>файл дұрыс UTF-8</translation>
    </message>
    <message>
        <source>the file has only ASCII characters</source>
        <translation>файлда тек ASCII таңбалары бар</translation>
    </message>
    <message>
        <source>this code page gives the most letters of the officers&apos; alphabets</source>
        <translation>бұл кодтық бет қызметкерлер әліпбилерінің ең көп әрпін береді</translation>
    </message>
    <message>
        <source>chosen by the officer</source>
        <translation>қызметкер таңдаған</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Байланыстарды импорттау</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.</source>
        <translation>Кез келген бағдарламадан CSV, Excel (XLSX, XLS), OpenDocument (ODS) немесе vCard (VCF) файлдары.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <source>Check which field each column holds; change any that is wrong.</source>
        <translation>Әр бағанның қай өрісті сақтайтынын тексеріңіз; қатесін өзгертіңіз.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Add them to an event as participants</source>
        <translation>Іс-шараға қатысушы ретінде қосу</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Жарамсыз жолдарды өткізіп, қалғандарын импорттау</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)</source>
        <translation>Байланыстар (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (болжам)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>matches an existing contact</source>
        <translation>бар байланысқа сәйкес</translation>
    </message>
    <message>
        <source>matches an existing contact, nothing new</source>
        <translation>бар байланысқа сәйкес, жаңа ештеңе жоқ</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>жарамсыз</translation>
    </message>
    <message>
        <source>fills: {fields}</source>
        <translation>толтырады: {fields}</translation>
    </message>
    <message>
        <source> (the first {n} rows)</source>
        <translation> (алғашқы {n} жол)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or first and last names).</source>
        <translation>Аттарды (немесе аты мен тегін) сақтайтын бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.</source>
        <translation>Жаңа: {new}. Бар байланыстарға сәйкес: {match}. Жарамсыз: {invalid}.</translation>
    </message>
    <message>
        <source>(none: contacts only)</source>
        <translation>(жоқ: тек байланыстар)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Rows {rows} are invalid; nothing was imported. Fix them, or skip them.</source>
        <translation>{rows} жолдары жарамсыз; ештеңе импортталмады. Түзетіңіз немесе өткізіп жіберіңіз.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Импортталды: {created} жаңа, {updated} жаңартылды, {unchanged} өзгермеді, {skipped} өткізілді.</translation>
    </message>
</context>
<context>
    <name>LanguagesWidget</name>
    <message>
        <source>Type a language&apos;s name, e.g. %1</source>
        <translation>Тілдің атауын теріңіз, мысалы: %1</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Таңдауға болатын тілдер</translation>
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
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Деректер ашылуда…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>Анықтамалар &amp;жинағы…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Отырыс режимі</translation>
    </message>
    <message>
        <source>Draft the minutes of the selected event while it runs (F9)</source>
        <translation>Таңдалған іс-шараның хаттамасын отырыс барысында жазу (F9)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>Барлық жерден &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation>Хатшылыққа &amp;кіру…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Жүйеден &amp;шығу</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Синхрондау &amp;журналы…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaison &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Алдымен іс-шараны таңдап, содан кейін отырыс режимі үшін F9 басыңыз.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: %2 көрсетілді</translation>
    </message>
    <message>
        <source>Open the &amp;training record…</source>
        <translation>&amp;Оқу жазбасын ашу…</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;The desk application of the OTS diaspora liaison officers.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;ТМҰ диаспоралармен байланыс жөніндегі қызметкерлерінің жұмыс бағдарламасы.&lt;/p&gt;&lt;p&gt;Деректер қалтасы: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Үлгі деректер жүктелді.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Үлгі деректер жүктелуде…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation>Отырыс режимі — %1</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Отырыс режимін жабу</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Қатысу және келесі қадамдар</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Екіжақты кездесу қосу</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close</source>
        <translation>%1 келесі мәселе · %2 алдыңғы · %3 тапсырма · %4 екіжақты кездесу · %5 жабу</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Күн тәртібінің келесі мәселесі</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Күн тәртібінің алдыңғы мәселесі</translation>
    </message>
    <message>
        <source>Your own minutes: the first word typed creates them.</source>
        <translation>Өз хаттамаңыз: терілген алғашқы сөзбен жасалады.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Liaison ішінде қате шықты (%1).</translation>
    </message>
    <message>
        <source>Some of your text could not be saved: %1</source>
        <translation>Мәтініңіздің бір бөлігі сақталмады: %1</translation>
    </message>
    <message>
        <source>Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text.</source>
        <translation>Қайталап көріңіз, отырыс режимін ашық қалдырыңыз (мәтін экранда қалады) немесе жауып, сақталмаған мәтіннен айырылыңыз.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Ашық қалдыру</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Жауып, жоғалту</translation>
    </message>
</context>
<context>
    <name>MinutesDetailView</name>
    <message>
        <source>Minutes status</source>
        <translation>Хаттама мәртебесі</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Хаттаманы алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Жу&amp;рнал</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Log of the minutes</source>
        <translation>Хаттама журналы</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>белгісіз күні</translation>
    </message>
    <message>
        <source>Agreed on %1 — read-only. Reopen to change.</source>
        <translation>%1 келісілді — тек оқу үшін. Өзгерту үшін қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>Атаусыз хаттама</translation>
    </message>
    <message>
        <source>No entries yet. Take notes in meeting mode.</source>
        <translation>Әзірге жазба жоқ. Отырыс режимінде жазып отырыңыз.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Әртүрлі мәселелер</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Шешімдер:</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <source>Meeting mode</source>
        <translation>Отырыс режимі</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Хаттама мәртебесі</translation>
    </message>
    <message>
        <source>Agr&amp;ee minutes…</source>
        <translation>Хаттаманы &amp;келісу…</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Хаттаманы келісу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Отырыс режимін жабу</translation>
    </message>
    <message>
        <source>Close meeting mode (%1); everything typed is saved first.</source>
        <translation>Отырыс режимін жабу (%1); алдымен терілгеннің бәрі сақталады.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Тек оқу үшін</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Қайта ашу…</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Хаттаманы қайта ашу</translation>
    </message>
    <message>
        <source>Make the agreed minutes editable again (you will be asked why).</source>
        <translation>Келісілген хаттаманы қайтадан өңдеуге ашу (себебі сұралады).</translation>
    </message>
    <message>
        <source>&amp;Write our own minutes</source>
        <translation>Өз хаттамамызды &amp;жазу</translation>
    </message>
    <message>
        <source>Take your institution&apos;s own minutes of this meeting; these stay as they are.</source>
        <translation>Осы кездесудің өз мекемеңізге тиесілі хаттамасын жүргізіңіз; бұл хаттама өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change.</source>
        <translation>Тек оқу үшін: бұл хаттаманы %1 жазған, оны тек соның қызметкерлері өзгерте алады (Хатшылық басқа мекемелерден келген өзгерістерді қабылдамайды). Оқуға және көшіруге болады; кез келген өзгеріс үшін соларға хабарласыңыз.</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change.</source>
        <translation>Тек оқу үшін: бұл хаттаманы басқа мекеме жазған, оны тек соның қызметкерлері өзгерте алады. Оқуға және көшіруге болады; кез келген өзгеріс үшін соларға хабарласыңыз.</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Хаттама әлі жоқ</translation>
    </message>
    <message>
        <source>There is nothing to agree yet: the minutes start with the first word typed.</source>
        <translation>Әзірге келісетін ештеңе жоқ: хаттама алғашқы терілген сөзден басталады.</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Келісілді: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Келісілді</translation>
    </message>
    <message>
        <source>These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged.</source>
        <translation>Бұл хаттама %1 келісілген және тек оқуға арналған. Өзгерту үшін оны қайта ашыңыз; себебі сұралады және журналға жазылады.</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Хаттама жобасы</translation>
    </message>
    <message>
        <source>Mark the minutes agreed: they become read-only, and this is logged.</source>
        <translation>Хаттаманы келісілген деп белгілеу: ол тек оқуға арналған болады, бұл журналға жазылады.</translation>
    </message>
    <message>
        <source>There is nothing to agree yet.</source>
        <translation>Әзірге келісетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Agree the minutes once everything typed is saved.</source>
        <translation>Терілгеннің бәрі сақталған соң хаттаманы келісіңіз.</translation>
    </message>
    <message>
        <source>Mark these minutes as agreed?</source>
        <translation>Бұл хаттама келісілген деп белгіленсін бе?</translation>
    </message>
    <message>
        <source>Agreed minutes are read-only: changing them later means reopening them, which is logged.</source>
        <translation>Келісілген хаттама тек оқуға арналған: кейін өзгерту үшін оны қайта ашу керек, бұл журналға жазылады.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Келісу</translation>
    </message>
    <message>
        <source>The minutes are agreed.</source>
        <translation>Хаттама келісілді.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Орындалмады: %1</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>Хаттама қайта ашылды; себебі журналға жазылды.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the event</source>
        <translation>Іс-шараның хаттамалары</translation>
    </message>
    <message>
        <source>&amp;New minutes…</source>
        <translation>Жаңа &amp;хаттама…</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Жаңа хаттама</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Edit the title and summary</source>
        <translation>Атауы мен түйіндемесін өзгерту</translation>
    </message>
    <message>
        <source>Open in &amp;meeting mode</source>
        <translation>&amp;Отырыс режимінде ашу</translation>
    </message>
    <message>
        <source>Open in meeting mode</source>
        <translation>Отырыс режимінде ашу</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Келісу…</translation>
    </message>
    <message>
        <source>Agree the minutes</source>
        <translation>Хаттаманы келісу</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Қ&amp;айта ашу…</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Хаттаманы қайта ашу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Хаттама&amp;ны жою</translation>
    </message>
    <message>
        <source>Delete the minutes</source>
        <translation>Хаттаманы жою</translation>
    </message>
    <message>
        <source>Mark the minutes as agreed by the parties: they become read-only.</source>
        <translation>Хаттаманы тараптар келіскен деп белгілеу: ол тек оқуға арналған болады.</translation>
    </message>
    <message>
        <source>Make agreed minutes editable again, giving a reason for the log.</source>
        <translation>Келісілген хаттаманы журналға себебін көрсетіп, қайтадан өңдеуге ашу.</translation>
    </message>
    <message>
        <source>Agreed minutes cannot be deleted; reopen them first.</source>
        <translation>Келісілген хаттаманы жоюға болмайды; алдымен оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Choose an event to see its minutes.</source>
        <translation>Хаттамаларын көру үшін іс-шараны таңдаңыз.</translation>
    </message>
    <message>
        <source>This event has no minutes yet. Start them with “New minutes…”.</source>
        <translation>Бұл іс-шараның әлі хаттамасы жоқ. «Жаңа хаттама…» арқылы бастаңыз.</translation>
    </message>
    <message>
        <source>Choose minutes to see their entries.</source>
        <translation>Жазбаларын көру үшін хаттаманы таңдаңыз.</translation>
    </message>
    <message>
        <source>These minutes belong to %1: only its officers may change, agree, reopen or delete them.</source>
        <translation>Бұл хаттама %1 мекемесіне тиесілі: оны тек соның қызметкерлері өзгерте, келісе, қайта аша немесе жоя алады.</translation>
    </message>
    <message>
        <source>these minutes</source>
        <translation>бұл хаттама</translation>
    </message>
    <message>
        <source>Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.</source>
        <translation>«%1» келісілген деп белгіленсін бе? Келісілген хаттама біреу қайта ашқанша тек оқуға арналған болады.</translation>
    </message>
    <message>
        <source>Why are these minutes reopened? The reason is kept in their log.</source>
        <translation>Бұл хаттама неге қайта ашылады? Себебі оның журналында сақталады.</translation>
    </message>
    <message>
        <source>A reason is required to reopen agreed minutes. Why are they reopened?</source>
        <translation>Келісілген хаттаманы қайта ашу үшін себеп керек. Неге қайта ашылады?</translation>
    </message>
    <message>
        <source>Delete “%1” and their entries?</source>
        <translation>«%1» жазбаларымен бірге жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation>Қосу үшін іс-шараны немесе екіжақты кездесуді іздеңіз…</translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation>Іс-шараны немесе екіжақты кездесуді іздеу</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылғандар</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation>Осы жинақта (әрқайсысына бір анықтамадан, осы ретпен):</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>Осы жинақта</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>А&amp;лып тастау</translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation>Профилі берілетін әріптестер:</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Әріптестер</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ешкім</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Іздеу сәтсіз аяқталды; толығырақ журналда.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message>
        <source>Sample records in your record</source>
        <translation>Базаңыздағы үлгі жазбалар</translation>
    </message>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>Liaison-ның ескі нұсқасы үлгі деректерді (ойдан шығарылған қызметкерлер, Бішкек кездесуі…) өз базаңызға жүктеген. Сіз өзгертпеген %n үлгі жазбаны жоюға болады.</numerusform>
            <numerusform>Liaison-ның ескі нұсқасы үлгі деректерді (ойдан шығарылған қызметкерлер, Бішкек кездесуі…) өз базаңызға жүктеген. Сіз өзгертпеген %n үлгі жазбаны жоюға болады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Сақталады: сіз өзгерткен не өз жазбаларыңыз сілтейтін %n жазба:</numerusform>
            <numerusform>Сақталады: сіз өзгерткен не өз жазбаларыңыз сілтейтін %n жазба:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample stays available in the training record (File → Open the training record…).</source>
        <translation>Үлгі оқу базасында қолжетімді болып қалады (Файл → Оқу базасын ашу…).</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>%n үлгі жазба жойылды.</numerusform>
            <numerusform>%n үлгі жазба жойылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>Сіз өзгерткен не байланыстырған %n жазба сақталды.</numerusform>
            <numerusform>Сіз өзгерткен не байланыстырған %n жазба сақталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation>Бөлімдер (мұқаба әрқашан болады)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation>Әр беттің жоғарғы және төменгі жағында басылады; басқа грифті де теруге болады</translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation>Сапар бағыты (бірнеше анықтамадан тұратын жинақ үшін)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Бір адам болуы ықтимал</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Ықтималдық</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>No papers</source>
        <translation>Құжаттарсыз</translation>
    </message>
    <message>
        <source>&amp;List them in an annex (Papers on file)</source>
        <translation>Қосымшада &amp;тізімдеу (Тіркелген құжаттар)</translation>
    </message>
    <message>
        <source>List them and append the &amp;first pages of the PDFs</source>
        <translation>Тізімдеу және PDF-тің &amp;алғашқы беттерін қосу</translation>
    </message>
    <message>
        <source>Pa&amp;ges of each PDF:</source>
        <translation>Әр PDF-тен &amp;беттер:</translation>
    </message>
    <message>
        <source>Pages of each PDF</source>
        <translation>Әр PDF-тен беттер</translation>
    </message>
    <message>
        <source>How many pages of each chosen PDF follow the pack (1 to 10)</source>
        <translation>Таңдалған әр PDF-тің неше беті жинақтан кейін қосылады (1-ден 10-ға дейін)</translation>
    </message>
    <message>
        <source>Papers attached to the records of these notes:</source>
        <translation>Осы анықтамалардың жазбаларына тіркелген құжаттар:</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <source>Tick all papers</source>
        <translation>Барлық құжаттарды белгілеу</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Ешқайсысы</translation>
    </message>
    <message>
        <source>Untick all papers</source>
        <translation>Барлық құжаттардан белгіні алу</translation>
    </message>
    <message>
        <source>PDFs only on the Secretariat are downloaded when the preview is made; one that cannot be is listed in the annex as not downloaded. Photos are not papers.</source>
        <translation>Тек Хатшылықта тұрған PDF файлдар алдын ала қарау дайындалғанда жүктеледі; жүктелмегені қосымшада жүктелмеген деп көрсетіледі. Фотосуреттер құжат емес.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>осы компьютерде</translation>
    </message>
    <message>
        <source>missing from this computer — attach it again</source>
        <translation>бұл компьютерде жоқ — қайта тіркеңіз</translation>
    </message>
    <message>
        <source>on the Secretariat: downloaded when the preview is made</source>
        <translation>Хатшылықта: алдын ала қарау дайындалғанда жүктеледі</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>Хатшылықта</translation>
    </message>
    <message>
        <source>No papers are attached to the records of these notes.</source>
        <translation>Осы анықтамалардың жазбаларына бірде-бір құжат тіркелмеген.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the agreed minutes</source>
        <translation>Келісілген хаттаманы қайта ашу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it.</source>
        <translation>Келісілген хаттама тек әдейі қайта ашылады. Себебін жазыңыз: ол сіздің атыңызбен және уақытымен журналға жазылады, оны әр делегация көреді.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>e.g. The Uzbek delegation&apos;s comments on item 2 arrived.</source>
        <translation>мысалы, Өзбекстан делегациясының 2-мәселе бойынша ескертпелері келді.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>This record is damaged, so it is open for reading only: nothing can be changed. Recover it to go on working (%1).</source>
        <translation>Бұл жазба зақымдалған, сондықтан тек оқуға ашық: ештеңені өзгерту мүмкін емес. Жұмысты жалғастыру үшін оны қалпына келтіріңіз (%1).</translation>
    </message>
    <message>
        <source>This record is read-only (the file, its folder or the disk cannot be written), so it is open for reading only: nothing can be changed (%1).</source>
        <translation>Бұл жазба тек оқуға арналған (файлға, оның қалтасына немесе дискіге жазу мүмкін емес), сондықтан тек оқуға ашық: ештеңені өзгерту мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Қалпына келтіру…</translation>
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
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change.</source>
        <translation>Тек оқуға: бұл жазба %1 мекемесіне тиесілі, оны тек сол мекеменің қызметкерлері өзгерте алады (Хатшылық басқа мекемелердің өзгерістерін қабылдамайды). Қажетін көшіріп алыңыз немесе өзгерісті енгізуді олардан сұраңыз.</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change.</source>
        <translation>Тек оқуға: бұл жазба басқа мекемеге тиесілі, оны тек сол мекеменің қызметкерлері өзгерте алады. Қажетін көшіріп алыңыз немесе өзгерісті енгізуді олардан сұраңыз.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Бұл жазбада сақталмаған өзгерістер бар. Сақталсын ба?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The record is damaged</source>
        <translation>Жазба зақымдалған</translation>
    </message>
    <message>
        <source>Recovery copies everything that can still be read into a new file, which takes the damaged one&apos;s place; the damaged file is kept in the backups folder. Liaison closes while it works and opens again on the recovered record.</source>
        <translation>Қалпына келтіру әлі оқылатынның бәрін зақымдалған файлдың орнын басатын жаңа файлға көшіреді; зақымдалған файл сақтық көшірмелер қалтасында сақталады. Liaison осы кезде жабылып, қалпына келтірілген жазбамен қайта ашылады.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Файлды тексеру</translation>
    </message>
    <message>
        <source>Recover and reopen</source>
        <translation>Қалпына келтіріп, қайта ашу</translation>
    </message>
    <message>
        <source>Read on for now</source>
        <translation>Әзірге оқуды жалғастыру</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл тексерілуде…</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Зақым табылмады.</translation>
    </message>
    <message>
        <source>Recovery could not be started. Run: liaison recover</source>
        <translation>Қалпына келтіру басталмады. Іске қосыңыз: liaison recover</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Type to search…</source>
        <translation>Іздеу үшін теріңіз…</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Сақтау күйі</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Сақтау қатесі</translation>
    </message>
    <message>
        <source>Your text stays on screen; Liaison keeps trying to save it.</source>
        <translation>Мәтініңіз экранда қалады; Liaison оны сақтауға әрекеттенуді жалғастырады.</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Теру кезінде сақталады</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Тек оқу үшін</translation>
    </message>
    <message>
        <source>There is no Save button: what you type is saved within a second.</source>
        <translation>Сақтау батырмасы жоқ: терілген мәтін бір секунд ішінде сақталады.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Your latest typing is being saved.</source>
        <translation>Соңғы терілген мәтін сақталуда.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Everything typed is saved on this computer.</source>
        <translation>Терілгеннің бәрі осы компьютерде сақталды.</translation>
    </message>
    <message>
        <source>Disk full — not saved</source>
        <translation>Диск толы — сақталмады</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Your text is safe on screen and will be saved as soon as possible.</source>
        <translation>Мәтініңіз экранда аман және мүмкіндік туысымен сақталады.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Барлық жерден іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Барлық жерден іздеу</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>in the attached file %1</source>
        <translation>тіркелген файлда: %1</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Іздеу сәтсіз аяқталды; толығырақ журналда.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Атыңыз:</translation>
    </message>
    <message>
        <source>as it should appear in the minutes&apos; log</source>
        <translation>хаттама журналында көрсетілетіндей</translation>
    </message>
    <message>
        <source>&amp;Home institution:</source>
        <translation>&amp;Өз мекемеңіз:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>New records &amp;visible to:</source>
        <translation>Жаңа жазбаларды &amp;көре алатындар:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Download in the background, up to:</source>
        <translation>Фонда ең көбі &amp;жүктеу:</translation>
    </message>
    <message>
        <source>Download in the background, up to (MB per sync)</source>
        <translation>Фонда ең көбі жүктеу (бір синхрондауға МБ)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Never (each file downloads when opened)</source>
        <translation>Ешқашан (әр файл ашылғанда жүктеледі)</translation>
    </message>
    <message>
        <source>Colleagues&apos; attached files each sync downloads by itself, newest first, up to this many megabytes; the others stay on the Secretariat and download when you open them. 0: never in the background.</source>
        <translation>Әріптестердің тіркелген файлдарын әр синхрондау өзі, ең жаңасынан бастап, осы мегабайтқа дейін жүктейді; қалғандары Хатшылықта қалады және сіз ашқанда жүктеледі. 0: фонда ешқашан.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Жүйедегідей (%1)</translation>
    </message>
    <message>
        <source>The window changes language at once; dates and numbers follow the language too.</source>
        <translation>Терезе тілі бірден ауысады; күндер мен сандар да таңдалған тілге сай көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists and editors</source>
        <translation>Тізімдер мен өңдегіштер</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Отырыс режимі</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Tab moves between a list, its filter and the editor; the arrows move within a list.</source>
        <translation>Табуляция пернесі тізім, оның сүзгісі және өңдегіш арасында ауыстырады; көрсеткі пернелер тізім ішінде жылжытады.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>SimilarNotice</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Ықтимал қайталану</translation>
    </message>
    <message>
        <source>&amp;Open the existing contact</source>
        <translation>Бар байланысты &amp;ашу</translation>
    </message>
    <message>
        <source>%1 already exists (%2): is this the same person?</source>
        <translation>%1 бұрыннан бар (%2): бұл сол адам ба?</translation>
    </message>
    <message>
        <source>Also similar: %1.</source>
        <translation>Ұқсастары да бар: %1.</translation>
    </message>
    <message>
        <source>Open %1 instead of creating a new contact</source>
        <translation>Жаңа байланыс жасаудың орнына %1 ашу</translation>
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
        <translation>Әзербайжан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
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
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <source>Turkish Republic of Northern Cyprus</source>
        <translation>Солтүстік Кипр Түрік Республикасы</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>ТМҰ Хатшылығы</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Синхрондау тоқтатылды.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the Secretariat could not be told: its sign-in stays valid there until an administrator revokes it.</source>
        <translation>Бұл компьютерде жүйеден шықтыңыз, бірақ Хатшылыққа хабарлау мүмкін болмады: әкімші кері қайтарып алғанша кіру рұқсаты онда жарамды болып қалады.</translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation>Бағдарламадағы қатеге байланысты синхрондау сәтсіз аяқталды; толығырақ журналда.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 серверіне %2 ретінде кірдіңіз.</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation>Жүйеден шықтыңыз; бұл компьютердің кіру рұқсаты кері қайтарып алынды.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Синхрондалды: %1 жіберілді, %2 алынды</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s server had gone back to an earlier backup: this computer sent it again what it had lost and read the record again; nothing was lost (records sent again: {count}).</source>
        <translation>Хатшылық сервері бұрынғы сақтық көшірмеге қайтқан еді: бұл компьютер оның жоғалтқанын қайта жіберді және жазбаларды қайта оқыды; ештеңе жоғалған жоқ (қайта жіберілген жазба: {count}).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n жойылды</numerusform>
            <numerusform>%n жойылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n біріктірілді</numerusform>
            <numerusform>%n біріктірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n жаңа қайшылық</numerusform>
            <numerusform>%n жаңа қайшылық</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n өзгерісті сервер қабылдамады (қайшылықтарда сақталды)</numerusform>
            <numerusform>%n өзгерісті сервер қабылдамады (қайшылықтарда сақталды)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation>Хатшылыққа кіру</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation>Хатшылық өз куәландырушы орталығын пайдаланса ғана</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Куәландырушы орталық файлы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Сервер мекенжайы</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>Куәландырушы орталық &amp;файлы</translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation>Құпиясөз бір рет жіберіледі және сақталмайды; бұл компьютерде кері қайтарып алуға болатын кіру рұқсаты сақталады.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation>Хатшылықтың куәландырушы орталық сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Толтырыңыз: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кіру орындалуда…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Синхрондау журналы</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation>Екі тарап та бір өрісті өзгертті</translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation>Бір тарапта өзгертілді, екіншісінде жойылды</translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation>Сервер бұл өзгерісті қабылдамады</translation>
    </message>
    <message>
        <source>Only officers of the record&apos;s institution may change it.</source>
        <translation>Жазбаны тек ол тиесілі мекеменің қызметкерлері өзгерте алады.</translation>
    </message>
    <message>
        <source>The server has no such record.</source>
        <translation>Серверде мұндай жазба жоқ.</translation>
    </message>
    <message>
        <source>Private records never leave the officer&apos;s machine.</source>
        <translation>Жеке жазбалар қызметкердің компьютерінен ешқашан шықпайды.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Сервердегісін қалдыру</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>%1 нұсқасын қолдану</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Менікін қолдану</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Біріктірілген мәтін</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Шешілмеген қайшылықтар</translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation>Осы таңдаулармен &amp;шешу</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>Мәтінімді &amp;көшіру</translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation>Шешілмеген қайшылық жоқ: барлық өзгерістер біріктірілді.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>авторы: %1</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>авторы: сіз</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>&amp;Шешілді деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Copy %1&apos;s text</source>
        <translation>%1 мәтінін &amp;көшіру</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 may want to send their text to the record&apos;s owner.</source>
        <translation>Ештеңе өзгертілген жоқ. %1 өз мәтінін жазба иесіне жібергісі келуі мүмкін.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Мәтініңіз осында сақталады: оны көшіріп (Мәтінімді көшіру), өзгерісті енгізе алатын %1 қызметкеріне жіберіңіз немесе енгізуді сұраңыз. Содан кейін мұны шешілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of the record&apos;s institution, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Мәтініңіз осында сақталады: оны көшіріп (Мәтінімді көшіру), өзгерісті енгізе алатын, жазба тиесілі мекеменің қызметкеріне жіберіңіз немесе енгізуді сұраңыз. Содан кейін мұны шешілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Не істеуге болады:</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <source>Sync with the Secretariat is not set up on this computer.</source>
        <translation>Бұл компьютерде Хатшылықпен синхрондау бапталмаған.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Шешілмеген қайшылықтар</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation>Синхрондалуда… %2 өзгерістің %1-і жіберілді</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Синхрондалуда… %n жазба алынды</numerusform>
            <numerusform>Синхрондалуда… %n жазба алынды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Жүйеге кірілмеген</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхрондау сәтсіз</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>соңғы синхрондау: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 серверіне %2 ретінде кірдіңіз.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation>Бұл компьютерде кілттер қоймасы жоқ: кіру рұқсаты Liaison жабылғанша ғана сақталады.</translation>
    </message>
    <message>
        <source>This computer&apos;s sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept.</source>
        <translation>Бұл компьютердің %1 серверіне кіру рұқсаты жойылған: жүйеге қайта кіріңіз (Синхрондау → Хатшылыққа кіру…). Өзгерістеріңіз сақталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n қайшылық</numerusform>
            <numerusform>%n қайшылық</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n өзгеріс әлі синхрондалмаған</numerusform>
            <numerusform>%n өзгеріс әлі синхрондалмаған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>Жеке жазбалардағы %n өзгеріс осы компьютерде сақталады: жеке жазбалар ешқашан жіберілмейді.</numerusform>
            <numerusform>Жеке жазбалардағы %n өзгеріс осы компьютерде сақталады: жеке жазбалар ешқашан жіберілмейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation>Серверден келген жоюлар бәрібір қолданылсын ба?</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <source>Talking points for:</source>
        <translation>Тезистер қай анықтамаға арналған:</translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation>Тезистер қай анықтамаға арналған</translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation>Не айтқыңыз немесе сұрағыңыз келеді. «-» белгісінен басталатын жолдар тізім болып басылады.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Әңгімеге арналған тезистер</translation>
    </message>
    <message>
        <source>Not saved: %1. Trying again; your text stays here.</source>
        <translation>Сақталмады: %1. Қайта әрекет жасалуда; мәтініңіз осында қалады.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Kept on this computer for the next briefing; talking points do not sync.</source>
        <translation>Келесі анықтама үшін осы компьютерде сақталады; тезистер синхрондалмайды.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Your talking points could not be saved: %1</source>
        <translation>Тезистеріңіз сақталмады: %1</translation>
    </message>
    <message>
        <source>Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text.</source>
        <translation>Қайталап көріңіз, Liaison-ды ашық қалдырыңыз (мәтін экранда қалады) немесе шығып, сақталмаған мәтіннен айырылыңыз.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Ашық қалдыру</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Шығып, жоғалту</translation>
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
        <translation>Liaison ішінде қате шықты.</translation>
    </message>
    <message>
        <source>Your saved work is safe. Please report this problem with the details below.</source>
        <translation>Сақталған жұмысыңыз аман. Осы қате туралы төмендегі мәліметтерімен хабарлаңыз.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <source>Only my institution&apos;s action items</source>
        <translation>Тек менің мекемемнің тапсырмалары</translation>
    </message>
    <message>
        <source>Action items assigned to your home institution (File → Settings)</source>
        <translation>Өз мекемеңізге берілген тапсырмалар (Файл → Баптаулар)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Айлар бойынша іс-шаралар</translation>
    </message>
    <message>
        <source>Events on the chosen day</source>
        <translation>Таңдалған күнгі іс-шаралар</translation>
    </message>
    <message>
        <source>Events in the next four weeks</source>
        <translation>Алдағы төрт аптадағы іс-шаралар</translation>
    </message>
    <message>
        <source>Bilateral meetings in the next four weeks</source>
        <translation>Алдағы төрт аптадағы екіжақты кездесулер</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Мерзімі өткен тапсырмалар</translation>
    </message>
    <message>
        <source>Action items due in the next two weeks</source>
        <translation>Алдағы екі аптада мерзімі келетін тапсырмалар</translation>
    </message>
    <message>
        <source>Minutes awaiting agreement</source>
        <translation>Келісуді күтетін хаттамалар</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Шешілмеген қайшылықтар</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Open the conflict inbox</source>
        <translation>Қайшылықтар жәшігін ашу</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n іс-шара</numerusform>
            <numerusform>%n іс-шара</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on %1</source>
        <translation>%1 күнгі іс-шаралар</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>Мерзімі өткен %n тапсырма бар: Бүгін бөлімін қараңыз (Ctrl+1).</numerusform>
            <numerusform>Мерзімі өткен %n тапсырма бар: Бүгін бөлімін қараңыз (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>Мерзімі өткен %n тапсырма</numerusform>
            <numerusform>Мерзімі өткен %n тапсырма</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Remove the training record</source>
        <translation>Оқу жазбасын жою</translation>
    </message>
    <message>
        <source>Delete the training record and all the sample data in %1? Your own record is not touched.</source>
        <translation>%1 ішіндегі оқу жазбасы мен барлық үлгі деректер жойылсын ба? Сіздің өз жазбаңыз өзгермейді.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training record</source>
        <translation>Оқу жазбасы</translation>
    </message>
    <message>
        <source>sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.</source>
        <translation>Liaison-ды байқап көруге арналған үлгі деректер. Мұндағы ештеңе Хатшылықпен синхрондалмайды.</translation>
    </message>
    <message>
        <source>Back to my record</source>
        <translation>Өз жазбама оралу</translation>
    </message>
    <message>
        <source>Remove the training record…</source>
        <translation>Оқу жазбасын жою…</translation>
    </message>
    <message>
        <source>Training record: never synced</source>
        <translation>Оқу жазбасы: синхрондалмайды</translation>
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
        <translation>Таңдалған байланыстарды экспорттау…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Көрсетілген байланыстарды экспорттау…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Қайталанатындарды табу…</translation>
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
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(фото)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Liaison-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>Your record is empty. Say who you are: your name goes into the minutes&apos; log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced.</source>
        <translation>Жазбаңыз бос. Кім екеніңізді көрсетіңіз: атыңыз хаттама журналына жазылады, ал сіз жасаған жазбалар мекемеңізге тиесілі болады. Мұны кейін Файл → Баптаулар арқылы өзгертуге болады. Алдымен танысу үшін оқу жазбасын ашыңыз: сіздің жазбаңыздан бөлек сақталатын, ешқашан синхрондалмайтын үлгі деректер.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Атыңыз:</translation>
    </message>
    <message>
        <source>Your &amp;institution:</source>
        <translation>&amp;Мекемеңіз:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Мемлекет:</translation>
    </message>
    <message>
        <source>pick one, or type its name</source>
        <translation>біреуін таңдаңыз немесе атауын жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
    </message>
    <message>
        <source>Open the &amp;training record</source>
        <translation>&amp;Оқу жазбасын ашу</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ө&amp;туге</translation>
    </message>
</context>
</TS>
