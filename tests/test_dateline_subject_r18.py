"""A dateline run into the first sentence is no sayer (round 18).

"MILLBROOK, Ohio — Former Governor Ada Price said …": the small model parses the dateline's
place as the subject of "said" and hangs the sayer on it as an apposition after the dash. The
place is no one who speaks; the apposition is. Wording written for the test, invented people."""

from __future__ import annotations

import lib


def test_the_sayer_after_a_dateline_dash_speaks():
    text = (
        "Price rules out a run\n\nMillbrook, OHIO — Former Governor Ada Price said if she is"
        " elected mayor, no one in her family will hold a job at city hall."
    )
    quotes = lib.analyze(text).quotes
    assert quotes.speaker.tolist() == ["Ada Price"]


def test_a_place_that_speaks_for_itself_is_kept():
    text = "Talks\n\nOhio said on Monday that it would sue the agency over the new rules."
    quotes = lib.analyze(text).quotes
    assert quotes.speaker.tolist() == ["Ohio"]
