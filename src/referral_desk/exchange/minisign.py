"""Ed25519 keys, secret key files and signatures in minisign's formats, readable by its tool.

The layouts follow minisign (https://jedisct1.github.io/minisign/): a public
key is ``"Ed"`` + 8-byte key id + 32-byte key; a secret key file holds
``"Ed"``, ``"Sc"`` (scrypt, or two zero bytes when unencrypted), ``"B2"``
(BLAKE2b checksum), a 32-byte salt, scrypt's opslimit and memlimit (64-bit
little endian, libsodium's units), and the key id, the 64-byte libsodium
secret key (seed + public key) and a BLAKE2b-256 checksum, XOR'd with the
scrypt output. A signature is ``"ED"`` (BLAKE2b-512 prehashed message) or
``"Ed"`` (the message itself) + key id + Ed25519 signature, followed by the
trusted comment and a global signature over signature + trusted comment.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

SIGNATURE_ALGORITHM = b"Ed"
PREHASHED_ALGORITHM = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\x00\x00"
CHECKSUM_BLAKE2B = b"B2"
COMMENT_PREFIX = "untrusted comment: "
TRUSTED_COMMENT_PREFIX = "trusted comment: "
KEY_ID_BYTES = 8
SALT_BYTES = 32
SECRET_KEY_BYTES = 64  # libsodium's form: 32-byte seed, then the 32-byte public key
CHECKSUM_BYTES = 32
ENCRYPTED_PART_BYTES = KEY_ID_BYTES + SECRET_KEY_BYTES + CHECKSUM_BYTES
PUBLIC_KEY_STRUCT_BYTES = 2 + KEY_ID_BYTES + 32
SECRET_KEY_STRUCT_BYTES = 2 + 2 + 2 + SALT_BYTES + 8 + 8 + ENCRYPTED_PART_BYTES
SIGNATURE_STRUCT_BYTES = 2 + KEY_ID_BYTES + 64
COMMENT_MAX_BYTES = 1024  # minisign's COMMENTMAXBYTES, the line with its prefix
TRUSTED_COMMENT_MAX_BYTES = 8192 - len(TRUSTED_COMMENT_PREFIX) - 2
SIGNATURE_TEXT_MAX_BYTES = 2 * COMMENT_MAX_BYTES + 8192 + 256

# libsodium's crypto_pwhash_scryptsalsa208sha256 limits: minisign encrypts with
# the SENSITIVE pair (1 GiB of memory, a few seconds); INTERACTIVE is for tests.
OPSLIMIT_SENSITIVE = 33_554_432
MEMLIMIT_SENSITIVE = 1_073_741_824
OPSLIMIT_INTERACTIVE = 524_288
MEMLIMIT_INTERACTIVE = 16_777_216
MEMORY_CEILING = 2 * MEMLIMIT_SENSITIVE  # refuse key files asking for more than this

CONTEXT = "Keys"


class Problem(StrEnum):
    """Why a key or signature cannot be used."""

    NOT_A_PUBLIC_KEY = "not_a_public_key"
    NOT_A_SECRET_KEY = "not_a_secret_key"
    NOT_A_SIGNATURE = "not_a_signature"
    UNSUPPORTED = "unsupported"
    KDF_TOO_COSTLY = "kdf_too_costly"
    WRONG_PASSPHRASE = "wrong_passphrase"
    DAMAGED_SECRET_KEY = "damaged_secret_key"
    OTHER_KEY = "other_key"
    BAD_SIGNATURE = "bad_signature"
    BAD_COMMENT = "bad_comment"


PROBLEM_TEXTS: dict[Problem, str] = {
    Problem.NOT_A_PUBLIC_KEY: QT_TRANSLATE_NOOP(
        "Keys",
        "This is not a minisign public key. Choose the .pub file the publisher gave you.",
    ),
    Problem.NOT_A_SECRET_KEY: QT_TRANSLATE_NOOP(
        "Keys",
        "This is not a minisign secret key. Choose the .key file made with your key pair.",
    ),
    Problem.NOT_A_SIGNATURE: QT_TRANSLATE_NOOP(
        "Keys",
        "The signature is missing or damaged. Get the signed file again from its publisher.",
    ),
    Problem.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Keys",
        "The key or signature uses a method Referral Desk does not support ({what}). "
        "Use an Ed25519 key made with minisign or Referral Desk.",
    ),
    Problem.KDF_TOO_COSTLY: QT_TRANSLATE_NOOP(
        "Keys",
        "The secret key asks for more memory to unlock than Referral Desk allows. "
        "Make a new key pair with Referral Desk or minisign.",
    ),
    Problem.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Keys", "The passphrase does not unlock this secret key. Type it again."
    ),
    Problem.DAMAGED_SECRET_KEY: QT_TRANSLATE_NOOP(
        "Keys",
        "The secret key file is damaged. Restore it from your backup copy.",
    ),
    Problem.OTHER_KEY: QT_TRANSLATE_NOOP(
        "Keys",
        "The signature was made with key {signed_with}, not with key {expected}. "
        "Check that you use the right public key.",
    ),
    Problem.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "Keys",
        "The signature does not match the signed content: it was changed or damaged "
        "after signing. Do not use it; get it again from its publisher.",
    ),
    Problem.BAD_COMMENT: QT_TRANSLATE_NOOP(
        "Keys",
        "A comment must be one line of printable text of at most {limit} bytes. Shorten it.",
    ),
}


class MinisignError(ValueError):
    """A key, key file or signature cannot be used; ``problem`` says why."""

    def __init__(self, problem: Problem, **details: str) -> None:
        self.problem = problem
        self.details = details
        super().__init__(self.sentence())

    def sentence(self, translate: Translate = untranslated) -> str:
        """The one-sentence explanation, translated and then filled in."""
        return translate(CONTEXT, PROBLEM_TEXTS[self.problem]).format(**self.details)


def key_id_hex(key_id: bytes) -> str:
    """A key id as minisign prints it: the 8 bytes read as a little-endian number, in hex."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int, problem: Problem) -> bytes:
    """Decode canonical base64 of exactly ``size`` bytes; anything else is ``problem``."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise MinisignError(problem) from None
    # Re-encoding catches stray bits in the last character, which decoders ignore.
    if len(data) != size or _b64(data) != text:
        raise MinisignError(problem)
    return data


def _check_comment(text: str, limit: int) -> None:
    encoded = text.encode("utf-8")
    if len(encoded) > limit or any(c in text for c in "\r\n\x00"):
        raise MinisignError(Problem.BAD_COMMENT, limit=str(limit))


def _lines(text: str) -> list[str]:
    """The lines of a key or signature file, as minisign's ``fgets`` + ``trim`` sees them."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with minisign's 8-byte key id."""

    key_id: bytes
    key: bytes

    @property
    def id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def encoded(self) -> str:
        """The base64 line minisign takes with ``-P``."""
        return _b64(SIGNATURE_ALGORITHM + self.key_id + self.key)

    def file_text(self, comment: str | None = None) -> str:
        """A minisign public key file."""
        comment = comment if comment is not None else f"minisign public key {self.id_hex}"
        _check_comment(COMMENT_PREFIX + comment, COMMENT_MAX_BYTES - 2)
        return f"{COMMENT_PREFIX}{comment}\n{self.encoded()}\n"


@dataclass(frozen=True, repr=False)
class SecretKey:
    """An Ed25519 secret key with its key id; never printed."""

    key_id: bytes
    seed: bytes

    def __repr__(self) -> str:
        return f"SecretKey(key_id={key_id_hex(self.key_id)})"

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    def public_key(self) -> PublicKey:
        return PublicKey(self.key_id, self._private().public_key().public_bytes_raw())

    def sign_raw(self, message: bytes) -> bytes:
        return self._private().sign(message)


@dataclass(frozen=True)
class Signature:
    """A minisign signature: algorithm, key id, signature, trusted comment, global signature."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = "signature from minisign secret key"

    @property
    def prehashed(self) -> bool:
        return self.algorithm == PREHASHED_ALGORITHM

    def file_text(self) -> str:
        """A ``.minisig`` file."""
        return (
            f"{COMMENT_PREFIX}{self.untrusted_comment}\n"
            f"{_b64(self.algorithm + self.key_id + self.signature)}\n"
            f"{TRUSTED_COMMENT_PREFIX}{self.trusted_comment}\n"
            f"{_b64(self.global_signature)}\n"
        )


def generate_secret_key() -> SecretKey:
    """A new random key pair's secret half, with a random key id as minisign makes them."""
    seed = Ed25519PrivateKey.generate().private_bytes_raw()
    return SecretKey(secrets.token_bytes(KEY_ID_BYTES), seed)


def parse_public_key(text: str) -> PublicKey:
    """A public key from a minisign .pub file's text or from its base64 line alone."""
    lines = _lines(text)
    if len(lines) == 2 and lines[0].startswith(COMMENT_PREFIX):
        encoded = lines[1]
    elif len(lines) == 1:
        encoded = lines[0].strip()
    else:
        raise MinisignError(Problem.NOT_A_PUBLIC_KEY)
    data = _unb64(encoded, PUBLIC_KEY_STRUCT_BYTES, Problem.NOT_A_PUBLIC_KEY)
    if data[:2] != SIGNATURE_ALGORITHM:
        raise MinisignError(Problem.UNSUPPORTED, what=repr(data[:2]))
    key = PublicKey(data[2:10], data[10:])
    try:
        Ed25519PublicKey.from_public_bytes(key.key)
    except ValueError:
        raise MinisignError(Problem.NOT_A_PUBLIC_KEY) from None
    return key


def public_key_comment(text: str) -> str:
    """The untrusted comment of a public key file ('' when there is none)."""
    first = _lines(text)[:1]
    return (
        first[0].removeprefix(COMMENT_PREFIX)
        if first and first[0].startswith(COMMENT_PREFIX)
        else ""
    )


# --- secret key files -------------------------------------------------------------------------


def scrypt_parameters(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """scrypt's (N, r, p) from libsodium's opslimit and memlimit, as its ``pickparams`` does."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
    else:
        max_n = memlimit // (r * 128)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    return 1 << n_log2, r, p


def _keystream(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    n, r, p = scrypt_parameters(opslimit, memlimit)
    if p < 1 or 128 * r * n * p > MEMORY_CEILING or n > 1 << 24:
        raise MinisignError(Problem.KDF_TOO_COSTLY)
    kdf = Scrypt(salt=salt, length=ENCRYPTED_PART_BYTES, n=n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(
        SIGNATURE_ALGORITHM + key_id + secret, digest_size=CHECKSUM_BYTES
    ).digest()


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def secret_key_file_text(
    key: SecretKey,
    passphrase: str | None,
    *,
    opslimit: int = OPSLIMIT_SENSITIVE,
    memlimit: int = MEMLIMIT_SENSITIVE,
    comment: str = "minisign encrypted secret key",
) -> str:
    """A minisign secret key file, encrypted with ``passphrase`` (None: unencrypted, like -W)."""
    _check_comment(COMMENT_PREFIX + comment, COMMENT_MAX_BYTES - 2)
    secret = key.seed + key.public_key().key
    part = key.key_id + secret + _checksum(key.key_id, secret)
    if passphrase is None:
        kdf, salt, ops, mem = KDF_NONE, bytes(SALT_BYTES), 0, 0
    else:
        kdf, salt, ops, mem = KDF_SCRYPT, secrets.token_bytes(SALT_BYTES), opslimit, memlimit
        part = _xor(part, _keystream(passphrase, salt, ops, mem))
    data = (
        SIGNATURE_ALGORITHM
        + kdf
        + CHECKSUM_BLAKE2B
        + salt
        + ops.to_bytes(8, "little")
        + mem.to_bytes(8, "little")
        + part
    )
    return f"{COMMENT_PREFIX}{comment}\n{_b64(data)}\n"


def secret_key_is_encrypted(text: str) -> bool:
    """Whether a secret key file needs a passphrase."""
    return _secret_struct(text)[1] == KDF_SCRYPT


def _secret_struct(text: str) -> tuple[bytes, bytes]:
    lines = _lines(text)
    if len(lines) != 2 or not lines[0].startswith(COMMENT_PREFIX):
        raise MinisignError(Problem.NOT_A_SECRET_KEY)
    data = _unb64(lines[1], SECRET_KEY_STRUCT_BYTES, Problem.NOT_A_SECRET_KEY)
    if data[:2] != SIGNATURE_ALGORITHM:
        raise MinisignError(Problem.UNSUPPORTED, what=repr(data[:2]))
    if data[4:6] != CHECKSUM_BLAKE2B:
        raise MinisignError(Problem.UNSUPPORTED, what=repr(data[4:6]))
    if data[2:4] not in (KDF_SCRYPT, KDF_NONE):
        raise MinisignError(Problem.UNSUPPORTED, what=repr(data[2:4]))
    return data, data[2:4]


def parse_secret_key(text: str, passphrase: str | None) -> SecretKey:
    """The secret key of a minisign secret key file, decrypted with ``passphrase`` if encrypted."""
    data, kdf = _secret_struct(text)
    salt = data[6:38]
    opslimit = int.from_bytes(data[38:46], "little")
    memlimit = int.from_bytes(data[46:54], "little")
    part = data[54:]
    if kdf == KDF_SCRYPT:
        if passphrase is None:
            raise MinisignError(Problem.WRONG_PASSPHRASE)
        part = _xor(part, _keystream(passphrase, salt, opslimit, memlimit))
    key_id, secret, checksum = part[:8], part[8:72], part[72:]
    # minisign -W leaves the checksum of an unencrypted key as zeros; when there is
    # one it must match, and the public half must always be the seed's.
    checked = kdf == KDF_SCRYPT or checksum != bytes(CHECKSUM_BYTES)
    if checked and not hmac.compare_digest(checksum, _checksum(key_id, secret)):
        raise MinisignError(
            Problem.WRONG_PASSPHRASE if kdf == KDF_SCRYPT else Problem.DAMAGED_SECRET_KEY
        )
    key = SecretKey(key_id, secret[:32])
    if key.public_key().key != secret[32:]:
        raise MinisignError(Problem.DAMAGED_SECRET_KEY)
    return key


# --- signatures -------------------------------------------------------------------------------


def _prehash(message: bytes) -> bytes:
    return hashlib.blake2b(message, digest_size=64).digest()


def sign(
    key: SecretKey,
    message: bytes,
    trusted_comment: str,
    *,
    untrusted_comment: str = "signature from minisign secret key",
    prehashed: bool = True,
) -> Signature:
    """Sign ``message`` as ``minisign -S`` does (``prehashed=False`` is its legacy ``-l``)."""
    _check_comment(COMMENT_PREFIX + untrusted_comment, COMMENT_MAX_BYTES - 2)
    _check_comment(trusted_comment, TRUSTED_COMMENT_MAX_BYTES)
    if not _printable(trusted_comment):
        raise MinisignError(Problem.BAD_COMMENT, limit=str(TRUSTED_COMMENT_MAX_BYTES))
    algorithm = PREHASHED_ALGORITHM if prehashed else SIGNATURE_ALGORITHM
    signature = key.sign_raw(_prehash(message) if prehashed else message)
    global_signature = key.sign_raw(signature + trusted_comment.encode("utf-8"))
    return Signature(
        algorithm, key.key_id, signature, trusted_comment, global_signature, untrusted_comment
    )


def _printable(text: str) -> bool:
    """minisign's test for a trusted comment: no control characters except tab."""
    return all(c == "\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in text)


def parse_signature(text: str) -> Signature:
    """A signature from a ``.minisig`` file's text (four lines)."""
    if len(text) > SIGNATURE_TEXT_MAX_BYTES:
        raise MinisignError(Problem.NOT_A_SIGNATURE)
    lines = _lines(text)
    if (
        len(lines) != 4
        or not lines[0].startswith(COMMENT_PREFIX)
        or not lines[2].startswith(TRUSTED_COMMENT_PREFIX)
        or any("\r" in line for line in lines)
    ):
        raise MinisignError(Problem.NOT_A_SIGNATURE)
    trusted_comment = lines[2].removeprefix(TRUSTED_COMMENT_PREFIX)
    if len(trusted_comment.encode("utf-8")) > TRUSTED_COMMENT_MAX_BYTES or not _printable(
        trusted_comment
    ):
        raise MinisignError(Problem.NOT_A_SIGNATURE)
    data = _unb64(lines[1], SIGNATURE_STRUCT_BYTES, Problem.NOT_A_SIGNATURE)
    if data[:2] not in (PREHASHED_ALGORITHM, SIGNATURE_ALGORITHM):
        raise MinisignError(Problem.UNSUPPORTED, what=repr(data[:2]))
    global_signature = _unb64(lines[3], 64, Problem.NOT_A_SIGNATURE)
    return Signature(
        data[:2],
        data[2:10],
        data[10:],
        trusted_comment,
        global_signature,
        lines[0].removeprefix(COMMENT_PREFIX),
    )


def verify(key: PublicKey, message: bytes, signature: Signature) -> None:
    """Check a signature and its trusted comment as ``minisign -V`` does; raise if they fail."""
    if not hmac.compare_digest(signature.key_id, key.key_id):
        raise MinisignError(
            Problem.OTHER_KEY,
            signed_with=key_id_hex(signature.key_id),
            expected=key.id_hex,
        )
    public = Ed25519PublicKey.from_public_bytes(key.key)
    signed = _prehash(message) if signature.prehashed else message
    try:
        public.verify(signature.signature, signed)
        public.verify(
            signature.global_signature,
            signature.signature + signature.trusted_comment.encode("utf-8"),
        )
    except InvalidSignature:
        raise MinisignError(Problem.BAD_SIGNATURE) from None
