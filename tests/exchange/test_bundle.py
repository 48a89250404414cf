"""Signed directory updates: written, read back, checked by stock tools, and each refusal."""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from referral_desk.exchange import minisign
from referral_desk.exchange.bundle import (
    BundleDraft,
    Limits,
    check_merged,
    payload_records,
    read_manifest,
    records_outside,
    unpack_bundle,
    write_bundle,
)
from referral_desk.exchange.directory_json import check_directory
from referral_desk.exchange.refusals import TEXTS, Refusal, UpdateRefused
from referral_desk.exchange.stored_zip import Member
from referral_desk.exchange.trust import KeyOrigin, TrustedKey, TrustStore
from referral_desk.exchange.update_check import verify_update

Build = Callable[..., bytes]
MiB = 1024 * 1024


def refused(
    bundle: bytes,
    trust: TrustStore,
    applied: dict[str, int] | None = None,
    current: dict[str, str] | None = None,
    limits: Limits | None = None,
) -> UpdateRefused:
    with pytest.raises(UpdateRefused) as caught:
        if limits is None:
            verify_update(bundle, trust, applied or {}, current or {})
        else:
            verify_update(bundle, trust, applied or {}, current or {}, limits=limits)
    sentence = caught.value.sentence()
    assert "{" not in sentence and sentence.endswith(".")
    return caught.value


# --- written and read back --------------------------------------------------------------------


def test_round_trip_keeps_the_directory_and_the_manifest(
    trust: TrustStore, at_key: minisign.SecretKey, directories: Any, make_draft: Any
) -> None:
    directory = directories(["AT"])
    bundle = write_bundle(directory, make_draft("sample-at", ("AT",), 3), at_key)
    update = verify_update(bundle, trust, {"sample-at": 1}, {})
    assert update.payload.directory == directory
    assert update.manifest.sequence == 3
    assert update.manifest.countries == ("AT",)
    assert update.manifest.release_notes["bg"] == "Проверени номера."
    assert update.manifest.stale_after_days == 60
    assert update.key.publisher == "sample-at"
    assert update.bundle_sha256 == hashlib.sha256(bundle).hexdigest()
    assert update.skipped == 1
    assert update.payload.sample is True
    assert {o["id"] for o in directory["organizations"]} <= update.record_ids
    assert check_directory(update.payload.directory) == []


def test_writing_is_deterministic(
    at_key: minisign.SecretKey, directories: Any, make_draft: Any
) -> None:
    directory = directories(["AT"], smallest=True)
    first = write_bundle(directory, make_draft("sample-at", ("AT",)), at_key)
    assert write_bundle(directory, make_draft("sample-at", ("AT",)), at_key) == first


def test_a_publisher_cannot_write_records_outside_its_countries(
    at_key: minisign.SecretKey, directories: Any, make_draft: Any
) -> None:
    directory = directories(["AT", "BG"])
    outside = records_outside(payload_records(directory), ("AT",))
    assert outside and {r.country for r in outside} == {"BG"}
    with pytest.raises(ValueError, match="outside AT"):
        write_bundle(directory, make_draft("sample-at", ("AT",)), at_key)


def test_the_previous_bundle_hash_is_carried(
    trust: TrustStore, at_key: minisign.SecretKey, directories: Any, small_at_bundle: bytes
) -> None:
    previous = hashlib.sha256(small_at_bundle).hexdigest()
    draft = BundleDraft("sample-at", ("AT",), 2, {"en": "Second."}, previous_bundle_sha256=previous)
    bundle = write_bundle(directories(["AT"], smallest=True), draft, at_key)
    update = verify_update(bundle, trust, {"sample-at": 1}, {})
    assert update.manifest.previous_bundle_sha256 == previous
    assert update.skipped == 0


def test_any_zip_tool_opens_it_and_stock_minisign_checks_it(
    small_at_bundle: bytes, at_key: minisign.SecretKey, tmp_path: Path
) -> None:
    with zipfile.ZipFile(io.BytesIO(small_at_bundle)) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == [
            "format",
            "manifest.json",
            "manifest.json.minisig",
            "payload.json.gz",
        ]
        archive.extractall(tmp_path)
    tool = shutil.which("minisign")
    if tool is None:
        pytest.fail("the minisign tool is needed: `apt-get install minisign` (dev.py does this)")
    (tmp_path / "key.pub").write_text(at_key.public_key().file_text())
    checked = subprocess.run(
        [tool, "-V", "-p", "key.pub", "-m", "manifest.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "publisher:sample-at sequence:1 countries:AT" in checked.stdout
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    payload = (tmp_path / "payload.json.gz").read_bytes()
    assert hashlib.sha256(payload).hexdigest() == manifest["payload"]["sha256"]
    assert json.loads(gzip.decompress(payload))["format"] == "referral-desk-directory"


# --- sequence: no replay, no rollback ---------------------------------------------------------


def test_the_same_sequence_again_is_refused(small_at_bundle: bytes, trust: TrustStore) -> None:
    error = refused(small_at_bundle, trust, applied={"sample-at": 1})
    assert error.reason is Refusal.ALREADY_APPLIED
    assert str(error) == (
        "Update number 1 from sample-at is already applied. "
        "There is nothing to do; look for a newer update."
    )


def test_an_older_sequence_is_refused(small_at_bundle: bytes, trust: TrustStore) -> None:
    error = refused(small_at_bundle, trust, applied={"sample-at": 5})
    assert error.reason is Refusal.OLDER_THAN_APPLIED
    assert "number 1" in str(error) and "number 5" in str(error)


def test_each_publisher_has_its_own_sequence(small_at_bundle: bytes, trust: TrustStore) -> None:
    update = verify_update(small_at_bundle, trust, {"sample-bg": 9}, {})
    assert update.applied_sequence == 0


# --- keys -------------------------------------------------------------------------------------


def test_an_unknown_key_is_refused(
    small_at_bundle: bytes, bg_key: minisign.SecretKey, make_trusted: Any
) -> None:
    only_bg = TrustStore((make_trusted(bg_key, "sample-bg", ("BG",)),))
    error = refused(small_at_bundle, only_bg)
    assert error.reason is Refusal.UNKNOWN_KEY
    # the key id is named, so that the post can ask its coordinator about it
    signed_with = unpack_bundle(small_at_bundle).signature.key_id
    assert minisign.key_id_hex(signed_with) in str(error)


def test_a_key_signing_for_another_publisher_is_refused(
    trust: TrustStore, bg_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    bundle = build(bg_key, publisher="sample-at", countries=("BG",), directory=directories(["BG"]))
    error = refused(bundle, trust)
    assert error.reason is Refusal.WRONG_PUBLISHER


def test_the_other_countrys_key_claiming_this_country_is_refused(
    trust: TrustStore, bg_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    bundle = build(bg_key, publisher="sample-bg", countries=("AT",), directory=directories(["AT"]))
    error = refused(bundle, trust)
    assert error.reason is Refusal.COUNTRIES_NOT_TRUSTED
    assert "for AT" in str(error) and "only for BG" in str(error)


def test_the_other_countrys_key_changing_this_countrys_record_is_refused(
    trust: TrustStore, bg_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    """The Bulgarian bundle says it is Bulgarian but carries an Austrian body."""
    directory = directories(["BG"])
    austrian = directories(["AT"], smallest=True)["organizations"][0]
    directory["organizations"].append(austrian)
    bundle = build(bg_key, publisher="sample-bg", countries=("BG",), directory=directory)
    error = refused(bundle, trust)
    assert error.reason is Refusal.OUTSIDE_COUNTRIES
    assert error.details["country"] == "AT"
    assert austrian["name"]["en"] in str(error)


def test_moving_another_countrys_record_into_ones_own_is_refused(
    trust: TrustStore, bg_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    """The record is Austrian at the post; the Bulgarian bundle relabels it as Bulgarian."""
    austrian = directories(["AT"], smallest=True)["organizations"][0]
    relabelled = json.loads(json.dumps(austrian).replace('"AT"', '"BG"'))
    directory = directories(["BG"])
    directory["organizations"].append(relabelled)
    bundle = build(bg_key, publisher="sample-bg", countries=("BG",), directory=directory)
    current = {r.id: r.country for r in payload_records(directories(["AT", "BG"]))}
    error = refused(bundle, trust, current=current)
    assert error.reason is Refusal.TAKES_OVER_RECORD
    assert error.details["country"] == "AT"
    # the same bundle is fine where that record is not Austrian
    verify_update(bundle, trust, {}, {})


def test_two_publishers_side_by_side(
    trust: TrustStore,
    at_key: minisign.SecretKey,
    bg_key: minisign.SecretKey,
    directories: Any,
    make_draft: Any,
) -> None:
    current = {r.id: r.country for r in payload_records(directories(["AT", "BG"]))}
    at_bundle = write_bundle(directories(["AT"]), make_draft("sample-at", ("AT",), 2), at_key)
    bg_bundle = write_bundle(directories(["BG"]), make_draft("sample-bg", ("BG",), 7), bg_key)
    applied = {"sample-at": 1, "sample-bg": 6}
    assert verify_update(at_bundle, trust, applied, current).manifest.publisher == "sample-at"
    assert verify_update(bg_bundle, trust, applied, current).manifest.publisher == "sample-bg"


def test_sample_keys_sign_only_sample_data(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    directory = directories(["AT"], smallest=True)
    directory["directory"]["sample"] = False
    error = refused(build(at_key, directory=directory), trust)
    assert error.reason is Refusal.SAMPLE_MISMATCH


# --- format versions --------------------------------------------------------------------------


def test_a_future_container_format_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    error = refused(build(at_key, format_line=b"referral-desk-bundle 2\n"), trust)
    assert error.reason is Refusal.NEWER_FORMAT
    assert "update format 2" in str(error)


def test_a_future_format_is_named_whatever_its_layout(trust: TrustStore) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("format", b"referral-desk-bundle 3\n")
        archive.writestr("directory.json.zst", bytes(1000), compress_type=zipfile.ZIP_DEFLATED)
    error = refused(buffer.getvalue(), trust)
    assert error.reason is Refusal.NEWER_FORMAT
    assert error.details["version"] == "3"


def test_a_future_manifest_format_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    error = refused(build(at_key, manifest_changes={"format_version": 2}), trust)
    assert error.reason is Refusal.NEWER_FORMAT


def test_a_future_directory_format_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    directory = directories(["AT"], smallest=True)
    directory["format_version"] = 2
    error = refused(build(at_key, directory=directory), trust)
    assert error.reason is Refusal.NEWER_DIRECTORY_FORMAT


def test_a_payload_off_the_directory_schema_names_the_place(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    directory = directories(["AT"], smallest=True)
    directory["organizations"][0]["country"] = "Austria"
    error = refused(build(at_key, directory=directory), trust)
    assert error.reason is Refusal.NOT_A_DIRECTORY
    assert "organizations[0].country" in str(error)


# --- the manifest -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sequence": 0}, "sequence"),
        ({"sequence": True}, "sequence"),
        ({"sequence": "7"}, "sequence"),
        ({"countries": []}, "countries"),
        ({"countries": ["AT", "AT"]}, "countries"),
        ({"countries": ["at"]}, "countries"),
        ({"created": "yesterday"}, "created"),
        ({"created": "2026-1-2T8:00:00Z"}, "created"),
        ({"release_notes": {"fr": "x"}}, "release_notes"),
        ({"stale_after_days": 0}, "stale_after_days"),
        (
            {"payload": {"file": "other.gz", "sha256": "0" * 64, "size": 1, "unpacked_size": 1}},
            "payload.file",
        ),
        ({"extra": 1}, "extra"),
        ({"publisher": "Sample AT"}, "publisher"),
        ({"previous_bundle_sha256": "abc"}, "previous_bundle_sha256"),
    ],
)
def test_an_invalid_manifest_field_is_named(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build, changes: dict[str, Any], field: str
) -> None:
    error = refused(build(at_key, manifest_changes=changes), trust)
    assert error.reason is Refusal.MANIFEST_INVALID
    assert error.details["field"] == field


def test_a_manifest_with_a_key_twice_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    good = unpack_bundle(build(at_key)).manifest_bytes
    doubled = good.replace(b'"sequence": 1,', b'"sequence": 1, "sequence": 9,')
    error = refused(build(at_key, manifest_bytes=doubled), trust)
    assert error.reason is Refusal.MANIFEST_INVALID
    assert "twice" in error.technical


def test_a_trusted_comment_other_than_the_manifest_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    bundle = build(at_key, trusted_comment="referral-desk-bundle publisher:sample-at sequence:99")
    assert refused(bundle, trust).details["field"] == "trusted comment"


def test_read_manifest_round_trip(small_at_bundle: bytes) -> None:
    manifest = read_manifest(unpack_bundle(small_at_bundle).manifest_bytes)
    assert manifest.to_json()["created"] == "2026-11-02T08:00:00Z"


# --- members of the zip -----------------------------------------------------------------------


def test_an_unknown_member_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    bundle = build(at_key, extra_members=(Member("run-me.sh", b"echo hi\n"),))
    error = refused(bundle, trust)
    assert error.reason is Refusal.UNKNOWN_PART
    assert "run-me.sh" in str(error)


def test_a_member_in_another_place_is_refused(trust: TrustStore, small_at_bundle: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(small_at_bundle)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    from referral_desk.exchange.stored_zip import write_stored_zip

    order = ["format", "payload.json.gz", "manifest.json", "manifest.json.minisig"]
    swapped = write_stored_zip([Member(n, parts[n]) for n in order])
    assert refused(swapped, trust).reason is Refusal.UNKNOWN_PART


def test_an_oversized_manifest_is_refused_unread(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    bundle = build(at_key, manifest_bytes=b" " * (65 * 1024))
    error = refused(bundle, trust)
    assert error.reason is Refusal.PART_TOO_LARGE
    assert error.details["part"] == "manifest.json"


def test_an_oversized_file_is_refused_unread(small_at_bundle: bytes, trust: TrustStore) -> None:
    error = refused(small_at_bundle, trust, limits=Limits(bundle_bytes=1024))
    assert error.reason is Refusal.FILE_TOO_LARGE
    error = refused(b"PK\x03\x04" + bytes(97 * MiB), trust)
    assert error.reason is Refusal.FILE_TOO_LARGE
    assert "(97.0 MB)" in str(error) and "(96.0 MB)" in str(error)


def test_a_random_zip_is_not_an_update(trust: TrustStore) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert refused(buffer.getvalue(), trust).reason is Refusal.NOT_A_BUNDLE
    assert refused(b"%PDF-1.7\n", trust).reason is Refusal.NOT_A_BUNDLE
    assert refused(b"", trust).reason is Refusal.NOT_A_BUNDLE


# --- bombs ------------------------------------------------------------------------------------


@functools.cache
def _zeros_gzip(size: int, level: int = 1) -> bytes:
    """gzip of ``size`` zero bytes (a 230th to a 1000th of it), made a mebibyte at a time."""
    packer = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(MiB)
    parts = [packer.compress(chunk) for _ in range(size // MiB)]
    return b"".join([*parts, packer.flush()])


def _peak_allocation(action: Callable[[], object]) -> int:
    tracemalloc.start()
    with contextlib.suppress(UpdateRefused):
        action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def test_a_zip_bomb_in_the_container_is_refused_without_inflating(trust: TrustStore) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("format", b"referral-desk-bundle 1\n")
        archive.writestr("payload.json.gz", bytes(200 * MiB))
    bomb = buffer.getvalue()
    assert len(bomb) < MiB
    assert refused(bomb, trust).reason is Refusal.DAMAGED
    assert _peak_allocation(lambda: verify_update(bomb, trust, {}, {})) < 16 * MiB


def test_a_signed_gzip_bomb_that_says_its_size_is_refused_before_inflating(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    bomb = _zeros_gzip(600 * MiB)  # ~600 KB that unpacks to 600 MB
    bundle = build(at_key, payload_bytes=bomb, raw_payload=b"", unpacked_size=600 * MiB)
    error = refused(bundle, trust)
    assert error.reason is Refusal.PAYLOAD_TOO_LARGE
    assert "(512.0 MB)" in str(error)
    assert _peak_allocation(lambda: verify_update(bundle, trust, {}, {})) < 16 * MiB


def test_a_signed_gzip_bomb_that_lies_about_its_size_stops_at_the_size_it_gave(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    bomb = _zeros_gzip(64 * MiB, level=9)
    said = len(bomb) * 90  # within the compression ratio, so the inflating is what stops it
    bundle = build(at_key, payload_bytes=bomb, raw_payload=b"", unpacked_size=said)
    error = refused(bundle, trust)
    assert error.reason is Refusal.PAYLOAD_TOO_LARGE
    peak = _peak_allocation(lambda: verify_update(bundle, trust, {}, {}))
    assert peak < 3 * said + 4 * MiB < 32 * MiB


def test_an_unsigned_bomb_is_never_inflated(trust: TrustStore, build: Build) -> None:
    stranger = minisign.generate_secret_key()
    bundle = build(
        stranger, payload_bytes=_zeros_gzip(64 * MiB), raw_payload=b"", unpacked_size=1000
    )
    assert refused(bundle, trust).reason is Refusal.UNKNOWN_KEY
    assert _peak_allocation(lambda: verify_update(bundle, trust, {}, {})) < 8 * MiB


def test_a_gzip_with_a_second_member_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    raw = json.dumps(directories(["AT"], smallest=True)).encode()
    payload = gzip.compress(raw, mtime=0) + gzip.compress(b"[]", mtime=0)
    bundle = build(at_key, payload_bytes=payload, raw_payload=raw)
    assert refused(bundle, trust).reason is Refusal.PAYLOAD_UNREADABLE


def test_a_payload_shorter_than_it_says_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build, directories: Any
) -> None:
    raw = json.dumps(directories(["AT"], smallest=True)).encode()
    bundle = build(at_key, raw_payload=raw, unpacked_size=len(raw) + 1)
    assert refused(bundle, trust).reason is Refusal.PAYLOAD_UNREADABLE


@pytest.mark.parametrize("depth", [17, 5000, 500_000])
def test_a_signed_json_bomb_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build, depth: int
) -> None:
    # random text inside keeps it under the compression ratio, so depth is what is caught
    filler = json.dumps(os.urandom(depth // 20 + 5000).hex()).encode()
    bomb = b"[" * depth + filler + b"]" * depth
    error = refused(build(at_key, raw_payload=bomb), trust)
    assert error.reason is Refusal.PAYLOAD_TOO_DEEP


def test_a_payload_of_a_huge_number_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    digits = bytes(ord("0") + b % 10 for b in os.urandom(100_000))
    error = refused(build(at_key, raw_payload=digits), trust)
    assert error.reason is Refusal.PAYLOAD_UNREADABLE


def test_a_manifest_json_bomb_is_refused(
    trust: TrustStore, at_key: minisign.SecretKey, build: Build
) -> None:
    error = refused(build(at_key, manifest_bytes=b"[" * 30_000 + b"]" * 30_000), trust)
    assert error.reason is Refusal.MANIFEST_INVALID


# --- sentences --------------------------------------------------------------------------------


def test_every_refusal_has_a_sentence_that_says_what_to_do() -> None:
    assert set(TEXTS) == set(Refusal)
    for reason, text in TEXTS.items():
        assert text.endswith("."), reason
        assert len(text) < 260, reason


def test_sentences_are_translated_before_they_are_filled(
    small_at_bundle: bytes, trust: TrustStore
) -> None:
    error = refused(small_at_bundle, trust, applied={"sample-at": 1})
    translations = {
        TEXTS[Refusal.ALREADY_APPLIED]: "Обновление {sequence} от {publisher} вече е приложено."
    }

    def translate(context: str, text: str) -> str:
        assert context == "Updates"
        return translations.get(text, text)

    assert error.sentence(translate) == "Обновление 1 от sample-at вече е приложено."


def test_trust_key_names_are_used_in_sentences(
    small_at_bundle: bytes, at_key: minisign.SecretKey
) -> None:
    named = TrustedKey(
        "sample-at",
        ("AT",),
        at_key.public_key(),
        KeyOrigin.SHIPPED,
        sample=True,
        names={"en": "Austrian national coordinator (SAMPLE)"},
    )
    error = refused(small_at_bundle, TrustStore((named,)), applied={"sample-at": 3})
    assert "from Austrian national coordinator (SAMPLE) is older" in str(error)


# --- the payload's shape, and the directory the update leaves -----------------------------------


@pytest.mark.parametrize(
    ("damage", "where"),
    [
        (lambda d: d.update(organizations={}), "organizations"),
        (lambda d: d["organizations"][0].update(services="none"), "organizations[0].services"),
        (
            lambda d: d["organizations"][0]["contacts"][0].update(id=7),
            "organizations[0].contacts[0].id",
        ),
        (lambda d: d["organizations"][0].pop("country"), "organizations[0]"),
        (lambda d: d["directory"].update(sample="yes"), "directory.sample"),
        (lambda d: d.update(directory=[]), "directory.sample"),
        (lambda d: d.update(format="referral-desk-cases"), "format"),
    ],
)
def test_a_payload_not_shaped_like_a_directory_names_the_place(
    trust: TrustStore,
    at_key: minisign.SecretKey,
    build: Build,
    directories: Any,
    damage: Callable[[dict[str, Any]], object],
    where: str,
) -> None:
    directory = directories(["AT"], smallest=True)
    damage(directory)
    error = refused(build(at_key, directory=directory), trust)
    assert error.reason is Refusal.NOT_A_DIRECTORY
    assert error.details["where"] == where


def test_references_across_publishers_resolve_in_the_merged_directory(
    trust: TrustStore, bg_key: minisign.SecretKey, directories: Any, make_draft: Any
) -> None:
    """A Bulgarian update names Austrian counterparts: alone incomplete, merged whole."""
    bulgarian = directories(["BG"], cut_references=False)
    bundle = write_bundle(bulgarian, make_draft("sample-bg", ("BG",)), bg_key)
    update = verify_update(bundle, trust, {}, {})
    with pytest.raises(UpdateRefused) as caught:
        check_merged(update.payload.directory)
    assert caught.value.reason is Refusal.DIRECTORY_PROBLEMS
    assert "counterpart_id" in caught.value.details["where"]
    assert "no contact has id" in caught.value.technical

    merged = directories(["AT"], cut_references=False)
    merged["organizations"] += update.payload.directory["organizations"]
    check_merged(merged)


def test_the_merged_check_counts_every_problem(directories: Any) -> None:
    directory = directories(["AT"], smallest=True)
    org = directory["organizations"][0]
    org["phones"] = [{"number": "+43 1 234 5678", "type": "voice"}]  # a real-looking number
    org["email"] = "someone@gmail.com"
    with pytest.raises(UpdateRefused) as caught:
        check_merged(directory)
    assert caught.value.details["count"] == "2"
    assert "organizations[0]" in str(caught.value)
