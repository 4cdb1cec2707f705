"""Tables whose row labels give one setting to each of two roles, in the order a header names the roles.

XLM's unsupervised MT table heads its rows "Our results for different encoder and decoder initializations" and
labels them "CLM MLM" (a CLM-pretrained encoder with an MLM-pretrained decoder), "- CLM" (a random encoder),
"EMB EMB" and so on.  No row names a model or a method the way a claim does ("pretraining only the encoder with
MLM", "a CLM-pretrained encoder and an MLM-pretrained decoder", "leaving both randomly initialised"), so the
generic table reading cannot tell these rows apart.  This module reads the settings each role gets, in the table
and in the claim, so that a claimed score, difference or ranking is read from the rows it describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.parse.numbers import NumberMention
from synth.verify.arithmetic import decimals, difference_matches, values_match
from synth.verify.tables import CellView, TableCheck, TableView

# "different encoder and decoder initializations"
_ROLES_HEADER = re.compile(r"\b([a-z]+)\s+and\s+([a-z]+)\s+(?:initiali[sz]ations?|configurations?)\b", re.IGNORECASE)
_SETTING = re.compile(r"-|[A-Z][A-Z0-9]+")  # a setting of one role in a row label ("MLM"), "-" none
RANDOM = "-"
MIN_ROWS = 4  # rows of role settings that make a table of them
# where one configuration a claim compares ends and the other begins
_SIDES_SPLIT = re.compile(r"\bthan\b|\bover\b|\bcompared\s+(?:with|to)\b|\brelative\s+to\b"
                          r"|\b(?:beats?|beating|outperforms?|outperforming|versus|vs\.?)\b")
_RANDOM_WORDS = re.compile(r"\brandom(?:ly)?\b")
_REVERSE = re.compile(r"\b(?:the\s+)?reverse(?:d)?\b")


@dataclass(frozen=True)
class RoleTable:
    """The two roles a table's rows set, and each role-setting row's cells by (setting of the first role, of
    the second)."""

    roles: tuple[str, str]
    rows: dict[tuple[str, str], tuple[CellView, ...]]


def role_table(view: TableView) -> RoleTable | None:
    """The roles and rows of a table of role settings; None for any other table."""
    roles = None
    for text in (*(p for c in view.cells for p in c.cell.row_header[:-1]), view.table.caption or ""):
        m = _ROLES_HEADER.search(text)
        if m and m.group(1).lower() != m.group(2).lower():
            roles = (m.group(1).lower(), m.group(2).lower())
            break
    if roles is None:
        return None
    rows: dict[tuple[str, str], list[CellView]] = {}
    for c in view.cells:
        label = c.cell.row_header[-1].split() if c.cell.row_header else []
        if len(label) == 2 and all(_SETTING.fullmatch(s) for s in label):
            rows.setdefault((label[0], label[1]), []).append(c)
    if len(rows) < MIN_ROWS:
        return None
    return RoleTable(roles, {k: tuple(v) for k, v in rows.items()})


def _role_settings(part: str, roles: tuple[str, str], settings: set[str]) -> dict[str, str]:
    """The setting the words ``part`` give each role they name; none where they give a role two settings (one
    part comparing two configurations, "only the encoder with MLM differs from both with MLM")."""
    given: dict[str, set[str]] = {r: set() for r in roles}
    # ("both the encoder and the decoder" as "both encoder and decoder")
    part = re.sub(r"\bboth\s+the\s+(\w+)\s+and\s+the\s+(\w+)", r"both \1 and \2", part, flags=re.IGNORECASE)
    words = re.findall(r"[A-Za-z0-9]+|[(),]", part)
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w.rstrip("s") not in roles:
            continue
        role = w.rstrip("s")
        # "pretraining both encoder and decoder with MLM": the setting is both roles'
        both = (i >= 1 and low[i - 1] == "both") or (i >= 2 and low[i - 2] == "both" and low[i - 1] == "and")
        found = _setting_before(words, low, i, settings, roles) or _setting_after(words, low, i, settings, roles)
        if found is not None:
            for r in (roles if both or _both_follows(low, i, roles) else (role,)):
                given[r].add(found)
    # "only the encoder": the other role keeps its random initialisation
    for i, w in enumerate(low[:-2]):
        if w == "only" and low[i + 1] == "the" and low[i + 2].rstrip("s") in roles:
            named = low[i + 2].rstrip("s")
            given[roles[1] if named == roles[0] else roles[0]].add(RANDOM)
    if any(len(s) > 1 for s in given.values()):
        return {}
    return {r: s.pop() for r, s in given.items() if s}


def _both_follows(low: list[str], i: int, roles: tuple[str, str]) -> bool:
    """"both encoder and decoder": the first role named after "both", with the other following it."""
    return i >= 1 and low[i - 1] == "both" and i + 2 < len(low) and low[i + 1] == "and" and low[i + 2] in roles


def _setting_before(words: list[str], low: list[str], i: int, settings: set[str],
                    roles: tuple[str, str]) -> str | None:
    """"a CLM-pretrained encoder", "an MLM encoder", "CLM-pretraining only the decoder", "random encoder"."""
    j = i - 1
    while j >= 0 and low[j] in ("a", "an", "the", "only", "both", "pretrained", "pretraining", "and"):
        if low[j] == "and":  # only within "both encoder and decoder"
            if not (j >= 2 and low[j - 1] in roles and low[j - 2] == "both"):
                return None
            j -= 1
        j -= 1
    if j < 0:
        return None
    if words[j] in settings:
        return words[j]
    return RANDOM if low[j] in ("random", "randomly") else None


def _setting_after(words: list[str], low: list[str], i: int, settings: set[str],
                   roles: tuple[str, str]) -> str | None:
    """"the encoder with MLM", "the decoder with a CLM model", "decoder randomly initialised",
    "the encoder stays randomly initialised"."""
    j = i + 1
    if j + 1 < len(low) and low[j] == "and" and low[j + 1] in roles:
        j += 2  # "both encoder and decoder with MLM"
    # "are initialised from a CLM-pretrained model", "initialising both [...] from an MLM-pretrained model": the
    # setting a role is initialised from
    k = j + (j < len(low) and low[j] in ("is", "are", "was", "were"))
    participle = k + 1 < len(low) and low[k] in ("initialised", "initialized") and low[k + 1] in ("from", "with")
    k += participle
    if k < len(low) and (low[k] == "from" or participle):
        k += 1
        while k < len(low) and low[k] in ("a", "an", "the"):
            k += 1
        return words[k] if k < len(words) and words[k] in settings else None
    rest = low[j:j + 4]
    if rest[:1] == ["with"]:
        for k in range(j + 1, min(j + 4, len(words))):
            if words[k] in settings:
                return words[k]
            if low[k] not in ("a", "an", "the"):
                break
        return None
    if any(w in ("random", "randomly") for w in rest[:3]) and all(
            w in ("stays", "stay", "is", "left", "kept", "remains", "random", "randomly", "initialised", "initialized")
            for w in rest[:rest.index("randomly" if "randomly" in rest else "random") + 1]):
        return RANDOM
    return None


def claimed_configurations(claim: str, table: RoleTable) -> list[tuple[str, str]]:
    """The configurations a claim describes, in order ("by pretraining only the encoder with MLM [...] than by
    pretraining both encoder and decoder with MLM": ("MLM", "-") and ("MLM", "MLM")); empty where some part
    of the claim leaves a role's setting unsaid."""
    settings = {s for pair in table.rows for s in pair if s != RANDOM}
    parts = _SIDES_SPLIT.split(claim)
    if len(parts) > 2:
        return []
    out: list[tuple[str, str]] = []
    said_before: set[str] = set()
    for part in parts:
        given = _role_settings(part, table.roles, settings)
        mentioned = {s for s in settings if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w])", part)}
        names_role = any(w.lower().rstrip("s") in table.roles for w in re.findall(r"[A-Za-z]+", part))
        if not names_role:
            # "initialising the lookup table with cross-lingual embeddings (EMB)": one setting for the whole
            # model; "a fully random initialisation"
            if len(mentioned) == 1:
                given = dict.fromkeys(table.roles, mentioned.pop())
            elif not mentioned and _RANDOM_WORDS.search(part.lower()):
                given = dict.fromkeys(table.roles, RANDOM)
        elif len(given) < 2 and not mentioned and len(said_before) == 1:
            # "than from initialising only the decoder that way"
            given = _role_settings(part.replace(" that way", f" with {next(iter(said_before))}"), table.roles,
                                   settings) if " that way" in part else given
        if len(given) < 2 and out and _REVERSE.search(part.lower()):
            first = out[-1]
            given = {table.roles[0]: first[1], table.roles[1]: first[0]}
        if len(given) < 2:
            return []
        out.append((given[table.roles[0]], given[table.roles[1]]))
        said_before = {s for s in out[-1] if s != RANDOM} or said_before
    return out


_UP = re.compile(r"\b(?:more|higher|better|lifts?|gains?|improves?|beats?|outperforms?|above|ahead)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:costs?|less|lower|worse|drops?|loses?|below|hurts?|behind)\b", re.IGNORECASE)
_PAIR = re.compile(r"([a-z]{2})\s*[-–→]\s*([a-z]{2})")


def direction_cell(cells: tuple[CellView, ...], direction: tuple[str, str]) -> CellView | None:
    """The cell of a row under the column of one translation direction ("en-de" for English-to-German)."""
    found = [c for c in cells if c.cell.column_header and c.cell.value is not None
             and (m := _PAIR.fullmatch(c.cell.column_header[-1].strip())) and (m.group(1), m.group(2)) == direction]
    return found[0] if len(found) == 1 else None


def claimed_sign(claim: str) -> int:
    """+1 where the claim says its first configuration does better ("more", "lifts", "beats"), -1 where worse
    ("costs", "lower"), 0 where it says neither or both."""
    up, down = bool(_UP.search(claim)), bool(_DOWN.search(claim))
    return 0 if up == down else 1 if up else -1


def role_check_by_direction(numbers: list[NumberMention], config: tuple[str, str],
                            cells: list[CellView]) -> TableCheck | None:
    """Two numbers for one configuration in two directions, in the order the claim writes them ("22.7 BLEU for
    English-to-German and 30.5 for German-to-English"): each read under its own direction's column."""
    if len(numbers) != len(cells) or len(cells) < 2:
        return None
    agrees = all(values_match(n.value, decimals(n.text), c.cell.value, decimals(c.cell.text))
                 for n, c in zip(numbers, cells))
    printed = " and ".join(f"{c.cell.text} under {c.cell.column_header[-1]}" for c in cells)
    return TableCheck(agrees, f"row {' '.join(config)} prints {printed}; claimed "
                              f"{', '.join(n.text for n in numbers)}", tuple(cells))


def role_check(claim: str, numbers: list[NumberMention], configs: list[tuple[str, str]],
               cells: list[CellView]) -> TableCheck | None:
    """The claim's numbers, or its ranking, read from the cells of the configurations it describes: a number is
    borne out as the score of the configuration it is written with, or as the difference between the two in the
    claimed direction; None where the claim says too little to tell."""
    labels = [" ".join(c) for c in configs]
    split = _SIDES_SPLIT.search(claim)
    second_from = split.start() if split else len(claim)
    sign = claimed_sign(claim)
    claimed = "; claimed " + ", ".join(n.text for n in numbers) if numbers else ""
    if len(configs) == 1:
        if len(numbers) != 1:
            return None
        (n,), (c,) = numbers, cells
        return TableCheck(values_match(n.value, decimals(n.text), c.cell.value, decimals(c.cell.text)),
                          f"row {labels[0]} prints {c.cell.text} under {c.cell.column_header[-1]}{claimed}", (c,))
    if len(configs) != 2:
        return None
    a, b = cells
    diff = a.cell.value - b.cell.value
    dec = max(decimals(a.cell.text), decimals(b.cell.text))
    description = (f"row {labels[0]} {a.cell.text} vs row {labels[1]} {b.cell.text} under "
                   f"{a.cell.column_header[-1]}: difference {diff:+.{dec}f}")
    if abs(diff) < 10 ** -dec / 2:
        return None
    if not numbers:
        if sign == 0:
            return None
        return TableCheck((diff > 0) == (sign > 0), f"{description}; claimed {'higher' if sign > 0 else 'lower'}",
                          (a, b))
    agrees = True
    for n in numbers:
        own = a if n.start < second_from else b
        if values_match(n.value, decimals(n.text), own.cell.value, decimals(own.cell.text)):
            continue
        if difference_matches(n.value, decimals(n.text), a.cell.value, b.cell.value, dec):
            if sign == 0:
                return None
            agrees = agrees and (diff > 0) == (sign > 0)
            continue
        agrees = False
    return TableCheck(agrees, description + claimed, (a, b))
