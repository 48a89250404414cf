"""Reading back the PDFs the app writes: the one helper every test that prints uses."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, with runs of white space made single spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The text of the whole document, pages joined by a space."""
    return " ".join(pdf_pages(path))


def pdf_page_size(path: Path, page: int = 0) -> tuple[int, int]:
    """Width and height of a page in points (1/72 inch), rounded."""
    box = PdfReader(path).pages[page].mediabox
    return round(float(box.width)), round(float(box.height))
