"""data/gazetteers/world_people.tsv from PETRARCH2's Phoenix.Countries.actors.txt (Open Event
Data Alliance, MIT; `warta build world-people`): each person the list gives a dated office in a
country (a role code of the country and a sector, "AUSGOV"), with that country and the names
the list gives them, so that a foreign politician the article does not title ("Kevin Rudd
mengkritik Trump") is of their country, not of the story's.

The file is TABARI's actor format: an entry's name on a line of its own (words joined by "_"),
"+" lines for other names, and tab-indented "[CODE from-to]" lines for its roles. A name of one
word is left out (alone it names too many people and things), and so is a person whose roles all
ended before SINCE.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from warta.resources import data_path

PHOENIX = "data/ontology/petrarch2/Phoenix.Countries.actors.txt"
OUT = "gazetteers/world_people.tsv"
# a country's code and a sector's, and the role's dates: [AUSGOV 080101-100630], [AUSGOV >20130918]
ROLE = re.compile(r"\[([A-Z]{3})[A-Z]{3,}\s*([^\]]*)\]")
SINCE = 1995  # people whose roles all ended before this year are left out: the press names them rarely


def _recent(dates: str) -> bool:
    """Whether a role's dates reach SINCE: open ("", ">20130918") or ending then or later
    (TABARI writes YYMMDD, YYYYMMDD; a two-digit year up to 30 is of this century)."""
    end = dates.split("-")[-1].lstrip("<>").strip()
    if not end or dates.strip().startswith(">"):
        return True
    if not end[:2].isdigit():
        return False
    year = int(end[:4]) if len(end) == 8 else (2000 if int(end[:2]) <= 30 else 1900) + int(end[:2])
    return year >= SINCE


def _name(raw: str) -> str:
    """ "KEVIN_RUDD_  # CountryInfo.txt" → "Kevin Rudd" (TABARI's words, capitalised)."""
    words = raw.split("#", 1)[0].strip().lstrip("+").strip("_").split("_")
    return " ".join(w.capitalize() if w.isalpha() else w for w in words if w)


def people(text: str) -> list[tuple[str, str, list[str]]]:
    """(name, country, other names) of each person with a role since SINCE, in the file's order;
    a person with roles in several countries is of the one most of their roles name."""
    out: list[tuple[str, str, list[str]]] = []
    entry: list[str] = []
    roles: Counter = Counter()
    recent = False

    def close() -> None:
        names = [n for n in dict.fromkeys(entry) if len(n.split()) >= 2]
        if names and roles and recent:
            out.append((names[0], roles.most_common(1)[0][0], names[1:]))

    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line[0] in " \t":
            found = ROLE.findall(line)
            roles.update(country for country, _ in found)
            recent = recent or any(_recent(dates) for _, dates in found)
        elif line.startswith("+"):
            entry.append(_name(line))
        else:
            close()
            entry, roles, recent = [_name(line)], Counter(), False
    close()
    return out


def build(shared: Path, out: Path | None = None) -> Path:
    """Write the table (by default the package's) from the shared copy of PETRARCH2's
    dictionary; returns its path."""
    rows = ["\t".join((name, country, "|".join(others)))
            for name, country, others in people((shared / PHOENIX).read_text(encoding="utf-8"))]
    # written as build/gazetteers.py writes its tables (no quoting: TABARI names hold no tab), without
    # importing that module, which needs the build extra
    path = out or data_path(OUT)
    path.write_text("\n".join(["name\tcountry\taliases", *rows]) + "\n", encoding="utf-8")
    return path
