"""One pydantic model per language data file (``warta/data/*.toml``).

``warta.resources.load`` validates each file with its model when it first parses it, so that a
misspelt key or a name outside the set the code compares with (a trigger's frame, a sector, a
resolver) fails at load with one line naming the file and the key path, instead of matching
nothing. The models only check: ``load`` still returns the parsed TOML as it was, so no caller
changes and validation costs nothing after the first load.

Tables keyed by free words (lexicon entries, gazetteers, word lists by name where the code
reads them all) are typed as ``dict[…]`` so new entries of the same shape validate; tables the
code reads key by key are models that forbid other keys.
"""

from __future__ import annotations

import difflib
import re
from inspect import isclass
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from warta.data_schemas.entities import ActorsFile, CountriesFile, NerFile, OrganisationsFile, PlacesFile, TitlesFile
from warta.data_schemas.events import AgentsFile, ContextsFile, EventsCodebookFile, EventsFile
from warta.data_schemas.numbers import AmountsFile, CountsFile, DatesFile
from warta.data_schemas.text import (
    ChromeFile,
    LanguagesFile,
    MorphologyFile,
    PageFile,
    PosFile,
    QuotesFile,
    SentencesFile,
    SentimentSeedsFile,
    ThemesFile,
    ToneFile,
)
from warta.data_schemas.timex import TimexFile

__all__ = ["SCHEMAS", "DataFileError", "validate"]

SCHEMAS: dict[str, type[BaseModel]] = {
    "actors": ActorsFile, "agents": AgentsFile, "amounts": AmountsFile, "chrome": ChromeFile,
    "contexts": ContextsFile, "countries": CountriesFile, "counts": CountsFile, "dates": DatesFile,
    "events": EventsFile, "events_codebook": EventsCodebookFile, "languages": LanguagesFile,
    "morphology": MorphologyFile, "ner": NerFile, "organisations": OrganisationsFile, "page": PageFile,
    "places": PlacesFile, "pos": PosFile, "quotes": QuotesFile, "sentences": SentencesFile,
    "sentiment_seeds": SentimentSeedsFile, "themes": ThemesFile, "timex": TimexFile, "titles": TitlesFile,
    "tone": ToneFile,
}

BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")  # a TOML key written without quotes
LISTED_KEYS = 24  # known keys an "unknown key" error lists


class DataFileError(ValueError):
    """A data file that does not fit its model, or that has none; the message is one line."""


def validate(name: str, data: dict[str, Any]) -> None:
    """Check the parsed ``data/<name>.toml`` against its model; raise DataFileError (one line:
    the file, the key path, what is wrong) on the first problem. A file without a model is an
    error too, so a new file cannot skip the checks."""
    model = SCHEMAS.get(name)
    if model is None:
        raise DataFileError(f"{name}.toml: no model in warta.data_schemas (every data file needs one)")
    try:
        model.model_validate(data)
    except ValidationError as error:
        # a misspelt key is both unknown and, under its right name, missing: name the unknown one
        problems = sorted(error.errors(include_url=False), key=lambda p: p["type"] != "extra_forbidden")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise DataFileError(f"{name}.toml: {describe(problems[0], model, data)}{more}") from None


def describe(problem: ErrorDetails, model: type[BaseModel], data: Any) -> str:
    """"key.path: what is wrong" for one pydantic error, in words a data editor can act on."""
    loc = [step for step in problem["loc"] if step != "[key]"]  # "[key]": the key itself is wrong
    loc += list(problem.get("ctx", {}).get("at", ()))  # a cross reference checked on a table above
    kind = problem["type"]
    if kind == "extra_forbidden":
        message = _unknown_key(str(loc[-1]), _known_keys(model, loc[:-1]))
    elif kind == "missing":
        message = "missing key"
    else:
        message = problem["msg"]
    path = key_path(loc, data) or "(top level)"
    return f"{path}: {' '.join(message.split())}"


def key_path(loc: list[str | int], data: Any) -> str:
    """A pydantic location as a TOML key path: trigger[3](tiba di).frame, currency.after."dolar as".
    A list item is labelled with its name or first word, since a position in a long file is
    hard to find."""
    out = ""
    node = data
    for step in loc:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
            out += f"[{step}]" + (f"({label})" if (label := _label(node)) else "")
            continue
        out += ("." if out else "") + (step if BARE_KEY.fullmatch(step) else f'"{step}"')
        node = node.get(step) if isinstance(node, dict) else None
    return out


def _label(entry: Any) -> str | None:
    """What names a list entry: its `name`, else its first word, root or type."""
    if not isinstance(entry, dict):
        return None
    if isinstance(entry.get("name"), str):
        return entry["name"]
    for key in ("words", "roots"):
        first = entry.get(key)
        if isinstance(first, list) and first and isinstance(first[0], str):
            return first[0]
    return entry["type"] if isinstance(entry.get("type"), str) else None


def _unknown_key(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    listed = ", ".join(known[:LISTED_KEYS]) + (", …" if len(known) > LISTED_KEYS else "")
    return f"unknown key{hint} (known: {listed})" if known else "unknown key"


def _known_keys(model: type[BaseModel], loc: list[str | int]) -> list[str]:
    """The keys the table at `loc` may hold, by walking the model's types down the path."""
    node: Any = model
    for step in loc:
        node = _child(_unwrap(node), step)
        if node is None:
            return []
    node = _unwrap(node)
    if isclass(node) and issubclass(node, BaseModel):
        return sorted(field.alias or name for name, field in node.model_fields.items())
    return []


def _child(node: Any, step: str | int) -> Any:
    if isclass(node) and issubclass(node, BaseModel):
        return next((f.annotation for n, f in node.model_fields.items() if (f.alias or n) == step), None)
    origin, args = get_origin(node), get_args(node)
    if origin is dict:
        return args[1]
    if origin is list:
        return args[0]
    return None


def _unwrap(node: Any) -> Any:
    """A type without its Annotated metadata and without `| None`."""
    while True:
        origin = get_origin(node)
        if origin is Annotated:
            node = get_args(node)[0]
        elif origin in (Union, UnionType):
            node = next(arg for arg in get_args(node) if arg is not type(None))
        else:
            return node
