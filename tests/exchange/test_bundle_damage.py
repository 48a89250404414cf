"""A damaged update is always refused with our own error: every byte flipped, cut, fuzzed."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_desk.exchange.refusals import Refusal, UpdateRefused
from referral_desk.exchange.stored_zip import Member, read_stored_zip, write_stored_zip
from referral_desk.exchange.trust import TrustStore
from referral_desk.exchange.update_check import verify_update


def _refusal(bundle: bytes, trust: TrustStore) -> Refusal:
    with pytest.raises(UpdateRefused) as caught:
        verify_update(bundle, trust, {}, {})
    assert "{" not in caught.value.sentence()
    return caught.value.reason


def test_the_small_bundle_itself_verifies(small_at_bundle: bytes, trust: TrustStore) -> None:
    update = verify_update(small_at_bundle, trust, {}, {})
    assert update.manifest.publisher == "sample-at"
    assert len(small_at_bundle) < 4000


@pytest.mark.parametrize("mask", [0xFF, 0x01, 0x80])
def test_every_byte_flipped_is_refused(
    small_at_bundle: bytes, trust: TrustStore, mask: int
) -> None:
    reasons: Counter[Refusal] = Counter()
    for position in range(len(small_at_bundle)):
        damaged = bytearray(small_at_bundle)
        damaged[position] ^= mask
        reasons[_refusal(bytes(damaged), trust)] += 1
    assert sum(reasons.values()) == len(small_at_bundle)
    # the damage is found by the right check: the zip's own shape, the signature, the hash
    assert reasons[Refusal.DAMAGED] > 0
    assert reasons[Refusal.PAYLOAD_MISMATCH] + reasons[Refusal.DAMAGED] > len(small_at_bundle) // 3


def test_every_cut_is_refused_as_incomplete(small_at_bundle: bytes, trust: TrustStore) -> None:
    for length in range(len(small_at_bundle)):
        reason = _refusal(small_at_bundle[:length], trust)
        if length >= 4:
            assert reason is Refusal.TRUNCATED, length
        else:
            assert reason is Refusal.NOT_A_BUNDLE, length


def test_anything_appended_is_refused(small_at_bundle: bytes, trust: TrustStore) -> None:
    assert _refusal(small_at_bundle + b"\x00", trust) is Refusal.DAMAGED
    assert _refusal(small_at_bundle + small_at_bundle, trust) is Refusal.DAMAGED


@given(st.binary(max_size=4096))
@settings(max_examples=300, deadline=None)
def test_random_bytes_are_refused_cleanly(data: bytes) -> None:
    with pytest.raises(UpdateRefused):
        verify_update(data, TrustStore(), {}, {})


@given(data=st.binary(max_size=600))
@settings(max_examples=300, deadline=None)
def test_random_bytes_behind_a_bundle_header_are_refused_cleanly(data: bytes) -> None:
    header = b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x21\x00"
    with pytest.raises(UpdateRefused):
        verify_update(
            header + data[:12] + b"\x06\x00\x00\x00format" + data[12:], TrustStore(), {}, {}
        )


@given(st.data())
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_edits_of_a_bundle_are_refused_cleanly(
    small_at_bundle: bytes, trust: TrustStore, data: st.DataObject
) -> None:
    bundle = bytearray(small_at_bundle)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(bundle) - 1))
        edit = data.draw(st.sampled_from(["replace", "insert", "delete"]))
        chunk = data.draw(st.binary(min_size=1, max_size=8))
        if edit == "replace":
            bundle[position : position + len(chunk)] = chunk
        elif edit == "insert":
            bundle[position:position] = chunk
        else:
            del bundle[position : position + len(chunk)]
    if bytes(bundle) == small_at_bundle:
        return
    with pytest.raises(UpdateRefused):
        verify_update(bytes(bundle), trust, {}, {})


@pytest.mark.parametrize(
    "member", ["format", "manifest.json", "manifest.json.minisig", "payload.json.gz"]
)
def test_every_byte_of_a_member_flipped_is_refused_behind_a_repaired_zip(
    small_at_bundle: bytes, trust: TrustStore, member: str
) -> None:
    """Past the zip's own checksums, the signature and the payload hash catch every change."""
    members = read_stored_zip(small_at_bundle, 5)
    index = next(i for i, m in enumerate(members) if m.name == member)
    reasons: Counter[Refusal] = Counter()
    for position in range(len(members[index].data)):
        data = bytearray(members[index].data)
        data[position] ^= 0x20
        changed = [*members[:index], Member(member, bytes(data)), *members[index + 1 :]]
        reasons[_refusal(write_stored_zip(changed), trust)] += 1
    assert sum(reasons.values()) == len(members[index].data)
    expected = {
        "format": Refusal.NOT_A_BUNDLE,
        "manifest.json": Refusal.BAD_SIGNATURE,
        "payload.json.gz": Refusal.PAYLOAD_MISMATCH,
    }
    if member in expected:
        assert set(reasons) <= {expected[member], Refusal.DAMAGED}, reasons
    else:
        assert Refusal.BAD_SIGNATURE in reasons and Refusal.MANIFEST_INVALID in reasons, reasons
