"""Body cleaning rules of the holdout37 round (helper body37a), in our own words and markup, with near misses:

- readalsoline: a 'read also' line linked whole, the label inside the link, in capitals or not (sv, fi, hr); a link
  over part of a sentence, a linked line with no label, a label and a sentence after it stay;
- edges.READ_ALSO: the label's languages (sv/no/da "read more", fi, et, lv, lt, hr/sr, sl, sk, ro, bg, hu, ca, vi, fa);
- linkblocks: a share bar whose buttons carry no address (vi, de, ja); a sentence naming networks, a row of book
  links, a lone network button stay;
- reprintnote.PERMITTED: the note that the post is reprinted by leave, at the post's end (zh, ja, ko, en, de, es); a
  book's reprint, a publisher's rights to a translation, the same note mid-review stay;
- notes: a thanks to a publisher for the copy it sent (zh, traditional and simplified) is a disclosure, so the note
  in italics before a plea is not the plea's lead-in; a friend's gift is not.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.edges import READ_ALSO
from scraper.extract.linkblocks import is_share_block
from scraper.extract.notes import find_disclosure
from scraper.extract.readalsoline import unlinked_pointer
from scraper.extract.reprintnote import reprint_notice
from tests.cleaning import cleaned, paras

SV = [
    "Romanen följer en färjeskeppare på en sjö i norr som varje morgon ser samma främling gå ombord men aldrig åka "
    "tillbaka på kvällen, och som till slut börjar föra en anteckningsbok om honom.",
    "Det som bär boken är tålamodet: författaren låter misstanken växa över tvåhundra sidor utan ett enda höjt "
    "tonläge, och vädret över sjön gör halva berättandet, dimma och snöblandat regn och en hård frost.",
    "Sista kapitlet är det svagaste, en rusning av förklaringar efter så mycket stillhet, men jag ger den ändå till "
    "alla som gillar långsamma gåtor i kalla trakter.",
]
ZH = [
    "這部長篇寫一位在北方湖上開渡輪的女人，她發現每天早上都有同一個陌生人搭船過湖，卻從來沒有在傍晚回來，於是開始在筆記本上記下他的一舉一動，"
    "從他的外套顏色、帶的包裹，到他看湖面的眼神，一頁一頁寫滿了整本筆記。",
    "作者非常有耐心，讓懷疑在兩百頁裡慢慢變硬，卻沒有一句提高音量的話。湖上的天氣說了一半的故事，霧、雨夾雪和一場嚴霜，每一場都像另一個角色，"
    "讀到最後我甚至覺得自己也站在那艘船的甲板上，冷得發抖。",
    "最後一章是全書最弱的部分，在那麼多安靜之後突然塞進太多解釋，但我仍然會把它推薦給喜歡慢節奏懸疑小說的讀者。",
]


# -- readalsoline: the line linked whole -----------------------------------------------------------------------------

def test_wholly_linked_read_also_line_goes_sv_fi_hr():
    assert unlinked_pointer(fragment_fromstring("<p class='teaser'><a href='/a/1'>LÄS MER: Fem romaner om vinterhav</a></p>"))
    assert unlinked_pointer(fragment_fromstring("<p><a href='/b/2'>Lue myös: Talven parhaat dekkarit</a></p>"))
    assert unlinked_pointer(fragment_fromstring("<div><a href='/c/3'>Pročitajte i: Deset romana za dugu zimu</a></div>"))
    line = "<p class='teaser'><a href='/kultur/fem-romaner'>LÄS MER: Fem romaner om vinterhav</a></p>"
    text, rules = cleaned(paras(*SV[:2]) + line + paras(SV[2]), "sjobladet.example.se")
    assert "Fem romaner om vinterhav" not in text and "related link" in rules and all(p in text for p in SV)


def test_linked_read_also_near_misses_stay():
    # a link over a part of the line only (the reviewer's sentence pointing to an interview)
    assert not unlinked_pointer(fragment_fromstring(
        "<p>Läs mer om <a href='/x'>hennes debut</a> i intervjun där hon berättar om sjön</p>"))
    # wholly linked, but no label: a title only
    assert not unlinked_pointer(fragment_fromstring("<p><a href='/y'>Fem romaner om vinterhav</a></p>"))
    # the label and then a sentence going on
    assert not unlinked_pointer(fragment_fromstring(
        "<p><a href='/z'>Lue myös: Talven dekkarit. Niissä on enemmän lunta kuin ruumiita, ja se on hyvä asia.</a></p>"))
    assert not unlinked_pointer(fragment_fromstring("<h3><a href='/w'>LÄS MER: Fem romaner</a></h3>"))


def test_read_also_labels_of_more_languages():
    for label in ("Läs mer:", "Les mer:", "Læs mere:", "Lue lisää:", "Loe lisaks:", "Lasiet arī:", "Skaitykite taip pat:",
                  "Čitajte još:", "Preberite tudi:", "Čítajte aj:", "Citește și:", "Прочетете още:", "Ezt is olvassa:",
                  "Llegiu també:", "Xem thêm:", "بیشتر بخوانید:"):
        assert READ_ALSO.match(f"{label} x"), label
    assert not READ_ALSO.match("Läste den på en helg")
    assert not READ_ALSO.match("Lue kirja hitaasti")


# -- linkblocks: a share bar without addresses ------------------------------------------------------------------------

def test_share_bar_without_addresses_goes_vi_de_ja():
    assert is_share_block(fragment_fromstring("<div class='share'><a>Chia sẻ</a> <a>Facebook</a> <a>Zalo</a> <a>Sao chép</a></div>"))
    assert is_share_block(fragment_fromstring(
        "<div><ul><li><button>Teilen</button></li><li><button>WhatsApp</button></li><li><button>E-Mail</button></li></ul></div>"))
    assert is_share_block(fragment_fromstring("<div><span>ツイッター</span> | <span>はてな</span> | <span>ライン</span></div>"))
    bar = "<div class='tools'><a>Teilen</a> <a>Facebook</a> <a>X</a> <a>Link kopieren</a></div>"
    de = ["Der Roman erzählt von einer Fährfrau auf einem See im Norden, die jeden Morgen denselben Fremden übersetzt, "
          "der abends nie zurückkommt, und die beginnt, ein Heft über ihn zu führen.",
          "Die Autorin lässt den Verdacht über zweihundert Seiten wachsen, ohne je laut zu werden; das Wetter über dem "
          "See erzählt die Hälfte, Nebel, Schneeregen und ein harter Frost."]
    text, rules = cleaned(bar + paras(*de), "seeblatt.example.de")
    assert "Facebook" not in text and "share links" in rules and all(p in text for p in de)


def test_share_bar_near_misses_stay():
    assert not is_share_block(fragment_fromstring("<p>Ich fand sie zuerst auf <a>Facebook</a> und dann auf <a>Twitter</a>.</p>"))
    assert not is_share_block(fragment_fromstring(
        "<div><a>Facebook</a> <a>Das Salzmeer</a> <a>Die Winterfähre</a> <a>Nebeljahre</a></div>"))  # one network among books
    assert not is_share_block(fragment_fromstring("<p><a>Facebook</a></p>"))
    assert not is_share_block(fragment_fromstring("<h3><a>Facebook</a> <a>Zalo</a></h3>"))


# -- reprintnote.PERMITTED: reprinted by leave ------------------------------------------------------------------------

def test_reprint_by_leave_note_zh_ja_ko_en_de_es():
    for note in ("※本文經作者授權轉載自個人網誌「湖邊書房」。", "本文经作者同意转载，原发于个人博客。",
                 "この記事は筆者の許可を得て転載しています。", "이 글은 필자의 허락을 받아 게재합니다.",
                 "Reprinted with permission from the author's newsletter.", "Nachdruck mit freundlicher Genehmigung der Autorin.",
                 "Reproducido con permiso de la autora."):
        assert reprint_notice(note), note
    note = "<p class='note'>※本文經作者授權轉載自個人網誌「湖邊書房」。</p>"
    text, rules = cleaned(paras(*ZH) + note, "lakeside.example.tw")
    assert "湖邊書房" not in text and all(p in text for p in ZH)


def test_reprint_by_leave_near_misses_stay():
    assert not reprint_notice("The 1998 reprint is better than the first edition.")
    assert not reprint_notice("出版社獲得授權出版中譯本，花了三年才談成。")  # the publisher's rights to a translation
    assert not reprint_notice("この本は二〇一九年に文庫化された。")
    # the note's words in a paragraph mid-review stay (not at the post's end)
    middle = "作者說這本書最早在部落格連載，後來經授權轉載到雜誌上，才慢慢有了讀者，這段歷史本身就像小說裡的渡輪一樣緩慢。"
    text, _ = cleaned(paras(ZH[0], middle, ZH[1], ZH[2]), "lakeside.example.tw")
    assert middle in text


# -- notes: a thanks for the publisher's copy ------------------------------------------------------------------------

def test_thanks_to_a_publisher_for_the_copy_is_a_disclosure_zh():
    for note in ("感謝北岸文化寄贈新版，本文為個人心得。", "感谢青柳出版社赠送本书。", "謝謝南風出版的提供，讓我讀到這本書。"):
        assert find_disclosure([("text", note)]), note
    assert find_disclosure([("text", "感謝好友小林贈送這本書，讓我度過一個安靜的週末。")]) is None  # a friend's gift
    assert find_disclosure([("text", "感謝這本書讓我重新認識台灣文化。")]) is None


def test_disclosure_in_italics_before_a_plea_stays_zh():
    note = "<p><em>感謝北岸文化寄贈新版書籍，本文為個人真實心得。</em></p>"
    plea = "<p class='line_cta'>👉 加入我們的LINE好友，每天收到精選好文</p>"
    text, rules = cleaned(paras(*ZH) + note + plea, "lakeside.example.tw")
    assert "感謝北岸文化寄贈新版書籍" in text and "LINE好友" not in text


# -- readalsoline: a box named after its label; a bare 'more' label with its colon ----------------------------------

def test_read_also_box_named_after_its_label_is_fi_hr():
    assert unlinked_pointer(fragment_fromstring("<p class='lesa-meira'>Meira: Haustbækurnar sem við lásum</p>"))
    assert unlinked_pointer(fragment_fromstring("<p class='lue-myos'>Lue myös: Talven parhaat dekkarit</p>"))
    assert unlinked_pointer(fragment_fromstring("<p class='procitajte-i'>Pročitajte i: Deset romana za zimu</p>"))


def test_read_also_box_near_misses_stay():
    # a box named for something else, or a label the box is not named after
    assert not unlinked_pointer(fragment_fromstring("<p class='lead-text'>Meira: Haustbækurnar sem við lásum</p>"))
    assert not unlinked_pointer(fragment_fromstring("<p class='lue-myos'>Pročitajte i: Deset romana za zimu</p>"))
    # 'more' without its colon opens a sentence
    assert not READ_ALSO.match("Meira en helmingur bókarinnar gerist á sjó")
    assert not READ_ALSO.match("More than half of it happens at sea")


# -- tailasks: the last line is the one before a sidebar's label --------------------------------------------------------

def test_subscription_ask_before_a_sidebar_label_goes_is_en():
    ask = "<p>Gerstu áskrifandi að Vikublaðinu og fáðu ritdóma vikunnar heim. <a href='/askrift/'>Áskrift</a></p>"
    side = "<h3>Mest lesið</h3><ul><li><a href='/a'>Veður á Ströndum</a></li><li><a href='/b'>Bókaflóðið</a></li></ul>"
    text, rules = cleaned(paras(*SV) + ask + side, "vikublad.example.is")
    assert "Gerstu áskrifandi" not in text and "subscription ask" in rules and all(p in text for p in SV)
    ask = "<p>Subscribe to the Weekly Lantern and get our reviews every Saturday. <a href='/subscribe'>Subscribe</a></p>"
    text, rules = cleaned(paras(*SV) + ask + side, "lantern.example")
    assert "Weekly Lantern" not in text


def test_subscription_words_mid_review_stay():
    # the same words with the review's paragraphs after them, a sidebar label after all
    middle = "<p>Hon vägrar att prenumerera på tidningen, <a href='/x'>skriver hon</a>, men läser den varje dag.</p>"
    side = "<h3>Mest läst</h3><ul><li><a href='/a'>Väder</a></li><li><a href='/b'>Bokflod</a></li></ul>"
    text, _ = cleaned(paras(SV[0]) + middle + paras(SV[1], SV[2]) + side, "sjobladet.example.se")
    assert "vägrar att prenumerera" in text
