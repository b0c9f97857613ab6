"""Round 26: the site's own bookshop plugged on the review's last line (ownshop): every link in a short closing line
going to a shop host or shop path under the site's own domain. Near misses: a link to the site's own archive, a link to
an outside shop, a plug in the middle of the review, a long closing sentence."""

from scraper.extract import extract_page

SK = ["Román sleduje starú prievozníčku, ktorá celý život prevážala ľudí cez rieku a nikdy sa nepreviezla sama. Autorka "
      "píše ticho a presne, bez jediného zbytočného slova.",
      "Stredná časť sa trochu vlečie, ale záver to vynahradí a ešte dlho na neho myslím. Odporúčam každému, kto má rád "
      "pomalé knihy o obyčajných ľuďoch."]
FR = ["Le roman suit une vieille passeuse qui a fait traverser la rivière à tout le village sans jamais la traverser "
      "elle-même. L'autrice écrit avec une retenue remarquable.",
      "Le milieu traîne un peu, mais la fin rattrape tout et j'y pense encore. À lire pour qui aime les livres lents "
      "sur les gens ordinaires."]


def _page(paras: list[str], last: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return ("<html><head><title>Prievozníčka</title><link rel='canonical' href='https://www.paper.example/kultura/123/'>"
            "</head><body><article><h1>Prievozníčka</h1><div class='article-body'>"
            f"{body}<div class='after'><p>{last}</p></div></div></article></body></html>").encode()


def test_own_shop_line_goes():
    for paras, last in ((SK, "Knihu nájdete v <a href='https://obchod.paper.example/knihy/'>našom kníhkupectve</a>."),
                        (FR, "Le livre est disponible dans <a href='https://www.paper.example/boutique/prievoznicka'>notre boutique</a>.")):
        text = extract_page(_page(paras, last), "https://www.paper.example/kultura/123/").body_text
        assert paras[0][:40] in text and paras[1][:40] in text
        assert "kníhkupectve" not in text and "notre boutique" not in text


def test_near_misses_stay():
    for paras, last in (
            (SK, "Ďalšie recenzie tejto autorky nájdete v <a href='https://www.paper.example/kultura/autorka/'>našom archíve</a>."),
            (FR, "Je l'ai achetée chez <a href='https://librairie-du-port.example/'>la librairie du port</a>, où elle est en vitrine."),
            (FR, "Pour finir, un mot sur l'édition : elle est belle, bien traduite, avec une postface de la traductrice qui raconte "
                 "comment elle a trouvé le ton, et on peut l'acheter <a href='https://shop.paper.example/x'>ici</a>.")):
        text = extract_page(_page(paras, last), "https://www.paper.example/kultura/123/").body_text
        assert last.split("<a")[0][:30] in text, last


def test_a_shop_plug_mid_review_stays():
    mid = "Knihu nájdete v <a href='https://obchod.paper.example/knihy/'>našom kníhkupectve</a>."
    html = _page([SK[0], mid.replace("<p>", ""), SK[1], SK[0][::-1]], "Hodnotenie: 4 z 5")
    text = extract_page(html, "https://www.paper.example/kultura/123/").body_text
    assert "Knihu nájdete" in text
