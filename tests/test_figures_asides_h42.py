"""figures.keep_figure_text (holdout42 round, helper body42b), in our own words and markup, with near misses:
- a bare <aside> (a margin note the writer typed) after a paragraph and before the review's next section (its heading,
  then its prose) is kept as a quotation, as one between two paragraphs is (pt, en); a classed callout in that place (a
  theme's box, which may be its plea) is left to trafilatura, and so is a bare aside with no prose after its heading;
- a list classed for ratings whose items are each a short line with a score ("Story ★★★★☆ 4 of 5 stars") loses its
  class, which trafilatura drops it by (en, de); a "rating" list of longer items, or items without a score, keeps it.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.figures import keep_figure_text

PT = ["Dou aulas de estatística há muitos anos e todo semestre alguém me pede um livro sem fórmulas para mostrar à "
      "chefia que a acurácia não é tudo; este livro continua sendo a minha resposta, mesmo dez anos depois.",
      "A autora escreve como quem conhece o mercado por dentro, e cada capítulo aplica o mesmo critério a uma área "
      "diferente: escolas, bancos, seguros, tribunais e até os horários dos atendentes de lanchonete."]
EN = ["The novel follows a night-shift signal operator on a branch line about to close, over its last eleven nights, "
      "as the few passengers who still ride it start leaving him notes in the waiting room.",
      "What works is the patience of it: nothing much happens, and yet each night the notes change how he sees the "
      "valley, until the last one, which I will not spoil here."]


def body(inner: str):
    return lxml.html.fromstring(f"<div class='post'>{inner}</div>")


def test_bare_aside_before_the_next_section_is_kept_pt_en():
    b = body(f"<p>{PT[0]}</p><aside>Nota: a sigla do original brinca com outra expressão, e a tradução preserva o "
             f"trocadilho.</aside><h3>O que envelheceu</h3><p>{PT[1]}</p>")
    keep_figure_text(b)
    assert b.find(".//blockquote") is not None and b.find(".//aside") is None
    b = body(f"<p>{EN[0]}</p><aside>A side note: the branch line in the book is based on a real one in Wales."
             f"</aside><h2>Eleven nights</h2><p>{EN[1]}</p>")
    keep_figure_text(b)
    assert b.find(".//blockquote") is not None


def test_near_miss_classed_callout_or_no_prose_after_stays_an_aside():
    b = body(f"<p>{EN[0]}</p><aside class='callout'>This site has no ads; you can keep it that way through a monthly "
             f"sponsorship.</aside><h2>Eleven nights</h2><p>{EN[1]}</p>")
    keep_figure_text(b)
    assert b.find(".//aside") is not None
    b = body(f"<p>{EN[0]}</p><aside>A side note: the branch line in the book is based on a real one.</aside>"
             f"<h2>Related</h2><ul><li>Another post</li></ul>")
    keep_figure_text(b)
    assert b.find(".//aside") is not None


def test_rating_list_of_scores_loses_its_class_en_de():
    b = body("<ul class='review-ratings'><li>Overall ★★★★☆ 4 out of 5 stars</li><li>Story ★★★☆☆ 3 out of 5 stars</li></ul>"
             f"<p>{EN[0]}</p>")
    keep_figure_text(b)
    assert b.find(".//ul").get("class") is None
    b = body("<ul class='bewertung-rating'><li>Handlung: 4 von 5 Sternen</li><li>Sprache: 5 von 5 Sternen</li></ul>")
    keep_figure_text(b)
    assert b.find(".//ul").get("class") is None


def test_near_miss_rating_list_without_scores_keeps_its_class():
    b = body("<ul class='top-rated'><li>The Glass Orchard</li><li>A Winter Ferry</li></ul>")
    keep_figure_text(b)
    assert b.find(".//ul").get("class") == "top-rated"
    long_item = "Story 4 out of 5 stars, though the middle drags a little and two chapters repeat the same argument at length"
    b = body(f"<ul class='ratings'><li>{long_item}</li></ul>")
    keep_figure_text(b)
    assert b.find(".//ul").get("class") == "ratings"
