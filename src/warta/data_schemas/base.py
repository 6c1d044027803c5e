"""The pieces every data file's model is built from: a table that forbids keys it does not
name, word lists, and the enumerated names (sectors, codes, TimeML values) the code compares
against. A value outside such a set would match nothing and be skipped without a word, which
is why it is an error here, at load, instead.

Sets are written out here rather than imported from the stages: ``warta.resources`` validates
with these models, and the stages import ``warta.resources``. tests/test_data_schemas.py checks
the sets against the code where the code keeps a list of its own (the time resolvers, entity
types, count types).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

ENUM_LISTED = 40  # names an error lists before it stops with "…"


class Table(BaseModel):
    """A TOML table with a fixed set of keys: any other key, a misspelling most likely, is an
    error. Strict, so that "3" is no number and 1 no true."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def not_one_of(value: object, allowed: Iterable[str], at: tuple[str | int, ...] = ()) -> PydanticCustomError:
    """The error for a name outside its set, listing the set (sorted) so a typo is easy to see.
    `at` extends the key path, for a check made on a table above the key."""
    names = sorted(allowed)
    listed = ", ".join(names[:ENUM_LISTED]) + (", …" if len(names) > ENUM_LISTED else "")
    close = difflib.get_close_matches(value, names, n=1) if isinstance(value, str) and len(names) > 1 else []
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return PydanticCustomError("not_one_of", "{value} is not one of {allowed}{hint}",
                               {"value": repr(value), "allowed": listed, "hint": hint, "at": at})


def one_of(*allowed: str) -> Callable[[str], str]:
    """A validator that takes only the given names."""
    names = frozenset(allowed)

    def check(value: str) -> str:
        if value not in names:
            raise not_one_of(value, names)
        return value

    return check


def matching(pattern: str, what: str) -> Callable[[str], str]:
    """A validator for a value of a fixed shape (an ISO code, a UTC offset)."""
    shape = re.compile(pattern)

    def check(value: str) -> str:
        if not shape.fullmatch(value):
            raise PydanticCustomError("shape", "{value} is not {what}", {"value": repr(value), "what": what})
        return value

    return check


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as error:
        raise PydanticCustomError("regex", "not a regular expression: {error}", {"error": str(error)}) from None
    return value


def regex_with_groups(*groups: str) -> Callable[[str], str]:
    """A validator for a pattern whose named groups the code reads (``match.group("source")``)."""

    def check(value: str) -> str:
        missing = [g for g in groups if g not in re.compile(_regex(value)).groupindex]
        if missing:
            raise PydanticCustomError("regex_group", "the pattern has no group named {group}",
                                      {"group": repr(missing[0])})
        return value

    return check


# ---- shapes --------------------------------------------------------------------------------------

Word = Annotated[str, StringConstraints(min_length=1)]  # a word or phrase; "" would match at every place
Words = list[Word]
Number = float  # strict: an int is a number too, a bool or a string is not
Regex = Annotated[str, AfterValidator(_regex)]
ISO3 = Annotated[str, AfterValidator(matching(r"[A-Z]{3}", "an ISO 3166 alpha-3 country code"))]
Currency = Annotated[str, AfterValidator(matching(r"[A-Z]{3}", "an ISO 4217 currency code"))]
UtcOffset = Annotated[str, AfterValidator(matching(r"[+-]\d{2}:\d{2}", "a UTC offset such as +07:00"))]
CameoRoot = Annotated[str, AfterValidator(matching(r"\d{2,4}", "a CAMEO code or code prefix"))]
Year = Annotated[int, Field(ge=1000, le=9999)]


class WordList(Table):
    """A table holding one word list under `words` (data/ner.toml's lists)."""

    words: Words


# ---- enumerated names ------------------------------------------------------------------------------

# CAMEO actor role codes (CAMEO 1.1b3, chapter 3; PETRARCH2's Phoenix agents), with REL (Phoenix's
# religious actors) and warta's SPT (sport). Actors and bodies carry them as `sector`; the GKG
# export writes them as Actor1Type1Code.
SECTORS = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
    "MOD", "RAD", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "SET", "REL", "SPT",
})
Sector = Annotated[str, AfterValidator(one_of(*SECTORS))]

# TimeML's `mod` values: the times stage and the counts stage write them as a TimeExpr's or a
# Count's `mod`.
TIMEML_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
                         "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"})
TimeMLMod = Annotated[str, AfterValidator(one_of(*TIMEML_MODS))]


def cameo_code(value: str) -> str:
    """A CAMEO code listed in data/cameo.tsv: ``ontology.code`` raises on any other when an event
    is coded, long after load."""
    from warta.ontology import cameo_codes  # here: warta.ontology imports warta.resources

    codes = cameo_codes()
    if value not in codes:
        raise PydanticCustomError("cameo", "{value} is not a CAMEO code of data/cameo.tsv", {"value": repr(value)})
    return value


CameoCode = Annotated[str, AfterValidator(cameo_code)]


def require_known(value: object, known: Iterable[object], at: tuple[str | int, ...]) -> None:
    """Raise unless `value` is among `known`: a cross reference inside a file (a cue's `needs`
    naming a list of [needs]), which the code would follow to nothing or to a KeyError."""
    known = set(known)
    if value not in known:
        raise not_one_of(value, known, at)
