"""Detection, holdout52 round (det52): short reviews told with their book unread, a shop's item page whose price and
cart come before its description, and a public reading named where the editor files the post.

- reviewlabel.labelled_headline: a headline's review label set apart ("Arvustus | …", "Recenzija. …", "… — recenzie")
  files a short post as a review; under it the text calling its work "the book" once is the other mark. Not a tour
  stop's or a giveaway's label, not a review word running on into the headline, not a post filed so already;
- reviewed._WORK_REFERENCE: Turkish "kitaptaki"/"romandaki" (what is in the book) call the work "the book";
- reviewed.titled_work: a title the headline sets off in quotes and the text sets off again is a mark of one work;
- pricedhead.buy_first: an h1's box holding the description too, its price and button between the h1 and the prose,
  is a product head; a post whose price box follows its text is not;
- signedpick: a first-person line closing on a dash and a name ("— Ana, fiction desk") is the shop's cited voice;
- readingevent: a reading marathon, a public or collective reading named in the headline, a short standfirst or the
  slug is an event; reading aloud as a review's advice, a blogger's readathon are not.

Our own pages and sentences.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.classify import classify
from scraper.extract.readingevent import named
from scraper.extract.readernotes import references
from scraper.extract.reviewbox import shop_page
from scraper.extract.reviewed import titled_work
from scraper.extract.reviewlabel import LABELLED, labelled, labelled_headline
from scraper.extract.signedpick import signed
from tests.test_classify import evidence


# -- a headline's review label (classify with the book unread) -----------------------------------------------------

ONE_REF = {
    "et": ("Lugesin selle talve jooksul kaks korda.", "See raamat räägib vanast mehest, kes ootab sadamas laeva, mis ei tule."),
    "ro": ("Am citit-o într-o singură seară de iarnă.", "Cartea urmărește o fată care își petrece vara la bunica ei, pe o insulă."),
    "en": ("I read it over two grey afternoons.", "The novel follows a ferryman who keeps a ledger of every crossing."),
}
NO_REF = ("It came out in two slim volumes.", "It follows a ferryman who keeps a ledger of every crossing.")


@pytest.mark.parametrize("lang, title", [("et", "ARVUSTUS | Sadam, kus keegi ei oota"), ("ro", "Recenzie: Vara pe insulă"),
                                         ("en", "Review: A ledger of crossings")])
def test_a_headline_label_and_one_reference_make_a_short_review(lang, title):
    lines = ONE_REF[lang]
    ev = evidence(title=title, words=130, work_clues=(), body=(lines, "\n\n".join(lines)))
    assert references("\n".join(lines)) == 1
    k, reason = classify(ev)
    assert k == "review" and LABELLED in reason


def test_the_label_alone_is_one_mark():
    ev = evidence(title="Review: A ledger of crossings", words=130, work_clues=(), body=(NO_REF, "\n\n".join(NO_REF)))
    assert labelled_headline(ev, False) == (LABELLED,) and classify(ev)[0] == "announcement"


@pytest.mark.parametrize("title", ["Blog tour: A ledger of crossings", "Cover reveal | A ledger of crossings",
                                   "Giveaway — A ledger of crossings", "Review of the year in the harbour town",
                                   "A ledger of crossings"])
def test_no_review_label_no_mark(title):
    lines = ONE_REF["en"]
    ev = evidence(title=title, words=130, work_clues=(), body=(lines, "\n\n".join(lines)))
    assert labelled_headline(ev, False) == () and classify(ev)[0] != "review"


def test_a_post_filed_already_does_not_count_its_label_twice():
    lines = ONE_REF["en"]
    ev = evidence(title="Review: A ledger of crossings", words=130, work_clues=(), body=(lines, "\n\n".join(lines)))
    assert labelled_headline(ev, True) == ()


@pytest.mark.parametrize("title", ["Recenzija. Ljeto na otoku", "Arvustus: Sadam", "Kritika: Léto na ostrově",
                                   "Sadam — arvustus", "[Recensione] L'estate sull'isola"])
def test_labels_in_several_languages(title):
    assert labelled(title)


# -- Turkish references, a title quoted in the headline ------------------------------------------------------------


def test_turkish_in_the_book_counts_as_a_reference():
    text = "Kitaptaki kadınlar hep bir kapının önünde bekliyor. Romandaki sessizlik de aynı: kitabın sonu açık kalıyor."
    assert references(text) == 3
    assert references("Kitapçıda bir kitap aldım, raflarda çok kitap var.") == 0


def test_a_title_set_off_in_the_headline_and_again_in_the_text():
    assert titled_work('Yeni baskıda "Taş Ev" okunmuş', 'Yazarın "Taş Ev"i yeniden çıktı: eski bir sessizlik')
    assert titled_work("Ho riletto «La casa di pietra» d'estate.", "«La casa di pietra», vent'anni dopo")
    assert not titled_work('Yeni baskıda "Taş Ev" okunmuş', 'Yazarın yeni kitabı çıktı: eski bir sessizlik')
    assert not titled_work("Ho riletto «Un'altra casa» d'estate.", "«La casa di pietra», vent'anni dopo")
    # (a label before the quoted title says what the post does with it: a reveal, the club's book of the month)
    assert not titled_work("Ecco «La casa di pietra» in anteprima.", "Cover reveal: «La casa di pietra» di Ada Neri")
    assert not titled_work("Ecco «La casa di pietra» in anteprima.", "Il libro del mese: «La casa di pietra»")


def test_a_short_turkish_review_with_its_book_unread():
    lines = ("Yazarın ilk kitabı \"Taş Ev\"i gençken okumuştum; yeniden okuyunca başka bir şey gördüm.",
             "Kitaptaki kadınlar hep bir eşikte bekliyor ve kitabın ikinci yarısı biraz tekrar ediyor.")
    ev = evidence(title='Yazardan "Taş Ev": otuz yıl sonra', words=140, work_clues=None, body=(lines, "\n\n".join(lines)))
    assert classify(ev)[0] == "review"
    news = ("Yayınevi \"Taş Ev\"i yeni kapağıyla yeniden bastı.", "Kitap önümüzdeki hafta raflarda olacak.")
    ev = evidence(title='Yazardan "Taş Ev" yeniden raflarda', words=140, work_clues=None, body=(news, "\n\n".join(news)))
    assert classify(ev)[0] != "review"  # (the title again, but no voice: a reissue's news)


# -- a shop's item page: price and cart before the description, a seller's signed pick ------------------------------

DESCRIPTION = ("Ein alter Leuchtturmwärter zählt die Schiffe, die nicht mehr kommen, und schreibt jeden Abend einen Brief an "
               "seine Tochter, die ihn nie beantwortet. Der Roman erzählt von einem Winter auf der Insel und von dem, was "
               "zwischen Vater und Tochter ungesagt bleibt.")
PICK = "Ich empfehle dieses Buch seit Jahren allen, die Geduld mit leisen Geschichten haben. — Jonas, Belletristik"


def _shop(after_h1: str, body: str) -> str:
    return ('<html lang="de"><head><meta charset="utf-8"><title>Der Wärter | Buchhandlung</title></head><body>'
            '<header><a href="/">Buchhandlung</a></header><main><div class="artikel">'
            f'<h1>Der Wärter</h1><p class="autor"><a href="/autor/lena-sund">Lena Sund</a></p>{after_h1}'
            f'<div class="text"><h2>Zum Buch</h2>{body}</div>'
            '<table><tr><th>Verlag</th><td>Nordlicht</td></tr><tr><th>Seiten</th><td>208</td></tr>'
            '<tr><th>ISBN</th><td>9783000000000</td></tr></table></div></main><footer>© 2026</footer></body></html>')


BUY = '<div class="kauf"><span>24,00 €</span> <span>Sofort lieferbar</span> <button>In den Warenkorb</button></div>'


def test_a_product_page_with_its_price_before_its_description_and_a_signed_pick_is_a_record():
    record = extract_page(_shop(BUY, f"<p>{DESCRIPTION}</p><div class='tipp'><h3>Unser Tipp</h3><p>{PICK}</p></div>"),
                          "https://buchhandlung.example.de/artikel/der-waerter/9783000000000")
    assert record.kind == "listing", record.reason


def test_the_price_after_the_text_is_a_posts_buy_box_and_a_price_needs_its_button():
    review = ("<p>Ich habe diesen Roman an zwei Abenden gelesen, und der Leuchtturmwärter ist mir lange nachgegangen. "
              "Lena Sund schreibt knapp und genau, manchmal zu knapp, aber die Briefe an die Tochter sind großartig.</p>"
              "<p>Der Mittelteil zieht sich, weil zu wenig geschieht, doch das Ende hat mich sehr berührt. Ich empfehle ihn "
              "allen, die leise Bücher mögen und Geduld mitbringen.</p>")
    assert not shop_page(lxml.html.fromstring(_shop("", review + BUY)))[0]
    assert not shop_page(lxml.html.fromstring(_shop("", review + BUY.replace("<button>In den Warenkorb</button>", ""))))[0]
    assert shop_page(lxml.html.fromstring(_shop(BUY, review)))[0]
    assert not shop_page(lxml.html.fromstring(_shop(BUY.replace("<button>In den Warenkorb</button>", ""), review)))[0]  # (no button)


@pytest.mark.parametrize("line", [PICK, "J'offre ce roman à tous mes amis depuis dix ans. – Marie, rayon littérature",
                                  "Lo recomiendo siempre a quien busca una historia tranquila y honda. —Marta (librera)"])
def test_signed_lines(line):
    assert signed(line)


@pytest.mark.parametrize("line", ["Ich habe es gelesen — und es hat mich nicht mehr losgelassen, bis zum Schluss.",
                                  "I loved it - every page of it, even the slow middle part of the story.",
                                  "Short — Ana", "Ich mag Bücher, in denen nichts passiert, und dieses ist so eines."])
def test_unsigned_lines(line):
    assert not signed(line)


# -- a public reading ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, lines, url", [
    ("Una notte con il Barone", ("Sabato, in piazza, trenta lettori al leggio.",), "https://rivista.example.it/cronache/barone-maratona-di-lettura"),
    ("Lesemarathon: der Zauberberg in 24 Stunden", (), "https://zeitung.example.de/kultur/12345"),
    ("Un soir au port", ("Lecture publique du roman de Jean Aubrac sur le quai, de la nuit à l'aube.",), "https://journal.example.fr/a/1"),
    ("Okuma maratonu: Kırk saat Tutunamayanlar", (), "https://gazete.example.com.tr/haber/1"),
])
def test_a_public_reading_is_named(title, lines, url):
    assert named(title, lines, url)


@pytest.mark.parametrize("title, lines, url", [
    ("Il piccolo faro", ("Un albo perfetto per la lettura ad alta voce, con tavole piene di mare.",), "https://blog.example.it/il-piccolo-faro"),
    ("Readathon wrap-up: six books in a weekend", (), "https://blog.example.com/readathon-wrap-up"),
    ("Der Zauberberg", ("Ich habe den Roman in einem langen Winter gelesen, Kapitel für Kapitel, oft bis spät in die Nacht, und "
                        "bei jedem Kapitel dachte ich an die öffentliche Lesung, die ich als Kind einmal gehört habe, in einer "
                        "kleinen Bibliothek am Rand der Stadt, an einem Abend im November.",), "https://blog.example.de/zauberberg"),
])
def test_no_public_reading(title, lines, url):
    assert not named(title, lines, url)


def test_a_reading_marathon_reported_is_an_event():
    k, reason = classify(evidence(title="Una notte con il Barone", url="https://rivista.example.it/cronache/barone-maratona-di-lettura",
                                  words=300, book_source="title", book_has_author=True))
    assert k == "event", reason
