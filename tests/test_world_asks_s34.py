"""Pleas, asks and pointers in the post body on pages of many scripts (the s34 round; own words and markup).

- ``counts``: a platform's stats row under the title, its count of readers shortened by its magnitude and printed as
  the verb after the count (Dzen: "4,7 тыс. прочитали"), each part an element of its own: the row goes whole, the
  title over it stays.
- ``tumblrlines``: on a Tumblr page, a closing line naming the ask box (or Tumblr's "ask" kept in Latin letters in a
  line of another script) or reblogging, with no link.
- ``ownchannel._own_video_channel``: the writer's own channel on a video or blog platform ("my"/"our" before it).
- ``ifhelped.ASK``: the Japanese invitation ("…してみませんか") after a condition about the post.
- ``profilelink.IN_PROFILE``: a closing plea naming the site whose way to give is the link in the profile.
- ``pleas.SUPPORT_ASK``/``SITE_KIND`` in Hungarian and Armenian; ``scorequote.after_score``: a quotation box right
  after the score line is the blog's box, read as a closing line.
- ``buttonword``: a closing line naming one of the page's own buttons as a button.

Near misses: the verb "ask" in a Tumblr review; the same ask line on a page that is not Tumblr's; a count of readers in
the review's prose; a character's channel; a review's "my favourite scene" beside a channel; a condition about the
book; a profile link in the story; a quotation between paragraphs; a button in the story."""

from scraper.extract import extract_page


def _page(paras, lang="en", title="Winter Notes", head="", before="", after="", foot="", lead=""):
    body = lead + "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body><article>"
            f"<h1 class='entry-title'>{title}</h1>{before}<div class='entry-content'>{body}{after}</div>{foot}"
            f"</article></body></html>")


def _text(html, url="https://frostshelf.example.org/post/2026/12/winter-notes/"):
    return extract_page(html, url).body_text


_EN = [
    "read this on three cold mornings before work, with the radiator ticking and the kettle never quite boiling. a "
    "lighthouse keeper's daughter writes letters to a brother who never answers, and the letters slowly turn into a map.",
    "the prose is plain and exact, and the island gets colder with every chapter. i loved the middle, where the supply "
    "boat stops coming and she starts counting candles instead of days.",
    "the ending is quieter than i wanted, but it has stayed with me all week.",
]
_TUMBLR_HEAD = "<meta name='generator' content='Tumblr'>"


# --- Tumblr's ask box and reblogs, named in words ------------------------------------------------------------------

def test_tumblr_ask_box_line_goes():
    text = _text(_page(_EN + ["drop your snowiest picks in my ask box 🌨️"], head=_TUMBLR_HEAD))
    assert "ask box" not in text
    assert "counting candles" in text


def test_tumblr_latin_ask_in_cyrillic_line_and_repost_line_go():
    paras = [
        "Гэтую кнігу я чытала ўзімку, па некалькі старонак перад сном, і кожны раз доўга не магла заснуць пасля яе.",
        "Маці і дачка жывуць у старым доме на беразе возера, і паміж імі стаіць адна нявыказаная гісторыя, якую "
        "аўтарка раскрывае вельмі павольна і вельмі дакладна.",
        "Канец мяне не пераканаў, але мова тут цудоўная, і я буду вяртацца да гэтай кнігі.",
        "Пішыце мне ў ask, калі хочаце параіць наступную кнігу.",
        "Рэпосты вітаюцца, толькі захоўвайце подпіс.",
    ]
    text = _text(_page(paras, lang="be", head=_TUMBLR_HEAD), "https://lakeshelf.tumblr.com/post/1234/kniga")
    assert "ask" not in text and "Рэпосты" not in text
    assert "нявыказаная гісторыя" in text


def test_tumblr_review_asking_sister_stays():
    line = "i had to ask my sister what the last page meant, and she just laughed at me."
    text = _text(_page(_EN + [line], head=_TUMBLR_HEAD))
    assert "ask my sister" in text


def test_latin_ask_line_off_tumblr_stays():
    paras = [
        "Роман читается медленно: старый дом на берегу озера, мать и дочь, и между ними одна несказанная история, "
        "которую автор раскрывает по капле, страница за страницей.",
        "Язык здесь точный и прохладный, как вода в озере в октябре, и мне это очень понравилось.",
        "Финал показался мне поспешным, но книгу я буду перечитывать.",
        "Героиня пишет в ask, но никто ей не отвечает.",
    ]
    text = _text(_page(paras, lang="ru"))
    assert "Героиня пишет в ask" in text


# --- Dzen's stats row --------------------------------------------------------------------------------------------

_RU = [
    "Роман о женщине, которая после тридцати лет разлуки возвращается в родной город и не узнаёт ни улиц, ни людей, "
    "ни саму себя в старых письмах, которые находит на чердаке.",
    "Автор пишет сдержанно, почти сухо, и от этого самые простые сцены, вроде чаепития с соседкой, звучат сильнее, "
    "чем любой монолог о прошлом.",
    "Мне не хватило последней главы: она обрывается там, где хочется узнать больше.",
]


def test_dzen_stats_row_goes_title_stays():
    row = "<div class='article-stats'><span>12 ноября</span> <span>4,7 тыс. прочитали</span> <span>5 мин</span></div>"
    record = extract_page(_page(_RU, lang="ru", title="Возвращение через тридцать лет", lead=row),
                          "https://dzen.example.ru/a/Zx12ab")
    assert "прочитали" not in record.body_text and "5 мин" not in record.body_text
    assert "чаепития с соседкой" in record.body_text


def test_count_of_readers_in_prose_stays():
    line = "В нашем клубе роман прочитали 3 тыс. человек за месяц, и спорили о нём все."
    text = _text(_page(_RU + [line], lang="ru"))
    assert "прочитали 3 тыс. человек" in text


# --- the writer's own channel on a video platform -----------------------------------------------------------------

def test_own_video_channel_line_goes():
    text = _text(_page(_RU + ["Мой канал на YouTube — там видеообзоры на все книги месяца."], lang="ru"))
    assert "видеообзоры" not in text


def test_characters_channel_stays():
    line = "Мой любимый эпизод — когда героиня удаляет свой канал на YouTube и уезжает к матери."
    text = _text(_page(_RU + [line], lang="ru"))
    assert "удаляет свой канал" in text


# --- a conditional invitation (ja) ----------------------------------------------------------------------------------

_JA = [
    "雪の多い港町で、古い灯台を守る父と娘の一年を描いた長編。静かな話だが、季節が変わるたびに二人の関係も少しずつ変わっていく。",
    "文章は簡潔で、冬の場面の描写が特にすばらしい。補給船が来なくなる章では、読んでいるこちらまで寒くなった。",
    "結末はもう少し書いてほしかったが、今年読んだ本のなかでいちばん心に残った。",
]


def test_japanese_invitation_after_post_condition_goes():
    text = _text(_page(_JA + ["この記事が参考になったら、フォローしてみませんか？"], lang="ja"))
    assert "フォローしてみませんか" not in text


def test_japanese_invitation_about_the_book_stays():
    text = _text(_page(_JA + ["この本が気に入ったら、同じ作者の短編集も読んでみませんか。"], lang="ja"))
    assert "短編集も読んでみませんか" in text


# --- the link in the profile ---------------------------------------------------------------------------------------

def test_donation_by_profile_link_goes():
    text = _text(_page(_RU + ["Донаты на новые книги для канала — по ссылке в профиле."], lang="ru"))
    assert "по ссылке в профиле" not in text


def test_profile_link_in_the_story_stays():
    line = "Героиня оставляет ссылку в профиле, и по ней её находит брат, которого она не видела двадцать лет."
    text = _text(_page(_RU + [line], lang="ru"))
    assert "ссылку в профиле" in text


# --- support the site: hu, hy; a quotation box after the score -------------------------------------------------------

def test_hungarian_support_line_in_small_print_goes():
    paras = [
        "Egy halászfalu története három nemzedéken át, a háború előtti évektől egészen a gyárak bezárásáig.",
        "A szerző nem siet, minden szereplőnek hagy időt, és a falu lassan szinte önálló szereplővé válik.",
        "A befejezés kicsit elnagyolt, de a könyv egésze nagyon erős.",
        "Pontszám: 4/5",
    ]
    after = "<p><small>Ha hasznos volt, támogasd az oldalt egy ajánlással a barátaidnak.</small></p>"
    text = _text(_page(paras, lang="hu", after=after))
    assert "támogasd az oldalt" not in text


_HY = [
    "Վեպը պատմում է մի փոքր քաղաքի մասին, որտեղ բոլորը ճանաչում են միմյանց, և ոչ ոք չի ասում այն, ինչ մտածում է։",
    "Հեղինակը գրում է զուսպ, բայց յուրաքանչյուր գլխում ինչ-որ բան փոխվում է, և վերջում քաղաքն այլևս նույնը չէ։",
    "Վերջաբանը ինձ թվաց շտապողական, բայց գիրքն արժե կարդալ։",
]


def test_armenian_support_quote_box_after_score_goes():
    after = ("<p><b>Գնահատական՝</b> 7/10</p>"
             "<blockquote><p>Աջակցեք բլոգին, եթե ձեզ դուր են գալիս այս գրառումները։</p></blockquote>")
    text = _text(_page(_HY, lang="hy", after=after))
    assert "Աջակցեք բլոգին" not in text
    assert "7/10" in text


def test_quotation_between_paragraphs_stays():
    paras = _EN[:2] + ["<blockquote>Support the blog, she typed, and then deleted it.</blockquote>"] + _EN[2:]
    html = _page([], after="".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras))
    assert "Support the blog, she typed" in _text(html)


# --- a button of the page named as one -------------------------------------------------------------------------------

_BAR = ("<div class='post-actions'><button class='like'>12 likes</button> <button class='donate'>Keep it going</button>"
        " <button class='share'>Share</button></div>")


def test_line_naming_pages_button_goes():
    line = "if these notes help you, the Keep it going button under the post buys me a pot of tea."
    text = _text(_page(_EN + [line], foot=_BAR))
    assert "pot of tea" not in text


def test_button_in_the_story_stays():
    line = "in the last scene she presses the red button on the radio and hears nothing but snow."
    text = _text(_page(_EN + [line], foot=_BAR))
    assert "red button on the radio" in text


def test_label_far_from_a_button_word_stays():
    tags = "<div class='tags'>Tags: <a href='#'>Snow Stories</a> <a href='#'>Islands</a></div>"
    line = "Snow Stories, the author's first collection, is out in paperback from Knopf this winter."
    text = _text(_page(_EN + [line], foot=tags))
    assert "out in paperback from Knopf" in text
