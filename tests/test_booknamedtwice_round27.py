"""A book named twice over (booknamedtwice), holdout28 round (DET): a label and its value inside one link are another
post's linked headline ("Winter fair: the new publishers"), no record line naming a person; a Bengali surname read
in its genitive after a consonant (-ের) before the quoted title, the prose giving no other form, is given in its
base form (not a bare -র, which ends names too). Our own words and markup, in Bengali and English; near misses."""

from __future__ import annotations

from lxml import html

from scraper.extract.booknamedtwice import _base, _sides, named_twice


def test_a_linked_headline_with_a_colon_is_no_record_line():
    tree = html.fromstring(
        "<div><p>লেখক: রাহেলা করিম</p>"  # a record line: kept
        "<div class='also'><span>আরও পড়ুন</span> <a href='/arts/123'>শীতের মেলা: নতুন প্রকাশকের তালিকা</a></div>"
        "<div><span>Read also</span> <a href='/books/88'>Winter fair: the new publishers</a></div>"
        "<p>Author: <a href='/author/mira-hale'>Mira Hale</a></p></div>")  # the label outside the link: a record line
    sides = _sides(tree, [])
    assert "রাহেলা করিম" in sides and "Mira Hale" in sides
    assert "নতুন প্রকাশকের তালিকা" not in sides and "the new publishers" not in sides


BN = ["রাহেলা করিমের ‘নদীর ওপারে ঘর’ প্রথম পড়েছিলাম কলেজের প্রথম বছরে, লাইব্রেরির পুরনো তাক থেকে নিয়ে।",
      "এবার আবার পড়ে মনে হলো, করিমের লেখার ধীর ভঙ্গিটাই বইটির আসল শক্তি, যদিও শেষ অধ্যায়টা একটু তাড়াহুড়োর।"]


def test_a_bengali_genitive_surname_before_the_quoted_title_is_given_in_its_base_form():
    book = named_twice(None, None, BN, "নদীর ওপারে ঘর: এক গ্রামের গল্প", [], before_quote=True)
    assert book is not None and (book.title, book.author) == ("নদীর ওপারে ঘর", "রাহেলা করিম")


def test_the_genitive_base_only_for_minus_er():
    assert _base("করিমের", []) == "করিম"
    assert _base("ঠাকুর", []) == "ঠাকুর"  # a name ending in -র: no genitive to take off
    assert _base("আলীর", []) == "আলীর"  # a bare -র after a vowel: no telling (কবীর is a name)
    assert _base("করিমের", ["করিম"]) == "করিম"  # the prose's own form first
