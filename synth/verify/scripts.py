"""Writing systems a claim names ("the languages written in the Adlam script") and the ISO 15924 codes
that head a table's columns ("Latn", "Ethi", "Tfng"): a script's column is its own, no other one."""

from __future__ import annotations

import re

# ISO 15924 code -> the names a claim may write it by
SCRIPTS = {
    "Adlm": ("Adlam",), "Arab": ("Arabic",), "Armn": ("Armenian",), "Beng": ("Bengali", "Bangla"),
    "Cyrl": ("Cyrillic",), "Deva": ("Devanagari",), "Ethi": ("Ethiopic", "Ge'ez", "Geez", "Ge’ez"),
    "Geor": ("Georgian",), "Grek": ("Greek",), "Gujr": ("Gujarati",), "Guru": ("Gurmukhi",),
    "Hang": ("Hangul",), "Hani": ("Han", "Chinese"), "Hans": ("Simplified Chinese", "simplified Han"),
    "Hant": ("Traditional Chinese", "traditional Han"), "Hebr": ("Hebrew",), "Jpan": ("Japanese",),
    "Khmr": ("Khmer",), "Knda": ("Kannada",), "Laoo": ("Lao",), "Latn": ("Latin", "Roman"),
    "Mlym": ("Malayalam",), "Mymr": ("Myanmar", "Burmese"), "Nkoo": ("N'Ko", "N’Ko", "NKo"), "Orya": ("Odia", "Oriya"),
    "Sinh": ("Sinhala",), "Taml": ("Tamil",), "Telu": ("Telugu",), "Tfng": ("Tifinagh",), "Thaa": ("Thaana",),
    "Thai": ("Thai",), "Tibt": ("Tibetan",),
}
_CODE = re.compile(r"\b(" + "|".join(SCRIPTS) + r")\b")
_NAMED = {name.lower(): code for code, names in SCRIPTS.items() for name in names}
_ANY_NAME = "|".join(sorted((re.escape(n) for n in _NAMED), key=len, reverse=True))
_CLAIMED = re.compile(rf"\b({_ANY_NAME})(?:\s+|-)(?:script|alphabet|syllabary|writing system)s?\b", re.IGNORECASE)
_LISTED_BEFORE = re.compile(rf"({_ANY_NAME})(?:\s*,\s*|\s+and\s+|\s+or\s+)$", re.IGNORECASE)


def claimed_scripts(text: str) -> set[str]:
    """The ISO 15924 codes of the scripts a claim names as scripts ("in the Adlam script", "Latin and Cyrillic
    scripts", "the four Arabic-script languages")."""
    codes = set()
    for m in _CLAIMED.finditer(text):
        codes.add(_NAMED[m.group(1).lower()])
        before = text[:m.start()]
        while listed := _LISTED_BEFORE.search(before):
            codes.add(_NAMED[listed.group(1).lower()])
            before = before[:listed.start()]
    return codes


def claimed_script(text: str) -> str | None:
    """The one script a claim names as a script, else None (none, or several: "Latin and Cyrillic scripts")."""
    codes = claimed_scripts(text)
    return codes.pop() if len(codes) == 1 else None


def header_scripts(headers: list[str] | tuple[str, ...]) -> set[str]:
    """The script codes a cell's headers print ("Script / Ethi" -> {"Ethi"})."""
    return set(_CODE.findall(" ".join(headers)))
