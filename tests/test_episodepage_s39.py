"""A book reviewed on a video host's watch page or on a podcast's episode page (videoreview, podcastpage, formats39a):
the medium's chrome (the player, the episode's number, og:type video.other) is not the subject when the written text
reviews one book; a film's, an album's or a show's page, and an episode that reviews no one book, stay another
medium's."""

import pytest

from scraper.extract import extract_page

# --- a video host's watch page (og:type video.other) --------------------------------------------------------------

_VIDEO = ("<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Reelbox</title>"
          "<meta property='og:type' content='{og}'></head><body><div class='masthead'><a href='/'>Reelbox</a>"
          "<button>Sign in</button></div><div class='watch'><div class='video-player'><span>0:00 / 21:05</span></div>"
          "<h1>{title}</h1><div class='channel'><a href='/@tidewrack'>Tidewrack Reads</a> 9.1K subscribers "
          "<button>Subscribe</button></div><div class='description'><p>12,400 views · 2 days ago</p>{body}</div>"
          "</div></body></html>")

_EN_BOOK = [
    "In this video I finally talk about The Lantern Orchard by Marta Vellacourt, a slow novel about three sisters who "
    "inherit a failing apple farm on a cold hillside and spend one winter deciding whether to sell it.",
    "I cover the braided timeline, the letters from their dead mother that open every part, and the long middle "
    "section where the youngest sister leaves for the city and Vellacourt nearly loses her nerve.",
    "What worked for me: the weather, the work, the way nobody says what they mean. What did not: an epilogue that "
    "ties every knot a little too neatly.",
]
_DE_BOOK = [
    "Heute spreche ich über <i>Das Eishaus</i> von Lotte Brandauer, einen stillen Roman über einen Fischer, der nach dem Tod "
    "seiner Frau das alte Eishaus am Hafen wieder aufbaut und dabei seinen erwachsenen Sohn neu kennenlernt.",
    "Im Video geht es um die kurzen Kapitel, die Sprache des Hafens und um die Briefe, die der Sohn nie abschickt; "
    "gegen Ende wird mir Brandauer etwas zu versöhnlich, aber die Mitte ist großartig.",
    "Ich habe den Roman an zwei Abenden gelesen und denke immer noch an das Eis in der Dunkelheit.",
]
_EN_FILM = [
    "In this video I finally talk about The Lantern Orchard by Marta Vellacourt, her first film, about three sisters "
    "who inherit a failing apple farm on a cold hillside and spend one winter deciding whether to sell it.",
    "I cover the cinematography, the score by a folk trio and the long middle stretch where the youngest sister "
    "leaves for the city and Vellacourt nearly loses her nerve; the performances carry it.",
    "What worked for me: the weather, the work, the way nobody says what they mean. What did not: an epilogue that "
    "ties every knot a little too neatly.",
]


def _video(paras, rating, lang="en", og="video.other", title="a quiet story I cannot stop thinking about"):
    body = "".join(f"<p>{p}</p>" for p in paras) + (f"<p>{rating}</p>" if rating else "")
    page = _VIDEO.format(lang=lang, og=og, title=title, body=body)
    return extract_page(page, "https://reelbox.example.com/watch?v=xY12ab")


@pytest.mark.parametrize("paras, rating, lang, title, author", [
    (_EN_BOOK, "My rating: 4/5", "en", "The Lantern Orchard", "Marta Vellacourt"),
    (_DE_BOOK, "Meine Bewertung: 4 von 5 Sternen", "de", "Das Eishaus", "Lotte Brandauer"),
])
def test_a_book_reviewed_in_a_video_description_is_a_review(paras, rating, lang, title, author):
    record = _video(paras, rating, lang)
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == (title, author)
    assert record.rating is not None


def test_a_film_reviewed_on_a_video_page_stays_another_medium():
    record = _video(_EN_FILM, "My rating: 4/5")
    assert record.kind != "review"


def test_a_video_declared_a_film_stays_another_medium():
    # (og:type video.movie declares the page a film's, whatever its description says)
    assert _video(_EN_BOOK, "My rating: 4/5", og="video.movie").kind != "review"


def test_an_album_page_stays_another_medium():
    assert _video(_EN_BOOK, "My rating: 4/5", og="music.album").kind != "review"


def test_a_book_talked_about_without_a_score_stays_another_medium():
    assert _video(_EN_BOOK, None).kind != "review"


# --- a podcast's episode page on its own site ----------------------------------------------------------------------

_EPISODE = ("<html lang='{lang}'><head><meta charset='utf-8'><title>{title} – Low Tide Readers</title>{meta}</head>"
            "<body class='{body_class}'><header class='site-header'><p class='site-title'><a href='/'>Low Tide "
            "Readers</a></p><p class='site-description'>Two friends, one story each month</p></header><main>"
            "<article class='post-77 entry'><h1 class='entry-title'>{title}</h1><div class='entry-content'>"
            "<div class='{player}'><span>{title}</span> <a href='/ep.mp3'>Download</a> | Duration: 51:10</div>"
            "{body}</div></article></main></body></html>")

_EN_NOTES = [
    "This month Ruth and Sam read The Lantern Orchard by Marta Vellacourt, the slow novel about three sisters who "
    "inherit a failing apple farm on a cold hillside and spend one winter deciding whether to sell it.",
    "We talk about the letters that open every part, about the youngest sister's months in the city, and about "
    "whether Vellacourt earns her quiet ending. Ruth loved the weather in it; Sam wanted the middle cut by a third.",
    "[00:02:10] Ruth: The farm work is written so precisely I could smell the cider press.",
    "[00:03:40] Sam: And yet the book keeps stopping to explain what we already understood.",
]
_FR_NOTES = [
    "Ce mois-ci, Inès et Paul lisent <i>La Maison des phares</i> de Corentin Le Bihan, un roman sur une gardienne de phare "
    "qui reste seule sur son rocher l'hiver où l'on automatise la lumière.",
    "Nous parlons de la langue, très sobre, des lettres du frère resté à terre et de la fin, que Paul trouve trop "
    "rapide. Inès a aimé Le Bihan du début à la fin ; la partie centrale est la plus forte.",
    "[00:04:05] Inès : Le vent est un personnage à part entière, on l'entend à chaque page.",
]
_TALK_NOTES = [
    "This month Ruth and Sam talk about how they choose what to read next: library holds, the staff picks at the "
    "bookshop on the corner, and the stack that never shrinks beside the bed.",
    "Ruth swears by reading two books at once, Sam by finishing everything he starts, and a listener writes in to say "
    "they only read on trains now. We also answer your questions about audiobooks.",
    "[00:02:10] Ruth: The stack beside my bed has its own weather system at this point.",
]
_FILM_NOTES = [
    "This month Ruth and Sam watch The Lantern Orchard by Marta Vellacourt, the slow film about three sisters who "
    "inherit a failing apple farm on a cold hillside and spend one winter deciding whether to sell it.",
    "We talk about the cinematography, the folk soundtrack and whether Vellacourt earns her quiet ending. Ruth "
    "loved the weather in it; Sam wanted the middle cut by twenty minutes.",
    "[00:02:10] Ruth: The farm work is shot so precisely I could smell the cider press.",
]


def _episode(paras, rating, lang="en", title="Ep. 31 – Apples in the frost", body_class="single-podcast",
             player="ssp-player ssp-player-large", meta=""):
    body = "".join(f"<p>{p}</p>" for p in paras) + (f"<p><strong>Our verdict:</strong> {rating}</p>" if rating else "")
    page = _EPISODE.format(lang=lang, title=title, body_class=body_class, player=player, meta=meta, body=body)
    return extract_page(page, "https://lowtide.example.org/episodes/ep-31-apples-in-the-frost/")


@pytest.mark.parametrize("kwargs", [
    # WordPress's post type of a podcast (its body class) and a podcast plugin's player
    {},
    # the plugin's player only, the body left without the post type's class
    {"body_class": "single single-post"},
    # the plugin named in the generator meta only, an engine's generic player box
    {"body_class": "single", "player": "audio-box", "meta": "<meta name='generator' content='PowerPress 11.2'>"},
])
def test_a_book_reviewed_in_an_episodes_notes_is_a_review(kwargs):
    record = _episode(_EN_NOTES, "4/5", **kwargs)
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == ("The Lantern Orchard", "Marta Vellacourt")


def test_a_player_that_names_a_podcast_directory_marks_the_episode():
    body = "".join(f"<p>{p}</p>" for p in _FR_NOTES) + "<p>Notre note : 4/5</p>"
    page = ("<html lang='fr'><head><meta charset='utf-8'><title>Épisode 12 : Le phare en hiver – Marée basse</title>"
            "</head><body><div class='post'><h1>Épisode 12 : Le phare en hiver</h1><div class='audio-player'>"
            "<span>0:00 / 44:10</span> <button>Écouter sur Apple Podcasts</button></div>"
            f"<div class='body markup'>{body}</div></div></body></html>")
    record = extract_page(page, "https://mareebasse.example.fr/p/episode-12-le-phare-en-hiver")
    assert record.kind == "review", record.reason
    assert record.book_author == "Corentin Le Bihan"


def test_an_episode_that_reviews_no_one_book_stays_another_medium():
    assert _episode(_TALK_NOTES, "4/5").kind != "review"


def test_a_film_podcasts_episode_stays_another_medium():
    assert _episode(_FILM_NOTES, "4/5").kind != "review"


def test_an_audiobook_review_with_a_sample_player_is_not_made_an_episode():
    # a review numbered as a series' episode, under a bare audio sample: nothing names a podcast
    from scraper.extract.mediumpage import podcast_episode
    from lxml import html as lhtml
    tree = lhtml.fromstring("<html><body><article><h1>Episode 3 of the Salt saga</h1><div class='sample-player'>"
                            "<audio src='/sample.mp3'></audio> Listen to a sample</div><p>Text.</p></article>"
                            "</body></html>")
    assert podcast_episode(tree, "Episode 3 of the Salt saga") is None


def test_a_podcast_plugins_player_box_goes_with_the_widgets():
    # its title line and duration are the player's, not the notes'
    record = _episode(_EN_NOTES, "4/5", title="Ep. 31 – Apples in the frost")
    assert "Duration" not in record.body_text and "Apples in the frost" not in record.body_text
    assert "cider press" in record.body_text

