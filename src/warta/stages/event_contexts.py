"""An event's PLOVER contexts: those its CAMEO code carries ("crime; corruption") and those cue
words in its sentence tell (data/contexts.toml: korupsi → corruption, banjir → disaster)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from warta.resources import load


@cache
def _context_cues() -> tuple[tuple[str, frozenset[str], frozenset[tuple[str, ...]]], ...]:
    """(context, its cue words, its cue phrases as tuples of words), in the data's order: a
    sentence's words and word pairs are then tested against each context's sets at once."""
    out = []
    for name, words in load("contexts")["cues"].items():
        cues = [tuple(cue.split()) for cue in words]
        out.append((name, frozenset(c[0] for c in cues if len(c) == 1), frozenset(c for c in cues if len(c) > 1)))
    return tuple(out)


def contexts_of(code_context: str | None, low: Sequence[str]) -> list[str]:
    """The CAMEO code's PLOVER contexts ("crime; corruption") and those cue words in the
    sentence tell (data/contexts.toml), each once, in that order."""
    found = [c.strip() for c in (code_context or "").split(";") if c.strip()]
    words = set(low)
    pairs = {tuple(low[i:i + 2]) for i in range(len(low) - 1)} | {tuple(low[i:i + 3]) for i in range(len(low) - 2)}
    for name, singles, phrases in _context_cues():
        if name not in found and (not words.isdisjoint(singles) or not pairs.isdisjoint(phrases)):
            found.append(name)
    return found
