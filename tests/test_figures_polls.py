"""Poll and survey results: a share of the people asked is measured by what they said or were
(lib/facts/polls.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("In the poll, 58% said they would move abroad if they could.", "58%", "move abroad"),
        ("Some 27% were confident about the future.", "27%", "confident about the future"),
        ("That compares with 12% who said it had got worse.", "12%", "got worse"),
        ("Of those asked, 71% backed the new tax.", "71%", "backed the new tax"),
        ("A quarter said they had skipped meals.", "A quarter", "skipped meals"),
        ("Asked about costs, half said that fuel was too dear.", "half", "fuel was too dear"),
    ],
)
def test_a_share_of_people_is_measured_by_what_they_said(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_share_of_a_named_whole_keeps_the_whole():
    """'Half of the children', 'one in four voters': with nothing said of them, the whole the
    share is of stays the measure; 'Half of the drivers said …' measures what they said, and the
    group asked is the share's subject (round 17: the dev sets' gold reads it so)."""
    assert one("Half of the children were vaccinated.", "Half")["measure"] == "children"
    row = one("Half of the drivers said that fuel was too dear.", "Half")
    assert (row["measure"], row["subject"]) == ("fuel was too dear", "drivers")
    row = one("About 30% of nurses said they would strike.", "30%")
    assert (row["measure"], row["subject"]) == ("strike", "nurses")


def test_a_clause_joined_on_is_not_part_of_what_was_said():
    body = "Overall, 40% said prices were too high, while 22% said they were fair."
    assert one(body, "40%")["measure"] == "prices were too high"
    assert one(body, "22%")["measure"] == "were fair"


def test_a_percentage_that_changes_is_no_poll_result():
    assert one("Sales fell 6% in the quarter.", "6%")["measure"] == "sales"
    assert one("Unemployment rose to 5.2% in May.", "5.2%")["measure"] == "unemployment"
    row = one("The firm's loss of 12% that took its price to 40p shocked traders.", "12%")
    assert "took" not in row["measure"]
