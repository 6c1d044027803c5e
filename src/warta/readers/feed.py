"""RSS and Atom feeds, read with feedparser: each entry is an article."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

from warta.model import RawRecord, ReadFailure
from warta.readers.base import InputError, describe
from warta.readers.htmltext import html_to_text


def _entry_date(entry: Any) -> str | None:
    # dict.get: feedparser's own get maps a missing "updated" to "published" with a DeprecationWarning
    for key in ("published_parsed", "updated_parsed"):
        parsed = dict.get(entry, key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    return dict.get(entry, "published") or dict.get(entry, "updated")


# A numeric character reference, with or without its semicolon (sgmllib reads both).
CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")


def _valid_charref(match: re.Match[bytes]) -> bytes:
    """The reference itself if it names a character, else a reference to U+FFFD: feedparser
    raises on references to surrogates (UnicodeEncodeError), past U+10FFFF (ValueError) or
    past the C long (OverflowError), and the whole feed would be lost to one bad character."""
    digits, base = (match[1], 16) if match[1] else (match[2], 10)
    if len(digits) > 8:
        return b"&#xFFFD;"
    code = int(digits, base)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return b"&#xFFFD;"
    return match[0]


def read_feed(data: bytes, input_name: str) -> Iterator[RawRecord | ReadFailure]:
    import feedparser

    data = CHARREF.sub(_valid_charref, data)
    try:
        parsed = feedparser.parse(data)
    except Exception as err:  # feedparser's parsers raise whatever their input provokes
        raise InputError(f"not a readable feed ({describe(err)})") from None
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(f"not a readable feed ({problem})" if problem else "feed has no entries")
    site = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries):
        where = f"entry {index + 1}"
        try:
            yield _entry_record(entry, site, input_name, where)
        except Exception as err:  # one odd entry must not cost the feed's other entries
            yield ReadFailure(input_name, f"unreadable feed entry ({describe(err)})", where)


def _entry_record(entry: Any, site: str | None, input_name: str, where: str) -> RawRecord | ReadFailure:
    """One entry as a record (or why it is none)."""
    contents = entry.get("content") or []
    html = contents[0].get("value") if contents else entry.get("summary", "")
    text = html_to_text(html or "")
    if not text.strip():
        return ReadFailure(input_name, "entry has no content or summary", where)
    meta: dict[str, Any] = {
        "title": entry.get("title"),
        "url": entry.get("link"),
        "published": _entry_date(entry),
        "site": site,
        "id": entry.get("id"),
    }
    authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
    if authors:
        meta["authors"] = authors
    tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
    if tags:
        meta["category"] = tags[0]
    return RawRecord(input=input_name, text=text, format="feed", layout="body", record=where,
                     meta={k: v for k, v in meta.items() if v})
