"""The models of the language data files (warta.data_schemas): every shipped file validates and
loads unchanged; misspelt keys and unknown names are rejected with one line naming the file and
the key path; a file with no model is rejected. Bad inputs are deep copies of the shipped data
changed by hand, never edits of the shipped files."""

from __future__ import annotations

import copy
import tomllib
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import warta.resources
from warta.data_schemas import SCHEMAS, DataFileError, validate
from warta.data_schemas.entities import ENTITY_TYPES
from warta.data_schemas.events import FRAMES
from warta.data_schemas.numbers import COUNT_TYPES
from warta.data_schemas.timex import RESOLVERS
from warta.model import Count, Entity
from warta.resources import data_path, load
from warta.stages.times.tagger import RESOLVERS as TAGGER_RESOLVERS

SHIPPED = sorted(p.stem for p in data_path("").glob("*.toml"))
SECTORS_LISTED = ("AGR, BUS, COP, CRM, CVL, DEV, EDU, ELI, ENV, GOV, HLH, HRI, IGO, IMG, INS, INT, JUD, LAB, LEG, "
                  "MED, MIL, MNC, MOD, NGM, NGO, OPP, PTY, RAD, REB, REF, REL, SEP, SET, SPT, SPY, UAF, UIS")
TRIGGER_KEYS = ("by_law, cameo, civil_cameo, except, frame, intent_cameo, needs, needs_as_object, needs_object, "
                "needs_within, "
                "not_after, not_after_target, not_before, not_next, not_sectors, open_target, reach, roots, "
                "sector_cameo, sectors, source, target, verbal_cameo, voice, words")


def parsed(name: str) -> dict[str, Any]:
    """The shipped file as tomllib reads it, apart from warta.resources."""
    with data_path(f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def rejection(name: str, change: Callable[[dict[str, Any]], object]) -> str:
    """The error for a copy of the shipped data changed by `change`."""
    data = copy.deepcopy(load(name))
    change(data)
    with pytest.raises(DataFileError) as caught:
        validate(name, data)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{name}.toml: ")
    return message


def test_every_data_file_has_a_model_and_every_model_a_file():
    assert len(SHIPPED) >= 22
    assert sorted(SCHEMAS) == SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_file_validates_and_loads_unchanged(name: str):
    validate(name, parsed(name))
    assert load(name) == parsed(name)  # checked, not reshaped


def test_a_file_without_a_model_is_rejected():
    with pytest.raises(DataFileError) as caught:
        validate("weather", {"rain": ["hujan"]})
    assert str(caught.value) == "weather.toml: no model in warta.data_schemas (every data file needs one)"


def test_load_rejects_a_file_without_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "weather_words.toml").write_text('rain = ["hujan"]\n', encoding="utf-8")
    monkeypatch.setattr(warta.resources, "data_path", lambda name: tmp_path / name)
    with pytest.raises(DataFileError, match=r"^weather_words\.toml: no model"):
        load("weather_words")


def test_load_rejects_a_misspelt_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """load validates: a sentences.toml with a misspelt key never reaches the stage."""
    monkeypatch.setattr(warta.resources, "data_path", lambda name: tmp_path / name)
    (tmp_path / "sentences.toml").write_text('abreviations = ["dr"]\n', encoding="utf-8")
    load.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"^sentences\.toml: abreviations: unknown key; did you mean"):
            load("sentences")
    finally:
        load.cache_clear()


# ---- events.toml -------------------------------------------------------------------------------

def one_trigger(**entry: Any) -> Callable[[dict[str, Any]], None]:
    """A change that leaves a single hand-written trigger, so the error's path is known."""
    return lambda data: data.__setitem__("trigger", [{"words": ["menggeledah"], "cameo": "173", **entry}])


def test_events_an_unknown_frame_is_rejected():
    assert rejection("events", one_trigger(frame="direced")) == (
        "events.toml: trigger[0](menggeledah).frame: 'direced' is not one of between, directed, give, meet, "
        "receive, thank, visit (did you mean 'directed'?)")


def test_events_a_misspelt_key_is_rejected():
    # (the known keys are cut short with "…" past a length: the message stays one line)
    assert rejection("events", one_trigger(frame="directed", fram="meet")).startswith(
        f"events.toml: trigger[0](menggeledah).fram: unknown key; did you mean 'frame'? (known: {TRIGGER_KEYS[:200]}")
    message = rejection("events", lambda data: data["flags"].__setitem__("negasi", ["tidak"]))
    assert message.startswith(
        "events.toml: flags.negasi: unknown key; did you mean 'negation'? (known: acted_on_acts, adjective_nouns, "
        "adjective_verbs, adjective_words, adverbs, ")


def test_events_unknown_codes_and_voices_are_rejected():
    assert rejection("events", one_trigger(frame="directed", cameo="1730")) == (
        "events.toml: trigger[0](menggeledah).cameo: '1730' is not a CAMEO code of data/cameo.tsv")
    assert rejection("events", one_trigger(frame="directed", voice="pasif")) == (
        "events.toml: trigger[0](menggeledah).voice: 'pasif' is not one of active, passive (did you mean 'passive'?)")
    assert rejection("events", lambda data: data["flags"].__setitem__("law_sectors", ["COP", "JDU"])) == (
        f"events.toml: flags.law_sectors[1]: 'JDU' is not one of {SECTORS_LISTED} (did you mean 'JUD'?)")
    assert rejection("events", lambda data: data["give_kinds"].__setitem__("0799", ["dana"])) == (
        "events.toml: give_kinds.0799: '0799' is not a CAMEO code of data/cameo.tsv")


def test_events_a_trigger_with_nothing_to_match_is_rejected():
    assert rejection("events", lambda data: data.__setitem__("trigger", [{"cameo": "173", "frame": "directed"}])) \
        == "events.toml: trigger[0]: a trigger needs `words` or `roots`"


def test_events_codebook_a_misspelt_key_is_rejected():
    message = rejection("events_codebook", lambda data: data["trigger"][0].__setitem__("sourse", "x"))
    assert message.startswith("events_codebook.toml: trigger[0](")
    assert ").sourse: unknown key; did you mean 'source'?" in message


# ---- agents.toml -------------------------------------------------------------------------------

def test_agents_an_unknown_sector_is_rejected():
    assert rejection("agents", lambda data: data["agents"].__setitem__("GOVT", ["lurah"])) == (
        f"agents.toml: agents.GOVT: 'GOVT' is not one of {SECTORS_LISTED} (did you mean 'GOV'?)")


def test_agents_a_misspelt_key_is_rejected():
    assert rejection("agents", lambda data: data["pronouns"].__setitem__("persons", ["ia"])) == (
        "agents.toml: pronouns.persons: unknown key; did you mean 'person'? "
        "(known: openers, pair, pair_countries, pair_people, person, person_phrases, plural, plural_speaker, "
        "side, speaker, speaker_subject)")
    assert rejection("agents", lambda data: data.__setitem__("epithet", data.pop("epithets"))).startswith(
        "agents.toml: epithet: unknown key; did you mean 'epithets'?")


# ---- ner.toml ----------------------------------------------------------------------------------

def test_ner_an_unknown_entity_type_is_rejected():
    assert rejection("ner", lambda data: data["types"].__setitem__("PPL", "PERSN")) == (
        "ner.toml: types.PPL: 'PERSN' is not one of EVENT, ORG, PERSON, PLACE (did you mean 'PERSON'?)")


def test_ner_a_misspelt_key_is_rejected():
    assert rejection("ner", lambda data: data["institution_heads"].__setitem__("PLACES", ["desa"])) == (
        "ner.toml: institution_heads.PLACES: unknown key; did you mean 'PLACE'? (known: ORG, PLACE)")
    assert rejection("ner", lambda data: data["honorifics"].__setitem__("word", ["pak"])) == (
        "ner.toml: honorifics.word: unknown key; did you mean 'words'? (known: words)")


def test_ner_a_missing_list_is_rejected():
    assert rejection("ner", lambda data: data.pop("not_names")) == "ner.toml: not_names: missing key"


# ---- titles.toml -------------------------------------------------------------------------------

def test_titles_an_unknown_sector_is_rejected():
    assert rejection("titles", lambda data: data["titles"].__setitem__("POL", ["Kapolri"])) == (
        "titles.toml: titles.POL: 'POL' is not one of AGR, ANY, "
        + SECTORS_LISTED.removeprefix("AGR, ").replace("REL, SEP", "REL, ROLE, SEP"))


def test_titles_a_misspelt_key_is_rejected():
    assert rejection("titles", lambda data: data.__setitem__("title", {"GOV": ["Lurah"]})) == (
        "titles.toml: title: unknown key; did you mean 'titles'? "
        "(known: abbreviations, academic_prefixes, acting_prefixes, deputy_prefixes, field_openers, lettered_bodies, "
        "name_nobles, name_titles, office_tails, rank_corps, ranks, settlement_heads, titles, village_heads, "
        "whole_offices)")


def test_titles_a_title_that_is_no_string_is_rejected():
    assert rejection("titles", lambda data: data["titles"].__setitem__("GOV", ["Lurah", 7])) == (
        "titles.toml: titles.GOV[1]: Input should be a valid string")


# ---- quotes.toml (word lists only: no enumerated names) ----------------------------------------

def test_quotes_a_misspelt_key_is_rejected():
    assert rejection("quotes", lambda data: data.__setitem__("befor", ["mengatakan"])) == (
        "quotes.toml: befor: unknown key; did you mean 'before'? (known: according, admitting, after, after_comma, "
        "before, demonstratives, description_openers, hand_over, not_description, pronoun_suffixes, pronouns, "
        "purpose, title_gap)")


def test_quotes_an_empty_or_wrongly_typed_verb_is_rejected():
    assert rejection("quotes", lambda data: data.__setitem__("according", ["menurut", ""])) == (
        "quotes.toml: according[1]: String should have at least 1 character")
    assert rejection("quotes", lambda data: data.__setitem__("after", "kata")) == (
        "quotes.toml: after: Input should be a valid list")


# ---- timex.toml --------------------------------------------------------------------------------

def one_rule(**rule: Any) -> Callable[[dict[str, Any]], None]:
    base = {"name": "hand-made", "needs": ["@month"], "pattern": "(?P<mon>@month)", "resolve": "calendar"}
    return lambda data: data.__setitem__("rule", [{**base, **rule}])


def test_timex_an_unknown_resolver_is_rejected():
    message = rejection("timex", one_rule(resolve="calender"))
    assert message.startswith("timex.toml: rule[0](hand-made).resolve: 'calender' is not one of calendar, century, ")
    assert message.endswith(" (did you mean 'calendar'?)")


def test_timex_an_unknown_word_list_or_value_is_rejected():
    assert rejection("timex", one_rule(needs=["@monht"])).startswith(
        "timex.toml: rule[0](hand-made).needs: 'monht' is not one of edge, holiday, month, ")
    assert "rule[0](hand-made).pattern: 'mont' is not one of " in rejection("timex", one_rule(pattern="@mont"))
    assert rejection("timex", lambda data: data["mods"]["before"].__setitem__("kurang lebih", "APROX")) == (
        'timex.toml: mods.before."kurang lebih": \'APROX\' is not one of AFTER, APPROX, BEFORE, END, EQUAL_OR_LESS, '
        "EQUAL_OR_MORE, LESS_THAN, MID, MORE_THAN, ON_OR_AFTER, ON_OR_BEFORE, START (did you mean 'APPROX'?)")
    assert rejection("timex", lambda data: data["seasons"].__setitem__("kemarau", "SUMMER")) == (
        "timex.toml: seasons.kemarau: 'SUMMER' is not one of FA, SP, SU, WI")


def test_timex_a_misspelt_key_is_rejected():
    assert rejection("timex", one_rule(case_sensitive=True)) == (
        "timex.toml: rule[0](hand-made).case_sensitive: unknown key; did you mean 'case_sensitive_first'? "
        "(known: case_sensitive_first, name, needs, pattern, resolve)")
    assert rejection("timex", lambda data: data["tense"].__setitem__("futur", ["akan"])) == (
        "timex.toml: tense.futur: unknown key; did you mean 'future'? (known: future, past, run_up)")


# ---- the other files -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "change", "expected"), [
    ("counts", lambda d: d["cue"].__setitem__(0, {"type": "KILLED", "side": "after", "words": ["tewas"]}),
     "counts.toml: cue[0](tewas).type: 'KILLED' is not one of AFFECT, ARREST, DAMAGE, DEPLOY, EVACUATION, KIDNAP, "
     "KILL, MISSING, PROTEST, SUSPECT, WOUND (did you mean 'KILL'?)"),
    ("counts", lambda d: d["cue"].__setitem__(0, {"type": "KILL", "side": "after", "words": ["tewas"],
                                                  "needs": "forse"}),
     "counts.toml: cue[0](tewas).needs: 'forse' is not one of forces, things (did you mean 'forces'?)"),
    ("counts", lambda d: d["cue"].__setitem__(0, {"type": "KILL", "side": "sebelum", "words": ["tewas"]}),
     "counts.toml: cue[0](tewas).side: 'sebelum' is not one of after, before, either"),
    ("actors", lambda d: d.__setitem__("actor", [{"name": "Joko Widodo", "country": "IDN",
                                                  "roles": [{"title": "Presiden", "form": 2014}]}]),
     "actors.toml: actor[0](Joko Widodo).roles[0].form: unknown key; did you mean 'from'? (known: from, title, to) "
     "(and 1 more)"),
    ("actors", lambda d: d.__setitem__("actor", [{"name": "Joko Widodo", "country": "Indonesia"}]),
     "actors.toml: actor[0](Joko Widodo).country: 'Indonesia' is not an ISO 3166 alpha-3 country code"),
    ("organisations", lambda d: d["organisations"].__setitem__("KPK", {"sector": "JUD", "aliasses": ["x"]}),
     "organisations.toml: organisations.KPK.aliasses: unknown key; did you mean 'aliases'? "
     "(known: aliases, country, sector)"),
    ("amounts", lambda d: d["currency"]["after"].__setitem__("dolar brunei", "bnd"),
     'amounts.toml: currency.after."dolar brunei": \'bnd\' is not an ISO 4217 currency code'),
    ("page", lambda d: d["labels"].__setitem__("editors", ["penyunting"]),
     "page.toml: labels.editors: unknown key; did you mean 'editor'? (known: author, editor, other)"),
    ("page", lambda d: d["sources"].__setitem__("patterns", [r"dikutip dari (?P<outlet>\w+)"]),
     "page.toml: sources.patterns[0]: the pattern has no group named 'source'"),
    ("chrome", lambda d: d.__setitem__("drop", ["^(iklan$"]),
     "chrome.toml: drop[0]: not a regular expression: missing ), unterminated subpattern at position 1"),
    ("languages", lambda d: d.__setitem__("candidates", ["INDONESIAN", "MALAI"]),
     "languages.toml: candidates[1]: 'MALAI' is not one of AFRIKAANS, ALBANIAN, ARABIC, ARMENIAN, AZERBAIJANI, "
     "BASQUE, BELARUSIAN, BENGALI, BOKMAL, BOSNIAN, BULGARIAN, CATALAN, CHINESE, CROATIAN, CZECH, DANISH, DUTCH, "
     "ENGLISH, ESPERANTO, ESTONIAN, FINNISH, FRENCH, GANDA, GEORGIAN, GERMAN, GREEK, GUJARATI, HEBREW, HINDI, "
     "HUNGARIAN, ICELANDIC, INDONESIAN, IRISH, ITALIAN, JAPANESE, KAZAKH, KOREAN, LATIN, LATVIAN, LITHUANIAN, … "
     "(did you mean 'MALAY'?)"),
    ("themes", lambda d: d["theme"].__setitem__("FLOOD", {"cues": ["banjir"], "parent": "NATURAL_DISASTR"}),
     None),
    ("dates", lambda d: d["months"].__setitem__("desember", 13),
     "dates.toml: months.desember: Input should be less than or equal to 12"),
    ("places", lambda d: d["areas"].__setitem__("Laut Jawa", {"contry": "IDN"}),
     'places.toml: areas."Laut Jawa".contry: unknown key; did you mean \'country\'? (known: aliases, country)'),
    ("morphology", lambda d: d["before_vowel"].__setitem__("mang", ["k"]),
     None),
    ("contexts", lambda d: d["cues"].__setitem__("Human Rights", ["ham"]),
     'contexts.toml: cues."Human Rights": \'Human Rights\' is not a PLOVER context name'),
    ("countries", lambda d: d["seats"].__setitem__("Bandar Seri Begawan", "BN"),
     'countries.toml: seats."Bandar Seri Begawan": \'BN\' is not an ISO 3166 alpha-3 country code'),
    ("sentiment_seeds", lambda d: d.__setitem__("netral", []),
     "sentiment_seeds.toml: netral: unknown key; did you mean 'neutral'? (known: negative, neutral, positive)"),
    ("sentences", lambda d: d["abbreviations"].append(None),
     None),
    ("tone", lambda d: d.__setitem__("negator", ["tidak"]),
     "tone.toml: negator: unknown key; did you mean 'negators'? (known: negators, self_group, set_phrases, "
     "verb_prefixes)"),
    ("languages", lambda d: d.__setitem__("expected", "JAVANESE"),
     None),
])
def test_other_files_reject_misspelt_keys_and_unknown_names(name: str, change: Callable, expected: str | None):
    message = rejection(name, change)
    if expected is not None:
        assert message == expected


def test_timex_a_word_a_rule_matches_must_have_its_value():
    """The resolvers look a matched part of day, season, edge or unit up in its table; the
    tagger would skip the expression on a word missing there."""
    assert rejection("timex", lambda d: d["words"]["part"].append("larut malam")) == (
        "timex.toml: words.part: 'larut malam' is not one of dini hari, fajar, malam, pagi, petang, senja, siang, "
        "sore, subuh, tengah hari, tengah malam (did you mean 'malam'?)")
    assert rejection("timex", lambda d: d["words"]["se_unit"].append("sesaat")).startswith(
        "timex.toml: words.se_unit: 'sesaat' is not one of abad, bulan, ")
    assert rejection("timex", lambda d: d["days"].__setitem__("night", ["tadi malam", "malam tadi"])).startswith(
        "timex.toml: days.night: 'malam tadi' is not one of ")
    assert rejection("timex", lambda d: d["periods"].__setitem__("windu", "8 years")).startswith(
        "timex.toml: periods.windu: '8 years' is not one of century, day, decade, half, month, ")
    assert rejection("timex", lambda d: d["relative"].__setitem__("futur", ["depan"])).startswith(
        "timex.toml: relative.futur: unknown key; did you mean 'future'?")


def test_languages_the_expected_language_is_a_candidate():
    assert rejection("languages", lambda d: d.__setitem__("expected", "JAVANESE")).startswith(
        "languages.toml: expected: 'JAVANESE' is not one of ")
    assert rejection("languages", lambda d: d.pop("expected")) == "languages.toml: expected: missing key"


def test_cross_references_name_the_key_they_break():
    assert "theme.FLOOD.parent: 'NATURAL_DISASTR' is not one of " in rejection(
        "themes", lambda d: d["theme"].__setitem__("FLOOD", {"cues": ["banjir"], "parent": "NATURAL_DISASTR"}))
    assert rejection("morphology", lambda d: d["before_vowel"].__setitem__("mang", ["k"])).startswith(
        "morphology.toml: before_vowel.mang: 'mang' is not one of ")


def test_more_than_one_problem_is_still_one_line():
    def change(data: dict[str, Any]) -> None:
        data["aftr"] = []
        data["befor"] = []

    assert rejection("quotes", change).endswith("(and 1 more)")


# ---- the sets match the code they stand for ------------------------------------------------------

def test_the_resolver_names_are_the_taggers():
    assert set(RESOLVERS) == set(TAGGER_RESOLVERS)


def test_the_entity_types_are_the_models():
    assert set(ENTITY_TYPES) == set(typing.get_args(Entity.model_fields["type"].annotation))


def test_the_count_types_are_those_the_model_documents():
    described = Count.model_fields["type"].description
    assert all(kind in described for kind in COUNT_TYPES)


def test_the_frames_are_those_the_codebook_tests_know():
    from tests.test_events_codebook import FRAMES as CODEBOOK_FRAMES

    assert set(FRAMES) == CODEBOOK_FRAMES
