"""Titles that open a sentence with their field in lower case, forms of address before a title,
and police and military offices written before a rank (session 18), on sentences of my own."""

from __future__ import annotations

from tests.test_title_runs import people
from warta.model import RawRecord
from warta.pipeline import default_pipeline


def test_an_office_opening_a_sentence_keeps_its_lower_case_field():
    assert people("Pengamat politik Yudha Prasetya mengatakan hal itu.") == [
        ("Yudha Prasetya", [], "Pengamat politik")]
    # ordinary people are no office, whatever follows them
    assert people("Warga sekitar Yudha Prasetya mengatakan hal itu.") == [("Yudha Prasetya", [], None)]


def test_a_form_of_address_before_a_title_is_no_part_of_it():
    assert people("Pak Menteri Pertanian Hendra Kusuma hadir di Bogor.") == [
        ("Hendra Kusuma", [], "Menteri Pertanian")]
    assert people("Menurut Bu Ratna, program itu berhasil.") == [("Ratna", [], None)]


def test_a_deputy_police_chief_and_an_army_spokesman_keep_their_office_and_rank():
    assert people("Wakapolres Kompol Dedi Santoso mengatakan hal itu.") == [
        ("Dedi Santoso", [], "Wakapolres")]
    assert people("Kapuspen TNI Brigjen Marinir Heru Wibisono mengatakan hal itu.") == [
        ("Heru Wibisono", [], "Kapuspen TNI Brigjen Marinir")]


def test_after_an_office_naming_its_ministry_a_name_with_an_ordinary_word_is_whole():
    # (session 19) "tom" is indigo: a word of a name all the same after "Mendag"
    assert people("Mantan Mendag Tom Wiranata didakwa merugikan negara.") == [("Tom Wiranata", [], "Mendag")]
    assert people("Menteri Perdagangan Tom Wiranata hadir di Bogor.") == [
        ("Tom Wiranata", [], "Menteri Perdagangan")]


def test_a_name_whose_words_open_towns_abroad_follows_the_city_an_office_serves():
    # (session 19) "Wong", "Sen" open towns in Hong Kong and China, and Chinese-Indonesian names
    assert people("Ketua DPRD Kota Medan Wong Chun Sen hadir di Medan.") == [("Wong Chun Sen", [], "Ketua DPRD")]
    assert people("Kapolres Bogor Wong Chun Sen hadir di Bogor.") == [("Wong Chun Sen", [], "Kapolres")]


def test_a_particle_before_a_town_s_name_keeps_it_in_the_person_s_name():
    # (session 19) Fátima is a town in Portugal; after "de" it is a word of the name
    assert people("Menteri Luar Negeri Timor Leste Maria de Fatima Soares tiba di Kupang.") == [
        ("Maria de Fatima Soares", [], "Menteri Luar Negeri")]


def test_a_balinese_title_after_a_comma_opens_a_five_word_name():
    # (session 19) "Anak" and "Agung" are also places somewhere; the name has five words
    assert people("Ketua DPRD Kabupaten Badung, Anak Agung Ngurah Oka Widana, memimpin rapat paripurna.") == [
        ("Anak Agung Ngurah Oka Widana", [], "Ketua DPRD")]


def test_a_deputy_minister_naming_the_ministry_keeps_a_name_with_an_ordinary_word():
    assert people("Wakil Menteri Perdagangan Tom Wiranata hadir di Bogor.") == [
        ("Tom Wiranata", [], "Wakil Menteri Perdagangan")]


def test_a_coordinating_minister_s_field_stays_in_the_title():
    # (session 19) "Menteri Koordinator" is a head whose field follows, not a whole office
    assert people("Menteri Koordinator Perekonomian Arya Hartanto menggelar rapat.") == [
        ("Arya Hartanto", [], "Menteri Koordinator Perekonomian")]


def test_a_name_set_off_by_commas_is_whole_though_its_words_are_a_town_and_a_word():
    # (session 20) "Dalung" is a town in the gazetteer and "Ajang" an ordinary word
    assert people("Polres Kutai memeriksa Sekda, Petrus Dalung Ajang, sebagai saksi.") == [
        ("Petrus Dalung Ajang", [], "Sekda")]
    assert people("Polres Kutai memeriksa Sekretaris Daerah Kabupaten Kutai Barat, Petrus Dalung Ajang, kemarin.") == [
        ("Petrus Dalung Ajang", [], "Sekretaris Daerah")]


def test_a_whole_office_takes_no_town_before_its_holder():
    # (session 20) "Amran" is a town in Yemen; a ministry's office is whole before the name
    assert people("Menteri Pertanian Amran Hartono meninjau sawah di Karawang.") == [
        ("Amran Hartono", [], "Menteri Pertanian")]


def test_initials_in_brackets_close_a_name_set_off_by_a_comma():
    # (session 20) the press's initials for a name after it do not undo the apposition
    assert people("Laporan itu dibuat oleh Mantan Gubernur Jawa Barat, Rudi Kurniawan (RK).") == [
        ("Rudi Kurniawan", ["RK"], "Gubernur")]
    # a company's short form in brackets inside a title is no one's initials
    assert people("Direktur PT Prima Global Baverindo (PGB) Mustika Aji Jaya Binangun hadir di Bogor.") == [
        ("Mustika Aji Jaya Binangun", [], "Direktur PT Prima Global Baverindo")]


def test_in_a_list_of_officials_each_comma_closes_a_holder_before_the_next_office():
    # session 21: the next office after a comma opens another run, whatever the name's words
    assert people("Hadir Kepala Dinas Pangan Rudi Hartono, Wakil Menteri Kelautan dan Perikanan Didit Herdiawan, "
                  "Direktur Utama Bank Jateng Andi Wijaya.") == [
        ("Rudi Hartono", [], "Kepala Dinas Pangan"),
        ("Didit Herdiawan", [], "Wakil Menteri Kelautan dan Perikanan"),
        ("Andi Wijaya", [], "Direktur Utama Bank Jateng")]


def test_words_saying_when_an_office_was_held_stand_before_its_holder_s_comma():
    assert people("Kebijakan itu dibuat Bupati Kuantan Singingi saat itu, Sukardi Rahman.") == [
        ("Sukardi Rahman", [], "Bupati")]
    assert people("Kritik datang dari anggota Komisi II DPR lainnya, Dedi Sitorus.") == [
        ("Dedi Sitorus", [], "anggota Komisi II DPR")]
    # a rank or an academic prefix may open the name after the comma
    assert people("Kapolres Bogor saat itu, AKBP Rio Wahyu, memimpin penangkapan.") == [
        ("Rio Wahyu", [], "Kapolres")]


def test_a_captain_s_prefix_is_no_person():
    # the whole pipeline: the model reads "Capt" as a name of its own
    doc = default_pipeline()(RawRecord(input="t", text="Sementara itu, Direktur Utama AirNav Indonesia, Capt. Avi "
                                       "Rianto Suratno menambahkan, acara itu sukses.", format="text", layout="body"))
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Avi Rianto Suratno"]


def test_the_word_after_bidang_is_the_field_of_the_office_not_a_name():
    # (session 27) a one-word field was read as the holder's first name
    assert people("Menteri Koordinator Bidang Pangan Hendra Kusuma meninjau gudang Bulog.") == [
        ("Hendra Kusuma", [], "Menteri Koordinator Bidang Pangan")]
    assert people("Deputi Bidang Koordinasi Rudi Hartanto hadir di Bogor.") == [
        ("Rudi Hartanto", [], "Deputi Bidang Koordinasi")]
    # (review, session 27) a given name after "Bidang" stays the name's
    assert people("Menurut Kepala Bidang Budi Santoso, anggaran sudah cair.") == [("Budi Santoso", [], "Kepala Bidang")]


def test_an_office_holder_addressed_by_title_alone_is_no_person():
    # (session 27) "Pak Menko Pangan": the title after the form of address was read as a name
    assert people("Menteri Koordinator Bidang Pangan Hendra Kusuma meninjau gudang Bulog. Kami bekerja di "
                  "bawah koordinasi Pak Menko Pangan dan Bu Menteri.") == [
        ("Hendra Kusuma", [], "Menteri Koordinator Bidang Pangan")]


def _countries(text: str) -> list[tuple[str, str | None]]:
    from tests.documents import build
    from warta.stages.entities import Entities
    return [(e.name, e.country) for e in Entities()(build(text)).entities if e.type == "PERSON"]


def test_an_envoy_s_office_runs_on_over_the_country_it_serves_to_the_name():
    # (session 27) "untuk Indonesia" stopped the title: the envoy was not read at all
    assert people("Duta Besar Korea Selatan untuk Indonesia Lee Sang Deok mengunjungi Bandung.") == [
        ("Lee Sang Deok", [], "Duta Besar")]
    # the envoy is of the country before "untuk", not of the one served
    assert _countries("Duta Besar Korea Selatan untuk Indonesia Lee Sang Deok mengunjungi Bandung.") == [
        ("Lee Sang Deok", "KOR")]
    assert _countries("Duta Besar RI untuk Malaysia Hendra Kusuma menemui para pekerja migran.") == [
        ("Hendra Kusuma", "IDN")]
    # set off by commas, the same
    assert _countries("Duta Besar Korea Selatan untuk Indonesia, Lee Sang Deok, mengunjungi Bandung.") == [
        ("Lee Sang Deok", "KOR")]


def test_a_name_with_two_particles_after_an_office_is_whole():
    assert people("Duta Besar Belanda Maarten van den Berg menyerahkan arsip kolonial.") == [
        ("Maarten van den Berg", [], "Duta Besar")]


def test_two_suspects_named_by_initials_are_two_people_not_a_hospital():
    # (session 27) "RS" opened a hospital's name ("RS dan MN", an organisation)
    assert people("Polisi menangkap tersangka berinisial RS dan MN di Depok.") == [("RS", [], None), ("MN", [], None)]


def test_a_comma_right_after_an_office_closes_it_before_a_name_whose_word_looks_derived():
    # (session 28) "Rosan" parses as a derived word ("ros" + "-an"); after "Menteri Pertanian,"
    # it is the holder's given name all the same
    assert people("Menteri Pertanian, Rosan Wibisana, meninjau sawah di Karawang.") == [
        ("Rosan Wibisana", [], "Menteri Pertanian")]
    assert people("Menteri Investasi dan Hilirisasi, Rosan Wibisana, bertemu investor.") == [
        ("Rosan Wibisana", [], "Menteri Investasi dan Hilirisasi")]
