"""A directory file read an organization at a time: the same verdict as read whole, the
same records stored, and a file that changes between the check and the write refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_directory import dumped, sample, write
from test_directory_file_input import HOSTILE, Hostile

from referral_desk.domain.directory_data import DirectoryFile, StreamedDirectoryFile
from referral_desk.exchange import json_stream
from referral_desk.exchange.directory_json import DirectoryFileError, read_directory_file
from referral_desk.exchange.directory_stream import read_directory_stream
from referral_desk.services.desk import Desk

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"


def _problems(read: object, path: Path) -> list[str]:
    with pytest.raises(DirectoryFileError) as caught:
        read(path)  # type: ignore[operator]
    return caught.value.problems


@pytest.mark.parametrize("case", HOSTILE, ids=[h.name for h in HOSTILE])
def test_a_hostile_file_gets_the_same_problems_streamed_as_read_whole(
    tmp_path: Path, case: Hostile
) -> None:
    path = write(tmp_path, case.data())
    assert _problems(read_directory_stream, path) == _problems(read_directory_file, path)


def _organizations(streamed: StreamedDirectoryFile) -> list[dict[str, object]]:
    return list(streamed.organizations(lambda data: None))


def test_the_sample_streams_to_the_content_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK", 7)  # every value cut at a chunk's end somewhere
    streamed = read_directory_stream(SAMPLE)
    whole = read_directory_file(SAMPLE)
    assert isinstance(streamed, StreamedDirectoryFile)
    assert streamed.sha256 == whole.sha256
    assert _organizations(streamed) == whole.content["organizations"]
    assert {**streamed.head, "organizations": whole.content["organizations"]} == whole.content


def test_organizations_before_the_taxonomy_are_checked_all_the_same(tmp_path: Path) -> None:
    content = sample()
    first = {"organizations": content.pop("organizations"), **content}
    first["organizations"][0]["id"] = first["taxonomy"][0]["id"]
    path = write(tmp_path, json.dumps(first, ensure_ascii=False).encode("utf-8"))
    problems = _problems(read_directory_stream, path)
    assert problems == _problems(read_directory_file, path)
    assert any(p.startswith("organizations[0].id: ") and "at taxonomy[0]" in p for p in problems)


def test_a_file_the_stream_cannot_follow_is_read_whole(tmp_path: Path) -> None:
    twice = dumped(sample()).replace(b'"format":', b'"format": 1, "format":', 1)
    path = write(tmp_path, twice)
    assert _problems(read_directory_stream, path) == _problems(read_directory_file, path)
    path = write(tmp_path, b"\xef\xbb\xbf" + dumped(sample()))
    assert isinstance(read_directory_stream(path), StreamedDirectoryFile)
    path = write(tmp_path, b"[]")
    assert _problems(read_directory_stream, path) == _problems(read_directory_file, path)


def test_a_file_changed_after_its_check_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.services import directory as directory_service

    database = tmp_path / "post.sqlite3"
    Desk.open(database).close()
    path = write(tmp_path, dumped(sample()))
    streamed = read_directory_stream(path)
    assert not isinstance(streamed, DirectoryFile)
    content = sample()
    content["organizations"][0]["name"]["en"] = "Changed after the check"
    path.write_bytes(dumped(content))  # between the check and the write
    monkeypatch.setattr(directory_service, "read_directory_stream", lambda _path: streamed)
    with Desk.open(database) as desk:
        before = desk.directory.info()
        with pytest.raises(DirectoryFileError, match="changed while it was loaded"):
            desk.directory.replace_from_file(path)
        assert desk.directory.info() == before
        assert not desk.directory.search("Changed after the check")
