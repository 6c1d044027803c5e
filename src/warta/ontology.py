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
