"""A news site's closing line pointing the reader to all its news, then bidding them download its app in the next
sentence ("Catch all the culture news on <Site>. Download the <Site> app …", fr "Toute l'actualité … sur <Site>.
Téléchargez l'application …", de, es): ``applines._NEWS_FIRST`` passes the news sentence ("all", "the latest", "more"
news, no first person) and ``applines.app_line`` reads the bidding opening the next. Near misses: the reviewer's own
news sentence in the first person, the novel's news without "all", a bidding with no news sentence before it in the
middle of a line.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.applines import app_line


def test_news_then_the_app():
    for line in ("Get all the latest books news on The Courier. Download the Courier app for the news on the go.",
                 "Toute l'actualité culturelle sur Le Quotidien. Téléchargez l'application du Quotidien.",
                 "Alle Nachrichten aus Kultur und Politik bei uns. Laden Sie sich die Tagblatt-App herunter.",
                 "Todas las noticias de cultura en El Diario. Descarga la app de El Diario."):
        assert app_line(line), line


def test_near_misses():
    for line in ("I followed all the news of the trial for years. Download the Libby app and borrow it.",
                 "My mother read all the news about it. Get the app and read it anyway.",
                 "The news in this novel travels slowly. Get the app and read it anyway.",
                 "All the news in the village comes through the baker, and she would never download an app."):
        assert not app_line(line), line


def test_extract_page_drops_the_line():
    prose = ("<p>A debut novel about two sisters who run a ferry on a tidal river and stop speaking to each other for "
             "a whole summer. The river does the talking, and the tide tables open every chapter.</p>"
             "<p>The middle sags, but the storm chapter is superb and the ending is earned. A fine first book.</p>")
    html = ("<html><head><title>Two sisters and a ferry | The Courier</title></head><body><article><h1>Two sisters "
            f"and a ferry</h1><div class='story-body'>{prose}<p>Catch all the books news and updates on The Courier. "
            "Download the Courier app to get the headlines every morning.</p></div></article></body></html>")
    record = extract_page(html, "https://www.courier.example.com/books/two-sisters-and-a-ferry")
    assert "Download the Courier app" not in record.body_text
    assert "storm chapter" in record.body_text
