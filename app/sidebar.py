"""The sidebar every page shares: pages, article picker, upload/paste/URL import, filters, layers.

`dashboard.py` (the entrypoint) builds it once per run through `st.navigation`, before the chosen
page runs: widgets created in the entrypoint persist across pages and stay bound to the URL
(`bind="query-params"`), so `/Timeline?speaker=Dmitry+Peskov` opens that view, a copied URL
shares it, and switching pages keeps each parameter once. The article travels as
`?article=<id>`, synced by hand because a bound selectbox would put the article's *title* in
the URL, not its id. A link naming an article, speaker or topic this library does not have gets
a notice in the main area (the sidebar is collapsed on a phone).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import urllib.parse
import uuid
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from datetime import date

import streamlit as st

from app import alerts, library, opened, render, view
from app import corrections as fix
from app.cache import analyze_cached, key_of
from app.workers import Job, pool
from lib.errors import InputError
from lib.ingest.fetch import fetch_url
from lib.pipeline import ArticleTables

log = logging.getLogger(__name__)

PAGES = (
    ("app/pages/0_Overview.py", "Overview", ":material/dashboard:"),
    ("app/pages/1_Reader.py", "Reader", ":material/article:"),
    ("app/pages/2_Timeline.py", "Timeline", ":material/timeline:"),
    ("app/pages/3_Figures.py", "Figures", ":material/bar_chart:"),
    ("app/pages/4_Quotes.py", "Quotes", ":material/format_quote:"),
    ("app/pages/5_Data.py", "Data", ":material/table:"),
    ("app/pages/6_Across.py", "Across articles", ":material/travel_explore:"),
    ("app/pages/7_Corrections.py", "Corrections", ":material/edit_note:"),
)
UPLOAD_TYPES = ["txt", "md", "html"]
PICK_KEY = "article_pick"  # the picker widget; its value is an article id
ARTICLE_PARAM = "article"
UPLOADS = "_uploads"  # session-only articles: id -> {raw, filename, meta, published}
FLASH = "_flash"
EVENT_PARAM = "event"  # the Timeline's selected event, synced by hand (a chart is not bindable)
QUOTE_PARAM = "quote"  # the quote a Quotes card or the Reader links to (a link, not a widget)
# hand-synced parameters and the pages they belong to
PAGE_PARAMS = {EVENT_PARAM: ("Timeline",), QUOTE_PARAM: ("Reader", "Quotes")}
# the Quotes page's bound choices that a quote link carries to the Reader and back
QUOTES_STATE = ("kinds", "order")
QUOTE_FILTERS = ("speaker", "topic", "kinds")  # what can hide a quote's card on the Quotes page
# what a link to another page keeps: the article and the sidebar's choices, not page state
VIEW_PARAMS = (ARTICLE_PARAM, "speaker", "topic", "layers", "published")
SELECTION = "_selection"  # this run's Selection, handed from the entrypoint to the page
MAX_SESSION_UPLOADS = 5
# Pages whose filters are their own (over every saved article): two "Speaker" boxes, one in
# the sidebar for the open article and one on the page, read as one filter that did nothing.
OWN_FILTERS = ("Across articles",)
OWN_FILTERS_NOTE = (
    "These filters apply to the open article's pages; this page has its own filters above."
)
URL_KEY = "import_url"
READING = "Reading the new article (the sidebar's Add an article shows its progress and Cancel):"
FETCHED = "_fetched"  # the page the URL tab downloaded: {raw, filename, meta}
GIVEN_DATES = "_given_dates"  # article id -> publication date the reader gave in place
# The date given in place travels in the URL too: a filter link reloads the page (a new
# session), and a shared link should place the dates as its sender saw them.
PUBLISHED_PARAM = "published"
LINK_READ = "_link_date_read"  # this session took the link's date (on its first run only)
SESSION = "_session"  # this session's token (app.workers: who waits for a job)
CANCELLED = "_cancelled"  # analysis keys the reader cancelled (until "Analyse again")
# Hosts the URL import may fetch from although they are not public (loopback test servers).
FETCH_ALLOW_ENV = "NEWSDASH_FETCH_ALLOW_HOSTS"


@dataclass
class Selection:
    """What a page needs: the article's tables and the reader's choices."""

    article_id: str
    tables: ArticleTables
    filters: view.Filters
    layers: list[str]
    colors: dict[str, str]
    saved: bool  # in the library, so its link works for others

    @property
    def info(self) -> dict:
        return self.tables.info()


def page_setup(title: str) -> None:
    st.set_page_config(
        page_title=f"{title} · News reading dashboard", page_icon="📰", layout="wide"
    )
    st.html(render.STYLE)


def key_figure_cards(figures) -> None:
    """Key figures as metric cards that wrap: a row on a desktop, two by two on a phone."""
    row = st.container(horizontal=True)
    for fig in figures.to_dict("records"):
        row.metric(
            view.md_escape(view.figure_label(fig)),
            view.figure_value(fig),
            help=view.md_escape(view.figure_sentence(fig)),
            border=True,
        )


def navigation():
    """The pages, as `st.navigation` entries (Overview is the default page, at `/`)."""
    return st.navigation(
        [
            st.Page(path, title=label, icon=icon, default=i == 0)
            for i, (path, label, icon) in enumerate(PAGES)
        ]
    )


def sidebar(page_title: str = "") -> Selection:
    """Render the shared sidebar, keep the analysed article with the chosen filters for the page
    (`selection()`), and say in the main area what a link asked for that is not here. On a page
    with filters of its own (`OWN_FILTERS`) the article's filters are shown but disabled."""
    notices: list[str] = []
    # The main area's first line: the add-article form (in the sidebar, collapsed on a phone,
    # and below the fold on a laptop) says here that it is reading, then that Open awaits.
    news = st.empty()
    with st.sidebar:
        entries = library.list_articles()
        uploads: dict = st.session_state.setdefault(UPLOADS, {})
        _take_back_linked(uploads)
        article_id = _pick_article(entries, uploads, notices)
        _add_article_form(news)
        _show_flash()
    tables = _analyse(article_id, entries, uploads)
    with st.sidebar:
        filters, layer_options = _filters(tables, notices, page_title in OWN_FILTERS)
    st.html(
        render.phone_filters_html(filters, tables.info()["title"], clear_href("speaker", "topic"))
    )
    for message in notices:
        st.html(render.notice_html(message))
    if fix.notice(tables):  # corrected tables: every page says so
        st.html(render.note_html(fix.notice(tables)))
    sel = Selection(
        article_id=article_id,
        tables=tables,
        filters=filters,
        layers=[view.LAYER_OPTIONS[o] for o in layer_options if o in view.LAYER_OPTIONS],
        colors=view.speaker_colors(tables),
        saved=library.resolve(article_id, entries) is not None,
    )
    st.session_state[SELECTION] = sel
    return sel


def forget_other_pages_params(page_title: str) -> None:
    """Bound widgets of a page leave the URL when another page opens; do the same for the
    parameters a page keeps by hand, so a link never carries another page's state."""
    for param, owners in PAGE_PARAMS.items():
        if page_title not in owners and param in st.query_params:
            del st.query_params[param]


def ask_published_date(sel: Selection, where: str) -> None:
    """When the publication date is unknown: say so, list the dates waiting for it and ask for
    it in place; the article is analysed again with the date given (for this session)."""
    if not view.date_unknown(sel.info):
        return
    alerts.warning(view.unknown_date_notice(sel.tables))
    waiting = view.unresolved_dates(sel.tables)
    row = st.container(horizontal=True, vertical_alignment="bottom")
    chosen = row.date_input("Publication date", value=None, key=f"give_date_{where}")
    if row.button("Use this date", key=f"give_date_btn_{where}", disabled=chosen is None):
        st.session_state.setdefault(GIVEN_DATES, {})[sel.article_id] = chosen.isoformat()
        st.rerun()
    if not waiting.empty:
        with st.expander(f"Unresolved dates ({len(waiting)})"):
            st.dataframe(waiting, hide_index=True)


def filter_href(param: str):
    """A function name -> link to this page with `param` set to name and the rest of the
    view (article, other filters, layers) kept: for speaker rows and topic chips."""
    current = {k: st.query_params.get_all(k) for k in st.query_params}

    def href(value: str) -> str:
        return "?" + urllib.parse.urlencode({**current, param: [value]}, doseq=True)

    return href


def clear_href(*params: str) -> str:
    """A link to this page with the view kept but `params` dropped (to clear a filter)."""
    kept = {k: st.query_params.get_all(k) for k in st.query_params if k not in params}
    return "?" + urllib.parse.urlencode(kept, doseq=True)


def page_href(page: str, carry: tuple[str, ...] = (), **params: str) -> str:
    """A link to another page (`page` is its URL path, "Reader") with the view kept (article,
    speaker, topic, layers: `VIEW_PARAMS`, and the `carry` parameters when set) and `params`
    added; the page's own state stays behind. Relative, so it works under any base path."""
    names = (*VIEW_PARAMS, *carry)
    kept = {k: st.query_params.get_all(k) for k in names if k in st.query_params}
    return f"{page}?" + urllib.parse.urlencode(
        {**kept, **{k: [v] for k, v in params.items()}}, doseq=True
    )


def quote_href(page: str):
    """A function quote id -> link to that quote on `page` (`page_href` with `?quote=`). The
    Quotes page's own choices (`QUOTES_STATE`: kinds, order) ride along through the Reader, so
    its way back lands on the card in the list the reader left, not a reset one."""
    return lambda quote_id: page_href(page, QUOTES_STATE, **{QUOTE_PARAM: str(quote_id)})


def no_match(sel: Selection, table: str, rows, noun: str) -> None:
    """Say why the filters leave nothing of `rows` (plural `noun`: "figures") and offer the
    links that widen the view: each filter alone when both are set, then none."""
    f = sel.filters
    links = []
    if f.speaker and f.topic:
        links.append((f"Only speaker {f.speaker}", clear_href("topic")))
        links.append((f"Only topic {f.topic}", clear_href("speaker")))
    links.append(
        (
            "Clear the filters" if f.speaker and f.topic else "Clear the filter",
            clear_href("speaker", "topic"),
        )
    )
    message = view.no_match_line(sel.tables, f, table, rows, noun)
    st.html(render.no_match_html(message, links))


def _selected(param: str, ids: set[int]) -> int | None:
    value = st.query_params.get(param, "")
    if value.isdigit() and int(value) in ids:
        return int(value)
    return None


def selected_event(event_ids: set[int]) -> int | None:
    """The event named by `?event=` when it is one of this article's (else nothing)."""
    return _selected(EVENT_PARAM, event_ids)


def selected_quote(quote_ids: set[int]) -> int | None:
    """The quote named by `?quote=` when it is one of this article's (else nothing)."""
    return _selected(QUOTE_PARAM, quote_ids)


def selection() -> Selection:
    """The selection the entrypoint made for this run (a page run on its own builds its own)."""
    sel = st.session_state.pop(SELECTION, None)
    return sel if sel is not None else sidebar()


# ----------------------------------------------------------------------------- article source


def _take_back_linked(uploads: dict) -> None:
    """A link naming an article this browser opened but did not save (a filter link reloads the
    page, so the session that held it is gone) gets it back from `app.opened`."""
    wanted = st.query_params.get(ARTICLE_PARAM)
    if wanted and wanted not in uploads and (upload := opened.find(wanted)) is not None:
        _hold(uploads, wanted, upload)


def _hold(uploads: dict, key: str, upload: dict) -> None:
    """Hold `upload` in the session as its newest; the bytes live in the session, so only the
    `MAX_SESSION_UPLOADS` most recent are kept."""
    uploads.pop(key, None)
    while len(uploads) >= MAX_SESSION_UPLOADS:
        uploads.pop(next(iter(uploads)))
    uploads[key] = upload


def _pick_article(entries: list[library.Entry], uploads: dict, notices: list[str]) -> str:
    ids = [e.article_id for e in entries] + [
        i for i in uploads if library.resolve(i, entries) is None
    ]
    titles = {e.article_id: e.title for e in entries}
    titles.update(
        {
            i: f"{u['title'] or 'Uploaded article'} (not saved)"
            for i, u in uploads.items()
            if i not in titles
        }
    )
    if not ids:
        st.info("The library is empty: add an article below.")
        _add_article_form()
        st.stop()
    if PICK_KEY not in st.session_state or st.session_state[PICK_KEY] not in ids:
        wanted = st.query_params.get(ARTICLE_PARAM)
        if wanted and wanted not in ids:
            notices.append(
                "The article in this link is not in this library; showing the first article. "
                "An article opened but not saved has a link for its own browser only: ask "
                "whoever sent the link to save it to the library (sidebar) and send it again."
            )
        st.session_state[PICK_KEY] = wanted if wanted in ids else ids[0]
    chosen = st.selectbox(
        "Article",
        ids,
        key=PICK_KEY,
        format_func=lambda i: titles.get(i, i),
        help="Articles in the library (the bundled one first), then your uploads.",
    )
    if chosen in uploads and library.resolve(chosen, entries) is None:
        st.button(
            "Save this article to the library",
            key="save_opened",
            on_click=_save_opened,
            args=(chosen,),
            help="Opened articles are kept for this browser only; saved ones get a link for all.",
            width="stretch",
        )
    if chosen == ids[0]:
        st.query_params.pop(ARTICLE_PARAM, None)
    elif st.query_params.get(ARTICLE_PARAM) != chosen:
        st.query_params[ARTICLE_PARAM] = chosen
    return chosen


def _analyse(article_id: str, entries, uploads) -> ArticleTables:
    entry = library.resolve(article_id, entries)
    try:
        if entry is not None:
            raw, name, meta = entry.read()
            published, title = None, ""
        else:  # an upload: analysed as for the form's prefill (cached), the edited title on top
            u = uploads[article_id]
            raw, name, published, title = u["raw"], u["filename"], u["published"], u["title"]
            meta = u.get("meta", {})
        given = _given_date(article_id)
        published = published or given
        _stop_if_cancelled(key_of(raw, name, meta, published), "article")
        with st.spinner("Analysing the article…", show_time=True):
            make = functools.partial(
                analyze_cached, raw, name, meta, published, wait=_wait, who=_session()
            )
            stored = entry is not None and not given  # a date given in place: analysed anew
            tables = library.analysis(entry, make) if stored else fix.corrected(entry, make())
    except OSError as err:  # the store failed, or a saved copy is damaged (StoreError)
        alerts.error(f"This article cannot be opened: {err}")
        st.stop()
    except InputError as err:
        alerts.error(f"This article cannot be analysed: {err}")
        st.stop()
    except Exception:  # noqa: BLE001 - a bug in one extractor: say so, log it, keep the app up
        log.exception("analysis failed for article %s", article_id)
        alerts.error(
            "The analysis failed on this article (an internal error, now in the server log)."
        )
        st.stop()
    if title:
        tables = dataclasses.replace(tables, article=tables.article.assign(title=title))
    return view.merge_speaker_variants(tables)


def _given_date(article_id: str) -> str | None:
    """The publication date the reader gave for this article (`ask_published_date`), kept in
    the URL as `?published=`: a link's date is taken on the session's first run only (a later
    article switch must not inherit it), and a date that is not YYYY-MM-DD is ignored."""
    given: dict = st.session_state.setdefault(GIVEN_DATES, {})
    if not st.session_state.get(LINK_READ):
        st.session_state[LINK_READ] = True
        wanted = st.query_params.get(PUBLISHED_PARAM, "")
        if _iso_day(wanted):
            given.setdefault(article_id, wanted)
    day = given.get(article_id)
    if day:
        st.query_params[PUBLISHED_PARAM] = day
    else:
        st.query_params.pop(PUBLISHED_PARAM, None)
    return day


def _iso_day(value: str) -> bool:
    try:
        return len(value) == 10 and date.fromisoformat(value) is not None
    except ValueError:
        return False


def _wait(job: Job, echo=None) -> None:
    """Wait for an analysis with a Cancel button under the spinner. Each step writes to the
    page, which is where Streamlit stops this run when the reader clicks: the job goes on
    (a rerun for another reason picks it up again) unless the click was Cancel. With `echo`
    (a main-area placeholder) the progress shows there too, where the reader is looking."""
    box = st.empty()
    with box.container():
        st.button(
            "Cancel",
            key=f"cancel_{job.key[:16]}",
            icon=":material/cancel:",
            on_click=_cancel,
            args=(job.key,),
            help="Stop this analysis; nothing of it is kept.",
        )
        step = st.empty()
    while not job.future.done():
        line = view.progress_line(job.size, job.elapsed(), pool().estimate(job.size))
        step.caption(line)
        if echo is not None:
            echo.info(f"{READING} {line}", icon=":material/hourglass_top:")
        wait_for([job.future], timeout=0.5)  # each caption is a point where a click reruns
    box.empty()


def _session() -> str:
    """A token for this browser session: whose wait a Cancel ends (see app.workers.Pool.cancel)."""
    return st.session_state.setdefault(SESSION, uuid.uuid4().hex)


def _cancel(key: str) -> None:
    pool().cancel(key, who=_session())
    st.session_state.setdefault(CANCELLED, set()).add(key)


def _was_cancelled(key: str, where: str) -> bool:
    """After Cancel: say so, with a button to analyse the article again (instead of restarting
    the analysis the reader just stopped)."""
    if key not in st.session_state.get(CANCELLED, set()):
        return False
    alerts.info("The analysis was cancelled; nothing of it was kept.")
    st.button(
        "Analyse again",
        key=f"again_{where}_{key[:16]}",
        on_click=lambda: st.session_state[CANCELLED].discard(key),
    )
    return True


def _stop_if_cancelled(key: str, where: str) -> None:
    if _was_cancelled(key, where):
        st.stop()


def _add_article_form(news=None) -> None:
    """Upload, paste or import from a URL; the article is read once to prefill its title and
    date, then opened for this session or saved to the library. A fetched page stays the
    source until the reader uploads, pastes or edits the address (the most recent choice).
    `news` (a main-area placeholder) says that the new article is being read, then ready;
    without one (the library is empty, nothing else to show) that goes in the sidebar."""
    news = news if news is not None else st.empty()
    with st.expander("Add an article", icon=":material/upload_file:"):
        upload_tab, paste_tab, url_tab = st.tabs(["Upload", "Paste", "From a URL"])
        with upload_tab:
            upload = st.file_uploader(
                "Article file",
                type=UPLOAD_TYPES,
                key="upload",
                help="Plain text, Markdown or HTML, up to 2 MB.",
                on_change=_forget_fetched,
            )
        with paste_tab:
            pasted = st.text_area(
                "Article text",
                key="paste",
                height=140,
                placeholder="Headline\n\nFirst paragraph…",
                on_change=_forget_fetched,
            )
        with url_tab:
            _url_import()
        fetched = st.session_state.get(FETCHED)
        meta: dict = {}
        if fetched is not None:
            raw, filename, meta = fetched["raw"], fetched["filename"], fetched["meta"]
        elif upload is not None:
            raw, filename = upload.getvalue(), upload.name
        elif pasted and pasted.strip():
            raw, filename = pasted.encode("utf-8"), view.PASTED_NAME
        else:
            return
        if _was_cancelled(key_of(raw, filename, meta), "form"):
            return
        try:
            with st.spinner("Reading…", show_time=True):
                wait = functools.partial(_wait, echo=news)
                found = analyze_cached(raw, filename, meta, wait=wait, who=_session())
        except InputError as err:
            alerts.error(str(err))
            return
        except Exception:  # noqa: BLE001 - see _analyse
            log.exception("analysis failed for an upload")
            alerts.error(
                "The analysis failed on this article (an internal error, now in the server log)."
            )
            return
        key = library.content_key(raw)
        info = found.info()
        if st.session_state.get(PICK_KEY) != key:  # read, not opened yet
            with news.container():  # the title is the article's: plain text
                alerts.info(view.ready_line(info["title"]))
        found_date = (
            date.fromisoformat(info["published"]) if view.present(info.get("published")) else None
        )
        st.text_input("Title", value=info["title"], key=f"new_title_{key}")
        st.date_input(
            "Publication date",
            value=found_date,
            key=f"new_date_{key}",
            help=view.published_line(info),
        )
        st.button(
            "Open",
            key=f"open_{key}",
            on_click=_open_new,
            args=(raw, filename, found_date, meta),
            type="primary",
            width="stretch",
        )
        st.button(
            "Save to library",
            key=f"save_{key}",
            on_click=_save_new,
            args=(raw, filename, meta),
            help="Saved articles get a link that works for everyone using this dashboard.",
            width="stretch",
        )


def _url_import() -> None:
    """Fetch only when the button is pressed (never on a rerun); keep the page in the session."""
    url = st.text_input(
        "Article address",
        key=URL_KEY,
        placeholder="https://…",
        on_change=_forget_fetched,
        help="A public web page (http or https) with one news article, up to 2 MB.",
    )
    if st.button("Import", key="import_fetch", icon=":material/download:", width="stretch"):
        _forget_fetched()
        url = (url or "").strip()
        if not url:
            alerts.error("Enter the web address of an article first.")
            return
        if "://" not in url and ":" not in url.split("/", 1)[0]:
            url = "https://" + url  # 'example.com/news/x': a bare host name means the web
        try:
            with st.spinner("Downloading…"):
                page = fetch_url(url, allow_hosts=_fetch_allow_hosts())
        except InputError as err:  # FetchError included: refused, unreachable, too large…
            alerts.error(f"Could not import this address. {err}")
            return
        st.session_state[FETCHED] = {
            "raw": page.as_utf8(),
            "filename": library.filename_for_url(page.url, page.content_type, page.data),
            "meta": {"url": page.url},
        }
    fetched = st.session_state.get(FETCHED)
    if fetched is not None:
        st.html(render.note_html(f"Imported from {fetched['meta']['url']}"))


def _fetch_allow_hosts() -> tuple[str, ...]:
    """For tests against a local server only; unset in production (loopback stays refused)."""
    value = os.environ.get(FETCH_ALLOW_ENV, "")
    return tuple(h.strip() for h in value.split(",") if h.strip())


def _forget_fetched() -> None:
    st.session_state.pop(FETCHED, None)


def _new_meta(key: str) -> tuple[dict, date | None]:
    title = (st.session_state.get(f"new_title_{key}") or "").strip()
    chosen = st.session_state.get(f"new_date_{key}")
    return ({"title": title} if title else {}), chosen


def _open_new(raw: bytes, filename: str, found_date: date | None, source: dict) -> None:
    key = library.content_key(raw)
    meta, chosen = _new_meta(key)
    published = chosen.isoformat() if chosen and chosen != found_date else None
    upload = {
        "raw": raw,
        "filename": filename,
        "title": meta.get("title", ""),
        "published": published,
        "meta": source,
    }
    _hold(st.session_state[UPLOADS], key, upload)
    opened.keep(key, upload)
    st.session_state[PICK_KEY] = key


def _save_new(raw: bytes, filename: str, source: dict) -> None:
    key = library.content_key(raw)
    meta, chosen = _new_meta(key)
    meta = {**source, **meta}
    if chosen:
        meta["published"] = chosen.isoformat()
    _save(raw, filename, meta)


def _save_opened(article_id: str) -> None:
    """Save the open upload as it was opened (its title and date as given then)."""
    u = st.session_state[UPLOADS].get(article_id)
    if u is None:
        return
    meta = dict(u.get("meta") or {})
    if u.get("title"):
        meta["title"] = u["title"]
    if u.get("published"):
        meta["published"] = u["published"]
    _save(u["raw"], u["filename"], meta)


def _save(raw: bytes, filename: str, meta: dict) -> None:
    key = library.content_key(raw)
    try:
        entry = library.save_article(raw, filename, meta)
    except (InputError, OSError) as err:
        st.session_state[FLASH] = ("error", f"Could not save the article: {err}")
        return
    st.session_state[UPLOADS].pop(key, None)
    opened.forget(key)
    st.session_state[PICK_KEY] = entry.article_id
    st.session_state[FLASH] = (
        "success",
        "Saved to the library: this page's link now opens it for anyone.",
    )


def _show_flash() -> None:
    flash = st.session_state.pop(FLASH, None)
    if flash:
        kind, message = flash
        alerts.alert("success" if kind == "success" else "error", message)


# ----------------------------------------------------------------------------- filters, nav


def _filters(
    tables: ArticleTables, notices: list[str], elsewhere: bool = False
) -> tuple[view.Filters, list[str]]:
    """The article's speaker, topic and layers, bound to the URL. `elsewhere`: the page has
    filters of its own, so these are disabled (kept, with their link parameters, for the
    article pages) and a line says which filters apply."""
    if elsewhere:
        st.caption(OWN_FILTERS_NOTE)
    speakers = view.speaker_options(tables)
    topics = view.topic_options(tables)
    _check_link(notices, "speaker", speakers)
    _check_link(notices, "topic", topics)
    speaker = st.selectbox(
        "Speaker",
        speakers,
        index=None,
        key="speaker",
        bind="query-params",
        placeholder="All speakers" if speakers else "No speakers in this article",
        disabled=elsewhere or not speakers,
    )
    topic = st.selectbox(
        "Topic",
        topics,
        index=None,
        key="topic",
        bind="query-params",
        placeholder="All topics" if topics else "No topics in this article",
        disabled=elsewhere or not topics,
    )
    layers = st.pills(
        "Reader layers",
        list(view.LAYER_OPTIONS),
        selection_mode="multi",
        default=list(view.DEFAULT_LAYER_OPTIONS),
        key="layers",
        bind="query-params",
        disabled=elsewhere,
        help="Quotes: solid underline in the speaker's colour · Figures: double underline · "
        "Dates: dashed underline · Names (people, organisations, places): dotted underline.",
    )
    return view.Filters(speaker=speaker, topic=topic), list(layers or [])


def _check_link(notices: list[str], param: str, options: list[str]) -> None:
    """A link's speaker or topic this article does not have is dropped by its widget: say so."""
    wanted = st.query_params.get(param)
    if wanted and wanted not in options and st.session_state.get(param) != wanted:
        notices.append(
            f"The {param} “{wanted}” in this link is not in this article; showing all {param}s."
        )
