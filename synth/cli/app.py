"""The `synth` command.  Exit codes: 0 success, 1 failure, 2 bad usage; errors are one line on stderr."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from synth.errors import SynthError, UsageError

EXISTING_DIR = click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path)


def _cache_option(f):
    return click.option(
        "--cache-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Cache directory (default: $SYNTH_CACHE_DIR or ~/.cache/synth). Safe to share between runs.",
    )(f)


def _nonempty(ctx, param, value: str) -> str:
    if value is None or not value.strip():
        raise click.BadParameter("must not be empty")
    return value.strip()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="synth", prog_name="synth")
def cli() -> None:
    """synth: find papers for a research question, extract their claims (with page anchors) and
    write a report you can check.

    \b
    Typical use, offline against a directory of PDFs:
      synth report --question "..." --corpus ../shared/data/papers --offline --verify text --out r1
      synth claims r1            # the claims table again, from r1/report.json
      synth verify claims/seed_report.yaml --corpus ../shared/data/papers --offline --mode all --out v1
      synth log v1               # the experiment runs behind v1's verdicts, readably

    Settings come from flags first, then the environment: SYNTH_CACHE_DIR, SYNTH_OFFLINE=1,
    SYNTH_EMBEDDING_MODEL, SYNTH_DATA_DIR, SYNTH_ARXIV_API, SYNTH_ARXIV_PDF.
    """


@cli.command()
@click.option("--question", "-q", required=True, callback=_nonempty, help="The research question, in words.")
@click.option("--corpus", type=EXISTING_DIR, default=None,
              help="Directory of PDFs to read (optionally with papers.json metadata).")
@click.option("--offline", is_flag=True, default=False, help="Never touch the network; fail with a message naming what is missing.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Report directory (default: reports/<slug of the question>).")
@click.option("--max-papers", type=click.IntRange(min=1), default=None,
              help="Extract claims from the N most relevant papers only (all are ranked).")
@click.option("--embedding-model", default=None,
              help="sentence-transformers model for ranking (default all-MiniLM-L6-v2, bundled for offline use).")
@click.option("--paper", "papers", multiple=True, metavar="ARXIV_ID",
              help="An arXiv paper to include whatever the search finds (e.g. 2104.08645 or 2104.08645v2); repeatable.")
@click.option("--verify", "verify_mode", type=click.Choice(["none", "text", "experiment", "all"]), default="none",
              show_default=True,
              help="text: check each claim stated in a sentence against the other passages and tables; "
                   "experiment: re-run the sentences that name a robust-training method (adversarial training, "
                   "randomized smoothing, RS-DA/RS-RP, synonym data augmentation) and PAWS-X or XNLI, runs in "
                   "OUT/runs/; all: both.")
@click.option("--budget", type=click.Choice(["smoke", "reduced", "full"]), default="smoke", show_default=True,
              help="Experiment compute for --verify experiment/all: smoke (minutes on CPU, proves the pipeline), "
                   "reduced (about an hour per task on 2 CPU cores), full (the paper's protocol; GPU).")
@click.option("--runs", "runs_dirs", multiple=True, type=EXISTING_DIR, metavar="DIR",
              help="A directory of experiment runs (DIR/<run-id>/config.json, results.json) to add to the "
                   "per-language robust-training analysis, e.g. reports/seed-claims-reduced/runs; repeatable. "
                   "OUT/runs/ is always read.")
@_cache_option
def report(question, corpus, offline, out, max_papers, embedding_model, papers, verify_mode, budget, runs_dirs,
           cache_dir) -> None:
    """Write a report (report.md, report.html, report.json) answering QUESTION from the papers.

    Without --corpus, the papers are found on arXiv (queries planned from the question, at most one
    request every 3 s, cached); with --offline, only the cache and --corpus are read. Finished
    experiment runs in OUT/runs/ and in each --runs DIR add the robust-training gain per language
    (robust method minus standard fine-tuning, paired by seed) against language typology."""
    from synth.cli.report import run_report
    from synth.settings import Settings

    settings = Settings.resolve(cache_dir=cache_dir, offline=offline, embedding_model=embedding_model)
    if settings.offline:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
    files = run_report(question, corpus, out, settings, max_papers, list(papers), verify=verify_mode, budget=budget,
                       runs_dirs=list(runs_dirs))
    click.echo(f"Report written to {files['md'].parent}/")
    for kind in ("md", "html", "json"):
        click.echo(f"  {files[kind]}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="json", show_default=True)
@_cache_option
def extract(paths, fmt, cache_dir) -> None:
    """Print the claims found in PDFs (files or directories of PDFs)."""
    from synth.extract.claims import extract_claims
    from synth.render.templates import md_cell
    from synth.retrieve.corpus import list_pdfs, read_metadata, read_pdfs
    from synth.settings import Settings

    cache = Settings.resolve(cache_dir=cache_dir).cache
    claims, unreadable = [], []
    for path in paths:
        pdfs, meta = (list_pdfs(path), read_metadata(path)) if path.is_dir() else ([path], {})
        read = read_pdfs(pdfs, cache, meta)
        unreadable.extend(read.unreadable)
        for cp in read.papers:
            claims.extend(extract_claims(cp.parsed, cp.paper.version))
    for u in unreadable:
        click.echo(f"synth: skipped {u.path}: {u.reason}", err=True)
    if fmt == "json":
        click.echo(json.dumps([c.model_dump(mode="json") for c in claims], indent=2))
    else:
        click.echo("| id | paper | page | kind | value | delta | unit | metric | dataset | model | text |")
        click.echo("|---|---|---|---|---|---|---|---|---|---|---|")
        for c in claims:
            cells = [c.id, c.paper, c.page, c.kind, c.value, c.delta, c.unit, c.metric, c.dataset, c.model, c.text]
            click.echo("| " + " | ".join(md_cell(x) for x in cells) + " |")


@cli.command()
@click.argument("claims_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--corpus", type=EXISTING_DIR, default=None, help="Directory of PDFs to verify against.")
@click.option("--offline", is_flag=True, default=False, help="Never touch the network.")
@click.option("--mode", type=click.Choice(["text", "experiment", "all"]), default="text", show_default=True,
              help="text: check against the papers (quotes, pages, table arithmetic); experiment: re-run "
                   "robust-training claims (PAWS-X, XNLI); all: both.")
@click.option("--budget", type=click.Choice(["smoke", "reduced", "full"]), default="smoke", show_default=True,
              help="Experiment compute: smoke (minutes on CPU, proves the pipeline), reduced (about an hour or "
                   "two on 2 CPU cores), full (the paper's protocol; GPU).")
@click.option("--ray-address", default=None, help="Ray cluster for the experiment grid (default: a local Ray).")
@click.option("--claim", "only", multiple=True, metavar="ID",
              help="Verify only the claim with this id (repeatable); default: every claim in the file.")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="json", show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write a verification report (report.md/html/json) here; experiment runs go to OUT/runs/.")
@_cache_option
def verify(claims_file, corpus, offline, mode, budget, ray_address, only, fmt, out, cache_dir) -> None:
    """Verify the claims in CLAIMS_FILE (JSONL or YAML of {id, claim}): supported, contradicted or
    not_in_corpus, each with verbatim quotes and pages and the checks behind the verdict; with
    --mode experiment, robust-training claims are re-run and judged reproduced, direction_only,
    not_reproduced, inconclusive or not_run."""
    from synth.cli.verify import verdict_rows, verify_claim_set
    from synth.render.files import write_report
    from synth.render.templates import md_cell
    from synth.settings import Settings

    settings = Settings.resolve(cache_dir=cache_dir, offline=offline)
    if settings.offline:
        os.environ["HF_HUB_OFFLINE"] = "1"
    report_obj = verify_claim_set(claims_file, corpus, settings, mode, budget, out, ray_address, list(only))
    rows = verdict_rows(report_obj)
    if out is not None:
        files = write_report(report_obj, out)
        click.echo(f"Verification report written to {files['md'].parent}/", err=True)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    click.echo("| id | verdict | confidence | claim | evidence | basis | experiment |")
    click.echo("|---|---|---|---|---|---|---|")
    for r in rows:
        ev = "; ".join(f"{e['paper']} p.{e['page']}: “{e['quote']}”" for e in r["evidence"][:2])
        x = r["experiment"]
        confidence = "" if r["confidence"] is None else f"{r['confidence']:.2f}"
        click.echo(f"| {md_cell(r['id'])} | {r['verdict'] or ''} | {confidence} | {md_cell(r['claim'])} | "
                   f"{md_cell(ev)} | {md_cell('; '.join(r['basis']))} | "
                   f"{md_cell(x['verdict'] + ': ' + x['reason']) if x else ''} |")


@cli.command()
@click.argument("report_dir", type=EXISTING_DIR)
@click.option("--format", "fmt", type=click.Choice(["md", "html", "csv"]), default="md", show_default=True)
def claims(report_dir, fmt) -> None:
    """Print the claims table of REPORT_DIR again, from its report.json (nothing is recomputed)."""
    from synth.render.files import load_report
    from synth.render.templates import claims_table

    click.echo(claims_table(load_report(report_dir), fmt, report_dir), nl=False)


@cli.command()
@click.argument("report_dir", type=EXISTING_DIR)
@click.argument("run_or_claim_id", required=False)
def log(report_dir, run_or_claim_id) -> None:
    """Show the verification runs of REPORT_DIR (experiment logs live in REPORT_DIR/runs/)."""
    from synth.render.files import load_report
    from synth.verify.experiment.runlog import format_report_runs

    report = load_report(report_dir)
    runs_dir = report_dir / "runs"
    if not runs_dir.is_dir() and not report.experiment_verdicts:
        text = f"; {len(report.text_verdicts)} claims were verified against the papers (see report.md)" \
            if report.text_verdicts else ""
        click.echo(f"No verification runs in {report_dir}: no experiment was run for this report{text}.")
        return
    click.echo(format_report_runs(report_dir, run_or_claim_id), nl=False)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="synth", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        click.echo(f"synth: error: {exc.format_message()}", err=True)
        return 2
    except click.exceptions.Abort:
        click.echo("synth: interrupted", err=True)
        return 130
    except UsageError as exc:
        click.echo(f"synth: error: {exc}", err=True)
        return 2
    except SynthError as exc:
        click.echo(f"synth: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("synth: interrupted", err=True)
        return 130
    except Exception as exc:
        if os.environ.get("SYNTH_DEBUG"):
            raise
        click.echo(f"synth: internal error: {type(exc).__name__}: {exc} (set SYNTH_DEBUG=1 for a traceback)", err=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
