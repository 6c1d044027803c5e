"""Words a scraper glued together when it stripped links and markup, put apart again.

"kepadadetikSulsel", "PantauandetikSulseldi lokasi", "Kholidin.Peneliti", "bertemuPrabowo":
an outlet's name (data/chrome.toml [glued]) is set apart from the words around it, a full stop
between two words gets its space back, and a known Indonesian word run into a capitalised
name is split. Each split is counted so the reading can say what was changed.
"""

from __future__ import annotations

import re
from functools import cache

from warta.morphology import root_of
from warta.resources import load

STOP_GLUE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2,})")
CAMEL = re.compile(r"\b([a-z]{3,})([A-Z][a-z]{2,})\b")


@cache
def _brands() -> re.Pattern[str]:
    names = sorted(load("chrome")["glued"]["brands"], key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(n) for n in names) + ")")


def unglue(text: str) -> tuple[str, int]:
    """The text with glued words set apart, and how many splits were made."""
    count = 0

    def brand(match: re.Match[str]) -> str:
        nonlocal count
        start, end = match.span()
        before = " " if start and text[start - 1].isalpha() else ""
        after = " " if end < len(text) and text[end].isalpha() else ""
        count += bool(before) + bool(after)
        return before + match.group(0) + after

    text = _brands().sub(brand, text)
    text, stops = STOP_GLUE.subn(". ", text)

    def camel(match: re.Match[str]) -> str:
        nonlocal count
        word, name = match.groups()
        if root_of(word) is None or _brands().fullmatch(match.group(0)):
            return match.group(0)  # not two words: an unknown lower-case run, or an outlet ("detikSulsel")
        count += 1
        return f"{word} {name}"

    text = CAMEL.sub(camel, text)
    return text, count + stops
