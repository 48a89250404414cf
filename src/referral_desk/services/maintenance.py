"""Looking after the database file: check it, and the ways back when it is damaged.

``examine`` works on a file that cannot even be opened; ``restore`` brings a backup
back, ``rebuild`` makes the file anew from the last applied (or a given) directory
file with the referral log kept. Both set the file they replace aside, renamed.
The desk over the file must be closed first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from referral_desk.domain.directory_data import DirectoryFile, StreamedDirectoryFile
from referral_desk.exchange.directory_stream import read_directory_stream
from referral_desk.services.errors import DatabaseError, NewerDatabaseError
from referral_desk.store import backups, repair
from referral_desk.store.applied_file import read_applied

__all__ = ["Examined", "Rebuilt", "examine", "rebuild", "restore"]

Rebuilt = repair.Rebuilt


@dataclass(frozen=True)
class Examined:
    """What ``db check`` found, and the ways back if the file is damaged."""

    problems: list[str]
    read_only: str | None  # why the file can only be read, if so
    sound_backup: Path | None  # the newest backup SQLite finds whole
    can_rebuild: bool  # the last applied directory file can be read from the file
    central: bool = False  # a central PostgreSQL database: its server keeps the backups


def examine(path: Path | str) -> Examined:
    """Check every table and index of the file; with its damage, the ways back.

    A central database's URL (``str``) is checked too: its search index against its
    records; its backups are its server's business."""
    from referral_desk.services.desk import Desk

    if isinstance(path, str):
        with Desk.open(path) as desk:
            return Examined(desk.directory.check(), None, None, False, central=True)

    read_only: str | None = None
    try:
        with Desk.open(path) as desk:
            read_only = desk.read_only
            problems = desk.directory.check()
    except NewerDatabaseError:
        raise
    except DatabaseError as error:
        problems = [str(error)]
    if not problems:
        return Examined([], read_only, None, False)
    return Examined(problems, read_only, newest_sound_backup(path), read_applied(path) is not None)


def newest_sound_backup(path: Path) -> Path | None:
    return next((b for b in backups.backups_of(path) if backups.is_sound(b)), None)


def list_backups(path: Path) -> list[Path]:
    """The backups of the file, newest first."""
    return backups.backups_of(path)


def restore(path: Path, backup: Path | None = None) -> tuple[Path, Path | None, bool]:
    """Put a backup (by default the newest sound one) in the file's place, and the
    settings file (favourites) taken with it in the settings' place.

    Returns the backup restored, the name the replaced file was set aside under, and
    whether settings came back with it (backups taken before they were kept have none).
    """
    chosen = backup or newest_sound_backup(path)
    if chosen is None:
        raise DatabaseError(f"There is no sound backup of {path} to restore.")
    if not chosen.is_file():
        raise DatabaseError(f"The backup {chosen} does not exist.")
    aside = backups.restore(path, chosen)
    return chosen, aside, backups.kept_settings(chosen).is_file()


def rebuild(path: Path, directory_file: Path | None = None) -> repair.Rebuilt:
    """Make the file anew: the directory from ``directory_file`` or the last applied one,
    the referral log, the audit trail and the retired records kept. Says where the old
    file was set aside, and the referrals and retired records kept."""
    directory: DirectoryFile | StreamedDirectoryFile
    if directory_file is not None:
        directory = read_directory_stream(directory_file)  # an organization at a time
    else:
        found = read_applied(path)
        if found is None:
            raise DatabaseError(
                f"The last applied directory file cannot be read from {path}; name a "
                "directory file to rebuild from, or restore a backup."
            )
        directory = found
    return repair.rebuild(path, directory)
