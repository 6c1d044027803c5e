"""Offices whose holder the press names by initials only, after the office and where it serves
("menahan Kepala Desa Bukit Harapan, Kecamatan Loa Kulu, berinisial HS", "mantan Direktur RSUD
Praya, Lombok Tengah, berinisial MS", "Direktur CV Maju Jaya berinisial RT"): the initials are
the person and the office is their title (ANNOTATION.md: a person with the title the text gives).

The title grammar (stages/titled.py) reads a name inside the office's run of capitalised words;
here the run ends without one, and the holder follows the word that introduces initials.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.stages.title_words import title_spans
from warta.stages.titled import TitledSpan
from warta.stages.word_lists import holder_relations

INTRODUCING = ("berinisial", "inisial")
HOLDER_INITIALS = re.compile(r"[A-Z]{2,5}")  # "HS", "MS", "AKS": a suspect's initials, no single letter
OFFICE_RUN = 14  # words of an office's run ("Direktur Rumah Sakit Umum Daerah ( RSUD ) Praya")
PLACE_WORDS = 4  # words of a place set off by commas after the office (", Kecamatan Loa Kulu,")
FORMER = ("mantan", "eks", "bekas")  # "mantan Direktur …": the office held before, still the title


def initialled_holders(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[TitledSpan]:
    """The initials introduced after an office and up to two places set off by commas, each a
    PERSON with the office (and "mantan" before it) as title."""
    out = []
    for t_start, t_end in title_spans(words, spans):
        if not words[t_start][:1].isupper():
            continue  # "tersangka berinisial RS", "pelaku berinisial HS": a part in a case, no office
        if t_start and words[t_start - 1].lower() in holder_relations():
            continue  # "istri Bupati Morowali Utara berinisial FH": the wife, not the regent
        end = _office_end(words, t_end)
        holder = _initials_after(words, end)
        if holder is None or any(s.start == holder for s in out):
            continue
        start = t_start - 1 if t_start and words[t_start - 1].lower() in FORMER else t_start
        out.append(TitledSpan(holder, holder + 1, "PERSON", _text(words[start:end])))
    return out


def _office_end(words: Sequence[str], at: int) -> int:
    """Where the office's run of capitalised words, numbers and bracketed short forms ends."""
    end = at
    while end < len(words) and end - at < OFFICE_RUN and (
            words[end][:1].isupper() or words[end].isdigit() or words[end] in ("(", ")", "/", "-")):
        end += 1
    return end


def _initials_after(words: Sequence[str], at: int) -> int | None:
    """Where the initials stand after the office: right after the introducing word, which may
    follow a comma and at most two places set off by commas; nothing else between."""
    k, places = at, 0
    while k < len(words) and words[k] == "," and places <= 2:
        if k + 1 < len(words) and words[k + 1].lower() in INTRODUCING:
            k += 1
            break
        m = k + 1
        while m < len(words) and m - k <= PLACE_WORDS and words[m][:1].isupper():
            m += 1
        if m == k + 1 or m >= len(words) or words[m] != ",":
            return None
        k, places = m, places + 1
    if k + 1 < len(words) and words[k].lower() in INTRODUCING and HOLDER_INITIALS.fullmatch(words[k + 1]):
        return k + 1
    return None


def _text(words: Sequence[str]) -> str:
    """The office as printed, with a bracket's spacing closed ("Rumah Sakit Umum Daerah (RSUD) Praya")."""
    return " ".join(words).replace("( ", "(").replace(" )", ")").replace(" / ", "/").replace(" - ", "-")
