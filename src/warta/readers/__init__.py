"""Readers: inputs (files, folders, standard input) to raw records.

Each reader turns one input into RawRecords and ReadFailures; one bad record never stops the
others, and an input that cannot be read at all becomes one ReadFailure naming the problem.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warta.model import RawRecord, ReadFailure
from warta.readers.base import InputError, ReaderOptions, check_size, decode, describe, one_line, scrub
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
            yield from _guarded(name, lambda: _read_data(sys.stdin.buffer.read(), "-", options))
            continue
        path = Path(name)
        try:
            folder = path.is_dir()
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)) if folder else []
            exists = folder or path.exists()
        except OSError as err:  # a name too long, a folder that cannot be listed
            yield ReadFailure(name, f"cannot read ({err.strerror or describe(err)})")
            continue
        except ValueError as err:  # a NUL in the name
            yield ReadFailure(name, f"cannot read ({describe(err)})")
            continue
        if folder:
            if not files:
                yield ReadFailure(name, "folder holds no files")
            for file in files:
                yield from _guarded(str(file), lambda f=file: read_file(f, options))
        elif exists:
            yield from _guarded(name, lambda p=path: read_file(p, options))
        else:
            yield ReadFailure(name, "no such file or folder")


def read_bytes(data: bytes, name: str, options: ReaderOptions,
               fmt: str | None = None) -> Iterator[RawRecord | ReadFailure]:
    """Records in an input's bytes, in the given format or the one its content shows; an input
    that cannot be read at all is one ReadFailure. Never raises."""
    yield from _guarded(name, lambda: _read_data(data, name, options, fmt))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _guarded(name: str, produce: Callable[[], Iterable[RawRecord | ReadFailure]]
             ) -> Iterator[RawRecord | ReadFailure]:
    """Run a reader, turning any failure into a ReadFailure for that input: the reasons readers
    give (InputError), the system's (OSError), and anything a library raises on input it was
    not written for (the last resort: the reader stops there, the batch goes on). An input
    that yields nothing at all is listed too, so every input ends read or failed."""
    count = 0
    try:
        for item in produce():
            count += 1
            yield _scrubbed(item) if isinstance(item, RawRecord) else item
    except InputError as err:
        count += 1
        yield ReadFailure(name, err.reason, err.record)
    except OSError as err:
        count += 1
        yield ReadFailure(name, f"cannot read ({one_line(err.strerror or str(err))})")
    except RecursionError:
        count += 1
        yield ReadFailure(name, f"nested too deeply to read (Python's recursion limit, "
                                f"{sys.getrecursionlimit()})")
    except Exception as err:  # the last resort: one input's surprise must not stop a batch
        count += 1
        after = f" after {count - 1} record{'s' * (count != 2)}" if count > 1 else ""
        yield ReadFailure(name, f"reader failed{after}: {describe(err)}")
    if not count:
        yield ReadFailure(name, "no records")


def _scrubbed(rec: RawRecord) -> RawRecord:
    """The record with its lone surrogates replaced (and a warning saying so)."""
    rec.text, in_text = scrub(rec.text)
    rec.meta, in_meta = scrub(rec.meta)
    if in_text + in_meta:
        rec.warnings.append(f"replaced {in_text + in_meta} lone surrogate(s) (invalid UTF-16) with U+FFFD")
    return rec


def read_file(path: Path, options: ReaderOptions) -> Iterator[RawRecord | ReadFailure]:
    check_size(path.stat().st_size, options)
    fmt = options.format or _format_from_name(path.name)
    if fmt == "warc" or (fmt is None and _is_warc_file(path)):
        with path.open("rb") as stream:
            yield from read_warc(stream, str(path))
        return
    yield from _read_data(path.read_bytes(), str(path), options, fmt)


def _read_data(data: bytes, name: str, options: ReaderOptions,
               fmt: str | None = None) -> Iterator[RawRecord | ReadFailure]:
    check_size(len(data), options)
    fmt = fmt or options.format
    if fmt != "warc" and data[:2] == b"\x1f\x8b":
        data = _gunzip(data, options)
    if fmt == "warc" or (fmt is None and data.lstrip()[:5] == b"WARC/"):
        yield from read_warc(io.BytesIO(data), name)
        return
    text, encoding, notes = decode(data)
    fmt = fmt or sniff_format(text)
    if fmt == "feed":
        yield from read_feed(data, name)
        return
    if encoding not in ("utf-8", "ascii"):
        notes = [f"decoded as {encoding}", *notes]
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
        except (OSError, EOFError, zlib.error):
            return False
    return head.lstrip()[:5] == b"WARC/"


def _gunzip(data: bytes, options: ReaderOptions) -> bytes:
    """The data of a gzip file, read no further than the size limit (a small file can expand
    to gigabytes)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(options.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"corrupt gzip data ({one_line(str(err))})") from None
    if len(out) > options.max_bytes:
        raise InputError(f"gzip data expands to over the {options.max_bytes / 1_048_576:.0f} MB limit "
                         "(raise it with --max-bytes)")
    return out


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
