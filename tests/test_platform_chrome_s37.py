"""Platform chrome left inside review bodies on African, Arab and East Asian platforms (bpchrome37): a plain 'read
also' line under the review (``readalsoline``), affiliate notes in Vietnamese and Traditional Chinese (``adnotice``,
``partnerline``), a ranking banner's box that lost its banner (``rankingbadge``), Naver's like button named as what
strengthens the writer (``ifhelped``), a bidding to press one of the page's own buttons named in quotes
(``quotedbutton``). Invented pages in our own words, with near misses that must stay."""

import pytest

from scraper.extract import extract_page

_URL = "https://riverlamp.example.net/2026/11/salt-road/"
_EN = [
    "A salt trader and his deaf daughter cross the desert twice in one year, and the novel lets the second crossing "
    "answer every question the first one raised, slowly and without any hurry to explain itself.",
    "The prose is spare and the dialogue sparer still, but the long night at the well is among the best scenes I have "
    "read this year, and the ending earns its quiet with real patience and care.",
]


def _page(paras, lang="en", title="The Salt Road", box="<div class='entry-content'>", extra_after=""):
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} | River Lamp</title></head><body>"
            f"<header><a href='/'>River Lamp</a></header><article class='post'><h1 class='entry-title'>{title}</h1>"
            f"{box}{''.join(paras)}</div>{extra_after}</article></body></html>")


def _text(paras, **kw):
    return extract_page(_page(paras, **kw), _URL).body_text


_SW = ["<p>Riwaya hii inamfuata mfanyabiashara wa chumvi na binti yake kiziwi wanaovuka jangwa mara mbili katika mwaka "
       "mmoja, na safari ya pili inajibu maswali yote ya ile ya kwanza polepole sana.</p>",
       "<p>Lugha ni fupi na mazungumzo ni machache zaidi, lakini usiku mrefu kisimani ni kati ya sehemu bora nilizosoma "
       "mwaka huu, na mwisho wake unastahili utulivu wake wote kabisa.</p>", "<p>Alama: 8/10</p>"]
_AR = ["<p>تتبع الرواية تاجر ملح وابنته الصماء في عبورهما الصحراء مرتين في عام واحد، وتترك العبور الثاني يجيب عن كل "
       "سؤال طرحه الأول، ببطء ودون أي استعجال في الشرح أو التفسير للقارئ.</p>",
       "<p>اللغة مقتصدة والحوار أكثر اقتصادا، لكن الليلة الطويلة عند البئر من أجمل ما قرأت هذا العام، والنهاية تستحق "
       "هدوءها كله بصبر حقيقي وعناية واضحة في كل سطر.</p>"]


@pytest.mark.parametrize("paras, line, gone", [
    (_SW, "<p>Soma pia: Riwaya tano za pwani tulizozipenda mwaka huu</p>", "Soma pia"),
    (_AR, "<p><strong>اقرأ كذلك:</strong> معرض الرباط الدولي للكتاب يعلن برنامجه الكامل</p>", "اقرأ كذلك"),
    (_AR, "<p>اقرأ أيضا: معرض الرباط الدولي للكتاب يعلن برنامجه الكامل</p><p><em>تاجر الملح، دار الساحل، 2019.</em></p>", "اقرأ أيضا"),
])
def test_a_plain_read_also_line_under_the_review_goes(paras, line, gone):
    text = _text(paras + [line], lang="sw" if paras is _SW else "ar")
    assert gone not in text and (paras[1][3:20] in text)


def test_a_read_also_advice_without_a_label_mark_stays():
    # the reviewer's advice runs on from the label, no colon: it stays
    text = _text([f"<p>{p}</p>" for p in _EN] + ["<p>Read also her first novel, the one about the river ferry.</p>"])
    assert "Read also her first novel" in text


def test_a_plain_read_also_line_between_the_paragraphs_stays():
    text = _text([f"<p>{_EN[0]}</p>", "<p>Read also: the diaries she kept while writing it</p>", f"<p>{_EN[1]}</p>"])
    assert "Read also: the diaries" in text


def test_a_see_also_line_under_the_review_stays():
    text = _text([f"<p>{p}</p>" for p in _EN] + ["<p>See also: the map at the front of the book</p>"])
    assert "See also: the map" in text


_VI = ["<p>Cuốn tiểu thuyết kể về một người buôn muối và cô con gái khiếm thính băng qua sa mạc hai lần trong một năm, "
       "và chuyến đi thứ hai trả lời mọi câu hỏi mà chuyến đầu đặt ra.</p>",
       "<p>Văn phong tiết chế, đối thoại càng tiết chế hơn, nhưng đêm dài bên giếng nước là một trong những cảnh hay nhất "
       "mình đọc năm nay, và cái kết xứng đáng với sự tĩnh lặng của nó.</p>"]


def test_a_vietnamese_affiliate_note_in_its_box_mid_body_goes():
    note = ("<div class='wp-block-group has-background'><p>📚 Trạm Đọc Nhỏ có tham gia tiếp thị liên kết với các nhà "
            "sách trực tuyến. Khi bạn mua qua link trong bài, mình nhận một khoản hoa hồng nhỏ.</p></div>")
    text = _text([_VI[0], note, _VI[1], "<p>Điểm: 8/10</p>"], lang="vi")
    assert "tiếp thị liên kết" not in text and "đêm dài bên giếng" in text


def test_a_vietnamese_review_naming_roses_and_marketing_stays():
    # the story's roses (hoa hồng) and its marketing (tiếp thị) in the review's own paragraph stay
    para = ("<p>Cô con gái bán hoa hồng ở chợ, còn người cha học cách tiếp thị liên kết với những đoàn buôn khác, và "
            "chính mối liên kết đó cứu họ trong chuyến đi thứ hai qua sa mạc đầy cát.</p>")
    text = _text([_VI[0], para, _VI[1]], lang="vi")
    assert "bán hoa hồng ở chợ" in text


_ZH = ["<p>這本小說寫一個鹽商和他失聰的女兒在一年裡兩次穿越沙漠，第二次的旅程慢慢回答了第一次留下的所有問題，一點也不急著解釋。</p>",
       "<p>文字很節制，對話更節制，但井邊那個長夜是我今年讀到最好的場景之一，結尾的安靜也很值得。</p>"]


def test_a_traditional_chinese_profit_share_note_goes():
    note = "<p>＊文中書店連結是分潤連結，透過連結購買我會得到一點點回饋。</p>"
    text = _text(_ZH + ["<p>書名：鹽路</p><p>作者：林海</p>", note], lang="zh-TW")
    assert "分潤" not in text and "井邊那個長夜" in text


def test_a_chinese_review_naming_a_shop_link_without_profit_stays():
    line = "<p>我是在書店的活動連結裡看到這本書的，後來去門市買了紙本，店員還推薦了作者的另一本散文集給我。</p>"
    text = _text(_ZH + [line], lang="zh-TW")
    assert "門市買了紙本" in text


_JA = ["<p>塩の商人と耳の聞こえない娘が、一年に二度砂漠を渡る物語。二度目の旅が一度目の問いにゆっくり答えていく構成が見事で、"
       "説明を急がないところが好きだった。</p>",
       "<p>文章は簡潔で会話はさらに少ないが、井戸のそばの長い夜の場面は今年読んだなかで最高の一つ。静かな結末も心に残る。</p>"]


def test_a_ranking_box_that_lost_its_banner_goes_mid_body():
    box = ("<div class='hatena-module-html'><p>にほんブログ村 文芸書ランキングに参加しています</p>"
           "<p>クリックで応援していただけると嬉しいです</p></div>")
    text = _text([_JA[0], box, _JA[1], _JA[0].replace("物語", "話")], lang="ja")
    assert "ランキング" not in text and "クリックで応援" not in text and "井戸のそば" in text


def test_a_ranking_named_in_a_paragraph_of_the_review_stays():
    para = "<p>作中の町では毎年ブログ村のランキングが話題になり、主人公もそれを気にしている。</p>"
    text = _text([_JA[0], para, _JA[1], _JA[0].replace("物語", "話")], lang="ja")
    assert "ブログ村のランキング" in text


def test_a_long_box_of_the_review_naming_a_ranking_stays():
    box = ("<div class='note'><p>にほんブログ村の読書ランキングで知った本だが、読んでみると想像以上に重く、"
           "塩の交易の歴史や砂漠の井戸の仕組みまで丁寧に書かれていて、何度も地図を見返しながら読み進めることになった。</p></div>")
    text = _text([_JA[0], box, _JA[1], _JA[0].replace("物語", "話")], lang="ja")
    assert "想像以上に重く" in text


_KO = ["<p>소금 상인과 귀가 들리지 않는 딸이 일 년에 두 번 사막을 건너는 이야기다. 두 번째 여정이 첫 번째 여정의 질문에 "
       "천천히 답해 가는 구성이 정말 좋았다.</p>",
       "<p>문장은 간결하고 대화는 더 간결하지만, 우물가의 긴 밤 장면은 올해 읽은 것 중 최고였다. 조용한 결말도 오래 남는다.</p>"]


def test_the_like_button_named_as_the_writers_strength_goes_in_its_box():
    box = "<div class='se-component se-sticker'><p class='se-text-paragraph'>♡ 공감은 글쓴이에게 큰 힘이 됩니다 ♡</p></div>"
    text = _text([_KO[0], box, _KO[1]], lang="ko", box="<div class='se-main-container'>")
    assert "공감은 글쓴이에게" not in text and "우물가의 긴 밤" in text


def test_empathy_that_was_a_strength_in_the_story_stays():
    box = "<div class='quote-box'><p>아버지의 공감은 나에게 큰 힘이 되었다고 딸은 말한다.</p></div>"
    text = _text([_KO[0], box, _KO[1]], lang="ko", box="<div class='se-main-container'>")
    assert "아버지의 공감은" in text


def _with_buttons(paras, lang):
    panel = ("<div class='review-panel'><button class='btn useful'>有用 12</button><button class='btn useless'>没用 1"
             "</button></div>")
    return extract_page(_page(paras, lang=lang, extra_after=panel), _URL).body_text


_ZHCN = ["<p>这本小说写一个盐商和他失聪的女儿在一年里两次穿越沙漠，第二次旅程慢慢回答了第一次留下的所有问题，一点也不急着解释。</p>",
         "<p>文字很克制，对话更克制，但井边那个长夜是我今年读到最好的场景之一，结尾的安静也很值得。</p>",
         "<p>缺点是中段有点拖，配角的面目也模糊了些，不过整体仍然值得一读。</p>"]


def test_a_bidding_to_press_the_pages_button_in_quotes_goes_mid_body():
    line = "<p>这篇书评参加了秋季读书征文，欢迎点击“有用”支持一下～</p>"
    text = _with_buttons([_ZHCN[0], line, _ZHCN[1], _ZHCN[2]], "zh-CN")
    assert "征文" not in text and "井边那个长夜" in text


def test_a_story_pressing_a_quoted_word_stays():
    # no bidding of the reader: the heroine presses the button in the story
    line = "<p>女儿每天晚上都会在父亲的旧帖子下点击“有用”，好像这样就能让他回来。</p>"
    text = _with_buttons([_ZHCN[0], line, _ZHCN[1]], "zh-CN")
    assert "点击“有用”" in text


def test_a_bidding_to_press_a_quoted_word_that_is_no_button_stays():
    line = "<p>读完请点击“盐路地图”那一章再看一遍，那是全书最好的部分，值得慢慢读。</p>"
    text = _with_buttons([_ZHCN[0], line, _ZHCN[1]], "zh-CN")
    assert "盐路地图" in text


_PARAS_EN = [f"<p>{p}</p>" for p in _EN]


def test_an_elsewhere_on_the_site_list_under_the_review_goes():
    box = ("<h3>Elsewhere on the blog this month</h3><ul><li><p>A morning in the harbour's secondhand stalls</p></li>"
           "<li><p>Why I reread the same winter novel every January</p></li></ul>")
    text = _text(_PARAS_EN + ["<p>Score: 4/5</p>", box])
    assert "Elsewhere on the blog" not in text and "harbour's secondhand" not in text and "night at the well" in text


def test_an_elsewhere_in_the_sites_own_name_goes():
    # the word after "elsewhere in the" is the site's own, as its host spells it (riverlamp)
    box = "<h3>Elsewhere in the lamp</h3><ul><li>A walk along the old salt road</li><li>Letters from our readers</li></ul>"
    text = extract_page(_page(_PARAS_EN + [box]), "https://thelamp.example.net/p/salt-road").body_text
    assert "A walk along the old salt road" not in text and "night at the well" in text


def test_a_most_read_box_between_the_paragraphs_goes():
    box = ("<div class='bloc-populaire'><h3>Les plus lus</h3><ol><li>Annecy : la patinoire rouvre samedi</li>"
           "<li>Le col fermé jusqu'au printemps</li></ol></div>")
    fr = ["<p>Un marchand de sel et sa fille sourde traversent deux fois le désert en une seule année, et la seconde "
          "traversée répond lentement à toutes les questions que la première avait laissées ouvertes.</p>",
          "<p>La langue est sobre, les dialogues plus sobres encore, mais la longue nuit au puits est l'une des plus "
          "belles scènes lues cette année, et la fin mérite tout son silence et toute sa patience.</p>"]
    text = _text([fr[0], box, fr[1]], lang="fr")
    assert "Les plus lus" not in text and "patinoire" not in text and "nuit au puits" in text


def test_the_reviewers_most_read_list_stays():
    box = "<h3>Most read authors of my year</h3><ul><li>Tove Jansson</li><li>Naguib Mahfouz</li></ul>"
    text = _text(_PARAS_EN + [box])
    assert "Tove Jansson" in text


def test_elsewhere_in_the_novel_stays():
    box = "<h3>Elsewhere in the novel</h3><ul><li>The letters the daughter never sends</li><li>The caravan's dog</li></ul>"
    text = _text(_PARAS_EN + [box])
    assert "letters the daughter never sends" in text


def test_a_most_read_box_of_long_entries_stays():
    box = ("<div class='aside-note'><h3>Most read</h3><ol><li>The chapter on the well, which I have now read four times "
           "and would read again. It is the heart of the book.</li><li>The last letter.</li></ol></div>")
    text = _text([_PARAS_EN[0], box, _PARAS_EN[1]])
    assert "chapter on the well" in text


@pytest.mark.parametrize("line, kept", [
    ("<p>Soma pia: Kuli</p>", "Kuli"),  # a book's title, short
    ("<p>Read also: The Salt Road and Other Desert Stories by Amina Juma</p>", "Other Desert Stories"),  # with its author
])
def test_a_read_also_line_naming_a_book_under_the_review_stays(line, kept):
    text = _text(_SW + [line], lang="sw") if "Soma" in line else _text(_PARAS_EN + [line])
    assert kept in text


def test_further_reading_closed_by_its_stop_under_the_review_stays():
    line = "<p>延伸阅读：同一位作者的《盐之书》，还有她编的那本沙漠旅人书信集，放在一起读很有意思。</p>"
    text = _text(_ZHCN + [line], lang="zh-CN")
    assert "盐之书" in text
