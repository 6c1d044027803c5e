"""The title grammar (stages/titled.py) on sentences written for these tests: title | qualifier
| name, with the gazetteer's titles and places."""

from __future__ import annotations

from warta.gazetteer import gazetteer
from warta.stages.title_sectors import body_sector, title_sector
from warta.stages.titled import cued_people, titled_people
from warta.stages.tokens import tokenize


def people(sentence: str) -> list[tuple[str, str, str | None]]:
    words = [t.text for t in tokenize(sentence)]
    return [(" ".join(words[p.start:p.end]), p.type, p.title)
            for p in titled_people(words, gazetteer().spans(words))]


def test_a_long_title_keeps_its_field_and_leaves_the_name_whole():
    assert people("Menteri Koordinator Bidang Pemberdayaan Masyarakat Rahmat Hidayat Pulungan hadir.") == [
        ("Rahmat Hidayat Pulungan", "PERSON", "Menteri Koordinator Bidang Pemberdayaan Masyarakat")]


def test_the_body_in_a_title_becomes_an_organisation():
    assert people("Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Banten Rina Dewiyanti datang.") == [
        ("Rina Dewiyanti", "PERSON", "Kepala Badan Pengelola Keuangan dan Aset Daerah"),
        ("Badan Pengelola Keuangan dan Aset Daerah", "ORG", None)]


def test_a_given_name_that_is_also_a_word_stays_in_the_name():
    assert people("Hal itu diungkapkan Sekretaris Kementerian Pariwisata Bayu Aji.") == [
        ("Bayu Aji", "PERSON", "Sekretaris Kementerian Pariwisata")]
    assert people("Menteri Pariwisata (Menpar) Widiyanti Putri Wardhana berkata.")[0][0] == "Widiyanti Putri Wardhana"


def test_a_country_qualifies_the_title_and_a_town_name_can_be_a_given_name():
    assert people("Menteri Luar Negeri AS Antony Blinken tiba.") == [
        ("Antony Blinken", "PERSON", "Menteri Luar Negeri")]


def test_an_abbreviated_title_and_its_body():
    assert people("kata Kapuspenkum Kejagung Anang Supriatna kepada wartawan") == [
        ("Anang Supriatna", "PERSON", "Kapuspenkum Kejagung")]


def test_a_short_form_in_brackets_is_no_name_and_a_lower_case_title_opens_nothing():
    assert people("Mahasiswa Baru Universitas Airlangga (Unair) mendaftar.") == []
    assert people("para menteri Kabinet Merah Putih") == []


def test_a_title_after_and_is_no_name():
    assert people("Presiden dan Wakil Presiden hadir.") == []


def test_sectors_from_the_title_head_or_the_body_it_names():
    assert title_sector("Menteri Koordinator Bidang Pemberdayaan Masyarakat") == "GOV"
    assert title_sector("Sekretaris Kementerian Pariwisata") == "GOV"
    assert title_sector("Kasat Reskrim Polres Bogor") == "COP"
    assert body_sector("DPRD Banten") == "LEG"
    assert body_sector("Kejaksaan Negeri Kuningan") == "JUD"


def test_a_short_name_ending_a_sentence_is_no_abbreviation():
    assert [t.text for t in tokenize("oleh Bayu Aji. Dia")][-3:] == ["Aji", ".", "Dia"]
    assert [t.text for t in tokenize("kata Dr. Budi")][1] == "Dr."


def test_a_short_form_in_brackets_and_a_comma_before_the_name_stay_out_of_the_title():
    assert people("Sekretaris Daerah (Sekda) Kabupaten Cirebon Hendra Nirmala menegaskan.") == [
        ("Hendra Nirmala", "PERSON", "Sekretaris Daerah")]
    assert people("Wakil Menteri Sosial (Wamensos) RI, Agus Jabo Priyono menyampaikan")[0][:3:2] == (
        "Agus Jabo Priyono", "Wakil Menteri Sosial")


def test_a_nickname_in_brackets_closes_the_name_and_a_plain_word_between_names_stays():
    assert people("Direktur Utama Bank Mega Syariah Yuwono Waluyo (Oney) hadir.")[0][0].endswith("Yuwono Waluyo")
    assert people("Kepala Seksi Intelijen Brian Kukuh Mediarto memaparkan.")[0][:3:2] == (
        "Brian Kukuh Mediarto", "Kepala Seksi Intelijen")


def test_a_town_after_a_city_word_is_the_city_s_not_the_name_s():
    assert people("kata Kepala Dinas Penanaman Modal (DPMPTSP) Kota Mataram Amiruddin, Kamis.")[0][0] == "Amiruddin"


def test_after_the_body_in_a_title_the_rest_of_the_run_is_the_name():
    # "Wana" is an ordinary word (forest), but after the organisation only the name is left
    assert people("Kepala Divisi Hukum dan Investigasi ICW Wana Alamsyah mengatakan hal itu.") == [
        ("Wana Alamsyah", "PERSON", "Kepala Divisi Hukum dan Investigasi ICW")]
    # not after a town, which may be a false reading of a word ("Federal")
    assert [p[0] for p in people("Ketua Federal Reserve Jerome Powell menjelaskan hal itu.")] == ["Jerome Powell"]


def test_a_name_after_a_verb_of_saying_or_an_honorific_is_a_person():
    def cued(sentence: str) -> list[str]:
        words = [t.text for t in tokenize(sentence)]
        return [" ".join(words[c.start:c.end]) for c in cued_people(words, gazetteer().spans(words))]

    assert cued("Ini menambah bahan kajian kita, kata Arse setelah menerima audiensi.") == ["Arse"]
    assert cued("Saya sudah bilang sama Pak Rosan (CEO Danantara).") == ["Pak Rosan"]
    assert cued("Hal itu penting, ujar Kapolres dalam keterangannya.") == []  # a title, not a name
    assert cued("Situasi aman, kata Kemlu.") == []  # a body
    assert cued("Ada ajang bernama Tiramisu World Cup 2025 di Italia.") == []


def test_a_given_name_that_is_a_town_abroad_opens_the_name_after_a_short_form_or_a_field():
    # "Fajar" and "Ali" are towns in the gazetteer (Singapore, India); here they open names
    assert people("Hal itu disampaikan Direktur Utama KBIX Fajar Hidayatno di Jakarta.") == [
        ("Fajar Hidayatno", "PERSON", "Direktur Utama KBIX")]
    assert people("Menurut Kepala Riset Ali Rahmat Susilo, angka itu naik.")[0][:2] == ("Ali Rahmat Susilo", "PERSON")


def test_an_office_runs_on_over_an_academic_prefix_to_the_name():
    assert people("Direktur Utama Bank Sejahtera, Prof. Ali Rahmat Susilo, menjelaskan rencana itu.")[0] == (
        "Ali Rahmat Susilo", "PERSON", "Direktur Utama Bank Sejahtera")
    assert people("Kata Direktur Penyakit Menular Kemenkes RI dr Rina Wulandari di Jakarta.")[0] == (
        "Rina Wulandari", "PERSON", "Direktur Penyakit Menular Kemenkes")


def test_two_offices_joined_by_sekaligus_are_one_person_s_title():
    assert people("Hal itu disampaikan Ketua MPR sekaligus Ketua Dewan Pembina Partai Hijau Rudi Hartanto.")[0] == (
        "Rudi Hartanto", "PERSON", "Ketua MPR sekaligus Ketua Dewan Pembina Partai Hijau")


def test_a_town_written_in_lower_case_is_a_word_that_ends_the_run():
    # "ada" is also a town somewhere ("Ada"); written in lower case it is the verb after the name
    assert people("Asisten Pidana Khusus (Aspidsus) Kejati Lampung, Rudi Wijaya ada di lokasi.")[0][:2] == (
        "Rudi Wijaya", "PERSON")


def test_a_town_abroad_right_after_a_whole_title_opens_a_two_word_name():
    # "Perry" is a town in the United States and a given name; "Chelsea" before a three-word run
    # is the club's
    assert people("Gubernur Bank Indonesia Perry Warjiyo menurunkan suku bunga.")[0] == (
        "Perry Warjiyo", "PERSON", "Gubernur Bank Indonesia")
    assert people("Pelatih Chelsea Enzo Maresca hadir.")[0][0] == "Enzo Maresca"


def test_a_title_s_run_before_a_demonstrative_is_a_description():
    assert people("Pengemudi Pajero itu juga telah membuat video klarifikasi.") == []


def test_academic_prefixes_stack_and_a_hospital_s_namesake_is_no_one():
    assert people("Kepala Dinas Kesehatan, Dr. dr. Rina Wulandari, menjelaskan data itu.")[0] == (
        "Rina Wulandari", "PERSON", "Kepala Dinas Kesehatan")
    assert people("Menteri Kesehatan dr Rina Wulandari mengatakan vaksin aman.")[0] == (
        "Rina Wulandari", "PERSON", "Menteri Kesehatan")
    assert not [p for p in people("Direktur RSUD dr Soetomo mengatakan pasien sudah pulang.") if p[0] == "Soetomo"]


def test_an_indonesian_town_after_a_short_form_stays_the_town():
    assert people("Kepala BPBD Bima Ahmad Yani mengatakan banjir surut.")[0][0] == "Ahmad Yani"


def test_a_second_office_right_before_the_name_stays_in_the_title():
    assert people("Menteri Pertahanan sekaligus Ketua Dewan Pembina Rudi Hartanto hadir.")[0] == (
        "Rudi Hartanto", "PERSON", "Menteri Pertahanan sekaligus Ketua Dewan Pembina")


def test_a_lower_case_office_keeps_its_lower_case_field():
    assert people("Menurut pengamat politik Rudi Hartanto, hal itu wajar.") == [
        ("Rudi Hartanto", "PERSON", "pengamat politik")]
    assert people("Hal itu disampaikan pakar hukum tata negara Rudi Hartanto di Jakarta.")[0][2] == (
        "pakar hukum tata negara")
    # a function word or a verb ends the field: no office then
    assert people("Kata pengamat dari Universitas Indonesia Rudi Hartanto.") == []


def test_after_the_body_s_short_form_the_rest_is_the_name_though_its_first_word_is_a_word():
    assert people("Research & Analytics Manager KIC Satria Triputra Wisnumurti menjelaskan hasil survei.")[0][:2] == (
        "Satria Triputra Wisnumurti", "PERSON")
