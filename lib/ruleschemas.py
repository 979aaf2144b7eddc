"""What each rule file in `data/*.toml` may hold: one declared shape per file, key by key.

A key nobody reads, a word listed twice or a number written as text is a silent bug in a rule
file, so `lib/ruledata.py` refuses a file that does not fit its shape here. A new key in a rule
file is declared here first (with the module that reads it named in the comment beside it).
"""

from __future__ import annotations

from lib.ruleshapes import NUMBER, WORDS, Map, Row, Table, Tables

# The word lists of data/cues.toml [verbs] (see the comments there for what each holds).
CUE_VERB_LISTS = (
    "speech", "direct_only", "refusal", "not_speech", "belief", "belief_errors", "position",
    "topic", "explaining", "topic_about", "topic_preps", "request", "evidence", "reader_verbs",
    "request_preps", "commitment", "request_for", "request_object", "object_speech",
    "request_object_not", "evidence_standing", "withholding", "withheld",
    "reason_preps", "gerund_adjunct_preps", "reason_verbs", "reason_only", "naming", "question",
    "inverted",
    "object_control", "naming_as", "listener_of", "raise_concern", "stance_adjectives",
    "claim_object", "as_source", "that_only", "quoting_as",
    "gerund_content", "headline",
    "made_adjectives",  # lib/quotes/acts.py SpeechActs.made_clear
    "claim_credit",  # lib/quotes/objectacts.py ObjectActs._credit
)  # fmt: skip

# The numbers and word lists of data/furniture.toml (read by lib/ingest/furniture.py; the
# post_ keys by lib/ingest/posts.py).
FURNITURE_INTS = ("min_words", "min_long_words", "long_word", "max_comma_percent", "max_words", "max_question_words", "max_capitals_percent", "bio_tail_chars", "post_max_chars", "post_min_words")  # fmt: skip
FURNITURE_WORDS = ("openings", "credits", "links", "headline_ends", "story_verbs", "abbreviations", "calls", "channels", "bracket_openings", "photo_agencies", "bios", "post_dashes", "post_months", "post_links")  # fmt: skip
SCHEMAS: dict[str, Table] = {
    "boilerplate.toml": Table(
        {
            "plug": Table(
                {"max_words": int, "openings": WORDS, "calls": WORDS}, required=("max_words",)
            )
        }
    ),
    "furniture.toml": Table(
        dict.fromkeys(FURNITURE_INTS, int) | dict.fromkeys(FURNITURE_WORDS, WORDS)
    ),
    "cues.toml": Table(
        {
            "verbs": Table(
                dict.fromkeys(CUE_VERB_LISTS, WORDS),
                required=("speech", "direct_only", "refusal", "not_speech"),
            ),
            "irregular": Map(WORDS),
            "phrases": Table(
                {
                    "source_after": WORDS,
                    "verbal": WORDS,
                    "question_clause": WORDS,
                    "phrasal_tags": WORDS,
                },
                required=("source_after", "verbal"),
            ),
            "nouns": Table(
                dict.fromkeys(
                    (
                        "statement",
                        "works",
                        "request",
                        "policies",
                        "voices",
                        "concern",
                        "view",
                        "credit",
                    ),
                    WORDS,
                ),
                required=("statement",),
            ),
            "not_quote": Table(
                {
                    "before": WORDS,
                    "title_nouns": WORDS,
                    "title_case_min_words": int,
                    "colon_labels": WORDS,
                },
                required=("before", "title_nouns"),
            ),
        },
        required=("verbs", "phrases", "nouns", "not_quote"),
    ),
    "speakers.toml": Table(
        {
            "pronouns": Table(
                {
                    "male": WORDS,
                    "female": WORDS,
                    "organization": WORDS,
                    "plural": WORDS,
                    "first_person": WORDS,
                    "vague": WORDS,
                }
            ),
            "possessives": Map(str),
            "held_views": Table({"nouns": WORDS}),  # lib/quotes/speakers/words.py
            "subordinate": Table({"conjunctions": WORDS}),
            "contexts": Table({"person_verbs": WORDS}),
            "honorifics": Table({"male": WORDS, "female": WORDS, "neutral": WORDS}),
            "titles": Table(
                {"before_names": WORDS, "after_names": WORDS}, required=("before_names",)
            ),
            "roles": Table(
                {
                    "male": WORDS,
                    "female": WORDS,
                    "person": WORDS,
                    "people": WORDS,
                    "organization": WORDS,
                    "generic_organization": WORDS,
                    "org_name_ends": WORDS,
                },
                required=("male", "female", "person", "organization", "generic_organization"),
            ),
            "names": Table(
                {
                    "male": WORDS,
                    "female": WORDS,
                    "apostrophe_prefixes": WORDS,
                    "mistagged_labels": WORDS,
                    "linking_verbs": WORDS,
                    "place_prepositions": WORDS,
                    "familiar": Map(WORDS),
                },
                required=("male", "female"),
            ),
            "groups": Table(
                {
                    "partitive": WORDS,
                    "document_parts": WORDS,
                    "unsigned_sources": WORDS,
                    "press_at_large": WORDS,
                    "contrastive": WORDS,
                    "led_bodies": WORDS,
                    "pairs": WORDS,
                }
            ),
            "works": Table({"made_by": WORDS, "before_title": WORDS}),
            "sources": Table(
                {
                    "own_words": WORDS,
                    "pieces": WORDS,
                    "filings": WORDS,
                    "issued": WORDS,
                    "adverts": WORDS,
                    "issuing_verbs": WORDS,
                    "received_from": WORDS,
                    "drawn_up": WORDS,
                    "law_heads": WORDS,
                    "acts": Map(WORDS),
                }
            ),
            "surveys": Table(
                {
                    "shares": WORDS,
                    "poll_words": WORDS,
                    "respondents": str,
                    "sponsored": WORDS,
                    "unnamed": WORDS,  # lib/quotes/speakers/pollsters.py
                    "makers": WORDS,  # lib/quotes/speakers/pollsters.py
                }
            ),
            "reporters": Table({"possessive": WORDS, "heads": WORDS}),
            "short_forms": Table(
                {"known": Map(str), "inverted": WORDS}  # lib/quotes/speakers/shortforms.py
            ),
            "kin": Table({"words": WORDS}),
            "descriptions": Table(
                {
                    "party_members": WORDS,
                    "called_back": WORDS,
                    "called_back_determiners": WORDS,
                    "corporate_parts": WORDS,
                    "accounts": WORDS,  # lib/quotes/speakers/described.py, account_owner
                    "platforms": WORDS,
                    "account_marks": WORDS,
                    "parties": Map(WORDS),
                    "unnamed_roles": WORDS,
                    "anonymous_marks": WORDS,  # lib/quotes/speakers/epithets.py
                    "callback_words": WORDS,
                    "epithet_heads": WORDS,
                    **dict.fromkeys(("statuses", "office_ranks", "broad_offices"), WORDS),  # fit.py
                    "research_staff": WORDS,
                    "same_role": Map(WORDS),
                    "naming_verbs": WORDS,
                    "adjunct_prepositions": WORDS,  # lib/quotes/speakers/phrases.py
                    "occasion_prepositions": WORDS,
                    "occasions": WORDS,
                    "occasion_roles": WORDS,
                }
            ),
            # lib/quotes/speakers/body_kinds.py
            "bodies": Table(
                {
                    "kinds": Map(WORDS),
                    "any_kind": WORDS,
                    "standing": WORDS,
                    "countries": Map(WORDS),
                    "news_kinds": WORDS,
                    "news_names": WORDS,
                }
            ),
        },
        required=("pronouns", "honorifics", "titles", "roles", "names"),
    ),
    "figures.toml": Table(
        {
            **{
                key: WORDS
                for key in (
                    "qualifiers_before",
                    "qualifiers_after",
                    "duration_units",
                    "duration_measures",
                    "time_phrases_after",
                    "time_after",
                    "identifier_before",
                    "age_before",
                    "months",
                    "weekdays",
                    "vague_nouns",
                    "group_words",
                    "weak_one_nouns",
                    "one_preps",  # lib/facts/not_figures.py _one_in_a_phrase
                    "figure_paragraphs",
                    "light_verbs",
                    "value_nouns",
                    "worth_words",
                    "level_verbs",
                    "level_preps",
                    "level_bounds",
                    "container_nouns",
                    "index_nouns",
                    "index_names",
                    "earner_nouns",
                    "identifier_after",
                    "schedule_words",  # lib/facts/not_figures.py _names_or_ages
                    "code_titles_after",  # lib/facts/not_figures.py _is_code_title
                    "reporting_verbs",
                    "speaker_verbs",
                    "carried_past",
                    "losing_verbs",
                    "losing_values",
                    "losing_measures",
                    "of_whole_nouns",
                    "of_owner_nouns",
                    "opinion_verbs",
                    "stance_verbs",  # lib/facts/polls.py _state_or_choice
                    "scope_words",  # lib/facts/groups.py gapped_answer
                    "poll_words",
                    "vote_words",
                    "raising_verbs",
                    "margin_verbs",
                    "result_verbs",
                    "matchup_verbs",  # lib/facts/polls.py matchup
                    "age_bounds",
                    "age_groups",
                    "part_verbs",
                    "threshold_words",
                    "spending_verbs",
                    "giving_verbs",
                    "given_measures",
                    "money_forms",
                    "tally_verbs",
                    "correction_openings",
                    "container_counts",
                    "score_words",
                    "duration_frames",
                    "recorded_nouns",
                    "glued_length_units",
                    "named_lengths",
                    "length_frames",
                    "age_verbs",
                    "age_pronouns",
                    "age_relatives",
                    "age_at_words",  # lib/facts/ages.py is_age_at
                    "number_idioms",
                    "number_idioms_before",
                    "generic_counted",  # lib/facts/groups.py what_they_did
                    "stances_after",  # lib/facts/groups.py stance_after
                )
            },
            "level_subjects": Map(str),
            "spatial_words": Map(str),
            "held_after": Map(str),  # lib/facts/amounts.py held_as
            "changes": Map(WORDS),
        },
        required=("qualifiers_before", "qualifiers_after", "level_subjects"),
    ),
    "measures.toml": Table(
        {
            "measure": Tables(
                Table(
                    {
                        "name": str,
                        "category": str,
                        "cues": WORDS,
                        "self_cues": WORDS,
                        "agent": WORDS,
                        "agent_measure": str,
                        "context_measure": str,
                        "context_cues": WORDS,
                        "unit": str,
                        "kinds": WORDS,
                        "verb_only": bool,
                        "generic": bool,
                    },
                    required=("name", "category"),
                )
            )
        },
        required=("measure",),
    ),
    "units.toml": Table(
        {
            "scales": Map(NUMBER),
            "currency_before": Map(str),
            "currency_after": Map(str),
            "measure_after": Map(str),
            "glued": Table({"units": WORDS}, required=("units",)),
            "measure_before": Map(Row(((str,), (str,)))),
            "compound": Map(Row(((str,), (str,)))),
            "plurals": Map(str),
            "dimensions": Map(str),
        },
        required=("scales", "currency_before", "currency_after", "measure_after", "glued"),
    ),
    "statements.toml": Table(
        {"status": Tables(Table({"name": str, "cues": WORDS}, required=("name", "cues")))},
        required=("status",),
    ),
    # read by lib/timeline/anchored.py
    "anchored.toml": Table(
        {
            "lead_offset": Table(
                {"directions": WORDS, "units": WORDS, "lead_sentences": int},
                required=("directions", "units", "lead_sentences"),
            )
        },
        required=("lead_offset",),
    ),
    "temporal.toml": Table(
        {
            "months": Map(int),
            "weekdays": Map(int),
            "numbers": Map(int),
            "ordinals": Map(int),
            "units": Map(Row(((str,), (int,)))),
            "seasons": Map(Row(((int,), (int,), (str,)))),
            "parts": Map(Row((NUMBER, NUMBER))),
            "part_points": Map(str),
            "holidays": Map(Row(((int, str), (int,)))),
            "weekday_holidays": Map(Row(((int,), (int,), (int,)))),
            "primary_days": Map(Row(((int,), (int,), (int,)))),
            "counted_holidays": Map(Row(((int,), (int,), (int,), (int,)))),
            "cues": Table(
                {
                    "bare_time": WORDS,
                    "vague_adjectives": WORDS,
                    "not_after_vague_adjective": WORDS,
                    "vague_signals": WORDS,
                    "vague_numbers": WORDS,
                    "present_era_nouns": WORDS,
                    "number_labels": WORDS,
                    "not_near_bare_decade": WORDS,
                },
                required=("bare_time",),
            ),
            "deictic": Map(int),
            "tense": Table(
                {
                    key: WORDS
                    for key in (
                        "forward_aux",
                        "deadline_cues",
                        "schedule_lemmas",
                        "act_dated_with_on",
                        "span_end_cues",
                        "act_day_cues",
                        "forward_modifiers",
                        "commit_lemmas",
                        "past_aux",
                        "present_be",
                        "past_be",
                        "quantifiers",
                        "period_nouns",
                        "speech_lemmas",
                        "hypothetical_marks",
                        "hypothetical_be",
                        "said_then_words",
                        "future_in_past_aux",
                        "time_clause_marks",
                        "status_cues",
                        "intent_lemmas",
                        "range_cues",
                        "programme_nouns",
                        "name_year_keeps",  # read by lib/timeline/not_dates.py
                        "time_nouns",
                        "unplanned_events",
                        "nearest_cues",
                        "act_dated_lemmas",
                        "denied_past_aux",
                        "denial_words",
                        "awaiting_lemmas",
                        "awaiting_cues",
                        "update_notes",
                        "issue_nouns",  # read by lib/timeline/updated.py
                        "issue_words",  # read by lib/timeline/updated.py
                        "newspaper_title_words",  # read by lib/timeline/updated.py
                        "past_era_cues",  # read by lib/timeline/not_dates.py
                        "told_nouns",
                        "national_holidays",  # read by lib/timeline/not_dates.py
                        "home_nation_words",  # read by lib/timeline/not_dates.py
                    )
                }
            ),
            "events": Table(
                {
                    "named_nouns": WORDS,
                    "known_years": Map(int),
                    "named_days": Map(str),
                    "done_by": Map(WORDS),
                    "campaign_nouns": WORDS,
                    "contest_roles": WORDS,
                    "award_title": WORDS,
                    "election_month": WORDS,
                    "election_year_nouns": WORDS,
                    "election_lemmas": WORDS,
                    "election_day_nouns": WORDS,  # lib/timeline/election_day.py
                },
                required=("named_nouns", "known_years"),
            ),
            "figures": Table(
                {"count_nouns": WORDS, "year_plurals": WORDS}, required=("count_nouns",)
            ),
            "vague": Map(WORDS),
            "vague_days": Map(int),
            "sets": Map(str),
            "pattern": Tables(
                Table(
                    {
                        "name": str,
                        "kind": str,
                        "regex": str,
                        "type": str,
                        "order": str,
                        "span": str,
                        "needs": str,
                        "trigger": WORDS,
                        "requires": WORDS,
                        "implied": Map(str),
                    },
                    required=("name", "kind", "regex"),
                )
            ),
        },
        required=("months", "weekdays", "numbers", "ordinals", "parts", "tense", "pattern"),
    ),
    # data/given_names.toml is generated by bench/given_names.py (read by lib/quotes/lexicon.py)
    "given_names.toml": Table({"male": WORDS, "female": WORDS}, required=("male", "female")),
    # data/person_nouns.toml is generated by bench/person_nouns.py from WordNet (read by
    # lib/quotes/lexicon.py: Lexicon.can_speak)
    "person_nouns.toml": Table({"words": WORDS}, required=("words",)),
    # data/officeholders.toml is generated by bench/officeholders.py (read by lib/officeholders.py)
    "officeholders.toml": Table(
        {
            "person": Tables(
                Table(
                    {"name": str, "also": WORDS, "gender": str, "offices": WORDS},
                    required=("name", "gender", "offices"),
                )
            )
        },
        required=("person",),
    ),
    "topics.toml": Table(
        {
            "topic": Tables(
                Table(
                    {
                        "name": str,
                        "iptc": str,
                        "iptc_code": str,
                        "description": str,
                        "lemmas": WORDS,
                        "strong": WORDS,
                        "phrases": WORDS,
                        "entities": WORDS,
                        "entity_labels": WORDS,
                        "min_score": int,
                        "story_score": int,
                    }
                )
            )
        }
    ),
}
