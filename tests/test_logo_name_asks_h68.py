"""Helper left67 of the holdout68 round, in our own words and markup: asks that name the site only as its logo does.

- pleas.site_names: the site's name as the logo shows it, the page's first link home ("/", the site's root) with
  one to three words, when the page title holds it too as a part after the post's ("<post> | Lumen - tagline"): the
  title's last part is then the tagline, and every rule that checks the site's name (fundbox, pleas, houseads) reads it;
- fundbox.FUND: the Albanian words of funding (a gift, give, contribute, support us, help us, become a member);
- edges.READ_ALSO: the Albanian 'read also' in the singular ("Lexo edhe:") and 'read more'.

Near misses: a first link home that says "Home" (in no title part), a logo link whose text the title does not hold,
the logo's name in a paragraph of the review, an Albanian plot line about a gift or a novel that "rests on" a legend,
a 'read also' sentence inside the reviewer's paragraph.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.pleas import site_names

_REVIEW = [
    "Roman prati staru učiteljicu koja se nakon trideset godina vraća u selo na otoku i otvara školu za jedno dijete, "
    "a svako poglavlje počinje pismom koje nikome ne šalje.",
    "Najjače je strpljenje knjige: stotinu stranica ništa se ne događa, a onda jedna rečenica o izgubljenom čamcu "
    "promijeni sve što smo prije pročitali i što smo mislili da razumijemo.",
    "Sredina je malo spora i brat je više ideja nego osoba, ali posljednje poglavlje je tiho sjajno i pročitala sam ga "
    "dvaput prije nego što sam zatvorila knjigu.",
    "Preporučila bih je svakome tko voli spore romane o pismima i vremenu, a potražit ću i njezine eseje.",
]


def _page(inserted: str, title: str, logo: str, at: int = 3, lang: str = "hr", paragraphs: list[str] = _REVIEW) -> str:
    body = [f"<p>{p}</p>" for p in paragraphs]
    body.insert(at, inserted)
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body>"
            f"<div id='top'>{logo} <span>tagline</span><ul><li><a href='/knjige/'>Knjige</a></li></ul></div>"
            f"<main><article><h1>Učiteljica na otoku</h1><div class='text'>{''.join(body)}</div></article></main>"
            f"<footer>© 2026</footer></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://www.lumen.example.hr/knjige/uciteljica").body_text


def _names(title: str, logo: str) -> list[str]:
    tree = lxml_html.fromstring(f"<html><head><title>{title}</title></head><body><div>{logo}</div>"
                                f"<p><a href='/'>Naslovnica</a></p><article><p>tekst</p></article></body></html>")
    return [n.casefold() for n in site_names(tree.find("body"), ())]


def test_logo_name_read_with_the_title():
    assert "lumen" in _names("Učiteljica na otoku | Lumen - Kritike i eseji", "<a class='logo' href='/'>Lumen</a>")
    assert "pirol" in _names("Der stille Lehrer – Pirol – Bücher am Abend", "<a href='https://pirol.example.de/'>Pirol</a>")


def test_logo_near_misses():
    # (a first link home that says "Home"; a logo the title does not hold; only the first link home is read)
    assert "home" not in _names("Učiteljica na otoku | Lumen - Kritike i eseji", "<a href='/'>Home</a>")
    assert "okvir" not in _names("Učiteljica na otoku | Kritike i eseji", "<a href='/'>Okvir</a>")
    assert "naslovnica" not in _names("Učiteljica | Naslovnica - Lumen", "<a href='/'>Lumen</a>")


def test_support_box_naming_the_logo():
    # (hr: Lumen lives on its readers: with two euros a month of support it stays free for all. More)
    line = "Lumen žive čitatelji: uz dva eura mjesečne podrške ostaje besplatan za sve."
    html = _page(f"<div class='kutija'><p><strong>{line}</strong> <a href='/podrska/'>Više o tome</a></p></div>",
                 "Učiteljica na otoku | Lumen - Kritike i eseji", "<a class='logo' href='/'>Lumen</a>")
    assert line not in _text(html)


def test_logo_name_in_the_review_stays():
    # (hr: the reviewer names the site in her own paragraph: "I first read about it here on Lumen two years ago")
    line = "Prvi put sam o njoj čitala ovdje na Lumenu prije dvije godine, u tekstu o otočkim školama i pismima."
    html = _page(f"<p>{line}</p>", "Učiteljica na otoku | Lumen - Kritike i eseji", "<a class='logo' href='/'>Lumen</a>")
    assert line in _text(html)


_SQ = [
    "Romani ndjek një mësuese të vjetër që kthehet në fshatin e saj pas tridhjetë vjetësh dhe hap një shkollë për një "
    "fëmijë të vetëm, ndërsa çdo kapitull nis me një letër që nuk ia dërgon askujt.",
    "Më e forta është durimi i librit: për njëqind faqe nuk ndodh asgjë, pastaj një fjali e vetme për një varkë të "
    "humbur ndryshon gjithçka që kemi lexuar më parë.",
    "Mesi zgjatet pak dhe vëllai është më shumë ide se njeri, por kapitulli i fundit është i shkëlqyer dhe e lexova dy "
    "herë para se ta mbyllja librin.",
    "Do t'ia rekomandoja kujtdo që i pëlqejnë romanet e ngadalta për letrat dhe kohën.",
]


def _sq(inserted: str, at: int = 3) -> str:
    return _text(_page(inserted, "Mësuesja e ishullit | Drita - Kritikë letrare", "<a href='/'>Drita</a>", at=at,
                       lang="sq", paragraphs=_SQ))


def test_albanian_gift_box():
    # (sq: keep the portal alive with a gift: every contribution counts)
    line = "Mbani gjallë portalin me një dhuratë të vogël: çdo kontribut ka rëndësi."
    assert line not in _sq(f"<div class='kuti'><p>{line}</p></div>")


def test_albanian_gift_in_the_review_stays():
    # (sq: the grandmother leaves the boy a gift, her contribution to the village school; the novel rests on a legend)
    for line in ("Gjyshja i lë djalit një dhuratë: kontributin e saj të fundit për shkollën e fshatit, një fletore.",
                 "Romani mbështetet në një legjendë të vjetër të bregdetit dhe e tregon atë me shumë kujdes."):
        assert line in _sq(f"<p>{line}</p>")


def test_albanian_read_also():
    for label in ("Lexo edhe:", "Lexoni gjithashtu:", "Lexo më shumë:"):
        # (an old portal's query-string link, after the review's last paragraph but one)
        text = _sq(f"<p class='tjeter'>{label} <a href='/?faqe=12&amp;artikull=300'>Deti i vjetër, një lexim i ri</a></p>")
        assert "Deti i vjetër, një lexim i ri" not in text


def test_albanian_read_also_sentence_stays():
    # (sq: read also his early poems, it is worth it: the reviewer's own advice, no link)
    line = "Lexo edhe poezitë e tij të hershme, ia vlen, sepse aty gjendet e njëjta mësuese në një formë tjetër."
    assert line in _sq(f"<p>{line}</p>")
