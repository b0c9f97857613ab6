"""Misfires of the detother rules (the s33 review; own words and markup), each mended at its cause:

- bookreturns: a first-person essay on reading that names one book in its opening and then speaks of "the book" in
  general, done with the book by the middle, is no review;
- programme: a reading diary whose dated headings say what happened that day, in the reader's own first person, is
  no events page;
- programme: a review of a history whose headings walk through its book's dated days ("12 June 1940: …") is no
  events page;
- readingguide: a review in no first person whose three rhetorical questions are a short list inside its prose is no
  reading guide;
- selfqa: an interview (a translator's, an author's with a stage direction naming her) whose blog gives the book a
  score in the lead above the questions stays an interview;
- asklines: a review's closing line linking another site's "/ask" page (the author's) is the review's, not the blog's
  ask box."""

from scraper.extract import extract_page
from scraper.extract.asklines import ask_pointer
from scraper.extract.programme import dated_headings
from lxml.html import fragment_fromstring


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body class='post'><article><h1>{title}</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


_URL = "https://paperlantern.example.org/2026/11/post/"

_NOTEBOOK = ("<p>I keep a list of these now, in the back of my notebook, with the date and the page where I stopped and "
             "a line on why. Reading it back is humbling, because half of the reasons are about my mood and my week, "
             "and only some are about the writing. A long winter makes every slow novel slower; a good month makes me "
             "patient with almost anything.</p><p>What I have learned is mostly about myself. I read faster when I am "
             "happy, I read older books when I am tired, and I give up when I am anxious, whatever the quality of the "
             "prose in front of me.</p>")


def test_an_essay_on_reading_that_speaks_of_the_book_in_general_is_no_review():
    body = ("<p>I have been thinking about why I abandon books. Last month it was <em>Middlemarch</em> by George Eliot, "
            "which I put down at page two hundred, and I felt guilty for a week.</p>"
            "<p>My rule used to be simple: finish the book, whatever it costs. Now I think the book owes me something "
            "too, and if it stops paying, I stop reading.</p><p>I asked friends what they do. Most of them keep going "
            "out of stubbornness. One said she reads the last page first and decides then whether the book deserves "
            "the middle.</p>" + _NOTEBOOK + "<p>I am not sure any of this is wisdom. It is just how my reading year has "
            "gone.</p>")
    record = extract_page(_page("On giving up", body), _URL)
    assert record.kind != "review", record.reason


_DIARY = ("<p>I decided to read <em>The Long Shore</em> by Ines Varga slowly this week and keep a diary of it, a page a "
          "night, in the notebook I keep by the bed.</p>"
          "<h3>3 March: the first forty pages on the train</h3><p>I like the mother already. The lighthouse is drawn in "
          "a few lines, and the harbour office smells of paraffin and wet wool. Varga does not explain anything.</p>"
          "<h3>4 March: the storm chapters</h3><p>I could not put it down, and I missed my stop. The storm goes on for "
          "sixty pages and I held my breath for most of them.</p>"
          "<h3>6 March: the son's letters drag</h3><p>I skimmed two of them. Varga repeats herself here, and the son "
          "says in four pages what his mother said in one line.</p>"
          "<h3>8 March: finished, a little teary</h3><p>The ending is quiet and right. I will press it on my sister, "
          "who likes sad books about the sea more than anyone I know.</p>")


def test_a_reading_diary_under_dated_headings_is_no_events_page():
    record = extract_page(_page("A week with a lighthouse family", _DIARY), _URL)
    assert record.kind != "event", record.reason


def test_dated_headings_of_first_person_entries_are_no_programme():
    assert dated_headings("### 3 March: on the train\nI like the mother.\n### 4 March: the storm\nI missed my stop.\n"
                          "### 6 March: the letters\nI skimmed two.") == 0
    assert dated_headings("### 3 March, 7 pm: poetry night\nBring a poem.\n### 4 March, 2 pm: swap\nBring one.\n"
                          "### 6 March, 5 pm: favourites\nTea and cake.") == 3


def test_a_review_headed_by_a_historys_dated_days_is_no_events_page():
    heads = [("12 June 1940: the harbour closes", "Brekke opens with the harbour master's log, and the dry entries do "
              "more than any summary could. The chapter sets the tone: close, patient, documentary."),
             ("13 June 1940: the school becomes a hospital", "The strongest chapter. The teacher's notes, read beside "
              "the doctor's, give two sides of one long night, and Brekke lets them argue."),
             ("15 June 1940: the last ferry", "Here the book falters: too many voices in too few pages, and the map at "
              "the back is needed on every page."),
             ("16 June 1940: the surrender", "A quiet, devastating close. Brekke resists the urge to explain, and the "
              "final letter, from a girl of nine, is left to stand on its own.")]
    body = ("<p><em>Five Days in June</em> by Harald Brekke retells the last week of the siege of a small coastal town "
            "through the letters of the people who lived through it, and it is a remarkable piece of history "
            "writing.</p>" + "".join(f"<h3>{h}</h3><p>{p}</p>" for h, p in heads) +
            "<p>Recommended without reservation to anyone who reads history for the people in it.</p>")
    record = extract_page(_page("Five Days in June, reviewed", body), _URL)
    assert record.kind != "event", record.reason
    assert dated_headings("### 7 December 2026, 3 pm: reading circle\nx\n### 9 December 2026: poetry night\ny\n"
                          "### 12 December 2026: book swap\nz", 2026) == 3


def test_an_impersonal_review_with_a_short_list_of_rhetorical_questions_stays_a_review():
    body = ("<p>Ines Varga's <em>The Long Shore</em> follows a lighthouse family over one bad winter, and it is the best "
            "thing she has written.</p><p>The mother's chapters are dry, funny and furious; the son's letters are "
            "weaker and repeat what the reader already knows. The storm at the centre is a set piece of real force, "
            "and the quiet ending earns its quiet.</p><p>The novel leaves its questions open:</p><ul>"
            "<li>Who kept the lamp lit on the last night?</li><li>Why does the son never come home?</li>"
            "<li>Was the mother's ledger ever true?</li></ul><p>Those gaps are the book's strength rather than its "
            "weakness. Strongly recommended for anyone who liked Varga's earlier stories.</p>")
    record = extract_page(_page("The Long Shore by Ines Varga", body), _URL)
    assert record.kind == "review", record.reason


def _qa(blocks: list[tuple[str, str]], lead: str) -> str:
    return lead + "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in blocks)


def test_a_translators_interview_with_the_blogs_score_in_its_lead_stays_an_interview():
    blocks = [("How hard was it to translate?", "Harder than it looks. Sole writes very short sentences that hide a lot."),
              ("Did you meet the author?", "Twice. Sole answered every question with another question."),
              ("What was lost?", "The dialect of the village. I kept a little of it in the ticket seller's speech."),
              ("What are you translating next?", "A book of essays about ferries, of course.")]
    lead = ("<p><em>The Glass Ferry</em> by Marit Sole is out in English this month, translated by Ann Holt. Our "
            "verdict on the book: 4/5.</p>")
    record = extract_page(_page("Putting The Glass Ferry into English", _qa(blocks, lead)), _URL)
    assert record.kind == "interview", record.reason


def test_an_author_interview_with_a_stage_direction_and_a_lead_score_stays_an_interview():
    blocks = [("What gave you the idea of a ferry?", "(Sole laughs.) I grew up beside one. I sold tickets on it one "
               "summer, badly."),
              ("Why does the stranger never speak?", "Because I did not know what he would say, and I liked not knowing."),
              ("How long did it take to write?", "Six winters. I wrote it only when the fjord froze over.")]
    lead = ("<p>Marit Sole's <em>The Glass Ferry</em> was our book of the month (rating: 4/5). We met her in "
            "Bergen.</p>")
    record = extract_page(_page("Marit Sole on The Glass Ferry", _qa(blocks, lead)), _URL)
    assert record.kind == "interview", record.reason


def test_a_closing_line_linking_another_sites_ask_page_stays():
    body = ("<p>I read <em>The Glass Ferry</em> by Marit Sole in one sitting. Sole writes short chapters that end a "
            "line too early. I loved it.</p>" + _NOTEBOOK + "<p>The ending only half closes, which I liked more than I "
            "expected. Sole knows when to stop.</p><p>Sole answers readers herself: <a "
            "href='https://maritsole.example.no/ask'>put your question to her</a>.</p>")
    record = extract_page(_page("The Glass Ferry", body), _URL)
    assert "put your question to her" in record.body_text


def test_the_blogs_own_ask_page_still_counts():
    assert ask_pointer(fragment_fromstring("<p>got a book for me? <a href='/ask'>send me an ask</a></p>"))
    assert ask_pointer(fragment_fromstring("<p>got a book for me? <a href='https://lanternreads.tumblr.com/ask'>send "
                                           "me an ask</a></p>"))
    assert not ask_pointer(fragment_fromstring("<p>Sole answers readers: <a href='https://maritsole.example.no/ask'>"
                                               "ask her</a></p>"))
