"""Language identification: Indonesian recognised, anything else read and flagged."""

from warta.model import RawRecord
from warta.pipeline import default_pipeline


def analyse(text: str):
    return default_pipeline()(RawRecord(input="t", text=text, format="text", layout="body"))


def test_indonesian():
    doc = analyse("Pemerintah mengumumkan kebijakan baru soal impor beras hari ini di Jakarta setelah "
                  "rapat terbatas dengan para menteri bidang ekonomi.")
    assert doc.article.language == "id" and not doc.warnings


def test_english_is_flagged_not_hidden():
    doc = analyse("The government announced a new rice import policy today in Jakarta after a "
                  "limited meeting with the economic ministers.")
    assert doc.article.language == "en"
    assert any("not in Indonesian" in w for w in doc.warnings)


def test_malay_words_decide_between_malay_and_indonesian():
    doc = analyse("Kerajaan telah mengumumkan dasar baharu kerana harga barang meningkat, manakala "
                  "pejabat daerah boleh memberi cadangan kepada syarikat tempatan selepas mesyuarat.")
    assert doc.article.language == "ms"


def test_the_language_the_stages_expect_is_the_data_s(monkeypatch):
    """languages.toml `expected` says which language is no cause for a warning."""
    import warta.stages.language as language
    from warta.model import Document, Source

    assert language.expected() == ("id", "Indonesian")
    data = {**language.load("languages"), "expected": "ENGLISH"}
    monkeypatch.setattr(language, "load", lambda name: data)
    language.expected.cache_clear()
    try:
        doc = Document(id="d", source=Source(input="t", format="text"),
                       body="Pemerintah mengumumkan kebijakan impor beras yang baru di Jakarta hari ini setelah "
                            "rapat kabinet membahas harga pangan.")
        assert language.LanguageId()(doc).warnings == [
            "article is not in English (detected 'id'); the later stages are built for English"]
    finally:
        monkeypatch.undo()
        language.expected.cache_clear()


def test_a_long_text_is_read_by_trigrams_as_the_full_models_read_it():
    """Over LOW_ACCURACY_FROM characters lingua's low accuracy mode calls the language (session
    19: a fifth of the time); the call stands in each language the stages tell apart."""
    import warta.stages.language as language

    texts = {
        "id": "Pemerintah Kabupaten Sukabumi menyalurkan bantuan beras kepada warga yang terdampak banjir "
              "setelah hujan deras mengguyur wilayah itu sejak Senin malam. Bupati meminta camat mendata "
              "rumah yang rusak agar perbaikan bisa segera dimulai pekan depan.",
        "ms": "Kerajaan negeri telah mengumumkan bantuan baharu kerana banjir melanda beberapa daerah, "
              "manakala pejabat daerah boleh memberi cadangan kepada syarikat tempatan selepas mesyuarat "
              "bersama wakil rakyat. Jabatan kebajikan akan menyalurkan wang kepada mangsa.",
        "en": "The regional government distributed rice to residents affected by the floods after heavy "
              "rain hit the area on Monday night. The regent asked district heads to record damaged homes "
              "so that repairs can begin next week.",
    }
    for code, text in texts.items():
        assert len(text) >= language.LOW_ACCURACY_FROM
        assert language.identify(text)[0] == code
