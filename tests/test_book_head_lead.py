"""bookheadlead: the post's heading puts the author in front of the quoted title and goes on ("A — «T» read again"),
the page's <title> is the same without the name; the prose says each word of the name but never the whole (our own
pages, in Armenian and Persian; near misses: the <title> names the person too, a label said whole, a word never said)."""

from lxml import html as lxml_html

from scraper.extract.booknamedtwice import named_twice

HY = ["Դպրոցում այս վիպակը պարտադիր էր, և ոչինչ չէի հասկացել։ Հիմա նորից կարդացի։",
      "Անին չի գրում չար մարդկանց մասին։ Սարգսյանի հեգնանքը դեռ աշխատում է։"]
FA = ["در مدرسه این داستان اجباری بود و چیزی از آن نفهمیدم. حالا دوباره خواندم.",
      "مریم آدم‌های بد را نمی‌نویسد. طنز رضایی هنوز کار می‌کند."]


def _page(title: str):
    return lxml_html.fromstring(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")


def test_the_name_the_heading_puts_in_front():
    book = named_twice(None, _page("«Անտառի տունը» նորից կարդացած — ընթերցողի կարծիք | Բլոգ"), HY,
                       "Անի Սարգսյան — «Անտառի տունը» նորից կարդացած", [])
    assert book is not None and (book.title, book.author) == ("Անտառի տունը", "Անի Սարգսյան")
    book = named_twice(None, _page("«باغ سرد» دوباره خوانده شد | وبلاگ"), FA, "مریم رضایی — «باغ سرد» دوباره خوانده شد", [])
    assert book is not None and (book.title, book.author) == ("باغ سرد", "مریم رضایی")


def test_near_misses():
    # the page's <title> names the person too: no sign the heading added a name in front
    assert named_twice(None, _page("مریم رضایی — «باغ سرد» دوباره خوانده شد"), FA, "مریم رضایی — «باغ سرد» دوباره خوانده شد", []) is None
    # a label the prose says whole ("معرفی کتاب", book introduction) is no name
    fa = FA + ["این معرفی کتاب کوتاه است."]
    assert named_twice(None, _page("«باغ سرد» دوباره خوانده شد"), fa, "معرفی کتاب — «باغ سرد» دوباره خوانده شد", []) is None
    # a word of the name the prose never says
    assert named_twice(None, _page("«باغ سرد» دوباره خوانده شد"), FA, "سارا احمدی — «باغ سرد» دوباره خوانده شد", []) is None
