"""A teaser line set in the post, its label ("you may also like", "more on this topic") closed by a colon and then only
one to three links to the site's own pages ("Potrebbe interessarti anche: <a>…</a>", "Das könnte Sie auch
interessieren: <a>…</a>", "You may also like: <a>…</a>"): ``readalsoline.same_author_line`` reads these labels beside
its same-author ones. Near misses: the label going on in the reviewer's prose, a link off the site (a shop's).

Every page here is invented for these tests (invented blogs, books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = {
    "it": ["Una donna torna nel paese del padre dopo trent'anni e trova la casa abitata da sconosciuti. Il romanzo "
           "segue la sua lenta trattativa con i nuovi inquilini, con il paese e con i ricordi che non coincidono mai "
           "con quelli degli altri.",
           "Rossi scrive frasi brevi e precise, senza compiacimento. Le pagine sul mercato del sabato sono le più "
           "belle, il finale un po' affrettato. Un libro piccolo che resta addosso per giorni, come l'odore del mare."],
    "de": ["Eine Frau kehrt nach dreißig Jahren in das Dorf ihres Vaters zurück und findet das Haus von Fremden "
           "bewohnt. Der Roman folgt ihren langsamen Verhandlungen mit den neuen Bewohnern, mit dem Dorf und mit "
           "Erinnerungen, die nie mit denen der anderen übereinstimmen.",
           "Rossi schreibt kurze, genaue Sätze ohne Selbstgefälligkeit. Die Seiten über den Samstagsmarkt sind die "
           "schönsten, das Ende etwas überhastet. Ein kleines Buch, das tagelang nachwirkt, wie der Geruch des "
           "Meeres."],
    "en": ["A woman goes back to her father's village after thirty years and finds the house lived in by strangers. "
           "The novel follows her slow negotiations with the new tenants, with the village and with memories that "
           "never quite match anyone else's.",
           "Rossi writes short, exact sentences without any showing off. The pages about the Saturday market are the "
           "best, the ending a little rushed. A small book that stays with you for days, like the smell of the sea."],
}
_LABEL = {"it": "Potrebbe interessarti anche", "de": "Das könnte Sie auch interessieren", "en": "You may also like"}
_TITLE = {"it": "«La casa degli altri» di Anna Rossi", "de": "„Das Haus der anderen“ von Anna Rossi",
          "en": "“The Other House” by Anna Rossi"}


def _page(lang: str, line: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PROSE[lang])
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{_TITLE[lang]}</title></head>
<body class="single-post"><article class="post"><h1>{_TITLE[lang]}</h1><div class="entry-content">{paragraphs}
<div class="box-extra"><p>{line}</p></div></div></article></body></html>"""


def test_teaser_line_goes():
    for lang in ("it", "de", "en"):
        line = f'{_LABEL[lang]}: <a href="/2026/02/quiet-harbours/">Quiet harbours, ten years on</a>'
        record = extract_page(_page(lang, line), f"https://lampwick.example/{lang}/2026/03/house")
        assert "ten years on" not in record.body_text, lang
        assert "Saturday market" in record.body_text or "Samstagsmarkt" in record.body_text \
            or "mercato del sabato" in record.body_text


def test_near_misses_stay():
    lines = (
        # the label goes on in the reviewer's own prose
        'You may also like: her first novel, <a href="/2025/05/first/">The Salt Year</a>, which I loved even more',
        # links off the site (a shop's page)
        'You may also like: <a href="https://shop.example/book/123">The Salt Year</a>',
    )
    for line in lines:
        record = extract_page(_page("en", line), "https://lampwick.example/en/2026/03/house")
        assert "You may also like" in record.body_text, line
