"""The purpose "to support <Site>" in Czech and Slovak, as written (code review rev31c), in our own words.

tipask.SUPPORT_PURPOSE read "abyste podpořit" and "aby ste podporiť", which no one writes: the purpose clause takes the
past form ("abyste podpořili", "abys podpořil", "aby ste podporili", "aby si podporila"), the condition the infinitive
("chcete-li podpořit", "ak chcete podporiť"). fundbox reads the purpose before the site's own name in its box.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.tipask import SUPPORT_PURPOSE

CS = [
    "Román sleduje starou převoznici, která po čtyřiceti letech na řece začne psát dopisy svému synovi do ciziny, a "
    "z nevinné hry se stane to nejupřímnější, co kdy napsala.",
    "Je to vtipné tak, jak bývá vtipná tvrdohlavost starých lidí, a smutné tak, jak bývá smutná, a dopisy samotné "
    "jsou napsané tak dobře, že jsem několik z nich četla dvakrát nahlas.",
    "Konec spěchá ke smíření, kterému jsem úplně nevěřila, ale kniha si mou trpělivost zasloužila.",
]


def _page(box: str, lang: str) -> str:
    blocks = [f"<p>{p}</p>" for p in CS]
    blocks.insert(1, f"<div class='encart'><p>{box}</p></div>")
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Dopisy řece - Říční deník</title></head><body>"
            f"<div class='post'><h3 class='post-title'>Dopisy řece</h3><div class='post-body'>{''.join(blocks)}</div>"
            "</div></body></html>")


def test_the_purpose_as_written():
    for said in ("abyste podpořili Tichou Polici", "abys podpořil Tichou Polici", "chcete-li podpořit Tichou Polici",
                 "aby ste podporili Tichú Policu", "aby si podporila Tichú Policu", "ak chcete podporiť Tichú Policu"):
        assert SUPPORT_PURPOSE.search(said), said
    for said in ("abyste podpořit Tichou Polici", "aby ste podporiť Tichú Policu"):
        assert not SUPPORT_PURPOSE.search(said), said


def test_a_box_in_the_purposes_past_form_goes():
    for box, lang in (
        ("Abyste podpořili Říční deník, kupujte knihy u svého knihkupce.", "cs"),
        ("Aby ste podporili Říční deník, kupujte knihy u miestneho kníhkupca.", "sk"),
    ):
        text = extract_page(_page(box, lang), "https://blog.example/2026/11/dopisy.html").body_text
        assert box[:20] not in text, (box, text)
        assert all(p[:40] in text for p in CS)
