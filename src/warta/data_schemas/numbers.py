"""Models of the data numbers, amounts and dates are read with: data/counts.toml,
data/amounts.toml and data/dates.toml."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from warta.data_schemas.base import Currency, Number, Table, TimeMLMod, UtcOffset, Word, Words, one_of, require_known

# the GKG count types the counts stage gives (model.Count.type lists them for the API)
COUNT_TYPES = ("KILL", "WOUND", "MISSING", "EVACUATION", "ARREST", "SUSPECT", "PROTEST", "AFFECT", "KIDNAP",
               "DEPLOY", "DAMAGE")
CountType = Annotated[str, AfterValidator(one_of(*COUNT_TYPES))]
# where a cue stands relative to its number (stages/counts.py compares with "before" and "after")
Side = Annotated[str, AfterValidator(one_of("before", "after", "either"))]
Positive = Annotated[Number, Field(gt=0)]
Range = Annotated[list[Number], Field(min_length=2, max_length=2)]  # [low, high]


class NumberWords(Table):
    """[numbers]: number words by the part they play (stages/numbers.py)."""

    units: dict[Word, Number]
    small: dict[Word, Number]
    large: dict[Word, Positive]
    vague: dict[Word, Range]


class Blockers(Table):
    """[blockers]: words before or after a number that make it no count."""

    before: Words
    after: Words
    money_before: Words  # a currency's mark or code: "Rp 5" is money
    money_after: Words  # a currency's name: "5 dolar"


class CountWords(Table):
    """[words]: counted nouns and the words that may stand between them and their number."""

    nouns: Words
    links: Words
    compounds: Words  # "kepala keluarga": the noun counted runs on into these
    turns: Words  # a clause turns: a cue before says nothing of a number after
    negations: Words  # "tidak ada korban jiwa"
    conjunctions: Words  # "1.776 KK atau 5.402 jiwa"


class Cue(Table):
    """A [[cue]] entry: the words that say what befell the counted."""

    type: CountType
    side: Side
    words: Words = Field(min_length=1)
    needs: Word | None = None  # the name of a [needs] list the counted noun must be in


class CountsFile(Table):
    """data/counts.toml."""

    numbers: NumberWords
    modifiers: dict[Word, TimeMLMod]
    blockers: Blockers
    words: CountWords
    needs: dict[Word, Words] = {}
    cue: list[Cue]

    @model_validator(mode="after")
    def _needs_are_listed(self) -> CountsFile:
        """A cue's `needs` names a [needs] list: counts.py looks it up with .get, so a misspelt
        name would lift the restriction without a word."""
        for index, cue in enumerate(self.cue):
            if cue.needs is not None:
                require_known(cue.needs, self.needs, ("cue", index, "needs"))
        return self


class Currencies(Table):
    """[currency]: the marks before an amount ("Rp", "US$") and the words after it ("dolar AS"),
    each with its ISO 4217 code."""

    before: dict[Word, Currency]
    after: dict[Word, Currency]


class Measured(Table):
    """[measured]: the words that end what a quantity measures."""

    stops: Words


class AmountsFile(Table):
    """data/amounts.toml."""

    currency: Currencies
    scales: dict[Word, Positive]
    units: dict[Word, Word]
    objects: dict[Word, Word]
    measured: Measured


class Attribution(Table):
    """[attribution]: words before a date that say the text was reported on it."""

    cues: Words


class DatesFile(Table):
    """data/dates.toml: month and weekday names (weekday numbers as Python's, Monday 0)."""

    months: dict[Word, Annotated[int, Field(ge=1, le=12)]]
    weekdays: dict[Word, Annotated[int, Field(ge=0, le=6)]]
    zones: dict[Word, UtcOffset]
    attribution: Attribution
