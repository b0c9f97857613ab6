"""holdout56 (book56b): a reading app's book card classed after the app's short namespace ("xy-book-title" /
"xy-book-author"); an article's labelled byline beside its h1 ("Autor: <a>A</a>") that is no book record when the text
never names that person and cites another writer's book; a cover's caption 'A, «T», House' (the house after the closed
quote) over a post that calls its book no more than "the novel"; a Turkish/Azerbaijani passive "sent (to me) by the
publisher". Our own wording throughout, with near misses."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract import extract_page
from scraper.extract.bookld import from_card
from scraper.extract.notes import find_disclosure
from scraper.extract.recordcaption import record_caption, record_parts


# --- a book card classed after a namespace --------------------------------------------------------------------------------

def _card(title_class: str, author_class: str) -> str:
    return (f'<html><body><main><div class="xx-post"><div class="xx-card"><img src="/c.jpg" alt="">'
            f'<div class="xx-meta"><span class="{title_class}">Harbour of Small Lamps</span> '
            f'<span class="{author_class}">Noor Castellan</span></div></div>'
            f'<p>Some words of mine about it.</p></div></main></body></html>')


@pytest.mark.parametrize("title_class, author_class", [
    ("lt-book-title", "lt-book-author"),
    ("c-book-title", "c-book-author"),
    ("app-book-name", "app-book-author"),
    ("book-title", "book-author"),  # (the bare form, read before)
])
def test_namespaced_book_card(title_class, author_class):
    book = from_card(html.fromstring(_card(title_class, author_class)))
    assert book and (book.title, book.author) == ("Harbour of Small Lamps", "Noor Castellan")


@pytest.mark.parametrize("title_class, author_class", [
    ("facebook-title", "facebook-author"),  # no "book" token: a word that ends in it
    ("ebook-title", "ebook-author"),
    ("longname-book-title", "longname-book-author"),  # a long prefix is a word of its own, not a namespace
])
def test_namespaced_card_near_misses(title_class, author_class):
    assert from_card(html.fromstring(_card(title_class, author_class))) is None


def test_namespaced_card_in_the_sidebar_is_left():
    page = ('<html><body><main><p>My post.</p></main><aside><div class="zz-card"><span class="zz-book-title">Other</span>'
            '<span class="zz-book-author">Some One</span></div></aside></body></html>')
    assert from_card(html.fromstring(page)) is None


# --- an article's labelled byline beside its h1 -----------------------------------------------------------------------------

_RO = ["Romanul urmărește o croitoreasă bătrână care își rescrie scrisorile de tinerețe într-un caiet cu coperți verzi.",
       "Vrânceanu scrie cu răbdare și cu umor, iar capitolele scurte se citesc repede, deși finalul rămâne deschis.",
       "Am citit-o într-un weekend ploios și m-am gândit mult la bunica mea, care făcea exact la fel.",
       "Nota mea: 4/5"]


def _article(record: str | None, body=_RO, label="Autor:", reviewer="Sorina Pădurean") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body) + (f'<p class="xx-biblio">{record}</p>' if record else "")
    return (f'<html lang="ro"><head><title>Caietul verde și o viață scrisă din nou - Revista</title></head><body>'
            f'<main class="xx-main"><h1 class="xx-title">Caietul verde și o viață scrisă din nou</h1>'
            f'<div class="xx-author">{label} <a href="/autor/x">{reviewer}</a></div>'
            f'<div class="xx-article-body">{paragraphs}</div></main></body></html>')


def test_byline_gives_way_to_the_texts_record():
    page = extract_page(_article("Tudor Vrânceanu, <em>Caietul croitoresei</em>, Editura Vlad, 2025."), "https://revista.example.ro/articol/caietul/")
    assert (page.book_title, page.book_author) == ("Caietul croitoresei", "Tudor Vrânceanu")


def test_byline_kept_when_the_text_names_its_person():
    # a record page: the reader's text names the linked writer; the header stays the book's whatever the text cites
    body = ["Sorina Pădurean scrie aici despre o croitoreasă bătrână care își rescrie scrisorile de tinerețe.", *_RO[1:]]
    page = extract_page(_article("Tudor Vrânceanu, <em>Caietul croitoresei</em>, Editura Vlad, 2025.", body=body),
                        "https://revista.example.ro/carte/caietul/")
    assert page.book_author != "Tudor Vrânceanu"


def test_byline_without_a_record_line_is_not_undone():
    page = extract_page(_article(None), "https://revista.example.ro/carte/caietul/")
    assert page.book_author != "Tudor Vrânceanu"


# --- a cover's caption 'A, «T», House' ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("caption, title, name", [
    ("Ilias Markopoulos, «Το τελευταίο λεωφορείο», Πόλις", "Το τελευταίο λεωφορείο", "Ilias Markopoulos"),
    ("Hanna Wierzbicka, „Sad za torami”, Znak 2024", "Sad za torami", "Hanna Wierzbicka"),
    ("Claire Dubosc, «Les quais du soir», Verdier", "Les quais du soir", "Claire Dubosc"),
])
def test_house_after_the_quoted_title(caption, title, name):
    assert record_parts(caption) == (title, name)


@pytest.mark.parametrize("caption", [
    "Ilias Markopoulos, «Το τελευταίο λεωφορείο», φωτογραφία: Reuters",  # a credit after the comma
    "Claire Dubosc, Les quais du soir, Verdier",  # no quotes: where the title ends is unknown
    "Claire Dubosc, «Les quais du soir», 2024, 312 pages",  # figures: no house
])
def test_house_after_quote_near_misses(caption):
    assert record_parts(caption) is None


_EL = "".join(f"<p>{p}</p>" for p in [
    "Ο ήρωας είναι ένας ταξιτζής που δουλεύει νύχτα και ακούει τις ιστορίες των επιβατών του χωρίς να μιλά ποτέ.",
    "Ο Μαρκόπουλος γράφει λιτά, με σκηνές που κρατούν μια σελίδα και κλείνουν απότομα, σαν πόρτες αυτοκινήτου.",
    "Κάποια κεφάλαια επαναλαμβάνονται, όμως το μυθιστόρημα αφήνει μια ήσυχη θλίψη που κρατά μέρες.",
    "Οι επιβάτες είναι μια πόλη ολόκληρη: μια νοσοκόμα που γυρίζει από βάρδια, ένας γέρος μουσικός, δύο φοιτητές που τσακώνονται.",
    "Δεν είναι βιβλίο για όσους θέλουν πλοκή, αλλά όποιος αγαπά τις μικρές ιστορίες θα βρει εδώ πολλά να κρατήσει.",
    "Βαθμός: 4/5"])


def _figure_page(caption: str, lead: bool = True) -> str:
    figure = f'<figure class="wp-caption"><img src="/up/pic.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    content = figure + _EL if lead else _EL[:_EL.index("</p>") + 4] + figure + _EL[_EL.index("</p>") + 4:]
    return (f'<html lang="el"><head><title>Νύχτες στο ταξί</title></head><body><article class="post">'
            f'<h1 class="entry-title">Νύχτες στο ταξί</h1><div class="entry-content">{content}</div></article></body></html>')


def test_lead_caption_with_a_house_is_the_record():
    caption = "Ηλίας Μαρκόπουλος, «Το τελευταίο λεωφορείο», Πόλις"
    page = extract_page(_figure_page(caption), "https://periodiko.example.gr/nychtes-sto-taxi/")
    assert caption in page.body_text
    assert page.book_author == "Ηλίας Μαρκόπουλος"  # (not the hero the text names first)


def test_caption_without_house_or_not_leading_needs_the_title_said():
    text = html.fromstring(_EL).text_content()
    doc = html.fromstring(_figure_page("x"))
    figure = doc.find(".//figure")
    assert not record_caption("Ηλίας Μαρκόπουλος, «Το τελευταίο λεωφορείο»", figure, text)  # no house
    later = html.fromstring(_figure_page("x", lead=False)).find(".//figure")
    assert not record_caption("Ηλίας Μαρκόπουλος, «Το τελευταίο λεωφορείο», Πόλις", later, text)  # mid-post
    assert record_caption("Ηλίας Μαρκόπουλος, «Το τελευταίο λεωφορείο», Πόλις", figure, text)
    assert not record_caption("Σοφία Λάμπρου, «Το τελευταίο λεωφορείο», Πόλις", figure, text)  # a person the text never names


# --- "sent (to me) by the publisher", tr/az ------------------------------------------------------------------------------

def _found(text: str) -> bool:
    return bool(find_disclosure([("text", text)], frozenset()))


def test_turkic_passive_with_a_dative():
    assert _found("Bu roman, yayınevi tarafından bana ücretsiz olarak gönderildi.")
    assert _found("Kitap yayınevi tarafından tarafıma gönderilmiştir; görüşlerim kendime aittir.")
    assert _found("Okuma nüshası yayınevi tarafından bize gönderildi.")
    assert _found("Kitab nəşriyyat tərəfindən mənə göndərilib.")


def test_turkic_passive_near_misses():
    assert not _found("Roman ilk kez 1998'de yayınevi tarafından basıldı.")
    assert not _found("Mektuplar yazar tarafından bana gönderildi, kitapta yer alıyor.")
    assert not _found("Kitap yayınevi tarafından yasaklandı.")
