"""Events on Documents built by hand (session 38): the one whose suspected act a report or an
inquiry names after "oleh"/"yang dilakukan" is its target; people let go by the law are released;
a riot needs no one it faces; a kick is an assault; undertaking to pay is a pledge; urging someone
named to act asks them; a gift's receiver past a long list of goods; a verb
after "sebelum"/"setelah" with no subject of its own is the main clause's subject's act; a
village's people named with the village's kind of area are one actor. Sentences written for
these tests."""

from __future__ import annotations

from tests.documents import coded_events

REPORTERS = [("Tim pemenangan", "PERSON", "IDN", "PTY"), ("tim paslon", "PERSON", "IDN", "PTY"),
             ("Bawaslu", "ORG", "IDN", "GOV")]


def test_a_report_of_a_suspected_act_names_its_doer_as_the_one_reported():
    got = coded_events("Tim pemenangan melaporkan dugaan politik uang yang dilakukan tim paslon nomor urut 3 "
                       "ke Bawaslu.", REPORTERS)
    assert got == [("ACCUSE", "114", "Tim pemenangan", "IDN", "tim paslon", "IDN")]
    # words of membership may stand between "oleh" and the body or its people
    actors = [("Ombudsman", "ORG", "IDN", "GOV"), ("Dinas Kependudukan Kota Jambi", "ORG", "IDN", "GOV")]
    got = coded_events("Ombudsman menyelidiki dugaan pungutan liar oleh oknum anggota Dinas Kependudukan "
                       "Kota Jambi.", actors)
    assert [(t, s, o) for t, _, s, _, o, _ in got] == [("ACCUSE", "Ombudsman", "Dinas Kependudukan Kota Jambi")]


def test_a_suspected_act_s_phrase_closed_by_a_verb_names_no_doer():
    actors = [("Polisi", "PERSON", "IDN", "COP"), ("warga", "PERSON", "IDN", "CVL")]
    got = coded_events("Polisi menyelidiki dugaan pencurian yang kemudian ditangani oleh warga.", actors)
    assert all(target != "warga" for *_, target, _ in got)
    # an inquiry's own team after "pemeriksaan dilakukan oleh", a place where it was done, "oleh
    # karena itu": no doer
    team = [("Polda Metro Jaya", "ORG", "IDN", "COP"), ("Subdit Jatanras", "ORG", "IDN", "COP"),
            ("Kabupaten Bogor", "PLACE", "IDN"), ("Polri", "ORG", "IDN", "COP")]
    for text in ("Polda Metro Jaya mengusut dugaan penipuan investasi dan pemeriksaan dilakukan oleh Subdit "
                 "Jatanras.", "Polda Metro Jaya menyelidiki dugaan penipuan yang dilakukan di Kabupaten Bogor.",
                 "Polda Metro Jaya menyelidiki dugaan penganiayaan oleh karena itu Polri memanggil saksi."):
        got = coded_events(text, team)
        assert [t for _, _, s, _, t, _ in got if s == "Polda Metro Jaya"] == [None], text
    # past "secara bersama-sama" the doer after "oleh"
    kpk = [("KPK", "ORG", "IDN", "JUD"), ("Ade Yasin", "PERSON", "IDN", "GOV")]
    got = coded_events("KPK menyelidiki dugaan korupsi yang dilakukan secara bersama-sama oleh Ade Yasin.", kpk)
    assert got == [("ACCUSE", "091", "KPK", "IDN", "Ade Yasin", "IDN")]


def test_people_held_and_let_go_by_the_law_are_released():
    actors = [("Polres Buleleng", "ORG", "IDN", "COP"), ("Enam mahasiswa", "PERSON", "IDN", "EDU")]
    got = coded_events("Enam mahasiswa itu akhirnya dilepaskan oleh Polres Buleleng pada Senin malam.", actors)
    assert got == [("RETREAT", "0841", "Polres Buleleng", "IDN", "Enam mahasiswa", "IDN")]
    # with no one releasing them named, no release is coded: a court, kidnappers or a hospital let
    # people go as often
    assert coded_events("Enam mahasiswa itu akhirnya dilepaskan pada Senin malam.", actors) == []
    # a race flagged off, an official removed from office
    runners = [("Polres Buleleng", "ORG", "IDN", "COP"), ("peserta jalan sehat", "PERSON", "IDN", "CVL")]
    assert coded_events("Polres Buleleng melepaskan peserta jalan sehat di Stadion Pakansari.", runners) == []
    # a release by a state abroad is one too
    abroad = [("Otoritas Malaysia", "ORG", "MYS", "GOV"), ("20 nelayan Indonesia", "PERSON", "IDN", "CVL")]
    assert coded_events("Otoritas Malaysia melepaskan 20 nelayan Indonesia.", abroad) == [
        ("RETREAT", "0841", "Otoritas Malaysia", "MYS", "20 nelayan Indonesia", "IDN")]


def test_a_riot_needs_no_one_it_faces_and_a_kick_is_an_assault_not_an_expulsion():
    actors = [("Mahasiswa", "PERSON", "IDN", "EDU"), ("DPRD Kabupaten Lebak", "ORG", "IDN", "LEG")]
    assert coded_events("Mahasiswa membakar ban bekas di depan gerbang kantor DPRD Kabupaten Lebak.", actors) == [
        ("PROTEST", "145", "Mahasiswa", "IDN", None, "IDN")]
    police = [("Seorang anggota polisi", "PERSON", "IDN", "COP"), ("mahasiswa", "PERSON", "IDN", "EDU")]
    assert coded_events("Seorang anggota polisi menendang mahasiswa saat kericuhan.", police)[0][:5] == (
        "ASSAULT", "182", "Seorang anggota polisi", "IDN", "mahasiswa")
    parties = [("PKS", "ORG", "IDN", "PTY"), ("Partai Gerindra", "ORG", "IDN", "PTY")]
    assert coded_events("PKS ditendang keluar dari koalisi oleh Partai Gerindra.", parties) == []


def test_undertaking_to_pay_is_a_pledge_and_urging_that_something_be_done_asks():
    firm = [("PT Sinar Busana", "ORG", "IDN", "BUS")]
    assert coded_events("PT Sinar Busana menyanggupi membayar seluruh gaji secara bertahap.", firm) == [
        ("AGREE", "030", "PT Sinar Busana", "IDN", None, "IDN")]
    ministry = [("Kemdiktisaintek", "ORG", "IDN", "GOV"), ("Satgas", "ORG", "IDN", "GOV")]
    assert coded_events("Kemdiktisaintek mendorong Satgas tersebut agar berfungsi secara efektif.", ministry) == [
        ("REQUEST", "100", "Kemdiktisaintek", "IDN", "Satgas", "IDN")]
    # a thing pushed along asks no one
    villagers = [("Warga Kampung Melayu", "PERSON", "IDN", "CVL")]
    assert coded_events("Warga Kampung Melayu mendorong mobil yang mogok agar bisa keluar dari genangan.",
                        villagers) == []


def test_a_gift_s_receiver_stands_past_a_long_list_of_goods():
    actors = [("Pemerintah Australia", "ORG", "AUS", "GOV"), ("Pemerintah Provinsi Nusa Tenggara Timur", "ORG",
                                                                "IDN", "GOV"), ("Darwin", "PLACE", "AUS")]
    got = coded_events("Pemerintah Australia mengirimkan dua pesawat dari Darwin berisi tenda, selimut, obat-obatan, "
                       "dan alat penjernih air kepada Pemerintah Provinsi Nusa Tenggara Timur.", actors)
    assert [(t, s, o) for t, _, s, _, o, _ in got] == [
        ("AID", "Pemerintah Australia", "Pemerintah Provinsi Nusa Tenggara Timur")]


def test_a_gift_s_receiver_is_not_sought_in_the_next_clause():
    actors = [("Kementerian Sosial", "ORG", "IDN", "GOV"), ("Polres Cianjur", "ORG", "IDN", "COP"),
              ("Herman Suherman", "PERSON", "IDN", "GOV")]
    got = coded_events("Kementerian Sosial menyalurkan beras, selimut, dan tenda pada Senin pagi, sementara Polres "
                       "Cianjur mengirim personel kepada Herman Suherman.", actors)
    assert [t for _, _, s, _, t, _ in got if s == "Kementerian Sosial"] == [None]


def test_a_chain_without_a_comma_keeps_its_doer_and_a_crime_after_setelah_is_the_object_s():
    actors = [("Polres Manggarai Barat", "ORG", "IDN", "COP"), ("YT", "PERSON", "IDN"), ("Labuan Bajo", "PLACE", "IDN")]
    got = coded_events("Polres Manggarai Barat menangkap YT di Labuan Bajo lalu menggeledah rumahnya.", actors)
    assert [s for k, _, s, *_ in got if k == "ACCUSE"] == ["Polres Manggarai Barat"]
    kpk = [("KPK", "ORG", "IDN", "JUD"), ("Ade Yasin", "PERSON", "IDN", "GOV")]
    got = coded_events("KPK memeriksa Ade Yasin kemudian menahan Ade Yasin selama 20 hari.", kpk)
    assert ("COERCE", "173", "KPK", "IDN", "Ade Yasin", "IDN") in got
    police = [("Polisi", "PERSON", "IDN", "COP"), ("seorang pedagang", "PERSON", "IDN", "CVL")]
    got = coded_events("Polisi menangkap dua pemuda setelah menganiaya seorang pedagang di Pasar Minggu.", police)
    assert [s for k, _, s, *_ in got if k == "ASSAULT"] != ["Polisi"]
    # one met travels on with whoever met them
    ministers = [("Sugiono", "PERSON", "IDN", "GOV"), ("Takeshi Iwaya", "PERSON", "JPN", "GOV"),
                 ("Seoul", "PLACE", "KOR")]
    got = coded_events("Sugiono bertemu Takeshi Iwaya di Tokyo sebelum bertolak ke Seoul.", ministers)
    assert ("CONSULT", "042", "Sugiono", "IDN", "Seoul", "KOR") in got


def test_a_suspect_named_after_his_standing_or_past_diduga_is_the_doer():
    actors = [("Polres Bogor", "ORG", "IDN", "COP"), ("Budi Santoso", "PERSON", "IDN")]
    got = coded_events("Polres Bogor menyelidiki dugaan pencabulan yang dilakukan oleh tersangka Budi Santoso.", actors)
    assert got == [("ACCUSE", "091", "Polres Bogor", "IDN", "Budi Santoso", "IDN")]
    got = coded_events("Polres Bogor menyelidiki dugaan politik uang yang diduga dilakukan oleh Budi Santoso.", actors)
    assert got == [("ACCUSE", "091", "Polres Bogor", "IDN", "Budi Santoso", "IDN")]


def test_lalu_after_a_time_word_opens_no_clause_for_a_gift_s_receiver():
    actors = [("Pemerintah Jepang", "ORG", "JPN", "GOV"), ("JICA", "ORG", "JPN", "GOV"),
              ("Pemerintah Provinsi Nusa Tenggara Timur", "ORG", "IDN", "GOV")]
    got = coded_events("Pemerintah Jepang memberikan hibah senilai 10 juta dolar AS melalui JICA pada pekan lalu "
                       "kepada Pemerintah Provinsi Nusa Tenggara Timur.", actors)
    assert [t for _, _, _, _, t, _ in got] == ["Pemerintah Provinsi Nusa Tenggara Timur"]


def test_a_subject_after_yang_kemudian_is_the_relative_clause_s():
    actors = [("Polisi", "PERSON", "IDN", "COP"), ("Budi Santoso", "PERSON", "IDN"), ("petugas", "PERSON", "IDN",
                                                                                      "COP")]
    got = coded_events("Polisi menangkap Budi Santoso yang kemudian menyerang petugas dengan pisau.", actors)
    assert [(s, t) for k, _, s, _, t, _ in got if k == "ASSAULT"] == [("Budi Santoso", "petugas")]


def test_a_verb_after_sebelum_is_the_main_clause_subject_s_act():
    actors = [("Retno", "PERSON", "IDN", "GOV"), ("PBB", "ORG", None, "IGO"), ("Jenewa", "PLACE", "CHE"),
              ("Paris", "PLACE", "FRA")]
    got = coded_events("Retno mengunjungi Kantor PBB di Jenewa sebelum bertolak ke Paris.", actors)
    assert ("CONSULT", "042", "Retno", "IDN", "Paris", "FRA") in got
    # but a person named as the object made the journey
    host = [("Jokowi", "PERSON", "IDN", "GOV"), ("Fumio Kishida", "PERSON", "JPN", "GOV"),
            ("Malaysia", "PLACE", "MYS")]
    got = coded_events("Jokowi menerima Fumio Kishida di Istana Bogor setelah berkunjung ke Malaysia.", host)
    assert ("CONSULT", "042", "Fumio Kishida", "JPN", "Malaysia", "MYS") in got
    # … and a law act after "sebelum"; but after "ketika" the clause may be the object's
    law = [("Kejari Soe", "ORG", "IDN", "JUD")]  # (the witnesses and the accused: groups the stage reads)
    got = coded_events("Kejari Soe memeriksa 27 saksi sebelum menetapkan kedua terdakwa sebagai tersangka.", law)
    assert ("ACCUSE", "1121", "Kejari Soe", "IDN", "kedua terdakwa", "IDN") in got
    council = [("guru honorer", "PERSON", "IDN", "EDU"), ("DPRD Dompu", "ORG", "IDN", "LEG")]
    got = coded_events("Ratusan guru honorer menggedor kantor DPRD Dompu ketika sedang menggelar rapat paripurna.",
                       council)
    assert [row for row in got if row[0] == "CONSULT" and row[2] == "guru honorer"] == []
    # a noun after "saat" has no subject carried to it
    held = [("Polda Metro Jaya", "ORG", "IDN", "COP"), ("14 mahasiswa", "PERSON", "IDN", "EDU")]
    got = coded_events("Polda Metro Jaya membebaskan 14 mahasiswa yang sempat diamankan saat demonstrasi "
                       "menolak revisi UU Pilkada.", held)
    assert [row for row in got if row[0] == "PROTEST" and row[2] == "Polda Metro Jaya"] == []


def test_a_village_s_people_named_with_the_kind_of_area_are_one_actor():
    actors = [("Muara Kaman", "PLACE", "IDN"), ("PT Mahakam Sumber Energi", "ORG", "IDN", "BUS")]
    got = coded_events("Warga Desa Muara Kaman Ulu memblokade jalan angkutan batu bara milik PT Mahakam Sumber "
                       "Energi.", actors)
    assert got == [("PROTEST", "144", "Warga Desa Muara Kaman Ulu", "IDN", "PT Mahakam Sumber Energi", "IDN")]
    # a weekday after the village's name is no word of it
    got = coded_events("Warga Desa Muara Kaman Selasa lalu memblokade jalan angkutan batu bara milik PT Mahakam "
                       "Sumber Energi.", actors)
    assert got[0][2] == "Warga Desa Muara Kaman"


def test_a_mediation_between_parties_left_unnamed_and_a_claim_not_recognised():
    regent = [("Ahmad Fauzan Rizqi", "PERSON", "IDN", "GOV")]
    assert coded_events("Ahmad Fauzan Rizqi turun tangan memediasi kedua belah pihak.", regent) == [
        ("CONSULT", "045", "Ahmad Fauzan Rizqi", "IDN", None, "IDN")]
    states = [("Indonesia", "PLACE", "IDN"), ("China", "PLACE", "CHN")]
    assert coded_events("Indonesia tidak mengakui klaim sepihak China atas wilayah itu.", states) == [
        ("REJECT", "120", "Indonesia", "IDN", "China", "CHN")]


def test_a_joint_team_in_a_story_of_the_law_is_that_law_body():
    actors = [("BNNP Jawa Tengah", "ORG", "IDN", "COP"), ("RS", "PERSON", "IDN")]
    got = coded_events("BNNP Jawa Tengah menyelidiki peredaran sabu.\nPetugas gabungan menyergap seorang anak buah "
                       "kapal berinisial RS di pelabuhan.", actors)
    assert ("COERCE", "173", "BNNP Jawa Tengah", "IDN", "RS", "IDN") in got


def test_an_inspection_of_a_site_is_a_visit_a_plan_reviewed_is_none():
    governor = [("Arifuddin Tahir", "PERSON", "IDN", "GOV")]
    assert coded_events("Arifuddin Tahir meninjau posko pengungsian di Kecamatan Kalukku.", governor) == [
        ("CONSULT", "042", "Arifuddin Tahir", "IDN", None, "IDN")]
    assert coded_events("Arifuddin Tahir meninjau ulang rencana pembangunan jembatan.", governor) == []
    assert coded_events("Arifuddin Tahir meninjau rencana anggaran tahun depan.", governor) == []
    assert coded_events("Arifuddin Tahir meninjau rencana pembangunan jembatan itu.", governor) == []


def test_an_office_addressed_with_an_honorific_acts():
    assert coded_events("Bapak Presiden meminta para menteri melakukan konsolidasi data.", []) == [
        ("REQUEST", "100", "Presiden", "IDN", "para menteri", "IDN")]
    # a name after the office is still the one acting
    minister = [("Sri Mulyani", "PERSON", "IDN", "GOV"), ("DPR", "ORG", "IDN", "LEG")]
    assert coded_events("Bapak Menteri Keuangan Sri Mulyani meminta DPR menyetujui anggaran.", minister) == [
        ("REQUEST", "100", "Sri Mulyani", "IDN", "DPR", "IDN")]
