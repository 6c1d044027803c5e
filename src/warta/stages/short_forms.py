"""Short forms and short names an article gives its entities: a name with its short form in
brackets ("Kementerian Dalam Negeri (Kemendagri)", "PT Cahaya Investa Mandiri (CIM)") is one
entity under both, and a person's nickname after "atau"/"alias"/"yang akrab disapa" is the
person's; two names joined by a hyphen ("pasangan Ridwan Hasibuan-Tengku Fauzi") are two people.
Split from stages/name_checks.py (session 30)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from warta.stages.entity_groups import Candidate
from warta.stages.initials import word_at
from warta.stages.name_shape import letters_in_order
from warta.stages.word_lists import (
    alias_connectors,
    company_heads,
    head_words,
    honorifics,
    nickname_cues,
    place_heads,
)

BRACKETED = re.compile(r"\(([A-Z][A-Za-z0-9]{1,15}(?: [A-Z][A-Za-z0-9]{1,11}){0,2})\)")  # "(Ditreskrimsus)", 13 letters


def bracket_aliases(body: str, candidates: list, make: Callable[[str, str, int, int], object]) -> list:
    """A name with its short form in brackets is one entity: "Tim Pengendalian Inflasi Pusat
    (TPIP)", "Kementerian Dalam Negeri (Kemendagri)". Every mention of the short form takes the
    full name as its canonical name and the full name's type; mentions the model missed are
    added (`make(text, type, start, end)` builds a candidate)."""
    out = list(candidates)
    things: list[str] = []
    people_ending = {c.end: c for c in candidates if c.type == "PERSON"}
    for match in BRACKETED.finditer(body):
        short = match.group(1)
        holder = next((c for c in out if c.type == "ORG" and c.start < match.start() and match.end() < c.end), None)
        if holder is not None:
            _short_form_inside(body, out, holder, match, make)
            continue
        person = people_ending.get(len(body[:match.start()].rstrip()))
        if person is not None and not short.isupper():
            _alias_everywhere(body, out, short, person, make)  # "Rasmoro Pramono Aji (Oney)"
            continue
        found = _expansion(body, match.start(), short)
        if not found:
            continue
        start, end = found
        full = body[start:end]
        # (or a company whose initials leave out its head: "PT Cahaya Investa Mandiri (CIM)")
        owner = next((c for c in out if c.start == start and c.end == end), None) or next(
            (c for c in out if c.type == "ORG" and c.end == end and c.start < start
             and body[c.start:start].split() in ([w] for w in company_heads())), None)
        head = full.split()[0].lower()
        if owner is None and head not in head_words():
            # "Makan Bergizi Gratis (MBG)", "Kereta Cepat Jakarta-Bandung (KCJB)": a thing, not a
            # body; the places in its name are not named here
            things.append(full)
            continue
        kind = owner.type if owner else ("PLACE" if head in place_heads() else "ORG")
        if owner is None:
            out = [c for c in out if not (c.start < end and start < c.end)]
            owner = make(full, kind, start, end)
            out.append(owner)
        for cand in out:
            if cand.text == short:
                cand.type, cand.canonical = kind, owner.canonical or owner.text
        for at in word_at(body, short):
            if not any(c.start < at + len(short) and at < c.end for c in out):
                extra = make(short, kind, at, at + len(short))
                extra.canonical = owner.canonical or owner.text
                out.append(extra)
    return _without_places_in(body, out, things)


def _without_places_in(body: str, candidates: list, things: list[str]) -> list:
    """The candidates less the places inside the names of things, wherever the article writes
    them ("Kereta Cepat Jakarta-Bandung" names neither city)."""
    spans = [(m.start(), m.end()) for thing in things for m in re.finditer(re.escape(thing), body)]
    return [c for c in candidates if not (c.type == "PLACE" and any(s <= c.start and c.end <= e for s, e in spans))]


def nickname_aliases(body: str, candidates: list, make: Callable[[str, str, int, int], object]) -> list:
    """A person's name followed by the short name the press uses ("KH Maksum Faqih atau Gus
    Maksum", "Muhaimin Iskandar yang akrab disapa Cak Imin"): every mention of the short name is
    the person's. After "atau", only a short name that shares part of a word with the full one."""
    out = list(candidates)
    cues = "|".join(re.escape(c).replace(r"\ ", r"[ ]+") for c in nickname_cues())
    after = re.compile(rf"[ ]*,?[ ]*({cues}),?[ ]+((?:[A-Z](?:\.|[\w'’-]*)[ ]?){{1,3}})")
    for person in [c for c in candidates if c.type == "PERSON"]:
        match = after.match(body, person.end)
        if not match:
            continue
        alias = match.group(2).strip()
        if alias == person.text or (match.group(1) == "atau" and not _shares_a_name(person.text, alias)):
            continue
        _alias_everywhere(body, out, alias, person, make)
    return out


def _shares_a_name(full: str, short: str) -> bool:
    """Whether the short name is one word (less forms of address) that opens, ends or is a word
    of the full name ("Gus Maksum" ~ "Maksum Faqih", "Cak Imin" ~ "Muhaimin Iskandar"); two
    people who share a given name ("Ahmad Sahroni atau Ahmad Dhani") are not one."""
    words = [w.lower() for w in full.split()]
    parts = [w.lower() for w in short.split() if w.lower() not in honorifics() | {"cak", "gus"}]
    return len(parts) == 1 and len(parts[0]) >= 3 and any(
        w == parts[0] or w.startswith(parts[0]) or w.endswith(parts[0]) for w in words)


BRACKETED_INSIDE = re.compile(r"\s*\([^()]{1,30}\)\s*")  # a short form in brackets inside a name


def _short_form_inside(body: str, out: list, holder, match: re.Match,
                       make: Callable[[str, str, int, int], object]) -> None:
    """A short form written inside a body's name ("Kepolisian Daerah (Polda) Metro Jaya"): the body
    is named without it, and its short name is the short form with the rest ("Polda Metro Jaya")."""
    rest = body[match.end():holder.end].strip()
    if holder.canonical is None or "(" in holder.canonical:
        # every short form inside leaves the name ("Dewan Pimpinan Wilayah (DPW) Partai Amanat
        # Nasional (PAN) Kepulauan Bangka Belitung")
        holder.canonical = " ".join(BRACKETED_INSIDE.sub(" ", body[holder.start:holder.end]).split())
    short = f"{match.group(1)} {rest}"
    for cand in out:
        if cand.text in (short, match.group(1)):  # "Polda Metro Jaya", and "Polda" alone after it
            cand.type, cand.canonical = "ORG", holder.canonical
    for at in word_at(body, short):
        if not any(c.start < at + len(short) and at < c.end for c in out):
            extra = make(short, "ORG", at, at + len(short))
            extra.canonical = holder.canonical
            out.append(extra)


def _alias_everywhere(body: str, out: list, alias: str, person, make: Callable[[str, str, int, int], object]) -> None:
    """Every mention of a person's nickname is that person's."""
    canonical = person.canonical or person.text
    for cand in out:
        if cand.text == alias:
            cand.type, cand.canonical, cand.place, cand.country = "PERSON", canonical, None, None
    for at in word_at(body, alias):
        if not any(c.start < at + len(alias) and at < c.end for c in out):
            extra = make(alias, "PERSON", at, at + len(alias))
            extra.canonical = canonical
            out.append(extra)


def _expansion(body: str, bracket: int, short: str) -> tuple[int, int] | None:
    """Where the full name before "(short)" starts and ends: the longest run of capitalised
    words (and connectors) ending at the bracket that opens with the short form's first letter
    and holds its letters in order."""
    words = list(re.finditer(r"[\w'’.-]+", body[max(0, bracket - 160):bracket]))
    offset = max(0, bracket - 160)
    run: list[re.Match] = []
    for word in reversed(words):
        text = word.group(0)
        gap = body[offset + word.end():offset + run[0].start()] if run else body[offset + word.end():bracket]
        if "\n" in gap or text.endswith(".") or any(ch in gap for ch in ",;:()\"“”"):
            break  # a name does not run across a line, a full stop or a comma
        if text[:1].isupper() or (text in alias_connectors() and run):
            run.insert(0, word)
        else:
            break
        if len(run) > 12:
            break
    while run and run[0].group(0) in alias_connectors():
        run.pop(0)
    best = None
    for i in range(len(run)):
        first = run[i].group(0)
        if first in alias_connectors() or first[0].lower() != short[0].lower() or len(run) - i < 2:
            continue
        letters = "".join(w.group(0).lower() for w in run[i:])
        if letters_in_order(short.lower().replace(" ", ""), letters):
            best = (offset + run[i].start(), offset + run[-1].end())
            break
    return best


def split_running_mates(candidates: list[Candidate]) -> list[Candidate]:
    """A person read over two full names joined by a hyphen ("pasangan Ridwan Hasibuan-Tengku
    Fauzi", a ticket as the press writes it): two people, each of two or more words, so a name
    with a hyphen of its own ("Cho Tae-yong", "Siti Al-Hasanah") stays one."""
    out: list[Candidate] = []
    for cand in candidates:
        left, dash, right = cand.text.partition("-")
        if (cand.type == "PERSON" and dash and "-" not in right and " " in left and " " in right
                and left[-1:].isalpha() and right[:1].isupper() and left.split()[-1][:1].isupper()):
            cut = cand.start + len(left) + 1
            out.append(dataclasses.replace(cand, text=left, end=cand.start + len(left)))
            out.append(dataclasses.replace(cand, text=right, start=cut, title=None))
        else:
            out.append(cand)
    return out

