"""A cover's caption that opens with the title, and a post tagged with its author's one-word pen name in a script without
capitals, which the text calls a book's owner (holdout28 round): Kannada "A ಅವರ … ಕಾದಂಬರಿ", Tamil "A அவர்களின் … நாவல்",
Telugu, Malayalam. Cover words in more scripts and languages; a tag for the book's kind ("Kannada novel") is no person;
a link to a tag's page in the post's list of tags is a tag whatever its slug. Near misses throughout."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.book import Context
from scraper.extract.bookcover import COVER_WORD, _person, from_caption
from scraper.extract.bookdashowner import owner
from scraper.extract.booktags import tag_links


def _ctx(text: str) -> Context:
    return Context(text, ())


_KN = ("ಕಾವೇರಿಸುತ ಅವರ ಹೊಸ ಕಾದಂಬರಿಯನ್ನು ಒಂದೇ ವಾರದಲ್ಲಿ ಓದಿದೆ.\nಹಸಿರು ಹಾದಿ — ಮೊದಲ ಮುದ್ರಣದ ಮುಖಪುಟ\n"
       "ಹಳ್ಳಿಯ ಕತೆ, ನಿಧಾನದ ಓದು. ಈ ಕಾದಂಬರಿ ಮಳೆಗಾಲಕ್ಕೆ ಸರಿ.")
_TA = ("நிலவன் அவர்களின் புதிய நாவல் இந்த மாதம் வெளியானது.\nகடல் வீடு — முதல் பதிப்பின் அட்டைப்படம்\n"
       "மெதுவான கதை, ஆனால் நல்ல நாவல்.")


def test_kannada_cover_caption_and_a_tagged_pen_name():
    captioned = [("ಹಸಿರು ಹಾದಿ — ಮೊದಲ ಮುದ್ರಣದ ಮುಖಪುಟ", "file: cover green path")]
    assert from_caption(captioned, _ctx(_KN), ["ಕಾವೇರಿಸುತ", "ಕನ್ನಡ ಕಾದಂಬರಿ"]) == ("ಹಸಿರು ಹಾದಿ", "ಕಾವೇರಿಸುತ")


def test_tamil_cover_caption_and_a_tagged_pen_name():
    captioned = [("கடல் வீடு — முதல் பதிப்பின் அட்டைப்படம்", "file: kadal veedu")]
    assert from_caption(captioned, _ctx(_TA), ["நிலவன்", "தமிழ் நாவல்"]) == ("கடல் வீடு", "நிலவன்")


def test_near_miss_a_one_word_tag_the_text_never_calls_an_owner():
    # the tag is a place, said in the text but never as a novel's owner
    text = "ಮೈಸೂರು ನಗರದಲ್ಲಿ ಓದಿದೆ.\nಹಸಿರು ಹಾದಿ — ಮೊದಲ ಮುದ್ರಣದ ಮುಖಪುಟ\nಈ ಕಾದಂಬರಿ ಮಳೆಗಾಲಕ್ಕೆ ಸರಿ. ಮೈಸೂರು ಚೆನ್ನಾಗಿದೆ."
    captioned = [("ಹಸಿರು ಹಾದಿ — ಮೊದಲ ಮುದ್ರಣದ ಮುಖಪುಟ", "file: cover")]
    assert from_caption(captioned, _ctx(text), ["ಮೈಸೂರು"]) is None


def test_near_miss_a_tag_for_the_books_kind_is_no_person():
    text = "ಕನ್ನಡ ಕಾದಂಬರಿ ಓದುವುದು ಇಷ್ಟ. ಈ ಕಾದಂಬರಿ ಚೆನ್ನಾಗಿದೆ, ಕಾದಂಬರಿ ಉದ್ದ."
    assert not _person("ಕನ್ನಡ ಕಾದಂಬರಿ", _ctx(text))
    assert not _person("தமிழ் நாவல்", _ctx("தமிழ் நாவல் பிடிக்கும். நாவல் நல்லது, நாவல் நீளம்."))


def test_near_miss_a_cased_one_word_tag_is_no_pen_name_here():
    # one Latin word is not read as a pen name by this rule, whatever the text says
    assert not _person("Kuvempu", _ctx("Kuvempu ಅವರ ಹೊಸ ಕಾದಂಬರಿ"))


@pytest.mark.parametrize("name, text, owns", [
    ("ಕಾವೇರಿಸುತ", "ಕಾವೇರಿಸುತ ಅವರ ಬೃಹತ್ ಕಾದಂಬರಿ", True),  # kn
    ("நிலவன்", "நிலவன் எழுதிய நாவல்", True),  # ta, "who wrote"
    ("వెన్నెల", "వెన్నెల గారి కొత్త నవల", True),  # te
    ("നിലാവ്", "നിലാവ് എഴുതിയ നോവൽ", True),  # ml, "who wrote"
    ("ಕಾವೇರಿಸುತ", "ಕಾವೇರಿಸುತ ಅವರ ಮನೆ ದೊಡ್ಡದು", False),  # kn: their house, no book
])
def test_the_text_calls_a_name_a_books_owner(name, text, owns):
    assert owner(name, text) is owns


@pytest.mark.parametrize("caption", ["Coperta ediției noi", "A borítója", "Naslovnica prvog izdanja", "Корице првог издања",
                                     "ಹೊಸ ಮುದ್ರಣದ ಮುಖಪುಟ", "புத்தகத்தின் அட்டைப்படம்", "سرورق"])
def test_cover_words_in_more_languages(caption):
    assert COVER_WORD.search(caption)


@pytest.mark.parametrize("caption", ["Un tetto coperto di neve", "Stela de granit", "ಹೊಸ ಮುದ್ರಣ"])
def test_no_cover_word(caption):
    # near misses: Italian "coperto" (covered) is no Romanian cover; no cover word at all
    assert not COVER_WORD.search(caption)


def test_a_tag_page_link_in_the_posts_tag_list_whatever_its_slug():
    page = lxml.html.fromstring(
        '<html><body><article><p>Text</p><div class="entry-tags"><a href="/tags/kaveri">ಕಾವೇರಿಸುತ</a> '
        '<a href="/tags/kannada-novel">ಕನ್ನಡ ಕಾದಂಬರಿ</a></div></article>'
        '<aside class="sidebar"><div class="widget-tags"><a href="/tags/travel">ಪ್ರವಾಸ</a></div></aside>'
        '<nav><a href="/tags/poems">ಕವನ</a></nav></body></html>')
    # the post's list is read; a sidebar's tag cloud and a menu's link to a tag page are not
    assert tag_links(page) == ["ಕಾವೇರಿಸುತ", "ಕನ್ನಡ ಕಾದಂಬರಿ"]


def test_near_miss_a_latin_link_in_the_tag_list_under_another_slug():
    # Latin (or Cyrillic, Greek, Georgian) text is compared with its slug: "/tags/misc" is no tag "Winter Notes"
    page = lxml.html.fromstring('<html><body><div class="post-tags"><a href="/tags/ada-berg">Ada Berg</a> '
                                '<a href="/tags/misc">Winter Notes</a> <a href="/tags/drugoe">Тихая гавань</a></div></body></html>')
    assert tag_links(page) == ["Ada Berg"]


# --- Thai: a cover caption's phrases, "the cover …", the title, "printing …"; a tagged writer named by the given name --

from scraper.extract.bookcover import thai_cover  # noqa: E402

_TH_TEXT = "อ่านจบในสามวันค่ะ ภาษาของสุดาพรสวยมาก ตัวละครเยอะแต่จำได้"


def test_thai_cover_caption_and_a_tagged_writer():
    captioned = [("ปกเล่มที่ยืมจากห้องสมุด บ้านริมคลอง พิมพ์ครั้งที่สาม", "")]
    assert thai_cover(captioned, Context(_TH_TEXT), ["สุดาพร ศรีวงศ์", "นิยายไทย"]) == ("บ้านริมคลอง", "สุดาพร ศรีวงศ์")


def test_thai_cover_caption_with_an_edition_phrase():
    captioned = [("ปกหนังสือ บ้านริมคลอง ฉบับพิมพ์ใหม่", "")]
    assert thai_cover(captioned, Context(_TH_TEXT), ["สุดาพร ศรีวงศ์"]) == ("บ้านริมคลอง", "สุดาพร ศรีวงศ์")


@pytest.mark.parametrize("caption, tags", [
    ("ร้านหนังสือ บ้านริมคลอง พิมพ์ครั้งที่สาม", ["สุดาพร ศรีวงศ์"]),  # no cover phrase first
    ("ปกเล่มที่ยืมมา บ้านริมคลอง ริมน้ำ", ["สุดาพร ศรีวงศ์"]),  # no printing phrase
    ("ปกเล่มที่ยืมมา บ้านริมคลอง พิมพ์ครั้งที่สาม", ["มาลี ใจดี"]),  # the tagged person is never named in the text
    ("ปกเล่มที่ยืมมา บ้านริมคลอง พิมพ์ครั้งที่สาม", ["สุดาพร ศรีวงศ์", "สุดาพร ทองดี"]),  # two tagged people
])
def test_thai_cover_near_misses(caption, tags):
    assert thai_cover([(caption, "")], Context(_TH_TEXT), tags) is None
