"""`warta evaluate ner`: training files given after one --train, as the issue writes them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run

NAMES = [("Budi", "Ani"), ("Joko", "Sari"), ("Rudi", "Wati"), ("Agus", "Dewi")]


def _tagged(path: Path, pairs: list[tuple[str, str]]) -> Path:
    lines = []
    for a, b in pairs:
        lines += [f"{a}\tB-PER", "bertemu\tO", f"{b}\tB-PER", "di\tO", "pasar\tO", ".\tO", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_training_files_after_one_train_flag_are_all_read(tmp_path: Path):
    first = _tagged(tmp_path / "train.txt", NAMES[:2])
    second = tmp_path / "valid.txt"
    second.write_text("Budi\n", encoding="utf-8")  # no tag: the recipe must read this file to fail
    test = _tagged(tmp_path / "test.txt", NAMES[2:])
    code, _, err = run("evaluate", "ner", "--train", str(first), str(second), "--test", str(test))
    assert code != 0
    assert "valid.txt:1: expected TOKEN TAG" in err

    _tagged(second, NAMES[2:])
    code, out, _ = run("evaluate", "ner", "--train", str(first), str(second), "--test", str(test))
    assert code == 0
    assert out.strip().splitlines()[-1].startswith("F1 ")


def test_a_training_file_without_train_is_refused(tmp_path: Path):
    test = _tagged(tmp_path / "test.txt", NAMES)
    code, _, err = run("evaluate", "ner", str(test), "--test", str(test))
    assert code != 0
    assert "needs --train" in err
