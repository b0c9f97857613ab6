"""A bold book record right before a removed follow-me line is the review's record, not that line's label."""

from scraper.extract import extract_page

_PARAS = {
    "uk": ["Ця книжка про маленьке містечко над річкою, де всі знають одне одного і ніхто нічого не каже вголос.",
           "Авторка пише повільно, але кожна сцена має вагу, і наприкінці я довго не могла відкласти роман.",
           "Найкраще вдалися діалоги старих сусідок, у яких за жартами ховається ціле століття болю.",
           "Раджу тим, хто любить тихі родинні історії без поспіху і без гучних фіналів."],
    "en": ["This novel follows a small river town where everyone knows each other and nobody says anything aloud.",
           "The author writes slowly, but every scene carries weight, and by the end I could not put the book down.",
           "The best parts are the conversations of two old neighbours, a century of grief hidden in their jokes.",
           "I recommend it to readers who like quiet family stories without haste and without loud endings."],
}


def _page(lang, record, follow):
    paras = "".join(f"<p>{p}</p>" for p in _PARAS[lang])
    return (f"<html lang='{lang}'><head><title>Post</title></head><body><article class='post'><h1>Post</h1>"
            f"<div class='entry-content'>{paras}<p><strong>{record}</strong></p><p class='telegram'>{follow}</p></div>"
            f"</article></body></html>")


def _body(lang, record, follow):
    return extract_page(_page(lang, record, follow), "https://blog.example.org/post/").body_text


def test_ukrainian_record_before_follow_line_kept():
    body = _body("uk", "Олена Коваль. Тиха гавань. — Київ: Либідь, 2019. — 288 с.",
                 "Підписуйтеся на наш Telegram-канал, щоб не пропустити нові рецензії.")
    assert "Тиха гавань. — Київ: Либідь, 2019" in body
    assert "Telegram-канал" not in body


def test_english_record_before_follow_line_kept():
    body = _body("en", "Ruth Abernethy. The Quiet Harbour. London: Fenwick Press, 2019. 288 pp.",
                 "Follow us on Telegram so you never miss a new review.")
    assert "The Quiet Harbour. London: Fenwick Press, 2019" in body
    assert "Follow us on Telegram" not in body


def test_near_miss_plain_label_still_goes():
    # a bold label that is no record still goes with the follow-me line it introduces
    body = _body("en", "Stay in touch!", "Follow us on Telegram so you never miss a new review.")
    assert "Stay in touch" not in body
    assert "Follow us on Telegram" not in body
