"""bench/quality.py keeps a blind corpus blind: its failures are not printed unless the reader says it is spent."""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _quality():
    spec = importlib.util.spec_from_file_location("bench_quality", ROOT / "bench" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_failures_of_a_blind_corpus_need_spend(tmp_path, capsys, monkeypatch):
    quality = _quality()
    monkeypatch.setattr(quality, "BLIND", ("holdout9",))  # a corpus written but not read yet
    blind = tmp_path / "holdout9"
    blind.mkdir()
    with pytest.raises(SystemExit):
        quality.main(["--corpus", str(blind), "--failures"])
    assert "still blind" in capsys.readouterr().err
    # with --spend the guard steps aside, and the next check (an empty folder) answers instead
    with pytest.raises(SystemExit):
        quality.main(["--corpus", str(blind), "--failures", "--spend"])
    err = capsys.readouterr().err
    assert "still blind" not in err and "gold.json" in err


def test_every_held_out_corpus_has_a_flag_and_unread_ones_stay_out_of_the_summary(capsys):
    quality = _quality()
    assert set(quality.UNREAD) <= set(quality.BLIND) <= set(quality.HELD_OUT)
    with pytest.raises(SystemExit):
        quality.main(["--help"])
    flags = capsys.readouterr().out
    for name in quality.HELD_OUT:
        assert f"--{name}" in flags


@pytest.mark.parametrize("text, expected", [
    ("रेटिंग: साढ़े तीन", ["रेटिंग", "साढ़े", "तीन"]),  # matras and nukta stay inside the word
    ("ਚੰਗੀ ਕਿਤਾਬ", ["ਚੰਗੀ", "ਕਿਤਾਬ"]),
    ("كِتَابٌ جَمِيلٌ", ["كِتَابٌ", "جَمِيلٌ"]),  # harakat do not split an Arabic word
    ("小说很好", ["小", "说", "很", "好"]),  # one token a character where words are not spaced
    ("よい本だ", ["よ", "い", "本", "だ"]),
    ("หนังสือ", ["ห", "นั", "ง", "สื", "อ"]),  # a Thai character keeps its marks
    ("좋은 책", ["좋은", "책"]),  # Hangul is written with spaces: words
    ("Naïve café, 4/5", ["naïve", "café", "4", "5"]),
])
def test_body_tokens_are_words_or_characters_by_script(text, expected):
    quality = _quality()
    assert list(quality.tokens(unicodedata.normalize("NFC", text)).elements()) == [w.casefold() for w in expected]


def test_boilerplate_phrases_without_spaces_are_judged_too():
    quality = _quality()
    gold = {"drop": ["相关阅读推荐", "点赞", "Related posts", "Share", "ข่าวที่เกี่ยวข้องล่าสุด"], "must_not_appear": ["关注我们的公众号吧"]}
    assert quality.judged_phrases(gold, "这本小说写得很好。") == ["相关阅读推荐", "Related posts", "ข่าวที่เกี่ยวข้องล่าสุด", "关注我们的公众号吧"]
    # a phrase the review itself holds cannot be judged
    assert "相关阅读推荐" not in quality.judged_phrases(gold, "我在相关阅读推荐里找到这本书。")


def test_the_summary_pools_the_held_out_corpora_page_by_page(capsys):
    """The pooled rows sum what the per-corpus rows count (pages with boilerplate, phrases left), extractor by
    extractor: one set of pages, not an average of the corpora's averages."""
    quality = _quality()
    quality.summary(("holdout2", "holdout3"))
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in capsys.readouterr().out.splitlines()[2:]]
    per_corpus = [row for row in rows if row[0].startswith("tests/")]
    pooled = [row for row in rows if row[0].startswith("held-out, pooled")]
    assert {row[0] for row in per_corpus} == {"tests/holdout2 (26 pages)", "tests/holdout3 (23 pages)"}
    assert [row[1] for row in pooled] == ["shelfmark", "trafilatura", "trafilatura precision"]
    assert pooled[0][0] == "held-out, pooled (2 corpora, 49 pages)"
    for extractor in ("shelfmark", "trafilatura", "trafilatura precision"):
        mine = [row for row in per_corpus if row[1] == extractor]
        total = next(row for row in pooled if row[1] == extractor)
        leaking = [tuple(map(int, row[5].split("/"))) for row in mine]
        assert total[5] == f"{sum(a for a, _ in leaking)}/{sum(b for _, b in leaking)}"
        assert int(total[6]) == sum(int(row[6]) for row in mine)
        f1s = [float(row[4]) for row in mine]
        assert min(f1s) - 0.0005 <= float(total[4]) <= max(f1s) + 0.0005
