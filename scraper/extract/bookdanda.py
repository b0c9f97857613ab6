"""A record's parts set apart by a spaced danda, as Bengali and Hindi papers set a book's box ("T । A । Publisher: P
। Pages: 224"): read as "·" when it has three parts or more, each of a few words (prose may space the danda between
sentences too). Moved out of ``bookbiblio`` as it was."""

from __future__ import annotations

import re

_DANDA = re.compile(r"\s+।\s+")


def dandas(line: str) -> str:
    if "।" not in line:
        return line
    parts = _DANDA.split(line)
    return " · ".join(parts) if len(parts) >= 3 and all(len(p.split()) <= 8 for p in parts) else line
