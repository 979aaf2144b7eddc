"""Articles opened but not saved survive a page reload in the browser that opened them only."""

from __future__ import annotations

import threading

from app.opened import Opened


def upload(size: int = 10) -> dict:
    return {"raw": b"x" * size, "filename": "a.txt", "title": "", "published": None, "meta": {}}


def test_the_browser_that_opened_it_gets_it_back_and_no_other():
    kept = Opened()
    kept.keep("browser-a", "abc", upload())
    assert kept.find("browser-a", "abc") == upload()
    assert kept.find("browser-b", "abc") is None
    assert kept.find("browser-a", "other") is None


def test_saving_forgets_it():
    kept = Opened()
    kept.keep("b", "abc", upload())
    kept.forget("b", "abc")
    assert kept.find("b", "abc") is None
    kept.forget("b", "never-kept")  # forgetting what is not there is no error


def test_the_oldest_go_first_past_the_count():
    kept = Opened(max_kept=3)
    for i in range(5):
        kept.keep("b", f"a{i}", upload())
    assert [kept.find("b", f"a{i}") is not None for i in range(5)] == [
        False,
        False,
        True,
        True,
        True,
    ]


def test_opening_again_makes_it_the_newest():
    kept = Opened(max_kept=2)
    kept.keep("b", "first", upload())
    kept.keep("b", "second", upload())
    kept.keep("b", "first", upload())
    kept.keep("b", "third", upload())
    assert kept.find("b", "first") is not None and kept.find("b", "second") is None


def test_the_bytes_are_bounded_but_the_newest_always_stays():
    kept = Opened(max_bytes=25)
    kept.keep("b", "one", upload(10))
    kept.keep("b", "two", upload(10))
    kept.keep("b", "three", upload(10))
    assert kept.find("b", "one") is None and kept.find("b", "three") is not None
    kept.keep("b", "huge", upload(100))  # over the bound alone: kept, the others go
    assert kept.find("b", "huge") is not None and kept.find("b", "three") is None


def test_sessions_in_threads_keep_and_find_safely():
    kept = Opened(max_kept=8)

    def work(n: int) -> None:
        for i in range(200):
            kept.keep(f"b{n}", f"a{i}", upload())
            kept.find(f"b{n}", f"a{i - 1}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(kept.find(f"b{n}", "a199") is not None for n in range(4)) >= 1


def test_without_a_browser_cookie_nothing_is_kept(monkeypatch):
    from app import opened

    store = Opened()
    monkeypatch.setattr(opened, "opened", lambda: store)
    monkeypatch.setattr(opened, "browser", lambda: "")
    opened.keep("abc", upload())
    assert opened.find("abc") is None and not store.find("", "abc")


def test_the_browser_is_the_cookie_token_not_its_mask_of_the_page_load():
    from app.opened import xsrf_token

    token = bytes(range(16))

    def cookie(mask: bytes) -> str:
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(token))
        return f"2|{mask.hex()}|{masked.hex()}|1796532518"

    first, second = cookie(b"\x01\x02\x03\x04"), cookie(b"\xaa\xbb\xcc\xdd")
    assert first != second
    assert xsrf_token(first) == xsrf_token(second) == token.hex()
    assert xsrf_token("2|zz|00|1") == "" and xsrf_token("2|00|00|1") == ""
    assert xsrf_token("plain-token") == "plain-token"


def test_an_open_upload_is_saved_from_under_the_picker(tmp_path, monkeypatch):
    """After a reload the add-article form has no file any more: the opened article is saved from
    the button under the picker, with the title and date it was opened with."""
    from streamlit.testing.v1 import AppTest

    from app import library
    from app import sidebar as ui

    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    raw = b"Ferry back\n\nThe ferry resumed on Tuesday, the captain said.\n"
    key = library.content_key(raw)
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=120)
    at.session_state[ui.UPLOADS] = {
        key: {"raw": raw, "filename": "f.txt", "title": "Ferry news", "published": "2024-05-02",
              "meta": {}}
    }  # fmt: skip
    at.session_state[ui.PICK_KEY] = key
    at.run()
    assert not at.exception
    at.button(key="save_opened").click().run()
    assert not at.exception
    saved = library.resolve(key, library.list_articles(saved_dir=tmp_path))
    assert saved is not None
    stored_raw, _, meta = saved.read()
    assert stored_raw == raw and meta["title"] == "Ferry news" and meta["published"] == "2024-05-02"
    assert not [b for b in at.button if b.key == "save_opened"]  # saved: no second save offered
