"""Record files: CSV (with a header row), JSON Lines, and JSON (one object or a list)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from typing import Any

from warta.model import RawRecord, ReadFailure
from warta.readers.base import InputError, ReaderOptions, map_fields, meta_from_fields

csv.field_size_limit(64 * 1024 * 1024)


def record_to_raw(obj: dict[str, Any], input_name: str, where: str | None, fmt: str,
                  options: ReaderOptions) -> RawRecord:
    fields = map_fields(obj, options.field_map)
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        column = options.field_map.get("text", "text")
        raise InputError(f"no article text (field {column!r} is missing or empty)", where)
    warnings: list[str] = []
    meta = meta_from_fields(fields, warnings)
    return RawRecord(input=input_name, text=text, format=fmt, layout="body", record=where, meta=meta,
                     warnings=warnings)


def parse_json(text: str) -> Any:
    """json.loads, with its failures beyond JSONDecodeError turned into reasons that state the
    limit: nesting deeper than Python's recursion limit, and integers longer than Python reads
    (CVE-2020-10735; 4,300 digits by default)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise InputError(f"JSON nested too deeply (over about {sys.getrecursionlimit()} levels, "
                         "Python's recursion limit)") from None
    except json.JSONDecodeError:
        raise
    except ValueError as err:
        if "integer string conversion" not in str(err):
            raise
        raise InputError(f"JSON integer over {sys.get_int_max_str_digits()} digits (Python's limit "
                         "for reading integers)") from None


def read_csv(text: str, input_name: str, options: ReaderOptions) -> Iterator[RawRecord | ReadFailure]:
    # Only the delimiter is guessed, from the header line: csv.Sniffer also guesses quoting
    # and gets it wrong on bodies full of quotation marks.
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max(",;\t|", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as err:
        raise InputError(f"no CSV header row ({err})") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    wanted = options.field_map.get("text")
    if wanted and wanted not in header:
        raise InputError(f"no column {wanted!r} (columns: {', '.join(header)})")
    rows = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            if not rows:
                raise InputError(f"no records: the CSV has a header row only ({', '.join(header)[:80]})") from None
            return
        except csv.Error as err:
            rows += 1
            yield ReadFailure(input_name, f"malformed CSV ({err})", f"line {line}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        where = f"line {line}"
        if len(row) != len(header):
            yield ReadFailure(input_name, f"malformed CSV row: {len(row)} fields, header has "
                              f"{len(header)}", where)
            continue
        try:
            yield record_to_raw(dict(zip(header, row, strict=True)), input_name, where, "csv", options)
        except InputError as err:
            yield ReadFailure(input_name, err.reason, where)


def read_jsonl(text: str, input_name: str, options: ReaderOptions) -> Iterator[RawRecord | ReadFailure]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            obj = parse_json(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(input_name, f"invalid JSON ({err.msg} at column {err.colno})", where)
            continue
        except InputError as err:
            yield ReadFailure(input_name, err.reason, where)
            continue
        if not isinstance(obj, dict):
            yield ReadFailure(input_name, f"expected a JSON object, found {type(obj).__name__}", where)
            continue
        try:
            yield record_to_raw(obj, input_name, where, "jsonl", options)
        except InputError as err:
            yield ReadFailure(input_name, err.reason, where)


def read_json(text: str, input_name: str, options: ReaderOptions) -> Iterator[RawRecord | ReadFailure]:
    try:
        data = parse_json(text)
    except json.JSONDecodeError as err:
        if "\n{" in text or "}\n" in text:  # several objects, one per line: JSON Lines
            yield from read_jsonl(text, input_name, options)
            return
        raise InputError(f"invalid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputError("no records: an empty JSON list")
    for index, obj in enumerate(items):
        where = f"item {index}" if isinstance(data, list) else None
        if not isinstance(obj, dict):
            yield ReadFailure(input_name, f"expected a JSON object, found {type(obj).__name__}", where)
            continue
        try:
            yield record_to_raw(obj, input_name, where, "json", options)
        except InputError as err:
            yield ReadFailure(input_name, err.reason, where)
