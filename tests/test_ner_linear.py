"""The array tagger gives CRFsuite's tags: a small CRF trained here, tagged both ways."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import numpy as np
import pytest

from warta.ner.features import sentence_features
from warta.ner.linear import LinearChainCRF, Tagger, viterbi

pycrfsuite = pytest.importorskip("pycrfsuite")

TRAIN = [
    ("Presiden Joko Widodo tiba di Jakarta pada Senin .", "O B-PER I-PER O O B-LOC O O O"),
    ("Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Washington .",
     "O O O B-PER I-PER O B-PER I-PER O B-LOC O"),
    ("Bank Indonesia menaikkan suku bunga di Jakarta .", "B-ORG I-ORG O O O O B-LOC O"),
    ("Komisi Pemberantasan Korupsi memeriksa Budi di Bandung .", "B-ORG I-ORG I-ORG O B-PER O B-LOC O"),
    ("Warga Surabaya menyambut Presiden Prabowo Subianto .", "O B-LOC O O B-PER I-PER O"),
    ("Park Jin menerima Blinken di Seoul , Korea Selatan .", "B-PER I-PER O B-PER O B-LOC O B-LOC I-LOC O"),
    ("Kementerian Keuangan mencatat defisit di Medan .", "B-ORG I-ORG O O O B-LOC O"),
]
TEST = [
    "Presiden Yoon Suk Yeol bertemu Kim Jong Un di Pyongyang .",
    "Bank Dunia memeriksa defisit Indonesia .",
    "Budi tiba di Seoul pada Senin bersama Retno .",
    "warga jakarta menyambut presiden .",
    "Komisi Yudisial , Mahkamah Agung dan Kejaksaan Agung bertemu di Bogor , Jawa Barat .",
    "",
    "Blinken",
]


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, tags in TRAIN:
        trainer.append(sentence_features(text.split()), tags.split())
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 60, "feature.possible_transitions": True})
    trainer.train(str(path))
    return path


def crfsuite_tags(path: Path, words: list[str]) -> list[str]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return list(tagger.tag(sentence_features(words))) if words else []


def test_same_tags_as_crfsuite(trained, tmp_path):
    model = LinearChainCRF.from_crfsuite(trained)
    model.save(tmp_path / "tiny.npz")
    tagger = Tagger(LinearChainCRF.load(tmp_path / "tiny.npz"))
    sentences = [text.split() for text, _ in TRAIN] + [text.split() for text in TEST]
    expected = [crfsuite_tags(trained, words) for words in sentences]
    assert tagger.tag_many([(words, None) for words in sentences]) == expected
    assert [tagger.tag(words) for words in sentences] == expected  # one at a time, caches warm
    assert any(tag != "O" for tags in expected for tag in tags)


def test_saved_weights_come_back_unchanged(trained, tmp_path):
    model = LinearChainCRF.from_crfsuite(trained)
    model.save(tmp_path / "tiny.npz")
    loaded = LinearChainCRF.load(tmp_path / "tiny.npz")
    assert loaded.labels == model.labels and loaded.attributes == model.attributes
    assert np.array_equal(loaded.weights, model.weights)
    assert np.array_equal(loaded.transitions, model.transitions)


def test_a_full_score_table_starts_afresh_with_the_same_tags(trained, monkeypatch):
    tagger = Tagger(LinearChainCRF.from_crfsuite(trained))
    monkeypatch.setattr(Tagger, "MAX_ROWS", 20)
    sentences = [text.split() for text in TEST] * 3
    assert [tagger.tag(words) for words in sentences] == [crfsuite_tags(trained, w) for w in sentences]


def test_not_a_model_file_is_refused(tmp_path):
    bad = tmp_path / "bad.npz"
    np.savez(bad, format=np.array("something else"))
    with pytest.raises(ValueError, match="not a warta-crf-1 model"):
        LinearChainCRF.load(bad)


def best_path_by_brute_force(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    labels = range(transitions.shape[0])

    def score(path):
        return sum(emissions[t, y] for t, y in enumerate(path)) + sum(
            transitions[a, b] for a, b in itertools.pairwise(path))

    return list(max(itertools.product(labels, repeat=len(emissions)), key=score))


def test_viterbi_finds_the_best_path_of_sentences_of_any_length():
    rng = random.Random(7)
    for _ in range(20):
        labels = rng.randint(2, 4)
        transitions = np.array([[rng.uniform(-2, 2) for _ in range(labels)] for _ in range(labels)])
        emissions = [np.array([[rng.uniform(-3, 3) for _ in range(labels)] for _ in range(rng.randint(0, 5))])
                     .reshape(-1, labels) for _ in range(rng.randint(1, 4))]
        expected = [best_path_by_brute_force(e, transitions) if len(e) else [] for e in emissions]
        assert viterbi(emissions, transitions) == expected
        # one sentence at a time takes its own path through the code
        assert [viterbi([e], transitions)[0] for e in emissions] == expected


def test_same_tags_as_crfsuite_with_the_dictionary_of_names(tmp_path):
    from warta.ner.dictionary import EntityDictionary, jackknifed_spans

    sentences = [list(zip(text.split(), tags.split(), strict=True)) for text, tags in TRAIN] * 3
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence, known in zip(sentences, jackknifed_spans(sentences), strict=True):
        trainer.append(sentence_features([w for w, _ in sentence], known=known), [t for _, t in sentence])
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 60, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "dz.crfsuite"))
    dictionary = EntityDictionary.of(sentences)
    LinearChainCRF.from_crfsuite(tmp_path / "dz.crfsuite", dictionary).save(tmp_path / "dz.npz")
    model = LinearChainCRF.load(tmp_path / "dz.npz")
    assert model.dictionary.entries == dictionary.entries
    assert any(a.startswith("dz:") for a in model.attributes)  # the model did learn from matches
    reference = pycrfsuite.Tagger()
    reference.open(str(tmp_path / "dz.crfsuite"))
    words = [text.split() for text in TEST] + [text.lower().split() for text, _ in TRAIN]
    expected = [list(reference.tag(sentence_features(w, known=dictionary.spans(w)))) if w else [] for w in words]
    tagger = Tagger(model)
    assert tagger.tag_many([(w, None) for w in words]) == expected
    # and the scores are the weights of exactly the attributes the trainer saw, "dz" ones included
    for w in filter(None, words):
        attributes = sentence_features(w, known=dictionary.spans(w))
        reference = np.array([model.weights[model.rows_of(a)].sum(axis=0) for a in attributes])
        assert np.allclose(tagger._emissions([(w, None)]), reference)
