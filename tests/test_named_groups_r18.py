"""A group the article names member by member speaks under its members' names (round 18).

"the students, Ann Roe and Mia Cole, wrote": every statement of "the students" is named by the
people the apposition gives, as a person is named in full rather than by her role; the
description stays as the role. Wording written for the tests, with invented people."""

from __future__ import annotations

import lib
from lib.quotes.speakers.named_groups import named_groups

TEXT = (
    "Closed meeting\n\nTwo pupils were turned away from the council meeting on Monday. “We wanted"
    " to report on our own town,” the students said in their school paper. “We were told to"
    " leave,” the students, Ann Roe and Mia Cole, wrote. The students said they would ask"
    " again next month."
)


def test_every_statement_of_the_group_takes_its_members_names():
    quotes = lib.analyze(TEXT).quotes
    assert set(quotes.speaker) == {"Ann Roe and Mia Cole"}
    assert set(quotes.role) == {"students"}


def test_only_appositions_of_named_people_count():
    people = {"Ann Roe", "Mia Cole", "Li Wu"}
    assert named_groups("the students, Ann Roe and Mia Cole, wrote", people) == {
        "students": "Ann Roe and Mia Cole"
    }
    assert named_groups("the editors, Ann Roe, Mia Cole and Li Wu, said", people) == {
        "editors": "Ann Roe, Mia Cole and Li Wu"
    }
    assert named_groups("the firms, Acme and Zenith, said", people) == {}  # no people
    two = "the students, Ann Roe and Mia Cole, said. Later the students, Li Wu and Ann Roe, said"
    assert named_groups(two, people) == {}  # two groups, one word: neither
