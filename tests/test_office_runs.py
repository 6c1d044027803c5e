"""Offices and places the title grammar leaves half read (session 29), on sentences written for
these tests: an office whose body the gazetteer does not know, an editor's bracket round an
office and name, a rank's corps, a town after "Wali Kota", and a town written with and without
its kind of area."""

from __future__ import annotations

from tests.documents import build
from tests.test_title_runs import people
from warta.stages.entities import Entities


def entities(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.type, e.name, e.aliases) for e in Entities()(build(text)).entities]


def test_an_office_keeps_its_run_though_a_word_of_its_body_is_unknown():
    assert people("Anggota Bapemperda Andi Rahmat Salam menyampaikan pandangan fraksinya.") == [
        ("Andi Rahmat Salam", [], "Anggota Bapemperda")]
    assert people("Wakil Ketua DPRD dari Fraksi Golkar, Yusuf Ramli, menolak usulan itu.") == [
        ("Yusuf Ramli", [], "Wakil Ketua DPRD dari Fraksi Golkar")]


def test_an_editors_bracket_round_an_office_and_name_is_no_part_of_the_title():
    assert people('"Kami ikuti arahan Bapak Kadis (Sosial Yusuf Ramli)," ujarnya.')[0][2] == "Kadis Sosial"


def test_the_corps_after_a_rank_names_no_body():
    assert entities("Kepala Basarnas Marsdya TNI Hendra Wijaya meninjau lokasi.") == [
        ("ORG", "Basarnas", []), ("PERSON", "Hendra Wijaya", [])]


def test_the_town_after_wali_kota_or_kepala_desa_is_the_place_and_one_place_however_written():
    assert [e for e in entities("Wali Kota Kendari, Rudi Hartono, meninjau pasar.") if e[0] == "PLACE"] == [
        ("PLACE", "Kendari", [])]
    assert [e for e in entities("Kepala Desa Sukamaju, Dadang Hidayat, mengundurkan diri.") if e[0] == "PLACE"] == [
        ("PLACE", "Sukamaju", [])]
    assert entities("Banjir merendam Kota Kendari. Warga Kendari mengungsi.") == [
        ("PLACE", "Kota Kendari", ["Kendari"])]
    # a town of one name in two kinds of area is neither of them when written bare
    assert entities("Kota Bogor dan Kabupaten Bogor aman, kata warga Bogor.") == [
        ("PLACE", "Kota Bogor", []), ("PLACE", "Kabupaten Bogor", []), ("PLACE", "Bogor", [])]


def test_a_holder_after_wali_kota_with_no_such_town_is_a_person():
    assert entities("Wakil Wali Kota Armuji meninjau rumah pompa.") == [("PERSON", "Armuji", [])]
    # a village the gazetteer lacks is still a village before a comma or a name
    assert [e for e in entities("Kepala Desa Cikadongdong, Ujang Suherman, diperiksa polisi.") if e[0] == "PLACE"] == [
        ("PLACE", "Cikadongdong", [])]


def test_a_minangkabau_adat_title_after_a_name_stays_in_the_name():
    # (review: a bare "Datuk" as a title of honour broke such names)
    assert [e for e in entities("Gubernur Sumatera Barat Mahyeldi Ansharullah Datuk Marajo meninjau Padang.")
            if e[0] == "PERSON"] == [("PERSON", "Mahyeldi Ansharullah Datuk Marajo", [])]


def test_a_town_spelt_otherwise_or_a_village_after_its_office_stays_a_place():
    assert entities("Wali Kota Tanjungpinang meninjau lokasi kebakaran.") == [("PLACE", "Tanjungpinang", [])]
    assert [e[0] for e in entities("Kepala Desa Cikadongdong tersebut meninjau lokasi.")] == ["PLACE"]


def test_an_office_after_a_preposition_is_not_the_next_names():
    assert people("Di hadapan Ketua DPRD dari Fraksi Golkar, Budi Santoso menyampaikan keluhan warga.") == [
        ("Budi Santoso", [], None)]


def test_a_landmark_named_after_someone_keeps_the_namesake_past_its_kind():
    assert [e for e in entities("Pesawat mendarat di Bandara Internasional Zainuddin Abdul Madjid.")] == [
        ("PLACE", "Bandara Internasional Zainuddin Abdul Madjid", [])]


def test_a_city_code_written_as_a_word_is_a_surname():
    # "Lim" is another name of Lima (its airport's code, LIM): as a word, the surname
    found = entities('Direktur PT Duta Garmen Prima Lim Hendrawan mengakui gaji terlambat. '
                     '"Kami akan bayar," kata Lim.')
    assert ("PERSON", "Lim Hendrawan", ["Lim"]) in found and not any(e[0] == "PLACE" for e in found)


def test_a_units_short_form_in_brackets_and_its_parent_after_it_are_one_body():
    unit = "Penyidik Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Jawa Timur memeriksa saksi."
    assert entities(unit) == [
        ("ORG", "Direktorat Reserse Kriminal Khusus Polda Jawa Timur",
         ["Direktorat Reserse Kriminal Khusus", "Ditreskrimsus", "Ditreskrimsus Polda Jawa Timur"])]
    # a region after the short form: the body's short name is the short form with the region only
    assert entities("Kepolisian Daerah (Polda) Metro Jaya menahan dua orang.") == [
        ("ORG", "Kepolisian Daerah Metro Jaya", ["Polda Metro Jaya"])]
    # a body of another kind after the short form is another body
    assert [e[1] for e in entities("Rapat dengan Badan Anggaran (Banggar) DPR digelar Senin.")] == [
        "Badan Anggaran", "DPR"]


def test_a_body_named_after_someone_then_a_person_are_two():
    # "Airlangga" a name too, "Rizal" a town abroad too: the university, then the analyst
    assert entities("Pengamat perbankan Universitas Airlangga Rizal Fahmi Nugroho menilai OJK lamban.")[:2] == [
        ("ORG", "Universitas Airlangga", []), ("PERSON", "Rizal Fahmi Nugroho", [])]
    # a body named after someone in three words stays whole
    assert entities("Universitas Muhammad Husni Thamrin menggelar wisuda.") == [
        ("ORG", "Universitas Muhammad Husni Thamrin", [])]


def test_a_partys_organ_before_its_name_is_the_party_with_both_forms():
    fraksi = "Anggota Komisi III DPR dari Fraksi Partai Gerindra, Hendra Lubis, mendesak Kejaksaan Agung."
    assert entities(fraksi)[1] == (
        "ORG", "Partai Gerindra", ["Fraksi Partai Gerindra"])
    assert entities("Fraksi Golkar menolak usulan itu.") == [("ORG", "Partai Golkar", ["Fraksi Golkar", "Golkar"])]


def test_a_branch_written_with_its_short_form_before_the_region_is_named_whole():
    assert entities("Wahana Lingkungan Hidup Indonesia (Walhi) Kalimantan Tengah menuding perusahaan itu.") == [
        ("ORG", "Wahana Lingkungan Hidup Indonesia Kalimantan Tengah", ["Walhi Kalimantan Tengah", "Walhi"])]
    # a region the sentence goes on after ("Palangka Raya, Kalimantan Tengah") is where it is
    assert entities("Wahana Lingkungan Hidup Indonesia (Walhi) Kalimantan Tengah, Senin, menuding.")[0] == (
        "ORG", "Wahana Lingkungan Hidup Indonesia", ["Walhi"])
