"""What every reader shares: options, errors, decoding, and mapping record fields."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

from warta.model import one_line

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
# a record's time budget in the pipeline: a long article takes well under a second, so a
# minute means a degenerate one (thousands of one-word sentences)
DEFAULT_MAX_SECONDS = 60.0

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


# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
def describe(err: BaseException) -> str:
    """An unexpected exception as one line: its type and message."""
    text = one_line(str(err))
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes to (text, encoding, warnings): UTF-8 (with or without BOM), UTF-16/32 with a BOM or
    shown by their NUL bytes, else the encoding charset-normalizer detects (cp1252 pages are
    common). Raises InputError for binary data."""
    if not data.strip():
        raise InputError("empty file")
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding:
        data = data[len(next(bom for bom, enc in BOMS if enc == encoding)):]
    else:
        encoding = _wide_encoding(data[:8192])
    if encoding:
        return _decode_wide(data, encoding)
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError("binary file or unknown text encoding")
    text = data.decode(best.encoding, errors="replace")
    if _control_ratio(text) > 0.05:
        raise InputError("binary file, not text")
    return text, best.encoding, []


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, told by where the NUL bytes fall: text in Latin script
    has a NUL as every second (UTF-16) or three of every four bytes (UTF-32); binary data has
    its NULs anywhere."""
    if len(head) < 8:
        return None

    def zeros(offset: int, step: int) -> float:
        column = head[offset::step]
        return column.count(0) / max(1, len(column))

    for encoding, low in (("utf-32-le", 0), ("utf-32-be", 3)):
        if zeros(low, 4) < 0.1 and all(zeros(i, 4) > 0.9 for i in range(4) if i != low):
            return encoding
    for encoding, low in (("utf-16-le", 0), ("utf-16-be", 1)):
        if zeros(low, 2) < 0.1 and zeros(1 - low, 2) > 0.7:
            return encoding
    return None


def _decode_wide(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    """UTF-16/32 text; a truncated end, an illegal sequence or a lone surrogate becomes U+FFFD
    with a warning, and text that is mostly control characters is refused as binary."""
    name = encoding[:6]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        first = f"{err.reason} at byte {err.start}"
    else:
        if not text.strip():
            raise InputError("empty file")
        return text, name, []
    text = data.decode(encoding, errors="replace")
    if not text.strip():
        raise InputError("empty file")
    if _control_ratio(text) > 0.05 or text.count("\ufffd") > 1 + len(text) / 20:
        raise InputError(f"binary file, not text (invalid {name}: {first})")
    return text, name, [f"invalid {name} ({first}) replaced with U+FFFD"]


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


def meta_from_fields(fields: dict[str, Any], warnings: list[str] | None = None) -> dict[str, Any]:
    """Record fields to RawRecord.meta (everything but the text). Every field is a string but
    the authors, a list of strings: a number becomes its digits, a list or an object where a
    string belongs is left out, with a note in `warnings`."""
    meta: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "text":
            continue
        if key == "authors":
            names = value.replace(";", ",").split(",") if isinstance(value, str) else value
            if isinstance(names, list) and all(isinstance(n, str | int | float) for n in names):
                meta[key] = [str(n).strip() for n in names if str(n).strip()]
                continue
        elif isinstance(value, str):
            meta[key] = value
            continue
        elif isinstance(value, int | float) and not isinstance(value, bool):
            meta[key] = str(value)
            continue
        if warnings is not None:
            warnings.append(f"field {key!r} left out: a {type(value).__name__} where text belongs")
    return meta


SURROGATES = re.compile("[\ud800-\udfff]")


def scrub(value: Any) -> tuple[Any, int]:
    """`value` with every lone surrogate (a JSON "\\ud800" escape, a feed's "&#xD800;") replaced
    by U+FFFD, and how many there were: no UTF-8 writer (stdout, SQLite, JSON) takes them."""
    if isinstance(value, str):
        return SURROGATES.subn("\ufffd", value)
    if isinstance(value, list):
        pairs = [scrub(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        out, total = {}, 0
        for key, item in value.items():
            (key, n), (item, m) = scrub(key), scrub(item)
            out[key] = item
            total += n + m
        return out, total
    return value, 0
