"""bookshoprow: a product page's h1 box may hold the shop's tab panes too (the description, the readers' reviews, each a
"tab-pane" or role=tabpanel); their text is the shop's, not a post's, and is not counted against the box's size, so the
author row beside the h1 is read. Near miss: the same long text outside tab panes (a post with a shop widget) still
makes the box a post's. Our own markup, Czech and Polish."""

from lxml import html as lxml_html

from scraper.extract.bookshoprow import labelled_row

CS_REVIEW = ("Knihu jsem četla během jednoho víkendu. Příběh starého převozníka, který celý život převáží lidi přes řeku a "
             "nikdy se nevydá na druhý břeh sám, je tichý a smutný, ale krásný. ") * 9
PL_REVIEW = ("Przeczytałam ją w dwa wieczory. Historia starej latarniczki, która co noc zapala światło dla statków, choć "
             "żaden już nie przypływa, jest spokojna i bardzo poruszająca. ") * 9


def _shop(row: str, h1: str, review: str, pane: str = "tab-pane", price: str = "329 Kč") -> object:
    panes = (f'<div class="{pane}"><p>Krátký popis knihy od nakladatele.</p></div>'
             f'<div class="{pane} active"><div class="vote"><p>{review}</p></div></div>') if pane else f"<div><p>{review}</p></div>"
    return lxml_html.fromstring(f"""<html><body><main><div class="detail"><div class="head"><h1>{h1}</h1></div>
<div class="info"><table>{row}</table><strong class="price">{price}</strong><form><button type="submit">Koupit</button></form></div>
<ul class="tabs"><li><a href="#d">Popis</a></li><li><a href="#r">Hodnocení</a></li></ul>{panes}</div></main></body></html>""")


def test_an_author_row_beside_long_tab_panes():
    tree = _shop("<tr><th>Autor:</th><td><a href='/znacka/x/'>Marta Dvořáková</a></td></tr>", "Převozník", CS_REVIEW)
    assert labelled_row(tree) == ("Převozník", "Marta Dvořáková")
    tree = _shop("<tr><th>Autor:</th><td>Zofia Nowicka</td></tr>", "Latarniczka", PL_REVIEW, pane="tab-pane", price="39,90 zł")
    assert labelled_row(tree) == ("Latarniczka", "Zofia Nowicka")


def test_near_miss_the_long_text_outside_tab_panes():
    # (a post's text in the box, no tab panes: the box is a post's, no product header)
    tree = _shop("<tr><th>Autor:</th><td>Marta Dvořáková</td></tr>", "Převozník", CS_REVIEW, pane="")
    assert labelled_row(tree) is None
    tree = _shop("<tr><th>Autor:</th><td>Zofia Nowicka</td></tr>", "Latarniczka", PL_REVIEW, pane="", price="39,90 zł")
    assert labelled_row(tree) is None
