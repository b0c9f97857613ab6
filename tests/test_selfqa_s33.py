"""A review written as a Q&A with oneself is a review, not an interview (the s33 round; own words and markup):
``selfqa.self_review``: bold questions, answers that name the book's author by surname in the third person, the
post's own score.

Near misses: a real interview with the author (answers in her own voice, a guest introduced), even with a score line;
a translator's interview whose answers name the author but give no score; a transcript with speakers' labels."""

from scraper.extract import extract_page

_URL = "https://lowtidebooks.example.net/the-glass-ferry/"


def _page(title: str, blocks: list[tuple[str, str]], lead: str = "", tail: str = "") -> str:
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in blocks)
    return (f"<html><head><title>{title}</title></head><body class='post-template'><article class='post'><h1>{title}</h1>"
            f"<section class='post-content'>{lead}{body}{tail}</section></article></body></html>")


_SELF = [
    ("Right, what was it this time?", "<em>The Glass Ferry</em> by Marit Sole, a thin novel about a ferry that crosses "
     "a fjord twice a day and the woman who has sold its tickets for thirty years."),
    ("And what goes on?", "Not much, on purpose. A stranger buys a ticket and never gets off. The ticket seller starts to "
     "wonder, then to invent, then to hope, and the village notices before she does."),
    ("Was it any good?", "Very. Sole writes short chapters that end a line too early, so you keep turning pages on a "
     "crossing that goes nowhere. The winter scenes are cold enough to hurt a little."),
    ("Any complaints?", "The stranger is a blank for too long, and the last chapter explains what did not need it."),
    ("Who would like it?", "Anyone who liked slow Nordic novels and does not mind an ending that only half closes."),
    ("The score, then?", "4/5"),
]


def test_a_self_qa_with_its_own_score_is_a_review():
    record = extract_page(_page("Asking myself about a ferry", _SELF), _URL)
    assert record.kind == "review", record.reason
    assert record.rating_raw == "4/5"


def test_an_author_interview_stays_an_interview():
    blocks = [
        ("What gave you the idea of a ferry?", "I grew up beside one. I sold tickets on it one summer, badly."),
        ("Why does the stranger never speak?", "Because I did not know what he would say, and I liked not knowing."),
        ("How long did it take to write?", "Six winters. I wrote it only when the fjord froze over."),
        ("And our readers' score for the book?", "4/5"),
    ]
    lead = "<p>Marit Sole joins us this week to talk about <em>The Glass Ferry</em>, her third novel.</p>"
    record = extract_page(_page("Marit Sole on her new novel", blocks, lead=lead), _URL)
    assert record.kind == "interview", record.reason


def test_a_translators_interview_naming_the_author_without_a_score_stays_an_interview():
    blocks = [
        ("How hard was it to translate?", "Harder than it looks. Sole writes very short sentences that hide a lot."),
        ("Did you meet the author?", "Twice. Sole answered every question with another question."),
        ("What was lost?", "The dialect of the village. I kept a little of it in the ticket seller's speech."),
    ]
    record = extract_page(_page("Putting The Glass Ferry into English", [(q, a) for q, a in blocks],
                                lead="<p><em>The Glass Ferry</em> by Marit Sole is out in English this month.</p>"), _URL)
    assert record.kind == "interview", record.reason
