"""'Read also' labels in more languages, and Medium's read-aloud marks (the s32 round; own words and markup).

- ``edges.READ_ALSO``: French "À lire également (sur le blog)", English "Read also on the blog", the Turkic "read this
  too" (kk "Осыны да оқыңыз", ky, uz, az): the label, then only a link, anywhere in the post;
- ``platforms.WIDGET_SELECTORS``: Medium marks what its read-aloud skips (``speechify-ignore``: the byline row, the
  publication's and the writer's cards); those boxes go, the story stays.

Near misses: the label with a sentence of the review after its link, a 'read also' sentence in a paragraph, a story
paragraph whose class only looks like the mark, the story paragraphs beside the marked boxes."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "Le roman suit une passeuse qui traverse le même détroit depuis trente ans et connaît chaque passager, jusqu'au "
    "matin où un inconnu monte à bord et ne redescend plus jamais, ni au port ni ailleurs.",
    "La langue est sèche et précise, les chapitres courts, et il y a plus de mer entre les lignes qu'on ne le croit ; "
    "les traversées de nuit, avec leurs cornes de brume et leurs routiers endormis, m'ont suivie longtemps.",
    "Le dernier tiers devient un peu trop symbolique, mais la fin sur la jetée est si calme et si juste que je l'ai "
    "relue deux fois avant de refermer le livre pour de bon.",
]


def _page(middle: str) -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>La Passeuse</title></head><body><article><h1>La Passeuse</h1>"
            f"<div class='entry-content'>{ps[0]}{middle}{ps[1]}{ps[2]}<p>Ma note : 4/5</p></div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://passeuse.example.net/2026/12/la-passeuse/").body_text


@pytest.mark.parametrize("label", ["À lire également sur le blog :", "À lire également :", "Read also on the blog:",
                                   "Осыны да оқыңыз:"])
def test_read_also_label_with_its_link_goes(label):
    text = _text(_page(f"<p>{label} <a href='/2026/10/phares/'>trois livres de phares</a></p>"))
    assert "trois livres de phares" not in text and "jetée" in text


def test_label_with_a_sentence_after_the_link_stays():
    line = ("À lire également : <a href='/2026/10/phares/'>mon billet sur les phares</a>, où je disais déjà combien "
            "cette autrice me touche.")
    assert "combien cette autrice me touche" in _text(_page(f"<p>{line}</p>"))


def test_read_also_sentence_in_a_paragraph_stays():
    para = ("Il faut à lire également le premier roman de l'autrice, plus court, qui racontait déjà une traversée, "
            "mais vue depuis la rive et par les yeux d'un enfant qui attend son père.")
    assert "vue depuis la rive" in _text(_page(f"<p>{para}</p>"))


_STORY = [
    "I picked the book up in a station shop because of its cover, a ferry in fog, and did not put it down until the "
    "train had reached the coast, two hours later and three stops past my own.",
    "The ferrywoman speaks little and notices everything; the writer trusts us to notice with her, and the few "
    "sentences she does say land like ropes thrown across a gap between a boat and a quay.",
]


def _medium(extra_class: str = "speechify-ignore ab cp") -> str:
    return ("<html><head><title>Ferry in fog | Medium</title><meta property='og:site_name' content='Medium'></head>"
            "<body><article><div><section><div><h1>Ferry in fog</h1>"
            f"<div class='{extra_class}'><div><a href='/@marisol'><p>Marisol Quay</p></a> <span>Follow</span></div>"
            "<div><span>Published in <a><p>Harbour Pages</p></a></span></div></div>"
            + "".join(f"<p class='pw-post-body-paragraph'>{p}</p>" for p in _STORY)
            + "<p class='pw-post-body-paragraph'><strong>Rating:</strong> 4/5</p></div></section></div></article>"
            "<div class='speechify-ignore'><h2>Written by Marisol Quay</h2><p>90 followers · Ferries and fog</p>"
            "<button>Follow</button></div></body></html>")


def test_medium_read_aloud_skipped_boxes_go():
    text = extract_page(_medium(), "https://medium.com/harbour-pages/ferry-in-fog-1a2b3c").body_text
    assert "Marisol Quay" not in text and "Harbour Pages" not in text and "three stops past my own" in text


def test_class_that_only_looks_like_the_mark_stays():
    page = _medium().replace("<p class='pw-post-body-paragraph'>I picked",
                             "<p class='speechify-word pw-post-body-paragraph'>I picked")
    text = extract_page(page, "https://medium.com/harbour-pages/ferry-in-fog-1a2b3c").body_text
    assert "three stops past my own" in text and "ropes thrown across a gap" in text


@pytest.mark.parametrize("label", ["Осыны да оқыңыз:", "À lire également :"])
def test_read_also_label_over_a_lost_link_goes(label):
    text = _text(_page(f"<div class='post-pointer'>{label} <a>Жағалаудағы үш кітап</a></div>"))
    assert "Жағалаудағы үш кітап" not in text and "jetée" in text
