"""What a worker does with a batch of articles: ingest each, parse them together, extract.

Each article is read once, here, as the store will keep it (`lib.store.records.prepare`: the
file name and metadata cleaned, the title the text gives), and that reading is both what is
analysed and what goes back to the store, which therefore does not read it again.

The parse goes through `nlp.pipe` over the paragraph-aware Docs `lib.nlp.make_doc` builds, so a
batch gets spaCy's batched matrix work while the tables stay exactly those `analyze()` makes: a
long article is parsed in the same pieces `lib.nlp.parse` cuts it into (the models read a
piece's words in the context of its neighbours, so one Doc of the whole would parse differently).
One article that cannot be read (or trips an analysis bug) is refused with its reason; the rest
of its batch goes on. Tables go back in the store's form (`StoredAnalysis`: JSON strings), made
here straight from the extractors' rows (no DataFrames: the frames' own JSON, to the byte, for
a third of the cost): strings travel far more cheaply than DataFrames, so the process that
writes the database does little else. The model is loaded once per process
(`lib.nlp.load_nlp` is cached), so a worker that runs many batches loads it once.
"""

from __future__ import annotations

import gc
import itertools
from dataclasses import dataclass

from lib.batch.files import Job
from lib.errors import InputError
from lib.pipeline import analyze_rows
from lib.store.records import Prepared, StoredAnalysis, prepare

PIPE_BATCH = 16  # Docs per nlp.pipe batch inside a worker


@dataclass(frozen=True)
class Result:
    name: str
    analysis: StoredAnalysis | None  # None when refused
    reason: str = ""  # why it was refused
    prepared: Prepared | None = None  # the article as the store keeps it (None when refused)


def analyze_jobs(jobs: list[Job]) -> list[Result]:
    """Tables for each job, in order; refusals carry one line saying why."""
    from lib.nlp import joined, load_nlp, piece_docs

    nlp = load_nlp()
    results: dict[int, Result] = {}
    ready = []  # (index, prepared, article, how many pieces)
    pieces = []  # every ready article's unparsed pieces, in order
    for i, job in enumerate(jobs):
        try:
            prepared, article = prepare(job.raw, job.filename, job.meta)
            docs = piece_docs(nlp, article)
        except InputError as err:
            results[i] = Result(job.name, None, str(err))
            continue
        ready.append((i, prepared, article, len(docs)))
        pieces += docs
    parsed = nlp.pipe(pieces, batch_size=PIPE_BATCH)
    for i, prepared, article, count in ready:
        docs = list(itertools.islice(parsed, count))
        try:
            stored = StoredAnalysis.from_rows(analyze_rows(article, joined(article, docs)))
            results[i] = Result(jobs[i].name, stored, prepared=prepared)
        except Exception as err:  # a bug on one article must not lose the whole batch
            results[i] = Result(jobs[i].name, None, f"analysis failed: {type(err).__name__}: {err}")
    return [results[i] for i in range(len(jobs))]


# A worker's garbage collector: the first generation is collected after this many new objects
# (Python's default is 700). An analysis allocates millions of short-lived objects, few of them
# in cycles, so the default collects thousands of times per batch for little.
GC_THRESHOLD = 10_000


_settled = False  # this process's garbage collector is set up for analysis work
_warmed = False  # this process has loaded the model and the rule data

# A small article touching every extractor (a quote and its speaker, a reported statement,
# figures with units, dates, organisations and people): analysed once at a worker's start so the
# rule data (TOML files, word lists, compiled patterns) and the lazily imported modules are
# loaded before its first batch, not during it.
WARM_UP = (
    "Harbour reopens after storm\n\n"
    "The harbour in Portsmouth reopened on Tuesday, March 5, 2024, after a storm closed it for "
    "three days, the port authority said. About 40 boats were damaged and repairs will cost "
    "$1.2 million, up 15% from last year.\n\n"
    "\u201cWe are back in business,\u201d harbour master Ana Ruiz told Reuters. She said the "
    "council would meet next week to discuss a new sea wall."
)


def warm_caches() -> None:
    """Load the model and the rule data once per process, by analysing `WARM_UP`: the first
    analysis in a process reads the rule files and imports the extractors' modules, which
    otherwise lands on a worker's first batch (the batch's own path: `analyze_jobs`). A forking
    parent calls this so its workers start with everything loaded; called again it costs
    nothing."""
    global _warmed
    if _warmed:
        return
    (result,) = analyze_jobs([Job("warm-up.txt", WARM_UP.encode(), "warm-up.txt", {})])
    if result.analysis is None:
        raise RuntimeError(f"the warm-up article was refused: {result.reason}")
    _warmed = True


def warm() -> None:
    """Load the model and the rule data before the first batch (a pool initializer, a Dask
    worker's setup: `warm_caches`), then settle the garbage collector for analysis work, once
    per process: the model's objects (hundreds of thousands, alive for the whole process) are
    frozen out of its scans, and its first generation is collected less often. Together they
    halve what collection costs a worker, with the same results (only when garbage is freed
    changes). Called again (a Dask plugin registered by every run) it costs nothing."""
    global _settled
    warm_caches()
    if _settled:
        return
    gc.collect()
    gc.freeze()
    _, *older = gc.get_threshold()
    gc.set_threshold(max(GC_THRESHOLD, gc.get_threshold()[0]), *older)
    _settled = True
