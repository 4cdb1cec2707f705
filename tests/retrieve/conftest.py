"""Fixtures for the retriever: a fake arXiv on 127.0.0.1 and clients that never sleep for real."""

from __future__ import annotations

import pytest
from fake_arxiv import FakeArxiv

from synth.retrieve.arxiv_client import ArxivClient


class FakeClock:
    """A clock that only moves when the client sleeps: waits are recorded, not spent."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_arxiv(papers_dir):
    with FakeArxiv(papers_dir, withdrawn={"1234.56789": "This paper has been withdrawn by the author"}) as server:
        yield server


@pytest.fixture
def make_client(tmp_path, clock):
    """ArxivClient(api, pdf, cache_dir=..., offline=..., **options) with the fake clock and short timeouts."""

    def make(api: str, pdf: str, cache_dir=None, offline: bool = False, **options) -> ArxivClient:
        from synth.store import Cache

        options.setdefault("timeout", 0.5)
        return ArxivClient(api, pdf, Cache(cache_dir or tmp_path / "cache"), offline=offline, clock=clock,
                           sleep=clock.sleep, **options)

    return make
