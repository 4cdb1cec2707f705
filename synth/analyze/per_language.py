"""Per-language results tables assembled from table-cell claims.

A table-cell claim (id ``paper:pPAGE:tTABLE:rROWcCOL``) with exactly one language and a dataset of
interest becomes a :class:`LanguageScore`, keyed by (paper, table, row index, model, dataset,
setting, language) and linked back to its claim and page.

Setting rule (documented in ``SETTING_RULE``): the row header path decides.
  1. ``translate-train-all`` / "all training sets"          -> translate-train-all
  2. ``translate-train`` / "translate train" / "each training set" -> translate-train
  3. ``translate-test`` / "translate test" / "translate everything to English" -> translate-test
  4. "zero-shot", "cross-lingual transfer", "English training set", "trained on English",
     "transfer learning"                                      -> zero-shot (explicit)
  5. no setting words in the row, but the same table has translate-* rows: the unmarked rows are the
     table's zero-shot baseline (XTREME appendix tables: rows mBERT/XLM/XLMR/MMTE then Translate-train)
                                                              -> zero-shot (implied)
  6. otherwise                                                -> unspecified
The claim's ``method`` field is used only when the row says nothing (rule 1-3 on the method).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from synth.records import Claim, LanguageScore

from .typology import normalise_code

DEFAULT_DATASETS = ("XNLI", "PAWS-X")

SETTING_RULE = (
    "setting from the table's row header path: 'translate-train-all'/'all training sets' -> translate-train-all; "
    "'translate-train'/'each training set' -> translate-train; 'translate-test'/'translate everything to English' "
    "-> translate-test; 'zero-shot'/'cross-lingual transfer'/'English training set'/'trained on English'/"
    "'transfer learning' -> zero-shot (explicit); a row with no setting words in a table that has translate-* rows "
    "-> zero-shot (implied: the table's baseline rows); else unspecified. A series is chosen per model and dataset "
    "among zero-shot rows: explicit before implied, then most languages, then the lowest paper id.")

_TTA = re.compile(r"translate[- ]train[- ]all|all training sets", re.IGNORECASE)
_TT = re.compile(r"translate[- ]train|each training set", re.IGNORECASE)
_TEST = re.compile(r"translate[- ]test|translate everything to english", re.IGNORECASE)
_ZS = re.compile(r"zero[- ]shot|cross[- ]lingual transfer|english training set|trained on english|transfer learning", re.IGNORECASE)

_DATASETS = {"xnli": "XNLI", "paws-x": "PAWS-X", "pawsx": "PAWS-X", "paws x": "PAWS-X"}

# (pattern on the model field or the row's last segments, normalised name); first match wins
_MODEL_ALIASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"xlm-?r\s*-?\s*base", re.IGNORECASE), "XLM-R Base"),
    (re.compile(r"xlm-?r(\s*-?\s*large)?\b|xlm-?roberta", re.IGNORECASE), "XLM-R"),
    (re.compile(r"\bm-?bert\b|multilingual bert|devlin et al\.? \(2018\)|devlin et al\.? \(2019\)", re.IGNORECASE), "mBERT"),
    (re.compile(r"\bxlm\b|lample and conneau", re.IGNORECASE), "XLM"),
    (re.compile(r"\bmmte\b", re.IGNORECASE), "MMTE"),
    (re.compile(r"huang et al\.? \(2019\)|unicoder", re.IGNORECASE), "Unicoder"),
]

_ID = re.compile(r":t(\d+):r(\d+)c(\d+)$")


def normalise_dataset(name: str | None) -> str | None:
    if name is None:
        return None
    return _DATASETS.get(name.strip().lower(), name.strip())


def normalise_model(model: str | None, row: str = "") -> str | None:
    """Canonical model name from the claim's model field, else from the row header path."""
    for text in (model or "", row.split(" / ")[-1] if row else "", row):
        for pattern, name in _MODEL_ALIASES:
            if text and pattern.search(text):
                return name
        if model and text == model:  # a model field we have no alias for is kept as given
            return model
    return None


def _setting_words(text: str) -> str | None:
    if _TTA.search(text):
        return "translate-train-all"
    if _TT.search(text):
        return "translate-train"
    if _TEST.search(text):
        return "translate-test"
    if _ZS.search(text):
        return "zero-shot"
    return None


def infer_setting(row: str, method: str | None, table_has_translate: bool) -> tuple[str, str]:
    """(setting, rule) for one row; see the module docstring."""
    s = _setting_words(row)
    if s is not None:
        return s, "explicit in row header"
    if method:
        s = _setting_words(method)
        if s is not None and s != "zero-shot":
            return s, "from the claim's method"
    if table_has_translate:
        return "zero-shot", "implied: unmarked row in a table with translate-* rows"
    return "unspecified", "no setting words in the row or its table"


def per_language_scores(claims: Iterable[Claim], datasets: Iterable[str] = DEFAULT_DATASETS) -> list[LanguageScore]:
    """Every single-language table cell of the given datasets, with setting and normalised model."""
    wanted = {normalise_dataset(d) for d in datasets}
    cells = [c for c in claims
             if c.table and c.paper and c.value is not None and len(c.languages) == 1
             and normalise_dataset(c.dataset) in wanted]
    has_translate: dict[tuple[str, str, int | None], bool] = defaultdict(bool)
    for c in cells:
        if _setting_words((c.row or "") + " " + (c.method or "")) not in (None, "zero-shot"):
            has_translate[(c.paper, c.table, c.page)] = True
    out = []
    for c in cells:
        row = c.row or ""
        setting, rule = infer_setting(row, c.method, has_translate[(c.paper, c.table, c.page)])
        m = _ID.search(c.id)
        out.append(LanguageScore(
            claim_id=c.id, paper=c.paper, page=c.page, table=c.table, row=row,
            row_index=int(m.group(2)) if m else None, model=normalise_model(c.model, row),
            dataset=normalise_dataset(c.dataset), metric=c.metric, setting=setting, setting_rule=rule,
            language=normalise_code(c.languages[0]), value=float(c.value)))
    return out


def _series_key(s: LanguageScore) -> tuple:
    return (s.paper, s.table, s.page, s.row_index, s.row)


def select_series(scores: Iterable[LanguageScore], dataset: str, models: Iterable[str] = ("mBERT", "XLM-R"),
                  setting: str = "zero-shot") -> dict[str, list[LanguageScore]]:
    """For each model, the one table row (series) of ``dataset`` in ``setting`` to analyse (SETTING_RULE)."""
    dataset = normalise_dataset(dataset)
    rows: dict[tuple, list[LanguageScore]] = defaultdict(list)
    for s in scores:
        if s.dataset == dataset and s.setting == setting and s.model in set(models):
            rows[(s.model,) + _series_key(s)].append(s)
    best: dict[str, tuple[tuple, list[LanguageScore]]] = {}
    for key, cells in rows.items():
        by_lang = {}
        for c in cells:
            by_lang.setdefault(c.language, c)  # a row repeats a language only on parse errors: keep the first
        cells = sorted(by_lang.values(), key=lambda c: c.language)
        explicit = cells[0].setting_rule == "explicit in row header"
        rank = (explicit, len(cells), [-ord(ch) for ch in cells[0].paper])
        model = key[0]
        if model not in best or rank > best[model][0]:
            best[model] = (rank, cells)
    return {m: cells for m, (_, cells) in sorted(best.items())}
