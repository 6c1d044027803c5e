"""Quotations and their speakers.

Direct quotes are the spans between quotation marks, running across paragraphs when a
paragraph opens a quote it does not close and the next one reopens it. The speaker is named
after the quote ("…," kata Blinken), before it (Blinken mengatakan, "…"), by a pronoun form
(katanya, ujar dia) that refers back to the last speaker, or, with nothing else, is the last
person named before the quote in its paragraph. Indirect speech ("X mengatakan bahwa …",
"menurut X, …") gives indirect quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from warta.gazetteer import gazetteer, key_of
from warta.model import Document, Entity, Mention, Quote, Speaker
from warta.resources import load
from warta.stages.body_words import acts_next
from warta.stages.sentence_subjects import Subjects
from warta.stages.spans import ByStart, SpanIndex
from warta.stages.title_sectors import holds_title

OPENING = "“\"‘«"
CLOSING = "”\"’»"


class Article:
    """The document with its people and times indexed by position: a quote asks about the
    names near it, and a scan of every mention per quote made long articles quadratic (the
    other mentions it asks about through ``doc.mentions_in``, indexed the same way)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.body = doc.body
        self.people = ByStart((m.start, (e, m)) for e in doc.entities if e.type == "PERSON" for m in e.mentions)
        self.times = ByStart((t.start, t) for t in doc.times)
        self._named: dict[str, Entity | None] = {}
        self._breaks = [m.start() for m in re.finditer(r"\n(?=\n)", self.body)]
        self.subjects = Subjects(doc)  # who opens each sentence; the direct quotes' speakers added later

    def paragraph_break(self, end: int) -> int:
        """body.rfind("\\n\\n", 0, end), from the breaks found once (a search back from each
        quote to its paragraph's start made one long paragraph quadratic)."""
        i = bisect_right(self._breaks, end - 2) - 1
        return self._breaks[i] if i >= 0 else -1

    def entity_named(self, name: str) -> Entity | None:
        if name not in self._named:
            self._named[name] = _entity_named(self.doc, name)
        return self._named[name]


@dataclass
class Who:
    entity: Entity | None
    name: str | None
    end: int  # where the attribution ends in the body


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _opening(words: list[str]) -> str:
    """A look-ahead for the words' first letters, before their alternation in a pattern searched
    for: it turns most positions away with one test, where the alternation tries every word."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


@cache
def _verbs() -> dict[str, re.Pattern[str]]:
    data = load("quotes")
    pronoun = _alternation(data["pronouns"])
    said = _opening(data["before"]) + "(?P<verb>" + _alternation(data["before"]) + ")"  # a verb of saying
    purpose = _opening(data["purpose"]) + "(?:" + _alternation(data["purpose"]) + ")"
    return {
        "after": re.compile(r"^[\s,]*(?P<verb>" + _alternation(data["after"]) + r")\b\s*", re.I),
        "after_comma": re.compile(r"^\s*(?P<verb>" + _alternation(data["after_comma"]) + r")\b\s*"),
        "before": re.compile(r"\b" + said + r"\b\s*(?:bahwa\s+)?[,:]?\s*$", re.I),
        "indirect": re.compile(r"\b" + said + r"\b[,:]?\s+(?:bahwa\s+)?", re.I),
        "according": re.compile(r"\b(?:" + _alternation(data["according"]) + r")\s+", re.I),
        # a verb of saying that names no one but the last speaker: "ujar dia", "katanya"
        "pronoun": re.compile(r"(?:^|\s)(?:" + pronoun + r")$|(?:" + _alternation(data["pronoun_suffixes"]) + r")$",
                              re.I),
        # after the verb: a pronoun (lower case only: "Ia" opening a name is no pronoun) or a name
        "speaker": re.compile(r"(?:" + pronoun + r")\b|(?:(?:" + _alternation(data["description_openers"])
                              + r")\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5}"),
        "demonstrative": re.compile(r"\s*(?:" + _alternation(data["demonstratives"]) + r")\b"),
        "purpose": re.compile(r"\b" + purpose + r"\s*$", re.I),
    }


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of data/quotes.toml as a set (the pronouns, the joining words of a title)."""
    return frozenset(load("quotes")[key])


class Quotes:
    """Fills ``doc.quotes``."""

    name = "quotes"
    reads = ("sentences", "entities", "times")
    writes = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        quotes: list[Quote] = []
        last: Who | None = None
        art = Article(doc)
        for start, end in quote_spans(doc.body):
            who = _speaker(art, start, end, last)
            if who and (who.entity or who.name):
                last = who
            quotes.append(_quote(art, start, end, who, direct=True))
        art.subjects.add_speakers(quotes)  # '"…," kata Budi' makes the sentence Budi's
        quotes.extend(_indirect(art, SpanIndex((q.start, q.end) for q in quotes)))
        doc.quotes = sorted(quotes, key=lambda q: q.start)
        return doc


def quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each quotation, quotation marks excluded."""
    spans: list[tuple[int, int]] = []
    unclosed = -1  # the search for a closing mark from before here found none
    # only a quotation mark can open a quotation: the search jumps from one to the next, where a
    # walk over every character cost more than all the rest of the stage
    mark = _MAY_OPEN.search(body)
    while mark:
        i = mark.start()
        if (body[i] in OPENING or _closing_mark_opening(body, i)) and (i == 0 or not body[i - 1].isalnum()) \
                and i >= unclosed:
            close, stop = _closing(body, i + 1)
            if close is None:
                # a later opening before `stop` would walk the same characters to the same
                # end: an unclosed quotation mark per word must not make the search quadratic
                unclosed = stop
            elif close - i > 3:
                spans.append((i + 1, close))
                mark = _MAY_OPEN.search(body, close + 1)
                continue
        mark = _MAY_OPEN.search(body, i + 1)
    return spans


def _closing_mark_opening(body: str, i: int) -> bool:
    """A right quotation mark opening a paragraph before a word ('”Setelah pemeriksaan …,” kata
    …'): some outlets (Kompas.id) open quotations with the closing mark."""
    return body[i] == "”" and (i == 0 or body[i - 1] == "\n") and i + 1 < len(body) and body[i + 1].isalpha()


# What the two walks stop at: a mark that may open a quotation (an opening one, or the closing
# one some outlets open with); a closing mark or a paragraph's end
_MAY_OPEN = re.compile(f"[{re.escape(OPENING)}”]")
_MAY_CLOSE = re.compile(f"[{re.escape(CLOSING)}]|\n\n")


def _closing(body: str, start: int) -> tuple[int | None, int]:
    """The closing mark of a quotation opened before `start`, or None and where the search
    stopped; a paragraph that ends inside the quotation continues into the next paragraph
    when that one opens with a quotation mark."""
    stop = _MAY_CLOSE.search(body, start)
    while stop:
        i = stop.start()
        if body[i] != "\n":
            if i + 1 == len(body) or not body[i + 1].isalnum() or body[i - 1] in ",.!?":
                return i, i  # '…,"kata Prof. Ghufron': a mark after a comma closes, though a word is glued on
            stop = _MAY_CLOSE.search(body, i + 1)
            continue
        nxt = i + 2
        if nxt < len(body) and (body[nxt] in OPENING or _closing_mark_opening(body, nxt)):
            stop = _MAY_CLOSE.search(body, nxt + 1)
            continue
        return None, i
    return None, len(body)


def _mention_at(art: Article, start: int, types: tuple[str, ...] = ("PERSON", "ORG")
                ) -> tuple[Entity, Mention] | None:
    return next(iter(art.doc.mentions_in(start, start + 1, types)), None)


def _speaker(art: Article, start: int, end: int, last: Who | None) -> Who | None:
    body = art.body
    verbs = _verbs()
    after = body[end + 1:end + 120]
    match = verbs["after"].match(after) or (
        body[end - 1:end] in (",", ".", "!", "?") and verbs["after_comma"].match(after) or None)
    if match:
        where = end + 1 + match.end()
        verb = match.group("verb").lower()
        if verbs["pronoun"].search(verb):
            return _referent(art, start, where, last)
        word = verbs["speaker"].match(body[where:where + 80])
        if word and verbs["demonstrative"].match(body, where + word.end()):
            return _referent(art, start, where + word.end(), last)  # "ujar Anggota Komisi IV DPR RI ini"
        named = _named_after(art, where)
        if named:
            return Who(named[0], named[0].name, named[1].end)
        if word and word.group(0).lower() in _words("pronouns"):
            return _referent(art, start, where + word.end(), last)
        if word:
            entity = art.entity_named(word.group(0)) or _office_holder(art, word.group(0), start)
            return Who(entity, entity.name if entity else word.group(0), where + word.end())
    before = body[max(0, start - 120):start - 1]
    match = verbs["before"].search(before)
    if match:
        clause = before[:match.start()].rstrip()
        who = _last_person_in(art, max(0, start - 120) + len(clause) - 60, max(0, start - 120) + len(clause))
        if who:
            return who
    return _last_person(art, start)


def _referent(art: Article, start: int, where: int, last: Who | None) -> Who | None:
    """Who "katanya", "ujar dia", "kata pejabat itu" stand for: the last speaker, unless another
    person was said to speak ("X mengatakan …") after that speaker's attribution."""
    if last is None:
        # a person named in the quotation's own paragraph is its speaker; with none, the one said
        # to speak in the paragraph before ("Wana Alamsyah mengatakan Polda Jabar mesti menghentikan
        # proses hukum kepada Tri Yanto.\n'…,' katanya"), not the last one named there
        para_start = art.paragraph_break(start)
        own = _last_person_in(art, para_start + 2 if para_start >= 0 else 0, start)
        if own or para_start < 0:
            return own
        speaking = _speaking_person(art, max(0, art.paragraph_break(para_start)), start)
        return Who(*speaking, where) if speaking else _last_person(art, start)
    speaking = _speaking_person(art, last.end, start) or _pronoun_speaking(art, last, start)
    if speaking:
        return Who(*speaking, where)
    newcomer = _view_told_before(art, last, start)
    if newcomer is not None:
        return Who(newcomer, newcomer.name, where)
    # "Menteri Kesehatan Budi Gunadi Sadikin turut menanggapi … '…,' tuturnya": someone else named
    # in the quotation's own paragraph, which the last attribution is not in, speaks now
    para_start = art.paragraph_break(start)
    other = _last_person_in(art, para_start + 2, start) if para_start > last.end else None
    if other and other.entity.id != last.entity.id:
        return Who(other.entity, other.name, where)
    return Who(last.entity, last.name, where)


def _view_told_before(art: Article, last: Who, start: int) -> Entity | None:
    """The one person the paragraph right before the quotation's tells the view of ("Menurutnya,
    …"), when that paragraph stands wholly after the last attribution, opens with no pronoun and
    names the last speaker nowhere: "Hal serupa disampaikan Hendra Tumiwa (45), pedagang beras.
    Menurutnya, distributor …" then '"…," jelasnya' is Hendra's, not the trader quoted before."""
    para = art.paragraph_break(start)
    if para < 0:
        return None
    previous = art.paragraph_break(para)
    lo = previous + 2 if previous >= 0 else 0
    text = art.body[lo:para]
    views = [text.lower().find(f"{word}nya") for word in _words("according")]
    view = min((at for at in views if at >= 0), default=-1)
    if lo < last.end or text.split(" ", 1)[0].strip(",").lower() in _words("pronouns") or view < 0:
        return None
    # (the one named before the view: "Menurutnya, tersangka Asep …" names no speaker)
    people = {entity.id: entity for entity, _ in art.doc.mentions_in(lo, lo + view, ("PERSON",))}
    if len(people) != 1 or _tells_of(text, last):
        return None
    return next(iter(people.values()))


PRONOUN_OPENING = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:Ia|Dia|Beliau)\s+")


def _pronoun_speaking(art: Article, last: Who, hi: int) -> tuple[Entity, str] | None:
    """The person a sentence-opening pronoun said to speak after the last attribution stands for,
    when its own paragraph told that person acting first and names the last speaker nowhere
    ("Deddy Kurniawan menemui perwakilan pekerja. Ia mengakui …\n'…,' katanya": Deddy, not the
    workers' coordinator quoted before; "Menurut Kawendra, arahan Prabowo pun … Dia mengatakan"
    stays Kawendra's)."""
    verbs = _verbs()
    for match in PRONOUN_OPENING.finditer(art.body, last.end, hi):
        verb = art.body[match.end():match.end() + 24].split(" ", 1)[0].lower()
        if not verbs["indirect"].match(art.body, match.end()) and verb not in _words("admitting"):
            continue
        para = art.paragraph_break(match.start())
        opening = para + 2 if para >= 0 else 0
        paragraph = art.body[opening:match.start()]
        if _tells_of(paragraph, last):
            continue  # "Menurut Kawendra, …", "Menurut Kapolres, …": the paragraph still tells the last speaker
        carried = _last_actor_in(art, max(last.end, opening), match.start())
        if carried is not None and (last.entity is None or carried.id != last.entity.id):
            return carried, carried.name
    return None


def _tells_of(paragraph: str, who: Who) -> bool:
    """Whether a paragraph names the speaker, by a word of the name or by the office they hold
    ("Kapolres", "Mendag" for "Menteri Perdagangan Budi Santoso")."""
    if any(len(word) > 2 and word in paragraph for word in (who.name or "").split()):
        return True
    title = who.entity.title if who.entity else None
    return bool(title) and any(holds_title(title, key_of(word)) for word in re.findall(r"\b[A-Z]\w+", paragraph))


def _last_actor_in(art: Article, lo: int, hi: int) -> Entity | None:
    """The person of the last mention in [lo, hi) that a verb follows ("…, Deddy Kurniawan menemui
    …"): the one a sentence told as acting, not one it told of ("menilai Purbaya sebagai …")."""
    found = None
    for entity, m in art.doc.mentions_in(lo, hi, ("PERSON",)):
        if acts_next(art.body, m.end):
            found = entity
    return found


AGE = re.compile(r"^\s*\(\d{1,3}(?:\s+tahun)?\)")  # an age in brackets after a name


def _speaking_person(art: Article, lo: int, hi: int) -> tuple[Entity, str] | None:
    """The last person in [lo, hi) whose mention a verb of saying follows ("Wamenkes Benjamin
    Paulus Octavianus mengatakan", "Gus Ipul mengungkap")."""
    verbs = _verbs()
    found = None
    for entity, m in art.doc.mentions_in(lo, hi, ("PERSON",)):
        after = AGE.sub("", art.body[m.end:m.end + 48], count=1)  # "Suryani (45), mengaku …"
        if verbs["indirect"].match(after.lstrip(" ,")):
            found = (entity, entity.name)
    return found


def _named_after(art: Article, where: int) -> tuple[Entity, Mention] | None:
    """The person or organisation named right after a reporting verb, past any title and
    place words ("kata Gubernur Jawa Barat Dedi Mulyadi")."""
    found = []
    named = art.doc.mentions_in(where, where + 160, ("PERSON", "ORG", "PLACE"))
    for entity, m in named:
        if entity.type == "PLACE":
            continue
        gap = art.body[where:m.start]
        for _, inner in named:  # a body's or place's own words are the title's ("… dari Institute for …")
            if where <= inner.start and inner.end <= m.start:
                gap = gap[:inner.start - where] + "X" * (inner.end - inner.start) + gap[inner.end - where:]
        if _title_gap(gap) or entity.type == "PERSON" and (_own_title_gap(gap, entity) or _described_gap(gap)):
            found.append((entity.type != "PERSON", m.start, entity, m))
    # a person wins over the organisation in their title ("kata Sekjen KPU Bernad …")
    return (min(found, key=lambda f: f[:2])[2], min(found, key=lambda f: f[:2])[3]) if found else None


# between a reporting verb and the name: a title, its body and place ("ujar Pelaksana Tugas
# Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu", "kata anggota Komisi IV DPR RI, Rajiv")
GAP_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def _title_gap(gap: str) -> bool:
    """Whether the words between a reporting verb and a name are a title's (capitalised words,
    numbers, brackets and the joining words of a title), with no sentence ending among them."""
    joining = _words("title_gap")
    tokens = GAP_TOKEN.findall(gap)
    # the dot of an abbreviated title is the title's ("kata Prof. Ghufron", "ujar Dr. Budi")
    # a title written in lower case is a title too ("kata hakim Teguh Arianto", "ujar jaksa …")
    return all(t[:1].isupper() or t[:1].isdigit() or t in joining or (t.lower(),) in gazetteer().titles
               or t == "." and k > 0 and tokens[k - 1][:1].isupper() and len(tokens[k - 1]) <= 4
               for k, t in enumerate(tokens))


def _own_title_gap(gap: str, entity: Entity) -> bool:
    """Whether the words between a reporting verb and a person's name are that person's own
    title as the entities stage read it, any case, with at most a comma after it ("kata
    koordinator lapangan Aliansi Mahasiswa, Rudi Hartono")."""
    title = entity.title
    if not title:
        return False
    return " ".join(GAP_TOKEN.findall(gap.lower())).removesuffix(" ,") == " ".join(GAP_TOKEN.findall(title.lower()))


MAX_DESCRIPTION = 4  # words of a speaker's description before the comma and the name


def _described_gap(gap: str) -> bool:
    """Whether the words between a reporting verb and a person's name describe the speaker in a
    few words set off by a comma, some in lower case ("kata salah seorang warga, Rudi Hartono",
    "teriak Koordinator Lapangan aksi, Fahmi Rumalutur"); not words that say to whom or where it
    was said ("kata dia kepada wartawan, …")."""
    tokens = GAP_TOKEN.findall(gap)
    words = tokens[:-1]
    return (len(tokens) >= 2 and tokens[-1] == "," and len(words) <= MAX_DESCRIPTION
            and all(w.isalpha() for w in words) and any(w.islower() for w in words)
            and not {w.lower() for w in words} & _words("not_description"))


def _office_holder(art: Article, office: str, before: int) -> Entity | None:
    """The person named before the quote who holds the office a verb of saying names alone
    ("tegas Menaker" → "Menteri Ketenagakerjaan Yassierli"), when exactly one does."""
    key = key_of(office)
    if key not in gazetteer().titles:
        return None
    found = {e.id: e for e, m in art.doc.mentions_in(0, before, ("PERSON",)) if holds_title(e.title, key)}
    return next(iter(found.values())) if len(found) == 1 else None


def _entity_named(doc: Document, name: str) -> Entity | None:
    """The one person whose name begins or ends with `name` ("Budi" for Budi Prasetyo)."""
    key = key_of(name)
    found = [e for e in doc.entities if e.type == "PERSON" and (
        key_of(e.name)[:len(key)] == key or key_of(e.name)[-len(key):] == key)]
    return found[0] if len(found) == 1 else None


def _last_person_in(art: Article, lo: int, hi: int) -> Who | None:
    """The person of the last mention inside [lo, hi) (of two at one place, the first found)."""
    best = None
    for entity, m in art.people.last_starting_before(hi):
        if m.start < lo or (best is not None and m.start < best[1].start):
            break
        if m.end <= hi:
            best = (entity, m)  # going back: a later find at the same start came first
    return Who(best[0], best[0].name, best[1].end) if best else None


def _last_person(art: Article, start: int) -> Who | None:
    """The last person named before the quote in its paragraph; else the subject a paragraph
    before that opens with a pronoun carries ("Ia menjelaskan …"), unless it hands the floor to
    another; else the last person named in the paragraph before, or, where it names no one but
    opens with a pronoun, the first person named in the one before it."""
    para_start = art.paragraph_break(start)
    own = _last_person_in(art, para_start + 2 if para_start >= 0 else 0, start)
    if own or para_start < 0:
        return own
    previous = art.paragraph_break(max(0, para_start))
    lo = previous + 2 if previous >= 0 else 0
    paragraph = art.body[lo:para_start]
    opens_with_pronoun = paragraph.split(" ", 1)[0].strip(",").lower() in _words("pronouns")
    if opens_with_pronoun and not _hands_over(paragraph):
        # "Dia mengatakan Budi tak berwenang … Tono.\n'…'": the paragraph before goes on telling
        # its subject, whoever it names; the quotation is that subject's
        carried = _opener_before(art, lo)
        if carried:
            return Who(carried.entity, carried.name, start)
    own = _last_person_in(art, lo, start)
    if own or previous < 0:
        return own
    if not opens_with_pronoun:
        # a paragraph of other matters stands between ("Personal Weather mencatat …"): the last
        # person to open a sentence before it, within two paragraphs more, still speaks
        return _opener_before(art, start, art.paragraph_break(art.paragraph_break(previous)))
    before = art.paragraph_break(previous)
    subject = next(iter(art.doc.mentions_in(before + 2 if before >= 0 else 0, previous, ("PERSON",))), None)
    return Who(subject[0], subject[0].name, subject[1].end) if subject else None


def _hands_over(paragraph: str) -> bool:
    """Whether the paragraph passes the floor or reads another's words: it ends with a colon or
    holds a verb of [hand_over] ("Ia lalu mempersilakan Kepala Dinas …")."""
    return paragraph.rstrip().endswith(":") or bool(_words("hand_over") & set(paragraph.lower().split()))


def _opener_before(art: Article, start: int, lo: int | None = None) -> Who | None:
    """The subject the sentences before `start` carry on (stages/sentence_subjects.py); with `lo`,
    the last person to open a sentence or speak a quotation after it ("…," ujarnya past a
    paragraph of other matters)."""
    entity = art.subjects.chained(start) if lo is None else art.subjects.last(start, lo)
    return Who(entity, entity.name, start) if entity else None


def _quote(art: Article, start: int, end: int, who: Who | None, direct: bool) -> Quote:
    text = art.body[start:end]
    speaker = Speaker(entity=who.entity.id if who and who.entity else None, name=who.name if who else None)
    place = date = None
    if who and direct:
        tail = art.body[who.end:who.end + 80]
        at = re.match(r"\s*(?:,\s*)?di\s+", tail)
        if at:
            found = _mention_at(art, who.end + at.end(), ("PLACE",))
            place = found[0].name if found else None
        date = next((t.value for t in art.times.starting_in(who.end, who.end + 80)
                     if t.type in ("DATE", "TIME") and t.value[:1].isdigit()), None)
    return Quote(start=start, end=end, text=text, speaker=speaker, direct=direct, place=place, date=date)


def _indirect(art: Article, direct: SpanIndex) -> list[Quote]:
    """"X mengatakan (bahwa) …" and "Menurut X, …" outside quotation marks."""
    out = []
    verbs = _verbs()
    doc = art.doc
    for sentence in doc.sentences:
        if direct.overlaps(sentence.start, max(sentence.end, sentence.start + 1)):
            continue
        text = sentence.text
        match = verbs["indirect"].search(text)
        if match and verbs["purpose"].search(text[:match.start()]):
            match = None  # "untuk menegaskan komitmen" is a purpose, not a report of speech
        if match and match.start() > 0:
            who = _last_person_in(art, sentence.start, sentence.start + match.start())
            speaker_end = sentence.start + match.start()
            if who is None:
                subject = re.search(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s*$", text[:match.start()].rstrip(" ,"))
                if subject and subject.group(1).lower() in _words("pronouns"):
                    # "Ia menegaskan …": the last person to open a sentence in this paragraph or
                    # the one before, else the last person named
                    who = _opener_before(art, sentence.start) or _last_person(art, sentence.start)
                else:
                    who = Who(None, subject.group(1), speaker_end) if subject else None
            if who:
                start = sentence.start + match.end()
                out.append(_quote(art, start, sentence.end, Who(who.entity, who.name, sentence.end), direct=False))
            continue
        match = verbs["according"].match(text)
        if match:
            named = _mention_at(art, sentence.start + match.end())
            comma = text.find(",", match.end())
            if named and comma > 0:
                out.append(_quote(art, sentence.start + comma + 1, sentence.end,
                                  Who(named[0], named[0].name, sentence.end), direct=False))
    return [q for q in out if len(q.text.split()) >= 3]
