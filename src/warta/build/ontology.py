"""data/cameo.tsv: every CAMEO code with its description, Goldstein score and PLOVER mapping.

``warta build ontology`` reads three tables from the shared ontology folder:

* CAMEO.eventcodes.txt (GDELT): code, tab, description, after a header line;
* CAMEO.goldsteinscale.txt (GDELT): code, tab, Goldstein score, after a header line;
* CAMEO2PLOVER-2021.txt (Schrodt): ``code: EVENT, mode, context # comment`` lines, with
  blank and ``#`` lines between blocks.

The rows are the union of the codes of all three, sorted as strings (so "1211" follows "121"
and precedes "122", the order of the CAMEO codebook). The PLOVER table maps two codes the
GDELT tables lack (1213, 1214); they are kept with an empty description and score, because
the coder may emit them. Where the PLOVER table maps a code twice (the root "08" as CONCEDE
and then RETREAT, "175" twice) the later line wins, as it is the editor's correction.
Padding around the PLOVER fields ("access ,") is dropped; contexts keep their "; " lists.
"""

from __future__ import annotations

import re
from pathlib import Path

from warta.resources import data_path

EVENT_CODES = "CAMEO.eventcodes.txt"
GOLDSTEIN = "CAMEO.goldsteinscale.txt"
PLOVER = "CAMEO2PLOVER-2021.txt"
COLUMNS = ("cameo", "description", "goldstein", "plover", "mode", "context")
# "0861: RETREAT, access , peacekeeping # Receive …": the code, then the fields before the comment
PLOVER_LINE = re.compile(r"^(\d+):\s*([^#]*)")


def read_table(path: Path) -> dict[str, str]:
    """Code → value of one of GDELT's two-column tables (the first line is a header)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if "\t" in line:
            key, value = line.split("\t", 1)
            out[key.strip()] = value.strip()
    return out


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """Code → (PLOVER event, mode, context); missing fields are empty strings."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PLOVER_LINE.match(line)
        if not match:
            continue
        fields = [f.strip() for f in match.group(2).split(",")]
        fields += [""] * (3 - len(fields))
        # a later line for the same code replaces the earlier one (see the module's docstring)
        out[match.group(1)] = (fields[0], fields[1], fields[2])
    return out


def rows(source: Path) -> list[tuple[str, ...]]:
    """The rows of cameo.tsv, header excluded, from the tables in ``source``."""
    descriptions = read_table(source / EVENT_CODES)
    goldstein = read_table(source / GOLDSTEIN)
    plover = read_plover(source / PLOVER)
    codes = sorted(set(descriptions) | set(goldstein) | set(plover))
    return [(c, descriptions.get(c, ""), goldstein.get(c, ""), *plover.get(c, ("", "", ""))) for c in codes]


def build(source: Path, out: Path | None = None) -> Path:
    """Write cameo.tsv (by default the package's own) from the ontology folder ``source``."""
    out = out or data_path("cameo.tsv")
    lines = ["\t".join(COLUMNS)] + ["\t".join(row) for row in rows(source)]
    # newline="" keeps "\n" on every platform, so the file is the same wherever it is built
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(lines) + "\n")
    return out
