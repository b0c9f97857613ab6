"""holdout69 (book69b): a title set off after its owner's surname in the Basque genitive ("Surname-(r)en *T*").

Basque glues the genitive to the name, regularly (-ren after a vowel, -rren after an r, -en after another consonant),
so ``bookfinnishowned.basque_owned`` gives the surname back without the page naming it again: where the owned title
opens a sentence of the opening paragraphs, or anywhere there where the text names the person again; never a book held
up for comparison, a house's series, or on a page in another language.
"""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract import bookfinnishowned


def _eu(paragraphs, lang="eu"):
    return bookfinnishowned.basque_owned(paragraphs, Context(" ".join(paragraphs), (), lang))


# ---- it fires

def test_nominatives():
    assert bookfinnishowned._eu_nominative("Arrietaren") == "Arrieta"  # vowel + -ren
    assert bookfinnishowned._eu_nominative("Olaizarren") == "Olaizar"  # r + -ren
    assert bookfinnishowned._eu_nominative("Etxanizen") == "Etxaniz"  # consonant + -en
    assert bookfinnishowned._eu_nominative("Lizardiren") == "Lizardi"


def test_sentence_opening_owner_with_guillemets():
    paragraphs = ["Arrietaren «Haizearen etxea» astebetean irakurri dut. Ez da liburu erraza.",
                  "Pertsonaiak ondo marraztuta daude."]
    assert _eu(paragraphs) == ("Haizearen etxea", "Arrieta")


def test_mid_sentence_owner_named_again():
    paragraphs = ["Udan irakurri nuen azkenean Etxanizen “Gau luzea”, eta ez naiz damutu.",
                  "Etxanizek hitz gutxirekin asko esaten du."]
    assert _eu(paragraphs) == ("Gau luzea", "Etxaniz")


def test_given_name_paired_again():
    paragraphs = ["Miren Olaizarren “Mendiko bidea” da udazkeneko libururik onena.",
                  "Miren Olaizarrek urteak zeramatzan isilik."]
    assert _eu(paragraphs) == ("Mendiko bidea", "Miren Olaizar")


def test_whole_page_with_italic_title():
    paragraphs = [
        "Lizardiren <i>Ibaiaren ahotsa</i> ez da bizkor irakurtzeko liburua. Astiro joan behar da, orrialdez orrialde.",
        "Herri txiki bateko familia baten hiru belaunaldi ageri dira, eta bakoitzak bere isiltasuna du gordeta.",
        "Erdialdean erritmoa pixka bat galtzen da, baina amaierak dena biltzen du era ederrean.",
        "Haurtzaroko kapituluak dira indartsuenak: oroitzapenak olatuka datoz, zalantzaz beteta, baina eszena "
        "bakoitzak bere usaina, bere argia eta bere pisua du.",
        "Aitaren gutunak ahulago geratzen dira, istorioan indarrez sartuak. Hala ere, xehetasun bat besterik ez da "
        "liburu osoaren aldean, eta liburua itxi ondoren ere buruan geratzen da luzaroan.",
        "Nota: 8/10",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="eu"><head><meta charset="utf-8"><title>Hiru belaunaldi, isiltasun bat | Irakurle</title>'
            f'</head><body><header><a href="/">Irakurle</a></header><main><article><h1>Hiru belaunaldi, isiltasun bat'
            f'</h1><div class="entry-content">{body}</div></article></main><footer>© 2026</footer></body></html>')
    record = extract_page(html.encode(), "https://irakurle.example/2026/hiru-belaunaldi")
    assert (record.book_title, record.book_author) == ("Ibaiaren ahotsa", "Lizardi")


# ---- near misses

def test_near_miss_compared_book():
    paragraphs = ["Arrietaren «Haizearen etxea» bezala, eleberri hau ere familia bati buruzkoa da.", "Ona da."]
    assert _eu(paragraphs) is None


def test_near_miss_house_series():
    paragraphs = ["Elkarren «Lurraren hitzak» saila urtero hazten da.", "Aurten bost liburu berri."]
    assert _eu(paragraphs) is None


def test_near_miss_mid_sentence_never_named_again():
    paragraphs = ["Liburu honek gogorarazi dit noizbait Arrietaren «Haizearen etxea», baina beste bide bat hartzen du.",
                  "Egileak ondo daki zer egiten duen."]
    assert _eu(paragraphs) is None


def test_near_miss_other_language():
    # the same shapes on a Finnish or a Spanish page are no Basque genitive
    paragraphs = ["Arrietaren «Haizearen etxea» astebetean irakurri dut.", "Ona da."]
    assert _eu(paragraphs, "fi") is None
    assert _eu(paragraphs, "es") is None
