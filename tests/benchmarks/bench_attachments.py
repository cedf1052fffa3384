"""Attached files' bytes benchmark: upload and download of a file through the sync, each a ratio
against a raw HTTPS transfer of the same bytes on loopback measured in the same run.

A measurement, not a timed test (see ``README.md`` here): nothing fails when a target is missed.

    python -m tests.benchmarks.bench_attachments                  # a 50 MB file, 3 rounds
    python -m tests.benchmarks.bench_attachments --mb 10 --rounds 5 --json files.json

In a fresh folder, the Secretariat's reference server runs as its own process (``liaison-secretariat
serve``, SQLite, ``--files-dir``, a trustme certificate on 127.0.0.1). Each round:

1. **Upload**: laptop A (this process) attaches a new file of ``--mb`` MB of random bytes to a
   new contact (not timed); then the sync's own upload (``liaison.sync.files.Files.upload``, on
   the sync client's open connection: the status, then the file streamed from the store in one
   request, the server hashing, fsync'ing and renaming on completion) is timed, and then A's
   sync (the push of the two records; reported, no target).
2. **Download**: laptop B (this process, same institution) syncs with a download budget of 0
   (the pull of the two records; reported), then the sync's own download
   (``Files.download``: streamed into the store's temporary file, hashed, fsync'd, renamed) is
   timed.
3. **Floors**, on the same bytes, to a static ASGI app under uvicorn with the same certificate
   (its own process): an httpx ``PUT`` streaming the file (the app reads and drops the body),
   and an httpx ``GET`` of the file (the app streams it from the disk in 1 MiB reads; the client
   reads and drops it). One request each, one connection: what moving the bytes costs.

Before each timed part the disk is synced (``os.sync``), so that what the setup wrote (the
file, its copy for the floor) is not flushed inside another part's ``fsync``.

Memory: a thread samples this process's resident set (``/proc/self/statm``) every 2 ms; the
figure is the peak during the sync minus the resident set when it began. Streamed code grows by
a few chunks (target < 20 MB); reading the file whole would grow by its size.

The ratios printed are medians over the rounds (target: ≤ 1.5x each).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from liaison.protocol.constants import STATUS_PATH
from liaison.services.app import Liaison
from liaison.sync import SyncClient, TokenStore, state
from liaison.sync.files import Files
from tests.benchmarks.bench_sync import (
    PASSWORD,
    Certificates,
    _free_port,
    _laptop,
    _MemoryBackend,
    _process,
    _secretariat,
)

TARGET_RATIO = 1.5
TARGET_RSS_MB = 20.0
READ = 1 << 20


# -- the floor's server -------------------------------------------------------------------------------
async def floor_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """``PUT``: read the body and drop it; ``GET``: stream ``$BENCH_FLOOR_FILE``."""
    if scope["type"] != "http":
        return
    if scope["method"] == "PUT":
        more = True
        while more:
            message = await receive()
            more = message.get("more_body", False) and message["type"] == "http.request"
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"{}"})
        return
    path = Path(os.environ["BENCH_FLOOR_FILE"])
    size = path.stat().st_size
    headers = [(b"content-type", b"application/octet-stream"), (b"content-length", str(size).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    with path.open("rb") as source:
        while chunk := source.read(READ):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


# -- measuring ------------------------------------------------------------------------------------------
def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@contextmanager
def peak_rss_growth() -> Iterator[dict[str, float]]:
    """``figures["mb"]``: the peak resident set during the block minus the one at its start."""
    figures: dict[str, float] = {}
    start = _rss()
    peak = start
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss())
            time.sleep(0.002)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield figures
    finally:
        done.set()
        sampler.join()
        peak = max(peak, _rss())
        figures["mb"] = (peak - start) / (1024 * 1024)


def make_file(path: Path, megabytes: float) -> Path:
    size = int(megabytes * 1024 * 1024)
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        written = 9
        while written < size:
            chunk = os.urandom(min(READ, size - written))
            out.write(chunk)
            written += len(chunk)
    return path


def _floor_upload(url: str, certs: Certificates, path: Path) -> float:
    def chunks() -> Iterator[bytes]:
        with path.open("rb") as source:
            while chunk := source.read(READ):
                yield chunk

    with httpx.Client(base_url=url, verify=certs.context(), timeout=120) as http:
        http.put("/warm", content=b"")  # the connection is open, as the sync's is
        start = time.perf_counter()
        http.put("/upload", content=chunks(), headers={"Content-Length": str(path.stat().st_size)})
        return time.perf_counter() - start


def _floor_download(url: str, certs: Certificates) -> float:
    with httpx.Client(base_url=url, verify=certs.context(), timeout=120) as http:
        http.put("/warm", content=b"")
        start = time.perf_counter()
        with http.stream("GET", "/file") as answer:
            for _piece in answer.iter_raw():  # the pieces as they come, not re-cut into megabytes
                pass
        return time.perf_counter() - start


def _files(app: Liaison, client: SyncClient) -> Files:
    """The sync's own file transfer, on the client's kept connection and token, that connection
    open (one small request first, as the floors' ``/warm``: the server closes a connection idle
    for 5 s, and the setup of a round takes longer; a new TLS handshake cost 30-60 ms here)."""
    connection = state.connection(app)
    assert connection is not None
    token = client._device_token(connection)
    assert token is not None
    files = Files(app, client._kept_transport(connection.server_url, connection.ca_file, None), token)
    files.transport.call("GET", STATUS_PATH, token=token)
    return files


def run(megabytes: float, rounds: int, workdir: Path) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="attachments-", dir=workdir))
    try:
        return _run(folder, megabytes, rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path, megabytes: float, rounds: int) -> dict[str, Any]:
    certs = Certificates(folder)
    db = f"sqlite:///{folder / 'secretariat.sqlite3'}"
    _secretariat("init", db=db)
    _secretariat("add-institution", "Otandastar Qory", "--state", "KZ", db=db)
    for user in ("aigerim", "nurlan"):
        _secretariat(
            "add-user", user, "--institution", "Otandastar Qory", "--password-stdin", stdin=PASSWORD, db=db
        )
    port, floor_port = _free_port(), _free_port()
    url, floor_url = f"https://127.0.0.1:{port}", f"https://127.0.0.1:{floor_port}"
    serve = [
        sys.executable, "-c", "from liaison.secretariat.cli import main; raise SystemExit(main())",
        "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port),
        "--cert", str(certs.cert_file), "--key", str(certs.key_file), "--files-dir", str(folder / "files"),
    ]  # fmt: skip
    floor_file = folder / "floor.bin"
    floor = [
        sys.executable, "-m", "uvicorn", "tests.benchmarks.bench_attachments:floor_app",
        "--host", "127.0.0.1",
        "--port", str(floor_port), "--ssl-certfile", str(certs.cert_file),
        "--ssl-keyfile", str(certs.key_file), "--log-level", "critical", "--no-access-log",
        "--lifespan", "off",
    ]  # fmt: skip
    tokens = TokenStore(_MemoryBackend())
    rows: list[dict[str, float]] = []
    with (
        _process(serve, port, "the Secretariat server"),
        _process(floor, floor_port, "the floor server", env={"BENCH_FLOOR_FILE": str(floor_file)}),
    ):
        sender, sender_client = _laptop(folder / "aigerim", url, "aigerim", certs, tokens)
        receiver, receiver_client = _laptop(folder / "nurlan", url, "nurlan", certs, tokens)
        try:
            sender_client.sync()
            receiver_client.sync()  # both connections open, the institution made
            for number in range(rounds):
                source = make_file(folder / f"paper-{number}.pdf", megabytes)
                contact = sender.contacts.create({"name": f"Delegate {number}", "visibility": "institution"})
                record = sender.attachments.attach("contact", contact["id"], source).record
                shutil.copyfile(source, floor_file)
                source.unlink()
                os.sync()  # the setup's writes (the file, its copy for the floor) are not charged below
                uploader = _files(sender, sender_client)
                with peak_rss_growth() as up_rss:
                    start = time.perf_counter()
                    assert uploader.upload(record["sha256"], record["name"])
                    upload_s = time.perf_counter() - start
                start = time.perf_counter()
                sent = sender_client.sync()
                push_s = time.perf_counter() - start
                receiver.settings.set("sync.download_budget_mb", 0)  # the pull alone, then the bytes
                start = time.perf_counter()
                received = receiver_client.sync()
                pull_s = time.perf_counter() - start
                assert sent.pending == 0 and received.files_waiting == 1, (sent, received)
                os.sync()
                downloader = _files(receiver, receiver_client)
                with peak_rss_growth() as down_rss:
                    start = time.perf_counter()
                    downloader.download(record)
                    download_s = time.perf_counter() - start
                assert receiver.attachments.is_local(record)
                os.sync()
                floor_up = _floor_upload(floor_url, certs, floor_file)
                floor_down = _floor_download(floor_url, certs)
                rows.append(
                    {
                        "upload_s": upload_s,
                        "download_s": download_s,
                        "push_s": push_s,
                        "pull_s": pull_s,
                        "floor_upload_s": floor_up,
                        "floor_download_s": floor_down,
                        "upload_ratio": upload_s / floor_up,
                        "download_ratio": download_s / floor_down,
                        "upload_rss_mb": up_rss["mb"],
                        "download_rss_mb": down_rss["mb"],
                    }
                )
        finally:
            sender_client.close()
            receiver_client.close()
            sender.close()
            receiver.close()
    return {
        "megabytes": megabytes,
        "rounds": rows,
        "upload_ratio": statistics.median(r["upload_ratio"] for r in rows),
        "download_ratio": statistics.median(r["download_ratio"] for r in rows),
        "upload_s": statistics.median(r["upload_s"] for r in rows),
        "download_s": statistics.median(r["download_s"] for r in rows),
        "push_s": statistics.median(r["push_s"] for r in rows),
        "pull_s": statistics.median(r["pull_s"] for r in rows),
        "floor_upload_s": statistics.median(r["floor_upload_s"] for r in rows),
        "floor_download_s": statistics.median(r["floor_download_s"] for r in rows),
        "upload_rss_mb": max(r["upload_rss_mb"] for r in rows),
        "download_rss_mb": max(r["download_rss_mb"] for r in rows),
    }


def format_report(result: dict[str, Any]) -> str:
    def mark(value: float, target: float) -> str:
        return " !" if value > target else ""

    mb = result["megabytes"]
    lines = [
        f"Attached files benchmark: a {mb:g} MB file, {len(result['rounds'])} round(s); ratios against a raw "
        "HTTPS transfer of the same bytes measured in the same run (medians)",
        "",
        f"upload   (status, 1 request; server hashes, fsyncs, renames)   {result['upload_s']:.3f} s   "
        f"floor {result['floor_upload_s']:.3f} s   ratio {result['upload_ratio']:.2f}x"
        f"{mark(result['upload_ratio'], TARGET_RATIO)}   peak RSS growth {result['upload_rss_mb']:.1f} MB"
        f"{mark(result['upload_rss_mb'], TARGET_RSS_MB)}",
        f"download (streamed, hashed, fsync'd, renamed into the store)   {result['download_s']:.3f} s   "
        f"floor {result['floor_download_s']:.3f} s   ratio {result['download_ratio']:.2f}x"
        f"{mark(result['download_ratio'], TARGET_RATIO)}   peak RSS growth {result['download_rss_mb']:.1f} MB"
        f"{mark(result['download_rss_mb'], TARGET_RSS_MB)}",
        f"the metadata around them: the sender's sync (push) {result['push_s']:.3f} s, the receiver's "
        f"(pull) {result['pull_s']:.3f} s",
        "",
        f"targets: ratio <= {TARGET_RATIO}x, peak RSS growth < {TARGET_RSS_MB:g} MB ('!' marks a miss)",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=50.0, help="size of the file in MB (default 50)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--workdir", type=Path, default=None, help="where the folders go")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to FILE")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.gettempdir())
    workdir.mkdir(parents=True, exist_ok=True)
    result = run(args.mb, max(1, args.rounds), workdir)
    print(format_report(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
