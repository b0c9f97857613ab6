"""A post that names its book in two squashed hashtags and spells each out in its text or its photo's alt text
(bookhashtags, holdout28 round): photo-sharing and microblog posts headed by their account. English, Dutch, German,
Polish and Czech text; near misses where the tags name no run of the text, where two pairs compete, where the only name is
not vouched for, and where a one-word tag is no title."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookhashtags import hashtag_book


def _ctx(text: str, not_authors: tuple[str, ...] = ()) -> Context:
    return Context(text, not_authors)


def test_english_tags_spelled_by_an_alt_text_with_by():
    texts = ["A copy of The Salt Ledger by Ada Berg on a windowsill", "Slow, salty and sad. Berg never hurries."]
    tags = ["bookstagram", "thesaltledger", "adaberg", "currentlyreading"]
    assert hashtag_book(tags, texts, _ctx(texts[1])) == ("The Salt Ledger", "Ada Berg")


def test_dutch_tags_with_van():
    texts = ["Een foto van De stille haven van Pieter Baas naast een kop koffie", "Baas schrijft kort en droog."]
    assert hashtag_book(["leesvoer", "destillehaven", "pieterbaas"], texts, _ctx(texts[1])) == ("De stille haven", "Pieter Baas")


def test_german_camel_case_tags_and_accents_dropped():
    texts = ["Gerade ausgelesen: Der gläserne Hof. Jörg Weiß erzählt von einem Dorf am See.", "Weiß kann das."]
    tags = ["#DerglaeserneHof", "#DerGläserneHof", "#JörgWeiß"]
    assert hashtag_book(tags, texts, _ctx(" ".join(texts))) == ("Der gläserne Hof", "Jörg Weiß")


def test_polish_tags_without_diacritics_and_no_by():
    # no "by" between them: one title run, one name run, and the text names the surname again
    texts = ["Skończyłam Ciche jezioro w jeden wieczór.", "Zofia Łęcka pisze oszczędnie, a Łęcka nigdy nie przesadza."]
    assert hashtag_book(["cichejezioro", "zofialecka"], texts, _ctx(" ".join(texts))) == ("Ciche jezioro", "Zofia Łęcka")


def test_near_miss_tags_that_no_run_of_words_spells():
    texts = ["Reading by the sea again, with tea.", "A good week."]
    assert hashtag_book(["bookstagram", "readingchallenge", "adaberg"], texts, _ctx(texts[0])) is None


def test_near_miss_two_pairs_compete():
    texts = ["The Salt Ledger by Ada Berg and Quiet Rooms by Lena Holt, side by side on my shelf"]
    tags = ["thesaltledger", "adaberg", "quietrooms", "lenaholt"]
    assert hashtag_book(tags, texts, _ctx(texts[0])) is None


def test_near_miss_the_name_is_the_bloggers_own():
    texts = ["The Salt Ledger by Ada Berg", "Photo: Mira Stone"]
    tags = ["thesaltledger", "mirastone"]
    assert hashtag_book(tags, texts, _ctx(texts[0], ("Mira Stone",))) is None


def test_near_miss_a_name_and_a_title_never_set_together_nor_vouched():
    # the name's surname is named nowhere else in the text: no telling a place from the author
    texts = ["The Salt Ledger is my book of the month.", "Weekend in New York."]
    assert hashtag_book(["thesaltledger", "newyork"], texts, _ctx(" ".join(texts))) is None


def test_near_miss_a_one_word_tag_is_no_run():
    texts = ["Kamouraska by Anne Hébert, at last."]
    assert hashtag_book(["kamouraska", "annehebert"], texts, _ctx(texts[0])) is None


_POST = """<html lang="cs"><head><title>Příspěvek od ctenarka_eva • Foto Knihy</title>
<link rel="canonical" href="https://foto.example.cz/p/ctenarka_eva/5512"></head><body>
<main><div class="status"><img src="/m/5512.jpg" alt="Kniha Tichý přístav od Jany Malé na stole">
<div class="caption"><a href="/ctenarka_eva">ctenarka_eva</a> <span class="text">Malá kniha, velký smutek.<br>
Tichý přístav jsem četla celý víkend a nemohla jsem ho odložit. Jana Malá píše o rodině u moře, krátké kapitoly, žádná velká
slova, jen drobné věci, které bolí. Konec mě dostal a ještě dlouho jsem na něj myslela. Malá to umí, i když střed je pomalý.<br>
Nejvíc se mi líbila babička, která celý život čeká na loď, a sestry, které se hádají o starý dům. Četla jsem to ve vlaku
cestou do Brna a málem jsem přejela stanici. Doporučuji všem, kdo mají rádi tiché knihy o rodině a o moři.
Překladu nemám co vytknout, obálka je krásná a papír příjemný, jen písmo by mohlo být o kousek větší pro starší čtenáře.<br>
⭐⭐⭐⭐<br>
<a href="/discover/tags/recenze">#recenze</a> <a href="/discover/tags/ctenarskydenik">#ctenarskydenik</a> <a href="/discover/tags/tichypristav">#tichypristav</a>
<a href="/discover/tags/janamala">#janamala</a></span></div></div></main></body></html>"""


def test_a_photo_post_headed_by_its_account():
    record = extract_page(_POST, "https://foto.example.cz/p/ctenarka_eva/5512")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Tichý přístav", "Jana Malá")


def test_russian_tags_with_underscores_and_a_dash_between():
    texts = ["На фото: Тихая гавань — Анна Лебедева, второе издание", "Лебедева пишет сухо и точно."]
    tags = ["#книги", "#Тихая_гавань", "#Анна_Лебедева"]
    assert hashtag_book(tags, texts, _ctx(texts[1])) == ("Тихая гавань", "Анна Лебедева")


def test_near_miss_lower_case_run_is_no_title():
    # the tag spells only a lower-case run of the text ("a salt ledger"): a phrase, not a title
    texts = ["I keep a salt ledger by Ada Berg's method", "Berg again."]
    assert hashtag_book(["saltledger", "adaberg"], texts, _ctx(texts[1])) is None
