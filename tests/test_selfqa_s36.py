"""s36 detshort117: a review written as a Q&A with oneself whose book was not read (own words and markup).

``selfqa.self_review``: with no book read, the questions put to no second person, a single label on them ("Q: …")
and the post's own score among the answers make it one reviewer's; ``selfqa.self_titled``: "I interview myself
about …" is no interview's title. Near misses: an interview whose questions are put to the guest ("you"), even with
a score in its Q&A; a Q:/A: transcript; a title where someone else interviews the writer."""

from scraper.extract import extract_page
from scraper.extract.selfqa import self_titled

_URL = "https://ricepaperreads.example.ph/posts/salt-orchard-questions/"


def _page(title: str, blocks: list[tuple[str, str]], lead: str = "") -> str:
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in blocks)
    return (f"<html lang='en'><head><title>{title}</title></head><body><main><article class='post-single'>"
            f"<header><h1 class='post-title'>{title}</h1></header><div class='post-content'>{lead}{body}</div>"
            f"</article></main></body></html>")


_SELF = [
    ("Q: So which one was it?", "Lina Arceo's second novel, a family saga set on a salt farm in Pangasinan, three "
     "sisters and a father who will not sell the land no matter what the typhoons take."),
    ("Q: Any good?", "Mostly. The middle sister carries the book, and the chapters told by the salt itself are stranger "
     "and better than they sound on paper."),
    ("Q: Slow?", "The opening is. Arceo spends forty pages on the weather before anybody speaks, and I nearly gave up."),
    ("Q: Who is it for?", "Anyone who grew up somewhere the sea kept trying to take back."),
    ("Q: Score?", "8/10. Minus two for an ending that ties every knot too neatly."),
]
_LEAD = "<p>Nobody in my group read this one, so I am asking the questions and answering them too.</p>"


def test_self_qa_with_unread_book_and_own_score_is_a_review():
    record = extract_page(_page("I interview myself about The Salt Orchard", _SELF, lead=_LEAD), _URL)
    assert record.kind == "review", record.reason
    assert record.rating_raw == "8/10"


def test_interview_whose_questions_go_to_the_guest_stays_an_interview():
    blocks = [
        ("Q: Where did you grow up?", "On a salt farm. My father still works it, and he has not read the book."),
        ("Q: Why tell it through the salt?", "Because I wanted a narrator older than your family and mine."),
        ("Q: Was your father angry?", "He asked why the typhoon chapter was so long, nothing more."),
        ("Q: And the readers' score on our site?", "8/10, so far, from forty votes."),
    ]
    record = extract_page(_page("Talking salt with Lina Arceo", blocks,
                                lead="<p>Lina Arceo joins us to talk about her second novel.</p>"), _URL)
    assert record.kind == "interview", record.reason


def test_labelled_transcript_stays_an_interview():
    blocks = [("Q: Which book was it?", "A: My second novel, about a salt farm in Pangasinan and the three sisters who keep it going."),
              ("Q: Any regrets?", "A: The ending. I tied it up too neatly, and my editor told me so twice before it went to print."),
              ("Q: Slow opening?", "A: On purpose. The weather comes first on a salt farm, before people, before money, before anything."),
              ("Q: Score for it yourself?", "A: 8/10, if I am honest.")]
    record = extract_page(_page("Lina Arceo in questions", blocks), _URL)
    assert record.kind == "interview", record.reason


def test_self_titled():
    assert self_titled("I interview myself about The Salt Orchard")
    assert self_titled("A self-interview on a salt farm novel")
    assert not self_titled("The bookshop interviewed me about my reading year")
    assert not self_titled("An interview with Lina Arceo")
