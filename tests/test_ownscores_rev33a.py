"""A review's own scores by aspect, or its own line in a list of critics' verdicts, are no other readers' verdicts:
classify.body_signals widens its count of quoted scores to a list's other attributed items ("- Name – …, 7/10") only
when the post scores nothing of its own, no score outside those items ("Overall: 4/5", "Gesamt: 4 von 5 Sternen") and
no item led by the writer ("- Me – …", "- Moi – …", "- 我 – …"). A round-up of other blogs' scores is still one."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import body_signals


def _post(lang: str, title: str, html: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{html}'
            '</div></article></body></html>')


def _signals(items: list[str], after: list[str]) -> int:
    lines = ["I finished it last night and here is how it scored for me."] + [f"- {i}" for i in items] + after
    return body_signals(lines, "\n".join(lines))["quoted_ratings"]


def test_an_aspect_breakdown_with_an_overall_score_counts_few_quoted_scores():
    breakdowns = [
        (["Pacing – “a long fuse”, 4/5", "Cast – “Ada steals it”, 5/5", "Style – too ornate at times, 3/5",
          "Finale – sudden but right, 4/5"], ["Overall: 4/5"]),
        (["Spannung – „zieht sich“, 3/5", "Personen – „Ida bleibt im Kopf“, 5/5", "Stil – manchmal zu blumig, 3/5",
          "Schluss – knapp, aber stimmig, 4/5"], ["Gesamt: 4 von 5 Sternen"]),
        (["Intrigue – « une mèche lente », 4/5", "Personnages – « Ada est inoubliable », 5/5",
          "Style – un peu chargé, 3/5", "Fin – abrupte mais juste, 4/5"], ["Note finale : 4/5"]),
    ]
    for items, after in breakdowns:
        assert _signals(items, after) <= 2, items[0]


def test_a_list_with_the_writers_own_item_counts_only_the_quoted_ones():
    for own in ("Me – warm, sly and far too short, 9/10", "Moi – drôle et bien trop court, 9/10",
                "Ich – witzig und viel zu kurz, 9/10", "我 – 好笑又太短，9/10"):
        items = ["The Herald – “quiet and salty”, 8/10", "The Post – “one meeting too many”, 6/10", own]
        assert _signals(items, []) <= 2, own


def test_a_round_up_of_other_blogs_scores_still_counts_them_all():
    items = ["Paper Moon – “gentle and odd”, 8/10", "Inkwell – “too slow for me”, 5/10",
             "Book Burrow – likes the sisters, not the ending; 7/10", "Margins – 4/5, for the last chapter"]
    assert _signals(items, ["Tell me in the comments what you thought."]) >= 4


def test_reviews_with_their_own_breakdown_or_line_stay_reviews():
    prose = ("<p>Salt Year is Jonas Brandt's second novel and a much surer one than his first. Three sisters run a "
             "salt works on a failing coast through one dry summer, and the book follows them day by day, pan by pan, "
             "until the sea stops coming back. I read it in two long evenings and thought about it for a week.</p>"
             "<p>Brandt is very good on work: the raking, the weighing, the arguments about money. He is less good "
             "on the men who drift through, who are sketches. But the sisters are drawn with real care, and the "
             "ending, abrupt as it is, feels earned.</p>")
    aspects = (prose + "<ul><li>Plot – “a slow burn that pays off”, 4/5</li><li>Characters – “Mina is unforgettable”, "
               "5/5</li><li>Prose – a little overwritten in places, 3/5</li><li>Ending – abrupt but earned, 4/5</li></ul>"
               "<p>Overall: 4/5</p>")
    record = extract_page(_post("en", "Salt Year: my thoughts", aspects), "https://blog.example.net/2026/11/salt-year/")
    assert record.is_review, (record.kind, record.reason)
    critics = (prose + "<p>The papers were split:</p><ul><li>The Herald – “quiet, salty and wonderful”, 8/10</li>"
               "<li>The Post – “one meeting too many”, 6/10</li><li>Me – warm, sly and far too short, 9/10</li></ul>")
    record = extract_page(_post("en", "Review: Salt Year", critics), "https://blog.example.net/2026/11/salt-year-2/")
    assert record.is_review, (record.kind, record.reason)
