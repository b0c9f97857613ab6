"""Misfires of detshort's s33 rules (rev-detshort): an English post under a Hungarian site theme weighed as Hungarian
because its names carry accents (reviewlength: only lower-case words of prose tell the language); a capsule opening on
a phrase of its book's background, "Shortlisted for the X in 1963, T follows …", or an Italian author's degree,
"Laureata in lettere, A scrisse T", dropped as prize news (backlistnews: a leading phrase that names no word of the
record is no news of it; "laureato in" is a graduate). Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.backlistnews import tells_a_death
from scraper.extract.reviewlength import english_words


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_EN = ("Magda Szabó's novel follows Emerenc, the old housekeeper, through twenty years in a Budapest street. "
       "Szabó writes short, clean sentences and Emerenc's silences did me good. Ágnes, Éva and Gábor drift through "
       "too, and Déry's café appears once. I cried on the bus at the end.")


def test_an_english_post_with_accented_names_under_a_hungarian_theme_stays_empty():
    record = extract_page(_page("hu", "Magda Szabó: The Door", [_EN, "7/10"]), "https://olvasok.example.hu/2026/11/door")
    assert record.kind == "empty", (record.kind, record.reason)


def test_names_are_no_words_of_the_pages_language():
    assert english_words([_EN], 46, "hu") == 46
    assert english_words(["Szabó Anna rövid, tiszta mondatokban ír, és a könyv csendje nekem jólesett."], 100, "hu") == 130


_RECORD = "Tamsin Avery, The Glass Orchard, Harbour Classics, 1962"


def test_a_capsule_opening_on_its_books_old_shortlisting_is_a_review():
    paragraphs = [
        "Shortlisted for the Lantern Prize in 1963, The Glass Orchard follows a widower who keeps an orchard of glass "
        "trees on a cliff above a fishing town and lets nobody inside the gate, until a girl from the cannery climbs "
        "the wall one night to steal a pear.",
        "Avery tells it in short chapters, each one a season, and the glass catches every light the town throws at "
        "it. The ending comes quickly, almost too quickly, and it has stayed with me all week.",
        _RECORD,
    ]
    record = extract_page(_page("en", "Pears and glass", paragraphs), "https://smallreads.example.org/2026/11/pears/")
    assert record.is_review, (record.kind, record.reason)


def test_an_italian_capsule_opening_on_its_authors_degree_is_a_review():
    paragraphs = [
        "Laureata in lettere a Bologna, Tamsin Avery scrisse Il frutteto di vetro a trent'anni: la storia di un "
        "vedovo che custodisce un frutteto di alberi di vetro su una scogliera e non lascia entrare nessuno, finché "
        "una ragazza del conservificio scavalca il muro di notte per rubare una pera.",
        "Avery racconta in capitoli brevi, uno per stagione, e il vetro cattura ogni luce del paese. Il finale arriva "
        "in fretta, forse troppo, ma resta addosso per tutta la settimana.",
        "Tamsin Avery, Il frutteto di vetro, Adelphi, 1962",
    ]
    record = extract_page(_page("it", "Pere e vetro", paragraphs), "https://lettrici.example.it/2026/11/frutteto/")
    assert record.is_review, (record.kind, record.reason)


def test_the_prize_news_is_still_read_when_the_leading_phrase_names_the_book():
    named = lambda sentence: "Avery" in sentence  # noqa: E731
    assert tells_a_death("Avery's The Glass Orchard, reissued in May, has been shortlisted for the Lantern Prize.", named)
    assert tells_a_death("After forty years, Avery's novel has been shortlisted for the Lantern Prize.", named)
    assert not tells_a_death("Shortlisted for the Lantern Prize in 1963, Avery's novel follows a widower.", named)
    assert not tells_a_death("Tamsin Avery, laureata in lettere a Bologna, scrisse il romanzo a trent'anni.", named)


_SR = [
    "Jelena Marković je napisala kratak roman o porodici koja jednog leta gubi imanje kraj Dunava. Marković piše "
    "jednostavno, a njene rečenice nose miris prašine i lipe.",
    "Najbolje su stranice o deci koja ne razumeju šta se oko njih dešava, i o ocu koji svako veče broji ono što je "
    "ostalo. Sporedni likovi su ponekad tanki, ali poslednje poglavlje dugo ostaje u sećanju.",
    "<em>Jelena Marković, Leto u Sremu, Laguna, 2026.</em>",
]


def test_a_closing_line_linking_the_writers_own_weekly_round_up_post_stays():
    last = 'Ova knjiga je pobednik mog <a href="/2026/11/nedeljni-pregled-45/">nedeljnog pregleda</a> za novembar.'
    record = extract_page(_page("sr", "Prašina i lipe", _SR + [last]), "https://citanje.example.rs/2026/11/leto/")
    assert "pobednik mog nedeljnog pregleda" in record.body_text


def test_a_link_to_the_weekly_digests_sign_up_is_still_removed():
    last = 'Prijavite se za <a href="/newsletter/">nedeljni pregled</a> novih tekstova.'
    record = extract_page(_page("sr", "Prašina i lipe", _SR + [last]), "https://citanje.example.rs/2026/11/leto/")
    assert "nedeljni pregled" not in record.body_text and "poslednje poglavlje" in record.body_text


def test_a_hebrew_text_under_a_themes_english_attribute_is_weighed_as_hebrew():
    hebrew = ["אדלר כותבת במשפטים קצרים ונקיים, והשקט של הספר עשה לי טוב אחרי ערבים ארוכים."]
    assert english_words(hebrew, 100, "en") == 120
    assert english_words(hebrew, 100, None) == 120
    assert english_words(hebrew, 100, "yi") == 100  # (Yiddish, in the same script, writes its articles)
    assert english_words(["Adler writes short, clean sentences, and I cried on the bus."], 100, "en") == 100


def test_the_reservation_is_read_in_serbian_cyrillic_and_in_the_masculine_and_plural_forms():
    from scraper.extract.reservation import reserves
    assert reserves(["Ponekad su dijalozi razvučeni, ali kraj je odličan."])
    assert reserves(["Дијалози су понекад развучени, али крај је одличан."])
    assert reserves(["Стил је местимично досадан, али крај је одличан."])
    assert reserves(["Glavni lik je ponekad tanak, ali kraj je snažan."])
    assert reserves(["Dialógy sú miestami zdĺhavé, ale koniec je silný."])
    assert reserves(["Niektoré postavy sú plytké, ale koniec je silný."])
    assert not reserves(["Radnja nikad nije dosadan, ali traži strpljenje."])
