"""A buy link the line declares an affiliate one, and a free copy's note that names its shop (round s27), in our own
words and markup.

- adnotice.declared_link: among the first or last three lines, a short line with a link to another site that names the
  affiliate programme in words ("Order it from <a>Shelfside</a> – an affiliate partner", "<a>Chez Lireici</a> (lien
  affilié)", "<a>Beim Buchladen</a> (Affiliate-Link)", "<a>Librería Norte</a> (enlace de afiliado)") goes, whatever the
  shop.
- promo.promotion: a line in italics at the post's edge naming a shop, with no link, is an affiliate note only when it
  is not a free copy's note ("*The publisher sent me an advance audio copy via Audible*" stays, and is read as the
  disclosure).

Near misses: a review's last paragraph naming an affiliate with no link out, the author "affiliated with" a linked
school, a line linking the site's own post, the same line in the middle of the review.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "Mara Lindqvist's debut follows two sisters who inherit a failing orchard on a northern island and spend one "
    "year trying to decide whether to sell it, each of them secretly hoping the other will choose for her.",
    "The seasons give the book its shape, and the winter chapters in particular are beautiful: the trees wrapped "
    "in sacking, the ferry stopping, the sisters reading old account books by lamplight and fighting about money.",
    "The ending hurries, and one late revelation about their father felt borrowed from a different, louder novel, "
    "but the quiet middle of the book is as good as anything I have read this year.",
]


def _page(last: str, lang: str = "en", first: str = "") -> str:
    body = (f"<p>{first}</p>" if first else "") + "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Orchard Year – Lamp and Ledger</title></head>"
            f"<body><article class='post'><h1>The Orchard Year</h1><div class='entry-content'>{body}</div>"
            "</article></body></html>")


URL = "https://lampandledger.example/2026/11/the-orchard-year/"


def test_a_buy_link_declared_affiliate_goes_in_several_languages():
    for last, lang in (
        ("Order it from <a href='https://shelfside.example/books/orchard-year'>Shelfside</a> – an affiliate partner, "
         "so the blog earns a little.", "en"),
        ("<a href='https://lireici.example/livre/orchard'>Chez Lireici</a> (lien affilié)", "fr"),
        ("<a href='https://buchladen.example.de/p/123'>Beim Buchladen bestellen</a> (Affiliate-Link)", "de"),
        ("Cómpralo en <a href='https://libreria-norte.example.es/l/9'>Librería Norte</a> (enlace de afiliado).", "es"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert "ffili" not in text and "filia" not in text, (last, text[-160:])
        assert all(p[:40] in text for p in PARAS)


def test_the_same_line_opening_the_post_goes():
    first = "Affiliate link: <a href='https://shelfside.example/books/orchard-year'>the book at Shelfside</a>."
    text = extract_page(_page("Four stars from me.", first=first), URL).body_text
    assert "Shelfside" not in text and PARAS[0][:40] in text


def test_a_free_copy_note_naming_its_shop_stays_and_is_read():
    note = "<em>The publisher sent me an advance audio copy via Audible; the opinions are my own.</em>"
    record = extract_page(_page(note), URL)
    assert "The publisher sent me" in record.body_text, record.removed
    assert record.disclosure


def test_near_misses_stay():
    for last in (
        # a review's sentence naming an affiliate, no link out
        "The narrator works for an affiliate of a Swiss bank, and the last chapter is pure dread.",
        # the participle's bond, a link out
        "Lindqvist is affiliated with <a href='https://uni.example/writing'>the university's writing school</a>.",
        # a link to the site's own post
        "More island novels, none of them affiliate picks, in <a href='/2026/05/island-novels/'>my spring list</a>.",
    ):
        text = extract_page(_page(last), URL).body_text
        assert last.split("<a")[0][:30] in text, (last, text[-160:])
    # the line in the middle of the review, the review's paragraphs after it
    middle = "Order it from <a href='https://shelfside.example/b/1'>Shelfside</a> – an affiliate partner."
    more = [p.replace("the", "this") for p in PARAS]
    body = "".join(f"<p>{p}</p>" for p in (*PARAS, middle, *more))
    html = (f"<html lang='en'><head><title>The Orchard Year – Lamp and Ledger</title></head><body><article>"
            f"<h1>The Orchard Year</h1><div class='entry-content'>{body}</div></article></body></html>")
    text = extract_page(html, URL).body_text
    assert "Order it from" in text, text
