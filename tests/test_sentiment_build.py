"""data/sentiment.tsv is what `warta build sentiment` makes from the seeds, SmSA train and the thesaurus."""

from __future__ import annotations

from tests.conftest import shared_path
from warta.build.sentiment import SMSA_TRAIN, THESAURUS, build
from warta.resources import data_path


def test_the_sentiment_lexicon_rebuilds_identically(tmp_path):
    shared_path(THESAURUS)  # skip with the reason when ../shared is absent
    train = shared_path(SMSA_TRAIN)
    built = build(train.parents[3], tmp_path / "sentiment.tsv")
    assert built.read_text(encoding="utf-8") == data_path("sentiment.tsv").read_text(encoding="utf-8")
