"""HTML pages, read with trafilatura (main text) and htmldate (publication date)."""

from __future__ import annotations

from typing import Any

from warta.model import RawRecord
from warta.readers.base import InputError

MIN_WORDS = 5  # below this, what trafilatura found is a menu or a caption, not an article


def extract_html(html: str | bytes, input_name: str, url: str | None = None,
                 record: str | None = None, fmt: str = "html") -> RawRecord:
    """The article in an HTML page; InputError when the page holds no article text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True,
        )
    except Exception as err:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"unreadable HTML ({type(err).__name__}: {err})", record) from None
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    text = (data.get("text") or "").strip()
    if len(text.split()) < MIN_WORDS:
        raise InputError("no article text found in the HTML", record)
    meta: dict[str, Any] = {
        "title": data.get("title"),
        "url": data.get("url") or url,
        "published": data.get("date"),
        "site": data.get("sitename") or data.get("hostname"),
        "teaser": data.get("description"),
    }
    if data.get("author"):
        meta["authors"] = [a.strip() for a in str(data["author"]).split(";") if a.strip()]
    categories = data.get("categories") or []
    if isinstance(categories, str):
        categories = [c for c in categories.split(",") if c.strip()]
    if categories:
        meta["category"] = categories[0].strip()
    meta = {k: v for k, v in meta.items() if v}
    return RawRecord(input=input_name, text=text, format=fmt, layout="body", record=record, meta=meta)
