"""Named things of multilingual NLP: datasets, models, methods, metrics, languages.

Each entry has a canonical name and aliases.  To add one, add a line to the
table of its kind below (``_DATASETS``, ``_MODELS``, ``_METHODS``,
``_METRICS``, ``_LANGUAGES``), or call ``VOCABULARY.add`` at run time.

Matching rules:

* An alias with an upper-case letter ("XNLI", "mBERT", "RoBERTa") matches
  case-sensitively, and also with its first letter capitalised at the start
  of a sentence ("Multilingual BERT").  An all-lower-case alias
  ("fine-tuning", "exact match") matches in any case.
* In lower-case aliases a space and a hyphen are interchangeable and may be
  broken across a line ("zero shot", "zero-\\nshot").
* Matches need word boundaries, and the longest alias wins: "XLM-RoBERTa"
  is XLM-R, "PAWS-X" is not PAWS, "mBERT" holds no BERT.
* PDF ligatures (ﬁ, ﬂ, ...) are read as their letters; offsets still point
  into the text as given.
* Header aliases ("POS", "NER", "CC") name a dataset in a table header but
  are too ambiguous in prose: ``canonical`` knows them, ``find_entities``
  does not look for them.

Languages are named by ISO 639-1 code.  In prose ``find_entities`` matches
English names ("German", "Swahili") and codes only where they are plainly
codes: lists of codes ("en, de, es, fr"), language pairs ("en-de", "EN-DE"),
and a code in brackets after its own name ("German (de)").  Codes that are
also English words ("it", "is", "no", "hi", ...) count towards a list only
beside unambiguous codes.  For table headers use ``match_language_code``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

KINDS = ("dataset", "model", "method", "metric", "language")


@dataclass(frozen=True)
class EntityMention:
    kind: str  # dataset | model | method | metric | language
    name: str  # canonical: "XLM-R", "PAWS-X", "de"
    text: str  # exact substring of the input
    start: int
    end: int


# (canonical, aliases...); header-only aliases are in _HEADER_ALIASES.
_DATASETS = [
    ("XNLI", "xnli", "XNLI-15"),
    ("PAWS-X", "PAWSX", "PAWS X", "paws-x"),
    ("PAWS",),
    ("XTREME", "xtreme"),
    ("XTREME-R", "xtreme-r"),
    ("XGLUE",),
    ("MLQA",),
    ("XQuAD", "XQUAD"),
    ("TyDiQA", "TyDi QA", "TyDiQA-GoldP", "TyDi QA-GoldP", "TyDi QA GoldP", "TyDiQA GoldP", "TYDIQA"),
    ("UD-POS", "UDPOS", "UD POS"),
    ("UD", "Universal Dependencies", "Universal Dependency", "universal dependency treebank"),
    ("WikiANN", "Wikiann", "WikiAnn", "PAN-X", "PANX", "PAN X"),
    ("Tatoeba",),
    ("BUCC",),
    ("MNLI", "MultiNLI", "Multi-NLI", "Multi-Genre NLI", "Multi-Genre Natural Language Inference"),
    ("SNLI",),
    ("SQuAD", "Squad", "SQuAD v1.1", "SQuAD 1.1", "SQuAD v2.0", "SQuAD 2.0"),
    ("GLUE",),
    ("SST-2", "SST2", "SST"),  # GLUE's tasks; tables print "SST" for SST-2
    ("QNLI",),
    ("QQP",),
    ("MRPC",),
    ("STS-B", "STSB"),
    ("CoLA",),
    ("RTE",),
    ("CoNLL", "CoNLL-2002", "CoNLL-2003", "CoNLL 2002", "CoNLL 2003", "CoNLL2002", "CoNLL2003", "CoNLL-02", "CoNLL-03"),
    ("Wikipedia", "Wikititles", "WikiTitles", "Wiki-titles"),  # SBERT's dictionary of Wikipedia title links
    ("CC-100", "CC100", "CommonCrawl", "CommonCrawls", "Common Crawl", "CCNet", "Common-Crawl", "common-crawl",
     "common crawl", "commoncrawl"),
    ("XCOPA", "XCPA"),  # BUFFET's tables abbreviate it
    ("MLDoc",),
    ("SIB-200", "SIB200"),
    ("FLORES-200", "FLORES", "Flores-200", "Flores"),
    ("BUFFET",),
    ("Mewsli-X",),
    ("LAReQA",),
    ("XStoryCloze",),
    ("XWinograd", "XWINOGRAD"),  # BUFFET sets dataset names in small capitals
    ("AmericasNLI", "AMERICAS NLI", "AMERICASNLI", "Americas NLI"),
    ("ParsiNLU", "PARSINLU", "PARSINLUENTAILMENT", "PARSINLU ENTAILMENT"),
    ("KLUE-NLI", "KLUENLI", "KLUE NLI"),
    ("OCNLI",),
    ("MASSIVE",),
    ("Europarl",),
    ("OPUS",),
    ("OpenSubtitles",),
    ("MultiUN", "UN Corpus", "United Nations Parallel Corpus"),
    ("News Commentary", "NewsCommentary", "News-Commentary"),
    ("WMT",),
    ("TED", "TED2020"),
    ("QADSM",),
    ("WPR",),
    ("QAM",),
    ("NTG",),
    ("NC", "news classification"),
    ("QG", "question generation"),
]
# benchmarks of one language: a table column naming one is about that language ("PARSINLUENTAILMENT": Persian)
DATASET_LANGUAGE = {"ParsiNLU": "fa", "KLUE-NLI": "ko", "OCNLI": "zh"}
# corpora models are pretrained on, not benchmarks a result is measured on
PRETRAINING_CORPORA = frozenset({"Wikipedia", "CC-100", "Europarl", "OPUS", "OpenSubtitles", "MultiUN",
                                 "News Commentary"})
_MODELS = [
    ("mBERT", "M-BERT", "Multilingual BERT", "multilingual BERT", "multilingual-BERT", "bert-base-multilingual-cased",
     "bert-base-multilingual-uncased", "mBERT-base"),
    ("XLM", "XLM-100", "XLM-15", "XLM-17", "XLM-MLM", "XLM-TLM"),
    ("XLM-R", "XLM-RoBERTa", "XLMR", "XLM-Roberta"),
    ("XLM-R Base", "XLM-R base", "XLM-RBase", "XLM-RBASE", "XLM-R-base", "XLM-RoBERTa base",
     "XLM-RoBERTa-base", "xlm-roberta-base", "XLM-R_base", "XLM-RoBERTa Base",
     "XLM-Rbase",  # a subscript in PDFs
     "XLM-R (base)"),  # SIB-200's tables
    ("XLM-R Large", "XLM-R large", "XLM-RLarge", "XLM-RLARGE", "XLM-R-large", "XLM-RoBERTa large",
     "XLM-RoBERTa-large", "xlm-roberta-large", "XLM-R_large", "XLM-RoBERTa Large",
     "XLM-Rlarge", "XLM-R (large)"),
    ("MMTE",),
    ("mT5", "mt5"),
    ("mT0",),
    ("mBART",),
    ("BERT", "BERT-base", "BERT-Base", "BERT-large", "BERT-Large", "BERTBase", "BERTLarge", "bert-base-cased",
     "bert-base-uncased"),
    ("RoBERTa", "roberta-base", "roberta-large", "RoBERTaBase", "RoBERTaLarge"),  # sizes as subscripts in PDFs
    ("XLNet", "XLNetBase", "XLNetLarge"),
    ("ELMo", "ELMO"),  # small capitals in table headers (1902.09492)
    ("LASER",),
    ("LaBSE",),
    ("InfoXLM",),
    ("Unicoder", "UnicoderLC", "UnicoderSC", "Unicoder-LC", "Unicoder-SC", "Unicoder LC", "Unicoder SC"),
    # XGLUE's two generators, as their superscripts come out of PDF text: models of their own
    ("Unicoder-xDAE", "UnicoderxDAE", "Unicoder xDAE"),
    ("Unicoder-xFNP", "UnicoderxF NP", "UnicoderxFNP", "Unicoder xFNP"),
    ("DistilmBERT", "distilbert-base-multilingual-cased"),
    ("mUSE",),
    ("SBERT", "Sentence-BERT"),
    ("mDeBERTa",),
    ("RemBERT",),
    ("BLOOM",),
    ("BLOOMZ",),
    ("GPT-3",),
    ("GPT-3.5-Turbo", "GPT-3.5-turbo", "gpt-3.5-turbo", "GPT-3.5"),
    ("GPT-4",),
    ("ChatGPT",),
    ("multilingual-e5-small", "multilingual e5 small", "mE5-small"),
    ("fastText", "FastText", "fasttext"),
]
_METHODS = [
    ("fine-tuning", "finetuning", "fine-tuned", "finetuned", "fine-tune", "finetune"),
    ("zero-shot", "zero-shot cross-lingual transfer", "zero-shot transfer", "cross-lingual zero-shot transfer"),
    ("cross-lingual transfer",),
    ("few-shot", "few-shot cross-lingual transfer"),
    ("translate-train", "translate train"),
    ("translate-train-all",),
    ("translate-test",),
    ("adversarial training", "adversarially trained"),
    ("randomized smoothing", "randomised smoothing", "random smoothing"),
    ("RS-DA", "randomized smoothing with data augmentation"),
    ("RS-RP", "randomized smoothing with random perturbation", "randomized smoothing with random perturbations"),
    ("data augmentation",),
    ("self-training", "self training"),
    ("distillation", "knowledge distillation"),
    ("MLM", "masked language modeling", "masked language modelling", "masked language model"),
    ("TLM", "translation language modeling", "translation language modelling"),
    ("in-context learning", "ICL"),
    ("instruction tuning", "instruction-tuned"),
    ("multi-task learning", "multitask learning"),
    ("back-translation", "backtranslation", "BT"),
    ("code-switching", "code switching"),
    ("vocabulary augmentation", "vocabulary extension"),
    ("continued pretraining", "continued pre-training"),
]
_METRICS = [
    ("accuracy", "acc.", "Acc", "ACC"),
    ("F1", "F1 score", "F1-score", "F-1", "F1-measure", "F-score", "F-measure", "micro-F1", "macro-F1"),
    ("EM", "exact match"),
    ("BLEU", "sacreBLEU", "SacreBLEU"),
    ("chrF", "chrF++"),
    ("precision",),
    ("recall",),
    ("perplexity", "PPL", "ppl"),
    ("UAS",),
    ("LAS",),
    ("MRR", "mean reciprocal rank"),
    ("P@1", "precision@1", "precision at 1", "precision @1", "precision @ 1"),
    ("ROUGE", "ROUGE-L", "ROUGE-1", "ROUGE-2"),
    ("Spearman correlation", "Spearman's rank correlation", "Spearman"),
    ("Pearson correlation", "Pearson"),
    ("nDCG", "NDCG"),
]
_HEADER_ALIASES = {
    "dataset": {"UD-POS": ("POS",), "WikiANN": ("NER",), "CC-100": ("CC",), "TyDiQA": ("TyDi",)},
}

# ISO 639-1 code -> (English name, other names).  Covers XNLI, PAWS-X and
# XTREME's 40 languages, and more.
_LANGUAGES = {
    "af": ("Afrikaans",), "am": ("Amharic",), "ar": ("Arabic",), "as": ("Assamese",),
    "az": ("Azerbaijani",), "be": ("Belarusian",), "bg": ("Bulgarian",), "bn": ("Bengali", "Bangla"),
    "ca": ("Catalan",), "cs": ("Czech",), "cy": ("Welsh",), "da": ("Danish",), "de": ("German",),
    "el": ("Greek",), "en": ("English",), "es": ("Spanish",), "et": ("Estonian",), "eu": ("Basque",),
    "fa": ("Persian", "Farsi"), "fi": ("Finnish",), "fr": ("French",), "ga": ("Irish",),
    "gl": ("Galician",), "gu": ("Gujarati",), "ha": ("Hausa",), "he": ("Hebrew",), "hi": ("Hindi",),
    "hr": ("Croatian",), "ht": ("Haitian Creole", "Haitian"), "hu": ("Hungarian",), "hy": ("Armenian",),
    "id": ("Indonesian",), "ig": ("Igbo",), "is": ("Icelandic",), "it": ("Italian",), "ja": ("Japanese",),
    "jv": ("Javanese",), "ka": ("Georgian",), "kk": ("Kazakh",), "km": ("Khmer",), "kn": ("Kannada",),
    "ko": ("Korean",), "la": ("Latin",), "lt": ("Lithuanian",), "lv": ("Latvian",), "mk": ("Macedonian",),
    "ml": ("Malayalam",), "mn": ("Mongolian",), "mr": ("Marathi",), "ms": ("Malay",), "my": ("Burmese",),
    "ne": ("Nepali",), "nl": ("Dutch",), "no": ("Norwegian",), "or": ("Odia", "Oriya"), "pa": ("Punjabi",),
    "pl": ("Polish",), "pt": ("Portuguese",), "qu": ("Quechua",), "ro": ("Romanian",), "ru": ("Russian",),
    "si": ("Sinhala",), "sk": ("Slovak",), "sl": ("Slovenian",), "so": ("Somali",), "sq": ("Albanian",),
    "sr": ("Serbian",), "sv": ("Swedish",), "sw": ("Swahili",), "ta": ("Tamil",), "te": ("Telugu",),
    "th": ("Thai",), "tl": ("Tagalog", "Filipino"), "tt": ("Tatar",), "tr": ("Turkish",), "uk": ("Ukrainian",), "ur": ("Urdu",),
    "uz": ("Uzbek",), "vi": ("Vietnamese",), "wo": ("Wolof",), "xh": ("Xhosa",), "yo": ("Yoruba",),
    "zh": ("Chinese", "Mandarin"), "zu": ("Zulu",),
}
LANGUAGES: dict[str, str] = {code: names[0] for code, names in _LANGUAGES.items()}
# More languages of ISO 639-1, named in benchmarks of many languages (SIB-200, MasakhaNER, AmericasNLI): found by
# name in prose and in table rows ("Rundi run_Latn"), never by code, since "st", "to" or "ti" are words or
# abbreviations far more often than languages in a header or a list
_NAMED_LANGUAGES = {
    "ab": ("Abkhaz", "Abkhazian"), "ak": ("Akan",), "ay": ("Aymara",), "ba": ("Bashkir",), "bm": ("Bambara",),
    "bo": ("Tibetan",), "br": ("Breton",), "bs": ("Bosnian",), "ce": ("Chechen",), "co": ("Corsican",),
    "cv": ("Chuvash",), "dv": ("Dhivehi", "Divehi"), "dz": ("Dzongkha",), "eo": ("Esperanto",), "fo": ("Faroese",),
    "ff": ("Fula", "Fulah", "Fulani"), "fy": ("Frisian", "Western Frisian"), "gd": ("Scottish Gaelic",),
    "gn": ("Guarani",), "iu": ("Inuktitut",), "kg": ("Kongo",), "ki": ("Kikuyu",), "kr": ("Kanuri",),
    "ks": ("Kashmiri",), "ku": ("Kurdish",), "kw": ("Cornish",), "ky": ("Kyrgyz", "Kirghiz"),
    "lb": ("Luxembourgish",), "lg": ("Luganda", "Ganda"), "li": ("Limburgish",), "ln": ("Lingala",), "lo": ("Lao",),
    "mg": ("Malagasy",), "mi": ("Maori", "Māori"), "mt": ("Maltese",), "nb": ("Bokmål", "Bokmal"),
    "nn": ("Nynorsk",), "nv": ("Navajo",), "ny": ("Chichewa", "Nyanja"), "oc": ("Occitan",), "om": ("Oromo",),
    "os": ("Ossetian",), "ps": ("Pashto",), "rm": ("Romansh",), "rn": ("Rundi", "Kirundi"),
    "rw": ("Kinyarwanda",), "sa": ("Sanskrit",), "sc": ("Sardinian",), "sd": ("Sindhi",), "se": ("Northern Sami",),
    "sm": ("Samoan",), "sn": ("Shona",), "ss": ("Swati",), "st": ("Sesotho", "Southern Sotho"), "su": ("Sundanese",),
    "tg": ("Tajik",), "ti": ("Tigrinya",), "tk": ("Turkmen",), "tn": ("Tswana", "Setswana"), "to": ("Tongan",),
    "ts": ("Tsonga",), "tw": ("Twi",), "ty": ("Tahitian",), "ug": ("Uyghur", "Uighur"), "ve": ("Venda",),
    "wa": ("Walloon",), "yi": ("Yiddish",), "za": ("Zhuang",),
    # (languages without an ISO 639-1 code, by their ISO 639-3 one, where a row label holding another language's
    # name would be read as that one: "Crimean Tatar" is not Tatar, "Yue Chinese" not Mandarin)
    "crh": ("Crimean Tatar",), "yue": ("Yue Chinese", "Cantonese"),
}

# Codes that are also common English words or abbreviations (ms, ml, mt, pt, ...).
AMBIGUOUS_CODES = frozenset(
    "am an as at be do go he hi id if in is it la me ml ms my no of on or pt so ta to uk us we yo".split()
)

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}


def _normalize(text: str) -> tuple[str, list[int]]:
    """Text with ligatures expanded, and for each of its characters the offset in the original."""
    if not any(ch in _LIGATURES for ch in text):
        return text, list(range(len(text) + 1))
    chars, offsets = [], []
    for i, ch in enumerate(text):
        expanded = _LIGATURES.get(ch, ch)
        chars.append(expanded)
        offsets.extend([i] * len(expanded))
    offsets.append(len(text))
    return "".join(chars), offsets


def _alias_pattern(alias: str) -> str:
    if alias.islower() or not any(c.isalpha() for c in alias):
        parts = re.split(r"[\s-]+", alias)
        return "(?i:" + r"(?:-\s*|\s+)".join(re.escape(p) for p in parts) + ")"
    parts = alias.split()
    body = r"\s+".join(re.escape(p) for p in parts)
    if _folds_first_letter(alias):
        body = f"[{alias[0]}{alias[0].upper()}]" + body[len(re.escape(alias[0])) :]
    return body


def _folds_first_letter(word: str) -> bool:
    """"multilingual BERT" may start a sentence as "Multilingual BERT"; "mUSE" never becomes "MUSE"
    (the MUSE dictionaries), nor "mBERT" "MBERT": a capital after the first letter fixes its case."""
    return len(word) > 1 and word[1].islower()


def _key(alias: str) -> str:
    """Lookup key: lower-case aliases fold case and separators; cased ones only spacing."""
    if alias.islower() or not any(c.isalpha() for c in alias):
        return "l:" + re.sub(r"[\s-]+", " ", alias.lower())
    return "c:" + re.sub(r"\s+", " ", (alias[0].lower() if _folds_first_letter(alias) else alias[0]) + alias[1:])


def _keys_for_surface(surface: str) -> list[str]:
    squeezed = re.sub(r"\s+", " ", surface.strip())
    return [
        "c:" + (squeezed[:1].lower() if _folds_first_letter(squeezed) else squeezed[:1]) + squeezed[1:],
        "l:" + re.sub(r"[\s-]+", " ", squeezed.lower()),
    ]


@dataclass(frozen=True)
class _Entry:
    kind: str
    name: str


class Vocabulary:
    """Canonical names and their aliases, with a compiled matcher for prose."""

    def __init__(self) -> None:
        self._prose: dict[str, _Entry] = {}
        self._header: dict[str, _Entry] = {}
        self._aliases: list[str] = []
        self._pattern: re.Pattern[str] | None = None

    def add(self, kind: str, name: str, *aliases: str, header_aliases: Iterable[str] = ()) -> None:
        """Register ``name`` and its aliases; an alias already taken by another entry is an error."""
        if kind not in KINDS:
            raise ValueError(f"unknown entity kind {kind!r}; expected one of {', '.join(KINDS)}")
        if kind == "language":
            self.add_language(name, *aliases)
            return
        entry = _Entry(kind, name)
        for alias in (name, *aliases):
            self._register(self._prose, alias, entry)
            if alias not in self._aliases:
                self._aliases.append(alias)
        # papers set names in small capitals, which extract as capitals ("WIKIANN", "XLSUM")
        for alias in (name, *aliases):
            upper = alias.upper()
            if (sum(c.islower() for c in alias) >= 2 and len(alias) >= 4
                    and self._prose.get(_key(upper), entry) == entry and upper not in self._aliases):
                self._prose[_key(upper)] = entry
                self._aliases.append(upper)
        for alias in header_aliases:
            self._register(self._header, alias, entry)
        self._pattern = None

    def add_language(self, code: str, *names: str) -> None:
        """Register a language by code; only its names are looked for in prose."""
        entry = _Entry("language", code)
        for alias in names:
            self._register(self._prose, alias, entry)
            self._aliases.append(alias)
        self._pattern = None

    @staticmethod
    def _register(table: dict[str, _Entry], alias: str, entry: _Entry) -> None:
        key = _key(alias)
        if table.get(key, entry) != entry:
            raise ValueError(f"alias {alias!r} already names {table[key].kind} {table[key].name!r}")
        table[key] = entry

    def _matcher(self) -> re.Pattern[str]:
        if self._pattern is None:
            ordered = sorted(self._aliases, key=len, reverse=True)
            body = "|".join(_alias_pattern(a) for a in ordered)
            # "XTREME-S", "XTREME-R": a one-letter suffix makes another name, which the vocabulary may lack
            self._pattern = re.compile(rf"(?<![\w@])(?:{body})(?![\w@])(?!-[A-Z](?![\w-]))")
        return self._pattern

    def lookup(self, surface: str, kind: str | None = None, *, header: bool = True) -> _Entry | None:
        tables = (self._prose, self._header) if header else (self._prose,)
        for table in tables:
            for key in _keys_for_surface(surface):
                entry = table.get(key)
                if entry and (kind is None or entry.kind == kind):
                    return entry
        return None

    def find(self, text: str) -> list[EntityMention]:
        """Mentions of registered names and aliases (language codes excluded)."""
        norm, offsets = _normalize(text)
        return [_restore(text, offsets, m) for m in self._find_normalized(norm)]

    def _find_normalized(self, norm: str) -> list[EntityMention]:
        mentions = []
        for m in self._matcher().finditer(norm):
            entry = self.lookup(m.group(0), header=False)
            if (entry is not None and not _is_false_friend(norm, m) and not _names_a_script(norm, entry, m)
                    and not _names_another_model(norm, entry, m)):
                mentions.append(EntityMention(entry.kind, entry.name, m.group(0), m.start(), m.end()))
        return mentions


def _restore(text: str, offsets: list[int], mention: EntityMention) -> EntityMention:
    """A mention found in normalised text, with offsets and text of the original."""
    start, end = offsets[mention.start], offsets[mention.end - 1] + 1
    return EntityMention(mention.kind, mention.name, text[start:end], start, end)


# Common-word readings of metric names: "recall that", "precision of the floats".
_FALSE_FRIENDS = re.compile(r"(?i:recall)(?=\s+(?:that|the|how|from|what)\b)|(?i:precision)(?=\s+(?:of\s+)?(?:float|fp|bf|mixed|half)\w*)|(?i:mixed\s+)precision"
                           r"|Sino-Tibetan")  # a family, not the Tibetan language


_SCRIPT_AFTER = re.compile(r"(?:\s+|-)(?:script|alphabet|characters?|ideograms?|ideographic)\b", re.I)


def _names_a_script(text: str, entry: _Entry, match: re.Match[str]) -> bool:
    """"written in Arabic script", "Latin-script": a writing system, not the language."""
    return entry.kind == "language" and bool(_SCRIPT_AFTER.match(text, match.end()))


# a capital-letter suffix makes another model ("XLM-V", "XLM-E", "BERT-CRF"); sizes and training-data
# suffixes do not ("mT5-XXL", "mBERT-nli-stsb", "XLM-based")
_OTHER_MODEL_AFTER = re.compile(r"-(?!X*L(?![\w-]))[A-Z][A-Z0-9]*(?![\w-])")


def _names_another_model(text: str, entry: _Entry, match: re.Match[str]) -> bool:
    """"XLM-V" is not XLM: a model name joined by a hyphen to a capital-letter name of its own."""
    return entry.kind == "model" and bool(_OTHER_MODEL_AFTER.match(text, match.end()))


def _is_false_friend(text: str, match: re.Match[str]) -> bool:
    lo = max(0, match.start() - 6)
    return any(f.start() <= match.start() < f.end() for f in _FALSE_FRIENDS.finditer(text, lo, match.end() + 20))


def _default_vocabulary() -> Vocabulary:
    vocabulary = Vocabulary()
    for kind, table in (("dataset", _DATASETS), ("model", _MODELS), ("method", _METHODS), ("metric", _METRICS)):
        headers = _HEADER_ALIASES.get(kind, {})
        for name, *aliases in table:
            vocabulary.add(kind, name, *aliases, header_aliases=headers.get(name, ()))
    for code, names in (*_LANGUAGES.items(), *_NAMED_LANGUAGES.items()):
        vocabulary.add_language(code, *names)
    return vocabulary


VOCABULARY = _default_vocabulary()


# --- language codes ----------------------------------------------------------------

_CODE = re.compile(r"(?<![\w'’-])(?:[a-z]{2}|[A-Z]{2})(?![\w'’-])")
_CODE_SEPARATOR = re.compile(r"[\s,;/()]*(?:\b(?:and|or)\b)?[\s,;/()]*")
_CODE_PAIR = re.compile(
    r"(?<![\w-])(?P<a>[a-z]{2}|[A-Z]{2})\s?(?:-|–|→|->|↔)\s?(?P<b>[a-z]{2}|[A-Z]{2})(?![\w-])"
)


def match_language_code(token: str) -> str | None:
    """The ISO 639-1 code a table-header token stands for ("DE", "de", " zh ") or None.

    Meant for headers, where a bare "it" or "hi" is a language; in prose use
    ``find_entities``.
    """
    token = token.strip()
    if re.fullmatch(r"[A-Za-z]{2}", token) and token.lower() in LANGUAGES:
        return token.lower()
    return _HEADER_CODES.get(token.lower())


# codes tables print for a language besides its ISO 639-1 one (BUFFET's XWinograd table heads Japanese "jp")
_HEADER_CODES = {"jp": "ja"}


def language_name(code: str) -> str | None:
    """English name of an ISO 639-1 code, any case: "sw" -> "Swahili"."""
    return LANGUAGES.get(code.strip().lower())


def _code_runs(text: str) -> list[list[re.Match[str]]]:
    """Known codes in a row, same case, separated only by list punctuation."""
    runs: list[list[re.Match[str]]] = []
    for m in _CODE.finditer(text):
        if m.group(0).lower() not in LANGUAGES:
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.group(0).islower() == m.group(0).islower()
            and _CODE_SEPARATOR.fullmatch(text, last.end(), m.start())
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _is_code_list(text: str, run: list[re.Match[str]]) -> bool:
    clear = sum(m.group(0).lower() not in AMBIGUOUS_CODES for m in run)
    if clear >= 2:
        return True
    listed = all(re.search(r"[,/]|\band\b|\bor\b", text[a.end() : b.start()]) for a, b in zip(run, run[1:]))
    # "(en,la)": a bracketed pair of codes, one of them unambiguous, names a language pair
    bracketed = (len(run) == 2 and run[0].start() > 0 and text[run[0].start() - 1] == "("
                 and text[run[-1].end() : run[-1].end() + 1] == ")" and text[run[0].end() : run[1].start()].strip() == ",")
    return clear >= 1 and ((len(run) >= 3 and listed) or bracketed)


def _code_mention(text: str, start: int, end: int) -> EntityMention:
    return EntityMention("language", text[start:end].lower(), text[start:end], start, end)


def _language_codes(text: str, names: list[EntityMention]) -> list[EntityMention]:
    found = {}
    for run in _code_runs(text):
        if len(run) >= 2 and _is_code_list(text, run):
            for m in run:
                found[m.start()] = _code_mention(text, m.start(), m.end())
    for m in _CODE_PAIR.finditer(text):
        a, b = m.group("a").lower(), m.group("b").lower()
        same_case = m.group("a").islower() == m.group("b").islower()
        if a in LANGUAGES and b in LANGUAGES and same_case and not {a, b} <= AMBIGUOUS_CODES:
            found[m.start("a")] = _code_mention(text, m.start("a"), m.end("a"))
            found[m.start("b")] = _code_mention(text, m.start("b"), m.end("b"))
    for name in names:
        m = re.match(r"\s*\(\s*([A-Za-z]{2})\s*\)", text[name.end :])
        if m and m.group(1).lower() == name.name:
            start = name.end + m.start(1)
            found[start] = _code_mention(text, start, start + 2)
    return list(found.values())


_OTHER_VARIETY = re.compile(r"\b(?:Low|Swiss|Ancient|Old|Middle|Classical|Upper|Lower)\s+$")


def find_entities(text: str) -> list[EntityMention]:
    """Datasets, models, methods, metrics and languages named in prose, in order of position."""
    norm, offsets = _normalize(text)
    # "Low German", "Swiss German", "Ancient Greek": another language than the one its last word names
    mentions = [m for m in VOCABULARY._find_normalized(norm)
                if not (m.kind == "language" and _OTHER_VARIETY.search(norm, max(0, m.start - 16), m.start))]
    names = [m for m in mentions if m.kind == "language"]
    mentions.extend(_language_codes(norm, names))
    restored = [_restore(text, offsets, m) for m in mentions]
    return sorted(restored, key=lambda m: (m.start, -m.end))


def kind_of(name: str) -> str | None:
    """The kind of a canonical name: "XLM-R" → "model", "de" → "language"; None when unknown."""
    if name in LANGUAGES or name in _NAMED_LANGUAGES:
        return "language"
    entry = VOCABULARY.lookup(name)
    return entry.kind if entry is not None and entry.name == name else None


def canonical(kind: str, surface: str) -> str | None:
    """Canonical name of ``surface`` as a ``kind``, header aliases included; None when unknown.

    >>> canonical("model", "XLM-RoBERTa"), canonical("language", "German"), canonical("language", "DE")
    ('XLM-R', 'de', 'de')
    """
    if kind == "language":
        code = match_language_code(surface)
        if code:
            return code
    entry = VOCABULARY.lookup(surface, kind)
    return entry.name if entry else None


__all__ = [
    "AMBIGUOUS_CODES",
    "PRETRAINING_CORPORA",
    "kind_of",
    "EntityMention",
    "KINDS",
    "LANGUAGES",
    "VOCABULARY",
    "Vocabulary",
    "canonical",
    "find_entities",
    "language_name",
    "match_language_code",
]
