"""Fetching a directory update from an HTTPS address: a verified certificate, a size limit and
a time limit, and one sentence for each way it can fail.

Verification of the server's certificate is never turned off: a post whose coordinator
serves updates with a certificate of its own names that authority's file (``ca_file``).
The update itself is verified afterwards like one from a USB stick; HTTPS only keeps
strangers from seeing which post asks and from holding the update back unnoticed.
"""

from __future__ import annotations

import ssl
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from referral_desk import __version__
from referral_desk.exchange.bundle import DEFAULT_LIMITS
from referral_desk.exchange.refusals import Refusal, UpdateRefused

__all__ = ["TIMEOUT_SECONDS", "download_update", "is_address"]

TIMEOUT_SECONDS = 30.0  # the server's silence allowed at any one moment, and ...
TOTAL_SECONDS = 300.0  # ... the whole download's time
_CHUNK = 64 * 1024


def is_address(text: str) -> bool:
    """Whether ``text`` is meant as a web address rather than a file or folder name."""
    return text.lower().startswith(("https://", "http://"))


class _HttpsOnly(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another HTTPS address."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() != "https":
            fp.close()
            raise UpdateRefused(Refusal.DOWNLOAD_NOT_HTTPS, f"redirected to {newurl}", url=newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download_update(
    url: str,
    ca_file: Path | None = None,
    *,
    limit: int = DEFAULT_LIMITS.bundle_bytes,
    timeout: float = TIMEOUT_SECONDS,
    total: float = TOTAL_SECONDS,
) -> bytes:
    """The bytes at an HTTPS address; UpdateRefused says why not (nothing is kept)."""
    parts = urlsplit(url)
    host = parts.hostname or url
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise UpdateRefused(Refusal.DOWNLOAD_NOT_HTTPS, url=url)
    try:
        context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    except (OSError, ssl.SSLError, ValueError) as error:
        raise UpdateRefused(
            Refusal.CA_FILE_UNREADABLE, str(error), file=str(ca_file), problem=_reason(error)
        ) from None
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _HttpsOnly())
    request = urllib.request.Request(url, headers={"User-Agent": f"referral-desk/{__version__}"})
    deadline = time.monotonic() + total
    too_large = UpdateRefused(Refusal.DOWNLOAD_TOO_LARGE, host=host, limit=str(limit // 2**20))
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise too_large
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise too_large
                if time.monotonic() > deadline:
                    raise TimeoutError(f"more than {total:.0f} s in all")
                chunks.append(chunk)
    except urllib.error.HTTPError as error:
        error.close()
        raise UpdateRefused(
            Refusal.DOWNLOAD_FAILED, str(error), host=host, status=f"{error.code} {error.reason}"
        ) from None
    except urllib.error.URLError as error:
        raise _refusal(error.reason, host, timeout) from None
    except (OSError, ssl.SSLError, ValueError) as error:  # timeouts are OSErrors too
        raise _refusal(error, host, timeout) from None
    return b"".join(chunks)


def _refusal(reason: object, host: str, timeout: float) -> UpdateRefused:
    technical = str(reason)
    if isinstance(reason, ssl.SSLCertVerificationError):
        detail = reason.verify_message or _reason(reason)
        return UpdateRefused(Refusal.DOWNLOAD_CERTIFICATE, technical, host=host, problem=detail)
    if isinstance(reason, TimeoutError):
        return UpdateRefused(
            Refusal.DOWNLOAD_TIMEOUT, technical, host=host, seconds=f"{timeout:.0f}"
        )
    text = _reason(reason) if isinstance(reason, BaseException) else str(reason)
    return UpdateRefused(Refusal.DOWNLOAD_UNREACHABLE, technical, host=host, problem=text)


def _reason(error: BaseException) -> str:
    strerror = getattr(error, "strerror", None)
    return str(strerror or getattr(error, "reason", None) or error)[:200]
