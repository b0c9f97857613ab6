"""holdout54 round (book54b): a Turkic page's text naming the headline's author only in the genitive vouches for
them (bookfinnish.turkic_genitives through book.Context.vouches_for), and a blockquote that holds a whole forum post
is the engine's box for it, not a quotation (ratingblocks._whole_post). Our own words, several languages."""

from lxml import html as lxml_html

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookfinnish import turkic_genitives
from scraper.extract.rating import find_rating, rating_blocks


def test_uzbek_headline_author_vouched_by_genitive():
    text = "Kecha Oybek Nazarovning yangi qissasini tugatdim. Kitob qishloq hayoti haqida."
    book = from_title("Oybek Nazarov, «Qorako‘l»: ikkinchi marta o‘qib", Context(text, (), "uz"))
    assert book is not None and (book.title, book.author) == ("Qorako‘l", "Oybek Nazarov")


def test_kazakh_and_azerbaijani_genitives_counted():
    assert turkic_genitives("Жұмабаев", "Бұл Жұмабаевтың ең жақсы повесі. Жұмабаевтың тілі бай.", "kk") == 2
    assert turkic_genitives("Səfərli", "Səfərlinin romanı uzundur.", "az") == 1
    assert turkic_genitives("Aýdogdyýew", "Aýdogdyýewiň romany gowy.", "tk") == 1


def test_genitives_not_counted_elsewhere_or_for_other_words():
    # not a Turkic page: an English "Malikning" is no genitive
    assert turkic_genitives("Malik", "Malikning is a word here.", "en") == 0
    # a longer word that merely begins with the surname is not its genitive
    assert turkic_genitives("Karim", "Karimova bilan gaplashdik.", "uz") == 0
    # the headline's name the text never names in any form stays unvouched
    assert from_title("Oybek Nazarov, «Qorako‘l»: ikkinchi marta o‘qib",
                      Context("Kitob qishloq hayoti haqida, juda yoqdi.", (), "uz")) is None or \
        from_title("Oybek Nazarov, «Qorako‘l»: ikkinchi marta o‘qib",
                   Context("Kitob qishloq hayoti haqida, juda yoqdi.", (), "uz")).author is None


def _blocks(markup: str):
    return rating_blocks(lxml_html.fragment_fromstring(markup, create_parent="div"))


def test_post_boxed_in_a_blockquote_keeps_its_score():
    body = ('<blockquote class="postbox"><p>Procitao sam ovu knjigu za vikend i nisam mogao da stanem.</p>'
            '<p>Likovi su zivi, a kraj me iznenadio.</p><p>Ocena: 3,5/5</p>'
            '<p>Ko je jos citao nesto od istog pisca?</p></blockquote>')
    rating = find_rating(["Ocena: 3,5/5"], None, _blocks(body))
    assert rating is not None and rating.value == 0.7


def test_quoted_score_beside_own_text_stays_quoted():
    # a reply quoting someone else's score, with its own words outside the quotation: the score is not the post's
    body = ('<blockquote><p>Meine Wertung: 2/5</p><p>Zu lang.</p><p>Und zu langsam.</p></blockquote>'
            '<p>Da bin ich ganz anderer Meinung, mir hat das Buch sehr gefallen und ich fand den Anfang stark.</p>')
    blocks = _blocks(body)
    assert [b.quoted for b in blocks if "2/5" in b.text] == [True]
    # a short quotation alone (fewer than three paragraphs) is still a quotation
    assert all(b.quoted for b in _blocks('<blockquote><p>Punteggio: 4/5</p></blockquote>') if "4/5" in b.text)
