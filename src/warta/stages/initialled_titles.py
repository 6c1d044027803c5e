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
        if _someone_elses(words, t_start):
            continue  # "istri Bupati Morowali Utara berinisial FH": the wife, not the regent
        end = _office_end(words, t_end)
        holder = _initials_after(words, end)
        if holder is None or any(s.start == holder for s in out) or _listed(words, t_start, holder):
            continue
        start = t_start - 1 if t_start and words[t_start - 1].lower() in FORMER else t_start
        out.append(TitledSpan(holder, holder + 1, "PERSON", _text(words[start:end])))
    return out


RELATION_REACH = 3  # lower-case words looked back over for whose the office is ("anak kandung dari …")


def _someone_elses(words: Sequence[str], t_start: int) -> bool:
    """Whether the office is named as someone else's tie or place ("sopir pribadi Bupati Buru",
    "anak dari Kepala Desa", "di rumah Kepala Desa", "mengaku sebagai Kapolsek"; data: ner.toml
    [holder_relations]): a relation word among the lower-case words right before it."""
    k = t_start - 1
    while k >= 0 and t_start - k <= RELATION_REACH and words[k].islower():
        if words[k] in holder_relations():
            return True
        k -= 1
    return False


def _listed(words: Sequence[str], t_start: int, holder: int) -> bool:
    """Whether offices or initials are listed ("Kepala Desa Waelo dan Bendahara Desa berinisial YT
    dan RS"): which initials hold which office the words do not say."""
    listed_before = t_start > 0 and words[t_start - 1] in ("dan", "serta", ",")
    listed_after = (holder + 2 < len(words) and words[holder + 1] in ("dan", "serta", ",")
                    and HOLDER_INITIALS.fullmatch(words[holder + 2]) is not None)
    return listed_before or listed_after


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
