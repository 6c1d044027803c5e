"""Where an act happened is not who did it (session 36), on Documents built by hand with their
actors set: a town set off by commas after the subject's "di" phrase (not a country set off
after a phrase opening the sentence), a town a road is named after; a town after a comma
following an object, with a holder or a verb after it, is where the object sits (and the holder
named after an office and its country is the one met), but a list's member after a body is
listed; a punishment announced for whoever breaks a rule threatens; people named by initials
after the comma closing a group's description stay each acted on. Sentences written for these
tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events
from warta.stages.quotes import Quotes

ACTORS = [("Ratusan mahasiswa", "PERSON", "IDN", "EDU"), ("Universitas Bina Mandiri", "ORG", "IDN", "EDU"),
          ("Gorontalo", "PLACE", "IDN"), ("Warga", "PERSON", "IDN", "CVL"), ("Manokwari", "PLACE", "IDN"),
          ("Bintuni", "PLACE", "IDN"), ("PT Sinar Papua", "ORG", "IDN", "BUS"), ("Polres Jember", "ORG", "IDN", "COP"),
          ("RW", "PERSON", "IDN"), ("HS", "PERSON", "IDN"),
          ("Kuala Lumpur", "PLACE", "MYS"), ("Indonesia", "PLACE", "IDN"), ("Myanmar", "PLACE", "MMR"),
          ("Hendra Gunawan", "PERSON", "IDN", "GOV", "Bupati Jember"), ("Pavel Novak", "PERSON", "CZE", "GOV"),
          ("Ceko", "PLACE", "CZE"), ("Arif Wibowo", "PERSON", "IDN", "COP", "Kapolres Jember")]


def coded(text: str) -> list[tuple]:
    """The events of a Document built by hand with the actors the text names (the quotes stage
    first, so "kami" in a quotation is its speaker's)."""
    doc = build("Jakarta - kabar hari ini.\n" + text, [a for a in ACTORS if a[0] in text])
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in Events()(Quotes()(doc)).events
            for s, t in e.dyads()]


def test_a_town_set_off_after_a_building_s_phrase_is_where_not_who():
    assert coded("Ratusan mahasiswa berdemonstrasi di depan rektorat Universitas Bina Mandiri, Gorontalo, "
                 "menolak kenaikan biaya kuliah.") == [
        ("PROTEST", "141", "Ratusan mahasiswa", "rektorat Universitas Bina Mandiri"),
        ("REJECT", "120", "Ratusan mahasiswa", None)]
    # a country right before the verb after such a phrase is its subject
    assert coded("Dalam pertemuan di Kuala Lumpur, Indonesia mengecam Myanmar.") == [
        ("ACCUSE", "111", "Indonesia", "Myanmar")]


def test_the_towns_a_road_is_named_after_are_no_actors():
    assert coded("Warga memblokade ruas jalan Manokwari-Bintuni, menuntut PT Sinar Papua membayar ganti rugi.") == [
        ("PROTEST", "144", "Warga", None), ("REQUEST", "100", "Warga", "PT Sinar Papua")]


def test_people_named_by_initials_after_a_group_s_description_are_each_acted_on():
    assert coded("Polres Jember menangkap dua pengedar sabu, berinisial RW dan HS, di sebuah indekos.") == [
        ("COERCE", "173", "Polres Jember", "RW"), ("COERCE", "173", "Polres Jember", "HS")]


def test_an_office_s_country_set_off_by_commas_leaves_its_holder_the_one_met():
    assert coded("Hendra Gunawan menerima kunjungan Wali Kota Brno, Ceko, Pavel Novak, di pendopo.") == [
        ("CONSULT", "043", "Hendra Gunawan", "Pavel Novak")]


def test_a_punishment_announced_for_whoever_breaks_a_rule_threatens():
    assert coded("\u201cSiapa pun yang balap liar lagi akan kami tindak tegas,\u201d kata Arif Wibowo.") == [
        ("THREATEN", "132", "Arif Wibowo", None)]
    assert coded("\u201cApakah pelaku akan kami tindak?\u201d tanya Arif Wibowo.") == []
    # a punishment done is no threat
    assert not [e for e in coded("\u201cPelaku sudah kami tindak,\u201d kata Arif Wibowo.") if e[0] == "THREATEN"]


def test_a_list_of_a_body_then_countries_keeps_every_member():
    ACTORS_LIST = [("Pemerintah Indonesia", "ORG", "IDN", "GOV"), ("Hamas", "ORG", "PSE", "REB"),
                   ("Israel", "PLACE", "ISR"), ("Iran", "PLACE", "IRN")]
    doc = build("Jakarta - kabar hari ini.\nPemerintah Indonesia mengecam Hamas, Israel, dan Iran atas serangan itu.",
                ACTORS_LIST)
    assert [t.name for e in Events()(doc).events for _, t in e.dyads()] == ["Hamas", "Israel", "Iran"]


def test_a_country_set_off_after_an_opening_phrase_s_place_is_the_subject():
    ACTORS_PAIR = [("Thailand", "PLACE", "THA"), ("Kamboja", "PLACE", "KHM")]
    doc = build("Jakarta - kabar hari ini.\nUsai insiden di perbatasan pekan lalu, Thailand, Selasa, mengecam Kamboja.",
                ACTORS_PAIR)
    assert [(e.type, e.source.name, e.target.name) for e in Events()(doc).events] == [
        ("ACCUSE", "Thailand", "Kamboja")]


def test_a_country_after_a_clause_opening_the_sentence_stays_the_subject():
    actors = [("Indonesia", "PLACE", "IDN"), ("Natuna", "PLACE", "IDN"), ("Myanmar", "PLACE", "MMR")]
    doc = build("Jakarta - kabar hari ini.\nSetelah kapal Myanmar masuk di perairan Natuna, Indonesia, Senin, "
                "mengecam Myanmar.", actors)
    assert [(e.type, e.source.name, e.target.name) for e in Events()(doc).events] == [
        ("ACCUSE", "Indonesia", "Myanmar")]
