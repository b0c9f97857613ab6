"""Round 34, in our own words and markup.

leadpicture._ARCHIVE_PICTURE: a lead picture captioned only with the desk's word for an archive or stand-in picture
("File photo", "फ़ाइल फ़ोटो", "Symbolbild", "资料图") is credited to the archive and goes; a heading before it (the
headline, a long standfirst set as a heading) does not count as the text begun. Near misses: a caption that uses the
words inside its own sentence, the same caption on a picture inside the text's box, a paragraph of prose before it.

platforms.COMMENT_TOKEN: a comments box abbreviated "wrp" ("cmnt-wrp", "comments-wrp") goes with its heading and its
log-in line; a box named "sp-wrp" (not comments) stays.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.leadpicture import lead_pictures
from scraper.extract.platforms import COMMENT_TOKEN

EN = ["The novel follows a woman who keeps the lighthouse on a small northern island and who comes home each winter to "
      "sort through her mother's house, finding in every drawer a letter that was never sent to anyone.",
      "The author writes wind and salt with a care that makes the reader shiver, and the short chapters come and go "
      "like tides, never in a hurry, never quite the same as the one before.",
      "The middle drags a little, but the quiet ending repays every bit of the patience the book asks of its reader."]


def _article(caption: str, *, inside: bool = False, dek: str = "", paras=EN) -> str:
    picture = f"<figure class='pic'><img src='/img/island.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    body = "".join(f"<p>{t}</p>" for t in paras)
    text = f"<div class='story'>{picture if inside else ''}{body}</div>"
    return ("<html><head><title>Review</title></head><body><main><article>"
            f"<h1>Review: The Letter Island</h1>{dek}{'' if inside else picture}{text}</article></main></body></html>")


def _found(page: str) -> list:
    return lead_pictures(lxml.html.fromstring(page).find(".//article"))


@pytest.mark.parametrize("caption", ["File photo", "(Representative image)", "फ़ाइल फ़ोटो", "प्रतीकात्मक तस्वीर",
                                     "Symbolbild", "Photo d'archive", "Foto de archivo", "资料图"])
def test_an_archive_picture_caption_goes(caption):
    assert _found(_article(caption))


def test_a_long_standfirst_set_as_a_heading_is_not_the_text_begun():
    dek = ("<h2>A keeper of lights comes home each winter to an island of unsent letters, and this time she finally "
           "decides to open every single one of them</h2>")
    assert _found(_article("File photo", dek=dek))


@pytest.mark.parametrize("caption", ["A file photo of my own shelf, taken last spring", "My copy, next to the archive box"])
def test_a_caption_of_the_bloggers_own_stays(caption):
    assert not _found(_article(caption))


def test_an_archive_caption_inside_the_text_box_stays():
    assert not _found(_article("File photo", inside=True))


def test_an_archive_caption_after_prose_stays():
    page = _article("File photo").replace("<h1>Review: The Letter Island</h1>", f"<h1>Review</h1><p>{EN[0]}</p>")
    assert not _found(page)


@pytest.mark.parametrize("name", ["cmnt-wrp", "comments-wrp", "comment-wrp"])
def test_abbreviated_comment_wrappers_are_comments(name):
    assert COMMENT_TOKEN.match(name)


@pytest.mark.parametrize("name", ["sp-wrp", "story-wrp", "wrp"])
def test_other_wrappers_are_not_comments(name):
    assert not COMMENT_TOKEN.match(name)


# figures._fact_lines: a newspaper's fact box of the book set as an <aside> in the text's box, its lines unlabelled
# (nb, de), is the review's and reaches the body; a pull quote, a related-links aside, a box of long lines stay as before.
NB = ["Tre brødre arver et sommerhus på en holme i skjærgården, og ingen av dem vil egentlig ha det, men ingen vil heller "
      "at de andre skal få det, og slik begynner en lang og stille krig om båthus og brygge.",
      "Forfatteren skriver tørt og presist, og humoren kommer når man minst venter den, i replikkene mellom brødrene "
      "som har kranglet om det samme siden de var små gutter på den samme holmen."]


def _fact_page(aside: str, paras=NB) -> str:
    return ("<html><head><title>Anmeldelse</title></head><body><article><h1>Tre brødre og en holme</h1>"
            f"<div class='article-body'>{aside}" + "".join(f"<p>{t}</p>" for t in paras) + "</div></article></body></html>")


@pytest.mark.parametrize("aside, line", [
    ("<aside class='faktaboks'><p>ROMAN</p><p>Ola Strand</p><p>Holmen</p><p>Fjordforlaget. 240 sider. Veil. pris 349 kroner</p></aside>",
     "240 sider"),
    ("<aside class='infobox'><p>Roman</p><p>Jana Ruh</p><p>Die Insel der Brüder</p><p>Seeverlag, 2026, 288 Seiten, 24 Euro</p></aside>",
     "288 Seiten"),
])
def test_a_fact_box_of_unlabelled_lines_reaches_the_body(aside, line):
    from scraper.extract import extract_page
    assert line in extract_page(_fact_page(aside), "https://avis.example.no/kultur/holmen/").body_text


@pytest.mark.parametrize("aside", [
    "<aside><p>Les også</p><p><a href='/a'>Høstens romaner</a></p><p><a href='/b'>Ti bøker for 2026</a></p></aside>",  # links
    "<aside><p>ROMAN</p><p>Ola Strand</p><p>Holmen</p></aside>",  # no figure
    "<aside><p>" + NB[0] + "</p><p>1</p><p>2</p></aside>",  # a long line
])
def test_other_asides_are_not_fact_boxes(aside):
    from scraper.extract.figures import _fact_lines
    assert not _fact_lines(lxml.html.fromstring(aside))
