"""WARC archives, read with warcio: each HTML response record is an article.

warcio writes its warnings straight to standard error ("Record not followed by newline …",
zlib messages on a broken gzip member) and logs others; they are caught here and kept as
one-line warnings of the reading, so a batch's output stays one line per problem.
"""

from __future__ import annotations

import contextlib
import io
import logging
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, TypeVar

from warta.model import RawRecord, ReadFailure
from warta.readers.base import InputError, describe, one_line
from warta.readers.html import extract_html

T = TypeVar("T")


def read_warc(stream: BinaryIO, input_name: str) -> Iterator[RawRecord | ReadFailure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen = 0
    notes: list[str] = []
    records: Iterator[Any] | None = None
    number = 0
    while True:
        number += 1
        where = f"record {number}"
        try:
            if records is None:
                records = iter(_quiet(lambda: ArchiveIterator(stream), notes))
            rec = _quiet(lambda it=records: next(it, None), notes)
        except ArchiveLoadFailed as err:
            raise InputError(f"not a readable WARC archive ({one_line(str(err))})") from None
        except Exception as err:  # warcio raises what a broken header provokes (OverflowError, …)
            # the iterator is lost with it: the records before this one stand, the rest are unread
            yield ReadFailure(input_name, f"unreadable WARC record ({describe(err)}); the rest of the "
                                          "archive is not read", where)
            return
        if rec is None:
            break
        try:
            item = _quiet(lambda r=rec, w=where: _record(r, input_name, w), notes)
        except Exception as err:  # a broken record stops only itself
            yield ReadFailure(input_name, f"unreadable WARC record ({describe(err)})", where)
            continue
        if item is None:
            continue
        seen += 1
        if isinstance(item, RawRecord):
            item.warnings.extend(notes)
            notes.clear()
        yield item
    if not seen:
        detail = f" ({'; '.join(notes)})" if notes else ""
        yield ReadFailure(input_name, f"WARC archive holds no HTML response records{detail}")


def _record(rec: Any, input_name: str, where: str) -> RawRecord | ReadFailure | None:
    """The article in one WARC record; None for a record that is not an HTML response."""
    if rec.rec_type != "response" or rec.http_headers is None:
        return None
    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in ctype:
        return None
    uri = rec.rec_headers.get_header("WARC-Target-URI")
    try:
        raw = extract_html(rec.content_stream().read(), input_name, url=uri, record=where, fmt="warc")
    except InputError as err:
        return ReadFailure(input_name, f"{err.reason} ({uri})", where)
    raw.meta.setdefault("url", uri)
    fetched = rec.rec_headers.get_header("WARC-Date")
    if fetched:
        raw.meta["fetched"] = fetched
    return raw


def _quiet(call: Callable[[], T], notes: list[str]) -> T:
    """`call()` with what warcio writes to standard error, logs or warns kept in `notes`, one
    line each, instead of printed."""
    buffer = io.StringIO()
    handler = _ThreadHandler()
    logger = logging.getLogger("warcio")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        with _stderr_to(buffer), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            return call()
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
        notes.extend(f"warcio: {one_line(m)}" for m in buffer.getvalue().split("\n\n") if m.strip())
        notes.extend(f"warcio: {one_line(m)}" for m in handler.messages)
        notes.extend(f"warcio: {one_line(str(w.message))}" for w in caught)


class _ThreadHandler(logging.Handler):
    """Keeps the log messages of the thread that made it (the web server reads in threads)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if threading.get_ident() == self.thread:
            self.messages.append(record.getMessage())


class _ThreadStderr:
    """Standard error that sends this thread's writes to a buffer while it reads, and every
    other thread's to the real stream: swapping sys.stderr alone would swallow what the web
    server's other threads print meanwhile."""

    local = threading.local()

    def __init__(self, real: Any) -> None:
        self.real = real

    def write(self, text: str) -> int:
        buffer = getattr(self.local, "buffer", None)
        return (buffer or self.real).write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@contextlib.contextmanager
def _stderr_to(buffer: io.StringIO) -> Iterator[None]:
    if not isinstance(sys.stderr, _ThreadStderr):
        sys.stderr = _ThreadStderr(sys.stderr)
    previous = getattr(_ThreadStderr.local, "buffer", None)
    _ThreadStderr.local.buffer = buffer
    try:
        yield
    finally:
        _ThreadStderr.local.buffer = previous
