"""A closing line bidding the reader to sign up for the site's weekly digest ("Prijavite se za nedeljni pregled …",
hr/bs/sr "tjedni/nedeljni pregled", the weekly overview a site mails) is its newsletter's notice (siteaccounts.
newsletter_notice, tailasks.NEWSLETTER), removed under a review (detshort, s33). Not a story's weekly paper review,
nor a bid to sign up for something that is no newsletter. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.siteaccounts import newsletter_notice


def test_a_sign_up_for_the_weekly_digest_is_a_newsletter_notice():
    assert newsletter_notice("Prijavite se za nedeljni pregled novih tekstova Kod fenjera.", ("Kod fenjera",))


def test_a_storys_weekly_press_review_is_no_newsletter():
    assert not newsletter_notice("Nedeljni pregled štampe bio je jedini luksuz koji je otac sebi dozvoljavao.", ())


def test_a_bid_to_sign_up_for_a_workshop_is_no_newsletter():
    assert not newsletter_notice("Prijavite se za radionicu pisanja u subotu.", ())


def test_the_digest_line_closing_a_review_is_removed():
    paragraphs = [
        "Jelena Marković je napisala kratak roman o porodici koja jednog leta gubi imanje kraj Dunava. Marković piše "
        "jednostavno, a njene rečenice nose miris prašine i lipe.",
        "Najbolje su stranice o deci koja ne razumeju šta se oko njih dešava, i o ocu koji svako veče broji ono što je "
        "ostalo. Sporedni likovi su ponekad tanki, ali poslednje poglavlje dugo ostaje u sećanju, i knjigu sam posle "
        "toga odmah dao sestri. Retko koji domaći roman ovako tiho i precizno govori o gubitku.",
        "<em>Jelena Marković, Leto u Sremu, prvo izdanje 2026.</em>",
        "Prijavite se za nedeljni pregled novih tekstova Kod fenjera.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = ('<html lang="sr"><head><meta charset="utf-8"><title>Prašina i lipe</title></head><body><article class="post">'
            f'<h1 class="entry-title">Prašina i lipe</h1><div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://kodfenjera.example.rs/2026/11/leto-u-sremu/")
    assert "nedeljni pregled" not in record.body_text
    assert "poslednje poglavlje" in record.body_text and "prvo izdanje" in record.body_text  # (the record is no lead-in)
