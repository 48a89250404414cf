"""Trusted keys: shipped ones, keys a post adds, key rotation and revocation statements."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from referral_desk.exchange import minisign
from referral_desk.exchange.bundle import write_bundle
from referral_desk.exchange.key_statements import (
    StatementKind,
    accept_statement,
    apply_statement,
    load_trust_store,
    revocation_statement,
    rotation_statement,
)
from referral_desk.exchange.keys import (
    generate_key_files,
    read_public_key_file,
    read_secret_key_file,
)
from referral_desk.exchange.refusals import Refusal, UpdateRefused
from referral_desk.exchange.trust import (
    KeyOrigin,
    KeyStatus,
    TrustError,
    TrustProblem,
    TrustStore,
    list_keys,
    load_shipped_keys,
    trust_key,
)
from referral_desk.exchange.update_check import verify_update

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "keys"
FAST = {"opslimit": minisign.OPSLIMIT_INTERACTIVE, "memlimit": minisign.MEMLIMIT_INTERACTIVE}
WHEN = datetime(2027, 1, 5, 9, 30, tzinfo=UTC)


def _refusal(bundle: bytes, trust: TrustStore) -> Refusal:
    with pytest.raises(UpdateRefused) as caught:
        verify_update(bundle, trust, {}, {})
    return caught.value.reason


# --- shipped keys -----------------------------------------------------------------------------


def test_the_shipped_sample_keys_are_marked_and_scoped(
    at_key: minisign.SecretKey, bg_key: minisign.SecretKey
) -> None:
    store = load_shipped_keys(SHIPPED)
    by_publisher = {k.publisher: k for k in store.keys}
    assert set(by_publisher) == {"sample-at", "sample-bg", "sample-int"}
    assert by_publisher["sample-at"].countries == ("AT",)
    assert by_publisher["sample-bg"].countries == ("BG",)
    assert by_publisher["sample-at"].key == at_key.public_key()
    assert by_publisher["sample-bg"].key == bg_key.public_key()
    # The international bodies of the sample have a sample publisher of their own.
    assert {"US", "TH"} <= set(by_publisher["sample-int"].countries)
    assert not {"AT", "BG"} & set(by_publisher["sample-int"].countries)
    for key in store.keys:
        assert key.sample and key.origin is KeyOrigin.SHIPPED
        assert "SAMPLE" in key.name("en") and "SAMPLE" not in key.name("bg")
        name = key.publisher.removeprefix("sample-")
        text = (SHIPPED / f"SAMPLE-{name}-coordinator.pub").read_text()
        assert "SAMPLE" in minisign.public_key_comment(text)


def test_the_sample_secret_keys_are_marked() -> None:
    for path in (ROOT / "data" / "sample-keys").glob("*.key"):
        assert path.name.startswith("SAMPLE-")
        assert "SAMPLE" in path.read_text().splitlines()[0]
    readme = (ROOT / "data" / "sample-keys" / "README.md").read_text()
    assert "never for real use" in readme


def test_a_bundle_signed_with_the_sample_key_passes_the_shipped_trust(
    small_at_bundle: bytes,
) -> None:
    update = verify_update(small_at_bundle, load_trust_store(SHIPPED), {}, {})
    assert update.key.name() == "Austrian national coordinator (SAMPLE)"


# --- keys a post adds itself ------------------------------------------------------------------


def test_trusting_a_key_locally_lasts(tmp_path: Path) -> None:
    newcomer = minisign.generate_secret_key().public_key()
    store = load_trust_store(SHIPPED, tmp_path)
    store = trust_key(
        tmp_path, store, newcomer, "ro-coordinator", ("RO",), note="asked by phone", now=WHEN
    )
    again = load_trust_store(SHIPPED, tmp_path)
    assert again == store
    added = again.find(newcomer.key_id)
    assert added is not None
    assert added.origin is KeyOrigin.LOCAL
    assert added.since == "2027-01-05T09:30:00Z" and added.note == "asked by phone"
    assert [k.publisher for k in list_keys(again)] == [
        "ro-coordinator",
        "sample-at",
        "sample-bg",
        "sample-int",
    ]


def test_a_key_already_known_is_not_added_twice(tmp_path: Path, at_key: minisign.SecretKey) -> None:
    store = load_trust_store(SHIPPED, tmp_path)
    with pytest.raises(TrustError) as caught:
        trust_key(tmp_path, store, at_key.public_key(), "someone-else", ("AT",))
    assert caught.value.problem is TrustProblem.ALREADY_TRUSTED
    assert "sample-at" in str(caught.value)
    assert not (tmp_path / "trusted-keys.json").exists()


@pytest.mark.parametrize(
    ("publisher", "countries", "problem"),
    [
        ("Ministry of Interior", ("AT",), TrustProblem.BAD_PUBLISHER),
        ("at-coordinator", (), TrustProblem.BAD_COUNTRIES),
        ("at-coordinator", ("Austria",), TrustProblem.BAD_COUNTRIES),
    ],
)
def test_trusting_needs_a_publisher_id_and_countries(
    tmp_path: Path, publisher: str, countries: tuple[str, ...], problem: TrustProblem
) -> None:
    with pytest.raises(TrustError) as caught:
        trust_key(
            tmp_path,
            TrustStore(),
            minisign.generate_secret_key().public_key(),
            publisher,
            countries,
        )
    assert caught.value.problem is problem


def test_a_damaged_local_trust_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "trusted-keys.json").write_text('{"format": "referral-desk-trusted-keys", "format_')
    with pytest.raises(TrustError) as caught:
        load_trust_store(SHIPPED, tmp_path)
    assert caught.value.problem is TrustProblem.FILE_INVALID
    assert str(tmp_path / "trusted-keys.json") in str(caught.value)


def test_a_shipped_list_naming_a_missing_key_file_is_named(tmp_path: Path) -> None:
    content = json.loads((SHIPPED / "publishers.json").read_text())
    (tmp_path / "publishers.json").write_text(json.dumps(content))
    with pytest.raises(TrustError) as caught:
        load_shipped_keys(tmp_path)
    assert "SAMPLE-at-coordinator.pub" in str(caught.value)


# --- rotation ---------------------------------------------------------------------------------


def test_rotation_signed_with_the_old_key_brings_in_the_new_one(
    trust: TrustStore,
    at_key: minisign.SecretKey,
    small_at_bundle: bytes,
    directories: Any,
    make_draft: Any,
) -> None:
    new = minisign.generate_secret_key()
    statement = rotation_statement(at_key, new.public_key(), "sample-at", reason="yearly", now=WHEN)
    rotated, said = apply_statement(trust, statement)
    assert said.kind is StatementKind.ROTATE and said.new_key == new.public_key()

    added = rotated.find(new.key_id)
    old = rotated.find(at_key.key_id)
    assert added is not None and old is not None
    assert added.status is KeyStatus.TRUSTED and added.origin is KeyOrigin.ROTATION
    assert added.countries == ("AT",) and added.publisher == "sample-at" and added.sample
    assert old.status is KeyStatus.REPLACED

    new_bundle = write_bundle(
        directories(["AT"], smallest=True), make_draft("sample-at", ("AT",), 2), new
    )
    assert verify_update(new_bundle, rotated, {"sample-at": 1}, {}).key.key == new.public_key()
    assert _refusal(new_bundle, trust) is Refusal.UNKNOWN_KEY  # before the rotation
    assert _refusal(small_at_bundle, rotated) is Refusal.REPLACED_KEY
    # applying it twice changes nothing
    assert apply_statement(rotated, statement)[0] == rotated


def test_rotation_signed_by_another_publisher_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, bg_key: minisign.SecretKey
) -> None:
    intruder = minisign.generate_secret_key().public_key()
    statement = rotation_statement(bg_key, intruder, "sample-at")
    with pytest.raises(TrustError) as caught:
        apply_statement(trust, statement)
    assert caught.value.problem is TrustProblem.STATEMENT_NOT_ALLOWED
    # nor may one key rotate another key of its publisher
    statement = rotation_statement(bg_key, intruder, "sample-bg")
    forged = statement.replace(bg_key.public_key().id_hex, at_key.public_key().id_hex, 1)
    with pytest.raises(TrustError):
        apply_statement(trust, forged)


def test_rotation_signed_by_an_unknown_key_is_refused(trust: TrustStore) -> None:
    stranger = minisign.generate_secret_key()
    statement = rotation_statement(
        stranger, minisign.generate_secret_key().public_key(), "sample-at"
    )
    with pytest.raises(TrustError) as caught:
        apply_statement(trust, statement)
    assert caught.value.problem is TrustProblem.STATEMENT_UNKNOWN_SIGNER


def test_a_changed_statement_is_refused(trust: TrustStore, at_key: minisign.SecretKey) -> None:
    statement = rotation_statement(at_key, minisign.generate_secret_key().public_key(), "sample-at")
    other = minisign.generate_secret_key().public_key().encoded()
    line, rest = statement.split("\n", 1)
    content = json.loads(line)
    content["new_key"] = other
    forged = json.dumps(content, sort_keys=True, separators=(",", ":")) + "\n" + rest
    with pytest.raises(TrustError) as caught:
        apply_statement(trust, forged)
    assert caught.value.problem is TrustProblem.STATEMENT_BAD_SIGNATURE


@pytest.mark.parametrize("text", ["", "{}", "not json\n" + "x", '{"format": "x"}\n\n\n\n\n'])
def test_an_unreadable_statement_is_refused(trust: TrustStore, text: str) -> None:
    with pytest.raises(TrustError) as caught:
        apply_statement(trust, text)
    assert caught.value.problem is TrustProblem.STATEMENT_UNREADABLE


def test_a_statement_checks_with_stock_minisign(at_key: minisign.SecretKey, tmp_path: Path) -> None:
    statement = rotation_statement(at_key, minisign.generate_secret_key().public_key(), "sample-at")
    line, signature = statement.split("\n", 1)
    (tmp_path / "statement.json").write_text(line + "\n")
    (tmp_path / "statement.json.minisig").write_text(signature)
    (tmp_path / "key.pub").write_text(at_key.public_key().file_text())
    tool = shutil.which("minisign")
    if tool is None:
        pytest.fail("the minisign tool is needed: `apt-get install minisign` (dev.py does this)")
    checked = subprocess.run(
        [tool, "-V", "-p", "key.pub", "-m", "statement.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert f"rotate {at_key.public_key().id_hex} publisher:sample-at" in checked.stdout


def test_a_chain_of_rotations_replays_from_the_local_folder(
    tmp_path: Path, at_key: minisign.SecretKey
) -> None:
    second, third = minisign.generate_secret_key(), minisign.generate_secret_key()
    store = load_trust_store(SHIPPED, tmp_path)
    store, _ = accept_statement(
        tmp_path, store, rotation_statement(at_key, second.public_key(), "sample-at")
    )
    store, _ = accept_statement(
        tmp_path, store, rotation_statement(second, third.public_key(), "sample-at")
    )
    replayed = load_trust_store(SHIPPED, tmp_path)
    assert replayed == store
    statuses = {k.key_id: k.status for k in replayed.keys if k.publisher == "sample-at"}
    assert statuses == {
        at_key.public_key().id_hex: KeyStatus.REPLACED,
        second.public_key().id_hex: KeyStatus.REPLACED,
        third.public_key().id_hex: KeyStatus.TRUSTED,
    }
    assert len(list((tmp_path / "statements").iterdir())) == 2


# --- revocation -------------------------------------------------------------------------------


def test_a_key_revoked_by_itself_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, small_at_bundle: bytes
) -> None:
    statement = revocation_statement(
        at_key, at_key.public_key().id_hex, "sample-at", reason="lost laptop"
    )
    revoked, said = apply_statement(trust, statement)
    assert said.kind is StatementKind.REVOKE
    key = revoked.find(at_key.key_id)
    assert key is not None and key.status is KeyStatus.REVOKED and "lost laptop" in key.note
    with pytest.raises(UpdateRefused) as caught:
        verify_update(small_at_bundle, revoked, {}, {})
    assert caught.value.reason is Refusal.REVOKED_KEY
    assert at_key.public_key().id_hex in str(caught.value)
    # a revoked key can neither sign statements nor come back by rotation
    with pytest.raises(TrustError) as refused:
        apply_statement(
            revoked,
            rotation_statement(at_key, minisign.generate_secret_key().public_key(), "sample-at"),
        )
    assert refused.value.problem is TrustProblem.STATEMENT_SIGNER_REVOKED
    assert "signed with key " + at_key.public_key().id_hex + ", which has been revoked" in str(
        refused.value
    )


def test_a_rotation_signed_before_the_old_key_was_revoked_is_refused_as_revoked(
    trust: TrustStore, at_key: minisign.SecretKey
) -> None:
    new = minisign.generate_secret_key()
    rotation = rotation_statement(at_key, new.public_key(), "sample-at")
    rotated, _ = apply_statement(trust, rotation)
    assert apply_statement(rotated, rotation)[0] == rotated  # once more: nothing to do
    revoked, _ = apply_statement(
        rotated, revocation_statement(new, at_key.public_key().id_hex, "sample-at")
    )
    with pytest.raises(TrustError) as caught:  # the post accepts the old rotation again
        apply_statement(revoked, rotation)
    assert caught.value.problem is TrustProblem.STATEMENT_SIGNER_REVOKED


def test_a_key_revoked_by_the_publishers_new_key(
    trust: TrustStore, at_key: minisign.SecretKey, small_at_bundle: bytes
) -> None:
    new = minisign.generate_secret_key()
    rotated, _ = apply_statement(trust, rotation_statement(at_key, new.public_key(), "sample-at"))
    revoked, _ = apply_statement(
        rotated, revocation_statement(new, at_key.public_key().id_hex, "sample-at")
    )
    assert _refusal(small_at_bundle, revoked) is Refusal.REVOKED_KEY


def test_a_revocation_by_another_publisher_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, bg_key: minisign.SecretKey
) -> None:
    for publisher in ("sample-bg", "sample-at"):
        statement = revocation_statement(bg_key, at_key.public_key().id_hex, publisher)
        with pytest.raises(TrustError) as caught:
            apply_statement(trust, statement)
        assert caught.value.problem is TrustProblem.STATEMENT_NOT_ALLOWED


def test_rotation_to_a_revoked_key_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, make_trusted: Any
) -> None:
    spare = minisign.generate_secret_key()
    store = TrustStore((*trust.keys, make_trusted(spare, "sample-at", ("AT",))))
    store, _ = apply_statement(
        store, revocation_statement(spare, spare.public_key().id_hex, "sample-at")
    )
    with pytest.raises(TrustError) as caught:
        apply_statement(store, rotation_statement(at_key, spare.public_key(), "sample-at"))
    assert caught.value.problem is TrustProblem.NEW_KEY_REVOKED


def test_a_revocation_lasts(
    tmp_path: Path, at_key: minisign.SecretKey, small_at_bundle: bytes
) -> None:
    store = load_trust_store(SHIPPED, tmp_path)
    store, _ = accept_statement(
        tmp_path, store, revocation_statement(at_key, at_key.public_key().id_hex, "sample-at")
    )
    assert _refusal(small_at_bundle, load_trust_store(SHIPPED, tmp_path)) is Refusal.REVOKED_KEY
    assert [(k.publisher, k.status) for k in list_keys(store)] == [
        ("sample-bg", KeyStatus.TRUSTED),
        ("sample-int", KeyStatus.TRUSTED),
        ("sample-at", KeyStatus.REVOKED),
    ]


# --- key files for publishers -----------------------------------------------------------------


def test_generated_key_files_are_minisign_files(tmp_path: Path) -> None:
    secret_path, public_path = tmp_path / "at-2027.key", tmp_path / "at-2027.pub"
    public = generate_key_files(
        secret_path, public_path, "long passphrase", comment="AT 2027", **FAST
    )
    assert read_public_key_file(public_path) == public
    assert public_path.read_text().startswith(
        f"untrusted comment: minisign public key {public.id_hex} AT 2027\n"
    )
    assert secret_path.stat().st_mode & 0o777 == 0o600
    assert minisign.secret_key_is_encrypted(secret_path.read_text())
    assert read_secret_key_file(secret_path, "long passphrase").public_key() == public
    with pytest.raises(minisign.MinisignError) as caught:
        read_secret_key_file(secret_path, "wrong")
    assert caught.value.problem is minisign.Problem.WRONG_PASSPHRASE


def test_key_files_are_never_overwritten(tmp_path: Path) -> None:
    generate_key_files(tmp_path / "k.key", tmp_path / "k.pub", "pw", **FAST)
    before = (tmp_path / "k.key").read_bytes()
    for secret, public in (
        (tmp_path / "k.key", tmp_path / "new.pub"),
        (tmp_path / "new.key", tmp_path / "k.pub"),
    ):
        with pytest.raises(TrustError) as caught:
            generate_key_files(secret, public, "pw", **FAST)
        assert caught.value.problem is TrustProblem.KEY_FILE_EXISTS
    assert (tmp_path / "k.key").read_bytes() == before
    assert not (tmp_path / "new.key").exists() and not (tmp_path / "new.pub").exists()


def test_a_secret_key_needs_a_passphrase(tmp_path: Path) -> None:
    with pytest.raises(TrustError) as caught:
        generate_key_files(tmp_path / "k.key", tmp_path / "k.pub", "")
    assert caught.value.problem is TrustProblem.EMPTY_PASSPHRASE
    assert not list(tmp_path.iterdir())


def test_a_missing_key_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(TrustError) as caught:
        read_public_key_file(tmp_path / "nowhere.pub")
    assert caught.value.problem is TrustProblem.KEY_FILE_UNREADABLE
    assert "nowhere.pub" in str(caught.value)


def test_generated_keys_use_minisigns_cost_by_default() -> None:
    # Running it takes 1 GiB and seconds; test_minisign reads such a key made by the tool.
    import inspect

    parameters = inspect.signature(generate_key_files).parameters
    assert parameters["opslimit"].default == minisign.OPSLIMIT_SENSITIVE
    assert parameters["memlimit"].default == minisign.MEMLIMIT_SENSITIVE
