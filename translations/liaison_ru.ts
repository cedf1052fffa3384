<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>e.g. Circulate the concept note</source>
        <translation>например, разослать концепцию</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Ответственное учреждение</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Поручение:</translation>
    </message>
    <message>
        <source>Responsible &amp;institution:</source>
        <translation>Ответственное &amp;учреждение:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Ответственное &amp;лицо:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Срок:</translation>
    </message>
</context>
<context>
    <name>BilateralDialog</name>
    <message>
        <source>New bilateral meeting on the margins</source>
        <translation>Новая двусторонняя встреча на полях</translation>
    </message>
    <message>
        <source>Add bilateral</source>
        <translation>Добавить встречу</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Left empty: named after the parties</source>
        <translation>Если пусто — по названиям сторон</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Other party (a person)</source>
        <translation>Другая сторона (лицо)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Стороны:</translation>
    </message>
    <message>
        <source>&amp;With (person):</source>
        <translation>&amp;С кем (лицо):</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Место проведения</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished">Принимающая сторона</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation type="unfinished">На полях мероприятия</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished">Повестка дня</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished">Темы</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished">Делегации</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished">Стороны</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Государство</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished">Учреждение</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished">Глава делегации</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished">Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished">Сроки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Имя</translation>
    </message>
    <message>
        <source>In Latin script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Языки</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished">Решения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Резюме</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">&amp;Заметки</translation>
    </message>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>эту запись</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Meeting of Ministers and Heads of Institutions</source>
        <translation>Совещание министров и руководителей учреждений</translation>
    </message>
    <message>
        <source>Contact Group meeting</source>
        <translation>Заседание Контактной группы</translation>
    </message>
    <message>
        <source>Diaspora Forum</source>
        <translation>Форум диаспор</translation>
    </message>
    <message>
        <source>Diaspora Youth Forum</source>
        <translation>Молодёжный форум диаспор</translation>
    </message>
    <message>
        <source>Capacity Building Training</source>
        <translation>Тренинг по наращиванию потенциала</translation>
    </message>
    <message>
        <source>Exchange of Experience Programme</source>
        <translation>Программа обмена опытом</translation>
    </message>
    <message>
        <source>Internship Programme</source>
        <translation>Программа стажировок</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Рабочий визит</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Другое мероприятие</translation>
    </message>
    <message>
        <source>Diaspora institution</source>
        <translation>Ведомство по делам диаспоры</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Посольство или консульство</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>Секретариат ОТГ</translation>
    </message>
    <message>
        <source>Representation office</source>
        <translation>Представительство</translation>
    </message>
    <message>
        <source>Diaspora NGO</source>
        <translation>НКО диаспоры</translation>
    </message>
    <message>
        <source>University or research institute</source>
        <translation>Университет или научно-исследовательский институт</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Деловая ассоциация</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Другое учреждение</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыт повторно</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
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
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Private (this computer only)</source>
        <translation>Личное (только на этом компьютере)</translation>
    </message>
    <message>
        <source>My institution</source>
        <translation>Моё учреждение</translation>
    </message>
    <message>
        <source>Shared with all OTS institutions</source>
        <translation>Для всех учреждений ОТГ</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is both given and cleared; choose one.</source>
        <translation>{field}: значение и задано, и очищено; выберите одно.</translation>
    </message>
    <message>
        <source>Records cannot be filtered by {field}.</source>
        <translation>Записи нельзя отбирать по полю «{field}».</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Deleted {title} [{id}].</source>
        <translation>Удалено: {title} [{id}].</translation>
    </message>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>Также удалена %n вложенная запись; восстановление вернёт её.</numerusform>
            <numerusform>Также удалены %n вложенные записи; восстановление вернёт их.</numerusform>
            <numerusform>Также удалено %n вложенных записей; восстановление вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>В этой сборке нет окна программы; используйте команду, см. liaison --help</translation>
    </message>
    <message>
        <source>Data directory: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>image, {size} KB</source>
        <translation>изображение, {size} КБ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>liaison: warning: no system keyring is available, so the sign-in is kept only while this command runs; log in again next time (or use sync --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Кто</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>{path} already holds events; the sample data was not loaded (use --force to add it anyway).</source>
        <translation>В {path} уже есть мероприятия; пример не загружен (чтобы добавить его всё равно, укажите --force).</translation>
    </message>
    <message>
        <source>Loaded the sample data into {path}:</source>
        <translation>Пример загружен в {path}:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Поисковый индекс перестроен: %n запись.</numerusform>
            <numerusform>Поисковый индекс перестроен: %n записи.</numerusform>
            <numerusform>Поисковый индекс перестроен: %n записей.</numerusform>
        </translation>
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
        <translation>Выберите контакт, чтобы увидеть его профиль.</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Профиль контакта</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Не удалось прочитать профиль.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Занимаемые должности</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Должности не указаны.</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>Посещённые мероприятия</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Мероприятий нет.</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Двусторонние встречи</translation>
    </message>
    <message>
        <source>No bilateral meetings recorded.</source>
        <translation>Двусторонних встреч нет.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Открытые поручения</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Открытых поручений нет.</translation>
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
        <translation>Фото</translation>
    </message>
    <message>
        <source>(no position given)</source>
        <translation>(должность не указана)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>в настоящее время</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Head of the delegation of %1</source>
        <translation>Глава делегации: %1</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>registered, did not attend</source>
        <translation>зарегистрирован(а), не присутствовал(а)</translation>
    </message>
    <message>
        <source>On the margins of %1</source>
        <translation>На полях мероприятия «%1»</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Итоги:</translation>
    </message>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, из них %n просрочено)</numerusform>
            <numerusform>(%1, из них %n просрочены)</numerusform>
            <numerusform>(%1, из них %n просрочены)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>assigned to them</source>
        <translation>поручено лично</translation>
    </message>
    <message>
        <source>assigned to their institution (responsible: %1)</source>
        <translation>поручено учреждению (ответственный: %1)</translation>
    </message>
    <message>
        <source>assigned to their institution</source>
        <translation>поручено учреждению</translation>
    </message>
    <message>
        <source>Agreed at %1</source>
        <translation>Согласовано на мероприятии «%1»</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Position held</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Запись протокола</translation>
    </message>
    <message>
        <source>Minutes entries</source>
        <translation>Записи протокола</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Minutes log entry</source>
        <translation>Запись журнала протокола</translation>
    </message>
    <message>
        <source>Minutes log</source>
        <translation>Журнал протокола</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Bilateral meetings</source>
        <translation>Двусторонние встречи</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Совместный план действий</translation>
    </message>
    <message>
        <source>Joint Action Plans</source>
        <translation>Совместные планы действий</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Мероприятие плана</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Мероприятия плана</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Positions held</source>
        <translation>Занимаемые должности</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все поручения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия плана</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Фильтр: %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.</source>
        <translation>Удалить «%1» вместе со всем, что к этому относится? Отменить можно клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>«%1» удалено. Отменить: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>«%1» восстановлено.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>Операция не выполнена.</translation>
    </message>
    <message>
        <source>{path} is not a Liaison database (or it is damaged).</source>
        <translation>{path} — не база данных Liaison (или она повреждена).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Liaison (schema {revision}). Please update Liaison to open it; the file has not been changed.</source>
        <translation>{path} создан более новой версией Liaison (схема {revision}). Обновите Liaison, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (perhaps another Liaison window). Close it and try again; nothing was saved.</source>
        <translation>{path} занят другой программой (возможно, другим окном Liaison). Закройте её и повторите; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>Папку данных {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>There is no {entity} with the id {id}.</source>
        <translation>Нет записи «{entity}» с идентификатором {id}.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>Поле «{field}» обязательно.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>Поле «{field}» слишком длинное (символов: {length}; допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>{field} contains a control character (position {position}).</source>
        <translation>Поле «{field}» содержит управляющий символ (позиция {position}).</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>Поле «{field}» должно быть текстом.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>Поле «{field}» должно быть целым числом, а не «{value}».</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>Поле «{field}» должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>{field}: «{value}» — не дата (формат ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>Поле «{field}»: нужно «да» или «нет», а не «{value}».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field}: «{value}» — не одно из значений {choices}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: «{value}» — неверный адрес электронной почты.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid phone number (write it as +CC followed by the number).</source>
        <translation>{field}: «{value}» — неверный номер телефона (укажите +код страны и номер).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country code (e.g. KG, TR, DE).</source>
        <translation>{field}: «{value}» — не код страны (например, KG, TR, DE).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an OTS state code ({choices}).</source>
        <translation>{field}: «{value}» — не код государства ОТГ ({choices}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language code (e.g. kk, tr, ru).</source>
        <translation>{field}: «{value}» — не код языка (например, kk, tr, ru).</translation>
    </message>
    <message>
        <source>{field} must be a PNG or JPEG image of at most {limit} MB.</source>
        <translation>Поле «{field}»: нужно изображение PNG или JPEG не больше {limit} МБ.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>Поле «{field}» должно быть списком.</translation>
    </message>
    <message>
        <source>{field} has too many entries (at most {limit}).</source>
        <translation>В поле «{field}» слишком много значений (не более {limit}).</translation>
    </message>
    <message>
        <source>{field} cannot be set here.</source>
        <translation>Поле «{field}» здесь задать нельзя.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) раньше начала ({start}).</translation>
    </message>
    <message>
        <source>{field}: no record matches “{value}”.</source>
        <translation>{field}: нет записи, соответствующей «{value}».</translation>
    </message>
    <message>
        <source>{field}: “{value}” matches several records ({candidates}); give the id instead.</source>
        <translation>{field}: «{value}» соответствует нескольким записям ({candidates}); укажите идентификатор.</translation>
    </message>
    <message>
        <source>{field}: give at least a state, an institution or a person.</source>
        <translation>{field}: укажите хотя бы государство, учреждение или лицо.</translation>
    </message>
    <message>
        <source>These minutes are agreed and read-only; reopen them first to change them.</source>
        <translation>Протокол согласован и доступен только для чтения; чтобы изменить его, сначала откройте его повторно.</translation>
    </message>
    <message>
        <source>These minutes are already agreed.</source>
        <translation>Протокол уже согласован.</translation>
    </message>
    <message>
        <source>These minutes are not agreed, so there is nothing to reopen.</source>
        <translation>Протокол не согласован, открывать повторно нечего.</translation>
    </message>
    <message>
        <source>Row {row}: {details}</source>
        <translation>Строка {row}: {details}</translation>
    </message>
    <message>
        <source>Loading the sample data was cancelled; nothing was written.</source>
        <translation>Загрузка примера отменена; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Home institution</source>
        <translation>Своё учреждение</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Имя сотрудника</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Owner institution</source>
        <translation>Учреждение-владелец</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Name in own language</source>
        <translation>Название на родном языке</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
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
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Номер в серии</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Принимающее учреждение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовал(а)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Дата согласования</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Joint Action Plan</source>
        <translation>Совместный план действий</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>На полях мероприятия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Ответственное учреждение</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Agreed at event</source>
        <translation>Согласовано на мероприятии</translation>
    </message>
    <message>
        <source>From minutes</source>
        <translation>Из протокола</translation>
    </message>
    <message>
        <source>From bilateral meeting</source>
        <translation>Из двусторонней встречи</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Принят на мероприятии</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible states</source>
        <translation>Ответственные государства</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Головное учреждение</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Сроки</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>A photo is attached.</source>
        <translation>Фотография приложена.</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Фотографии нет.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фотографию</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the Secretariat is not set up on this computer.</source>
        <translation>Синхронизация с Секретариатом на этом компьютере не настроена.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;sample data…</source>
        <translation>Загрузить &amp;пример…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Режим заседания</translation>
    </message>
    <message>
        <source>Draft the minutes of the selected event while it runs (F9)</source>
        <translation>Вести протокол выбранного мероприятия по ходу заседания (F9)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Искать везде</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;О программе Liaison</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Сначала выберите мероприятие, затем нажмите F9 для режима заседания.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: показано %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n изменение не синхронизировано</numerusform>
            <numerusform>%n изменения не синхронизированы</numerusform>
            <numerusform>%n изменений не синхронизировано</numerusform>
        </translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>О программе Liaison</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;The desk application of the OTS diaspora liaison officers.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Рабочая программа сотрудников по связям с диаспорами ОТГ.&lt;/p&gt;&lt;p&gt;Папка данных: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Пример загружен.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Загрузка примера…</translation>
    </message>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Добро пожаловать в Liaison</translation>
    </message>
    <message>
        <source>Your record is empty.</source>
        <translation>Ваша база пока пуста.</translation>
    </message>
    <message>
        <source>Load the sample record (the 5th meeting of Ministers in Bishkek, Diaspora Forums, trainings) to look around, or start with an empty record.</source>
        <translation>Загрузите пример (5-е совещание министров в Бишкеке, форумы диаспор, тренинги), чтобы осмотреться, или начните с пустой базы.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Загрузить пример</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Начать с пустой</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Minutes of %1</source>
        <translation>Протокол: %1</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Разное</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Вопросы, не включённые в повестку дня.</translation>
    </message>
    <message>
        <source>Meeting mode — %1</source>
        <translation>Режим заседания — %1</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Режим заседания</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Статус протокола</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Agr&amp;ee minutes…</source>
        <translation>Со&amp;гласовать протокол…</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Согласовать протокол</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Закрыть режим заседания</translation>
    </message>
    <message>
        <source>Close meeting mode (%1); everything typed is saved first.</source>
        <translation>Закрыть режим заседания (%1); всё набранное сначала сохраняется.</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Ошибка сохранения</translation>
    </message>
    <message>
        <source>Your text stays on screen; Liaison keeps trying to save it.</source>
        <translation>Ваш текст остаётся на экране; Liaison продолжает попытки его сохранить.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть повторно…</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Открыть протокол повторно</translation>
    </message>
    <message>
        <source>Make the agreed minutes editable again (you will be asked why).</source>
        <translation>Снова разрешить правку согласованного протокола (нужно будет указать причину).</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка дня</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Next item: %1. Previous item: %2.</source>
        <translation>Следующий пункт: %1. Предыдущий пункт: %2.</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Текущий пункт повестки дня</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Who said what: statements, proposals, points raised…</source>
        <translation>Кто что сказал: выступления, предложения, замечания…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>What the meeting decided or agreed on this item…</source>
        <translation>Что решили или согласовали по этому пункту…</translation>
    </message>
    <message>
        <source>Summary of the minutes</source>
        <translation>Резюме протокола</translation>
    </message>
    <message>
        <source>The general summary, for the whole meeting…</source>
        <translation>Общее резюме по всему заседанию…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Р&amp;ешения</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the minutes</source>
        <translation>Рез&amp;юме протокола</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Присутствие и дальнейшие шаги</translation>
    </message>
    <message>
        <source>Participants (checked: present)</source>
        <translation>Участники (отмечены присутствующие)</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected participant as present.</source>
        <translation>Пробел отмечает выбранного участника как присутствующего или снимает отметку.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Check &amp;in someone else:</source>
        <translation>Отметить ещё &amp;кого-то:</translation>
    </message>
    <message>
        <source>Check in a participant by name</source>
        <translation>Отметить участника по имени</translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Введите имя и нажмите Enter</translation>
    </message>
    <message>
        <source>Action items of this meeting</source>
        <translation>Поручения этого заседания</translation>
    </message>
    <message>
        <source>Bilateral meetings on the margins</source>
        <translation>Двусторонние встречи на полях</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Поручение…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <source>Add an action item (%1)</source>
        <translation>Добавить поручение (%1)</translation>
    </message>
    <message>
        <source>Bilateral…</source>
        <translation>Двусторонняя встреча…</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Добавить двустороннюю встречу</translation>
    </message>
    <message>
        <source>Add a bilateral meeting on the margins (%1)</source>
        <translation>Добавить двустороннюю встречу на полях (%1)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Bilaterals on the margins</source>
        <translation>Двусторонние встречи на полях</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close</source>
        <translation>%1 следующий пункт · %2 предыдущий · %3 поручение · %4 двусторонняя встреча · %5 закрыть</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Следующий пункт повестки</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Предыдущий пункт повестки</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Пункт %1 из %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Вне повестки дня</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Сохраняется при наборе</translation>
    </message>
    <message>
        <source>There is no Save button: what you type is saved within a second.</source>
        <translation>Кнопки «Сохранить» нет: набранное сохраняется в течение секунды.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Your latest typing is being saved.</source>
        <translation>Последние изменения сохраняются.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Everything typed is saved on this computer.</source>
        <translation>Всё набранное сохранено на этом компьютере.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Your text is safe on screen and will be saved as soon as possible.</source>
        <translation>Ваш текст цел на экране и будет сохранён при первой возможности.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Протокола ещё нет</translation>
    </message>
    <message>
        <source>There is nothing to agree yet: the minutes start with the first word typed.</source>
        <translation>Согласовывать пока нечего: протокол появится с первым набранным словом.</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Согласован %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged.</source>
        <translation>Протокол согласован %1 и доступен только для чтения. Чтобы внести изменения, откройте его повторно; нужно будет указать причину, и это записывается в журнал.</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Черновик протокола</translation>
    </message>
    <message>
        <source>Mark the minutes agreed: they become read-only, and this is logged.</source>
        <translation>Отметить протокол как согласованный: он станет доступен только для чтения, это записывается в журнал.</translation>
    </message>
    <message>
        <source>There is nothing to agree yet.</source>
        <translation>Согласовывать пока нечего.</translation>
    </message>
    <message>
        <source>Agree the minutes once everything typed is saved.</source>
        <translation>Согласуйте протокол, когда всё набранное будет сохранено.</translation>
    </message>
    <message>
        <source>Mark these minutes as agreed?</source>
        <translation>Отметить протокол как согласованный?</translation>
    </message>
    <message>
        <source>Agreed minutes are read-only: changing them later means reopening them, which is logged.</source>
        <translation>Согласованный протокол доступен только для чтения: чтобы изменить его позже, его нужно открыть повторно, и это записывается в журнал.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <source>The minutes are agreed.</source>
        <translation>Протокол согласован.</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>Протокол открыт повторно; причина записана в журнал.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>присутствует %n из %1</numerusform>
            <numerusform>присутствуют %n из %1</numerusform>
            <numerusform>присутствуют %n из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants registered yet: check them in below.</source>
        <translation>Участники ещё не зарегистрированы: отметьте их ниже.</translation>
    </message>
    <message>
        <source>A&amp;ttendance %1/%2</source>
        <translation>Прису&amp;тствие %1/%2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 присутствует.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 больше не отмечен(а) как присутствующий(ая).</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 отмечен(а).</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Не отмечено: %1</translation>
    </message>
    <message>
        <source>None yet. %1 adds one.</source>
        <translation>Пока нет. %1 — добавить.</translation>
    </message>
    <message>
        <source>F&amp;ollow-up %1</source>
        <translation>&amp;Дальнейшие шаги %1</translation>
    </message>
    <message>
        <source>Agreed under item %1: %2</source>
        <translation>Согласовано по пункту %1: %2</translation>
    </message>
    <message>
        <source>Agreed under: %1</source>
        <translation>Согласовано в рамках: %1</translation>
    </message>
    <message>
        <source>Action item added: %1</source>
        <translation>Поручение добавлено: %1</translation>
    </message>
    <message>
        <source>Bilateral meeting added: %1</source>
        <translation>Двусторонняя встреча добавлена: %1</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Внутренняя ошибка Liaison (%1).</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <source>Some of your text could not be saved: %1</source>
        <translation>Часть текста не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text.</source>
        <translation>Повторите попытку, оставьте режим заседания открытым (текст останется на экране) или закройте его, потеряв несохранённый текст.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Оставить открытым</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the event</source>
        <translation>Протоколы мероприятия</translation>
    </message>
    <message>
        <source>&amp;New minutes…</source>
        <translation>&amp;Новый протокол…</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Новый протокол</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the title and summary</source>
        <translation>Изменить название и резюме</translation>
    </message>
    <message>
        <source>Open in &amp;meeting mode</source>
        <translation>Открыть в &amp;режиме заседания</translation>
    </message>
    <message>
        <source>Open in meeting mode</source>
        <translation>Открыть в режиме заседания</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>Со&amp;гласовать…</translation>
    </message>
    <message>
        <source>Agree the minutes</source>
        <translation>Согласовать протокол</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>О&amp;ткрыть повторно…</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Открыть протокол повторно</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Delete the minutes</source>
        <translation>Удалить протокол</translation>
    </message>
    <message>
        <source>Mark the minutes as agreed by the parties: they become read-only.</source>
        <translation>Отметить протокол как согласованный сторонами: он станет доступен только для чтения.</translation>
    </message>
    <message>
        <source>Make agreed minutes editable again, giving a reason for the log.</source>
        <translation>Снова разрешить правку согласованного протокола, указав причину для журнала.</translation>
    </message>
    <message>
        <source>Agreed minutes cannot be deleted; reopen them first.</source>
        <translation>Согласованный протокол нельзя удалить; сначала откройте его повторно.</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Статус протокола</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Предпросмотр протокола</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Log of the minutes</source>
        <translation>Журнал протокола</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>неизвестную дату</translation>
    </message>
    <message>
        <source>Agreed on %1 — read-only. Reopen to change.</source>
        <translation>Согласован %1 — только для чтения. Чтобы изменить, откройте повторно.</translation>
    </message>
    <message>
        <source>Choose an event to see its minutes.</source>
        <translation>Выберите мероприятие, чтобы увидеть его протоколы.</translation>
    </message>
    <message>
        <source>This event has no minutes yet. Start them with “New minutes…”.</source>
        <translation>У этого мероприятия ещё нет протокола. Начните его кнопкой «Новый протокол…».</translation>
    </message>
    <message>
        <source>Choose minutes to see their entries.</source>
        <translation>Выберите протокол, чтобы увидеть его записи.</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>Протокол без названия</translation>
    </message>
    <message>
        <source>No entries yet. Take notes in meeting mode.</source>
        <translation>Записей пока нет. Ведите заметки в режиме заседания.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Разное</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Решения:</translation>
    </message>
    <message>
        <source>these minutes</source>
        <translation>этот протокол</translation>
    </message>
    <message>
        <source>Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.</source>
        <translation>Отметить «%1» как согласованный? Согласованный протокол доступен только для чтения, пока его не откроют повторно.</translation>
    </message>
    <message>
        <source>Why are these minutes reopened? The reason is kept in their log.</source>
        <translation>Почему протокол открывается повторно? Причина сохраняется в его журнале.</translation>
    </message>
    <message>
        <source>A reason is required to reopen agreed minutes. Why are they reopened?</source>
        <translation>Чтобы повторно открыть согласованный протокол, нужна причина. Почему он открывается?</translation>
    </message>
    <message>
        <source>Delete “%1” and their entries?</source>
        <translation>Удалить «%1» вместе с записями?</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the agreed minutes</source>
        <translation>Повторно открыть согласованный протокол</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть повторно</translation>
    </message>
    <message>
        <source>Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it.</source>
        <translation>Согласованный протокол открывают повторно только намеренно. Укажите причину: она записывается в журнал с вашим именем и временем, и её видит каждая делегация.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>e.g. The Uzbek delegation&apos;s comments on item 2 arrived.</source>
        <translation>например, поступили замечания узбекской делегации по пункту 2.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>В записи есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Искать везде (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Поиск не удался; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>The window changes language at once; dates and numbers follow the language too.</source>
        <translation>Язык окна меняется сразу; даты и числа тоже следуют выбранному языку.</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Turkish Republic of Northern Cyprus</source>
        <translation>Турецкая Республика Северного Кипра</translation>
    </message>
    <message>
        <source>OTS Secretariat</source>
        <translation>Секретариат ОТГ</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused by the server (kept in the conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation type="unfinished"></translation>
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
        <translation>Внутренняя ошибка Liaison.</translation>
    </message>
    <message>
        <source>Your saved work is safe. Please report this problem with the details below.</source>
        <translation>Сохранённые данные в безопасности. Сообщите, пожалуйста, об этой ошибке, приложив подробности ниже.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(фото)</translation>
    </message>
</context>
</TS>
