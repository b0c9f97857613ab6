"""Misfires of the s33 bookasia rules, mended at their cause (review rev-bookasia):

- bookcjkline.labelled_front: a record naming the translator or the editor first ("李文俊译《T》", "村上春樹訳『T』",
  "정영목 옮김 『T』") names no author; the author's role word glued on ("森川沙織著") is no part of the name; a house first
  ("潮風文庫『T』2019年") is no author; a labelled record a pointer leads to ("次に読む本：") is another book's, and of two
  labelled records neither is taken (which one?).
- bookthaiof.label_bare_of: the kind's phrase must open the line ("ภาพยนตร์ดัดแปลงจาก นวนิยายของA B": a film's source;
  "ฉันเคยอ่าน นวนิยายของA B": another writer's), only a classifier's phrase between the kind and "of" ("นวนิยายฉบับแปลไทยของ
  A B" names the translator), and a headline's title naming a film or a series is no book's.
- bookdravidian.quoted_kind: a quoted book governed by "after"/"like" ("A గారి ‘U’ కథ తర్వాత …", "Aஇன் ‘U’ நாவலுக்குப்
  பிறகு") is the earlier book, not the reviewed one; genitive_owner: "Aஇன் மொழிபெயர்ப்பு நூல்" is the translator's.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookdravidian import genitive_owner


def _page(headline: str, paragraphs: list[str], lang: str):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - 本棚</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    record = extract_page(html, "https://hondana-memo.example.jp/entry/2026/11/30/210000")
    return record.book_title, record.book_author


_JA = [
    "駅前の古書店で見つけた一冊。港町の灯台守の一家を、三代にわたって描いた長い小説だ。",
    "嵐の夜の場面がとくに印象に残った。文章は淡々としているのに、読んでいるこちらの呼吸まで浅くなる。",
    "祖父、母、そして末の娘と、語り手が章ごとに入れ替わる。同じ出来事が別の目で語り直されるたびに、家族の秘密が少しずつ見えてくる。",
    "灯台の仕事そのものの描写も細かい。レンズを磨く手順、霧の夜に鳴らす信号、冬の補給船を待つ日々。知らない世界なのに、手ざわりまで伝わってくる。",
    "いちばん好きなのは、母が一人で灯台を守った冬の章だ。誰にも頼れない数か月を、彼女は帳面に短い記録だけを残して乗り切る。その記録が後半で娘の手に渡る場面には泣かされた。",
    "終盤はやや駆け足に感じたが、最後の一行で全部が報われる。秋の夜長にすすめたい。",
]
_ZH = ["这是福克纳最难读的一本小说，我读了两遍才大致理清人物关系。", "四个叙述者轮流讲述康普生家族的没落，第一章完全是班吉的意识流。",
       "凯蒂这个人物从头到尾没有自己的章节，却是所有人心里的中心。", "读到最后迪尔西那一章，才终于松了一口气。", "评分：5/5"]
_KO = ["사라마구의 소설은 처음이었다. 쉼표와 마침표만으로 이어지는 긴 문장이 처음에는 낯설었다.",
       "어느 날 갑자기 도시 사람들이 모두 눈이 멀게 되고, 의사의 아내만 볼 수 있다.", "수용소 장면은 읽기 힘들 만큼 잔인했지만 눈을 뗄 수 없었다.",
       "마지막 장을 덮고 한참 동안 창밖을 보았다.", "별점: 4.5/5"]


def test_cjk_record_naming_the_translator_first_names_no_author():
    assert _page("周末读书笔记", [*_ZH, "书目信息：李文俊译《喧哗与骚动》（上海译文出版社，2015）"], "zh")[1] != "李文俊译"
    assert _page("週末に読んだ本のこと", [*_JA, "書誌：村上春樹訳『グレート・ギャツビー』中央公論新社"], "ja")[1] != "村上春樹訳"
    assert _page("주말에 읽은 책", [*_KO, "서지 정보: 정영목 옮김 『눈먼 자들의 도시』, 해냄, 2019"], "ko")[1] != "정영목 옮김"
    assert _page("週末に読んだ本のこと", [*_JA, "書誌：日本文藝家協会編『短篇ベストコレクション2024』徳間文庫"], "ja")[1] != "日本文藝家協会編"


def test_cjk_record_author_role_word_is_no_part_of_the_name():
    assert _page("週末に読んだ本のこと", [*_JA, "書誌：森川沙織著『灯台の三代記』潮風文庫"], "ja") == ("灯台の三代記", "森川沙織")


def test_cjk_record_with_the_house_first_names_no_author():
    assert _page("週末に読んだ本のこと", [*_JA, "書誌：潮風文庫『灯台の三代記』2019年"], "ja")[1] != "潮風文庫"


def test_cjk_record_a_pointer_leads_to_is_another_book():
    for pointer in ("次に読む本：", "同じ作者の次の一冊はこちら。"):
        assert _page("週末に読んだ本のこと", [*_JA, pointer, "書誌：高田健一『雪の駅』北光社"], "ja")[0] != "雪の駅"


def test_cjk_two_labelled_records_give_neither():
    paragraphs = ["前回の記事で紹介した本", "書誌：高田健一『雪の駅』北光社", *_JA, "書誌：森川沙織『灯台の三代記』潮風文庫"]
    assert _page("週末に読んだ本のこと", paragraphs, "ja")[0] != "雪の駅"


def test_cjk_own_record_last_still_read():
    assert _page("週末に読んだ本のこと", [*_JA, "書誌：森川沙織『灯台の三代記』潮風文庫"], "ja") == ("灯台の三代記", "森川沙織")


_TH_REST = [
    "เรื่องเล่าถึงชาวประมงในหมู่บ้านริมทะเลสามรุ่น ผ่านสายตาของเด็กชายที่เฝ้ารอพ่อกลับจากทะเลทุกคืน ความเงียบของบ้านหลังนั้นค่อย ๆ บอกเราว่าเกิดอะไรขึ้น",
    "ฉันชอบภาษาที่เรียบง่ายแต่หนักแน่น ฉากพายุกลางเล่มเขียนได้ดีจนต้องวางหนังสือลงพักหายใจ",
    "ข้อเสียคือตอนท้ายรีบไปหน่อย แต่โดยรวมเป็นเล่มที่อยากแนะนำให้ทุกคนอ่าน", "คะแนน: 4/5"]
_TH_FILM = ["ผู้กำกับตัดเนื้อเรื่องช่วงกลางออกไปเยอะ คนที่ไม่เคยอ่านอาจจะงง", "ฉากพายุถ่ายทำได้สวยมาก ดนตรีประกอบช่วยได้เยอะ", "คะแนน: 3/5"]


def test_thai_film_or_series_headline_is_no_book():
    opening = "ภาพยนตร์ดัดแปลงจาก นวนิยายของสายชล ทองประเสริฐ เข้าฉายเมื่อสัปดาห์ก่อน นักแสดงนำเล่นได้ดีมาก"
    assert _page("รีวิว คลื่นใต้แสงจันทร์ (ฉบับภาพยนตร์)", [opening, *_TH_FILM], "th")[1] != "สายชล ทองประเสริฐ"
    opening = "นวนิยายของสายชล ทองประเสริฐ ถูกนำมาสร้างเป็นซีรีส์ ฉายจบไปเมื่อสัปดาห์ก่อน นักแสดงนำเล่นได้ดีมาก"
    assert _page("รีวิว ซีรีส์ คลื่นใต้แสงจันทร์", [opening, *_TH_FILM], "th")[0] != "ซีรีส์ คลื่นใต้แสงจันทร์"


def test_thai_another_writers_novel_mid_line_is_no_writer():
    opening = "ฉันเคยอ่าน นวนิยายของมุราคามิ ฮารูกิ มาหลายเล่ม และเล่มนี้ของนักเขียนไทยหน้าใหม่ให้ความรู้สึกคล้ายกัน"
    assert _page("รีวิว คลื่นใต้แสงจันทร์", [opening, *_TH_REST], "th")[1] != "มุราคามิ ฮารูกิ"


def test_thai_translation_of_names_the_translator():
    opening = "นวนิยายฉบับแปลไทยของปณิธาน ศรีวงศ์ อ่านลื่นกว่าที่คิด แม้ต้นฉบับของการ์เซีย มาร์เกซ จะขึ้นชื่อว่ายาก"
    assert _page("รีวิว ร้อยปีแห่งความโดดเดี่ยว", [opening, *_TH_REST], "th")[1] != "ปณิธาน ศรีวงศ์"


def test_thai_classifier_phrase_still_read():
    opening = "นวนิยายเล่มที่สองของสายชล ทองประเสริฐ ได้รับรางวัลเมื่อปีที่แล้ว"
    assert _page("รีวิว คลื่นใต้แสงจันทร์", [opening, *_TH_REST], "th") == ("คลื่นใต้แสงจันทร์", "สายชล ทองประเสริฐ")


_TE = ["అడవి అంచున ఉన్న ఒక చిన్న పల్లెలో వర్షం రాని ఏడాది. ఒక ముసలి రైతు తన ఎద్దులను అమ్మాలా వద్దా అని ఊరంతా చర్చిస్తుంది.",
       "వెంకట కథనం నెమ్మదిగా సాగుతుంది. ప్రతి పాత్ర మాటల్లోనే పల్లె బతుకు మొత్తం కనిపిస్తుంది. ముగింపు చాలా రోజులు వెంటాడుతుంది.", "రేటింగ్: 8/10"]
_TA = ["புயல் இரவில் நடக்கும் ஒரு சம்பவம் எல்லோரின் வாழ்க்கையையும் மாற்றுகிறது. கடற்கரை கிராமத்தின் ஒரு மீனவக் குடும்பத்தின் கதை இது.",
       "முத்துலிங்கன் பாத்திரங்களை மிகக் கவனமாக எழுதுகிறார். உரையாடல்கள் இயல்பாக இருக்கின்றன; சில அத்தியாயங்கள் நீளமாகத் தோன்றுகின்றன.",
       "இறுதிப் பக்கங்கள் நெஞ்சைத் தொடுகின்றன. மெதுவான நாவல்களை விரும்புவோர் படிக்கலாம்.", "என் மதிப்பீடு: 4/5"]


def test_dravidian_book_after_which_the_review_comes_is_not_the_reviewed_one():
    opening = "వెంకట సుబ్బయ్య గారి ‘నల్లమల వాన’ కథ తర్వాత చాలా ఏళ్ళకు వచ్చిన ఈ కొత్త నవల కూడా పల్లె గురించే."
    assert _page("ఎండిన చెరువు — కొత్త నవల", [opening, *_TE], "te")[0] != "నల్లమల వాన"
    opening = "முத்துலிங்கனின் ‘உப்புக் காற்று’ நாவலுக்குப் பிறகு பத்து ஆண்டுகள் கழித்து வந்த புதிய நாவல் இது."
    assert _page("ஒரு கடற்கரை வாசிப்பு", [opening, *_TA], "ta")[0] != "உப்புக் காற்று"


def test_dravidian_genitive_before_translation_noun_is_no_owner():
    assert not genitive_owner("குப்புசாமி", "குப்புசாமியின் மொழிபெயர்ப்பு நூல் இது; அவரது நடை எளிமையாக இருக்கிறது.")
    assert genitive_owner("முத்துலிங்கன்", "முத்துலிங்கனின் இந்த நாவல் கடலைப் பற்றியது.")


def test_dravidian_genitive_on_a_place_opening_the_sentence_is_no_full_name():
    # "the city of Chennai's ‘Madras Days’ book": a genitive written on declines any noun; only a person's possessive
    # (an honorific, "who wrote") vouches for an opening run the text never says again
    from scraper.extract.book import Context
    from scraper.extract.bookdravidian import quoted_kind
    line = "சென்னை நகரின் ‘மெட்ராஸ் நாட்கள்’ புத்தகம் பற்றி எழுதுகிறேன்."
    assert quoted_kind(line, Context(line + "\nபழைய தெருக்களின் கதைகள் இதில் உள்ளன.", [], "ta")) is None
    line = "వెంకట సుబ్బయ్య గారి ‘నల్లమల వాన’ కథను చాలామంది ఒక మలుపు అంటారు."
    assert quoted_kind(line, Context(line, [], "te")) == ("నల్లమల వాన", "వెంకట సుబ్బయ్య")
