<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
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
    <name>AgendaPanel</name>
    <message>
        <source>Any other business</source>
        <translation>Разное</translation>
    </message>
    <message>
        <source>Matters raised that are not on the agenda.</source>
        <translation>Вопросы, не включённые в повестку дня.</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Протокол: %1</translation>
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
        <source>Item %1 of %2</source>
        <translation>Пункт %1 из %2</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Вне повестки дня</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>missing from this computer, %1 — attach it again</source>
        <translation>отсутствует на этом компьютере, %1 — прикрепите заново</translation>
    </message>
    <message>
        <source>on the Secretariat, %1 — download</source>
        <translation>в Секретариате, %1 — загрузить</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Прикреплено: {names}</translation>
    </message>
    <message>
        <source>No program here opens {name}; Save a copy… keeps it.</source>
        <translation>Здесь нет программы, которая открывает {name}; его можно сохранить через «Сохранить копию…».</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} удалён.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} восстановлен.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Прикрепить…</translation>
    </message>
    <message>
        <source>Attach files to this record (or drop them on the record)</source>
        <translation>Прикрепить файлы к этой записи (или перетащите их на запись)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the file in its viewer (Enter)</source>
        <translation>Открыть файл в программе просмотра (Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>Со&amp;хранить копию…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete); Undo remove brings it back</source>
        <translation>Удалить файл из этой записи (Delete); «Отменить удаление» вернёт его</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>This record is open for reading only.</source>
        <translation>Эта запись открыта только для чтения.</translation>
    </message>
    <message>
        <source>Save the record first; then attach files to it.</source>
        <translation>Сначала сохраните запись, затем прикрепите к ней файлы.</translation>
    </message>
    <message>
        <source>No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.</source>
        <translation>Файлов пока нет. Нажмите «Прикрепить…» или перетащите файлы сюда: PDF, DOCX, XLSX, ODT, изображения, текст.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? Undo remove brings it back.</source>
        <translation>Удалить «%1» из этой записи? «Отменить удаление» вернёт его.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Введите имя и нажмите Enter</translation>
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
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 отмечен(а).</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Не отмечено: %1</translation>
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
        <translation>Справка</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Papers on file</source>
        <translation>Документы в деле</translation>
    </message>
    <message>
        <source>No papers are attached to the records of this note.</source>
        <translation>К записям этой справки не приложено документов.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Приложен</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>К какой записи</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>В этих материалах</translation>
    </message>
    <message>
        <source>its first page, at the end of the pack</source>
        <translation>первая страница, в конце пакета</translation>
    </message>
    <message>
        <source>its first {pages} pages, at the end of the pack</source>
        <translation>первые страницы ({pages}), в конце пакета</translation>
    </message>
    <message>
        <source>listed only (not a PDF)</source>
        <translation>только в списке (не PDF)</translation>
    </message>
    <message>
        <source>listed only (not downloaded to this computer)</source>
        <translation>только в списке (не загружен на этот компьютер)</translation>
    </message>
    <message>
        <source>listed only (the PDF cannot be read)</source>
        <translation>только в списке (PDF не читается)</translation>
    </message>
    <message>
        <source>listed only (its copy on this computer is damaged and was set aside)</source>
        <translation>только в списке (его копия на этом компьютере повреждена и отложена)</translation>
    </message>
    <message>
        <source>The first pages of the PDFs follow the pack&apos;s numbered pages, as they are on file (without this pack&apos;s marking); the bookmarks lead to each.</source>
        <translation>Первые страницы PDF следуют за пронумерованными страницами пакета в том виде, в каком они хранятся (без грифа этого пакета); закладки ведут к каждой из них.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
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
        <translation>Совместный план действий</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Подготовлено {date}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Подготовил(а): {name}, {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Стр. {page}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Стр. {page} из {pages}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>The minutes used in this note are a draft, not yet agreed: what they say may still change.</source>
        <translation>Протокол, использованный в этой справке, является проектом и ещё не согласован: его содержание может измениться.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>On the margins of</source>
        <translation>На полях мероприятия</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Нет в базе</translation>
    </message>
    <message>
        <source>The record holds every part of this note.</source>
        <translation>В базе есть все сведения для этой справки.</translation>
    </message>
    <message>
        <source>About the meeting</source>
        <translation>О мероприятии</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Outcomes recorded</source>
        <translation>Зафиксированные итоги</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Собеседники</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы к беседе</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Мероприятия Совместного плана действий</translation>
    </message>
    <message>
        <source>Annex: minutes</source>
        <translation>Приложение: протокол</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены делегации</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead: {institution}</source>
        <translation>Головное учреждение: {institution}</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>In Latin script</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <source>{name} (transliterated)</source>
        <translation>{name} (транслитерация)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
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
        <translation>Роль на встрече</translation>
    </message>
    <message>
        <source>Head of the delegation of {state}</source>
        <translation>Глава делегации: {state}</translation>
    </message>
    <message>
        <source>Delegation of {state}</source>
        <translation>Делегация: {state}</translation>
    </message>
    <message>
        <source>Party to this meeting</source>
        <translation>Сторона встречи</translation>
    </message>
    <message>
        <source>Earlier meetings with them</source>
        <translation>Предыдущие встречи с собеседником</translation>
    </message>
    <message>
        <source>Earlier bilateral meetings and what was agreed</source>
        <translation>Предыдущие двусторонние встречи и достигнутые договорённости</translation>
    </message>
    <message>
        <source>Open action items involving them</source>
        <translation>Открытые поручения, касающиеся собеседника</translation>
    </message>
    <message>
        <source>Notes on file</source>
        <translation>Заметки в базе</translation>
    </message>
    <message>
        <source>Outcome: {outcomes}</source>
        <translation>Итоги: {outcomes}</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Итоги не указаны.</translation>
    </message>
    <message>
        <source>headed the delegation</source>
        <translation>возглавлял(а) делегацию</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>срок {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>through {institution}</source>
        <translation>поручено учреждению: {institution}</translation>
    </message>
    <message>
        <source>responsible: {person}</source>
        <translation>ответственный: {person}</translation>
    </message>
    <message>
        <source>from {event}</source>
        <translation>по итогам мероприятия «{event}»</translation>
    </message>
    <message>
        <source>Minutes of {event}</source>
        <translation>Протокол: {event}</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.</source>
        <translation>Протокола этого заседания пока нет; приводится протокол предыдущего заседания того же вида: {event}.</translation>
    </message>
    <message>
        <source>The minutes of {event}, on whose margins this meeting was held.</source>
        <translation>Протокол мероприятия «{event}», на полях которого проводилась эта встреча.</translation>
    </message>
    <message>
        <source>The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack.</source>
        <translation>Протокол мероприятия «{event}» приложен к справке «{note}» выше в этих материалах.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>Согласован {date}.</translation>
    </message>
    <message>
        <source>Draft, not yet agreed.</source>
        <translation>Проект, ещё не согласован.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>No agenda has been recorded for this event.</source>
        <translation>Повестка дня этого мероприятия не указана.</translation>
    </message>
    <message>
        <source>No topics have been recorded for this meeting.</source>
        <translation>Темы этой встречи не указаны.</translation>
    </message>
    <message>
        <source>No delegations have been recorded for this event.</source>
        <translation>Делегации этого мероприятия не указаны.</translation>
    </message>
    <message>
        <source>No parties have been recorded for this meeting.</source>
        <translation>Стороны этой встречи не указаны.</translation>
    </message>
    <message>
        <source>No counterparts: nobody is recorded as taking part.</source>
        <translation>Собеседников нет: участники не указаны.</translation>
    </message>
    <message>
        <source>No counterparts were chosen for this note.</source>
        <translation>Для этой справки собеседники не выбраны.</translation>
    </message>
    <message>
        <source>No talking points have been written for this note.</source>
        <translation>Тезисы к беседе для этой справки не подготовлены.</translation>
    </message>
    <message>
        <source>No Joint Action Plan activity relates to this meeting.</source>
        <translation>С этой встречей не связано ни одно мероприятие Совместного плана действий.</translation>
    </message>
    <message>
        <source>No minutes have been recorded for this meeting or an earlier one of its kind.</source>
        <translation>Нет протокола ни этого заседания, ни предыдущего заседания того же вида.</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Фотографии нет</translation>
    </message>
    <message>
        <source>The photo on file cannot be read</source>
        <translation>Не удаётся прочитать фотографию</translation>
    </message>
    <message>
        <source>No institution on file.</source>
        <translation>Учреждение не указано.</translation>
    </message>
    <message>
        <source>No position on file.</source>
        <translation>Должность не указана.</translation>
    </message>
    <message>
        <source>No e-mail address or phone number on file.</source>
        <translation>Адрес электронной почты и телефон не указаны.</translation>
    </message>
    <message>
        <source>None recorded before this meeting.</source>
        <translation>До этой встречи не зафиксировано.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Открытых нет.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>No place recorded.</source>
        <translation>Место не указано.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>повестка дня</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>темы</translation>
    </message>
    <message>
        <source>the delegations</source>
        <translation>делегации</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>the counterparts</source>
        <translation>собеседники</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>тезисы к беседе</translation>
    </message>
    <message>
        <source>related Joint Action Plan activities</source>
        <translation>связанные мероприятия Совместного плана действий</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>a photo of {names}</source>
        <translation>фотография: {names}</translation>
    </message>
    <message>
        <source>the institution of {names}</source>
        <translation>учреждение: {names}</translation>
    </message>
    <message>
        <source>contact details of {names}</source>
        <translation>контактные данные: {names}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Agenda (or topics)</source>
        <translation>Повестка дня (или темы)</translation>
    </message>
    <message>
        <source>Delegations (or parties)</source>
        <translation>Делегации (или стороны)</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>Профили собеседников</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы к беседе</translation>
    </message>
    <message>
        <source>Joint Action Plan activities</source>
        <translation>Мероприятия Совместного плана действий</translation>
    </message>
    <message>
        <source>Last minutes (annex)</source>
        <translation>Последний протокол (приложение)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Справки</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Параметры</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>&amp;Тезисы</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Choose what to brief on, then Make preview (Ctrl+Return).</source>
        <translation>Выберите, по чему готовить справки, затем нажмите «Сформировать предпросмотр» (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Pap&amp;ers</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>&amp;Make preview</source>
        <translation>Сфор&amp;мировать предпросмотр</translation>
    </message>
    <message>
        <source>Build the PDF from the record (Ctrl+Return)</source>
        <translation>Сформировать PDF по данным из базы (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Changed since the preview was made: Make preview (Ctrl+Return) to update it.</source>
        <translation>Есть изменения после формирования предпросмотра: чтобы обновить его, нажмите «Сформировать предпросмотр» (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Add at least one event or bilateral meeting first.</source>
        <translation>Сначала добавьте хотя бы одно мероприятие или двустороннюю встречу.</translation>
    </message>
    <message>
        <source>The briefing was not made.</source>
        <translation>Справочные материалы не сформированы.</translation>
    </message>
    <message>
        <source>Cancelled; the preview was not changed.</source>
        <translation>Отменено; предпросмотр не изменён.</translation>
    </message>
    <message>
        <source>Making the briefing…</source>
        <translation>Формирование справочных материалов…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страницы.</numerusform>
            <numerusform>%n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: the minutes it uses are not agreed yet.</source>
        <translation>ПРОЕКТ: использованный протокол ещё не согласован.</translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>В базе недостаёт сведений: %n; какие именно — указано в PDF.</numerusform>
            <numerusform>В базе недостаёт сведений: %n; какие именно — указано в PDF.</numerusform>
            <numerusform>В базе недостаёт сведений: %n; какие именно — указано в PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n документ не удалось загрузить из Секретариата; он указан в приложении.</numerusform>
            <numerusform>%n документа не удалось загрузить из Секретариата; они указаны в приложении.</numerusform>
            <numerusform>%n документов не удалось загрузить из Секретариата; они указаны в приложении.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged on this computer, set aside and left out: %1. Sync to download them again, or attach the originals again.</source>
        <translation>Повреждены на этом компьютере, отложены и не включены: %1. Синхронизируйте, чтобы загрузить их снова, или прикрепите оригиналы заново.</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Сохранить справочные материалы</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Печать справочных материалов</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Печать стр. %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Печать отменена; на принтер ничего не отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>Печать отменена; принтер не смог отозвать уже отправленную %n страницу.</numerusform>
            <numerusform>Печать отменена; принтер не смог отозвать уже отправленные %n страницы.</numerusform>
            <numerusform>Печать отменена; принтер не смог отозвать уже отправленные %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be rendered.</source>
        <translation>Печать остановлена: не удалось подготовить страницу.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
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
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Restore the last one deleted here, with what was deleted with it</source>
        <translation>Восстановить последнюю удалённую здесь запись вместе с тем, что было удалено с ней</translation>
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
        <translation>Файлов с тезисами: {files}, а справок: {notes}; укажите не более одного файла на справку, в порядке справок.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>Counterpart: {name} takes part in none of these meetings, so the notes would not profile them.</source>
        <translation>Собеседник: {name} не участвует ни в одной из этих встреч, поэтому в справках его профиля не будет.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Записан файл {path} (страниц: {pages}).</translation>
    </message>
    <message>
        <source>DRAFT: it uses minutes that are not agreed yet.</source>
        <translation>ПРОЕКТ: использован ещё не согласованный протокол.</translation>
    </message>
    <message>
        <source>{title}: the record lacks {gaps}.</source>
        <translation>{title}: в базе нет сведений — {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n документ не удалось загрузить из Секретариата; он указан в приложении.</numerusform>
            <numerusform>%n документа не удалось загрузить из Секретариата; они указаны в приложении.</numerusform>
            <numerusform>%n документов не удалось загрузить из Секретариата; они указаны в приложении.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a briefing note or pack (PDF) for events and bilateral meetings</source>
        <translation>написать справку или пакет (PDF) по мероприятиям и двусторонним встречам</translation>
    </message>
    <message>
        <source>Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.</source>
        <translation>Записывает справку (одно мероприятие или двусторонняя встреча) или пакет справок (несколько, с оглавлением) в PDF; файл записывается целиком или не записывается вовсе.</translation>
    </message>
    <message>
        <source>an event to brief on (repeatable)</source>
        <translation>мероприятие для справки (можно повторять)</translation>
    </message>
    <message>
        <source>a bilateral meeting to brief on (repeatable)</source>
        <translation>двусторонняя встреча для справки (можно повторять)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>записываемый PDF</translation>
    </message>
    <message>
        <source>only these sections (the cover is always there): {sections}; default all</source>
        <translation>только эти разделы (обложка есть всегда): {sections}; по умолчанию все</translation>
    </message>
    <message>
        <source>the papers attached to the notes&apos; records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none</source>
        <translation>документы, приложенные к записям справок: перечислить в приложении (list) или перечислить и добавить первые страницы каждого PDF (first-pages); по умолчанию none</translation>
    </message>
    <message>
        <source>only this attached paper (repeatable; implies --attachments list)</source>
        <translation>только этот приложенный документ (можно повторять; подразумевает --attachments list)</translation>
    </message>
    <message>
        <source>with --attachments first-pages: how many pages of each PDF (1 to 10)</source>
        <translation>с --attachments first-pages: сколько страниц каждого PDF (от 1 до 10)</translation>
    </message>
    <message>
        <source>classification marking on every page, e.g. {example}</source>
        <translation>гриф на каждой странице, напр. {example}</translation>
    </message>
    <message>
        <source>language of dates and place names (default: the language Liaison speaks)</source>
        <translation>язык дат и названий мест (по умолчанию: язык Liaison)</translation>
    </message>
    <message>
        <source>profile only these counterparts (repeatable; default: everyone taking part)</source>
        <translation>профили только этих собеседников (можно повторять; по умолчанию: все участники)</translation>
    </message>
    <message>
        <source>a text file of talking points, one per note in the order of the notes (repeatable)</source>
        <translation>текстовый файл тезисов, по одному на справку в порядке справок (можно повторять)</translation>
    </message>
    <message>
        <source>title of a pack (default: where the trip goes)</source>
        <translation>заголовок пакета (по умолчанию: куда поездка)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>name or id of the record ({entity})</source>
        <translation>имя или идентификатор записи ({entity})</translation>
    </message>
    <message>
        <source>id of the record ({entity})</source>
        <translation>идентификатор записи ({entity})</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>одно из: {values}</translation>
    </message>
    <message>
        <source>an OTS state code, e.g. {examples}</source>
        <translation>код государства ОТГ, напр. {examples}</translation>
    </message>
    <message>
        <source>{code} followed by the number</source>
        <translation>{code}, затем номер</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>файл PNG или JPEG</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>можно повторять</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>по умолчанию: {value}</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>поля</translation>
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
        <source>Attached {name} ({size}) to {title} [{id}].</source>
        <translation>{name} ({size}) прикреплён к «{title}» [{id}].</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Прикреплённых файлов нет.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>здесь</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>в Секретариате</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name} сохранён в {path}.</translation>
    </message>
    <message>
        <source>Removed {name} [{id}]; to undo: liaison attachment restore {id}</source>
        <translation>{name} удалён [{id}]; чтобы отменить: liaison attachment restore {id}</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>вид записи: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id (or exact name)</source>
        <translation>идентификатор записи (или её точное название)</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>прикрепить файл к записи</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>прикрепляемый файл</translation>
    </message>
    <message>
        <source>the name it is shown under (default: the file&apos;s own)</source>
        <translation>имя, под которым он показывается (по умолчанию: собственное имя файла)</translation>
    </message>
    <message>
        <source>list a record&apos;s files</source>
        <translation>показать файлы записи</translation>
    </message>
    <message>
        <source>save a copy of an attached file</source>
        <translation>сохранить копию прикреплённого файла</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>куда записать копию</translation>
    </message>
    <message>
        <source>remove a file from its record ({restore} undoes it)</source>
        <translation>удалить файл из записи ({restore} отменяет)</translation>
    </message>
    <message>
        <source>“{title}” has been shared: others have it. To make it private, say what happens to their copies: --withdraw (taken back from everyone; you keep it here) or --keep-shared-copies (they keep the version they have; your later edits stay here).</source>
        <translation>«{title}» был общим: он есть и у других. Чтобы сделать его личным, укажите, что будет с их копиями: --withdraw (отозвать у всех; у вас он останется) или --keep-shared-copies (у них останется имеющаяся версия; ваши дальнейшие правки останутся здесь).</translation>
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
        <source>its id or exact name</source>
        <translation>её идентификатор или точное имя</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>её идентификатор</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>действия</translation>
    </message>
    <message>
        <source>add one and print it</source>
        <translation>добавить одну запись и вывести её</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>вывести список</translation>
    </message>
    <message>
        <source>at most {n} records</source>
        <translation>не более {n} записей</translation>
    </message>
    <message>
        <source>skip the first {n} records</source>
        <translation>пропустить первые {n} записей</translation>
    </message>
    <message>
        <source>only records whose {field} is {value} (references: a name or id; empty: none; repeatable)</source>
        <translation>только записи, у которых {field} равно {value} (ссылки: имя или идентификатор; пусто: нет; можно повторять)</translation>
    </message>
    <message>
        <source>include deleted records</source>
        <translation>включая удалённые записи</translation>
    </message>
    <message>
        <source>show one</source>
        <translation>показать одну запись</translation>
    </message>
    <message>
        <source>show it even if deleted (give the id)</source>
        <translation>показать, даже если удалена (укажите идентификатор)</translation>
    </message>
    <message>
        <source>change the given fields of one</source>
        <translation>изменить указанные поля одной записи</translation>
    </message>
    <message>
        <source>empty this field (repeatable)</source>
        <translation>очистить это поле (можно повторять)</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: take it back from everyone else</source>
        <translation>когда --visibility делает общую запись личной: отозвать общую запись у всех остальных</translation>
    </message>
    <message>
        <source>when --visibility makes a shared record private: others keep the copy they have</source>
        <translation>когда --visibility делает общую запись личной: у других остаётся имеющаяся копия общей записи</translation>
    </message>
    <message>
        <source>delete one (and what it holds); {restore} undoes it</source>
        <translation>удалить одну запись (и то, что в ней); {restore} отменяет</translation>
    </message>
    <message>
        <source>undo the delete of one</source>
        <translation>отменить удаление одной записи</translation>
    </message>
    <message>
        <source>The desktop window is not installed in this build; use a subcommand, see liaison --help</source>
        <translation>В этой сборке нет окна программы; используйте команду, см. liaison --help</translation>
    </message>
    <message>
        <source>Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).</source>
        <translation>Liaison: рабочее приложение сотрудников по связям с диаспорой ОТГ. Без команды открывает окно; с командой работает с данными из командной строки (для сценариев и массовой работы).</translation>
    </message>
    <message>
        <source>The data directory is --data-dir, else ${env}, else the platform&apos;s user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.</source>
        <translation>Папка данных — --data-dir, иначе ${env}, иначе папка данных пользователя на этой платформе. Записи указываются по идентификатору или, если есть, по имени ({example}). Для вывода, который может прочитать сценарий, добавьте --json к любой команде; ошибки всегда выводятся в стандартный поток ошибок с кодом выхода 1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>папка данных</translation>
    </message>
    <message>
        <source>print {json} for scripts</source>
        <translation>вывести {json} для сценариев</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Примеры:</translation>
    </message>
    <message>
        <source>the data directory (else ${env})</source>
        <translation>папка данных (иначе ${env})</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the Settings choice, else the system&apos;s)</source>
        <translation>язык сообщений и окна (по умолчанию: выбор в Параметрах, иначе язык системы)</translation>
    </message>
    <message>
        <source>print the version and the data directory</source>
        <translation>вывести версию и папку данных</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>команды</translation>
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
        <translation>liaison: предупреждение: системное хранилище ключей недоступно, поэтому вход сохраняется только на время выполнения этой команды; в следующий раз войдите снова (или используйте sync --password-stdin).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Передайте пароль через стандартный ввод с параметром --password-stdin.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Пароль пуст.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {user} ({institution}).</source>
        <translation>Вход на {server} выполнен: пользователь {user} ({institution}).</translation>
    </message>
    <message>
        <source>Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; {conflicts} new conflicts, {open} open; {pending} changes waiting here. {requests} requests, {seconds:.1f} s.</source>
        <translation>Отправлено изменений: {pushed} (объединено: {merged}), получено записей: {pulled}, удалено: {deleted}; новых конфликтов: {conflicts}, открытых: {open}; ожидают отправки здесь: {pending}. Запросов: {requests}, {seconds:.1f} с.</translation>
    </message>
    <message>
        <source>See them with: liaison conflicts</source>
        <translation>Просмотреть их: liaison conflicts</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>Загружен %n вложенный файл.</numerusform>
            <numerusform>Загружено %n вложенных файла.</numerusform>
            <numerusform>Загружено %n вложенных файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n вложенный файл остался в Секретариате (сверх лимита загрузки или ещё не там): загрузится при открытии.</numerusform>
            <numerusform>%n вложенных файла остались в Секретариате (сверх лимита загрузки или ещё не там): каждый загрузится при открытии.</numerusform>
            <numerusform>%n вложенных файлов остались в Секретариате (сверх лимита загрузки или ещё не там): каждый загрузится при открытии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n вложенный файл не отправлен: его нет в этой папке данных или он повреждён в пути; следующая синхронизация попробует снова.</numerusform>
            <numerusform>%n вложенных файла не отправлены: их нет в этой папке данных или они повреждены в пути; следующая синхронизация попробует снова.</numerusform>
            <numerusform>%n вложенных файлов не отправлены: их нет в этой папке данных или они повреждены в пути; следующая синхронизация попробует снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first: liaison login --server URL --user NAME</source>
        <translation>Сначала войдите: liaison login --server URL --user NAME</translation>
    </message>
    <message>
        <source>{message}
Run liaison sync --yes to apply the deletions anyway.</source>
        <translation>{message}
Чтобы всё равно применить удаления, выполните liaison sync --yes.</translation>
    </message>
    <message>
        <source>Logged out; the server revoked this computer&apos;s sign-in.</source>
        <translation>Выход выполнен; сервер отозвал доступ этого компьютера.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (it will refuse the old sign-in only once an administrator revokes it).</source>
        <translation>Выход выполнен на этом компьютере; уведомить сервер не удалось (старый доступ будет отклоняться только после того, как его отзовёт администратор).</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>Открытого конфликта {id} нет.</translation>
    </message>
    <message>
        <source>Marked resolved; the server is told at the next sync.</source>
        <translation>Отмечено как урегулированное; сервер будет уведомлён при следующей синхронизации.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Сохранено (сервер)</translation>
    </message>
    <message>
        <source>Other (client)</source>
        <translation>Другое (клиент)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>connect this data folder to the Secretariat&apos;s server</source>
        <translation>подключить эту папку данных к серверу Секретариата</translation>
    </message>
    <message>
        <source>the server, e.g. {example}</source>
        <translation>сервер, напр. {example}</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>ваше имя пользователя на сервере</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>прочитать пароль со стандартного ввода (одна строка)</translation>
    </message>
    <message>
        <source>the Secretariat&apos;s own certificate authority, if it uses one</source>
        <translation>собственный центр сертификации Секретариата, если он его использует</translation>
    </message>
    <message>
        <source>send your changes and receive the others&apos;</source>
        <translation>отправить свои изменения и получить чужие</translation>
    </message>
    <message>
        <source>apply a pull that deletes many records without asking</source>
        <translation>применить получение, удаляющее много записей, без вопроса</translation>
    </message>
    <message>
        <source>log in again first (same server and user), reading the password from standard input</source>
        <translation>сначала войти снова (тот же сервер и пользователь), прочитав пароль со стандартного ввода</translation>
    </message>
    <message>
        <source>revoke this computer&apos;s sign-in and forget it</source>
        <translation>отозвать вход этого компьютера и забыть его</translation>
    </message>
    <message>
        <source>the conflict inbox: changes kept aside by a sync</source>
        <translation>входящие конфликты: изменения, отложенные синхронизацией</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>включая разрешённые конфликты</translation>
    </message>
    <message>
        <source>mark a conflict resolved (repeatable)</source>
        <translation>отметить конфликт разрешённым (можно повторять)</translation>
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
        <source>Removed the training record {path}.</source>
        <translation>Учебная запись {path} удалена.</translation>
    </message>
    <message>
        <source>There is no training record in {path}.</source>
        <translation>В {path} нет учебной записи.</translation>
    </message>
    <message>
        <source>Run demo --remove on your own data folder, not on {path}.</source>
        <translation>Запустите liaison demo --remove для своей папки данных, а не для {path}.</translation>
    </message>
    <message>
        <source>The training record {path} already holds the sample data.</source>
        <translation>Учебная запись {path} уже содержит демонстрационные данные.</translation>
    </message>
    <message>
        <source>Loaded the sample data into the training record {path}:</source>
        <translation>Демонстрационные данные загружены в учебную запись {path}:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>It never syncs. Open it with: liaison --data-dir {path}</source>
        <translation>Она никогда не синхронизируется. Открыть: liaison --data-dir {path}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n вложенный файл ещё не прочитан для поиска: его прочитает liaison reindex.</numerusform>
            <numerusform>%n вложенных файла ещё не прочитаны для поиска: их прочитает liaison reindex.</numerusform>
            <numerusform>%n вложенных файлов ещё не прочитаны для поиска: их прочитает liaison reindex.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sample records of an older version in {path}.</source>
        <translation>В {path} нет записей примера, загруженных старой версией.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>Можно удалить %n запись примера (чтобы удалить, запустите без --dry-run).</numerusform>
            <numerusform>Можно удалить %n записи примера (чтобы удалить, запустите без --dry-run).</numerusform>
            <numerusform>Можно удалить %n записей примера (чтобы удалить, запустите без --dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Удалена %n запись примера, загруженная в эту базу старой версией.</numerusform>
            <numerusform>Удалены %n записи примера, загруженные в эту базу старой версией.</numerusform>
            <numerusform>Удалено %n записей примера, загруженных в эту базу старой версией.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because you changed them or your records refer to them:</source>
        <translation>Сохранены, потому что вы их изменили или на них ссылаются ваши записи:</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>изменена с тех пор</translation>
    </message>
    <message>
        <source>your records refer to it</source>
        <translation>на неё ссылаются ваши записи</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Идентификаторы</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>Вместе с ними сохранена ещё %n запись примера (то, на что они ссылаются, и их части).</numerusform>
            <numerusform>Вместе с ними сохранены ещё %n записи примера (то, на что они ссылаются, и их части).</numerusform>
            <numerusform>Вместе с ними сохранено ещё %n записей примера (то, на что они ссылаются, и их части).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {id}; to undo: liaison contact unmerge {merge}</source>
        <translation>Объединено в {id}; отменить: liaison contact unmerge {merge}</translation>
    </message>
    <message>
        <source>Restored {other} beside {keep}.</source>
        <translation>{other} восстановлен рядом с {keep}.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Поисковый индекс перестроен: %n запись.</numerusform>
            <numerusform>Поисковый индекс перестроен: %n записи.</numerusform>
            <numerusform>Поисковый индекс перестроен: %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>Для поиска прочитан %n вложенный файл.</numerusform>
            <numerusform>Для поиска прочитано %n вложенных файла.</numerusform>
            <numerusform>Для поиска прочитано %n вложенных файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>search contacts, institutions, events, ...</source>
        <translation>искать контакты, учреждения, мероприятия, ...</translation>
    </message>
    <message>
        <source>what to look for (any script: {latin} finds {cyrillic})</source>
        <translation>что искать (любая письменность: {latin} находит {cyrillic})</translation>
    </message>
    <message>
        <source>only hits of this kind (repeatable)</source>
        <translation>только результаты этого вида (можно повторять)</translation>
    </message>
    <message>
        <source>at most {n} hits (default: 50)</source>
        <translation>не более {n} результатов (по умолчанию: 50)</translation>
    </message>
    <message>
        <source>mark minutes as agreed (read-only)</source>
        <translation>отметить протокол согласованным (только чтение)</translation>
    </message>
    <message>
        <source>id of the minutes</source>
        <translation>идентификатор протокола</translation>
    </message>
    <message>
        <source>who agreed them (default: the {setting} setting)</source>
        <translation>кто согласовал (по умолчанию: параметр {setting})</translation>
    </message>
    <message>
        <source>reopen agreed minutes for changes</source>
        <translation>переоткрыть согласованный протокол для изменений</translation>
    </message>
    <message>
        <source>why they are reopened (kept in the minutes log)</source>
        <translation>почему переоткрыт (сохраняется в журнале протокола)</translation>
    </message>
    <message>
        <source>who reopened them (default: the {setting} setting)</source>
        <translation>кто переоткрыл (по умолчанию: параметр {setting})</translation>
    </message>
    <message>
        <source>merge a duplicate into the contact to keep (undoable)</source>
        <translation>объединить дубликат с сохраняемым контактом (можно отменить)</translation>
    </message>
    <message>
        <source>the contact to keep</source>
        <translation>сохраняемый контакт</translation>
    </message>
    <message>
        <source>the contact merged into it and removed</source>
        <translation>контакт, объединяемый с ним и удаляемый</translation>
    </message>
    <message>
        <source>undo a merge: both contacts and their references come back</source>
        <translation>отменить объединение: оба контакта и ссылки на них возвращаются</translation>
    </message>
    <message>
        <source>the id the merge printed</source>
        <translation>идентификатор, выведенный объединением</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>открытые поручения с истёкшим сроком</translation>
    </message>
    <message>
        <source>settings kept with the data</source>
        <translation>параметры, хранящиеся с данными</translation>
    </message>
    <message>
        <source>print a setting (or all)</source>
        <translation>вывести параметр (или все)</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>параметр</translation>
    </message>
    <message>
        <source>change a setting (an empty value clears it)</source>
        <translation>изменить параметр (пустое значение сбрасывает его)</translation>
    </message>
    <message>
        <source>the new value (an institution&apos;s name or id for {setting})</source>
        <translation>новое значение (для {setting} — имя или идентификатор учреждения)</translation>
    </message>
    <message>
        <source>load the sample data into the training record {folder} (it never syncs)</source>
        <translation>загрузить образцы данных в учебную базу {folder} (она никогда не синхронизируется)</translation>
    </message>
    <message>
        <source>delete the training record</source>
        <translation>удалить учебную базу</translation>
    </message>
    <message>
        <source>remove the sample records an older version loaded into your own record (those you changed or linked to stay)</source>
        <translation>удалить записи примера, которые старая версия загрузила в вашу базу (изменённые вами или связанные с вашими записями остаются)</translation>
    </message>
    <message>
        <source>with --remove-old: only say what would be removed</source>
        <translation>вместе с --remove-old: только показать, что будет удалено</translation>
    </message>
    <message>
        <source>list contacts that are probably one person, with why</source>
        <translation>перечислить контакты, которые, вероятно, являются одним человеком, с причинами</translation>
    </message>
    <message>
        <source>also the contacts marked “not a duplicate” in the window&apos;s review</source>
        <translation>также контакты, отмеченные в окне как «не дубликат»</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>перестроить поисковый индекс</translation>
    </message>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: повреждений не найдено.</translation>
    </message>
    <message>
        <source>{path} is damaged:</source>
        <translation>{path} повреждён:</translation>
    </message>
    <message>
        <source>Run “liaison recover” to copy what can be read into a new file.</source>
        <translation>Запустите «liaison recover», чтобы скопировать всё читаемое в новый файл.</translation>
    </message>
    <message>
        <source>Recovered into {path} ({contacts} contacts, {events} events); the damaged file is kept as {copy}.</source>
        <translation>Восстановлено в {path} (контактов: {contacts}, мероприятий: {events}); повреждённый файл сохранён как {copy}.</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Снимок сохранён: {path}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Снимков пока нет.</translation>
    </message>
    <message>
        <source>Restored {snapshot}; the file it replaced is kept as {copy}.</source>
        <translation>Восстановлен {snapshot}; заменённый файл сохранён как {copy}.</translation>
    </message>
    <message>
        <source>Give the FILE to import, or --undo BATCH.</source>
        <translation>Укажите ФАЙЛ для импорта или --undo BATCH.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({reason}); change it with --encoding.</source>
        <translation>Кодировка: {encoding} ({reason}); изменить: --encoding.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {sheets}); choose another with --sheet.</source>
        <translation>Лист: {sheet} (из {sheets}); другой выберите с --sheet.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Строка {row}, столбец «{column}»: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or import the others with --skip-invalid.</source>
        <translation>Ничего не импортировано. Исправьте эти строки или импортируйте остальные с --skip-invalid.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <source>Import {batch}; undo it with: liaison import --undo {batch}</source>
        <translation>Импорт {batch}; отменить: liaison import --undo {batch}</translation>
    </message>
    <message>
        <source>The skipped rows are in {path}.</source>
        <translation>Пропущенные строки записаны в {path}.</translation>
    </message>
    <message>
        <source>Undone: {removed} record(s) removed, {reverted} record(s) put back.</source>
        <translation>Отменено: удалено записей — {removed}, возвращено к прежнему виду — {reverted}.</translation>
    </message>
    <message>
        <source>Kept, because it was edited after the import: {entity} {id} {field}</source>
        <translation>Сохранено, так как изменено после импорта: {entity} {id} {field}</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>Записано записей: {count}, файл {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Создан %n контакт.</numerusform>
            <numerusform>Создано %n контакта.</numerusform>
            <numerusform>Создано %n контактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Обновлён %n контакт.</numerusform>
            <numerusform>Обновлено %n контакта.</numerusform>
            <numerusform>Обновлено %n контактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Без изменений: %n контакт.</numerusform>
            <numerusform>Без изменений: %n контакта.</numerusform>
            <numerusform>Без изменений: %n контактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Пропущена %n неверная строка.</numerusform>
            <numerusform>Пропущено %n неверные строки.</numerusform>
            <numerusform>Пропущено %n неверных строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Добавлен %n участник мероприятия.</numerusform>
            <numerusform>Добавлено %n участника мероприятия.</numerusform>
            <numerusform>Добавлено %n участников мероприятия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Отправка изменений: {done} из {total}</translation>
    </message>
    <message>
        <source>Receiving records: {done}</source>
        <translation>Получение записей: {done}</translation>
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
    <name>DateEdit</name>
    <message>
        <source>e.g. %1 or 2023-11-20</source>
        <translation>напр. %1 или 2023-11-20</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2023-11-20</source>
        <translation>Это не дата: введите её как %1 или 2023-11-20</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>тот же адрес электронной почты</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>то же имя другим алфавитом</translation>
    </message>
    <message>
        <source>same name, words in another order</source>
        <translation>то же имя, слова в другом порядке</translation>
    </message>
    <message>
        <source>similar spelling of the name</source>
        <translation>похожее написание имени</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>то же учреждение</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Contacts that are &amp;probably one person:</source>
        <translation>&amp;Контакты, вероятно обозначающие одного человека:</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <source>Side by si&amp;de:</source>
        <translation>Р&amp;ядом:</translation>
    </message>
    <message>
        <source>The two contacts, field by field</source>
        <translation>Два контакта, поле за полем</translation>
    </message>
    <message>
        <source>Values that differ are in bold.</source>
        <translation>Различающиеся значения выделены жирным.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time.</source>
        <translation>Объединить другой контакт с оставляемым: адреса эл. почты, телефоны, метки и языки объединяются, пустые поля заполняются, и всё, что ссылалось на другой контакт, теперь ссылается на оставленный. Объединение можно отменить в любой момент.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Не дубликат</translation>
    </message>
    <message>
        <source>They are two people: this pair is not offered again.</source>
        <translation>Это два разных человека: эта пара больше не предлагается.</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Отменить последнее о&amp;бъединение</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n пара для проверки.</numerusform>
            <numerusform>%n пары для проверки.</numerusform>
            <numerusform>%n пар для проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates left to review.</source>
        <translation>Вероятных дубликатов для проверки не осталось.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>Why: %1 (how sure: %2 %).</source>
        <translation>Почему: %1 (уверенность: %2 %).</translation>
    </message>
    <message>
        <source>Keep &amp;1: %1</source>
        <translation>Оставить &amp;1: %1</translation>
    </message>
    <message>
        <source>Keep &amp;2: %1</source>
        <translation>Оставить &amp;2: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo the last merge to separate them again.</source>
        <translation>%1 объединён с %2. Чтобы снова разделить их, отмените последнее объединение.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two people.</source>
        <translation>%1 и %2 остаются двумя разными людьми.</translation>
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
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
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
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
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
        <source>Nothing matches: clear the filter to see all %1.</source>
        <translation>Ничего не найдено: очистите фильтр, чтобы увидеть все (%1).</translation>
    </message>
    <message>
        <source>No %1 yet. Click New (Ctrl+N) to add the first.</source>
        <translation>Пока нет записей (%1). Нажмите «Создать» (Ctrl+N), чтобы добавить первую.</translation>
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
        <source>{path} is read-only (the file, its folder or the disk): nothing was saved. Copy the data folder to a place you can write to, or make it writable, and try again.</source>
        <translation>{path} доступен только для чтения (файл, его папка или диск): ничего не сохранено. Скопируйте папку данных туда, где можно писать, или разрешите запись и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space on it and try again.</source>
        <translation>Диск, на котором находится {path}, заполнен: ничего не сохранено. Освободите на нём место и повторите попытку.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. Check the disk and try again; if it keeps failing, run: liaison doctor</source>
        <translation>Ошибка чтения или записи {path} (сбой диска или диск извлечён): ничего не сохранено. Проверьте диск и повторите попытку; если ошибка повторяется, запустите: liaison doctor</translation>
    </message>
    <message>
        <source>{path} cannot be opened (its folder is missing or not readable, or the disk was removed). Check the data folder and try again.</source>
        <translation>Не удаётся открыть {path} (папки нет или она недоступна для чтения, либо диск извлечён). Проверьте папку данных и повторите попытку.</translation>
    </message>
    <message>
        <source>{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and “liaison recover” to copy what can be read into a new file (the damaged one is kept).</source>
        <translation>{path} повреждён, и Liaison не будет в него записывать. Запустите «liaison doctor» для отчёта и «liaison recover», чтобы скопировать всё читаемое в новый файл (повреждённый сохраняется).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. Restore a backup (liaison restore), or move the file away to start a new record.</source>
        <translation>{path} пуст (0 байт), возможно, после прерванного копирования; Liaison его не трогал. Восстановите резервную копию (liaison restore) или переместите файл, чтобы начать новую базу.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Liaison and must be updated, but it is read-only. Copy the data folder to a place you can write to and open the copy.</source>
        <translation>{path} записан более старой версией Liaison и должен быть обновлён, но он доступен только для чтения. Скопируйте папку данных туда, где можно писать, и откройте копию.</translation>
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
    <message>
        <source>{path} holds your own records: the sample data goes only into the training record (liaison demo, or File → Open the training record).</source>
        <translation>{path} содержит ваши собственные записи: демонстрационные данные загружаются только в учебную запись (liaison demo или Файл → Открыть учебную запись).</translation>
    </message>
    <message>
        <source>Choose at least one event or bilateral meeting to brief on.</source>
        <translation>Выберите хотя бы одно мероприятие или двустороннюю встречу для справки.</translation>
    </message>
    <message>
        <source>Cannot write the briefing to {path}: {reason}. Nothing was written.</source>
        <translation>Не удаётся записать справку в {path}: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the PDF file to write.</source>
        <translation>{path} — это папка: укажите имя PDF-файла для записи.</translation>
    </message>
    <message>
        <source>Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru).</source>
        <translation>Язык: «{language}» — не язык, на котором Liaison умеет писать даты (например, en, tr, kk, ru).</translation>
    </message>
    <message>
        <source>Marking: at most {limit} characters (“{marking}” has {length}).</source>
        <translation>Гриф: не более {limit} символов («{marking}»: {length}).</translation>
    </message>
    <message>
        <source>Making the briefing was cancelled; no file was written.</source>
        <translation>Подготовка справки отменена; файл не записан.</translation>
    </message>
    <message>
        <source>The Secretariat server&apos;s message is not valid: {field}: {reason}</source>
        <translation>Ответ сервера Секретариата некорректен: {field}: {reason}</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept.</source>
        <translation>Синхронизация не удалась; ваши изменения сохранены.</translation>
    </message>
    <message>
        <source>This data folder is not connected to a Secretariat server yet: log in first.</source>
        <translation>Эта папка данных ещё не подключена к серверу Секретариата: сначала войдите.</translation>
    </message>
    <message>
        <source>This is the training record (sample data); it never syncs with the Secretariat. Open your own record to sync.</source>
        <translation>Это учебная запись (демонстрационные данные); она никогда не синхронизируется с Секретариатом. Для синхронизации откройте свою запись.</translation>
    </message>
    <message>
        <source>The Secretariat server at {url} needs you to log in again ({reason}). Your changes are kept and will be sent after you log in.</source>
        <translation>Сервер Секретариата по адресу {url} требует повторного входа ({reason}). Ваши изменения сохранены и будут отправлены после входа.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the user name or the password ({message}).</source>
        <translation>Сервер Секретариата отклонил имя пользователя или пароль ({message}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address; write it as https://host or https://host:port.</source>
        <translation>«{url}» — не адрес сервера; укажите его в виде https://host или https://host:port.</translation>
    </message>
    <message>
        <source>Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only to this computer, for testing).</source>
        <translation>Соединение с {url} по незащищённому http:// не допускается: используйте https:// (незащищённый http разрешён только с этим же компьютером, для тестирования).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be used: {reason}</source>
        <translation>Файл центра сертификации {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the Secretariat server at {url} ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>Не удаётся связаться с сервером Секретариата по адресу {url} ({reason}). Ваши изменения сохранены и будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the Secretariat&apos;s ({reason}); nothing was sent. If the Secretariat uses its own certificate authority, log in again with its CA file.</source>
        <translation>Сервер по адресу {url} не подтвердил, что принадлежит Секретариату ({reason}); ничего не отправлено. Если у Секретариата собственный центр сертификации, войдите снова, указав сертификат ЦС Секретариата.</translation>
    </message>
    <message>
        <source>The Secretariat server needs a newer version of Liaison: please update Liaison. Your changes are kept. ({message})</source>
        <translation>Серверу Секретариата нужна более новая версия Liaison: обновите Liaison. Ваши изменения сохранены. ({message})</translation>
    </message>
    <message>
        <source>The server&apos;s changes would delete {count} of the {total} records on this computer; nothing was deleted. If that is expected, confirm and sync again.</source>
        <translation>Изменения с сервера удалили бы {count} из {total} записей на этом компьютере; ничего не удалено. Если так и должно быть, подтвердите и запустите синхронизацию снова.</translation>
    </message>
    <message>
        <source>The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.</source>
        <translation>Ошибка на сервере Секретариата ({status}: {message}). Ваши изменения сохранены; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The Secretariat server went back in time (restored from a backup); sync again.</source>
        <translation>Сервер Секретариата вернулся назад во времени (восстановлен из резервной копии); синхронизируйте снова.</translation>
    </message>
    <message>
        <source>The Secretariat server refused the request ({status}: {message}).</source>
        <translation>Сервер Секретариата отклонил запрос ({status}: {message}).</translation>
    </message>
    <message>
        <source>Only {author}, whose change it is, and officers of the institution that owns “{title}” may resolve this conflict. It stays in your conflict inbox.</source>
        <translation>Только {author}, чьё это изменение, и сотрудники учреждения, которому принадлежит «{title}», могут разрешить этот конфликт. Он остаётся в вашем списке конфликтов.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was exchanged before is saved, the rest is kept for later.</source>
        <translation>Синхронизация отменена; то, чем успели обменяться, сохранено, остальное отложено до следующей синхронизации.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running.</source>
        <translation>Синхронизация этой папки данных уже выполняется.</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>Сбой системного хранилища ключей: {reason}</translation>
    </message>
    <message>
        <source>The file {name} cannot be downloaded from the Secretariat: it is not there yet (the laptop that attached it has not synced since) or no longer yours to see. Try again later.</source>
        <translation>Файл {name} нельзя загрузить из Секретариата: его там ещё нет (ноутбук, к которому его прикрепили, с тех пор не синхронизировался) или вам больше нельзя его видеть. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not kept; it is sent again at the next sync. Your record is unchanged.</source>
        <translation>Файл {name} пришёл в Секретариат повреждённым (его SHA-256 не совпал) и не был сохранён; он будет отправлен снова при следующей синхронизации. Ваша запись не изменилась.</translation>
    </message>
    <message>
        <source>{path} is open in another program (perhaps the Liaison window or a sync). Close it, then try again; nothing was changed.</source>
        <translation>{path} открыт в другой программе (возможно, в окне Liaison или при синхронизации). Закройте её и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): nothing was copied. Free some space and try again.</source>
        <translation>Рядом с {path} недостаточно места для копии (нужно {needed} МБ, свободными остаются {reserve} МБ): ничего не скопировано. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>There is no snapshot in {path} to restore.</source>
        <translation>В {path} нет снимка для восстановления.</translation>
    </message>
    <message>
        <source>Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; restore a snapshot (liaison restore) or ask for help.</source>
        <translation>Из {path} ничего не удалось восстановить: копия оказалась неисправной. Файл оставлен как есть; восстановите снимок (liaison restore) или обратитесь за помощью.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Контакт нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>There is no merge {id} to undo, or it was undone already.</source>
        <translation>Объединения {id} нет или оно уже отменено.</translation>
    </message>
    <message>
        <source>{what} cannot be exported as {format} (use {formats}).</source>
        <translation>{what} нельзя экспортировать в {format} (используйте {formats}).</translation>
    </message>
    <message>
        <source>Participants are exported for one event: give --event ID or TITLE.</source>
        <translation>Участники экспортируются для одного мероприятия: укажите --event ID или НАЗВАНИЕ.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: такого файла нет.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this program can read ({detail}).</source>
        <translation>{path} — не таблица, которую может прочитать программа ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a text (CSV) file: it holds binary data.</source>
        <translation>{path} — не текстовый (CSV) файл: в нём двоичные данные.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>{path} — не файл vCard: нет BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>{path} is not in the encoding {encoding}; choose another.</source>
        <translation>{path} не в кодировке {encoding}; выберите другую.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>Кодировка {encoding} программе неизвестна.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>В {path} нет листа «{sheet}» (есть: {sheets}).</translation>
    </message>
    <message>
        <source>{path}: no row of column names was found.</source>
        <translation>{path}: не найдена строка с названиями столбцов.</translation>
    </message>
    <message>
        <source>{path}: no column holds the names; map one with --map &quot;COLUMN=name&quot;.</source>
        <translation>{path}: ни в одном столбце нет имён; укажите столбец: --map &quot;СТОЛБЕЦ=name&quot;.</translation>
    </message>
    <message>
        <source>--map “{value}”: write COLUMN=field, with field one of {fields}.</source>
        <translation>--map «{value}»: пишите СТОЛБЕЦ=поле, где поле — одно из: {fields}.</translation>
    </message>
    <message>
        <source>--map “{value}”: the file has no column “{column}”.</source>
        <translation>--map «{value}»: в файле нет столбца «{column}».</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>There is no import with the id {batch}.</source>
        <translation>Импорта с идентификатором {batch} нет.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>Импорт {batch} уже отменён.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>простой текст</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): nothing was attached.</source>
        <translation>Файл {name} пуст (0 байт): ничего не прикреплено.</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was attached. Attach a smaller copy (a PDF printed at a lower resolution, say).</source>
        <translation>Файл {name} занимает {size_mb} МБ, больше допустимых для файла {limit_mb} МБ: ничего не прикреплено. Прикрепите копию поменьше (например, PDF, напечатанный с меньшим разрешением).</translation>
    </message>
    <message>
        <source>The file {name} is named as a {kind} file but is not one (its content does not start as a {kind} file does): nothing was attached. Save it again as {kind}, or rename it.</source>
        <translation>Файл {name} назван как файл {kind}, но им не является (его содержимое начинается не так, как у файла {kind}): ничего не прикреплено. Сохраните его заново как {kind} или переименуйте.</translation>
    </message>
    <message>
        <source>The file name “{name}” cannot be used: a name may not be empty, contain / or \ or control characters, or be longer than 255 characters. Nothing was attached.</source>
        <translation>Имя файла «{name}» использовать нельзя: имя не может быть пустым, содержать / или \ или управляющие символы, быть длиннее 255 символов. Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Nothing was attached.</source>
        <translation>Файл {name} не читается: {reason}. Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, plans, action items and contacts.</source>
        <translation>К «{kind}» нельзя прикреплять файлы: только к мероприятиям, двусторонним встречам, документам, протоколам, планам, поручениям и контактам.</translation>
    </message>
    <message>
        <source>The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this computer yet. Sync to download it.</source>
        <translation>Файл {name} ({size}) есть только в Секретариате: на этот компьютер он ещё не загружен. Синхронизируйте, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>The copy {path} cannot be written: {reason}. Nothing was written.</source>
        <translation>Копию {path} записать нельзя: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <source>it is no longer there (moved, renamed or deleted)</source>
        <translation>его там больше нет (перемещён, переименован или удалён)</translation>
    </message>
    <message>
        <source>this account may not read or write it</source>
        <translation>у этой учётной записи нет прав на его чтение или запись</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>the disk could not be read (a damaged or removed disk)</source>
        <translation>диск не удалось прочитать (повреждённый или извлечённый диск)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others may not be able to open it.</source>
        <translation>{name} — не PDF, DOCX, XLSX, ODT, изображение или простой текст: файл прикреплён, но другие, возможно, не смогут его открыть.</translation>
    </message>
    <message>
        <source>“{value}” is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>«{value}» — не хеш SHA-256 (64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <source>The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): it was damaged or changed on the way, and nothing was stored.</source>
        <translation>Файл {name} не тот, что ожидался (его SHA-256 — {actual}, а не {expected}): он повреждён или изменён в пути, ничего не сохранено.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It was set aside in {folder}. Sync to download it again, or attach the original file again.</source>
        <translation>Копия файла {name} на этом компьютере повреждена (её байты на диске изменились после прикрепления), поэтому она не использована. Она отложена в папку {folder}. Синхронизируйте, чтобы скачать файл заново, или прикрепите исходный файл ещё раз.</translation>
    </message>
    <message>
        <source>The copy of {name} on this computer is damaged (its bytes changed on the disk since it was attached), so it was not used. It could not be set aside ({path} cannot be written to). Attach the original file again in a writable copy of the data folder.</source>
        <translation>Копия файла {name} на этом компьютере повреждена (её байты на диске изменились после прикрепления), поэтому она не использована. Отложить её не удалось (в {path} нельзя записывать). Прикрепите исходный файл заново в копии папки данных, доступной для записи.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored.</source>
        <translation>Файл {name} больше {limit_mb} МБ — предела для одного файла: ничего не сохранено.</translation>
    </message>
    <message>
        <source>The file {name} is not in this data folder (its bytes, {digest}, are missing).</source>
        <translation>Файла {name} нет в этой папке данных (его содержимое, {digest}, отсутствует).</translation>
    </message>
    <message>
        <source>Not sent (the next sync tries again): {problem}</source>
        <translation>Не отправлено (следующая синхронизация попробует снова): {problem}</translation>
    </message>
    <message>
        <source>Files were not downloaded (they download when opened, or at the next sync): {problem}</source>
        <translation>Файлы не скачаны (они скачаются при открытии или при следующей синхронизации): {problem}</translation>
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
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Выбранные контакты</translation>
    </message>
    <message>
        <source>Events (calendar)</source>
        <translation>Мероприятия (календарь)</translation>
    </message>
    <message>
        <source>Bilateral meetings (calendar)</source>
        <translation>Двусторонние встречи (календарь)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Участники мероприятия</translation>
    </message>
    <message>
        <source>Contacts shown in the list (filtered)</source>
        <translation>Контакты, показанные в списке (с фильтром)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
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
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Какие поручения</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Wrote {count} record(s) to {path}.</source>
        <translation>Записано записей: {count}, файл {path}.</translation>
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
        <source>Attached to</source>
        <translation>Прикреплено к</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Собеседник</translation>
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
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
</context>
<context>
    <name>GoingPrivateDialog</name>
    <message>
        <source>Make the record private</source>
        <translation>Сделать запись личной</translation>
    </message>
    <message>
        <source>Make “%1” private?</source>
        <translation>Сделать «%1» личной записью?</translation>
    </message>
    <message>
        <source>Officers of your institution already have it.</source>
        <translation>Она уже есть у сотрудников вашего учреждения.</translation>
    </message>
    <message>
        <source>Every officer who syncs with the Secretariat may already have it.</source>
        <translation>Она может уже быть у каждого сотрудника, синхронизирующегося с Секретариатом.</translation>
    </message>
    <message>
        <source>Withdraw it: it is removed, with what it holds, from their computers at their next sync and stays here, private, with its history. Keep their copies: they keep the version they have, and what you write from now on stays on this computer.</source>
        <translation>Отозвать: при следующей синхронизации она будет удалена с их компьютеров вместе со всем, что в ней, а здесь останется личной, со своей историей. Оставить их копии: у них останется имеющаяся версия, а всё, что вы напишете дальше, останется на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it from the others</source>
        <translation>&amp;Отозвать у остальных</translation>
    </message>
    <message>
        <source>Withdraw it from the others</source>
        <translation>Отозвать у остальных</translation>
    </message>
    <message>
        <source>Removed from the other officers&apos; computers at their next sync; kept here</source>
        <translation>Удаляется с компьютеров других сотрудников при их следующей синхронизации; остаётся здесь</translation>
    </message>
    <message>
        <source>&amp;Keep their copies</source>
        <translation>&amp;Сохранить их копии</translation>
    </message>
    <message>
        <source>Keep their copies</source>
        <translation>Сохранить их копии</translation>
    </message>
    <message>
        <source>They keep the version they have; later edits stay here</source>
        <translation>У них остаётся имеющаяся версия; дальнейшие правки остаются здесь</translation>
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
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Download the photo from the Secretariat</source>
        <translation>Загрузить фотографию из Секретариата</translation>
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
        <source>Downloading the photo from the Secretariat…</source>
        <translation>Фотография загружается из Секретариата…</translation>
    </message>
    <message>
        <source>The photo is on the Secretariat (%1), not downloaded to this computer yet.</source>
        <translation>Фотография в Секретариате (%1), на этот компьютер ещё не загружена.</translation>
    </message>
    <message>
        <source>The photo&apos;s file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it.</source>
        <translation>Файл фотографии на этом компьютере был повреждён, поэтому он отложен и не используется. Чтобы исправить это, выберите фотографию заново.</translation>
    </message>
    <message>
        <source>The photo&apos;s file is missing from this computer and never reached the Secretariat. Choose the photo again.</source>
        <translation>Файла фотографии нет на этом компьютере, и он никогда не попадал в Секретариат. Выберите фотографию заново.</translation>
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
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
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
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Идентификатор источника</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark</source>
        <translation>файл начинается с метки порядка байтов</translation>
    </message>
    <message>
        <source>the file is valid UTF-8</source>
        <translation>файл в корректной UTF-8</translation>
    </message>
    <message>
        <source>the file has only ASCII characters</source>
        <translation>в файле только символы ASCII</translation>
    </message>
    <message>
        <source>this code page gives the most letters of the officers&apos; alphabets</source>
        <translation>эта кодовая страница даёт больше всего букв алфавитов сотрудников</translation>
    </message>
    <message>
        <source>chosen by the officer</source>
        <translation>выбрана сотрудником</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.</source>
        <translation>Файлы CSV, Excel (XLSX, XLS), OpenDocument (ODS) или vCard (VCF) из любой программы.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Check which field each column holds; change any that is wrong.</source>
        <translation>Проверьте, какое поле содержит каждый столбец; исправьте неверные.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Add them to an event as participants</source>
        <translation>Добавить как участников мероприятия</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Пропустить неверные строки и импортировать остальные</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)</source>
        <translation>Контакты (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (предположение)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>matches an existing contact</source>
        <translation>совпадает с существующим контактом</translation>
    </message>
    <message>
        <source>matches an existing contact, nothing new</source>
        <translation>совпадает с существующим контактом, нового нет</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверная</translation>
    </message>
    <message>
        <source>fills: {fields}</source>
        <translation>заполняет: {fields}</translation>
    </message>
    <message>
        <source> (the first {n} rows)</source>
        <translation> (первые {n} строк)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or first and last names).</source>
        <translation>Выберите столбец с именами (или с именами и фамилиями).</translation>
    </message>
    <message>
        <source>New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.</source>
        <translation>Новых: {new}. Совпадают с существующими: {match}. Неверных: {invalid}.</translation>
    </message>
    <message>
        <source>(none: contacts only)</source>
        <translation>(нет: только контакты)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Rows {rows} are invalid; nothing was imported. Fix them, or skip them.</source>
        <translation>Строки {rows} неверны; ничего не импортировано. Исправьте или пропустите их.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Импортировано: новых {created}, обновлено {updated}, без изменений {unchanged}, пропущено {skipped}.</translation>
    </message>
</context>
<context>
    <name>LanguagesWidget</name>
    <message>
        <source>Type a language&apos;s name, e.g. %1</source>
        <translation>Введите название языка, например: %1</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Языки для выбора</translation>
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
        <source>Opening the record…</source>
        <translation>Открытие базы…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Справочные материалы…</translation>
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
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Sign &amp;in to the Secretariat…</source>
        <translation>&amp;Войти в систему Секретариата…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>&amp;Журнал синхронизации…</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Select an event first, then press F9 for meeting mode.</source>
        <translation>Сначала выберите мероприятие, затем нажмите F9 для режима заседания.</translation>
    </message>
    <message>
        <source>%1: %2 shown</source>
        <translation>%1: показано %2</translation>
    </message>
    <message>
        <source>Open the &amp;training record…</source>
        <translation>Открыть &amp;учебную запись…</translation>
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
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation>Режим заседания — %1</translation>
    </message>
    <message>
        <source>Close meeting mode</source>
        <translation>Закрыть режим заседания</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Присутствие и дальнейшие шаги</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <source>Add a bilateral meeting</source>
        <translation>Добавить двустороннюю встречу</translation>
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
        <source>Your own minutes: the first word typed creates them.</source>
        <translation>Ваш собственный протокол: он создаётся с первым набранным словом.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Something went wrong inside Liaison (%1).</source>
        <translation>Внутренняя ошибка Liaison (%1).</translation>
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
    <name>MinutesDetailView</name>
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
</context>
<context>
    <name>MinutesHeader</name>
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
        <source>&amp;Write our own minutes</source>
        <translation>&amp;Вести свой протокол</translation>
    </message>
    <message>
        <source>Take your institution&apos;s own minutes of this meeting; these stay as they are.</source>
        <translation>Вести собственный протокол вашего учреждения по этому заседанию; этот протокол остаётся без изменений.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change.</source>
        <translation>Только для чтения: этот протокол составило учреждение «%1», и изменять его могут только его сотрудники (Секретариат отклоняет изменения от других учреждений). Его можно читать и копировать; за любыми изменениями обращайтесь к ним.</translation>
    </message>
    <message>
        <source>Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change.</source>
        <translation>Только для чтения: этот протокол составило другое учреждение, и изменять его могут только его сотрудники. Его можно читать и копировать; за любыми изменениями обращайтесь к ним.</translation>
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
        <source>Not done: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <source>The minutes are reopened; the reason is logged.</source>
        <translation>Протокол открыт повторно; причина записана в журнал.</translation>
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
        <source>These minutes belong to %1: only its officers may change, agree, reopen or delete them.</source>
        <translation>Этот протокол принадлежит учреждению «%1»: изменять, согласовывать, открывать повторно или удалять его могут только его сотрудники.</translation>
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
    <name>NotesTab</name>
    <message>
        <source>Find an event or bilateral meeting to add…</source>
        <translation>Найдите мероприятие или двустороннюю встречу, чтобы добавить…</translation>
    </message>
    <message>
        <source>Find an event or bilateral meeting</source>
        <translation>Поиск мероприятия или двусторонней встречи</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>In this briefing (one note each, in this order):</source>
        <translation>В материалах (по одной справке на каждое, в этом порядке):</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>В материалах</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Counterparts to profile:</source>
        <translation>Включить профили собеседников:</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Собеседники</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Никого</translation>
    </message>
    <message>
        <source>The search failed; the details are in the log.</source>
        <translation>Поиск не удался; подробности в журнале.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message>
        <source>Sample records in your record</source>
        <translation>Записи примера в вашей базе</translation>
    </message>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>Старая версия Liaison загрузила пример (вымышленные сотрудники, заседание в Бишкеке…) в вашу собственную базу. Можно удалить %n запись примера, которую вы не меняли.</numerusform>
            <numerusform>Старая версия Liaison загрузила пример (вымышленные сотрудники, заседание в Бишкеке…) в вашу собственную базу. Можно удалить %n записи примера, которые вы не меняли.</numerusform>
            <numerusform>Старая версия Liaison загрузила пример (вымышленные сотрудники, заседание в Бишкеке…) в вашу собственную базу. Можно удалить %n записей примера, которые вы не меняли.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Останется %n запись, которую вы изменили или на которую ссылаются ваши записи:</numerusform>
            <numerusform>Останутся %n записи, которые вы изменили или на которые ссылаются ваши записи:</numerusform>
            <numerusform>Останутся %n записей, которые вы изменили или на которые ссылаются ваши записи:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample stays available in the training record (File → Open the training record…).</source>
        <translation>Пример остаётся доступным в учебной базе (Файл → Открыть учебную запись…).</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>Удалена %n запись примера.</numerusform>
            <numerusform>Удалены %n записи примера.</numerusform>
            <numerusform>Удалено %n записей примера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>Сохранена %n запись, которую вы изменили или связали.</numerusform>
            <numerusform>Сохранены %n записи, которые вы изменили или связали.</numerusform>
            <numerusform>Сохранено %n записей, которые вы изменили или связали.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Sections (the cover is always there)</source>
        <translation>Разделы (титульный лист включается всегда)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page; type any other marking</source>
        <translation>Печатается вверху и внизу каждой страницы; можно ввести любой другой гриф</translation>
    </message>
    <message>
        <source>Where the trip goes (for a pack of several notes)</source>
        <translation>Направление поездки (для материалов из нескольких справок)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Вероятно, тот же, что</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>No papers</source>
        <translation>Без документов</translation>
    </message>
    <message>
        <source>&amp;List them in an annex (Papers on file)</source>
        <translation>&amp;Перечислить в приложении (Документы в деле)</translation>
    </message>
    <message>
        <source>List them and append the &amp;first pages of the PDFs</source>
        <translation>Перечислить и добавить &amp;первые страницы PDF</translation>
    </message>
    <message>
        <source>Pa&amp;ges of each PDF:</source>
        <translation>&amp;Страниц каждого PDF:</translation>
    </message>
    <message>
        <source>Pages of each PDF</source>
        <translation>Страниц каждого PDF</translation>
    </message>
    <message>
        <source>How many pages of each chosen PDF follow the pack (1 to 10)</source>
        <translation>Сколько страниц каждого выбранного PDF следует за справками (от 1 до 10)</translation>
    </message>
    <message>
        <source>Papers attached to the records of these notes:</source>
        <translation>Документы, вложенные в записи этих справок:</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Tick all papers</source>
        <translation>Отметить все документы</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>Untick all papers</source>
        <translation>Снять отметку со всех документов</translation>
    </message>
    <message>
        <source>PDFs only on the Secretariat are downloaded when the preview is made; one that cannot be is listed in the annex as not downloaded. Photos are not papers.</source>
        <translation>PDF, которые есть только в Секретариате, загружаются при подготовке предпросмотра; тот, что загрузить не удалось, указан в приложении как не загруженный. Фотографии — не документы.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>missing from this computer — attach it again</source>
        <translation>отсутствует на этом компьютере — прикрепите заново</translation>
    </message>
    <message>
        <source>on the Secretariat: downloaded when the preview is made</source>
        <translation>в Секретариате: загрузится при подготовке предпросмотра</translation>
    </message>
    <message>
        <source>on the Secretariat</source>
        <translation>в Секретариате</translation>
    </message>
    <message>
        <source>No papers are attached to the records of these notes.</source>
        <translation>К записям этих справок не приложено ни одного документа.</translation>
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
    <name>RecordBanner</name>
    <message>
        <source>This record is damaged, so it is open for reading only: nothing can be changed. Recover it to go on working (%1).</source>
        <translation>Эта база повреждена, поэтому открыта только для чтения: ничего изменить нельзя. Восстановите её, чтобы продолжить работу (%1).</translation>
    </message>
    <message>
        <source>This record is read-only (the file, its folder or the disk cannot be written), so it is open for reading only: nothing can be changed (%1).</source>
        <translation>Эта база доступна только для чтения (в файл, его папку или на диск нельзя писать), поэтому открыта только для чтения: ничего изменить нельзя (%1).</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Восстановить…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
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
        <source>Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change.</source>
        <translation>Только для чтения: эта запись принадлежит учреждению %1, и изменять её могут только его сотрудники (Секретариат отклоняет изменения от других учреждений). Скопируйте нужное или попросите их внести изменение.</translation>
    </message>
    <message>
        <source>Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change.</source>
        <translation>Только для чтения: эта запись принадлежит другому учреждению, и изменять её могут только его сотрудники. Скопируйте нужное или попросите их внести изменение.</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <source>The record is damaged</source>
        <translation>База повреждена</translation>
    </message>
    <message>
        <source>Recovery copies everything that can still be read into a new file, which takes the damaged one&apos;s place; the damaged file is kept in the backups folder. Liaison closes while it works and opens again on the recovered record.</source>
        <translation>Восстановление копирует всё, что ещё читается, в новый файл, который займёт место повреждённого; повреждённый файл сохраняется в папке резервных копий. Liaison на это время закроется и снова откроется с восстановленной базой.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Проверить файл</translation>
    </message>
    <message>
        <source>Recover and reopen</source>
        <translation>Восстановить и открыть снова</translation>
    </message>
    <message>
        <source>Read on for now</source>
        <translation>Пока только читать</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Повреждений не найдено.</translation>
    </message>
    <message>
        <source>Recovery could not be started. Run: liaison recover</source>
        <translation>Не удалось запустить восстановление. Запустите: liaison recover</translation>
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
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
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
        <source>Saved as you type</source>
        <translation>Сохраняется при наборе</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
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
        <source>Disk full — not saved</source>
        <translation>Диск заполнен — не сохранено</translation>
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
        <source>in the attached file %1</source>
        <translation>в приложенном файле %1</translation>
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
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>as it should appear in the minutes&apos; log</source>
        <translation>как в журнале протоколов</translation>
    </message>
    <message>
        <source>&amp;Home institution:</source>
        <translation>&amp;Ваше учреждение:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>New records &amp;visible to:</source>
        <translation>Новые записи &amp;видны:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Download in the background, up to:</source>
        <translation>&amp;Загружать в фоне не больше:</translation>
    </message>
    <message>
        <source>Download in the background, up to (MB per sync)</source>
        <translation>Загружать в фоне не больше (МБ за синхронизацию)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Never (each file downloads when opened)</source>
        <translation>Никогда (каждый файл загружается при открытии)</translation>
    </message>
    <message>
        <source>Colleagues&apos; attached files each sync downloads by itself, newest first, up to this many megabytes; the others stay on the Secretariat and download when you open them. 0: never in the background.</source>
        <translation>Вложенные файлы коллег, которые каждая синхронизация загружает сама, начиная с новых, до этого числа мегабайт; остальные остаются в Секретариате и загружаются, когда вы их открываете. 0 — никогда в фоне.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists and editors</source>
        <translation>Списки и редакторы</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Режим заседания</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Tab moves between a list, its filter and the editor; the arrows move within a list.</source>
        <translation>Клавиша табуляции переключает между списком, его фильтром и редактором; стрелки перемещают по списку.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SimilarNotice</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>&amp;Open the existing contact</source>
        <translation>&amp;Открыть существующий контакт</translation>
    </message>
    <message>
        <source>%1 already exists (%2): is this the same person?</source>
        <translation>%1 уже есть (%2): это тот же человек?</translation>
    </message>
    <message>
        <source>Also similar: %1.</source>
        <translation>Похожи также: %1.</translation>
    </message>
    <message>
        <source>Open %1 instead of creating a new contact</source>
        <translation>Открыть %1 вместо создания нового контакта</translation>
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
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the Secretariat could not be told: its sign-in stays valid there until an administrator revokes it.</source>
        <translation>Выход выполнен на этом компьютере, но Секретариат не удалось уведомить: доступ там остаётся действительным, пока его не отзовёт администратор.</translation>
    </message>
    <message>
        <source>Sync failed because of a bug; the details are in the log.</source>
        <translation>Синхронизация не удалась из-за ошибки в программе; подробности в журнале.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Вход на %1 выполнен: пользователь %2.</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s sign-in was revoked.</source>
        <translation>Выход выполнен; доступ этого компьютера отозван.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Синхронизировано: отправлено — %1, получено — %2</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s server had gone back to an earlier backup: this computer sent it again what it had lost and read the record again; nothing was lost (records sent again: {count}).</source>
        <translation>Сервер Секретариата вернулся к более ранней резервной копии: этот компьютер заново отправил ему утраченное и заново прочитал записи; ничего не потеряно (отправлено заново записей: {count}).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>удалена %n запись</numerusform>
            <numerusform>удалено %n записи</numerusform>
            <numerusform>удалено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>объединена %n запись</numerusform>
            <numerusform>объединено %n записи</numerusform>
            <numerusform>объединено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n новый конфликт</numerusform>
            <numerusform>%n новых конфликта</numerusform>
            <numerusform>%n новых конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n изменение отклонено сервером (сохранено в конфликтах)</numerusform>
            <numerusform>%n изменения отклонено сервером (сохранено в конфликтах)</numerusform>
            <numerusform>%n изменений отклонено сервером (сохранено в конфликтах)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Sign in to the Secretariat</source>
        <translation>Вход в систему Секретариата</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>only if the Secretariat uses its own certificate authority</source>
        <translation>только если у Секретариата собственный центр сертификации</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;Сертификат ЦС</translation>
    </message>
    <message>
        <source>The password is sent once and not kept; this computer keeps a sign-in it can revoke.</source>
        <translation>Пароль передаётся один раз и не сохраняется; на компьютере хранится только доступ, который можно отозвать.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s CA certificate</source>
        <translation>Сертификат ЦС Секретариата</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Both sides changed the same field</source>
        <translation>Обе стороны изменили одно и то же поле</translation>
    </message>
    <message>
        <source>Edited on one side, deleted on the other</source>
        <translation>Изменено на одной стороне, удалено на другой</translation>
    </message>
    <message>
        <source>The server refused this change</source>
        <translation>Сервер отклонил это изменение</translation>
    </message>
    <message>
        <source>Only officers of the record&apos;s institution may change it.</source>
        <translation>Изменять запись могут только сотрудники учреждения, которому она принадлежит.</translation>
    </message>
    <message>
        <source>The server has no such record.</source>
        <translation>На сервере нет такой записи.</translation>
    </message>
    <message>
        <source>Private records never leave the officer&apos;s machine.</source>
        <translation>Личные записи никогда не покидают компьютер сотрудника.</translation>
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
        <source>Keep the server&apos;s</source>
        <translation>Оставить вариант сервера</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>Использовать вариант %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Использовать мой вариант</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Объединённый текст</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <source>&amp;Resolve with these choices</source>
        <translation>&amp;Применить выбранные варианты</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>&amp;Копировать мой текст</translation>
    </message>
    <message>
        <source>No open conflicts: every edit has been merged.</source>
        <translation>Открытых конфликтов нет: все изменения объединены.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(автор: %1)</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>(автор: вы)</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>&amp;Отметить как урегулированный</translation>
    </message>
    <message>
        <source>&amp;Copy %1&apos;s text</source>
        <translation>&amp;Копировать текст %1</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 may want to send their text to the record&apos;s owner.</source>
        <translation>Ничего не изменено. %1 может отправить свой текст владельцу записи.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Ваш текст сохранён здесь: скопируйте его («Копировать мой текст») и отправьте сотруднику учреждения %1, который может внести изменение, или попросите его об этом. Затем отметьте его как урегулированный.</translation>
    </message>
    <message>
        <source>Your text is kept here: copy it (Copy my text) and send it to an officer of the record&apos;s institution, who may make the change, or ask them to. Then mark this as dealt with.</source>
        <translation>Ваш текст сохранён здесь: скопируйте его («Копировать мой текст») и отправьте сотруднику учреждения, которому принадлежит запись, — он может внести изменение, — или попросите его об этом. Затем отметьте его как урегулированный.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Что можно сделать:</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Sync with the Secretariat is not set up on this computer.</source>
        <translation>Синхронизация с Секретариатом на этом компьютере не настроена.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation>Синхронизация… отправлено изменений: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Синхронизация… получена %n запись</numerusform>
            <numerusform>Синхронизация… получено %n записи</numerusform>
            <numerusform>Синхронизация… получено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Вход на %1 выполнен: пользователь %2.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the sign-in lasts until Liaison closes.</source>
        <translation>На этом компьютере нет хранилища ключей: вход действует до закрытия Liaison.</translation>
    </message>
    <message>
        <source>This computer&apos;s sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept.</source>
        <translation>Вход в %1 с этого компьютера больше не действует: войдите снова (Синхронизация → Войти в систему Секретариата…). Ваши изменения сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n изменение не синхронизировано</numerusform>
            <numerusform>%n изменения не синхронизированы</numerusform>
            <numerusform>%n изменений не синхронизировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>%n изменение личных записей хранится на этом компьютере: личные записи никогда не отправляются.</numerusform>
            <numerusform>%n изменения личных записей хранятся на этом компьютере: личные записи никогда не отправляются.</numerusform>
            <numerusform>%n изменений личных записей хранятся на этом компьютере: личные записи никогда не отправляются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Apply the deletions from the server anyway?</source>
        <translation>Всё равно применить удаления с сервера?</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <source>Talking points for:</source>
        <translation>Тезисы к беседе для справки:</translation>
    </message>
    <message>
        <source>Talking points for</source>
        <translation>Тезисы к беседе для справки</translation>
    </message>
    <message>
        <source>What you want to say or ask. Lines starting with “-” print as a list.</source>
        <translation>Что вы хотите сказать или спросить. Строки, начинающиеся с «-», печатаются списком.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы к беседе</translation>
    </message>
    <message>
        <source>Not saved: %1. Trying again; your text stays here.</source>
        <translation>Не сохранено: %1. Повторная попытка; ваш текст остаётся здесь.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Kept on this computer for the next briefing; talking points do not sync.</source>
        <translation>Сохраняются на этом компьютере для следующей справки; тезисы к беседе не синхронизируются.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Your talking points could not be saved: %1</source>
        <translation>Не удалось сохранить тезисы к беседе: %1</translation>
    </message>
    <message>
        <source>Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text.</source>
        <translation>Повторите попытку, оставьте Liaison открытым (текст останется на экране) или выйдите, потеряв несохранённый текст.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Оставить открытым</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Выйти без сохранения</translation>
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
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Only my institution&apos;s action items</source>
        <translation>Только поручения моего учреждения</translation>
    </message>
    <message>
        <source>Action items assigned to your home institution (File → Settings)</source>
        <translation>Поручения вашему учреждению (Файл → Настройки)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Мероприятия по месяцам</translation>
    </message>
    <message>
        <source>Events on the chosen day</source>
        <translation>Мероприятия выбранного дня</translation>
    </message>
    <message>
        <source>Events in the next four weeks</source>
        <translation>Мероприятия в ближайшие четыре недели</translation>
    </message>
    <message>
        <source>Bilateral meetings in the next four weeks</source>
        <translation>Двусторонние встречи в ближайшие четыре недели</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Просроченные поручения</translation>
    </message>
    <message>
        <source>Action items due in the next two weeks</source>
        <translation>Поручения со сроком в ближайшие две недели</translation>
    </message>
    <message>
        <source>Minutes awaiting agreement</source>
        <translation>Протоколы, ожидающие согласования</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Open the conflict inbox</source>
        <translation>Открыть список конфликтов</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on %1</source>
        <translation>Мероприятия %1</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>%n поручение просрочено: см. «Сегодня» (Ctrl+1).</numerusform>
            <numerusform>%n поручения просрочены: см. «Сегодня» (Ctrl+1).</numerusform>
            <numerusform>%n поручений просрочены: см. «Сегодня» (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>%n поручение просрочено</numerusform>
            <numerusform>%n поручения просрочены</numerusform>
            <numerusform>%n поручений просрочены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Remove the training record</source>
        <translation>Удалить учебную запись</translation>
    </message>
    <message>
        <source>Delete the training record and all the sample data in %1? Your own record is not touched.</source>
        <translation>Удалить учебную запись и все демонстрационные данные в %1? Ваша собственная запись не затрагивается.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training record</source>
        <translation>Учебная запись</translation>
    </message>
    <message>
        <source>sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.</source>
        <translation>демонстрационные данные, чтобы опробовать Liaison. Ничто отсюда не синхронизируется с Секретариатом.</translation>
    </message>
    <message>
        <source>Back to my record</source>
        <translation>Вернуться к своей записи</translation>
    </message>
    <message>
        <source>Remove the training record…</source>
        <translation>Удалить учебную запись…</translation>
    </message>
    <message>
        <source>Training record: never synced</source>
        <translation>Учебная запись: не синхронизируется</translation>
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
        <translation>Экспорт выбранных контактов…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Экспортировать показанные контакты…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Добро пожаловать в Liaison</translation>
    </message>
    <message>
        <source>Your record is empty. Say who you are: your name goes into the minutes&apos; log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced.</source>
        <translation>Ваша запись пуста. Укажите, кто вы: ваше имя попадает в журнал протоколов, а созданные вами записи принадлежат вашему учреждению. Это можно изменить позже в меню Файл → Настройки. Чтобы сначала осмотреться, откройте учебную запись: демонстрационные данные хранятся отдельно от вашей записи и никогда не синхронизируются.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>Your &amp;institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>pick one, or type its name</source>
        <translation>выберите или введите название</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Open the &amp;training record</source>
        <translation>Открыть &amp;учебную запись</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Пропустить</translation>
    </message>
</context>
</TS>
