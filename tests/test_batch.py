"""analyze-many: a folder of articles into a SQLite store, skipped on a rerun, resumed after an
interrupt, and the same run on local processes and on a Dask cluster the test starts."""

from __future__ import annotations

import json
import os

import pytest

from lib import batch
from lib.batch.progress import Progress
from lib.cli import main
from lib.pipeline import analyze
from lib.store import Store, analysis_version, content_key

ARTICLES = {
    "harbour.txt": (
        "Harbour reopens after storm\n\n"
        "The harbour reopened on Tuesday after a storm closed it for three days. "
        '"We are back in business," harbour master Ana Ruiz told reporters.\n\n'
        "About 40 boats were damaged, the port authority said.\n"
    ),
    "council.md": (
        "# Council approves budget\n\n"
        "The city council approved a budget of $12 million on Monday.\n\n"
        '"It is a fair plan," said councillor Tom Baker, who voted for it.\n'
    ),
    "school.txt": (
        "School opens new library\n\n"
        "A new library opened at Hill Street School last week, the head teacher said. "
        "It holds more than 5,000 books.\n"
    ),
    "bridge.txt": (
        "Bridge repairs delayed\n\n"
        "Repairs to the old bridge will be delayed until March, engineers said on Friday. "
        '"Safety comes first," said Maria Lopez, the city engineer.\n'
    ),
    "market.txt": (
        "Market prices rise\n\n"
        "Vegetable prices at the central market rose 8 percent in May, traders said. "
        "The rise was blamed on a dry spring.\n"
    ),
}
BINARY = b"\x00\x01\x02 not an article"


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "articles"
    (src / "more").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (src / ("more" if name == "market.txt" else "") / name).write_text(text, "utf-8")
    (src / "council.json").write_text('{"published": "2024-05-06", "source": "City Times"}')
    (src / "broken.txt").write_bytes(BINARY)
    (src / "notes.csv").write_text("not an article,1\n")
    return src


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'news.sqlite3'}")
    yield s
    s.close()


def quiet(total: int = 0) -> Progress:
    import io

    return Progress(total, io.StringIO())


def test_a_folder_goes_into_the_store_and_a_rerun_skips_it(folder, store):
    first = batch.run(str(folder), store, progress=quiet(6))
    assert len(first.done) == 5 and not first.skipped and not first.interrupted
    assert [name for name, _ in first.refused] == [str(folder / "broken.txt")]
    assert "binary" in first.refused[0][1]
    raw = (folder / "council.md").read_bytes()
    stored = store.load_analysis(content_key(raw))
    expected = analyze(
        raw, filename="council.md", meta={"published": "2024-05-06", "source": "City Times"}
    )
    for name, df in expected.tables().items():
        assert stored.tables()[name].equals(df), name
    assert stored.info()["published"] == "2024-05-06"

    second = batch.run(str(folder), store, progress=quiet(6))
    assert second.done == [] and len(second.skipped) == 5
    assert len(second.refused) == 1  # a refused file is tried again, and refused again


def test_an_interrupted_run_resumes_where_it_stopped(folder, store):
    saved = []

    def stop_after_two(name: str) -> None:
        saved.append(name)
        if len(saved) == 2:
            raise KeyboardInterrupt

    first = batch.run(str(folder), store, batch_size=1, progress=quiet(6), on_saved=stop_after_two)
    assert first.interrupted and first.done == saved
    assert "interrupted" in first.lines()[0]
    rest = batch.run(str(folder), store, progress=quiet(6))
    assert sorted(rest.skipped) == sorted(saved)
    assert len(rest.done) == 3 and not set(rest.done) & set(saved)


def test_an_analysis_of_another_version_is_made_again(folder, store):
    batch.run(str(folder), store, progress=quiet(6))
    raw = (folder / "school.txt").read_bytes()
    store.save_analysis(content_key(raw), store.load_analysis(content_key(raw)), version="old")
    again = batch.run(str(folder), store, progress=quiet(6))
    assert again.done == [str(folder / "school.txt")] and len(again.skipped) == 4
    assert store.load_analysis(content_key(raw), analysis_version()) is not None


def test_the_same_bytes_twice_are_analysed_once(folder, store):
    (folder / "copy-of-bridge.txt").write_bytes((folder / "bridge.txt").read_bytes())
    summary = batch.run(str(folder), store, progress=quiet(7))
    assert len(summary.done) == 5 and len(summary.skipped) == 1


def test_a_glob_names_some_files(folder, store):
    summary = batch.run(str(folder / "*.txt"), store, progress=quiet(4))
    assert len(summary.done) == 3  # harbour, school, bridge (council is .md, market is deeper)


def test_local_processes_give_the_same_tables(folder, store):
    summary = batch.run(str(folder), store, jobs=2, batch_size=2, progress=quiet(6))
    assert len(summary.done) == 5 and len(summary.refused) == 1
    raw = (folder / "harbour.txt").read_bytes()
    expected = analyze(raw, filename="harbour.txt")
    assert store.load_analysis(content_key(raw)).quotes.equals(expected.quotes)


def test_cli_prints_a_summary_and_progress(folder, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["analyze-many", str(folder), "--db", url, "--jobs", "2"]) == 1  # one refused
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("5 analysed and saved, 0 skipped")
    assert "refused" in out and "broken.txt" in out
    assert "6/6" in err and "done 5" in err
    assert main(["analyze-many", str(folder / "*.txt"), "--db", url]) == 1
    assert capsys.readouterr().out.startswith("0 analysed and saved, 3 skipped")


def test_cli_bad_input_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("NEWSDASH_DATABASE_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["analyze-many", str(tmp_path / "nothing-here"), "--db", url]) == 2
    assert "No article files" in capsys.readouterr().err
    assert main(["analyze-many", str(tmp_path)]) == 2
    assert "--db" in capsys.readouterr().err


@pytest.mark.slow
def test_a_dask_cluster_runs_the_same_batches(folder, store, real_main):
    distributed = pytest.importorskip("distributed")
    from lib.batch.cluster import local_cluster

    with local_cluster(2) as cluster:
        summary = batch.run(
            str(folder), store, scheduler=cluster.scheduler_address, batch_size=2, progress=quiet(6)
        )
        with distributed.Client(cluster) as client:  # each worker loaded the model once
            plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
        again = batch.run(
            str(folder), store, scheduler=cluster.scheduler_address, progress=quiet(6)
        )
    assert len(summary.done) == 5 and len(summary.refused) == 1
    assert all("newsdash-spacy-model" in names for names in plugins.values())
    raw = (folder / "bridge.txt").read_bytes()
    expected = analyze(raw, filename="bridge.txt")
    assert store.load_analysis(content_key(raw)).quotes.equals(expected.quotes)
    assert again.done == [] and len(again.skipped) == 5


def test_a_correction_outlives_a_reanalysis_by_analyze_many(folder, store):
    from lib.store.corrections import Correction

    batch.run(str(folder), store, progress=quiet(6))
    raw = (folder / "harbour.txt").read_bytes()
    article_id = content_key(raw)
    quote = store.load_analysis(article_id).quotes.iloc[0]
    store.add_correction(
        article_id,
        Correction("speaker", "quotes", int(quote["start"]), int(quote["end"]), value="Ana R."),
    )
    store.save_analysis(article_id, store.load_analysis(article_id), version="old")
    again = batch.run(str(folder), store, progress=quiet(6))
    assert again.done == [str(folder / "harbour.txt")]
    corrected = store.corrected_analysis(article_id)
    assert corrected.tables.quotes.iloc[0]["speaker"] == "Ana R." and not corrected.dropped


def test_batches_shrink_toward_the_end_and_cover_every_job():
    from lib.batch.files import Job

    todo = [Job(f"a{i}.txt", b"x", f"a{i}.txt") for i in range(120)]
    batches = batch.split(todo, 16, workers=2)
    sizes = [len(b) for b in batches]
    assert [job for b in batches for job in b] == todo  # every job once, in order
    assert max(sizes) == 16 and sizes == sorted(sizes, reverse=True)
    assert sizes[-4:] == [1, 1, 1, 1]  # the workers finish within one article of each other
    assert [len(b) for b in batch.split(todo, 16, workers=1)] == [16] * 7 + [8]


def test_the_model_plugin_pauses_a_workers_stack_sampling_while_registered(monkeypatch):
    pytest.importorskip("distributed")
    from lib.batch import cluster

    class Callback:
        def __init__(self):
            self.running = True
            self.callback = lambda: None
            self.callback_time = 500

        def is_running(self):
            return self.running

        def stop(self):
            self.running = False

        def start(self):
            self.running = True

    class Worker:
        periodic_callbacks = {
            "profile": Callback(),
            "profile-cycle": Callback(),
            "heartbeat": Callback(),
        }

    monkeypatch.setattr(cluster, "warm", lambda: None)
    worker, plugin = Worker(), cluster.ModelPlugin()
    plugin.setup(worker)
    running = {name: c.is_running() for name, c in worker.periodic_callbacks.items()}
    assert running == {"profile": False, "profile-cycle": False, "heartbeat": True}
    plugin.teardown(worker)
    assert all(c.is_running() for c in worker.periodic_callbacks.values())


@pytest.mark.slow
def test_the_model_plugin_spaces_out_heartbeats_and_the_workers_still_report(real_main):
    distributed = pytest.importorskip("distributed")
    import time

    from lib.batch import cluster

    def interval(dask_worker):
        return dask_worker.periodic_callbacks["heartbeat"].callback_time

    def seen(dask_scheduler):
        return min(ws.last_seen for ws in dask_scheduler.workers.values())

    async def beat_now(dask_worker):  # one heartbeat, as the periodic callback makes it
        await dask_worker.periodic_callbacks["heartbeat"].callback()

    with cluster.local_cluster(2) as local, distributed.Client(local) as client:
        client.run(beat_now)
        assert max(client.run(interval).values()) < cluster.HEARTBEAT_MS  # Dask's own
        client.register_plugin(cluster.ModelPlugin(), name=cluster.PLUGIN_NAME)
        warmed = client.run(_warmed)  # the model and the rule data, before any batch
        trim = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))  # see QUIET
        before = time.time()
        client.run(beat_now)  # the scheduler's reply asks for 0.5 s again
        spaced = set(client.run(interval).values())
        reported = client.run_on_scheduler(seen)
        client.unregister_worker_plugin(cluster.PLUGIN_NAME)
        client.run(beat_now)
        restored = max(client.run(interval).values())
    assert set(warmed.values()) == {True} and len(warmed) == 2
    assert set(trim.values()) == {None}  # glibc keeps freed memory for reuse
    assert spaced == {cluster.HEARTBEAT_MS}
    assert reported >= before  # the workers still report, through the wrapped heartbeat
    assert restored < cluster.HEARTBEAT_MS


def _warmed() -> bool:
    from lib.batch import work

    return work._warmed


def test_warming_a_worker_runs_every_extractor_once_through_the_batch_path(monkeypatch):
    """A worker's start-up analysis is a batch of its own (`analyze_jobs`), once per process,
    and its article reaches every extractor, so their rule data is loaded before real work."""
    from lib.batch import work

    seen = []
    real = work.analyze_jobs
    monkeypatch.setattr(work, "analyze_jobs", lambda jobs: seen.append(real(jobs)) or seen[-1])
    monkeypatch.setattr(work, "_warmed", False)
    work.warm_caches()
    work.warm_caches()
    assert len(seen) == 1 and work._warmed
    [result] = seen[0]
    rows = {name: json.loads(data) for name, data in result.analysis.rows.items()}
    for name in ("quotes", "facts", "timeline", "entities", "speakers"):
        assert len(rows[name]) > 0, name


def test_a_long_article_is_parsed_in_the_pieces_analyze_uses(monkeypatch):
    """The models read each word with its neighbours, so a long text parsed whole can differ
    from the same text parsed in `lib.nlp.parse`'s pieces: a batch parses the same pieces."""
    import lib.nlp
    from lib import pipeline
    from lib.batch.files import Job
    from lib.batch.work import analyze_jobs
    from lib.store import StoredAnalysis

    cut = lib.nlp.pieces_of
    monkeypatch.setattr(lib.nlp, "pieces_of", lambda article: cut(article, size=120))
    text = "Storm week in review\n\n" + "\n\n".join(ARTICLES.values()) * 3
    parsed = []
    rows = pipeline.analyze_rows
    monkeypatch.setattr(
        "lib.batch.work.analyze_rows", lambda article, doc: parsed.append(doc) or rows(article, doc)
    )
    [result] = analyze_jobs([Job("week.txt", text.encode(), "week.txt")])
    article = pipeline.prepare(text.encode(), filename="week.txt")
    expected = lib.nlp.parse(article)

    def marks(doc):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]

    assert len(lib.nlp.pieces_of(article)) > 10
    assert marks(parsed[0]) == marks(expected)
    assert result.analysis == StoredAnalysis.of(pipeline.analyze_parsed(article, expected))
