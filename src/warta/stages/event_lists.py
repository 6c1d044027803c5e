"""Actors listed together: an object and those coordinated with it ("terhadap Meksiko, Kanada,
dan China"), where such a list ends (the next clause's subject), and the members named after an
unnamed group ("tujuh orang, termasuk Bupati …"), and the person an unnamed description names
after a comma ("seorang pegiat media sosial, Dodi Hermawan, …"); and where a subject's list is
told with more than names: a relative clause describing an actor before the verb it does, and a
partner a description introduces; and the two sides "antara X dan Y" name (between_pair)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.stages.event_actors import AGENT, Actor
from warta.stages.event_triggers import Trigger, lexicon, verb_form
from warta.stages.word_lists import demonstratives


def with_coordinated(first: Actor, actors: list[Actor], low: list[str]) -> list[Actor]:
    """An object and those listed with it: "terhadap Meksiko, Kanada, dan China"."""
    out = [first]
    last = first.end  # where the list read so far ends, past a place that only says where
    seats: set[int] = set()  # the words of such places
    for nxt in (a for a in actors if a.start > first.start):
        gap = [w for w in low[last:nxt.start]]
        if _verb_past_adverbs(low, nxt.end):
            break  # "kepada masyarakat dan BUMD Riau telah melakukan …": the next clause's subject
        if gap == [","] and nxt.entity.type == "PLACE" and out[-1].entity.type != "PLACE" \
                and low[nxt.end:nxt.end + 1] == [","] and _seat_then_holder_or_verb(nxt, actors, low):
            # "di depan rektorat Universitas Halu Oleo, Kendari, …", "Wali Kota Kitakyushu, Jepang,
            # Kazuhisa Takeuchi": where the body or the office sits, no one more
            last = nxt.end
            seats.update(range(nxt.start, nxt.end + 1))  # with the comma after it
            continue
        if nxt.end < len(low) and (verb_form(low[nxt.end]) or low[nxt.end] in lexicon().flags["copulas"]
                                   or low[nxt.end] in demonstratives() and nxt.end + 1 < len(low)
                                   and (verb_form(low[nxt.end + 1]) or low[nxt.end + 1] in lexicon().flags["copulas"])):
            break  # "…, Trump mengancam …", "…, sekolah ini adalah …": a new clause's subject, not one more listed
        if gap == [","] and out[-1].entity.type == "PERSON" and not out[-1].entity.id.startswith(AGENT) \
                and nxt.entity.id.startswith(AGENT):
            break  # "bersama Sarah Thompson, pejabat dari kedutaan": what she is, no one more
        if gap[-2:-1] and gap[-2] in lexicon().flags["kin_words"] and gap[-1] == "," and nxt.entity.type == "PERSON":
            gap = gap[:-2]  # "… dan istrinya, Margaretha Lusi": one more, described by kin
        if gap and all(w in lexicon().flags["object_joiners"] for w in gap):
            out.append(nxt)
            last = nxt.end
        else:
            break
    named_first = first.entity.type == "PERSON" and not first.entity.id.startswith(AGENT) \
        and first.entity.id != out[-1].entity.id
    set_off = [low[k] for k in range(first.end, out[1].start) if k not in seats] if len(out) == 2 else []
    if len(out) == 2 and not named_first and set_off == [","] and out[1].entity.type == "PERSON" \
            and (out[1].end >= len(low) or low[out[1].end] in (",", ".") or verb_form(low[out[1].end])):
        # "mencopot Camat Tambaksari, Ardiansyah Putra, karena …": the office (or its body), then
        # the one who holds it, set off by commas; no list without "dan"
        return [out[1]]
    return out


def _seat_then_holder_or_verb(place: Actor, actors: list[Actor], low: list[str]) -> bool:
    """Whether a place set off by commas after a body or an office is followed by the office's holder
    or by a verb ("Wali Kota Brno, Ceko, Pavel Novak", "rektorat Universitas Halu Oleo, Kendari,
    menolak …"): where it sits; not a list's next member ("Hamas, Israel, dan Iran")."""
    after = place.end + 1
    holder = next((a for a in actors if a.start == after), None)
    named = holder is not None and holder.entity.type == "PERSON" and not holder.entity.id.startswith(AGENT)
    return named or after < len(low) and verb_form(low[after])


def _verb_past_adverbs(low: list[str], i: int) -> bool:
    """Whether a verb follows at `i` after one or more adverbs of aspect ("telah melakukan", "juga
    akan menandatangani"); a verb right at `i` is checked by the caller with its own exceptions."""
    adverbs = lexicon().flags["aspect_adverbs"]
    j = i
    while j < len(low) and low[j] in adverbs:
        j += 1
    # after an adverb a me-/ber-/di- word is a verb, though the stemmer may not know its root
    # ("telah menandatangani")
    return j > i and j < len(low) and (verb_form(low[j]) or low[j].startswith(("me", "ber", "di")) and len(low[j]) > 5)


# a preposition in between makes the name another noun's ("seorang pria di depan rumah kepala desa, Sutrisno")
PREPOSITIONS = frozenset({"di", "ke", "dari", "terhadap", "milik", "untuk", "pada", "dengan", "oleh", "bagi", "kepada"})
MEMBERS_AFTER = 16  # the most words between an unnamed group and the word that lists its members
NEAR_MARKER_REACH = 1  # "berinisial" names the noun right before it ("dua tersangka begal berinisial …"),
# not a group further back ("pelaku penganiayaan terhadap seorang pelajar berinisial FA")
MEMBER_DESCRIBED = 6  # the most words describing a listed member before its name


def members_named(group: Actor, actors: list[Actor], low: list[str]) -> list[Actor]:
    """The named members listed after an unnamed group ("tiga perusahaan, di antaranya PT Sinar
    Pangan", "tiga anak buah kapal, yakni MS, HR, dan ZA", "dua tersangka begal berinisial RA dan
    IW"), after a word of `member_markers` a few words on (past what describes the group: "dua
    tersangka baru kasus … di RSUD Bangka Barat, yakni …"), each past its age in brackets, what
    describes it ("pejabat pembuat komitmen berinisial RN") and the comma or "dan" that lists it."""
    if not group.entity.id.startswith(AGENT) or not group.entity.name:
        return []
    markers = [m.split() for m in lexicon().flags["member_markers"]]
    people = {a.start: a for a in actors if not a.entity.id.startswith(AGENT) and a.entity.type == "PERSON"}
    found = None
    by_start = {a.start: a for a in actors if not a.entity.id.startswith(AGENT)}
    for at in range(group.end, min(len(low), group.end + MEMBERS_AFTER)):
        if at in people and at - group.end <= NEAR_MARKER_REACH and any(
                low[k:k + len(m)] == m for k in range(at, people[at].end) for m in markers):
            # "dua tersangka begal berinisial RA dan IW": the first member's words hold the marker
            end = people[at].end
            listed = low[end:end + 1] in ([","], ["dan"])
            return [people[at], *(_listed_after(end + 1, by_start, low, group) if listed else [])]
        if at in people or low[at] in (".", ";") or verb_form(low[at]) and not low[at].startswith(("di", "ter")):
            break  # another person, or a clause of its own, before any list (a passive may stand between)
        found = next((m for m in markers if low[at:at + len(m)] == m
                      and (at - group.end <= NEAR_MARKER_REACH or "berinisial" not in m)), None)
        if found:
            break
    if not found:
        return _listed_after_comma(group, by_start, low)
    return _listed_after(at + len(found), by_start, low, group)


def _listed_after_comma(group: Actor, by_start: dict[int, Actor], low: list[str]) -> list[Actor]:
    """Two or more people listed right after the comma that closes an unnamed group's description
    ("kepada dua terdakwa kasus narkoba, Agus Salim dan Budi Prakoso"); one name there is the
    apposition `named_in_apposition` reads, and no verb, list or preposition may stand before it."""
    comma = next((k for k in range(group.end, min(len(low), group.end + DESCRIBED_WITHIN + 1))
                  if low[k] in (",", ".", ";")), None)
    if comma is None or low[comma] != "," or comma + 1 not in by_start:
        return []
    if any(w in lexicon().flags["clause_joiners"] or w in PREPOSITIONS or verb_form(w) for w in low[group.end:comma]):
        return []
    listed = _listed_after(comma + 1, by_start, low, group)
    if len(listed) < 2:
        return []
    end = listed[-1].end
    if low[end:end + 1] == ["("] and low[end + 2:end + 3] == [")"]:
        end += 3  # "… dan Budi (24)"
    # the list closes there: names that go on with a verb open a clause of their own ("…, Agus
    # dan Budi mangkir dari panggilan")
    closes = end >= len(low) or low[end] in (",", ".", ";", ")") or low[end] in lexicon().flags["list_followers"]
    return listed if closes else []


def _listed_after(at: int, by_start: dict[int, Actor], low: list[str], group: Actor) -> list[Actor]:
    """The members listed from `at` on, each after at most MEMBER_DESCRIBED words describing it."""
    out: list[Actor] = []
    while True:
        # a member is of the group's kind ("… berinisial RN dan Direktur CV Mitra Medika berinisial
        # AK": the person, not the company; "tiga kecamatan, yakni Cibinong …" lists no culprits),
        # and what describes it holds no clause ("rekannya yang bekerja di toko milik Budi")
        nxt = next((k for k in range(at, min(len(low), at + MEMBER_DESCRIBED + 1)) if k in by_start
                    and by_start[k].entity.type == group.entity.type), None)
        if nxt is None or any(w in (",", ".", ";", "yang") or w in PREPOSITIONS or verb_form(w) and w != "berinisial"
                              for w in low[at:nxt]):
            break
        out.append(by_start[nxt])
        at = by_start[nxt].end
        if low[at:at + 1] == ["("] and low[at + 2:at + 3] == [")"]:
            at += 3  # "DS (24)"
        at += low[at:at + 1] == [","]
        if low[at:at + 1] != ["dan"] and not out[-1].end < at:
            break
        at += low[at:at + 1] == ["dan"]
    return out


DESCRIBED_WITHIN = 8  # the most words of a description between its head and the comma naming it


def named_in_apposition(described: Actor, actors: list[Actor], low: list[str]) -> Actor:
    """The person an unnamed description names after a comma ("melaporkan seorang pegiat media
    sosial, Dodi Hermawan, ke Bareskrim", "menangkap pimpinan kelompok kriminal bersenjata wilayah
    Intan Jaya, Yonas Wenda, dalam …"), else the description itself. The name must close there
    (a comma, a stop or a bracket after it): "menangkap pelaku, Budi mengatakan …" opens a clause;
    after a preposition inside the description the name is its noun's."""
    if not described.entity.id.startswith(AGENT):
        return described
    # the description may hold bodies, places and people of its own ("… kelompok kriminal bersenjata
    # wilayah Intan Jaya", "sopir pribadi mantan Bupati Sleman Hartono Wibowo, Joko Susilo"): the
    # person named is the one after the comma that closes it
    return _named_after_comma(described.end, DESCRIBED_WITHIN + 1, actors, low) or described


def named_after_description(at: int, actors: list[Actor], low: list[str]) -> Actor | None:
    """The person a description with no actor of its own names after a comma, the description
    opening at `at` right after a verb ("memanggil tukang cukur langganan mantan Gubernur Papua
    Lukas Enembe, Budi Hermawan (BH)"): the description may name others whose person it is, the
    name must close there, and no verb, list or preposition may stand in the description."""
    if at >= len(low) or not low[at].isalpha() or any(a.start == at for a in actors):
        return None
    person = _named_after_comma(at, DESCRIBED_WITHIN + 4, actors, low)
    return person if person is not None and not _list_goes_on(person.end, low) else None


def _named_after_comma(start: int, reach: int, actors: list[Actor], low: list[str]) -> Actor | None:
    """The named person right after the first comma within `reach` words of `start`, when no
    stop, verb, list word or preposition stands before that comma (words of actors aside) and the
    name closes there (a comma, a stop or a bracket after it)."""
    comma = next((k for k in range(start, min(len(low), start + reach)) if low[k] in (",", ".")), None)
    person = next((a for a in actors if comma is not None and a.start == comma + 1), None)
    if comma is None or low[comma] != "," or person is None or person.entity.type != "PERSON" \
            or person.entity.id.startswith(AGENT):
        return None
    inside = {k for a in actors for k in range(a.start, a.end)}  # "bersenjata" in "kelompok kriminal bersenjata"
    between = [(k, low[k]) for k in range(start, comma) if k not in inside]
    if any(w in lexicon().flags["clause_joiners"] or w in PREPOSITIONS
           or verb_form(w) and not (k == comma - 1 and k > start and w.startswith("di")) for k, w in between):
        # another clause or a list, not one description; a passive form closing it describes its
        # noun ("terdakwa kasus penyelundupan satwa dilindungi, Jemmy …": protected animals)
        return None
    return person if person.end >= len(low) or low[person.end] in (",", ".", ")", "(") else None


LIST_REACH = 12  # words after a name where "dan" goes on a list of the people named


def _list_goes_on(at: int, low: list[str]) -> bool:
    """Whether a list of names goes on after `at` ("…, Presiden Prancis Emmanuel Macron, dan Raja
    Yordania …"): a comma there, then "dan"/"serta" before any verb; the name before the comma
    was one of a list, not the one a description names."""
    if at >= len(low) or low[at] != ",":
        return False
    for word in low[at + 1:at + LIST_REACH]:
        if word in lexicon().flags["clause_joiners"]:
            return True
        if verb_form(word) or word == ".":
            return False
    return False


RELATIVE_CLAUSE = 10  # the most words of a relative clause between an actor and the verb it does


def relative_clause_between(between: list[str]) -> bool:
    """Whether the words between an actor and a verb are a relative clause describing the actor
    ("yang viral di media sosial", ", yang sempat buron,"): the verb that follows is the actor's.
    After an adverb the verb is the clause's own unless the clause has a verb before it
    ("masyarakat yang kepesertaannya sempat dinonaktifkan" tells no act of the story's; "Noel
    yang ditangkap saat ini tengah menjalani pemeriksaan" does)."""
    clause = between[1:] if between[:1] == [","] else between
    if clause[-1:] == [","]:
        clause = clause[:-1]
    elif clause[-1:] and clause[-1] in lexicon().flags["adverbs"] and not any(map(verb_form, clause)):
        return False
    clause = [w for w in clause if w != "-"]  # a hyphenated name is one word ("di Jalan Soekarno-Hatta")
    return (clause[:1] == ["yang"] and 3 <= len(clause) <= RELATIVE_CLAUSE
            and all(w.replace("-", "").isalpha() for w in clause))  # "bolak-balik" is one word too


DESCRIPTION = 7  # the most words describing a partner before its name ("perusahaan energi asal Jepang")


def described_partner(before: list[Actor], subject: Actor, low: list[str]) -> Actor | None:
    """The actor coordinated with a subject that a description introduces: "PT Pertamina dan
    perusahaan energi asal Jepang, Inpex Corporation, menandatangani …" gives PT Pertamina (the
    words and places of the description are no parties)."""
    comma = subject.start - 1
    if comma < 1 or low[comma] != ",":
        return None
    joint = next((k for k in range(comma - 1, max(-1, comma - DESCRIPTION - 1), -1) if low[k] == "dan"), None)
    if joint is None or any(verb_form(w) or w == "," for w in low[joint + 1:comma]):
        return None
    return next((a for a in before if a.end == joint), None)


def quotation_ends_between(low: Sequence[str], start: int, end: int) -> bool:
    """Whether a quotation closes in [start, end): a closing mark after its last punctuation (a
    straight one closing an odd count of marks before it), so whoever is named after it is its
    speaker ('"… dengan beberapa daerah," kata Bobby'); not one opening after a comma
    ('mengecam, "Israel telah …"') nor a quoted phrase ('mengambil "tindakan tegas" terhadap …')."""
    for k in range(max(start, 1), end):
        if low[k - 1] not in (",", ".", "?", "!"):
            continue
        if low[k] == "”" or low[k] == '"' and sum(w in ('"', "“", "”") for w in low[:k]) % 2:
            return True
    return False


def set_off_by_initials(actor: Actor, low: list[str], start: int) -> bool:
    """Whether the actor is the initials that close the object's description, however long it runs
    ("menetapkan pemilik tempat penitipan anak di Kotagede, berinisial SR, sebagai tersangka"):
    a verb between opens another clause, a word of [flags] initials_stops another noun ("…
    terhadap seorang pelajar berinisial FA" names the pupil)."""
    cue, flags = actor.start - 1, lexicon().flags
    return cue > start and low[cue] in flags["initials_words"] and not any(
        verb_form(w) or w in (".", ";", ":") or w in flags["initials_stops"] for w in low[start:cue])


def apposed_description(named: Actor, description: Actor, verb: int, low: list[str],
                        actors: Sequence[Actor] = ()) -> bool:
    """Whether an unnamed description set off by commas right after a named person runs up to the
    verb ("Ferry Anggara, terdakwa kasus pembunuhan …, didakwa jaksa"): the person is the subject.
    A body or a group told with its body may be described too, after its short form ("Ratusan
    pekerja PT SMNI (SMNI), perusahaan smelter di Kecamatan Morosi, Kabupaten Konawe, mogok"),
    and the description may name where, places set off by commas; such a body or group, or a
    description naming places, only where the one named opens its clause ("Akibat limbah PT X,
    warga di Desa Y, …, melapor": the residents report)."""
    start = named.end
    if low[start:start + 1] == ["("] and ")" in low[start:start + 6]:
        start = low.index(")", start) + 1  # the short form in brackets is the name again
    if not (description.entity.id.startswith(AGENT) and description.start == start + 1
            and start < len(low) and low[start] == "," and verb > description.end and low[verb - 1] == ","):
        return False
    if named.entity.id.startswith(AGENT) and not (named.entity.type == "PERSON" and named.end - named.start >= 3):
        return False  # an unnamed actor told in a word or two ("warga, pedagang, …") is a list's
    if named.entity.type not in ("PERSON", "ORG"):
        return False
    place_starts = {a.start for a in actors if a.entity.type == "PLACE"}
    places_between = any(low[i] == "," for i in range(description.end, verb - 1))
    person = named.entity.type == "PERSON" and not named.entity.id.startswith(AGENT)
    if (places_between or not person) and not (named.start == 0 or low[named.start - 1] == ","):
        return False  # "Akibat limbah PT X, warga di Desa Y, Kecamatan Z, melapor": the body is the phrase's
    return all(i + 1 in place_starts for i in range(description.end, verb - 1) if low[i] == ",")


def apposition_between(between: list[str]) -> bool:
    """Whether the words between an actor and a verb are a description set off by commas, with no
    verb of its own but a ber- one (", terdakwa kasus pembunuhan berencana …,")."""
    inner = between[1:-1]
    return (len(between) >= 3 and between[0] == between[-1] == "," and len(inner) <= RELATIVE_CLAUSE
            and "," not in inner and "yang" not in inner
            and not any(w.startswith(("me", "di")) and verb_form(w) for w in inner))


PAIR_COUNTS = ("dua", "kedua")  # "antara dua kelompok": two sides of one kind
OTHER_SIDE = "/2"  # marks the id of the second side of such a pair, so the two are not one actor


def between_pair(trig: Trigger, actors: list[Actor], low: list[str], listed: bool = False) -> list[tuple[Actor, Actor]]:
    """"… antara X dan Y" within a few words after the trigger, or "X-Y", "X, Y" or "X dan Y"
    right after it; "antara dua X" after a noun of its own, one side of that kind and the other."""
    window = range(trig.start, min(len(low), trig.end + 8))  # "antara" may close the trigger
    antara = next((i for i in window if low[i] == "antara"), None)
    after = [a for a in actors if a.start >= (antara + 1 if antara is not None else trig.end)]
    if len(after) >= 2:
        first, second = after[0], after[1]
        joint = low[first.end:second.start]
        in_list = joint == [","] and "dan" in low[second.end:second.end + 2] and first.entity.type == second.entity.type
        if antara is not None and ("dan" in joint or joint == ["dengan"] or in_list):
            # "antara Pemkab Gresik, Yayasan PPNU, dan PT Petrokimia": the first two; "antara Kodam
            # V/Brawijaya dengan Kejati Jatim"
            return [(first, second)]
        if antara is None and first.start == trig.end and (joint == ["-"] or listed and joint in (
                [","], ["dan"], [",", "dan"])):
            # "konflik Israel-Iran"; after a noun of its own, "atas kerja sama Pemkab Bandung, BGN,
            # dan …" (after "bertemu", "X dan Y" are the ones met, not each other)
            return [(first, second)]
    if listed and antara is not None and after and after[0].start == antara + 1 and low[antara + 1] in PAIR_COUNTS \
            and after[0].entity.id.startswith(AGENT):
        # "Bentrokan antara dua ormas": one side of that kind against the other, both unnamed
        side = after[0]
        other = replace(side, entity=side.entity.model_copy(update={"id": f"{side.entity.id}{OTHER_SIDE}"}))
        return [(side, other)]
    return []
