"""The cue lexicon for quotes and the word lists for speakers, loaded once from data/.

Reporting verbs are stored as lemmas and expanded here to every surface form (said, says, saying,
told ...), so the matcher works on the word as written even when the tagger lemmatises it oddly.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from lib.ruledata import DATA_DIR, load

DATA = DATA_DIR
CUES_FILE = DATA / "cues.toml"
SPEAKERS_FILE = DATA / "speakers.toml"
GIVEN_NAMES_FILE = DATA / "given_names.toml"
PERSON_NOUNS_FILE = DATA / "person_nouns.toml"

_VOWELS = set("aeiou")


# Endings of nouns for people ("voter", "columnist", "respondent", "employee") and of nouns
# for things that share them ("agreement", "darkness", "evidence").
PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "person", "ess", "ic")
THING_ENDINGS = ("ment", "ness", "ence")


def person_shaped(lemma: str) -> bool:
    """A noun built like a person noun ("voter", "columnist", "bystander"), not like a thing
    that shares the ending ("agreement", "evidence")."""
    return lemma.endswith(PEOPLE_ENDINGS) and not lemma.endswith(THING_ENDINGS)


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]  # lemmas + forms of verbs carrying direct and reported speech
    direct: frozenset[str]  # lemmas + forms that only attribute direct quotes
    not_speech: frozenset[str]  # belief verbs
    refusal: frozenset[str]  # "declined to say": no statement
    source_after: tuple[tuple[str, ...], ...]  # "according to" (speaker follows)
    verbal: tuple[tuple[str, ...], ...]  # "was quoted as saying", "told reporters"
    question_clause: tuple[tuple[str, ...], ...]  # "when asked": the question, not the answer
    nouns: frozenset[str]  # statement nouns ("warning", "claim")
    works: frozenset[str]  # "the study", "the survey": a work whose author an earlier line named
    not_quote_before: tuple[tuple[str, ...], ...]  # "the words", "so-called", "titled"
    title_nouns: frozenset[str]  # "the film", "the album": before a Title Case quote
    title_case_min_words: int
    pronouns: dict[str, str]  # pronoun -> male/female/organization/plural/first_person
    honorifics: dict[str, str]  # honorific -> male/female/neutral
    gendered_roles: dict[str, str]  # role word -> male/female
    person_nouns: frozenset[str]
    org_nouns: frozenset[str]
    generic_org: frozenset[str]  # "the company" stands for the organisation named before
    first_names: dict[str, str]  # first name -> male/female
    # given name -> male/female from US birth records (data/given_names.toml): for full names only
    given_names: dict[str, str]
    # common nouns whose first WordNet sense is a person (data/person_nouns.toml): who may speak
    dictionary_people: frozenset[str]
    titles: frozenset[str]  # words written before a name, never part of it
    person_verbs: frozenset[str] = frozenset()  # lemmas only a person is the subject of
    requests: frozenset[str] = frozenset()  # lemmas of asking somebody to act ("urge", "call on")
    request_preps: frozenset[str] = frozenset()  # "call on", "plead with", "appeal to"
    people_nouns: frozenset[str] = frozenset()  # people words the endings rule misses
    evidence: frozenset[str] = frozenset()  # "the poll shows": works and documents only
    reader_verbs: frozenset[str] = frozenset()  # "a letter seen by X": X read it
    post_nominals: frozenset[str] = frozenset()  # "Jr", "SC", "PhD": after a name, not of it
    colon_labels: frozenset[str] = frozenset()  # "Update:", "Watch:": a label, not a speaker
    headline_verbs: frozenset[str] = frozenset()  # inflected forms of a headline's verbs
    commitment: frozenset[str] = frozenset()  # "vowed to …", "promised to …"
    request_for: frozenset[str] = frozenset()  # "called for …", "asked for …"
    request_object: frozenset[str] = frozenset()  # "demanded his return"
    request_object_not: frozenset[str] = frozenset()  # "requested anonymity": no request told
    request_nouns: frozenset[str] = frozenset()  # "a request to …", "a call to …"
    policy_nouns: frozenset[str] = frozenset()  # "a proposal to …": no words said
    withholding: frozenset[str] = frozenset()  # "denied the union a hearing"
    withheld: frozenset[str] = frozenset()  # "denied access", "refused entry"
    object_speech: frozenset[str] = frozenset()  # "announced his resignation"
    reason_preps: frozenset[str] = frozenset()  # "criticized X for …", "accused X of …"
    evidence_standing: frozenset[str] = frozenset()  # "the poll showed Harris in fourth"
    gerund_adjunct_preps: frozenset[str] = frozenset()  # "began by criticizing …"
    reason_verbs: frozenset[str] = frozenset()  # evaluations and charges that take a reason
    reason_only: frozenset[str] = frozenset()  # of those, the ones said only with the reason
    naming: frozenset[str] = frozenset()  # "called the plan a disgrace"
    naming_as: frozenset[str] = frozenset()  # "denounced the plan as a disgrace" (with "as")
    naming_forms: frozenset[str] = frozenset()  # every form of the naming verbs ("called")
    view_nouns: frozenset[str] = frozenset()  # "In the union's telling, …": the owner's view
    listener_of: frozenset[str] = frozenset()  # "reminded staff of the deadline"
    voices: frozenset[str] = frozenset()  # "critics", "opponents": a group that speaks
    raise_concern: frozenset[str] = frozenset()  # "raised doubts about …"
    claim_credit: frozenset[str] = frozenset()  # "claimed responsibility for …"
    credit_nouns: frozenset[str] = frozenset()  # "responsibility", "credit"
    stance_adjectives: frozenset[str] = frozenset()  # "was adamant that …"
    made_adjectives: frozenset[str] = frozenset()  # "made it clear that …"
    claim_object: frozenset[str] = frozenset()  # "denied wrongdoing", "admitted lying"
    concern_nouns: frozenset[str] = frozenset()  # "doubts", "concerns", "questions"
    question_verbs: frozenset[str] = frozenset()  # "asked if …", "wondered how …"
    inverted: frozenset[str] = frozenset()  # forms of "“…,” added KCNA": subject after the verb
    object_control: frozenset[str] = frozenset()  # "prompted X to assert …": X speaks
    belief: frozenset[str] = frozenset()  # lemmas of a held view ("believes the bill will fail")
    belief_errors: frozenset[str] = frozenset()  # "mistakenly thought": the writer's correction
    position: frozenset[str] = frozenset()  # "endorsed Cruz", "opposes the merger": a side taken
    topic: frozenset[str] = frozenset()  # "discussed the budget": the object is the topic
    explaining: frozenset[str] = frozenset()  # "explained how …": the how-clause is said
    topic_about: frozenset[str] = frozenset()  # "talked about the floods"
    topic_preps: frozenset[str] = frozenset()  # "about", "of": "warned of new attacks"
    as_source: frozenset[str] = frozenset()  # "As Reuters noted, …": the main clause is said
    quoting_as: frozenset[str] = frozenset()  # "quoted her as saying": the object speaks
    that_only: frozenset[str] = frozenset()  # "shared that …": a saying only with its clause
    gerund_content: frozenset[str] = frozenset()  # "reported having raised …": the gerund is said
    phrasal_tags: frozenset[tuple[str, str]] = frozenset()  # ("shoot", "back"): "X shot back."

    # Unions the speaker stages ask about at every mention, built once per lexicon rather than
    # at each call (the dataclass is frozen, so a cached property is computed once and kept).
    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """Words written before a name: titles and honorifics ("Senator", "Mrs")."""
        return self.titles | self.honorifics.keys()

    @functools.cached_property
    def role_words(self) -> frozenset[str]:
        """Words naming a person by role: person nouns, titles, gendered roles."""
        return self.person_nouns | self.titles | self.gendered_roles.keys()

    @functools.cached_property
    def speaker_words(self) -> frozenset[str]:
        """Common nouns of the lexicon that can speak: person, body, statement and work words."""
        return self.person_nouns | self.org_nouns | self.nouns | self.works

    def can_speak(self, token) -> bool:
        """Can a common noun name someone who speaks or holds a view? A person or body word from
        the lexicon, a document, a word built like a person noun ("voter", "moderator",
        "respondent", "employee", "columnist") or one the dictionary gives first as a person
        ("advocate", "scholar": data/person_nouns.toml); "acceptance", "probe" or "areas"
        cannot."""
        if self.known_speaker(token):
            return True
        if token.tag_ == "NNS" and any(t.ent_type_ == "NORP" for t in token.lefts):
            return True  # "Cuban exiles", "Afghan villagers"
        lemma = token.lemma_.lower()
        return person_shaped(lemma) or lemma in self.dictionary_people

    def known_speaker(self, token) -> bool:
        """A name, or a person, body or document word of the lexicon: who can speak, without
        guessing from the shape of the word ("error" is built like "donor")."""
        if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True  # a name the parser took for a common noun ("Rathke" as a plural)
        words = {token.lower_, token.lemma_.lower()}
        return bool(
            words & self.speaker_words
            or words & self.gendered_roles.keys()
            or words & self.people_nouns
        )

    def is_speech(self, token) -> bool:
        """A verb of saying, or a phrasal one opening what was said ("fired back that …")."""
        if token.lower_ in self.speech or (token.pos_ == "VERB" and token.lemma_ in self.speech):
            return True
        return token.pos_ == "VERB" and self._phrasal_then(token, tag_end=False)

    def _phrasal_then(self, token, tag_end: bool) -> bool:
        """A phrasal verb of saying (data: phrases.phrasal_tags) whose particle is followed by
        "that", a colon opening what was said ("Lee snapped back: I have one reason"), the end
        of the text, or (`tag_end`) a punctuation mark closing a tag."""
        doc = token.doc
        if token.i + 1 >= len(doc):
            return False
        if (token.lemma_.lower(), doc[token.i + 1].lower_) not in self.phrasal_tags:
            return False
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if after is None or after.lower_ == "that":
            return True
        if after.text == ":":  # not passive: "some costs are spelled out: $2 million for …"
            return not any(c.dep_ == "auxpass" for c in token.children)
        return tag_end and after.is_punct

    def is_evidence(self, token) -> bool:
        """ "the poll shows that …": a work or a document stating something."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.evidence:
            return False
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        words = {subject.lemma_.lower(), subject.lower_}
        words |= {w[:-1] for w in words if w.endswith("s")}  # "Surveys" taken for a name
        return bool(words & (self.works | self.nouns))

    def is_belief(self, token) -> bool:
        """ "believes", "expects", "fears": a verb of a held view (its clause is the view), not
        one the writer corrects ("mistakenly thought")."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.belief:
            return False
        return not any(c.lower_ in self.belief_errors for c in token.children)

    def is_request(self, token) -> bool:
        """A verb of asking somebody to act ("urged", "called on", "pleaded with")."""
        return token.pos_ == "VERB" and token.lemma_.lower() in self.requests

    def is_cue(self, token) -> bool:
        """Any verb that can attribute a direct quote."""
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in (
            "VBD",
            "VBZ",
            "VBP",
            "VBG",
            "VBN",
        ):
            return False
        if self.is_speech(token) or token.lower_ in self.direct or token.lemma_ in self.direct:
            return True
        return self.phrasal_tag(token)

    def phrasal_tag(self, token) -> bool:
        """ "“…,” Sanders shot back.": a phrasal verb of saying (data: phrases.phrasal_tags)
        whose particle closes the tag, a punctuation mark right after it, or opens what was said
        ("Lee fired back that the plan was dead"). The verb alone is no cue ("shot the ball"),
        nor the pair before other words ("went on to win", "weighed in at 200 pounds")."""
        return self._phrasal_then(token, tag_end=True)


def inflect(lemma: str, extra: list[str] | None = None) -> set[str]:
    """Surface forms of a verb: lemma, -s, -ed, -ing by the regular rules, plus given forms."""
    forms = {lemma, *(extra or [])}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if extra:  # irregular past forms replace the regular -ed one
        forms.discard(lemma + "ed")
        forms.discard(lemma + "d")
        forms |= set(extra)
    return forms


def _forms(lemmas: list[str], irregular: dict[str, list[str]]) -> frozenset[str]:
    out: set[str] = set()
    for lemma in lemmas:
        out |= inflect(lemma, irregular.get(lemma))
    return frozenset(out)


def _inflected(lemmas: list[str], irregular: dict[str, list[str]]) -> frozenset[str]:
    """The forms of `lemmas` but the bare ones: a headline's verb agrees with its subject or is
    past ("Says", "Charged", "Told"), while a bare form is as often a noun or a name ("State
    Media", "Open Society")."""
    return _forms(lemmas, irregular) - frozenset(lemmas)


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(p.lower().split()) for p in items}, key=len, reverse=True))


@functools.cache
def lexicon() -> Lexicon:
    cues = load(CUES_FILE.name)
    spk = load(SPEAKERS_FILE.name)
    irregular = cues.get("irregular", {})
    verbs = cues["verbs"]
    pronouns = {w: kind for kind, words in spk["pronouns"].items() for w in words}
    honorifics = {w: kind for kind, words in spk["honorifics"].items() for w in words}
    roles = spk["roles"]
    gendered = {w: g for g in ("male", "female") for w in roles[g]}
    names = {w: g for g in ("male", "female") for w in spk["names"][g]}
    given = load(GIVEN_NAMES_FILE.name)
    return Lexicon(
        speech=_forms(verbs["speech"], irregular),
        direct=_forms(verbs["direct_only"], irregular),
        not_speech=_forms(verbs["not_speech"], irregular),
        refusal=_forms(verbs["refusal"], irregular),
        source_after=_phrases(cues["phrases"]["source_after"]),
        verbal=_phrases(cues["phrases"]["verbal"]),
        question_clause=_phrases(cues["phrases"].get("question_clause", [])),
        nouns=frozenset(cues["nouns"]["statement"]),
        works=frozenset(cues["nouns"].get("works", [])),
        not_quote_before=_phrases(cues["not_quote"]["before"]),
        title_nouns=frozenset(cues["not_quote"]["title_nouns"]),
        title_case_min_words=int(cues["not_quote"].get("title_case_min_words", 2)),
        pronouns=pronouns,
        honorifics=honorifics,
        gendered_roles=gendered,
        person_nouns=frozenset(roles["person"]),
        org_nouns=frozenset(roles["organization"]),
        generic_org=frozenset(roles["generic_organization"]),
        first_names=names,
        given_names={w: g for g in ("male", "female") for w in given[g]},
        dictionary_people=frozenset(load(PERSON_NOUNS_FILE.name)["words"]),
        titles=frozenset(spk["titles"]["before_names"]),
        person_verbs=frozenset(spk.get("contexts", {}).get("person_verbs", [])),
        requests=frozenset(verbs.get("request", [])),
        request_preps=frozenset(verbs.get("request_preps", [])),
        reader_verbs=frozenset(verbs.get("reader_verbs", [])),
        evidence=frozenset(verbs.get("evidence", [])),
        post_nominals=frozenset(spk["titles"].get("after_names", [])),
        people_nouns=frozenset(roles.get("people", [])),
        colon_labels=frozenset(w.lower() for w in cues["not_quote"].get("colon_labels", [])),
        headline_verbs=_inflected(
            [*verbs["speech"], *verbs["direct_only"], *verbs.get("headline", [])], irregular
        ),
        commitment=frozenset(verbs.get("commitment", [])),
        request_for=frozenset(verbs.get("request_for", [])),
        request_object=frozenset(verbs.get("request_object", [])),
        request_object_not=frozenset(verbs.get("request_object_not", [])),
        request_nouns=frozenset(cues["nouns"].get("request", [])),
        policy_nouns=frozenset(cues["nouns"].get("policies", [])),
        withholding=frozenset(verbs.get("withholding", [])),
        withheld=frozenset(verbs.get("withheld", [])),
        object_speech=frozenset(verbs.get("object_speech", [])),
        reason_preps=frozenset(verbs.get("reason_preps", [])),
        evidence_standing=frozenset(verbs.get("evidence_standing", [])),
        gerund_adjunct_preps=frozenset(verbs.get("gerund_adjunct_preps", [])),
        reason_verbs=frozenset(verbs.get("reason_verbs", [])),
        reason_only=frozenset(verbs.get("reason_only", [])),
        naming=frozenset(verbs.get("naming", [])),
        naming_as=frozenset(verbs.get("naming_as", [])),
        naming_forms=_forms(verbs.get("naming", []), irregular),
        view_nouns=frozenset(cues["nouns"].get("view", [])),
        listener_of=frozenset(verbs.get("listener_of", [])),
        voices=frozenset(cues["nouns"].get("voices", [])),
        raise_concern=frozenset(verbs.get("raise_concern", [])),
        claim_credit=frozenset(verbs.get("claim_credit", [])),
        credit_nouns=frozenset(cues["nouns"].get("credit", [])),
        stance_adjectives=frozenset(verbs.get("stance_adjectives", [])),
        made_adjectives=frozenset(verbs.get("made_adjectives", [])),
        claim_object=frozenset(verbs.get("claim_object", [])),
        concern_nouns=frozenset(cues["nouns"].get("concern", [])),
        question_verbs=frozenset(verbs.get("question", [])),
        inverted=_forms(verbs.get("inverted", []), irregular),
        object_control=frozenset(verbs.get("object_control", [])),
        belief=frozenset(verbs.get("belief", [])),
        belief_errors=frozenset(verbs.get("belief_errors", [])),
        position=frozenset(verbs.get("position", [])),
        topic=frozenset(verbs.get("topic", [])),
        explaining=frozenset(verbs.get("explaining", [])),
        topic_about=frozenset(verbs.get("topic_about", [])),
        topic_preps=frozenset(verbs.get("topic_preps", [])),
        as_source=frozenset(verbs.get("as_source", [])),
        quoting_as=frozenset(verbs.get("quoting_as", [])),
        that_only=frozenset(verbs.get("that_only", [])),
        gerund_content=frozenset(verbs.get("gerund_content", [])),
        phrasal_tags=frozenset(
            (lemma, particle)
            for lemma, particle in (
                p.lower().split() for p in cues["phrases"].get("phrasal_tags", [])
            )
        ),
    )


_MATCHERS: dict[int, tuple] = {}


def phrase_matcher(vocab):
    """A spaCy PhraseMatcher for the multi-word cues ("SOURCE": "according to", "VERBAL": "told
    reporters", "ASKED": "when asked"), built once per vocabulary, matched on lower-case words."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        lex = lexicon()
        matcher = PhraseMatcher(vocab, attr="LOWER")
        matcher.add("SOURCE", [Doc(vocab, words=list(p)) for p in lex.source_after])
        matcher.add("VERBAL", [Doc(vocab, words=list(p)) for p in lex.verbal])
        matcher.add("ASKED", [Doc(vocab, words=list(p)) for p in lex.question_clause])
        cached = _MATCHERS[id(vocab)] = (vocab, matcher)
    return cached[1]


def cue_form_count() -> int:
    """How many surface cue forms the lexicon knows (verbs, phrases, nouns)."""
    lex = lexicon()
    return len(lex.speech | lex.direct) + len(lex.source_after) + len(lex.verbal) + len(lex.nouns)
