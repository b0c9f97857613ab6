"""The closing ask to press the platform's follow button, written without quotation marks ("hit follow", "click the
Follow button", "drück den Folgen-Button"): ``readeractions.READER_ACTIONS``' follow kind reads the pressing of the
button, so ``closingask.ask_line`` takes the line that turns to the reader after the review. Near misses: a "hit
follow-up" (a noun), a sentence where "hit" and "follow" only meet across a stop.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.closingask import ask_line
from scraper.extract.platforms import READER_ACTIONS


def test_the_follow_button_pressed():
    for line in ("Enjoyed this? Click the follow button and you will get the next one on Friday!",
                 "Danke fürs Lesen! Wer mehr will, drückt einfach den Folgen-Button.",
                 "¿Te gustó? Dale al botón de seguir, que cada semana hay reseña nueva :)",
                 "Tap follow for a new book every week!"):
        assert ask_line(line, True) == "platform ask", line


def test_near_misses():
    for line in ("Her debut was a smash follow-up to the stories, and this one is even better!",
                 "The first season was a hit. Follow the trail of the second one and you get lost!",
                 "Chapters follow one another like waves; I followed them gladly!"):
        assert not READER_ACTIONS["follow"].search(line), line
        assert ask_line(line, True) is None, line


def _page(last: str) -> str:
    prose = ("<p>A novel about a lighthouse keeper's daughter who maps the fog banks of a northern coast for a shipping "
             "company that never answers her letters. The maps become a diary, and the diary becomes a quarrel with "
             "her dead father.</p><p>The middle drags where the company's clerk takes over the telling, but the last "
             "forty pages, told in the margins of the maps, are as good as anything I read this year.</p>"
             "<p>Rating: 4/5</p>")
    return (f"<html><head><title>The Fog Maps</title></head><body><article><h1>The Fog Maps</h1>"
            f"<div class='post-body'>{prose}<p><em>{last}</em></p></div></article></body></html>")


def test_extract_page_drops_the_ask_and_keeps_the_reviewers_line():
    record = extract_page(_page("Thanks for reading! If you want more of these, hit follow — new reviews every Sunday."),
                          "https://fogandpaper.example.com/the-fog-maps")
    assert "hit follow" not in record.body_text
    assert "the last forty pages" in record.body_text
    kept = extract_page(_page("Her next novel is a hit follow-up, they say; I will read it in the spring."),
                        "https://fogandpaper.example.com/the-fog-maps")
    assert "hit follow-up" in kept.body_text
