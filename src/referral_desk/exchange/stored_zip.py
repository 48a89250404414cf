"""A strict, canonical zip of stored members: every byte is checked, nothing is inflated.

Any unzip tool opens these archives. The reader accepts only the exact bytes
the writer makes for the same members (no compression, no extra fields, no
comments, fixed dates, no data descriptors, no zip64), so a changed byte
anywhere, even in a field other readers ignore, is noticed.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

LOCAL_SIGNATURE = b"PK\x03\x04"
CENTRAL_SIGNATURE = b"PK\x01\x02"
END_SIGNATURE = b"PK\x05\x06"
LOCAL = struct.Struct("<4sHHHHHIIIHH")  # 30 bytes
CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")  # 46 bytes
END = struct.Struct("<4sHHHHIIH")  # 22 bytes
VERSION = 20  # 2.0: stored members, MS-DOS attributes
DOS_DATE_1980_01_01 = (1 << 5) | 1
MAX_NAME_BYTES = 64


class ZipShapeError(ValueError):
    """The bytes are not a canonical stored zip; ``truncated`` when they end too early."""

    def __init__(self, message: str, *, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes


def write_stored_zip(members: list[Member]) -> bytes:
    """The canonical archive of ``members``, in their order."""
    local_parts: list[bytes] = []
    central_parts: list[bytes] = []
    offset = 0
    for member in members:
        name = member.name.encode("ascii")
        crc = zlib.crc32(member.data)
        size = len(member.data)
        header = LOCAL.pack(
            LOCAL_SIGNATURE, VERSION, 0, 0, 0, DOS_DATE_1980_01_01, crc, size, size, len(name), 0
        )
        central_parts.append(
            CENTRAL.pack(
                CENTRAL_SIGNATURE,
                VERSION,
                VERSION,
                0,
                0,
                0,
                DOS_DATE_1980_01_01,
                crc,
                size,
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
        local_parts.append(header + name + member.data)
        offset += len(header) + len(name) + size
    central = b"".join(central_parts)
    end = END.pack(END_SIGNATURE, 0, 0, len(members), len(members), len(central), offset, 0)
    return b"".join(local_parts) + central + end


def read_stored_zip(data: bytes, max_members: int) -> list[Member]:
    """The members of a canonical stored zip; raise ZipShapeError for anything else."""
    members: list[Member] = []
    position = 0
    while data[position : position + 4] == LOCAL_SIGNATURE and len(members) < max_members:
        header = data[position : position + LOCAL.size]
        if len(header) < LOCAL.size:
            raise ZipShapeError("a member header is cut off", truncated=True)
        fields = LOCAL.unpack(header)
        method, compressed, name_length, extra_length = fields[3], fields[7], fields[9], fields[10]
        if method != 0:
            raise ZipShapeError(f"member {len(members) + 1} is compressed (method {method})")
        if name_length > MAX_NAME_BYTES or extra_length != 0:
            raise ZipShapeError(f"member {len(members) + 1} has a long name or extra fields")
        start = position + LOCAL.size
        raw_name = data[start : start + name_length]
        content = data[start + name_length : start + name_length + compressed]
        if len(raw_name) < name_length or len(content) < compressed:
            raise ZipShapeError(f"member {len(members) + 1} is cut off", truncated=True)
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError:
            raise ZipShapeError(f"member {len(members) + 1} has a name that is not ASCII") from None
        members.append(Member(name, content))
        position = start + name_length + compressed
    rest = data[position : position + 4]
    if len(rest) < 4 and rest and LOCAL_SIGNATURE.startswith(rest):
        raise ZipShapeError("the next member header is cut off", truncated=True)
    if not members:
        raise ZipShapeError("no members", truncated=len(data) < LOCAL.size)
    expected = write_stored_zip(members)
    if expected != data:
        cut = len(data) < len(expected) and expected.startswith(data)
        raise ZipShapeError("not the canonical archive of its members", truncated=cut)
    return members
