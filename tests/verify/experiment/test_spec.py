"""Claims → specs (the seed claim set), and bad specs give one clear line."""

from pathlib import Path

import pytest

from synth.claimsets import load_claim_set
from synth.errors import OfflineError, UsageError
from synth.store import Cache
from synth.verify.experiment.model import load_encoder
from synth.verify.experiment.spec import (
    BUDGETS,
    E5_SMALL,
    ClaimReading,
    NotRunnable,
    get_budget,
    make_spec,
    read_claim,
)

SEED_CLAIMS = Path(__file__).resolve().parents[3] / "claims" / "seed_report.yaml"


def test_seed_claims_map_to_specs():
    entries = {e.id: e.claim for e in load_claim_set(SEED_CLAIMS).entries}
    r1 = read_claim(entries["seed-01"], "smoke", offline=True)
    assert isinstance(r1, ClaimReading)
    assert (r1.spec.task, r1.spec.setting, r1.claimed_delta, r1.direction) == ("pawsx", "standard", 2.1, "increase")
    assert r1.spec.methods == ["baseline", "rs_da"] and r1.spec.encoder == E5_SMALL
    assert r1.spec.languages == ["en", "de", "es", "fr", "ja", "ko", "zh"] and r1.spec.seeds == [1]
    r2 = read_claim(entries["seed-02"], "reduced", offline=True)
    assert (r2.spec.task, r2.claimed_delta, len(r2.spec.languages), r2.spec.seeds) == ("xnli", 1.6, 15, [1, 2, 3])
    r3 = read_claim(entries["seed-03"], "smoke", offline=True)
    assert (r3.spec.task, r3.spec.setting, r3.claimed_delta) == ("pawsx", "generalized", None)
    assert any("generalized" in n for n in r3.notes)
    for cid in [f"seed-{i:02d}" for i in range(4, 13)]:
        r = read_claim(entries[cid], "smoke", offline=True)
        assert isinstance(r, NotRunnable) and "no task" in r.reason, cid


def test_claim_details():
    r = read_claim("Adversarial training on XLM-R drops XNLI accuracy in Swahili by 0.8 points.", "full", offline=False)
    assert r.spec.methods == ["baseline", "adversarial"] and r.spec.encoder == "xlm-roberta-base"
    assert r.claimed_delta == -0.8 and r.direction == "decrease" and r.spec.languages == ["en", "sw"]
    assert r.spec.seeds == list(BUDGETS["full"].seeds)
    r = read_claim("RS-RP improves mBERT on PAWS-X by 1%", "smoke", offline=True)
    assert r.spec.methods[1] == "rs_rp" and r.spec.encoder == "bert-base-multilingual-cased"
    assert any("accuracy points" in n for n in r.notes)
    assert isinstance(read_claim("PAWS-X has 7 languages.", "smoke", True), NotRunnable)
    assert isinstance(read_claim("RS-DA improves PAWS-X in Swahili", "smoke", True), NotRunnable)
    assert isinstance(read_claim("It improves PAWS-X and XNLI by 1 point", "smoke", True), NotRunnable)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(task="squad"), "unknown task 'squad'; synth runs pawsx, xnli"),
        (dict(languages=["en", "xx"]), "unknown language 'xx' for PAWS-X"),
        (dict(languages=["de"]), "must include the source language 'en'"),
        (dict(encoder="not a model!"), "unknown encoder 'not a model!'"),
        (dict(methods=["baseline", "dropout"]), "unknown method 'dropout'"),
        (dict(methods=["rs_da"]), "must include 'baseline'"),
        (dict(budget="huge"), "unknown budget 'huge'"),
        (dict(seeds=[]), "seeds must be a non-empty list"),
    ],
)
def test_bad_specs_give_one_clear_line(kwargs, message):
    args = dict(task="pawsx", methods=["baseline", "rs_da"], encoder=E5_SMALL, budget="smoke")
    args.update(kwargs)
    with pytest.raises(UsageError) as err:
        make_spec(**args)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_unknown_budget_and_missing_encoder(tmp_path):
    with pytest.raises(UsageError, match="unknown budget 'tiny'"):
        get_budget("tiny")
    with pytest.raises(OfflineError, match="not in the local Hugging Face cache") as err:
        load_encoder("no-such-org/no-such-encoder-xyz", Cache(tmp_path), offline=True)
    assert "\n" not in str(err.value)
