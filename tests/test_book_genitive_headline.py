"""A headline that names the book's author in the genitive after the quoted title ("Перачытанне: «T» Name-gen
Surname-gen праз гады"), read as the prose's genitives are; Belarusian men's surnames in -аў/-оў decline to -ава/-ова
(bookgenitive, bookB13); near misses: a surname the page never gives in the nominative, a Russian -ов surname."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author, nominatives


def test_belarusian_surnames_in_ў():
    assert "Лабадоў" in nominatives("Лабадова") and "Лабадов" in nominatives("Лабадова")
    text = "Лабадоў піша проста. Мне спадабалася кніга."
    found = genitive_author(["Перачытанне: «Цёплы снег» Міхася Лабадова праз гады"], Context(text, language="be"), [], "be")
    assert found == ("Цёплы снег", "Міхась Лабадоў")


def test_russian_unchanged():
    text = "Громов пишет сухо, но точно."
    found = genitive_author(["«Северный ветер» Николая Громова — перечитывая"], Context(text, language="ru"), [], "ru")
    assert found == ("Северный ветер", "Николай Громов")


def test_near_misses():
    # the page never says the surname in the nominative: no telling its form
    assert genitive_author(["«Цёплы снег» Міхася Лабадова праз гады"], Context("Кніга пра вёску.", language="be"), [], "be") is None
    # a quoted title followed by lower-case words: no name
    assert genitive_author(["«Цёплы снег» праз пяцьдзясят гадоў"], Context("Лабадоў", language="be"), [], "be") is None


_POST = """<html lang="be"><head><title>Перачытанне: «Цёплы снег» Міхася Лабадова праз гады</title></head><body>
<main><article><h1>Перачытанне: «Цёплы снег» Міхася Лабадова праз гады</h1><time datetime="2026-03-02">02.03.2026</time>
<div class="entry-content">
<p>Упершыню я чытаў гэтую кнігу ў школе, і тады мне здавалася, што гэта проста аповесць пра вёску зімой. Цяпер я бачу больш.</p>
<p>Лабадоў піша коратка і сувора: хата, лес, дарога, і ўсё гэта некалькімі сказамі. Героі не гавораць лішняга, і ад гэтага кожнае
слова важыць больш. Лабадоў нікога не судзіць, і чытач сам павінен вырашыць, хто тут мае рацыю.</p>
<p>Адзінае, што мне здалося лішнім, — доўгія ўспаміны ў другой палове, якія паўтараюць ужо сказанае. Але канец моцны.</p>
<p>Мая адзнака — восем балаў з дзесяці.</p>
</div></article></main></body></html>"""


def test_whole_post():
    record = extract_page(_POST, "https://budz.example/peracytanne-cyoply-sneh")
    assert record.is_review and (record.book_title, record.book_author) == ("Цёплы снег", "Міхась Лабадоў")
