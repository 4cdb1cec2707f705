"""Verdict rules and the paired bootstrap, on synthetic measurements."""

import numpy as np
import pytest

from synth.verify.experiment.compare import (
    MIN_SEEDS,
    VERDICT_RULES,
    Measurement,
    bits_to_array,
    compare,
    decide,
)


def measurement(effect_points: float, seeds=(1, 2, 3), n=2000, base=0.6, targets=("de", "fr"), noise_seed=0):
    """Baseline correct with prob. `base`; the method flips exactly round(effect·n/100) more rows to correct."""
    rng = np.random.default_rng(noise_seed)
    b, m = {}, {}
    for s in seeds:
        b[s], m[s] = {}, {}
        for t in targets:
            bl = (rng.random(n) < base).astype(np.uint8)
            me = bl.copy()
            k = int(round(abs(effect_points) * n / 100))
            pool = np.flatnonzero(bl == 0) if effect_points > 0 else np.flatnonzero(bl == 1)
            me[rng.choice(pool, size=k, replace=False)] = 1 if effect_points > 0 else 0
            # seed-to-seed and row noise: swap a few rows both ways
            swap = rng.choice(n, size=40, replace=False)
            me[swap[:20]] = 1 - me[swap[:20]]
            me[swap[20:]] = 1 - me[swap[20:]]
            b[s][t], m[s][t] = bl, me
    return Measurement(list(targets), b, m)


def test_bootstrap_interval_is_around_the_effect_and_deterministic():
    c = compare(measurement(3.0))
    assert c.delta == pytest.approx(3.0, abs=0.6)
    lo, hi = c.interval
    assert lo < c.delta < hi and hi - lo < 3.0
    assert c.n_seeds == 3 and len(c.seed_deltas) == 3 and set(c.per_target_delta) == {"de", "fr"}
    assert compare(measurement(3.0)).interval == c.interval
    assert c.method_mean - c.baseline_mean == pytest.approx(c.delta)


def test_verdicts_on_synthetic_measurements():
    big = compare(measurement(3.0)).interval
    zero = compare(measurement(0.0)).interval
    assert decide(3.0, "increase", big, 3)[0] == "reproduced"
    assert decide(10.0, "increase", big, 3)[0] == "direction_only"
    assert decide(0.3, "increase", big, 3)[0] == "direction_only"
    assert decide(2.1, "increase", zero, 3)[0] == "not_reproduced"
    assert decide(-3.0, "decrease", big, 3)[0] == "not_reproduced"
    neg = compare(measurement(-3.0)).interval
    assert decide(-3.0, "decrease", neg, 3)[0] == "reproduced"
    assert decide(2.1, "increase", neg, 3)[0] == "not_reproduced"
    # a wide interval holding both 0 and the claim
    assert decide(2.1, "increase", (-1.0, 4.0), 3)[0] == "inconclusive"
    # claims of direction only
    assert decide(None, "increase", big, 3)[0] == "reproduced"
    assert decide(None, "increase", neg, 3)[0] == "not_reproduced"
    assert decide(None, "increase", (-0.3, 0.4), 3)[0] == "not_reproduced"
    assert decide(None, "increase", (-1.0, 3.0), 3)[0] == "inconclusive"
    assert decide(None, "decrease", neg, 3)[0] == "reproduced"


def test_one_seed_is_inconclusive_whatever_the_interval():
    c = compare(measurement(3.0, seeds=(1,)))
    verdict, reason = decide(3.0, "increase", c.interval, c.n_seeds)
    assert MIN_SEEDS == 2 and verdict == "inconclusive" and "rule 1" in reason


def test_rules_text_and_bits():
    for word in ("reproduced", "direction_only", "not_reproduced", "inconclusive", "seeds"):
        assert word in VERDICT_RULES
    assert bits_to_array("0110").tolist() == [0, 1, 1, 0]


def test_rows_must_match():
    m = measurement(1.0, seeds=(1,))
    m.method[1]["de"] = m.method[1]["de"][:-1]
    with pytest.raises(ValueError, match="different rows"):
        compare(m)
