"""The book and author from headline matter (numbering, anchors, credits, CJK brackets) and from the page's other
clues: pictures, credit lines, an opening "Title <by> Author" the URL names, and the person a post is about.

Every page and line here is invented for these tests (invented blogs, books and people, in our own words);
pages run through extract_page, single rules through their functions.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context, is_name
from scraper.extract.bookheadline import from_title
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookpageclues import Clues
from scraper.extract.bookbody import find_book
from scraper.extract.bookclues import credit_line, from_pictures, labelled_person, opening_by
from scraper.extract.bookld import from_jsonld
from scraper.extract.booktitles import cjk_owner, cjk_title, headline

# Review prose that names no book and no person (about 110 words), so that each page's own clue is what counts.
PROSE = """
<p>The first chapters are slow, and I almost put it down twice before the middle section found its pace.
Once the two families begin to write to each other, the letters carry everything and the pages turn by themselves.</p>
<p>What stayed with me is how little is explained. The landscape is never scenery, and the quarrel at the heart
of it is left unsettled, which felt truthful rather than careless.</p>
<p>My doubts are small: one subplot about a lost dog goes nowhere, and the ending rushes through ten years in
a few pages. Still, I would hand it to any friend who likes long evenings and longer letters.</p>
"""


def page(title: str, body: str, url: str = "https://lampandleaf.example/2024/05/a-post/", head: str = "",
         header: str = "", lang: str = "en", tags: str = "") -> tuple[str, str]:
    html = f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Lamp and Leaf</title>
<meta property="og:site_name" content="Lamp and Leaf">{head}</head>
<body class="single single-post"><div id="page"><article class="post">
<header><h1 class="entry-title">{title}</h1>{header}</header>
<div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="tags-links">{tags}</span></footer>
</article></div><footer id="colophon">Lamp and Leaf, notes on reading.</footer></body></html>"""
    return html, url


def book_of(title: str, body: str, **kwargs) -> tuple[str | None, str | None]:
    record = extract_page(*page(title, body, **kwargs))
    assert record.is_review, record.reason
    return record.book_title, record.book_author


# -- headline matter -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Issue #12: The Lantern Keeper", "The Lantern Keeper"),
        ("No. 4 – Salt and Cedar", "Salt and Cedar"),
        ("Episode 31 | The Quiet Orchard", "The Quiet Orchard"),
        ("Short review: The Salt Road¶", "Short review: The Salt Road"),
        ("Fahrenheit Nights: a reread", "Fahrenheit Nights: a reread"),  # no numbering word: kept
        ("1989: the year I read nothing", "1989: the year I read nothing"),
    ],
)
def test_headline_without_numbering_or_anchor(raw, clean):
    assert headline(raw) == clean


def test_a_numbered_newsletter_issue_names_its_book_after_the_number():
    body = "<p>Odile Brams writes about lighthouses as other people write about saints.</p>" + PROSE + "<p>Rating: 4/5</p>"
    assert book_of("Issue #12: The Lantern Keeper", body) == ("The Lantern Keeper", "Odile Brams")


def test_a_column_label_and_its_number_are_no_book():
    assert from_title("Mini review Tuesday #9") is None
    assert from_title("Short takes #5") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Glass Orchard by Ana Ruiz, translated by Tom Hale", ("The Glass Orchard", "Ana Ruiz")),
        ("*The Rope Bridge* by Ida Marsh, translated from the Danish by Leo Park", ("The Rope Bridge", "Ida Marsh")),
        ("Review: Winter Hours by Kai Lund (trans. Mia Ross)", ("Winter Hours", "Kai Lund")),
        ("Rezension: Der stille Hof von Greta Albers, übersetzt von Jon Fell", ("Der stille Hof", "Greta Albers")),
    ],
)
def test_a_translator_or_illustrator_after_the_author_is_not_the_author(text, expected):
    book = from_title(text)
    assert (book.title, book.author) == expected


def test_translator_in_a_body_heading():
    body = "<h2><em>The Rope Bridge</em> by Ida Marsh, translated by Leo Park</h2>" + PROSE + "<p>Marsh is precise.</p>"
    assert book_of("Weekend reading, part one", body) == ("The Rope Bridge", "Ida Marsh")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("『海辺の灯台』山田花子――二十年ぶりの再読", ("海辺の灯台", "山田花子")),
        ("佐藤一郎『冬の駅』――短くて重い", ("冬の駅", "佐藤一郎")),
        ("『冬の駅』（佐藤一郎）を読んだ", ("冬の駅", "佐藤一郎")),
        ("李明《江边的雾》", ("江边的雾", "李明")),
        ("《江边的雾》读后感", None),  # a word for "reading notes" after the title, no name
        ("『冬の駅』を読んで", None),  # kana after the title: a particle, no name
    ],
)
def test_cjk_titles_in_their_brackets_with_the_author_beside_them(text, expected):
    assert cjk_title(text) == expected


def test_a_japanese_headline_names_book_and_author():
    body = "<p>高校生のころに一度読んだきりだった。今回は冬の夜に少しずつ読み返した。</p>" * 6 + "<p>評価：4/5</p>"
    assert book_of("『海辺の灯台』山田花子――二十年ぶりの再読", body, lang="ja") == ("海辺の灯台", "山田花子")


def test_title_and_author_in_brackets_needs_the_text_to_name_the_author():
    assert from_title("The Copper House (Agnes Holloway)", Context("Holloway writes cold rooms well.")).author == "Agnes Holloway"
    assert from_title("The Copper House (Agnes Holloway)", Context("A cold book about rooms.")) is None
    # a series in brackets is not a person: nobody is called by its last word
    assert from_title("Review: The Copper House (Harbour Cycle)", Context("Cold rooms.")).author is None


def test_a_sentence_break_inside_a_run_of_capitals_is_no_name():
    assert not is_name("Stimme. Herrndorf")
    assert is_name("J. R. R. Tolkenby") and is_name("Martin Hale Jr.")


# -- pictures ----------------------------------------------------------------------------------------


def test_a_cover_in_another_language_with_a_linking_word():
    body = '<p><img src="/s.jpg" alt="Omslag till Sommarljus av Eva Lindqvist"></p>' + PROSE + "<p>Betyg: 4/5</p>"
    assert book_of("Läst i juni", body, lang="sv") == ("Sommarljus", "Eva Lindqvist")


def test_a_photo_of_the_book_in_the_post_header_when_the_post_names_that_title():
    header = '<figure><img src="/n.jpg" alt="Nachtzug de Clara Vidal, édition de poche, posée sur une table"></figure>'
    body = "<p>On ouvre <em>Nachtzug</em> comme on monte dans un train de nuit. Clara Vidal y tient la barre.</p>" + PROSE
    assert book_of("Un train qui ne s'arrête pas", body, header=header, lang="fr") == ("Nachtzug", "Clara Vidal")


def test_a_picture_of_a_book_the_post_never_names_is_not_its_book():
    context = Context("A walk through the marshes, with birds and weather.")
    assert from_pictures([], ["Nachtzug de Clara Vidal, sur une table"], context, ["Marsh notes"]) is None
    # a cover in the post body says what it shows
    assert from_pictures(["Cover of Nachtzug by Clara Vidal"], [], context, []) == ("Nachtzug", "Clara Vidal")


# -- credit lines ------------------------------------------------------------------------------------


def test_a_credit_line_at_the_bottom_gives_the_author_of_the_headline_book():
    body = PROSE + "<p>Holt never wastes a sentence.</p><ul><li>Maren Holt · Kestrel Press, 2019, 212 pages</li></ul>"
    assert book_of("Quick review: The Winter Ferry", body) == ("The Winter Ferry", "Maren Holt")


def test_a_credit_line_at_the_top_is_author_and_publisher_not_title_and_author():
    body = ('<figure><img src="/d.jpg" alt=""><figcaption>Jan Kowalik, Wydawnictwo Sosna, 2015</figcaption></figure>' + PROSE.replace("by themselves.", "by themselves. Kowalik wie, co robi.")
            + "<p>Ocena: 5/6</p>")
    assert book_of("Dom nad rzeką w zimie", body, lang="pl") == ("Dom nad rzeką w zimie", "Jan Kowalik")


def test_credit_line_rules():
    context = Context("Maren Holt · Kestrel Press, 2019\nHolt writes well.")
    assert credit_line(["Maren Holt · Kestrel Press, 2019"], "The Winter Ferry", context) == "Maren Holt"
    # a date after the name is a byline, not a credit
    assert credit_line(["Maren Holt, March 3, 2019"], "The Winter Ferry", context) is None
    # nobody the text calls by surname: no credit
    assert credit_line(["Kestrel Lane · Harbour Press, 2019"], "The Winter Ferry", Context("Cold.")) is None
    # the line names the headline's book: a "Title, Author" line, read elsewhere
    assert credit_line(["The Winter Ferry, Maren Holt, 2019"], "The Winter Ferry", context) is None
    assert from_bibliography(["Jan Kowalik, Wydawnictwo Sosna, 2015"], Context("Jan Kowalik, Wydawnictwo Sosna\nKowalik")) is None


# -- an opening the URL names --------------------------------------------------------------------------


def test_an_opening_title_by_author_that_the_url_names():
    body = ("<p>De stille kamer van Pieter Baas<sup><a href='#fn1' class='footnote-ref'>1</a></sup> lag al maanden naast "
            "mijn bed.</p>" + PROSE + "<p>Baas schrijft zonder haast.</p><p>Cijfer: 7/10</p>")
    found = book_of("Een kamer vol stilte", body, url="https://leeshoek.example/posts/de-stille-kamer/", lang="nl")
    assert found == ("De stille kamer", "Pieter Baas")


def test_an_opening_by_without_the_url_naming_it_is_not_read():
    context = Context("Het huis van Pieter Baas stond leeg.\nBaas was weg.")
    assert opening_by(["Het huis van Pieter Baas stond leeg."], "https://x.example/posts/een-zomer/", context) is None
    # the URL pins the title down inside a longer opening
    url = "https://x.example/2023/het-huis/"
    assert opening_by(["Gisteren las ik Het huis van Pieter Baas uit."], url, context) == ("Het huis", "Pieter Baas")


# -- the person a post is about -------------------------------------------------------------------------


def test_the_author_named_in_full_once_and_in_the_posts_tags():
    body = ("<p>Friends told me for years to read Agnes Holloway, and this winter I did.</p>" + PROSE
            + "<p>Holloway was a printmaker before she wrote, and it shows.</p><p>Rating: 8/10</p>")
    tags = '<a rel="tag" href="/tag/novels">novels</a> <a rel="tag" href="/tag/holloway">holloway</a>'
    assert book_of("The Copper House, finally", body, tags=tags) == ("The Copper House", "Agnes Holloway")


def test_the_author_who_owns_something_in_the_opening():
    body = ("<p>I came to Agnes Holloway's prize winner with low hopes.</p>" + PROSE
            + "<p>Holloway keeps the house at the centre.</p><p>Rating: 8/10</p>")
    assert book_of("The Copper House", body) == ("The Copper House", "Agnes Holloway")


def test_a_character_named_in_full_and_by_surname_is_not_the_author():
    lines = ["It opens with Tobias Wendt, a clerk in a coffee firm.", "Wendt hates poetry.", "Wendt is funny."]
    context = Context("\n".join(lines))
    assert labelled_person(lines, ["classics"], "https://x.example/the-clerk/", context, "The Clerk") is None
    # the same name in the post's labels is its author
    assert labelled_person(lines, ["wendt"], "https://x.example/the-clerk/", context, "The Clerk") == "Tobias Wendt"
    # a word the text also writes in lower case opens the sentence, it is no first name
    context = Context("Then Agnes Holloway arrived.\nHolloway then left.")
    assert labelled_person(["Then Agnes Holloway arrived."], ["holloway"], "", context, "Rooms") == "Agnes Holloway"


# -- guards ----------------------------------------------------------------------------------------------


def test_a_page_title_whose_second_part_the_text_names_whole_is_no_author():
    """"Bogstuen - Stille Vand": the second part is the book, named whole in the text, not a person by surname."""
    context = Context("Stille Vand is a slow book.\nI read Stille Vand in a week.")
    clues = Clues(title="Bogstuen", other_titles=["Bogstuen - Stille Vand"], lines=context.text.splitlines(), context=context)
    found = find_book(clues, None)
    assert found is None or found.author != "Stille Vand"


# -- other scripts ------------------------------------------------------------------------------------------


RU_PROSE = """<p>Роман Громова я откладывал два года, а прочитал за три вечера. Первая часть тянется медленно,
но потом письма двух семей начинают нести всю историю, и страницы переворачиваются сами.</p>
<p>Больше всего мне понравилось, как мало здесь объясняется. Пейзаж не декорация, а спор в центре книги так и
остаётся нерешённым, и это честно. Громов пишет сухо и точно, без лишних слов.</p>
<p>Мелкие претензии: линия с пропавшей собакой ни к чему не ведёт, а финал пробегает десять лет за несколько страниц.</p>
<p>Оценка: 8/10</p>"""


@pytest.mark.parametrize(
    "title",
    ["Лев Громов «Северный ветер»", "«Северный ветер» — Лев Громов", "Рецензия: «Северный ветер» Лев Громов"],
)
def test_a_russian_headline_with_a_quoted_title_beside_the_author(title):
    assert book_of(title, RU_PROSE, lang="ru") == ("Северный ветер", "Лев Громов")


def test_a_declined_russian_surname_vouches_for_the_author():
    context = Context("Роман Громова я читал давно.")
    assert context.vouches_for("Лев Громов") and not Context("Роман я читал давно.").vouches_for("Лев Громов")
    assert from_title("Северный ветер – Лев Громов", context).author == "Лев Громов"


def test_a_quoted_first_person_sentence_beside_a_name_is_speech_not_a_title():
    context = Context("Громов laughed. Громов again.")
    assert from_title("Лев Громов: «Я пишу только по утрам»", context) is None


def test_info_lines_in_russian_and_chinese():
    ru = "<p>Название: Северный ветер</p><p>Автор: Лев Громов</p>" + RU_PROSE
    assert book_of("Книга недели", ru, lang="ru") == ("Северный ветер", "Лев Громов")
    zh_prose = "<p>这本书讲的是一个小镇上的两个家庭，他们多年来互相写信，信里有争吵也有和解。</p>" * 5 + "<p>评分：8/10</p>"
    zh = "<p>书名：江边的雾</p><p>作者：[中] 李明 著</p>" + zh_prose
    assert book_of("周末读完的一本书", zh, lang="zh") == ("江边的雾", "李明")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我读了李明的《江边的雾》，很安静。李明写得很冷。", ("江边的雾", "李明")),
        ("李明的《江边的雾》是一本小书。", ("江边的雾", "李明")),  # the run opens the text: the whole run
        ("村上一郎の『海辺の町』を読んだ。", ("海辺の町", "村上一郎")),
        ("カレン・ミラーの『冬の庭』は静かな本だ。", ("冬の庭", "カレン・ミラー")),
        ("今年的《江边的雾》很好。", None),  # "this year's": no name the text repeats
        ("我读了好多次的《江边的雾》", None),  # a long run never named again: no way to tell the name
        # no particle: a name set right before the brackets, which the text names again
        ("周末又翻开王小春《山那边》。王小春的句子很短。", ("山那边", "王小春")),
        ("周末读完《山那边》，读完就睡了。", None),  # a verb of reading before the brackets, however often it recurs
        ("她买了《山那边》。她买了两本。", None),
        ("ヤマダ『冬の庭』", None),  # katakana needs its particle
        # Japanese: three or four kanji after a particle make a word of their own, named once
        ("久しぶりに森山一郎の『雪の駅』を開いた。", ("雪の駅", "森山一郎")),
        ("ついに代表作の『雪の駅』を開いた。", None),  # a work, not a person
    ],
)
def test_the_owner_of_a_bracketed_title_in_chinese_and_japanese_text(text, expected):
    assert cjk_owner(text) == expected


def test_a_chinese_headline_that_names_only_the_title_and_the_text_its_author():
    body = ("<p>上个月我终于读了李明的《江边的雾》。</p>" + "<p>小说写一个小镇上的两个家庭，多年来互相写信，信里有争吵也有和解。李明的文字很安静。</p>" * 4
            + "<p>评分：4/5</p>")
    assert book_of("读《江边的雾》有感", body, lang="zh") == ("江边的雾", "李明")
    assert from_title("《江边的雾》《小城》推荐") is None  # several titles: a list


# -- headline shapes around "Title by Author" ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Doe's The Lantern Room", ("The Lantern Room", "Jane Doe")),
        ("On Jane Doe's The Lantern Room", ("The Lantern Room", "Jane Doe")),
        ("The Lantern Room: A Novel by Jane Doe", ("The Lantern Room", "Jane Doe")),
        ("READ: The Lantern Room by Jane Doe", ("The Lantern Room", "Jane Doe")),
        ("Five stars for The Lantern Room by Jane Doe", ("The Lantern Room", "Jane Doe")),
        ("Why I loved The Lantern Room by Jane Doe", ("The Lantern Room", "Jane Doe")),
        # title case keeps "and", "the" and a possessive's "s" small: no cut inside a title
        ("Ivy and the Moon by Jane Doe", ("Ivy and the Moon", "Jane Doe")),
        ("Giorgio's Garden by Jane Doe", ("Giorgio's Garden", "Jane Doe")),
    ],
)
def test_the_book_is_the_part_of_the_headline_the_text_names(text, expected):
    context = Context("Doe writes plainly. The Lantern Room is short. Ivy. Moon. Garden. the Moon")
    book = from_title(text, context)
    assert (book.title, book.author) == expected


def test_without_the_text_the_whole_headline_part_is_kept():
    assert from_title("Why I loved The Lantern Room by Jane Doe").title == "Why I loved The Lantern Room"


def test_title_author_then_publisher_and_year_in_brackets():
    book = from_title("The Lantern Room, Jane Doe (Harbour Press, 2021)", Context("Doe."))
    assert (book.title, book.author, book.publisher, book.year) == ("The Lantern Room", "Jane Doe", "Harbour Press", 2021)


# -- schema.org data written other ways --------------------------------------------------------------------


def test_jsonld_types_in_full_and_a_list_of_reviewed_items():
    review = {"@type": "http://schema.org/Review",
              "itemReviewed": [{"@type": "schema:Book", "name": "The Lantern Room", "author": {"name": "Jane Doe"}}]}
    book, found = from_jsonld([review])
    assert (book.title, book.author, found) == ("The Lantern Room", "Jane Doe", review)


def test_jsonld_untyped_reviewed_item_needs_an_author():
    assert from_jsonld([{"@type": "Review", "itemReviewed": {"name": "The Lantern Room", "author": "Jane Doe"}}])[0].author == "Jane Doe"
    assert from_jsonld([{"@type": "Review", "itemReviewed": {"name": "Cafe Marlow"}}]) == (None, None)


def test_rdfa_book():
    body = ('<div vocab="https://schema.org/" typeof="Book"><span property="name">The Lantern Room</span> by '
            '<span property="author" typeof="Person"><span property="name">Jane Doe</span></span></div>' + PROSE + "<p>Rating: 4/5</p>")
    assert book_of("Weekend notes", body) == ("The Lantern Room", "Jane Doe")


# -- info boxes outside the post body ------------------------------------------------------------------------


def test_an_author_line_in_the_post_header_that_the_text_names():
    header = '<ul class="book-meta"><li><span>Author:</span> <a href="/authors/jane-doe">Jane Doe</a></li></ul>'
    body = PROSE + "<p>Doe keeps every scene short.</p><p>Rating: 4/5</p>"
    assert book_of("Quick review: The Lantern Room", body, header=header) == ("The Lantern Room", "Jane Doe")


def test_the_posts_own_author_line_is_not_the_books_author():
    header = '<p class="byline">Author: Wren Castellane</p>'
    body = PROSE + "<p>Rating: 4/5</p>"
    assert book_of("Quick review: The Lantern Room", body, header=header) == ("The Lantern Room", None)


def test_a_boxed_title_and_author_read_before_cleaning():
    clues = Clues(title="A quiet book", fields=[("作者", "李 明"), ("书名", "江边的雾")], context=Context("平静的一本书。"))
    found = find_book(clues, None)
    assert (found.title, found.author, found.source) == ("江边的雾", "李明", "details")


def test_the_one_tag_that_is_a_full_name_the_text_calls_by_surname():
    body = PROSE + "<p>Okafor never explains a thing twice.</p><p>Rating: 4/5</p>"
    tags = '<a rel="tag" href="/tag/a">Chidi Okafor</a> <a rel="tag" href="/tag/b">slow fiction</a>'
    assert book_of("The Salt Ledger", body, tags=tags) == ("The Salt Ledger", "Chidi Okafor")


def test_two_name_tags_the_text_both_names_tell_nothing():
    from scraper.extract.bookclues import tagged_person
    context = Context("Okafor writes. Brand is a character.")
    assert tagged_person(["Chidi Okafor", "Mila Brand"], context, "The Salt Ledger") is None
    assert tagged_person(["Chidi Okafor", "Mila Brand"], Context("Okafor writes."), "The Salt Ledger") == "Chidi Okafor"
    assert tagged_person(["Chidi Okafor"], Context("Okafor writes."), "The Salt Ledger", ) == "Chidi Okafor"
    assert tagged_person(["Chidi Okafor"], Context("A quiet book."), "The Salt Ledger") is None


@pytest.mark.parametrize("name", ["Ngozi wa Kamau", "Idris ibn Salim", "Clara af Berg", "Nora della Valle"])
def test_particles_inside_names(name):
    assert is_name(name)


def test_a_tagged_name_the_text_calls_by_first_name_or_in_full_is_a_character():
    from scraper.extract.bookclues import tagged_person
    assert tagged_person(["Mila Brand"], Context("Mila runs. Brand falls."), "The Salt Ledger") is None
    assert tagged_person(["Mila Brand"], Context("Mila Brand runs. Brand falls."), "The Salt Ledger") is None


def test_a_photo_credit_is_not_a_book():
    alt = "Cover of The Lighthouse photo by Jane Doe"  # the cover photographed, and who took the photo
    assert from_pictures([alt], [], Context("Doe."), []) is None
    assert from_pictures(["Cover of The Lighthouse by Jane Doe"], [], Context("Doe."), []) == ("The Lighthouse", "Jane Doe")


def test_a_title_and_a_tagged_name_that_the_url_both_spells():
    # the text never names the writer; the tag does, and the slug pairs that name with the headline's title
    body = PROSE + "<p>Puanım: 10 üzerinden 8</p>"
    tags = '<a rel="tag" href="/tag/inceleme">İnceleme</a> <a rel="tag" href="/tag/yilmaz">Işıl Yılmaz</a>'
    url = "https://lampandleaf.example/2024/05/gece-yarisi-kutuphanesi-isil-yilmaz/"
    assert book_of("Gece Yarısı Kütüphanesi: sessiz bir kış", body, url=url, tags=tags) == ("Gece Yarısı Kütüphanesi", "Işıl Yılmaz")


def test_a_tagged_name_the_url_does_not_spell_is_no_author():
    from scraper.extract.bookclues import slug_book
    url = "https://lampandleaf.example/2024/05/gece-yarisi-kutuphanesi/"
    assert slug_book(["Gece Yarısı Kütüphanesi"], ["Işıl Yılmaz"], url, Context("")) is None
    both = "https://lampandleaf.example/2024/05/gece-yarisi-kutuphanesi-isil-yilmaz-ve-deniz-aydin/"
    assert slug_book(["Gece Yarısı Kütüphanesi"], ["Işıl Yılmaz", "Deniz Aydın"], both, Context("")) is None  # two: no telling
    assert slug_book(["Gece Yarısı Kütüphanesi"], ["Işıl Yılmaz"], both.replace("-ve-deniz-aydin", ""), Context("", ("Işıl Yılmaz",))) is None


def test_an_image_description_names_the_book_the_page_title_quotes():
    alt = ("Photo by Lena Hart on May 2, 2024. May be an image of a paperback of The Salt Ledger by Chidi Okafor "
           "beside a cup of tea on a windowsill.")
    assert from_pictures([], [alt], Context(""), ["The Salt Ledger"]) == ("The Salt Ledger", "Chidi Okafor")
    assert from_pictures([], [alt], Context(""), ["Lena Hart"]) is None  # the photographer is no book's author
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lena Hart | Tea and Pages on Instagram: "The Salt Ledger, at last"</title></head>
<body><main><article><h1>Lena Hart</h1><div class="caption"><img src="/p.jpg" alt="{alt}">{PROSE}<p>rating: 4/5</p></div>
</article></main></body></html>"""
    record = extract_page(html, "https://photos.example/p/abc123/")
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Chidi Okafor")


def test_a_picture_of_a_title_the_page_names_with_its_author_in_brackets():
    alt = "Casa de pe deal (Mirela de Sousa)"
    assert from_pictures([], [alt], Context(""), ["Casa de pe deal"]) == ("Casa de pe deal", "Mirela de Sousa")
    assert from_pictures([], [alt], Context(""), ["Alt titlu"]) is None  # a title the page never names: no telling


def test_the_rescue_reads_by_right_after_the_title_in_an_alt():
    from scraper.extract.bookrescue import Page
    from scraper.extract.bookrescueauthor import _latin_author
    alt = "Photo by Lena Hart on May 2. May be an image of The Salt Ledger by Chidi Okafor"
    assert _latin_author(Page("Lena Hart", ["A quiet book."], pictures=[alt], context=Context("A quiet book.")), "Lena Hart", 2) is None
    cover = Page("x", ["A quiet book."], pictures=["Cover of The Salt Ledger by Chidi Okafor"], context=Context("A quiet book."))
    assert _latin_author(cover, "The Salt Ledger", 2) == "Chidi Okafor"


CATALOGUE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Review of The Salt Ledger by tidepool_reads | Shelfwise</title></head>
<body><nav><a href="/">Shelfwise</a> <a href="/authors/popular">Popular authors</a></nav><main>
<div class="book-head"><h3>The Salt Ledger</h3><p><a href="/authors/chidi-okafor">Chidi Okafor</a></p></div>
<div class="review"><h1>tidepool_reads's review</h1>{body}<p>Rating: 4/5</p></div>{more}</main></body></html>"""


def test_a_heading_beside_a_link_to_its_authors_catalogue_page():
    from lxml.html import fromstring

    from scraper.extract.bookld import from_author_link
    book = from_author_link(fromstring(CATALOGUE.format(body=PROSE, more="")))
    assert book is not None and (book.title, book.author) == ("The Salt Ledger", "Chidi Okafor")
    record = extract_page(CATALOGUE.format(body=PROSE + "<p>Okafor never explains a thing twice.</p>", more=""),
                          "https://shelfwise.example/reviews/5d1e")
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Chidi Okafor")
    # two books linked to their authors: a list, no telling
    other = '<div class="book-head"><h3>River Hours</h3><p><a href="/authors/noor-haddad">Noor Haddad</a></p></div>'
    assert from_author_link(fromstring(CATALOGUE.format(body=PROSE, more=other))) is None


def test_a_blogs_author_archive_link_is_no_book_author():
    from lxml.html import fromstring

    from scraper.extract.bookld import from_author_link
    byline = ('<article><header><h1>The Salt Ledger</h1><div><a href="https://lampandleaf.example/author/lena-hart/">Lena Hart</a>'
              '</div></header>' + PROSE + '</article>')
    assert from_author_link(fromstring(f"<html><body>{byline}</body></html>")) is None
    # a link whose page is not named after its text ("/authors/popular") names nobody
    assert from_author_link(fromstring('<div><h3>Popular</h3><a href="/authors/popular">See all authors</a></div>')) is None


@pytest.mark.parametrize("title, name, slug", [
    ("Северный ветер", "Лев Громов", "severnyj-veter-lev-gromov"),
    ("Тіні старого саду", "Михайло Коваленко", "tini-staroho-sadu-mykhailo-kovalenko"),
    ("Το σπίτι στο λιμάνι", "Νίκος Αλεξίου", "to-spiti-sto-limani-nikos-alexiou"),
])
def test_a_transliterated_slug_pairs_a_title_and_a_tagged_name(title, name, slug):
    from scraper.extract.bookclues import slug_book
    url = f"https://lampandleaf.example/2024/05/{slug}/"
    assert slug_book([title], [name, "проза"], url, Context("")) == (title, name)
    # a name the slug does not spell, even transliterated, is no author
    assert slug_book([title], ["Анна Лебедева"], url, Context("")) is None


def test_a_catalogue_author_link_with_the_name_inverted():
    from lxml.html import fromstring

    from scraper.extract.bookld import from_author_link
    card = ('<div class="bib"><h2 class="title">The Salt Ledger</h2><p class="author-link">'
            '<a href="/v2/search?query=Okafor%2C%20Chidi">Okafor, Chidi</a></p></div>')
    book = from_author_link(fromstring(f"<html><body><main>{card}<p>Okafor writes slowly.</p></main></body></html>"))
    assert book is not None and (book.title, book.author) == ("The Salt Ledger", "Chidi Okafor")
    # an inverted name in a link that neither says "author" nor searches for it is no author link
    plain = card.replace(' class="author-link"', "").replace("query=Okafor%2C%20Chidi", "shelf=7")
    assert from_author_link(fromstring(f"<html><body><main>{plain}</main></body></html>")) is None
    # the box about a person, headed with the person's name, is no book
    about = '<div class="author-box"><h3>About Chidi Okafor</h3><p><a class="author" href="/x">Okafor, Chidi</a></p></div>'
    assert from_author_link(fromstring(f"<html><body><main>{about}</main></body></html>")) is None


# -- an author given in full once, in a citation line before the title ------------------------------------------------

NL_PROSE = """<p>De twee zussen schrijven elkaar jarenlang brieven over het huis aan de dijk, en pas heel laat blijkt wie er
werkelijk is gebleven en wie alleen maar deed alsof.</p><p>Het boek is traag, maar nooit saai: elke brief voegt iets toe
aan wat we al dachten te weten, en de zee is steeds dichterbij.</p><p>Wat minder goed werkt is het slot, dat in een paar
bladzijden tien jaar overslaat. Toch raad ik het iedereen aan die van lange avonden en stille boeken houdt.</p>
<p>Cijfer: 8/10</p>"""
UK_PROSE = """<p>Два брати повертаються до батькового хутора й мусять вирішити, що робити з садом, який ніхто не доглядав
десять років.</p><p>Проза повільна, але дуже точна: кожна розмова на кухні важить більше, ніж сварки в місті, і
поступово стає зрозуміло, чому старший так довго не приїжджав.</p><p>Мені забракло хіба що кінцівки, яка надто
поспішає. Але загалом це тиха й чесна книжка про родину.</p><p>Оцінка: 8 з 10.</p>"""

def test_a_citation_line_gives_the_author_in_full_before_the_title():
    prose = NL_PROSE
    body = "<p>Gelezen voor de club: Maartje Lindeboom, De Dijkwachter (1951).</p>" + prose
    assert book_of("De Dijkwachter", body, lang="nl") == ("De Dijkwachter", "Maartje Lindeboom")
    # Ukrainian, with an apostrophe inside the given name, quoted title and a publisher's tail
    uk = UK_PROSE + "<p>Мар'яна Ковальчук, «Старий сад». Львів: Вежа, 2019, 210 с.</p>"
    assert book_of("«Старий сад»: про батьків і синів", uk, lang="uk") == ("Старий сад", "Мар'яна Ковальчук")


def test_a_place_before_the_title_in_a_sentence_is_no_author():
    prose = NL_PROSE
    body = "<p>Gisteren in Den Haag, De Dijkwachter eindelijk uitgelezen.</p>" + prose
    record = extract_page(*page("De Dijkwachter", body, lang="nl"))
    assert record.book_author is None and "Den Haag" not in (record.book_title or "")


def test_an_old_style_alternative_title_in_a_thread_without_paragraphs():
    posts = [
        "Finally finished Ambrose; or, The Lost Harbour by Edith Marlowe after years on my shelf. Notes below. 1/4",
        "The harbour-master narrates half of it and he is a wonderful liar: every chapter corrects the one before. 2/4",
        "Marlowe wrote it at twenty-two and you can tell: too many storms, and a wedding nobody asked for. 3/4",
        "The middle drags: a long inquest, three letters from a cousin in Leeds, a sermon that could lose half its "
        "length. I skimmed more than I like to admit, and the subplot about the lighthouse lease never pays off. 4/5",
        "Still, the last forty pages are among the best sea writing I know, and the final image of the empty quay "
        "has stayed with me all week. Rating: 4/5 5/5",
    ]
    body = "".join(f'<div class="post"><div class="post-text">{p}</div></div>' for p in posts)
    assert book_of("Thread by @harbourreader", body) == ("Ambrose; or, The Lost Harbour", "Edith Marlowe")


def test_a_credit_line_naming_its_own_title_beats_a_chapter_in_the_headline():
    body = """<p>Quien trabaja en una biblioteca de barrio oye a menudo la misma pregunta sobre Ferrer: ¿por dónde empiezo?
Yo siempre digo que por El jardín de Ana, la novela de 1931 que la ciudad trata como a una tía lejana.</p>
<p>La idea es sencilla y sigue siendo moderna: una viuda anota en un cuaderno cada visita que recibe, y poco a poco
el cuaderno se convierte en la historia del pueblo entero, con sus deudas, sus bodas y sus silencios.</p>
<p>El capítulo del último tren es el que todos recuerdan, con la estación vacía y la maleta que nadie recoge. Pero
el libro es mucho más que ese episodio, y las cartas del final me parecen lo mejor que escribió Ferrer.</p>
<p>Valoración: 9/10</p>
<p>Lucía Ferrer, El jardín de Ana, 320 páginas.</p>"""
    assert book_of("Ana y el último tren: por qué releer a Ferrer", body, lang="es") == ("El jardín de Ana", "Lucía Ferrer")



@pytest.mark.parametrize("labels, lang", [
    (("Kitabu", "Mwandishi"), "sw"),  # Swahili
    (("Pealkiri", "Kirjanik"), "et"),  # Estonian
])
def test_info_lines_labelled_in_swahili_and_estonian(labels, lang):
    body = f"<p>{labels[0]}: Mto wa Jioni</p><p>{labels[1]}: Halima Mosha</p>" + PROSE + "<p>Rating: 4/5</p>"
    assert book_of("Weekend reading", body, lang=lang) == ("Mto wa Jioni", "Halima Mosha")


def test_a_shops_product_name_that_its_url_spells_gives_title_and_author():
    from scraper.extract.bookclues import slugged_product
    url = "https://shop.example.id/tokobuku/hujan-di-lembah-sari-wulandari-edisi-baru/review"
    assert slugged_product("Hujan di Lembah - Sari Wulandari (Edisi Baru)", url) == ("Hujan di Lembah", "Sari Wulandari")
    # near misses: a label before the title ("Resenha – T"), a URL that does not spell the name, no name after the dash
    assert slugged_product("Resenha – Hujan di Lembah", "https://blog.example/resenha-hujan-di-lembah/") is None
    assert slugged_product("Hujan di Lembah - Sari Wulandari", "https://shop.example.id/p/88123") is None
    assert slugged_product("Hujan di Lembah - edisi baru", url) is None


def test_the_title_quoted_beside_the_authors_name_when_the_headline_is_the_posts_own():
    from scraper.extract.bookclues import quoted_by
    lines = ["Gleich am Anfang gesteht der Erzähler alles.",
             "Genau dieses Warum macht Hanna Lindqvists kurzen Roman „Der Steg“ (im Original „Bryggan“, 1961) so unheimlich."]
    assert quoted_by("Hanna Lindqvist", lines) == "Der Steg"  # the first quoted, not the original's title after it
    # near misses: no quote in the sentences naming her; two different titles quoted beside her name
    assert quoted_by("Hanna Lindqvist", ["Lindqvist schreibt knapp.", "Ein „Meisterwerk“ sagen andere."]) is None
    two = lines + ["Lindqvists Erzählung „Das Boot“ ist kürzer."]
    assert quoted_by("Hanna Lindqvist", two) is None
    page = f"""<html lang="de"><head><title>Ein Mord am Steg | Seitenweise</title></head><body><article>
<h1>Ein Mord am Steg</h1><div class="entry-content">{''.join(f'<p>{l}</p>' for l in lines)}
<p>Castel-artige Erzähler gibt es viele, aber Lindqvist macht daraus etwas Eigenes. Am Ende bleibt ein Bild, ein
Fenster, ein Steg. Ich habe den Roman an einem Nachmittag gelesen und den ganzen Abend an ihn gedacht.</p>
<p>Lindqvist erzählt knapp, ohne Erklärungen, und gerade das macht die Lektüre so beklemmend. Wer kurze, dunkle
Romane mag, sollte hier zugreifen; wer Auflösungen braucht, wird unzufrieden bleiben.</p></div></article></body></html>"""
    from scraper.extract import extract_page
    record = extract_page(page, "https://seitenweise.example/ein-mord-am-steg/")
    assert record.book_title in ("Der Steg", None)  # never the post's own headline


def test_a_sentence_opening_with_a_full_name_that_goes_on_to_publish_the_title():
    from scraper.extract.bookclues import writer
    pt = "Marta de Albuquerque tinha vinte anos quando publicou A Seca Longa, e dá para sentir a pressa.\nO livro é curto."
    assert writer(Context(pt), "A Seca Longa") == "Marta de Albuquerque"
    en = "Ada Berg was nineteen when she published The Salt Ledger. The book still reads fresh."
    assert writer(Context(en), "The Salt Ledger") == "Ada Berg"
    ru = "Анна Вереск написала «Тихий берег» за одну зиму. Книга короткая."
    assert writer(Context(ru), "Тихий берег") == "Анна Вереск"
    # near misses: no verb of writing between the name and the title; a name after the title; a title character
    assert writer(Context("Marta de Albuquerque leu A Seca Longa duas vezes."), "A Seca Longa") is None
    assert writer(Context("In A Seca Longa, published in 1930, Marta de Albuquerque appears."), "A Seca Longa") is None
    assert writer(Context("Maria Seca wrote letters all through A Seca Longa."), "A Seca Longa") is None
