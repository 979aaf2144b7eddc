"""A place the tagger labels LOC ("South Bend", "Lake Placid") is a place in a description, as a
GPE is: "the Lake Placid mayor" is the person named before, not a body called "Lake Placid"
the person was never tied to (`lib/quotes/speakers/fit.py`, `PersonFit.places`)."""

from __future__ import annotations

import datetime as dt

import pytest

import lib


@pytest.mark.parametrize("place", ["South Bend", "Lake Placid"])
def test_a_description_narrowed_by_a_loc_place_is_the_person_just_named(place):
    text = (
        "Election season began early.\n\n"
        "Dana Whitfield, who is running for governor, spoke in Iowa on Monday about schools. "
        f"The {place} mayor told reporters that the plan would cost too much. "
        f"“We can do better,” the {place} mayor said."
    )
    t = lib.analyze(text, published=dt.date(2019, 5, 1))
    assert [e["label"] for e in t.entities.to_dict("records") if e["name"] == place] == ["LOC"]
    quotes = {q["text"]: q["speaker"] for q in t.quotes.to_dict("records")}
    assert quotes["the plan would cost too much"] == "Dana Whitfield"
    assert quotes["We can do better"] == "Dana Whitfield"
