from pathlib import Path

import pytest

from synth.claimsets import load_claim_set, select_claims
from synth.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "claims" / "seed_report.yaml"


def test_seed_claim_set_has_the_twelve_claims_with_prior_verdicts():
    claim_set = load_claim_set(ROOT / "claims" / "seed_report.yaml")
    assert claim_set.cites == ["2104.08645", "2104.07412"]
    entries = claim_set.entries
    assert [e.id for e in entries] == [f"seed-{i:02d}" for i in range(1, 13)]
    assert entries[0].claim == "The cross-lingual transfer performance improves by 2.1 points on PAWS-X."
    assert "misalignment issues" in entries[10].claim
    verdicts = [e.prior_verdict for e in entries]
    assert verdicts.count("verified") == 11 and verdicts[1] == "not verified"
    assert all(e.source == "seed report" for e in entries)


def test_jsonl_with_extra_fields(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "a", "claim": "XLM-R beats mBERT on XNLI.", "prior_verdict": "supported"}\n\n'
                 '{"id": 2, "claim": "mBERT transfers."}\n')
    entries = load_claim_set(f).entries
    assert [(e.id, e.prior_verdict) for e in entries] == [("a", "supported"), ("2", None)]


def test_malformed_jsonl_line_is_named(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "a", "claim": "ok"}\n{"id": "b", "claim": \n')
    with pytest.raises(UsageError, match=r"c\.jsonl:2: not valid JSON"):
        load_claim_set(f)


@pytest.mark.parametrize("content,message", [
    ("", "no claims"),
    ("claims: []\n", "no claims"),
    ("- id: a\n", "non-empty 'id' and 'claim'"),
    ("- id: a\n  claim: x\n- id: a\n  claim: y\n", "more than once"),
    ("claims: {a: 1}\n", "expected a list"),
    ("- [unclosed\n", "not valid YAML"),
])
def test_bad_yaml_claim_sets(tmp_path, content, message):
    f = tmp_path / "c.yaml"
    f.write_text(content)
    with pytest.raises(UsageError, match=message):
        load_claim_set(f)


def test_select_claims_keeps_file_order_and_names_unknown_ids():
    seed = load_claim_set(SEED)
    picked = select_claims(seed, ["seed-02", "seed-01"], SEED)
    assert [e.id for e in picked.entries] == ["seed-01", "seed-02"]
    assert picked.cites == seed.cites
    assert select_claims(seed, [], SEED) is seed
    with pytest.raises(UsageError, match="no claim with id 'seed-99'.*seed-01, seed-02"):
        select_claims(seed, ["seed-01", "seed-99"], SEED)
