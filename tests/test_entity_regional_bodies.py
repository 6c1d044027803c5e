"""Bodies, forms of address and words regional news writes that broke names (session 31), on
sentences written for these tests: committees, dioceses and Minang and Acehnese villages opening a
body's or place's name, a body that says whom it serves before its short form, religious forms
of address with a stop, a small town abroad named as an ordinary word, and a stop after a
suspect's initials that ends the sentence."""

from __future__ import annotations

from tests.documents import build
from warta.gazetteer import gazetteer
from warta.stages.entities import Entities
from warta.stages.institutions import institutions
from warta.stages.sentences import split_sentences
from warta.stages.tokens import tokenize


def bodies(sentence: str) -> list[tuple[str, str]]:
    words = [t.text for t in tokenize(sentence)]
    return [(" ".join(words[b.start:b.end]), b.type) for b in institutions(words, gazetteer().spans(words))]


def people(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.title) for e in Entities()(build(text)).entities if e.type == "PERSON"]


def test_committees_dioceses_and_nagari_open_names():
    assert bodies("Bawaslu memanggil Ketua Panitia Pemilihan Kecamatan (PPK) Kualuh Hulu kemarin.") == [
        ("Panitia Pemilihan Kecamatan ( PPK ) Kualuh Hulu", "ORG")]
    assert bodies("Uskup Keuskupan Agats menyerukan perdamaian.") == [("Keuskupan Agats", "ORG")]
    assert bodies("Warga Nagari Salimpek menolak tambang itu.") == [("Nagari Salimpek", "PLACE")]


def test_a_body_says_whom_it_serves_before_its_short_form():
    assert bodies("Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina (UNRWA) mengecam serangan itu.") == [
        ("Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina", "ORG")]
    # a purpose in lower case, or no short form after it, is the act's, not the name's
    assert bodies("Dinas Sosial untuk korban banjir menyiapkan dapur umum.") == [("Dinas Sosial", "ORG")]
    assert bodies("Dinas Sosial untuk Warga Miskin bekerja keras.") == [("Dinas Sosial", "ORG")]


def test_religious_forms_of_address_with_a_stop_are_left_off_the_name():
    assert people("Ketua MPU Aceh, Tgk. H. Ridwan Daud, mengimbau warga tetap tenang.") == [
        ("Ridwan Daud", "Ketua MPU Aceh")]
    assert people("Uskup Keuskupan Agats, Mgr. Yohanes Kebadi, menyerukan perdamaian.") == [
        ("Yohanes Kebadi", "Uskup Keuskupan Agats")]


def test_a_small_town_abroad_named_as_an_ordinary_word_is_the_word():
    assert gazetteer().place("Sama") is None  # a Spanish town of 40,000, and another name of Sanya
    assert gazetteer().place("Roma").country == "ITA"  # a seat's Indonesian name stays
    assert gazetteer().place("Kangar").country == "MYS"  # a neighbour's small towns are news here
    assert ("Adelino Soares Ximenes", "Menteri Luar Negeri dan Kerja Sama") in people(
        "Ratna bertemu Menteri Luar Negeri dan Kerja Sama Timor-Leste Adelino Soares Ximenes di Dili.")


def test_a_stop_after_initials_ends_the_sentence_unless_a_number_follows():
    text = "Polisi menangkap dua pengedar berinisial AS dan RT. Mereka dijerat Pasal 114."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Polisi menangkap dua pengedar berinisial AS dan RT.", "Mereka dijerat Pasal 114."]
    text = "Ia tinggal di RT. 03 Kelurahan Sukajadi. Warga mengenalnya."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ia tinggal di RT. 03 Kelurahan Sukajadi.", "Warga mengenalnya."]


def bodies_and_people(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.name, e.title) for e in Entities()(build(text)).entities if e.type in ("PERSON", "ORG")]


def test_a_holders_surname_that_is_a_word_too_ends_a_long_title():
    assert people("Menteri Koordinator Bidang Politik dan Keamanan Bambang Wirawan meninjau perbatasan.") == [
        ("Bambang Wirawan", "Menteri Koordinator Bidang Politik dan Keamanan")]


def test_a_name_set_off_by_commas_after_a_title_is_a_name_whatever_its_words():
    assert people("Juru bicara Kementerian Luar Negeri Tiongkok, Wang Lei, mengatakan hal itu.") == [
        ("Wang Lei", "Juru bicara Kementerian Luar Negeri")]
    assert people("Gubernur Kalimantan Barat, Hendrikus Apui, tiba di Putrajaya.") == [("Hendrikus Apui", "Gubernur")]


def test_a_body_inside_a_title_is_an_entity_of_its_own():
    assert bodies_and_people("Rektor Universitas Hasanuddin Arifin Nur melepas mahasiswa.") == [
        ("ORG", "Universitas Hasanuddin", None), ("PERSON", "Arifin Nur", "Rektor Universitas Hasanuddin")]
    # a rank after the body opens the officer's title, not the body's name
    assert ("ORG", "Badan Reserse Kriminal Polri", None) in bodies_and_people(
        "Kepala Badan Reserse Kriminal Polri Komjen Pol Agung Prasetya memastikan hal itu.")
    assert ("ORG", "Komisi Pengawas Persaingan Usaha", None) in bodies_and_people(
        "Ketua KPPU Yudi Kurniadi mengatakan pihaknya menyelidiki tender itu.")


def test_a_units_name_after_a_roman_numeral_and_a_body_named_by_another_bodys_name():
    assert bodies("Panglima Komando Daerah Militer XIV/Hasanuddin Mayjen TNI Rudi Purnomo tiba.") == [
        ("Komando Daerah Militer XIV / Hasanuddin", "ORG")]
    assert bodies("Ketua Umum Konfederasi Serikat Buruh Sejahtera Indonesia, Rudi Hartono, hadir.") == [
        ("Konfederasi Serikat Buruh Sejahtera Indonesia", "ORG")]


def test_a_sasak_noble_prefix_opens_a_name_though_it_is_a_word_too():
    assert people("”Kami tahan dia,” kata Asisten Tindak Pidana Khusus Kejati NTB Lalu Ahmad Rifa’i di Mataram.") == [
        ("Lalu Ahmad Rifa’i", "Asisten Tindak Pidana Khusus")]


def test_two_full_names_joined_by_a_hyphen_are_two_people():
    assert people("Pasangan Ridwan Hasibuan-Tengku Fauzi menggugat hasil pilkada.") == [
        ("Ridwan Hasibuan", None), ("Tengku Fauzi", None)]
    # a name with a hyphen of its own stays one
    assert people("Penasihat Keamanan Nasional Cho Tae-yong tiba di Jakarta.") == [
        ("Cho Tae-yong", "Penasihat Keamanan Nasional")]


def test_a_name_after_di_and_before_a_known_place_is_a_place_in_it():
    doc = Entities()(build("Kedua menlu mengecam serangan udara Israel yang menghantam sebuah sekolah yang dijadikan "
                           "tempat pengungsian di Khan Younis, Jalur Gaza, Selasa (29/9)."))
    assert ("Khan Younis", "PLACE") in [(e.name, e.type) for e in doc.entities]
    doc = Entities()(build("Rapat digelar di rumah Khan Younis, Jalur Gaza."))
    assert ("Khan Younis", "PLACE") not in [(e.name, e.type) for e in doc.entities]
