"""The transport on real sockets: certificates refused for the wrong CA or host name, plain
http only to this computer, retries with backoff and jitter (waits injected, so nothing sleeps),
the protocol headers, gzip, and each failure as the error the officer is shown."""

from __future__ import annotations

import gzip
import json
import ssl
import sys
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

from liaison.protocol import PROTOCOL_HEADER, PUSH_PATH, SCHEMA_HEADER, STATUS_PATH
from liaison.protocol import constants as protocol_constants
from liaison.store.migrate import HEAD_REVISION
from liaison.sync import (
    BadServerAddressError,
    CaFileError,
    CertificateError,
    ClientTooOldError,
    InsecureServerError,
    LoginRequiredError,
    OfflineError,
    RetryPolicy,
    ServerError,
    ServerRefusedError,
    SyncCancelledError,
)
from liaison.sync import transport as transport_module
from liaison.sync.transport import Transport, check_url
from tests.secretariat.server import RunningServer, database_url, running_server


def test_addresses() -> None:
    assert check_url("https://sync.example.org/") == "https://sync.example.org"
    assert check_url("https://sync.example.org:8443/liaison") == "https://sync.example.org:8443/liaison"
    for loopback in ("http://127.0.0.1:8000", "http://127.8.9.10", "http://localhost:1", "http://[::1]:9"):
        assert check_url(loopback) == loopback
    for insecure in ("http://sync.example.org", "http://10.0.0.5:8000", "http://[2001:db8::1]/"):
        with pytest.raises(InsecureServerError):
            check_url(insecure)
    for bad in (
        "sync.example.org",
        "ftp://sync.example.org",
        "https://",
        "https://host:port",
        "https://h/?q=1",
    ):
        with pytest.raises(BadServerAddressError):
            check_url(bad)


def test_a_missing_or_broken_ca_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CaFileError, match="no such file"):
        Transport("https://127.0.0.1:1", ca_file=str(tmp_path / "missing.pem"))
    broken = tmp_path / "broken.pem"
    broken.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    with pytest.raises(CaFileError, match=r"broken\.pem"):
        Transport("https://127.0.0.1:1", ca_file=str(broken))


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="truststore asks the system there")
def test_on_linux_the_system_roots_are_loaded_once_with_the_ca_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The context holds the roots OpenSSL's defaults name (SSL_CERT_FILE honoured), and the CA
    file beside them: not loaded again at each handshake, as truststore does on Linux."""
    own = trustme.CA()
    own.cert_pem.write_to_path(str(tmp_path / "own.pem"))
    roots = tmp_path / "roots.pem"
    roots.write_bytes(b"".join(trustme.CA().cert_pem.bytes() for _ in range(3)))
    monkeypatch.setenv("SSL_CERT_FILE", str(roots))
    context = transport_module.ssl_context(str(tmp_path / "own.pem"))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] == 3 + 1

    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "none.pem"))  # OpenSSL's paths hold nothing:
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "nowhere"))  # the distributions' bundles
    monkeypatch.setattr(transport_module, "_CA_BUNDLES", (str(tmp_path / "gone.pem"), str(roots)))
    assert transport_module.ssl_context(None).cert_store_stats()["x509_ca"] == 3


@pytest.fixture
def secretariat(tmp_path: Path) -> Iterator[RunningServer]:
    with database_url("sqlite", tmp_path) as url, running_server(url, tmp_path) as running:
        yield running


def test_the_right_ca_is_trusted_and_headers_and_gzip_travel(secretariat: RunningServer) -> None:
    seen: list[httpx.Request] = []
    secretariat.admin.add_institution("Otandastar", "KZ")
    secretariat.admin.add_user("aigerim", "Otandastar")
    notes = "Минутные заметки. " * 200
    change = {
        "change_id": str(uuid.uuid4()),
        "entity": "contacts",
        "record_id": str(uuid.uuid4()),
        "op": "create",
        "base_rev": 0,
        "fields": {"name": "Айгерім", "notes": notes},
        "visibility": "shared",
        "owner_institution_id": None,
    }
    with Transport(secretariat.url, ca_file=str(secretariat.ca_file), on_request=seen.append) as transport:
        login = transport.call(
            "POST",
            "/v1/login",
            body={"username": "aigerim", "password": "correct horse battery", "device_name": "laptop"},
            login=True,
        )
        pushed = transport.call("POST", PUSH_PATH, body={"changes": [change]}, token=login["token"])
    assert (
        pushed["results"][0]["status"] == "applied"
        and pushed["results"][0]["record"]["fields"]["notes"] == notes
    )
    assert transport.requests == 2
    first, second = seen
    assert first.headers[PROTOCOL_HEADER] == "1" and first.headers[SCHEMA_HEADER] == HEAD_REVISION
    assert "content-encoding" not in first.headers  # short: sent as it is
    assert second.headers["content-encoding"] == "gzip" and second.headers["authorization"].startswith(
        "Bearer "
    )
    assert json.loads(gzip.decompress(second.content))["changes"][0]["fields"]["notes"] == notes
    assert len(second.content) < len(notes.encode()) / 5


def test_an_unknown_ca_is_refused_and_never_retried(secretariat: RunningServer, tmp_path: Path) -> None:
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    for ca_file in (None, str(other)):  # the system store, then another CA
        waits: list[float] = []
        with (
            Transport(secretariat.url, ca_file=ca_file, sleep=waits.append) as transport,
            pytest.raises(CertificateError) as caught,
        ):
            transport.call("GET", STATUS_PATH)
        assert transport.requests == 1 and waits == []
        assert "did not prove" in caught.value.message()


def test_a_certificate_for_another_host_name_is_refused(tmp_path: Path) -> None:
    with (
        database_url("sqlite", tmp_path) as url,
        running_server(url, tmp_path, hostnames=("sync.example.org",)) as srv,
        Transport(srv.url, ca_file=str(srv.ca_file)) as transport,
        pytest.raises(CertificateError) as caught,
    ):
        transport.call("GET", STATUS_PATH)
    assert "127.0.0.1" in caught.value.message() or "mismatch" in caught.value.message().lower()


def test_an_old_protocol_is_told_to_update(
    secretariat: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(protocol_constants, "PROTOCOL_VERSION", 0)
    with (
        Transport(secretariat.url, ca_file=str(secretariat.ca_file)) as transport,
        pytest.raises(ClientTooOldError) as caught,
    ):
        transport.call("GET", STATUS_PATH)
    assert "please update Liaison" in caught.value.message()


def test_a_revoked_or_unknown_token_asks_to_log_in_again(secretariat: RunningServer) -> None:
    with (
        Transport(secretariat.url, ca_file=str(secretariat.ca_file)) as transport,
        pytest.raises(LoginRequiredError),
    ):
        transport.call("GET", STATUS_PATH, token="not-a-token")


# -- a scripted plain-http server on loopback, for failures the real server does not make ------
class Script:
    def __init__(self, answers: list[tuple[int, Any]]) -> None:
        self.answers = answers
        self.headers: dict[str, str] = {}
        self.hits = 0
        self.lock = threading.Lock()

    def next(self) -> tuple[int, Any]:
        with self.lock:
            self.hits += 1
            return self.answers.pop(0) if self.answers else (200, {"ok": True})


@pytest.fixture
def scripted() -> Iterator[tuple[str, Script]]:
    script = Script([])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = script.next()
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in script.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()


def test_busy_gateways_are_retried_with_growing_jittered_waits(scripted: tuple[str, Script]) -> None:
    url, script = scripted
    script.answers[:] = [
        (503, {"error": "unavailable", "message": "busy"}),
        (502, b"<html>proxy</html>"),
        (200, {"v": 1}),
    ]
    waits: list[float] = []
    with Transport(
        url, retry=RetryPolicy(attempts=4, base=0.5, cap=8), sleep=waits.append, random=lambda: 0.5
    ) as t:
        assert t.call("GET", "/v1/x") == {"v": 1}
    assert waits == [0.25, 0.5] and script.hits == 3


def test_a_busy_server_is_waited_for_as_long_as_it_asks(scripted: tuple[str, Script]) -> None:
    url, script = scripted
    script.answers[:] = [(503, {"error": "unavailable", "message": "locked"}), (200, {"v": 2})]
    script.headers = {"Retry-After": "3"}
    waits: list[float] = []
    with Transport(
        url, retry=RetryPolicy(attempts=3, base=0.5, cap=8), sleep=waits.append, random=lambda: 0.1
    ) as t:
        assert t.call("GET", "/v1/x") == {"v": 2}
    assert waits == [3.0]


def test_the_last_failure_is_reported_after_the_retries(scripted: tuple[str, Script]) -> None:
    url, script = scripted
    script.answers[:] = [(504, {"error": "x", "message": "timeout upstream"})] * 3
    waits: list[float] = []
    with (
        Transport(
            url, retry=RetryPolicy(attempts=3, base=1, cap=1.5), sleep=waits.append, random=lambda: 1.0
        ) as t,
        pytest.raises(ServerError, match="504"),
    ):
        t.call("GET", "/v1/x")
    assert waits == [1.0, 1.5] and script.hits == 3


def test_other_answers_are_final(scripted: tuple[str, Script]) -> None:
    url, script = scripted
    script.answers[:] = [
        (500, {"error": "server_error", "message": "bug"}),
        (403, {"error": "forbidden", "message": "not yours"}),
        (200, b"<html>captive portal</html>"),
        (426, {"error": "client_too_old", "message": "protocol 2 needed"}),
    ]
    waits: list[float] = []
    with Transport(url, sleep=waits.append) as t:
        with pytest.raises(ServerError, match="bug"):
            t.call("GET", "/v1/x")
        with pytest.raises(ServerRefusedError, match="not yours"):
            t.call("GET", "/v1/x")
        with pytest.raises(ServerError, match="JSON"):
            t.call("GET", "/v1/x")
        with pytest.raises(ClientTooOldError, match="protocol 2 needed"):
            t.call("GET", "/v1/x")
    assert waits == [] and script.hits == 4


def test_a_body_that_is_not_its_encoding_is_a_server_error(scripted: tuple[str, Script]) -> None:
    url, script = scripted
    script.headers["Content-Encoding"] = "gzip"
    script.answers[:] = [(200, b"this is not gzip")]
    with Transport(url, sleep=lambda _: None) as t, pytest.raises(ServerError):
        t.call("GET", "/v1/x")  # a typed error the window can show, not httpx's DecodingError
    assert script.hits == 1


def test_an_unreachable_server_is_offline_after_the_retries() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    with (
        Transport(f"http://127.0.0.1:{port}", retry=RetryPolicy(attempts=3), sleep=waits.append) as t,
        pytest.raises(OfflineError) as caught,
    ):
        t.call("GET", "/v1/x")
    assert t.requests == 3 and len(waits) == 2 and all(0 <= w <= 1.0 for w in waits)
    assert "Your changes are kept" in caught.value.message()


def test_cancel_stops_before_the_next_try(scripted: tuple[str, Script]) -> None:
    url, script = scripted
    script.answers[:] = [(503, {"error": "x", "message": "busy"})] * 5
    cancelled = threading.Event()
    with (
        Transport(url, sleep=lambda _s: cancelled.set(), cancel=cancelled.is_set) as t,
        pytest.raises(SyncCancelledError),
    ):
        t.call("GET", "/v1/x")
    assert script.hits == 1
