"""rev-detshort117: misfires of detshort117's rules (own words and markup).

- selfqa: a self-Q&A giving its score on a labelled line among the answers ("Rating: 8/10") is still one reviewer's:
  one labelled answer line is no transcript's turn (two labelled answers, "A: …", are).
- recommendto: after the English verb, "a" is the article ("I'd recommend a warm coat"), no recipient's mark.
"""

from types import SimpleNamespace

from scraper.extract import extract_page
from scraper.extract.shortverdict import floor, recommends_book

_URL = "https://ricepaperreads.example.ph/posts/salt-orchard-questions/"


def _page(title: str, blocks: list[tuple[str, str]], lead: str = "") -> str:
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in blocks)
    return (f"<html lang='en'><head><title>{title}</title></head><body><main><article class='post-single'>"
            f"<header><h1 class='post-title'>{title}</h1></header><div class='post-content'>{lead}{body}</div>"
            f"</article></main></body></html>")


_BLOCKS = [
    ("Which one was it?", "Lina Arceo's second novel, a family saga set on a salt farm in Pangasinan, three sisters and "
     "a father who will not sell the land no matter what the typhoons take."),
    ("Any good?", "Mostly. The middle sister carries the book, and the chapters told by the salt itself are stranger "
     "and better than they sound on paper."),
    ("Slow?", "The opening is. Arceo spends forty pages on the weather before anybody speaks, and I nearly gave up."),
    ("Who is it for?", "Anyone who grew up somewhere the sea kept trying to take back."),
]
_LEAD = "<p>Nobody in my group read this one, so I am asking the questions and answering them too.</p>"


def test_self_qa_scored_on_a_labelled_answer_line_is_a_review():
    blocks = _BLOCKS + [("Final verdict?", "Rating: 8/10. Minus two for an ending that ties every knot too neatly.")]
    record = extract_page(_page("The Salt Orchard by Lina Arceo: ten questions", blocks, lead=_LEAD), _URL)
    assert record.kind == "review", record.reason


def test_self_qa_with_prompt_labels_and_a_labelled_score_is_a_review():
    blocks = [(f"Q: {q}", a) for q, a in _BLOCKS] + [("Q: Score?", "Rating: 8/10. Minus two for the neat ending.")]
    record = extract_page(_page("The Salt Orchard by Lina Arceo: ten questions", blocks, lead=_LEAD), _URL)
    assert record.kind == "review", record.reason


def test_transcript_with_labelled_answers_stays_an_interview():
    blocks = [(f"Q: {q}", f"A: {a}") for q, a in _BLOCKS] + [("Q: Score?", "A: 8/10, if I am honest.")]
    record = extract_page(_page("Lina Arceo in questions", blocks), _URL)
    assert record.kind == "interview", record.reason


def _ev(lines, title="Summer Shade"):
    return SimpleNamespace(rating=False, scored_lines=0, verdict_lines=0, averaged=0, reply_scores=0,
                           book_source="title", book_title=title, book_has_author=True, title=title, book_author="Aino Laks",
                           body=(tuple(lines), "\n".join(lines)), post_bodies=1, books_named=0, appointment=False)


def test_english_article_after_recommend_is_no_recipient():
    for last in ("If you go, I recommend a warm coat and a thermos.", "I'd recommend a different translation."):
        assert not recommends_book(["The hall opens at seven.", last], "Summer Shade"), last
        assert floor(_ev(["The hall opens at seven.", last])) == 100


def test_english_and_other_recipients_still_count():
    assert recommends_book(["A slow summer.", "I recommend to anyone with a sister."], "Summer Shade")
    assert recommends_book(["Un été lent.", "Je recommande à tous les lecteurs."], "Summer Shade")
    assert recommends_book(["Un verano lento.", "Lo recomiendo a quien tenga hermanas."], "Summer Shade")


def test_english_infinitive_after_recommend_to_is_no_recipient():
    for last in ("I recommend to come early, seats are few.", "I recommend to book tickets online before Friday."):
        assert not recommends_book(["The hall opens at seven.", last], "Summer Shade"), last
    assert recommends_book(["A slow summer.", "I'd recommend to fans of slow books."], "Summer Shade")


def _wp(headline: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} – Lamplit</title></head>
<body class="post-template-default single single-post"><header><p class="wp-block-site-title"><a href="/">Lamplit</a></p>
</header><main><h1 class="wp-block-post-title">{headline}</h1><div class="wp-block-post-date"><time datetime="2026-11-02">2.11.2026</time></div>
<div class="entry-content wp-block-post-content">{body}</div></main><footer><p>Lamplit · Hull</p></footer></body></html>"""


def test_event_notice_closing_on_advice_to_come_early_is_no_review():
    paras = ["Jane Moss is back with a new novel this spring: a lighthouse keeper's widow, a son who will not come home, a storm.",
             "Moss will sign copies at the Eastside library on Thursday at seven, with tea and a short reading from the first chapter.",
             "I have not read it yet, but I recommend to come early, seats are few."]
    record = extract_page(_wp("Jane Moss: The Salt Road", paras), "https://lamplit.example.org/2026/11/02/jane-moss-salt-road/")
    assert not record.is_review, record.reason
