"""Five misfires of older rules (s31), each beside a test that the rule still does its job:

1. the affiliate note (promo, readeraside.commission_line): a commission owned in the story ("the painter's
   commission", "su comisión") in an italic closing line naming a retailer is the review's;
2. the desk's writer's bio (deskbio): "The author is …" going on past a colon into a clause about the book is the
   review's;
3. the short forward ask (forwardask): a line whose later sentence is review prose is the review's;
4. the platform action line (platforms.PLATFORM_ACTION): "grip like this" compares, "Like this post" bids;
5. genitive captions (bookcaptiongenitive, bookscripts' Hindi owner): an owner closing on a class noun (a fair, a
   place, a role: bookclassnoun) is no author; a full name's "A-GEN ‘T’, note" still is.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptiongenitive import genitive_caption

_P1 = ("<p>The novel follows a lighthouse keeper through one long winter on a rock off the northern coast; each chapter "
       "adds a small weight to his silence, and the last pages make it speak at last, quietly and without a false note.</p>")
_P2 = ("<p>What I liked best is how the island becomes a character: the supply boat, the broken radio, the gulls at "
       "dawn all carry the story as much as the keeper does, and the prose never hurries any of them along.</p>")


def _record(tail: str):
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">The Keeper of Skerry Light</h1><div class="entry-content">{_P1}{_P2}{tail}'
            "</div></article></body></html>")
    return extract_page(html, "https://harbourreads.example.org/2026/11/keeper-of-skerry-light")


def _rules(tail: str) -> list[str]:
    return [r["rule"] for r in _record(tail).removed]


# ---- 1. the affiliate note

def test_story_commission_in_an_italic_closing_line_stays():
    line = "By the end, the painter's commission from Amazon's founder feels like a trap, and I loved every page."
    assert line in _record(f"<p><em>{line}</em></p>").body_text
    line = "Al final, su comisión para Amazon parece una trampa, y me encantó cada página."
    assert line in _record(f"<p><em>{line}</em></p>").body_text


def test_sites_commission_in_an_italic_closing_line_goes():
    record = _record("<p><em>Order it on Amazon and we get a small commission.</em></p>")
    assert "small commission" not in record.body_text and "supply boat" in record.body_text


# ---- 2. the writer's bio

def test_review_sentence_about_the_author_stays():
    line = "The author is a GP, but nothing here is medical advice: the book is a novel about a village surgery."
    body = _record(f"<p>{line}</p><p>Its doctor is the least reliable narrator I have met this year, and I could "
                   "not put it down for a whole weekend.</p>").body_text
    assert line in body


def test_desk_bio_closing_the_piece_goes():
    tail = "<p>The writer is a teacher of literature in Tanga and a regular contributor.</p>"
    assert "writer's bio" in _rules(tail)


# ---- 3. the short forward ask

def test_forward_ask_with_review_prose_after_stays():
    line = ("Forward this to a friend who loves the sea. In the last chapter the keeper finally signs up for the "
            "supply boat crew, and it broke my heart.")
    assert "finally signs up" in _record(f"<p>{line}</p>").body_text


def test_forward_ask_alone_or_with_asks_goes():
    assert "forward ask" in _rules("<p>Know someone who would like this? Forward this email to them. Thanks for "
                                   "reading!</p>")
    assert "forward ask" in _rules("<p>Forward this to a friend who loves the sea. Not subscribed yet? Sign up "
                                   "here.</p>")


# ---- 4. the platform action line

def test_comparison_like_this_stays():
    line = "Who knew a novel about a magazine editor could grip like this? Not me."
    assert line in _record(f"<p><em>{line}</em></p>").body_text


def test_imperative_like_this_goes():
    assert "platform action line" in _rules("<p><em>Enjoyed it? Please like this post.</em></p>")
    assert "platform action line" in _rules("<p><em>Like this post and reblog it to your friends!</em></p>")


# ---- 5. genitive captions

_BN = ["গ্রামের এক মেয়ে নদীর ধারে বড় হয়, তারপর শহরে পড়তে যায়। সেখানেই তার জীবনে আসে নতুন মানুষ, নতুন ভয় আর নতুন স্বপ্ন।",
       "লেখকের ভাষা সহজ, কিন্তু প্রতিটি অধ্যায়ে একটা চাপা বিষাদ লেগে থাকে। চরিত্রগুলো কম কথা বলে, তবু তাদের নীরবতা অনেক কিছু বলে দেয়।",
       "মাঝের কয়েকটি অধ্যায় একটু দীর্ঘ মনে হয়েছে, কিছু ঘটনা বারবার ফিরে এসেছে। তবে শেষ পর্যন্ত পড়লে সব সুতো এক জায়গায় মিলে যায়।",
       "আমার রেটিং: ৪/৫"]
_HI = ["गाँव की एक लड़की नदी के किनारे बड़ी होती है, फिर पढ़ने के लिए शहर जाती है। वहीं उसके जीवन में नए लोग, नए डर और नए सपने आते हैं।",
       "लेखक की भाषा सरल है, पर हर अध्याय में एक दबी हुई उदासी बनी रहती है। पात्र कम बोलते हैं, फिर भी उनकी चुप्पी बहुत कुछ कह देती है।",
       "बीच के कुछ अध्याय थोड़े लंबे लगे, कुछ घटनाएँ बार-बार लौटती हैं। फिर भी अंत तक पढ़ने पर सारे धागे एक जगह मिल जाते हैं।",
       "मेरी रेटिंग: 4/5"]


def _book(lang: str, headline: str, caption: str, paragraphs: list[str]) -> tuple[str | None, str | None]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">'
            f'<figure><img src="/img/a1.jpg" alt=""><figcaption>{caption}</figcaption></figure>{body}'
            "</div></article></body></html>")
    record = extract_page(html, "https://kagoj.example.com/boi/992")
    return record.book_title, record.book_author


def test_book_fair_genitive_caption_is_no_author():
    assert _book("bn", "নদীর ধারের মেয়ে", "কলকাতা বইমেলার ‘থিম প্যাভিলিয়ন’", _BN)[1] is None
    assert _book("hi", "नदी किनारे की लड़की", "दिल्ली पुस्तक मेले का ‘थीम मंडप’", _HI)[1] is None
    assert genitive_caption([("দিল্লি বইমেলার ‘থিম প্যাভিলিয়ন’", "")], Context(text="\n".join(_BN))) is None


def test_illustrators_genitive_caption_is_no_author():
    assert _book("hi", "नदी किनारे की लड़की", "चित्रकार अनु सेन का ‘नीला घर’", _HI)[1] is None


def test_full_names_genitive_caption_still_gives_the_book():
    assert _book("bn", "নদীর ধারের মেয়ে", "সুরমা দত্তগুপ্তের ‘জলের দাগ’, নতুন সংস্করণ", _BN) == ("জলের দাগ", "সুরমা দত্তগুপ্ত")
    assert _book("hi", "नदी किनारे की लड़की", "सुरमा देशपांडे का ‘पानी के दाग’, नया संस्करण", _HI) \
        == ("पानी के दाग", "सुरमा देशपांडे")
