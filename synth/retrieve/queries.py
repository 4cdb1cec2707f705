"""Query planning: from a research question, several arXiv queries and the weighted terms that the
ranker scores papers on.

The planner knows a small table of concepts of multilingual / robust NLP.  A concept is *triggered*
when the question says one of its triggers; it then contributes its synonyms (``XTREME-R`` ~
``XTREME``; "multilingual encoder" ~ mBERT / XLM-R; "robust training" ~ adversarial training /
randomized smoothing) both as an arXiv query and as a term group for lexical scoring.  Names the table
does not know (hyphenated or upper-case words such as ``PAWS-X``) become queries of their own, and
the question's key phrase pair always becomes the first query.  Every query records why it exists;
the report shows those reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Words that carry no topic.  Kept here, not in ranking.py, so both modules share one list.
STOPWORDS = set(
    """a an and are as at be by can do does for from how in into is it its of on or over than that the
    their this to vary varies what when where which while who why with across between under using via
    about among both each other such these those we our they there has have had was were been being
    more most less least much many any all some not no only also very""".split()
)


@dataclass(frozen=True)
class Concept:
    name: str
    kind: str  # benchmark | tasks (of a benchmark) | model | task | method | property | setting
    triggers: tuple[str, ...]  # lower-case phrases; "-" and " " are interchangeable
    synonyms: tuple[str, ...]  # what papers call it; first is the canonical query phrase
    weight: float = 1.0  # named benchmarks and models count more in lexical scoring


CONCEPTS: tuple[Concept, ...] = (
    Concept("XTREME / XTREME-R", "benchmark", ("xtreme-r", "xtreme", "xglue"),
            ("XTREME", "XTREME-R", "XGLUE", "massively multilingual benchmark", "cross-lingual benchmark",
             "cross-lingual generalization benchmark"), 2.0),
    # The tasks that XTREME and XTREME-R are made of: a paper on one of them is a paper on the benchmark.
    Concept("XTREME tasks", "tasks", ("xtreme-r", "xtreme"),
            ("XNLI", "PAWS-X", "XQuAD", "MLQA", "TyDiQA", "XCOPA", "UD-POS", "WikiANN", "Tatoeba", "BUCC",
             "Mewsli-X", "LAReQA"), 1.5),
    Concept("XNLI", "benchmark", ("xnli", "cross-lingual nli", "cross-lingual natural language inference"),
            ("XNLI", "cross-lingual natural language inference", "cross-lingual NLI"), 2.0),
    Concept("PAWS-X", "benchmark", ("paws-x", "paraphrase identification"), ("PAWS-X", "paraphrase adversaries"), 2.0),
    Concept("multilingual encoder", "model",
            ("multilingual encoder", "multilingual model", "multilingual language model", "multilingual bert",
             "mbert", "xlm-r", "xlm-roberta", "pretrained multilingual", "multilingual representation"),
            ("multilingual BERT", "mBERT", "M-BERT", "XLM-R", "XLM-RoBERTa", "XLM", "cross-lingual language model",
             "multilingual encoder", "cross-lingual encoder", "multilingual representations",
             "cross-lingual representations", "cross-lingual sentence representations", "cross-lingual pretraining",
             "cross-lingual pre-training", "cross-lingual pre-trained model", "cross-lingual pretrained model",
             "multilingual pre-trained model", "multilingual pretrained model"), 2.0),
    Concept("zero-shot cross-lingual transfer", "setting",
            ("zero-shot cross-lingual", "cross-lingual transfer", "zero-shot transfer", "cross-lingual generalization"),
            ("zero-shot cross-lingual transfer", "cross-lingual transfer", "zero-shot transfer",
             "cross-lingual generalization", "cross-language transfer", "cross-lingual understanding",
             "cross-lingual language understanding"), 1.5),
    Concept("robust training", "method",
            ("robust training", "robustness", "robust", "adversarial"),
            ("adversarial training", "randomized smoothing", "robustness", "adversarial examples",
             "adversarial perturbation"), 1.0),
    Concept("typology", "property",
            ("language famil", "typolog", "linguistic features", "typological features", "language distance"),
            ("language family", "language families", "typological", "typology", "WALS", "linguistic distance"), 1.0),
)

# Questions about cross-lingual work anchor the method/property queries to that field, so that
# "robust training" finds robust *cross-lingual* papers rather than all of adversarial ML.
ANCHORS = (("cross-lingual", "cross-lingual"), ("multilingual", "multilingual"), ("translation", "translation"))

_NAME = re.compile(r"\b(?:[A-Za-z]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[A-Za-z]+-[A-Z][A-Za-z0-9]*)\b")


@dataclass(frozen=True)
class TermGroup:
    """A lexical scoring unit: the paper matches it when any alias occurs (counted once)."""

    name: str
    aliases: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class PlannedQuery:
    text: str  # natural-language form, embedded by the ranker and shown in the report
    search: str  # arXiv API search_query
    why: str
    groups: tuple[str, ...] = ()  # names of the term groups this query stands for


@dataclass(frozen=True)
class QueryPlan:
    question: str
    queries: list[PlannedQuery]
    groups: list[TermGroup]
    seeds: list[str] = field(default_factory=list)

    def query_texts(self) -> list[str]:
        return [q.text for q in self.queries]


def _norm(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.lower()).strip()


def content_words(question: str) -> list[str]:
    """Content words and hyphenated names of the question, lowercased, in order, without repeats."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Za-z]", question)
    seen: list[str] = []
    for w in words:
        t = w.lower()
        if t not in STOPWORDS and len(t) > 2 and t not in seen:
            seen.append(t)
    return seen


def _phrase(term: str, field: str = "abs") -> str:
    """An arXiv search_query phrase (quotes for multi-word terms); ``abs`` searches title and abstract."""
    t = term.replace('"', "")
    return f'{field}:"{t}"' if (" " in t or "-" in t) else f"{field}:{t}"


def _as_written(question: str, phrase: str) -> str:
    """The phrase as the question spells it (case, hyphens), for the report."""
    pattern = r"[\s\-]+".join(re.escape(p) for p in _norm(phrase).split())
    m = re.search(pattern, question, flags=re.IGNORECASE)
    return m.group(0) if m else phrase


def _any_of(terms: list[str]) -> str:
    parts = [_phrase(t) for t in terms]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _is_stem_of(trigger: str, alias: str) -> bool:
    """"typolog" is a stem of "typological" (ends mid-word); "zero-shot cross-lingual" is not one of
    "zero-shot cross-lingual transfer"."""
    t, a = _norm(trigger), _norm(alias)
    return a.startswith(t) and len(a) > len(t) and a[len(t)].isalpha()


def triggered_concepts(question: str) -> list[Concept]:
    q = _norm(question)
    return [c for c in CONCEPTS if any(_norm(t) in q for t in c.triggers)]


def unknown_names(question: str, concepts: list[Concept]) -> list[str]:
    """Names in the question (upper case or hyphenated with capitals) that no concept covers."""
    known = {_norm(a) for c in concepts for a in c.synonyms + c.triggers}
    out = []
    for m in _NAME.finditer(question):
        name = m.group(0)
        if m.start() == 0 or _norm(name) in known or name.lower() in STOPWORDS or len(name) < 3:
            continue
        if name not in out:
            out.append(name)
    return out


def plan_queries(question: str, seeds: list[str] | None = None) -> QueryPlan:
    concepts = triggered_concepts(question)
    qnorm = _norm(question)
    anchor = next((a for trigger, a in ANCHORS if _norm(trigger) in qnorm), None)
    queries: list[PlannedQuery] = []
    groups: list[TermGroup] = []

    # 1. The question's own key phrases: the triggers it used, or its content words.
    said = []
    for c in concepts:
        hit = _as_written(question, max((t for t in c.triggers if _norm(t) in qnorm), key=len))
        said.append((c, hit))
    setting = [h for c, h in said if c.kind in ("setting", "model")]
    if len(setting) >= 2:
        queries.append(PlannedQuery(
            text=" ".join(setting), search=" AND ".join(_phrase(h) for h in setting),
            why="key phrases of the question: " + " + ".join(f'"{h}"' for h in setting),
            groups=tuple(c.name for c, h in said if h in setting)))
    else:
        words = content_words(question)[:3]
        if words:
            queries.append(PlannedQuery(text=" ".join(words), search=" AND ".join(_phrase(w, "all") for w in words),
                                        why="key words of the question"))

    # 2. One query per concept, with its synonyms; methods and properties anchored to the field.
    for c, hit in said:
        syn = list(dict.fromkeys(c.synonyms))
        # Papers that use the question's own wording match too ("zero-shot cross-lingual [model] transfer").
        known = {_norm(a).removesuffix("s") for a in syn}
        aliases = syn + [t for t in c.triggers if c.kind != "tasks" and len(t) > 6
                         and _norm(t).removesuffix("s") not in known
                         and not any(_is_stem_of(t, a) for a in syn)]
        groups.append(TermGroup(c.name, tuple(aliases), c.weight))
        core = syn[:4]
        search = _any_of(core)
        if c.kind in ("method", "property") and anchor:
            search = f"{search} AND {_phrase(anchor)}"
        why = {
            "benchmark": f'benchmark named in the question ("{hit}")',
            "model": f'models meant by "{hit}"',
            "task": f'task named in the question ("{hit}")',
            "tasks": f'tasks of the benchmark named in the question ("{hit}")',
            "setting": f'setting of the question ("{hit}")',
            "method": f'methods meant by "{hit}"',
            "property": f'"{hit}" in the question',
        }[c.kind]
        if c.kind == "tasks":
            why += ": " + ", ".join(core)
        elif len(syn) > 1:
            why += " ~ " + " / ".join(syn[1:4] if _norm(syn[0]) == _norm(hit) else syn[:3])
        if c.kind in ("method", "property") and anchor:
            why += f", within {anchor} work"
        queries.append(PlannedQuery(text=f"{c.name}: " + ", ".join(core), search=search, why=why, groups=(c.name,)))

    # 3. Names the table does not know become their own query and term group.
    for name in unknown_names(question, concepts):
        groups.append(TermGroup(name, (name,), 2.0))
        queries.append(PlannedQuery(text=name, search=_phrase(name), why=f'name in the question ("{name}")',
                                    groups=(name,)))

    # 4. The remaining content words score a little, so that questions outside the table still rank.
    covered = {_norm(a) for g in groups for a in g.aliases} | {_norm(t) for c in concepts for t in c.triggers}
    for w in content_words(question):
        stem = re.sub(r"(ies|es|s)$", "", _norm(w)) if len(w) > 4 else _norm(w)
        if not any(stem in a or a in _norm(w) for a in covered):
            groups.append(TermGroup(w, (w,), 0.5))

    return QueryPlan(question=question, queries=queries, groups=groups, seeds=list(seeds or []))
