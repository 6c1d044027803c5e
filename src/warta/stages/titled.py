"""People named after an official title, read as a small grammar: title | qualifier | name.

Indonesian news prints long titles before a name: "Menteri Koordinator Bidang Pemberdayaan
Masyarakat Muhaimin Iskandar", "Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Banten
Rina Dewiyanti", "Kapuspenkum Kejagung Anang Supriatna". The title's head comes from the title
gazetteer (data/titles.toml); what follows it up to the end of the run of capitalised words is
its qualifier (a field, an organisation, a region, an acronym in brackets) and the name. The
name is the run's tail of words that can be names: not an ordinary Indonesian word (unless it is
also a given name), not an acronym, not an organisation word. The qualifier stays on the title;
an organisation in it ("Badan Pengelola … Daerah") becomes an entity of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.gazetteer import gazetteer
from warta.ner.features import organisation_words
from warta.stages.institutions import head_word
from warta.stages.name_shape import (
    INITIALS,
    MAX_NAME,
    academic_prefixes_end,
    after_class,
    after_ordinal,
    capital_word,
    field_list_at,
    field_word,
    initials_in_brackets,
    name_like,
    plain_or_derived,
    plain_word,
    short_form,
    surname_like_country,
    title_key,
)
from warta.stages.title_words import (
    acting_offices,
    after_comma_name,
    after_company,
    after_field_opener,
    area_of_office_end,
    corps_after_rank,
    from_name_opener,
    inside_name,
    lower_case_office,
    lower_field_at,
    name_after_particles,
    name_opens,
    named_whole_office,
    object_of,
    office_tail_at,
    openers_before,
    particles_then_capital,
    place_opens_name,
    prefixed_name,
    region_then_holder,
    served_place,
    title_of_no_one,
    title_short_form,
    title_spans,
    trailing_name,
    whole_office,
    whole_office_head,
)
from warta.stages.word_lists import (
    case_roles,
    company_closers,
    company_heads,
    demonstratives,
    english_names,
    head_compounds,
    honorifics,
    name_openers,
    name_particles,
    name_titles,
    name_words,
    not_names,
    office_joiners,
    person_cues,
    place_heads,
    place_joiners,
    place_named_heads,
    qualifier_joiners,
    ranks,
    street_heads,
    title_after,
    title_coordinators,
    title_from,
    titles_list,
    unit_joiners,
)

MAX_RUN = 18  # words a title's run reads ("… (Kasubdit Tipidkor) Ditreskrimsus Polda Jatim AKBP Danang …")
SKIP_KINDS = ("COUNTRY", "ORG", "CITY", "REGION", "AREA", "DISTRICT")
BODY_CLOSERS = ("ORG", "REGION", "CITY")  # a body, or the region or city it serves, ends before the name


@dataclass
class TitledSpan:
    start: int  # token indexes
    end: int
    type: str  # PERSON, or ORG for an organisation inside the qualifier, or PLACE for a village's name
    title: str | None = None


def titled_people(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[TitledSpan]:
    """People after a title, with the whole title, and organisations named in the title."""
    # a place written in lower case is a word ("ada", "Ada" a town): the run stops there
    skip = {s: (s, e, k) for s, e, k in spans if k in SKIP_KINDS and s < len(words) and words[s][:1].isupper()}
    titles, acting = acting_offices(words, title_spans(words, spans))
    out: list[TitledSpan] = []
    covered = -1
    for t_start, t_end in titles:
        if t_start < covered:
            continue  # a title word inside an earlier title's run ("Putri" in a name)
        if title_of_no_one(words, t_start, t_end, {start for start, _ in titles}):
            continue
        body = _body_across(words, t_start, t_end)
        if body:
            # "Kepala Badan | Gizi Nasional": a known body that opens inside the title and runs
            # past it is the title's qualifier ("Kepala" of "Badan Gizi Nasional"), read whole
            t_end, skip = body[0], {**skip, body[0]: (body[0], body[1], "ORG")}
        found = _read_run(words, t_start, t_end, skip, dict(titles))
        if found and not words[t_start][:1].isupper() and not lower_case_office(words, t_start, t_end, found):
            continue
        if found:
            for span in found if t_start in acting else ():
                span.title = f"{acting[t_start]} {span.title}" if span.title else None  # "Pj Bupati …"
            out.extend(found)
            if body and not any(s.type == "ORG" and s.start <= body[0] < s.end for s in found):
                out.append(TitledSpan(body[0], body[1], "ORG"))  # the body is an entity too
            covered = max(s.end for s in found)
    return out


def _name_closes_sentence(words: Sequence[str], start: int) -> bool:
    """Whether the capitalised words at `start` run to the sentence's end: after a bare office
    that a preposition governs, such a name is its holder's ("dibenarkan oleh Wakil Ketua KPK,
    Fitroh Rohcahyanto."), not the next clause's subject ("kepada Menkeu, Gus Maksum justru …")."""
    end = start
    while end < len(words) and words[end][:1].isupper():
        end += 1
    return end > start and (end == len(words) or words[end] in (".", "!", "?"))


def _body_across(words: Sequence[str], t_start: int, t_end: int) -> tuple[int, int] | None:
    """(start, end) of a known body that opens inside the title's words and ends after them."""
    for b in range(t_start + 1, t_end):
        spans = gazetteer().spans(list(words[b:b + MAX_RUN]))
        if spans and spans[0][0] == 0 and spans[0][2] == "ORG" and b + spans[0][1] > t_end:
            return b, b + spans[0][1]
    return None


def office_after(words: Sequence[str]) -> int:
    """How many of `words` (those after a person's name) give the person's office: "selaku
    Direktur Utama PT Permata Dunia Sukses Utama sejak 2015" → the cue, the title and the
    capitalised run after it; an apposition between commas too ("Setyo Budiyanto, Ketua KPK,
    mengatakan"); 0 when no capitalised title follows the cue."""
    apposition = words[:1] == [","]
    if len(words) < 2 or not (apposition or words[0].lower() in title_after()) or not words[1][:1].isupper():
        return 0
    spans = gazetteer().spans(list(words[1:MAX_RUN]))
    titles = [e for s, e, kind in spans if kind == "TITLE" and s == 0]
    if not titles:
        return 0
    end = titles[0] + 1
    while end < len(words) and (words[end][:1].isupper() or words[end] in ("dan", "&", "(", ")")):
        end += 1
    while words[end - 1] in ("dan", "&", "("):
        end -= 1
    if apposition and (end >= len(words) or words[end] != "," or any(
            s.type == "PERSON" for s in titled_people(words[1:end], spans))):
        return 0  # no closing comma, or a list of people ("…, Menteri BUMN Erick Thohir, dan …")
    return end


def cued_people(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[TitledSpan]:
    """Names after a verb of saying, "bernama" or an honorific ("kata Arse", "ujar Trump", "Pak
    Rosan"): up to four capitalised name-like words, none of them known as a title, body or
    place by the gazetteer."""
    # towns are often named like people ("Arse", "Selama"); titles, bodies and countries are not
    known = {i for s, e, kind in spans if kind in ("TITLE", "ORG", "COUNTRY", "REGION") for i in range(s, e)}
    cues = person_cues()
    out = []
    for i, word in enumerate(words[:-1]):
        if word.lower() not in cues or any(w.lower().rstrip(".") in street_heads() for w in words[max(0, i - 2):i]):
            continue  # "Jalan KH Mas Mansyur": a street's namesake
        if _in_company_name(words, i):
            continue  # "PT Sepatu Mas Jaya": a word of the company's name
        end = i + 1
        while end < len(words) and end - i <= MAX_NAME and end not in known and (
                name_like(words[end]) or plain_or_derived(words[end])):
            end += 1
        nxt = words[end] if end < len(words) else "."
        if end > i + 1 and not nxt[:1].isupper() and not nxt[:1].isdigit() and not INITIALS.match(words[end - 1]):
            # an honorific stays on the span; the name checks take it off ("Kak Bintang")
            out.append(TitledSpan(i if word.lower() in honorifics() else i + 1, end, "PERSON"))
    return out


def _in_company_name(words: Sequence[str], i: int) -> bool:
    """Whether the capitalised run before word `i` opens with a company's head ("PT Sepatu Mas
    Jaya"): the word is the company's, no honorific."""
    k = i - 1
    while k >= 0 and words[k][:1].isupper() and words[k] not in company_heads():
        k -= 1
    return k >= 0 and words[k] in company_heads()


def _read_run(words: Sequence[str], t_start: int, t_end: int, skip: dict[int, tuple[int, int, str]],
              title_starts: dict[int, int]) -> list[TitledSpan]:
    """`title_starts`: where each title of the sentence starts → where it ends."""
    units: list[tuple[int, int, str]] = []  # (start, end, "word"|"skip"|"join"|"org"|"letter"|…)
    i = t_end
    while i < len(words) and i - t_end < MAX_RUN:
        if i in title_starts and units and words[i - 1] in title_coordinators():
            break  # "Park Jin dan Menteri Luar Negeri AS …": the next title opens another run
        if words[i] == "," and (after_ordinal(words, units) or i + 1 in title_starts and (
                trailing_name(words, units) or units and units[-1][2] == "word" and not prefixed_name(words, i + 1))):
            # "Presiden ke-7 Joko Widodo, Luhut …": the holder follows an office's ordinal;
            # "Menteri ESDM Bahlil Lahadalia, Mendikti …": a named office, then the next one
            break
        if words[i] == "," and named_whole_office(words, t_start, t_end, units):
            break  # "Menteri Pertanian Amran Sulaiman, Wamen… Isyana …": the holder named, the next one follows
        region_end = region_then_holder(words, i + 1, skip) if words[i] == "," and units else 0
        if region_end:  # "Bupati Sleman, DIY, Sri Purnomo": the region named more closely, then the holder
            head = int(i + 1 not in skip)  # "…, Kabupaten Sigi, …": the region's head word goes with the comma
            units += [(i, i + 1 + head, "join"), (i + 1 + head, region_end, "skip")]
            i = region_end
            continue
        if words[i] == "," and i + 1 < len(words) and (
                name_opens(words, i + 1) and ((i + 1) not in skip or place_opens_name(words, i + 1, skip))
                and (units or not object_of(words, t_start) or _name_closes_sentence(words, i + 1))
                or units and prefixed_name(words, i + 1)
                # "…, Anak Agung Ngurah Oka Pratama,": a Balinese title opens the name, towns though its words are
                or units and words[i + 1] in name_openers() and i + 2 < len(words) and words[i + 2][:1].isupper()
                or units and field_list_at(words, i)):
            # "Wakil Menteri Sosial (Wamensos) RI, Agus Jabo Priyono"; "Kapolres Boyolali, AKBP …"
            units.append((i, i + 1, "join"))
            i += 1
            continue
        if i in title_starts and units and words[i] in ranks():
            units.append((i, title_starts[i], "join"))  # "… Polda Jawa Timur Kombes Pol Wahyu Hidayat": the rank
            i = title_starts[i]
            continue
        if words[i] in office_joiners() and i + 1 in title_starts and not trailing_name(words, units):
            # "Ketua MPR sekaligus Ketua Dewan Kehormatan Gerindra …": a second office, which the
            # title keeps (an "office" unit is no joiner the title text drops before the name)
            units.append((i, title_starts[i + 1], "office"))
            i = title_starts[i + 1]
            continue
        tail = office_tail_at(words, i) if units else 0
        after = i + tail + 1
        if tail and after < len(words) and (name_opens(words, after) or prefixed_name(words, after)):
            units.append((i, i + tail, "join"))  # "Bupati Kuantan Singingi saat itu, Sukarmis": when
            i += tail
            continue
        prefixes_end = academic_prefixes_end(words, i)
        if prefixes_end > i:
            units.append((i, prefixes_end, "join"))  # "… Kemenkes RI dr Siti Nadia Tarmizi": on to the name
            i = prefixes_end
            continue
        if (units and (units[-1][2] != "word" or words[units[-1][1] - 1].isupper())  # a body or its acronym
                and (area_end := area_of_office_end(words, i, skip)) > i):
            units.append((i, area_end, "skip"))  # "Kepala Dinas PUPR Kabupaten Muratara": where it serves
            i = area_end
        elif i in skip and not inside_name(words, i, skip[i], units, skip):
            units.append((i, skip[i][1], "skip"))
            i = skip[i][1]
        elif words[i] == "(" and i + 2 < len(words) and i + 1 in title_starts and words[i + 2] == ")":
            units.append((i, i + 3, "join"))  # "Kepala Puspenkum (Kapuspenkum) Kejagung": the title's short form
            i += 3
        elif words[i] == "(" and units and title_short_form(words, t_start, i):
            units.append((i, i + 3, "join"))  # "Direktur Reserse Siber (Dirressiber) Polda …": the office's short form
            i += 3
        elif (words[i] == "(" and i + 1 < len(words) and not words[i + 1].isupper() and units
              and units[-1][2] == "word" and name_like(words[units[-1][0]])):
            break  # "Rasmoro Pramono Aji (Oney)": a nickname in brackets closes the name
        elif words[i] == "(" and initials_in_brackets(words, i, units):
            break  # "…, Ridwan Kamil (RK)": the initials the press calls the name by close it
        elif words[i] == "ke" and i + 2 < len(words) and words[i + 1] == "-" and words[i + 2].isdigit():
            units.append((i, i + 3, "join"))  # "Presiden ke-2 RI Soeharto": an ordinal of the office
            i += 3
        elif words[i] == "dan" and trailing_name(words, units) and i + 1 < len(words) and name_like(words[i + 1]):
            break  # "Ketua DPRD Kurniawan Ramadhan dan Ismul Rahmadin": two people, the first named
        elif words[i] in qualifier_joiners() or (
                words[i] == "dari" and units and i + 1 < len(words) and words[i + 1] in title_from()) or (
                words[i] in unit_joiners() and skip.get(i + 1, (0, 0, ""))[2] == "ORG") or (
                words[i] in place_joiners() and units and served_place(words, i + 1, skip)) or (
                words[i].islower() and words[i] in english_names() and units and i + 1 < len(words)
                and words[i + 1][:1].isupper()):  # "… Center of Economic and Law Studies (CELIOS) …"
            # "Wakil Ketua Komisi II DPR RI dari Fraksi Partai Golkar Zulfikar Arse Sadikin"
            units.append((i, i + 1, "join"))
            i += 1
        elif words[i].lower() in organisation_words():
            units.append((i, i + 1, "org"))  # "Kementerian", "Universitas": a body, not a name
            i += 1
        elif len(words[i]) == 1 and words[i].isupper() and i and words[i - 1] in titles_list("lettered_bodies"):
            units.append((i, i + 1, "letter"))  # "Anggota Komisi E Sri Wahyuningsih": the commission's letter
            i += 1
        elif words[i][:1].isupper() or words[i].isdigit() or (
                words[i].lower() in name_particles() and particles_then_capital(words, i + 1)):
            units.append((i, i + 1, "word"))  # "Ridho Al Hamdi", "Abdullah bin Zayed"
            i += 1
        elif lower_field_at(words, i, t_start, units):
            units.append((i, i + 1, "field"))  # "pengamat politik Rudi Hartanto": the office's field
            i += 1
        else:
            break
    while units and units[-1][2] == "join" and words[units[-1][0]] != ")":
        units.pop()
    closed = _after_company_closer(words, t_start, t_end, units) or _from_name_opener_unit(words, t_start, t_end, units)
    if closed:
        return closed
    if not units or units[-1][2] != "word":
        return []  # "(Unair)": a short form in brackets closes the run, no name follows
    if units[-1][1] < len(words) and words[units[-1][1]] in demonstratives():
        return []  # "Pengemudi Pajero itu …": a description (the Pajero's driver), not a name
    # the name can only follow the last organisation, place or bracket of the run
    last_break = max((n for n, u in enumerate(units) if u[2] != "word"), default=-1)
    tail = units[last_break + 1:]
    if last_break >= 0 and units[last_break][2] == "org" and words[units[last_break][0]] not in company_closers():
        tail = tail[1:]  # the word after "Universitas", "Kementerian" is the body's, not a name (not after "Tbk")
    tail_words = [words[s] for s, _, _ in tail]
    barred = [n for n, w in enumerate(tail_words) if w in not_names()]
    if barred and tail_words[barred[-1]].isupper() and barred[-1] + 1 < len(tail) and all(
            name_like(w) for w in tail_words[barred[-1] + 1:]):
        # "Deputi … Manajemen ASN Herman": a common noun's short form ends the office; the name follows
        tail, tail_words, barred = tail[barred[-1] + 1:], tail_words[barred[-1] + 1:], []
    if barred or last_break >= 0 and words[units[last_break][0]] == "," and tail_words[0].lower() in place_heads():
        return []  # "Lurah Kalurahan Tegalmulyo, Kapanewon Ponjong, …": a place's head opens where it lies
    company = max((n for n, u in enumerate(units) if u[2] == "org" and words[u[0]] in company_heads()), default=-1)
    if company >= 0 and all(u[2] in ("word", "skip") for u in units[company + 1:last_break + 1]):
        tail, tail_words = after_company(tail, tail_words)  # places inside: "PT Makassar Tene"
    # particles ("bin", "br", "van den") join a name's words without counting as one of them
    longest = MAX_NAME + sum(w.lower() in name_particles() for w in tail_words)
    size = 0
    if len(tail) >= 2 and plain_or_derived(tail_words[-1]) and name_after_particles(tail_words, len(tail) - 2) or (
            len(tail) >= 3 and tail[-1][0] in skip
            and surname_like_country(words, tail[-1][0], [u[0] for u in tail[:-1]])):
        size = 1  # a family name that looks derived ("Rahmat Hidayat Pulungan") or a country's ("Yunani")
    while size < min(longest, len(tail)) and (name_like(tail_words[len(tail) - 1 - size]) or (
            size and size + 1 < len(tail) and (plain_word(tail_words[len(tail) - 1 - size])
                                               or tail_words[len(tail) - 1 - size].lower() in name_particles())
            and name_after_particles(tail_words, len(tail) - 2 - size))):
        size += 1  # a plain word or a particle between two names is a name ("Brian Kukuh Mediarto")
    if size == 0 and 0 < len(tail) <= 3 and all(plain_word(w) for w in tail_words):
        size = len(tail)  # "Bupati Bayu Aji": a short run of plain words is the name
    if 0 < size < len(tail) and tail_words[len(tail) - 1 - size] in name_titles() \
            and tail[len(tail) - 1 - size][0] not in title_starts:
        size += 1  # "Menteri Kehutanan Raja Juli Antoni": a ruler's title read as a given name opens it
    # after a comma, or a bracketed short form ("… Studies (CELIOS) Media Wahyu Askar"), the body has ended
    # (a comma right after the office, "Menteri Investasi, Rosan Roeslani,", closes it as well)
    comma = last_break >= 1 and words[units[last_break][0]] in (",", ")") or (
        last_break == 0 and words[units[0][0]] == ",")
    body = last_break - 1 if comma else last_break
    if (0 < size < len(tail) <= longest and (body >= 0 or comma)
            and (comma or units[body][2] == "skip" and skip[units[body][0]][2] in BODY_CLOSERS)
            and (after_comma_name(words, units[last_break][0], tail_words) if comma
                 else all(plain_or_derived(w) for w in tail_words))):
        # "… Investigasi ICW Wana Alamsyah", "pelatih Timnas Uzbekistan, Timur Kapadze": after the
        # body (and its comma), the rest is the name
        size = len(tail)
    if 0 < size < len(tail) <= 3 and not units[:len(units) - len(tail)] and (
            t_end - t_start >= 3 or whole_office(words[t_start:t_end])) and all(
            plain_or_derived(w) for w in tail_words):
        # "Menteri Lingkungan Hidup Hanif Faisol Nurofiq", "Mendag Tom Lembong": a whole office,
        # then the name
        size = len(tail)
    elif (0 < size < len(tail) - 1 and len(tail) <= 4 and not units[:len(units) - len(tail)]
          and whole_office_head(words[t_start:t_end]) and field_word(tail_words[0])
          and all(plain_or_derived(w) for w in tail_words[1:])):
        size = len(tail) - 1  # "Wakil Menteri Perdagangan Tom Wiranata": the field names the ministry
    if 0 < size < len(tail) <= MAX_NAME and len(tail) == len(units) and title_key(" ".join(words[t_start:t_end])) \
            in case_roles() and all(capital_word(w) for w in tail_words):
        size = len(tail)  # "Terdakwa Vienna Varella Angeli Parinussa": a standing in a case takes no qualifier
    acronym = max((n for n, w in enumerate(tail_words) if n < len(tail) - size and short_form(w)), default=None)
    if acronym is not None and 0 < size < len(tail) - acronym - 1 <= 3 and all(
            plain_or_derived(w) for w in tail_words[acronym + 1:]):
        # "Research & Analytics Manager KIC Satria Triputra Wisnumurti": after the body's short form
        # the rest is the name, though its first word is a word too ("satria")
        size = len(tail) - acronym - 1
    rank = max((n for n, w in enumerate(tail_words) if n < len(tail) - size and title_key(w) in gazetteer().titles),
               default=None)
    if rank is not None and 0 < size < len(tail) - rank - 1 <= MAX_NAME and all(
            plain_or_derived(w) for w in tail_words[rank + 1:]) and (
            tail_words[rank] in ranks() or not field_word(tail_words[rank + 1])):
        # (an office word before a field is the office's: "Utusan Khusus Presiden Bidang Pangan …")
        # "Kapolres Bangka Barat AKBP Pradana Aditya Nugraha": a rank stands right before a name,
        # so what follows it is the name even where the words parse as derived ("Ardian")
        size = len(tail) - rank - 1
    if (0 < size < len(tail) <= MAX_NAME and last_break >= 0 and words[units[last_break][0]] in ranks()
            and all(plain_or_derived(w) for w in tail_words)):
        size = len(tail)  # "… Kompol Laksmi Trisnadewi Wieryawan": after a rank, the name
    if size >= 3 and after_class(words, tail[len(tail) - size][0]) and any(
            head_word(w) for w in words[t_start:tail[len(tail) - size][0]]) and not _known_given_name(
            tail_words[len(tail) - size]):
        # "Kepala Lapas Kelas IIB Sungguminasa Hendra Wijaya": a body's class is followed by its
        # seat (not "Kepala Lapas Kelas IIA Ahmad Fauzi", no seat written, nor a school's grade)
        size -= 1
    village = None
    first = tail_words[len(tail) - size] if size else ""
    if size >= 3 and tail[len(tail) - size][0] == t_end and " ".join(words[t_start:t_end]) in titles_list(
            "village_heads") and first.isalpha() and len(first) > 3 and first.lower() not in honorifics() \
            and first not in titles_list("name_nobles") \
            and not _known_given_name(first) and _known_given_name(tail_words[len(tail) - size + 1]):
        # (not an honorific, a noble's title or an initial: "Kades H. Ahmad Fauzi", "Kades Teuku Ahmad …")
        village = tail[len(tail) - size][0]  # "Kades Oelpuah Simon Tefa": the village, then a name as names open
        size -= 1
    if size:
        size = after_field_opener(words, tail[len(tail) - size][0], size)
    size = from_name_opener(tail_words[len(tail) - size:], size)
    while size > 1 and (corps_after_rank(words, tail[len(tail) - size][0])
                        or tail_words[len(tail) - size] in ranks()):
        size -= 1  # "Kombes Pol Wahyu Hidayat", "Kepala BNN Komjen Suyudi": the rank and its corps are the title's
    while size and INITIALS.match(tail_words[len(tail) - 1]):
        size -= 1  # initials end no name: "… Kejati Jabar RI"
        tail = tail[:-1]
        tail_words = tail_words[:-1]
    if size == 0 or last_break >= 0 and words[units[last_break][0]] in english_names():
        return []  # "pendiri Center of Economic and Law Studies": the words after "and" are the body's
    name_start = openers_before(words, tail[len(tail) - size][0], t_end)
    name_end = tail[-1][1]
    found = _person_and_body(words, t_start, t_end, name_start, name_end, [u for u in units if u[1] <= name_start])
    return found if village is None else [*found, TitledSpan(village, village + 1, "PLACE")]


def _known_given_name(word: str) -> bool:
    """A word mostly inside people's names and no place's ("Ahmad"; not "Sungguminasa")."""
    return word.lower() in name_words() and (word.lower(),) not in gazetteer().places


def _person_and_body(words: Sequence[str], t_start: int, t_end: int, start: int, end: int,
                     qualifier: list[tuple[int, int, str]]) -> list[TitledSpan]:
    """The person named at [start, end) with the title and its qualifier, and the body the title
    names, when it names one."""
    out = [TitledSpan(start, end, "PERSON", _title_text(words, t_start, t_end, qualifier))]
    org = _organisation_in(words, t_start, t_end, qualifier)
    return out + [org] if org else out


def _after_company_closer(words: Sequence[str], t_start: int, t_end: int,
                          units: list[tuple[int, int, str]]) -> list[TitledSpan]:
    """After the word that closes a company's name ("… Tbk"), the rest of the run is the name,
    though its words name places too ("Direktur Utama PT Semen Padang Tbk Indra Jaya Koto")."""
    closer = max((n for n, u in enumerate(units) if u[2] == "org" and words[u[0]] in company_closers()),
                 default=None)
    if closer is None or closer == len(units) - 1 or any(u[2] not in ("word", "skip") for u in units[closer + 1:]):
        return []
    start, end = units[closer][1], units[-1][1]
    if end - start > MAX_NAME or not all(name_like(w) or capital_word(w) for w in words[start:end]):
        return []
    return _person_and_body(words, t_start, t_end, start, end, units[:closer + 1])


def _from_name_opener_unit(words: Sequence[str], t_start: int, t_end: int,
                           units: list[tuple[int, int, str]]) -> list[TitledSpan]:
    """From a word that opens a Balinese name to the run's end, the name, though its words name
    places too ("Kepala Dinas Pariwisata Kabupaten Karangasem I Wayan Purna Jaya menyebut")."""
    opener = next((n for n, u in enumerate(units) if n and u[2] == "word" and words[u[0]] in name_openers()
                   and (words[u[0]] != "I" or " ".join(words[u[1]:u[1] + 1]) in name_openers())), None)
    if opener is None or any(u[2] not in ("word", "skip") or u[1] - u[0] > 1 for u in units[opener:]):
        return []
    start, end = openers_before(words, units[opener][0], t_end), units[-1][1]  # "Wa Ode …", "Ni Putu …"
    if end - start > MAX_NAME + 1 or end < len(words) and words[end][:1].isupper():
        return []
    return _person_and_body(words, t_start, t_end, start, end, [u for u in units if u[1] <= start])


def _title_text(words: Sequence[str], t_start: int, t_end: int, qualifier: list[tuple[int, int, str]]) -> str:
    """The title with its qualifier, less what only says where ("… Korea Selatan", "… Banten"),
    a bracketed short form and academic prefixes just before the name."""
    kept = list(qualifier)
    g = gazetteer()
    while kept:
        s, e, kind = kept[-1]
        text = " ".join(words[s:e])
        # a place's name after a company's or a body's head is its name ("Direktur Utama PT Bumi
        # Makmur", "Wakil Rektor II Universitas Lampung")
        head = words[kept[-2][1] - 1] if len(kept) >= 2 else ""
        after_company = head in company_heads() or head.lower() in place_named_heads()
        place = kind == "skip" and g.kinds.get(title_key(text)) not in (None, "ORG", "TITLE") and not after_company
        if kind == "join" or place or text in ("RI",) or (kind == "word" and title_key(text) in g.titles):
            kept.pop()
        elif kind == "word" and text.isupper() and len(kept) >= 2 and kept[-2][2] == "join":
            kept.pop()  # "(BPKAD": the bracket goes with it on the next round
        else:
            break
    while kept and kept[-1][2] == "word" and words[kept[-1][0]].lower() in place_heads() and not (
            kept[-1][0] > 0 and (title_key(pair := " ".join(words[kept[-1][0] - 1:kept[-1][0] + 1])) in g.titles
                                 or pair.lower() in head_compounds())):
        # "Kepala Dinas Kesehatan Kabupaten [Cirebon]": the place's head goes with it; not the
        # "Kota" of "Penjabat Wali Kota [Baubau]" nor the "Laut" of "Angkatan Laut"
        kept.pop()
    end = kept[-1][1] if kept else t_end
    # a short form in brackets is no part of the title: "Sekretaris Daerah (Sekda)"
    text = re.sub(r"\s*\([^()]*\)", "", " ".join(words[t_start:end]).replace("( ", "(").replace(" )", ")"))
    text = re.sub(r"\s*\([^()]*$", "", text)  # "Direktur Utama PT Pertamina (Persero": the bracket's rest
    # "Menteri PPN/Kepala Bappenas", "periode 2019-2024", "Presiden ke-7"
    return text.replace(" ,", ",").replace(" / ", "/").replace(" - ", "-").strip(" ,")


def _organisation_in(words: Sequence[str], t_start: int, t_end: int,
                     qualifier: list[tuple[int, int, str]]) -> TitledSpan | None:
    """"Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD)": the body the title names,
    when the title's last word or the qualifier's first opens an organisation's name."""
    start = None
    if words[t_end - 1].lower() in organisation_words():
        start = t_end - 1
    elif qualifier and qualifier[0][2] == "word" and words[qualifier[0][0]].lower() in organisation_words():
        start = qualifier[0][0]
    if start is None:
        return None
    end = start + 1
    for s, e, kind in qualifier:
        if s < end:
            continue
        if kind == "word" and not words[s].isupper() or kind == "join" and words[s] == "dan":
            end = e
        else:
            break
    while end > start + 1 and words[end - 1] == "dan":
        end -= 1
    return TitledSpan(start, end, "ORG") if end - start >= 2 else None


