"""Write the sample directory as signed updates, one per sample publisher, into data/updates/.

.venv/bin/python scripts/make_sample_updates.py [FOLDER]

Each sample publisher (resources/keys/publishers.json) signs its countries'
part of data/directory.json with its SAMPLE key (data/sample-keys/,
passphrase "sample") as update number 1, dated the directory's publication
day. The output depends only on those files, so running it again writes the
same bytes; a test checks that the shipped updates are up to date.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from referral_desk.exchange.bundle import SUFFIX, BundleDraft, write_bundle
from referral_desk.exchange.keys import read_secret_key_file
from referral_desk.exchange.update_preview import part_for

ROOT = Path(__file__).resolve().parent.parent
NOTES = {
    "en": "The sample directory, signed with a SAMPLE key. Not for operational use.",
    "bg": "Примерният указател, подписан с ПРИМЕРЕН ключ. Да не се използва в реална работа.",
    "de": "Das Beispielverzeichnis, signiert mit einem BEISPIEL-Schlüssel. Nicht für den Echtbetrieb.",
}


def sample_updates() -> dict[str, bytes]:
    """File name -> signed update, for every sample publisher."""
    directory = json.loads((ROOT / "data" / "directory.json").read_text(encoding="utf-8"))
    published = datetime.fromisoformat(directory["directory"]["published"]).replace(tzinfo=UTC)
    publishers = json.loads((ROOT / "resources" / "keys" / "publishers.json").read_text("utf-8"))
    updates = {}
    for publisher in publishers["publishers"]:
        if not publisher.get("sample"):
            continue
        name = publisher["publisher"]
        key_file = ROOT / "data" / "sample-keys" / publisher["keys"][0].replace(".pub", ".key")
        key = read_secret_key_file(key_file, "sample")
        countries = tuple(publisher["countries"])
        draft = BundleDraft(
            publisher=name,
            countries=countries,
            sequence=1,
            release_notes=NOTES,
            stale_after_days=365,
            created=published,
        )
        updates[f"{name}-0001{SUFFIX}"] = write_bundle(part_for(directory, countries), draft, key)
    return updates


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "data" / "updates"
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in sample_updates().items():
        (folder / name).write_bytes(data)
        print(f"{folder / name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
