"""An Icelandic headline "T eftir A" ("eftir": by, and after) with A one name, as some Icelandic writers go by one:
the page language's by-word (bookheadline.BY_IN), read by bookpenname.by_pen_name where the text says A capitalised
as the subject of a writing verb. Near misses: a common noun after "eftir" that the text writes in lower case
("Sumarið eftir Stríðið"), and a one-word name the text gives no writer's place (a character)."""

from __future__ import annotations

from scraper.extract import extract_page


_MORE = [
    "Ég las hana á þremur kvöldum í desember, með te og teppi, og hún minnti mig á bækurnar sem afi las fyrir okkur "
    "systkinin þegar rafmagnið fór og við sátum við kertaljós í eldhúsinu.",
    "Stíllinn er einfaldur en myndirnar skarpar, og samtölin eru stutt og segja meira en orðin sjálf.",
    "Í miðjunni hægist aðeins á sögunni, þegar veðrið lokar firðinum og fjölskyldan situr föst inni í húsinu vikum "
    "saman, en einmitt þar verða bestu kaflarnir til, þegar þögnin á milli fólksins segir allt sem þarf.",
    "Síðustu blaðsíðurnar eru mjög fallegar og ég hugsa enn um þær nokkrum dögum eftir að ég lagði bókina frá mér.",
]


def _page(headline: str, prose: list[str]):
    body = "".join(f"<p>{p}</p>" for p in prose + _MORE) + "<p><strong>Einkunn:</strong> 4/5</p>"
    html = (f'<html lang="is"><head><meta charset="utf-8"><title>{headline}</title></head>'
            f'<body class="post-template tag-ritdomar"><article class="article post tag-ritdomar">'
            '<header class="article-header"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">'
            f'<a>Ritdómar</a></span></div><h1 class="article-title">{headline}</h1></header>'
            f'<section class="gh-content">{body}</section></article></body></html>')
    return extract_page(html, "https://lesbok.example.is/fjordurinn/")


def test_one_name_after_eftir_is_the_author():
    record = _page("Fjörðurinn eftir Kjarval", [
        "Þetta er stutt skáldsaga um fjölskyldu sem flytur í afskekktan fjörð og reynir að lifa af fyrsta veturinn.",
        "Kjarval skrifar um myrkrið og snjóinn af mikilli hlýju, og persónurnar verða manni nánar smám saman.",
        "Bókin er ekki gallalaus en endirinn er fallegur og ég mæli með henni fyrir langar vetrarnætur.",
    ])
    assert (record.book_title, record.book_author) == ("Fjörðurinn", "Kjarval")


def test_near_miss_common_noun_after_eftir():
    record = _page("Sumarið eftir Stríðið", [
        "Sumarið eftir stríðið var fólkið í þorpinu enn að bíða eftir fréttum af þeim sem fóru.",
        "Ég man þegar amma sagði mér frá stríðinu og hvernig allt breyttist á einu sumri.",
        "Þetta eru minningar mínar frá þeim tíma, skrifaðar fyrir börnin mín.",
    ])
    assert record.book_author is None


def test_near_miss_one_name_that_is_a_character():
    record = _page("Ferðin eftir Ástu", [
        "Ásta fer ein til Reykjavíkur og leitar að systur sinni sem hvarf fyrir tíu árum.",
        "Ásta hittir marga á leiðinni og hver þeirra veit eitthvað sem hún veit ekki.",
        "Mér fannst sagan spennandi þótt hún sé dálítið hæg í byrjun.",
    ])
    assert record.book_author is None
