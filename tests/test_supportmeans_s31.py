"""A closing line that opens on the verb of supporting (the imperative, or the infinitive of an impersonal "one can
support the author by transfer") and names the way to pay (a bank transfer, PayPal, a QR code: tipask.MEANS) is a bid
for money, as a tip ask is (tipask.SUPPORT_OPENS, read among the post's last lines after its last paragraph). Lines of
our own; near misses: a review's closing sentence about a character who supports someone by transfer, a bid to
support with no way to pay, a line opening on "supporting" in a review's paragraph of prose."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_RU = ("<p>Повесть о девочке, которая растёт на острове при маяке. Отец пьёт, мать уехала на материк, и всё держится "
       "на ежедневном ритуале: зажечь огонь, записать погоду, дождаться судна с почтой.</p>"
       "<p>Гордеева пишет коротко и оставляет читателю много воздуха. Середина провисает, но финал с письмом "
       "пробирает до мурашек. По-моему, это лучшая её вещь.</p>")
_EN = ("<p>The novel follows three sisters in a harbour town through one winter. Each chapter adds a little weight to "
       "their silence, until the last pages let it speak, quietly and without a false note.</p>"
       "<p>The town itself becomes a character: the ferry timetable, the fish market and the shuttered cinema carry "
       "the story as much as the sisters do. I loved it.</p>")


def _body(lang: str, text: str, tail: str) -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">Harbour Lights</h1><div class="entry-content">{text}{tail}</div>'
            '</article></body></html>')
    return extract_page(html, "https://reads.example.org/2026/12/harbour-lights/").body_text


@pytest.mark.parametrize("lang, text, tail, gone", [
    ("ru", _RU, "<p>Поддержать блог можно переводом — реквизиты на странице «Обо мне».</p>", "Поддержать"),
    ("en", _EN, "<p>Support the blog by bank transfer or PayPal: details on the About page.</p>", "Support the blog"),
    ("ru", _RU, "<p>Поддержите автора через PayPal, спасибо!</p>", "Поддержите"),
])
def test_a_closing_support_bid_with_a_way_to_pay_goes(lang, text, tail, gone):
    assert gone not in _body(lang, text, tail)


@pytest.mark.parametrize("lang, text, tail, kept", [
    # a review's closing sentence: someone in the book supports someone by transfer (the verb does not open the line)
    ("ru", _RU, "<p>Её брат поддерживает семью переводами из города, и это самая горькая линия повести.</p>",
     "поддерживает семью"),
    ("en", _EN, "<p>Her brother supports the family by bank transfer from the city, and it breaks her heart.</p>",
     "supports the family"),
    # a bid to support with no way to pay named (other rules' business, not this one's)
    ("en", _EN, "<p>Supporting characters are thin, but the sisters carry it.</p>", "Supporting characters"),
])
def test_a_line_about_support_without_the_bid_stays(lang, text, tail, kept):
    assert kept in _body(lang, text, tail)
