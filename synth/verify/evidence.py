"""Evidence units (sentences and table rows) from the corpus, searchable by meaning and by name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from synth.extract.vocabulary import PRETRAINING_CORPORA, EntityMention, find_entities
from synth.records import Paper, ParsedPaper, Table, TableCell
from synth.retrieve.embedder import Embedder
from synth.verify.claim_facts import other_spellings
from synth.verify.lexical import BM25

SKIP_SECTIONS = {"references", "acknowledgments"}
SEMANTIC_WEIGHT = 0.7
ITEM_SENTENCES = 2  # an item of a bulleted list runs on for at most this many sentences after its first
CONTEXT_SENTENCES = 5  # a paragraph names its subject ("Duong et al. (2016) propose ...") up to five sentences back


@dataclass(frozen=True)
class Unit:
    """A sentence, or a table row with its headers, that can serve as evidence."""

    paper: str
    page: int
    text: str  # what is embedded and matched: the sentence, or "caption | row | col: value; ..."
    quote: str  # what is shown: verbatim sentence, or the row label and its cell texts
    bbox: tuple[float, float, float, float] | None
    entities: tuple[EntityMention, ...]
    table: Table | None = None
    row: int | None = None
    context: str = ""  # neighbouring sentences, for entities named just before
    cells: tuple[str, ...] = ()  # for a table row: the printed cell texts, each checked on the page
    previous: tuple[int, str] | None = None  # (page, text) of the sentence just before, for two-sentence claims
    topic: tuple[str, ...] = ()  # datasets named by the section's last sentence that names one
    topic_text: str = ""  # that sentence


@dataclass
class Hit:
    unit: Unit
    semantic: float
    lexical: float
    score: float


@dataclass
class CorpusDocs:
    papers: dict[str, Paper]
    parsed: dict[str, ParsedPaper]
    units: list[Unit] = field(default_factory=list)
    # sentences that are mostly numbers: the text of tables the parser did not find, never evidence, read only
    # for which numbers a paper prints
    numeric_text: list[Unit] = field(default_factory=list)


def cells_quote(cells: list[TableCell]) -> str:
    """Table evidence as "row header path | column header path: cell" groups joined by "; "."""
    return "; ".join(f"{' / '.join(c.row_header)} | {' / '.join(c.column_header)}: {c.text}" for c in cells)


def _row_units(paper: str, table: Table) -> list[Unit]:
    rows: dict[int, list[TableCell]] = {}
    for cell in table.cells:
        rows.setdefault(cell.row, []).append(cell)
    units = []
    caption = " ".join(x for x in (table.label, table.caption) if x)
    for r, cells in sorted(rows.items()):
        numeric = [c for c in cells if c.value is not None]
        if not numeric:
            continue
        label = " / ".join(numeric[0].row_header) if numeric[0].row_header else ""
        parts = [f"{' / '.join(c.column_header) or f'col {c.column}'}: {c.text}" for c in numeric]
        text = f"{caption} | {label} | " + "; ".join(parts)
        units.append(Unit(paper=paper, page=table.page, text=text, quote=cells_quote(numeric), bbox=table.bbox,
                          entities=tuple(find_entities(f"{caption} {label} {' '.join(parts)}")), table=table, row=r,
                          cells=tuple(c.text for c in numeric)))
    return units


def _mostly_numbers(text: str) -> bool:
    tokens = text.split()
    numeric = sum(1 for t in tokens if any(ch.isdigit() for ch in t))
    return len(tokens) >= 4 and numeric / len(tokens) > 0.4


_CAPTION_REF = re.compile(r"\b(Table|Figure)s?\s+(\d+)")
_BULLET = re.compile(r"\s*[•◦▪]")  # an item of a bulleted list
_FIGURE_CAPTION = re.compile(r"(Figure \d+):\s")  # a figure's caption is parsed as a sentence
# "This setting is different from the one adopted in the CoNLL shared task": a dataset named after such a cue is
# what the section sets itself apart from, not what it works on
_CONTRASTED = re.compile(r"\b(?:differ(?:ent|s)?\s+from|unlike|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to)\b",
                         re.IGNORECASE)


def cited_captions(text: str, captions: dict[str, str]) -> str:
    """Captions of the tables and figures a passage cites ("The results are depicted in Table 8"): they
    name the dataset, model and metric the passage's numbers are about."""
    labels = dict.fromkeys(f"{kind} {n}" for kind, n in _CAPTION_REF.findall(text))
    return " ".join(captions[label] for label in labels if label in captions)


def build_units(papers: list[Paper], parsed: list[ParsedPaper]) -> CorpusDocs:
    docs = CorpusDocs(papers={p.id: p for p in papers}, parsed={p.paper: p for p in parsed})
    for pp in parsed:
        sentences = [s for s in pp.sentences
                     if s.section_kind not in SKIP_SECTIONS and len(s.text) >= 20 and not _mostly_numbers(s.text)]
        topic: tuple[str, ...] = ()
        topic_text = ""
        captions = {m.group(1): s.text for s in pp.sentences if (m := _FIGURE_CAPTION.match(s.text))}
        captions.update({t.label: t.caption for t in pp.tables if t.label and t.caption})
        after_item = ITEM_SENTENCES + 1  # sentences since the last item of a bulleted list
        opening = ""  # what introduces the bulleted list being read ("[...] from the OPUS website. [...] the following:")
        for i, s in enumerate(sentences):
            # the dataset or model a result is about is often named a few sentences earlier or in the heading
            context = " ".join([s.section or ""] + [x.text for x in sentences[max(0, i - CONTEXT_SENTENCES):i]])
            # every item of a list, and the sentences that may finish one, is read with what introduces the list
            if _BULLET.match(s.text):
                after_item = 0
            elif i and s.section == sentences[i - 1].section:
                after_item += 1
            else:
                after_item = ITEM_SENTENCES + 1
            if after_item > ITEM_SENTENCES:
                opening = ""
            elif not opening:
                opening = context
            elif opening not in context:
                context = f"{opening} {context}"
            context = f"{context} {cited_captions(f'{context} {s.text}', captions)}".strip()
            previous = (sentences[i - 1].page, sentences[i - 1].text) if i else None
            if i and s.section != sentences[i - 1].section:
                topic, topic_text = (), ""
            entities = tuple(find_entities(s.text))
            docs.units.append(Unit(paper=pp.paper, page=s.page, text=s.text, quote=s.text, bbox=s.bbox,
                                   entities=entities, context=context, previous=previous, topic=topic,
                                   topic_text=topic_text))
            # (a corpus is what a model was pretrained on: "for both Wikipedia and CC" keeps the section on XNLI)
            contrast = _CONTRASTED.search(s.text)
            datasets = [e.name for e in entities if e.kind == "dataset" and e.name not in PRETRAINING_CORPORA
                        and not (contrast and e.start > contrast.start())]
            if datasets:
                topic, topic_text = tuple(dict.fromkeys(datasets)), s.text
        docs.numeric_text.extend(
            Unit(paper=pp.paper, page=s.page, text=s.text, quote=s.text, bbox=s.bbox,
                 entities=tuple(find_entities(s.text)))
            for s in pp.sentences if s.section_kind not in SKIP_SECTIONS and _mostly_numbers(s.text))
        for table in pp.tables:
            docs.units.extend(_row_units(pp.paper, table))
    return docs


class EvidenceIndex:
    def __init__(self, docs: CorpusDocs, embedder: Embedder):
        self.docs = docs
        self.embedder = embedder
        self.vectors = embedder.encode([u.text for u in docs.units]) if docs.units else np.zeros((0, 1))
        self.bm25 = BM25([u.text for u in docs.units])
        self._last_query: tuple[str, np.ndarray] | None = None
        self._aside: tuple[str, np.ndarray] | None = None
        self._rows: dict[int, int] | None = None
        self._prefix_weights: dict[str, float] = {}

    def word_weight(self, word: str) -> float:
        """Rarity of a word in the corpus (BM25 idf); unseen words weigh as much as the rarest."""
        idf = self.bm25.idf
        if word in idf:
            return idf[word]
        if word not in self._prefix_weights:  # a scan of the vocabulary: once per word
            # (a stem read as American is looked up as the corpus may spell it: "superviz" as "supervis")
            forms = [word, *other_spellings(word)] if len(word) > 4 else []
            matches = [v for t, v in idf.items() if t.startswith(tuple(forms))] if forms else []
            self._prefix_weights[word] = max(matches) if matches else self.bm25.max_idf
        return self._prefix_weights[word]

    def printing(self, claim: str, numbers: list[str]) -> list[Hit]:
        """Sentence units that print one of ``numbers`` literally ("8.8", "-1.29"), however far in meaning
        from the claim: "the right number on the wrong language" is often said in a short sentence."""
        patterns = [re.compile(rf"(?<![\d.]){re.escape(n)}(?![\d])") for n in numbers]
        found = [i for i, u in enumerate(self.docs.units)
                 if u.table is None and any(p.search(u.text) for p in patterns)]
        if not found:
            return []
        q = self._query_vector(claim)
        return [Hit(self.docs.units[i], float(self.vectors[i] @ q), 0.0, 0.0) for i in found]

    def naming_both(self, claim: str, first: set[str], second: set[str]) -> list[Hit]:
        """Sentence units that name one of ``first`` and one of ``second`` (as words), however far in meaning
        from the claim: the two sides of a ranking the claim states ("CLM beats MLM")."""
        def pattern(names: set[str]) -> re.Pattern[str]:
            return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")(?![\w-])")
        if not first or not second:
            return []
        a, b = pattern(first), pattern(second)
        found = [i for i, u in enumerate(self.docs.units) if u.table is None and a.search(u.text) and b.search(u.text)]
        if not found:
            return []
        q = self._query_vector(claim)
        return [Hit(self.docs.units[i], float(self.vectors[i] @ q), 0.0, 0.0) for i in found]

    def unit_similarity(self, text: str, unit: Unit) -> float:
        """Cosine of a text other than the claim (the claim without its opening) to a unit, by the unit's own
        vector; the text's vector is kept for the next unit, the claim's is left as it was."""
        if self._aside is None or self._aside[0] != text:
            self._aside = (text, self.embedder.encode([text])[0])
        if self._rows is None:
            self._rows = {id(u): i for i, u in enumerate(self.docs.units)}
        return float(self.vectors[self._rows[id(unit)]] @ self._aside[1])

    def similarity_to(self, claim: str, texts: list[str]) -> np.ndarray:
        """Cosine similarity of the claim to texts that are not units (two sentences joined)."""
        return self.embedder.encode(texts) @ self._query_vector(claim) if texts else np.zeros(0)

    def _query_vector(self, claim: str) -> np.ndarray:
        if self._last_query is None or self._last_query[0] != claim:
            self._last_query = (claim, self.embedder.encode([claim])[0])
        return self._last_query[1]

    def search(self, claim: str, k: int = 30) -> list[Hit]:
        if not self.docs.units:
            return []
        q = self._query_vector(claim)
        semantic = self.vectors @ q
        lexical = np.asarray(self.bm25.scores(claim))
        top = lexical.max()
        lexical_norm = lexical / top if top > 0 else lexical
        score = SEMANTIC_WEIGHT * semantic + (1 - SEMANTIC_WEIGHT) * lexical_norm
        order = np.argsort(-score)[:k]
        return [Hit(self.docs.units[i], float(semantic[i]), float(lexical_norm[i]), float(score[i])) for i in order]
