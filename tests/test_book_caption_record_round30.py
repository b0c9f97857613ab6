"""The caption of the post's own picture that gives the book as a record does, the name first and the title quoted
beside it, then the edition's remark ("Name, «Title», Publisher", "Name, „Title“ (Verlag, 2021)"): the closing quote
says where the title ends (``bookcaptiontitle._quoted_head``), and, where no other rule found a book, that caption
gives it when the prose names the person again (``caption_book`` with no book).

Near misses: a caption whose person the prose never names again (a photographer's credit); two such captions (no
telling which); a caption that quotes no title. Every text here is invented for these tests.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptiontitle import _quoted_head, caption_book


def _tree(captions: list[str]):
    figures = "".join(f'<figure><img src="/c{i}.jpg" alt=""><figcaption>{c}</figcaption></figure>' for i, c in enumerate(captions))
    return lxml_html.fromstring(f"<html><body><article>{figures}<p>x</p></article></body></html>")


def test_the_quoted_title_beside_the_name_is_read_whatever_follows_el_de_fr():
    ctx = Context("Η Μαρκοπούλου γράφει λιτά, και η Μαρκοπούλου δεν εξηγεί.", (), "el")
    book = _quoted_head("Ελένη Μαρκοπούλου, «Η αλυκή», εκδόσεις Πέλαγος", ctx)
    assert (book.title, book.author) == ("Η αλυκή", "Ελένη Μαρκοπούλου")
    ctx = Context("Lindqvist erzählt knapp. Lindqvist lässt vieles offen.", (), "de")
    book = _quoted_head("Hanne Lindqvist, „Der leere Hafen“ (Verlag am Deich, 2021)", ctx)
    assert (book.title, book.author) == ("Der leere Hafen", "Hanne Lindqvist")
    ctx = Context("Berthier écrit court. Berthier ne juge jamais.", (), "fr")
    book = _quoted_head("Claire Berthier, « La digue », Éditions du Sable", ctx)
    assert book is not None and book.author == "Claire Berthier"


def test_a_caption_without_a_quoted_title_or_remark_is_not_this_shape():
    ctx = Context("Lindqvist erzählt knapp.", (), "de")
    assert _quoted_head("Hanne Lindqvist am Hafen von Kiel, 2019", ctx) is None
    assert _quoted_head("Der leere Hafen von Hanne Lindqvist", ctx) is None


def test_no_book_yet_takes_the_one_record_caption_whose_person_the_prose_names():
    lines = ["Η Μαρκοπούλου γράφει λιτά.", "Στο τέλος η Μαρκοπούλου αφήνει τον αναγνώστη μόνο."]
    book = caption_book(None, _tree(["Ελένη Μαρκοπούλου, «Η αλυκή», εκδόσεις Πέλαγος"]), "Ένα καλοκαίρι στην αλυκή", lines)
    assert (book.title, book.author) == ("Η αλυκή", "Ελένη Μαρκοπούλου")


def test_a_person_the_prose_never_names_again_gives_nothing():
    lines = ["Das Buch hat mich lange beschäftigt.", "Am Ende bleibt vieles offen."]
    assert caption_book(None, _tree(["Hanne Lindqvist, „Der leere Hafen“, Verlag am Deich"]), "Ein stiller Sommer", lines) is None


def test_two_record_captions_give_nothing():
    lines = ["Lindqvist erzählt knapp, Okafor dagegen ausführlich.", "Lindqvist gewinnt, Okafor nicht."]
    tree = _tree(["Hanne Lindqvist, „Der leere Hafen“, Verlag am Deich", "Chidi Okafor, „Die Salzstraße“, Nordverlag"])
    assert caption_book(None, tree, "Zwei Hafenromane", lines) is None


PAGE = """<html lang="el"><head><title>Ένα καλοκαίρι στην αλυκή - Σημειώσεις αναγνώστη</title></head>
<body><article><h1>Ένα καλοκαίρι στην αλυκή</h1>
<figure><img src="/images/exofyllo.jpg" alt="Το εξώφυλλο"><figcaption>Ελένη Μαρκοπούλου, «Η αλυκή», εκδόσεις Πέλαγος</figcaption></figure>
<p>Το διάβασα σε ένα ταξίδι με το πλοίο, μέσα σε δύο απογεύματα, και από τότε το σκέφτομαι συχνά. Είναι ένα σύντομο
μυθιστόρημα για μια οικογένεια που δουλεύει στις αλυκές ένα καλοκαίρι της δεκαετίας του εξήντα.</p>
<p>Η Μαρκοπούλου γράφει λιτά και αφήνει τις σιωπές να μιλήσουν. Οι ήρωες δεν εξηγούν τίποτα, και αυτό είναι η δύναμή
του. Στο τέλος η Μαρκοπούλου αφήνει τον αναγνώστη μόνο με το αλάτι και τον ήλιο.</p>
<p>Η γλώσσα είναι απλή αλλά ποτέ φτωχή. Κάθε κεφάλαιο είναι μια μέρα δουλειάς, και οι μέρες μοιάζουν μεταξύ τους
όπως μοιάζουν στ' αλήθεια: ο ήλιος, το νερό, οι σωροί από αλάτι, οι κουβέντες το βράδυ. Μέσα σε αυτή την επανάληψη όμως
κάτι αλλάζει, αργά, και όταν το καταλαβαίνεις είναι πια αργά για τους ήρωες. Η μικρή κόρη, που αφηγείται, μεγαλώνει
μέσα σε ένα καλοκαίρι, και η φωνή της αλλάζει μαζί της.</p>
<p>Αν έχω μια ένσταση, είναι ότι ο πατέρας μένει λίγο θολός· θα ήθελα να τον γνωρίσω καλύτερα. Όμως ίσως αυτό ήθελε
η συγγραφέας, να τον δούμε όπως τον έβλεπε το παιδί.</p>
<p>Δεν είναι για όλους, αλλά εμένα με κέρδισε. Το προτείνω σε όσους αγαπούν τα ήσυχα βιβλία.</p>
</article></body></html>"""


def test_a_review_under_a_remark_headline_gets_the_captioned_book():
    record = extract_page(PAGE, "https://simeioseis.example.gr/posts/kalokairi-stin-alyki")
    assert (record.book_title, record.book_author) == ("Η αλυκή", "Ελένη Μαρκοπούλου")
