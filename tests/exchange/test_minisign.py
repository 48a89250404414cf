"""minisign keys and signatures: our own round trips, damage, and both ways with the real tool."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from referral_desk.exchange import minisign as ms

FAST = {"opslimit": ms.OPSLIMIT_INTERACTIVE, "memlimit": ms.MEMLIMIT_INTERACTIVE}


def _tool() -> str:
    found = shutil.which("minisign")
    if found is None:
        pytest.fail("the minisign tool is needed: `apt-get install minisign` (dev.py does this)")
    return found


def _run(
    args: list[str], stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool(), *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60
    )


@pytest.fixture(scope="module")
def key() -> ms.SecretKey:
    return ms.generate_secret_key()


# --- our own round trips ----------------------------------------------------------------------


@pytest.mark.parametrize("prehashed", [True, False])
def test_signature_round_trip(key: ms.SecretKey, prehashed: bool) -> None:
    signature = ms.sign(key, b"directory", "sequence 4", prehashed=prehashed)
    parsed = ms.parse_signature(signature.file_text())
    assert parsed == signature
    assert parsed.algorithm == (b"ED" if prehashed else b"Ed")
    ms.verify(key.public_key(), b"directory", parsed)


def test_changed_message_is_refused(key: ms.SecretKey) -> None:
    signature = ms.sign(key, b"directory", "sequence 4")
    with pytest.raises(ms.MinisignError) as caught:
        ms.verify(key.public_key(), b"directorY", signature)
    assert caught.value.problem is ms.Problem.BAD_SIGNATURE


def test_changed_trusted_comment_is_refused(key: ms.SecretKey) -> None:
    text = ms.sign(key, b"directory", "sequence 4").file_text()
    forged = ms.parse_signature(text.replace("sequence 4", "sequence 9"))
    with pytest.raises(ms.MinisignError) as caught:
        ms.verify(key.public_key(), b"directory", forged)
    assert caught.value.problem is ms.Problem.BAD_SIGNATURE


def test_signature_of_another_key_names_both_ids(key: ms.SecretKey) -> None:
    other = ms.generate_secret_key()
    signature = ms.sign(other, b"directory", "x")
    with pytest.raises(ms.MinisignError) as caught:
        ms.verify(key.public_key(), b"directory", signature)
    assert caught.value.problem is ms.Problem.OTHER_KEY
    assert other.public_key().id_hex in str(caught.value)
    assert key.public_key().id_hex in str(caught.value)


def test_public_key_file_round_trip(key: ms.SecretKey) -> None:
    public = key.public_key()
    text = public.file_text()
    assert text.startswith(f"untrusted comment: minisign public key {public.id_hex}\n")
    assert ms.parse_public_key(text) == public
    assert ms.parse_public_key(public.encoded()) == public
    assert ms.public_key_comment(public.file_text("SAMPLE key")) == "SAMPLE key"


def test_key_id_is_printed_little_endian() -> None:
    assert ms.key_id_hex(bytes([1, 0, 0, 0, 0, 0, 0, 0xAB])) == "AB00000000000001"


def test_encrypted_secret_key_round_trip(key: ms.SecretKey) -> None:
    text = ms.secret_key_file_text(key, "correct horse", **FAST)
    assert ms.secret_key_is_encrypted(text)
    assert ms.parse_secret_key(text, "correct horse") == key
    with pytest.raises(ms.MinisignError) as caught:
        ms.parse_secret_key(text, "correct hors")
    assert caught.value.problem is ms.Problem.WRONG_PASSPHRASE
    with pytest.raises(ms.MinisignError):
        ms.parse_secret_key(text, None)


def test_unencrypted_secret_key_round_trip(key: ms.SecretKey) -> None:
    text = ms.secret_key_file_text(key, None)
    assert not ms.secret_key_is_encrypted(text)
    assert ms.parse_secret_key(text, None) == key
    assert "seed" not in repr(key) and key.seed.hex() not in repr(key)


def test_each_salt_is_new(key: ms.SecretKey) -> None:
    first = ms.secret_key_file_text(key, "pw", **FAST)
    second = ms.secret_key_file_text(key, "pw", **FAST)
    assert first != second


def test_scrypt_parameters_are_libsodiums() -> None:
    # crypto_pwhash_scryptsalsa208sha256's documented pairs: N = 2^20 / 2^14, r = 8, p = 1.
    assert ms.scrypt_parameters(ms.OPSLIMIT_SENSITIVE, ms.MEMLIMIT_SENSITIVE) == (1 << 20, 8, 1)
    assert ms.scrypt_parameters(ms.OPSLIMIT_INTERACTIVE, ms.MEMLIMIT_INTERACTIVE) == (1 << 14, 8, 1)
    # opslimit under memlimit / 32: memory follows the operations budget.
    assert ms.scrypt_parameters(1 << 20, 1 << 30) == (1 << 15, 8, 1)


def test_key_file_asking_for_too_much_memory_is_refused(key: ms.SecretKey) -> None:
    import base64

    lines = ms.secret_key_file_text(key, "pw", **FAST).splitlines()
    data = bytearray(base64.b64decode(lines[1]))
    data[38:46] = (1 << 40).to_bytes(8, "little")
    data[46:54] = (1 << 40).to_bytes(8, "little")
    text = f"{lines[0]}\n{base64.b64encode(bytes(data)).decode()}\n"
    with pytest.raises(ms.MinisignError) as caught:
        ms.parse_secret_key(text, "pw")
    assert caught.value.problem is ms.Problem.KDF_TOO_COSTLY


def test_damaged_unencrypted_key_is_refused(key: ms.SecretKey) -> None:
    import base64

    lines = ms.secret_key_file_text(key, None).splitlines()
    data = bytearray(base64.b64decode(lines[1]))
    data[100] ^= 1  # inside the public half of the secret key
    text = f"{lines[0]}\n{base64.b64encode(bytes(data)).decode()}\n"
    with pytest.raises(ms.MinisignError) as caught:
        ms.parse_secret_key(text, None)
    assert caught.value.problem is ms.Problem.DAMAGED_SECRET_KEY


def test_stray_bits_in_base64_are_refused(key: ms.SecretKey) -> None:
    lines = ms.sign(key, b"m", "c").file_text().splitlines()
    # 64 bytes of global signature end in "==": the last letter carries 4 unused bits.
    last = lines[3]
    assert last.endswith("==")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    value = alphabet.index(last[-3])
    lines[3] = last[:-3] + alphabet[value ^ 1] + "=="
    with pytest.raises(ms.MinisignError) as caught:
        ms.parse_signature("\n".join(lines) + "\n")
    assert caught.value.problem is ms.Problem.NOT_A_SIGNATURE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "untrusted comment: x\n",
        "untrusted comment: x\nRWQ=\n",
        "no comment\nRWQAAA\ntrusted comment: x\nAAAA\n",
        "untrusted comment: x\n" + "A" * 100 + "\ntrusted comment: a\x01b\n" + "A" * 88 + "\n",
    ],
)
def test_malformed_signature_files_are_refused(text: str) -> None:
    with pytest.raises(ms.MinisignError):
        ms.parse_signature(text)


@pytest.mark.parametrize("text", ["", "RWQ", "untrusted comment: x\nnot base64\n", "a\nb\nc\n"])
def test_malformed_public_keys_are_refused(text: str) -> None:
    with pytest.raises(ms.MinisignError) as caught:
        ms.parse_public_key(text)
    assert caught.value.problem is ms.Problem.NOT_A_PUBLIC_KEY


def test_comments_must_be_one_line(key: ms.SecretKey) -> None:
    with pytest.raises(ms.MinisignError) as caught:
        ms.sign(key, b"m", "two\nlines")
    assert caught.value.problem is ms.Problem.BAD_COMMENT
    with pytest.raises(ms.MinisignError):
        key.public_key().file_text("x" * 2000)


# --- the stock minisign tool ------------------------------------------------------------------


@pytest.mark.parametrize("prehashed", [True, False])
def test_minisign_accepts_our_signature(key: ms.SecretKey, tmp_path: Path, prehashed: bool) -> None:
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"sequence": 7}\n')
    signature = ms.sign(
        key, message.read_bytes(), "referral-desk sample sequence 7", prehashed=prehashed
    )
    (tmp_path / "manifest.json.minisig").write_text(signature.file_text())
    (tmp_path / "key.pub").write_text(key.public_key().file_text())

    from_file = _run(["-V", "-p", "key.pub", "-m", "manifest.json"], cwd=tmp_path)
    assert from_file.returncode == 0, from_file.stderr
    assert "Trusted comment: referral-desk sample sequence 7" in from_file.stdout
    inline = _run(["-V", "-P", key.public_key().encoded(), "-m", "manifest.json"], cwd=tmp_path)
    assert inline.returncode == 0, inline.stderr

    message.write_bytes(b'{"sequence": 8}\n')
    tampered = _run(["-V", "-p", "key.pub", "-m", "manifest.json"], cwd=tmp_path)
    assert tampered.returncode != 0


def test_minisign_signs_with_our_encrypted_secret_key(key: ms.SecretKey, tmp_path: Path) -> None:
    (tmp_path / "our.key").write_text(ms.secret_key_file_text(key, "our passphrase", **FAST))
    (tmp_path / "message").write_bytes(b"payload")
    signed = _run(
        ["-S", "-s", "our.key", "-m", "message", "-t", "made by minisign"],
        stdin="our passphrase\n",
        cwd=tmp_path,
    )
    assert signed.returncode == 0, signed.stderr
    signature = ms.parse_signature((tmp_path / "message.minisig").read_text())
    assert signature.trusted_comment == "made by minisign"
    ms.verify(key.public_key(), b"payload", signature)
    recreated = _run(
        ["-R", "-s", "our.key", "-p", "again.pub"], stdin="our passphrase\n", cwd=tmp_path
    )
    assert recreated.returncode == 0, recreated.stderr
    assert ms.parse_public_key((tmp_path / "again.pub").read_text()) == key.public_key()


@pytest.mark.parametrize("legacy", [False, True])
def test_we_accept_minisign_unencrypted_key_and_signature(tmp_path: Path, legacy: bool) -> None:
    made = _run(["-G", "-W", "-p", "their.pub", "-s", "their.key"], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    public = ms.parse_public_key((tmp_path / "their.pub").read_text())
    secret = ms.parse_secret_key((tmp_path / "their.key").read_text(), None)
    assert secret.public_key() == public

    (tmp_path / "bundle").write_bytes(b"\x00\x01 any bytes \xff")
    signed = _run(
        ["-S", "-s", "their.key", "-m", "bundle", "-t", "sequence 3", *(["-l"] if legacy else [])],
        cwd=tmp_path,
    )
    assert signed.returncode == 0, signed.stderr
    signature = ms.parse_signature((tmp_path / "bundle.minisig").read_text())
    assert signature.prehashed is not legacy
    ms.verify(public, b"\x00\x01 any bytes \xff", signature)
    with pytest.raises(ms.MinisignError):
        ms.verify(public, b"\x00\x01 any bytes \xfe", signature)


def test_we_decrypt_minisign_encrypted_key(tmp_path: Path) -> None:
    # minisign always encrypts with scrypt's SENSITIVE limits (1 GiB, a few seconds).
    made = _run(
        ["-G", "-p", "their.pub", "-s", "their.key"], stdin="s3cret\ns3cret\n", cwd=tmp_path
    )
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "their.key").read_text()
    assert ms.secret_key_is_encrypted(text)
    secret = ms.parse_secret_key(text, "s3cret")
    public = ms.parse_public_key((tmp_path / "their.pub").read_text())
    assert secret.public_key() == public
    # the decrypted key signs for us, and the tool accepts it with its own public key file
    (tmp_path / "manifest.json").write_bytes(b"{}")
    ours = ms.sign(secret, b"{}", "signed by Referral Desk with a key made by minisign")
    (tmp_path / "manifest.json.minisig").write_text(ours.file_text())
    checked = _run(["-V", "-p", "their.pub", "-m", "manifest.json"], cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
