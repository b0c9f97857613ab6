"""A record set on three short lines at the end of a review (title, author, details, with <br>s between them), as
newspapers print a reviewed book's card: the details line gives pages and a price in words of any language (two parts
or more each with a count), the author is a name the text calls by surname again.

Near misses: a related post's card (the name never named in the text), the blogger's own sign-off, a date alone.
Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


def test_a_bengali_card_under_the_review():
    lines = _lines("""
        এই উপন্যাসে একটা পাহাড়ি গ্রাম নিজেই চরিত্র হয়ে ওঠে। চৌধুরী খুব ধীরে গল্প বলেন।
        শেষ অধ্যায়ে চৌধুরী কোনও উত্তর দেন না, পাঠককেই ভাবতে দেন।
        মেঘের ওপারে গ্রাম
        সুমনা চৌধুরী
        প্রথম সংস্করণ, ১৯২ পৃষ্ঠা, ২৮০ টাকা
    """)
    assert from_bibliography(lines, Context("\n".join(lines))) == ("মেঘের ওপারে গ্রাম", "সুমনা চৌধুরী")


def test_a_latin_card_with_counts_in_a_language_without_a_pages_word_we_know():
    lines = _lines("""
        The village is the real hero here, and Varga never hurries it.
        By the last chapter Varga has said everything without a speech.
        The Clockmaker's Orchard
        Ilona Varga
        second edition, 192 oldalszam, 3490 forint
    """)
    assert from_bibliography(lines, Context("\n".join(lines))) == ("The Clockmaker's Orchard", "Ilona Varga")


def test_a_related_posts_card_is_no_book():
    # near miss: a card of another post at the end, its name never said in the text
    lines = _lines("""
        The village is the real hero here, and the writer never hurries it.
        I finished it on a wet Sunday.
        Winter reading list
        Paul Ostrander
        12 comments, 3 likes
    """)
    assert from_bibliography(lines, Context("\n".join(lines))) is None


def test_the_bloggers_sign_off_is_no_book():
    lines = _lines("""
        Reading Ostrander again was a pleasure; Ostrander still writes the best winters.
        Thanks for reading
        Paul Ostrander
        12 comments, 3 likes
    """)
    assert from_bibliography(lines, Context("\n".join(lines), not_authors=("Paul Ostrander",))) is None


def test_a_date_alone_is_no_details_line():
    lines = _lines("""
        এই উপন্যাসে একটা পাহাড়ি গ্রাম নিজেই চরিত্র হয়ে ওঠে। চৌধুরী খুব ধীরে গল্প বলেন।
        মেঘের ওপারে গ্রাম
        সুমনা চৌধুরী
        ২৯ নভেম্বর ২০২৬
    """)
    assert from_bibliography(lines, Context("\n".join(lines))) is None


PAGE = """<html lang="bn"><head><title>পাহাড় যখন গল্প বলে - Notun Khabor</title></head><body>
<article><h1>পাহাড় যখন গল্প বলে</h1><div class="byline"><span class="author">অনিন্দিতা সেন</span></div>
<div class="story">
<p>কিছু উপন্যাসে একটা জায়গাই মানুষের চেয়ে বড় হয়ে ওঠে। এই বইয়ে সেই জায়গা একটা পাহাড়ি গ্রাম, যেখানে শীতের আগে সবাই কাঠ জমায়,
মেলা বসে, আর বৃষ্টি এলে রাস্তা বন্ধ হয়ে যায়। লেখক নিজে ওই অঞ্চলেরই মানুষ, আর প্রতিটি পাতায় সেটা বোঝা যায়।</p>
<p>কাহিনির কেন্দ্রে এক স্কুলশিক্ষিকা, কিন্তু চৌধুরী কাউকে নায়ক বানাননি। হাটের দোকানি, বাসের চালক, বুড়ো পুরোহিত, সবাই সমান জায়গা পায়।
মেলার দিনের বর্ণনা পড়তে পড়তে মনে হয় ভিড়ের মধ্যে দাঁড়িয়ে আছি।</p>
<p>খামতি একটাই: মাঝের অংশে কয়েকটি অধ্যায় একটু লম্বা। তবু ধৈর্য রাখলে বইটি অনেক দিন মনে থাকে, আর শেষ পাতায় চৌধুরী যে নীরবতা রেখে যান,
সেটাই এর সবচেয়ে বড় শক্তি।</p>
<p>দ্বিতীয় অর্ধে সুর বদলে যায়। রাস্তা তৈরি হয়, বাইরের লোকেরা জমি কেনে, আর পুরনো গ্রামটা চোখের সামনে বদলে যেতে থাকে। লেখক এখানে
কোনও স্লোগান দেননি; শুধু দেখিয়েছেন কী ভাবে একটা গোটা জনপদের গান, ভাষা আর অভ্যাস ধীরে ধীরে হারিয়ে যায়। শেষ কয়েকটি অধ্যায় পড়া সহজ নয়,
অথচ কোথাও অতিনাটকীয়তা নেই, আর সংলাপগুলো এত স্বাভাবিক যে মনে হয় পাশের বাড়ির কথা শুনছি।</p>
<p>যাঁরা পাহাড়ের জীবন নিয়ে লেখা ধীর লয়ের উপন্যাস ভালবাসেন, তাঁদের কাছে এই বই একটা উপহার। আমি দ্বিতীয় বার পড়ার জন্য তাকে তুলে রেখেছি।</p>
<p class="card"><strong>মেঘের ওপারে গ্রাম</strong><br>সুমনা চৌধুরী<br>প্রথম সংস্করণ, ১৯২ পৃষ্ঠা, ২৮০ টাকা</p>
</div></article></body></html>"""


def test_a_bengali_newspaper_review_gets_its_card_book():
    record = extract_page(PAGE, "https://notunkhabor.example.com/books/pahar-review/cid/12")
    assert (record.book_title, record.book_author) == ("মেঘের ওপারে গ্রাম", "সুমনা চৌধুরী")
