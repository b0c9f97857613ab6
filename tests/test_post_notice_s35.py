"""The affiliate notice that names the post itself, in languages beyond English (the s35 round; own words and markup).

- ``adnotice._THIS_POST``: a short line at the post's edge opening on "this post / article / text" and naming the
  programme's links (``adnotice.PROGRAMME``) is the notice.
- ``adnotice.PROGRAMME``: mk/sr/bg partner "ties" that lead somewhere ("партнерски врски до …") are links.

Near misses: the partner ties "with" someone (a relationship) in a closing line about the book; a closing line
opening on "this text" that names no programme; a review line naming partner ties to a place in its story, not
opening on the post."""

from scraper.extract import extract_page


def _page(paras, lang="mk", title="Зимски белешки"):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div></article></body></html>")


def _text(html):
    return extract_page(html, "https://zimskibeleski.example.mk/2026/12/zimski/").body_text


_MK = [
    "Романот го читав цела недела, по неколку страници секоја вечер, и секој пат тешко ја оставав книгата настрана. "
    "Двајца браќа се враќаат во селото на нивниот дедо по долги години во туѓина.",
    "Јазикот е едноставен и точен, а планината станува сè постудена со секое поглавје. Најмногу ми се допадна средината, "
    "кога снегот ги затвора патиштата и браќата мораат да разговараат.",
    "Крајот е помирен отколку што очекував, но ми остана во мислите долго по последната страница.",
]


def test_mk_post_partner_links_notice_goes():
    text = _text(_page(_MK + ["<em>Овој текст содржи партнерски врски до една книжарница.</em>"]))
    assert "партнерски врски" not in text
    assert "браќата мораат" in text


def test_ru_post_partner_links_notice_goes():
    paras = [
        "Роман читается медленно: старый дом у озера, два брата и одна несказанная история между ними, которую автор "
        "раскрывает по капле, страница за страницей, до самого конца.",
        "Язык точный и холодный, как вода в озере в октябре, и это мне очень понравилось.",
        "Финал тише, чем я ждала, но он остался со мной надолго.",
        "Эта запись содержит партнёрские ссылки на книжный магазин.",
    ]
    text = _text(_page(paras, lang="ru", title="Озеро"))
    assert "партнёрские ссылки" not in text
    assert "несказанная история" in text


def test_partner_ties_with_someone_stay():
    line = "Овој текст е за партнерски врски со луѓе што долго молчат еден со друг."
    text = _text(_page(_MK + [line]))
    assert "партнерски врски со луѓе" in text


def test_this_text_without_programme_stays():
    line = "Овој текст го пишував во возот, со книгата на колена."
    text = _text(_page(_MK + [line]))
    assert "во возот" in text


def test_partner_ties_to_a_place_in_the_story_stay():
    line = "Браќата ги кинат старите партнерски врски до пазарот во градот и остануваат сами."
    text = _text(_page(_MK + [line]))
    assert "партнерски врски до пазарот" in text
