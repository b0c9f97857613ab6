"""holdout55 (book55b): a post whose headline is its own phrase reads its book from the record the page sets apart
(a closing citation with its imprint in brackets, a kind-headed box of short lines, a cover's caption in a library's
dotted order), a labelled record run on one line with dashes between its fields, a Bengali genitive before a quoted
title, a name closed by a full stop before the publisher, and the free copy an Urdu note discloses. Our own wording
throughout."""

import re

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context, leading_author
from scraper.extract.bookbiblio import BIBLIO_TAIL, from_bibliography, from_citation
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.bookcaptioncite import cited_caption
from scraper.extract.bookcover import COVER_WORD
from scraper.extract.bookkindhead import kind_stacked


# a closing citation, its imprint in brackets (perhaps with the edition's word before the year)
@pytest.mark.parametrize("line, title, author", [
    ("Orchard of Lanterns by Meredith Vale (Harrow House, reissued 2025)", "Orchard of Lanterns", "Meredith Vale"),
    ("The Quiet Ferry by Tom Adeyemi (Lantern Press, 2019)", "The Quiet Ferry", "Tom Adeyemi"),
    ("Salt and Cinder by Ruth Okon (Greywater Books, first published 1987).", "Salt and Cinder", "Ruth Okon"),
])
def test_bracketed_imprint_citation(line, title, author):
    book = from_citation(["I liked it a lot.", line])
    assert book and (book.title, book.author) == (title, author)


@pytest.mark.parametrize("line", [
    "Orchard of Lanterns by Meredith Vale (Harrow House, 2025) is the best thing I read this winter",  # a sentence runs on
    "Orchard of Lanterns by Meredith Vale (a novel I loved)",  # no imprint, no year
    "A talk by Meredith Vale (at the library) was the start of it all, in 2025",
])
def test_bracketed_citation_near_misses(line):
    assert from_citation([line]) is None


def _context(text, language="nb"):
    return Context(text, [], language)


# a kind-headed record box set one part a line: the kind, the author, the title (its own commas kept), the imprint
@pytest.mark.parametrize("lines, title, author", [
    (["ROMAN", "Sigrid Hovland", "Hvem tente lyset, og hvorfor ble det slukket?", "Oktober, 2011"],
     "Hvem tente lyset, og hvorfor ble det slukket?", "Sigrid Hovland"),
    (["ROMAN", "Elsa Berglund", "Vinterns sista färja", "Norstedts, 2019", "Hovland", "Berglund skriver tätt."],
     "Vinterns sista färja", "Elsa Berglund"),
    (["ERZÄHLUNGEN", "Jonas Lehner", "Die Uhr am Bahnhof", "Hanser Verlag, 2021, 240 Seiten"], "Die Uhr am Bahnhof", "Jonas Lehner"),
])
def test_kind_stacked_record(lines, title, author):
    text = "\n".join(lines + [f"{author.split()[-1]} skriver godt, og {author.split()[-1]} vet det."])
    assert kind_stacked(lines, BIBLIO_TAIL, _context(text)) == (title, author)
    assert from_bibliography(lines, _context(text)) == (title, author)


@pytest.mark.parametrize("lines", [
    ["ROMAN", "Sigrid Hovland", "Hvem tente lyset?"],  # no imprint line: no record
    ["Roman", "Sigrid Hovland", "Hvem tente lyset?", "Oktober, 2011"],  # no kind in capitals
    ["ROMAN", "Boken kom ut i fjor og ble godt mottatt av mange lesere over hele landet.", "Hvem tente lyset?", "Oktober, 2011"],
])
def test_kind_stacked_near_misses(lines):
    text = "\n".join(lines + ["Hovland skriver godt, og Hovland vet det."])
    assert kind_stacked(lines, BIBLIO_TAIL, _context(text)) is None


# a cover's caption in a library's dotted order: the name, the title, the imprint with its year
@pytest.mark.parametrize("caption, alt, text, expected", [
    ("Anna Kalniņa. Rīta migla. Zvaigzne ABC, 2024 (otrais izdevums)", "Grāmatas vāks", "Kalniņas proza ir klusa. Kalniņa raksta lēni.",
     ("Rīta migla", "Anna Kalniņa")),
    ("Peter Lund. The Glass Meadow. Fieldfare Press, 2023", "Book cover", "Lund writes carefully. Lund never hurries.",
     ("The Glass Meadow", "Peter Lund")),
])
def test_dotted_cover_caption(caption, alt, text, expected):
    assert cited_caption([(caption, alt)], Context(text, [], None), COVER_WORD) == expected


@pytest.mark.parametrize("caption, alt, text", [
    ("Anna Kalniņa. Rīta migla. Zvaigzne ABC, 2024", "Autore savā dārzā", "Kalniņas proza ir klusa. Kalniņa raksta lēni."),  # a portrait
    ("Peter Lund. The Glass Meadow. Fieldfare Press, 2023", "Book cover", "The prose is careful and never hurries."),  # no one the text names
    ("Peter Lund at the festival. Photo by our desk. Leeds, 2023", "Book cover", "Lund writes carefully. Lund never hurries."),
])
def test_dotted_caption_near_misses(caption, alt, text):
    assert cited_caption([(caption, alt)], Context(text, [], None), COVER_WORD) is None


# a labelled record on one line, a spaced dash before each next label
@pytest.mark.parametrize("line, expected", [
    ("کتاب: دھوپ کا سفر — مصنف: نسیم اختر — ناشر: قلم پبلشرز، کراچی", ("دھوپ کا سفر", "نسیم اختر")),
    ("Title: The Lantern Keeper — Author: Ruth Okon — Publisher: Harrow House", ("The Lantern Keeper", "Ruth Okon")),
    ("Tytuł: Zimowy ogród – Autor: Anna Wrona – Wydawnictwo: Sosna", ("Zimowy ogród", "Anna Wrona")),
])
def test_dashed_labelled_record(line, expected):
    assert labelled_fields(field_pairs([line], None)) == expected


def test_dashed_title_without_next_label_stays_whole():
    title, _ = labelled_fields(field_pairs(["Title: The Lantern Keeper — a winter's tale: part two"], None))
    assert title == "The Lantern Keeper — a winter's tale: part two"


# a name closed by a full stop before what follows is the name without it; an initial keeps its own
@pytest.mark.parametrize("rest, expected", [
    ("Meredith Vale. Harrow House.", "Meredith Vale"),
    ("Walter M. Ashby", "Walter M. Ashby"),
])
def test_author_before_a_stop(rest, expected):
    assert leading_author(rest) == expected


_BN = """<html lang="bn"><head><meta charset="utf-8"><title>{title}</title></head><body><article><h1>{title}</h1>
<div class="entry-content"><p>অনেক দিন পরে বইটি আবার পড়লাম। প্রথমবার পড়ে ঠিক বুঝিনি, এবার ধীরে পড়লাম এবং অনেক কিছু নতুন করে চোখে পড়ল।</p>
<p>উপন্যাসে একটি পরিবারের তিন প্রজন্মের গল্প আছে। অরুণাভর লেখা সহজ, কিন্তু প্রতিটি অধ্যায়ে এমন কিছু থাকে যা মনে থেকে যায়।</p>
<p>মাঝখানে কিছুটা দীর্ঘ লেগেছে, তবে শেষটা খুব সুন্দর। গ্রামের বর্ণনা, নদীর ধারের সন্ধ্যা, সব মিলিয়ে একটা শান্ত অনুভূতি তৈরি হয়।</p>
<p>চরিত্রগুলো খুব জীবন্ত। বড় ভাইয়ের একগুঁয়েমি, মায়ের নীরব ধৈর্য, ছোট মেয়েটির কৌতূহল, সবই চেনা মানুষের মতো লাগে। সংলাপ কম, কিন্তু যা আছে তা মনে দাগ কাটে।</p>
<p>যাঁরা ধীরে পড়তে ভালোবাসেন, তাঁদের জন্য এই বই। তাড়াহুড়ো করলে এর সৌন্দর্য চোখ এড়িয়ে যাবে। আমি আবারও কোনো এক শীতে এটি পড়ব বলে ঠিক করেছি।</p>
<p><strong>আমার রেটিং:</strong> ৪/৫</p></div></article></body></html>"""


def test_bengali_genitive_before_quoted_title():
    record = extract_page(_BN.format(title="অরুণাভ সেনগুপ্তের ‘নদীর ঘাট’: তিন প্রজন্মের গল্প"), "https://blog.example.com/nodir-ghat")
    assert record.is_review and (record.book_title, record.book_author) == ("নদীর ঘাট", "অরুণাভ সেনগুপ্ত")


_UR = """<html lang="ur"><head><meta charset="utf-8"><title>ایک پرانا شہر</title></head><body><article><h1>ایک پرانا شہر</h1>
<div class="entry-content"><p>یہ ناول ایک پرانے شہر کی کہانی ہے جس میں کئی نسلیں ایک ہی گلی میں رہتی ہیں۔ مصنف نے ہر کردار کو محبت سے لکھا ہے اور کہانی آہستہ آہستہ کھلتی ہے۔</p>
<p>زبان سادہ ہے مگر اس میں گہرائی ہے۔ بعض ابواب طویل ہیں لیکن آخر تک پہنچ کر قاری مطمئن ہوتا ہے۔</p>
<p>کرداروں میں سب سے دلچسپ بوڑھا درزی ہے جو ہر شام اپنی دکان کے باہر بیٹھ کر گلی کے بچوں کو پرانے قصے سناتا ہے۔ اس کی باتوں میں شہر کی پوری تاریخ سمٹ آتی ہے، اور قاری کو محسوس ہوتا ہے کہ وہ بھی اسی گلی کا رہنے والا ہے۔</p>
<p>کمزوری یہ ہے کہ درمیانی حصے میں کہانی کچھ دیر کے لیے رک سی جاتی ہے اور چند واقعات دہرائے ہوئے لگتے ہیں۔ اس کے باوجود ہمارے خیال میں یہ ناول ان قارئین کے لیے ضروری ہے جو شہروں کی یادداشت میں دلچسپی رکھتے ہیں۔</p>
<p><i>{note}</i></p>
<p>کتاب: پرانا شہر — مصنف: نسیم اختر — ناشر: قلم پبلشرز، کراچی</p></div></article></body></html>"""


@pytest.mark.parametrize("note", [
    "یہ نسخہ ناشر کی جانب سے تبصرے کے لیے موصول ہوا۔",  # this copy was received from the publisher for review
    "ناشر نے یہ کتاب ہمیں تبصرے کے لیے بھیجی۔",  # the publisher sent us this book for review
])
def test_urdu_free_copy_and_labelled_record(note):
    record = extract_page(_UR.format(note=note), "https://adab.example.com.pk/purana-shehr")
    assert record.disclosure and (record.book_title, record.book_author) == ("پرانا شہر", "نسیم اختر")


def test_urdu_call_for_books_is_no_disclosure():
    note = "تبصرے کے لیے اپنی کتاب کی دو کاپیاں دفتر بھجوائیں۔"  # send two copies to the office for review: a call, no copy received
    assert extract_page(_UR.format(note=note), "https://adab.example.com.pk/purana-shehr").disclosure is None
