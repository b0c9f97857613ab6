"""A section's page of excerpts read as one post (teaserruns.teaser_run, asked by essaynames.unfound_book): headings
of posts, each over a date and the post's opening cut off with an ellipsis, three or more, little prose besides: a
listing, whatever its address and body classes say. Near misses: a review whose paragraphs trail off "…" among its own
longer prose, and a review with one cut-off line.

Every page here is invented for these tests (invented sites, titles and lines, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.teaserruns import teaser_run


def _section(title: str, rows: list[tuple[str, str]], more: str, lang: str, date: str) -> str:
    items = "".join(f'<div class="entry"><h2><a href="/culture/books/{n}">{head}</a></h2><div class="when">{date}</div>'
                    f'<p>{teaser}</p><a class="more" href="/culture/books/{n}">{more}</a></div>'
                    for n, (head, teaser) in enumerate(rows))
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><header><a href="/">Daily Courier</a>'
            f'</header><main><h1>{title}</h1><div class="entries">{items}</div></main><footer><p>© 2026</p></footer>'
            '</body></html>')


def test_section_page_in_english():
    rows = [
        ("The lighthouse novel everyone is arguing about", "A slow, strange book about a keeper and his sister has "
         "split our readers down the middle, and here is why we think the argument matters more than the book itself, "
         "whatever you make of its long middle section of letters and the ending that…"),
        ("Five picture books for long winter evenings", "Our children's editor picks the books she reads aloud when "
         "the dark comes early, the radiators tick and nobody in the house wants to go to bed before the last page "
         "has been turned twice and the dog has been…"),
        ("Meet the poet who writes on the night bus", "She drafts every poem on her phone between two depots, and her "
         "first collection is out this week with a small press that prints everything on paper made from old "
         "tickets, which she says is only fair to the drivers who…"),
        ("A history of the old market in photographs", "Beautiful pictures, but the captions are far too short for a "
         "book that asks this much of its readers, and the maps at the back are printed so small that you will need "
         "a magnifying glass to find the fish stalls and…"),
        ("Why are crime novels getting longer?", "Four hundred pages used to be a long thriller. Now it is the "
         "average, and our critic wonders whether editors have stopped cutting or whether readers have simply "
         "learned to enjoy the slow burn of a case that takes…"),
        ("The translator who brought a lost diary back", "For twenty years the notebooks sat in a drawer in a "
         "farmhouse. Then a retired teacher found them, learned the dialect they were written in, and spent "
         "the next six winters turning them into a book that…"),
    ]
    page = _section("Culture", rows, "Read more", "en", "3 December 2026")
    record = extract_page(page, "https://courier.example/culture/books")
    assert not record.is_review, record.reason


def test_section_page_in_french():
    rows = [
        ("Le roman du phare qui divise nos lecteurs", "Un livre lent et étrange sur un gardien et sa sœur, qui a "
         "partagé la rédaction en deux camps et dont nous reparlerons sans doute longtemps, tant la longue partie "
         "centrale faite de lettres a surpris ceux qui..."),
        ("Cinq albums pour les longues soirées d'hiver", "Notre éditrice jeunesse choisit les livres qu'elle lit à "
         "voix haute quand la nuit tombe tôt, que les radiateurs cliquettent et que personne ne veut aller se coucher "
         "avant la dernière page, lue deux fois, et le chien qui..."),
        ("Rencontre avec la poétesse du bus de nuit", "Elle écrit chaque poème sur son téléphone entre deux dépôts, "
         "et son premier recueil paraît cette semaine chez un petit éditeur qui imprime tout sur du papier fait de "
         "vieux tickets, ce qui selon elle est juste envers les chauffeurs qui..."),
        ("Une histoire du vieux marché en photographies", "De belles images, mais des légendes bien trop courtes "
         "pour un livre qui demande autant à ses lecteurs, et des plans imprimés si petits qu'il faudra une loupe "
         "pour retrouver les étals de poisson et..."),
        ("Pourquoi les polars s'allongent-ils ?", "Quatre cents pages, c'était autrefois un long thriller. C'est "
         "aujourd'hui la moyenne, et notre critique se demande si les éditeurs ont cessé de couper ou si les "
         "lecteurs ont appris à aimer une enquête qui prend..."),
        ("La traductrice qui a sauvé un journal oublié", "Pendant vingt ans, les carnets ont dormi dans un tiroir "
         "d'une ferme. Puis une institutrice à la retraite les a trouvés, a appris le patois dans lequel ils étaient "
         "écrits et a passé six hivers à en faire un livre qui..."),
    ]
    page = _section("Culture", rows, "Lire la suite", "fr", "3 décembre 2026")
    record = extract_page(page, "https://courrier.example/culture/livres")
    assert not record.is_review, record.reason


def test_teaser_run_in_a_script_without_spaces():
    markdown = "\n\n".join([
        "2026年12月3日", "灯台守とその妹を描いた静かな長編が、読者のあいだで賛否を呼んでいる。その理由を考えてみたい…",
        "## 冬の夜に読みたい絵本五冊", "2026年11月28日", "児童書担当の編集者が、日が短くなる季節に声に出して読む本を選んだ…",
        "## 夜行バスで詩を書く人", "2026年11月20日", "車庫と車庫のあいだでスマートフォンに詩を書きとめる彼女の第一詩集が…",
        "## 写真で見る旧市場の歴史", "2026年11月15日", "写真は美しいが、説明文がこの本の求めるものに対して短すぎる… ★★★☆☆",
    ])
    assert teaser_run(markdown) == 4


def test_review_whose_paragraphs_trail_off_is_no_run():
    prose = ("The keeper's sister is the real centre of the book, and the author knows it: every chapter that leaves "
             "her feels like a held breath, and the long winter section is the finest writing I have read this year.")
    markdown = "\n\n".join([
        prose, "## The sister", "She waits, and waits, and then…", prose, "## The keeper",
        "He never quite says what he means…", prose, "## The ending", "And then the light goes out…", prose, prose,
    ])
    assert teaser_run(markdown) == 0


def test_review_with_one_cut_line_stays_a_review():
    paragraphs = [
        "I picked up The Lamp Room on a whim and read it in two nights. It is a slow novel about a lighthouse keeper "
        "and his sister, and for a hundred pages almost nothing happens but weather and the small rituals of the "
        "lamp. Then the sister finds the letters, and the book tightens like a rope.",
        "The author writes the sea better than anyone I have read in years, and the sister's voice is dry and funny "
        "where the keeper's is heavy. The last chapter left me wanting more than it gave, and I closed the book "
        "wondering what happened to the boat…",
        "The middle of the book is its best part. The keeper mends the lamp, the sister reads the letters aloud at "
        "night, and the village below them argues about a wreck nobody saw. The chapters are short and each ends on "
        "a small turn, so that I kept telling myself one more and then finding it was two in the morning.",
        "What I liked less is the husband, who arrives late and never becomes more than a coat and a voice at the "
        "door. His scenes read like an earlier draft of a different book, and they slow the ending down.",
        "Still, I will read whatever this writer does next. It is the kind of novel that stays in the room with you "
        "after you have put it down, and I have been recommending it to everyone who asks for something quiet.",
    ]
    page = ('<html lang="en"><head><title>Thoughts on a quiet lighthouse novel</title></head><body class="single-post">'
            '<article><h1 class="entry-title">Thoughts on a quiet lighthouse novel</h1><div class="entry-content">'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></article></body></html>")
    record = extract_page(page, "https://quietshelf.example/2026/11/quiet-lighthouse-novel/")
    assert record.is_review, record.reason
