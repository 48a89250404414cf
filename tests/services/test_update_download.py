"""An update from an HTTPS address: a local server on 127.0.0.1 with a certificate authority
made in the test; the server's certificate is always verified, the size and the wait bounded,
and each failure is one sentence. Nothing is written until the update is applied."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from https_server import Served, https_server, make_certificates
from referral_desk.exchange.refusals import Refusal, UpdateRefused
from referral_desk.services.desk import Desk
from referral_desk.services.update_download import download_update
from update_helpers import LONE_AT, austrian_changes, dump_hash, organization_ids, signed

UPDATE = "/updates/at-1.rdupdate"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def served() -> Served:
    served = Served()
    served.file(UPDATE, signed(austrian_changes()))
    return served


@pytest.fixture
def server(tmp_path: Path, served: Served) -> Iterator[str]:
    with https_server(tmp_path / "tls", served) as address:
        yield address


def _refused(reason: Refusal, *args: object, **kwargs: object) -> UpdateRefused:
    with pytest.raises(UpdateRefused) as caught:
        download_update(*args, **kwargs)  # type: ignore[arg-type]
    assert caught.value.reason == reason, caught.value
    return caught.value


def test_an_update_is_downloaded_verified_previewed_and_applied(
    sample_desk: Desk, server: str, tmp_path: Path
) -> None:
    before = dump_hash(sample_desk.path)
    preview = sample_desk.updates.check_address(server + UPDATE, tmp_path / "tls" / "ca.pem")
    assert preview.path == server + UPDATE
    assert LONE_AT in [b.id for b in preview.comparison.retired]
    assert dump_hash(sample_desk.path) == before  # checking writes nothing
    sample_desk.updates.apply(preview)
    assert LONE_AT not in organization_ids(sample_desk.path)


def test_a_server_the_system_does_not_trust_is_refused(server: str) -> None:
    refusal = _refused(Refusal.DOWNLOAD_CERTIFICATE, server + UPDATE)
    assert "127.0.0.1 could not prove who it is" in str(refusal)
    assert "certificate" in str(refusal)


def test_a_certificate_for_another_name_is_refused(tmp_path: Path, served: Served) -> None:
    with https_server(tmp_path / "tls", served, host="updates.example.org") as address:
        refusal = _refused(
            Refusal.DOWNLOAD_CERTIFICATE, address + UPDATE, tmp_path / "tls" / "ca.pem"
        )
    assert "mismatch" in str(refusal) or "match" in str(refusal)


def test_another_authority_does_not_vouch_for_the_server(server: str, tmp_path: Path) -> None:
    other, _cert, _key = make_certificates(tmp_path / "other")
    _refused(Refusal.DOWNLOAD_CERTIFICATE, server + UPDATE, other)


def test_only_https_addresses_are_used(tmp_path: Path) -> None:
    refusal = _refused(Refusal.DOWNLOAD_NOT_HTTPS, "http://127.0.0.1:9/at-1.rdupdate")
    assert "http://127.0.0.1:9/at-1.rdupdate is not an HTTPS address" in str(refusal)
    _refused(Refusal.DOWNLOAD_NOT_HTTPS, "file:///etc/passwd")


def test_a_redirect_to_plain_http_is_not_followed(
    server: str, served: Served, tmp_path: Path
) -> None:
    served.routes["/moved"] = (
        302,
        {"Location": "http://127.0.0.1:9/x", "Content-Length": "0"},
        b"",
        0,
    )
    _refused(Refusal.DOWNLOAD_NOT_HTTPS, server + "/moved", tmp_path / "tls" / "ca.pem")


def test_a_download_larger_than_the_limit_is_stopped(
    server: str, served: Served, tmp_path: Path
) -> None:
    ca = tmp_path / "tls" / "ca.pem"
    served.file("/big", b"x" * 300_000)
    served.file("/big-unannounced", b"x" * 300_000, length=False)
    for path in ("/big", "/big-unannounced"):
        refusal = _refused(Refusal.DOWNLOAD_TOO_LARGE, server + path, ca, limit=100_000)
        assert "larger than a directory update can be" in str(refusal)
    assert download_update(server + "/big", ca, limit=300_000) == b"x" * 300_000


def test_a_silent_server_is_given_up_after_the_timeout(
    server: str, served: Served, tmp_path: Path
) -> None:
    served.file("/slow", b"late", silence=2.0)
    refusal = _refused(
        Refusal.DOWNLOAD_TIMEOUT, server + "/slow", tmp_path / "tls" / "ca.pem", timeout=0.3
    )
    assert "stopped answering" in str(refusal)


def test_a_missing_update_names_the_servers_answer(server: str, tmp_path: Path) -> None:
    refusal = _refused(Refusal.DOWNLOAD_FAILED, server + "/nothing", tmp_path / "tls" / "ca.pem")
    assert "(404 Not Found)" in str(refusal)


def test_a_server_that_is_not_there_is_named(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    refusal = _refused(Refusal.DOWNLOAD_UNREACHABLE, f"https://127.0.0.1:{port}/u.rdupdate")
    assert "cannot be reached" in str(refusal)


def test_a_certificate_file_that_cannot_be_read_is_named(server: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pem"
    broken.write_text("not a certificate", encoding="utf-8")
    for ca in (broken, tmp_path / "missing.pem"):
        refusal = _refused(Refusal.CA_FILE_UNREADABLE, server + UPDATE, ca)
        assert str(ca) in str(refusal)


def test_a_bundle_damaged_on_the_way_is_refused_and_nothing_changes(
    sample_desk: Desk, server: str, served: Served, tmp_path: Path
) -> None:
    data = bytearray(signed(austrian_changes()))
    data[len(data) // 2] ^= 0xFF
    served.file("/damaged.rdupdate", bytes(data))
    before = dump_hash(sample_desk.path)
    with pytest.raises(UpdateRefused):
        sample_desk.updates.check_address(server + "/damaged.rdupdate", tmp_path / "tls" / "ca.pem")
    assert dump_hash(sample_desk.path) == before
