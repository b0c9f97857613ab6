"""Misfires of detover4's rules, mended: a weekday in the book's own name is no session's day (readingevent.book_talk),
a member's review on a wiki (a user blog's namespace, or a lead in the first person) is no encyclopedic article
(wikiarticle.py), and a Thai statement closing on "อยู่" after "ว่า" (that) holds an indefinite, no question
(questions.asks). Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.questions import asks

REVIEW = [
    "The stories are short and sharp, and the narrators are some of the angriest voices I have met in years; the "
    "satire lands because every one of them is drawn so closely that I could hear them breathe.",
    "The middle of the collection drags a little when the theme-park pieces take over, but the last three stories are "
    "superb: the title story in particular is told in short, breathless scenes that I could not put down.",
    "I wish the closing story had been given more room, yet I will read whatever this writer does next the week it "
    "comes out, and I have pressed this book on everyone in my family already.",
]


def _post(title: str, first: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [first, *REVIEW, "Highly recommended."])
    return f"""<html lang="en"><head><title>{title} – Porch Light Books</title></head><body class="single single-post">
<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{paragraphs}</div></article>
</body></html>"""


URL = "https://porchlightbooks.example.com/2026/11/book-discussion/"


def test_weekday_in_the_found_books_name_is_no_session_day():
    page = extract_page(_post("Book discussion: Friday Black by Nana Kwame Adjei-Brenyah",
                              "Friday Black, the debut collection of Nana Kwame Adjei-Brenyah, "
                              "is furious and funny."), URL)
    assert page.is_review and page.kind == "review", page.reason


def test_weekday_in_the_headlines_words_is_no_session_day():
    page = extract_page(_post("Book talk: The Man Who Was Thursday",
                              "The Man Who Was Thursday is Chesterton's strangest novel, "
                              "a nightmare turning into a joke."),
                        URL)
    assert page.is_review, page.reason


INFOBOX = ('<aside class="portable-infobox pi-background"><h2 class="pi-title">The Salt Orchard</h2>'
           '<div class="pi-item"><h3>Author</h3><div>Mirela Dunca</div></div></aside>')
WIKI_REVIEW = """<p>I picked up The Salt Orchard by Mirela Dunca on a friend's advice and read it in two long evenings.
The lock-keeper Ilinca is one of the most stubborn and lovable narrators I have met in years, and the river is drawn so
closely that I could smell the mud.</p><p>The middle drags a little, when the surveyor's maps take over, but the last
fifty pages are superb: the breach of the dyke is told in short, breathless chapters that I could not put down. I
wish the ending had given the surveyor more room, yet I will read the next book of the cycle as soon as it is out.</p>
<p>For anyone who likes slow novels about work and weather, this is an easy one to recommend.</p>"""


def _wiki(body_class: str, lead: str, title: str) -> str:
    return f"""<html lang="en"><head><meta name="generator" content="MediaWiki 1.41"><title>{title} - Delta Wiki</title>
</head><body class="{body_class}"><main id="content" class="mw-body"><h1 id="firstHeading">{title}</h1>
<div id="bodyContent"><div id="mw-content-text"><div class="mw-parser-output">{INFOBOX}{lead}{WIKI_REVIEW}</div></div>
</div></main></body></html>"""


def test_review_on_a_wikis_user_blog_is_no_article():
    lead = "<p><b>The Salt Orchard</b> is the first novel of the Delta Cycle, published in the spring of 2019.</p>"
    page = extract_page(_wiki("mediawiki ltr ns-500 action-view", lead, "User blog:Marsh Reader/The Salt Orchard"),
                        "https://delta.example.wiki/wiki/User_blog:Marsh_Reader/The_Salt_Orchard")
    assert page.is_review, page.reason


def test_wiki_page_whose_bold_lead_is_in_the_first_person_is_no_article():
    lead = ("<p><b>The Salt Orchard</b> is the book that made me fall for this whole series, and here is why every "
            "fan should read it.</p>")
    page = extract_page(_wiki("mediawiki ltr ns-0 action-view", lead, "The Salt Orchard/Review"),
                        "https://delta.example.wiki/wiki/The_Salt_Orchard/Review")
    assert page.is_review, page.reason


def test_thai_statement_after_that_closing_on_the_progressive_does_not_ask():
    assert not asks("ฉันรู้สึกว่าเรื่องนี้ยังขาดอะไรอยู่")  # ("I feel this story still lacks something")
    assert not asks("**ฉันรู้ว่าเขาซ่อนอะไรอยู่**")
    assert asks("ช่วงเวลาว่างทำอะไรอยู่")  # ("ว่าง", free: no "that")


def test_copy_donated_to_the_writer_or_a_name_is_no_donation_to_others():
    from scraper.extract.notedonated import donated
    assert not donated("Ringrazio la casa editrice per avermi donato una copia del libro.")
    assert not donated("Agradezco a la editorial por haberme donado un ejemplar.")
    assert not donated("Grazie a Longanesi per la copia del nuovo thriller di Donato Carrisi.")
    assert donated("Thank you to the publisher who donated twelve copies to our reading room.")
    assert donated("Donated by the publisher to the school library: ten copies.")
