"""The part-of-speech layer: the tag mapping, the corpus readers, the tagger (its tags on
sentences written here, the same tags as CRFsuite's own tagger, a byte-stable build), the
shipped model's fingerprint, and the lazy layer on the Document."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import shared_path
from warta.model import Document, Sentence, Source
from warta.pos.corpus import CORPORA, read_conllu, read_tagged, tag_map, upos_tags
from warta.pos.features import cased, sentence_attributes
from warta.pos.model import MODEL_PATH, PosModel, PosTagger, shipped_tagger
from warta.resources import data_path, load
from warta.stages.pos import tagged_sentence, tagged_sentences
from warta.stages.tokens import sentence_tokens

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"}


# the mapping (data/pos.toml)

def test_the_mapping_targets_upos_only():
    assert set(upos_tags()) == UPOS
    data = load("pos")
    for corpus in CORPORA:
        assert set(data[corpus].values()) <= UPOS, corpus
        assert set(data[f"{corpus}_words"].values()) <= UPOS, corpus


def test_word_exceptions_name_a_mapped_tag_and_a_lower_case_word():
    for corpus in CORPORA:
        mapping = tag_map(corpus)
        for tag, word in mapping.words:
            assert tag in mapping.tags, f"{corpus}: {tag} {word}"
            assert word == word.lower() and " " not in word
            assert mapping.words[(tag, word)] != mapping.tags[tag], f"{corpus}: {tag} {word} changes nothing"


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_tag_of_the_corpus_is_mapped(corpus):
    tags = set()
    for split in ("train", "valid"):
        path = shared_path(f"data/pos/{corpus}/{split}.txt")
        with path.open(encoding="utf-8") as handle:
            tags |= {line.rstrip("\n").split("\t")[1].removeprefix("B-").removeprefix("I-")
                     for line in handle if line.strip()}
    assert tags <= set(tag_map(corpus).tags), sorted(tags - set(tag_map(corpus).tags))


# the readers

def test_bapos_possessive_split_in_three_is_one_word(tmp_path: Path):
    path = tmp_path / "bapos.txt"
    path.write_text("Harga\tB-NN\nrumah\tB-NN\n-\tB-PRP\nnya\tI-PRP\nnaik\tB-VB\n.\tB-Z\n\nYang\tB-SC\n",
                    encoding="utf-8")
    assert read_tagged(path, "bapos") == [[("Harga", "NOUN"), ("rumahnya", "NOUN"), ("naik", "VERB"), (".", "PUNCT")],
                                          [("Yang", "PRON")]]  # "SC yang" is PRON, as in UD


def test_an_unmapped_tag_is_refused(tmp_path: Path):
    path = tmp_path / "posp.txt"
    path.write_text("kata\tB-XYZ\n", encoding="utf-8")
    with pytest.raises(KeyError, match="XYZ"):
        read_tagged(path, "posp")


def test_ud_words_split_in_parts_are_read_as_written(tmp_path: Path):
    path = tmp_path / "ud.conllu"
    path.write_text("# text = Ayahnya datang.\n1-2\tAyahnya\t_\t_\t_\t_\t_\t_\t_\t_\n"
                    "1\tAyah\tayah\tNOUN\t_\t_\t3\tnsubj\t_\t_\n2\tnya\tdia\tPRON\t_\t_\t1\tnmod\t_\t_\n"
                    "3\tdatang\tdatang\tVERB\t_\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n",
                    encoding="utf-8")
    assert read_conllu(path) == [[("Ayahnya", "NOUN"), ("datang", "VERB"), (".", "PUNCT")]]


# the tagger

SENTENCES = [
    # (sentence, {word index: tag}) for words no reader would tag otherwise
    ("Presiden Prabowo Subianto meresmikan jembatan baru di Surabaya pada hari Senin .",
     {1: "PROPN", 3: "VERB", 4: "NOUN", 6: "ADP", 7: "PROPN", 8: "ADP", 11: "PUNCT"}),
    ("Polisi tidak akan menahan tiga orang yang diperiksa kemarin dan mereka dipulangkan .",
     {0: "NOUN", 1: "PART", 2: "AUX", 3: "VERB", 4: "NUM", 6: "PRON", 7: "VERB", 9: "CCONJ", 10: "PRON"}),
    ("Menurut Budi , harga beras di pasar itu naik karena panen gagal .",
     {0: "ADP", 1: "PROPN", 2: "PUNCT", 3: "NOUN", 5: "ADP", 7: "DET", 8: "VERB"}),
    # lower case throughout, as in POSP: read as a lower-cased text
    ("menteri keuangan mengumumkan bahwa anggaran negara akan dipotong .",
     {0: "NOUN", 2: "VERB", 3: "SCONJ", 6: "AUX", 7: "VERB", 8: "PUNCT"}),
]


@pytest.fixture(scope="module")
def tagger() -> PosTagger:
    if not data_path(MODEL_PATH).exists():
        pytest.skip("no shipped POS model")
    return shipped_tagger()


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_the_shipped_tagger_on_sentences_written_here(tagger: PosTagger, text: str, expected: dict[int, str]):
    tags = tagger.tag(text.split())
    assert {i: tags[i] for i in expected} == expected, list(zip(text.split(), tags, strict=True))


@pytest.mark.parametrize(("text", "tag"), [("Dengan demikian , Kementerian Keuangan memotong anggaran .", "ADP"),
                                           ("Meski hujan , Andi tetap datang .", "SCONJ")])
def test_a_capital_at_the_start_is_no_proper_noun(tagger: PosTagger, text: str, tag: str):
    assert tagger.tag(text.split())[0] == tag


def test_many_sentences_at_once_are_tagged_as_one_by_one(tagger: PosTagger):
    sentences = [text.split() for text, _ in SENTENCES] + [[], ["Jakarta"]]
    assert tagger.tag_many(sentences) == [tagger.tag(words) for words in sentences]


def test_case_is_read_from_the_sentence():
    assert cased(["Presiden", "datang"]) and not cased(["presiden", "datang"])
    assert "title" in sentence_attributes(["Presiden", "datang"])[0]
    assert not any("title" in a or "shape" in a for a in sentence_attributes(["presiden", "datang"])[0])


# the model and its build

TRAIN = [
    ("Polisi menahan dua orang di Bandung .", "NOUN VERB NUM NOUN ADP PROPN PUNCT"),
    ("Budi tidak datang ke kantor .", "PROPN PART VERB ADP NOUN PUNCT"),
    ("mereka akan pergi ke jakarta .", "PRON AUX VERB ADP PROPN PUNCT"),
    ("Harga beras naik di pasar itu .", "NOUN NOUN VERB ADP NOUN DET PUNCT"),
]


def _train_tiny(path: Path) -> Path:
    from warta.build.pos import train

    return train([list(zip(text.split(), tags.split(), strict=True)) for text, tags in TRAIN], path,
                 {"test": True})


def test_the_build_is_byte_stable(tmp_path: Path):
    pytest.importorskip("pycrfsuite")
    first = _train_tiny(tmp_path / "a.npz").read_bytes()
    assert _train_tiny(tmp_path / "b.npz").read_bytes() == first


def test_the_array_tagger_gives_crfsuite_s_tags(tmp_path: Path):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from warta.build.pos import PARAMS

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, tags in TRAIN:
        for attributes, tag in zip(sentence_attributes(text.split()), tags.split(), strict=True):
            trainer.append([attributes], [tag])
    trainer.set_params(PARAMS)
    trainer.train(str(tmp_path / "tiny.crfsuite"))
    crf = pycrfsuite.Tagger()
    crf.open(str(tmp_path / "tiny.crfsuite"))
    PosModel.from_crfsuite(tmp_path / "tiny.crfsuite", {"test": True}).save(tmp_path / "tiny.npz")
    loaded = PosModel.load(tmp_path / "tiny.npz")
    assert loaded.recipe == {"test": True}
    ours = PosTagger(loaded)
    for text in ["Andi datang ke Bandung .", "polisi tidak menahan mereka", "Harga naik", "ke"]:
        words = text.split()
        assert ours.tag(words) == [crf.tag([a])[0] for a in sentence_attributes(words)], text


def test_the_shipped_model_was_built_from_the_present_sources_and_recipe():
    """The model records the fingerprint of its training files, mapping, code and parameters
    (build/pos.py); a change to any of them needs `warta build pos` and the rebuilt model."""
    from warta.build.pos import SOURCES, fingerprint

    for name, _ in SOURCES:
        shared_path(name)
    shared = shared_path("data").parent
    recipe = PosModel.load(data_path(MODEL_PATH)).recipe
    assert recipe["fingerprint"] == fingerprint(shared), "rebuild the model: warta build pos"
    assert not any("posp/test" in name for name in recipe["sources"])  # NERP's test set, never read


@pytest.mark.skipif(not os.environ.get("WARTA_REBUILD_MODELS"),
                    reason="trains for some two minutes; set WARTA_REBUILD_MODELS=1 to rebuild and compare")
def test_the_shipped_model_rebuilds_byte_for_byte(tmp_path: Path):
    from warta.build.pos import SOURCES, build

    for name, _ in SOURCES:
        shared_path(name)
    built = build(shared_path("data").parent, tmp_path / "pos.npz")
    assert built.read_bytes() == data_path(MODEL_PATH).read_bytes()


# the layer

def _document() -> Document:
    body = "Polisi menahan dua orang. Budi tidak datang ke kantor. Harga beras naik."
    sentences, start = [], 0
    for text in ("Polisi menahan dua orang.", "Budi tidak datang ke kantor.", "Harga beras naik."):
        start = body.index(text, start)
        sentences.append(Sentence(start=start, end=start + len(text), text=text, paragraph=0))
    return Document(id="d", source=Source(input="-", format="text"), body=body, sentences=sentences)


def test_tokens_carry_their_pos_with_their_offsets(tagger: PosTagger):
    doc = _document()
    tokens = tagged_sentence(doc, 1)
    assert [(t.text, t.pos) for t in tokens][:3] == [("Budi", "PROPN"), ("tidak", "PART"), ("datang", "VERB")]
    assert all(doc.body[t.start:t.end] == t.text for t in tokens)
    assert [t[:3] for t in tokens] == [t[:3] for t in sentence_tokens(doc)[1]]


def test_tags_are_made_only_for_the_sentences_asked_for_and_once(monkeypatch, tagger: PosTagger):
    calls = []
    original = tagger.tag_many
    monkeypatch.setattr(tagger, "tag_many", lambda sentences: calls.append(len(sentences)) or original(sentences))
    doc = _document()
    assert all(t.pos == "" for sentence in sentence_tokens(doc) for t in sentence)  # untagged by default
    assert calls == []
    tagged_sentences(doc, [2])
    assert calls == [1]
    tagged_sentences(doc, [2, 0])
    assert calls == [1, 1]  # sentence 2 was kept
    assert sorted(tagged_sentences(doc)) == [0, 1, 2] and calls == [1, 1, 1]
