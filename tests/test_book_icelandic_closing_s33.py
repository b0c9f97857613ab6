"""An Icelandic review's closing record "T eftir A. Forlag." (bookicelandic): A in the accusative, the nominative the
text writes; a title whose first word is a brand's ("NetHeimur"). Near misses: a closing sentence that goes on after
the name, a picture's credit, and a name whose given names the text never writes in the nominative."""

from __future__ import annotations

from scraper.extract import extract_page

_TEXT = [
    "Ég las þessa bók í sumarfríinu og hún kom mér skemmtilega á óvart.",
    "Ragnar Þór skrifar um bæ þar sem allir eru tengdir við sama netið, og enginn fær að vera einn.",
    "Miðjan er aðeins of löng, en endirinn er góður og persónurnar lifa lengi með manni.",
    "Stíllinn er léttur og fyndinn, en undir niðri er alvarleg saga um einmanaleika og frelsi.",
    "Ég mæli með henni fyrir alla sem hafa gaman af sögum sem gerast í framtíðinni á Íslandi.",
]


def _book(record: str, text: list[str] = _TEXT):
    body = "".join(f"<p>{p}</p>" for p in text) + f"<p>{record}</p><p>★★★★</p>"
    html = ('<html lang="is"><head><meta charset="utf-8"><title>Allir tengdir</title></head><body>'
            f'<article class="post"><h1 class="post-title">Allir tengdir</h1><div class="gh-content">{body}</div>'
            "</article></body></html>")
    page = extract_page(html, "https://lesandi.example.is/allir-tengdir/")
    return page.book_title, page.book_author


def test_closing_record_gives_title_and_nominative_author():
    assert _book("<em>NetHeimur</em> eftir Ragnar Þór Jónsson. Forlagið.") == ("NetHeimur", "Ragnar Þór Jónsson")


def test_closing_sentence_going_on_is_no_record():
    assert _book("Næsta bók eftir Ragnar Þór Jónsson kemur út í vor.") != ("Næsta bók", "Ragnar Þór Jónsson")


def test_picture_credit_is_no_book():
    assert _book("Kápa eftir Ragnar Þór Jónsson. Forlagið.")[0] != "Kápa"


def test_given_names_the_text_never_writes_leave_it_unread():
    text = [t.replace("Ragnar Þór", "Höfundurinn") for t in _TEXT]
    assert _book("NetHeimur eftir Ragnar Þór Jónsson. Forlagið.", text) != ("NetHeimur", "Ragnar Þór Jónsson")


def test_two_closing_records_name_no_one_book():
    text = [*_TEXT, "Sigrún Edda skrifaði líka bók um sama bæ, og hún er ekki síðri."]
    records = "NetHeimur eftir Ragnar Þór Jónsson. Forlagið.</p><p>Bærinn eftir Sigrúnu Eddu Pálsdóttur. Forlagið."
    assert _book(records, text)[0] not in ("NetHeimur", "Bærinn")
