"""Review text trafilatura used to lose after our cleaning (issue 3, body recall), through extract_page:

- the zero-width non-joiner and joiner, which Persian, Urdu, Hindi and Malayalam words are spelled with;
- a pull quote in an ``<aside>`` between the review's paragraphs (a related box in an aside still goes);
- a review plugin's summary box (criteria, verdict) and a star widget's score in words;
- a forum post's bare lines (between ``<br>``) beside a quote box;
- the writer's sign-off after an ask set in a box of its own (after an ask inside the text, it still goes).

Every page is invented, in our own words and markup.
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://leesbank.example/2026/recensie/"

DUTCH = [
    "De roman volgt een veerman op de Waal die elke ochtend dezelfde twaalf passagiers overzet en langzaam begrijpt "
    "dat een van hen elke dag een andere naam opgeeft, zonder dat iemand anders het merkt of er iets van zegt.",
    "De schrijfster houdt dat gegeven driehonderd bladzijden vol zonder het ooit uit te leggen, en dat is precies "
    "de kracht ervan: je gaat als lezer zelf de namen bijhouden, net als de veerman in zijn schriftje.",
    "Alleen het laatste hoofdstuk, dat in een ziekenhuis speelt, voelt als een ander boek dat er later aan is "
    "vastgeplakt; daar verliest het verhaal de rivier en daarmee zijn adem, wat jammer is na zo veel moois.",
]


def _page(inner: str, title: str = "De veerman") -> str:
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Leesbank</a></nav></header>"
            f"<main><article class='post'><h1>{title}</h1><div class='entry-content'>{inner}</div></article></main>"
            "<footer><p>Leesbank, een leesblog sinds 2019.</p></footer></body></html>")


def _body(inner: str, title: str = "De veerman") -> str:
    return extract_page(_page(inner, title), URL).body_text


def test_persian_words_keep_their_zero_width_non_joiner():
    persian = ["این رمان را در دو شب خواندم و می‌خواهم درباره‌ی زبانش بنویسم؛ نویسنده جمله‌های کوتاه را کنار هم "
               "می‌گذارد تا خواننده نفس‌نفس‌زنان دنبال راوی بدود و هیچ‌وقت به او نرسد.",
               "شخصیت‌های فرعی کم‌رنگ‌اند، اما فضای شهر کوچک و خانه‌های گِلی آن‌قدر زنده است که کتاب را "
               "دوباره از اول شروع کردم و این بار آهسته‌تر خواندم تا جزئیات را از دست ندهم.",
               "در مجموع کتابی است که به همه‌ی دوستانم پیشنهادش می‌کنم، به‌خصوص کسانی که نثر آهنگین را دوست دارند "
               "و از پایان‌های باز نمی‌ترسند."]
    text = _body("".join(f"<p>{p}</p>" for p in persian), "یادداشتی بر یک رمان")
    assert "می‌خواهم" in text and "نفس‌نفس‌زنان" in text and "همه‌ی" in text
    assert "میخواهم" not in text


def test_an_aside_between_paragraphs_is_a_pull_quote():
    quote = "Een boek over namen dat zelf geen enkele naam nodig heeft."
    text = _body(f"<p>{DUTCH[0]}</p><p>{DUTCH[1]}</p><aside>{quote}</aside><p>{DUTCH[2]}</p>")
    assert quote in text
    assert all(p in text for p in DUTCH)


def test_an_aside_with_links_between_paragraphs_is_not():
    box = "<aside><a href='/andere-recensie/'>Lees ook: mijn recensie van De rivierman, het vorige boek</a></aside>"
    text = _body(f"<p>{DUTCH[0]}</p><p>{DUTCH[1]}</p>{box}<p>{DUTCH[2]}</p>")
    assert "Lees ook" not in text


def test_a_review_plugins_summary_box_and_a_star_widgets_words_stay():
    box = ("<div class='wp-review-box'><div class='review-heading'>Oordeel in het kort</div>"
           "<div class='review-item'><span>Stijl</span><div class='review-star'></div></div>"
           "<div class='review-footer'><div class='review-desc'>Een eigenzinnige rivierroman die je lang bijblijft, "
           "ondanks het haastige slot.</div></div></div>")
    widget = "<div class='star-rating' title='4 van de 5 sterren'><span class='sr-only'>4 van de 5 sterren</span></div>"
    text = _body(widget + "".join(f"<p>{p}</p>" for p in DUTCH) + box)
    assert "Oordeel in het kort" in text and "Stijl" in text and "eigenzinnige rivierroman" in text
    assert "4 van de 5 sterren" in text


def test_a_forum_posts_bare_lines_beside_a_quote_box_stay():
    post = ("<b>Titel:</b> De veerman<br><b>Jaar:</b> 2024<br><br>" + DUTCH[0] + "<br><br>" + DUTCH[1] + "<br><br>"
            "<div class='bbCodeBlock bbCodeBlock--quote'><div class='bbCodeBlock-content'>Iemand schreef eerder: "
            "lees vooral de eerste honderd bladzijden langzaam.</div></div>" + DUTCH[2] + "<br><br>"
            "Kortom: lezen, maar sla het laatste hoofdstuk gerust over.")
    page = ("<html><head><title>De veerman</title></head><body><div class='message'><article class='message-body'>"
            f"<div class='bbWrapper'>{post}</div></article></div></body></html>")
    text = extract_page(page, URL).body_text
    assert "Titel: De veerman" in text and "Jaar: 2024" in text
    assert DUTCH[2] in text and "Kortom: lezen" in text


SIGN_OFF = "Over twee weken lees ik verder in de volgende roman van dezelfde schrijfster."


def test_the_sign_off_after_an_ask_in_a_box_of_its_own_stays():
    ask = ("<div class='leesbank-steun'><p>☕ Deze nieuwsbrief blijft gratis. Steun me met een koffie op "
           "<a href='https://ko-fi.com/leesbank'>ko-fi.com/leesbank</a></p></div>")
    record = extract_page(_page("".join(f"<p>{p}</p>" for p in DUTCH) + ask + f"<p>{SIGN_OFF}</p><p>/Marjolein</p>"), URL)
    assert "ko-fi" not in record.body_text
    assert SIGN_OFF in record.body_text and "/Marjolein" in record.body_text


def test_the_lines_after_an_ask_inside_the_text_still_go():
    ask = "<p>☕ Deze nieuwsbrief blijft gratis. Steun me met een koffie op <a href='https://ko-fi.com/leesbank'>ko-fi.com/leesbank</a></p>"
    record = extract_page(_page("".join(f"<p>{p}</p>" for p in DUTCH) + ask + "<p>Tot de volgende keer!</p>"), URL)
    assert "ko-fi" not in record.body_text and "Tot de volgende keer" not in record.body_text
    assert all(p in record.body_text for p in DUTCH)


def test_a_forum_posts_labelled_lines_over_bare_paragraphs_stay():
    post = ("<b>Titel:</b> De veerman<br><b>Auteur:</b> Anna Wessels<br><b>Mijn oordeel:</b> 4 van de 5<br><br>"
            + "<br><br>".join(DUTCH))
    page = ("<html><head><title>De veerman</title></head><body><div class='message'><article class='message-body'>"
            f"<div class='bbWrapper'>{post}</div></article></div></body></html>")
    text = extract_page(page, URL).body_text
    assert "Titel: De veerman" in text and "Auteur: Anna Wessels" in text
    assert all(p in text for p in DUTCH)
