"""Why a directory update is refused: one code, one sentence saying what is wrong and what to do.

The sentences are marked for Qt's translation (context "Updates"); the UI and
the CLI call ``UpdateRefused.sentence(translate)``, which translates the
sentence first and fills in its placeholders afterwards.
"""

from __future__ import annotations

from enum import StrEnum

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "Updates"


class Refusal(StrEnum):
    """The reasons a directory update is not applied."""

    FILE_TOO_LARGE = "file_too_large"
    NOT_A_BUNDLE = "not_a_bundle"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    UNKNOWN_PART = "unknown_part"
    PART_TOO_LARGE = "part_too_large"
    NEWER_FORMAT = "newer_format"
    SIGNATURE_UNREADABLE = "signature_unreadable"
    UNKNOWN_KEY = "unknown_key"
    REVOKED_KEY = "revoked_key"
    REPLACED_KEY = "replaced_key"
    BAD_SIGNATURE = "bad_signature"
    MANIFEST_INVALID = "manifest_invalid"
    WRONG_PUBLISHER = "wrong_publisher"
    COUNTRIES_NOT_TRUSTED = "countries_not_trusted"
    ALREADY_APPLIED = "already_applied"
    OLDER_THAN_APPLIED = "older_than_applied"
    PAYLOAD_MISMATCH = "payload_mismatch"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    PAYLOAD_UNREADABLE = "payload_unreadable"
    PAYLOAD_TOO_DEEP = "payload_too_deep"
    NEWER_DIRECTORY_FORMAT = "newer_directory_format"
    NOT_A_DIRECTORY = "not_a_directory"
    DIRECTORY_PROBLEMS = "directory_problems"
    SAMPLE_MISMATCH = "sample_mismatch"
    OUTSIDE_COUNTRIES = "outside_countries"
    TAKES_OVER_RECORD = "takes_over_record"
    UNREADABLE_FILE = "unreadable_file"
    NO_UPDATE_IN_FOLDER = "no_update_in_folder"
    NO_SOURCE = "no_source"
    CHANGED_SINCE_PREVIEW = "changed_since_preview"
    DOWNLOAD_NOT_HTTPS = "download_not_https"
    DOWNLOAD_CERTIFICATE = "download_certificate"
    DOWNLOAD_UNREACHABLE = "download_unreachable"
    DOWNLOAD_TIMEOUT = "download_timeout"
    DOWNLOAD_FAILED = "download_failed"
    DOWNLOAD_TOO_LARGE = "download_too_large"
    CA_FILE_UNREADABLE = "ca_file_unreadable"
    # at the coordinator's desk, before an update is written
    PUBLISH_SAMPLE_DATA = "publish_sample_data"
    PUBLISH_WITH_SAMPLE_KEY = "publish_with_sample_key"


TEXTS: dict[Refusal, str] = {
    Refusal.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Updates",
        "The file is larger ({size} MB) than a directory update can be ({limit} MB). "
        "Check that you chose the update file.",
    ),
    Refusal.NOT_A_BUNDLE: QT_TRANSLATE_NOOP(
        "Updates",
        "This file is not a Referral Desk directory update. Check that you chose the update file.",
    ),
    Refusal.TRUNCATED: QT_TRANSLATE_NOOP(
        "Updates",
        "The update file is incomplete: it ends too early. "
        "Copy it again from the original and try once more.",
    ),
    Refusal.DAMAGED: QT_TRANSLATE_NOOP(
        "Updates",
        "The update file is damaged. Copy it again from the original and try once more.",
    ),
    Refusal.UNKNOWN_PART: QT_TRANSLATE_NOOP(
        "Updates",
        "The update file holds a part Referral Desk does not know ({part}), so it was not "
        "made by Referral Desk or was altered. Do not use it; ask your coordinator for it again.",
    ),
    Refusal.PART_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Updates",
        "A part of the update file ({part}) is larger than it can be. "
        "Do not use it; ask your coordinator for the file again.",
    ),
    Refusal.NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Updates",
        "This update was made for a newer Referral Desk (update format {version}). "
        "Install the newer Referral Desk, then open the update again.",
    ),
    Refusal.SIGNATURE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Updates",
        "The signature of the update cannot be read. "
        "Do not use the file; ask your coordinator for it again.",
    ),
    Refusal.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "Updates",
        "The update is signed with key {key_id}, which this post does not trust. Ask your "
        "national coordinator for an update signed with a key you trust, or for their public key.",
    ),
    Refusal.REVOKED_KEY: QT_TRANSLATE_NOOP(
        "Updates",
        "The update is signed with key {key_id} of {publisher}, which has been revoked. "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.REPLACED_KEY: QT_TRANSLATE_NOOP(
        "Updates",
        "The update is signed with key {key_id}, which {publisher} has replaced with a new key. "
        "Ask for an update signed with the new key.",
    ),
    Refusal.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "Updates",
        "The signature does not match the update: the file was changed or damaged after it "
        "was signed. Do not use it; ask your coordinator for the file again.",
    ),
    Refusal.MANIFEST_INVALID: QT_TRANSLATE_NOOP(
        "Updates",
        "The update's description is not valid ({field}). "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.WRONG_PUBLISHER: QT_TRANSLATE_NOOP(
        "Updates",
        "The update says it comes from {claimed}, but it is signed with the key of {publisher}. "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.COUNTRIES_NOT_TRUSTED: QT_TRANSLATE_NOOP(
        "Updates",
        "The update from {publisher} is for {countries}, but this post trusts {publisher} "
        "only for {trusted}. Do not use it; tell your national coordinator.",
    ),
    Refusal.ALREADY_APPLIED: QT_TRANSLATE_NOOP(
        "Updates",
        "Update number {sequence} from {publisher} is already applied. "
        "There is nothing to do; look for a newer update.",
    ),
    Refusal.OLDER_THAN_APPLIED: QT_TRANSLATE_NOOP(
        "Updates",
        "Update number {sequence} from {publisher} is older than number {applied}, which is "
        "already applied. An older update cannot be applied; look for a newer one.",
    ),
    Refusal.PAYLOAD_MISMATCH: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory in the update does not match its signed description: the file was "
        "changed or damaged. Do not use it; ask your coordinator for the file again.",
    ),
    Refusal.PAYLOAD_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory in the update unpacks to more than it can be ({limit} MB). "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.PAYLOAD_UNREADABLE: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory in the update cannot be read. "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.PAYLOAD_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory in the update is nested deeper than a directory can be. "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.NEWER_DIRECTORY_FORMAT: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory in the update is in a newer format (version {version}). "
        "Install the newer Referral Desk, then open the update again.",
    ),
    Refusal.NOT_A_DIRECTORY: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory in the update does not follow the directory format (at {where}). "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.DIRECTORY_PROBLEMS: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory the update would leave does not pass its checks ({count} found, the "
        "first at {where}). Do not apply it; tell your national coordinator.",
    ),
    Refusal.SAMPLE_MISMATCH: QT_TRANSLATE_NOOP(
        "Updates",
        "The update is signed with a sample key but holds real data, or the other way round. "
        "Do not use it; tell your national coordinator.",
    ),
    Refusal.OUTSIDE_COUNTRIES: QT_TRANSLATE_NOOP(
        "Updates",
        "The update from {publisher} holds “{name}” in {country}, but {publisher} "
        "may change only records of {countries}. Do not use it; tell your national coordinator.",
    ),
    Refusal.TAKES_OVER_RECORD: QT_TRANSLATE_NOOP(
        "Updates",
        "The update from {publisher} would change the record “{record}” of {country}, which "
        "only that country's coordinator may change. Do not use it; tell your national "
        "coordinator.",
    ),
    Refusal.UNREADABLE_FILE: QT_TRANSLATE_NOOP(
        "Updates",
        "The file {file} cannot be read. Check that the USB stick or folder is still there "
        "and try once more.",
    ),
    Refusal.NO_UPDATE_IN_FOLDER: QT_TRANSLATE_NOOP(
        "Updates",
        "There is no directory update (a file ending in .rdupdate) in {folder}. "
        "Choose the folder or USB stick that holds the update file.",
    ),
    Refusal.NO_SOURCE: QT_TRANSLATE_NOOP(
        "Updates",
        "This database was filled by an older Referral Desk, so an update cannot be merged "
        "into it yet. Load the directory file once more (db load), then apply the update.",
    ),
    Refusal.CHANGED_SINCE_PREVIEW: QT_TRANSLATE_NOOP(
        "Updates",
        "The directory changed after the preview was made, so nothing was applied. "
        "Open the update again to see an up-to-date preview.",
    ),
    Refusal.DOWNLOAD_NOT_HTTPS: QT_TRANSLATE_NOOP(
        "Updates",
        "{url} is not an HTTPS address. Updates are downloaded only over HTTPS: check the "
        "address with your national coordinator.",
    ),
    Refusal.DOWNLOAD_CERTIFICATE: QT_TRANSLATE_NOOP(
        "Updates",
        "The server {host} could not prove who it is ({problem}), so nothing was downloaded. "
        "If your coordinator uses a certificate of its own, choose its certificate file.",
    ),
    Refusal.DOWNLOAD_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Updates",
        "The server {host} cannot be reached ({problem}). Check that this computer is online "
        "and the address is right, or bring the update on a USB stick.",
    ),
    Refusal.DOWNLOAD_TIMEOUT: QT_TRANSLATE_NOOP(
        "Updates",
        "The server {host} stopped answering (for {seconds} seconds), so the download was "
        "given up. Try again later, or bring the update on a USB stick.",
    ),
    Refusal.DOWNLOAD_FAILED: QT_TRANSLATE_NOOP(
        "Updates",
        "The server {host} did not give the update ({status}). Check the address with your "
        "national coordinator.",
    ),
    Refusal.DOWNLOAD_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Updates",
        "What {host} sends is larger than a directory update can be ({limit} MB), so the "
        "download was stopped. Check the address with your national coordinator.",
    ),
    Refusal.CA_FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Updates",
        "The certificate file {file} cannot be used ({problem}). Choose the certificate file "
        "(.pem) your national coordinator gave you.",
    ),
    Refusal.PUBLISH_SAMPLE_DATA: QT_TRANSLATE_NOOP(
        "Updates",
        "This database holds the SAMPLE directory, and posts refuse sample data signed with "
        "a real key. Load your own directory file (db load) before you publish.",
    ),
    Refusal.PUBLISH_WITH_SAMPLE_KEY: QT_TRANSLATE_NOOP(
        "Updates",
        "Key {key_id} is a SAMPLE key, and posts refuse real data signed with it. "
        "Sign with your own key (keys generate).",
    ),
}


# An update refused for these has been applied already, or a newer one has.
NOTHING_NEWER = frozenset({Refusal.ALREADY_APPLIED, Refusal.OLDER_THAN_APPLIED})


class UpdateRefused(Exception):
    """A directory update is refused; nothing was changed.

    ``reason`` says why, ``details`` fill the sentence's placeholders, and
    ``technical`` (English, for logs and developers) says exactly where.
    """

    def __init__(self, reason: Refusal, technical: str = "", **details: str) -> None:
        self.reason = reason
        self.details = details
        self.technical = technical
        super().__init__(self.sentence())

    def sentence(self, translate: Translate = untranslated) -> str:
        """The one-sentence explanation, translated first and then filled in."""
        return translate(CONTEXT, TEXTS[self.reason]).format(**self.details)
