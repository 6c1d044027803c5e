"""Counts, amounts, themes and tone on Documents built by hand (fixed sentences and entities,
so no change to the sentence splitter or the NER can move them)."""

from __future__ import annotations

from tests.documents import build
from warta.model import Document
from warta.stages.amounts import Amounts, find_amounts
from warta.stages.counts import Counts
from warta.stages.numbers import number_at, parse_digits, tokens
from warta.stages.themes import Themes
from warta.stages.tone import Tones, label


def document(text: str, entities: list[tuple[str, str, str | None]] = ()) -> Document:
    return build(text, entities, (Counts(), Amounts(), Themes(), Tones()))


def counted(doc: Document) -> list[tuple]:
    return [(c.type, c.number, c.object, c.text) for c in doc.counts]


def test_indonesian_numerals():
    assert [parse_digits(s) for s in ("12", "1.200", "1,2", "1.200,5", "33.296.257.959", "17.00.05")] == [
        12, 1200, 1.2, 1200.5, 33296257959, None]
    spelled = ["tiga", "dua puluh lima", "sebelas", "tiga ratus ribu", "1,2 juta", "seorang"]
    assert [number_at(tokens(s), 0).value for s in spelled] == [3, 25, 11, 300000, 1.2e6, 1]
    vague = number_at(tokens("ratusan ribu siswa"), 0)
    assert (vague.value, vague.low, vague.high, vague.vague) == (1e5, 1e5, 999000, True)


def test_counts_of_acts_with_the_cue_after_or_before_the_number():
    doc = document("Gempa menewaskan 3 orang dan melukai 12 lainnya di Cianjur.\n"
                   "Korban tewas bertambah menjadi 14 orang.\n"
                   "Sebanyak 86 orang di antaranya ditangkap dan ditahan.\n"
                   "Polisi mengerahkan 1.200 personel gabungan.\n"
                   "Dua orang ditetapkan sebagai tersangka.",
                   [("Cianjur", "PLACE", "IDN")])
    assert counted(doc) == [("KILL", 3, "orang", "3"), ("WOUND", 12, None, "12"), ("KILL", 14, "orang", "14"),
                            ("ARREST", 86, "orang", "86"), ("DEPLOY", 1200, "personel", "1.200"),
                            ("SUSPECT", 2, "orang", "Dua")]
    assert doc.counts[0].place.name == "Cianjur" and doc.counts[0].cue == "menewaskan"
    assert doc.counts[2].place is None


def test_vague_counts_and_a_number_that_shares_the_act_before_it():
    doc = document("Banjir membuat puluhan rumah warga terdampak dan belasan warga mengungsi.\n"
                   "Korban terdampak banjir 1.776 KK atau 5.402 jiwa.")
    assert counted(doc) == [("AFFECT", 10, "rumah", "puluhan"), ("EVACUATION", 11, "warga", "belasan"),
                            ("AFFECT", 1776, "kk", "1.776"), ("AFFECT", 5402, "jiwa", "5.402")]
    assert (doc.counts[0].vague, doc.counts[0].low, doc.counts[0].high) == (True, 10, 99)
    assert doc.counts[2].vague is False


def test_no_count_without_an_act_or_where_the_act_is_denied():
    doc = document("Tidak ada korban jiwa, tapi lima kepala keluarga terpaksa mengungsi.\n"
                   "Sergei menyebut lima orang tak dikenal menculik dan menganiayanya.\n"
                   "Penyidik membagi empat berkas sesuai tiap tersangka.\n"
                   "Ada uang Rp 15 juta yang turut diamankan petugas pukul 16.00 WIB.\n"
                   "Sebanyak 150 orang menghadiri acara itu.")
    assert counted(doc) == [("EVACUATION", 5, "kepala keluarga", "lima")]


def test_money_in_rupiah_and_other_currencies():
    found = [(kind, value, currency) for _, _, kind, value, currency, _ in find_amounts(
        "Rp578 miliar, Rp 19 M, Rp 1,1 triliun, US$175 miliar, Rp2.869 triliun, $5 juta, 5 juta dolar AS, "
        "ISK 1.000 dan Rp 33.296.257.959")]
    assert found == [("money", 578e9, "IDR"), ("money", 19e9, "IDR"), ("money", 1.1e12, "IDR"),
                     ("money", 175e9, "USD"), ("money", 2869e12, "IDR"), ("money", 5e6, "USD"),
                     ("money", 5e6, "USD"), ("money", 1000, "ISK"), ("money", 33296257959, "IDR")]


def test_what_money_is_and_quantities_with_their_unit():
    doc = document("Polisi menyebut kerugian keuangan negara Rp 1,3 triliun dan suap Rp 4,5 miliar.\n"
                   "Pemprov mendatangkan 50 ton cabai merah, inflasi 2,5 persen, PLTU 2x50 megawatt.\n"
                   "Produksi naik menjadi 30 juta barel per hari.")
    assert [(a.kind, a.value, a.currency, a.unit, a.object) for a in doc.amounts] == [
        ("money", 1.3e12, "IDR", None, "kerugian negara"), ("money", 4.5e9, "IDR", None, "suap"),
        ("quantity", 50, None, "ton", "cabai merah"), ("percent", 2.5, None, "%", "inflasi"),
        ("quantity", 100, None, "MW", None), ("quantity", 30e6, None, "barel/hari", None)]
    assert [a.sentence for a in doc.amounts] == [0, 0, 1, 1, 1, 2]


def test_themes_per_sentence_and_article_with_parents():
    doc = document("Banjir bandang melanda Garut.\nKPK menahan tersangka korupsi dana hibah.\nWarga mengungsi.")
    assert [(t.name, t.parent, t.sentences, [m.text for m in t.mentions]) for t in doc.themes] == [
        ("CORRUPTION", None, [1], ["KPK", "korupsi"]), ("ARREST", None, [1], ["tersangka"]),
        ("NATURAL_DISASTER", None, [0], ["Banjir bandang"]),
        ("NATURAL_DISASTER_FLOOD", "NATURAL_DISASTER", [0], ["Banjir bandang"])]  # most told first, then by name


def test_tone_as_gdelt_counts_it():
    doc = document("Kami bangga atas keberhasilan tim.\nBanjir merusak rumah dan menewaskan warga.\nHarga tidak baik.")
    tone = doc.tone
    # 14 words: bangga, keberhasilan positive; banjir, menewaskan, "tidak baik" negative
    assert (tone.word_count, tone.positive, tone.negative, tone.tone, tone.polarity) == (
        14, 14.2857, 21.4286, -7.1429, 35.7143)
    assert (tone.self_group, tone.activity) == (7.1429, 14.2857)  # kami; merusak, menewaskan
    assert [(s.sentence, s.tone) for s in tone.sentences] == [(0, 40.0), (1, -33.3333), (2, -33.3333)]
    assert (label("pelayanan buruk dan lambat"), label("makanan enak, tempat nyaman"), label("saya di rumah")) == (
        "negative", "positive", "neutral")


def test_ordinals_count_before_a_noun_and_regions_or_cases_are_no_count():
    doc = document("Kasat Lantas mengatakan kedua personel diamankan di pos lantas.\n"
                   "Tahap kedua sebesar 22 ton tiba.\n"
                   "BNPB menyebut empat kecamatan terdampak banjir.\n"
                   "Dua warga meninggal dan 103 KK (200 jiwa) terdampak.")
    assert counted(doc) == [("ARREST", 2, "personel", "kedua"), ("KILL", 2, "warga", "Dua"),
                            ("AFFECT", 103, "kk", "103"), ("AFFECT", 200, "jiwa", "200")]


def test_digits_other_than_ascii_are_no_numerals():
    # a fuzzed page crashed the counts stage: "³" is a digit to str.isdigit but float() refuses it
    assert parse_digits("³") is None and parse_digits("1,²") is None
    doc = document("Sebanyak ³ orang tewas dan ٣ rumah rusak di Cianjur.")
    assert [c.type for c in doc.counts] == []
