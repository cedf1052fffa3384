<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>%n of %1 present</source>
        <translation>
            <numerusform>%n of %1 present</numerusform>
            <numerusform>%n of %1 present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record lacks %n thing(s); the PDF says which.</source>
        <translation>
            <numerusform>The record lacks %n thing; the PDF says which.</numerusform>
            <numerusform>The record lacks %n things; the PDF says which.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n paper could not be downloaded from the Secretariat; the annex lists it.</numerusform>
            <numerusform>%n papers could not be downloaded from the Secretariat; the annex lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled; the printer could not take back the %n page(s) already sent.</source>
        <translation>
            <numerusform>Printing cancelled; the printer could not take back the %n page already sent.</numerusform>
            <numerusform>Printing cancelled; the printer could not take back the %n pages already sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Also deleted %n record(s) it held; restore brings them back.</source>
        <translation>
            <numerusform>Also deleted %n record it held; restore brings it back.</numerusform>
            <numerusform>Also deleted %n records it held; restore brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not read for search yet: liaison reindex reads them.</source>
        <translation>
            <numerusform>%n attached file not read for search yet: liaison reindex reads them.</numerusform>
            <numerusform>%n attached files not read for search yet: liaison reindex reads them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) can be removed (run without --dry-run to remove them).</source>
        <translation>
            <numerusform>%n sample record can be removed (run without --dry-run to remove it).</numerusform>
            <numerusform>%n sample records can be removed (run without --dry-run to remove them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s) an older version had loaded into this record.</source>
        <translation>
            <numerusform>Removed %n sample record an older version had loaded into this record.</numerusform>
            <numerusform>Removed %n sample records an older version had loaded into this record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more sample record(s) kept with them (what they refer to, and their parts).</source>
        <translation>
            <numerusform>%n more sample record kept with them (what they refer to, and their parts).</numerusform>
            <numerusform>%n more sample records kept with them (what they refer to, and their parts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n record(s).</source>
        <translation>
            <numerusform>Rebuilt the search index: %n record.</numerusform>
            <numerusform>Rebuilt the search index: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n attached file(s) for search.</source>
        <translation>
            <numerusform>Read %n attached file for search.</numerusform>
            <numerusform>Read %n attached files for search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created: %n contact(s).</source>
        <translation>
            <numerusform>Created: %n contact.</numerusform>
            <numerusform>Created: %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n contact(s).</source>
        <translation>
            <numerusform>Updated: %n contact.</numerusform>
            <numerusform>Updated: %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n contact(s).</source>
        <translation>
            <numerusform>Unchanged: %n contact.</numerusform>
            <numerusform>Unchanged: %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s).</source>
        <translation>
            <numerusform>Skipped: %n invalid row.</numerusform>
            <numerusform>Skipped: %n invalid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the event: %n participant(s).</source>
        <translation>
            <numerusform>Added to the event: %n participant.</numerusform>
            <numerusform>Added to the event: %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n attached file(s).</source>
        <translation>
            <numerusform>Downloaded %n attached file.</numerusform>
            <numerusform>Downloaded %n attached files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</source>
        <translation>
            <numerusform>%n attached file left on the Secretariat (beyond the download budget, or not there yet): it downloads when opened.</numerusform>
            <numerusform>%n attached files left on the Secretariat (beyond the download budget, or not there yet): each downloads when opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) not sent: missing from this data folder or damaged on the way; the next sync tries again.</source>
        <translation>
            <numerusform>%n attached file not sent: missing from this data folder or damaged on the way; the next sync tries again.</numerusform>
            <numerusform>%n attached files not sent: missing from this data folder or damaged on the way; the next sync tries again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be downloaded from the Secretariat; the annex lists them.</source>
        <translation>
            <numerusform>%n paper could not be downloaded from the Secretariat; the annex lists it.</numerusform>
            <numerusform>%n papers could not be downloaded from the Secretariat; the annex lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactProfileView</name>
    <message numerus="yes">
        <source>(%1, %n overdue)</source>
        <translation>
            <numerusform>(%1, %n overdue)</numerusform>
            <numerusform>(%1, %n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n pair to review.</numerusform>
            <numerusform>%n pairs to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OldSampleOffer</name>
    <message numerus="yes">
        <source>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.</source>
        <translation>
            <numerusform>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record that you have not changed can be removed.</numerusform>
            <numerusform>An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample records that you have not changed can be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n record(s) you changed or that your own records refer to:</source>
        <translation>
            <numerusform>Kept: %n record you changed or that your own records refer to:</numerusform>
            <numerusform>Kept: %n records you changed or that your own records refer to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>Removed %n sample record.</numerusform>
            <numerusform>Removed %n sample records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n you changed or linked to.</source>
        <translation>
            <numerusform>Kept %n you changed or linked to.</numerusform>
            <numerusform>Kept %n you changed or linked to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n new conflict</numerusform>
            <numerusform>%n new conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server (kept in the conflicts)</source>
        <translation>
            <numerusform>%n refused by the server (kept in the conflicts)</numerusform>
            <numerusform>%n refused by the server (kept in the conflicts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>Syncing… %n record(s) received</source>
        <translation>
            <numerusform>Syncing… %n record received</numerusform>
            <numerusform>Syncing… %n records received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of private records kept on this computer: private records are never sent.</source>
        <translation>
            <numerusform>%n change of private records kept on this computer: private records are never sent.</numerusform>
            <numerusform>%n changes of private records kept on this computer: private records are never sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message numerus="yes">
        <source>%n action item(s) overdue: see Today (Ctrl+1).</source>
        <translation>
            <numerusform>%n action item overdue: see Today (Ctrl+1).</numerusform>
            <numerusform>%n action items overdue: see Today (Ctrl+1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) overdue</source>
        <translation>
            <numerusform>%n action item overdue</numerusform>
            <numerusform>%n action items overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
