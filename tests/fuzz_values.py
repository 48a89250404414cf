"""Hypothesis strategies the fuzz tests share: tricky text and any JSON value built from it."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


def tricky_text(characters: list[str], max_size: int, longest: int) -> st.SearchStrategy[str]:
    """Any text, text of the tricky ``characters``, and one of them repeated up to ``longest``."""
    return st.one_of(
        st.text(max_size=max_size),
        st.lists(st.sampled_from(characters), max_size=max_size).map("".join),
        st.builds(
            lambda char, count: char * count, st.sampled_from(characters), st.integers(0, longest)
        ),
    )


def json_values(
    text: st.SearchStrategy[str], digits: int, max_items: int, max_leaves: int
) -> st.SearchStrategy[Any]:
    """Any JSON value Python's parser gives (NaN, infinities and numbers of up to ``digits``
    digits among them), its texts and keys drawn from ``text``."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**digits), max_value=10**digits),
        st.floats(allow_nan=True, allow_infinity=True),
        text,
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=max_items)
        ),
        max_leaves=max_leaves,
    )
