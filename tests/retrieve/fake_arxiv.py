"""A small arXiv look-alike on 127.0.0.1 for the tests: the Atom API (search_query and id_list) over
the shared papers' metadata, PDFs from ../shared/data/papers, and scripted faults per path.

Faults are queued per path prefix and consumed one per request: ``"503"``, ``"429:SECONDS"`` (with
Retry-After), ``"cut"`` (declares the full Content-Length, sends half, closes), ``"truncated"`` (a
well-formed response whose PDF lacks its end), ``"hang:SECONDS"`` (answers nothing for that long, then
closes; bounded).  Every request is logged.  The server runs in a daemon thread and is shut down by
the fixture.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse
from xml.sax.saxutils import escape

MAX_HANG = 3.0  # seconds; a hung request never blocks the suite for longer


def atom_entry(pid: str, version: str, title: str, authors: list[str], year: int | None, summary: str,
               comment: str | None, base: str) -> str:
    names = "".join(f"<author><name>{escape(a)}</name></author>" for a in authors)
    comment_el = f"<arxiv:comment>{escape(comment)}</arxiv:comment>" if comment else ""
    return (f"<entry><id>http://arxiv.org/abs/{pid}{version}</id>"
            f"<published>{year or 2020}-01-15T00:00:00Z</published>"
            f"<title>{escape(title)}</title><summary>{escape(summary)}</summary>{names}{comment_el}"
            f'<link title="pdf" href="{base}/pdf/{pid}{version}" rel="related" type="application/pdf"/>'
            "</entry>")


def feed(entries: list[str], total: int | None = None) -> bytes:
    total = len(entries) if total is None else total
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom" '
            'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">'
            f"<title>arXiv Query</title><opensearch:totalResults>{total}</opensearch:totalResults>"
            + "".join(entries) + "</feed>").encode("utf-8")


def error_feed(bad_id: str) -> bytes:
    entry = (f"<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_{escape(bad_id)}</id>"
             f"<title>Error</title><summary>incorrect id format for {escape(bad_id)}</summary></entry>")
    return feed([entry], 1)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that gives up mid-response (the timeout faults) is expected here, not an error."""


class FakeArxiv:
    def __init__(self, papers_dir: Path, withdrawn: dict[str, str] | None = None):
        self.papers_dir = papers_dir
        meta = json.loads((papers_dir / "papers.json").read_text())
        self.papers = {m["arxiv_id"]: m for m in meta if m.get("arxiv_id")}
        self.withdrawn = withdrawn or {}  # id -> comment
        self.faults: dict[str, list[str]] = {}
        self.log: list[str] = []
        self.lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api(self) -> str:
        return self.base + "/api/query"

    @property
    def pdf(self) -> str:
        return self.base + "/pdf/{id}"

    def fault(self, prefix: str, *actions: str) -> None:
        with self.lock:
            self.faults.setdefault(prefix, []).extend(actions)

    def requests_to(self, prefix: str) -> int:
        return sum(1 for p in self.log if p.startswith(prefix))

    def __enter__(self) -> "FakeArxiv":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    # --- answers ------------------------------------------------------------------------------

    def _entry(self, pid: str, version: str | None) -> str:
        m = self.papers.get(pid)
        comment = self.withdrawn.get(pid)
        if m is None and comment is None:
            return ""
        title = m["title"] if m else "Withdrawn paper"
        authors = m.get("authors", []) if m else []
        summary = "This paper has been withdrawn by the author." if comment else ""
        return atom_entry(pid, version or "v1", title, authors, m.get("year") if m else None, summary, comment,
                          self.base)

    def search(self, query: str, max_results: int) -> bytes:
        terms = [(a or b).lower() for a, b in re.findall(r'"([^"]+)"|:([^\s()"]+)', query)]
        hits = []
        for pid, m in sorted(self.papers.items()):
            text = m["title"].lower()
            score = sum(1 for t in terms if t.replace("-", " ") in text.replace("-", " "))
            if score:
                hits.append((-score, pid))
        hits.sort()
        return feed([self._entry(pid, None) for _, pid in hits[:max_results]], len(hits))

    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes, str]:
        if path == "/api/query":
            if "id_list" in query:
                out = []
                for raw in query["id_list"][0].split(","):
                    m = re.match(r"^(\d{4}\.\d{4,5})(v\d+)?$", raw)
                    if not m:
                        return 200, error_feed(raw), "application/atom+xml"
                    entry = self._entry(m.group(1), m.group(2))
                    if entry:
                        out.append(entry)
                return 200, feed(out), "application/atom+xml"
            q = query.get("search_query", [""])[0]
            return 200, self.search(q, int(query.get("max_results", ["10"])[0])), "application/atom+xml"
        m = re.match(r"^/pdf/(\d{4}\.\d{4,5})(v\d+)?$", path)
        if m and (self.papers_dir / f"{m.group(1)}.pdf").is_file():
            return 200, (self.papers_dir / f"{m.group(1)}.pdf").read_bytes(), "application/pdf"
        if m and m.group(1) in self.withdrawn:
            return 200, b"<html>withdrawn</html>", "text/html"
        return 404, b"not found", "text/plain"

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep the test output clean
                pass

            def _send(self, status: int, body: bytes, ctype: str, headers: dict | None = None,
                      declared: int | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body) if declared is None else declared))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()

            def do_GET(self) -> None:
                url = urlparse(self.path)
                path = unquote(url.path)
                with fake.lock:
                    fake.log.append(self.path)
                    action = None
                    for prefix, queue in fake.faults.items():
                        if path.startswith(prefix) and queue:
                            action = queue.pop(0)
                            break
                if action == "503":
                    return self._send(503, b"busy", "text/plain")
                if action and action.startswith("429"):
                    return self._send(429, b"slow down", "text/plain", {"Retry-After": action.split(":")[1]})
                if action and action.startswith("hang"):
                    time.sleep(min(float(action.split(":")[1]), MAX_HANG))
                    self.close_connection = True
                    return
                status, body, ctype = fake.answer(path, parse_qs(url.query))
                if action == "cut" and status == 200:
                    self.close_connection = True
                    return self._send(200, body[: len(body) // 2], ctype, declared=len(body))
                if action == "truncated" and status == 200:
                    return self._send(200, body[: len(body) // 2], ctype)
                return self._send(status, body, ctype)

        return Handler
