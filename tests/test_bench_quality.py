"""bench/quality.py keeps a blind corpus blind: its failures are not printed unless the reader says it is spent."""

from __future__ import annotations

import importlib.util
import sys
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
