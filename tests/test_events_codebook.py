"""The CAMEO codebook in Indonesian (data/events_codebook.toml): every scored code reachable or
set aside with a reason, entries well formed, the candidate list current with its sources, and
sentences of each family coded through the events stage on hand-built Documents."""

from __future__ import annotations

import csv
import inspect
import re
import tomllib

import pytest

from tests.conftest import SHARED, run, shared_path
from tests.documents import build
from warta.build import events as build_events
from warta.model import Document
from warta.morphology import root_of
from warta.resources import data_path
from warta.stages import event_triggers as events_stage
from warta.stages.events import Events

# the keys the loader reads (events.py: entry.get("…"), entry["…"]), and the codebook's `source`
READ = re.compile(r'(?:entry|lex\.roots\[root\])(?:\.get\(|\[)"(\w+)"')
KEYS = {"words", "roots", "cameo", "frame", "needs", "reach", "not_next", "not_after", "except", "intent_cameo",
        "source"} | set(READ.findall(inspect.getsource(events_stage)))
FRAMES = {"directed", "meet", "visit", "give", "receive", "between", "thank"}


def toml(name: str) -> dict:
    with data_path(f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def cameo_rows() -> dict[str, dict]:
    with data_path("cameo.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["cameo"]: row for row in csv.DictReader(handle, delimiter="\t")}


def entries() -> list[dict]:
    return toml("events")["trigger"] + toml("events_codebook")["trigger"]


def test_every_scored_code_is_reached_or_set_aside_with_a_reason():
    reached = {code for e in entries() for code in (e["cameo"], e.get("intent_cameo")) if code}
    unreachable = toml("events_codebook")["unreachable"]
    scored = {code for code, row in cameo_rows().items() if row["goldstein"]}
    assert len(scored) > 300
    missing = sorted(scored - reached - set(unreachable))
    assert not missing, f"neither reached by a trigger nor listed in [unreachable]: {missing}"
    assert all(isinstance(reason, str) and len(reason) > 20 for reason in unreachable.values())
    assert not reached & set(unreachable), "a code both reached and listed as unreachable"
    assert set(unreachable) <= set(cameo_rows())


def test_the_scored_codes_are_those_of_the_goldstein_table():
    path = shared_path("data/ontology/CAMEO.goldsteinscale.txt")
    published = {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()}
    shipped = {code for code, row in cameo_rows().items() if row["goldstein"]}
    assert shipped == published


def test_entries_are_well_formed():
    codes = cameo_rows()
    for entry in entries():
        assert set(entry) <= KEYS, (entry.get("words"), set(entry) - KEYS)
        assert entry["frame"] in FRAMES, entry
        assert entry["cameo"] in codes, entry["cameo"]
        assert entry.get("intent_cameo") is None or entry["intent_cameo"] in codes
        assert entry.get("words") or entry.get("roots"), entry
        for key in ("words", "roots", "needs", "not_next", "not_after", "except"):
            value = entry.get(key, [])
            assert isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value), (key, entry)
        assert entry.get("reach") is None or 0 < entry["reach"] <= 8


def test_codebook_entries_name_their_source():
    for entry in toml("events_codebook")["trigger"]:
        assert entry["source"] == "written for warta" or entry["source"].startswith("PETRARCH2 "), entry["source"]


def test_a_cited_petrarch_pattern_is_in_the_candidate_list():
    with build_events.OUTPUT.open(encoding="utf-8", newline="") as handle:
        listed = set()
        for row in csv.DictReader(handle, delimiter="\t"):
            listed |= {row["english"].upper(), f"{row['english'].upper()} {row['pattern']}".strip()}
    for entry in toml("events_codebook")["trigger"]:
        if entry["source"].startswith("PETRARCH2 "):
            assert entry["source"].removeprefix("PETRARCH2 ") in listed, entry["source"]


def test_no_phrase_is_listed_twice_in_the_codebook():
    seen: dict[tuple[str, ...], str] = {}
    for entry in toml("events")["trigger"]:
        for words in entry.get("words", []):
            seen[tuple(words.lower().split())] = "events.toml"
    for entry in toml("events_codebook")["trigger"]:
        for words in entry.get("words", []):
            phrase = tuple(words.lower().split())
            assert phrase not in seen, f"{words!r} already in {seen[phrase]}"
            seen[phrase] = entry["cameo"]


def test_a_phrase_opening_with_di_has_a_known_root():
    # the matcher asks a phrase's first word for its root to tell a passive ("disomasi") from a
    # word that begins with di; a word whose root is unknown must not open a phrase, unless the
    # entry says its voice itself ("digeruduk": `voice = "passive"`)
    for entry in toml("events_codebook")["trigger"]:
        for words in entry.get("words", []):
            first = words.lower().split()[0]
            if first.startswith("di") and "voice" not in entry:
                assert root_of(first) is not None, words


def test_the_candidate_list_is_what_a_build_gives(tmp_path):
    shared_path("data/ontology/petrarch2/CAMEO.2.0.txt")
    shared_path("data/lexicon/freedict-eng-ind/freedict-eng-ind.dict")
    shared_path("data/lexicon/thesaurus-id/th_id_ID_v2.dat")
    built = tmp_path / "events_candidates.tsv"
    summary = build_events.build(SHARED, built)
    # fails after a change of the builder or its sources without `warta build events`
    assert built.read_bytes() == build_events.OUTPUT.read_bytes()
    assert summary.codes == 311 and summary.rows > 4000 and "111" not in summary.missing
    rows = list(csv.DictReader(built.open(encoding="utf-8", newline=""), delimiter="\t"))
    assert {r["cameo"] for r in rows} == set(build_events.read_codes(SHARED / build_events.EVENT_CODES))
    condemn = [r for r in rows if r["cameo"] == "111" and r["english"] == "condemn" and r["kind"] == "verb"]
    assert condemn and "kecam" in condemn[0]["roots"].split()


def test_the_build_command_names_what_is_missing(tmp_path):
    code, _, err = run("build", "events", "--shared", str(tmp_path))
    assert code == 2 and "CAMEO.2.0.txt" in err


def test_the_petrarch_reader_takes_groups_verbs_and_patterns(tmp_path):
    dictionary = tmp_path / "verbs.txt"
    dictionary.write_text("####### VERB PATTERNS #######\n\n---  PROBE   [090]  ---\nPROBE\n"
                          "SWEEP {SWEEPS SWEPT }\nGRILL [110]\n+LOOK_OVER\n"
                          "- * MURDER   [090]   # PROBE\n- * AREA   [150]   # COMB\n- * FIRE  [042:043]  # X\n"
                          "- * NOTHING [---]\n", encoding="utf-8")
    verbs = build_events.read_verbs(dictionary)
    assert [e.english for e in verbs["090"] if e.kind == "verb"] == ["probe", "sweep", "look over"]
    assert [e.english for e in verbs["110"]] == ["grill"]
    assert [(e.english, e.pattern) for e in verbs["150"]] == [("comb", "* AREA")]
    assert [e.pattern for e in verbs["042"]] == ["* FIRE"]


# ---- sentences of each family through the events stage ------------------------------------------

def document(text: str, entities: list[tuple[str, str, str | None]]) -> Document:
    return build(text, entities, (Events(),))


def coded(text: str, entities: list[tuple[str, str, str | None]]) -> list[tuple]:
    return [(e.cameo, e.type, e.source.name, e.target.name) for e in document(text, entities).events]


JPN = ("Pemerintah Jepang", "ORG", "JPN")
BUDI = ("Budi Santoso", "PERSON", "IDN")
RUS, UKR = ("Rusia", "PLACE", "RUS"), ("Ukraina", "PLACE", "UKR")
ISR, HAMAS = ("Israel", "PLACE", "ISR"), ("Hamas", "ORG", "PSE")
KPK, PT = ("KPK", "ORG", "IDN"), ("PT Sinar Abadi", "ORG", "IDN")
USA, CHN = ("Amerika Serikat", "PLACE", "USA"), ("China", "PLACE", "CHN")

FAMILIES = [
    # 03 intent to cooperate (AGREE)
    ("Jepang menjanjikan bantuan militer kepada Filipina.",
     [("Jepang", "PLACE", "JPN"), ("Filipina", "PLACE", "PHL")], ("0332", "AGREE", "Jepang", "Filipina")),
    ("Qatar menawarkan diri menjadi mediator bagi Israel dan Hamas.",
     [("Qatar", "PLACE", "QAT"), ISR, HAMAS], ("039", "AGREE", "Qatar", "Israel")),
    # 04 consult
    ("Mesir memediasi Israel dan Hamas di Kairo.",
     [("Mesir", "PLACE", "EGY"), ISR, HAMAS, ("Kairo", "PLACE", "EGY")], ("045", "CONSULT", "Mesir", "Israel")),
    # 05 diplomatic cooperation (SUPPORT)
    ("Spanyol mengakui negara Palestina pada Mei lalu.",
     [("Spanyol", "PLACE", "ESP"), ("Palestina", "PLACE", "PSE")], ("054", "SUPPORT", "Spanyol", "Palestina")),
    ("Menteri Luar Negeri Sugiono meminta maaf kepada Malaysia.",
     [("Sugiono", "PERSON", "IDN"), ("Malaysia", "PLACE", "MYS")], ("055", "SUPPORT", "Sugiono", "Malaysia")),
    # 06 material cooperation
    ("Indonesia dan Australia memperluas kerja sama pertahanan antara Indonesia dan Australia.",
     [("Indonesia", "PLACE", "IDN"), ("Australia", "PLACE", "AUS")], ("062", "COOPERATE", "Indonesia", "Australia")),
    ("Jepang akan berinvestasi di Indonesia.",
     [("Jepang", "PLACE", "JPN"), ("Indonesia", "PLACE", "IDN")], ("0311", "AGREE", "Jepang", "Indonesia")),
    # 07 aid
    ("Pemerintah Jepang memberikan suaka kepada Budi Santoso.", [JPN, BUDI],
     ("075", "AID", "Pemerintah Jepang", "Budi Santoso")),
    ("Budi Santoso mendapat suaka dari Pemerintah Jepang.", [BUDI, JPN],
     ("075", "AID", "Pemerintah Jepang", "Budi Santoso")),
    # 08 yield
    ("Amerika Serikat mencabut sanksi terhadap Suriah.",
     [USA, ("Suriah", "PLACE", "SYR")], ("085", "RETREAT", "Amerika Serikat", "Suriah")),
    ("Israel dan Hamas menyepakati jeda kemanusiaan antara Israel dan Hamas.", [ISR, HAMAS],
     ("0871", "RETREAT", "Israel", "Hamas")),
    # 09 investigate
    ("Komnas HAM menyelidiki dugaan pelanggaran HAM oleh Polri.",
     [("Komnas HAM", "ORG", "IDN"), ("Polri", "ORG", "IDN")], ("092", "ACCUSE", "Komnas HAM", "Polri")),
    # 10 demand
    ("Amnesty International menuntut pembebasan Budi Santoso.",
     [("Amnesty International", "ORG", None), BUDI], ("1053", "REQUEST", "Amnesty International", "Budi Santoso")),
    ("Turki menyerukan gencatan senjata kepada Israel.",
     [("Turki", "PLACE", "TUR"), ISR], ("107", "REQUEST", "Turki", "Israel")),
    # 11 disapprove
    ("PT Sinar Abadi melayangkan somasi kepada KPK.", [PT, KPK], ("114", "ACCUSE", "PT Sinar Abadi", "KPK")),
    ("Pengadilan menyatakan bersalah Budi Santoso atas korupsi.",
     [("Pengadilan", "ORG", "IDN"), BUDI], ("116", "ACCUSE", "Pengadilan", "Budi Santoso")),
    # 12 reject
    ("Hamas menolak berunding dengan Israel.", [HAMAS, ISR], ("125", "REJECT", "Hamas", "Israel")),
    ("Rusia memveto resolusi yang diajukan Ukraina.", [RUS, UKR], ("129", "REJECT", "Rusia", "Ukraina")),
    # 13 threaten
    ("Amerika Serikat mengancam mengenakan tarif tinggi terhadap China.", [USA, CHN],
     ("1312", "THREATEN", "Amerika Serikat", "China")),
    ("Israel memberikan ultimatum kepada Hamas.", [ISR, HAMAS], ("139", "THREATEN", "Israel", "Hamas")),
    # 14 protest
    ("Ribuan buruh menggelar demonstrasi menolak kebijakan DPR.", [("DPR", "ORG", "IDN")],
     ("141", "PROTEST", "Ribuan buruh", "DPR")),
    ("Para petani memboikot PT Sinar Abadi.", [PT], ("143", "PROTEST", "Para petani", "PT Sinar Abadi")),
    # 15 exhibit force
    ("Rusia mengerahkan pasukan ke perbatasan Ukraina.", [RUS, UKR], ("154", "MOBILIZE", "Rusia", "Ukraina")),
    # 16 reduce relations
    ("Kolombia memutus hubungan diplomatik dengan Israel.",
     [("Kolombia", "PLACE", "COL"), ISR], ("161", "SANCTION", "Kolombia", "Israel")),
    ("Amerika Serikat menghentikan bantuan militer kepada Ukraina.", [USA, UKR],
     ("1622", "SANCTION", "Amerika Serikat", "Ukraina")),
    # 17 coerce
    ("Kementerian Kominfo mencabut izin PT Sinar Abadi.",
     [("Kementerian Kominfo", "ORG", "IDN"), PT], ("172", "COERCE", "Kementerian Kominfo", "PT Sinar Abadi")),
    ("PPATK membekukan rekening Budi Santoso.", [("PPATK", "ORG", "IDN"), BUDI],
     ("1711", "COERCE", "PPATK", "Budi Santoso")),
    # 18 assault
    ("Oknum polisi menyiksa Budi Santoso di dalam sel.", [BUDI], ("1822", "ASSAULT", "Oknum polisi", "Budi Santoso")),
    # 19 fight
    ("Israel menduduki Tepi Barat sejak 1967.", [ISR, ("Tepi Barat", "PLACE", "PSE")],
     ("192", "COERCE", "Israel", "Tepi Barat")),
    ("Rusia meluncurkan rudal ke Ukraina.", [RUS, UKR], ("195", "ASSAULT", "Rusia", "Ukraina")),
    # 20 mass violence
    ("Milisi membantai warga desa Tumbang.", [("Milisi", "ORG", None), ("warga desa Tumbang", "ORG", None)],
     ("202", "ASSAULT", "Milisi", "warga desa Tumbang")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FAMILIES, ids=[f[2][0] for f in FAMILIES])
def test_a_sentence_of_each_family_is_coded(text, entities, expected):
    assert expected in coded(text, entities)


def test_a_position_held_is_no_occupation():
    assert coded("Partai Golkar menduduki posisi kedua di DPR.",
                 [("Partai Golkar", "ORG", "IDN"), ("DPR", "ORG", "IDN")]) == []


def test_the_speaker_named_after_the_verb_of_saying_is_not_acted_on():
    events = coded("Pemerintah akan melakukan investigasi, ujar Budi Santoso.", [("Pemerintah", "ORG", "IDN"), BUDI])
    assert all(e[3] != "Budi Santoso" for e in events)


def test_a_longer_codebook_phrase_refines_a_general_code():
    # "menolak" alone is 120 (events.toml); "menolak berunding" is 125, still REJECT
    assert coded("Hamas menolak Israel.", [HAMAS, ISR]) == [("120", "REJECT", "Hamas", "Israel")]
    assert coded("Hamas menolak berunding dengan Israel.", [HAMAS, ISR]) == [("125", "REJECT", "Hamas", "Israel")]


def test_a_pledge_of_aid_is_no_aid_given():
    japan, philippines = ("Jepang", "PLACE", "JPN"), ("Filipina", "PLACE", "PHL")
    assert coded("Jepang menjanjikan bantuan militer kepada Filipina.", [japan, philippines]) == [
        ("0332", "AGREE", "Jepang", "Filipina")]
