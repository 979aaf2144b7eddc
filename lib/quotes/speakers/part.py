"""What every section of the speaker resolver shares: the resolver's context and mention index."""

from __future__ import annotations


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
