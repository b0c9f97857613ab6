"""A magazine's two-entry agenda under its review (eventagenda) and a lead picture credited to the magazine itself
(leadpicture._own_desk, the picture labels of more languages)."""

from lxml import html

from scraper.extract import eventagenda
from scraper.extract.leadpicture import lead_pictures


def _list(markup: str):
    root = html.fromstring(f"<html><body><article>{markup}</article></body></html>")
    return root.find(".//ul")


def test_headed_agenda_of_two_entries():
    for head, items in (
        ("Upcoming events", ("4 March – Poetry evening, Harbour Hall, Kirkwall", "11 March – Writers' talk, Old Mill")),
        ("Termine", ("5 Feb. – Lesung im Rathaussaal, Ulm", "19 Feb. – Buchcafé am Markt, Biberach")),
        ("Tapahtumat", ("3 huhtikuuta – Runoilta kirjastossa, Oulu", "9 huhtikuuta – Kirjailijavieras, Kemi")),
        ("Digwyddiadau", ("8 Mawrth — Noson farddoniaeth, Aberteifi", "15 Mawrth — Sgwrs awdur, Llanbed")),
    ):
        lis = "".join(f"<li>{t}</li>" for t in items)
        ul = _list(f"<div class='box'><h4>{head}</h4><ul>{lis}</ul></div>")
        assert eventagenda.headed_list(ul), head


def test_near_misses_stay():
    # a chronology of the author's life under a plain heading: years, not days and months
    assert not eventagenda.headed_list(_list(
        "<div><h4>The author's life</h4><ul><li>1961 – born in Tromsø</li><li>1990 – first novel</li></ul></div>"))
    # a review's own dated list without an agenda heading
    assert not eventagenda.headed_list(_list(
        "<div><h4>My reading diary</h4><ul><li>3 March – began it on the train</li><li>9 March – finished</li></ul></div>"))
    # an events heading over entries that are not dated
    assert not eventagenda.headed_list(_list(
        "<div><h4>Events</h4><ul><li>Poetry evening at the Harbour Hall</li><li>Writers' talk at the mill</li></ul></div>"))
    # the list shares its box with prose
    assert not eventagenda.headed_list(_list(
        "<div><h4>Events</h4><p>We met the author twice while reading this.</p>"
        "<ul><li>4 March – in Kirkwall</li><li>11 March – in Stromness</li></ul></div>"))


_TEXT = "<div class='text'>" + "".join(f"<p>{'Word after word the story goes on and on here. ' * 6}</p>" for _ in range(3)) + "</div>"


def _page(title: str, caption: str) -> html.HtmlElement:
    return html.fromstring(f"<html><head><title>{title}</title></head><body><article>"
                           f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>{_TEXT}"
                           f"</article></body></html>").find(".//article")


def test_picture_credited_to_the_magazine_itself():
    for caption in ("Llun: Y Lolfa Lên", "Skeudenn: Y Lolfa Lên", "Argazkia: Y Lolfa Lên", "Picha: Y Lolfa Lên"):
        assert lead_pictures(_page("A quiet harbour — Y Lolfa Lên", caption)), caption


def test_picture_near_misses():
    # credited to someone the page names elsewhere, not the site: the blogger's own photo
    body = html.fromstring("<html><head><title>A quiet harbour — Y Lolfa Lên</title></head><body><article>"
                           "<p>By Ann Hughes</p><figure><img src='a.jpg'><figcaption>Llun: Ann Hughes</figcaption>"
                           f"</figure>{_TEXT}</article></body></html>").find(".//article")
    assert not lead_pictures(body)
    # a caption that describes the picture, not a credit
    assert not lead_pictures(_page("A quiet harbour — Y Lolfa Lên", "The harbour at dusk, seen from the pier"))


def test_comment_counter_line():
    from scraper.extract.commentsclosed import count_line
    for line in ("Comments: 0 · Add yours", "5 Kommentare", "Reacties (3)", "Sylwadau (2)", "Maoni: 4 · Andika maoni",
                 "Komentoj (1)"):
        assert count_line(line), line
    for line in ("Pages: 320", "Chapter 3 · the turn", "Comments: I loved it 3 times over",
                 "3 comments about the ending were unfair, and I disagree with all of them", "Rating: 4"):
        assert not count_line(line), line
