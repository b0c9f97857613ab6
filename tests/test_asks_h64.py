"""Helper asks64 of the holdout64 round, in our own words and markup: follow/join lines and funding or subscription
boxes that the rules did not read.

- followlines: a Georgian or Armenian bidding after a purpose clause; a Turkic network in the locative with the
  imperative of reading after it; "our page/channel" glued in a Turkic language beside a network; Google News in
  Devanagari; a line naming the site by its domain bidding a follow, anywhere in the body (sitelines calls ``domain_follow``);
- fundbox: Basque funding words; a gift "of any size" or monthly; a newspaper's subscription drive named beside the paper (az, ru, kk);
- commentsclosed.asked_of_us: the site's closing prompt to tell "us" in the comments.

Near misses: a reviewer's advice to read the book with a network mentioned, a plot line with a bare "follow", a
character who subscribed, the writer's own "tell me in the comments", a box about the book with a link, a review
paragraph mentioning a newspaper.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.commentsclosed import asked_of_us
from scraper.extract.followlines import domain_follow, opening_follow

_REVIEW = [
    "The novel follows a lighthouse keeper's daughter who copies old ship logs by hand through one long winter, and "
    "each chapter opens with a line from a log that she has to decide whether to believe or not.",
    "What stays with me is how patient the book is: nothing much happens for a hundred pages, and then one entry about "
    "a missing boat turns every earlier page into a clue you had read past without noticing.",
    "The middle drags a little and the brother is more an idea than a person, but the last chapter is quietly brilliant "
    "and I read it twice before putting the book down on the kitchen table.",
    "I would give it to anyone who likes slow novels about records and weather, and I mean to look for her essays.",
]


def _body(inserted: str, at: int = 4, lang: str = "en") -> str:
    paragraphs = [f"<p>{p}</p>" for p in _REVIEW]
    paragraphs.insert(at, inserted)
    html = (f"<html lang='{lang}'><head><title>The keeper's logs - Mira Holt | Harbour Lamp</title></head><body>"
            f"<nav><a href='/'>Harbour Lamp</a> <a href='/reviews'>Reviews</a></nav><main><article class='story'>"
            f"<h1>The keeper's logs - Mira Holt</h1><div class='story-text'>{''.join(paragraphs)}</div></article></main>"
            f"<footer>Harbour Lamp</footer></body></html>")
    return extract_page(html, "https://harbourlamp.example/reviews/keepers-logs").body_text


def test_follow_shapes():
    # (ka: so that you hear of new books first, subscribe to our Telegram channel; hy: to read us first, join on Telegram)
    assert opening_follow("ახალი წიგნების შესახებ რომ პირველებმა გაიგოთ, გამოგვიწერეთ ტელეგრამის არხზე.")
    assert opening_follow("Որպեսզի առաջինը կարդաք, միացեք մեզ Telegram-ում։")
    # (tr: read <site> on Telegram; az: read us on Instagram; kk: watch our Telegram channel's posts)
    assert opening_follow("Kitapkurdu'nu Telegram'da okuyun: günün kitap haberleri tek kanalda.")
    assert opening_follow("Yeni yazıları Instagram-da oxuyun.")
    # (tr: you can also find our reviews on our Instagram page; kk: all reviews are on our Telegram channel)
    assert opening_follow("Yorumlarımızı Instagram sayfamızda da bulabilirsiniz.")
    assert opening_follow("Барлық шолулар Telegram арнамызда жарияланады.")
    # (hi: follow us on Google News for the latest book news)
    assert opening_follow("किताबों की ताज़ा खबरों के लिए हमें गूगल न्यूज़ पर फ़ॉलो करें।")


def test_follow_near_misses():
    # (tr: do read this book, it was much discussed on Instagram; kk: read it, it is talked of on Instagram)
    assert not opening_follow("Bu romanı mutlaka okuyun, Instagram'da da çok konuşuldu.")
    assert not opening_follow("Кітапты міндетті түрде оқыңыз, Instagram-да да көп талқыланды.")
    # (ka: the heroine subscribed to a magazine and wrote on Facebook: past tense, the story's)
    assert not opening_follow("გმირი გამოიწერა ჟურნალი და ფეისბუქზე წერდა.")
    # (lv: there follows Anna's story about Instagram; hr: it follows Lana, an Instagram star, through the novel)
    assert not opening_follow("Seko Annas stāsts par Instagram.")
    assert not opening_follow("Prati Lanu Horvat, zvijezdu Instagrama, kroz cijeli roman.")
    # (a domain in a plot line with no bidding)
    assert not domain_follow("The heroine runs a shop called Hoot.lv and posts on Instagram every morning.")
    assert domain_follow("Follow bookharbour.lv on Instagram for more reviews.")


def test_domain_follow_line_anywhere():
    # (kk: read <site>.kz on Telegram: the day's reviews in one channel), set between the review's paragraphs
    body = _body("<p class='inset'>Kitapkosh.kz-ті Telegram-да оқыңыз: күннің шолулары бір арнада.</p>", at=2)
    assert "Telegram-да" not in body
    assert "What stays with me" in body and "The middle drags" in body


def test_funding_boxes():
    # (eu: help now, a monthly contribution keeps the site free)
    body = _body("<div class='lag'><p><b>Harbour Lamp zuek egiten duzue.</b> Hileko ekarpen txiki batek doan mantentzen du. "
                 "<a href='/lagundu'>Lagundu orain</a></p></div>")
    assert "ekarpen" not in body
    # (en: a gift of any size, the site named)
    body = _body("<div class='rec'><p><strong>Keep Harbour Lamp open.</strong> We are three volunteers. A gift of any "
                 "size pays for the server another month.</p></div>")
    assert "gift of any size" not in body
    # (az: our paper's subscription goes on at the post office; ru: subscription to the paper for next year is open)
    body = _body("<div class='abune'><p>Qəzetimizə abunə davam edir. Poçt şöbələrinə müraciət edin.</p></div>", lang="az")
    assert "abunə" not in body
    body = _body("<div class='podp'><p>Открыта подписка на газету на следующий год.</p></div>", lang="ru")
    assert "подписка" not in body
    assert "I would give it to anyone" in body


def test_funding_near_misses():
    # (a box about the book, closed by a link to the site's own page: no funding named)
    body = _body("<div class='info'><p>Mira Holt also wrote two books of essays. <a href='/tag/holt'>More by Holt</a></p></div>")
    assert "two books of essays" in body
    # (a review paragraph naming a newspaper and a subscription in the plot, no box of its own)
    body = _body("<p>In the third chapter her father cancels his subscription to the newspaper, and the house goes quiet "
                 "in a way the book never quite names.</p>", at=3)
    assert "cancels his subscription" in body
    # (a gift in the story)
    body = _body("<p>Her brother's gift of any size would have been welcome, but he sends only a postcard.</p>", at=3)
    assert "postcard" in body


def test_tell_us_in_the_comments():
    assert asked_of_us("Tell us what you are reading this month in the comments below.")
    assert asked_of_us("Schreiben Sie uns in den Kommentaren, welches Buch Sie gerade lesen.")
    assert asked_of_us("Cuéntanos en los comentarios qué estás leyendo.")
    assert asked_of_us("Напишите нам в комментариях, что вы читаете.")
    # (the writer's own ask, the singular: the review's voice)
    assert not asked_of_us("Tell me in the comments what you thought of the ending!")
    # (a plot line with "tell us" and no comments)
    assert not asked_of_us("Tell us, the narrator asks, what the river took from you.")
    body = _body("<p class='prompt'>Tell us what you are reading this week in the comments below.</p>")
    assert "Tell us" not in body and "I would give it to anyone" in body


def test_ordinary_review_in_kazakh_kept():
    # (kk: an ordinary review's closing lines: advice to read it, and Instagram in the plot)
    lines = ["Роман бір отбасының үш ұрпағын қамтиды және әр тарау жаңа кейіпкердің көзімен айтылады.",
             "Кейіпкер қыз Instagram-да өлең жариялайды, ал әкесі оны түсінбейді.",
             "Кітапты міндетті түрде оқыңыз, әсіресе ұзақ қыс кештерінде."]
    html = ("<html lang='kk'><head><title>Үш ұрпақ | Кітап бұрышы</title></head><body><article><h1>Үш ұрпақ</h1>"
            + "".join(f"<p>{t} {t}</p>" for t in lines) + "</article></body></html>")
    body = extract_page(html, "https://kitapburyshy.example/reviews/ush-urpaq").body_text
    assert "Instagram-да өлең" in body and "міндетті түрде оқыңыз" in body
