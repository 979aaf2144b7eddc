"""`python -m lib analyze`: files per table, stdin, formats, and exit 2 on bad input."""

import json
import subprocess
import sys

import pytest

from tests.paths import ROOT, SEED

TABLES = [
    "article",
    "paragraphs",
    "sentences",
    "entities",
    "quotes",
    "facts",
    "timeline",
    "timexes",
    "speakers",
]


def run(*args, stdin: bytes | None = None):
    return subprocess.run(
        [sys.executable, "-m", "lib", "analyze", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_writes_one_json_file_per_table(tmp_path):
    result = run(str(SEED), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in tmp_path.iterdir()) == sorted(TABLES)
    article = json.loads((tmp_path / "article.json").read_text())
    assert article[0]["published"] == "2024-03-25"
    sentences = json.loads((tmp_path / "sentences.json").read_text())
    text = SEED.read_text("utf-8")
    assert all(text[s["start"] : s["end"]] == s["text"] for s in sentences)


def test_stdin_csv_and_published(tmp_path):
    body = b"Bridge to reopen\n\nThe mayor said on Monday that the bridge would reopen in May."
    result = run(
        "-", "--published", "2023-04-05", "--format", "csv", "--out", str(tmp_path), stdin=body
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "article.csv").read_text().count("2023-04-05") == 1


@pytest.mark.parametrize(
    "content, needle",
    [(b"", "empty"), (b"\xff\xfe\x00\x01binary", "binary"), (b"caf\xe9 au lait " * 5, "UTF-8")],
)
def test_bad_input_exit_2_one_line_nothing_written(tmp_path, content, needle):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = run(str(bad), "--out", str(out))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]
    assert not out.exists() or not any(out.iterdir())


def test_missing_file_and_bad_date(tmp_path):
    assert run(str(tmp_path / "nope.txt")).returncode == 2
    result = run(str(SEED), "--published", "next week", "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and b"not a date" in result.stderr
