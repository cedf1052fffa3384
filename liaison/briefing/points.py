"""The officer's talking points, kept per note between one briefing and the next.

Talking points are typed in the desktop's "Briefing pack…" dialog, one text per event or
bilateral meeting, and nothing typed may be lost when the dialog or the application closes. The
record has no field for them, and they are the officer's own preparation rather than a fact of
the meeting, so they are kept in the data folder's local settings (``talking_points:<kind>:<id>``),
not on the event: they travel with the folder, never sync (a colleague's laptop does not get
them), need no schema change, and an empty text removes its entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from liaison.briefing.request import Subject

if TYPE_CHECKING:
    from liaison.services.app import Liaison

PREFIX = "talking_points"


def points_key(subject: Subject) -> str:
    """The settings key of ``subject``'s talking points."""
    return f"{PREFIX}:{subject.kind}:{subject.id}"


def stored_talking_points(app: Liaison, subjects: Iterable[Subject]) -> dict[Subject, str]:
    """The talking points kept for ``subjects`` (those without any are left out)."""
    keys = {points_key(subject): subject for subject in subjects}
    found = app.settings.get_many(keys)
    return {keys[key]: str(text) for key, text in found.items() if str(text)}


def store_talking_points(app: Liaison, points: Mapping[Subject, str]) -> None:
    """Keep ``points`` (an empty text forgets the subject's), in one transaction."""
    app.settings.set_many({points_key(subject): text or None for subject, text in points.items()})
