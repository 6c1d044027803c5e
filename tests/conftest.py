"""Shared helpers: running the CLI, and finding ../shared when it is there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(relative: str) -> Path:
    """A file under ../shared, or a skip naming what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"needs ../shared/{relative}, which is not present beside this checkout")
    return path


def run(*args: str, stdin: str | bytes | None = None):
    """The CLI in-process: (exit code, stdout, stderr)."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run_process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """The CLI as a real process, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "warta", *args], input=stdin, capture_output=True,
                          timeout=120)


def readings(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]
