"""Bodies and places read whole from their head word, and the checks on names that use the
whole article (stages/institutions.py, stages/name_checks.py), on sentences written for these
tests."""

from __future__ import annotations

from dataclasses import dataclass

from warta.gazetteer import gazetteer
from warta.model import RawRecord
from warta.pipeline import default_pipeline
from warta.stages.institutions import institutions
from warta.stages.name_checks import check_names
from warta.stages.short_forms import bracket_aliases
from warta.stages.tokens import tokenize


def bodies(sentence: str) -> list[tuple[str, str]]:
    words = [t.text for t in tokenize(sentence)]
    return [(" ".join(words[b.start:b.end]), b.type) for b in institutions(words, gazetteer().spans(words))]


def test_a_body_runs_from_its_head_over_places_and_numerals():
    assert bodies("Polres Tasikmalaya Kota memeriksa sopir itu.") == [("Polres Tasikmalaya Kota", "ORG")]
    assert bodies("kata Kepala Dinas Kesehatan Kabupaten Cirebon kemarin") == [
        ("Dinas Kesehatan Kabupaten Cirebon", "ORG")]
    assert bodies("rapat Komisi VI DPR berlangsung") == [("Komisi VI DPR", "ORG")]
    assert bodies("Badan Pengawas Obat dan Makanan menarik produk itu") == [
        ("Badan Pengawas Obat dan Makanan", "ORG")]


def test_where_a_body_stops():
    assert bodies("kata Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi.") == []  # a rank opens a title
    assert bodies("Desa Cijulang dan Bojongtipar terdampak") == [("Desa Cijulang", "PLACE")]
    assert bodies("Kabupaten Bandung dan Kabupaten Bandung Barat") == [
        ("Kabupaten Bandung", "PLACE"), ("Kabupaten Bandung Barat", "PLACE")]
    assert bodies("di Kampung Naringgul RT 03") == [("Kampung Naringgul", "PLACE")]
    assert bodies("Sekretaris Kementerian Pariwisata Bayu Aji hadir") == [("Kementerian Pariwisata", "ORG")]
    assert bodies("di Kantor Kementerian Sosial, Jakarta") == [("Kementerian Sosial", "ORG")]
    assert bodies("Pemerintah Kota menolak") == []  # a head and a head name no one
    assert bodies("Polda Jabar tetap melanjutkan kasus itu") == [("Polda Jabar", "ORG")]  # "tetap" is no place


@dataclass
class Cand:
    text: str
    type: str
    start: int
    end: int
    sentence: int = 0
    title: str | None = None
    sector: str | None = None
    country: str | None = None
    place: object = None
    canonical: str | None = None
    part_of_name: bool = False


def test_initials_after_a_suspect_are_a_person_and_spelt_out_acronyms_no_one():
    body = "Polisi menahan tersangka berinisial AS. Ia tak punya izin mendirikan bangunan (IMB). AS ditahan."
    found = check_names(body, [Cand("AS", "PLACE", 36, 38, country="USA", canonical="Amerika Serikat"),
                               Cand("IMB", "ORG", 80, 83), Cand("AS", "PLACE", 86, 88, country="USA")], gazetteer())
    assert [(c.text, c.type, c.country, c.canonical) for c in found] == [
        ("AS", "PERSON", None, None), ("AS", "PERSON", None, None)]


def test_titles_and_honorifics_leave_a_person_and_titles_alone_are_no_person():
    found = check_names("x", [Cand("Apoteker Noel Wicks", "PERSON", 0, 19),
                              Cand("Kak Bintang Pamungkas", "PERSON", 20, 41),
                              Cand("Pakar Hukum", "PERSON", 42, 53)], gazetteer())
    assert [(c.text, c.title) for c in found] == [("Noel Wicks", "Apoteker"), ("Bintang Pamungkas", None)]


def test_a_short_form_in_brackets_joins_its_full_name():
    body = "Tim Pengendalian Inflasi Pusat (TPIP) bertemu. TPIP lalu pulang."

    def make(text: str, kind: str, start: int, end: int) -> Cand:
        return Cand(text, kind, start, end)

    found = bracket_aliases(body, [], make)
    assert sorted((c.text, c.type, c.start, c.canonical) for c in found) == [
        ("TPIP", "ORG", 32, "Tim Pengendalian Inflasi Pusat"), ("TPIP", "ORG", 47, "Tim Pengendalian Inflasi Pusat"),
        ("Tim Pengendalian Inflasi Pusat", "ORG", 0, None)]
    assert bracket_aliases("biaya makan bergizi gratis (MBG) naik", [], make) == []


def test_a_person_called_by_a_middle_name_is_that_person():
    doc = default_pipeline()(RawRecord(
        input="t", format="text", layout="body", meta={"published": "2025-10-21"},
        text="Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi memimpin rapat.\n\nFaruk menambahkan, kasus itu diusut."))
    people = [(e.name, e.aliases) for e in doc.entities if e.type == "PERSON"]
    assert people == [("Moch Faruk Rozi", ["Faruk"])]


def test_a_town_named_like_a_person_in_the_article_is_that_person():
    found = check_names("x", [Cand("ST Burhanuddin", "PERSON", 0, 14), Cand("Burhanuddin", "PLACE", 20, 31)],
                        gazetteer())
    assert [(c.text, c.type) for c in found] == [("ST Burhanuddin", "PERSON"), ("Burhanuddin", "PERSON")]


def test_initials_listed_after_a_cued_one_are_people_too_and_a_title_alone_is_no_person():
    body = "Polisi menahan tersangka berinisial MY, MF dan IP. Mobil Pajero berinisial AR disita."
    found = check_names(body, [Cand(t, "ORG", body.index(t), body.index(t) + len(t)) for t in ("MF", "IP", "AR")]
                        + [Cand("Menko", "PERSON", 0, 5)], gazetteer())
    assert [(c.text, c.type) for c in found] == [("MF", "PERSON"), ("IP", "PERSON"), ("AR", "PERSON")]


def test_two_governments_joined_by_dan_are_two():
    words = [t.text for t in tokenize("Pemerintah Indonesia dan Australia menandatangani perjanjian.")]
    assert [" ".join(words[b.start:b.end]) for b in institutions(words, gazetteer().spans(words))] == [
        "Pemerintah Indonesia"]


def test_a_day_of_the_week_ends_a_body_s_name():
    assert bodies("Tersangka ditahan di Kejaksaan Negeri Sidoarjo Senin (20/10/2025).") == [
        ("Kejaksaan Negeri Sidoarjo", "ORG")]


def test_a_day_in_a_body_s_own_name_stays():
    assert bodies("Bantuan dari Yayasan Jumat Berkah Sidoarjo tiba.") == [("Yayasan Jumat Berkah Sidoarjo", "ORG")]


def test_a_known_body_s_acronym_after_dan_opens_another_body():
    # (session 18) "dan" joins the words of one body's name, not two bodies
    assert bodies("Pemprov Jawa Tengah dan BPN Jawa Tengah menandatangani nota kesepakatan.")[0] == (
        "Pemprov Jawa Tengah", "ORG")
    assert bodies("Badan Pengawas Obat dan Makanan menyita produk itu.") == [
        ("Badan Pengawas Obat dan Makanan", "ORG")]


def test_a_body_s_premises_are_a_place():
    assert bodies("Tersangka dibawa ke Mapolres Ponorogo untuk diperiksa.") == [("Mapolres Ponorogo", "PLACE")]
    assert bodies("Ia kini ditahan di Rutan Salemba.") == [("Rutan Salemba", "PLACE")]
    assert bodies("Acara digelar di Hotel Bumi Minang.") == [("Hotel Bumi Minang", "PLACE")]
    assert bodies("Polres Ponorogo menahan tersangka.") == [("Polres Ponorogo", "ORG")]


def test_a_town_abroad_after_a_body_s_short_form_is_no_region_of_the_body():
    # "Mary" is a city in Turkmenistan; after a domestic body's short form it opens a name
    assert bodies("Wakil Ketua Dewan Ekonomi Nasional (DEN) Mary Wulandari hadir.") == [
        ("Dewan Ekonomi Nasional", "ORG")]
    # a region of Indonesia there goes on with the body's name
    assert bodies("Kepala Kejaksaan Negeri (Kejari) Sikka hadir.") == [("Kejaksaan Negeri ( Kejari ) Sikka", "ORG")]
    # a city abroad with no name after it is the body's own, as a mission's is
    assert bodies("Pusat Promosi Pariwisata (PPP) Mary menggelar pameran.") == [
        ("Pusat Promosi Pariwisata ( PPP ) Mary", "ORG")]


def test_a_body_s_class_is_followed_by_its_seat_before_a_person_s_name():
    # "Sungguminasa" is known to no list: after "Kelas IIB" the first name-like word is the seat
    assert bodies("Kepala Rumah Tahanan Kelas IIB Sungguminasa Hendra Wijaya membenarkan.") == [
        ("Rumah Tahanan Kelas IIB Sungguminasa", "PLACE")]
    assert bodies("Kepala Kantor Imigrasi Kelas I Khusus TPI Tegalwaru Ahmad Fauzi menjelaskan.") == [
        ("Kantor Imigrasi Kelas I Khusus TPI Tegalwaru", "ORG")]
    # without a class the name-like words after the body are the person's
    assert bodies("Kepala Kantor Imigrasi Tegalwaru Ahmad Fauzi menjelaskan.") == [("Kantor Imigrasi Tegalwaru", "ORG")]


def test_a_landmark_or_hospital_named_after_someone_keeps_the_namesake_after_its_kind():
    assert bodies("Pesawat mendarat di Bandara Internasional I Gusti Ngurah Rai pada Senin.") == [
        ("Bandara Internasional I Gusti Ngurah Rai", "PLACE")]
    assert bodies("Korban dirujuk ke Rumah Sakit Umum Daerah dr. Zainoel Abidin Banda Aceh pada Senin.") == [
        ("Rumah Sakit Umum Daerah dr . Zainoel Abidin Banda Aceh", "ORG")]  # words joined by spaces
    # a Balinese name after a body that is no landmark is a person's
    assert bodies("kata Kepala Dinas Pariwisata Karangasem I Wayan Purna menjelaskan")[0][0] == \
        "Dinas Pariwisata Karangasem"


def test_a_kind_s_short_form_then_its_namesake_and_a_body_ended_by_its_town():
    # (session 35) the short form of the kind spelled out before it, then whom it is named after
    assert bodies("Mereka berasal dari Universitas Islam Negeri (UIN) Abdul Muthalib Sangadji Ambon dan "
                  "Unpatti.")[0] == ("Universitas Islam Negeri ( UIN ) Abdul Muthalib Sangadji Ambon", "ORG")
    assert bodies("Korban dirujuk ke Rumah Sakit Umum Daerah (RSUD) dr. Soedarso Pontianak kemarin.") == [
        ("Rumah Sakit Umum Daerah ( RSUD ) dr . Soedarso Pontianak", "ORG")]
    # a person after a body's short form is no namesake
    assert bodies("kata Juru Bicara Komisi Pemberantasan Korupsi (KPK) Budi Prasetyo, kemarin")[0] == (
        "Komisi Pemberantasan Korupsi", "ORG")
