"""Meeting mode lives in the package :mod:`liaison.ui.meeting`; this name stays importable for
code and tests written before it was split into its panels."""

from liaison.ui.meeting import MeetingMode, shortcut_text

__all__ = ["MeetingMode", "shortcut_text"]
