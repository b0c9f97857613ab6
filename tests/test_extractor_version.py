"""EXTRACTOR_VERSION goes up whenever what the extractor makes of a page changes.

`shelfmark reextract` re-reads only pages made by another version, so a change to
the cleaning, book, rating or classification rules that kept the old version
would leave archives holding the old reading with nothing to say so. The
fingerprint of every record made from tests/corpus is kept beside the version
that made it; when the records change, bump EXTRACTOR_VERSION in
scraper/extract/__init__.py and write the new pair into
tests/extractor_fingerprint.json (the failure message prints it).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from scraper.extract import EXTRACTOR_VERSION, extract_page

TESTS = Path(__file__).resolve().parent
KEPT = TESTS / "extractor_fingerprint.json"


def fingerprint() -> str:
    digest = hashlib.sha256()
    for gold_file in sorted((TESTS / "corpus").glob("*/gold.json")):
        for name, gold in sorted(json.loads(gold_file.read_text(encoding="utf-8")).items()):
            record = extract_page((gold_file.parent / name).read_bytes(), gold["url"]).to_dict()
            record.pop("extractor_version")
            digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def test_a_change_in_the_records_comes_with_a_new_extractor_version():
    kept = json.loads(KEPT.read_text(encoding="utf-8"))
    now = {"version": EXTRACTOR_VERSION, "corpus_records_sha256": fingerprint()}
    if now["corpus_records_sha256"] != kept["corpus_records_sha256"]:
        assert now["version"] != kept["version"], (
            f"the extractor's records of tests/corpus changed but EXTRACTOR_VERSION is still {EXTRACTOR_VERSION}: "
            f"bump it, then write {json.dumps({**now, 'version': '<the new version>'})} into {KEPT.name}")
    assert now == kept, f"write {json.dumps(now)} into {KEPT.name} (the version and the records it makes go together)"
