"""The arXiv client against httpx.MockTransport: politeness, retries, Retry-After, download checks,
ids, feeds and the cache — with a fake clock, so no test sleeps."""

from datetime import datetime, timedelta, timezone

import httpx
import pytest
from fake_arxiv import atom_entry, error_feed, feed

from synth.errors import OfflineError
from synth.retrieve.arxiv_client import (
    ArxivId,
    FetchError,
    RateLimiter,
    parse_arxiv_id,
    parse_feed,
    retry_after_seconds,
)

API, PDF = "http://arxiv.test/api/query", "http://arxiv.test/pdf/{id}"
PDF_BYTES = b"%PDF-1.5\n" + b"x" * 5000 + b"\n%%EOF\n"
ONE = feed([atom_entry("2003.11080", "v5", "XTREME: A Massively Multilingual Benchmark", ["Junjie Hu"], 2020,
                       "We introduce XTREME.", None, "http://arxiv.test")])


def scripted(*responses):
    """A transport answering with the given responses (or raising the given exceptions) in order."""
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = responses[min(len(seen), len(responses)) - 1]
        if isinstance(item, Exception):
            raise item
        return item

    transport = httpx.MockTransport(handler)
    transport.seen = seen
    return transport


@pytest.mark.parametrize("text,expected", [
    ("2104.08645", ArxivId("2104.08645")),
    ("2104.08645v2", ArxivId("2104.08645", "v2")),
    ("arXiv:1911.02116v1", ArxivId("1911.02116", "v1")),
    ("https://arxiv.org/abs/2003.11080v5", ArxivId("2003.11080", "v5")),
    ("https://arxiv.org/pdf/2003.11080.pdf", ArxivId("2003.11080")),
    ("hep-th/9901001v1", ArxivId("hep-th/9901001", "v1")),
])
def test_ids(text, expected):
    assert parse_arxiv_id(text) == expected


@pytest.mark.parametrize("bad", ["21.04", "2104.08645v", "xyz", "", "2104.086455555"])
def test_malformed_ids(bad):
    with pytest.raises(ValueError, match="malformed arXiv id"):
        parse_arxiv_id(bad)


def test_feed_parsing_entries_errors_and_withdrawn():
    parsed = parse_feed(ONE)
    e = parsed.entries[0]
    assert (e.id, e.version, e.versioned, e.year, e.authors) == ("2003.11080", "v5", "2003.11080v5", 2020, ["Junjie Hu"])
    assert e.pdf_url == "http://arxiv.test/pdf/2003.11080v5" and not e.withdrawn and parsed.total == 1
    err = parse_feed(error_feed("21.04"))
    assert err.entries == [] and err.errors[0][1] == "incorrect id format for 21.04"
    gone = parse_feed(feed([atom_entry("1234.56789", "v2", "T", [], 2019, "x", "This paper has been withdrawn", "h")]))
    assert gone.entries[0].withdrawn
    with pytest.raises(FetchError, match="not an Atom feed"):
        parse_feed(b"<html>maintenance</html")


def test_rate_limiter_spaces_requests_three_seconds(clock):
    limiter = RateLimiter(3.0, clock, clock.sleep)
    limiter.wait()
    clock.now += 1.0  # the request took a second
    limiter.wait()
    limiter.wait(at_least=10.0)
    assert clock.slept == [2.0, 10.0] and limiter.waits == [2.0, 10.0]


def test_503_then_success_is_retried_politely(make_client, clock, caplog):
    transport = scripted(httpx.Response(503), httpx.Response(200, content=ONE))
    client = make_client(API, PDF, transport=transport)
    with caplog.at_level("INFO", logger="synth.retrieve.arxiv"):
        entries = client.search('abs:XTREME')
    assert [e.id for e in entries] == ["2003.11080"] and client.requests == 2
    assert clock.slept == [3.0]  # backoff 2 s, but never closer than 3 s to the previous request
    assert "retry 1/4" in client.events[0] and "HTTP 503" in client.events[0]
    assert "HTTP 503" in caplog.text
    q = transport.seen[0].url.params
    assert q["search_query"] == "abs:XTREME" and q["max_results"] == "10"


def test_429_honours_retry_after(make_client, clock):
    transport = scripted(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, content=ONE))
    client = make_client(API, PDF, transport=transport)
    assert client.search("abs:XTREME")[0].title.startswith("XTREME")
    assert clock.slept == [7.0] and "(Retry-After)" in client.events[0]


def test_retry_after_beyond_limit_fails_clearly(make_client):
    client = make_client(API, PDF, transport=scripted(httpx.Response(429, headers={"Retry-After": "3600"})))
    with pytest.raises(FetchError, match="retry after 3600 s"):
        client.search("abs:XTREME")
    assert client.requests == 1


def test_retry_after_http_date():
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    when = (now + timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert retry_after_seconds(when, now) == 30.0 and retry_after_seconds("soon") is None


def test_timeouts_back_off_then_give_up(make_client, clock):
    client = make_client(API, PDF, transport=scripted(httpx.ReadTimeout("slow")), max_retries=3)
    with pytest.raises(FetchError, match="gave up after 4 attempts: timed out"):
        client.search("abs:XTREME")
    assert client.requests == 4 and clock.slept == [3.0, 4.0, 8.0]  # max(3 s gap, 2·2^k backoff)
    assert len(client.events) == 3


def test_404_fails_at_once(make_client):
    client = make_client(API, PDF, transport=scripted(httpx.Response(404)))
    with pytest.raises(FetchError, match="HTTP 404"):
        client.get("http://arxiv.test/pdf/0000.00000", pdf=True)
    assert client.requests == 1


@pytest.mark.parametrize("body,headers,error", [
    (b"<html>captcha</html>", {}, "not a PDF"),
    (PDF_BYTES, {"Content-Length": str(10**9)}, "too large"),
    (b"%PDF-1.5\n" + b"x" * 20000, {}, "too large"),
])
def test_pdf_checks(make_client, body, headers, error):
    client = make_client(API, PDF, transport=scripted(httpx.Response(200, content=body, headers=headers)),
                         max_pdf_bytes=10000)
    with pytest.raises(FetchError, match=error):
        client.get("http://arxiv.test/pdf/2003.11080", pdf=True)
    assert client.requests == 1


def test_truncated_pdf_is_retried(make_client):
    transport = scripted(httpx.Response(200, content=PDF_BYTES[:3000]), httpx.Response(200, content=PDF_BYTES))
    client = make_client(API, PDF, transport=transport)
    assert client.get("http://arxiv.test/pdf/2003.11080", pdf=True) == PDF_BYTES
    assert "truncated PDF" in client.events[0]


def test_cache_answers_second_time_without_requests(make_client, tmp_path):
    first = make_client(API, PDF, transport=scripted(httpx.Response(200, content=ONE),
                                                     httpx.Response(200, content=PDF_BYTES)))
    entry = first.lookup(parse_arxiv_id("2003.11080v5"))
    path, digest = first.pdf(entry)
    assert path.read_bytes() == PDF_BYTES and path.name == f"{digest}.pdf"  # content-addressed
    assert first.requests == 2 and str(first.transport.seen[1].url) == "http://arxiv.test/pdf/2003.11080v5"
    again = make_client(API, PDF, transport=scripted(AssertionError("no request expected")))
    assert again.lookup(parse_arxiv_id("2003.11080v5")) == entry and again.pdf(entry)[1] == digest
    offline = make_client(API, PDF, offline=True)
    assert offline.lookup(parse_arxiv_id("2003.11080v5")) == entry
    assert again.requests == 0 and offline.requests == 0 and offline._http is None


def test_lookup_reasons(make_client):
    client = make_client(API, PDF, transport=scripted(httpx.Response(200, content=feed([]))))
    with pytest.raises(FetchError, match=r"not found on arXiv \(2999.99999\)"):
        client.lookup(parse_arxiv_id("2999.99999"))
    client = make_client(API, PDF, transport=scripted(httpx.Response(200, content=error_feed("1.2"))))
    with pytest.raises(FetchError, match="incorrect id format"):
        client.lookup(ArxivId("1.2"))


def test_offline_cache_miss_names_what_is_missing(make_client, tmp_path):
    client = make_client(API, PDF, offline=True)
    with pytest.raises(OfflineError, match=r"offline: arXiv search 'abs:XTREME' is not in the cache"):
        client.search("abs:XTREME")
    assert client._http is None and client.requests == 0
    assert client.events == []
