"""report.html as a person sees it: rendered by a headless Chromium, the figures decoded and painted, the
page not blank, and the sortable tables reordering when a header is clicked.  Skipped when no Chromium is
installed (.ci/run installs one where it can)."""

import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from pdfs import write_paper
from PIL import Image
from runfiles import SMOKE_RUNS

from synth.cli.app import main

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_REPORT = ROOT / "reports" / "how-does-the-robustness-of-multilingual-encoders-in-zero"

# Runs after the page's own script: records each figure's decoded size, then clicks a numeric header of
# a sortable table twice and records the column after each click, into <body data-probe="...">.
PROBE = """<script>
window.addEventListener("load", function () {
  var out = {images: [], sorts: {}};
  document.querySelectorAll("figure img").forEach(function (img) {
    out.images.push({alt: img.alt, width: img.naturalWidth, height: img.naturalHeight});
  });
  function column(table, i) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.cells[i].textContent.trim(); });
  }
  var table = document.getElementById("%(table)s");
  var th = table.tHead.rows[0].cells[%(column)d];
  out.sorts.before = column(table, %(column)d);
  th.click();
  out.sorts.first = column(table, %(column)d);
  out.sorts.first_dir = th.dataset.dir;
  th.click();
  out.sorts.second = column(table, %(column)d);
  out.sorts.second_dir = th.dataset.dir;
  document.body.setAttribute("data-probe", JSON.stringify(out));
});
</script>
</body>"""


@pytest.fixture(scope="module")
def browser() -> str:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(f"no headless browser on PATH ({', '.join(BROWSERS)}): install chromium to check report.html "
                "as a reader sees it")


def _run(browser: str, tmp: Path, url: str, *args: str) -> str:
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
           f"--user-data-dir={tmp / 'profile'}", "--hide-scrollbars", *args, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _probe(browser: str, html: Path, tmp: Path, table: str, column: int) -> dict:
    page = tmp / "probe.html"
    page.write_text(html.read_text().replace("</body>", PROBE % {"table": table, "column": column}, 1))
    dom = _run(browser, tmp, page.as_uri(), "--dump-dom")
    found = re.search(r'data-probe="([^"]*)"', dom)
    assert found, "the probe script did not run: scripts failed or the load event never fired"
    return json.loads(unescape(found.group(1)))


def _number(text: str) -> float:
    return float(text.replace("+", ""))


@pytest.fixture(scope="module")
def runs_report(tmp_path_factory, session_cache) -> Path:
    """A small report with the committed smoke runs: the robust-training section sits near the top."""
    tmp = tmp_path_factory.mktemp("browser")
    corpus = tmp / "corpus"
    corpus.mkdir()
    write_paper(corpus / "p.pdf", "Robust Transfer", ["XLM-R improves XNLI accuracy by 3.2 points over mBERT."])
    out = tmp / "out"
    assert main(["report", "-q", "robust transfer", "--corpus", str(corpus), "--offline", "--out", str(out),
                 "--cache-dir", str(session_cache), "--runs", str(SMOKE_RUNS)]) == 0
    return out / "report.html"


def test_screenshot_shows_the_page_and_its_figures(browser, runs_report, tmp_path):
    shot = tmp_path / "shot.png"
    _run(browser, tmp_path, runs_report.as_uri(), f"--screenshot={shot}", "--window-size=1280,4000")
    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50, "the screenshot is blank or nearly so"
    # matplotlib's first two bar colours (baseline, rs_da) and the gain bars are painted on the page
    present = {c for _, c in colours}
    for rgb in ((31, 119, 180), (255, 127, 14), (42, 157, 74)):
        assert any(sum(abs(a - b) for a, b in zip(rgb, c)) < 12 for c in present), rgb


def test_figures_decode_and_robust_table_sorts_on_click(browser, runs_report, tmp_path):
    # robust-table-2 is XNLI (15 languages); column 4 is the gain
    probe = _probe(browser, runs_report, tmp_path, "robust-table-2", 4)
    assert [i["alt"] for i in probe["images"]] == ["robust_pawsx_rs_da_smoke_1", "robust_xnli_rs_da_smoke_2"]
    assert all(i["width"] > 200 and i["height"] > 100 for i in probe["images"])
    sorts = probe["sorts"]
    values = [_number(v) for v in sorts["first"]]
    assert len(values) == 15 and sorts["first_dir"] == "asc" and values == sorted(values)
    assert sorts["second_dir"] == "desc" and [_number(v) for v in sorts["second"]] == sorted(values, reverse=True)
    assert sorts["before"] != sorts["first"]


def test_full_report_figures_decode_and_gaps_table_sorts(browser, tmp_path):
    from synth.analyze import analyze_runs
    from synth.render.files import load_report, write_report

    report = load_report(DEFAULT_REPORT)
    runs = analyze_runs([SMOKE_RUNS])
    analysis = report.analysis.model_copy(update={
        "robust_gains": runs.gains, "figures": report.analysis.figures | runs.figures,
        "runs_dirs": [str(SMOKE_RUNS)], "robust_caveats": runs.caveats})
    files = write_report(report.model_copy(update={"analysis": analysis}), tmp_path / "r")
    probe = _probe(browser, files["html"], tmp_path, "gaps-table", 5)  # column 5: the transfer gap
    assert len(probe["images"]) == len(analysis.figures) >= 8
    assert all(i["width"] > 200 for i in probe["images"])
    values = [float(v) for v in probe["sorts"]["first"]]
    assert values == sorted(values) and [float(v) for v in probe["sorts"]["second"]] == sorted(values, reverse=True)
