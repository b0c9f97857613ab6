"""Two pages that name a book as a review does and are none (the s33 round; own words and markup): a shop's events
page whose headings are a dated programme (``programme.judge``), and a reading-group guide whose core is a list of
questions for readers, in no reviewer's voice (``readingguide.judge``).

Near misses: a reading diary under bare dated headings, a review that mentions one event, a review that closes on
discussion questions in the writer's own voice, a review whose headline is only the book's name."""

from scraper.extract import extract_page
from scraper.extract.programme import dated_headings

_EVENTS = (
    "<html><head><title>What's on in March | Harbour Lane Books</title></head><body class='post'><article>"
    "<h1>What's on in March: stories, poems and a swap</h1><div class='entry-content'>"
    "<p>Spring is here at last. We have four gatherings upstairs in the shop this month, most of them free; seats are limited, so reserve early at the till or by phone, and tell us if you need the lift.</p>"
    "<h3>4 March, 7 pm: reading circle on <em>The Long Shore</em> by Ines Varga</h3>"
    "<p>Our manager leads a slow reread of the novel, a chapter at a time, with the map of the coast on the wall. No need to have finished it, or even started.</p>"
    "<h3>11 March, 6.30 pm: open poetry night</h3><p>Bring a poem you love and read it aloud, in any language.</p>"
    "<h3>18 March, 2 pm: book swap afternoon</h3><p>Bring one, take one. Children's books welcome, textbooks not.</p>"
    "<h3>25 March, 5 pm: regulars' favourites of the winter</h3><p>Three regulars talk about the books that got them "
    "through the dark months, with tea and cake.</p></div></article></body></html>")


def test_a_dated_programme_of_headings_is_an_events_page():
    record = extract_page(_EVENTS, "https://harbourlanebooks.example.com/events/march/")
    assert record.kind == "event", record.reason


def test_the_programme_in_the_unspaced_scripts():
    assert dated_headings("### 3月4日（土）午後七時：朗読の夕べ\n### 3月11日（土）午後二時：古本交換会\n### 3月18日（日）詩の夜") == 3


def test_a_reading_diary_under_bare_dates_is_no_programme():
    assert dated_headings("## 4 March\ntext\n## 11 March\ntext\n## 18 March\ntext") == 0


_REVIEW = [
    "Ines Varga's <em>The Long Shore</em> follows a lighthouse family over one bad winter, and I loved nearly all of it.",
    "The mother's chapters are the best: dry, funny, furious. I read them twice. The son's are weaker, and I found "
    "myself skimming his letters home, which repeat what the mother has already told us.",
    "Varga is very good on weather and on money, two things most family novels forget. The storm in the middle is "
    "one of the best set pieces I have read in years, and the quiet ending earns its quiet.",
]


def _review(extra: str = "", title: str = "The Long Shore") -> str:
    body = "".join(f"<p>{p}</p>" for p in _REVIEW)
    return (f"<html><head><title>{title}</title></head><body class='post'><article><h1>{title}</h1>"
            f"<div class='entry-content'>{body}{extra}</div></article></body></html>")


def test_a_review_that_mentions_one_event_stays_a_review():
    extra = "<h3>4 March: the author reads at Harbour Lane Books</h3><p>I will be there, front row, with my copy.</p>"
    record = extract_page(_review(extra), "https://inkandtide.example.org/2026/03/the-long-shore/")
    assert record.kind == "review", record.reason


def test_a_reading_group_guide_is_not_a_review():
    html = ("<html><head><title>Book-club guide: The Long Shore by Ines Varga</title></head><body class='page'><main>"
            "<h1>Book-club guide: The Long Shore by Ines Varga</h1><div class='entry-content'>"
            "<p>This guide is for reading groups taking on our spring novel. It gives away the ending from question three.</p>"
            "<h2>About the novel</h2><p>A lighthouse family, one bad winter, a mother who keeps the accounts and a son "
            "who writes letters home that say nothing. Told in turns by the mother and the son, the novel moves "
            "between the lamp room, the harbour office and a boarding house in the city, and between what the family "
            "says to each other and what it writes down.</p><h2>Talking points</h2><ol>"
            "<li>Whose chapters did your group find most honest, and why?</li>"
            "<li>How does the weather change the family's choices?</li>"
            "<li>Is the quiet ending a comfort or a warning?</li>"
            "<li>What would the son's letters say if he wrote them today?</li></ol>"
            "<p>More guides for reading groups are on our website.</p></div></main></body></html>")
    record = extract_page(html, "https://quayhousebooks.example.co.uk/guides/the-long-shore/")
    assert record.kind != "review", record.reason


def test_a_review_closing_on_discussion_questions_stays_a_review():
    extra = ("<p>If your book club picks it, here is what I would ask:</p><ol>"
             "<li>Whose chapters feel most honest?</li><li>Does the weather decide more than the people do?</li>"
             "<li>Is the ending a comfort or a warning?</li></ol>")
    record = extract_page(_review(extra), "https://inkandtide.example.org/2026/03/the-long-shore/")
    assert record.kind == "review", record.reason


def test_a_review_whose_headline_is_only_the_books_name_stays_a_review():
    record = extract_page(_review(title="The Long Shore by Ines Varga"), "https://inkandtide.example.org/2026/03/the-long-shore/")
    assert record.kind == "review", record.reason
