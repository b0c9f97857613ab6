"""Detection (holdout37 round, detfp): pages that are no reviews and were read as one.

- listedbook: a list item opening on its maker and its quoted title ("- Jane Austen, “Emma”. …", bold or not, either
  way round) names a book, so a bookshop's or a newsletter's list of them is a list.

Our own lines and pages (ru, en, uk, de, pl), with near misses.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.listedbook import listed_book


@pytest.mark.parametrize("line, title, author", [
    ("1. **Анна Котова, «Белый двор».** Тихий роман о деревне. Оценка продавца: 9/10.", "Белый двор", "Анна Котова"),
    ("- Анна Котова, «Белый двор». Тихий роман о деревне.", "Белый двор", "Анна Котова"),
    ("2. «Білий двір», Ганна Котова — тихий роман про село.", "Білий двір", "Ганна Котова"),
    ("- Miriam Hale, *The Salt Orchard*. Our staff's favourite this winter.", "The Salt Orchard", "Miriam Hale"),
    ("3. **Miriam Hale – “The Salt Orchard”:** a slow family saga.", "The Salt Orchard", "Miriam Hale"),
    ("- Greta Lindner, „Das Salzhaus“. Ein leiser Familienroman.", "Das Salzhaus", "Greta Lindner"),
])
def test_an_item_opening_on_maker_and_quoted_title_names_a_book(line, title, author):
    book = listed_book(line)
    assert book is not None and (book.title, book.author) == (title, author)


@pytest.mark.parametrize("line", [
    "- В «Белом дворе» Котова пишет о деревне.",  # the title inside a sentence
    "- Мы читали «Белый двор», и это было хорошо.",  # a sentence, lower-case words before the title
    "- I reread “The Salt Orchard” last week.",
    "- Dann kam „Das Salzhaus“, ein leiser Roman.",  # one capitalised word only
    "## Miriam Hale, “The Salt Orchard”, and what it taught me about grief and about the sea",  # not the item's opening unit
])
def test_near_misses_name_no_listed_book(line):
    book = listed_book(line)
    assert not (book and book.author)


def _newsletter(items: list[str], lead: str, title: str) -> str:
    lis = "".join(f"<li>{item}</li>" for item in items)
    return (f'<html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head><body><table><tr><td>'
            f"<h1>{title}</h1><p>{lead}</p><ol>{lis}</ol><p>Все книги есть на полках магазина, приходите до праздников.</p>"
            "</td></tr></table></body></html>")


RU_ITEMS = [
    "<b>Анна Котова, «Белый двор».</b> Тихий роман о деревне после войны, медленный и тёплый. Оценка продавца: 9/10.",
    "<b>Пётр Вольский, «Северная линия».</b> Железная дорога, метель и трое попутчиков; читается за вечер.",
    "<b>Ирина Сомова, «Дом на сваях».</b> Семейная история на Волге, письма и фотографии. Оценка продавца: 7/10.",
    "<b>Олег Ларин, «Соль».</b> Короткие рассказы о рыбаках Белого моря, грубые и смешные.",
    "<b>Вера Гусева, «Остров».</b> Неожиданно попала в список благодаря нашему клубу читателей.",
]


def test_a_newsletters_list_of_named_books_is_a_list():
    html = _newsletter(RU_ITEMS, "Дорогие читатели! Декабрь был тёмным, и вы покупали толстые романы. "
                       "Мы посчитали, какие книги уходили быстрее всего, и попросили продавцов сказать о каждой пару слов.",
                       "Пять книг декабря: что у нас покупали")
    record = extract_page(html, "https://shop.example.ru/web/issue/2026-12-pyat-knig")
    assert not record.is_review and record.kind == "list", (record.kind, record.reason)


def test_near_miss_a_review_with_one_read_alike_stays_a_review():
    paragraphs = [
        "«Белый двор» Анны Котовой я читала две недели, по главе за вечер, и ни разу не пожалела об этом.",
        "Котова пишет о деревне после войны без пафоса: вдова, двое сыновей, корова и бесконечная зима. "
        "Сюжет движется медленно, но каждая сцена точна, а диалоги звучат так, будто их записали на магнитофон.",
        "Слабее всего последняя часть, где сыновья уезжают в город: там автор торопится и пересказывает годы в абзаце. "
        "Но финал с письмом из Ленинграда всё искупает. Котова умеет молчать там, где другой стал бы объяснять.",
        "Моя оценка: 8/10. Советую тем, кто любит неспешные семейные романы.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + "<p>Если понравится, прочтите ещё:</p><ul><li>Ирина Сомова, «Дом на сваях».</li></ul>"
    html = (f'<html lang="ru"><head><meta charset="utf-8"><title>Анна Котова, «Белый двор»</title></head><body>'
            f"<article><h1>Анна Котова, «Белый двор»</h1>{body}</article></body></html>")
    record = extract_page(html, "https://knigi.example.ru/2026/12/belyj-dvor/")
    assert record.is_review, (record.kind, record.reason)


# --- adaptgets: a title saying, with a verb of getting or having, that a book will have its film or series

from scraper.extract.adaptgets import gets_screen  # noqa: E402


@pytest.mark.parametrize("title", [
    "“El faro de sal”, de Nora Quiroga, tendrá su serie: rodaje en Rosario",  # es
    "„Das Salzhaus“ bekommt eine eigene Serie",  # de
    "«Білий двір» отримає серіал від київської студії",  # uk
    "„Бела куќа“ добива серија во шест епизоди",  # mk
    "«Белый двор» получит экранизацию",  # ru
    "The Salt Orchard is getting a TV series",  # en
    "« La Maison de sel » aura sa série sur France 2",  # fr
    "„Bílý dvůr“ dostane seriál",  # cs
])
def test_a_title_saying_the_book_gets_its_screen_version(title):
    assert gets_screen(title)


@pytest.mark.parametrize("title", [
    "“El faro de sal”, de Nora Quiroga: una novela que tiene todo",  # no screen noun
    "Reseña: «Білий двір» Ганни Котової",
    "The Salt Orchard got a film in 1998; the novel is better",  # the past: the book's history, a review recalls it
    "„Das Salzhaus“: ein Film in Prosa",  # a film named, no verb of getting
    "Why I get lost in long series",  # a series of books, the verb too far
])
def test_near_misses_are_no_screen_news(title):
    assert not gets_screen(title)


def _news(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"<article><h1>{title}</h1>{body}</article></body></html>")


ES_NEWS = [
    "La productora rosarina Delta Sur anunció este martes que llevará a la pantalla El faro de sal, la novela de Nora "
    "Quiroga que ganó el premio municipal en 2015. El rodaje comenzará en abril en la costa del Paraná.",
    "Serán ocho episodios de cuarenta minutos. La directora, Paula Ibarra, contó que trabajará con actores del teatro "
    "local y que la autora revisará los guiones junto a dos jóvenes guionistas de la ciudad.",
    "La reedición de la novela volvió este año a las librerías y se agotó en dos semanas, según la editorial.",
    "Los productores confirmaron además que negocian los derechos de otro libro de Quiroga, aunque no dieron fechas. "
    "El elenco se conocerá en febrero, y la serie se estrenará en una plataforma nacional a fines del año próximo, "
    "después de un paso por el festival de cine de la ciudad, donde se mostrarán los dos primeros episodios.",
]


def test_adaptation_news_is_no_review():
    html = _news("es", "“El faro de sal”, de Nora Quiroga, tendrá su serie: rodaje en 2027", ES_NEWS)
    record = extract_page(html, "https://diario.example.com.ar/cultura/el-faro-de-sal-tendra-su-serie-nid123/")
    assert not record.is_review, (record.kind, record.reason)


def test_near_miss_a_review_whose_title_says_so_with_a_verdict_stays_a_review():
    paragraphs = [
        "Leí El faro de sal de Nora Quiroga antes de que se anunciara la serie, y vuelvo a él ahora con gusto.",
        "Quiroga escribe la costa del Paraná con una precisión que pocas veces encontré: el olor del río, las redes, el "
        "silencio de los domingos. La protagonista, una farera jubilada, cuenta su vida sin autocompasión y con humor seco.",
        "El último tercio flojea un poco, con demasiadas cartas y un final apurado, pero el conjunto es memorable.",
        "Mi calificación: 4 de 5 estrellas. La recomiendo a quien disfrute de novelas lentas y luminosas.",
    ]
    html = _news("es", "“El faro de sal”, de Nora Quiroga, tendrá su serie: mi reseña de la novela", paragraphs)
    record = extract_page(html, "https://lecturas.example.com/2026/12/el-faro-de-sal/")
    assert record.is_review, (record.kind, record.reason)


# --- roundupheads: a book page summing up other critics' reviews under dated headings of one label

from scraper.extract.roundupheads import critics_sections  # noqa: E402

EN_HEADS = ["## Review in The Harbour Times, 14 March 2024", "The critic found it gripping.",
            "## Review in Northern Post, 2 April 2024", "The critic was less sure.",
            "## Review in The Weekly Lamp, 9 April 2024", "The critic admired its ambition."]
DE_HEADS = ["## Kritik aus dem Tageskurier, 03.05.2025", "Die Kritikerin lobt.",
            "## Kritik aus der Nordwoche, 11.05.2025", "Der Kritiker zweifelt.",
            "## Kritik aus dem Stadtanzeiger, 20.05.2025", "Die Kritikerin ist begeistert.",
            "## Kritik aus der Lesezeit, 02.06.2025", "Der Kritiker bleibt kühl."]
FR_HEADS = ["**Critique du Courrier de l'Ouest, 3 mars 2025**", "La critique aime.",
            "**Critique de La Gazette du Lac, 12 mars 2025**", "Le critique hésite.",
            "**Critique du Journal des Livres, 30 mars 2025**", "Le critique applaudit."]


@pytest.mark.parametrize("lines, count", [(EN_HEADS, 3), (DE_HEADS, 4), (FR_HEADS, 3)], ids=["en", "de", "fr"])
def test_dated_headings_of_one_label_naming_sources_are_a_critics_round_up(lines, count):
    assert critics_sections("\n".join(lines)) == count


@pytest.mark.parametrize("lines", [
    ["## Tag 1, 3. März 2024", "x", "## Tag 2, 4. März 2024", "x", "## Tag 3, 5. März 2024"],  # a diary: figures only
    ["## Day 1: The Harbour — 3 March 2024", "x", "## Day 2: The Storm — 4 March 2024", "x", "## Day 3: Home — 5 March 2024"],
    ["## Update, 3 March 2024", "x", "## Update, 4 March 2024", "x", "## Update, 5 March 2024"],  # no source named
    ["## Review in The Harbour Times", "x", "## Review in Northern Post", "x", "## Review in The Weekly Lamp"],  # no dates
    EN_HEADS[:4],  # two only
    ["## Review in The Harbour Times, 14 March 2024", "## Review in The Harbour Times, 14 March 2024",
     "## Review in The Harbour Times, 14 March 2024"],  # the same one thrice
])
def test_near_misses_are_no_critics_round_up(lines):
    assert critics_sections("\n".join(lines)) == 0


DE_PAGE = [
    ("h2", "Klappentext"),
    ("p", "Eine Fährfrau am Bodensee erzählt von drei Sommern, in denen ihr Dorf zerfällt und ihre Familie zusammenhält. "
          "Ein Roman über Wasser, Arbeit und die Frage, was bleibt, wenn die Gäste ausbleiben."),
    ("h2", "Kritik aus dem Tageskurier, 03.05.2025"),
    ("p", "Rezensentin Lea Brandt ist angetan von diesem stillen Roman, der ihr wie ein langer Nachmittag am See vorkommt. "
          "Die Autorin erzähle genau und ohne Sentimentalität, nur das letzte Kapitel sei ihr etwas zu schnell geraten."),
    ("h2", "Kritik aus der Nordwoche, 11.05.2025"),
    ("p", "Rezensent Jan Wolter bleibt skeptisch: zu viel Wetter, zu wenig Handlung. Immerhin lobt er die Dialoge der "
          "Fährfrau mit ihrem Sohn, die er für das Beste des Buchs hält, und einige Szenen im Winter."),
    ("h2", "Kritik aus dem Stadtanzeiger, 20.05.2025"),
    ("p", "Für Rezensentin Ida Kern ist dies das Debüt des Jahres. Sie bewundert, wie die Autorin Arbeit beschreibt, "
          "und vergleicht den Roman mit den großen Dorfgeschichten des neunzehnten Jahrhunderts, ohne dass er altmodisch wirke."),
]


def test_a_critics_round_up_page_is_no_review():
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in DE_PAGE)
    html = ('<html lang="de"><head><meta charset="utf-8"><title>Marta Riedl: Die Fährfrau</title></head><body>'
            f"<main><h1>Marta Riedl: Die Fährfrau</h1><p>Roman, 320 Seiten</p>{body}</main></body></html>")
    record = extract_page(html, "https://kulturschau.example.de/buch/marta-riedl/die-faehrfrau.html")
    assert not record.is_review and record.kind == "other", (record.kind, record.reason)


def test_near_miss_a_review_with_dated_diary_headings_stays_a_review():
    paragraphs = []
    for day, date in (("Erster Abend", "3. März 2025"), ("Zweiter Abend", "4. März 2025"), ("Dritter Abend", "5. März 2025")):
        paragraphs.append(("h2", f"Tag {['Erster Abend', 'Zweiter Abend', 'Dritter Abend'].index(day) + 1}, {date}"))
        paragraphs.append(("p", "Ich habe heute weitergelesen in Marta Riedls Roman „Die Fährfrau“. Die Fährfrau erzählt "
                                "von ihrem Sohn, vom See und vom Winter, und ich mag ihre trockene Art sehr."))
    paragraphs.append(("p", "Mein Fazit: ein stiller, genauer Roman. Meine Bewertung: 4 von 5 Sternen."))
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in paragraphs)
    html = ('<html lang="de"><head><meta charset="utf-8"><title>Lesetagebuch: Die Fährfrau</title></head><body>'
            f"<article><h1>Lesetagebuch: Die Fährfrau</h1>{body}</article></body></html>")
    record = extract_page(html, "https://lesezeit.example.de/2025/03/die-faehrfrau/")
    assert record.is_review, (record.kind, record.reason)


# --- holdingsrecord (det2's, holdout36): a box holding a list is not counted as prose beside the list's own items

from lxml import html as lxml_html  # noqa: E402

from scraper.extract.holdingsrecord import holdings_record  # noqa: E402


def _record_page(lang: str, rows: list[tuple[str, str]], head: list[str], copies: list[list[str]], blurb: str,
                 lists_heading: str, lists: list[tuple[str, str]], extra: str = "") -> str:
    info = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    thead = "".join(f"<th>{cell}</th>" for cell in head)
    tbody = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in copies)
    items = "".join(f'<li><a href="/list/{n}">{name}</a>{note}</li>' for n, (name, note) in enumerate(lists))
    return (f'<html lang="{lang}"><head><meta charset="utf-8"></head><body><div id="main"><h1>T</h1>'
            f'<table class="info">{info}</table><div class="description"><p>{blurb}</p></div>{extra}'
            f'<table><thead><tr>{thead}</tr></thead><tbody>{tbody}</tbody></table>'
            f'<div class="lists"><h2>{lists_heading}</h2><ul>{items}</ul></div></div></body></html>')


JA_RECORD = dict(
    lang="ja", rows=[("出版社", "青葉書房"), ("シリーズ", "青葉文庫"), ("発売日", "2019年4月"), ("ページ数", "240ページ"), ("ISBN", "9784000000002")],
    head=["図書館", "状況", ""], copies=[["港区立みなと図書館", "貸出可", "予約する"], ["港区立高輪図書館", "貸出中", "予約する"],
                                       ["品川区立中央図書館", "蔵書なし", ""]],
    blurb="海辺の町で古い灯台を守る祖母と、夏休みにやって来た孫娘の物語。二人は嵐の夜、沖に見えた小さな光を追いかける。（出版社の紹介より）",
    lists_heading="この本を含むリスト", lists=[("夏に読みたい小説", "（みどりさんのリスト・31冊）"), ("灯台が出てくる本", "（ゆうさんのリスト・9冊）"),
                                               ("祖母と孫の物語", "（あきさんのリスト・14冊）")])
PL_RECORD = dict(
    lang="pl", rows=[("Wydawca", "Wydawnictwo Brzeg"), ("Seria", "Proza polska"), ("Rok", "2019"), ("Strony", "240"), ("ISBN", "9788300000001")],
    head=["Biblioteka", "Status", ""], copies=[["Filia nr 3, Mokotów", "dostępna", "Zarezerwuj"], ["Filia nr 7, Wola", "wypożyczona", "Zarezerwuj"],
                                             ["Biblioteka Główna", "brak", ""]],
    blurb="Opowieść o babce, która pilnuje starej latarni, i wnuczce przybyłej na wakacje. Opis wydawcy.",
    lists_heading="Listy z tą książką", lists=[("Na lato", " (lista Marty, 31 książek, ostatnio uzupełniona w listopadzie tego roku)"),
                                                ("Latarnie i morze", " (lista Pawła, 9 książek, z krótkimi opisami każdej z nich)"),
                                                ("Babcie i wnuczki", " (lista Ani, 14 książek, wspólnie z klubem czytelniczym)")])


# (a blurb and six lists whose words, counted once, stay under the record's 150 words of prose; counted twice, the
# box's and its items', they went over it)
@pytest.mark.parametrize("record, repeat", [(JA_RECORD, 2), (PL_RECORD, 3)], ids=["ja", "pl"])
def test_a_catalogue_record_with_a_box_of_reader_lists_is_a_record(record, repeat):
    tree = lxml_html.fromstring(_record_page(**dict(record, blurb=record["blurb"] * repeat, lists=record["lists"] * 2)))
    assert holdings_record(tree)


@pytest.mark.parametrize("record", [JA_RECORD, PL_RECORD], ids=["ja", "pl"])
def test_near_miss_a_record_page_with_a_readers_own_prose_is_not_read_so(record):
    prose = "".join(f"<p>{record['blurb'] * 4}</p>" for _ in range(3))  # a long text of the page's own
    tree = lxml_html.fromstring(_record_page(**record, extra=f"<div class='post'>{prose}</div>"))
    assert holdings_record(tree) is None
