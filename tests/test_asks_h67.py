"""Helper asks67 of the holdout67 round, in our own words and markup: asks left in the body that the rules did not read.

- fundbox: a share of the reader's income tax asked in a box of its own names the site's own need (no site name
  needed); Italian subscriptions and "send a contribution"; the journal, the magazine and the newsroom named (hu, vi);
- memberask.SUBSCRIBE: the Vietnamese invitation to order the periodical ("(Mời bạn đọc) đặt mua …");
- followpleas: the Japanese blog platforms' own follow (registering as the blog's reader, bidden) as a line of its own;
  the Devanagari "subscribe" spelt with a virama;
- followlines._bare_follow: a bare imperative whose line of one clause closes on two networks' bare names (lv, lt, sl);
- notewords.PUBLISHER: the Latvian, Lithuanian and Estonian words for the publisher (the person or the house).

Near misses: a plot line with a tax figure, a character who sends a contribution or orders a book, a library's reader
card, a network named in a plot line, a line with a comma running into a clause of its own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.followlines import opening_follow
from scraper.extract.followpleas import follow_plea, interjected_plea
from scraper.extract.notedesk import desk_copy
from scraper.extract.notewords import PUBLISHER

_REVIEW = [
    "The novel follows a lighthouse keeper's daughter who copies old ship logs by hand through one long winter, and "
    "each chapter opens with a line from a log that she has to decide whether to believe or not.",
    "What stays with me is how patient the book is: nothing much happens for a hundred pages, and then one entry about "
    "a missing boat turns every earlier page into a clue you had read past without noticing.",
    "The middle drags a little and the brother is more an idea than a person, but the last chapter is quietly brilliant "
    "and I read it twice before putting the book down on the kitchen table.",
    "I would give it to anyone who likes slow novels about records and weather, and I mean to look for her essays.",
]


def _body(inserted: str, at: int = 2, lang: str = "en") -> str:
    paragraphs = [f"<p>{p}</p>" for p in _REVIEW]
    paragraphs.insert(at, inserted)
    html = (f"<html lang='{lang}'><head><title>The keeper's logs - Mira Holt | Harbour Lamp</title></head><body>"
            f"<nav><a href='/'>Harbour Lamp</a> <a href='/reviews'>Reviews</a></nav><main><article class='story'>"
            f"<h1>The keeper's logs - Mira Holt</h1><div class='story-text'>{''.join(paragraphs)}</div></article></main>"
            f"<footer>Harbour Lamp</footer></body></html>")
    return extract_page(html, "https://harbourlamp.example/reviews/keepers-logs").body_text


def test_tax_share_box_without_the_site_named():
    # (sk: give us 2 % of your tax, it keeps independent criticism going; hu: offer 1% of your tax to our association)
    for line in ("Venujte nám 2 % z dane – pomôžete nezávislej literárnej kritike.",
                 "Ajánld fel adód 1%-át egyesületünknek, hogy jövőre is írhassunk."):
        assert line not in _body(f"<div class='box'><p>{line}</p></div>")


def test_tax_share_near_miss_in_the_review():
    # (sk: in the novel the hero pays 2 % tax on every sheep sold: a paragraph of the review, no box of its own)
    line = "V románe platí hrdina 2 % dane z každej predanej ovce a počíta ich po večeroch."
    assert line in _body(f"<p>{line}</p>")


def test_italian_and_vietnamese_boxes():
    # (it: this blog lives on its readers' subscriptions: send a contribution if you can)
    line = "Questo blog vive delle sottoscrizioni di chi legge: se ti va, manda un contributo."
    assert line not in _body(f"<div class='box'><p>{line}</p></div>")
    # (vi: readers are invited to order the printed magazine at the news stands)
    line = "Mời quý độc giả đặt mua tạp chí bản in tại các sạp báo trên toàn quốc."
    assert line not in _body(f"<div class='box'><p>{line}</p></div>")
    # (hu: support the journal with a small monthly gift: the journal named)
    line = "Támogasd a folyóiratot havi néhány száz forinttal."
    assert line not in _body(f"<div class='box'><p>{line}</p></div>")


def test_contribution_and_order_near_misses():
    # (it: the hero sends a contribution to the village paper every week; vi: I ordered this book online)
    for line in ("Il protagonista manda un contributo al giornale del paese ogni settimana, sempre firmato.",
                 "Tôi đặt mua cuốn sách này trên mạng sau khi đọc một bài điểm sách."):
        assert line in _body(f"<p>{line}</p>")


def test_platform_reader_registration_and_devanagari_subscribe():
    # (ja: please register as a reader (the platform's follow); register as a reader, thank you)
    assert interjected_plea("読者登録してくださいね。更新のお知らせが届きます！")
    assert follow_plea("読者登録よろしくお願いします♪")
    # (ja near miss: the heroine registers as a reader at the library and loses the card)
    assert not interjected_plea("図書館で読者登録をした主人公は、そのカードをすぐになくしてしまう。")
    # (ne/hi: subscribe to our YouTube channel for the book videos)
    assert follow_plea("पुस्तक भिडियोका लागि हाम्रो युट्युब च्यानल सब्स्क्राइब गर्नुहोस्।")
    # (ne near miss: the heroine opens a YouTube channel, no bidding)
    assert not follow_plea("उपन्यासकी नायिकाले आफ्नै युट्युब च्यानल खोल्छिन्।")


def test_bare_follow_closed_by_networks():
    # (lv: follow the culture desk on Facebook and Instagram; lt: the same; sl: follow the book corner on Facebook and Instagram)
    assert opening_follow("Seko Grāmatu nodaļai Facebook un Instagram.")
    assert opening_follow("Sek Kultūros skyrių Facebook ir Instagram!")
    assert opening_follow("Sledite Knjižni kotiček na Facebook in Instagram.") or opening_follow("Sledi Knjižni kotiček Facebook in Instagram.")
    # (near misses: a plot line with a comma, a clause of its own; a network in the story's case form)
    assert not opening_follow("Seko Anna, kas katru vakaru raksta Instagram")
    assert not opening_follow("Seko Martas stāsts par Instagram.")
    assert not opening_follow("Prati Lanu Horvat, zvijezdu Instagrama, koja piše romane.")


def test_baltic_publisher_words():
    assert PUBLISHER.search("Grāmatu recenzijai redakcijai nodeva izdevējs.")
    assert PUBLISHER.search("Knygą recenzijai redakcijai perdavė leidėjas.")
    assert desk_copy("Grāmatu recenzijai redakcijai nodeva izdevējs.")
    # (near miss: lv "the edition" is no publisher)
    assert not PUBLISHER.search("Jaunais izdevums ir skaists.")
