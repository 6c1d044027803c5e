"""Readers: inputs (files, folders, standard input) to raw records.

Each reader turns one input into RawRecords and ReadFailures; one bad record never stops the
others, and an input that cannot be read at all becomes one ReadFailure naming the problem.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.model import RawRecord, ReadFailure
from warta.readers.base import InputError, ReaderOptions, check_size, decode
from warta.readers.feed import read_feed
from warta.readers.html import extract_html
from warta.readers.tabular import read_csv, read_json, read_jsonl
from warta.readers.warc import read_warc

__all__ = ["FORMATS", "InputError", "ReaderOptions", "read_inputs", "read_bytes"]

FORMATS = ("text", "html", "csv", "jsonl", "json", "feed", "warc")

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".csv": "csv", ".tsv": "csv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}


def read_inputs(paths: Iterable[str], options: ReaderOptions) -> Iterator[RawRecord | ReadFailure]:
    """Every record of every input: files, folders (recursively) and '-' for standard input."""
    for name in paths:
        if name == "-":
            yield from _guarded(name, lambda: read_bytes(sys.stdin.buffer.read(), "-", options))
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if not files:
                yield ReadFailure(name, "folder holds no files")
            for file in files:
                yield from _guarded(str(file), lambda f=file: read_file(f, options))
        elif path.exists():
            yield from _guarded(name, lambda p=path: read_file(p, options))
        else:
            yield ReadFailure(name, "no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _guarded(name: str, produce) -> Iterator[RawRecord | ReadFailure]:
    """Run a reader, turning any failure into a ReadFailure for that input."""
    try:
        yield from produce()
    except InputError as err:
        yield ReadFailure(name, err.reason, err.record)
    except OSError as err:
        yield ReadFailure(name, f"cannot read ({err.strerror or err})")


def read_file(path: Path, options: ReaderOptions) -> Iterator[RawRecord | ReadFailure]:
    check_size(path.stat().st_size, options)
    fmt = options.format or _format_from_name(path.name)
    if fmt == "warc" or (fmt is None and _is_warc_file(path)):
        with path.open("rb") as stream:
            yield from read_warc(stream, str(path))
        return
    yield from read_bytes(path.read_bytes(), str(path), options, fmt)


def read_bytes(data: bytes, name: str, options: ReaderOptions,
               fmt: str | None = None) -> Iterator[RawRecord | ReadFailure]:
    """Records in an input's bytes, in the given format or the one its content shows."""
    check_size(len(data), options)
    fmt = fmt or options.format
    if fmt != "warc" and data[:2] == b"\x1f\x8b":
        data = _gunzip(data)
    if fmt == "warc" or (fmt is None and data.lstrip()[:5] == b"WARC/"):
        yield from read_warc(io.BytesIO(data), name)
        return
    text, encoding = decode(data)
    fmt = fmt or sniff_format(text)
    if fmt == "feed":
        yield from read_feed(data, name)
        return
    notes = [] if encoding in ("utf-8", "ascii") else [f"decoded as {encoding}"]
    if fmt == "html":
        records: Iterable[RawRecord | ReadFailure] = [extract_html(text, name)]
    elif fmt == "csv":
        records = read_csv(text, name, options)
    elif fmt == "jsonl":
        records = read_jsonl(text, name, options)
    elif fmt == "json":
        records = read_json(text, name, options)
    else:
        records = [RawRecord(input=name, text=text, format="text", layout="page")]
    for rec in records:
        if isinstance(rec, RawRecord):
            rec.warnings.extend(notes)
        yield rec


def _format_from_name(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    return EXTENSIONS.get(Path(lowered.removesuffix(".gz")).suffix)


def _is_warc_file(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(64)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as handle:
                head = handle.read(64)
        except OSError:
            return False
    return head.lstrip()[:5] == b"WARC/"


def _gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as err:
        raise InputError(f"corrupt gzip data ({err})") from None


def sniff_format(text: str) -> str:
    """The format an input's content shows, for standard input and unknown file names."""
    head = text.lstrip()[:2048]
    lowered = head.lower()
    if lowered.startswith("<?xml") or lowered.startswith(("<rss", "<feed", "<rdf")):
        return "feed" if any(tag in lowered for tag in ("<rss", "<feed", "<rdf")) else "html"
    if lowered.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p")):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl"
    first = head.splitlines()[0] if head else ""
    if first.count(",") >= 2 and any(k in first.lower() for k in ("text", "title", "content")):
        return "csv"
    return "text"
