"""A post that sets a book against its film or series (adaptation.py): sections for each, or a score whose sentence is
about the film in a script written without spaces. Our own sentences and markup, in several languages, and the near
misses that stay reviews: a review with sections that are not about another medium, a book series, a score given to
the book, a film named in a sentence with no score.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.adaptation import given_to_other, scores_the_book, sections_compare
from scraper.extract.classify import body_signals, classify
from scraper.extract.medium import verdict_for_other
from tests.test_classify import evidence

_PROSE = "A long paragraph of the writer's own thoughts about what happens and how it is told, sentence after sentence."


# -- sections for the book and for its film ------------------------------------------------------------------------


@pytest.mark.parametrize("headings", [
    ["## The novel", "## The film"],
    ["### Der Roman", "### Die Verfilmung von 2019"],
    ["**一、原著：慢慢读的上海**", "**二、电影：两个小时讲不完**"],
    ["### 소설 쪽", "### 영화 쪽"],
    ["## Ce que le roman raconte", "## Ce que le film garde"],
    ["### ฝั่งหนังสือ", "### ฝั่งภาพยนตร์"],
    ["## الرواية", "## الفيلم"],
    ["### הספר", "### הסרט"],
    ["## Kitap", "## Film"],
    ["## Román", "## Film"],
])
def test_sections_for_the_book_and_for_its_film(headings):
    markdown = "\n\n".join([_PROSE, headings[0], _PROSE, headings[1], _PROSE])
    assert sections_compare(markdown)


@pytest.mark.parametrize("headings", [
    ["## The novel", "## About the author"],  # no other medium
    ["## The book", "## The series so far"],  # a book series
    ["## Plot", "## What I thought"],
    ["### 줄거리", "### 감상"],
    ["### Der Roman", "### Fazit"],
    ["## The film"],  # a section about the film alone: the review's business (its prose says which)
])
def test_sections_that_do_not_set_the_book_against_a_film(headings):
    markdown = "\n\n".join([_PROSE] + [part for heading in headings for part in (heading, _PROSE)])
    assert sections_compare(markdown) is None


def test_a_post_in_sections_for_the_book_and_the_film_is_other_even_with_its_book_found():
    markdown = "\n\n".join([_PROSE, "## The novel", _PROSE, "## The film", _PROSE])
    signals = body_signals(markdown.split("\n\n"), markdown)
    k, reason = classify(evidence(title="Paper Lanterns by Ada Reyes: book and film", book_source="title",
                                  book_has_author=True, **signals))
    assert k == "other" and "comparison" in reason


def test_a_review_with_ordinary_sections_stays_a_review():
    markdown = "\n\n".join([_PROSE, "## The novel", _PROSE, "## Verdict", _PROSE])
    signals = body_signals(markdown.split("\n\n"), markdown)
    k, _ = classify(evidence(title="Paper Lanterns by Ada Reyes", book_source="title", book_has_author=True, **signals))
    assert k == "review"


# -- a score given to the film, in the unspaced scripts ----------------------------------------------------------


@pytest.mark.parametrize("line", [
    "映画は★3くらいかな。原作のほうはまた別の話です。",
    "先週やっと見に行きました。映画だけなら★2.5、音楽はよかった。",
    "电影给三星，演员很用心。",
    "이 영화는 별 3개 정도였다.",
    "ฉากสุดท้ายก็ยังดี หนังได้ 5 เต็ม 10",
])
def test_a_sentence_about_the_film_gives_it_the_score(line):
    assert given_to_other(line)
    assert verdict_for_other([line])


@pytest.mark.parametrize("line", [
    "この本は★4です。",  # the book's
    "映画化が決まったらしい。★4",  # the film named in another sentence
    "映画化もされた本だけど、★4。",  # a book, said between them
    "หนังสือเล่มนี้ได้ 8 เต็ม 10",  # หนังสือ "book" opens with หนัง "film"
    "영화도 봤지만 소설은 별 5개.",
])
def test_a_score_that_is_not_the_film_s(line):
    assert not (given_to_other(line) and verdict_for_other([line]))


def test_a_line_that_scores_the_book_too_rates_the_book():
    line = "原作は★5、映画は★3。"
    assert given_to_other(line) and scores_the_book(line)
    assert verdict_for_other([line]) is None


def _diary(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<html lang="ja"><head><meta charset="utf-8"><title>雨の日の名画座</title></head><body>'
            f"<article><h1>雨の日の名画座</h1>{body}</article></body></html>")


_OPENING = ("雨の土曜日、古い映画館で昔の映画を観てきました。原作の小説は高校生のころに読んで、夏のあいだずっと持ち歩いていた一冊です。"
            "映画は二時間ほどで、長い物語をかなり思い切って縮めていました。海辺の場面はとても美しくて、主人公の家の空気もよく出ていました。"
            "ただ、後半の出来事の重さはどうしても駆け足で、原作の静かな積み重ねはあまり感じられませんでした。")


def test_a_diary_scoring_only_the_film_is_not_a_review():
    page = _diary([_OPENING, "映画だけに点をつけるなら★3くらい。原作はやはり別格です。", "帰りの電車で、もう一度読み直そうかなと思いました。"])
    record = extract_page(page, "https://diary.example.jp/entry/4411")
    assert record.kind == "other"


def test_a_review_scoring_the_book_stays_a_review():
    page = _diary([_OPENING, "原作に点をつけるなら★4。映画も悪くはありません。", "帰りの電車で、もう一度読み直そうかなと思いました。"])
    record = extract_page(page, "https://diary.example.jp/entry/4412")
    assert record.kind == "review"


@pytest.mark.parametrize("lines", [["**Book: 4/5**", "**Film: 2/5**"], ["## The novel – 4 stars", "## The film – 2 out of 5"]])
def test_score_lines_for_the_book_and_the_film_are_no_sections(lines):
    markdown = "\n\n".join([_PROSE, _PROSE, lines[0], lines[1]])
    assert sections_compare(markdown) is None


@pytest.mark.parametrize("line", [
    "剧情紧凑，人物立得住，四星。",  # 剧情 "the plot"
    "没有剧透，放心看：8分",  # 剧透 "spoiler"
    "画面很有电影感，给4星",  # "cinematic"
    "舞台は昭和の東京、★4つ。",  # 舞台 "the setting"
])
def test_a_book_s_words_that_open_with_a_medium_s_word(line):
    assert not given_to_other(line)


# -- a score given to the film or series, where the noun takes no article of its own -----------------------------------

from scraper.extract.adaptation import given_to_other_unmarked  # noqa: E402


@pytest.mark.parametrize("line", [
    "أما المسلسل فأعطيه ٦ من ١٠، رغم جمال التصوير.",  # ar: "as for the series, I give it 6 of 10"
    "शुरुआत धीमी थी। फ़िल्म को मैं 10 में से 6 दूँगा, संगीत अच्छा था।",  # hi: "the film, I'd give 6 of 10"
    "Сериалу я бы поставила 5 из 10.",  # ru: "to the series I'd give 5 of 10"
    "به فیلم ۶ از ۱۰ می‌دهم.",  # fa
    "לסרט אני נותנת 6 מתוך 10.",  # he: "to the film I give 6 of 10"
    "Serialowi daję 6/10, za długie odcinki.",  # pl
])
def test_a_sentence_whose_medium_takes_no_article_gives_it_the_score(line):
    assert given_to_other_unmarked(line)
    assert verdict_for_other([line])


@pytest.mark.parametrize("line", [
    "شاهدت الفيلم قبل القراءة. الرواية تستحق ٩ من ١٠.",  # the film in another sentence, the novel scored
    "फ़िल्म देखी थी, पर उपन्यास को मैं 10 में से 9 दूँगा।",  # the novel named before the score
    "Фильму ставлю 6 из 10, книге — 9 из 10.",  # the book scored too
    "Фильм хороший, но 8 из 10 книге.",  # the book right after the score
    "הספר הראשון בסדרה: 8 מתוך 10.",  # a book series
    "Το βιβλίο, που έγινε και ταινία, παίρνει 9/10.",  # the book, which was also filmed, gets 9/10
    "В этом году я прочитала 9 книг, фильмов почти не смотрела.",  # no score
    "Powieść dostaje ode mnie 8/10.",  # no medium
])
def test_a_score_whose_sentence_names_the_book_or_no_medium(line):
    assert not given_to_other_unmarked(line)
    assert verdict_for_other([line]) is None


def _essay(paragraphs: list[str], lang: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{paragraphs[0][:30]}</title></head><body>'
            f"<article><h1>{paragraphs[0][:30]}</h1>{body}</article></body></html>").encode()


_HI = ["पिछले महीने मैंने एक पुरानी फ़िल्म फिर से देखी, जो उस उपन्यास पर बनी है जिसे मैंने स्कूल में पढ़ा था। "
       "कहानी एक पहाड़ी कस्बे के डाकिए की है जो हर चिट्ठी पढ़कर ही बाँटता है, और धीरे-धीरे पूरे कस्बे के राज़ जानने लगता है।",
       "परदे पर कस्बा बहुत सुंदर दिखता है और अभिनेता भी अच्छे हैं, लेकिन कहानी की धीमी चाल बार-बार गानों में खो जाती है। "
       "उपन्यास में डाकिए की चुप्पी ही सबसे बड़ी बात थी, और वह चुप्पी यहाँ संवादों से भर दी गई है।"]


def test_a_hindi_essay_scoring_only_the_film_is_not_a_review():
    page = _essay(_HI + ["अगर फ़िल्म को अलग से अंक देने हों, तो मैं इसे 10 में से 6 दूँगा। जिन्होंने उपन्यास नहीं पढ़ा, वे पहले उसे पढ़ें।"], "hi")
    assert extract_page(page, "https://blog.example.in/2026/11/dakiya-kitab-aur-film").kind == "other"


def test_a_hindi_review_scoring_the_novel_stays_a_review():
    page = _essay(_HI + ["फ़िल्म ठीक-ठाक है। उपन्यास को मैं 10 में से 9 दूँगा, और सबको पढ़ने की सलाह दूँगा।"], "hi")
    assert extract_page(page, "https://blog.example.in/2026/11/dakiya-kitab-aur-film").kind == "review"


# -- a title that takes the work to the screen ---------------------------------------------------------------------

from scraper.extract.medium import title_medium  # noqa: E402


@pytest.mark.parametrize("title", [
    "The Salt Orchard on the big screen",
    "From the page to the screen: The Salt Orchard",
    "Du livre à l'écran : Le Verger de sel",
    "Vom Buch auf die Leinwand: Der Salzgarten",
    "«Соляной сад» на экране",
    "حديقة الملح على الشاشة: هل نجح المسلسل؟",
    "גן המלח על המסך",
    "नमक का बाग़ परदे पर",
])
def test_a_title_taking_the_work_to_the_screen(title):
    assert "adaptation" in (title_medium(title) or "")


@pytest.mark.parametrize("title", [
    "Why this novel would fail on screen",  # about the novel
    "Reading on screen vs on paper",  # reading
    "Screen time and childhood",
    "The Screenwriter's Daughter",
    "Écran total",
    "Le roman à l'écran, lu par moi",  # read by the writer
])
def test_titles_with_a_screen_that_stay_the_book_s(title):
    assert title_medium(title) is None


def test_a_post_titled_on_screen_with_an_unscored_body_is_other():
    k, reason = classify(evidence(title="حديقة الملح على الشاشة: هل نجح المسلسل؟", words=400))
    assert k == "other" and "adaptation" in reason


# -- a score given to "the series" on a page that names a screen (adaptation.series_scored) ---------------------------

from scraper.extract.adaptation import series_scored  # noqa: E402


@pytest.mark.parametrize("line, markdown", [
    ("All told, the series gets a 6/10 from me, mostly for the sets.", "The second season drops next spring on Netflix."),
    ("A la serie le doy un 8/10: el reparto sostiene todo.", "La primera temporada cubre solo medio tomo."),
    ("Die Serie bekommt von mir 3 von 5 Sternen.", "Die zweite Staffel kommt im Herbst."),
    ("Pour moi, la série mérite 14/20, pas plus.", "La télévision a tout lissé, épisode après épisode."),
])
def test_a_score_given_to_the_series_on_a_page_about_a_screen(line, markdown):
    assert series_scored([line], markdown + "\n\n" + line) == line


@pytest.mark.parametrize("scored, markdown", [
    # a book series: the trilogy's verdict, no screen named
    (["The series gets 4/5 from me, and the last volume is the best."], "Three volumes, one family, forty years."),
    # "temporada" / "season" of the year, with no ordinal or number: not a show's
    (["La serie merece un 9/10 de principio a fin."], "La leí durante la temporada de lluvias, tomo tras tomo."),
    # the book scored beside the show
    (["The novel gets 5/5, the series 3/5."], "I watched the first season on Netflix last week."),
    # another line scores the book
    (["Rating: 4/5", "The series gets 2/5 from me."], "The first season aired on television in 2019."),
])
def test_series_scores_that_stay_the_book_s(scored, markdown):
    assert series_scored(scored, markdown + "\n\n" + "\n\n".join(scored)) is None


_ES = ["Muchos me preguntaron qué onda la serie nueva, y como tengo la edición de tapa dura del libro desde chico, "
       "escribo este texto comparando las dos cosas: lo que se conserva, lo que se pierde y lo que se agrega en el camino.",
       "La primera temporada cubre apenas la mitad del primer tomo, el protagonista es mayor y carga con un pasado "
       "que en el original no existe, y los personajes secundarios ganan mucho más peso que en las páginas del libro.",
       "El ritmo es más lento y la ciudad está filmada con un cuidado enorme, aunque los últimos capítulos se estiran."]


def test_a_spanish_post_scoring_only_the_screen_series_is_not_a_review():
    page = _essay(_ES + ["A la serie le pongo un 7/10: el reparto está impecable, pero le sobra media hora."], "es")
    assert extract_page(page, "https://blog.example.com.ar/2026/11/la-serie-y-el-libro").kind == "other"


def test_a_spanish_trilogy_review_scoring_the_series_stays_a_review():
    page = _essay(["Terminé por fin la trilogía de Marta Quiroga, tres tomos sobre una familia de pescadores del sur, "
                   "y la sensación es la de haber vivido con ellos cuarenta años, con sus peleas, sus muertos y sus fiestas.",
                   "El segundo tomo es el más flojo, con una historia de amor que no termina de convencer, pero el tercero "
                   "cierra todo con una calma y una tristeza que hacía tiempo no encontraba en una novela.",
                   "Quiroga escribe con frases largas y pacientes, llenas de nombres de barcos, de vientos y de redes, y al "
                   "principio cuesta entrar, pero después uno ya no quiere salir de ese puerto ni de esa casa llena de voces.",
                   "A la serie le pongo un 9/10: la leí entera en la temporada de lluvias y no me arrepiento."], "es")
    assert extract_page(page, "https://blog.example.com.ar/2026/11/la-trilogia-del-sur").kind == "review"


# -- a title that sets the book and the screen side by side ------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "The Salt Orchard: between the book and the screen",
    "Le Verger de sel, entre le roman et l'écran",
    "Il giardino di sale tra libro e schermo",
    "«Соляной сад»: между книгой и экраном",
    "«حديقة الملح» بين الرواية والشاشة: ماذا تغيّر؟",
    "גן המלח: בין הספר למסך",
])
def test_a_title_setting_the_book_beside_the_screen(title):
    assert "adaptation" in (title_medium(title) or "")


@pytest.mark.parametrize("title", [
    "Books and screens: a parent's guide",  # books in the plural: reading and screen time
    "The book and the screen door",  # another screen
    "El libro y la pantalla del móvil: leer hoy",  # a phone's screen
    "Reading on page and screen",  # about reading
])
def test_titles_with_a_book_and_a_screen_that_stay_the_book_s(title):
    assert title_medium(title) is None
