"""Accent folding shared by the stages: NFKD, then combining marks removed."""

from __future__ import annotations

import unicodedata


class _Marks(dict):
    """A str.translate table that learns each character once: combining marks map to None
    (deleted), anything else to itself. A text uses few distinct characters, so after the first
    texts every lookup is a hit, done in C, instead of a Python test per character."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _Marks()


def strip_marks(text: str) -> str:
    """The text decomposed (NFKD) without its combining marks: "Pérez" → "Perez"."""
    text = unicodedata.normalize("NFKD", text)
    return text if text.isascii() else text.translate(_MARKS)
