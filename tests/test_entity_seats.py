"""The entity stage on sentences written for these tests: kinds of bodies and papers that are
no entity alone, a body named by its seat ("Kantor Pusat …", "Pimpinan Pusat …"), two people
after one title, and a given name that is also a town after the title's region."""

from __future__ import annotations

from tests.documents import build
from warta.model import Document
from warta.stages.entities import Entities


def read(text: str) -> Document:
    return Entities()(build(text))


def listed(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.name, e.title) for e in doc.entities]


def test_kinds_of_bodies_and_papers_are_no_entities():
    assert listed(read("Dana CSR dari perusahaan BUMN disalurkan lewat Lembaga Swadaya Masyarakat di Garut.")) == [
        ("PLACE", "Garut", None)]


def test_a_kind_may_stand_inside_a_title():
    assert listed(read("Wakil Menteri BUMN Kartika Wirjoatmodjo hadir di Jakarta.")) == [
        ("PERSON", "Kartika Wirjoatmodjo", "Wakil Menteri BUMN"), ("PLACE", "Jakarta", None)]


def test_a_body_s_head_office_is_the_body():
    assert listed(read("Presiden berbicara di Kantor Pusat Kejaksaan Agung pada Senin.")) == [
        ("ORG", "Kejaksaan Agung", None)]
    assert listed(read("Ia menerima Pimpinan Pusat Muhammadiyah di Senayan.")) == [
        ("ORG", "Muhammadiyah", None), ("PLACE", "Senayan", None)]


def test_a_centre_named_by_its_field_is_a_body_of_its_own():
    assert listed(read("Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar hadir.")) == [
        ("ORG", "Pusat Penerangan Hukum Kejaksaan Agung", None),
        ("PERSON", "Harli Siregar", "Kepala Pusat Penerangan Hukum Kejaksaan Agung")]


def test_two_people_after_one_title_are_two_names():
    doc = read("Rapat dipimpin Ketua DPRD Kurniawan Ramadhan dan Ismul Rahmadin.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Kurniawan Ramadhan", "Ketua DPRD"), ("Ismul Rahmadin", None)]


def test_a_title_that_joins_two_fields_keeps_them():
    doc = read("Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan Pratikno hadir.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Pratikno", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan")]


def test_a_given_name_that_is_a_town_abroad_opens_the_name_after_the_title_s_region():
    doc = read("Kepala Dinas Pendidikan Jawa Timur Iskandar Zulkarnain hadir.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Iskandar Zulkarnain", "Kepala Dinas Pendidikan")]


def test_a_body_named_by_the_members_it_gathers():
    assert listed(read("Aliansi Mahasiswa Bekasi dan Ikatan Dokter Indonesia menolak aturan itu.")) == [
        ("ORG", "Aliansi Mahasiswa Bekasi", None), ("ORG", "Ikatan Dokter Indonesia", None)]


def test_a_title_joining_two_offices_with_a_slash_keeps_it_as_written():
    doc = read("Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan Roeslani hadir.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Rosan Roeslani", "Menteri Investasi dan Hilirisasi/Kepala BKPM")]


def test_a_standing_in_a_case_takes_no_place_so_a_city_after_it_opens_the_name():
    doc = read("Terdakwa Vienna Varella Angeli Parinussa terbukti bersalah.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Vienna Varella Angeli Parinussa", "Terdakwa")]


def test_a_name_misspelt_by_a_doubled_letter_is_the_same_person():
    doc = read("Ketua KPU Mochammad Afifuddin hadir.\nKeputusan itu diteken Affifudin di Jakarta.")
    assert [(e.name, e.aliases) for e in doc.entities if e.type == "PERSON"] == [
        ("Mochammad Afifuddin", ["Affifudin"])]


def test_two_people_who_share_a_family_name_stay_two():
    doc = read("Perdana Menteri Anthony Albanese bertemu Francesca Albanese di Canberra.")
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["Anthony Albanese", "Francesca Albanese"]


def test_a_person_s_name_holds_no_number():
    doc = read("Tingkat kepuasan terhadap Wakil Presiden Gibran 71,4 persen.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Gibran"]


def test_a_run_of_english_words_names_no_body_unless_a_word_of_a_body_is_in_it():
    doc = read("Laporan Consumer Security Report dirilis Trade Development Center di Jakarta.")
    assert [(e.type, e.name) for e in doc.entities] == [
        ("ORG", "Trade Development Center"), ("PLACE", "Jakarta")]


def test_a_region_s_office_by_its_short_form_then_the_name():
    doc = read('"Kami tidak mungkin intervensi," kata Kepala Dikbud Kendari Saemina kepada wartawan.')
    assert [(e.type, e.name, e.title) for e in doc.entities if e.type in ("ORG", "PERSON")] == [
        ("ORG", "Dikbud Kendari", None), ("PERSON", "Saemina", "Kepala Dikbud")]


def test_an_english_word_of_a_body_s_name_is_no_part_of_the_name_after_it():
    doc = read("Manager Operasional Balboa Estate Yohanes Setiawan mengatakan perumahan itu legal.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Yohanes Setiawan", "Manager Operasional Balboa Estate")]


def test_of_a_name_the_text_misspells_the_spelling_the_actor_dictionary_knows_stands():
    doc = read("Ketua KPU Affifuddin hadir di Jakarta.\nAffifuddin menjelaskan aturan itu.\nAfifuddin menegaskan "
               "keputusan itu dibatalkan.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Afifuddin"]


def test_an_ordinal_of_the_office_stands_between_title_and_name():
    doc = read("Presiden ke-2 RI Soeharto dikenal sebagai bapak pembangunan.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [("Soeharto", "Presiden")]


def test_waka_is_the_press_s_deputy_chair():
    doc = read("Waka Komisi III DPR Sari Yuliati mengapresiasi KPK.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [("Sari Yuliati", "Waka Komisi III DPR")]


def test_a_four_word_name_after_the_title_s_town_stays_whole():
    doc = read("Kepala Seksi Intelijen Kejari Sidoarjo Jhon Rudi Yanafia Pratama mengatakan berkas sudah lengkap.")
    assert ("PERSON", "Jhon Rudi Yanafia Pratama", "Kepala Seksi Intelijen Kejari") in listed(doc)


def test_a_place_written_with_its_kind_of_area_is_the_place_at_home():
    doc = read("Kementerian Sosial bekerja sama dengan Kabupaten Karawang dan Provinsi Banten.")
    places = {e.name: e.country for e in doc.entities if e.type == "PLACE"}
    assert places == {"Kabupaten Karawang": "IDN", "Banten": "IDN"}


def test_a_name_that_is_a_word_opening_a_sentence_is_the_person_where_they_act():
    doc = read("Kapolres Wonogiri, AKBP Wahyu Sulistyo, meresmikan masjid. Wahyu pun mengapresiasi warga. "
               "Wahyu menegaskan masjid itu terbuka. Wahyu yang turun kepada nabi dibacakan.")
    wahyu = next(e for e in doc.entities if e.name == "Wahyu Sulistyo")
    assert [m.text for m in wahyu.mentions] == ["Wahyu Sulistyo", "Wahyu", "Wahyu"]


def test_a_middle_name_that_is_a_word_is_the_person_where_they_act():
    # "Iftitah" is a word (the opening prayer) and a middle name here
    doc = read("Menteri Transmigrasi M. Iftitah Sulaiman Suryanagara hadir di Jakarta.\n"
               "Iftitah mengatakan anggaran sudah cukup.")
    person = next(e for e in doc.entities if e.name == "M. Iftitah Sulaiman Suryanagara")
    assert [m.text for m in person.mentions] == ["M. Iftitah Sulaiman Suryanagara", "Iftitah"]


def test_only_a_kind_of_area_before_a_place_s_name_is_dropped_to_find_it():
    doc = read("Polisi menutup Jalan Surabaya di Menteng.")
    assert [(e.name, e.country) for e in doc.entities if e.name == "Jalan Surabaya"] == [("Jalan Surabaya", None)]


def test_a_middle_name_alone_is_the_person_even_where_no_name_list_knows_it():
    doc = read("Anggota Komisi II DPR Ahmad Doli Kurnia mempertanyakan aturan itu.\n"
               "Doli menilai aturan itu keliru.\n"
               "\"Harus dibuka,\" kata Doli di Jakarta.")
    person = next(e for e in doc.entities if e.name == "Ahmad Doli Kurnia")
    assert [m.text for m in person.mentions] == ["Ahmad Doli Kurnia", "Doli", "Doli"]
