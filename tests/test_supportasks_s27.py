"""The blogger's asks to support the blog (round s27), in our own words and markup.

- fundbox: a box of its own in the post whose bid names its purpose, to support the site by its name
  ("<b>Pour soutenir Les Cases Vides</b>, commandez …", "To support The Quiet Shelf, …", "Para apoyar a Cuaderno
  Gris, …", "Per sostenere Carta Bianca, …": tipask.SUPPORT_PURPOSE before the site's own name), anywhere in the post.
- ifhelped: a closing line opening on the reader's wish to support the blog ("If you want to support my blog, …",
  "Wenn du meinen Blog unterstützen möchtest, …", "Si quieres apoyar este blog, …", "Если хотите поддержать блог, …":
  ifpost.SUPPORT_WISH), whatever the way to support that follows.

Near misses: "if you want to support the author, buy it new" (the author, not the site), a box of the review's that
names no site ("Pour soutenir son fils, Antoine vend la ferme"), the purpose in a plain paragraph of the review, the
wish before the review's last paragraph.
"""

from __future__ import annotations

from scraper.extract import extract_page

EN = [
    "The novel follows a retired ferryman who starts writing letters to the river he worked on for forty years, and "
    "what begins as a joke between him and his granddaughter becomes the most honest thing he has ever written.",
    "It is funny in the way old men's stubbornness is funny, and sad in the way it is sad, and the letters themselves "
    "are so well made that I read several of them twice, out loud, to nobody.",
    "The last part hurries towards a reconciliation I did not quite believe, but the book had earned my patience.",
]
FR = [
    "Trois vieux amis d'enfance se retrouvent pour vider la maison de l'un d'eux, et chaque objet sorti d'un carton "
    "ramène une histoire, une dispute ancienne, un secret que tout le monde connaissait déjà sans le dire.",
    "Le dessin est tendre sans être mièvre, les visages disent tout, et les couleurs passées des souvenirs tranchent "
    "joliment avec le gris du présent, page après page, jusqu'à la dernière case.",
    "La fin est un peu sage, mais l'album reste l'un des plus touchants de l'année.",
]


def _page(paras: list[str], title: str, lang: str, box: str = "", at: int = 1, last: str = "") -> str:
    blocks = [f"<p>{p}</p>" for p in paras]
    if box:
        blocks.insert(at, f"<div class='encart'><p>{box}</p></div>")
    if last:
        blocks.append(f"<p>{last}</p>")
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><div class='post'>"
            f"<h3 class='post-title'>Un titre</h3><div class='post-body'>{''.join(blocks)}</div></div></body></html>")


def test_a_box_bidding_support_for_the_site_by_name_goes():
    for paras, title, lang, box in (
        (FR, "Les Vieux Cartons - Les Cases Vides", "fr",
         "<b>Pour soutenir Les Cases Vides</b>, commandez vos albums chez votre libraire de quartier."),
        (EN, "Letters to the River - The Quiet Shelf", "en",
         "To support The Quiet Shelf, order your books from a local bookshop rather than a giant."),
        (EN, "Cartas al río - Cuaderno Gris", "es",
         "Para apoyar a Cuaderno Gris, compra tus libros en la librería de tu barrio."),
        (EN, "Lettere al fiume - Carta Bianca", "it",
         "Per sostenere Carta Bianca, acquista i tuoi libri dal libraio sotto casa."),
    ):
        text = extract_page(_page(paras, title, lang, box), "https://blog.example/2026/11/x.html").body_text
        assert box.replace("<b>", "").replace("</b>", "")[:20] not in text, (title, text)
        assert all(p[:40] in text for p in paras)


def test_a_closing_wish_to_support_the_blog_goes():
    for last, lang in (
        ("If you want to support my blog, order your next novel through the shop links in the sidebar.", "en"),
        ("Wenn du meinen Blog unterstützen möchtest, bestell dein nächstes Buch über meinen Link.", "de"),
        ("Si quieres apoyar este blog, invítame a un café desde la barra lateral.", "es"),
        ("Если хотите поддержать блог, покупайте книги по ссылке в профиле.", "ru"),
    ):
        text = extract_page(_page(EN, "Letters to the River - The Quiet Shelf", lang, last=last),
                            "https://blog.example/2026/11/x.html").body_text
        assert last[:20] not in text, (last, text[-120:])
        assert all(p[:40] in text for p in EN)


def test_near_misses_stay():
    url = "https://blog.example/2026/11/x.html"
    last = "If you want to support the author, buy the book new rather than secondhand."
    assert last[:30] in extract_page(_page(EN, "Letters - The Quiet Shelf", "en", last=last), url).body_text
    box = "Pour soutenir son fils, Antoine vend la ferme et ses vaches une à une."
    assert box[:30] in extract_page(_page(FR, "Les Vieux Cartons - Les Cases Vides", "fr", box), url).body_text
    # the purpose in a plain paragraph of the review, no box of its own
    para = "Pour soutenir Les Cases Vides dans sa lecture des anciens, il faut aimer les albums lents et bavards."
    html = _page([FR[0], para, *FR[1:]], "Les Vieux Cartons - Les Cases Vides", "fr")
    assert para[:30] in extract_page(html, url).body_text
    # the wish before the review's last paragraph, the review going on after it
    wish = "If you want to support my blog, order through the shop links in the sidebar."
    html = _page([EN[0], wish, EN[1], EN[2] + " " + EN[0][::-1]], "Letters - The Quiet Shelf", "en")
    assert wish[:30] in extract_page(html, url).body_text
