"""Three record shapes that name a reviewed book (holdout49 round, helper book49b):

- a CJK record line with no slash between the bracketed title and the name, its role word and slashed details after
  it, perhaps behind one list mark: "◆『T』A著／出版社／本体1800円" (``bookcjkline._GLUED``, ``_MARK``);
- a cover's caption citing the book with a colon, the author first: "A: T (Publisher, 2011)" (``bookcaptioncite``);
- a record "Name, Title: a lower-case description, Publisher, City Year, 288 pages" in sr/hr/bs/sl, whose page word
  (strana, strane, stranica, strani, str.) marks it as a record and whose description after the colon is no part of
  the title (``bookbiblio._PAGES``, ``bookdescribedrecord._kind_cut``).

Near misses: a row of stars before the line (a score), a name the text never says again, a name opening on kana, a
record with no slashed details, a title-first colon caption, a portrait's caption, a lower-case caption after the colon,
a signature line, a page word's look-alike ("stranaca"), a capitalised subtitle (kept).
"""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import BIBLIO_DETAIL, from_bibliography
from scraper.extract.bookcaptioncite import cited_caption
from scraper.extract.bookcjkline import cjk_record
from scraper.extract.bookcover import COVER_WORD


# --- CJK: "『T』A著／…" ---------------------------------------------------------------------------------------------

JA_TEXT = "川村の筆は静かで、港町の冬をゆっくり描いていく。最後の章で少し泣いた。"


def _cjk(line: str, text: str):
    """cjk_record on `line` with the page's text holding the line too, as a page's does."""
    return cjk_record([line], Context(text + "\n" + line))


def test_glued_cjk_record_lines():
    assert _cjk("◆『森の手紙』川村透子著／架空書房／本体一八〇〇円", JA_TEXT) == ("森の手紙", "川村透子")
    assert _cjk("『森の手紙』川村透子著／架空書房", JA_TEXT) == ("森の手紙", "川村透子")
    zh = "王思远的笔触冷静克制，故事却很有温度。"
    assert _cjk("《雾中的桥》王思远著／远山出版社／2020", zh) == ("雾中的桥", "王思远")
    ko = "이서진은 바다를 배경으로 가족의 이야기를 담담하게 풀어낸다."
    assert _cjk("■『바다의 끝』 이서진 지음 / 하늘출판 / 15,000원", ko) == ("바다의 끝", "이서진")


def test_near_misses_of_a_glued_cjk_record():
    # a score's row of stars is no list mark
    assert _cjk("★★★★『森の手紙』川村透子著／架空書房", JA_TEXT) is None
    # the name is never said outside the line
    assert _cjk("『森の手紙』田島一郎著／架空書房／本体一八〇〇円", JA_TEXT) is None
    # a sentence going on from the title in kana ("は名作"), not a name with its role word
    assert _cjk("『森の手紙』は名作／再読", JA_TEXT + "名作だと思う。") is None
    # the title and the name alone, no slashed details: not this shape
    assert _cjk("『森の手紙』川村透子著", JA_TEXT) is None


# --- a cover caption "A: T (Publisher, year)" -----------------------------------------------------------------------

HU_TEXT = "Szabó mondatai rövidek és pontosak. A regény egy üvegházban játszódik, ahol Szabó hősei lassan megfulladnak."
DE_TEXT = "Vollmer erzählt ruhig und genau. Am Ende bleibt bei Vollmer vieles offen."


def test_colon_cited_captions():
    assert cited_caption([("Szabó Márta: Üvegház (Kertész Kiadó, 2011)", "file: uveghaz")], Context(HU_TEXT, (), "hu"),
                         COVER_WORD) == ("Üvegház", "Szabó Márta")
    assert cited_caption([("Ilse Vollmer: Das stille Haus (Hanser, 2019)", "Buchcover")], Context(DE_TEXT, (), "de"),
                         COVER_WORD) == ("Das stille Haus", "Ilse Vollmer")
    cs = "Novotná píše úsporně. Novotná nechává čtenáře hádat."
    assert cited_caption([("Jana Novotná: Tiché město (Argo, 2020)", "obálka")], Context(cs, (), "cs"),
                         COVER_WORD) == ("Tiché město", "Jana Novotná")


def test_near_misses_of_a_colon_cited_caption():
    context = Context(DE_TEXT, (), "de")
    # the title first and the name after the colon: the colon's order is the author's first, nothing else
    assert cited_caption([("Das Haus am See: Ilse Vollmer (2019)", "Buchcover")], context, COVER_WORD) is None
    # a portrait's caption: the picture shows no cover and spells no title
    assert cited_caption([("Ilse Vollmer: Berlin (2019)", "file: portrait vollmer")], context, COVER_WORD) is None
    # a lower-case phrase after the colon is no title
    assert cited_caption([("Ilse Vollmer: in ihrem Garten (2019)", "Buchcover")], context, COVER_WORD) is None


# --- "Name, Title: description, Publisher, City Year, N strana" ----------------------------------------------------

SR_TEXT = "Jović piše sporo i pažljivo. Na kraju romana Jović ostavlja čitaoca bez odgovora."


def test_south_slavic_record_lines():
    context = Context(SR_TEXT, (), "sr")
    assert from_bibliography(["Milena Jović, Tihi grad: roman u pismima od 1.000 reči, Laguna, Beograd 2021, 288 strana"],
                             context) == ("Tihi grad", "Milena Jović")
    assert from_bibliography(["Milena Jović, Tihi grad, Laguna, Beograd 2021, 288 strane"], context) == ("Tihi grad", "Milena Jović")
    hr = Context("Kovač gradi priču polako. Kovač ne žuri.", (), "hr")
    assert from_bibliography(["Ivana Kovač, Sjene nad rijekom, Fraktura, Zagreb 2019, 312 stranica"], hr) == ("Sjene nad rijekom", "Ivana Kovač")
    sl = Context("Novak piše natančno. Pri Novak je vse tiho.", (), "sl")
    assert from_bibliography(["Tina Novak, Zimski vrt, Beletrina, Ljubljana 2022, 240 strani"], sl) == ("Zimski vrt", "Tina Novak")


def test_near_misses_of_a_south_slavic_record():
    context = Context(SR_TEXT, (), "sr")
    # a capitalised subtitle is the title's own
    found = from_bibliography(["Milena Jović, Tihi grad: Knjiga prva, Laguna, Beograd 2021, 288 strana"], context)
    assert found == ("Tihi grad: Knjiga prva", "Milena Jović")
    # a signature: a name, a city and a date
    assert from_bibliography(["Milena Jović, Beograd, decembar 2021"], context) is None
    # a word that only opens like the page word
    assert BIBLIO_DETAIL.search("u grad je stiglo 120 stranaca") is None
    assert BIBLIO_DETAIL.search("Laguna, 2021, 288 strana") is not None
