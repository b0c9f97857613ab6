"""Review of round 34's bookworld rules (rev-bookworld): real reviews the new non-review signals took. A review whose
headline names the book and whose first sentence tells its late author's death is no obituary (obituarylead: an
obituary's lead opens on the person or the death, under a headline naming the person); a book whose own title holds an
excerpt's word is no excerpt (excerptpost reads the headline without the book's title); a review whose read-alikes
list scores one of them is no list (scoreditem: the headline's book, absent from the list, is the post's subject)."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, body: str, url: str = "https://blog.example.org/2026/12/post", lang: str = "en"):
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    return extract_page(html, url)


_LAMP = ("<p>The storms are written with real care, and the middle chapters, where the keeper's brother arrives, are the"
         " best thing I have read this year. The ending is a little rushed, but the voice carries it.</p><p>I would give"
         " it to anyone who loves slow, careful books about work and weather. It is a small book that stays with you.</p>"
         "<p><em>The Winter Lamp</em>, Osric Pellham. Harbour Press, 1984.</p>")


def test_review_opening_on_when_the_author_died_is_no_obituary():
    page = _page("The Winter Lamp by Osric Pellham", "<p>When Osric Pellham died last spring, I finally took The Winter"
                 " Lamp down from my shelf. I wish I had read it sooner.</p>" + _LAMP)
    assert page.is_review


def test_review_under_the_books_headline_opening_on_its_authors_death_is_no_obituary():
    page = _page("The Winter Lamp by Osric Pellham", "<p>Osric Pellham died last year, and this, his last novel, reads"
                 " like a farewell.</p>" + _LAMP)
    assert page.is_review


def test_german_review_opening_on_als_a_starb_is_no_obituary():
    page = _page("Die Winterlampe von Osric Pellham",
                 "<p>Als Osric Pellham im Frühjahr starb, holte ich endlich Die Winterlampe aus dem Regal.</p><p>Die Stürme"
                 " sind mit großer Sorgfalt geschrieben, und die mittleren Kapitel, in denen der Bruder des Wärters ankommt,"
                 " sind das Beste, was ich dieses Jahr gelesen habe. Das Ende ist etwas überhastet, aber die Stimme trägt"
                 " es.</p><p>Ich würde es allen empfehlen, die langsame, sorgfältige Bücher über Arbeit und Wetter lieben."
                 "</p><p><em>Die Winterlampe</em>, Osric Pellham. Hafen Verlag, 1984.</p>", lang="de")
    assert page.is_review


def test_a_book_titled_with_an_excerpts_word_is_no_excerpt():
    page = _page("The Extract by Lena Moss – a slow-burn thriller",
                 "<p>The Extract follows a chemist who finds something in her lab's samples that should not exist. Moss"
                 " builds tension patiently and I read the last hundred pages in one night.</p><p>The middle sags a little"
                 " and the villain is guessable, but the lab scenes feel real, and the ending lands.</p><p>The characters"
                 " are drawn with care, and the dialogue has a dry wit that kept me smiling through the darker chapters."
                 " Some readers will find the pace too slow, but I liked being made to wait, and the final chapters pay"
                 " off every page of patience.</p><p>Recommended for fans of quiet, clever thrillers.</p>")
    assert page.is_review


def test_read_alikes_list_scoring_one_of_them_stays_a_review():
    items = ["<li><b>Seven Salt Roads</b> — for the sisters (I gave it 5/5 last year).</li>",
             "<li><b>Winter Inventory</b> — for the weather.</li>", "<li><b>Lanterns at Low Tide</b> — for the grief.</li>",
             "<li><b>A House of Paper Birds</b> — for the land.</li>", "<li><b>Ferry Weather</b> — for the ending.</li>"]
    review = ("<p>The Copper Orchard follows two sisters who inherit a failing orchard and a grudge. I read it over a long"
              " weekend and loved most of it; the sisters' quarrels are sharp and true, and the orchard is a character of"
              " its own.</p><p>The middle drags, and one subplot about a land sale goes nowhere, but the last fifty pages"
              " earn every tear. Mara Quill writes weather better than anyone I know.</p>")
    page = _page("The Copper Orchard by Mara Quill", review + "<p>If you liked it, try:</p><ul>" + "".join(items) + "</ul>")
    assert page.is_review


_ORCHARD = ("<p>Hanna Wolska's second novel is a quiet, cold, beautiful book, and I read it in two sittings.</p><blockquote>"
            "Snow came to the orchard before it came to the town that year.</blockquote><p>That opening sets the tone:"
            " Wolska writes weather and silence better than anyone, though the middle drags and the visitor's secret is"
            " easy to guess. I loved it anyway.</p><p>The characters are drawn with care, and the dialogue has a dry wit"
            " that kept me smiling through the darker chapters. Some readers will find the pace too slow, but I liked"
            " being made to wait, and the final chapters pay off every page of patience.</p>")


def test_an_extract_in_the_words_after_the_books_title_is_no_label():
    assert _page("The Winter Orchard by Hanna Wolska: an extract and my thoughts", _ORCHARD).is_review


def test_new_cover_going_on_in_the_headlines_own_words_is_no_label():
    page = _page("The new cover — and the old magic: The Copper Orchard by Mara Quill",
                 "<p>The Copper Orchard follows two sisters who inherit a failing orchard and a grudge. I read it over a"
                 " long weekend and loved most of it; the sisters' quarrels are sharp and true, and the orchard is a"
                 " character of its own.</p><p>The middle drags, and one subplot about a land sale goes nowhere, but the"
                 " last fifty pages earn every tear. Mara Quill writes weather better than anyone I know.</p>")
    assert page.is_review
