"""What every section of the speaker resolver shares: the resolver's context and mention index."""

from __future__ import annotations


def person_mention(token, index):
    """The mention of a person that `token` is a word of, or None (`index`: the resolver's
    `MentionIndex`)."""
    m = index.entity_for(token.idx, token.idx + len(token))
    return m if m is not None and m.entity["label"] == "PERSON" else None


class ResolverPart:
    """A section of `SpeakerResolver` (pronouns, common nouns, documents): it reads the article
    through the resolver that owns it, so all sections see one mention index and one history."""

    def __init__(self, resolver):
        self.r, self.ix = resolver, resolver.index
        self.ctx, self.lex, self.text, self.doc = (
            resolver.ctx,
            resolver.lex,
            resolver.text,
            resolver.doc,
        )
        self.inside_quote = resolver.index.inside_quote

    def person_mention(self, token):
        """The mention of a person that `token` is a word of, or None."""
        return person_mention(token, self.ix)
