"""Logging in and out, revoking, the version gate — over real HTTPS on loopback."""

from __future__ import annotations

import unicodedata

import httpx
import pytest

from liaison.protocol import (
    MAX_PUSH_CHANGES,
    MIN_PROTOCOL_VERSION,
    decode_login_response,
    decode_status_response,
    is_uuid,
)
from liaison.secretariat import security
from liaison.secretariat.db import Database
from liaison.secretariat.models import Device, User
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer


def _setup(server: RunningServer) -> None:
    server.admin.add_institution("Otandastar Qory", "KZ")
    server.admin.add_user("aigerim", "Otandastar Qory")


def test_login_gives_a_device_token_and_status_knows_who_it_is(server: RunningServer) -> None:
    _setup(server)
    with server.client() as http:
        answer = http.post(
            "/v1/login", json={"username": "aigerim", "password": DEFAULT_PASSWORD, "device_name": "laptop"}
        )
    assert answer.status_code == 200, answer.text
    login = decode_login_response(answer.json())
    assert login["user"] == "aigerim"
    assert login["institution"]["name"] == "Otandastar Qory" and login["institution"]["state"] == "KZ"
    with server.client(login["token"]) as http:
        status = decode_status_response(http.get("/v1/status").json())
    epoch = status.pop("epoch")  # a random id of the database's timeline (a restore changes it)
    assert is_uuid(epoch) and status.pop("epoch_seq") == 0
    assert status == {"server_seq": 0, "user": "aigerim", "institution": login["institution"], "protocol": 1}


def test_a_username_typed_decomposed_logs_in_as_stored(server: RunningServer) -> None:
    """A keyboard may send "ə" or "ü" as a letter and a combining mark; the server stores and
    compares usernames in NFC."""
    server.admin.add_institution("Diaspora Committee", "AZ")
    server.admin.add_user("gülnarə", "Diaspora Committee")
    with server.client() as http:
        answer = http.post(
            "/v1/login",
            json={"username": "gu\u0308lnare\u0306", "password": DEFAULT_PASSWORD, "device_name": "x"},
        )
        assert answer.status_code == 401  # a different letter (ĕ) is a different name
        answer = http.post(
            "/v1/login",
            json={"username": "gu\u0308lnar\u0259", "password": DEFAULT_PASSWORD, "device_name": "x"},
        )
    assert answer.status_code == 200, answer.text
    assert decode_login_response(answer.json())["user"] == "gülnarə"


def test_a_password_typed_composed_or_decomposed_is_one_password() -> None:
    composed, decomposed = "Şəhər2024!", unicodedata.normalize("NFD", "Şəhər2024!")
    assert composed != decomposed
    stored = security.hash_password(decomposed, n=2**4)
    assert security.verify_password(composed, stored) and security.verify_password(decomposed, stored)
    assert not security.verify_password("Seher2024!", stored)


def test_the_server_keeps_only_hashes_of_passwords_and_tokens(server: RunningServer) -> None:
    _setup(server)
    token = server.login("aigerim")
    db = Database(server.db_url)
    try:
        with db.read() as connection:
            password_hash = connection.execute(User.__table__.select()).first().password_hash  # type: ignore[union-attr]
            token_hash = connection.execute(Device.__table__.select()).first().token_hash  # type: ignore[union-attr]
    finally:
        db.close()
    assert DEFAULT_PASSWORD not in password_hash and password_hash.startswith("scrypt$")
    assert security.verify_password(DEFAULT_PASSWORD, password_hash)
    assert token not in token_hash and token_hash == security.hash_token(token)


@pytest.mark.parametrize(
    ("username", "password"),
    [("aigerim", "wrong password"), ("nobody", DEFAULT_PASSWORD), ("AIGERIM", DEFAULT_PASSWORD)],
)
def test_wrong_credentials_are_401(server: RunningServer, username: str, password: str) -> None:
    _setup(server)
    with server.client() as http:
        answer = http.post("/v1/login", json={"username": username, "password": password, "device_name": "x"})
    assert answer.status_code == 401
    assert answer.json()["error"] == "unauthorized"


def test_logout_revokes_only_this_devices_token(server: RunningServer) -> None:
    _setup(server)
    laptop, desktop = server.login("aigerim", device="laptop"), server.login("aigerim", device="desktop")
    with server.client(laptop) as http:
        assert http.post("/v1/logout").status_code == 200
        again = http.get("/v1/status")
    assert again.status_code == 401 and again.json()["error"] == "unauthorized"
    assert again.headers["www-authenticate"] == "Bearer"
    with server.client(desktop) as http:
        assert http.get("/v1/status").status_code == 200


def test_revoking_a_user_ends_every_device_and_refuses_login(server: RunningServer) -> None:
    _setup(server)
    token = server.login("aigerim")
    assert server.admin.revoke("aigerim") == 1
    with server.client(token) as http:
        assert http.get("/v1/status").status_code == 401
        assert http.get("/v1/changes").status_code == 401
    with server.client() as http:
        answer = http.post(
            "/v1/login", json={"username": "aigerim", "password": DEFAULT_PASSWORD, "device_name": "x"}
        )
    assert answer.status_code == 401


@pytest.mark.parametrize(
    "header", [None, "", "Basic abc", "Bearer", "Bearer not-a-token", "Bearer " + "x" * 600]
)
def test_requests_without_a_valid_token_are_401(server: RunningServer, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    with server.client(headers=headers) as http:
        for method, path in (
            ("GET", "/v1/status"),
            ("GET", "/v1/changes"),
            ("POST", "/v1/push"),
            ("POST", "/v1/logout"),
        ):
            answer = http.request(method, path, json={"changes": []} if method == "POST" else None)
            assert answer.status_code == 401, (method, path, answer.text)


@pytest.mark.parametrize(
    "headers",
    [
        {"Liaison-Protocol": "0"},
        {"Liaison-Protocol": ""},
        {"Liaison-Protocol": "one"},
        {"Liaison-Protocol": "-1"},
    ],
)
def test_an_old_or_unversioned_client_is_told_to_update(
    server: RunningServer, headers: dict[str, str]
) -> None:
    _setup(server)
    token = server.login("aigerim")
    with server.client(token, headers=headers) as http:
        for method, path in (("GET", "/v1/status"), ("POST", "/v1/login"), ("POST", "/v1/push")):
            answer = http.request(method, path, json={})
            assert answer.status_code == 426, (path, answer.text)
            body = answer.json()
            assert body["error"] == "client_too_old" and "update Liaison" in body["message"]
    # without any version header at all (a plain HTTP client)
    with httpx.Client(verify=server.ssl_context()) as bare:
        assert bare.get(server.url + "/v1/status").status_code == 426
    assert MIN_PROTOCOL_VERSION == 1


def test_a_current_client_without_its_schema_header_is_a_bad_request(server: RunningServer) -> None:
    """Not a 426 "please update": the protocol is current, the request is malformed."""
    _setup(server)
    with server.client(server.login("aigerim"), headers={"Liaison-Schema": ""}) as http:
        answer = http.get("/v1/status")
    assert answer.status_code == 400
    assert answer.json()["error"] == "bad_request" and answer.json()["field"] == "Liaison-Schema"


def test_a_newer_client_protocol_is_served(server: RunningServer) -> None:
    _setup(server)
    with server.client(server.login("aigerim"), headers={"Liaison-Protocol": "7"}) as http:
        answer = http.get("/v1/status")
    assert answer.status_code == 200 and answer.json()["protocol"] == 1


def test_the_openapi_description_is_published(server: RunningServer) -> None:
    with httpx.Client(verify=server.ssl_context()) as http:
        answer = http.get(server.url + "/openapi.json")
    assert answer.status_code == 200
    document = answer.json()
    assert set(document["paths"]) >= {"/v1/login", "/v1/logout", "/v1/status", "/v1/push", "/v1/changes"}
    push = document["paths"]["/v1/push"]["post"]
    assert (
        push["requestBody"]["content"]["application/json"]["schema"]["properties"]["changes"]["maxItems"]
        == MAX_PUSH_CHANGES
    )
    answer_schema = push["responses"]["200"]["content"]["application/json"]["schema"]
    assert "max_changes" in answer_schema["properties"]
    assert {"426", "401", "400"} <= set(push["responses"])


def test_tls_is_verified_against_the_ca(server: RunningServer) -> None:
    with httpx.Client() as http, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        http.get(server.url + "/openapi.json")
