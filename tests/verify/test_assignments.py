"""Resources a sentence assigns to groups of languages (assignments.py)."""

from synth.verify.assignments import assignments, given_to_others

# 1809.05053 p.8: each group of languages is named first, its corpus after it
XNLI = ("For French, Spanish, Russian, Arabic and Chinese, we use the United Nation corpora (Ziemski et al., 2016), for "
        "German, Greek and Bulgarian, the Europarl corpora (Koehn, 2005), for Turkish, Vietnamese and Thai, the "
        "OpenSubtitles 2018 corpus (Tiedemann, 2012) and for Hindi, the IIT Bombay corpus (Anoop et al., 2018).")
# 1901.07291 p.5: each corpus is named first, its languages after it
XLM = ("We extract the following corpora from the OPUS 3 website Tiedemann (2012): the EUbookshop corpus for German, "
       "Greek and Bulgarian, OpenSubtitles 2018 for Turkish, Vietnamese and Thai, Tanzil for both Urdu and Swahili and "
       "GlobalVoices for Swahili.")


def test_languages_named_before_or_after_their_resource():
    assert ("Europarl", frozenset({"de", "el", "bg"})) in assignments(XNLI)
    assert ("OpenSubtitles", frozenset({"tr", "vi", "th"})) in assignments(XNLI)
    assert ("EUbookshop", frozenset({"de", "el", "bg"})) in assignments(XLM)
    assert ("OpenSubtitles", frozenset({"tr", "vi", "th"})) in assignments(XLM)
    # one resource for one group is no list of assignments
    assert assignments("We use WikiAnn for English-Russian and English-French.") == []


def test_a_resource_given_to_other_languages_than_the_claims():
    assert "OpenSubtitles for th, tr, vi" in given_to_others("Europarl", {"tr", "vi", "th"}, XNLI)
    assert given_to_others("OpenSubtitles", {"tr", "vi", "th"}, XLM) is None  # as the paper says
    assert given_to_others("Europarl", {"de"}, XNLI) is None
