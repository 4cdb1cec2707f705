"""A polite, resilient, cached client for the arXiv Atom API and PDF endpoint, on httpx.

* Politeness: at most one request every ``min_interval`` seconds (arXiv asks for 3), counted from the
  start of the previous request, retries included.  The clock and the sleep are injectable, so tests
  check what the client *would* have waited without waiting.
* Resilience: HTTP 429 and 5xx, timeouts, dropped connections and truncated PDFs are retried with
  exponential backoff; ``Retry-After`` (seconds or an HTTP date) is honoured up to ``max_wait``.
  Other failures (404, not a PDF, over the size cap) fail at once.  Every retry is logged (logger
  ``synth.retrieve.arxiv``) and passed to ``on_event``.
* Cache: search results and id look-ups are stored as JSON keyed by the endpoint and the request;
  PDFs are stored by their own sha256 (content-addressed) with an index from URL to digest.  A cached
  answer makes no request at all, so a second identical run is free.
* Offline: no ``httpx.Client`` is ever built; a cache miss raises :class:`OfflineError` naming it.
"""

from __future__ import annotations

import email.utils
import json
import logging
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import httpx

from synth.errors import OfflineError, SynthError
from synth.store import Cache, content_key, sha256_bytes

log = logging.getLogger("synth.retrieve.arxiv")

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
CLIENT_VERSION = "arxiv-client-1"  # part of every cache key: bump when the parsed form changes
USER_AGENT = "synth/0.1 (literature synthesis; https://github.com/synth)"

NEW_ID = re.compile(r"^(\d{4}\.\d{4,5})(v\d+)?$")
OLD_ID = re.compile(r"^([a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(v\d+)?$")
_ID_PREFIX = re.compile(r"^(?:arxiv:|https?://(?:export\.)?arxiv\.org/(?:abs|pdf)/)", re.IGNORECASE)
WITHDRAWN = re.compile(r"\b(?:has been |been )?withdrawn\b", re.IGNORECASE)


class FetchError(SynthError):
    """A request that failed for good (after retries where retrying made sense)."""


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


@dataclass(frozen=True)
class ArxivId:
    base: str
    version: str | None = None

    def __str__(self) -> str:
        return self.base + (self.version or "")


def parse_arxiv_id(text: str) -> ArxivId:
    """``2104.08645``, ``2104.08645v2``, ``arXiv:2104.08645``, an abs/pdf URL, or an old-style id
    (``hep-th/9901001v1``); raises ValueError for anything else."""
    s = _ID_PREFIX.sub("", text.strip()).removesuffix(".pdf").strip("/")
    for pattern in (NEW_ID, OLD_ID):
        m = pattern.match(s)
        if m:
            return ArxivId(m.group(1), m.group(2))
    raise ValueError(f"malformed arXiv id {text!r} (expected e.g. 2104.08645 or 2104.08645v2)")


@dataclass(frozen=True)
class ArxivEntry:
    id: str  # without version
    version: str | None
    title: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    abstract: str = ""
    comment: str | None = None
    pdf_url: str | None = None

    @property
    def versioned(self) -> str:
        return self.id + (self.version or "")

    @property
    def withdrawn(self) -> bool:
        """arXiv marks a withdrawal in the comment ("This paper has been withdrawn by the author")."""
        text = f"{self.comment or ''} {self.abstract[:300]}"
        return bool(WITHDRAWN.search(text))

    @classmethod
    def from_dict(cls, d: dict) -> "ArxivEntry":
        return cls(**d)


@dataclass(frozen=True)
class Feed:
    entries: list[ArxivEntry]
    errors: list[tuple[str, str]]  # (id or query part, message) from arXiv's error entries
    total: int | None


def _text(el: ET.Element | None) -> str:
    return re.sub(r"\s+", " ", el.text or "").strip() if el is not None else ""


def parse_feed(data: bytes) -> Feed:
    """Parse an arXiv Atom response; raises FetchError when it is not one."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FetchError(f"arXiv answered with something that is not an Atom feed ({exc})") from None
    if root.tag != f"{ATOM}feed":
        raise FetchError(f"arXiv answered with <{root.tag}>, not an Atom feed")
    total_el = root.find(f"{OPENSEARCH}totalResults")
    total = int(total_el.text) if total_el is not None and (total_el.text or "").strip().isdigit() else None
    entries, errors = [], []
    for e in root.findall(f"{ATOM}entry"):
        raw_id = _text(e.find(f"{ATOM}id"))
        if "/api/errors" in raw_id or _text(e.find(f"{ATOM}title")) == "Error":
            errors.append((raw_id.rsplit("#", 1)[-1], _text(e.find(f"{ATOM}summary")) or "error"))
            continue
        tail = raw_id.split("/abs/", 1)[-1] if "/abs/" in raw_id else raw_id
        try:
            aid = parse_arxiv_id(tail)
        except ValueError:
            continue
        published = _text(e.find(f"{ATOM}published"))
        pdf = next((link.get("href") for link in e.findall(f"{ATOM}link")
                    if link.get("title") == "pdf" or link.get("type") == "application/pdf"), None)
        entries.append(ArxivEntry(
            id=aid.base, version=aid.version, title=_text(e.find(f"{ATOM}title")),
            authors=[_text(a.find(f"{ATOM}name")) for a in e.findall(f"{ATOM}author")],
            year=int(published[:4]) if published[:4].isdigit() else None,
            abstract=_text(e.find(f"{ATOM}summary")),
            comment=_text(e.find(f"{ARXIV}comment")) or None,
            pdf_url=pdf,
        ))
    return Feed(entries=entries, errors=errors, total=total)


class RateLimiter:
    """At most one request per ``min_interval`` seconds; records every wait it imposed."""

    def __init__(self, min_interval: float = 3.0, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.min_interval = min_interval
        self.clock = clock
        self.sleep = sleep
        self.last: float | None = None
        self.waits: list[float] = []

    def wait(self, at_least: float = 0.0) -> float:
        now = self.clock()
        gap = 0.0 if self.last is None else self.min_interval - (now - self.last)
        delay = max(gap, at_least, 0.0)
        if delay > 0:
            self.waits.append(delay)
            self.sleep(delay)
        self.last = self.clock()
        return delay


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: an integer, or an HTTP date in the future."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class ArxivClient:
    def __init__(
        self,
        api: str,
        pdf_template: str,
        cache: Cache,
        offline: bool = False,
        *,
        transport: httpx.BaseTransport | None = None,
        min_interval: float = 3.0,
        max_retries: int = 4,
        backoff: float = 2.0,
        max_wait: float = 120.0,
        timeout: float = 30.0,
        max_pdf_bytes: int = 50 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        on_event: Callable[[str], None] | None = None,
    ):
        self.api = api
        self.pdf_template = pdf_template
        self.cache = cache
        self.offline = offline
        self.transport = transport
        self.limiter = RateLimiter(min_interval, clock, sleep)
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self.max_pdf_bytes = max_pdf_bytes
        self.on_event = on_event
        self.requests = 0  # HTTP requests actually sent (attempts, retries included)
        self.events: list[str] = []
        self._http: httpx.Client | None = None

    # --- plumbing -----------------------------------------------------------------------------

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self) -> "ArxivClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _client(self) -> httpx.Client:
        if self.offline:  # belt and braces: callers check the cache first
            raise OfflineError("offline: a request to arXiv was needed")
        if self._http is None:
            self._http = httpx.Client(transport=self.transport, timeout=self.timeout, follow_redirects=True,
                                      headers={"User-Agent": USER_AGENT})
        return self._http

    def _event(self, message: str) -> None:
        self.events.append(message)
        log.info(message)
        if self.on_event:
            self.on_event(message)

    def _attempt(self, url: str, params: dict | None, pdf: bool) -> bytes:
        """One request; raises _Retryable for transient faults, FetchError for final ones."""
        self.requests += 1
        try:
            with self._client().stream("GET", url, params=params) as resp:
                status = resp.status_code
                if status == 429 or status >= 500:
                    raise _Retryable(f"HTTP {status}", retry_after_seconds(resp.headers.get("Retry-After")))
                if status == 404:
                    raise FetchError(f"not found (HTTP 404 from {resp.url})")
                if status >= 400:
                    raise FetchError(f"HTTP {status} from {resp.url}")
                declared = resp.headers.get("Content-Length")
                limit = self.max_pdf_bytes if pdf else 20 * 1024 * 1024
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"too large ({int(declared)} bytes > cap {limit})")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"too large (over the {limit}-byte cap)")
                    chunks.append(chunk)
                body = b"".join(chunks)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__}: {exc})") from None
        if declared and declared.isdigit() and len(body) < int(declared):
            raise _Retryable(f"truncated ({len(body)} of {declared} bytes)")
        if pdf:
            if not body.startswith(b"%PDF"):
                raise FetchError(f"not a PDF (starts with {body[:16]!r})")
            if b"%%EOF" not in body[-2048:]:
                raise _Retryable(f"truncated PDF ({len(body)} bytes, no %%EOF marker)")
        return body

    def get(self, url: str, params: dict | None = None, pdf: bool = False) -> bytes:
        """GET with politeness and retries; raises FetchError when it finally fails."""
        at_least = 0.0
        for attempt in range(1, self.max_retries + 2):
            self.limiter.wait(at_least)
            try:
                return self._attempt(url, params, pdf)
            except _Retryable as exc:
                if attempt > self.max_retries:
                    raise FetchError(f"gave up after {attempt} attempts: {exc.reason}") from None
                delay = min(self.backoff * 2 ** (attempt - 1), self.max_wait)
                if exc.retry_after is not None:
                    if exc.retry_after > self.max_wait:
                        raise FetchError(f"{exc.reason}; server asked to retry after {exc.retry_after:.0f} s "
                                         f"(more than the {self.max_wait:.0f} s we wait)") from None
                    delay = max(delay, exc.retry_after)
                shown = url if params is None else f"{url}?{httpx.QueryParams(params)}"
                self._event(f"retry {attempt}/{self.max_retries} GET {shown}: {exc.reason}; waiting {delay:.1f} s"
                            + (" (Retry-After)" if exc.retry_after is not None else ""))
                at_least = delay
        raise AssertionError("unreachable")

    # --- API ----------------------------------------------------------------------------------

    def _feed(self, key: str, params: dict, what: str) -> dict:
        cached = self.cache.read_text("arxiv", key)
        if cached is not None:
            return json.loads(cached)
        if self.offline:
            raise OfflineError(f"offline: {what} is not in the cache ({self.cache.root})")
        feed = parse_feed(self.get(self.api, params))
        blob = {"entries": [asdict(e) for e in feed.entries], "errors": feed.errors, "total": feed.total}
        self.cache.write_text("arxiv", key, json.dumps(blob))
        return blob

    def search(self, query: str, max_results: int = 10) -> list[ArxivEntry]:
        """Papers for an arXiv ``search_query``, most relevant first (cached)."""
        key = content_key(CLIENT_VERSION, "search", self.api, query, max_results)
        params = {"search_query": query, "start": 0, "max_results": max_results, "sortBy": "relevance"}
        blob = self._feed(key, params, f"arXiv search {query!r}")
        if blob["errors"] and not blob["entries"]:
            raise FetchError(f"arXiv rejected the query: {blob['errors'][0][1]}")
        return [ArxivEntry.from_dict(e) for e in blob["entries"]]

    def is_cached_search(self, query: str, max_results: int = 10) -> bool:
        return self.cache.has("arxiv", content_key(CLIENT_VERSION, "search", self.api, query, max_results), "json")

    def lookup(self, aid: ArxivId) -> ArxivEntry:
        """Metadata of one paper (the given version, else the latest); raises FetchError with the
        reason when arXiv does not know it."""
        key = content_key(CLIENT_VERSION, "id", self.api, str(aid))
        blob = self._feed(key, {"id_list": str(aid), "max_results": 1}, f"arXiv metadata for {aid}")
        for e in blob["entries"]:
            entry = ArxivEntry.from_dict(e)
            if entry.id == aid.base and (aid.version is None or entry.version == aid.version):
                return entry
        if blob["errors"]:
            raise FetchError(f"arXiv: {blob['errors'][0][1]}")
        raise FetchError(f"not found on arXiv ({aid})")

    def pdf_url(self, entry: ArxivEntry) -> str:
        return self.pdf_template.format(id=entry.versioned)

    def pdf(self, entry: ArxivEntry) -> tuple[Path, str]:
        """The cached PDF file of ``entry`` and its sha256, downloading it when needed."""
        url = self.pdf_url(entry)
        index_key = content_key(CLIENT_VERSION, "pdf", url)
        index = self.cache.read_text("arxiv-pdf-index", index_key)
        if index is not None:
            digest = json.loads(index)["sha256"]
            if self.cache.has("pdf", digest, "pdf"):
                return self.cache.path("pdf", digest, "pdf"), digest
        if self.offline:
            raise OfflineError(f"offline: the PDF of {entry.versioned} is not in the cache ({self.cache.root})")
        data = self.get(url, pdf=True)
        digest = sha256_bytes(data)
        path = self.cache.write_bytes("pdf", digest, "pdf", data)
        self.cache.write_text("arxiv-pdf-index", index_key, json.dumps({"sha256": digest, "url": url}))
        return path, digest
