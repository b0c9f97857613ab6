"""A rating given in words after a spliced ask (verdictlabel, the s36 round; own words and markup): a line that opens
on a rating label set off by a colon in its first words ("Verdict, in plain words: ...") is the review's verdict, so a
call to action before it takes only itself, not the verdict as its sign-off.

Near misses that still go with the sign-off: a rating word with no colon after it ("Ratings live on my profile"), a
labelled line that is a link to the site's ratings page, a readers' vote row in figures, and a plain farewell after the
ask."""

from scraper.extract import extract_page

_PARAS = [
    "Theo runs the last lighthouse on a northern island and keeps a logbook that nobody reads, until a marine biologist "
    "arrives for the winter and starts reading it aloud to him in the evenings.",
    "The drawings are done in a grey wash with one colour, a pale orange for the lamp, and whole pages pass with only "
    "the sea and the light turning; it is the quietest comic I have read this year.",
    "The second half leans on a storm sequence that goes on a little long, but the last twenty pages are as good as "
    "anything the artist has done, and I went back to the first chapter straight away.",
]
_ASK = ("<p>(If you enjoy these little write-ups, you can <a href='https://ko-fi.com/lampreads'>buy me a coffee on "
        "Ko-fi</a> and tell me which comic to read next)</p>")


def _record(after):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = ("<html lang='en'><head><meta charset='utf-8'><title>The Keeper's Log</title></head><body>"
            f"<article><h1 class='entry-title'>The Keeper's Log</h1><div class='entry-content'>{ps}{_ASK}{after}"
            "</div></article></body></html>")
    return extract_page(html, "https://lampreads.example.org/2026/12/the-keepers-log/")


def test_verdict_in_words_after_the_ask_stays():
    record = _record("<p>verdict, plainly put: the one I'd lend to my sister before any other</p>")
    assert "lend to my sister" in record.body_text
    assert "Ko-fi" not in record.body_text and "lighthouse" in record.body_text


def test_spanish_labelled_verdict_after_the_ask_stays():
    record = _record("<p>Mi valoración: imprescindible para quien haya vivido junto al mar</p>")
    assert "imprescindible" in record.body_text and "Ko-fi" not in record.body_text


def test_near_miss_rating_word_with_no_colon_goes_with_the_sign_off():
    record = _record("<p>Ratings live on my profile page, along with the rest of my winter reading</p>")
    assert "profile page" not in record.body_text


def test_near_miss_labelled_link_to_the_ratings_page_goes_with_the_sign_off():
    record = _record("<p>Ratings: <a href='/all-my-ratings/'>every comic I have scored</a></p>")
    assert "every comic" not in record.body_text


def test_near_miss_plain_farewell_after_the_ask_goes():
    record = _record("<p>Until next week, keep your lamps lit: see you then</p>")
    assert "keep your lamps lit" not in record.body_text


def test_near_miss_readers_vote_row_in_figures_goes_with_the_sign_off():
    record = _record("<table class='vote'><tr><td>Rating: 4.1 Votes: 23</td></tr></table>")
    assert "Votes: 23" not in record.body_text
