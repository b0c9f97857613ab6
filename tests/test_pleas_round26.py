"""Closing asks of the holdout25/26 round, on posts of our own words and markup.

- Hungarian bids the reader follow with "kövess" (and its plural and formal forms): a closing line asking to follow the
  writer on a named network goes like its German or English kin; a review sentence about a character who follows
  someone stays.
- A blog-ranking portal's badge is known by the portal's name on it (its link text or its image's alt text) when its
  link is a counter's redirect or "#", not the portal's address: the badge line goes; a review line naming a ranking
  in its words, with no link, stays, and so does a long paragraph.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

HU = ["Ez a regény egy kis alföldi város egyetlen telét meséli el, amikor a befagyott folyó miatt a piac átköltözik a templom elé, és mindenki mindenkiről mindent megtud.",
      "A szerző nyelve játékos és pontos, a mellékszereplők pedig olyan elevenek, hogy néha jobban vártam a fejezeteiket, mint a főhősét.",
      "A vége kissé elsietett, de összességében régóta nem nevettem ennyit egy könyvön, és biztosan újraolvasom."]
JA = ["舞台は雪に閉ざされた港町で、灯台守の老人と、町に流れ着いた少女の一冬が描かれます。大きな事件は起きませんが、毎日の仕事や食事の描写がとても丁寧です。",
      "後半、少女が灯台の記録帳を読み解いていく場面で一気に引き込まれました。老人が何も説明しないぶん、読者が想像する余地が大きい作品だと思います。",
      "派手さはありませんが、冬の夜にゆっくり読みたい一冊でした。"]
DE = ["Der Roman erzählt von einem Sommer auf einer Hallig, auf der die Fähre nur zweimal die Woche anlegt und jeder jedem etwas schuldet.",
      "Die Autorin schreibt Wind und Wetter so genau, dass man beim Lesen friert, und die Nebenfiguren sind wunderbar eigensinnig.",
      "Das Ende ist mir etwas zu glatt, aber ich habe das Buch in zwei Abenden gelesen."]


def test_a_hungarian_closing_line_bidding_to_follow_on_a_network_goes():
    for ask in ("Ha tetszett az írás, kövess az Instagramon is: Anna olvas.",
                "Kövessetek a Facebookon, ott minden héten új könyvet ajánlok!",
                "Kövessen a YouTube-csatornámon is."):
        text, rules = cleaned(paras(*HU, ask), "konyvblog.example")
        assert ask not in text, rules
        assert all(t in text for t in HU)


def test_the_same_line_in_german_goes_too():
    ask = "Wenn euch die Rezension gefallen hat, folgt mir auf Instagram!"
    text, rules = cleaned(paras(*DE, ask), "buchblog.example")
    assert ask not in text and all(t in text for t in DE), rules


def test_a_hungarian_review_line_about_following_stays():
    # a character who follows someone, or a verb of following the story, is the review's
    for line in ("A főhős végül követi a nővérét a városba, és ott minden megváltozik.",
                 "A lány azt mondja a folyóparton: kövess engem, és ez a jelenet a könyv legszebb pillanata.",
                 "A regényt a Facebookon egy olvasókör ajánlotta nekem, és nem bántam meg."):
        text, rules = cleaned(paras(HU[0], line, *HU[1:]), "konyvblog.example")
        assert line in text, rules


def test_a_ranking_badge_known_by_the_portal_name_goes():
    for badge in ("<p>ランキングに参加中です。よかったら応援お願いします<a href='#'>人気ブログランキング</a></p>",
                  "<div class='rank'><a href='https://counter.example/click?id=88'><img src='/b.gif' alt='にほんブログ村 読書ブログへ'></a></div>",
                  "<p>순위에 참여하고 있어요 <a href='/go/77'>블로그 순위 보기</a></p>"):
        text, rules = cleaned(paras(*JA) + badge, "hondana.example")
        assert "ランキングに参加中" not in text and "순위에 참여" not in text, rules
        assert all(t in text for t in JA)
        assert "ranking badge" in rules or "<img" in badge, rules


def test_a_review_line_naming_a_ranking_without_a_link_stays():
    for line in ("この本はブログ村の読書ランキングで知りました。紹介してくれた方に感謝です。",
                 "人気ブログランキングで上位だった書評を読んで、図書館で予約しました。"):
        text, rules = cleaned(paras(JA[0], line, *JA[1:]), "hondana.example")
        assert line in text, rules


def test_a_long_paragraph_with_a_portal_link_stays():
    long = " ".join(DE * 3) + " Gefunden habe ich es über <a href='#'>TopBlogs</a>, wo eine Leserin davon schwärmte."
    text, rules = cleaned(paras(DE[0]) + f"<p>{long}</p>" + paras(*DE[1:]), "buchblog.example")
    assert "wo eine Leserin davon schwärmte" in text, rules


# -- the post's closing line opening on the bidding to follow its writer; a self-media platform's hosting disclaimer ------

ZH = ["这本小说写的是江南小镇上一家裁缝铺三代人的故事，时间从民国一直写到九十年代，人物不多，却每个都立得住。",
      "作者的语言很克制，很少直接写情绪，可读到老裁缝把最后一件旗袍交给孙女的时候，我还是忍不住停下来坐了很久。",
      "中间有几章节奏偏慢，但整体来说是今年读到最安静也最动人的一本书。"]
EN = ["The novel follows three generations of a family of tailors in a river town, from the war years to the nineties, and never raises its voice.",
      "Its sentences are plain and exact, and the scene where the old tailor hands his last coat to his granddaughter undid me completely.",
      "The middle drags a little, but it is the quietest and most moving book I have read this year."]


def test_a_closing_line_opening_on_follow_me_goes():
    for review, ask in ((ZH, "关注我，下周一起聊另一本老小说。"), (EN, "Follow me for more quiet books like this one."),
                        (DE, "Folgt mir für mehr Rezensionen dieser Art.")):
        text, rules = cleaned(paras(*review, ask), "reader.example")
        assert ask not in text, rules
        assert all(t in text for t in review)


def test_a_line_opening_on_follow_that_is_the_review_stays():
    # at the top of the post (not its closing lines), or a long closing paragraph of the review
    opening = "Follow me, says the ghost to the girl on the first page, and the whole book is her deciding whether to."
    text, rules = cleaned(paras(opening, *EN), "reader.example")
    assert opening in text, rules
    closing = ("Follow along with the tailor's granddaughter as she learns the trade, loses the shop and finds it again, and you will "
               "understand why this book has stayed with me all winter long, long after I closed it on the train home.")
    text, rules = cleaned(paras(*EN, closing), "reader.example")
    assert closing in text, rules


def test_a_self_media_platforms_hosting_disclaimer_goes():
    for line in ("声明：本文观点仅代表作者本人，本平台仅提供信息存储空间服务。", "聲明：以上內容由用戶上傳，本站僅提供資訊儲存服務。"):
        text, rules = cleaned(paras(*ZH, line), "news.example")
        assert line not in text, rules
        assert all(t in text for t in ZH)


def test_a_review_line_about_storage_stays():
    line = "书里有一段写老裁缝如何在地窖里存储布料，细节之多，几乎像一份手艺档案，这是我最喜欢的部分之一。"
    text, rules = cleaned(paras(ZH[0], line, *ZH[1:]), "news.example")
    assert line in text, rules


# -- pressing a button the closing line names in quotation marks ------------------------------------------------------

RU = ["Роман рассказывает об одной зиме в маленьком северном городе, где закрылся завод и все понемногу разъезжаются, а остаются только старики и их собаки.",
      "Автор пишет скупо, но каждое предложение на своём месте, а разговоры соседей одновременно смешные и грустные, как это бывает в маленьких местах.",
      "Середина немного затянута, но книгу я прочитала за два вечера и ещё долго о ней думала."]


def test_a_closing_line_bidding_to_press_a_named_button_goes():
    for review, ask in ((RU, "Спасибо за внимание! Жмите «Полезно», если отзыв помог, и заходите ещё."),
                        (EN, "Thanks for reading! Hit \"Helpful\" if this review helped you decide."),
                        (DE, "Danke fürs Lesen! Klickt auf „Hilfreich“, wenn euch die Rezension geholfen hat.")):
        text, rules = cleaned(paras(*review, ask), "otzyvy.example")
        assert ask not in text, rules
        assert all(t in text for t in review)


def test_a_review_line_about_pressing_a_key_stays():
    # in the middle of the review, a character who presses a named key is the story
    line = "Героиня каждый вечер нажимает «Сохранить» в старом компьютере отца, и эта мелочь говорит о ней больше любых описаний."
    text, rules = cleaned(paras(RU[0], line, *RU[1:]), "otzyvy.example")
    assert line in text, rules


def test_a_quoted_follow_me_closing_the_post_stays():
    from scraper.extract.pleas import opens_on_follow
    # someone's words quoted: opened by a quotation mark, or set as a quotation
    assert not opens_on_follow("“Follow me,” the ghost says on the last page.", 9)
    assert not opens_on_follow("„Folgt mir“, sagt die Fährfrau.", 5)
    text, rules = cleaned(paras(*DE) + "<blockquote>Folgt mir, sagt die Fährfrau, und keiner dreht sich um.</blockquote>", "reader.example")
    assert rules == [], rules
