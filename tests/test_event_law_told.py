"""The law's acts as the press tells them (session 20), on Documents built by hand: a seizure
told as a noun, its agent a team "dari" a body, not who came along; a sentence given in the
passive; an examination undergone; a case investigated by a team; an act retold as a noun
merged into its first telling; a prosecutor's
demand whose sentence is named far after the accused; a report to the police told with a light
verb; those the law acted on described in a relative clause; a body of home in a story told from
abroad."""

from __future__ import annotations

from tests.test_entity_names import read
from tests.test_event_reading import coded
from warta.model import ActorRef, Event, Span
from warta.stages.event_merge import merge_repeats

KPK = {"KPK": "JUD"}
KEJATI = {"Kejati Jambi": "JUD"}


def test_a_team_from_a_body_is_the_body_and_who_came_along_is_no_target():
    assert coded("Penyitaan dilakukan langsung oleh tim dari Kejati Jambi di rumah Rudi.",
                 [("Kejati Jambi", "ORG", "IDN")], sectors=KEJATI) == [
        ("COERCE", "1711", "Kejati Jambi", "IDN", None, "IDN")]
    assert coded("Penyitaan dilakukan langsung oleh tim dari Kejati Jambi, didampingi Kejaksaan Agung.",
                 [("Kejati Jambi", "ORG", "IDN"), ("Kejaksaan Agung", "ORG", "IDN")],
                 sectors={**KEJATI, "Kejaksaan Agung": "JUD"}) == [
        ("COERCE", "1711", "Kejati Jambi", "IDN", None, "IDN")]


def test_a_light_passive_with_a_place_after_it_names_no_agent():
    assert coded("Penyitaan itu dilakukan di Kota Jambi.", [("Kota Jambi", "PLACE", "IDN")]) == []
    # a seizure's noun with no light verb near tells no new one
    assert coded("Barang bukti hasil penyitaan disimpan di Kejati Jambi.",
                 [("Kejati Jambi", "ORG", "IDN")], sectors=KEJATI) == []


def test_a_sentence_given_in_the_passive_is_the_court_s_act():
    assert coded("Andi Wijaya dijatuhi hukuman 8 tahun penjara oleh Pengadilan Tipikor Jambi.",
                 [("Andi Wijaya", "PERSON", "IDN"), ("Pengadilan Tipikor Jambi", "ORG", "IDN")],
                 sectors={"Pengadilan Tipikor Jambi": "JUD"}) == [
        ("COERCE", "173", "Pengadilan Tipikor Jambi", "IDN", "Andi Wijaya", "IDN")]
    assert coded("Andi Wijaya dihukum 5 tahun penjara oleh Pengadilan Tipikor Jambi.",
                 [("Andi Wijaya", "PERSON", "IDN"), ("Pengadilan Tipikor Jambi", "ORG", "IDN")],
                 sectors={"Pengadilan Tipikor Jambi": "JUD"}) == [
        ("COERCE", "173", "Pengadilan Tipikor Jambi", "IDN", "Andi Wijaya", "IDN")]


def test_a_punishment_without_a_prison_term_is_no_sentence():
    assert coded("Andi Wijaya dihukum oleh SMPN 3 Jambi karena terlambat.",
                 [("Andi Wijaya", "PERSON", "IDN"), ("SMPN 3 Jambi", "ORG", "IDN")]) == []
    assert coded("Andi Wijaya dihukum empat tahun larangan bermain karena doping.",
                 [("Andi Wijaya", "PERSON", "IDN")]) == []


def test_an_examination_undergone_is_the_story_s_law_investigating():
    people = [("KPK", "ORG", "IDN"), ("Rudi Hartono", "PERSON", "IDN"), ("Rudi", "PERSON", "IDN")]
    assert coded("KPK menangkap Rudi Hartono di Jambi.\nRudi kini menjalani pemeriksaan di gedung KPK.",
                 people, sectors=KPK) == [
        ("COERCE", "173", "KPK", "IDN", "Rudi Hartono", "IDN"), ("ACCUSE", "091", "KPK", "IDN", "Rudi", "IDN")]
    assert coded("KPK menangkap Rudi Hartono di Jambi.\nRudi kini menjalani pemeriksaan kesehatan.",
                 people, sectors=KPK) == [("COERCE", "173", "KPK", "IDN", "Rudi Hartono", "IDN")]
    assert coded("KPK menangkap Rudi Hartono di Jambi.\nRudi kini menjalani pemeriksaan MRI.",
                 people, sectors=KPK) == [("COERCE", "173", "KPK", "IDN", "Rudi Hartono", "IDN")]


def test_a_case_investigated_by_a_team_of_the_police():
    assert coded("Kasus itu kini diselidiki tim Ditreskrimum Polda Jambi.",
                 [("Ditreskrimum Polda Jambi", "ORG", "IDN")], sectors={"Ditreskrimum Polda Jambi": "COP"}) == [
        ("ACCUSE", "091", "Ditreskrimum Polda Jambi", "IDN", None, "IDN")]


def test_a_body_of_home_keeps_home_in_a_story_told_from_abroad():
    doc = read("Warga negara Rusia Igor Petrov diculik di Moskow.\nKeluarganya di Rusia melapor ke Polda Bali.\n"
               "Igor sempat tinggal di Rusia.")
    assert [(e.name, e.country) for e in doc.entities if e.type == "ORG"] == [("Polda Bali", "IDN")]


def _seizure(at: int, trigger: str, date: str, target: ActorRef | None = None) -> Event:
    told = Span(start=at, end=at + len(trigger), text=trigger)
    return Event(id="v", type="COERCE", cameo="1711", date=date, sentence=f"s{at}", trigger=told,
                 source=ActorRef(entity="e0", name="Kejati Jambi", country="IDN"),
                 target=target or ActorRef(country="IDN"), mentions=[told])


def test_a_noun_retelling_on_a_day_of_the_month_told_is_the_same_act():
    merged = merge_repeats([_seizure(0, "menyita", "2025-07"), _seizure(90, "penyitaan", "2025-07-07"),
                            _seizure(200, "penyitaan", "2025-07-09")])
    assert [(e.date, [m.start for m in e.mentions]) for e in merged] == [("2025-07", [0, 90, 200])]


def test_a_noun_telling_of_another_month_or_target_is_another_act():
    someone = ActorRef(entity="e1", name="Rudi Hartono", country="IDN")
    merged = merge_repeats([_seizure(0, "menyita", "2025-07"), _seizure(90, "penyitaan", "2025-08-07"),
                            _seizure(200, "penyitaan", "2025-07-09", someone)])
    assert [e.date for e in merged] == ["2025-07", "2025-08-07", "2025-07-09"]


def test_a_report_to_the_police_told_with_a_light_verb():
    assert coded("Budi Santoso membuat laporan polisi terhadap Andi Wijaya di Polda Jambi.",
                 [("Budi Santoso", "PERSON", "IDN"), ("Andi Wijaya", "PERSON", "IDN"), ("Polda Jambi", "ORG", "IDN")],
                 sectors={"Polda Jambi": "COP"}) == [("ACCUSE", "114", "Budi Santoso", "IDN", "Andi Wijaya", "IDN")]
    assert coded("Korban penipuan itu membuat laporan polisi.", []) == [
        ("ACCUSE", "114", "Korban", "IDN", None, "IDN")]  # never the police the phrase names
    # a report of accounts or of work reports no one
    assert coded("PT Maju Jaya membuat laporan keuangan untuk Bursa Efek Indonesia.",
                 [("PT Maju Jaya", "ORG", "IDN"), ("Bursa Efek Indonesia", "ORG", "IDN")]) == []
    assert coded("KPK membuat laporan kinerja tahunan kepada DPR.", [("KPK", "ORG", "IDN"), ("DPR", "ORG", "IDN")],
                 sectors={"KPK": "JUD"}) == []


def test_a_prosecutor_s_demand_names_its_sentence_far_after_the_accused():
    assert coded("Jaksa menuntut Rudi Hartono dalam perkara kericuhan aksi buruh di Kota Jambi dengan hukuman "
                 "3 bulan penjara.", [("Rudi Hartono", "PERSON", "IDN"), ("Kota Jambi", "PLACE", "IDN")]) == [
        ("COERCE", "173", "Jaksa", "IDN", "Rudi Hartono", "IDN")]


def test_those_the_law_acted_on_described_in_a_relative_clause_tell_no_act():
    polres = [("Polres Jambi", "ORG", "IDN"), ("Rudi Hartono", "PERSON", "IDN")]
    assert coded("Polres Jambi menangkap Rudi Hartono.\nAda empat tersangka yang ditahan.", polres,
                 sectors={"Polres Jambi": "COP"}) == [("COERCE", "173", "Polres Jambi", "IDN", "Rudi Hartono", "IDN")]
    # with what was done told after it, the relative clause tells the act
    assert coded("Polres Jambi menyebut Rudi Hartono yang ditahan sejak Senin belum diperiksa.", polres,
                 sectors={"Polres Jambi": "COP"}) == [("COERCE", "173", "Polres Jambi", "IDN", "Rudi Hartono", "IDN")]


def test_a_sentence_given_keeps_its_code_whatever_the_case_names():
    assert coded("Pengadilan Negeri Jambi menjatuhkan vonis 7 tahun penjara kepada Rudi Hartono dalam kasus "
                 "penipuan investasi.", [("Pengadilan Negeri Jambi", "ORG", "IDN"), ("Rudi Hartono", "PERSON", "IDN")],
                 sectors={"Pengadilan Negeri Jambi": "JUD"}) == [
        ("COERCE", "173", "Pengadilan Negeri Jambi", "IDN", "Rudi Hartono", "IDN")]
