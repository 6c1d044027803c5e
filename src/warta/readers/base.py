"""What every reader shares: options, errors, decoding, and mapping record fields."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import Any

DEFAULT_MAX_BYTES = 100 * 1024 * 1024

# Record fields warta understands, and the column names each is found under by default.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "doc_id"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "published": ("published", "date", "date_publish", "datetime", "pubdate", "published_at"),
    "text": ("text", "maintext", "content", "body"),
    "authors": ("authors", "author", "byline"),
    "category": ("category", "section"),
    "teaser": ("teaser", "description", "summary_text"),
    "site": ("site", "source_domain", "sitename"),
    "language": ("language", "lang"),
}


class InputError(Exception):
    """An input, or one record of it, that cannot be read. The message names the problem."""

    def __init__(self, reason: str, record: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.record = record


@dataclass
class ReaderOptions:
    """Options shared by every command that reads articles."""

    format: str | None = None
    field_map: dict[str, str] = field(default_factory=dict)
    date_order: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

    @staticmethod
    def parse_map(spec: str | None) -> dict[str, str]:
        """``text=isi_berita,title=judul`` → {"text": "isi_berita", "title": "judul"}."""
        mapping: dict[str, str] = {}
        for part in (spec or "").split(","):
            if not part.strip():
                continue
            key, sep, column = part.partition("=")
            key = key.strip()
            if not sep or not column.strip():
                raise ValueError(f"--map entry {part!r} is not FIELD=COLUMN")
            if key not in FIELD_ALIASES:
                known = ", ".join(FIELD_ALIASES)
                raise ValueError(f"--map field {key!r} is unknown (fields: {known})")
            mapping[key] = column.strip()
        return mapping


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM, else the encoding
    charset-normalizer detects (cp1252 pages are common). Raises InputError for binary data."""
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError("binary file or unknown text encoding")
    text = data.decode(best.encoding, errors="replace")
    if _control_ratio(text) > 0.05:
        raise InputError("binary file, not text")
    return text, best.encoding


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    return controls / max(1, len(sample))


def check_size(size: int, options: ReaderOptions) -> None:
    if size > options.max_bytes:
        raise InputError(
            f"file is {size / 1_048_576:.1f} MB, over the {options.max_bytes / 1_048_576:.0f} MB "
            "limit (raise it with --max-bytes)"
        )


def map_fields(record: dict[str, Any], field_map: dict[str, str]) -> dict[str, Any]:
    """Pick warta's fields out of a record, by the user's --map first, then by known aliases."""
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    out: dict[str, Any] = {}
    for key, aliases in FIELD_ALIASES.items():
        names = (field_map[key],) if key in field_map else aliases
        for name in names:
            value = record.get(name, lowered.get(name.lower()))
            if value not in (None, ""):
                out[key] = value
                break
    return out


def meta_from_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Record fields to RawRecord.meta (everything but the text)."""
    meta = {k: v for k, v in fields.items() if k != "text"}
    authors = meta.get("authors")
    if isinstance(authors, str):
        meta["authors"] = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]
    if "id" in meta:
        meta["id"] = str(meta["id"])
    return meta
