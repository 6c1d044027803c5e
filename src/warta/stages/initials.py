"""People named by their initials: "tersangka berinisial MY", "Saudara AS", "AS (22)": found
once over the body, so a suspect named so is a person, never the United States (ANNOTATION.md)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from warta.gazetteer import gazetteer, key_of
from warta.resources import load
from warta.stages.institutions import head_word
from warta.stages.name_shape import ROMAN
from warta.stages.word_lists import initials_cues, not_names, rank_corps, ranks


def word_at(body: str, text: str) -> list[int]:
    """Where `text` stands in the body as a whole word."""
    # the text first and the character before it looked behind for: a search for a pattern that
    # opens with the text skips to its occurrences, where one that opens with a look-behind is
    # tried at every position of the body
    word = re.escape(text)
    return [m.start() for m in re.finditer(rf"{word}(?<![\w-]{word})(?![\w-])", body)]


INITIAL_TAIL = r"(?:\.?[A-Z]){0,4}\.?(?!\w)"
INITIAL = "[A-Z]" + INITIAL_TAIL
# Initials no word character or dot stands before, and a capitalised word at a word's start: the
# capital first and what stands before it looked behind for. A search then skips from capital to
# capital, where a pattern that opens with a look-behind (or \b) is tried at every position.
FREE_INITIAL = r"[A-Z](?<![\w.][A-Z])" + INITIAL_TAIL
# the next initials of a list, past a status in brackets ("AVADL, MJ, ADES (DPO), DDH (DPO)") or
# another name ("AM alias KA, ACM")
LISTED = re.compile(r"(?:\s*\([A-Z]{2,5}\))?(?:\s+(?i:alias)\s+(?:[A-Z][a-z]+\b|" + INITIAL + r"))?"
                    r"(?:\s*,\s*|\s+dan\s+|\s*,\s*dan\s+)(" + INITIAL + ")")


def _alternation(words: frozenset[str]) -> str:
    """The words as a regular expression's alternatives, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _any_of(words: frozenset[str]) -> str:
    """The words as a group of alternatives read in any case, after a lookahead for their first
    letters: the patterns run over whole bodies, and the lookahead turns most words away with
    one test where the alternation tried every cue (it matches nothing the group would not)."""
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return rf"(?=(?i:[{firsts}]))(?i:{_alternation(words)})"


@cache
def _cued() -> re.Pattern[str]:
    cues = _any_of(initials_cues() | _ner_words("initials_cue_phrases"))
    return re.compile(rf"\b{cues}\s+(?:(?i:berinisial|inisial)\s+)?(" + INITIAL + ")")


@cache
def _ner_words(table: str) -> frozenset[str]:
    """A word list of data/ner.toml, read once."""
    return frozenset(load("ner")[table]["words"])


# a capitalised word, then a capital: a rank's candidates, checked against the rank list after
# the match (one simple pattern scans a body faster than an alternation of forty ranks)
CAPITAL_THEN_CAPITAL = re.compile(r"([A-Z](?<!\w\w)[A-Za-z]{1,8})\s+(?=[A-Z])")
# a single initial that opens a name is the name's ("Brigjen K. Lingga Rendra"); two or more may
# end a sentence ("… oleh Bripda AG. Kasus ini …")
RANKED_INITIAL = re.compile(r"(?:[A-Z](?:\.?[A-Z]){1,4}\.?(?!\w)|[A-Z](?!\.?\s+[A-Z][a-z])\.?(?!\w))")


@cache
def _listed() -> re.Pattern[str]:
    """A noun of people, then a listing word and initials ("keempat pelaku adalah DS"; ner.toml
    [initials_listing])."""
    cues, listing = _any_of(initials_cues()), _alternation(_ner_words("initials_listing"))
    return re.compile(rf"\b{cues}\s+(?i:{listing})\s+(" + INITIAL + ")")


@cache
def _rank_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Ranks that cue initials ("Bripda"; not "Kapten", [ranks_not_cues]) and the corps a rank
    may be followed by ("TNI", "Pol"), lower case."""
    return ranks() - _ner_words("ranks_not_cues"), frozenset(c.lower() for c in rank_corps())


def _after_ranks(body: str) -> set[str]:
    """Initials after a rank ("Bripda AG"), with those listed after them ("Bripda AG dan AN")."""
    cues, corps = _rank_cues()
    found: set[str] = set()
    for match in CAPITAL_THEN_CAPITAL.finditer(body):
        initials = RANKED_INITIAL.match(body, match.end()) if match.group(1) in cues else None
        if initials is None or initials.group(0).rstrip(".").lower() in corps:
            continue
        found.add(initials.group(0).rstrip("."))
        end = initials.end()
        while more := LISTED.match(body, end):
            found.add(more.group(1).rstrip("."))
            end = more.end()
    return found


@lru_cache(maxsize=8)
def _ranked_or_listed(body: str) -> frozenset[str]:
    """Initials after a rank ("Bripda AG", "Bripda AS": an officer, whatever else AS names), or
    after a listing word when nothing else is named by them ("pelaku adalah DS"; not "Terlapor
    adalah KPU"), and never a word of [not_initials] ("Korban adalah IRT")."""
    listed = {i for i in _initials_after(_listed(), body) if not _known_word(i)}
    kept = _after_ranks(body) | listed
    return frozenset(i for i in kept if i not in _ner_words("not_initials"))


# initials with an age in brackets, as the press gives a suspect's or a victim's: "AS (22)"
AGED = re.compile("(" + FREE_INITIAL + r")\s*\(\d{1,2}(?:\s*tahun)?\)")


def initials_after_cues(body: str) -> frozenset[str]:
    """Initials that follow, somewhere in the article, a word that introduces a person by
    initials ("tersangka berinisial MY", "berinisial AR"), and those listed after them ("MY, MF
    dan IP"), or that an age in brackets follows ("AS (22), mahasiswa …"), or a group of people
    lists ("lima orang lainnya yakni AP, AM, dan MR"), or that act in an office ("HYL selaku
    Direktur …"); one pass each."""
    return (_initials_after(_cued(), body) | _ranked_or_listed(body) | _aged_initials(body)
            | _listed_by_groups(body) | _initials_in_office(body) | _verbs_objects(body))


VERB_OBJECT_LETTERS = 4  # initials a verb of arrest takes as its object ("RH", "ARHS"); longer ones are bodies'


@cache
def _after_verbs() -> re.Pattern[str]:
    """A verb of arrest or detention ([initials_verbs]) and initials right after it, no capitalised
    word after them (not "menahan AM Hendropriyono", a name) and no demonstrative ("BPR tersebut")."""
    verbs = _any_of(_ner_words("initials_verbs"))
    return re.compile(rf"\b{verbs}\s+(" + INITIAL + r")(?!\s+(?:[A-Z][a-z]|(?:tersebut|itu|ini)\b))")


@lru_cache(maxsize=8)
def _verbs_objects(body: str) -> frozenset[str]:
    """Initials a verb of arrest or detention takes as its object, and those listed after
    them ("menangkap AM dan SR"): people, when short and no known short form."""
    out: set[str] = set()
    for match in _after_verbs().finditer(body):
        found, at = {match.group(1).rstrip(".")}, match.end()
        while listed := LISTED.match(body, at):
            found.add(listed.group(1).rstrip("."))
            at = listed.end()
        out |= {i for i in found if len(i.replace(".", "")) <= VERB_OBJECT_LETTERS and _names_a_person(i)
                and i not in _ner_words("secured_things")}
    return frozenset(out)


ALONE_LETTERS = 3  # one set of initials alone after "yakni" names a person when this short ("RZ", "ABS")
GROUP_WORDS = 6  # words before the listing word among which the noun of people (or of bodies) stands
# an office after "selaku" opens with a title of two words at most ("selaku Direktur Utama PT …"),
# after one word before it at most ("selaku Mantan Sekjen …")
OFFICE_WORDS = 2


@cache
def _group_list() -> re.Pattern[str]:
    """A listing word ([initials_listing]: "yakni", "yaitu") and the initials right after it, a
    comma following them."""
    return re.compile(rf"\b{_any_of(_ner_words('initials_listing'))}\s+(" + INITIAL + r")(?=\s*,)")


@lru_cache(maxsize=8)
def _listed_by_groups(body: str) -> frozenset[str]:
    """Two or more initials listed after "yakni"/"yaitu" right after a noun of people (ner.toml
    [initials_groups]) and no noun of bodies ([initials_bodies]): those people; one alone may be
    a body's short form, and a list mostly of known short forms is of bodies."""
    groups, bodies = _ner_words("initials_groups"), _ner_words("initials_bodies")
    out: set[str] = set()
    for match in _group_list().finditer(body):
        before = [w.strip(",.").lower() for w in body[max(0, match.start() - 80):match.start()].split()][-GROUP_WORDS:]
        found, at = {match.group(1).rstrip(".")}, match.end()
        while listed := LISTED.match(body, at):
            found.add(listed.group(1).rstrip("."))
            at = listed.end()
        # a list mostly of known short forms is of bodies ("anggota koalisi yakni PDIP, PKB, dan PKS");
        # in one mostly of unknown initials a known short form is still the body's ("YS, DPR dan HN")
        # one unknown alone is a person's after a suspect's or a convict's noun ("satu tersangka
        # korupsi dana hibah, yakni RZ, …"; not "korban …, yakni BPR", "tersangka korporasi, yakni KUD")
        known = sum(_known_word(i) for i in found)
        alone = (len(found) == 1 and not known and len(match.group(1).rstrip(".")) <= ALONE_LETTERS
                 and not match.group(0).lower().startswith("adalah")
                 and any(w in _ner_words("initials_alone") for w in before))
        if ((len(found) >= 2 or alone) and 2 * known < len(found) and any(w in groups for w in before)
                and not any(w in bodies for w in before)):
            out |= {i for i in found if _names_a_person(i)}
    return frozenset(out)


IN_OFFICE = re.compile("(" + FREE_INITIAL + r")\s+selaku\s+((?:[A-Z][\w-]*\s*){1,3})")


@lru_cache(maxsize=8)
def _initials_in_office(body: str) -> frozenset[str]:
    """Initials that hold an office ("HYL selaku Direktur PT Praba"): a person, when a title of
    the gazetteer follows "selaku" (a body acts "selaku pelaksana", "selaku pemberi pinjaman");
    not the short form closing a body's name ("Fakultas Hukum UGM selaku …": its holder acts)."""
    out, titles = set(), gazetteer().titles
    for m in IN_OFFICE.finditer(body):
        initials, before = m.group(1).rstrip("."), body[max(0, m.start() - 30):m.start()].split()
        office = m.group(2).split()  # a title opens it, or follows a word such as "Mantan"
        if not any(key_of(" ".join(office[k:k + n])) in titles for k in (0, 1) for n in range(1, OFFICE_WORDS + 1)):
            continue
        if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
            continue
        if _names_a_person(initials):
            out.add(initials)
    return frozenset(out)


def _names_a_person(initials: str) -> bool:
    """Initials that may be a person's: no short form the gazetteer knows, no word describing
    people ([not_initials]: "IRT", "WNI") and no common noun's short form (not_names: "PSN")."""
    return not _known_word(initials) and initials not in _ner_words("not_initials") and initials not in not_names()


# "China (40), AS (35) dan Jepang (20)": a tally's items, written as words, next to the initials
TALLY_BEFORE = re.compile(r"([A-Z][\w-]*)\s*\(\d{1,3}\)\s*(?:,\s*dan|,|dan)\s*$")
TALLY_AFTER = re.compile(r"\s*(?:,\s*dan|,|dan)\s*([A-Z][\w-]*)\s*\(\d{1,3}\)")


@lru_cache(maxsize=8)  # the checks, the initialled people and the initials-alias guard each ask
def _aged_initials(body: str) -> frozenset[str]:
    """Initials with an age in brackets: a person ("Polisi menangkap AS (22) di rumahnya", "AS
    (34), BW (28), dan NK (25)"), unless a neighbour in the same list is a word, which makes
    the list a tally ("China (40), AS (35) dan Jepang (20)", "PDIP (18), Golkar (12)")."""
    out = set()
    for m in AGED.finditer(body):
        before = TALLY_BEFORE.search(body, max(0, m.start() - 40), m.start())
        after = TALLY_AFTER.match(body, m.end())
        neighbours = [x.group(1) for x in (before, after) if x]
        if not any(not re.fullmatch(INITIAL, w) for w in neighbours):
            out.add(m.group(1).rstrip("."))
    return frozenset(out)


@lru_cache(maxsize=8)  # the checks, the initialled people and the initials-alias guard read one body each
def _initials_after(pattern: re.Pattern[str], body: str) -> frozenset[str]:
    """The initials `pattern` finds (its first group), and those listed after each ("MY, MF dan IP")."""
    found = set()
    for match in pattern.finditer(body):
        found.add(match.group(1).rstrip("."))
        at = match.end()
        while listed := LISTED.match(body, at):
            found.add(listed.group(1).rstrip("."))
            at = listed.end()
    return frozenset(found)


INTRODUCED = re.compile(r"\b" + _any_of(frozenset({"berinisial", "inisial"})) + r"\s+(" + INITIAL + ")")


@cache
def _case_role() -> re.Pattern[str]:
    """A party's standing in a case, then initials ("Tersangka RK kami tahan"; data: titles.toml
    [titles] ROLE); initials the gazetteer knows, a case's short form or a numeral are none."""
    return re.compile(rf"\b{_any_of(frozenset(load('titles')['titles']['ROLE']))}\s+(" + INITIAL + ")")


def introduced_initials(body: str) -> frozenset[str]:
    """Initials the article names someone by, after a cue ("tersangka berinisial HS", "Saudara
    MY"): a person of their own, never another person's short form."""
    return initials_after_cues(body) | _initials_after(INTRODUCED, body)


def _known_word(initials: str) -> bool:
    """Whether the gazetteer knows the initials as a body, place, title or kind of thing, or
    they open a body's name ("SD")."""
    g, key = gazetteer(), key_of(initials)
    return key in g.organisations or key in g.places or key in g.titles or key in g.kinds or head_word(initials)


def initialled_people(body: str, candidates: list, make: Callable[[str, str, int, int], object]) -> list:
    """People the article introduces by initials only ("memanggil artis berinisial RA", "pria
    berinisial AS dan MF", "RT (19)"), which no model or list reads as a name: each mention of
    them is the person's."""
    out = list(candidates)
    standing = {i for i in _initials_after(_case_role(), body)
                if not _known_word(i) and i not in _ner_words("not_initials") and not ROMAN.match(i)}
    for initials in sorted(_initials_after(INTRODUCED, body) | _aged_initials(body) | _ranked_or_listed(body)
                           | standing | _listed_by_groups(body) | _initials_in_office(body) | _verbs_objects(body)):
        for at in word_at(body, initials):
            same = [c for c in out if (c.start, c.end) == (at, at + len(initials)) and c.type in ("ORG", "PERSON")]
            for cand in same:
                cand.type = "PERSON"  # "berinisial AVADL, MJ, YD": a suspect, not a body the model saw
            if not same and not any(c.start < at + len(initials) and at < c.end for c in out):
                same = [make(initials, "PERSON", at, at + len(initials))]
                out.extend(same)
            rank = body[max(0, at - 12):at].split()[-1:]
            for person in same:
                if rank and rank[0] in ranks() and not person.title:
                    person.title = rank[0]  # "Bripda AG": the officer's rank
    return out
