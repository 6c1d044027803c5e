"""Language data shipped with the package: loaded from ``warta/data`` once, on first use."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from warta.data_schemas import validate


def data_path(name: str) -> Path:
    """Path of a file under the package's ``data`` folder."""
    return Path(str(resources.files("warta") / "data" / name))


@cache
def load(name: str) -> dict[str, Any]:
    """A TOML data file under ``warta/data``, parsed and checked against its model
    (warta.data_schemas) once per process: a misspelt key or an unknown name fails here, in one
    line naming the file and the key, rather than matching nothing later. The parsed data is
    returned as it is."""
    with data_path(f"{name}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    validate(name, data)
    return data


def example_article() -> Path:
    """The bundled example: a scraped page with its chrome left in."""
    return data_path("example/000_290faf135c53dc63.txt")
