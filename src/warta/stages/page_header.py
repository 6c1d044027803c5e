"""The header of a scraped page: the lines before the body told apart by their shapes and by the
words of ``data/page.toml`` — byline, category (a breadcrumb's section, or the category word
right above the title), title, teaser, date line and photo caption (with its credit).

Pages of different outlets order these differently: a caption above the category and title
(the example article), a site menu of category words then a breadcrumb ("Home > Daerah > Jawa
Barat") before the title, a caption with its photo credit between the byline and the body.
"""

from __future__ import annotations

import re
from functools import cache

from warta.gazetteer import gazetteer
from warta.resources import load
from warta.stages.page import (
    Header,
    caption_under_credit,
    credit_date,
    credit_only,
    fold,
    folded_outlets,
    inline_credit,
    is_bullet,
    is_category,
    is_date_line,
    is_name_like,
    is_paragraph_like,
    is_title_like,
    label_role,
    name_before_date,
    photo_caption,
    strip_bullet,
    words,
)
from warta.stages.word_lists import name_words, ordinary_words

WIDE_GAP = re.compile(r"\s{2,}")  # where a scrape dropped a breadcrumb's marks and kept their spaces
GAPPED_CRUMB_PARTS = 4  # more parts than this on a line split at wide gaps: a menu, no breadcrumb
TITLE_WORDS = 4  # the fewest words of a headline the header anchors after a category or breadcrumb
ANCHOR_REACH = 3  # the most filled lines between a category word and the headline it labels


@cache
def _header_words() -> dict:
    data = load("page")
    marks = data["breadcrumbs"]["marks"]
    return {
        "crumb": re.compile("|".join(rf"\s*{re.escape(m)}\s*" for m in marks)),
        "home": {fold(w) for w in data["breadcrumbs"]["home"]},
        "generic": {fold(w) for w in data["breadcrumbs"]["generic"]},
        "links": {fold(w) for w in data["breadcrumbs"]["links"]},
    }


def read_header(lines: list[str]) -> Header:
    """The article fields a page prints before its body."""
    header = Header()
    used = _byline_names(lines, header)
    crumbs = [(i, parts) for i, line in enumerate(lines) if i not in used and (parts := breadcrumb_parts(line))]
    # one printed with marks before one without ("Indeks Berita" in a site menu, then "Home »
    # Lampung Selatan » Kriminal")
    marked = [(i, parts) for i, parts in crumbs if len(_header_words()["crumb"].split(lines[i])) > 1]
    gapped = [(i, parts) for i, parts in crumbs if WIDE_GAP.search(lines[i].strip())]
    crumb, parts = (marked or gapped or crumbs or [(None, [])])[0]
    if crumb is not None:
        header.category = breadcrumb_category(parts)
        used.add(crumb)
    title_at, anchor = _anchored_title(lines, used, crumb, parts)
    if crumb is None and anchor is not None:
        header.category = lines[anchor].strip(" /»›>")  # the category word above the headline ("NASIONAL /")
        used.add(anchor)
    teaser_at = None
    for i, line in enumerate(lines):
        if i in used or i == title_at or label_role(line):
            continue
        if header.category is None and is_category(line) and (title_at is None or i < title_at):
            header.category = line.strip(" /»›>")
            used.add(i)
        elif is_date_line(line) and header.date_line is None:
            header.date_line = line
            used.add(i)
        elif ((captioned := photo_caption(line, lines[i + 1:i + 2]))
              and (title_at is not None and i > title_at or captioned[1] == 2
                   or title_at is None and header.date_line is not None)):
            # (a line over a photo's own credit line is a caption wherever the title is; under the
            # date line a line its credit closes is one too, though no headline was anchored)
            header.caption, taken = captioned
            used.update(range(i, i + taken))
        elif (header.caption is None and title_at is not None and i > title_at
              and (under := caption_under_credit(line, lines[i - 1]))):
            # "TRIBUN MEDAN/NAME" over "SIDANG DAKWAAN - Terdakwa …", below the headline
            header.caption = under
            used.update((i - 1, i))
        elif teaser_at is None and (is_bullet(line) or is_paragraph_like(line)):
            header.teaser = strip_bullet(line)
            teaser_at = i
            used.add(i)
    if title_at is not None:
        header.title = lines[title_at]
        after = title_at + 1
        if (after + 1 < len(lines) and after not in used and _date_follows(lines, after + 1)
                and (_desk_byline(lines[after]) or (_byline_name(lines[after]) and len(words(lines[after])) >= 2
                                                    and not _named_thing(words(lines[after]))))):
            header.authors.append(lines[after])  # a name between the headline and the date line: the byline
            used.add(after)
        before = [lines[i] for i in range(title_at) if i not in used and len(words(lines[i])) >= TITLE_WORDS]
        header.caption = header.caption or (" ".join(before) if before else None)
    else:
        under = caption_under_credit(lines[teaser_at], lines[teaser_at - 1]) if teaser_at else None
        if under:
            # "TRIBUN BALI/ISTIMEWA" over "DIDEPORTASI - Petugas …": the line taken for the teaser
            # is the photo's caption, its credit above it
            header.caption, header.teaser = under, None
            used.add(teaser_at - 1)
            teaser_at = None
        _title_and_caption(lines, used, teaser_at, header)
    return header


YEAR_SECTION = re.compile(r"^[^\d,]+ \d{4}$")  # a section named after its year: "Pemilu 2024"


def breadcrumb_parts(line: str) -> list[str]:
    """The parts of a breadcrumb line ("Home > Daerah > Jawa Barat"); empty for any other line."""
    parts = [p.strip() for p in _header_words()["crumb"].split(line) if p.strip()]
    if len(parts) == 1 and WIDE_GAP.search(line.strip()):
        parts = WIDE_GAP.split(line.strip())  # "Home  Palembang  Hukum": the marks lost, their spaces kept
        if len(parts) > GAPPED_CRUMB_PARTS:
            return []  # "Home  Nasional  Daerah  Olahraga  Video  Indeks": a site menu on one line
    if len(parts) == 1:
        parts = _unmarked_crumb(line)  # "Home Nasional Politik"
    # (a number in a part makes it a headline's or a date's, unless the line walks from the home
    # page to a section named after its year: "Home » Pemilu 2024", not "Beranda / Selasa, 3 Maret 2026")
    home = bool(parts) and fold(parts[0]) in _header_words()["home"]
    if len(parts) < 2 or any(len(words(p)) > 4 or any(c.isdigit() for c in p) and not (home and YEAR_SECTION.match(p))
                             for p in parts):
        return []
    # a breadcrumb walks from the home page, the site or a section ("Ketua KPU: Partisipasi > 80
    # Persen" is a headline), or its marks are arrows no headline uses ("Soloraya › Klaten")
    # (arrows lead from a section's or region's word or two, not from a link: "Tonton Juga »
    # Viral …", "Sebelumnya » Harga Cabai Naik")
    arrows = ("»" in line or "›" in line) and all(len(words(p)) <= 2 for p in parts) and not any(
        fold(p) in _header_words()["links"] for p in parts)
    if not arrows and not any(fold(p) in _header_words()["home"] or "." in p or is_category(p) for p in parts):
        return []
    if " / " in line and not (fold(parts[0]) in _header_words()["home"] or is_category(parts[0])):
        return []  # a slash walks from the home page or a section ("Ilustrasi / Kompas.com" credits a photo)
    return parts


def _unmarked_crumb(line: str) -> list[str]:
    """A breadcrumb printed without marks: the home page, then one or two section words that are
    both categories ("Home Nasional Politik"; "Home Nasional Ekonomi Olahraga" is a site menu on
    one line); empty for any other line."""
    tokens = words(line)
    if (not 2 <= len(tokens) <= 3 or fold(tokens[0]) not in _header_words()["home"]
            or not all(is_category(t) for t in tokens[1:])):
        return []
    return tokens


def breadcrumb_category(parts: list[str]) -> str | None:
    """The section a breadcrumb names: its last known category that is more than "news"
    ("Home > Berita > Nasional": Nasional), else its last part after the home page and site when
    that is one word ("Home / Jogjapolitan / Bantul": the desk's own page), else its first
    ("Beranda / Jogjapolitan / Banjir Bantul" ends in a story's name)."""
    inner = [p for p in parts if fold(p) not in _header_words()["home"] and "." not in p]
    known = [p for p in inner if is_category(p)]
    specific = [p for p in known if fold(p) not in _header_words()["generic"]]
    if specific or known:
        return (specific or known)[-1]
    return None if not inner else inner[-1] if len(words(inner[-1])) == 1 else inner[0]


def _anchored_title(lines: list[str], used: set[int], crumb: int | None,
                    crumb_parts: list[str]) -> tuple[int | None, int | None]:
    """The headline right after the breadcrumb, or after the last category word that stands
    just above one (a site menu's words stand above the menu's last word, not above a headline),
    and the line it stands after."""
    # (a category word under the date line or the byline labels no headline: "Terpopuler" boxes,
    # a section printed after the date)
    # (a menu's "Foto" and "Video" are labels too, but of no byline)
    bylines = [i for i in used if label_role(lines[i]) != "other"]
    first_marker = min([i for i, line in enumerate(lines) if is_date_line(line)] + bylines + [len(lines)])
    anchors = [crumb] if crumb is not None else [i for i, line in enumerate(lines)
                                                  if i not in used and is_category(line) and i < first_marker]
    sections = {fold(p) for p in crumb_parts}  # the breadcrumb's parts, as read_header found them
    for anchor in reversed(anchors):
        following = [i for i in range(anchor + 1, len(lines)) if i not in used][:ANCHOR_REACH]
        for n, i in enumerate(following):
            if n == 0 and anchor == crumb and fold(lines[i].strip(" /»›>")) in sections:
                continue  # the section's own label under its breadcrumb ("Home / Nasional", "NASIONAL /")
            if is_category(lines[i]) or is_date_line(lines[i]):
                break
            if is_title_like(lines[i]) and len(words(lines[i])) >= TITLE_WORDS and not is_name_like(lines[i]):
                return i, anchor
    return None, None


def _byline_names(lines: list[str], header: Header) -> set[int]:
    """Indexes of byline lines; their names go to header.authors / header.editors."""
    used: set[int] = set()

    def add(role: str, found: list[str]) -> None:
        bucket = header.editors if role == "editor" else header.authors
        for name in found:
            if fold(name) not in {fold(n) for n in bucket}:
                bucket.append(name)

    for i, line in enumerate(lines):
        credits = inline_credit(line)
        if credits:
            for role, found in credits:
                add(role, found)
            header.date_line = header.date_line or credit_date(line)
            used.add(i)
            continue
        named = name_before_date(line)
        if named:  # "Fachri Audhia Hafiez • 19 Agustus 2026 15:37"
            add("author", [named])
            header.date_line = header.date_line or credit_date(line)
            used.add(i)
            continue
        role = label_role(line)
        if not role:
            continue
        used.add(i)
        if role == "other":
            continue
        # The name sits before its label ("X / Author") or after it ("Penulis / X"), and
        # pages often print it twice.
        j = i - 1
        while j >= 0 and _byline_name(lines[j]):
            add(role, [lines[j]])
            used.add(j)
            j -= 1
        if j == i - 1 and i + 1 < len(lines) and _byline_name(lines[i + 1]):
            add(role, [lines[i + 1]])
            used.add(i + 1)
    return used


def _named_thing(tokens: list[str]) -> bool:
    """Whether a name-shaped line names a body, an office or a place ("Kabinet Merah Putih", a
    kicker over the headline), not a reporter; towns inside people's names do not count."""
    return any(kind in ("ORG", "TITLE", "COUNTRY") or (start, end) == (0, len(tokens))
               for start, end, kind in gazetteer().spans(tokens))


def _date_follows(lines: list[str], at: int) -> bool:
    """The date line is at `at`, or after one badge word there ("kumparanNEWS / Verified / Kamis,
    10 September 2026")."""
    return is_date_line(lines[at]) or (len(words(lines[at])) == 1 and at + 1 < len(lines)
                                       and is_date_line(lines[at + 1]))


BYLINE_WORDS = 4  # the most words of a reporter's name standing alone over the date line


def _byline_over_date(lines: list[str], at: int) -> bool:
    """Whether the line is a person's name standing over the date line (a byline without a
    label): two to four words naming no body, office or place, none an ordinary word that is no
    name ("Ahmad Zainul Mustofa"; not a short headline in title case, "Harga Cabai Rawit Melonjak")."""
    line = lines[at]
    tokens = words(line)
    return (at + 1 < len(lines) and _date_follows(lines, at + 1) and _byline_name(line)
            and 2 <= len(tokens) <= BYLINE_WORDS and not _named_thing(tokens)
            and not any(t.lower() in ordinary_words() and t.lower() not in name_words() for t in tokens))


def _desk_byline(line: str) -> bool:
    """An outlet's desk as the byline ("CNN Indonesia", "kumparanNEWS"): ANNOTATION.md keeps
    bylines as authors."""
    folded = fold(line)
    return len(words(line)) <= 3 and any(folded.startswith(outlet) for outlet in folded_outlets())


def _byline_name(line: str) -> bool:
    return is_name_like(line) and not label_role(line) and not is_category(line)


def _title_and_caption(lines: list[str], used: set[int], teaser_at: int | None,
                       header: Header) -> None:
    """No headline anchored: the last title-like line before the teaser (or the byline) is the
    title, the unused lines above it the caption (the example article's order)."""
    # (a menu's word taken as the category or a label, "Nasional", "Foto", bounds nothing; a byline's
    # "Penulis" and the name under it do)
    bounds = {i for i in used if not (is_category(lines[i]) or label_role(lines[i]) == "other")}
    limit = teaser_at if teaser_at is not None else min(bounds | {len(lines)})
    # (a photo's credit in capitals is no headline: "TRIBUN BALI/ISTIMEWA" over the caption)
    title_like = [i for i, line in enumerate(lines) if i not in used and is_title_like(line) and not credit_only(line)]
    candidates = [i for i in title_like if i < limit] or title_like
    if not candidates:
        return
    if len(candidates) >= 2 and _byline_over_date(lines, candidates[-1]):
        # "Ahmad Zainul Mustofa" over "Jumat, 18 September 2026 | 10:15 WIB": the byline under the
        # headline, with no label
        if fold(lines[candidates[-1]]) not in {fold(n) for n in header.authors}:
            header.authors.append(lines[candidates[-1]])
        used.add(candidates.pop())
    title_at = candidates[-1]
    header.title = lines[title_at]
    caption = [lines[i] for i in range(title_at) if i not in used]
    if caption:
        header.caption = header.caption or " ".join(caption)
