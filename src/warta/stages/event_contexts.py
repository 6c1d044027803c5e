"""An event's PLOVER contexts: those its CAMEO code carries ("crime; corruption") and those cue
words in its sentence tell (data/contexts.toml: korupsi → corruption, banjir → disaster)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from warta.resources import load


@cache
def _context_cues() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    cues = load("contexts")["cues"]
    return tuple((name, tuple(tuple(cue.split()) for cue in words)) for name, words in cues.items())


def contexts_of(code_context: str | None, low: Sequence[str]) -> list[str]:
    """The CAMEO code's PLOVER contexts ("crime; corruption") and those cue words in the
    sentence tell (data/contexts.toml), each once, in that order."""
    found = [c.strip() for c in (code_context or "").split(";") if c.strip()]
    words = set(low)
    pairs = {tuple(low[i:i + 2]) for i in range(len(low) - 1)} | {tuple(low[i:i + 3]) for i in range(len(low) - 2)}
    for name, cues in _context_cues():
        if name not in found and any(cue in pairs if len(cue) > 1 else cue[0] in words for cue in cues):
            found.append(name)
    return found
