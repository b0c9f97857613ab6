"""bookitalicrecord's misfires (rev-book40a): an italic closing line that says where the reviewer's copy came from
("I received an advance copy of T, by A, from the publisher.", in any language the disclosure reader knows) is a
disclosure, not a record, and its opening words are no title; a line whose head before a colon labels another book
("Also by her: T, A. Novel.", "Du même auteur : T, A. Roman.") names no title with that head. The branch's records
("T, A. Kind.", "T: Subtitle, by A, remark.") still read; book.py stays under 400 lines (Context's declined forms
moved to bookfinnish)."""

from pathlib import Path

import pytest

from scraper.extract import extract_page

_PROSE = ("<p>{a} I read these pieces over three evenings in a cold flat, and they stayed with me for weeks. Varga"
          " writes short, sharp scenes about a harbour town and the families who never leave it.</p>"
          "<p>Not every piece lands; a few are sketches more than stories. But Varga has an eye for the one detail"
          " that carries a whole life, and the last story is the best thing I have read this autumn.</p>")
_URL = "https://harbour.example/2026/11/harbour-lives/"


def _book(closing, lang="en", lead=""):
    html = (f"<html lang='{lang}'><head><title>Harbour lives</title></head><body><article class='post'>"
            f"<h1 class='entry-title'>Harbour lives</h1><div class='entry-content'>{_PROSE.format(a=lead)}"
            f"{closing}</div></article></body></html>")
    record = extract_page(html, _URL)
    return record.book_title, record.book_author


@pytest.mark.parametrize("closing, lang", [
    ("<p><em>I received an advance copy of Salt and Lanterns, by Ilona Varga, from the publisher.</em></p>", "en"),
    ("<p><em>J'ai reçu un exemplaire de Sel et lanternes, d'Ilona Varga, de la part de l'éditeur.</em></p>", "fr"),
    ("<p><em>Ich habe ein Rezensionsexemplar von Salz und Laternen, von Ilona Varga, vom Verlag erhalten.</em></p>",
     "de"),
])
def test_an_italic_disclosure_is_no_record(closing, lang):
    title, _ = _book(closing, lang)
    assert not (title or "").startswith(("I received", "J'ai", "Ich habe"))


@pytest.mark.parametrize("closing, lang", [
    ("<p><em>Also by her: The Quiet Pier, Ilona Varga. Novel.</em></p>", "en"),
    ("<p><em>Du même auteur : Le Quai tranquille, Ilona Varga. Roman.</em></p>", "fr"),
    ("<p><em>Von ihr außerdem: Der stille Steg, Ilona Varga. Roman.</em></p>", "de"),
])
def test_a_labelled_line_names_no_title_with_its_label(closing, lang):
    title, _ = _book(closing, lang)
    assert ":" not in (title or "")


@pytest.mark.parametrize("closing, book", [
    ("<p><em>Salt and Lanterns, Ilona Varga. Short stories.</em></p>", ("Salt and Lanterns", "Ilona Varga")),
    ("<p><i>Salt and Lanterns: Stories, by Ilona Varga, translated from the Hungarian.</i></p>",
     ("Salt and Lanterns", "Ilona Varga")),
])
def test_the_records_still_read(closing, book):
    assert _book(closing) == book


def test_no_extract_module_over_400_lines():
    for path in Path("scraper/extract").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name


# bookslashclose's misfire: a closing credit line "role / person" (a translator's, a photographer's, an editor's) in a
# caseless script, the person named once opening a sentence, was read as the book "T / A" with the role for its title.
_HE = ["הספר מתחיל בעיר נמל קטנה, שם גרה אישה עם אמה הזקנה.", "כהן כותבת בשפה שקטה ומדויקת, והסוף נשאר איתי ימים."]
_AR = ["تبدأ الرواية في قرية صغيرة على الساحل، حيث تعيش امرأة مع أمها.", "حداد تكتب بلغة هادئة وصافية."]


@pytest.mark.parametrize("lines, lang", [
    (_HE + ["לוין תרגמה את הספר בעדינות רבה.", "תרגום / מיכל לוין"], "he"),
    (_HE + ["לוין צילם את הכריכה.", "צילום / דני לוין"], "he"),
    (_AR + ["عيسى ترجم الرواية بأمانة.", "ترجمة / سامي عيسى"], "ar"),
    (_AR + ["عيسى صوّر الغلاف.", "تصوير / سامي عيسى"], "ar"),
    (["داستان در روستایی کوچک آغاز می‌شود.", "رضایی خوب نوشته است.", "کریمی این کتاب را ترجمه کرده است.",
      "ترجمه / مریم کریمی"], "fa"),
])
def test_a_closing_credit_line_is_no_book(lines, lang):
    from scraper.extract.book import Context
    from scraper.extract.bookslashclose import closing_slash
    assert closing_slash(lines, Context("\n".join(lines), (), lang)) is None


def test_a_closing_book_line_still_reads():
    from scraper.extract.book import Context
    from scraper.extract.bookslashclose import closing_slash
    lines = _HE + ["גן בלי שער / דליה כהן"]
    book = closing_slash(lines, Context("\n".join(lines), (), "he"))
    assert (book.title, book.author) == ("גן בלי שער", "דליה כהן")


# bookbantu's overreach: any one to four letters glued before a surname counted as its class prefix, so a Nguni or Shona
# page naming its own language or people ("isiZulu", "amaZulu", "isiNdebele", "chiShona") named a writer surnamed
# Zulu, Ndebele or Shona; the language's and the people's prefixes (isi-, si-, esi-, ama-, chi-) glue to no person.
@pytest.mark.parametrize("surname, text, lang, count", [
    ("Zulu", "Le ncwadi ibhalwe ngolimi lwesiZulu. Ngithanda isiZulu namasiko amaZulu.", "zu", 0),
    ("Ndebele", "Ibhuku leli lilotshwe ngesiNdebele, isiNdebele esihle.", "nd", 0),
    ("Shona", "Bhuku iri rakanyorwa muchiShona; chiShona chakanaka.", "sn", 0),
    ("Duma", "UDuma ubhala kahle. Ngiyamthanda uDuma; le ncwadi kaDuma ngoDuma.", "zu", 4),
    ("Duma", "VaDuma vanonyora zvakanaka, naDuma.", "sn", 2),
])
def test_a_language_or_people_prefix_names_no_writer(surname, text, lang, count):
    from scraper.extract.bookbantu import prefixed_names
    assert prefixed_names(surname, text, lang) == count
