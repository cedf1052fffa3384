"""packaging/secretariat/: the systemd unit is valid and hardened, its environment file sets what
it uses and parses as serve's options, and the nginx example keeps the protocol's body limit."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.protocol import MAX_BODY_BYTES
from liaison.protocol.constants import MAX_BLOB_CHUNK_BYTES, MAX_BLOB_REQUEST_BYTES
from liaison.secretariat.cli import ENV_DB, build_parser

FOLDER = Path(__file__).resolve().parents[2] / "packaging" / "secretariat"
UNIT = FOLDER / "liaison-secretariat.service"
ENV = FOLDER / "secretariat.env"
NGINX = FOLDER / "nginx-liaison-secretariat.conf"


def unit_settings() -> dict[str, list[str]]:
    text = UNIT.read_text(encoding="utf-8").replace("\\\n", " ")
    settings: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def environment() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in ENV.read_text(encoding="utf-8").splitlines())
    return {pair[0]: pair[1].strip('"') for pair in pairs if len(pair) == 2 and not pair[0].startswith("#")}


def test_the_unit_runs_as_its_own_user_with_hardening() -> None:
    unit = unit_settings()
    sysusers = (FOLDER / "liaison-secretariat.sysusers").read_text(encoding="utf-8")
    assert unit["User"] == ["liaison-secretariat"]
    assert re.search(r"^u liaison-secretariat ", sysusers, flags=re.MULTILINE)
    for key, value in (
        ("NoNewPrivileges", "yes"),
        ("ProtectSystem", "strict"),
        ("PrivateTmp", "yes"),
        ("ProtectHome", "yes"),
        ("ReadWritePaths", "/var/lib/liaison-secretariat"),
        ("KillMode", "mixed"),
        ("Restart", "on-failure"),
    ):
        assert unit[key] == [value], key
    assert unit["CapabilityBoundingSet"] == [""]


def test_the_environment_file_sets_what_the_unit_uses_and_parses_as_serve_options() -> None:
    unit = unit_settings()
    env = environment()
    [command] = unit["ExecStart"]
    used = set(re.findall(r"\$\{?(\w+)\}?", command))
    assert used <= env.keys() and ENV_DB in env
    expanded = re.sub(r"\$\{(\w+)\}", lambda match: env[match.group(1)], command)
    expanded = re.sub(r"\$(\w+)", lambda match: env[match.group(1)], expanded)
    argv = shlex.split(expanded)
    assert argv[0] == "/opt/liaison-secretariat/bin/liaison-secretariat"
    args = build_parser().parse_args(["--db", env[ENV_DB], *argv[1:]])
    assert args.command == "serve" and args.workers == 2 and args.port == 8443
    assert args.cert == Path("/etc/liaison-secretariat/tls/cert.pem")
    # the commented-out proxy lines, as systemd would split them
    [proxy_line, buffering_line] = re.findall(
        r'^#LIAISON_SECRETARIAT_OPTIONS="(.*)"$', ENV.read_text(), flags=re.MULTILINE
    )
    proxied = build_parser().parse_args(["--db", "x", *argv[1:], *proxy_line.split()])
    assert proxied.forwarded_allow_ips == "127.0.0.1"
    assert proxied.upload_chunk_mb * 1024 * 1024 == MAX_BLOB_REQUEST_BYTES  # a whole file by default
    buffering = build_parser().parse_args(["--db", "x", *argv[1:], *buffering_line.split()])
    assert buffering.upload_chunk_mb * 1024 * 1024 == MAX_BLOB_CHUNK_BYTES  # the chunks every proxy takes


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verifies_the_unit(tmp_path: Path) -> None:
    """``systemd-analyze verify`` (the binary must exist, so the copy points at this venv's)."""
    script = str(Path(sys.executable).with_name("liaison-secretariat"))
    copy = tmp_path / UNIT.name
    copy.write_text(
        UNIT.read_text(encoding="utf-8").replace("/opt/liaison-secretariat/bin/liaison-secretariat", script),
        encoding="utf-8",
    )
    verified = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60, check=False
    )
    assert (verified.returncode, verified.stderr.strip()) == (0, "")  # unknown keys are warnings
    security = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--no-pager", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    level = re.search(r"Overall exposure level for \S+: (\d+\.\d)", security.stdout + security.stderr)
    assert level is not None, security.stdout + security.stderr
    assert float(level.group(1)) <= 2.0  # systemd calls up to 2.0 "OK"; 9.6 is an unhardened unit


def test_the_nginx_example_keeps_the_protocols_limits_and_the_client_address() -> None:
    text = NGINX.read_text(encoding="utf-8")
    blobs = re.search(r"^\s*location /v1/blobs/ \{(.*?)^\s*\}", text, flags=re.MULTILINE | re.DOTALL)
    assert blobs is not None  # files' bytes: a whole file in one request, streamed through
    rest = text.replace(blobs.group(0), "")
    [size] = re.findall(r"^\s*client_max_body_size (\d+)([km]?);", rest, flags=re.MULTILINE)
    [file_size] = re.findall(r"^\s*client_max_body_size (\d+)([km]?);", blobs.group(1), flags=re.MULTILINE)
    assert int(size[0]) * {"": 1, "k": 1024, "m": 1024**2}[size[1]] == MAX_BODY_BYTES
    assert int(file_size[0]) * {"": 1, "k": 1024, "m": 1024**2}[file_size[1]] == MAX_BLOB_REQUEST_BYTES
    assert re.search(r"^\s*proxy_request_buffering off;", blobs.group(1), flags=re.MULTILINE)
    assert re.search(
        r"^\s*proxy_set_header X-Forwarded-For \$remote_addr;", blobs.group(1), flags=re.MULTILINE
    )
    assert re.search(r"^\s*proxy_ssl_verify on;", blobs.group(1), flags=re.MULTILINE)
    assert re.search(r"^\s*proxy_set_header X-Forwarded-For \$remote_addr;", text, flags=re.MULTILINE)
    assert re.search(r"^\s*proxy_pass https://", text, flags=re.MULTILINE)  # TLS to the server too
    assert re.search(r"^\s*proxy_ssl_verify on;", text, flags=re.MULTILINE)


def test_the_daily_gc_unit_and_timer_verify_and_run_the_gc_command(tmp_path: Path) -> None:
    """``liaison-secretariat-gc.{service,timer}``: the collector once a day, as the service's user
    with its environment (database and files folder); ``systemd-analyze verify`` accepts both."""
    service = (FOLDER / "liaison-secretariat-gc.service").read_text(encoding="utf-8")
    timer = (FOLDER / "liaison-secretariat-gc.timer").read_text(encoding="utf-8")
    start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    argv = shlex.split(start.partition("=")[2])
    assert argv[0] == "/opt/liaison-secretariat/bin/liaison-secretariat"
    assert build_parser().parse_args(["--db", "x", *argv[1:]]).command == "gc"
    assert "EnvironmentFile=/etc/liaison-secretariat/secretariat.env" in service
    assert "User=liaison-secretariat" in service and "OnCalendar=" in timer and "Persistent=true" in timer
    assert "LIAISON_SECRETARIAT_FILES" in environment()
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    script = str(Path(sys.executable).with_name("liaison-secretariat"))
    (tmp_path / "liaison-secretariat-gc.service").write_text(
        service.replace("/opt/liaison-secretariat/bin/liaison-secretariat", script), encoding="utf-8"
    )
    (tmp_path / "liaison-secretariat-gc.timer").write_text(timer, encoding="utf-8")
    verified = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / "liaison-secretariat-gc.timer")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (verified.returncode, verified.stderr.strip()) == (0, "")
