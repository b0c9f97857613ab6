"""A translated title named in the prose with the original's title after it in brackets, set off in italics or quotes:
the capitalised run before the bracket is the title the post reads it by, when the post comes back to it
(booktranslated.py, bookB13); near misses: a run that opens a sentence, a person and a bracketed nickname, a year, a
book held up for comparison and named once, a bracket with no markup."""

from scraper.extract import extract_page
from scraper.extract.booktranslated import translated_titles


def test_english_and_french_and_a_cyrillic_original():
    text = "I finally read The Winter Orchard of Anna Kell (“Der Wintergarten der Anna Kell”) last week. Anna Kell is a baker."
    assert translated_titles(text.split(". ")[0] + ".", text) == ["The Winter Orchard of Anna Kell"]
    fr = "Cet été j’ai enfin lu Le Jardin des Glaces («Ледяной сад») dans le train. Ce Jardin m’a hanté."
    assert translated_titles(fr, fr) == ["Le Jardin des Glaces"]
    # no text given: the run alone
    assert translated_titles("we all read The Salt Road (“La ruta de la sal”) at school") == ["The Salt Road"]


def test_near_misses():
    # the run opens a sentence: the first capital may be the sentence's
    assert translated_titles("Reading The Salt Road (“La ruta de la sal”) was slow.") == []
    assert translated_titles("It was long. The Salt Road (“La ruta de la sal”) was slow.") == []
    # a person with a nickname, a person in the bracket, a year, a bracket without markup
    assert translated_titles("we met Jane Doe (“Nan”) at the fair") == []
    assert translated_titles("we read The Salt Road (“Maria Lopez”) at school") == []
    assert translated_titles("we read The Salt Road (“1984 edition”) at school") == []
    assert translated_titles("we read The Salt Road (La ruta de la sal) at school") == []
    # a book held up for comparison, named once: the post never comes back to it
    text = "It reminds me of The Quiet Harbour (“Der stille Hafen”) in its mood. This novel is about a ferry."
    assert translated_titles(text, text) == []


_POST = """<html lang="en"><head><title>Ferries and fog - Slow Pages</title></head><body>
<header><a href="/">Slow Pages</a></header><main><article><header><h1>Ferries and fog</h1><time datetime="2026-10-02">2 Oct 2026</time></header>
<div class="entry-content">
<p>For years I meant to read The Ferryman's Daughter (<i>Die Tochter des Fährmanns</i>), and this autumn a library copy finally came my way.</p>
<p>It follows a girl who takes over her father's ferry on a grey northern lake after he falls ill, and the village that will not trust her with it.
Brandt writes in short, cold sentences, and the lake is almost a character of its own. The Daughter of the title is stubborn and funny.</p>
<p>The middle drags a little, with one storm too many, but the last chapter is as good as anything I read this year. Brandt never explains
too much, and the ending trusts the reader.</p>
<p>My rating: four out of five.</p>
</div>
<footer><div class="tags"><a href="/tags/german-fiction/">German fiction</a> <a href="/tags/ilse-brandt/">Ilse Brandt</a></div></footer>
</article></main></body></html>"""


def test_whole_post_with_a_tag_row():
    record = extract_page(_POST, "https://slowpages.example/2026/10/ferries-and-fog")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("The Ferryman's Daughter", "Ilse Brandt")


def test_whole_post_with_the_compared_book_only():
    post = _POST.replace("For years I meant to read The Ferryman's Daughter (<i>Die Tochter des Fährmanns</i>), and this autumn",
                         "It reminded me of The Quiet Harbour (<i>Der stille Hafen</i>), and this autumn")
    record = extract_page(post, "https://slowpages.example/2026/10/ferries-and-fog")
    assert record.book_title != "The Quiet Harbour"
