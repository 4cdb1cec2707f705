"""Number matching with rounding tolerance.

A claimed number matches a printed one when they agree up to the coarser of the two precisions
(a claimed 65.38 matches a printed 65.4).  A claimed difference matches two printed numbers when
their difference agrees up to the claim's precision plus one unit of the printed precision, since a
paper may compute a gap from unrounded scores (84.04 − 81.86 prints as 84.0 and 81.9 but is 2.2).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from synth.parse.numbers import POWER_OF_TEN, direction_of, find_numbers, power_of_ten

# ".63" as printed in tables of fractions; "2e-4", "5 x 10^-6" as learning rates are written
_NUMBER = re.compile(r"(?:\d+|(?=\.\d))(?:\.(\d+))?(?:\s*(?:[eE]|[x×]\s*10\^?)(?P<exp>[-−+]?\d+))?")
EPS = 1e-9


def decimals(text: str) -> int:
    """The decimal places a number is written to: 2 for "65.38", 5 for "1e-5" (so "2e-4" is another value)."""
    power = POWER_OF_TEN.search(text)
    if power:
        return power_of_ten(power)[1]
    m = _NUMBER.search(text.replace(",", ""))
    if not m:
        return 0
    places = len(m.group(1)) if m.group(1) else 0
    return max(0, places - int(m.group("exp").replace("−", "-"))) if m.group("exp") else places


def _fmt_decimals(x: float) -> int:
    s = f"{x:.6f}".rstrip("0")
    return len(s.split(".")[1]) if "." in s else 0


def values_match(claimed: float, claimed_dec: int, printed: float, printed_dec: int) -> bool:
    """Agreement up to the coarser precision; but a printed integer never stands for a claimed
    fraction (a count "1" is not a score of 0.75); nor does a printed zero stand for anything else (a
    rounded "0.00" is no claimed 0.001)."""
    if (abs(printed) <= EPS) != (abs(claimed) <= EPS):
        return False
    if printed_dec == 0 and claimed_dec > 0:
        return abs(claimed - printed) <= EPS
    tol = 0.5 * 10 ** -min(claimed_dec, printed_dec)
    return abs(claimed - printed) <= tol + EPS


def difference_matches(claimed: float, claimed_dec: int, a: float, b: float, printed_dec: int) -> bool:
    if printed_dec == 0 and claimed_dec > 0:  # integers differ by an integer: "19 − 18" is no claimed .39
        return abs(abs(claimed) - abs(a - b)) <= EPS
    tol = 0.5 * 10 ** -claimed_dec + 10 ** -printed_dec
    return abs(abs(claimed) - abs(a - b)) <= tol + EPS


@dataclass(frozen=True)
class Printed:
    """A number printed in evidence, with how it was read."""

    value: float
    decimals: int
    how: str  # "value" | "delta" | "difference a − b" | "change" (a value in a sentence about a change) | "count"
    bound: bool = False  # printed as a bound itself ("covers more than 98%")


def printed_numbers(text: str, differences: bool = True) -> list[Printed]:
    """Values and stated deltas in one sentence, and, when asked, the differences between pairs of
    its values (only for sentences with 2–4 values: "from 64.6% to 68.4%", "71.2 vs 49.7")."""
    out: list[Printed] = []
    values: list[tuple[float, int]] = []
    for m in find_numbers(text):
        if m.count:
            continue
        dec = decimals(m.text)
        if m.value is not None:
            out.append(Printed(m.value, dec, "value", m.qualifier in ("at_least", "at_most")))
            values.append((m.value, dec))
        for v in m.values:
            if m.value is None or v != m.value:
                out.append(Printed(v, dec, "value"))
                values.append((v, dec))
        if m.delta is not None:
            # ("by more than 9 BLEU" bears out a claimed "more than 9": the bound is printed as such)
            out.append(Printed(m.delta, max(dec, _fmt_decimals(m.delta)), "delta", m.qualifier in ("at_least", "at_most")))
    if differences and direction_of(text).sign:
        # "adversarial training improves transfer (0.21 and 0.54 UAS ...)": the values are the changes
        out.extend(Printed(v, dec, "change") for v, dec in values)
    if differences and 2 <= len(values) <= 4:
        for i, (a, da) in enumerate(values):
            for b, db in values[i + 1:]:
                d = max(da, db)
                out.append(Printed(round(a - b, d), d, f"difference {a:g} − {b:g}"))
    return out


BOUND_SLACK = 1.5
APPROX_ROUND = 0.05  # "about 45%": within 5% of the claimed value
APPROX_DECIMAL = 0.01  # "about 82.5%": a number written to a decimal is meant more closely


def _rounding_step(claimed: float, dec: int) -> float:
    """How far a number said to be "about" it may lie: "about 66" is 65 to 67, "about 65" (a round
    five) 62.5 to 67.5, "about 70" or "about 1,000" half their last round step either way."""
    if dec > 0:
        return math.inf
    n, step = int(round(abs(claimed))), 1
    while n and n % 10 == 0:
        n, step = n // 10, step * 10
    if n % 5 == 0 and n:
        return 2.5 * step  # a round five: "about 65" is 62.5 to 67.5
    return max(1.0, step / 2)  # "about 66" is 65 to 67, "about 70" 65 to 75


def number_agrees(claimed: float, claimed_dec: int, printed: Printed, is_delta: bool,
                  qualifier: str | None = None, strict: bool = False) -> bool:
    if is_delta and printed.how in ("value", "count"):
        return False
    # "raising λ above 0.25" is not borne out by a printed 0.25: a strict bound excludes its own value
    if strict and qualifier in ("at_least", "at_most") and not printed.bound and abs(abs(printed.value) - abs(claimed)) <= EPS:
        return False
    # "more than 20 points" is borne out by 23, not by 75: a bound far from the printed number misleads
    if qualifier == "at_least":
        return abs(claimed) - EPS <= abs(printed.value) <= BOUND_SLACK * abs(claimed) + EPS
    if qualifier == "at_most":
        return abs(claimed) / BOUND_SLACK - EPS <= abs(printed.value) <= abs(claimed) + EPS
    if qualifier == "approx":
        # "about 45%" allows a few points; "about 82.5%", written to a decimal, about one
        share = APPROX_DECIMAL if claimed_dec > 0 else APPROX_ROUND
        allowed = max(0.5 * 10 ** -claimed_dec, min(share * abs(claimed), _rounding_step(claimed, claimed_dec)))
        return abs(abs(printed.value) - abs(claimed)) <= allowed + EPS
    if printed.how.startswith("difference"):
        if printed.decimals == 0 and claimed_dec > 0:
            return abs(abs(claimed) - abs(printed.value)) <= EPS
        return abs(abs(claimed) - abs(printed.value)) <= 0.5 * 10 ** -claimed_dec + 10 ** -printed.decimals + EPS
    if is_delta:
        return values_match(abs(claimed), claimed_dec, abs(printed.value), printed.decimals)
    return values_match(claimed, claimed_dec, printed.value, printed.decimals)
