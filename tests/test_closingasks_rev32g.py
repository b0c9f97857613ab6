"""Closing asks the mends of round 32 had narrowed too far (review rev32g): the bare singular "leave a comment"
opening a short line (es, it, pt, fr), "don't forget to hit follow", and the borrowed "share" of Hindi and Bengali with a word
between it and its verb (hi "कीजिये", bn য় in both encodings) — ``readeractions`` and ``ifpost.ASK_MORE``.

Every line here is invented for these tests, in our own words.
"""

from __future__ import annotations

from scraper.extract.closingask import ask_line
from scraper.extract.ifpost import ASK_MORE


def test_bare_comment_bidding_opening_a_short_line():
    assert ask_line("¡Deja un comentario!", True)
    assert ask_line("Lascia un commento!", True)
    assert ask_line("Deixa um comentário!", True)
    assert ask_line("Laisse un commentaire !", True)


def test_story_comment_stays():
    assert not ask_line("El abuelo deja un comentario en el margen de cada carta.", True)
    assert not ask_line("Deja un comentario en el libro de visitas y se marcha sin despedirse de nadie.", True)
    assert not ask_line("Il narratore lascia un commento ironico su ogni capitolo.", True)


def test_dont_forget_to_hit_follow():
    assert ask_line("Don't forget to hit follow!", True)
    assert ask_line("Do not forget to subscribe!", True)
    assert not ask_line("She didn't forget to vote, even in the last chapter.", True)


def test_hindi_and_bengali_share_with_a_word_between():
    assert ASK_MORE.search("इसे शेयर ज़रूर करें")
    assert ASK_MORE.search("अपने दोस्तों के साथ शेयर कीजिये")
    assert ASK_MORE.search("তাহলে শে\u09df\u09be\u09b0 করুন")
    assert ASK_MORE.search("তাহলে শে\u09af\u09bc\u09be\u09b0 করুন")
    assert ask_line("इस लेख को अपने मित्रों के साथ शेयर ज़रूर करें!", True)
    assert not ASK_MORE.search("उसने अपने सारे शेयर बाज़ार में बेच दिए।")
