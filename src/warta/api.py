"""warta as a library: read a text, a page or files in a program or a notebook.

    import warta
    doc = warta.analyze("Presiden Prabowo Subianto bertemu …", published="2025-10-22")
    for item in warta.read(["news.csv"], map={"text": "isi_berita"}):
        ...

The functions wrap the same readers and pipeline as the command line, so a reading is the same
whichever way it was made.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from warta.model import Document, RawRecord, ReadFailure
from warta.pipeline import Pipeline, default_pipeline
from warta.readers import read_bytes, read_inputs, sniff_format
from warta.readers.base import ReaderOptions


class ReadError(ValueError):
    """An input warta could not read, with the one-line reason the command line would give."""


@cache
def _pipeline(date_order: str | None) -> Pipeline:
    return default_pipeline(date_order)


def analyze(source: str | bytes | Mapping[str, Any], *, published: str | None = None, url: str | None = None,
            title: str | None = None, format: str | None = None, date_order: str | None = None) -> Document:
    """The reading of one article: a scraped page or an article's text, an HTML page (str or
    bytes), or a record (a mapping with `text`, `title`, `published`, `url` … as in a JSON Lines
    file). `published`, `url` and `title` fill what the input does not say. Raises ReadError
    with the reason when the input holds no article."""
    if isinstance(source, Mapping):
        data, fmt = json.dumps(dict(source), ensure_ascii=False).encode("utf-8"), "jsonl"
    elif isinstance(source, bytes):
        data, fmt = source, format
    else:
        data, fmt = source.encode("utf-8"), format or ("html" if sniff_format(source) == "html" else "text")
    records = [r for r in read_bytes(data, "<analyze>", ReaderOptions(date_order=date_order), fmt)]
    found = [r for r in records if isinstance(r, RawRecord)]
    if not found:
        reason = next((r.reason for r in records if isinstance(r, ReadFailure)), "no article in the input")
        raise ReadError(reason)
    record = found[0]
    for key, value in (("published", published), ("url", url), ("title", title)):
        if value is not None and not record.meta.get(key):
            record.meta[key] = value
    result = next(iter(_pipeline(date_order).run([record])))
    if isinstance(result, ReadFailure):
        raise ReadError(result.reason)
    return result


def read(paths: Iterable[str] | str, *, format: str | None = None, map: Mapping[str, str] | None = None,
         date_order: str | None = None, max_bytes: int | None = None) -> Iterator[Document | ReadFailure]:
    """Readings of every article in files, folders (read recursively) or "-" (standard input),
    in order: a Document for each article read, a ReadFailure (input, record, reason) for each
    that could not be. Options as `warta analyze` has them (`map` names other columns)."""
    options = ReaderOptions(format=format, field_map=dict(map or {}), date_order=date_order)
    if max_bytes is not None:
        options.max_bytes = max_bytes
    items = [paths] if isinstance(paths, str) else list(paths)
    yield from _pipeline(date_order).run(read_inputs(items, options))


def pipe(records: Iterable[RawRecord | ReadFailure], date_order: str | None = None
         ) -> Iterator[Document | ReadFailure]:
    """Readings of a stream of raw records (as readers make them), one by one: a failure of one
    record is yielded as a ReadFailure and the stream goes on."""
    yield from _pipeline(date_order).pipe(records)
