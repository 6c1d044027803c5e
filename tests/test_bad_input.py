"""Bad input: one clear line naming the input and the problem, never a traceback; a batch goes on."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import readings, run, run_process

GOOD = ("Judul Berita Yang Baik\n\nPemerintah mengumumkan kebijakan baru soal impor beras hari ini "
        "di Jakarta setelah rapat terbatas.")


def failure_lines(stderr: str) -> list[str]:
    return [line.strip() for line in stderr.splitlines() if line.startswith("  ")]


def test_each_bad_input_is_named_with_its_problem_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "nothing.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"title": "A", "text": "ok teks"}\n{"title": \n[1, 2]\n',
                                        encoding="utf-8")
    (tmp_path / "bad.csv").write_text('title,text\n"A","teks satu"\n"B","teks","lebih"\n"C",""\n',
                                      encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run("analyze", str(tmp_path), "--json")
    assert code == 0
    titles = sorted(d["article"]["title"] or "" for d in readings(out))
    assert titles == ["A", "A", "Judul Berita Yang Baik"]
    lines = failure_lines(err)
    expected = {
        "blank.txt": "empty file",
        "empty.txt": "empty file",
        "image.txt": "binary file",
        "nothing.html": "no article text found in the HTML",
        "bad.jsonl:line 2": "invalid JSON",
        "bad.jsonl:line 3": "expected a JSON object, found list",
        "bad.csv:line 3": "malformed CSV row: 3 fields, header has 2",
        "bad.csv:line 4": "no article text",
    }
    for where, problem in expected.items():
        assert any(where in line and problem in line for line in lines), (where, lines)
    assert "read 3 articles" in err and f"{len(expected)} failed" in err
    assert "Traceback" not in err


def test_non_utf8_text_is_decoded(tmp_path: Path):
    path = tmp_path / "cp1252.txt"
    text = ("Judul Berita Café\n\nPemerintah mengumumkan kebijakan baru soal impor beras “hari "
            "ini” di Jakarta setelah rapat terbatas dengan para menteri.")
    path.write_bytes(text.encode("cp1252"))
    code, out, _ = run("analyze", str(path), "--json")
    [doc] = readings(out)
    assert code == 0
    assert "“hari ini”" in doc["body"]
    assert any("decoded as" in w for w in doc["warnings"])


def test_files_over_the_size_limit_are_refused(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 100, encoding="utf-8")
    code, _, err = run("analyze", str(path), "--max-bytes", "1000")
    assert code == 1
    assert "big.txt: file is" in err and "limit" in err


def test_missing_file_and_nothing_read_exit_nonzero_without_traceback(tmp_path: Path):
    proc = run_process("analyze", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert b"nope.txt: no such file or folder" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_binary_on_standard_input_is_named():
    proc = run_process("analyze", "-", stdin=b"\x00\x01\x02binary")
    assert proc.returncode == 1
    assert b"-: binary file, not text" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_bad_options_get_one_line():
    code, _, err = run("analyze", "--map", "text")
    assert code == 2 and "--map entry 'text' is not FIELD=COLUMN" in err
    code, _, err = run("analyze", "--map", "body_text=x")
    assert code == 2 and "unknown" in err
    code, _, err = run("analyze", "--format", "pdf")
    assert code == 2 and "--format 'pdf'" in err
    code, _, err = run("analyze", "--date-order", "XYZ")
    assert code == 2 and "--date-order" in err


def test_missing_mapped_column_is_named(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_text("judul,isi\nA,teks\n", encoding="utf-8")
    code, _, err = run("analyze", str(path), "--map", "text=isi_berita")
    assert code == 1 and "no column 'isi_berita' (columns: judul, isi)" in err
