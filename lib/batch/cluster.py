"""Run batches on an existing Dask distributed cluster (`--scheduler tcp://HOST:8786`).

Each worker keeps one spaCy pipeline: a worker plugin loads it when the worker starts (or joins
later), and `lib.nlp.load_nlp`'s per-process cache hands that same pipeline to every batch the
worker runs. Articles travel in batches (bytes and metadata in, tables out), so the workers need
this project installed but no access to the files or the database.
"""

from __future__ import annotations

from collections.abc import Generator

from distributed import Client, WorkerPlugin, as_completed

from lib.batch.files import Job
from lib.batch.work import Result, analyze_jobs, warm

PLUGIN_NAME = "newsdash-spacy-model"


class ModelPlugin(WorkerPlugin):
    """Loads the model on each worker once, before its first batch."""

    name = PLUGIN_NAME

    def setup(self, worker) -> None:
        warm()


def on_cluster(batches: list[list[Job]], scheduler: str) -> Generator[list[Result], None, None]:
    """Batches on the cluster behind `scheduler`, results as each batch finishes."""
    with Client(scheduler, timeout="10s") as client:
        client.register_plugin(ModelPlugin(), name=PLUGIN_NAME)
        futures = client.map(analyze_jobs, batches, pure=False)
        try:
            for _, results in as_completed(futures, with_results=True):
                yield results
        finally:
            client.cancel(futures)
