"""formats39a's misfires (rev-formats39a): a video host's page (og:type video.other) reviewing a television
adaptation or a video game made from a novel is no book's review, in English, German and Spanish (videoreview's
screen nouns widened to television's and games'); a book whose own title opens on a medium's word ("Video: The
Reflexive Medium") keeps it where the page plays nothing (mediumlabel reads the label only on a page with a player);
a catalogue's family name of two words filed first is read (bookld); a podcast plugin's generator meta, printed on every
page of a site that runs the plugin, makes an episode only of a page carrying its audio (podcastpage)."""

import pytest

from scraper.extract import extract_page

# --- a video page reviewing a show or a game made from a book --------------------------------------------------------

_VIDEO = ("<html lang='{lang}'><head><meta charset='utf-8'><title>honest thoughts, no spoilers - Reelbox</title>"
          "<meta property='og:type' content='video.other'></head><body><div class='masthead'><a href='/'>Reelbox</a>"
          "</div><div class='watch'><div class='video-player'><span>0:00 / 14:05</span></div>"
          "<h1>honest thoughts, no spoilers</h1><div class='channel'><a href='/@quill'>Quill and Couch</a> 3K "
          "subscribers</div><div class='description'><p>5,100 views · 1 day ago</p>{body}</div></div></body></html>")

_TV_EN = [
    "Today I review the second season of The Glass Meridian by Oona Falkner, the Netflix show made from her novel, "
    "eight episodes about a lighthouse keeper's daughter who inherits a shipping company.",
    "The casting is spot on and the sets are gorgeous, but the writers' room stretches three chapters of plot over "
    "eight hours and the finale invents a villain Falkner never wrote.",
    "If you loved the pacing of season one you will be patient with this; I was not always.",
]
_GAME_EN = [
    "Today I play through The Glass Meridian by Oona Falkner, the video game made from her novel, twelve hours as a "
    "lighthouse keeper's daughter who inherits a shipping company.",
    "The puzzles are clever and the art is gorgeous, but the controls fight you in every storm level and the ending "
    "invents a villain Falkner never wrote.",
    "If you loved exploring in the demo you will be patient with this; I was not always.",
]
_TV_ES = [
    "Hoy comento la segunda temporada de El meridiano de cristal de Oona Falkner, la serie de televisión basada en su "
    "novela, ocho capítulos sobre la hija de un farero que hereda una naviera.",
    "El reparto acierta y los decorados son preciosos, pero los guionistas estiran tres capítulos de trama durante "
    "ocho horas y el final se inventa un villano que Falkner nunca escribió.",
    "Si te gustó el ritmo de la primera entrega tendrás paciencia; yo no siempre la tuve.",
]
_TV_DE = [
    "Heute bespreche ich die zweite Staffel von Der gläserne Meridian von Oona Falkner, die Fernsehserie nach ihrem "
    "Roman, acht Teile über die Tochter eines Leuchtturmwärters, die eine Reederei erbt.",
    "Die Besetzung stimmt und die Kulissen sind schön, aber das Drehbuch dehnt drei Kapitel auf acht Stunden, und das "
    "Finale erfindet einen Schurken, den Falkner nie geschrieben hat.",
    "Wer die erste Staffel mochte, wird geduldig sein; ich war es nicht immer.",
]


def _video(paras, rating, lang):
    body = "".join(f"<p>{p}</p>" for p in paras) + f"<p>{rating}</p>"
    return extract_page(_VIDEO.format(lang=lang, body=body), "https://reelbox.example.com/watch?v=ab12")


@pytest.mark.parametrize("paras, rating, lang", [
    (_TV_EN, "My rating: 3/5", "en"),
    (_GAME_EN, "My rating: 3/5", "en"),
    (_TV_ES, "Mi nota: 3/5", "es"),
    (_TV_DE, "Meine Bewertung: 3 von 5", "de"),
])
def test_a_show_or_a_game_made_from_a_novel_on_a_video_page_stays_another_medium(paras, rating, lang):
    record = _video(paras, rating, lang)
    assert record.kind != "review", (record.reason, record.book_title)


# --- a book whose title opens on a medium's word ---------------------------------------------------------------------

_ESSAY = [
    "Spielmann argues that video is not a poorer cousin of film but a medium of its own, one defined by the signal and "
    "its feedback loops rather than by the frame, and the book sets out to prove it across two hundred dense pages.",
    "The chapters on early artists' tapes are the strongest; the theory sections get heavy, and the prose never quite "
    "lets the reader rest, but the argument is patient and clear.",
    "A demanding, rewarding study that I will keep on the shelf beside the other classics of media theory.",
]
_ESSAY_NL = [
    "Spielmann betoogt dat video geen armere neef van de film is maar een eigen medium, bepaald door het signaal en "
    "zijn terugkoppeling in plaats van door het beeld, en het boek wil dat over tweehonderd dichte bladzijden bewijzen.",
    "De hoofdstukken over de vroege banden van kunstenaars zijn het sterkst; de theorie wordt zwaar en het proza laat "
    "de lezer nooit echt rusten, maar het betoog is geduldig en helder.",
    "Een veeleisende, lonende studie die ik naast de andere klassiekers van de mediatheorie in de kast zet.",
]


def _post(headline, paras, lang, player=""):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline} | Marginalia</title></head><body>"
            "<header><a href='/'>Marginalia</a></header><article class='post'>"
            f"<h1 class='post-title'>{headline}</h1><div class='post-content'>{player}{ps}<p>Rating: 4/5</p></div>"
            "</article></body></html>")


@pytest.mark.parametrize("headline, paras, lang, title", [
    ("Video: The Reflexive Medium by Yvonne Spielmann", _ESSAY, "en", "Video: The Reflexive Medium"),
    ("Video: het reflexieve medium van Yvonne Spielmann", _ESSAY_NL, "nl", "Video: het reflexieve medium"),
])
def test_a_title_opening_on_a_medium_word_stays_whole_on_a_page_that_plays_nothing(headline, paras, lang, title):
    record = extract_page(_post(headline, paras, lang), "https://marginalia.example.org/2026/11/review/")
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == (title, "Yvonne Spielmann")


def test_the_label_still_goes_on_a_page_that_plays_the_video():
    player = "<iframe src='https://www.youtube-nocookie.com/embed/Ab12Cd34' title='Bespreking'></iframe>"
    record = extract_page(_post("Video: het reflexieve medium van Yvonne Spielmann", _ESSAY_NL, "nl", player),
                          "https://marginalia.example.org/2026/11/review/")
    assert (record.book_title, record.book_author) == ("het reflexieve medium", "Yvonne Spielmann")


# --- a catalogue's author filed family name first, the family name of two words ------------------------------------

_CATALOGUE = ("<html lang='{lang}'><head><meta charset='utf-8'><title>{title}: a review by saltmarsh_reader | "
              "Catalogia</title></head><body class='work reviews'><div id='masthead'><a href='/'>Catalogia</a></div>"
              "<div id='main'><div class='headsummary'><h1>{title}</h1><h2>{by} <a href='{href}'>{name}</a></h2>"
              "<div class='stats'><span>Members: 812</span></div></div><div class='bookReview'><div class='reviewText'>"
              "{paras}</div><div class='reviewControls'><span class='stars'>★★★★</span> <a href='/profile/"
              "saltmarsh_reader'>saltmarsh_reader</a> | Nov 30, 2026</div></div></div></body></html>")
_FILED = {
    "en": ["A retired ferry captain spends one last summer sailing the route he worked for forty years, now as a "
           "passenger, and the novel listens to every conversation on deck as if it were his last watch.",
           "{family} writes the captain's voice dry and funny, and the chapters in his daughter's letters are the best of it; the "
           "middle sags with harbour gossip, but the final crossing is beautifully judged.",
           "Patient, salty and kind, and I finished it on a real ferry, which helped."],
    "es": ["Un capitán de transbordador jubilado pasa un último verano haciendo como pasajero la ruta que trabajó "
           "durante cuarenta años, y la novela escucha cada conversación en cubierta como si fuera su última guardia.",
           "{family} escribe la voz del capitán seca y divertida, y los capítulos de las cartas de su hija son lo mejor; el centro "
           "decae con chismes del puerto, pero la travesía final está muy bien medida.",
           "Paciente, salada y amable; la terminé en un transbordador de verdad, lo que ayudó."],
    "nl": ["Een gepensioneerde veerbootkapitein vaart een laatste zomer als passagier de route die hij veertig jaar "
           "voer, en de roman luistert naar elk gesprek aan dek alsof het zijn laatste wacht is.",
           "{family} schrijft de stem van de kapitein droog en grappig, en de hoofdstukken in de brieven van zijn dochter zijn het "
           "beste; het midden zakt in met havenroddels, maar de laatste overtocht is prachtig gewogen.",
           "Geduldig, zilt en vriendelijk, en ik las het uit op een echte veerboot."],
}


@pytest.mark.parametrize("href, name, lang, by, title, family", [
    # a family name of two words (Spanish), a particle before it (Dutch, English)
    ("/author/garciavelascoaurora", "Aurora García Velasco", "es", "de", "La última travesía", "García Velasco"),
    ("/author/vandermeerpieter", "Pieter van der Meer", "nl", "door", "De laatste overtocht", "Van der Meer"),
    ("/author/leclairursulam", "Ursula M. Le Clair", "en", "by", "The Last Crossing", "Le Clair"),
])
def test_a_family_name_of_two_words_filed_first_is_read(href, name, lang, by, title, family):
    paras = "".join(f"<p>{p.format(family=family)}</p>" for p in _FILED[lang])
    page = _CATALOGUE.format(lang=lang, title=title, by=by, href=href, name=name, paras=paras)
    record = extract_page(page, "https://catalogia.example.com/work/5521/reviews/90817")
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == (title, name)


# --- a podcast plugin named site-wide, on a post that plays nothing --------------------------------------------------

_RECAP = {
    "en": ("Shogun, episode 5: the earthquake", [
        "Episode 5 of Shogun by James Clavell follows the book closely: Toranaga's gambit at the castle plays out almost "
        "line for line as Clavell wrote it, and Blackthorne's lessons in the language are the best scenes yet.",
        "The earthquake sequence is staged with real dread, though the subplot with the priests is rushed, and Mariko "
        "gets less room than she has in the novel's middle chapters.",
        "Next week's episode should bring the ships; I will be watching on Tuesday night."], "Rating: 4/5"),
    "de": ("Shogun, Folge 5: das Erdbeben", [
        "Folge 5 von Shogun nach James Clavell folgt dem Buch genau: Toranagas Schachzug auf der Burg läuft fast Zeile für "
        "Zeile so ab, wie Clavell ihn geschrieben hat, und Blackthornes Sprachstunden sind die besten Szenen bisher.",
        "Das Erdbeben ist mit echter Angst inszeniert, der Nebenstrang mit den Priestern ist gehetzt, und Mariko bekommt "
        "weniger Raum als in den mittleren Kapiteln des Romans.",
        "Die nächste Folge soll die Schiffe bringen; ich schaue am Dienstagabend wieder zu."], "Bewertung: 4/5"),
    "it": ("Shogun, episodio 5: il terremoto", [
        "L'episodio 5 di Shogun di James Clavell segue da vicino il libro: la mossa di Toranaga al castello va quasi riga "
        "per riga come l'ha scritta Clavell, e le lezioni di lingua di Blackthorne sono le scene migliori finora.",
        "Il terremoto è messo in scena con vera paura, anche se la trama dei preti è frettolosa e Mariko ha meno spazio "
        "che nei capitoli centrali del romanzo.",
        "Il prossimo episodio dovrebbe portare le navi; continuerò a guardare martedì sera."], "Voto: 4/5"),
}


@pytest.mark.parametrize("lang", ["en", "de", "it"])
def test_a_recap_on_a_site_running_a_podcast_plugin_is_no_episodes_review(lang):
    headline, paras, score = _RECAP[lang]
    ps = "".join(f"<p>{p}</p>" for p in paras)
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline} | Slow Reads</title>"
            "<meta name='generator' content='Blubrry PowerPress/11.9.3'></head><body><header><a href='/'>Slow Reads"
            f"</a></header><article class='post'><h1 class='entry-title'>{headline}</h1><div class='entry-content'>"
            f"{ps}<p>{score}</p></div></article></body></html>")
    record = extract_page(page, "https://slowreads.example.net/2026/05/shogun-5/")
    assert record.kind != "review", (record.reason, record.book_title)
