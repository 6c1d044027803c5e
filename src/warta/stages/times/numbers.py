"""Numbers and units: digits and Indonesian number words ("dua puluh tiga") as numbers, Roman
numerals ("abad XX"), and an amount of an Indonesian unit word ("setengah jam", "seharian")
as a TIMEX3 duration value.
"""

from __future__ import annotations

import re

from warta.stages.times.vocabulary import _data

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def number_value(text: str) -> float | None:
    """Digits or Indonesian number words ("dua puluh tiga") as a number."""
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # "5.000": Indonesian thousands
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    if text in ("se", "satu"):
        return 1
    if text == "setengah":
        return 0.5
    numbers = _data()["numbers"]
    value = part = 0
    for token in text.split():
        if token == "seratus":
            value += 100
        elif token == "seribu":
            value += 1000
        elif token in numbers:
            part += numbers[token]
        elif token == "belas":
            part += 10
        elif token == "puluh":
            value, part = value + part * 10, 0
        elif token == "ratus":
            value, part = value + part * 100, 0
        elif token == "ribu":
            value, part = (value + part) * 1000, 0
        else:
            return None
    total = value + part
    return total or None


def roman_value(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    if not all(c in ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = ROMAN[c]
        total += -v if i + 1 < len(text) and ROMAN[text[i + 1]] > v else v
    return total


def _unit_code(unit: str) -> tuple[str, bool, float]:
    """(TIMEX3 unit letter, is a clock unit, multiplier) for an Indonesian unit word."""
    units = _data()["units"]
    unit = unit.lower()
    # setahun, sehari: "se" is one; semalaman, seharian: "se…an" is one whole
    forms = [unit, unit.removeprefix("se"), unit.removeprefix("se").removesuffix("an")]
    unit = next(form for form in forms if form in units)
    code = units[unit]
    clock = unit in _data()["clock_units"]["units"]
    match = re.fullmatch(r"(\d+)(\w+)", code)
    if match:
        return match.group(2), clock, float(match.group(1))
    return code, clock, 1.0


def _duration_value(amount: float | str, unit: str) -> str:
    letter, clock, multiplier = _unit_code(unit)
    if isinstance(amount, str):
        return f"PT{amount}{letter}" if clock else f"P{amount}{letter}"
    amount *= multiplier
    if amount == 0.5:  # "setengah jam" is PT30M, "setengah hari" PT12H
        if clock and letter == "H":
            amount, letter = 30, "M"
        elif letter == "Y":
            amount, letter = 6, "M"
        elif letter == "D":
            amount, letter, clock = 12, "H", True
    text = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"PT{text}{letter}" if clock else f"P{text}{letter}"
