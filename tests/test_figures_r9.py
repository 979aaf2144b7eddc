"""Figure measures of round 9, on sentences written for these tests (never copied from an
evaluation text). What a reader who never saw the rules writes as the measure: the thing the
figure's own phrase counts, not a cue picked up further away.
"""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "group"),
    [
        # a percentage of people: the people, as written, not the cue 'voter' -> votes
        (
            "Some 41 percent of voters in the county said the roads were worse.",
            "41 percent",
            "voters",
        ),
        ("The survey found that 38% of Iowa farmers oppose the tariff.", "38%", "Iowa farmers"),
        # not the verb's cue either ('won' a win, 'earn' a profit)
        ("The governor won 64 percent of suburban women in 2014.", "64 percent", "suburban women"),
        ("About 30 percent of nurses earn less than the state average.", "30 percent", "nurses"),
        ("He needs 58 percent of the remaining delegates.", "58 percent", "remaining delegates"),
    ],
)
def test_a_percentage_of_a_group_measures_the_group(body, value_text, group):
    assert one(body, value_text)["measure"] == group


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a mass noun after 'of' is the measure's own quantity: its cue still names it
        ("The mayor won 57 percent of the vote on Tuesday.", "57 percent", "votes"),
        # the subject makes up the share: the group after 'of' is not what is counted
        ("Older voters accounted for 45% of the ballots cast.", "45%", "older voters"),
        ("In the town, retirees make up 20 percent of the residents.", "20 percent", "retirees"),
    ],
)
def test_a_mass_noun_or_a_part_keeps_its_measure(body, value_text, measure):
    assert one(body, value_text)["measure"].lower() == measure
