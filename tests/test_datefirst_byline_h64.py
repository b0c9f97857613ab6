"""The engine's published-on line with the date before the writer's labelled name (bylinelabels.date_first, read by
datelines._labelled_byline): the first line under a headline goes; a review's own info lines stay."""

import pytest

from scraper.extract import extract_page
from scraper.extract.datelines import _labelled_byline

BYLINES = [
    "Objavljeno: 11.03.2025. | Autor: Milica Janković",
    "Publié le : 07/02/2025 · Par : Jeanne Roussel",
    "Veröffentlicht: 2. 4. 2025 | Text: Lena Brandt",
    "Pubblicato: 14/05/2025 | Autore: Marco Bellini",
    "Opublikowano: 21.06.2025 | Autor: Anna Wróbel",
    "Julkaistu: 3.9.2025 | Teksti: Aino Lehtonen",
    "Publicado: 19/10/2025 · Texto: Rosa Méndez | Lecturas: 532",
    "Published: 12 March 2025 | Words: Daniel Okafor",
]

NEAR_MISSES = [
    "Pročitano: 11.03.2025. | Žanr: Naučna Fantastika",  # (read, not published: the reviewer's info line)
    "Gelesen: 2. 4. 2025 | Genre: Science Fiction",
    "Published: 12 March 2025 | Pages: 320",  # (no name after the label)
    "Publicado: 19/10/2025 | Editorial: anagrama",  # (no capitalised name)
    "Publié le : 07/02/2025 · Par : Jeanne Roussel, qui a lu ce roman deux fois pendant l'été",  # (a sentence)
    "Julkaistu: 3.9.2025",
]


@pytest.mark.parametrize("line", BYLINES)
def test_date_first_byline(line):
    assert _labelled_byline(line)


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_info_lines_stay(line):
    assert not _labelled_byline(line)


_PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<div class="meta">{line}</div>
<p>{p1}</p><p>{p2}</p><p>{p3}</p></article></body></html>"""


def _body(line, title, paras):
    html = _PAGE.format(title=title, line=line, p1=paras[0], p2=paras[1], p3=paras[2])
    return extract_page(html.encode(), "https://blog.example.net/2025/recenzija/").body_text


_HR = ["Ovaj roman sam čitala polako, poglavlje po poglavlje, jer svaka rečenica traži pažnju i strpljenje čitatelja.",
       "Pripovjedačica se vraća u selo svog djetinjstva i otkriva da su se ljudi promijenili više nego kuće i putevi.",
       "Preporučila bih ga svima koji vole tihe knjige o sjećanju, obitelji i mjestima koja nas oblikuju zauvijek."]
_PT = ["Li este livro em duas tardes de chuva e fiquei surpreendida com a delicadeza com que a autora trata o luto.",
       "A protagonista escreve cartas à irmã que nunca envia, e é nessas cartas que o romance encontra a sua voz.",
       "Nem tudo funciona: o final parece apressado, mas a viagem até lá vale bem cada página lida com atenção."]


def test_page_byline_goes():
    body = _body("Objavljeno: 11.03.2025. | Autor: Milica Janković", "Kuće i putevi", _HR)
    assert "Objavljeno" not in body and "pripovjedačica" in body.lower()


def test_page_review_stays():
    # (an ordinary review with the reviewer's reading line on top: its paragraphs all kept)
    body = _body("Lido: 19/10/2025 | Género: Romance Epistolar", "Cartas à irmã", _PT)
    assert all(p in body for p in _PT)


# --- deskcredits._CJK_LINE: the CJK reporter's credit without a colon, closing the article

from lxml.html import fragment_fromstring  # noqa: E402

from scraper.extract.deskcredits import desk_credits  # noqa: E402

CJK_CREDITS = [
    "社会部記者　高橋美咲",
    "経済部記者 佐藤健（金融担当）",
    "本报记者 王晓明",
    "新华社记者 李文静",
    "김서연 기자 seoyeon@example.kr",
    "박민준 기자",
]

CJK_NEAR_MISSES = [
    "新聞記者の物語として読むと面白い",  # (a review's words about a reporter in the story)
    "主人公は記者として働く女性です。",
    "記者会見で作家は新作について語った",
    "기자가 주인공인 소설이다",
    "元記者 の回想録",
]


@pytest.mark.parametrize("line", CJK_CREDITS)
def test_cjk_credit(line):
    assert desk_credits(fragment_fromstring(f"<p>{line}</p>"))


@pytest.mark.parametrize("line", CJK_NEAR_MISSES)
def test_cjk_review_lines_stay(line):
    assert not desk_credits(fragment_fromstring(f"<p>{line}</p>"))


# --- sitelines.writer_bio: the verb-first languages' bio ("Mae <name> yn …", "Tá <name> ina …") closing the review

_CELTIC = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<div class="meta">{byline}</div>
<p>{p1}</p><p>{p2}</p><p>{p3}</p>{tail}</article></body></html>"""

_CY = ["Darllenais y nofel hon dros wyliau’r haf, ac mae’r stori am deulu’n gadael eu fferm yn aros gyda mi hyd heddiw.",
       "Mae’r awdur yn ysgrifennu’n gynnil am golled, ac mae’r golygfeydd ar lan y môr yn arbennig o hardd a thawel.",
       "Weithiau mae’r plot yn llusgo yn y canol, ond mae’r diweddglo’n talu am yr amynedd a roddwyd gan y darllenydd."]
_GA = ["Léigh mé an leabhar seo i rith an gheimhridh, agus chuaigh scéal an teaghlaigh ar an oileán go mór i bhfeidhm orm.",
       "Scríobhann an t-údar go simplí faoin mbrón, agus tá na radhairc cois farraige thar a bheith álainn agus ciúin.",
       "Bíonn an plota mall sa lár uaireanta, ach is fiú an deireadh an fhoighne a theastaíonn ón léitheoir go cinnte."]


def _celtic(byline, paras, tail):
    html = _CELTIC.format(title="Adolygiad", byline=byline, p1=paras[0], p2=paras[1], p3=paras[2], tail=tail)
    return extract_page(html.encode(), "https://cylchgrawn.example.cymru/adolygiadau/nofel/").body_text


def test_welsh_writer_bio_goes():
    bio = "Mae Elin Morgan yn llyfrgellydd yng Ngheredigion ac yn adolygu nofelau teuluol i’r cylchgrawn."
    body = _celtic("Gan Elin Morgan · 3 Mawrth 2025", _CY, f"<p>{bio}</p>")
    assert "llyfrgellydd" not in body and _CY[2] in body


def test_irish_writer_bio_goes():
    bio = "Tá Siobhán Ní Bhriain ina múinteoir Gaeilge i gCorcaigh agus scríobhann sí faoi úrscéalta staire."
    body = _celtic("Le Siobhán Ní Bhriain · 3 Márta 2025", _GA, f"<p>{bio}</p>")
    assert "múinteoir Gaeilge" not in body and _GA[2] in body


def test_book_author_line_stays():
    # (the last paragraph about the book's author, whom the byline does not name: the review's)
    last = "Mae Dafydd Huws yn awdur sydd wedi ysgrifennu am gefn gwlad ers blynyddoedd, a dyma ei nofel orau hyd yma."
    body = _celtic("Gan Elin Morgan · 3 Mawrth 2025", _CY, f"<p>{last}</p>")
    assert last in body
