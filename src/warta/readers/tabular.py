"""Record files: CSV (with a header row), JSON Lines, and JSON (one object or a list)."""

from __future__ import annotations

import csv
import io
import json
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
    return RawRecord(input=input_name, text=text, format=fmt, layout="body", record=where,
                     meta=meta_from_fields(fields))


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
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield ReadFailure(input_name, f"malformed CSV ({err})", f"line {line}")
            continue
        if not any(cell.strip() for cell in row):
            continue
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
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(input_name, f"invalid JSON ({err.msg} at column {err.colno})", where)
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
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if "\n{" in text or "}\n" in text:  # several objects, one per line: JSON Lines
            yield from read_jsonl(text, input_name, options)
            return
        raise InputError(f"invalid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from None
    items = data if isinstance(data, list) else [data]
    for index, obj in enumerate(items):
        where = f"item {index}" if isinstance(data, list) else None
        if not isinstance(obj, dict):
            yield ReadFailure(input_name, f"expected a JSON object, found {type(obj).__name__}", where)
            continue
        try:
            yield record_to_raw(obj, input_name, where, "json", options)
        except InputError as err:
            yield ReadFailure(input_name, err.reason, where)
