"""Re-analyse saved articles whose stored analysis another release made (or that have none).

The app does this lazily when someone opens such an article; after an upgrade, this does it for
all of them at once so no reader waits (`python -m lib.store reanalyse`). Each article is read,
analysed with the metadata it was saved with (as the app does), and stored in its own
transaction, so an interrupted run keeps what it finished and the next run goes on from there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lib.errors import InputError
from lib.store import Store, StoreError


@dataclass
class RefreshReport:
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, why)

    def summary(self) -> str:
        return f"{len(self.done)} re-analysed, {len(self.failed)} failed"


def reanalyse_stale(store: Store, progress=None) -> RefreshReport:
    from lib.pipeline import analyze

    report = RefreshReport()
    for article_id in store.stale_analyses():
        try:
            saved = store.load_article(article_id)
            if saved is None:  # removed since the listing
                continue
            meta = {"source": saved.filename, **saved.meta}
            tables = analyze(saved.raw, filename=saved.filename, meta=meta)
            store.save_analysis(article_id, tables)
        except (InputError, StoreError) as err:
            report.failed.append((article_id, str(err)))
            continue
        report.done.append(article_id)
        if progress:
            progress(article_id)
    return report
