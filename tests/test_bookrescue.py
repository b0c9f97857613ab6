"""The book rescue: title and author named in forms the other book rules do not read.

Every headline, line and page here is invented for these tests (invented books and people, in our own words), and
differs from the corpus pages the rules were first seen on; single rules run through ``rescue``, the hook through
``extract_page``.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Book, Context
from scraper.extract.booktags import tag_links
from scraper.extract.bookrescue import Page, rescue, title_candidates
from tests.test_bookclues import page


def found(book: Book | None) -> tuple[str, str | None] | None:
    return (book.title, book.author) if book else None


def test_schema_org_about_book_of_a_blog_posting():
    items = [{"@type": "BlogPosting", "headline": "Rain on the terrace",
              "about": {"@type": "Book", "name": "The Lantern Keepers", "author": {"@type": "Person", "name": "Odile Marchetti"}}}]
    assert found(rescue(None, Page("Rain on the terrace", ["Some prose."], jsonld=items))) == ("The Lantern Keepers", "Odile Marchetti")
    # an "about" that is no book says nothing
    items[0]["about"]["@type"] = "Place"
    assert rescue(None, Page("Rain on the terrace", ["Some prose."], jsonld=items)) is None


def test_possessive_before_a_quoted_title():
    page = Page("Lena Vogts »Das stille Haus«: ein Sommerbuch", ["Ein Buch, das man im Garten liest."])
    assert found(rescue(None, page)) == ("Das stille Haus", "Lena Vogt")


def test_title_after_a_colon_whose_other_part_is_a_remark_and_a_writer_at_work():
    lines = ["I gave up on this one, and here is why.",
             "Mira Castellan writes about a harbour town in winter, and the first hundred pages are gorgeous.",
             "Then Castellan loses interest in her own people."]
    page = Page("Abandoned at chapter 9: The Salt Harbour", lines)
    assert found(rescue(None, page)) == ("The Salt Harbour", "Mira Castellan")


def test_writer_named_in_the_opening_paragraph_of_a_language_with_lower_case_nouns():
    lines = ["Lo leí en un tren nocturno hacia el sur, pensando todo el tiempo en la ciudad que Teodoro Almada describe sin nombrarla nunca.",
             "La historia sigue a una relojera que hereda un taller en ruinas y una deuda que nadie le explica."]
    page = Page("El jardín de los relojes: nadie se salva", lines)
    assert found(rescue(None, page)) == ("El jardín de los relojes", "Teodoro Almada")


def test_no_opening_writer_where_the_language_capitalises_its_nouns():
    lines = ["Am Bahnhof Altona beginnt die Reise, und die Heldin nimmt den Zug Richtung Norden, weil ihre Tante im Sterben liegt und niemand sonst fahren will.",
             "Das Buch erzählt von Schuld, von Nebel und von einem Hof, der langsam verfällt."]
    assert rescue(None, Page("Der Nebelhof: langsam und dunkel", lines)) is None


def test_a_character_called_by_first_name_is_no_author():
    lines = ["Ella Brandt moves to the coast after her divorce, and the whole novel follows Ella through one wet year.",
             "Ella is hard to like, and I think that is the point."]
    assert rescue(None, Page("DNF: The Tide Tables", lines)) is None


def test_remark_after_a_comma_is_dropped_and_a_surname_completed_from_the_cover():
    page = Page("Le Brun's The Glass Orchard, ten years later", ["Le Brun was thirty when she wrote The Glass Orchard."],
                pictures=["Cover of The Glass Orchard by Amélie Le Brun, paperback"])
    book = Book("The Glass Orchard, ten years later", "Le Brun", source="title")
    assert found(rescue(book, page)) == ("The Glass Orchard", "Amélie Le Brun")
    # a subtitle keeps its capitals and stays
    subtitled = Book("Orchard, or the Long Winter", "Amélie Le Brun", source="title")
    assert found(rescue(subtitled, Page("Orchard, or the Long Winter", ["Orchard is a long book."]))) == ("Orchard, or the Long Winter", "Amélie Le Brun")


def test_japanese_name_with_an_honorific_and_her_novel():
    lines = ["雨の日に読みました。", "佐伯美和さんの新作は、古い図書館を舞台にした静かな物語です。"]
    assert found(rescue(None, Page("『月の図書室』を読んで", lines))) == ("月の図書室", "佐伯美和")
    # "日本の小説" (a country's novels) has no honorific: no author
    assert rescue(None, Page("『月の図書室』を読んで", ["日本の小説が好きです。"])) is None


def test_chinese_title_quoted_in_the_body_and_tagged_with_the_author_in_a_labelled_box():
    tree = lxml_html.fromstring("<html><body><div class='box'><h3>山河旧梦</h3><p>作者：林秋白</p></div><article>x</article></body></html>")
    lines = ["第二次读《山河旧梦》，这次读得很慢。", "《山河旧梦》写的是一个小镇的三代人。"]
    page = Page("雨季里读完的一本书，很安静", lines, labels=["山河旧梦", "书评"], tree=tree)
    assert found(rescue(None, page)) == ("山河旧梦", "林秋白")
    # a comma-split headline part that the page never names is no title
    assert rescue(None, Page("在雨季之前，先读一本书", ["读完了。"], tree=tree)) is None


def test_korean_name_from_a_tag_link_the_post_names():
    tree = lxml_html.fromstring("<html><body><div><a href='#'>#윤서진</a><a href='#'>#책리뷰</a></div></body></html>")
    lines = ["읽는 내내 마음이 무거웠다.", "마지막 장에서 윤서진에게 이 이야기가 왜 필요했는지 알 것 같았다."]
    page = Page("[서평] 바다의 시간", lines, tag_links=tag_links(tree))
    assert found(rescue(None, page)) == ("바다의 시간", "윤서진")


def test_a_cyrillic_or_greek_tag_under_its_transliterated_slug_is_a_tag():
    tree = lxml_html.fromstring(
        "<html><body><div class='tagList'><a href='/tags/lev-gromov/'>Лев Громов</a>"
        "<a href='/tags/anna-petridou/'>Άννα Πετρίδου</a><a href='/tags/roman/'>Зимний сад</a>"
        "<a href='/tags/istoriya/'>Лев Громов</a><a href='/forums/knigi/'>Книги</a></div></body></html>")
    # the slug spells the name (consonants compared across schemes); another word's slug and a forum link are not tags
    assert tag_links(tree) == ["Лев Громов", "Άννα Πετρίδου"]


def test_korean_name_and_title_split_by_a_comma_in_the_headline():
    page = Page("박하늘, 푸른 정원", ["주말에 다 읽었다."], labels=["박하늘", "푸른 정원", "국내소설"])
    assert found(rescue(None, page)) == ("푸른 정원", "박하늘")


def test_korean_common_word_before_writer_is_no_name():
    assert rescue(None, Page("[리뷰] 작은 등불", ["같은 작가의 다른 책도 읽고 싶다."])) is None


def test_hebrew_writer_verb_and_by():
    lines = ["קראתי את זה בחופשה.", "נועה ברק כותבת על קיץ אחד בעיירה קטנה ליד הים."]
    assert found(rescue(None, Page("הבית ברחוב הזיתים", lines))) == ("הבית ברחוב הזיתים", "נועה ברק")
    assert found(rescue(None, Page("הבית ברחוב הזיתים", ["ספר קצר מאת דנה לוי, שקראתי בלילה אחד."]))) == ("הבית ברחוב הזיתים", "דנה לוי")


def test_arabic_by_the_writer():
    lines = ["قرأت هذه الرواية في أسبوع واحد.", "رواية جميلة بقلم سامي حداد عن مدينة على حافة الصحراء."]
    assert found(rescue(None, Page("مدينة الرمال", lines))) == ("مدينة الرمال", "سامي حداد")


def test_the_blogger_is_no_author():
    lines = ["Nora Hale writes this blog from a very small flat, and this week she read a very long book."]
    page = Page("Finished at last: The Long Valley", lines, context=Context(" ".join(lines), not_authors=("Nora Hale",)))
    assert rescue(None, page) is None


def test_headline_candidates():
    assert title_candidates("«Тихий берег»: роман о долгой зиме")[0] == ("Тихий берег", True)
    assert title_candidates("[책리뷰] 바다의 시간")[0] == ("바다의 시간", True)
    assert ("The Salt Harbour", True) in title_candidates("DNF at page 90: The Salt Harbour")
    # a long sentence is no title
    assert title_candidates("I finally finished the book everyone told me to read last summer") == []


REVIEW = """<html lang="ru"><head><title>«Тихий берег»: роман о долгой зиме</title></head><body>
<article><h1>«Тихий берег»: роман о долгой зиме</h1>
<p>Мне давно обещали, что эта книга меня удивит, и я долго не верила. Зря: я прочитала её за два вечера и ещё долго о ней думала.</p>
<p>Анна Лебедева пишет о маленьком посёлке на севере, где зима длится восемь месяцев, а люди привыкли говорить мало и по делу.
Героиня возвращается туда после смерти отца и находит его дневники, в которых он спорит сам с собой.</p>
<p>Сильнее всего у Лебедевой получается тишина: между репликами, между главами, между людьми. Язык простой, но точный.</p>
<p>Что не понравилось: середина провисает, а одна линия про соседа обрывается без объяснений.</p>
<p>Моя оценка — 8 из 10. Советую тем, кто любит медленные книги о семье и памяти.</p>
</article></body></html>"""


def test_extract_page_rescues_the_book_of_a_review():
    record = extract_page(REVIEW, "https://tihaya-polka.example/2024/01/tihiy-bereg/")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Тихий берег", "Анна Лебедева")


def test_bare_headline_title_needs_a_writer_named_twice():
    lines = ["Ogni estate torno a questo libro, ed è qui che Marta Ferrante ha capito una cosa che io ancora imparo: il silenzio di casa è una lingua.",
             "Ferrante non spiega mai niente, e ha ragione."]
    assert found(rescue(None, Page("Il giardino di pietra", lines))) == ("Il giardino di pietra", "Marta Ferrante")
    # named once, in the opening only: the short headline may be a remark, so no book
    assert rescue(None, Page("Il giardino di pietra", lines[:1])) is None


def test_cover_alt_text_names_the_author():
    page = Page("Snowed in: The Ferryman's Ledger", ["A long winter book."], pictures=["Cover of The Ferryman's Ledger by Jonas Ekwall"])
    assert found(rescue(None, page)) == ("The Ferryman's Ledger", "Jonas Ekwall")


def test_full_name_tag_whom_the_post_calls_by_surname():
    page = Page("Reread: The Quiet Mill", ["On a second reading Okonkwo-Baird's patience shows everywhere."], labels=["Adaeze Okonkwo-Baird", "reread"])
    assert found(rescue(None, page)) == ("The Quiet Mill", "Adaeze Okonkwo-Baird")


def test_quoted_speech_in_a_headline_is_no_title():
    assert title_candidates("“I could not put it down”: a night with a thriller") == []


def test_function_words_before_writes_are_no_name():
    assert rescue(None, Page("הגשר הישן", ["קראתי את הספר בשבוע אחד.", "הוא גם כותב על הנהר, אבל בקצרה."])) is None
    assert rescue(None, Page("البحر البعيد", ["أعجبني أسلوب الكاتب في هذه الرواية كثيرا."])) is None


def test_korean_noun_opening_with_a_surname_syllable_is_no_name():
    # "한국 작가" (a Korean writer): 한 is a surname's syllable, 한국 is no person
    assert rescue(None, Page("[서평] 겨울 항구", ["한국 작가의 책을 오랜만에 읽었다."])) is None
    # a tag that is a noun the post uses ("이야기", story) is no author either
    assert rescue(None, Page("[서평] 겨울 항구", ["이야기가 조용히 흘러간다."], labels=["이야기"])) is None


def test_labelled_author_box_must_name_the_title():
    tree = lxml_html.fromstring("<html><body><aside><div><h4>别的书</h4><p>作者：周远山</p></div></aside></body></html>")
    page = Page("《灯塔》", ["读《灯塔》的一个晚上。"], tree=tree)
    assert rescue(None, page) is None


def test_a_word_before_a_surname_at_a_sentence_start_is_no_first_name():
    # "Reading Le Brun" once in the prose is no full name; the surname stays as it was
    page = Page("Le Brun's The Glass Orchard", ["Reading Le Brun again was a pleasure."])
    assert found(rescue(Book("The Glass Orchard", "Le Brun"), page)) == ("The Glass Orchard", "Le Brun")


def test_a_comma_in_a_title_that_the_page_names_once_stays():
    page = Page("Love, in theory", ["Love is the word the narrator avoids."])
    assert found(rescue(Book("Love, in theory", "Ada Brennan"), page)) == ("Love, in theory", "Ada Brennan")


def test_a_noun_and_its_genitive_opening_a_sentence_is_no_writer():
    # Polish writes nouns in lower case; "Łódź Albatrosa" (the boat of the Albatros) opens a sentence, and the
    # ship's name stands alone once more: that is a ship, not the book's author
    lines = ["Statek ląduje na pustej planecie, żeby odnaleźć zaginiony bliźniaczy okręt, Albatrosa, i jego ludzi po długiej ciszy.",
             "Łódź Albatrosa leży w piasku, a nad wydmami przesuwają się ciemne chmury, których nikt nie rozumie."]
    assert rescue(Book("Cisza nad wydmami", None), Page("Cisza nad wydmami po raz drugi", lines)) == Book("Cisza nad wydmami", None)
    # inside a sentence, the same shape is a name
    inside = ["Czytałam tę powieść, którą Marta Albatrosa wydała po latach milczenia, i długo o niej myślałam potem.", lines[1]]
    assert found(rescue(Book("Cisza nad wydmami", None), Page("Cisza nad wydmami po raz drugi", inside))) == ("Cisza nad wydmami", "Marta Albatrosa")


def test_a_review_label_before_a_lower_case_remark_names_no_title():
    from scraper.extract.bookheadline import from_title
    context = Context("A man drives back to the lane where he grew up. Okafor writes a child's terror well.")
    assert from_title("Staff review: the pond that was an ocean", context) is None
    assert from_title("Guest review: The Salt Ledger by Chidi Okafor", context).author == "Chidi Okafor"
    assert title_candidates("Staff review: the pond that was an ocean") == []
    # the post's own lower-case words are no title the rescue would give an author to
    page = Page("Staff review: the pond that was an ocean", ["The girl who lived there, Lettie Marsh, said it was an ocean."] * 2)
    assert rescue(None, page) is None


def test_an_english_headline_in_sentence_case_is_a_label_not_a_title():
    lines = ["The Salt Ledger", "Chidi Okafor writes about a harbour town with a long memory, and writes it slowly."]
    context = Context("\n".join(lines), language="en")
    assert rescue(None, Page("Weekend notes", lines, context=context)) is None
    # title-cased, the same bare headline may be the book (the writer says so with a verb)
    assert found(rescue(None, Page("Harbour Weather", lines, context=context))) == ("Harbour Weather", "Chidi Okafor")


def test_a_writer_is_named_on_one_line():
    from scraper.extract.bookclues import writer
    text = "The Salt Ledger\nChidi Okafor writes about a harbour town."
    assert writer(Context(text), "Weekend notes") == "Chidi Okafor"  # not "Salt Ledger Chidi Okafor" across the heading


def test_two_word_english_titles_are_title_cased():
    from scraper.extract.bookbody import title_like
    assert title_like("Harbour Weather") and title_like("Stoner") and not title_like("Weekend notes")
    assert title_like("Bonjour tristesse", "fr")


def test_a_genitive_name_running_on_into_the_title_is_the_bare_name():
    body = """<p>Det regner i Bergen, og jeg har endelig lest Anna Lunds Vinterhavn i mars fra 1988. Forlaget sendte meg et
nytt opptrykk, så nå vet dere det.</p>
<p>Boken følger tre søsken som vender hjem til en fiskerlandsby etter farens død, og som hver for seg prøver å forstå hva
som egentlig skjedde den vinteren båten ble borte.</p>
<p>Det som holder meg fast er været. Lund skriver om tåke, is og tidevann som om de var personer med egne meninger, og
kanskje er de det. Noen avsnitt leste jeg to ganger bare for å høre hvordan de lød.</p>
<p>Slutten er litt for rask for min smak, men jeg anbefaler den til alle som liker lange kvelder.</p>
<p>Karakter: fire av fem</p>"""
    record = extract_page(*page("Vinterhavn i mars", body, lang="no"))
    title, author = record.book_title, record.book_author
    assert author != "Anna Lunds Vinterhavn"
    assert (title, author) == ("Vinterhavn i mars", "Anna Lund")


def test_a_chinese_posts_tags_name_the_bracketed_book_and_its_author():
    from scraper.extract.booktitles import tagged_han_author
    text = "寒假把一本舊書《港口的燈》讀完了。作者寫得很慢，很細，最後一章我讀了兩遍。"
    assert tagged_han_author(text, ["林曉雯", "港口的燈", "讀書心得", "台灣文學"]) == ("港口的燈", "林曉雯")
    # near misses: the name written in the text (its owner is cjk_owner's to read), two name-shaped tags, no tag for the title
    assert tagged_han_author(text + "林曉雯的書", ["林曉雯", "港口的燈"]) is None
    assert tagged_han_author(text, ["林曉雯", "王大同", "港口的燈"]) is None
    assert tagged_han_author(text, ["林曉雯", "讀書心得"]) is None
    # through the rescue, with the tags read from the page's links ("<span>#</span><a>…</a>")
    tree = lxml_html.fromstring("<html><body><div class='tags'><span>#</span><a href='#'>林曉雯</a> <span>#</span>"
                                "<a href='#'>港口的燈</a> <span>#</span><a href='#'>讀書心得</a></div></body></html>")
    page = Page("那個寒假", [text], tag_links=tag_links(tree))
    assert found(rescue(None, page)) == ("港口的燈", "林曉雯")


def test_a_korean_posts_tags_name_the_bracketed_book_and_its_author():
    lines = ["『바다의 시간』을 고등학교 때 처음 읽었어요.", "작가님 문장이 짧고 단단해서 다시 읽어도 좋았어요."]
    tree = lxml_html.fromstring("<html><body><p class='hash'><a href='#'>#바다의시간</a> <a href='#'>#바다의 시간</a> "
                                "<a href='#'>#윤하린</a> <a href='#'>#도서협찬</a> <a href='#'>#책스타그램</a></p></body></html>")
    page = Page("책모아 현", lines, tag_links=tag_links(tree))
    assert found(rescue(None, page)) == ("바다의 시간", "윤하린")
    # near miss: a four-syllable word shaped like a name ("도서협찬", a sponsored copy) is no second author; with two
    # three-syllable names there is no telling
    two = lxml_html.fromstring("<html><body><p><a href='#'>#바다의 시간</a> <a href='#'>#윤하린</a> <a href='#'>#김도윤</a></p></body></html>")
    assert rescue(None, Page("책모아 현", lines, tag_links=tag_links(two))) is None



def test_a_bracket_after_the_title_naming_its_author_is_a_remark():
    page = Page("港口的燈（林曉雯作品，新版）", ["重讀了一遍，還是很喜歡。"])
    assert found(rescue(Book("港口的燈（林曉雯作品，新版）", "林曉雯"), page)) == ("港口的燈", "林曉雯")
    # near miss: a bracket that does not name the author stays (a subtitle, the original title)
    assert found(rescue(Book("港口的燈（上）", "林曉雯"), page)) == ("港口的燈（上）", "林曉雯")
