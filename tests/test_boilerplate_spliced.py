"""Lines a site splices into a post body (scraper.extract.spliced), on posts of our own invention:

- a related post's link between two paragraphs of the review: a short lead set apart (bold, or ending in a colon or
  a dash) and one link to the site's own pages that is most of the line; not a sentence with a link, not a link to
  another site, not a lead of many words, not a line at the end (no paragraph after it);
- a short contact line ending on an e-mail address in the post's second half; not an address in the review's
  paragraph, not a free-copy note with an address, not one in the post's first half;
- a section heading over a review list's item (byline, title, then the text); not a heading over a box of prose,
  not one over a box that opens with its own heading (the review's sections);
- a row of actions and counts after the review ("Like 326 · Comments 41 · Share", "Reviewed 2 months ago · Used
  for a week"); not a row before the review's last paragraph, not a labelled info row, not a score.
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "saltmarshreads.example"

REVIEW = [
    "Ines Berg's third novel follows two sisters who inherit a failing ferry company on a windswept northern coast, and the debts that come with it.",
    "The older sister keeps the accounts in a notebook that becomes the spine of the book, page after careful page, each entry a small confession.",
    "Berg writes weather and machinery with the same patience, and the engine-room chapter in the middle of the book is a small masterpiece of its own.",
    "The ending ties the debts up too neatly for my taste, but I finished it in two evenings and have pressed it on three friends since then.",
]
MORE = [
    "The younger sister is harder to love, and I think Berg knows it: she gives her the best lines and the worst decisions, often in the same scene.",
    "The translation reads smoothly throughout, with only a few nautical terms that sent me to the dictionary, which I did not mind at all.",
    "If you liked the quieter family novels of the last few years, this one belongs on the same shelf, a little colder and a little braver.",
]


@pytest.mark.parametrize("line_", [
    "<p><b>Also on the blog</b> <a href='/2026/10/five-coastal-novels/'>Five coastal novels for a grey autumn</a></p>",
    "<p><strong>Mehr dazu</strong> <a href='https://saltmarshreads.example/folge-27'>Folge 27 — Die Fähre und das Schweigen</a></p>",
    "<p><b>Czytaj dalej</b> <a href='/wpis/412'>Dwie siostry, jeden prom: rozmowa z autorką</a></p>",
])
def test_a_related_posts_link_between_paragraphs_goes(line_):
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert rules == ["related link between paragraphs"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    # a sentence with a link: the lead is many words
    "<p>I wrote about her first novel last spring, <a href='/2025/04/tidewater/'>Tidewater and its long silences</a></p>",
    # a link to another site (a shop, a publisher): not the site's own post
    "<p><b>Publisher</b> <a href='https://northpress.example/books/ferry'>North Press, hardback, 2026 edition</a></p>",
    # no lead set apart (no bold, no colon)
    "<p>see also <a href='/2026/10/five-coastal-novels/'>Five coastal novels for a grey autumn</a></p>",
    # the link is a small part of the line
    "<p><b>Aside:</b> the translator's note at the back is worth reading first, and <a href='/t/'>her blog</a> too.</p>",
])
def test_near_misses_of_a_related_link_stay(line_):
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert "related link between paragraphs" not in rules


@pytest.mark.parametrize("line_", [
    "<p>Send your own reviews to this address: letters@saltmarshreads.example</p>",
    "<p>Schicken Sie uns Ihre Texte an redaktion@saltmarshreads.example.</p>",
])
def test_a_contact_line_ending_on_an_address_goes(line_):
    text, rules = cleaned(paras(*REVIEW) + line_ + "<p>Tags:</p><h3>Comments</h3><p>Log in to comment</p>", HOST)
    # (a call for readers' texts may be taken first by submissioncall, which names it so)
    assert {"contact line", "call for submissions"} & set(rules)
    assert "@" not in text
    assert all(sentence in text for sentence in REVIEW)


def test_near_misses_of_a_contact_line_stay():
    # an address in the review's own paragraph, not at its end
    own = "I wrote to the author with a question about the engine room, and she answered within a day: ines@berg.example"
    text, rules = cleaned(paras(*REVIEW, own, *MORE, "A book for a long winter evening, with tea and the radio on low in the kitchen, as my grandmother used to read."), HOST)
    assert "contact line" not in rules and own in text
    # a free-copy note that names an address is the review's note
    note = "I received a free copy from the publisher, press@northpress.example"
    text, rules = cleaned(paras(*REVIEW, note, *MORE), HOST)
    assert "contact line" not in rules
    # in the post's first half: not a footer
    first = "Questions to the reading club: club@saltmarshreads.example"
    text, rules = cleaned(paras(first, *REVIEW), HOST)
    assert "contact line" not in rules and first in text


def _item(heading_tag: str = "h3", opener: str = "<div class='meta'>By Lea K., 20.11.2026</div>") -> str:
    return f"<div class='item'>{opener}<{heading_tag}>Two sisters and a ferry</{heading_tag}><div class='text'>{paras(*REVIEW)}</div></div>"


@pytest.mark.parametrize("label", ["Bibliotekarens omdöme", "Recensione della libraia", "Staff review"])
def test_a_section_heading_over_a_review_lists_item_goes(label):
    text, rules = cleaned(f"<h2>{label}</h2>" + _item(), HOST)
    assert "section heading" in rules
    assert label not in text and "Two sisters and a ferry" in text


def test_near_misses_of_a_section_heading_stay():
    # a heading over a box of prose (the review's title over its text)
    text, rules = cleaned("<h2>Two sisters and a ferry</h2><div class='text'>" + paras(*REVIEW) + "</div>", HOST)
    assert "section heading" not in rules
    # a heading over a box that opens with its own heading: the review's sections
    text, rules = cleaned("<h2>The Ferry Sisters</h2>" + _item(opener=""), HOST)
    assert "section heading" not in rules and "The Ferry Sisters" in text


@pytest.mark.parametrize("row", [
    "<div class='actions'><span>Like 326</span> <span>Comments 41</span> <span>Share</span></div>",
    "<div class='when'><span>Recensito 2 mesi fa</span> <span>Usato per 1 settimana</span></div>",
    "<div class='bar'><span>赞 326</span> <span>评论 41</span> <span>分享</span></div>",
])
def test_a_row_of_actions_and_counts_after_the_review_goes(row):
    text, rules = cleaned(paras(*REVIEW) + row, HOST)
    assert "tally row" in rules
    assert all(sentence in text for sentence in REVIEW) and "326" not in text and "settimana" not in text


@pytest.mark.parametrize("row", [
    # before the review's last paragraph
    ("<div class='x'><span>Pages 320</span> <span>Chapters 41</span></div>", "before"),
    # a labelled info row
    ("<div class='x'><span>Pages: 320</span> <span>Year: 2026</span></div>", "after"),
    # the reviewer's score beside a count
    ("<div class='x'><span>4/5</span> <span>2 rereads</span></div>", "after"),
])
def test_near_misses_of_a_tally_row_stay(row):
    markup, where = row
    inner = paras(*REVIEW[:2]) + markup + paras(*REVIEW[2:]) if where == "before" else paras(*REVIEW) + markup
    text, rules = cleaned(inner, HOST)
    assert "tally row" not in rules


@pytest.mark.parametrize("line_", [
    "<p class='story-also-read'>Més al suplement: cinc novel·les per rellegir aquest hivern</p>",
    "<p class='c-inline-link'>Mehr im Literaturteil: fünf Romane für den Winter</p>",
])
def test_a_line_the_theme_classes_as_a_related_story_goes_link_or_not(line_):
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert rules == ["related link between paragraphs"]
    assert all(sentence in text for sentence in REVIEW)


def test_near_misses_of_a_classed_related_line_stay():
    # a long paragraph under such a class (a theme that classes every paragraph alike), and a line not between paragraphs
    long_ = "<p class='inline-link'>" + REVIEW[0] + " " + REVIEW[1] + "</p>"
    text, rules = cleaned(paras(*REVIEW[:2]) + long_ + paras(*REVIEW[2:]), HOST)
    assert "related link between paragraphs" not in rules
    text, rules = cleaned("<p class='also-read'>Also in the supplement: five novels</p>" + paras(*REVIEW), HOST)
    assert "related link between paragraphs" not in rules


def _with_buttons(inner: str, *labels: str) -> str:
    buttons = " ".join(f"<button>{label}</button>" for label in labels)
    return f"{inner}<div class='actions'>{buttons}</div>"


def _cleaned_page(inner: str) -> tuple[str, list[str]]:
    """Cleaned as extract_page does it: the buttons' labels noted on their parents, then the buttons dropped."""
    import lxml.html

    from scraper.extract import controls
    from scraper.extract.boilerplate import CleanReport, clean_body
    from tests.cleaning import rules, text_of

    root = lxml.html.fromstring(f"<html><body><div class='entry-content'>{inner}</div></body></html>")
    controls.mark_controls(root)
    for button in list(root.iter("button")):
        button.drop_tree()
    body, report = root.cssselect(".entry-content")[0], CleanReport()
    clean_body(body, HOST, report)
    return text_of(body), rules(report)


@pytest.mark.parametrize("ask, labels", [
    ("Press Helpful once if this saved you a purchase 🙏", ("Helpful (23)", "Report")),
    ("좋아요 한 번만 눌러 주시면 다음 리뷰도 쓸게요 🙏", ("좋아요 48", "댓글 5", "공유")),
    ("Klik Suka ya kak, biar semangat nulis lagi!", ("Suka (12)", "Laporkan")),
])
def test_an_ask_naming_the_pages_button_goes(ask, labels):
    text, rules = _cleaned_page(_with_buttons(paras(*REVIEW, ask), *labels))
    assert "ask naming the page's button" in rules
    assert all(sentence in text for sentence in REVIEW) and ask not in text


@pytest.mark.parametrize("line_, labels", [
    # the button's word as the line's predicate, at its end
    ("이 책은 정말 좋아요 😊", ("좋아요 48", "공유")),
    # the word in another case ("helpful" in a sentence, the button "Helpful")
    ("It was helpful for my book club, truly 😊", ("Helpful (23)",)),
    # no turn to the reader (no pictograph, no exclamation)
    ("Press Helpful if you like, it is up to you", ("Helpful (23)",)),
    # no such button on the page
    ("Press Helpful once if this saved you a purchase 🙏", ("Report",)),
])
def test_near_misses_of_a_button_ask_stay(line_, labels):
    text, rules = _cleaned_page(_with_buttons(paras(*REVIEW, line_), *labels))
    assert "ask naming the page's button" not in rules


@pytest.mark.parametrize("trail", [
    "<p><a href='/'>Home</a> › <a href='/fiction'>Fiction</a> › <a href='/fiction/nordic'>Nordic</a></p>",
    "<div class='crumbs'>Romans &gt; Littérature nordique</div>",
    "<p><a href='/'>Harbour Forum</a> / <a href='/books'>Books</a> / <a href='/t/88'>The Ferry Sisters, a review</a> (412 Views)</p>",
])
def test_breadcrumbs_over_the_review_go(trail):
    text, rules = cleaned(trail + paras(*REVIEW), HOST)
    assert "breadcrumbs" in rules
    assert all(sentence in text for sentence in REVIEW) and "Views" not in text and "nordique" not in text


@pytest.mark.parametrize("line_", [
    "<p>Sisters / ferries / debt</p>",  # slashes between words no link makes steps of
    "<p><b>Rating</b> 4 / 5</p>",  # a score
    "<p>Plot > characters, for once. I mean it.</p>",  # a sentence
])
def test_near_misses_of_breadcrumbs_stay(line_):
    text, rules = cleaned(line_ + paras(*REVIEW), HOST)
    assert "breadcrumbs" not in rules


def test_a_trail_after_the_reviews_first_paragraph_is_no_breadcrumbs():
    trail = "<p>Romans &gt; Littérature nordique</p>"
    text, rules = cleaned(paras(REVIEW[0]) + trail + paras(*REVIEW[1:]), HOST)
    assert "breadcrumbs" not in rules


@pytest.mark.parametrize("row", [
    "<div class='summary'><span>4,2 av 5</span> <span>(118 betyg)</span></div>",
    "<div class='avg'><span>4.8</span><span>/5</span><span>(1 204 recensioni)</span></div>",
    "<p>★★★★☆ (2,345 ratings)</p>",
])
def test_the_readers_average_over_the_review_goes(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "readers' average" in rules
    assert all(sentence in text for sentence in REVIEW) and "(" not in text


@pytest.mark.parametrize("row", [
    "<p>Rating: 4/5 (my favourite of the year)</p>",  # the reviewer's score and a word about it
    "<p>★★★★☆ (4/5)</p>",  # the score said twice
    "<div><span>320 pages</span> <span>(2019)</span></div>",  # no score
])
def test_near_misses_of_the_readers_average_stay(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "readers' average" not in rules


@pytest.mark.parametrize("row", [
    "<div class='user'><img src='/a/7.jpg' alt=''><a href='/u/7'>Harbourlight</a> <span>📚 412 books rated</span></div>",
    "<div class='autor'><img src='/a/9.jpg' alt='lectora_9'><a href='/u/9'>lectora_9</a> <span>87 reseñas</span> <span>12 seguidores</span></div>",
])
def test_the_members_row_over_the_review_goes(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "member row" in rules
    assert all(sentence in text for sentence in REVIEW) and "412" not in text and "reseñas" not in text


@pytest.mark.parametrize("row", [
    # a cover (its alt text the title) beside the author's name and the year
    "<div class='book'><img src='/c/1.jpg' alt='The Ferry Sisters'><a href='/a/berg'>Ines Berg</a> <span>2026</span></div>",
    # no avatar
    "<div class='user'><a href='/u/7'>Harbourlight</a> <span>412 books rated</span></div>",
    # a score beside the name
    "<div class='user'><img src='/a/7.jpg' alt=''><a href='/u/7'>Harbourlight</a> <span>4/5</span></div>",
])
def test_near_misses_of_a_members_row_stay(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "member row" not in rules


def _reviews_list(label: str) -> str:
    return (f"<div class='block-title'><strong>{label}</strong></div><ol class='items'>"
            f"<li itemprop='review' itemscope itemtype='http://schema.org/Review'><div class='t'>Two sisters and a ferry</div>"
            f"<div class='c'>{paras(*REVIEW)}</div></li></ol>")


@pytest.mark.parametrize("label", ["Opiniones de lectores", "Avis des lecteurs"])
def test_a_bold_label_over_a_list_of_review_items_goes(label):
    text, rules = cleaned(_reviews_list(label), HOST)
    assert "section heading" in rules
    assert label not in text and all(sentence in text for sentence in REVIEW)


def test_near_misses_of_a_label_over_reviews_stay():
    # a bold line over a box that is no list of reviews (the review's own text)
    text, rules = cleaned("<p><b>Opiniones de lectores</b></p><div class='c'>" + paras(*REVIEW) + "</div>", HOST)
    assert "section heading" not in rules
    # a line with words outside its bold part
    inner = _reviews_list("x").replace("<strong>x</strong>", "<strong>Opiniones</strong> de lectores")
    text, rules = cleaned(inner, HOST)
    assert "section heading" not in rules


@pytest.mark.parametrize("box", [
    "<div class='foot'><p>Autorin: Hafenlicht</p><p>Quelle: https://www.saltmarshreads.example/u/hafenlicht/</p>"
    "<p>Nachdruck nur mit Link zum Original.</p></div>",
    "<div><p>作者：海港之光</p><p>原文链接：https://www.saltmarshreads.example/p/88.html</p></div>",
])
def test_the_posts_source_signature_goes_with_its_box(box):
    text, rules = cleaned(paras(*REVIEW) + box, HOST)
    assert "source signature" in rules
    assert all(sentence in text for sentence in REVIEW) and "http" not in text and "作者" not in text


@pytest.mark.parametrize("line_", [
    "<div><p>Quoted from: https://otherblog.example/2025/ferries/</p><p>Thanks to her for the tip.</p></div>",  # another site
    "<div><p>See https://saltmarshreads.example/p/88 for my first take on this book</p><p>More soon.</p></div>",  # a sentence
])
def test_near_misses_of_a_source_signature_stay(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert "source signature" not in rules


def test_a_cover_with_its_titles_link_and_year_is_no_members_row():
    row = "<div class='book'><a href='/b/1'><img src='/c/1.jpg' alt='Beloved'></a><a href='/b/1'>Beloved</a> <span>1987</span></div>"
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "member row" not in rules


@pytest.mark.parametrize("line_", [
    # a lead of a short clause ending in a colon, the link half the line (en, es, ru)
    "<p>You might enjoy this one too: <a href='/2026/09/river-books/'>Three river novels we read in June</a></p>",
    "<p>Quizá también te interese esto: <a href='/2026/09/rios/'>Tres novelas de ríos que leímos</a></p>",
    "<p>Вам может быть интересно и это: <a href='/posts/77-reki.html'>Три романа о реках этого лета</a></p>",
])
def test_a_related_link_after_a_short_clause_and_a_colon_goes(line_):
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert rules == ["related link between paragraphs"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    # a clause of more than six words before the colon: the writer's sentence
    "<p>My friend who lent me the book wrote her own review of it last week: <a href='/2026/09/river-books/'>the ferry, again</a></p>",
    # a lead with no colon stays under the stricter measure
    "<p>You might enjoy this one too <a href='/2026/09/river-books/'>Three river novels we read</a></p>",
])
def test_near_misses_of_a_clause_and_a_colon_stay(line_):
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert "related link between paragraphs" not in rules
