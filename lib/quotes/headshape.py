"""A headline's subject read from its shape, not from its tags: "Bridget McCain Breaks Silence
On …: ‘…’", "Brit Ambassador Charged That …", "Trump On Turkey And Kurds: ‘…’".

In Title Case every word is capitalised, so the tagger reads verbs as names ("Breaks" a plural
proper noun) and names run on into the verb and its object; the parse then hands a headline's
quote to whatever noun it made the subject ("Trump’s Attacks On Her"). A headline's grammar is
plainer than its tags: it opens with its subject, a few capitalised words, then its verb. So the
subject is the run of capitalised words before the first verb of saying or attack a headline
uses (data/cues.toml: the speech and direct_only verbs and the `headline` list), or before "on"
or "to" when a colon follows ("Trump On Turkey: ‘…’", "Clinton to donors: ‘…’"); an adverb before
the verb is skipped ("Rashida Tlaib Officially Endorses"). Nothing is read when the run is long,
holds a lower-case word, a function word ("Democrats Pounce After Trump Slams …": a clause, not
a name), a possessive ("Trump’s Claim That …": the owner, not the subject) or a number, or no
such verb or colon ends it. Sentence-case headlines keep their verbs in lower case, so the shape
never applies there: the parse reads them well enough.
"""

from __future__ import annotations

from lib.quotes.sayers import DASHES

CLAIM_GAP = 3  # at most this many words between an owned claim and its quote ("Claim That Google")
SUBJECT_WORDS = 5  # at most this many words in a headline's subject ("Democratic Congresswoman")
TOPIC_PREPS = ("on", "to")  # "Trump On Turkey: …", "Estate to Trump Campaign: …"
_POSSESSIVES = ("'s", "’s", "'", "’")
# Function words, capitalised in Title Case, that no name holds but "of" and a first "the": a
# clause or a phrase before the verb ("Democrats Pounce After Trump Slams …").
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "that", "this", "these", "those", "who", "whom", "which", "what", "why",
    "how", "when", "while", "after", "before", "as", "since", "because", "if", "unless", "until",
    "for", "with", "without", "over", "about", "from", "in", "at", "into", "onto", "against",
    "amid", "among", "during", "by", "than", "via", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    "do", "does", "did", "not", "no",
))  # fmt: skip


def headline_subject(lex, tokens, end: int):
    """The last word of the subject of a headline's `tokens` (its words in order, those of its
    quotes left out) when a verb of saying or a topic preposition before offset `end` closes it
    (see the module docstring); None when the shape is not there."""
    colon = _last_colon(tokens, end)  # read once: both shapes ask where the colon is
    return _claims_owner(lex, tokens, end, colon) or headline_saying(lex, tokens, end, colon)[0]


def _claims_owner(lex, tokens, end: int, colon: int):
    """ "Media Growls In Response To Kaine’s Claim Clinton ‘…’", "Fact-Checking Trump’s Claim
    That Google ‘…’": a statement noun (data/cues.toml nouns.statement) owned by a name before
    the quote: the quote is the owner's claim, whoever the headline's subject is, when it
    follows the noun within a few words; not after a colon (at offset `colon`), which sets off
    the subject's own answer to it. One pass over the words (a headline may be a long first
    line)."""
    before = sum(1 for t in tokens if t.idx < end)  # tokens are in text order
    for k in range(before - 1, 1, -1):
        t = tokens[k]
        if t.lower_ not in lex.nouns:
            continue
        if before - k - 1 > CLAIM_GAP:
            return None  # "Refuses to Characterize Biden’s Threat to Withhold Aid as ‘…’"
        if colon > t.idx:
            return None  # "Nadia Brooks On Senator’s Remarks: ‘…’": her answer to them
        owner, mark = tokens[k - 2], tokens[k - 1]
        if mark.text in _POSSESSIVES and owner.text[:1].isupper():
            return owner
    return None


def headline_saying(lex, tokens, end: int, colon: int | None = None) -> tuple:
    """(the subject's last word, the word closing it: a verb or "on"/"to"), or (None, None);
    `colon` is the last colon's offset before `end` when the caller has it already."""
    run: list = []
    colon = _last_colon(tokens, end) if colon is None else colon
    for t in tokens:
        if t.idx >= end:
            break
        if t.text in DASHES and t.whitespace_:
            run = []  # "Exclusive — Sarah Palin: …": a label before the dash names nobody
            continue
        if run and _closes_subject(lex, t, colon):
            return _last_name_word(run), t
        if t.pos_ == "ADV" and run:
            continue  # "Rashida Tlaib Officially Endorses …": the verb's adverb, not the name's
        if not _subject_word(t, first=not run) or len(run) >= SUBJECT_WORDS:
            break
        run.append(t)
    return None, None


def _last_colon(tokens, end: int) -> int:
    """The offset of the last colon before `end`, -1 without one."""
    return max((t.idx for t in tokens if t.text == ":" and t.idx < end), default=-1)


def _closes_subject(lex, tok, colon: int) -> bool:
    """A verb of a headline (by its word: the tags are no guide in Title Case), or "on"/"to"
    with a colon after it (at offset `colon`, before the quote): the headline names its topic
    or addressee, then the quote."""
    low = tok.lower_
    if low in TOPIC_PREPS:
        return colon > tok.idx
    return low in lex.headline_verbs and tok.text[:1].isupper()


def _subject_word(tok, first: bool) -> bool:
    """A capitalised word or initial of a name, or a hyphen inside one. Never a possessive, a
    number, a comma (a list of speakers, "Sanders, Warren Blast …", is left to the parse), a
    lower-case word, or a function word but "of" and a first "the" ("Bank of America", "The
    View"): "Democrats Pounce After Trump Slams …" is a clause before the verb, not a name."""
    if tok.text in _POSSESSIVES or tok.like_num:
        return False
    if tok.lower_ in FUNCTION_WORDS and not (first and tok.lower_ == "the"):
        return False
    return tok.text[:1].isupper() or tok.text == "-" or tok.lower_ == "of"


def _last_name_word(run: list):
    """The subject's head: its last capitalised word."""
    return next((t for t in reversed(run) if t.text[:1].isupper()), None)
