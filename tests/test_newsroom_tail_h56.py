"""holdout56 (spent) body leftovers, in invented posts of our own:

- readalsoline._MORE_ON: a teaser box between the paragraphs whose whole label offers more of the site's reviews or
  articles on the subject (de, en, fr, pl), then only a link, goes; the reviewer's own sentence about other reviews
  stays, and so does a bold label followed by the reviewer's own words.
- submissioncall: a newsroom's call for readers' tips, photos or videos closing the article (ko, ja, zh, en, sv, ru)
  goes, even with the article's reaction counts after it; a sentence of the review about a tip-off in the plot stays.
- ifhelped: a Korean 'if you liked this article (기사), send it a cheer' line closing the article goes; a reader's
  'if you liked the book' suggestion stays.
- spliced.tally_row: reaction counts set after a line of their own in the same box ("<p>…</p><span>Cheers 12</span>
  <span>Shares 3</span>"), each a label and a count, go; a span of the reviewer's words with a figure in it stays.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

DE = ["Der Roman erzählt von einer Fährfrau auf einem See im Norden, die jeden Winter dieselben Gäste übersetzt.",
      "Die Sätze sind ruhig und genau, die Dialoge knapp, und unter jeder Szene liegt ein alter Familienstreit.",
      "Das Ende kommt etwas schnell, aber die letzten Seiten habe ich gleich zweimal gelesen."]
EN = ["The novel follows a ferrywoman on a northern lake who carries the same guests across every winter.",
      "The sentences are calm and exact, the dialogue spare, and an old family quarrel lies under every scene.",
      "The ending comes a little fast, but I read the last pages twice in a row."]
KO = ["소설은 북쪽 호수에서 겨울마다 같은 손님들을 건네주는 뱃사공 여자의 이야기를 따라간다. 문장은 담담하고 정확하다.",
      "대화는 짧지만 장면마다 오래된 가족의 다툼이 깔려 있다. 인물들은 서로에게 끝내 다 말하지 않는다.",
      "결말은 조금 서두르는 느낌이지만 마지막 몇 쪽은 두 번이나 다시 읽었다. 겨울에 읽기 좋은 책이다."]
JA = ["北の湖で毎年冬に同じ客を渡す渡し守の女性を描いた長編で、静かな文章が最後まで途切れない。",
      "会話は少ないが、どの場面にも古い家族の確執が沈んでいて、読み進めるほど重みが増していく。",
      "結末はやや急ぎ足だが、最後の数ページは続けて二度読んだ。冬の夜に向く一冊だと思う。"]
ZH = ["小说讲述北方湖上一位摆渡女人每年冬天载送同一批客人的故事，文字安静而准确。",
      "对话很少，但每一场戏底下都压着一段旧日的家族恩怨，越读越觉得沉重。",
      "结尾稍嫌仓促，不过最后几页我连读了两遍，适合冬夜慢慢读。"]
RU = ["Роман рассказывает о перевозчице на северном озере, которая каждую зиму переправляет одних и тех же гостей.",
      "Фразы спокойные и точные, диалоги скупы, и под каждой сценой лежит старая семейная ссора.",
      "Финал немного торопливый, но последние страницы я перечитал дважды подряд."]


# -- readalsoline._MORE_ON: 'more reviews on the subject' as a teaser box's whole label

def test_more_reviews_teaser_boxes_go():
    for words, label, link in ((DE, "Weitere Artikel zum Thema", "Fünf Romane über Seen"),
                               (EN, "More reviews on this topic", "Five novels about lakes"),
                               (EN, "Sur le même sujet", "Cinq romans au bord de l'eau"),
                               (DE, "Więcej recenzji na ten temat", "Pięć powieści o jeziorach")):
        box = f"<div class='note'><strong>{label}</strong> <a href='/beitrag/5120.html'>{link}</a></div>"
        text, rules = cleaned(paras(*words[:2]) + box + paras(words[2]), "example.org")
        assert link not in text and label not in text and words[2] in text and "related link" in rules, label


def test_review_sentence_about_other_reviews_stays():
    # near misses: the reviewer's own words after the bold label; a line that only opens like the label
    box = ("<div><strong>Weitere Rezensionen</strong> <a href='/beitrag/88.html'>ihres ersten Romans</a> "
           "waren strenger, ich finde dieses Buch reifer.</div>")
    text, _ = cleaned(paras(*DE[:2]) + box + paras(DE[2]), "example.de")
    assert "ich finde dieses Buch reifer" in text
    line = "<p><b>Other reviews</b> of this novel call it slow; I found the slowness the point.</p>"
    text, _ = cleaned(paras(*EN[:2]) + line + paras(EN[2]), "example.org")
    assert "I found the slowness the point" in text


# -- submissioncall: the newsroom's call for readers' tips, and the reaction counts of the article

def _tail(words: list[str], call: str, counts: str = "") -> str:
    return paras(*words) + f"<p class='note'>{call}</p>" + counts


def test_newsroom_tip_calls_go():
    for words, call in ((KO, "◇ 독자 여러분의 제보를 기다립니다. 사진이나 영상도 함께 보내 주세요."),
                        (JA, "■ 読者の皆さまからの情報提供をお待ちしています。写真や動画もお寄せください。"),
                        (ZH, "欢迎读者提供新闻线索，一经采用即付稿酬。"),
                        (EN, "Got a news tip? Write to the desk and attach any photos you have."),
                        (EN, "Tipsa oss! Skicka bilder och filmer till redaktionen."),
                        (RU, "Присылайте нам ваши новости, фото и видео через форму на сайте.")):
        text, rules = cleaned(_tail(words, call), "paper.example")
        assert call not in text and words[2] in text, call


def test_tip_call_above_the_reaction_counts_goes():
    cheer = ("<div class='react'><p>이 기사가 마음에 드셨다면 추천을 눌러 주세요</p>"
             "<span>추천 12</span> <span>공유 3</span></div>")
    call = "독자 여러분의 소중한 제보를 기다립니다. 화제가 될 만한 사진을 보내 주세요."
    text, rules = cleaned(_tail(KO, call, cheer), "paper.example")
    assert call not in text and "마음에 드셨다면" not in text and "추천 12" not in text and "공유 3" not in text
    assert KO[2] in text and "tally row" in rules


def test_plot_tip_off_and_book_suggestion_stay():
    # near misses: a sentence of the review about a tip-off in the plot; a reader's 'if you liked the book' line;
    # a span of the reviewer's own words beside a figure, after a line of its own
    for words, line in ((KO, "소설 속 기자는 익명의 제보를 받고 호숫가 마을로 향한다. 그 제보가 이야기의 출발점이다."),
                        (EN, "A reporter in the book gets a news tip about the lake and the story turns on it."),
                        (KO, "이 책이 마음에 드셨다면 작가의 첫 장편도 함께 읽어 보세요.")):
        text, _ = cleaned(paras(*words) + f"<p>{line}</p>", "paper.example")
        assert line in text, line
    box = "<div><p>덧붙이는 말</p><span>이 책은 1998년에 처음 나왔고</span> <span>2024년에 다시 나왔다</span></div>"
    text, _ = cleaned(paras(*KO) + box, "paper.example")
    assert "1998년에 처음 나왔고" in text
