"""``liaison brief``: a briefing note (one event or bilateral meeting) or pack (several) as a PDF.

Events and bilateral meetings are named by id or by title, as everywhere on the command line
(``--event "5th Meeting of the Ministers ..."``); notes come in the order given, events first.
The file is written whole or not at all: an unknown event, an unwritable path or a cancel
(Ctrl+C) leaves no PDF behind. With ``--attachments first-pages`` the chosen PDFs only on the
Secretariat are downloaded first, as the dialog does; those that cannot be are listed in the
annex as not downloaded, and a line says how many.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison import i18n
from liaison.briefing import (
    ALL_SECTIONS,
    BriefingRequest,
    Papers,
    Section,
    Subject,
    fetch_papers,
    paper_candidates,
    write_briefing,
)
from liaison.briefing.gather import counterpart_candidates
from liaison.briefing.make import Briefing
from liaison.cli.entity_commands import Subcommands
from liaison.cli.output import Cli, CliError, error_lines, out, print_json, tr
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.app import Liaison
from liaison.services.fields import Field
from liaison.sync import files
from liaison.sync import state as sync_state

SECTION_NAMES = [section.value for section in Section]

EVENT = Field("event", QT_TRANSLATE_NOOP("Fields", "Event"))
BILATERAL = Field("bilateral", QT_TRANSLATE_NOOP("Fields", "Bilateral meeting"))
COUNTERPART = Field("counterpart", QT_TRANSLATE_NOOP("Fields", "Counterpart"))

TOO_MANY_POINTS = QT_TRANSLATE_NOOP(
    "Cli",
    "{files} talking-points files for {notes} notes: give at most one per note, in the order of the notes.",
)
CANNOT_READ = QT_TRANSLATE_NOOP("Cli", "Cannot read {path}: {reason}")
NOT_A_COUNTERPART = QT_TRANSLATE_NOOP(
    "Cli", "Counterpart: {name} takes part in none of these meetings, so the notes would not profile them."
)
WROTE = QT_TRANSLATE_NOOP("Cli", "Wrote {path} ({pages} pages).")
DRAFT = QT_TRANSLATE_NOOP("Cli", "DRAFT: it uses minutes that are not agreed yet.")
LACKS = QT_TRANSLATE_NOOP("Cli", "{title}: the record lacks {gaps}.")


def sections(text: str) -> list[str]:
    """``agenda,counterparts`` or ``agenda``: section names, checked."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in SECTION_NAMES and name != "all"]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown section {', '.join(unknown) or repr(text)} (sections: {', '.join(SECTION_NAMES)}, all)"
        )
    return names


def _read_points(path_text: str) -> str:
    path = Path(path_text).expanduser()
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise CliError(CANNOT_READ, path=str(path), reason=reason or error) from error


def _request(app: Liaison, args: argparse.Namespace) -> BriefingRequest:
    subjects = [Subject("event", app.events.resolve(text, field=EVENT)) for text in args.event]
    subjects += [
        Subject("bilateral", app.bilaterals.resolve(text, field=BILATERAL)) for text in args.bilateral
    ]
    subjects = list(dict.fromkeys(subjects))
    points_files = args.talking_points or []
    if len(points_files) > len(subjects):
        raise CliError(TOO_MANY_POINTS, files=len(points_files), notes=len(subjects))
    talking_points = {
        subject: _read_points(path) for subject, path in zip(subjects, points_files, strict=False)
    }
    chosen = None
    if args.counterpart:
        chosen = frozenset(app.contacts.resolve(text, field=COUNTERPART) for text in args.counterpart)
        taking_part = {candidate.contact_id for candidate in counterpart_candidates(app, subjects)}
        for contact_id in sorted(chosen - taking_part):
            name = app.contacts.spec.title(app.contacts.get(contact_id))
            raise CliError(NOT_A_COUNTERPART, name=name)
    # --sections a b,c --sections d: a list (per option) of lists (per word) of names
    names = [name for option in args.sections or [] for word in option for name in word]
    wanted = ALL_SECTIONS if not names or "all" in names else frozenset(Section(name) for name in names)
    return BriefingRequest(
        subjects=tuple(subjects),
        sections=wanted,
        marking=args.marking or "",
        language=args.pdf_language or i18n.current_language(),
        talking_points=talking_points,
        counterparts=chosen,
        title=args.title or "",
        papers=Papers(args.attachments or ("list" if args.attachment else "none")),
        attachment_ids=frozenset(_attachment_id(app, text) for text in args.attachment) or None,
        first_pages=args.first_pages,
    )


def _attachment_id(app: Liaison, text: str) -> str:
    """An attachment given by id (the ids ``liaison attachments KIND ID`` lists)."""
    return str(app.attachments.get(text.strip())["id"])  # a NotFoundError names it otherwise


def _download_papers(app: Liaison, request: BriefingRequest) -> int:
    """As the dialog does: with first pages, the chosen PDFs only on the Secretariat are
    downloaded first (with the data folder's saved sign-in); how many could not be (the annex
    lists them as not downloaded)."""
    if request.papers != Papers.FIRST_PAGES:
        return 0
    chosen = request.attachment_ids
    wanted = [
        paper.id
        for paper in paper_candidates(app, request.subjects)
        if paper.path is None
        and paper.kind == "PDF"
        and (chosen is None or paper.id in chosen)
        and paper.id not in request.excluded_attachments
    ]
    if wanted and app.attachments.downloader is None and sync_state.connection(app) is not None:
        app.attachments.downloader = files.downloader(app)
    return len(fetch_papers(app, wanted)) if wanted else 0


def _brief(app: Liaison, args: argparse.Namespace) -> int:
    request = _request(app, args)
    not_downloaded = _download_papers(app, request)
    briefing = write_briefing(app, request, args.output)
    for problem in briefing.damaged:  # set aside and left out of the pack: said, never hidden
        error_lines(problem.message())
    if args.json:
        print_json(
            {
                **_as_json(briefing),
                "papers_not_downloaded": not_downloaded,
                "damaged": [str(problem.params.get("name", "")) for problem in briefing.damaged],
            }
        )
        return 0
    out(tr(WROTE).format(path=briefing.path, pages=briefing.pages))
    if not_downloaded:
        out(
            Cli.tr(
                "%n paper(s) could not be downloaded from the Secretariat; the annex lists them.",
                None,
                not_downloaded,
            )
        )
    if briefing.draft:
        out(tr(DRAFT))
    for title, gaps in briefing.gaps:
        if gaps:
            out(tr(LACKS).format(title=title, gaps="; ".join(gaps)))
    return 0


def _as_json(briefing: Briefing) -> dict[str, object]:
    return {
        "path": str(briefing.path),
        "pages": briefing.pages,
        "notes": list(briefing.titles),
        "draft": briefing.draft,
        "gaps": {title: list(gaps) for title, gaps in briefing.gaps},
    }


def add_brief_command(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    brief = commands.add_parser(
        "brief",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "write a briefing note or pack (PDF) for events and bilateral meetings")
        ),
        description=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Write a briefing note (one event or bilateral meeting) or a briefing pack (several, with a table of contents) as a PDF, written whole or not at all.",  # noqa: E501 - one literal for Qt Linguist
            )
        ),
    )
    brief.add_argument(
        "--event",
        action="append",
        default=[],
        metavar="ID|NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "an event to brief on (repeatable)")),
    )
    brief.add_argument(
        "--bilateral",
        action="append",
        default=[],
        metavar="ID|NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "a bilateral meeting to brief on (repeatable)")),
    )
    brief.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the PDF to write")),
    )
    brief.add_argument(
        "--sections",
        nargs="+",
        type=sections,
        action="append",
        metavar="SECTION",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "only these sections (the cover is always there): {sections}; default all"
            )
        ).replace("{sections}", ", ".join(SECTION_NAMES)),
    )
    brief.add_argument(
        "--attachments",
        choices=[mode.value for mode in Papers],
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "the papers attached to the notes' records: list them in an annex (list), or list them and append the first pages of each PDF (first-pages); default none",  # noqa: E501 - one literal for Qt Linguist
            )
        ),
    )
    brief.add_argument(
        "--attachment",
        action="append",
        default=[],
        metavar="ATTACHMENT_ID",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "only this attached paper (repeatable; implies --attachments list)")
        ),
    )
    brief.add_argument(
        "--first-pages",
        type=int,
        default=1,
        metavar="N",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "with --attachments first-pages: how many pages of each PDF (1 to 10)")
        ),
    )
    brief.add_argument(
        "--marking",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("Cli", "classification marking on every page, e.g. {example}")).replace(
            "{example}", "RESTRICTED"
        ),
    )
    brief.add_argument(
        "--language",
        dest="pdf_language",  # not the global --language (the messages'), which it would overwrite
        default=None,
        metavar="xx",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "language of dates and place names (default: the language Liaison speaks)"
            )
        ),
    )
    brief.add_argument(
        "--counterpart",
        action="append",
        metavar="ID|NAME",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "profile only these counterparts (repeatable; default: everyone taking part)"
            )
        ),
    )
    brief.add_argument(
        "--talking-points",
        action="append",
        metavar="FILE",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "a text file of talking points, one per note in the order of the notes (repeatable)"
            )
        ),
    )
    brief.add_argument(
        "--title",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("Cli", "title of a pack (default: where the trip goes)")),
    )
    brief.set_defaults(handler=_brief)
