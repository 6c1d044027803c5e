"""CAMEO codes with their descriptions, Goldstein scores and PLOVER types (data/cameo.tsv,
built by `warta build ontology`)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from warta.resources import data_path


@dataclass(frozen=True)
class Code:
    cameo: str
    description: str
    goldstein: float | None
    plover: str
    mode: str | None
    context: str | None

    @property
    def quad_class(self) -> int:
        """GDELT's quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material
        conflict, from the CAMEO root."""
        root = int(self.cameo[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4


@cache
def cameo_codes() -> dict[str, Code]:
    with data_path("cameo.tsv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {r["cameo"]: Code(r["cameo"], r["description"], float(r["goldstein"]) if r["goldstein"] else None,
                                 r["plover"], r["mode"] or None, r["context"] or None) for r in rows}


def code(cameo: str) -> Code:
    """The entry for a CAMEO code, or for its parent when the code itself is not listed."""
    codes = cameo_codes()
    for key in (cameo, cameo[:3], cameo[:2]):
        if key in codes:
            return codes[key]
    raise KeyError(f"unknown CAMEO code {cameo!r}")


# PLOVER types whose two sides are interchangeable: a meeting of A with B is one of B with A.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def event_key(cameo: str, kind: str, source: str, target: str, day: str | None) -> tuple[str, ...]:
    """When two events are the same: same code, same actors (either order for CONSULT, AGREE
    and COOPERATE), same day. The caller says what names an actor: an entity of the article
    (the events stage, within one article) or a name and country (the store, across articles)."""
    pair = sorted([source, target]) if kind in SYMMETRIC else [source, target]
    return (cameo, *pair, (day or "")[:10])
