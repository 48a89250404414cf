"""Signed directory updates at the post: verify, preview, apply all at once, undo, history.

``check(path)`` reads an update file (or the newest valid one in a folder, a
USB stick), verifies it completely against the post's trusted keys and builds
the preview; nothing is written. ``apply(preview)`` writes it in one
transaction: the records of the publisher's countries are replaced, the other
publishers' stay, and the update is recorded with the directory it replaced,
so ``undo()`` can put that back. The referral log and the settings file
(favourites) are never touched.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange import minisign
from referral_desk.exchange.bundle import (
    SUFFIX,
    BundleDraft,
    check_merged,
    write_bundle,
)
from referral_desk.exchange.key_statements import accept_statement, load_trust_store
from referral_desk.exchange.refusals import NOTHING_NEWER, Refusal, UpdateRefused
from referral_desk.exchange.trust import TrustedKey, TrustStore, list_keys, trust_key
from referral_desk.exchange.update_check import VerifiedUpdate, verify_update
from referral_desk.exchange.update_preview import (
    Body,
    Comparison,
    compare_directories,
    merge_update,
    part_for,
)
from referral_desk.exchange.verification_overlay import with_verifications
from referral_desk.services.changes import Changes
from referral_desk.store import db, record_store, update_store
from referral_desk.store.importer import replace_directory
from referral_desk.store.verification_store import verification_overlay

log = logging.getLogger(__name__)

MAX_BUNDLE_FILES = 200  # update files looked at in one folder
KEPT_FOR_UNDO = 3  # updates whose previous directory is kept


@dataclass(frozen=True)
class UpdatePreview:
    """A verified update and what it would change; ``apply`` writes exactly this."""

    path: Path | str  # the file, or the HTTPS address it came from
    update: VerifiedUpdate
    comparison: Comparison
    merged: Mapping[str, Any]
    base_sha256: str  # the directory the preview was made against

    @property
    def publisher(self) -> TrustedKey:
        return self.update.key

    @property
    def sequence(self) -> int:
        return self.update.manifest.sequence

    def release_notes(self, lang: str) -> str:
        notes = self.update.manifest.release_notes
        return notes.get(lang) or notes.get("en", "")


@dataclass(frozen=True)
class ImportedFile:
    """The file an import in the history came from: its name and format (e.g. xlsx)."""

    name: str
    format: str


@dataclass(frozen=True)
class HistoryEntry:
    """What the history says of a change of the directory, besides what it changed."""

    publisher: str
    countries: tuple[str, ...]
    created: datetime  # UTC, naive
    key_id: str = ""
    sequence: int = 0
    stale_after_days: int = 0
    file_sha256: str = ""
    file: ImportedFile | None = None  # for an import


@dataclass(frozen=True)
class AppliedUpdate:
    """One line of the history: an update applied at this post (and maybe undone)."""

    id: int
    publisher: str
    publisher_names: Mapping[str, str]
    countries: tuple[str, ...]
    sequence: int
    created: datetime
    applied_at: datetime
    bundle_sha256: str
    counts: Mapping[str, Any]
    stale_after_days: int
    undone_at: datetime | None
    can_undo: bool

    @property
    def imported(self) -> ImportedFile | None:
        """The file, when this line is an import rather than a signed update."""
        found = self.counts.get("import")
        if self.publisher != update_store.IMPORTED or not isinstance(found, dict):
            return None
        return ImportedFile(str(found.get("file", "")), str(found.get("format", "")))

    def publisher_name(self, lang: str = "en") -> str:
        return self.publisher_names.get(lang) or self.publisher_names.get("en") or self.publisher


@dataclass(frozen=True)
class PublisherStatus:
    """How current the post's directory is from one publisher, for the status bar."""

    publisher: str
    publisher_names: Mapping[str, str]
    sequence: int
    created: date
    stale_after_days: int
    stale: bool

    def publisher_name(self, lang: str = "en") -> str:
        return self.publisher_names.get(lang) or self.publisher_names.get("en") or self.publisher


class Updates:
    """The post's signed updates: plain values out, a directory notice after apply and undo."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        notify: Callable[[Changes], None],
        shipped_keys: Path,
        local_keys: Path,
        back_up: Callable[[], None] = lambda: None,
    ) -> None:
        self._sessions = sessions
        self._notify = notify
        self._back_up = back_up  # a rotating backup of the file, before the directory changes
        self.shipped_keys = shipped_keys
        self.local_keys = local_keys

    # -- keys

    def trust(self) -> TrustStore:
        """The keys this post knows: shipped, its own, and the statements it accepted."""
        return load_trust_store(self.shipped_keys, self.local_keys)

    def keys(self) -> list[TrustedKey]:
        return list_keys(self.trust())

    def trust_key_file(
        self, public_key: minisign.PublicKey, publisher: str, countries: tuple[str, ...], note: str
    ) -> TrustedKey:
        """Trust a publisher's key at this post (the caller has asked first); it is logged."""
        store = trust_key(
            self.local_keys, self.trust(), public_key, publisher, countries, note=note
        )
        log.warning(
            "Key %s trusted locally for %s (%s): %s",
            public_key.id_hex,
            publisher,
            ",".join(countries),
            note,
        )
        found = store.find(public_key.key_id)
        assert found is not None
        return found

    def accept_statement(self, text: str) -> str:
        """Apply a key statement (rotation, revocation) and keep it; what it did, in English."""
        _store, statement = accept_statement(self.local_keys, self.trust(), text)
        log.warning("Key statement accepted: %s of key %s", statement.kind, statement.key_id)
        if statement.new_key is not None:
            new = statement.new_key.id_hex
            return f"key {statement.key_id} of {statement.publisher} is replaced by key {new}"
        return f"key {statement.key_id} of {statement.publisher} is revoked"

    # -- checking an update

    def _state(self, session: Session) -> tuple[dict[str, Any], str, dict[str, int]]:
        source = update_store.source(session)
        if source is None:
            raise UpdateRefused(Refusal.NO_SOURCE)
        content, sha256 = source
        return content, sha256, update_store.applied_sequences(session)

    def check(self, path: Path) -> UpdatePreview:
        """Verify the update at ``path`` (a file, or a folder: its newest valid update).

        Raises UpdateRefused with the first problem; nothing is written.
        """
        if path.is_dir():
            return self._newest_in(path)
        return self._check_file(path)

    def check_address(self, url: str, ca_file: Path | None = None) -> UpdatePreview:
        """Download the update at an HTTPS address (``ca_file``: the certificate authority
        the server's certificate is checked against, if not the system's) and verify it
        as ``check`` does; nothing is written or kept."""
        from referral_desk.services.update_download import download_update

        return self._check_data(download_update(url, ca_file), url)

    def _check_file(self, path: Path) -> UpdatePreview:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise UpdateRefused(Refusal.UNREADABLE_FILE, str(error), file=str(path)) from None
        return self._check_data(data, path)

    def _check_data(self, data: bytes, path: Path | str) -> UpdatePreview:
        with self._sessions() as session:
            current, base_sha256, applied = self._state(session)
            countries = update_store.record_countries(session)
        update = verify_update(data, self.trust(), applied, countries)
        manifest = update.manifest
        merged = merge_update(current, update.payload.directory, manifest.countries)
        check_merged(merged)
        comparison = compare_directories(current, merged, manifest.countries)
        return UpdatePreview(path, update, comparison, merged, base_sha256)

    def _newest_in(self, folder: Path) -> UpdatePreview:
        files = sorted(folder.glob(f"*{SUFFIX}"))[:MAX_BUNDLE_FILES]
        valid: list[UpdatePreview] = []
        refused: list[tuple[float, UpdateRefused]] = []
        for path in files:
            try:
                valid.append(self._check_file(path))
            except UpdateRefused as error:
                refused.append((path.stat().st_mtime, error))
        if valid:
            return max(valid, key=lambda p: (p.update.manifest.created, p.sequence))
        if refused:  # a real problem before "applied already", then the newest file's
            raise max(refused, key=lambda pair: (pair[1].reason not in NOTHING_NEWER, pair[0]))[1]
        raise UpdateRefused(Refusal.NO_UPDATE_IN_FOLDER, folder=str(folder))

    # -- applying and undoing

    def apply(self, preview: UpdatePreview, now: datetime | None = None) -> AppliedUpdate:
        """Write the previewed update in one transaction: the old directory or the new one."""
        now = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
        manifest = preview.update.manifest
        self._back_up()
        try:
            with self._sessions() as session, session.begin():
                _content, base_sha256, applied = self._state(session)
                if (
                    base_sha256 != preview.base_sha256
                    or applied.get(manifest.publisher, 0) != preview.update.applied_sequence
                ):
                    raise UpdateRefused(Refusal.CHANGED_SINCE_PREVIEW)
                row_id = replace_and_record(
                    session,
                    preview.merged,
                    preview.comparison,
                    HistoryEntry(
                        publisher=manifest.publisher,
                        key_id=manifest.key_id,
                        countries=manifest.countries,
                        sequence=manifest.sequence,
                        created=manifest.created.replace(tzinfo=None),
                        stale_after_days=manifest.stale_after_days,
                        file_sha256=preview.update.bundle_sha256,
                    ),
                    now,
                )
        except SQLAlchemyError as error:
            raise db.DatabaseError(
                f"The directory was not changed: {getattr(error, 'orig', None) or error}"
            ) from error
        applied_update = self._one(row_id)
        log.info(
            "Update %s of %s applied (%s)",
            manifest.sequence,
            manifest.publisher,
            applied_update.counts,
        )
        self._notify(Changes(directory=True))
        return applied_update

    def undo(self, now: datetime | None = None) -> AppliedUpdate | None:
        """Put back the directory the last update or import replaced; None when there is
        nothing to undo."""
        now = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
        self._back_up()
        try:
            with self._sessions() as session, session.begin():
                last = update_store.last_undoable(session)
                if last is None:
                    return None
                row_id, previous = last
                replace_directory(session, update_store.kept_file(previous))
                update_store.mark_undone(session, row_id, now)
        except SQLAlchemyError as error:
            raise db.DatabaseError(
                f"The directory was not changed: {getattr(error, 'orig', None) or error}"
            ) from error
        self._notify(Changes(directory=True))
        return self._one(row_id)

    def can_undo(self) -> bool:
        """Whether the last update or import can be undone (its previous directory is kept)."""
        with self._sessions() as session:
            return update_store.last_undoable_id(session) is not None

    def history(self) -> list[AppliedUpdate]:
        """Every update applied and every file imported here, the newest first."""
        names = self._names()
        with self._sessions() as session:
            rows = update_store.history(session)
            undoable = update_store.last_undoable_id(session)
        return [_applied(row, names, undoable) for row in rows]

    def one(self, row_id: int) -> AppliedUpdate:
        """The history's line ``row_id``."""
        return self._one(row_id)

    def _one(self, row_id: int) -> AppliedUpdate:
        return next(item for item in self.history() if item.id == row_id)

    def _names(self) -> dict[str, Mapping[str, str]]:
        try:
            keys = self.trust().keys
        except ValueError:
            return {}
        return {key.publisher: key.names for key in keys}

    def retired_names(self) -> dict[str, str]:
        """Records retired by updates still in force or by editors here: id -> English name
        (for favourites)."""
        with self._sessions() as session:
            names = update_store.retired_names(session)
            names.update((r.id, r.label) for r in record_store.retired_records(session))
            return names

    def status(self, today: date | None = None) -> list[PublisherStatus]:
        """Per publisher whose update is in force: its date, number, and whether it is stale."""
        today = today or datetime.now(UTC).date()
        names = self._names()
        with self._sessions() as session:
            rows = update_store.in_force(session)
        return [
            PublisherStatus(
                publisher=row.publisher,
                publisher_names=names.get(row.publisher, {}),
                sequence=row.sequence,
                created=row.created.date(),
                stale_after_days=row.stale_after_days,
                stale=today - row.created.date() > timedelta(days=row.stale_after_days),
            )
            for row in rows
        ]

    # -- publishing (at the coordinator's desk)

    def publish(
        self,
        key: minisign.SecretKey,
        publisher: str,
        countries: tuple[str, ...],
        sequence: int,
        release_notes: Mapping[str, str],
        *,
        stale_after_days: int = 90,
        previous_bundle_sha256: str | None = None,
        created: datetime | None = None,
    ) -> bytes:
        """A signed update of this database's records in ``countries``."""
        with self._sessions() as session:
            source = update_store.source(session)
            checks = verification_overlay(session)  # records checked here since
        if source is None:
            raise UpdateRefused(Refusal.NO_SOURCE)
        part = part_for(with_verifications(source[0], checks), countries)
        _check_sample(part, self.trust().find(key.public_key().key_id), key.public_key().id_hex)
        draft = BundleDraft(
            publisher=publisher,
            countries=countries,
            sequence=sequence,
            release_notes=dict(release_notes),
            stale_after_days=stale_after_days,
            previous_bundle_sha256=previous_bundle_sha256,
            created=created,
        )
        return write_bundle(part, draft, key)


def _check_sample(part: Mapping[str, Any], known: TrustedKey | None, key_id: str) -> None:
    """Refuse to sign what every post would refuse: sample data with a real key, or the
    other way round (the sample keys are all shipped, so a key not known here is real)."""
    sample_data = bool(part.get("directory", {}).get("sample"))
    sample_key = known is not None and known.sample
    if sample_data and not sample_key:
        raise UpdateRefused(Refusal.PUBLISH_SAMPLE_DATA, f"sample data, key {key_id}")
    if sample_key and not sample_data:
        raise UpdateRefused(Refusal.PUBLISH_WITH_SAMPLE_KEY, "real data", key_id=key_id)


def replace_and_record(
    session: Session,
    merged: Mapping[str, Any],
    comparison: Comparison,
    entry: HistoryEntry,
    applied_at: datetime,
) -> int:
    """Replace the directory with ``merged`` and add the change to the history with the
    directory it replaced, so ``Updates.undo`` can put that back; in the caller's
    transaction. Signed updates and imports both go this way. Returns the history's row."""
    counts: dict[str, Any] = {
        "added": len(comparison.added),
        "retired": len(comparison.retired),
        "changed": len(comparison.changed),
        "before": dict(comparison.before),
        "after": dict(comparison.after),
    }
    if entry.file is not None:
        counts["import"] = {"file": entry.file.name, "format": entry.file.format}
    previous = update_store.source_gz(session)
    replace_directory(session, directory_file(merged))
    return update_store.record_update(
        session,
        publisher=entry.publisher,
        key_id=entry.key_id,
        countries=entry.countries,
        sequence=entry.sequence,
        created=entry.created,
        stale_after_days=entry.stale_after_days,
        bundle_sha256=entry.file_sha256,
        result_sha256=update_store.source_sha256(session),
        counts=counts,
        retired={body.id: body.label() for body in comparison.retired},
        applied_at=applied_at,
        previous_gz=previous,
        keep=KEPT_FOR_UNDO,
    )


def directory_file(content: Mapping[str, Any]) -> DirectoryFile:
    """A merged directory as a checked directory file (``check_merged`` has passed on it)."""
    raw = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return DirectoryFile(dict(content), hashlib.sha256(raw).hexdigest())


def _applied(
    row: Any, names: Mapping[str, Mapping[str, str]], undoable: int | None
) -> AppliedUpdate:
    return AppliedUpdate(
        id=row.id,
        publisher=row.publisher,
        publisher_names=names.get(row.publisher, {}),
        countries=tuple(row.countries.split()),
        sequence=row.sequence,
        created=row.created.replace(tzinfo=UTC),
        applied_at=row.applied_at.replace(tzinfo=UTC),
        bundle_sha256=row.bundle_sha256,
        counts=json.loads(row.counts_json),
        stale_after_days=row.stale_after_days,
        undone_at=row.undone_at.replace(tzinfo=UTC) if row.undone_at else None,
        can_undo=row.id == undoable,
    )


__all__ = [
    "AppliedUpdate",
    "Body",
    "HistoryEntry",
    "ImportedFile",
    "PublisherStatus",
    "UpdatePreview",
    "UpdateRefused",
    "Updates",
]
