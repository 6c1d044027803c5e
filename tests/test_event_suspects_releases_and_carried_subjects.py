"""Events on Documents built by hand (session 38): the one whose suspected act a report or an
inquiry names after "oleh"/"yang dilakukan" is its target; people held and let go are released;
a riot needs no one it faces; a kick is an assault; undertaking to pay is a pledge; urging that
something be done asks someone, if unnamed; a gift's receiver past a long list of goods; a verb
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


def test_people_held_and_let_go_are_released_by_the_law():
    actors = [("Polres Buleleng", "ORG", "IDN", "COP"), ("Enam mahasiswa", "PERSON", "IDN", "EDU")]
    got = coded_events("Polres Buleleng menangkap enam mahasiswa.\nEnam mahasiswa itu akhirnya dilepaskan pada "
                       "Senin malam.", actors)
    assert ("RETREAT", "0841", "Polres Buleleng", "IDN", "Enam mahasiswa", "IDN") in got
    # shots fired and hatchlings let go are no release
    assert coded_events("Ratusan tukik dilepaskan ke laut.", actors) == []
    shots = coded_events("Polres Buleleng melepaskan tembakan peringatan.", actors)
    assert [row for row in shots if row[1] == "0841"] == []


def test_a_riot_needs_no_one_it_faces_and_a_kick_is_an_assault():
    actors = [("Mahasiswa", "PERSON", "IDN", "EDU"), ("DPRD Kabupaten Lebak", "ORG", "IDN", "LEG")]
    assert coded_events("Mahasiswa membakar ban bekas di depan gerbang kantor DPRD Kabupaten Lebak.", actors) == [
        ("PROTEST", "145", "Mahasiswa", "IDN", None, "IDN")]
    police = [("Seorang anggota polisi", "PERSON", "IDN", "COP"), ("mahasiswa", "PERSON", "IDN", "EDU")]
    assert coded_events("Seorang anggota polisi menendang mahasiswa saat kericuhan.", police)[0][:5] == (
        "ASSAULT", "182", "Seorang anggota polisi", "IDN", "mahasiswa")


def test_undertaking_to_pay_is_a_pledge_and_urging_that_something_be_done_asks():
    firm = [("PT Sinar Busana", "ORG", "IDN", "BUS")]
    assert coded_events("PT Sinar Busana menyanggupi membayar seluruh gaji secara bertahap.", firm) == [
        ("AGREE", "030", "PT Sinar Busana", "IDN", None, "IDN")]
    commission = [("Komnas HAM", "ORG", "IDN", "GOV")]
    assert coded_events("Komnas HAM mendorong regulasi yang belum selaras agar diperbaiki.", commission) == [
        ("REQUEST", "100", "Komnas HAM", "IDN", None, "IDN")]
    # a process pushed along asks no one
    assert coded_events("Komnas HAM mendorong pertumbuhan ekonomi agar tetap stabil.", commission) == []


def test_a_gift_s_receiver_stands_past_a_long_list_of_goods():
    actors = [("Pemerintah Australia", "ORG", "AUS", "GOV"), ("Pemerintah Provinsi Nusa Tenggara Timur", "ORG",
                                                                "IDN", "GOV"), ("Darwin", "PLACE", "AUS")]
    got = coded_events("Pemerintah Australia mengirimkan dua pesawat dari Darwin berisi tenda, selimut, obat-obatan, "
                       "dan alat penjernih air kepada Pemerintah Provinsi Nusa Tenggara Timur.", actors)
    assert [(t, s, o) for t, _, s, _, o, _ in got] == [
        ("AID", "Pemerintah Australia", "Pemerintah Provinsi Nusa Tenggara Timur")]


def test_a_verb_after_sebelum_is_the_main_clause_subject_s_act():
    actors = [("Retno", "PERSON", "IDN", "GOV"), ("PBB", "ORG", None, "IGO"), ("Jenewa", "PLACE", "CHE"),
              ("Paris", "PLACE", "FRA")]
    got = coded_events("Retno mengunjungi Kantor PBB di Jenewa sebelum bertolak ke Paris.", actors)
    assert ("CONSULT", "042", "Retno", "IDN", "Paris", "FRA") in got
    # … and a law act after "sebelum"; but after "ketika" the clause may be the object's
    law = [("Kejari Soe", "ORG", "IDN", "JUD"), ("27 saksi", "PERSON", "IDN", "CVL"), ("kedua terdakwa", "PERSON",
                                                                                     "IDN", "CVL")]
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
