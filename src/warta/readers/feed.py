"""RSS and Atom feeds, read with feedparser: each entry is an article."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from warta.model import RawRecord, ReadFailure
from warta.readers.base import InputError
from warta.readers.htmltext import html_to_text


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    return entry.get("published") or entry.get("updated")


def read_feed(data: bytes, input_name: str) -> Iterator[RawRecord | ReadFailure]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(f"not a readable feed ({problem})" if problem else "feed has no entries")
    site = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries):
        where = f"entry {index + 1}"
        contents = entry.get("content") or []
        html = contents[0].get("value") if contents else entry.get("summary", "")
        text = html_to_text(html or "")
        if not text.strip():
            yield ReadFailure(input_name, "entry has no content or summary", where)
            continue
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
        yield RawRecord(input=input_name, text=text, format="feed", layout="body", record=where,
                        meta={k: v for k, v in meta.items() if v})
