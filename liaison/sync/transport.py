"""HTTPS to the Secretariat's server: trust, compression, timeouts, retries, and error mapping.

Decisions (README, "Sync"):

- **Trust**: the operating system's trust store through ``truststore`` on Windows and macOS
  (what the officer's browser trusts, including a ministry's own root installed by its IT),
  the distribution's CA bundle loaded once per transport on Linux (what truststore reads there
  too, but at every handshake: :func:`_system_context`), plus an optional CA file
  for a Secretariat that runs its own certificate authority. Host names are always checked. A
  refused certificate is never retried and never bypassed.
- **Plain http://** only to this computer (127.0.0.0/8, ::1, localhost), for testing.
- **Compression**: request bodies of 1 KiB or more are gzipped (level 1: on a fast link CPU is
  the cost that shows); answers are gzipped by the server and inflated by httpx.
- **Retries**: connection failures, dropped connections, timeouts and 502/503/504 are retried,
  ``RetryPolicy.attempts`` tries in all, waiting a random time up to an exponentially growing
  bound ("full jitter", so that laptops coming back online together do not hit the server in
  step), or at least the server's ``Retry-After`` (up to the bound's cap). Retrying a push is
  safe: the server applies each change id once. Every other status is final. ``sleep`` and
  ``random`` are injectable, so tests do not wait.
- Every request carries the protocol version and the local schema revision; a 426 becomes
  :class:`~liaison.sync.errors.ClientTooOldError` ("please update Liaison").
"""

from __future__ import annotations

import ipaddress
import os
import random as random_module
import re
import ssl
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import truststore

from liaison import __version__
from liaison.protocol import constants as c
from liaison.protocol.errors import ProtocolError
from liaison.protocol.messages import decode_error
from liaison.protocol.wire import decode_json, encode_body
from liaison.store.migrate import HEAD_REVISION
from liaison.sync.errors import (
    BadServerAddressError,
    CaFileError,
    CertificateError,
    ClientTooOldError,
    InsecureServerError,
    LoginRequiredError,
    OfflineError,
    ServerError,
    ServerRefusedError,
    SyncCancelledError,
    WrongCredentialsError,
)

RETRY_STATUSES = frozenset({502, 503, 504})
Cancel = Callable[[], bool]
Hook = Callable[[httpx.Request], None]


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts`` tries in all; before try n+1 a random wait up to ``min(cap, base * 2**n)``."""

    attempts: int = 4
    base: float = 0.5
    cap: float = 8.0

    def delay(self, attempt: int, rand: Callable[[], float]) -> float:
        return float(rand() * min(self.cap, self.base * (2**attempt)))


@dataclass(frozen=True)
class Timeouts:
    """Seconds. ``read`` is long: a first push of 500 records waits for the server's merges."""

    connect: float = 10.0
    read: float = 120.0
    write: float = 60.0
    pool: float = 10.0

    def httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The server's base URL, without a trailing slash; refuses what is not https:// (or
    http:// to this computer)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise BadServerAddressError(url=url) from None
    if parts.scheme not in ("https", "http") or not host or parts.query or parts.fragment:
        raise BadServerAddressError(url=url)
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureServerError(url=url)
    return text.rstrip("/")


_CA_BUNDLES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
"""Where the distributions keep their CA bundle, looked for (in truststore's order) when
OpenSSL's compiled-in paths hold none (a frozen build's OpenSSL looks in its own folder)."""


def ssl_context(ca_file: str | None) -> ssl.SSLContext:
    """The system trust store, plus ``ca_file`` when given; host names checked."""
    context = _system_context()
    if ca_file:
        path = Path(ca_file).expanduser()
        try:
            context.load_verify_locations(cafile=str(path))
        except FileNotFoundError:
            raise CaFileError(path=str(path), reason="no such file") from None
        except (ssl.SSLError, OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            raise CaFileError(path=str(path), reason=reason) from None
    return context


def _system_context() -> ssl.SSLContext:
    """Windows and macOS: truststore, which asks the system's own verifier (a ministry's root
    installed by its IT, revocation as the system checks it). Elsewhere (Linux) truststore is
    OpenSSL with the system's CA bundle, which it loads again at every handshake (~40 ms each
    here, against ~7 ms for the whole handshake without); the same roots are loaded here once,
    when the context is made (one per :class:`Transport`, so a root installed meanwhile counts
    from the next sync)."""
    if sys.platform in ("win32", "darwin"):
        context: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return context
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED, host names checked
    defaults = ssl.get_default_verify_paths()  # SSL_CERT_FILE / SSL_CERT_DIR honoured
    if defaults.cafile or (defaults.capath and _holds_certificates(defaults.capath)):
        context.set_default_verify_paths()
    else:
        for bundle in _CA_BUNDLES:
            if os.path.isfile(bundle):
                context.load_verify_locations(cafile=bundle)
                break
    return context


def _holds_certificates(folder: str) -> bool:
    """Whether ``folder`` holds OpenSSL's hashed certificate names (``5ad8a5d6.0``)."""
    try:
        return any(re.fullmatch(r"[0-9a-fA-F]{8}\.[0-9]", name) for name in os.listdir(folder))
    except OSError:
        return False


def _certificate_problem(error: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    if "CERTIFICATE_VERIFY_FAILED" in str(error):
        return ssl.SSLCertVerificationError(str(error))
    return None


def _retry_after(response: httpx.Response) -> float:
    """The server's ``Retry-After`` in seconds (a busy database says how long); 0 without one."""
    try:
        return max(0.0, float(response.headers.get("retry-after", "0")))
    except ValueError:
        return 0.0


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return text[:300] if text else type(error).__name__


class Transport:
    """One server, one connection pool; thread-confined (one sync at a time uses it)."""

    def __init__(
        self,
        url: str,
        *,
        ca_file: str | None = None,
        retry: RetryPolicy | None = None,
        timeouts: Timeouts | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = random_module.random,
        cancel: Cancel | None = None,
        on_request: Hook | None = None,
    ) -> None:
        self.url = check_url(url)
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.random = random
        self.cancel = cancel
        self.requests = 0
        """Requests sent (tries included): a no-op sync costs one."""
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [self._count]}
        if on_request is not None:
            hooks["request"].append(on_request)
        self._client = httpx.Client(
            base_url=self.url,
            verify=ssl_context(ca_file),
            timeout=(timeouts or Timeouts()).httpx(),
            headers={
                c.PROTOCOL_HEADER: str(c.PROTOCOL_VERSION),
                c.SCHEMA_HEADER: HEAD_REVISION,
                "User-Agent": f"Liaison/{__version__}",
                "Accept": "application/json",
                "Accept-Encoding": "gzip",
            },
            event_hooks=hooks,
            follow_redirects=False,
            trust_env=False,
        )

    def _count(self, request: httpx.Request) -> None:
        self.requests += 1

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: Mapping[str, Any] | None = None,
        token: str | None = None,
        login: bool = False,
        decode: Callable[[bytes], Any] = decode_json,
        headers: Mapping[str, str] | None = None,
        content: bytes | Iterable[bytes] | None = None,
        content_length: int | None = None,
        retry: bool = True,
    ) -> Any:
        """Send one request (retrying as the module docstring says) and return the answer as
        ``decode`` reads its bytes (parsed JSON by default; a :class:`ProtocolError` from it is
        the server's fault), or raise the :class:`~liaison.sync.errors.SyncError` that says what
        failed. ``retry=False`` tries once (a file's chunk: its sender asks the server where it
        stands rather than send the same bytes again)."""
        attempts = self.retry.attempts if retry else 1
        sent: dict[str, str] = dict(headers or {})
        if body is not None:
            content, body_headers = encode_body(body)
            sent.update(body_headers)
        elif content is not None:  # a file's bytes, as they are (streamed when an iterable)
            sent["Content-Type"] = "application/octet-stream"
            if content_length is not None:
                sent["Content-Length"] = str(content_length)
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        attempt = 0
        while True:
            if self.cancel is not None and self.cancel():
                raise SyncCancelledError()
            wait = self.retry.delay(attempt, self.random)
            try:
                response = self._client.request(method, path, content=content, params=params, headers=sent)
            except httpx.TransportError as error:
                problem = _certificate_problem(error)
                if problem is not None:
                    reason = getattr(problem, "verify_message", None) or _reason(problem)
                    raise CertificateError(url=self.url, reason=reason) from error
                if attempt + 1 >= attempts:
                    raise OfflineError(url=self.url, reason=_reason(error)) from error
            except httpx.DecodingError as error:  # a body that is not what its encoding says
                raise ServerError(status=0, message=_reason(error)) from error
            else:
                if response.status_code not in RETRY_STATUSES or attempt + 1 >= attempts:
                    return self._answer(response, login=login, decode=decode)
                wait = max(wait, min(self.retry.cap, _retry_after(response)))
                response.close()
            self.sleep(wait)
            attempt += 1

    @contextmanager
    def stream(self, path: str, *, token: str, start: int = 0) -> Iterator[httpx.Response]:
        """``GET path`` as a stream of raw bytes from ``start`` (a ``Range``), for a file's bytes:
        a 2xx response to read with ``iter_raw``, or the :class:`SyncError` its status means.
        Not retried here: the caller resumes from what it received."""
        if self.cancel is not None and self.cancel():
            raise SyncCancelledError()
        headers = {"Authorization": f"Bearer {token}", "Accept-Encoding": "identity", "Accept": "*/*"}
        if start:
            headers["Range"] = f"bytes={start}-"
        try:
            with self._client.stream("GET", path, headers=headers) as response:
                if not 200 <= response.status_code < 300:
                    response.read()
                    self._answer(response, login=False, decode=decode_json)
                if start and response.status_code != 206:
                    raise ServerError(status=response.status_code, message="the range asked for was not sent")
                yield response
        except httpx.TransportError as error:
            problem = _certificate_problem(error)
            if problem is not None:
                reason = getattr(problem, "verify_message", None) or _reason(problem)
                raise CertificateError(url=self.url, reason=reason) from error
            raise OfflineError(url=self.url, reason=_reason(error)) from error

    def _answer(self, response: httpx.Response, *, login: bool, decode: Callable[[bytes], Any]) -> Any:
        status = response.status_code
        if 200 <= status < 300:
            try:
                return decode(response.content)
            except ProtocolError as error:
                raise ServerError(status=status, message=error.reason) from error
        try:
            parsed: Any = decode_json(response.content)
        except ProtocolError:
            parsed = None
        body = decode_error(parsed)
        message = body["message"] if parsed is not None else (response.reason_phrase or str(status))
        if status == 426 or body["error"] == c.CLIENT_TOO_OLD:
            raise ClientTooOldError(message=message)
        if status == 401:
            if login:
                raise WrongCredentialsError(message=message)
            raise LoginRequiredError(url=self.url, reason=message)
        if status >= 500:
            raise ServerError(status=status, message=message)
        raise ServerRefusedError(status=status, message=message, code=body["error"])
