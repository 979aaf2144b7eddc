"""URL import against a local http.server on 127.0.0.1 (loopback only; nothing leaves the machine).

Loopback is refused by default, so the success paths pass `allow_hosts={"127.0.0.1"}`. Refused
targets (private, link-local, metadata addresses) are refused before any connection: a recording
wrapper around socket.create_connection proves no packet goes to them.
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from lib.errors import InputError
from lib.ingest import fetch
from lib.ingest.fetch import Fetched, FetchError, fetch_url, refusal
from lib.ingest.formats import load_article

LOCAL = {"127.0.0.1"}
ARTICLE = (
    "<html><head><title>Council approves budget</title></head><body><article>"
    "<h1>Council approves budget</h1>"
    "<p>The city council approved a budget of $3 million on Monday, the mayor said.</p>"
    "<p>“We will build two new schools,” the mayor told reporters after the vote.</p>"
    "</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    """One route per behaviour the fetcher must handle."""

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in headers:
            self.send_header(key, value)
        if not any(k == "Content-Length" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:  # the client gave up first (timeout tests): expected
            self.close_connection = True

    def do_GET(self):
        routes = {
            "/article": lambda: self.send(200, ARTICLE.encode()),
            "/plain": lambda: self.send(200, b"Title\n\nBody text.", "text/plain"),
            "/latin1": lambda: self.send(
                200, "Café owner said.".encode("latin-1"), "text/plain; charset=ISO-8859-1"
            ),
            "/image": lambda: self.send(200, b"\x89PNG\r\n\x1a\n", "image/png"),
            "/gzip": lambda: self.send(200, b"\x1f\x8b", headers=[("Content-Encoding", "gzip")]),
            "/big-declared": lambda: self.send(200, b"x" * 5000),
            "/big-undeclared": self.big_undeclared,
            "/slow": self.slow,
            "/drip": self.drip,
            "/missing": lambda: self.send(404, b"not here"),
            "/redirect": lambda: self.send(302, headers=[("Location", "/article")]),
            "/redirect-abs": lambda: self.send(
                301, headers=[("Location", f"http://127.0.0.1:{self.server.server_port}/plain")]
            ),
            "/redirect-private": lambda: self.send(
                302, headers=[("Location", "http://10.20.30.40/admin")]
            ),
            "/redirect-metadata": lambda: self.send(
                307, headers=[("Location", "http://169.254.169.254/latest/meta-data/")]
            ),
            "/redirect-name": lambda: self.send(
                302, headers=[("Location", "http://intranet.example/")]
            ),
            "/redirect-ftp": lambda: self.send(302, headers=[("Location", "ftp://127.0.0.1/x")]),
            "/loop": lambda: self.send(302, headers=[("Location", "/loop")]),
            "/no-location": lambda: self.send(302),
        }
        path = self.path.split("?")[0]
        if path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/article" if left == 0 else f"/chain/{left - 1}"
            return self.send(302, headers=[("Location", target)])
        routes.get(path, lambda: self.send(404))()

    def big_undeclared(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the body runs until the connection closes
        for _ in range(10):
            self.wfile.write(b"y" * 1000)
        self.close_connection = True

    def slow(self):
        time.sleep(3)
        self.send(200, ARTICLE.encode())

    def drip(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            for _ in range(40):  # 1 byte every 0.1 s: each read is quick, the whole is slow
                self.wfile.write(b"z")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass
        self.close_connection = True


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def connections(monkeypatch):
    """Every address the fetcher connects to."""
    seen = []
    real = socket.create_connection

    def recording(address, *args, **kwargs):
        seen.append(address[0])
        return real(address, *args, **kwargs)

    monkeypatch.setattr(fetch.socket, "create_connection", recording)
    return seen


# --- success paths --------------------------------------------------------------------------


def test_fetches_an_html_article(server):
    got = fetch_url(f"{server}/article", allow_hosts=LOCAL)
    assert isinstance(got, Fetched)
    assert got.data == ARTICLE.encode() and got.url == f"{server}/article"
    assert got.content_type == "text/html" and got.charset == "utf-8"
    article = load_article(got.as_utf8(), filename="page.html")
    assert "$3 million" in article.text and article.title == "Council approves budget"


def test_plain_text_and_declared_charset(server):
    assert fetch_url(f"{server}/plain", allow_hosts=LOCAL).content_type == "text/plain"
    latin = fetch_url(f"{server}/latin1", allow_hosts=LOCAL)
    assert latin.charset == "ISO-8859-1" and latin.as_utf8() == "Café owner said.".encode()


def test_follows_relative_and_absolute_redirects(server):
    assert fetch_url(f"{server}/redirect", allow_hosts=LOCAL).url == f"{server}/article"
    assert fetch_url(f"{server}/redirect-abs", allow_hosts=LOCAL).url == f"{server}/plain"
    assert fetch_url(f"{server}/chain/4", allow_hosts=LOCAL).url == f"{server}/article"


# --- refusals -------------------------------------------------------------------------------


def test_loopback_is_refused_by_default(server, connections):
    with pytest.raises(FetchError, match="loopback"):
        fetch_url(f"{server}/article")
    assert connections == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/x",
        "http://localhost/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://2130706433/",  # 127.0.0.1 as one decimal number
        "http://0x7f.1/",  # and in hex shorthand
        "http://0.0.0.0/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[2002:7f00:1::]/",  # 6to4 wrapping 127.0.0.1
    ],
)
def test_non_public_addresses_are_refused_before_connecting(url, connections):
    with pytest.raises(FetchError, match="Refused"):
        fetch_url(url, timeout=2)
    assert connections == []


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://127.0.0.1/file", "http and https"),
        ("file:///etc/passwd", "http and https"),
        ("javascript:alert(1)", "http and https"),
        ("gopher://127.0.0.1:70/", "http and https"),
        ("//127.0.0.1/", "http and https"),
        ("http://user:secret@127.0.0.1/", "password"),
        ("http:///no-host", "no host"),
        ("http://127.0.0.1:99999/", "not a valid"),
        ("http://127.0.0.1/a b", "spaces"),
    ],
)
def test_bad_urls_are_refused_with_a_reason(url, message, connections):
    with pytest.raises(FetchError, match=message):
        fetch_url(url, allow_hosts=LOCAL, timeout=2)
    assert connections == []


def test_every_resolved_address_is_checked(monkeypatch, connections):
    """A name with one public and one private address is refused, whatever the order."""
    for order in (["93.184.215.14", "10.1.2.3"], ["10.1.2.3", "93.184.215.14"]):
        monkeypatch.setattr(fetch, "_resolve", lambda host, port, order=order: order)
        with pytest.raises(FetchError, match="10.1.2.3"):
            fetch_url("http://mixed.example/")
    assert connections == []


def test_redirects_to_private_addresses_are_refused(server, connections, monkeypatch):
    for route, blocked in (
        ("/redirect-private", "10.20.30.40"),
        ("/redirect-metadata", "169.254.169.254"),
    ):
        with pytest.raises(FetchError, match=blocked):
            fetch_url(f"{server}{route}", allow_hosts=LOCAL)
    # A redirect to a host name is resolved and checked again after the redirect.
    real_resolve = fetch._resolve
    monkeypatch.setattr(
        fetch,
        "_resolve",
        lambda host, port: (
            ["192.168.0.10"] if host == "intranet.example" else real_resolve(host, port)
        ),
    )
    with pytest.raises(FetchError, match="192.168.0.10"):
        fetch_url(f"{server}/redirect-name", allow_hosts=LOCAL)
    with pytest.raises(FetchError, match="http and https"):
        fetch_url(f"{server}/redirect-ftp", allow_hosts=LOCAL)
    assert set(connections) == {"127.0.0.1"}


def test_redirect_limits(server):
    with pytest.raises(FetchError, match="Too many redirects"):
        fetch_url(f"{server}/loop", allow_hosts=LOCAL)
    with pytest.raises(FetchError, match="Too many redirects"):
        fetch_url(f"{server}/chain/5", allow_hosts=LOCAL)  # six hops
    with pytest.raises(FetchError, match="without saying where"):
        fetch_url(f"{server}/no-location", allow_hosts=LOCAL)


def test_size_cap_declared_and_streamed(server):
    with pytest.raises(FetchError, match="too large"):
        fetch_url(f"{server}/big-declared", allow_hosts=LOCAL, max_bytes=4000)
    with pytest.raises(FetchError, match="too large"):
        fetch_url(f"{server}/big-undeclared", allow_hosts=LOCAL, max_bytes=4000)
    assert len(fetch_url(f"{server}/big-undeclared", allow_hosts=LOCAL).data) == 10_000


def test_timeouts_bound_the_whole_download(server):
    for route in ("/slow", "/drip"):
        started = time.monotonic()
        with pytest.raises(FetchError, match="too long"):
            fetch_url(f"{server}{route}", allow_hosts=LOCAL, timeout=0.8)
        assert time.monotonic() - started < 2.5, route


def test_content_types_and_statuses(server):
    with pytest.raises(FetchError, match="image/png"):
        fetch_url(f"{server}/image", allow_hosts=LOCAL)
    with pytest.raises(FetchError, match="compressed"):
        fetch_url(f"{server}/gzip", allow_hosts=LOCAL)
    with pytest.raises(FetchError, match="404"):
        fetch_url(f"{server}/missing", allow_hosts=LOCAL)


def test_fetch_errors_are_input_errors():
    """The app shows InputError messages to readers; fetch failures are among them."""
    assert issubclass(FetchError, InputError)


@pytest.mark.parametrize(
    "address, public",
    [
        ("93.184.215.14", True),
        ("2606:4700::6810:85e5", True),
        ("127.0.0.1", False),
        ("::1", False),
        ("::ffff:10.0.0.1", False),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),  # Teredo
        ("198.18.0.1", False),  # benchmarking range
        ("192.0.2.1", False),  # documentation range
        ("fec0::1", False),  # deprecated IPv6 site-local, fec0::/10
        ("feff:ffff::1", False),  # the top of fec0::/10
        ("3fff::1", False),  # IPv6 documentation, 3fff::/20 (RFC 9637)
        ("3fff:fff:ffff::1", False),  # the top of 3fff::/20
        ("3fff:1000::1", True),  # just past 3fff::/20: global unicast
        ("not an address", False),
    ],
)
def test_refusal_classifies_addresses(address, public):
    assert (refusal(address) is None) is public
