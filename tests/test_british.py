"""British news copy: quote layout, courtesy titles, roles named before the person, surveys,
work titles and correspondents, one construction each, on our own wording."""

from __future__ import annotations

from lib.nlp import load_nlp
from lib.quotes.lexicon import lexicon
from lib.quotes.speakers.works import is_work_title
from tests.statements_of import quotes_of


def speaker_of(rows: list[dict], words: str) -> str | None:
    hits = [r for r in rows if words in r["text"]]
    assert hits, f"no statement containing {words!r} in {[r['text'] for r in rows]}"
    return hits[0]["speaker"]


# --- quotation re-opened sentence by sentence, paragraphs of quotation ---------------------


def test_reopened_quotes_are_found_and_keep_their_speaker():
    rows = quotes_of(
        'Hockey coach Marian Toller said her team had been unlucky. "We hit the post twice '
        'and had a goal ruled out," said Toller. "The umpires were in charge.',
        '"I am proud of the squad. "We will train harder this week. "Nobody in the '
        'dressing room is giving up on the league."',
        "The club's next game is away from home.",
    )
    for words in ("I am proud", "We will train harder", "Nobody in the dressing room"):
        assert speaker_of(rows, words) == "Marian Toller"


# --- a work's title is not a person ----------------------------------------------------------


def test_a_title_after_a_verb_of_making_is_a_work():
    doc = load_nlp()("In 2001 Ms Okonjo published the bestselling Silent Rivers, a memoir.")
    first = next(t.i for t in doc if t.text == "Silent")
    assert is_work_title(doc, first, first + 1, lexicon())
    name = next(t.i for t in doc if t.text == "Okonjo")
    assert not is_work_title(doc, name, name, lexicon())


def test_a_writer_quoted_after_her_book_is_named_keeps_the_quote():
    doc = load_nlp()('"We were lost," wrote Amelia Barnes in her diary.')
    first = next(t.i for t in doc if t.text == "Amelia")
    assert not is_work_title(doc, first, first + 1, lexicon())


# --- courtesy titles before a surname --------------------------------------------------------


def test_honorific_and_surname_give_the_full_name():
    rows = quotes_of(
        "Ada Okafor, the council leader, opened the new library on Tuesday.",
        "Ms Okafor said the building would stay open late on weekdays.",
        "Mr Hale's official spokesman said the minister welcomed the plan.",
        "Transport minister Tom Hale visited the site later.",
    )
    assert speaker_of(rows, "stay open late") == "Ada Okafor"
    assert speaker_of(rows, "welcomed the plan") == "Tom Hale's official spokesman"


def test_the_honorifics_gender_picks_between_people_sharing_a_surname():
    from lib.quotes.speakers.honorifics import expand_honorifics
    from lib.quotes.speakers.mentions import UNKNOWN, Speaker

    mrs = Speaker("Mrs Hale", UNKNOWN, None, "Mrs Hale", 0, 8)
    unknown = Speaker("Dr Penrose", UNKNOWN, None, "Dr Penrose", 0, 10)
    expand_honorifics([mrs, unknown], ("Tom Hale", "Mary Hale"), lexicon())
    assert mrs.name == "Mary Hale"
    assert unknown.name == "Penrose"  # no fuller name in the article: the surname stays


# --- a role in the lede, the person named in the next paragraph -------------------------------


def test_a_lede_role_is_the_person_named_next():
    rows = quotes_of(
        "Wales's health secretary has warned that waiting lists will grow this winter.",
        "Eluned Price said extra beds would be opened in three hospitals. The health "
        "secretary said nurses would be asked to work extra shifts.",
    )
    assert speaker_of(rows, "waiting lists will grow") == "Eluned Price"
    assert speaker_of(rows, "extra shifts") == "Eluned Price"


def test_a_lede_role_stays_when_the_next_person_holds_another_role():
    rows = quotes_of(
        "A hospital spokesman has warned that waiting lists will grow this winter.",
        "Union leader Gareth Lloyd said nurses were already exhausted.",
    )
    assert speaker_of(rows, "waiting lists will grow") != "Gareth Lloyd"


def test_a_paragraph_of_quotation_continues_the_speaker_quoted_before_it():
    rows = quotes_of(
        'Hockey coach Priya Sharma said her players had shown "real courage" on Saturday.',
        '"We kept going when nobody expected anything from us. "This group will only get '
        'better." The league said it would review the fixture list next month.',
    )
    assert speaker_of(rows, "We kept going") == "Priya Sharma"
    assert speaker_of(rows, "This group will only get better") == "Priya Sharma"
    assert speaker_of(rows, "review the fixture list") == "league"


def test_a_quote_introduced_with_a_colon_keeps_its_speaker_over_the_next_sentence():
    rows = quotes_of(
        'Farmer Helen Dodd told the inquiry: "The river came into the house in minutes." '
        "Local councillor Mark Reeve recalled a similar flood in 1998."
    )
    assert speaker_of(rows, "river came into the house") == "Helen Dodd"


def test_a_finished_quote_is_not_given_to_the_next_sentences_reporting_verb_past_an_aside():
    rows = quotes_of(
        'Rowing coach Rosa Lind said her crew had trained well. "I feel ready for the final." '
        "Her captain, who has rowed in three finals, said the crew was the strongest yet."
    )
    assert speaker_of(rows, "I feel ready") == "Rosa Lind"


# --- shares of a poll's respondents ------------------------------------------------------------


def test_shares_of_those_asked_speak_as_the_group_asked():
    rows = quotes_of(
        "A survey of 2,000 drivers was carried out for a motoring charity last month.",
        "Some 58% of the motorists questioned said fuel prices had changed how they travel. "
        "Nearly a fifth said they had sold a car. Most respondents said buses were too slow.",
    )
    assert speaker_of(rows, "fuel prices") == "motorists questioned"
    assert speaker_of(rows, "sold a car") == "motorists questioned"
    assert speaker_of(rows, "buses were too slow") == "respondents"


def test_a_named_member_of_a_group_keeps_her_name():
    rows = quotes_of(
        "Two nurses spoke to the board in a poll of staff on Monday. One of them, Grace Ndlovu, "
        "said the ward had been short of staff for a year."
    )
    assert speaker_of(rows, "short of staff") == "Grace Ndlovu"


# --- the publisher's own correspondent; short forms of bodies ---------------------------------


def test_our_correspondent_is_the_reporter_named_just_before():
    rows = quotes_of(
        "Exports have doubled in five years, says the BBC's Priya Menon in Mumbai. But the "
        "boom has left farmers behind, our correspondent says."
    )
    assert speaker_of(rows, "left farmers behind") == "Priya Menon"


def test_a_short_form_defined_in_the_article_or_widely_known_gives_the_full_name():
    from lib.quotes.speakers.shortforms import defined_short_forms

    text = "a report by the British Association of Canal Boaters (Bacab) on Friday"
    assert defined_short_forms(text) == {"Bacab": "British Association of Canal Boaters"}
    assert defined_short_forms("the Lake District (Ldnp) said") == {}  # letters do not fit
    rows = quotes_of(
        "Fishing quotas will be cut by a fifth next year, the EU said on Thursday.",
        "The Society of Inshore Skippers (Sois) said the cut would close harbours. Sois "
        "said it would appeal.",
    )
    assert speaker_of(rows, "Fishing quotas") == "European Union"
    assert speaker_of(rows, "would appeal") == "Society of Inshore Skippers"


def test_a_body_described_in_the_lede_is_the_body_named_next():
    rows = quotes_of(
        "Online shoppers are being targeted by a new kind of scam, a consumer watchdog has said.",
        "Consumer group Shopwise says fake delivery texts have doubled since the summer.",
    )
    assert speaker_of(rows, "new kind of scam") == "Shopwise"


def test_a_member_named_after_the_group_speaks_when_the_parse_misses_the_apposition():
    rows = quotes_of(
        "However, one of the so-called Bristol Three, Owen Price - who was wrongly accused of "
        "starting the fire - said the families were pleased with the verdict."
    )
    assert speaker_of(rows, "pleased with the verdict") == "Owen Price"


def test_a_relative_named_by_first_name_after_a_family_word_takes_the_family_name():
    rows = quotes_of(
        "Walker Tom Brannock went missing on the moors in 2012.",
        "Brannock's sister Imogen made a new appeal on Friday. \"We just want to know what "
        'happened to him," she said.',
    )
    assert speaker_of(rows, "what happened to him") == "Imogen Brannock"


def test_an_unattributed_quote_after_a_bodys_report_continues_the_person_quoted_before():
    rows = quotes_of(
        'Engineer Lars Holm said the chip was ready. "It is faster than anything we have '
        'built," said Mr Holm. The firm estimates that it will sell ten million units next '
        'year. "Honestly, it is a small step, not a revolution."'
    )
    assert speaker_of(rows, "small step") == "Lars Holm"


def test_a_role_before_the_name_and_the_role_alone_later_are_the_person():
    rows = quotes_of(
        "Flooding closed roads across the county on Monday.",
        "Scotland's rural affairs minister Ross Finlay said farmers would be compensated.",
        "Mr Finlay's spokeswoman said the payments would start next month. The minister said "
        "more help would come.",
    )
    assert speaker_of(rows, "farmers would be compensated") == "Ross Finlay"
    assert speaker_of(rows, "payments would start") == "Ross Finlay's spokeswoman"
    assert speaker_of(rows, "more help would come") == "Ross Finlay"
