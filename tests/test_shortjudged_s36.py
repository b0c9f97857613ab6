"""s36 detshort117: short posts that name one book and judge it (own words and markup).

- ``shortheaded.capsule``: a microblog's capsule under a headline naming the book, its author named in the text, one
  score line of its own: a review at 40 English words' worth; not unrated, not shorter.
- ``recommendto``: "I recommend" with its object dropped and its receiver named ("Suosittelen isille", "Odporúčam na
  …") in the post's closing line recommends the book; not in the middle of a post, not in a question.
- ``shortheaded.headed_owned``: an unrated short post under "Author: Title" whose prose names the author again and
  recommends in the first person is a review; a notice naming the author again without the voice is not, nor a
  recommendation that never speaks of the writer.
"""

from types import SimpleNamespace

from scraper.extract import extract_page
from scraper.extract.shortverdict import floor


def _bear(headline: str, paras: list[str], lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Attic Lamp</title></head>
<body class="post"><header><a class="title" href="/"><h2>Attic Lamp</h2></a><nav><p><a href="/">Home</a>
<a href="/blog/">Blog</a></p></nav></header><main><h1>{headline}</h1>
<p><i><time datetime="2026-11-03T20:00Z">03 Nov, 2026</time></i></p><content>{body}</content>
<p class="tags"><a>#novella</a></p></main><footer>Powered by Bear</footer></body></html>"""


_CAPSULE = ("Orla Breck's The Tin Lighthouse, read in one sitting while the kettle went cold twice. A keeper's widow, "
            "a son who will not come home, a storm that takes a whole chapter to arrive. Spare and salty. "
            "I closed it and sat in the dark.")


def test_rated_capsule_under_its_book_headline_is_a_review():
    record = extract_page(_bear("The Tin Lighthouse", [_CAPSULE, "★★★½"]), "https://atticlamp.bearblog.dev/tin-lighthouse/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("The Tin Lighthouse", "Orla Breck")
    assert record.rating_raw == "★★★½"


def test_unrated_capsule_stays_empty():
    record = extract_page(_bear("The Tin Lighthouse", [_CAPSULE]), "https://atticlamp.bearblog.dev/tin-lighthouse/")
    assert not record.is_review


def test_rated_capsule_naming_only_its_writer_stays_empty():
    text = _CAPSULE.replace("Orla Breck's The Tin Lighthouse", "Orla Breck's third novel")
    record = extract_page(_bear("The Tin Lighthouse", [text, "★★★½"]), "https://atticlamp.bearblog.dev/tin-lighthouse/")
    assert record.kind == "empty", record.reason


def test_rated_line_of_twenty_words_stays_empty():
    text = "Orla Breck's The Tin Lighthouse, read in one sitting. Spare and salty, a storm of a book."
    record = extract_page(_bear("The Tin Lighthouse", [text, "★★★½"]), "https://atticlamp.bearblog.dev/tin-lighthouse/")
    assert record.kind == "empty"


def _ev(lines, title="Kesän varjot"):
    return SimpleNamespace(rating=False, scored_lines=0, verdict_lines=0, averaged=0, reply_scores=0,
                           book_source="title", book_title=title, book_has_author=True, title=title, book_author="Aino Laks",
                           body=(tuple(lines), "\n".join(lines)), post_bodies=1, books_named=0, appointment=False)


def test_closing_recommendation_to_its_readers_lowers_the_floor():
    assert floor(_ev(["Pitkä kesä saaressa ja kolme sisarusta.", "Suosittelen isille ja pojille."])) == 60
    assert floor(_ev(["A slow summer on an island.", "Hard going at first. I recommend to anyone with a sister."],
                     title="Summer Shade")) == 60


def test_recommendation_to_someone_mid_post_keeps_the_floor():
    lines = ["I recommend to the committee a later start for the club.", "The hall opens at seven on Thursdays."]
    assert floor(_ev(lines, title="Summer Shade")) == 100


def test_closing_question_recommending_to_someone_keeps_the_floor():
    lines = ["The hall opens at seven.", "Would you say I recommend to newcomers a shorter book first?"]
    assert floor(_ev(lines, title="Summer Shade")) == 100


def _wp(headline: str, paras: list[str], lang: str = "fi") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} – Lukulyhty</title></head>
<body class="post-template-default single single-post"><header><p class="wp-block-site-title"><a href="/">Lukulyhty</a></p>
</header><main><h1 class="wp-block-post-title">{headline}</h1><div class="wp-block-post-date"><time datetime="2026-11-02">2.11.2026</time></div>
<div class="entry-content wp-block-post-content">{body}</div></main><footer><p>Lukulyhty · Oulu</p></footer></body></html>"""


_FI = ["Vanha kalastaja muuttaa kaupunkiin tyttärensä luo ja alkaa kirjoittaa kirjeitä kuolleelle vaimolleen. Kirjeissä "
       "on jäitä, verkkoja ja yksi salaisuus.",
       "Laks kirjoittaa niukasti, mutta jokainen lause osuu. Tytär ei ymmärrä isäänsä, ja isä ei ymmärrä kaupunkia, "
       "jossa kukaan ei tervehdi rappukäytävässä. Itkin viimeisen kirjeen kohdalla bussissa ja jäin pois väärällä pysäkillä."]


def test_short_post_under_author_title_recommending_it_is_a_review():
    record = extract_page(_wp("Aino Laks: Kirjeitä jäälle", _FI + ["Lyhyt ja kaunis. Suosittelen isille ja tyttärille."]),
                          "https://lukulyhty.fi/2026/11/02/aino-laks-kirjeita-jaalle/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Kirjeitä jäälle", "Aino Laks")


def test_notice_naming_the_author_again_without_a_verdict_is_no_review():
    paras = ["Vanha kalastaja muuttaa kaupunkiin tyttärensä luo ja alkaa kirjoittaa kirjeitä kuolleelle vaimolleen.",
             "Laks vierailee kirjastossa ensi kuussa ja kertoo kirjan synnystä. Kirja ilmestyy marraskuussa "
             "kustantamon syyslistalla, ja ennakkotilaukset ovat jo auki verkkokaupassa."]
    record = extract_page(_wp("Aino Laks: Kirjeitä jäälle", paras), "https://lukulyhty.fi/2026/11/02/aino-laks-kirjeita-jaalle/")
    assert not record.is_review


def test_recommendation_that_never_speaks_of_the_writer_is_no_review():
    paras = ["Kirjaston syksyn lukupiiri alkaa taas. Tapaamme joka toinen tiistai lukusalissa ja juomme teetä.",
             "Ensimmäisenä luetaan tämä teos, ja lainakappaleita on varattu kaksitoista. Suosittelen kaikille."]
    record = extract_page(_wp("Aino Laks: Kirjeitä jäälle", paras), "https://lukulyhty.fi/2026/11/02/aino-laks-kirjeita-jaalle/")
    assert not record.is_review
