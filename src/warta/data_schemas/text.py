"""Models of the data pages and words are read with: data/page.toml, data/chrome.toml,
data/sentences.toml, data/quotes.toml, data/languages.toml, data/morphology.toml,
data/themes.toml, data/sentiment_seeds.toml and data/tone.toml."""

from __future__ import annotations

from functools import cache
from typing import Annotated

from pydantic import AfterValidator, model_validator

from warta.data_schemas.base import (
    Regex,
    Table,
    Word,
    Words,
    matching,
    not_one_of,
    one_of,
    regex_with_groups,
    require_known,
)


class Labels(Table):
    """[labels]: byline labels by the role they give (stages/page.py files "editor" under
    editors, drops "other", and files anything else under authors)."""

    author: Words = []
    editor: Words = []
    other: Words = []


class Sources(Table):
    """[sources]: patterns whose group "source" names an outlet the article cites."""

    patterns: list[Annotated[str, AfterValidator(regex_with_groups("source"))]]


class Breadcrumbs(Table):
    """[breadcrumbs]: the marks between a breadcrumb's parts, the words for a home page, and the
    categories too general to be the section."""

    marks: Words
    home: Words
    generic: Words
    links: Words


class PageFile(Table):
    """data/page.toml."""

    categories: Words
    breadcrumbs: Breadcrumbs
    name_particles: Words
    bullets: Words
    datelines: list[Annotated[str, AfterValidator(regex_with_groups("dateline"))]]
    place_datelines: list[Annotated[str, AfterValidator(regex_with_groups("dateline"))]]
    joined_datelines: list[Annotated[str, AfterValidator(regex_with_groups("dateline"))]]
    outlet_datelines: list[Annotated[str, AfterValidator(regex_with_groups("dateline"))]]
    outlets: Words
    outlet_words: Words  # stages/page.py: words of outlets' names ("Tribun", "Radar")
    labels: Labels
    sources: Sources


class Glued(Table):
    """[glued]: outlet names written glued to the words around them."""

    brands: Words
    verbs: Words
    after_names: Words
    glued_openers: Words


class ChromeFile(Table):
    """data/chrome.toml: patterns of lines that are page chrome."""

    drop: list[Regex]
    photo_credit: list[Regex]
    read_also: Regex
    list_item: Regex
    tail_headings: Words
    credit: list[Annotated[str, AfterValidator(regex_with_groups("role", "names"))]]
    credit_parts: Regex
    trailing: list[Regex]
    glued: Glued


class SentencesFile(Table):
    """data/sentences.toml."""

    abbreviations: Words
    before_numbers: Words  # of those, the ones that hold a sentence open only before a number


class QuotesFile(Table):
    """data/quotes.toml: verbs of saying and the words around them (stages/quotes.py)."""

    after: Words
    before: Words
    according: Words
    pronouns: Words  # "ujar dia", "Ia menegaskan": the last speaker
    pronoun_suffixes: Words  # "ujarnya"
    admitting: Words  # "Ia mengakui …": the floor handed to the pronoun's person, no quotation
    after_comma: Words  # verbs of saying read only after '…,"' and in lower case ("tutup Eniya")
    demonstratives: Words  # "ujar Anggota Komisi IV DPR RI ini"
    description_openers: Words  # "ujar mantan Sekretaris Jenderal Kemendagri itu"
    title_gap: Words  # the joining words and marks of a title between a verb of saying and a name
    not_description: Words  # words of where, when or to whom it was said: no speaker's description
    purpose: Words  # "untuk menegaskan": no report of speech
    hand_over: Words  # "Ia mempersilakan Kepala Dinas …": the next quotation is the other's


@cache
def lingua_names() -> frozenset[str]:
    """The names of lingua's Language members (stages/language.py takes them with getattr)."""
    from lingua import Language

    return frozenset(language.name for language in Language.all())


def _lingua(value: str) -> str:
    if value not in lingua_names():
        raise not_one_of(value, lingua_names())
    return value


LinguaName = Annotated[str, AfterValidator(_lingua)]


class LanguagesFile(Table):
    """data/languages.toml: the language the stages are built for, the languages lingua chooses
    between, and the marker words that tell Indonesian from Malay."""

    expected: LinguaName  # an article in another language is flagged (stages/language.py)
    candidates: list[LinguaName]
    markers: dict[LinguaName, Words] = {}

    @model_validator(mode="after")
    def _markers_are_candidates(self) -> LanguagesFile:
        """Markers decide between lingua's two best guesses, which are always candidates."""
        for name in self.markers:
            require_known(name, self.candidates, ("markers", name))
        require_known(self.expected, self.candidates, ("expected",))  # lingua can only call a candidate
        return self


class MorphologyFile(Table):
    """data/morphology.toml: affixes; a prefix maps to the letters its root may have lost ("")."""

    particles: Words
    possessives: Words
    suffixes: Words
    prefixes: dict[Word, list[str]]
    before_vowel: dict[Word, list[str]]

    @model_validator(mode="after")
    def _vowel_heads_are_prefixes(self) -> MorphologyFile:
        """[before_vowel] refines prefixes: one it names must be a prefix."""
        for prefix in self.before_vowel:
            require_known(prefix, self.prefixes, ("before_vowel", prefix))
        return self


# GKG theme names are upper-case words joined by "_" ("NATURAL_DISASTER_FLOOD")
ThemeName = Annotated[str, AfterValidator(matching(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*", "a GKG theme name"))]


class Theme(Table):
    """A [theme.NAME] entry: its cue words and the theme it is a kind of."""

    cues: Words
    parent: ThemeName | None = None


class ThemesFile(Table):
    """data/themes.toml."""

    theme: dict[ThemeName, Theme]

    @model_validator(mode="after")
    def _parents_are_themes(self) -> ThemesFile:
        """A parent is given to the article too, so it must be a theme itself."""
        for name, entry in self.theme.items():
            if entry.parent is not None:
                require_known(entry.parent, self.theme, ("theme", name, "parent"))
        return self


class ToneFile(Table):
    """data/tone.toml: the negators, first-person pronouns, verb prefixes and set phrases tone is
    measured with (stages/tone.py)."""

    negators: Words
    self_group: Words
    verb_prefixes: Words
    set_phrases: dict[Word, Words]


class SentimentSeedsFile(Table):
    """data/sentiment_seeds.toml: seed words of the sentiment lexicon (build/sentiment.py)."""

    positive: Words
    negative: Words
    neutral: Words


UPOS_TAGS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
             "PUNCT", "SCONJ", "SYM", "VERB", "X")
Upos = Annotated[str, AfterValidator(one_of(*UPOS_TAGS))]


class PosFile(Table):
    """data/pos.toml: the UPOS tag set and how BaPOS's and POSP's tags (and some of their
    tag-word pairs, keyed "TAG word") map onto it (pos/corpus.py)."""

    upos: list[Upos]
    bapos: dict[Word, Upos]
    posp: dict[Word, Upos]
    bapos_words: dict[Word, Upos]
    posp_words: dict[Word, Upos]
