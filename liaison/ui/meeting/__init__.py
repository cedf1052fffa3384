"""Meeting mode: drafting the minutes while the meeting runs, keyboard first, saved as you type.

The officer walks the agenda in order (Alt+Down / Alt+Up, or Ctrl+PgDown / Ctrl+PgUp), writes
Notes and Decisions for the current item and the minutes' general summary, checks delegates in,
and adds the follow-up as it is agreed: an action item (Ctrl+Shift+A) or a bilateral meeting on
the margins (Ctrl+Shift+B). There is no Save button: every edit is saved within a second through
the database worker (see :mod:`liaison.ui.autosave`), and nothing typed is dropped when a save
fails: the text stays on screen, the failure shows, and the save is tried again.

The event's draft minutes are created by the first edit, not before (opening meeting mode on an
event by mistake writes nothing); each agenda item's ``minutes_entries`` row is created by the
first character typed for it. Agreed minutes open read-only, with "Reopen…" (asks why; logged).

The parts, each a widget that can be built and tested on its own:

- :mod:`.agenda` — the agenda, the current item's notes and decisions, the summary (and the
  autosaver that stores them through :mod:`.draft`'s writer; :mod:`.text_merge` merges what
  others wrote into the same minutes into the text on screen);
- :mod:`.minutes_workflow` — the header: the event, the minutes' status, the save indicator
  (:mod:`.save_status`), Agree and Reopen (:mod:`.reason_dialog` asks why);
- :mod:`.attendance` — who is present, and checking in anyone else;
- :mod:`.follow_up` — action items and bilaterals on the margins (:mod:`.action_dialog`,
  :mod:`.bilateral_dialog`, both on :mod:`.form_dialog`);
- :mod:`.window` — :class:`MeetingMode`, which composes them and owns the keys and closing.
"""

from liaison.ui.meeting.common import shortcut_text
from liaison.ui.meeting.window import MeetingMode

__all__ = ["MeetingMode", "shortcut_text"]
