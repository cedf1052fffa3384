"""Indexing the text of a long attached PDF, against a floor measured in the same run.

    python -m tests.benchmarks.bench_attachments_text                  # a 300-page PDF, 3 runs
    python -m tests.benchmarks.bench_attachments_text --pages 100 --repetitions 5 --json text.json

A PDF of ``--pages`` pages (reportlab, DejaVu Sans: about 45 lines of Turkic, Cyrillic and English
prose a page, one rare word, "Qazaləm", on the page three quarters in) is made once. Then,
alternating which goes first, ``--repetitions`` times each:

- **ours**: ``Liaison.attachments.attach("plan", ...)`` of that file to a plan in a fresh data
  folder, run on a worker thread as the window runs it (the database worker): the bytes are
  stored, the text read (:mod:`liaison.services.file_text`), the row, its outbox entry, the text
  and its search document (the Turkic-aware key over every word) written in one transaction;
  afterwards ``search("Qazalem")`` must find the plan, naming the attachment;
- **floor**: pypdf's bare ``extract_text()`` over every page of the same file (what reading
  the text costs at the least, with the library we use).

Meanwhile the main thread (standing in for the GUI thread) ticks every 5 ms and records its
longest wait between two ticks: the worker never blocks it for longer than Python's thread
switch interval lets a pure-Python reader hold the interpreter.

Printed: pages and characters read, medians of ours and the floor, their ratio, ours split into
the reading of the text and the rest, and the longest main-thread gap. A measurement, not a
timed test: nothing fails when a figure is high (see README.md).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from liaison.briefing.fonts import SANS, register_fonts
from liaison.services import file_text
from liaison.services.app import Liaison

LINES = (
    "The Diaspora Joint Activity Plan of the OTS for the year 2024 was adopted in Bishkek.",
    "Türkiye, Azərbaycan, Қазақстан, Кыргызстан and Oʻzbekiston send delegations to the forum.",
    "Ишыклы Али Мамедович, министр, выступил с докладом о работе с соотечественниками.",
    "Diaspora merkezleri, gençlik kampları ve kültür günleri planlandı; İstanbul'da toplantı.",
    "Отандастар қоры мен Кыргыз Республикасынын министрлиги бірлескен жоспарды қабылдады.",
)
RARE = "The new diaspora centre in Qazaləm opens in March."
TICK = 0.005


def make_pdf(path: Path, pages: int) -> int:
    """Write a ``pages``-page PDF to ``path``; the number of characters drawn."""
    register_fonts()
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    drawn = 0
    rare_page = max(0, pages * 3 // 4)
    for page in range(pages):
        sheet.setFont(SANS, 8)
        for line in range(45):
            text = RARE if page == rare_page and line == 20 else f"{page}.{line} {LINES[(page + line) % 5]}"
            sheet.drawString(40, 800 - line * 17, text)
            drawn += len(text)
        sheet.showPage()
    sheet.save()
    path.write_bytes(buffer.getvalue())
    return drawn


def floor_once(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    reader = PdfReader(path)
    chars = sum(len(page.extract_text() or "") for page in reader.pages)
    return time.perf_counter() - start, chars


def ours_once(path: Path, workdir: Path) -> dict[str, float]:
    """Attach ``path`` to a plan in a fresh data folder on a worker thread; the times."""
    folder = Path(tempfile.mkdtemp(prefix="attach-", dir=workdir))
    with Liaison.open(folder) as app:
        plan = app.plans.create({"title": "Diaspora Joint Activity Plan 2024", "year": 2024})
        reading: list[float] = []
        real = file_text.extract_text

        def timed(*args: Any, **kwargs: Any) -> file_text.Extracted:
            begin = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                reading.append(time.perf_counter() - begin)

        failure: list[BaseException] = []

        def work() -> None:
            try:
                app.attachments.attach("plan", plan["id"], path)
            except BaseException as error:  # reported on the main thread
                failure.append(error)

        file_text.extract_text = timed  # type: ignore[assignment]
        try:
            worker = threading.Thread(target=work, name="database worker")
            gap = 0.0
            start = time.perf_counter()
            worker.start()
            last = time.perf_counter()
            while worker.is_alive():
                time.sleep(TICK)
                now = time.perf_counter()
                gap = max(gap, now - last)
                last = now
            worker.join()
            total = time.perf_counter() - start
        finally:
            file_text.extract_text = real  # type: ignore[assignment]
        if failure:
            raise failure[0]
        hits = [hit for hit in app.search("Qazalem") if hit.attachment]
        if [hit.id for hit in hits] != [plan["id"]]:
            raise AssertionError(f"the plan was not found by the word in its PDF: {hits}")
    return {"total": total, "reading": sum(reading), "gap": gap}


def _median_ms(values: Sequence[float]) -> float:
    return statistics.median(values) * 1000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        pdf = workdir / f"plan-{args.pages}-pages.pdf"
        drawn = make_pdf(pdf, args.pages)
        floors: list[float] = []
        runs: list[dict[str, float]] = []
        chars = 0
        for repetition in range(args.repetitions):
            order = ("ours", "floor") if repetition % 2 == 0 else ("floor", "ours")
            for side in order:
                if side == "floor":
                    seconds, chars = floor_once(pdf)
                    floors.append(seconds)
                else:
                    runs.append(ours_once(pdf, workdir))
    figures = {
        "pages": args.pages,
        "bytes": pdf.stat().st_size if pdf.exists() else 0,
        "characters_drawn": drawn,
        "characters_read": chars,
        "floor_ms": _median_ms(floors),
        "ours_ms": _median_ms([r["total"] for r in runs]),
        "reading_ms": _median_ms([r["reading"] for r in runs]),
        "rest_ms": _median_ms([r["total"] - r["reading"] for r in runs]),
        "max_main_thread_gap_ms": max(r["gap"] for r in runs) * 1000,
        "repetitions": args.repetitions,
    }
    figures["ratio"] = figures["ours_ms"] / figures["floor_ms"] if figures["floor_ms"] else 0.0
    print(
        f"Attaching and indexing a {args.pages}-page PDF ({chars} characters of text) on a worker thread:\n"
        f"  ours (attach: store, read the text, index, commit)  {figures['ours_ms']:9.0f} ms median\n"
        f"    of which reading the text and folding its key     {figures['reading_ms']:9.0f} ms\n"
        f"    the rest (bytes, row, search document, commit)     {figures['rest_ms']:9.0f} ms\n"
        f"  floor (pypdf extract_text, every page)              {figures['floor_ms']:9.0f} ms median\n"
        f"  ratio ours / floor                                  {figures['ratio']:9.2f}x\n"
        f"  longest wait of the main thread between 5 ms ticks  {figures['max_main_thread_gap_ms']:9.1f} ms"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
