"""Helper det68 of the holdout68 round, in our own words: short reviews whose book went unread, and a house's news.

- bookquotedby: a quoted title and the page language's own "by" after it, the name all that follows (sq "nga",
  mt "minn", is "eftir"), only in that language's page;
- bookownerquoted: the owner before a book noun and a quoted title after it (et genitive, fi genitive, hu nominative);
- bookwroteunquoted: "A wrote T as a novel / T, a novel", the person named again;
- shortmarks.self_named: a short post of one book whose edge lines call it "this review";
- pressrelease.house_future: a lead opening on a house that will publish something.

Near misses: a remark after the name, another language's page, an institution before the book noun, two quoted titles,
a run closed by no kind noun, a person named once, a question "was this review helpful?", a reader's guess in the first
person, a plot line.
"""

from __future__ import annotations

from types import SimpleNamespace

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookownerquoted import owner_before_quoted
from scraper.extract.bookwroteunquoted import wrote_unquoted
from scraper.extract.pressrelease import house_future
from scraper.extract.shortmarks import self_named


def _title(headline: str, language: str, text: str = ""):
    book = from_title(headline, Context(text=text, language=language))
    return (book.title, book.author) if book else None


def test_quoted_title_then_own_by():
    assert _title("\u201cDimri i gjatë në Shkodër\u201d nga Arben Dedja", "sq") == ("Dimri i gjatë në Shkodër", "Arben Dedja")
    assert _title("\u201cIl-Baħar Qawwi\u201d minn Marija Camilleri", "mt") == ("Il-Baħar Qawwi", "Marija Camilleri")
    assert _title("„Vetrarljós við fjörðinn“ eftir Jóna Einarsdóttir", "is") == ("Vetrarljós við fjörðinn", "Jóna Einarsdóttir")


def test_quoted_title_then_own_by_near_misses():
    # a remark after the place: no name alone
    assert _title("\u201cLetrat\u201d nga Parisi, sot dhe nesër", "sq") != ("Letrat", "Parisi")
    # the Albanian word on an English page is no "by"
    found = _title("\u201cQuiet Hours\u201d nga Arben Dedja", "en")
    assert found is None or found[1] != "Arben Dedja"


def test_owner_before_quoted():
    et = ["Lindströmi uus romaan \u201cSügisene sadam\u201d viib lugeja väikesesse rannakülla, kus keegi ei räägi võõrastega.",
          "Autori keel on kuiv ja täpne."]
    assert owner_before_quoted(et, Context(text=" ".join(et), language="et")) == ("Sügisene sadam", "Lindström")
    fi = ["Mäkisen romaani \u201dHiljainen ranta\u201d kertoo kalastajan tyttärestä, joka jää saarelle talveksi.",
          "Mäkinen kirjoittaa lyhyin lausein."]
    assert owner_before_quoted(fi, Context(text=" ".join(fi), language="fi")) == ("Hiljainen ranta", "Mäkinen")
    hu = ["Kovács Anna legújabb regénye \u201eA csendes part\u201d egy halászfalu egyetlen teléről szól.", "Kovács pontosan ír."]
    assert owner_before_quoted(hu, Context(text=" ".join(hu), language="hu")) == ("A csendes part", "Kovács Anna")


def test_owner_before_quoted_near_misses():
    # an institution's noun between the name and the book noun
    et = ["Tartu ülikooli raamat \u201cVana linn\u201d kogub kokku fotosid, mille tudengid on teinud."]
    assert owner_before_quoted(et, Context(text=et[0], language="et")) is None
    # two quoted titles: no telling which is the owner's
    et2 = ["Kivisilla romaan \u201cSadam\u201d meenutab tema varasemat \u201cMeri\u201d, kuid on tumedam."]
    assert owner_before_quoted(et2, Context(text=et2[0], language="et")) is None
    # an Estonian name that is its own genitive, named again as it stands
    et3 = ["Ristikivi romaan \u201cHinged öös\u201d on unenäoline.", "Ristikivi kirjutab võõrast linnast."]
    assert owner_before_quoted(et3, Context(text=" ".join(et3), language="et")) == ("Hinged öös", "Ristikivi")
    # another language's page
    en = ["Kivisilla romaan \u201cSadam\u201d was read aloud."]
    assert owner_before_quoted(en, Context(text=en[0], language="en")) is None


def test_wrote_unquoted():
    en = ["Ada Berg wrote The Salt Year, a novel about two sisters who run a failing ferry.", "Berg keeps it small."]
    assert wrote_unquoted(en, Context(text=" ".join(en), language="en")) == ("The Salt Year", "Ada Berg")
    de = ["Jonas Weber schrieb Die Kalte Küste als Roman über einen Leuchtturm im Winter.", "Weber erzählt ruhig."]
    assert wrote_unquoted(de, Context(text=" ".join(de), language="de")) == ("Die Kalte Küste", "Jonas Weber")
    mt = ["Pawlu Borg kiteb Id-Dawl Tal-Qamar bħala rumanz dwar familja fil-port.", "Borg jikteb bil-kalma."]
    assert wrote_unquoted(mt, Context(text=" ".join(mt), language="mt")) == ("Id-Dawl Tal-Qamar", "Pawlu Borg")


def test_wrote_unquoted_near_misses():
    # no kind noun closes the run
    en = ["Ada Berg wrote Tuesday Morning in Paris for her sister.", "Berg keeps it small."]
    assert wrote_unquoted(en, Context(text=" ".join(en), language="en")) is None
    # the person named once only
    en2 = ["Ada Berg wrote The Salt Year, a novel about two sisters.", "The ferry sinks."]
    assert wrote_unquoted(en2, Context(text=" ".join(en2), language="en")) is None


def _ev(lines, words=80, author=True, books=1):
    return SimpleNamespace(book_has_author=author, words=words, post_bodies=1, books_named=books, body=(tuple(lines), ""))


def test_self_named_short_review():
    assert self_named(_ev(["Note: this review mentions a death in the family.", "The novel is slow and fine."]))
    assert self_named(_ev(["Il romanzo è breve.", "In questa recensione parlo solo della prima parte."]))
    assert self_named(_ev(["Uwaga: ta recenzja zdradza zakończenie.", "Powieść jest krótka."]))
    assert self_named(_ev(["Kujdes: kjo recension flet për dhunë.", "Romani është i shkurtër."]))


def test_self_named_near_misses():
    assert not self_named(_ev(["The novel is slow and fine.", "Was this review helpful?"]))
    assert not self_named(_ev(["Note: this review mentions a death."], author=False))
    assert not self_named(_ev(["Note: this review mentions a death."], words=40))
    assert not self_named(_ev(["Note: this review mentions a death."], books=3))
    assert not self_named(_ev(["I reviewed the novel last year and liked it again."]))


def test_house_future():
    assert house_future(["Harbour Books will publish a tenth-anniversary edition of Mira Holt's first novel in May, with a new afterword."])
    assert house_future(["Les Éditions du Phare publiera en mars une nouvelle traduction du roman, avec une préface inédite."])
    assert house_future(["La editorial Ancla publicará en otoño una edición ilustrada de la novela, con un prólogo nuevo."])


def test_house_future_near_misses():
    assert not house_future(["I think Harbour Books will publish the sequel next year, but nobody has said so yet."])
    assert not house_future(["In the novel, the heroine will publish her father's letters only after the war has ended."])
    assert not house_future(["Mira Holt's new novel is a quiet book about a harbour town, its ferries and its winters."])


_PAGE = ("<html lang='{lang}'><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><main><article>"
         "<h1>{title}</h1><div class='entry-content'>{body}</div></article></main><footer>© Site</footer></body></html>")


def test_short_quoted_headline_review_is_read():
    body = ("<p>Ky roman i Arben Dedjës tregon për një mësues që kthehet në qytetin e lindjes pas njëzet vjetësh dhe nuk "
            "e njeh më askënd. Rrëfimi është i qetë dhe i kujdesshëm.</p><p>Dedja shkruan me fjali të shkurtra, por secila "
            "ka peshë. Pjesa e mesme zgjatet pak, megjithatë fundi është i fortë dhe i dhimbshëm.</p><p>E lexova në dy "
            "mbrëmje dhe do ta rekomandoja për kë pëlqen romanet e heshtura.</p><p>Vlerësimi: ★★★★☆</p>")
    page = extract_page(_PAGE.format(lang="sq", title="\u201cDimri i gjatë në Shkodër\u201d nga Arben Dedja", body=body),
                        "https://blog.example.al/dimri")
    assert (page.book_title, page.book_author) == ("Dimri i gjatë në Shkodër", "Arben Dedja")
    assert page.kind == "review"


def test_house_news_page_is_no_review():
    body = ("<p>Harbour Books will publish a tenth-anniversary edition of Mira Holt's prize-winning novel The Keeper's "
            "Logs in May, with a new afterword by the author and a map of the island drawn for the book.</p><p>First "
            "published ten years ago, the novel follows a lighthouse keeper's daughter through one winter. The new "
            "hardcover also gathers letters Holt wrote while she was drafting it and a short essay on lighthouses.</p>"
            "<p>An audiobook read by an actor from the island is planned for the same day, and Holt will visit a few "
            "bookshops in the weeks after it comes out. The dates will follow on her page.</p>")
    page = extract_page(_PAGE.format(lang="en", title="A tenth-anniversary edition of The Keeper's Logs is coming", body=body),
                        "https://www.harbourbooks.example.com/news/keepers-logs-anniversary")
    assert page.kind != "review"
