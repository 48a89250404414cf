"""Each translation (every UI language but English) is complete, current, placeholders kept."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from referral_desk.domain.languages import TRANSLATED_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "src" / "referral_desk"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")

Message = tuple[str, str]  # (context, source)


def _tool(name: str) -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return candidate
    pytest.fail(f"{name} is not part of this PySide6 installation")


def _messages(path: Path) -> dict[Message, ET.Element]:
    root = ET.parse(path).getroot()
    found: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """What lupdate finds in the code right now."""
    target = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [str(_tool("lupdate")), *sources, "-ts", str(target), "-locations", "none", "-silent"],
        check=True,
        capture_output=True,
    )
    return set(_messages(target))


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_entry_is_translated(lang: str) -> None:
    messages = _messages(I18N / f"referral_desk_{lang}.ts")
    assert len(messages) > 100
    problems = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif not all(text.strip() for text in _translations(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_source_string_is_in_the_ts_file(lang: str, current_sources: set[Message]) -> None:
    messages = set(_messages(I18N / f"referral_desk_{lang}.ts"))
    missing = sorted(current_sources - messages)
    assert not missing, f"run lupdate and translate: {missing[:20]}"
    stale = sorted(messages - current_sources)
    assert not stale, f"no longer in the code (run lupdate -no-obsolete): {stale[:20]}"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_placeholders_and_mnemonics_are_kept(lang: str) -> None:
    problems = []
    for (context, source), message in _messages(I18N / f"referral_desk_{lang}.ts").items():
        for text in _translations(message):
            wanted = sorted(PLACEHOLDER.findall(source))
            got = sorted(PLACEHOLDER.findall(text))
            # a singular plural form may spell out "one" instead of %n
            if got != wanted and not (message.get("numerus") == "yes" and set(got) <= set(wanted)):
                problems.append(
                    f"{context}: {source!r} -> {text!r}: placeholders {got} != {wanted}"
                )
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"{context}: {source!r} -> {text!r}: keyboard mnemonic lost")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_cover_every_counted_text(current_sources: set[Message]) -> None:
    english = _messages(I18N / "referral_desk_en.ts")
    counted = {
        key
        for key, message in _messages(I18N / "referral_desk_de.ts").items()
        if message.get("numerus") == "yes"
    }
    assert counted, "the app has texts with a count"
    assert counted <= set(english)
    for message in english.values():
        assert message.find("translation").get("type") is None  # type: ignore[union-attr]
        assert all(_translations(message))


def test_translations_compile_and_load(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    for lang, search in (("bg", "&Търсене:"), ("de", "&Suche:")):
        target = tmp_path / f"{lang}.qm"
        subprocess.run(
            [
                str(_tool("lrelease")),
                "-silent",
                str(I18N / f"referral_desk_{lang}.ts"),
                "-qm",
                str(target),
            ],
            check=True,
        )
        translator = QTranslator()
        assert translator.load(str(target))
        assert translator.translate("MainWindow", "&Search:") == search
        plural = translator.translate("MainWindow", "%n result(s)", None, 5)
        assert plural and "%n" in plural
