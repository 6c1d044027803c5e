"""WARC archives, read with warcio: each HTML response record is an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warta.model import RawRecord, ReadFailure
from warta.readers.base import InputError
from warta.readers.html import extract_html


def read_warc(stream: BinaryIO, input_name: str) -> Iterator[RawRecord | ReadFailure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen = 0
    try:
        for number, rec in enumerate(ArchiveIterator(stream), 1):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            seen += 1
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            where = f"record {number}"
            try:
                raw = extract_html(rec.content_stream().read(), input_name, url=uri, record=where,
                                   fmt="warc")
            except InputError as err:
                yield ReadFailure(input_name, f"{err.reason} ({uri})", where)
                continue
            raw.meta.setdefault("url", uri)
            fetched = rec.rec_headers.get_header("WARC-Date")
            if fetched:
                raw.meta["fetched"] = fetched
            yield raw
    except ArchiveLoadFailed as err:
        raise InputError(f"not a readable WARC archive ({err})") from None
    if not seen:
        yield ReadFailure(input_name, "WARC archive holds no HTML response records")
