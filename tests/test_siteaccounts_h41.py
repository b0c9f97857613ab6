"""Body cleaning rules of the holdout41 round (helper body41b), in our own words and markup, with near misses:

- sitelines.mark: a follow line over another follow line, both closing the review's box, goes with it (the loop
  marked the later one after it had asked whether the earlier one closed its box);
- siteaccounts.messenger_follow: the site's account on a messenger (LINE, WhatsApp, Telegram, Viber, KakaoTalk, Zalo)
  in th, ja, zh, ko, vi, en, es, uk, ar, tr; never a story's messenger group;
- siteaccounts.newsletter_notice: the site's own newsletter and when it is delivered, ja, zh, ko, en, de; never
  someone else's newsletter, nor one named without a delivery.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.siteaccounts import messenger_follow, newsletter_notice, site_account
from tests.cleaning import cleaned, paras

TH = [
    "นิยายเล่มนี้เล่าเรื่องครอบครัวชาวประมงริมทะเลสาบสงขลาที่ต้องตัดสินใจว่าจะขายบ้านเก่าของปู่หรือไม่ ผู้เขียนเล่าผ่านสายตาของหลานสาวคนเล็กที่กลับบ้านหลังเรียนจบ",
    "จุดที่ชอบที่สุดคือบทสนทนาบนโต๊ะกินข้าวซึ่งเต็มไปด้วยเรื่องที่ไม่มีใครกล้าพูดตรง ๆ แต่ตอนจบรู้สึกว่ารีบไปหน่อย",
    "โดยรวมแล้วเป็นหนังสือที่อ่านสบายและอบอุ่น เหมาะกับคนที่ชอบเรื่องครอบครัวเงียบ ๆ",
]
JA = [
    "山あいの小さな駅で働く駅員が、最終列車のあとに届く忘れ物をひとつずつ持ち主へ返していく連作短編集です。どの話も派手さはありませんが、読み終えると町の地図が頭に浮かびます。",
    "特に三話目の、古い傘をめぐる話が印象的でした。持ち主の事情が少しずつ明かされていく構成がうまく、最後の一行で思わず本を閉じました。",
    "後半はやや説明が多いものの、静かな物語が好きな人にはぜひ手に取ってほしい一冊です。",
]
EN = [
    "The novel follows a lighthouse keeper's daughter who inherits a failing ferry company and must decide, over one "
    "stormy autumn, whether to sell it to a rival or keep the island connected to the mainland.",
    "The prose is plain but the weather is vivid, and the ledger scenes are the best pages of the book.",
    "The ending is rushed, but I would recommend it to anyone who likes quiet, patient fiction.",
]


def _p(html: str):
    return fragment_fromstring(html)


# -- two follow lines closing the box --------------------------------------------------------------------------------

def test_follow_line_over_a_news_reader_line_goes_with_it_th():
    page = (f"<a class='logo' href='/'>ริมน้ำบุ๊คส์</a>{paras(*TH)}"
            "<p><a href='/friends'>ติดตามริมน้ำบุ๊คส์ผ่านช่องทางแชท</a> ได้ทุกวัน</p>"
            "<p><a href='https://news.google.com/publications/xyz'>ติดตามข่าวสารล่าสุดได้ที่ Google News</a></p>")
    text, rules = cleaned(page, "banriamnam.example")
    assert "ผ่านช่องทางแชท" not in text and "Google News" not in text
    assert "เหมาะกับคนที่ชอบเรื่องครอบครัว" in text
    assert rules.count("follow-me line") == 2


def test_follow_line_with_review_after_it_stays_en():
    # near miss: the review goes on after the first line (it closes no box), only the last one goes
    page = (f"<a class='logo' href='/'>Harbour Pages</a>{paras(*EN[:2])}<p>Follow Harbour Pages for more, I said to myself.</p>"
            f"{paras(EN[2])}<p><a href='https://news.google.com/publications/abc'>Follow us on Google News</a></p>")
    text, _ = cleaned(page, "harbourpages.example")
    assert "Follow Harbour Pages for more" in text and "Google News" not in text


# -- the site's account on a messenger ---------------------------------------------------------------------------------

def test_messenger_follow_lines_in_many_scripts():
    block = _p("<p>x</p>")
    for line in ("ติดตามเราผ่าน LINE OA ได้ทุกวัน", "เพิ่มเพื่อนใน LINE ของเรา", "LINE公式アカウントを友だち追加してください",
                 "LINEで新しい書評をお届けします", "加入我們的LINE官方帳號，每天收到新書評", "카카오톡 채널을 추가하고 새 서평을 받아보세요",
                 "Theo dõi chúng tôi trên Zalo để nhận tin mới", "Join our WhatsApp channel for new reviews every week",
                 "Únete a nuestro canal de WhatsApp", "Приєднуйтесь до нашого Viber-каналу", "انضموا إلى قناتنا على واتساب",
                 "WhatsApp kanalımıza katılın", "Follow us on Telegram", "加入我们的Telegram频道"):
        assert messenger_follow(block, line), line


def test_messenger_follow_by_the_site_name_or_the_account_address():
    assert messenger_follow(_p("<p>x</p>"), "Add Riverlight Review on LINE for the daily pick", ("Riverlight",))
    link = _p("<p><a href='https://t.me/riverlightreads'>Our channel</a> — new reviews first</p>")
    assert messenger_follow(link, "Our channel — new reviews first")
    link = _p("<p><a href='https://lin.ee/abc123'>ช่องทางใหม่</a></p>")
    assert messenger_follow(link, "ช่องทางใหม่")


def test_messenger_near_misses():
    block = _p("<p>x</p>")
    for line in ("She joins a WhatsApp group of neighbours and slowly learns who they are.",
                 "If you follow Telegram channels about politics, this book will feel familiar.",
                 "The line between them is thin, and we follow it to the end.",  # (a word "line", no messenger)
                 "LINE is the name of the bar where they meet every Friday.",  # (no verb of following or joining)
                 "彼女は毎晩LINEで母と話す。", "그는 카카오톡으로 옛 친구에게 연락한다.",
                 "Join our WhatsApp book club: 4/5 stars from me"):  # (a score: the review's line)
        assert not messenger_follow(block, line), line
    # a link to a story on a messenger's site is no account's address
    assert not messenger_follow(_p("<p><a href='https://www.line.example/news/1'>story</a></p>"), "story")


# -- the site's own newsletter announced ---------------------------------------------------------------------------------

def test_newsletter_notices_ja_zh_ko_en_de():
    for line, names in (("川辺書房のメールマガジン「今週の本棚」は毎週金曜日に配信中です。", ("川辺書房",)),
                        ("メルマガ「夜の読書」は毎月第一月曜日に配信しています", ()),
                        ("本站電子報每週五寄送，歡迎訂閱", ()), ("书评周刊电子报每周一发送", ()),
                        ("저희 뉴스레터는 매주 월요일 아침에 발송됩니다", ()),
                        ("Our newsletter goes out every Sunday morning.", ()),
                        ("Unser Newsletter erscheint jeden Freitag.", ()),
                        ("The Riverlight newsletter lands in your inbox every Thursday.", ("Riverlight",))):
        assert newsletter_notice(line, names), line


def test_newsletter_near_misses():
    for line in ("Her newsletter goes out every Friday and is worth it.",  # (someone else's)
                 "I found this book in a newsletter last week.",
                 "Our newsletter readers voted it the book of the year.",  # (no delivery, no schedule)
                 "作者のメルマガで紹介されていた本です。",  # (the author's: no delivery, no schedule)
                 "他的电子报里提到了这本书",
                 "Our newsletter goes out every Friday: 5/5 for this one"):  # (a score)
        assert not newsletter_notice(line), line


def test_newsletter_notice_closing_the_review_goes_ja():
    page = (f"<a class='logo' href='/'>川辺書房</a>{paras(*JA)}"
            "<div class='mail-box'><p>川辺書房のメールマガジン「今週の本棚」は毎週金曜日に配信中です。</p></div>")
    text, rules = cleaned(page, "kawabe.example")
    assert "メールマガジン" not in text and "静かな物語が好きな人" in text
    assert "follow-me line" in rules


def test_newsletter_line_inside_the_review_stays_en():
    # near miss: the same words among the review's paragraphs, the review going on after them
    page = paras(EN[0], "Our newsletter goes out every Friday.", *EN[1:])
    text, _ = cleaned(page, "harbourpages.example")
    assert "Our newsletter goes out every Friday." in text


def test_site_account_is_either():
    block = _p("<p>x</p>")
    assert site_account(block, "Follow us on WhatsApp")
    assert site_account(block, "Our newsletter goes out every Friday.")
    assert not site_account(block, "A review of a novel about a newsletter.")


# -- the writer's other place named with "also" (alsoposted), asked among the last lines ----------------------------------

def test_also_posted_ja_ko_zh():
    from scraper.extract.alsoposted import also_posted
    for line in ("ブクログにも、今年読んだ本の感想をまとめています。", "インスタにも読んだ本の表紙を載せています",
                 "Threadsにも短い感想を投稿しています", "브런치에도 읽은 책 이야기를 올리고 있어요",
                 "我也在豆瓣整理了這一年讀過的書", "我也在IG分享每週的讀書心得"):
        assert also_posted(line), line


def test_also_posted_near_misses():
    from scraper.extract.alsoposted import also_posted
    for line in ("新装版にも訳者の解説が載っています。", "続編にも同じ刑事が出てきます。", "映画版にも少し触れておきたい。",
                 "エピローグにも、作者は十年後の二人を短く書いています。",  # (a book's part in katakana: the author's doing)
                 "彼女はノートにも毎晩日記を書いています", "我也在圖書館借了第二集", "드라마에도 같은 배우가 나온다.",
                 "インスタにも載せています。評価は5点中4点"):  # (a score: the review's own line)
        assert not also_posted(line), line


def test_also_posted_line_before_a_closing_plea_goes_ja():
    page = (f"{paras(*JA)}<p>ブクログにも、今年読んだ本の感想をまとめています。</p>"
            "<p>ブログ村のランキングに参加中です。応援クリックをお願いします。</p>")
    text, _ = cleaned(page, "kawabe.example")
    assert "ブクログ" not in text and "静かな物語が好きな人" in text


# -- the zh vote prompt under a reader's review (housekeeping.HELPFUL_PROMPT) --------------------------------------------

def test_helpful_prompt_zh_measure_words():
    from scraper.extract.housekeeping import HELPFUL_PROMPT
    for line in ("這則評論有幫助嗎？", "这条评论对你有帮助吗？", "這篇書評有用嗎？", "此評價有幫助嗎?", "このレビューは役に立ちましたか？"):
        assert HELPFUL_PROMPT.search(line), line
    for line in ("這本書有用嗎？", "这有用吗？", "他問：這個方法有幫助嗎？"):
        assert not HELPFUL_PROMPT.search(line), line
