"""Misfires of the s37 rules (detshort37b) on pages nobody wrote them for (rev-detshort37b). Texts of our own.

- bodyfind._DATA_SHEET: a listing's post whose body is only a table (a wrap-up of scores) under its own entry title is a
  post, not a shop tab's data sheet: the page stays a listing.
- booknounowner (bare "A這部小說"): an adverb on a family name's character ("曾經", "何況") said again as an adverb is
  no author; the name must be said again as a person is ("A說", "A的").
- listvolumes: a count set apart from the title by a possessive, a relative or a clause ("我的年度十冊", "接著讀的十冊"),
  or one naming books ("책 5권"), is a list's count, not the work's volumes.
- notewords: "女性に関する描写", "여성에 관한 묘사" (about women) are no sexual-content warning.
- bookhangulread: a time word with its particle ("서른에", "이제야") before 『T』 is no author.
- bookdashsubject: "M इस उपन्यास की नायिका है" (M is this novel's heroine), the reference in the genitive, is no author.
"""

from __future__ import annotations

from scraper.extract import extract_page

_REV = [
    "Two cousins inherit a failing orchard in the Welsh Marches and a ledger of debts their grandmother never "
    "mentioned. Over one wet autumn they learn what the trees, the bank and the village each expect of them.",
    "Harriet Penrose writes weather better than almost anyone working now: the fog in the lower field, the frost that "
    "takes the late pears, the kitchen that never warms. It is a quiet book about money that never preaches.",
    "The final chapters turn into something close to a heist, and I finished them standing up. I have been pressing "
    "it on anyone who asks for a slow novel with a sting.",
    "Rating: 4/5",
]
_SCORES = ('<table><tr><th>Book</th><th>Author</th><th>Score</th></tr><tr><td>The Orchard Ledger</td><td>Harriet Penrose'
           '</td><td>4/5</td></tr><tr><td>Salt Road</td><td>Ines Varga</td><td>3/5</td></tr><tr><td>The Glass Ferry</td>'
           '<td>Tom Achebe</td><td>5/5</td></tr></table>')


def test_a_wrap_up_post_whose_scores_sit_in_a_table_keeps_the_page_a_listing():
    body = "".join(f"<p>{p}</p>" for p in _REV)
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Marginalia Reads</title></head><body><main id="main">'
            '<article class="post type-post"><h2 class="entry-title"><a href="/2026/11/orchard-ledger/">Review: The '
            f'Orchard Ledger by Harriet Penrose</a></h2><div class="entry-content">{body}</div></article>'
            '<article class="post type-post"><h2 class="entry-title"><a href="/2026/10/october-wrap-up/">October '
            f'wrap-up: my scores</a></h2><div class="entry-content">{_SCORES}</div></article></main></body></html>')
    record = extract_page(page, "https://marginalia.example/reading-journal")
    assert record.kind == "listing", (record.kind, record.reason)


def _zh(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="zh-Hant"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+08:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_ZH = [
    "故事從一間港口邊的舊旅館開始，老闆娘每天替陌生的房客記帳，帳本裡藏著三十年來的秘密。作者把家族史、地方志和傳說"
    "纏在一起，讀起來像在霧裡散步，有時迷路，有時忽然看見遠處的燈。",
    "我最喜歡那些看似離題的段落：一章寫一種已經失傳的漁網，一章寫一個在碼頭賣糖的女孩。它們最後都會接回主線，但作者"
    "一點也不急，讀者得有耐心。",
    "缺點是人物太多，前半部我做了兩頁筆記才跟得上。不過讀完之後一直捨不得放下，推薦給喜歡慢慢讀長篇的人。",
]


def test_an_adverb_on_a_family_names_character_before_this_book_is_no_author():
    for opening, again in (("曾經這本書是我的床頭書，現在重讀仍然喜歡。", "我曾經以為自己不會再讀長篇。"),
                           ("何況這部小說只有兩百頁。", "何況作者的文字很乾淨。")):
        record = extract_page(_zh("《霧港旅館》：讀完之後", [opening, *_ZH, again]), "https://shuying.example.tw/2026/11/wg")
        assert record.book_author is None, (opening, record.book_author)


def test_a_count_set_apart_from_the_title_is_still_a_lists():
    text = ["這部長篇我斷斷續續讀了半年，三冊加起來一千多頁，讀完的時候有一種爬完山回頭看的感覺。", *_ZH]
    for title in ("《霧港旅館》：我的年度十冊", "《三體》讀完，接著讀的十冊科幻", "『토지』 이후 읽은 책 5권"):
        record = extract_page(_zh(title, text), "https://shuying.example.tw/2026/11/list")
        assert record.kind == "list", (title, record.kind, record.reason)


def _ja(note: str) -> str:
    paragraphs = [
        f"<strong>{note}</strong>",
        "北村澄子さんの『灯台守の娘』を読みました。岬の灯台で父と暮らす少女が、嵐の夜に流れ着いた青年を助けるところから物語が始まります。",
        "島の人々の会話がとても生き生きしていて、方言の響きまで聞こえてくるようでした。父と娘の距離が少しずつ変わっていく描き方が丁寧です。",
        "後半は展開が早すぎて、もう少し余白がほしかったのですが、最後の一行には思わず声が出ました。静かな小説が好きな人に勧めたい一冊です。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<html lang="ja"><head><meta charset="utf-8"><title>灯台守の娘を読んで</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+09:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">灯台守の娘を読んで</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


def test_a_note_on_descriptions_of_women_is_no_sexual_content_warning():
    for note in ("※女性に関する描写が細やかな作品です。", "※人間性に関する描写が中心の作品です。", "※ 여성에 관한 묘사가 섬세한 작품입니다."):
        record = extract_page(_ja(note), "https://yomu.example.jp/2026/11/toudai")
        assert not record.content_warnings, (note, record.content_warnings)
    assert extract_page(_ja("※性に関する描写があります。"), "https://yomu.example.jp/2026/11/toudai").content_warnings


_KO = [
    "해저 도시의 마지막 사서가 무너지는 도서관을 지키는 이야기다. 산소 배급표와 대출 카드가 같은 서랍에 들어 있는 세계, "
    "그 설정만으로도 처음 읽었을 때 한참을 웃었다.",
    "작가는 재난을 크게 그리지 않는다. 오히려 매일 반납되지 않는 책 목록, 습기 먹은 종이 냄새 같은 작은 것들로 무너짐을 "
    "보여준다. 다시 읽으니 그 쓸쓸함이 더 잘 보였다.",
    "중반부에 설명이 길어지는 대목은 여전히 아쉽다. 그래도 누가 한국 SF를 한 권만 추천해 달라고 하면 나는 아직 이 책을 "
    "건넨다. 마지막 장면은 몇 번을 읽어도 좋다.",
    "십 년 전 처음 읽었을 때는 설정이 재미있었고, 이번에는 문장이 재미있었다. 사서가 혼잣말처럼 대출 기록을 읽어 내려가는 "
    "장면에서는 책장을 덮고 한동안 창밖을 보았다. 도서관을 좋아하는 사람이라면 한 번쯤 꼭 읽어 보기를 권한다.",
]


def test_a_time_word_with_its_particle_before_the_title_is_no_author():
    body = "".join(f"<p>{p}</p>" for p in _KO)
    for subtitle in ("서른에 『심해 열람실』을 다시 읽다", "이제야 『심해 열람실』을 읽었다"):
        page = ('<html lang="ko"><head><meta charset="utf-8"><title>바다 밑 도서관의 밤</title>'
                '<meta property="article:published_time" content="2026-11-20T09:00:00+09:00"></head><body>'
                '<article class="post"><div class="cover"><h1 class="cover_title">바다 밑 도서관의 밤</h1>'
                f'<p class="cover_sub_title">{subtitle}</p></div><div class="entry-content">{body}</div></article></body></html>')
        record = extract_page(page, "https://brunch.example.kr/@reader/41")
        assert record.book_author is None, (subtitle, record.book_author)


def test_the_name_of_this_novels_heroine_after_the_dash_is_no_author():
    plot = ("एक छोटे कस्बे की अध्यापिका अपने बूढ़े पिता के साथ रहती है, और उसका भाई बरसों पहले शहर जाकर लौटा नहीं। "
            "एक बरसात में जब भाई की चिट्ठी आती है, तो घर के पुराने झगड़े और नई उम्मीदें एक साथ सामने आ जाती हैं।")
    middle = ("रुक्मिणी इस उपन्यास की नायिका है और पूरी कहानी उसी की आँखों से दिखती है। पिता की चुप्पी मुझे सबसे ज़्यादा "
              "याद रह गई — वह नाराज़ नहीं होती, बस इंतज़ार करती है।")
    close = ("कहानी धीमी है और कुछ हिस्से आज थोड़े लंबे लगते हैं, पर भाषा की सादगी और कस्बे की हवा इसे आज भी पढ़ने लायक "
             "बनाती है। जिन्हें पारिवारिक कहानियाँ पसंद हैं, उन्हें यह किताब ज़रूर अच्छी लगेगी।")
    title = "बरसात की चिट्ठी — रुक्मिणी"
    body = "".join(f"<p>{p}</p>" for p in (plot, middle, close))
    page = (f'<html lang="hi"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+05:30"></head><body>'
            f'<article class="post"><h3 class="post-title entry-title">{title}</h3>'
            f'<div class="post-body entry-content">{body}</div></article></body></html>')
    record = extract_page(page, "https://panne.example.in/2026/11/barsat-ki-chitthi.html")
    assert record.book_author != "रुक्मिणी", (record.kind, record.reason)
