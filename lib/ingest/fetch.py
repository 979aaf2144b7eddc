"""Import an article from a URL without letting a stranger aim the server at its own network.

A public instance that fetches URLs for anyone is a classic server-side request forgery target
(cloud metadata at 169.254.169.254, admin pages on 127.0.0.1, the office LAN). So: http and https
only; every address the host name resolves to must be public (loopback, private, link-local,
multicast, reserved and unspecified ranges are refused, also when hidden in IPv4-mapped, 6to4 or
Teredo IPv6 addresses); the connection goes to the address that was checked (no second lookup for
DNS rebinding to exploit); redirects are followed by hand, at most five, each new target checked
the same way; one deadline covers the whole download and the body is capped at the ingestion
limit. Standard library only, and no environment proxies.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lib.errors import InputError
from lib.ingest.formats import MAX_INPUT_BYTES

SCHEMES = {"http": 80, "https": 443}
MAX_REDIRECTS = 5
TIMEOUT_S = 10.0
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# What an article can come as; anything else (images, PDFs, archives) is refused before download.
CONTENT_TYPES = {
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "text/markdown",
    "text/x-markdown",
}
HEADERS = {
    "User-Agent": "news-reading-dashboard/0.1 (article import)",
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
    "Accept-Encoding": "identity",  # no compressed bodies: the size cap stays honest
    "Connection": "close",
}
CHUNK = 64 * 1024


class FetchError(InputError):
    """The URL cannot be imported; the message says why in one sentence."""


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    content_type: str  # media type without parameters, '' when the server sent none
    charset: str | None = None

    def as_utf8(self) -> bytes:
        """The body re-encoded as UTF-8 when the server declared another charset."""
        if not self.charset or self.charset.lower().replace("_", "-") in ("utf-8", "utf8"):
            return self.data
        try:
            return self.data.decode(self.charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            return self.data  # ingestion then explains that it is not UTF-8


def fetch_url(
    url: str,
    *,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_INPUT_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    allow_hosts: Iterable[str] = (),
) -> Fetched:
    """Download an article page. `allow_hosts` (names or addresses) bypasses the address check:
    for tests against a local server only, never for user input."""
    allowed = {h.lower().strip("[]") for h in allow_hosts}
    deadline = time.monotonic() + timeout
    for _ in range(max_redirects + 1):
        target = _check_url(url)
        address = _checked_address(target, allowed)
        status, headers, body = _get(target, address, deadline, max_bytes)
        if status in REDIRECT_STATUSES:
            location = headers.get("location")
            if not location:
                raise FetchError(f"The server answered {status} without saying where to go.")
            url = urljoin(url, location.strip())
            continue
        if status != 200:
            raise FetchError(f"The server answered HTTP {status} for {_short(url)}.")
        media, charset = _content_type(headers.get("content-type", ""))
        return Fetched(data=body, url=url, content_type=media, charset=charset)
    raise FetchError(f"Too many redirects (more than {max_redirects}) from {_short(url)}.")


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str  # IDNA-encoded, without brackets
    port: int
    path: str  # path and query, as sent in the request line


def _check_url(url: str) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise FetchError(f"This is not a valid web address: {_short(url)}.") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchError(f"Only http and https addresses can be imported, not {scheme or 'this'}.")
    if parts.username is not None or parts.password is not None:
        raise FetchError("Addresses with a user name or password cannot be imported.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError(f"This web address has no host name: {_short(url)}.")
    try:
        host = host.encode("idna").decode("ascii") if not _is_ip(host) else host
    except UnicodeError:
        raise FetchError(f"This host name is not valid: {_short(host)}.") from None
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    if any(ch in path for ch in "\r\n\x00 "):
        raise FetchError("This web address contains spaces or control characters.")
    return _Target(scheme, host, port or SCHEMES[scheme], path)


def _checked_address(target: _Target, allowed: set[str]) -> str:
    """Resolve the host; every address must be public (or allow-listed). Returns one to use."""
    addresses = _resolve(target.host, target.port)
    if not addresses:
        raise FetchError(f"The host {target.host} could not be found.")
    for address in addresses:
        if target.host.lower() in allowed or address in allowed:
            continue
        reason = refusal(address)
        if reason:
            raise FetchError(
                f"Refused: {target.host} resolves to {address}, a {reason} address;"
                " only public web servers can be imported from."
            )
    return addresses[0]


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return []
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        if address not in seen:
            seen.append(address)
    return seen


# Ranges Python's `is_global` still calls public: the IPv6 documentation prefix of RFC 9637.
# (Deprecated site-local fec0::/10 is refused through `is_site_local`.)
EXTRA_NON_PUBLIC = (ipaddress.ip_network("3fff::/20"),)


def refusal(address: str) -> str | None:
    """Why this address must not be fetched from ('private', 'loopback'...), None if public."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "malformed"
    embedded = []
    if ip.version == 6:
        embedded = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
    for candidate in [ip, *(e for e in embedded if e is not None)]:
        for label, flag in (
            ("site-local", candidate.version == 6 and candidate.is_site_local),  # fec0::/10
            ("documentation", any(candidate in net for net in EXTRA_NON_PUBLIC)),
            ("loopback", candidate.is_loopback),
            ("unspecified", candidate.is_unspecified),
            ("link-local", candidate.is_link_local),
            ("multicast", candidate.is_multicast),
            ("private", candidate.is_private),
            ("reserved", candidate.is_reserved),
            ("non-public", not candidate.is_global),
        ):
            if flag:
                return label
    return None


def _get(target: _Target, address: str, deadline: float, max_bytes: int):
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError("The server took too long to answer.")
    conn_class = _PinnedHTTPS if target.scheme == "https" else _PinnedHTTP
    conn = conn_class(target.host, target.port, address, remaining)
    # Socket timeouts bound each read; this watchdog bounds the whole exchange (a server that
    # drips one byte at a time resets a per-read timeout forever).
    watchdog = threading.Timer(remaining, conn.abort)
    watchdog.daemon = True
    watchdog.start()
    resp = None
    try:
        conn.request("GET", target.path, headers=HEADERS)
        resp = conn.getresponse()
        headers = {k.lower(): v for k, v in resp.getheaders()}
        body = b""
        if resp.status == 200:
            _check_headers(headers, max_bytes)
            body = _read_capped(resp, max_bytes)
        if conn.aborted:
            raise TimeoutError
        return resp.status, headers, body
    except TimeoutError:
        raise FetchError("The server took too long to answer.") from None
    except ssl.SSLError as err:
        raise FetchError(f"The secure connection to {target.host} failed ({err.reason}).") from None
    except (OSError, http.client.HTTPException) as err:
        if conn.aborted:
            raise FetchError("The server took too long to answer.") from None
        raise FetchError(f"Could not download from {target.host} ({type(err).__name__}).") from None
    finally:
        watchdog.cancel()
        if resp is not None:
            resp.close()
        conn.close()


def _check_headers(headers: dict[str, str], max_bytes: int) -> None:
    media, _ = _content_type(headers.get("content-type", ""))
    if media and media not in CONTENT_TYPES:
        raise FetchError(f"This address serves {media}, not an article page (HTML or text).")
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise FetchError(f"The server sent a compressed body ({encoding}) that was not asked for.")
    length = headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(
            f"The page is too large ({int(length):,} bytes); the limit is {max_bytes:,}."
        )


def _read_capped(resp: http.client.HTTPResponse, max_bytes: int) -> bytes:
    """Read at most max_bytes; one byte more and the page is refused."""
    chunks, size = [], 0
    while chunk := resp.read1(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"The page is too large (over {max_bytes:,} bytes).")
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(value: str) -> tuple[str, str | None]:
    media, *params = (part.strip() for part in value.split(";"))
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media.lower(), charset


class _Pinned:
    """Connects to the address that was checked, while Host and SNI name the requested host."""

    port: int  # set by the http.client connection class it is mixed into

    def __init__(self, address: str):
        self._address = address
        self._raw: socket.socket | None = None
        self.aborted = False

    def _open(self, timeout: float) -> socket.socket:
        sock = socket.create_connection((self._address, self.port), timeout)
        self._raw = sock
        if self.aborted:
            sock.close()
            raise TimeoutError
        return sock

    def abort(self) -> None:
        self.aborted = True
        if self._raw is not None:
            with contextlib.suppress(OSError):
                self._raw.shutdown(socket.SHUT_RDWR)


class _PinnedHTTP(_Pinned, http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float):
        http.client.HTTPConnection.__init__(self, host, port, timeout=timeout)
        _Pinned.__init__(self, address)

    def connect(self):
        self.sock = self._open(self.timeout)


class _PinnedHTTPS(_Pinned, http.client.HTTPSConnection):
    _context: ssl.SSLContext  # set by HTTPSConnection.__init__

    def __init__(self, host: str, port: int, address: str, timeout: float):
        context = ssl.create_default_context()
        http.client.HTTPSConnection.__init__(self, host, port, timeout=timeout, context=context)
        _Pinned.__init__(self, address)

    def connect(self):
        self.sock = self._context.wrap_socket(self._open(self.timeout), server_hostname=self.host)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
