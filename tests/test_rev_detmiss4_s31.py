"""Misfires of detmiss4's rules found in review (rev-detmiss4). Texts of our own.

- openread: a post opening on its reading of its book is a review's sign, but not when the post names a notice's
  occasion (an extract, a cover reveal, a pre-order, a giveaway, a reading challenge): a challenge's progress post, an
  excerpt's or a cover reveal's opening "Finished *T* …, and today I'm sharing …" is no review
  (openread.post_opens_on_reading, _occasion); a diary's review opening the same way still is.
- tipask.SUPPORT_OPENS: a closing line opening on the verb of supporting beside a way to pay is a bid only in a bid's
  forms (the imperative, the infinitive); a review's line opening on a participle or a third person ("Supporting her
  sister by bank transfer, Nell …", "Поддерживает семью переводами …") tells the story and stays.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_FILL = ("The weather turned cold this month and the reading nook by the window has become my favourite place in the "
         "flat. I have been making a lot of soup and drinking too much tea, and the cat has claimed the blanket on the "
         "sofa as her own. Work has been busy, so most of my reading happens on the train in the mornings.")


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


NOTICES = {
    "challenge": ("November reading challenge: week three", [
        "I finished <em>The Salt Orchard</em> by Mara Quill this week, which puts me at nine books so far.", _FILL,
        "Next up on the list is a memoir about hill walking, and then a poetry collection for the verse prompt. The "
        "month ends on the thirtieth and there are still four prompts to go.",
        "If you're joining in, leave your progress in the comments and I'll add you to the tracker spreadsheet."]),
    "excerpt": ("Chapter one, for you", [
        "Finished Mara Quill’s <em>The Salt Orchard</em> last night, and today I'm thrilled to share the opening "
        "chapter with you, courtesy of Harbour Press.",
        "The orchard had always been salted by the wind off the estuary, and Mara's grandmother said the apples tasted "
        "of the sea. That spring, the trees bloomed late and the river came up over the lower field. Nobody in the "
        "village could remember a flood like it, and the old men at the harbour said it was a sign.",
        "The book is out on 4 December in hardback and ebook from Harbour Press. Pre-order from your local bookshop, "
        "and come back next week for an interview with the author about orchards, rivers and her grandmother."]),
    "cover": ("It's here!", [
        "I just finished Mara Quill’s <em>The Salt Orchard</em> early, and today I get to show you its gorgeous cover!",
        _FILL,
        "The cover was designed by Lena Okafor, with hand-drawn apples and a tide line across the bottom. The book "
        "comes out from Harbour Press in March, and pre-orders are open now.",
        "Tell me what you think of it in the comments!"]),
}


@pytest.mark.parametrize("name", sorted(NOTICES))
def test_a_notice_opening_on_its_reading_is_no_review(name):
    title, paragraphs = NOTICES[name]
    record = extract_page(_page("en", title, paragraphs), f"https://reads.example.org/2026/11/{name}/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_diary_review_opening_on_its_reading_stays_a_review():
    page = _page("en", "Notes from the night bus", [
        "Finished Mara Quill’s <em>The Salt Orchard</em> on the night bus home.",
        "Three generations of a family farm an orchard on the estuary, and every spring the river takes a little more "
        "of the lower field. Nothing loud happens; the grandmother keeps the accounts, the son drinks, the girl counts "
        "the trees. Page by page the water comes closer.",
        "Quill writes short, plain sentences and leaves a lot of air around them. The middle sags, the chapter at the "
        "fair could go, but the last winter, when the girl is alone with the trees, stayed with me all week. I read "
        "the final pages twice before my stop and nearly missed it.",
    ])
    record = extract_page(page, "https://reads.example.org/2026/11/night-bus/")
    assert record.is_review, (record.kind, record.reason)


_EN = ("<p>The novel follows three sisters in a harbour town through one winter. Each chapter adds a little weight to "
       "their silence, until the last pages let it speak, quietly and without a false note.</p>"
       "<p>The town itself becomes a character: the ferry timetable, the fish market and the shuttered cinema carry "
       "the story as much as the sisters do. I loved it.</p>")
_RU = ("<p>Повесть о девочке, которая растёт на острове при маяке. Отец пьёт, мать уехала на материк, и всё держится "
       "на ежедневном ритуале: зажечь огонь, записать погоду, дождаться судна с почтой.</p>"
       "<p>Гордеева пишет коротко и оставляет читателю много воздуха. Середина провисает, но финал с письмом "
       "пробирает до мурашек. По-моему, это лучшая её вещь.</p>")


def _body(lang: str, text: str, tail: str) -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">Harbour Lights</h1><div class="entry-content">{text}{tail}</div>'
            '</article></body></html>')
    return extract_page(html, "https://reads.example.org/2026/12/harbour-lights/").body_text


@pytest.mark.parametrize("lang, text, tail, kept", [
    ("en", _EN, "<p>Supporting her sister by bank transfer every month, Nell never complains, and that is the "
     "book's quiet heart.</p>", "Supporting her sister"),
    ("en", _EN, "<p>Supports from the family arrive by bank transfer, and Nell hides them in a tin.</p>",
     "Supports from the family"),
    ("ru", _RU, "<p>Поддерживает семью переводами из города старший брат, и это самая горькая линия повести.</p>",
     "Поддерживает семью"),
])
def test_a_story_line_opening_on_support_stays(lang, text, tail, kept):
    assert kept in _body(lang, text, tail)


@pytest.mark.parametrize("lang, text, tail, gone", [
    ("en", _EN, "<p>Support the blog by bank transfer or PayPal: details on the About page.</p>", "Support the blog"),
    ("ru", _RU, "<p>Поддержать блог можно переводом — реквизиты на странице «Обо мне».</p>", "Поддержать"),
    ("de", _EN, "<p>Unterstützen kann man den Blog per Überweisung oder PayPal.</p>", "Unterstützen"),
])
def test_a_support_bid_still_goes(lang, text, tail, gone):
    assert gone not in _body(lang, text, tail)
