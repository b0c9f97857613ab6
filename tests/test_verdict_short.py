"""A short review's own verdict: a first-person recommendation, a closing citation, its one score line (shortverdict).

A capsule review of about a hundred words whose book the rules could not read, or read but too short for the
"names a book" gate, was called an announcement or "too short": it carried no rating and did not say "the novel"
twice. What it carried was the reviewer's own verdict ("polecam", "suosittelen", "I'd recommend it") and, in a
paper, a closing citation of the book. A rated capsule under 100 words was never weighed at all.

Every page, post, book and person here is invented for these tests, in our own words and markup.
"""

from __future__ import annotations

from types import SimpleNamespace

from scraper.extract import extract_page
from scraper.extract.shortverdict import closing_citation, floor, recommends


def _post(lang: str, title: str, paragraphs: list[str], url: str) -> tuple[bytes, str]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Lesezimmer</title>'
            f'<link rel="canonical" href="{url}"></head><body class="post-template-default single single-post">'
            f'<header class="site-header"><a href="/">Lesezimmer</a><nav><a href="/about/">About</a></nav></header>'
            f'<main><article class="post type-post"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-content">{body}</div></article></main>'
            f'<footer class="site-footer"><p>© 2025 Lesezimmer</p></footer></body></html>')
    return html.encode(), url


_PL = [  # Polish, ~105 words, a closing citation and "polecam"
    "Opowiadania Marty Lisowskiej długo leżały na moim stoliku, bo okładka wydawała mi się ponura. Niesłusznie. "
    "To dwanaście krótkich historii o ludziach, którzy zostali w małych miasteczkach, kiedy wszyscy inni wyjechali.",
    "Lisowska pisze oszczędnie, prawie bez przymiotników, a mimo to każda scena ma swój zapach i swoją pogodę. "
    "Najlepsze jest opowiadanie o listonoszu, który przez zimę czyta cudze pocztówki i zaczyna na nie odpowiadać.",
    "Nie wszystko się udało: dwa ostatnie teksty są wyraźnie słabsze i brzmią jak szkice. Całość jednak zostaje w głowie "
    "na długo i warto do niej wracać wieczorami.",
    "Polecam zwłaszcza tym, którzy lubią ciszę w literaturze.",
    "Marta Lisowska, Zima w Borkach, Wydawnictwo Przystań, 164 strony.",
]
_FI = [  # Finnish, ~95 words
    "Aino Rantasen esikoisteos kertoo kahdesta sisaruksesta, jotka tyhjentävät kuolleen isänsä mökkiä järven rannalla. "
    "Tavaroiden seasta löytyy kirjeitä, joita kumpikaan ei ole ennen nähnyt.",
    "Rantanen kirjoittaa lyhyin lausein ja jättää paljon sanomatta. Sisarusten riidat tuntuvat todellisilta, ja järvi "
    "on mukana joka luvussa kuin kolmas henkilö. Loppu jäi minulle hieman auki, mutta ehkä niin on tarkoitettukin.",
    "Kieli on kaunista ilman koristelua, ja rakenne pitää hyvin, vaikka aikatasot vaihtuvat usein ja yllättäen.",
    "Parhaita ovat kohtaukset, joissa sisarukset soutavat illalla saareen ja muistelevat isää, joka ei koskaan osannut "
    "sanoa ääneen, mitä ajatteli. Niissä on lämpöä ja surua samaan aikaan.",
    "Suosittelen kaikille, jotka ovat joskus joutuneet sanomaan hyvästit lapsuuden kesäpaikalle.",
    "Aino Rantanen, Rantakirjeet, Kustannus Laituri, 212 sivua.",
]
_ES = [  # Spanish, ~100 words, no citation: a recommendation and "la novela" once with its author named again
    "Llegué a Tomás Arriaga por casualidad, en una librería de viejo de Valladolid, y salí con sus tres títulos bajo el brazo. "
    "Empecé por el más breve.",
    "Es la historia de un relojero que decide cerrar su taller el mismo día en que su hija vuelve a casa después de diez años. "
    "Arriaga no explica nada: deja que los silencios hagan el trabajo, y funcionan.",
    "Algunas páginas del medio se alargan más de la cuenta, pero el final compensa con creces la espera.",
    "Os la recomiendo si os gustan las historias pequeñas contadas sin prisa, con personajes que se parecen a la gente "
    "que conocemos.",
]


def test_a_recommendation_in_the_first_person_is_read_in_many_languages():
    for line in ("I'd recommend it to anyone who grew up by the sea.", "I would highly recommend this one.",
                 "Ich kann es nur empfehlen.", "Je vous le recommande vivement.", "Lo recomiendo sin dudar.",
                 "Ve lo consiglio.", "Recomendo muito.", "Ik raad het iedereen aan.", "Polecam!", "Suosittelen lämpimästi.",
                 "Рекомендую всем.", "Ajánlom mindenkinek.", "Jag rekommenderar den varmt.", "Saya sangat merekomendasikan buku ini.",
                 "誰にでもおすすめします。", "肩の力を抜いて読んでほしい一冊。", "我推荐给所有人。", "꼭 추천합니다.", "Σας το προτείνω.", "Bunu herkese tavsiye ederim."):
        assert recommends([line]), line


def test_a_recommendation_not_in_the_writers_own_voice_is_none():
    assert not recommends(["Recommended reading for the spring season, says the publisher."])
    assert not recommends(["> I recommend it to everyone, wrote one early reader."])  # a blockquote: another's words
    assert not recommends(["“I would recommend it to every teacher,” the minister said."])  # a quotation
    assert not recommends(["Il consiglio comunale ha presentato il programma della fiera del libro."])  # a council
    assert not recommends(["The prize committee recommends three titles a year to schools."])


def test_a_closing_citation_has_three_fields_and_a_page_count():
    assert closing_citation(["…", "Marta Lisowska, Zima w Borkach, Wydawnictwo Przystań, 164 strony."])
    assert closing_citation(["…", "Aino Rantanen | Rantakirjeet | Laituri | 212 sivua"])
    assert closing_citation(["…", "Jana Brook, The Salt Year, Harbour Press, 288 pages", "Share this"])
    assert not closing_citation(["…", "Pages: 288"])  # a shop's labelled line: one field
    assert not closing_citation(["…", "The book has 288 pages and comes out in May, with a foreword by the author."])
    assert not closing_citation(["Jana Brook, The Salt Year, Harbour Press, 288 pages", "a", "b"])  # not at the close


def test_short_reviews_with_a_first_person_verdict_are_reviews():
    for lang, title, paragraphs, url in (
            ("pl", "Cisza po wyjeździe", _PL, "https://lesezimmer.example.pl/2025/03/cisza-po-wyjezdzie/"),
            ("fi", "Kesän viimeinen viikko", _FI, "https://lesezimmer.example.fi/2025/04/kesan-viimeinen-viikko/"),
            ("es", "Un taller cerrado", _ES, "https://lesezimmer.example.es/2025/05/un-taller-cerrado/")):
        record = extract_page(*_post(lang, title, paragraphs, url))
        assert record.is_review, (lang, record.kind, record.reason)


def test_a_short_notice_with_a_citation_but_no_verdict_stays_no_review():
    notice = [
        "Wydawnictwo Przystań zapowiada na kwiecień nowy zbiór opowiadań Marty Lisowskiej. Autorka wraca do miasteczek, "
        "które znamy z jej debiutu, tym razem zimą.",
        "Premiera odbędzie się w księgarni przy ulicy Długiej, a po spotkaniu będzie można kupić książkę z autografem. "
        "Zapisy przyjmujemy mailowo do końca marca. Liczba miejsc jest ograniczona, a wstęp jest wolny dla wszystkich.",
        "Zapraszamy też na stronę wydawnictwa, gdzie można przeczytać fragment i obejrzeć okładkę przygotowaną przez "
        "Annę Zawadzką, która projektowała także poprzednie książki autorki.",
        "Marta Lisowska, Zima w Borkach, Wydawnictwo Przystań, 164 strony.",
    ]
    record = extract_page(*_post("pl", "Nowa książka w kwietniu", notice,
                                 "https://lesezimmer.example.pl/2025/02/nowa-ksiazka-w-kwietniu/"))
    assert not record.is_review, (record.kind, record.reason)


def _ev(**kw):
    base = dict(rating=True, scored_lines=1, verdict_lines=1, averaged=0, reply_scores=0, book_source=None,
                book_has_author=False, book_title=None, body=((), ()))
    return SimpleNamespace(**{**base, **kw})


def test_a_posts_own_single_score_line_lowers_the_floor_and_others_scores_do_not():
    assert floor(_ev()) == 60
    assert floor(_ev(averaged=1)) == 100  # a group's or a shop's average
    assert floor(_ev(reply_scores=1)) == 100  # a score given in the replies
    assert floor(_ev(verdict_lines=0)) == 100  # a quoted score, not the post's verdict
    assert floor(_ev(rating=False)) == 100


def test_a_rated_capsule_under_a_hundred_words_is_a_review():
    capsule = [
        "Some novels announce their twist on page one and still surprise you. This is one of them: a night ferry, "
        "a missing passenger, and a steward who remembers too much.",
        "The novel moves fast, and the last chapter lands hard. The middle drags a little, with one flashback too many, "
        "but I finished the novel in a single evening.",
        "Rating: 4 out of 5 stars.",
    ]
    record = extract_page(*_post("en", "A crossing at night", capsule,
                                 "https://lesezimmer.example.com/2025/06/a-crossing-at-night/"))
    assert record.is_review, (record.kind, record.reason)


def test_a_news_item_where_others_recommend_the_book_stays_no_review():
    news = [
        "The city's reading committee has chosen its book for the autumn season. Every school library will receive "
        "copies in September, and the committee recommends it to teachers of the upper classes.",
        "The author, who grew up in the harbour district, will visit four schools in October. Tickets for the public "
        "talk at the central library are free but must be booked in advance through the library's desk.",
        "Last year's choice was borrowed more than three thousand times, a record for the scheme, which began in 2011.",
        "Jana Brook, The Salt Year, Harbour Press, 288 pages",
    ]
    record = extract_page(*_post("en", "Committee picks its autumn book", news,
                                 "https://lesezimmer.example.com/2025/08/committee-picks-its-autumn-book/"))
    assert not record.is_review, (record.kind, record.reason)


def test_a_short_japanese_review_on_a_reviews_address_is_a_review_without_replies_to_lengthen_it():
    review = [
        "北の島で灯台を守る老人と、夏休みに来た孫娘の一か月。事件らしい事件は起きないのに、霧の朝や網を直す昼の描写が続くうちに、"
        "二人の距離が少しずつ縮まっていくのが分かる。",
        "孫娘は最初、電波の届かない島に腹を立ててばかりいるが、祖父の古い日誌を見つけてから、毎晩それを読むのが楽しみになる。"
        "日誌の短い文が章の合間に挟まれていて、その素っ気なさがかえって胸に残った。",
        "祖父が若いころの失敗を打ち明ける場面は少し長すぎる気もしたが、最後の灯りの場面で全部許せた。静かな物語が苦手な人にも、"
        "一度は手に取って読んでほしい一冊。",
    ]
    url = "https://hondana.example.jp/reviews/48213"
    page = _post("ja", "『灯台守の手帳』 水野あかり のレビュー", review, url)
    record = extract_page(*page)
    assert record.is_review, (record.kind, record.reason)
