"""Common domestic acts the coder had no words for (session 30), on Documents built by hand
with their actors set: a road blocked, a complaint lodged, a policy defended, an inspection team
sent, an openness to talks, a court's finding of guilt, evacuees counted, something said at a
coordination meeting. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("Warga", "PERSON", "IDN"), ("PT Sawit Jaya", "ORG", "IDN"), ("DPRD Bogor", "ORG", "IDN"),
          ("Budi Santoso", "PERSON", "IDN"), ("Kementerian Ketenagakerjaan", "ORG", "IDN"),
          ("Rendi Saputra", "PERSON", "IDN"), ("BPBD Cilacap", "ORG", "IDN"), ("Tito Karnavian", "PERSON", "IDN"),
          ("Komisi XI DPR", "ORG", "IDN"), ("PT Griya Asri", "ORG", "IDN"), ("Andi Wijaya", "PERSON", "IDN")]


def coded(text: str) -> list[tuple]:
    doc = Events()(build(text, [a for a in ACTORS if a[0] in text]))
    return [(e.type, e.cameo, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in doc.events]


def test_a_road_blocked_by_people_is_a_protest_against_whoever_owns_it_or_no_one_named():
    assert coded("Warga memblokade jalan angkut milik PT Sawit Jaya sejak pagi.") == [
        ("PROTEST", "144", "Warga", "PT Sawit Jaya")]
    assert [c[:3] for c in coded("Warga memblokir jalan desa dengan batang bambu sejak pagi.")] == [
        ("PROTEST", "144", "Warga")]
    # a state's blockade of access is a blockade (191), not a protest
    assert [c[:2] for c in coded("Kementerian Ketenagakerjaan memblokade akses ke pelabuhan Warga.")] != [
        ("PROTEST", "144")]


def test_a_complaint_lodged_with_a_body_and_a_policy_defended():
    assert coded("Warga sudah mengadukan persoalan itu ke DPRD Bogor pada bulan lalu.") == [
        ("ACCUSE", "114", "Warga", None)]  # the body it is lodged with is no target
    assert coded("Warga mengadukan nasib mereka yang tak kunjung dibayar.") == []  # telling one's plight
    assert [c[:3] for c in coded("Warga mengadu ke DPRD Bogor soal sengketa lahan.")] == [("ACCUSE", "114", "Warga")]
    assert coded("Budi Santoso mengadu gagasan dengan Andi Wijaya dalam debat semalam.") == []  # pitting
    assert [c[:3] for c in coded("Budi Santoso membela kebijakan pembatasan tersebut.")] == [
        ("SUPPORT", "051", "Budi Santoso")]
    assert coded("Budi Santoso membela diri di depan hakim.") == []  # self-defence praises no one


def test_an_inspection_team_sent_is_an_investigation_and_a_rescue_team_is_not():
    assert [c[:3] for c in coded("Kementerian Ketenagakerjaan menurunkan tim pengawas ke pabrik itu.")] == [
        ("ACCUSE", "090", "Kementerian Ketenagakerjaan")]
    assert coded("Kementerian Ketenagakerjaan menurunkan tim medis ke lokasi kebakaran.") == []
    assert coded("Kementerian Ketenagakerjaan menurunkan tim pencari ke lokasi kebakaran.") == []  # a rescue team


def test_a_courts_finding_of_guilt_accuses_the_one_found_guilty_by_an_unnamed_court_not_the_police():
    actors = [("Polres Bogor", "ORG", "IDN"), ("Rendi Saputra", "PERSON", "IDN")]
    doc = Events()(build("Polres Bogor menangkap Rendi Saputra pada Januari. Rendi Saputra dinilai terbukti "
                         "bersalah melakukan korupsi.", actors))
    found = [(e.cameo, e.source.entity, e.source.sector, e.target.name) for e in doc.events if e.cameo == "116"]
    assert found == [("116", None, "JUD", "Rendi Saputra")]
    # described or asked, not found: the bare phrase codes nothing; a prosecutor's formula is no verdict
    assert coded("Rendi Saputra yang terbukti bersalah akan dipecat dari jabatannya.") == []
    assert [c for c in coded("Jaksa menyatakan terdakwa Rendi Saputra terbukti secara sah dan meyakinkan "
                             "melakukan korupsi.") if c[1] == "116"] == []


def test_evacuees_counted_and_an_openness_to_talks():
    assert [c[:3] for c in coded("BPBD Cilacap telah mengevakuasi 210 jiwa dari 60 kepala keluarga.")] == [
        ("AID", "073", "BPBD Cilacap")]
    assert coded("BPBD Cilacap mengevakuasi kendaraan yang terseret banjir.") == []  # no people
    assert coded("BPBD Cilacap mengevakuasi dua orang korban meninggal dunia dari reruntuhan.") == []  # the dead
    assert coded("PT Griya Asri terbuka untuk mediasi dengan Warga.") == [("AGREE", "036", "PT Griya Asri", "Warga")]


def test_something_said_at_a_coordination_meeting_and_a_summons_to_a_hearing():
    assert [c[:3] for c in coded("Permintaan itu disampaikan Tito Karnavian dalam Rapat Koordinasi Inflasi.")] == [
        ("CONSULT", "040", "Tito Karnavian")]
    # the meeting a summons calls is told by the summons itself, not again by "dalam rapat"
    assert [c[0] for c in coded("DPRD Bogor memanggil PT Sawit Jaya dalam rapat koordinasi pekan lalu.")
            ] == ["CONSULT"]


def test_a_lawyers_denial_for_the_client_and_an_offer_refused_whose_maker_was_told_before():
    assert [c[:3] for c in coded("Andi Wijaya menegaskan kliennya tidak pernah menyalahgunakan dana hibah.")] == [
        ("REJECT", "120", "Andi Wijaya")]
    assert [c[:3] for c in coded("Andi Wijaya mengatakan kliennya tidak menerima uang itu.")] == [
        ("REJECT", "120", "Andi Wijaya")]
    assert coded("Andi Wijaya mengatakan kliennya tidak pernah ke Jakarta.") == []  # no act denied
    assert [c[:3] for c in coded("Budi Santoso menolak tawaran pensiun dini tersebut.")] == [
        ("REJECT", "127", "Budi Santoso")]
