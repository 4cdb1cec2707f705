"""Release versions of datasets: "the Universal Dependencies (UD) Treebanks (v2.2)", "release 2.3 of the Universal
Dependencies treebanks", "UD version 2.5".  A figure the number parser leaves to the name it belongs to, which a claim
can still get wrong (v2.3 is another paper's release of UD).
"""

from __future__ import annotations

import re

from synth.extract.vocabulary import find_entities

_VERSION = re.compile(r"\b(?:v\.?\s?|version\s+|release\s+)(?P<number>\d+(?:\.\d+)+)\b", re.IGNORECASE)
_OF_NAME = re.compile(r"\s*of\s+(?:the\s+)?")  # "release 2.3 of the Universal Dependencies"
REACH = 40  # characters between a dataset's name and the version given to it


def versions(text: str) -> dict[str, set[str]]:
    """Each dataset given a version, with the versions given to it: the one named right after "version X of", or
    else the nearest named just before the version."""
    found: dict[str, set[str]] = {}
    datasets = [e for e in find_entities(text) if e.kind == "dataset"]
    for m in _VERSION.finditer(text):
        after = _OF_NAME.match(text, m.end())
        named = [e for e in datasets if after and e.start == after.end()]
        named = named or [e for e in datasets if 0 <= m.start() - e.end <= REACH]
        if named:  # (entities come in order of position: the last is the nearest before)
            found.setdefault(named[-1].name, set()).add(m.group("number"))
    return found


def version_given_otherwise(claimed: dict[str, set[str]], theirs: dict[str, set[str]]) -> str | None:
    """A sentence giving a dataset of the claim another version, and not the claimed one (both read by ``versions``)."""
    for name, ours in sorted(claimed.items()):
        if theirs.get(name) and not ours & theirs[name]:
            return (f"the sentence gives {name} version {', '.join(sorted(theirs[name]))}, the claim "
                    f"{', '.join(sorted(ours))}")
    return None
