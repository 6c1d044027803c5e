"""Page structure: a raw record becomes a Document with its article fields and clean body.

A scraped page (layout ``page``) prints a header before the body: photo caption, category,
title, teaser, byline (often twice, with labels such as "Author"), sometimes a date line. The
body opens with a dateline ("JAKARTA -") and carries chrome (promotions, share buttons, credit
lines). This stage tells those parts apart by their shapes and by the words in
``data/page.toml`` and ``data/chrome.toml``; records of layout ``body`` bring their header as
metadata and only have their body cleaned.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache

from warta.gazetteer import gazetteer
from warta.model import Article, Document, Paragraph, RawRecord, Source
from warta.resources import load
from warta.stages.datelines import calendar_words, dateline_parts, match_dateline, split_dateline
from warta.stages.dates import find_dates
from warta.stages.glue import repair_encoding, unglue
from warta.stages.institutions import head_word
from warta.stages.rule_sets import AnyRule, EndRules
from warta.stages.word_lists import area_kinds, name_words
from warta.textfold import strip_marks

CAPTION_WORDS = 4  # the fewest words of a photo's caption
LABEL_TO_DATELINE = 8  # lines from a photo's label to the dateline that opens the body below it
SENTENCE_END = ('.', '!', '?', '"', '”', '’', "'", ')', '…')


def fold(text: str) -> str:
    """Case-, accent- and spacing-folded text, for comparing two renderings of one string."""
    return re.sub(r"\W+", " ", strip_marks(text).lower()).strip()


@dataclass
class Header:
    caption: str | None = None
    category: str | None = None
    title: str | None = None
    teaser: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    date_line: str | None = None


@cache
def _page_data() -> dict:
    data = load("page")
    labels = {label: role for role, words in data["labels"].items() for label in words}
    return {
        "labels": labels,
        "categories": {fold(c) for c in data["categories"]},
        "name_word": re.compile(r"^[A-Z][\w'’.-]*$|^(" + "|".join(map(re.escape, data["name_particles"])) + ")$"),
        "bullets": tuple(data["bullets"]),
        "outlets": frozenset(data["outlets"]),
        "outlet_words": frozenset(data["outlet_words"]),
        "sources": [re.compile(p) for p in data["sources"]["patterns"]],
    }


@cache
def _chrome_rules() -> dict:
    data = load("chrome")
    return {
        "drop": AnyRule(re.compile(p, re.I) for p in data["drop"]),
        "credit": [re.compile(p, re.I) for p in data["credit"]],
        "credit_parts": re.compile(data["credit_parts"], re.I),
        "trailing": EndRules(re.compile(p, re.I) for p in data["trailing"]),
        "photo_credit": [re.compile(p, re.I) for p in data["photo_credit"]],
        "read_also": re.compile(data["read_also"], re.I),
        "list_item": re.compile(data["list_item"]),
        "tail_headings": frozenset(fold(h) for h in data["tail_headings"]),
    }


# ---- shapes of lines -------------------------------------------------------------------------

def words(line: str) -> list[str]:
    return line.split()


def is_paragraph_like(line: str) -> bool:
    n = len(words(line))
    return n >= 25 or (n >= 10 and line.rstrip().endswith(SENTENCE_END))


def is_title_like(line: str) -> bool:
    n = len(words(line))
    return 2 <= n <= 30 and not line.rstrip().endswith(".") and any(c.isalpha() for c in line)


def is_name_like(line: str) -> bool:
    tokens = words(line)
    name_word = _page_data()["name_word"]
    return 1 <= len(tokens) <= 5 and all(name_word.match(t) for t in tokens) and not any(
        c.isdigit() for c in line)


def label_role(line: str) -> str | None:
    return _page_data()["labels"].get(line.strip().rstrip(":").strip().lower())


def inline_credit(line: str) -> list[tuple[str, list[str]]]:
    """[(role, names)] for "Penulis: A, B | Editor: C" (a date among the parts, as in "Penulis:
    A | Rabu 07 Oktober 2026, 15:20 WIB", is the date line's: credit_date); empty for any other
    line."""
    found: list[tuple[str, list[str]]] = []
    for segment in _credit_parts(line):
        if is_date_line(segment):
            continue
        for rule in _chrome_rules()["credit"]:
            match = rule.match(segment)
            names = split_names(match.group("names")) if match else []
            if names and all(is_name_like(n) and not _place_or_body(words(n)) for n in names):
                found.append((label_role(match.group("role")) or "author", names))
                break
        else:
            return []
    return found


def name_before_date(line: str) -> str | None:
    """The name of a header line that is a name and a date only ("Fachri Audhia Hafiez • 19
    Agustus 2026 15:37"): two words or more, no place, body, office or section ("Jawa Tengah •
    Senin …", "Berita Terkini | Senin …"); for the header alone (a body's "Debat Pertama Capres -
    Selasa, 12 Desember 2023" lists a schedule)."""
    segments = _credit_parts(line)
    if len(segments) != 2 or not is_date_line(segments[1]):
        return None
    name = segments[0]
    tokens = words(name)
    if (len(tokens) < 2 or not is_name_like(name) or _place_or_body(tokens)
            or any(is_category(t) or label_role(t) for t in tokens)):
        return None
    return name


def _place_or_body(tokens: list[str], spans: list[tuple[int, int, str]] | None = None) -> bool:
    """Whether a name's words (with the gazetteer's spans over them when already read) are a
    place, or hold a body, an office or a country, as the gazetteer reads them ("Jakarta", "Kota
    Semarang", "Polres Metro Jakarta Selatan"): no reporter's (towns inside people's names do not
    count)."""
    if tokens[0] in area_kinds() or any(head_word(t) or label_role(t) for t in tokens):
        return True  # "Polres Metro Jakarta Selatan", "Sumber Foto", "Ilustrasi"
    # (an office opening it: "Hakim" closing "Arief Rahman Hakim" is a surname, and one that
    # opens given names too opens a name: "Imam Mahdi Ansori")
    office_opens = len(tokens) == 1 or tokens[0].lower() not in name_words()
    return any(kind in ("ORG", "COUNTRY") or kind == "TITLE" and start == 0 and office_opens
               or (start, end) == (0, len(tokens))
               for start, end, kind in (gazetteer().spans(tokens) if spans is None else spans))


def credit_date(line: str) -> str | None:
    """The date a credit line (one inline_credit reads) prints among its credits ("Penulis: A |
    Rabu 07 Oktober 2026")."""
    return next((part for part in _credit_parts(line) if is_date_line(part)), None)


def _credit_parts(line: str) -> list[str]:
    return [part.strip() for part in _chrome_rules()["credit_parts"].split(line) if part.strip()]


def split_names(text: str) -> list[str]:
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())  # "Rahmat Caniago (Padang)": where they report from
    parts = re.split(r"\s*(?:,|;|&|/|\bdan\b|\band\b)\s*", text.strip().rstrip("."))
    return [p.strip() for p in parts if p.strip() and len(p.strip()) > 1]


def is_bullet(line: str) -> bool:
    return line.startswith(_page_data()["bullets"]) and len(words(line)) >= 6


def strip_bullet(line: str) -> str:
    return line.lstrip("".join(_page_data()["bullets"])).strip()


OUTLET_WORDS = 3  # the most words of an outlet's name that a word of newspapers marks


@cache
def folded_outlets() -> frozenset[str]:
    """The outlets page.toml knows ("CNN Indonesia", "Kompas"), folded as `fold` folds a line."""
    return frozenset(fold(outlet) for outlet in _page_data()["outlets"])


def is_category(line: str) -> bool:
    return len(words(line)) <= 4 and fold(line) in _page_data()["categories"]


def is_date_line(line: str) -> bool:
    """A line that is just a date (and maybe a clock time), as pages print under the title."""
    if len(words(line)) > 9:
        return False
    found = find_dates(line)
    return bool(found) and len(found[0].text) >= len(line) * 0.5


def photo_caption(line: str, following: list[str]) -> tuple[str, int] | None:
    """The caption a photo credit marks ("… di Jakarta. (Foto: Kemlu RI)", or a line followed by
    "Foto: Jamal/kumparan"), without the credit, and the lines it takes (1 or 2, with the credit's
    own line); None for any other line."""
    credits = _chrome_rules()["photo_credit"]
    line = " ".join(line.split())  # (runs of spaces make the credit patterns' searches quadratic)
    for rule in credits:
        match = rule.search(line)
        if match and match.start() > 0 and len(words(line[:match.start()])) >= CAPTION_WORDS:
            return _without_label(line[:match.start()]), 1  # detik: "Foto: … (A/detikcom)"
    if following and credit_only(following[0]) and len(words(line)) >= CAPTION_WORDS:
        return _without_label(line), 2
    return None


# A photo's label in capitals opening its caption ("SIDANG DAKWAAN - Terdakwa …", "BERSEPAKAT: …")
CAPTION_LABEL = re.compile(r"^[A-Z][A-Z0-9 ]{2,40}\s*[-–—:]\s*\S")


def caption_under_credit(line: str, previous: str) -> str | None:
    """The caption printed under its photo's credit line ("TRIBUN MEDAN/RAHMAD FAUZI SIREGAR" over
    "SIDANG DAKWAAN - Terdakwa …"): a line opened by a label in capitals, or a sentence ("Terdakwa
    … di Pengadilan Tipikor Palembang, Senin (21/9/2026)."); None for any other."""
    if not credit_only(previous) or len(words(line)) < CAPTION_WORDS:
        return None
    if CAPTION_LABEL.match(line):
        return _without_label(line)
    return line if line.endswith(".") and line[:1].isupper() else None


# ---- the page header -------------------------------------------------------------------------

def split_page(text: str) -> tuple[list[str], list[str]]:
    """Header lines and body lines of a scraped page."""
    lines = [line.strip() for line in text.splitlines()]
    if _hard_wrapped(_blocks(lines)):
        lines = to_paragraphs(lines)
    filled = [i for i, line in enumerate(lines) if line]
    if not filled:
        return [], []
    start = _body_start(lines, filled)
    header = [line for line in lines[:start] if line]
    return header, lines[start:]


def _body_start(lines: list[str], filled: list[int]) -> int:
    top = filled[:40]
    for n, i in enumerate(top):
        if not (match_dateline(lines[i]) and len(words(lines[i])) >= 8):
            continue
        # (a photo's credit on the next line, not a desk's initials: "(Abc/P-2)")
        credit_next = n + 1 < len(top) and credit_only(lines[top[n + 1]]) and bool(strip_trailing(lines[top[n + 1]]))
        # (a credit in capitals closing the line, "… malam. TRIBUN-TIMUR.COM/MUH FADLI", or any
        # credit when a dateline opens a paragraph below: an agency's in brackets closes a story's
        # last paragraph too, "(Ant/balipost)")
        # ("SERAMBINEWS.COM/NAME" over "SIDANG VONIS - Terdakwa …": a label, no place, under a credit)
        credit_before = n > 0 and credit_only(lines[top[n - 1]]) and _label_dateline(lines[i])
        credit_closing = (photo_caption(lines[i], []) or (None, 0))[1] == 1 and (
            not lines[i].endswith(")") or any(match_dateline(lines[j]) for j in top[n + 1:n + 4]))
        if not (credit_next or credit_before or credit_closing or _label_over_dateline(lines, top, n)):
            return i  # ("LONGSOR PANDANARUM - Petugas …" over or closed by a photo's credit is its caption)
    markers = [i for i in top[:25] if _is_header_marker(lines[i])]
    if markers:
        after = [i for i in filled if i > markers[-1]]
        for n, i in enumerate(after):
            following = [lines[j] for j in after[n + 1:n + 2]]
            # (a lede followed by a photo's credit is no caption: a caption is short and dates nothing;
            # a credit that closes the line itself marks a caption, dated or not)
            caption = photo_caption(lines[i], following)
            captioned = caption and (caption[1] == 1 and len(words(lines[i])) < CAPTION_MAX
                                     or len(words(lines[i])) < 25 and not find_dates(lines[i]))
            if not (is_name_like(lines[i]) or is_date_line(lines[i]) or captioned or credit_only(lines[i])):
                return i  # (a photo's caption and its credit under the byline are the header's)
        return len(lines)
    for i in top[:4]:
        if is_paragraph_like(lines[i]):
            return i
    return filled[0]


OUTLET_OPENING = re.compile(r"^[A-Za-z0-9-]+\.(?:com|co\.id|id)\s*[-–—]\s+", re.I)


def _label_over_dateline(lines: list[str], top: list[int], n: int) -> bool:
    """Whether the dateline-like line at top[n] is a photo's label with no credit, a dateline naming
    a place or an outlet a few lines on ("LONGSOR - Tim gabungan mencari korban …" over
    "TRIBUNFLORES.COM, RUTENG - Tanah longsor …")."""
    return _label_dateline(lines[top[n]]) and any(
        match_dateline(lines[j]) and not _label_dateline(lines[j]) for j in top[n + 1:n + LABEL_TO_DATELINE])


def _label_dateline(line: str) -> bool:
    """Whether what opens the line like a dateline names neither a place nor an outlet ("SIDANG
    VONIS - …", "KADES DITAHAN - …", a photo's label that an office may open), unlike "JAKARTA
    (RIAUPOS.CO) -- …", "PELABUHAN RATU -", "MABES POLRI -"."""
    match = match_dateline(line)
    place, outlet = dateline_parts(match.group("dateline").strip()) if match else (None, None)
    if outlet is not None:
        return False
    if not place:
        return True
    tokens = words(place.title())
    spans = gazetteer().spans(tokens)  # read once for the three checks
    return not (_place_or_body(tokens, spans) and not _office_opens(spans) and not _head_closes_label(tokens, spans))


def _head_closes_label(tokens: list[str], spans: list[tuple[int, int, str]]) -> bool:
    """Whether a head word ends words that name no place before it ("Tinjau Pasar", a photo's
    label: a head names a body only with a name after it; "Mapolres" alone is the premises)."""
    return len(tokens) >= 2 and head_word(tokens[-1]) and not any(
        head_word(t) or label_role(t) for t in tokens[:-1]) and not any(
        kind in ("CITY", "REGION", "AREA", "DISTRICT", "COUNTRY", "ORG") for _, _, kind in spans)


def _office_opens(spans: list[tuple[int, int, str]]) -> bool:
    """Whether an office opens the words and no place is among them ("Kades Ditahan")."""
    return any(kind == "TITLE" and start == 0 for start, _, kind in spans) and not any(
        kind in ("CITY", "REGION", "AREA", "DISTRICT", "COUNTRY") for _, _, kind in spans)


def _without_label(caption: str) -> str:
    """A caption less the photo label ("Foto: Wakil Ketua KPK …") or the outlet ("SOLOPOS.COM -
    Suasana rapat …") that opens it."""
    caption = OUTLET_OPENING.sub("", caption)
    label, colon, rest = caption.partition(":")
    return rest.strip() if colon and label_role(label) == "other" else caption.strip()


def credit_only(line: str) -> bool:
    """A line that is only a photo credit ("Foto: Jamal/kumparan", "Pikiran Rakyat/Yusuf
    Wijanarko": a known outlet and its photographer)."""
    line = " ".join(line.split())
    outlet, slash, name = line.partition("/")
    return any(rule.match(line) for rule in _chrome_rules()["photo_credit"]) or bool(
        slash and _outlet_named(outlet) and is_name_like(name.strip()))


def _outlet_named(text: str) -> bool:
    """Whether the words name an outlet: one page.toml knows, or a few capitalised words with a word
    newspapers take ("Warta Kota", "Tribun Bali", "Jambi Ekspres", "Radar Tegal"; not "Rina Sari")."""
    if fold(text) in folded_outlets():
        return True
    names = text.split()
    return 1 < len(names) <= OUTLET_WORDS and all(w[:1].isupper() for w in names) and bool(
        set(names) & _page_data()["outlet_words"])


def _is_header_marker(line: str) -> bool:
    return bool(label_role(line) or inline_credit(line) or is_bullet(line) or is_category(line)
                or is_date_line(line))


# ---- the body --------------------------------------------------------------------------------

def to_paragraphs(lines: list[str]) -> list[str]:
    """Body lines to paragraphs: one per line, unless the text is hard-wrapped into blocks."""
    blocks = _blocks(lines)
    if _hard_wrapped(blocks):
        return [" ".join(block) for block in blocks]
    return [line for block in blocks for line in block]


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines, whitespace folded."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(" ".join(line.split()))
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    inner = [line for block in blocks if len(block) > 1 for line in block[:-1]]
    total = sum(len(block) for block in blocks)
    if not inner or len(inner) < total * 0.4:
        return False
    unfinished = sum(1 for line in inner if not line.endswith(SENTENCE_END))
    even = sum(1 for line in inner if 40 <= len(line) <= 100)  # wrapped lines have one width
    return unfinished >= len(inner) * 0.6 and even >= len(inner) * 0.8




def _headline(line: str) -> bool:
    """A related headline ("Kejari Semarang Geledah Kantor Dishub"): most words capitalised, no
    quotation, no sentence."""
    tokens = words(line)
    capitals = sum(w[:1].isupper() or w[:1].isdigit() for w in tokens)
    return (is_title_like(line) and not is_paragraph_like(line) and line[:1] not in "\"“'‘"
            and capitals >= len(tokens) * 0.6)


def remove_chrome(lines: list[str], header: Header) -> list[str]:
    """Body lines without page chrome; names on credit lines join the header's byline."""
    rules = _chrome_rules()
    kept: list[str] = []
    headline_next = False
    for line in lines:
        text = line.strip()
        bare = text.strip("'\"“”‘’ ")
        if headline_next and text:
            headline_next = _headline(text)
            if headline_next:
                continue  # the headlines a bare "Baca juga:" points to, on the lines after it
        if text and (rules["drop"].match(text) or rules["drop"].match(bare)):
            headline_next = bool(_chrome_rules()["read_also"].match(text))
            continue
        credits = inline_credit(text) if text and len(words(text)) <= 20 else []
        for role, names in credits:
            bucket = header.editors if role == "editor" else header.authors
            bucket.extend(n for n in names if fold(n) not in {fold(b) for b in bucket})
        if credits:
            continue
        kept.append(text)
    return kept


CAPTION_MAX = 45  # the most words of a caption its own credit closes
TAIL_WORDS = 12  # the most words of a line after the body that is no sentence (a tag, a link)


def trim_tail(lines: list[str]) -> list[str]:
    """A page's body lines without what follows the last sentence: tags, related headlines, share
    and comment links — short lines that end no sentence ("KPK", "Berita Terkini", "Tag:"), once
    desk initials are off them. The first line stays, and so does a closing list ("1. Golkar",
    "a. PDIP")."""
    end = len(lines)
    while end > 1:
        line = strip_trailing(lines[end - 1])
        if line and (len(words(line)) > TAIL_WORDS or line.endswith(SENTENCE_END)
                     or _chrome_rules()["list_item"].match(line)):
            break
        end -= 1
    return lines[:end]


def before_tail_headings(lines: list[str]) -> list[str]:
    """A page's body lines up to where its tail opens: the first heading of related or popular
    headlines, tags or the site's footer ("Berita Terkait", "Terpopuler", "Pedoman Media Siber")
    after which no paragraph but chrome follows (a heading's list is no closing list of the story)."""
    rules = _chrome_rules()
    end = len(lines)
    for k in range(len(lines) - 1, 0, -1):
        line = lines[k].strip()
        if is_paragraph_like(line) and not rules["drop"].match(line):
            break
        if fold(line).rstrip(":") in rules["tail_headings"]:
            end = k
    return lines[:end]


def strip_trailing(paragraph: str) -> str:
    """A paragraph without the editor initials and similar marks that close it."""
    return _chrome_rules()["trailing"].strip(paragraph)


def cited_sources(body: str) -> list[str]:
    """Outlets the article says it took its report from, in order of first mention."""
    found: dict[str, str] = {}
    for pattern in _page_data()["sources"]:
        for match in pattern.finditer(body):
            tokens = match.group("source").rstrip(".,").split()
            while tokens and (tokens[-1].lower() in calendar_words() or tokens[-1].islower()):
                tokens.pop()
            if tokens:
                name = " ".join(tokens)
                found.setdefault(fold(name), (match.start(), name))
    return [name for _, name in sorted(found.values())]


def dedupe(paragraphs: list[str], header: Header) -> list[str]:
    """Drop a first paragraph that repeats the title, and any paragraph printed twice."""
    seen: set[str] = set()
    kept = []
    for index, text in enumerate(paragraphs):
        key = fold(text)
        if index == 0 and header.title and key == fold(header.title):
            continue
        if key in seen and len(words(text)) >= 6:
            continue
        seen.add(key)
        kept.append(text)
    return kept


# ---- the stage ---------------------------------------------------------------------------------

def header_from_meta(raw: RawRecord) -> Header:
    meta = raw.meta
    authors = meta.get("authors") or []
    return Header(
        title=_clean(meta.get("title")),
        category=_clean(meta.get("category")),
        teaser=_clean(meta.get("teaser")),
        authors=[a for a in (str(x).strip() for x in authors) if a],
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(repair_encoding(str(value))[0].split())
    return text or None


def build_document(raw: RawRecord) -> Document:
    """The Document for a raw record: article fields, clean paragraphs, the body they make."""
    # mis-decoded text is repaired first, so the dateline's dash and the title read as written
    text, mangled = repair_encoding(raw.text)
    if raw.layout == "page":
        # (imported here: the header module reads this module's line shapes)
        from warta.stages.page_header import read_header

        header_lines, body_lines = split_page(text)
        header = read_header(header_lines)
    else:
        header, body_lines = header_from_meta(raw), text.splitlines()
    lines = remove_chrome(before_tail_headings(body_lines) if raw.layout == "page" else body_lines, header)
    if raw.layout == "page":
        lines = trim_tail(lines)  # (a record's own body, a feed's summary, ends where it ends)
    paragraphs = [p for p in map(strip_trailing, to_paragraphs(lines)) if p]
    dateline = None
    if paragraphs:
        dateline, paragraphs[0] = split_dateline(paragraphs[0])
    dateline_text = dateline
    dateline, outlet = dateline_parts(dateline)
    paragraphs = dedupe(paragraphs, header)
    unglued = [unglue(p) for p in paragraphs]
    paragraphs, splits = [p for p, _ in unglued], sum(n for _, n in unglued)
    body, spans = _join(paragraphs)
    article = Article(
        title=header.title, category=header.category, caption=header.caption,
        # every byline name is an author, editors too (ANNOTATION.md: "authors each once,
        # without labels (Penulis, Editor, Author)"); editors are also kept apart
        teaser=header.teaser, authors=_byline(header), editors=header.editors,
        dateline=dateline, dateline_text=dateline_text, url=_clean(raw.meta.get("url")),
        site=_clean(raw.meta.get("site")) or outlet,
        paragraphs=spans, sources_cited=cited_sources(body),
    )
    published = raw.meta.get("published")
    if published:
        article.published, article.published_basis = str(published), "metadata"
    elif header.date_line:
        article.published, article.published_basis = header.date_line, "page date line"
    source = Source(input=raw.input, record=raw.record, format=raw.format,
                    record_id=_clean(raw.meta.get("id")))
    doc = Document(id=document_id(raw, body), source=source, article=article, body=body)
    doc.warnings.extend(raw.warnings)
    if mangled:
        doc.warnings.append("text decoded with the wrong character set by the page's scraper repaired "
                            "(UTF-8 read as Latin-1 or Windows-1252)")
    if splits:
        doc.warnings.append(f"{splits} words glued together by the page's scraper set apart "
                            "(outlet names, a full stop or a word run into a name)")
    if not body:
        doc.warnings.append("no body text left after removing page chrome")
    return doc


def _byline(header: Header) -> list[str]:
    names = header.authors + [e for e in header.editors if fold(e) not in {fold(a) for a in header.authors}]
    return [_name_case(n) for n in names]


def _name_case(name: str) -> str:
    """A byline name printed in capitals, as a name is written ("FAIZAL RAHMAN" → "Faizal
    Rahman"); initials and mixed case stay ("A. Rahman", "dr. Budi")."""
    if not name.isupper():
        return name
    return " ".join(w if len(w.rstrip(".")) <= 1 else w.capitalize() for w in name.split())


def _join(paragraphs: list[str]) -> tuple[str, list[Paragraph]]:
    spans, offset = [], 0
    for text in paragraphs:
        spans.append(Paragraph(start=offset, end=offset + len(text), text=text))
        offset += len(text) + 2
    return "\n\n".join(paragraphs), spans


def document_id(raw: RawRecord, body: str) -> str:
    """Stable id: from the URL when there is one, else from the normalised text."""
    url = raw.meta.get("url")
    key = f"url:{url}" if url else f"text:{fold(body)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
