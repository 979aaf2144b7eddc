"""The rule files in data/*.toml: every shipped one is of its declared shape, and a bad one is
refused with a message naming the file and the key."""

import re
import shutil

import pytest

from lib import ruledata
from lib.ruledata import DATA_DIR, SCHEMAS, RuleDataError


def test_every_rule_file_has_a_schema_and_validates():
    shipped = sorted(p.name for p in DATA_DIR.glob("*.toml"))
    assert shipped == sorted(SCHEMAS)
    for name in shipped:
        data = ruledata.load(name)
        assert data, name


def test_load_hands_out_copies():
    first = ruledata.load("measures.toml")
    first["measure"][0]["_agent"] = "changed by a caller"
    assert "_agent" not in ruledata.load("measures.toml")["measure"][0]


def _copy_with(tmp_path, name, old, new):
    """A copy of data/<name> with one piece of text replaced."""
    path = tmp_path / name
    shutil.copy(DATA_DIR / name, path)
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "old", "new", "key", "problem"),
    [
        # a key nobody reads (a misspelt list name)
        ("cues.toml", "not_speech = [", "not_speach = [", "verbs.not_speach", "unknown key"),
        ("statements.toml", 'name = "claimed"', 'nam = "claimed"', "status[1].nam", "unknown"),
        # a word listed twice
        (
            "speakers.toml",
            'male = ["he", "him"]',
            'male = ["he", "him", "he"]',
            "pronouns.male",
            "'he' is listed twice",
        ),
        # a wrong type: a number as text, a word that is no string, a row of the wrong length
        (
            "cues.toml",
            "title_case_min_words = ",
            "title_case_min_words = '2' #",
            "not_quote.title_case_min_words",
            "expected int",
        ),
        (
            "figures.toml",
            'qualifiers_after = ["or more",',
            "qualifiers_after = [3,",
            "qualifiers_after",
            "list of strings",
        ),
        (
            "temporal.toml",
            'spring = [3, 3, "SP"]',
            "spring = [3, 3]",
            "seasons.spring",
            "expected [int, int, str]",
        ),
        # a required key left out
        ("measures.toml", 'name = "killed"\n', "", "measure[1].name", "missing"),
    ],
)
def test_a_bad_rule_file_is_refused_naming_file_and_key(tmp_path, name, old, new, key, problem):
    bad = _copy_with(tmp_path, name, old, new)
    with pytest.raises(RuleDataError) as err:
        ruledata.read(bad)
    message = str(err.value)
    assert message.startswith(f"{bad}: {key}: "), message
    assert problem in message, message


def test_broken_toml_names_the_file(tmp_path):
    bad = tmp_path / "units.toml"
    bad.write_text("[scales\nk = 1000\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match=re.escape(f"{bad}: not valid TOML")):
        ruledata.read(bad)


def test_a_shipped_file_is_named_by_its_data_path():
    with pytest.raises(RuleDataError, match="^data/nothing.toml: no schema"):
        ruledata.read(DATA_DIR / "nothing.toml")
