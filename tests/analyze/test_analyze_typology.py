"""URIEL+ typology lookups, offline."""

from __future__ import annotations

import pytest

from synth.analyze import typology as T
from synth.errors import UsageError
from synth.store import Cache


@pytest.mark.parametrize("lang", sorted(set(T.XNLI_LANGUAGES + T.PAWSX_LANGUAGES) - {"en"}))
def test_distances_for_xnli_and_pawsx_languages(lang):
    d = T.distances(lang, "en")
    assert set(d) == set(T.DISTANCE_KINDS)
    for kind in ("genetic", "syntactic", "geographic", "featural", "inventory", "script"):
        assert d[kind] is not None and 0.0 <= d[kind] <= 1.0, (lang, kind, d[kind])
    assert any(v > 0 for v in d.values() if v is not None)
    info = T.typology(lang)
    assert info.family and info.script and info.iso3 == T.LANGUAGES[lang][0]


def test_distance_to_self_is_zero_and_order_is_sensible():
    assert all(v == 0.0 for v in T.distances("en", "en").values())
    # German is syntactically and geographically closer to English than Japanese or Swahili
    de, ja, sw = T.distances("de"), T.distances("ja"), T.distances("sw")
    assert de["syntactic"] < ja["syntactic"] and de["syntactic"] < sw["syntactic"]
    assert de["geographic"] < ja["geographic"]
    assert de["genetic"] < 1.0 == ja["genetic"]  # same family vs different family


def test_iso_639_3_codes_and_aliases():
    assert T.to_iso3("zh") == "zho" and T.to_iso3("ZH-cn") == "zho" and T.to_iso3("cmn") == "zho"
    assert T.to_iso3("deu") == "deu"
    assert T.distances("deu") == T.distances("de")
    assert T.normalise_code("swh") == "sw"
    for code in T.XTREME_LANGUAGES:
        assert len(T.to_iso3(code)) == 3


def test_a_table_header_code_of_a_language_outside_the_typology_is_still_read():
    assert T.iso3_language("deu") == "de" and T.iso3_language("hye") == "hy"  # Tatoeba's Armenian column
    assert T.iso3_language("cmn") == "zh" and T.iso3_language("bos") == "bs"  # Tatoeba's Mandarin and Bosnian
    assert T.iso3_language("may") is None  # a bibliographic code that is a word
    assert T.normalise_code("hye") == "hye"  # never placed in the typology
    assert T.iso3_language("abc") is None


def test_every_mapped_code_is_in_urielplus_and_families_agree():
    langs = T._uriel_languages()
    u = T._load()
    for code, (iso, _name, family, _script) in T.LANGUAGES.items():
        assert iso in langs, code
        idx = u._language_index[0][iso]
        feats = {str(u.feats[0][j]).removeprefix("F_") for j, v in enumerate(u.data[0][idx]) if (v == 1).any()}
        if feats and family not in ("Creole",):
            assert family in feats, (code, family, sorted(feats)[:5])


@pytest.mark.parametrize("bad", ["xx", "klingon", "", "q1"])
def test_unknown_code_is_a_usage_error_with_one_line(bad):
    with pytest.raises(UsageError) as e:
        T.distances(bad)
    msg = str(e.value)
    assert "unknown language code" in msg and "\n" not in msg


def test_unknown_source_language_too():
    with pytest.raises(UsageError, match="unknown language code 'zz'"):
        T.distances("de", source="zz")


def test_distances_are_cached_on_disk(tmp_path, monkeypatch):
    cache = Cache(tmp_path)
    first = T.distances("fr", "en", cache)
    assert list(tmp_path.rglob("*.json")), "no cache entry written"
    T._MEMORY.clear()
    monkeypatch.setattr(T, "_compute", lambda *a: pytest.fail("recomputed despite the cache"))
    assert T.distances("fr", "en", cache) == first


def test_load_time_is_measured():
    T.distances("de")
    assert T.load_seconds() is not None and T.load_seconds() > 0
