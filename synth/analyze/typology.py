"""Language typology offline from URIEL+ (the ``urielplus`` package): distances to a source language,
plus family and script from a small built-in table.

URIEL+ is indexed by ISO 639-3 codes; :data:`LANGUAGES` maps the ISO 639-1 codes of XNLI, PAWS-X and
XTREME's 40 languages (and a few more that the corpus mentions) to the code whose URIEL+ entry we use.
For macrolanguages the macrolanguage code is used (zh -> zho, ar -> ara, sw -> swa, ms -> msa,
fa -> fas, et -> est): in URIEL+ these carry as many or more syntactic features than the individual
languages (cmn, arb, swh, zsm, pes, ekk).

Distances are URIEL+ ``new_distance`` values (angular distance over the features both languages
have, union aggregation over sources), in [0, 1].  Loading URIEL+ takes about 2 s, so computed
distances are kept in memory and, when a :class:`synth.store.Cache` is given, in the cache as JSON.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from importlib import metadata

from synth.errors import SynthError, UsageError
from synth.records import LanguageTypology
from synth.store import Cache, content_key

DISTANCE_KINDS = ("genetic", "syntactic", "geographic", "phonological", "inventory", "featural", "script")

# code -> (ISO 639-3 used for URIEL+, English name, family (Glottolog top level), script)
LANGUAGES: dict[str, tuple[str, str, str, str]] = {
    "af": ("afr", "Afrikaans", "Indo-European", "Latin"),
    "am": ("amh", "Amharic", "Afro-Asiatic", "Ethiopic"),
    "ar": ("ara", "Arabic", "Afro-Asiatic", "Arabic"),
    "be": ("bel", "Belarusian", "Indo-European", "Cyrillic"),
    "bg": ("bul", "Bulgarian", "Indo-European", "Cyrillic"),
    "bn": ("ben", "Bengali", "Indo-European", "Bengali"),
    "ca": ("cat", "Catalan", "Indo-European", "Latin"),
    "cs": ("ces", "Czech", "Indo-European", "Latin"),
    "da": ("dan", "Danish", "Indo-European", "Latin"),
    "de": ("deu", "German", "Indo-European", "Latin"),
    "el": ("ell", "Greek", "Indo-European", "Greek"),
    "en": ("eng", "English", "Indo-European", "Latin"),
    "es": ("spa", "Spanish", "Indo-European", "Latin"),
    "et": ("est", "Estonian", "Uralic", "Latin"),
    "eu": ("eus", "Basque", "Basque (isolate)", "Latin"),
    "fa": ("fas", "Persian", "Indo-European", "Arabic"),
    "fi": ("fin", "Finnish", "Uralic", "Latin"),
    "fr": ("fra", "French", "Indo-European", "Latin"),
    "ha": ("hau", "Hausa", "Afro-Asiatic", "Latin"),
    "he": ("heb", "Hebrew", "Afro-Asiatic", "Hebrew"),
    "hi": ("hin", "Hindi", "Indo-European", "Devanagari"),
    "hr": ("hrv", "Croatian", "Indo-European", "Latin"),
    "ht": ("hat", "Haitian Creole", "Creole", "Latin"),
    "hu": ("hun", "Hungarian", "Uralic", "Latin"),
    "id": ("ind", "Indonesian", "Austronesian", "Latin"),
    "ig": ("ibo", "Igbo", "Atlantic-Congo", "Latin"),
    "it": ("ita", "Italian", "Indo-European", "Latin"),
    "ja": ("jpn", "Japanese", "Japonic", "Japanese (kanji, kana)"),
    "jv": ("jav", "Javanese", "Austronesian", "Latin"),
    "ka": ("kat", "Georgian", "Kartvelian", "Georgian"),
    "kk": ("kaz", "Kazakh", "Turkic", "Cyrillic"),
    "ko": ("kor", "Korean", "Koreanic", "Hangul"),
    "la": ("lat", "Latin", "Indo-European", "Latin"),
    "lv": ("lav", "Latvian", "Indo-European", "Latin"),
    "ml": ("mal", "Malayalam", "Dravidian", "Malayalam"),
    "mr": ("mar", "Marathi", "Indo-European", "Devanagari"),
    "ms": ("msa", "Malay", "Austronesian", "Latin"),
    "my": ("mya", "Burmese", "Sino-Tibetan", "Myanmar"),
    "ne": ("nep", "Nepali", "Indo-European", "Devanagari"),
    "nl": ("nld", "Dutch", "Indo-European", "Latin"),
    "no": ("nor", "Norwegian", "Indo-European", "Latin"),
    "or": ("ori", "Odia", "Indo-European", "Odia"),
    "pa": ("pan", "Punjabi", "Indo-European", "Gurmukhi"),
    "pl": ("pol", "Polish", "Indo-European", "Latin"),
    "pt": ("por", "Portuguese", "Indo-European", "Latin"),
    "qu": ("que", "Quechua", "Quechuan", "Latin"),
    "ro": ("ron", "Romanian", "Indo-European", "Latin"),
    "ru": ("rus", "Russian", "Indo-European", "Cyrillic"),
    "sk": ("slk", "Slovak", "Indo-European", "Latin"),
    "sl": ("slv", "Slovenian", "Indo-European", "Latin"),
    "so": ("som", "Somali", "Afro-Asiatic", "Latin"),
    "sr": ("srp", "Serbian", "Indo-European", "Cyrillic"),
    "sv": ("swe", "Swedish", "Indo-European", "Latin"),
    "sw": ("swa", "Swahili", "Atlantic-Congo", "Latin"),
    "ta": ("tam", "Tamil", "Dravidian", "Tamil"),
    "te": ("tel", "Telugu", "Dravidian", "Telugu"),
    "th": ("tha", "Thai", "Tai-Kadai", "Thai"),
    "tl": ("tgl", "Tagalog", "Austronesian", "Latin"),
    "tr": ("tur", "Turkish", "Turkic", "Latin"),
    "tt": ("tat", "Tatar", "Turkic", "Cyrillic"),
    "uk": ("ukr", "Ukrainian", "Indo-European", "Cyrillic"),
    "ur": ("urd", "Urdu", "Indo-European", "Arabic"),
    "vi": ("vie", "Vietnamese", "Austroasiatic", "Latin"),
    "wo": ("wol", "Wolof", "Atlantic-Congo", "Latin"),
    "xh": ("xho", "Xhosa", "Atlantic-Congo", "Latin"),
    "yo": ("yor", "Yoruba", "Atlantic-Congo", "Latin"),
    "zh": ("zho", "Chinese", "Sino-Tibetan", "Han"),
    "zu": ("zul", "Zulu", "Atlantic-Congo", "Latin"),
}

XNLI_LANGUAGES = ("en", "ar", "bg", "de", "el", "es", "fr", "hi", "ru", "sw", "th", "tr", "ur", "vi", "zh")
PAWSX_LANGUAGES = ("en", "de", "es", "fr", "ja", "ko", "zh")
XTREME_LANGUAGES = (
    "af", "ar", "bg", "bn", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "he", "hi", "hu", "id", "it",
    "ja", "jv", "ka", "kk", "ko", "ml", "mr", "ms", "my", "nl", "pt", "ru", "sw", "ta", "te", "th", "tl", "tr",
    "ur", "vi", "yo", "zh",
)

# individual-language / alternative ISO 639-3 codes people use, mapped to our 639-1 code
_INDIVIDUAL_ISO3 = {"cmn": "zh", "arb": "ar", "swh": "sw", "zsm": "ms", "pes": "fa", "ekk": "et", "nob": "no"}
_ISO3_ALIASES = _INDIVIDUAL_ISO3 | {
    "ger": "de", "fre": "fr", "chi": "zh", "gre": "el", "per": "fa", "dut": "nl", "baq": "eu", "geo": "ka",
    "bur": "my", "may": "ms", "cze": "cs", "rum": "ro", "slo": "sk",
}
_OWN_ISO3 = {v[0]: k for k, v in LANGUAGES.items()}
_ISO3_TO_1 = _OWN_ISO3 | _ISO3_ALIASES
# the ISO 639-3 codes of languages the claim vocabulary knows and the typology table above does not ("hye" in
# Tatoeba's columns): read in table headers, never placed in the typology
_OTHER_ISO3 = {
    "asm": "as", "aze": "az", "cym": "cy", "gle": "ga", "glg": "gl", "guj": "gu", "hye": "hy", "isl": "is",
    "khm": "km", "kan": "kn", "lit": "lt", "mkd": "mk", "mon": "mn", "sin": "si", "sqi": "sq", "uzb": "uz",
    "bos": "bs",
    # (languages the claim vocabulary names only in prose: Tatoeba's "fry", "tuk", "yid" columns, AmericasNLI's "aym")
    "aym": "ay", "bre": "br", "epo": "eo", "fao": "fo", "fry": "fy", "gla": "gd", "kin": "rw", "kur": "ku",
    "nno": "nn", "oci": "oc", "tuk": "tk", "uig": "ug", "yid": "yi",
}


def iso3_language(code: str) -> str | None:
    """The ISO 639-1 code of a language's own ISO 639-3 code ("deu" -> "de", "hye" -> "hy"); None for anything
    else.  Individual-language codes count too ("cmn", Mandarin, in Tatoeba's columns), not bibliographic ones
    ("may", "per"), which are words."""
    return _OWN_ISO3.get(code.lower()) or _OTHER_ISO3.get(code.lower()) or _INDIVIDUAL_ISO3.get(code.lower())


def normalise_code(code: str) -> str:
    """'ZH-cn' -> 'zh', 'deu' -> 'de'; codes we cannot place are returned lower-cased (no error)."""
    c = code.strip().lower().replace("_", "-").split("-")[0]
    return _ISO3_TO_1.get(c, c)


def to_iso3(code: str) -> str:
    """ISO 639-3 code that URIEL+ knows for an ISO 639-1 (or 639-3) code; UsageError otherwise."""
    c = normalise_code(code)
    if c in LANGUAGES:
        return LANGUAGES[c][0]
    if len(c) == 3 and c.isalpha() and c in _uriel_languages():
        return c
    raise UsageError(
        f"unknown language code {code!r}: give an ISO 639-1 code (e.g. 'de') or an ISO 639-3 code URIEL+ knows (e.g. 'deu')")


# --- URIEL+ ------------------------------------------------------------------------------------

_URIEL = None
_LOAD_SECONDS: float | None = None
_MEMORY: dict[tuple[str, str], dict[str, float | None]] = {}


@contextlib.contextmanager
def _quiet():
    """URIEL+ logs every distance at INFO (and calls logging.basicConfig on import): mute it."""
    previous = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(previous)


def urielplus_version() -> str:
    try:
        return metadata.version("urielplus")
    except metadata.PackageNotFoundError:
        return "unknown"


def _load():
    global _URIEL, _LOAD_SECONDS
    if _URIEL is None:
        start = time.perf_counter()
        with _quiet():
            try:
                from urielplus.urielplus import URIELPlus
            except ImportError as e:
                raise SynthError("typology needs the urielplus package: pip install 'synth[experiments]'") from e
            try:
                _URIEL = URIELPlus()
            except (OSError, ValueError) as e:
                raise SynthError(f"could not load URIEL+ data: {e}") from e
        _LOAD_SECONDS = time.perf_counter() - start
    return _URIEL


def load_seconds() -> float | None:
    """Seconds the URIEL+ load took in this process (None: not loaded yet)."""
    return _LOAD_SECONDS


def _uriel_languages() -> set[str]:
    u = _load()
    return {str(x) for x in u.langs[0]}


def _compute(iso_src: str, iso_tgt: str) -> dict[str, float | None]:
    u = _load()
    out: dict[str, float | None] = {}
    with _quiet():
        for kind in DISTANCE_KINDS:
            if iso_src == iso_tgt:
                out[kind] = 0.0
                continue
            try:
                out[kind] = round(float(u.new_distance(kind, iso_src, iso_tgt)), 4)
            except ValueError:  # no shared features of this kind for the pair
                out[kind] = None
    return out


def distances(lang: str, source: str = "en", cache: Cache | None = None) -> dict[str, float | None]:
    """URIEL+ distances of ``lang`` to ``source``, by kind (:data:`DISTANCE_KINDS`); None where URIEL+
    has no shared features for the pair."""
    src, tgt = to_iso3(source), to_iso3(lang)
    key = (src, tgt)
    ckey = content_key("urielplus-distance", urielplus_version(), src, tgt, DISTANCE_KINDS, "angular", "U")
    if key not in _MEMORY and cache is not None:
        text = cache.read_text("typology", ckey)
        if text is not None:
            _MEMORY[key] = json.loads(text)
    if key not in _MEMORY:
        _MEMORY[key] = _compute(src, tgt)
    if cache is not None and not cache.has("typology", ckey, "json"):
        cache.write_text("typology", ckey, json.dumps(_MEMORY[key], sort_keys=True))
    return dict(_MEMORY[key])


def family(lang: str) -> str | None:
    c = normalise_code(lang)
    if c in LANGUAGES:
        return LANGUAGES[c][2]
    # fall back to URIEL+'s phylogeny features: the widest F_ feature the language has
    u = _load()
    iso = to_iso3(c)
    idx = u._language_index[0].get(iso)
    if idx is None:
        return None
    feats = [str(u.feats[0][j]) for j, v in enumerate(u.data[0][idx]) if (v == 1).any()]
    if not feats:
        return None
    counts = {f: int((u.data[0][:, u._feature_index[0][f], :] == 1).any(axis=1).sum()) for f in feats}
    return max(counts, key=counts.get).removeprefix("F_")


def script(lang: str) -> str | None:
    c = normalise_code(lang)
    return LANGUAGES[c][3] if c in LANGUAGES else None


def typology(lang: str, source: str = "en", cache: Cache | None = None) -> LanguageTypology:
    """Everything the analysis needs about one language relative to ``source``."""
    c = normalise_code(lang)
    iso = to_iso3(c)
    return LanguageTypology(
        code=c, iso3=iso, name=LANGUAGES[c][1] if c in LANGUAGES else None, family=family(c), script=script(c),
        source=normalise_code(source), distances=distances(c, source, cache))
