"""Requests, denials and meetings told in ways new to the lexicon in session 23, on Documents built
by hand: an instruction passed on "untuk" a verb, urging with the one urged unnamed (and
"mendesak" as an adjective, which urges no one), a change of policy demanded of no one named, a
denial by "menampik", an obligation laid on someone ("mewajibkan"), a meeting or a lobby of a
body, and a noun of people pointed at by a demonstrative acting ("Pria itu …")."""

from __future__ import annotations

from tests.test_event_reading import coded

MINISTRY = [("Kementerian PANRB", "ORG", "IDN"), ("Otorita IKN", "ORG", "IDN")]


def test_an_instruction_passed_on_for_someone_to_act_asks_them():
    assert coded("Kementerian PANRB telah menyampaikan kepada Otorita IKN untuk menyusun kriteria prioritas.",
                 MINISTRY) == [("REQUEST", "100", "Kementerian PANRB", "IDN", "Otorita IKN", "IDN")]
    # past an adverb: "untuk serius bekerja menegakkan keadilan"
    assert coded("Ketua MA Sunarto menekankan kepada para hakim untuk serius bekerja menegakkan keadilan.",
                 [("Sunarto", "PERSON", "IDN")]) == [("REQUEST", "100", "Sunarto", "IDN", "para hakim", "IDN")]


def test_what_is_told_with_a_purpose_inside_it_asks_nothing():
    # a purpose named by a noun, a purpose after the thing told, or one past "bahwa", is what was told
    assert coded("Bupati Garut Rahmat Hidayat menyampaikan kepada DPRD Garut hasil kajian untuk memindahkan pusat "
                 "pemerintahan.", [("Rahmat Hidayat", "PERSON", "IDN"), ("DPRD Garut", "ORG", "IDN")]) == []
    assert coded("Kementerian PANRB menyampaikan kepada Otorita IKN hasil kajian untuk pemindahan ibu kota.",
                 MINISTRY) == []
    assert coded("Mia Lestari menegaskan kepada Rika Handayani bahwa dirinya siap menjadi saksi untuk membongkar "
                 "kasus itu.", [("Mia Lestari", "PERSON", "IDN"), ("Rika Handayani", "PERSON", "IDN")]) == []
    # the one asked to tell is asked, not telling ("meminta mereka untuk menyampaikan kepada publik")
    assert coded("Gubernur Pramudya Santosa akan meminta mereka untuk menyampaikan kepada publik.",
                 [("Pramudya Santosa", "PERSON", "IDN")]) == []


def test_urging_with_the_one_urged_unnamed_is_a_request_and_urgent_needs_urge_no_one():
    assert coded("Para wali murid SDN Sukamaju mendesak evaluasi menyeluruh terhadap penyedia makanan.",
                 [("SDN Sukamaju", "ORG", "IDN")]) == [
        ("REQUEST", "1042", "Para wali murid SDN Sukamaju", "IDN", None, "IDN")]
    assert coded("Serikat Buruh Mandiri menuntut pencabutan aturan itu.",
                 [("Serikat Buruh Mandiri", "ORG", "IDN")]) == [
        ("REQUEST", "1042", "Serikat Buruh Mandiri", "IDN", None, "IDN")]
    # an improvement demanded of no one named may be anyone's own work ("menuntut perbaikan performa")
    assert coded("Serikat Buruh Mandiri menuntut perbaikan sistem upah.",
                 [("Serikat Buruh Mandiri", "ORG", "IDN")]) == []
    # the verb after anything but a noun it qualifies or a word of degree ("…, serta mendesak polisi
    # …", "dalam aksinya mendesak DPR …", "pada Rabu mendesak …")
    assert coded("Dedi Kurnia menuntut ganti rugi Rp 100 juta, serta mendesak polisi menghentikan penyidikan.",
                 [("Dedi Kurnia", "PERSON", "IDN")]) == [("REQUEST", "100", "Dedi Kurnia", "IDN", "polisi", "IDN")]
    assert coded("Para mahasiswa dalam aksinya mendesak DPR membatalkan RUU Penyiaran.", [("DPR", "ORG", "IDN")]) == [
        ("REQUEST", "100", "Para mahasiswa", "IDN", "DPR", "IDN")]
    assert coded("DPRD Garut yang mendesak pemerintah menunda kebijakan itu akhirnya didengar.",
                 [("DPRD Garut", "ORG", "IDN")]) == [("REQUEST", "100", "DPRD Garut", "IDN", "pemerintah", "IDN")]
    # the adjective after "dan" or "yang" with no one urged
    assert coded("Bupati Garut Rahmat Hidayat menilai perbaikan jalan itu penting dan mendesak.",
                 [("Rahmat Hidayat", "PERSON", "IDN")]) == []
    # "mendesak" as an adjective after a noun
    assert coded("Wakil Menteri Haikal Rasyid memaparkan kebutuhan mendesak Indonesia akan pasokan daging.",
                 [("Haikal Rasyid", "PERSON", "IDN"), ("Indonesia", "PLACE", "IDN")]) == []


def test_a_denial_by_menampik_rejects_the_claim():
    assert coded("Direktur PT Sinar Kencana Rudi Hartono menampik tudingan penggelapan itu.",
                 [("PT Sinar Kencana", "ORG", "IDN"), ("Rudi Hartono", "PERSON", "IDN")]) == [
        ("REJECT", "120", "Rudi Hartono", "IDN", None, "IDN")]


def test_an_obligation_laid_on_someone_named_is_a_request_and_on_a_practice_none():
    assert coded("Presiden Prabowo Subianto mewajibkan para menteri memakai mobil buatan dalam negeri.",
                 [("Prabowo Subianto", "PERSON", "IDN")]) == [
        ("REQUEST", "100", "Prabowo Subianto", "IDN", "para menteri", "IDN")]
    assert coded("Pemerintah Kota Bogor mewajibkan penggunaan helm.", [("Pemerintah Kota Bogor", "ORG", "IDN")]) == []


def test_a_body_met_or_lobbied_is_met_and_a_topic_discussed_or_a_place_met_at_is_not():
    bodies = [("Pemprov NTB", "ORG", "IDN"), ("Kementerian Keuangan", "ORG", "IDN")]
    assert coded("Pemprov NTB menemui Kementerian Keuangan di Jakarta.", bodies) == [
        ("CONSULT", "040", "Pemprov NTB", "IDN", "Kementerian Keuangan", "IDN")]
    # a lobby planned is an intent to meet
    assert coded("Pemprov NTB berencana melobi Kementerian Keuangan untuk menambah dana.", bodies) == [
        ("AGREE", "036", "Pemprov NTB", "IDN", "Kementerian Keuangan", "IDN")]
    assert coded("Menteri ESDM Bahar Lubis bertemu di kantor DPP Partai Golkar, Jakarta.",
                 [("Bahar Lubis", "PERSON", "IDN"), ("DPP Partai Golkar", "ORG", "IDN")]) == []
    assert coded("Dinas Kesehatan Bogor membahas anggaran RSUD Cibinong.",
                 [("Dinas Kesehatan Bogor", "ORG", "IDN"), ("RSUD Cibinong", "ORG", "IDN")]) == []


def test_a_noun_of_people_pointed_at_by_a_demonstrative_acts():
    assert coded("Pria itu memperkosa seorang remaja di Karo.", [("Karo", "PLACE", "IDN")]) == [
        ("ASSAULT", "1821", "Pria", "IDN", "seorang remaja", "IDN")]
    # alone, "pria" names no one: a man in general
    assert coded("Pria memperkosa seorang remaja di Karo.", [("Karo", "PLACE", "IDN")]) == []
