"""The dictionary of names seen in training: spans from BIO tags, longest matches, folds that
never see their own names, and its place in the tagger."""

from __future__ import annotations

from warta.ner.dictionary import EntityDictionary, bio_spans, jackknifed_spans


def tagged(text: str, tags: str) -> list[tuple[str, str]]:
    return list(zip(text.split(), tags.split(), strict=True))


def test_bio_spans_follow_seqeval():
    assert bio_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert bio_spans(["I-ORG", "I-ORG", "O"]) == [(0, 2, "ORG")]  # I- without B- opens a name
    assert bio_spans(["B-PER", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]
    assert bio_spans([]) == []


def test_longest_match_in_lower_case_with_the_commonest_type():
    sentences = [tagged("Bank Indonesia naik", "B-ORG I-ORG O"),
                 tagged("di Indonesia saja", "O B-LOC O"),
                 tagged("ke Indonesia lagi", "O B-LOC O"),
                 tagged("Indonesia raya", "B-ORG O")]
    known = EntityDictionary.of(sentences)
    assert known.spans(["kata", "bank", "indonesia", "di", "INDONESIA"]) == [(1, 3, "ORG"), (4, 5, "LOC")]
    again = EntityDictionary.from_lines(known.lines())
    assert again.entries == known.entries and again.longest == 2


def test_each_fold_is_matched_against_the_other_folds_only():
    sentences = [tagged(f"Nama{i} datang", "B-PER O") for i in range(10)]
    sentences += [tagged("Budi pergi", "B-PER O") for _ in range(5)]
    spans = jackknifed_spans(sentences, folds=5)
    assert all(found == [] for found in spans[:10])  # a name seen once is never its own evidence
    assert all(found == [(0, 1, "PER")] for found in spans[10:])
