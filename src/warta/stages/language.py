"""Language identification with lingua, restricted to the languages in data/languages.toml."""

from __future__ import annotations

import re
from functools import cache

from warta.model import Document
from warta.resources import load

SAMPLE_CHARS = 1200  # some 170 words: enough for a confident call; lingua's cost grows with the text
# lingua's low accuracy mode reads trigrams only: its documentation finds it less accurate on
# texts under 120 characters and little less above; here it called the 300 benchmark rows as the
# full models do, at a fifth of the time and a fraction of the memory. Shorter texts (a title
# alone) get the full models.
LOW_ACCURACY_FROM = 200


@cache
def _detector(low_accuracy: bool = False):
    from lingua import Language, LanguageDetectorBuilder

    names = load("languages")["candidates"]
    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in names))
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) of a text; (None, 0.0) when it gives no clue."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 20:
        return None, 0.0
    values = _detector(len(sample) >= LOW_ACCURACY_FROM).compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return None, 0.0
    best = values[0]
    if len(values) > 1 and {best.language.name, values[1].language.name} == set(_markers()):
        best = _by_markers(sample, best, values[1])
    return best.language.iso_code_639_1.name.lower(), round(best.value, 4)


@cache
def _markers() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
            for name, words in load("languages")["markers"].items()}


@cache
def expected() -> tuple[str, str]:
    """(ISO 639-1 code, English name) of the language the stages are built for (data/languages.toml
    `expected`): "id", "Indonesian"."""
    from lingua import Language

    language = getattr(Language, load("languages")["expected"])
    return language.iso_code_639_1.name.lower(), language.name.title()


def _by_markers(text: str, first, second):
    """Of two close languages, the one whose own words the text uses clearly more."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _markers().items()}
    mine, theirs = counts[first.language.name], counts[second.language.name]
    return second if theirs >= mine + 2 else first


class LanguageId:
    """Sets ``article.language``; an article not in Indonesian is flagged, never hidden."""

    name = "language"
    reads = ("body", "article.title")
    writes = ("article.language",)

    def __call__(self, doc: Document) -> Document:
        text = " ".join(filter(None, [doc.article.title, doc.body]))
        code, confidence = identify(text)
        doc.article.language, doc.article.language_confidence = code, confidence
        if code is None:
            doc.warnings.append("language unknown: too little text to tell")
        elif code != (wanted := expected())[0]:
            doc.warnings.append(f"article is not in {wanted[1]} (detected {code!r}); "
                                f"the later stages are built for {wanted[1]}")
        return doc
