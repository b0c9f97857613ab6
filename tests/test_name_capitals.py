"""A name is capitalised words in any cased script, not only in the scripts someone listed.

The name readers used hand-written capital classes ("A-ZÀ-ŽА-ЯЁІЇЄҐΑ-Ω…") that left out Romanian "Ș"/"Ț" (Latin
Extended-B), the Serbian and Macedonian Cyrillic capitals "Ђ Ј Љ Њ Ћ Џ Ѓ Ќ Ѕ" and every Armenian capital, while
"À-Ž" let lower-case "č", "ș" or "à" pass for capitals. ``casefold.CAPITALS`` is every Lu/Lt letter instead.
"""

from __future__ import annotations

import re

import pytest

from scraper.extract import extract_page
from scraper.extract.book import is_name
from scraper.extract.booklonewriter import context_words
from scraper.extract.casefold import CAPITALS


@pytest.mark.parametrize("name", [
    "Љубица Арсић",  # sr: Љ
    "Јелена Đurić",  # sr: Ј, then Latin
    "Ђорђе Марковић",  # sr: Ђ
    "Ѓорѓи Николовски",  # mk: Ѓ
    "Ќирил Стојановски",  # mk: Ќ
    "Ștefan Moraru",  # ro: Ș
    "Țicu Popescu",  # ro: Ț
    "Անահիտ Սարգսյան",  # hy
    "Ηλίας Παππάς",  # el (already read)
    "Zoë Whitfield",  # en (already read)
])
def test_names_in_every_cased_script(name):
    assert is_name(name)


@pytest.mark.parametrize("text", [
    "čitao Marko",  # a lower-case Latin Extended-A letter is no capital
    "ștefan moraru",
    "ђак Петровић",
    "àpres Dupont",
])
def test_a_word_opening_in_lower_case_is_no_name(text):
    assert not is_name(text)


def test_capitals_hold_upper_and_title_case_only():
    cap = re.compile(f"[{CAPITALS}]")
    assert all(cap.match(c) for c in "AZÀÞĀŽȘȚЀЏАЯԱՖΑΩǅ")
    assert not any(cap.match(c) for c in "azàþāžșțѐџаяաֆαωß1 文")


def test_context_words_count_lower_case_extended_letters():
    words = context_words("Čapek piše: čitanje je ţel, și Ђорђе зна да ђак учи.")
    assert {"čitanje", "și", "ђак"} <= words
    assert not {"Čapek", "Ђорђе"} & words


_PAGE = """<html lang="{lang}"><head><title>{head}</title></head><body><article><h1>{head}</h1>
<p>{one}</p><p>{two}</p><p>{three}</p></article></body></html>"""


@pytest.mark.parametrize("lang,head,one,two,three,title,author", [
    ("sr", "„Кућа на обали“ — Љубица Арсић",
     "Роман Љубице Арсић прочитала сам за један кишни викенд у Новом Саду. Две сестре се после двадесет година враћају "
     "у породичну кућу на обали реке и тамо затичу писма која нико није отворио.",
     "Реченице су кратке и прецизне, а дијалози звуче као да су записани за кухињским столом. Понегде ми је "
     "недостајало више сцена из детињства, али последње поглавље је снажно.",
     "Оцена: 4/5. Препоручујем свима који воле тихе породичне приче.",
     "Кућа на обали", "Љубица Арсић"),
    ("ro", "„Iarna din satul de sus” de Ștefan Moraru",
     "Am citit romanul lui Ștefan Moraru într-o singură seară de noiembrie, cu o cană de ceai alături. Cartea urmărește "
     "o familie de ciobani din munții Apuseni de-a lungul a trei ierni grele.",
     "Stilul este bogat, uneori aproape baroc, iar personajele secundare rămân cu tine mult după ultima pagină. "
     "Finalul mi s-a părut grăbit, dar drumul până acolo merită.",
     "Nota mea: 8/10. O recomand celor care iubesc proza lentă.",
     "Iarna din satul de sus", "Ștefan Moraru"),
], ids=["sr", "ro"])
def test_headline_author_in_newly_read_capitals(lang, head, one, two, three, title, author):
    record = extract_page(_PAGE.format(lang=lang, head=head, one=one, two=two, three=three),
                          url=f"http://127.0.0.1/{lang}/post")
    assert (record.book_title, record.book_author) == (title, author)
