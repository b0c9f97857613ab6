"""A long review's map of its own sections inside the post (the s36 round; ``sectionmap``). Own words and markup.

- ``section_map``: a line, a list or a box of lines whose items are the post's own headings (after a short label), or
  a labelled line whose one item is a link to a heading still to come.
- ``jump_line``: a short line with an in-page link to a heading below; or one opening on a verb of moving through the
  page, set apart or pointing, naming a section still to come.

Near misses: a per-aspect rating row whose labels are headings; a line of the book's characters that are no headings;
a heading of the review itself; a plain review sentence opening on "skip"; a cross-reference inside a paragraph of
prose; an italic line opening on "go" that names no section.
"""

from scraper.extract import extract_page

_INTRO = ("<p>I came to this novel late, after years of hearing friends praise it over dinner, and I read it in three "
          "long evenings by the stove while the snow kept the roads shut and the radio kept promising a thaw.</p>")
_STORY = ("<p>A lighthouse keeper's widow takes over the lamp after the storm, and the harbour board, the fishermen "
          "and her own brother all wait for her to fail, which she does not, though the cost is high.</p>")
_VOICE = ("<p>The sentences are short and salted, and the keeper's log entries that open each chapter are the best "
          "writing in the book: dry, exact and now and then very funny about the weather.</p>")
_VERDICT = ("<p>A small book that stays with you. I will give it to my mother at Christmas and then borrow it back "
            "before she has finished.</p>")


def _page(*parts, lang="en", title="The keeper's widow"):
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{''.join(parts)}</div></article>"
            f"</body></html>")


def _text(html):
    return extract_page(html, "https://saltedlamp.example.org/2026/12/keepers-widow/").body_text


def _sections(before_story="", before_voice="", top=""):
    return (top, _INTRO, "<h2>The story</h2>", before_story, _STORY, "<h2>The voice</h2>", before_voice, _VOICE,
            "<h2>Verdict</h2>", _VERDICT)


def test_dotted_contents_line_with_label_goes():
    top = "<div class='box'><p><strong>Inside this write-up</strong>: the story · the voice · verdict</p></div>"
    text = _text(_page(*_sections(top=top)))
    assert "Inside this write-up" not in text and "the story · the voice" not in text
    assert "The story" in text and "Verdict" in text and "harbour board" in text


def test_contents_list_under_its_label_goes():
    top = "<div class='inhalt'><p><strong>Sisällys</strong></p><ol><li>The story</li><li>The voice</li><li>Verdict</li></ol></div>"
    text = _text(_page(*_sections(top=top)))
    assert "Sisällys" not in text
    assert text.count("The voice") == 1 and "The story" in text


def test_numbered_lines_box_goes():
    top = "<div class='kasten'><b>Auf dieser Seite</b><br>1. The story<br>2. The voice<br>3. Verdict</div>"
    text = _text(_page(*_sections(top=top)))
    assert "Auf dieser Seite" not in text and "1. The story" not in text


def test_jump_line_of_heading_names_goes():
    text = _text(_page(*_sections(before_story="<p>Vai a: the voice / verdict</p>")))
    assert "Vai a" not in text
    assert "The voice" in text


def test_single_linked_heading_after_label_goes():
    text = _text(_page(*_sections(before_story="<p>Naar beneden: <a>verdict</a></p>")))
    assert "Naar beneden" not in text


def test_in_page_link_to_a_later_heading_goes():
    parts = list(_sections(before_story="<p><small>Only the conclusion? <a href='#verdict'>Down you go</a>.</small></p>"))
    parts[8] = "<h2 id='verdict'>Verdict</h2>"
    text = _text(_page(*parts))
    assert "Down you go" not in text and "Verdict" in text


def test_set_apart_jump_verb_naming_a_later_section_goes():
    text = _text(_page(*_sections(before_story="<p><em>Skip past this part to the verdict if the plot bores you.</em></p>")))
    assert "Skip past" not in text


def test_aspect_rating_row_stays():
    row = "<p>The story: 4/5 · The voice: 5/5 · Verdict: 4/5</p>"
    text = _text(_page(*_sections(), row))
    assert "The voice: 5/5" in text


def test_characters_line_that_names_no_heading_stays():
    line = "<p>Who is who: the widow · her brother · the harbour master · the boy with the dog</p>"
    text = _text(_page(*_sections(before_voice=line)))
    assert "the harbour master" in text


def test_headings_themselves_stay():
    text = _text(_page(*_sections(top="<p><strong>Contents</strong>: the story · the voice · verdict</p>")))
    assert "The story" in text and "The voice" in text and "Verdict" in text


def test_plain_sentence_opening_on_skip_stays():
    line = "<p>Skip the preface to the voice of the keeper, whose log is better than any introduction.</p>"
    text = _text(_page(*_sections(before_story=line)))
    assert "Skip the preface" in text


def test_cross_reference_inside_prose_stays():
    prose = ("<p>The brother is the real antagonist, as I argue below in <a href='#verdict'>the verdict</a>, and "
             "his letters to the harbour board are the cruellest pages of the book, written with a clerk's patience "
             "and a jilted man's spite.</p>")
    parts = list(_sections(before_story=prose))
    parts[8] = "<h2 id='verdict'>Verdict</h2>"
    text = _text(_page(*parts))
    assert "as I argue below" in text


def test_italic_line_opening_on_go_naming_no_section_stays():
    line = "<p><em>Go gently, the keeper writes, the sea forgives nothing.</em></p>"
    text = _text(_page(*_sections(before_story=line)))
    assert "the sea forgives nothing" in text
