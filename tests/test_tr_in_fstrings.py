"""No text to translate is written inside an f-string's braces, where lupdate never finds it."""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "referral_desk"
# tr("…") / translate(CONTEXT, "…") with a literal text, inside {…} of an f-string
HIDDEN = re.compile(r"""\{[^{}"']*\b(?:tr|translate)\(\s*(?:[\w.]+\s*,\s*)?['"]""")


def test_every_literal_text_to_translate_is_outside_f_string_braces() -> None:
    found = [
        f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
        for path in sorted(SOURCE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""\bf['"]""", line) and HIDDEN.search(line)
    ]
    assert found == [], "lupdate does not see these texts:\n" + "\n".join(found)


def test_the_check_finds_such_a_text() -> None:
    line = """label = f"{escape(self.tr('Wrong:'))} {item.wrong}\""""
    assert HIDDEN.search(line)
    assert not HIDDEN.search('wrong = self.tr("Wrong:")')
