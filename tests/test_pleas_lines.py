"""pleas.lined_asks: a closing block of a few short lines set apart by line breaks, two or more of them asking the
reader to act on the platform (two kinds of act between them), is the post's sign-off and goes whole: at the end of a
blog post, and closing one post's box in a forum thread with replies after it (English, Indonesian, Spanish; markup of
our own). Near misses that stay: a block of lines with one ask only, a block whose lines hold the review's score,
a closing verse quoted from the book."""

from __future__ import annotations

import re

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body

EN = ["The novel follows three brothers in a river town who defy their father and fish in a forbidden stream, and a "
      "madman's prophecy sets them against each other for the rest of the book.",
      "The prose is dense with animal images and the town life is drawn with real affection, though the middle drags "
      "and repeats itself before the last hundred pages hit very hard."]
ID = ["Novel ini bercerita tentang tiga bersaudara di kota kecil tepi sungai yang memancing di tempat terlarang, lalu "
      "ramalan seorang lelaki gila membuat mereka saling curiga sampai akhir cerita.",
      "Bahasanya padat dan penuh gambaran binatang, suasana kotanya hidup sekali, walau bagian tengahnya agak bertele-tele "
      "sebelum seratus halaman terakhir yang sangat menghantam."]


def _clean(page: str, selector: str) -> tuple[str, list[str]]:
    root = lxml.html.fromstring(page)
    body = root.cssselect(selector)[0]
    report = CleanReport()
    clean_body(body, "riverforum.example", report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), [r.rule for r in report.removed]


def _post(paragraphs: list[str], closing: str) -> str:
    return "<html><body><div class='entry'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + closing + "</div></body></html>"


def test_a_closing_block_of_asks_goes():
    block = ("PS: admins, please pin this one to the front page, I typed it on my phone over a whole week of evenings 🙏"
             "<br>Follow me on Bluesky for more reviews of river novels and other books from home.<br>If this helped you, "
             "like and share so that more readers see it.")
    text, rules = _clean(_post(EN, f"<div>{block}</div>"), ".entry")
    assert "pin this one" not in text and "Follow me" not in text and all(p in text for p in EN)
    block = ("Terima kasih sudah membaca sampai habis, ulasan ini saya tulis pelan-pelan selama dua minggu di sela kerja!"
             "<br>Ikuti aku di Instagram untuk ulasan novel Indonesia lain setiap minggu<br>kasih cendol kalau suka ya gan, "
             "biar semangat nulis lagi 😄")
    text, rules = _clean(_post(ID, f"<p>{block}</p>"), ".entry")
    assert "Ikuti aku" not in text and all(p in text for p in ID)


def test_a_block_of_asks_closing_a_threads_post_goes():
    block = "PS: mods, move this to the front page abeg<br>Follow me for more reviews<br>Like and share if it helped you"
    reply = ("Great review. I read it in school and the river scenes still scare me, but I would give the book six out "
             "of ten because of that slow middle you described so well.")
    page = ("<html><body><div id='topic'><div class='post'><div class='msg'>" + " ".join(EN) + f"</div><div>{block}</div></div>"
            f"<div class='post'><div class='msg'>{reply}</div></div></div></body></html>")
    text, rules = _clean(page, "#topic")
    assert "Follow me" not in text and EN[0] in text and reply in text


def test_near_misses_stay():
    # one ask among the lines
    block = "Thanks for reading, friends.<br>Follow me for more reviews.<br>See you next Sunday."
    text, _ = _clean(_post(EN, f"<div>{block}</div>"), ".entry")
    assert "Follow me" in text
    # the review's score among them
    block = "Mi nota: 4/5<br>Sígueme para más reseñas<br>Dale like y comparte"
    text, _ = _clean(_post(EN, f"<div>{block}</div>"), ".entry")
    assert "Mi nota: 4/5" in text
    # a closing verse quoted from the book, set in lines
    verse = "Follow the river, follow the rain,<br>the brothers go down and come back again,<br>like the water, like the pain."
    text, _ = _clean(_post(EN, f"<blockquote>{verse}</blockquote>"), ".entry")
    assert "Follow the river" in text
