from synth.analyze.synthesis import findings
from synth.records import Analysis, Correlation, FamilyGroup


def _corr(distance, rho, lo, hi, n=14):
    return Correlation(distance=distance, model="XLM-R", dataset="XNLI", n=n, rho=rho, ci_low=lo, ci_high=hi,
                       paper="1911.02116", table="Table 1", languages=["de", "sw"])


def test_findings_state_only_what_the_interval_bears_out():
    analysis = Analysis(source="en", correlations=[
        _corr("syntactic", 0.93, 0.73, 0.99), _corr("genetic", 0.40, -0.10, 0.77),
        _corr("geographic", -0.6, -0.9, -0.2), _corr("featural", 0.6, 0.1, 0.8), _corr("syntactic", 0.9, 0.1, 1.0, n=6)])
    texts = [c.text for c in findings(analysis)]
    assert len(texts) == 3  # featural not asked for, n=6 too few
    assert "grows with syntactic distance" in texts[0] and "rho = 0.93" in texts[0] and "[0.73, 0.99]" in texts[0]
    assert "no clear relation with genetic distance" in texts[1]
    assert "shrinks as geographic distance" in texts[2]


def test_family_finding_needs_two_families_with_two_languages():
    one = Analysis(source="en", family_groups=[
        FamilyGroup(model="mBERT", dataset="XNLI", family="Indo-European", n=8, mean_gap=14.4, languages=["de"]),
        FamilyGroup(model="mBERT", dataset="XNLI", family="Turkic", n=1, mean_gap=20.6, languages=["tr"])])
    assert findings(one) == []
    two = Analysis(source="en", family_groups=[*one.family_groups, FamilyGroup(
        model="mBERT", dataset="XNLI", family="Afro-Asiatic", n=2, mean_gap=17.0, languages=["ar", "he"])])
    [claim] = findings(two)
    assert "Afro-Asiatic languages (ar, he)" in claim.text and claim.value == 17.0 and claim.paper is None
