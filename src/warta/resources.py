"""Language data shipped with the package: loaded from ``warta/data`` once, on first use."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(name: str) -> Path:
    """Path of a file under the package's ``data`` folder."""
    return Path(str(resources.files("warta") / "data" / name))


@cache
def load(name: str) -> dict[str, Any]:
    """A TOML data file under ``warta/data``, parsed once per process."""
    with data_path(f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def example_article() -> Path:
    """The bundled example: a scraped page with its chrome left in."""
    return data_path("example/000_290faf135c53dc63.txt")
