"""A microblog post that names its book only in its first two tags, written with spaces ("#the salt ledger #ada
berg"), and its author in the text by surname alone (``bookhashtags.spaced_pair``, asked by ``bookrescue`` last): the
tag that reads as a name is the author, the other the title, capitalised where the post writes in lower case. Near
misses: a label first ("#book review", "#short stories", "#literatura juvenil"), two names, a surname the text never
names, a blog's own name, a tag list whose pair is not first.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookhashtags import spaced_pair

_TEXT = "finished it on the bus. berg does this thing where nobody says what they mean. it works."


def test_the_first_two_tags():
    assert spaced_pair(["#the salt ledger", "#ada berg", "#book review"], Context(_TEXT, (), "en")) \
        == ("The Salt Ledger", "Ada Berg")
    # the author first, then the title; tags written title-cased on a page that capitalises
    assert spaced_pair(["Ada Berg", "The Salt Ledger", "reading"], Context("Berg is brilliant here.", (), "en")) \
        == ("The Salt Ledger", "Ada Berg")
    assert spaced_pair(["#el verano de las garzas", "#inés calderón", "#lecturas"],
                       Context("lo terminé anoche. calderón escribe el calor como nadie.", (), "es")) \
        == ("El verano de las garzas", "Inés Calderón")
    assert spaced_pair(["#de stille haven", "#lena vogt"], Context("vogt schrijft zo zacht. ik vond het mooi.", (), "nl")) \
        == ("De stille haven", "Lena Vogt")


def test_near_misses():
    context = Context(_TEXT, (), "en")
    assert spaced_pair(["#book review", "#ada berg"], context) is None  # a label
    assert spaced_pair(["#short stories", "#ada berg"], context) is None
    assert spaced_pair(["#literatura juvenil", "#inés calderón"],
                       Context("calderón escribe bien.", (), "es")) is None
    assert spaced_pair(["#ada berg", "#mara holt"], Context("berg and holt, together.", (), "en")) is None  # two names
    assert spaced_pair(["#the salt ledger", "#ada berg"], Context("finished it on the bus.", (), "en")) is None
    assert spaced_pair(["#the salt ledger", "#ada berg"], Context(_TEXT, ("Ada Berg",), "en")) is None  # the blog's
    # the pair not first: a post's topic tags lead
    assert spaced_pair(["#mental health", "#long reads", "#the salt ledger", "#ada berg"], context) is None


_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>finished it on the bus and</title></head>
<body><div id="tumblr_controls"><a href="#">Follow</a></div>
<div id="posts"><article class="post text"><div class="body-text">
<p>finished it on the bus and missed my stop. no regrets.</p>
<p>eight stories and at least three of them will haunt me. berg does this thing where nobody says what they mean and
you only notice it two pages later. the lighthouse one is the best story i have read all year. the one about the wedding is cruel in the best way.
</p><p>the office one dragged a bit, i will admit. but the last story made me put the book down and stare at the wall.
</p><p>if you have not read her yet, start here. short, sharp, weirdly kind. five stars honestly.</p>
</div><ul class="tags"><li><a href="/tagged/the-salt-ledger">#the salt ledger</a></li>
<li><a href="/tagged/ada-berg">#ada berg</a></li><li><a href="/tagged/book-review">#book review</a></li></ul>
</article></div></body></html>"""


def test_a_lower_case_post():
    record = extract_page(_PAGE, "https://tidepool.tumblr.example.com/post/1234567/finished-it-on-the-bus-and")
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Ada Berg")
