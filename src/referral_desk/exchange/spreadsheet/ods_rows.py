"""The records of an ODS workbook streamed into the file odfpy wrote, in place of marker rows.

odfpy writes the document (styles, validations, annotations, the lists); each
table holds one marker row where its records belong. The archive is copied
entry by entry, and its ``content.xml`` is written anew through a deflating
stream: the text odfpy wrote up to a marker row, then that table's records
as rows written with ``xml.sax.saxutils.XMLGenerator`` (which escapes them),
then on to the next marker. Memory holds one row, not the document.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

CONTENT = "content.xml"
MARKER_PREFIX = "referral-desk-records-of:"
ROW_START = "<table:table-row"
ROW_END = "</table:table-row>"
EMPTY: AttributesImpl[str] = AttributesImpl({})


@dataclass(frozen=True)
class RowSource:
    """A table's records as rows of text, and the drop-down list (if any) of each column."""

    rows: Iterable[list[str]]
    validations: list[str | None]


def marker(key: str) -> str:
    """The text of the marker row that stands for the records of the table ``key``."""
    return MARKER_PREFIX + key


def split_at_markers(content: str, markers: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """``content.xml`` as pieces: the text up to a marker row, and that marker (None last)."""
    position = 0
    found = sorted((content.index(f">{name}<"), name) for name in markers)
    for at, name in found:
        start = content.rindex(ROW_START, position, at)
        end = content.index(ROW_END, at) + len(ROW_END)
        yield content[position:start], name
        position = end
    yield content[position:], None


def stream_rows(
    skeleton: Path,
    target: Path,
    sources: Mapping[str, RowSource],
    progress: Callable[[int], None],
) -> int:
    """Copy the workbook ``skeleton`` to ``target`` with each marker row replaced by its
    table's records; the number of records written."""
    done = 0
    with zipfile.ZipFile(skeleton) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            if item.filename != CONTENT:
                out.writestr(item, source.read(item.filename))
                continue
            content = source.read(CONTENT).decode("utf-8")
            entry = zipfile.ZipInfo(CONTENT, item.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with (
                out.open(entry, "w") as raw,
                io.TextIOWrapper(raw, encoding="utf-8", newline="") as text,
            ):
                writer = XMLGenerator(text, encoding="utf-8", short_empty_elements=True)
                for piece, name in split_at_markers(content, sources):
                    text.write(piece)
                    if name is None:
                        continue
                    table = sources[name]
                    for values in table.rows:
                        _write_row(writer, values, table.validations)
                        done += 1
                        if done % 1000 == 0:
                            progress(done)
    return done


def _write_row(writer: XMLGenerator, values: list[str], validations: list[str | None]) -> None:
    """A row of records: runs of empty cells with the same list are one repeated cell."""
    writer.startElement("table:table-row", EMPTY)
    index = 0
    while index < len(values):
        value, validation = values[index], validations[index]
        if value:
            filled = {"office:value-type": "string"}
            if validation:
                filled["table:content-validation-name"] = validation
            writer.startElement("table:table-cell", AttributesImpl(filled))
            for line in value.split("\n"):
                writer.startElement("text:p", EMPTY)
                writer.characters(line)
                writer.endElement("text:p")
            writer.endElement("table:table-cell")
            index += 1
            continue
        end = index
        while end < len(values) and not values[end] and validations[end] == validation:
            end += 1
        attributes: dict[str, str] = {}
        if end - index > 1:
            attributes["table:number-columns-repeated"] = str(end - index)
        if validation:
            attributes["table:content-validation-name"] = validation
        writer.startElement("table:table-cell", AttributesImpl(attributes))
        writer.endElement("table:table-cell")
        index = end
    writer.endElement("table:table-row")
