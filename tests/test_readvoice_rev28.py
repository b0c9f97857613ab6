"""The writer's statement that they read the book counts only when what was read is the book (it, this book, the
novel, the headline's title): reading the paper, the news, a press release or one's own draft is no review's voice,
and forms that are other verbs too (fr "terminé", zh "我看了", ja "読了時間", tr "okudum") are not read alone
(readvoice.reads, shortverdict.floor)."""

from types import SimpleNamespace

import pytest

from scraper.extract import extract_page
from scraper.extract.readvoice import reads
from scraper.extract.shortverdict import floor


@pytest.mark.parametrize("line", [
    "Ich habe es an einem verregneten Sonntag gelesen und danach lange aus dem Fenster geschaut.",
    "J'ai lu ce roman pendant un long trajet en train, sans lever les yeux.",
    "L'ho letto in due sere, sul balcone, con la radio spenta.",
    "Li este livro numa semana de férias e ainda penso nele.",
    "Bu kitabı iki gecede okudum, son sayfada gözlerim doldu.",
    "この本を週末の二日間で読みました。",
    "이 책을 주말 동안 다 읽었다.",
    "קראתי את הספר בשבוע אחד ולא יכולתי להפסיק.",
    "Я прочитала эту книгу за одни выходные.",
])
def test_the_book_read_is_read(line):
    assert reads(line)


@pytest.mark.parametrize("line,title", [
    ("I read The Lantern Keeper over a long weekend at my sister's.", "The Lantern Keeper"),
    ("Ich habe „Die Salzwiese“ in zwei Nächten gelesen.", "Die Salzwiese"),
    ("Ho letto Il ponte di vetro in una sola sera.", "Il ponte di vetro"),
    ("J'ai lu La Maison aux volets verts pendant les vacances.", "La Maison aux volets verts"),
])
def test_the_headlines_title_read_is_read(line, title):
    assert reads(line, title)


@pytest.mark.parametrize("line,title", [
    # (something else read: the paper, the news, an announcement, one's own draft of the titled book)
    ("I finished the second draft of The Lantern Keeper at dawn, after a week of rewrites.", "The Lantern Keeper"),
    ("I have just read the shortlist announcement on the prize's website.", None),
    ("Ich habe gestern im Radio gehört und dann online gelesen, dass die Lesung ausfällt.", None),
    ("Ho letto l'intervista all'autrice sul quotidiano di ieri.", None),
    ("Eu li o comunicado da editora hoje de manhã.", None),
    ("J'ai lu l'annonce du prix ce matin dans le journal.", None),
    # (forms that are other verbs too, or a theme's label)
    ("La vente est terminée, merci à tous ! Le tirage au sort est terminé aussi.", None),
    ("読了時間：約3分", None),
    ("昨天我看了一部电影，很好看。", None),
    ("Üniversitede tarih okudum, sonra yayıncılığa geçtim.", None),
    ("קראתי לכל החברים לבוא לערב.", None),
    ("Saya membaca koran setiap pagi.", None),
])
def test_something_else_read_is_not_read(line, title):
    assert not reads(line, title)


def _ev(lines, title="The Lantern Keeper"):
    return SimpleNamespace(rating=False, scored_lines=0, verdict_lines=0, averaged=0, reply_scores=0,
                           book_source="title", book_has_author=True, book_title=title,
                           body=(tuple(lines), "\n".join(lines)))


def test_floor_lowered_only_for_the_headlines_book_read():
    assert floor(_ev(["I read The Lantern Keeper in one sitting."])) == 60
    assert floor(_ev(["I read it in one sitting on the ferry."])) == 60
    assert floor(_ev(["I have just read the publisher's note about the new edition."])) == 100
    assert floor(_ev(["Ich habe heute in der Zeitung gelesen, dass die Taschenbuchausgabe kommt."])) == 100


_TPL = """<!DOCTYPE html><html lang="{lang}"><head><title>{title} – Quayside Notes</title></head><body>
<header><a href="/">Quayside Notes</a></header><main><article class="post"><h1 class="entry-title">{title}</h1>
<div class="entry-content">{body}</div></article></main><footer>© 2026 Quayside Notes</footer></body></html>"""


def _kind(lang, title, paragraphs):
    html = _TPL.format(lang=lang, title=title, body="".join(f"<p>{p}</p>" for p in paragraphs))
    return extract_page(html.encode(), "https://quayside.example.net/2026/04/notes/").kind


@pytest.mark.parametrize("lang,title,paragraphs", [
    ("en", "Prize night is coming", [
        "The longlist for the Estuary Award went up at noon and I have just read the announcement twice, once at my "
        "desk and once on the bus home. Eleven books, five of them from presses with fewer than ten staff, which "
        "makes me very happy.",
        "The judges, led by the poet Ruth Okafor, say they read close to three hundred entries, and Okafor called it "
        "the most varied list in the award's history. The shortlist follows in May and the winner in late June.",
        "I will be at the ceremony in the old corn exchange with a notebook and far too much coffee, so check back "
        "here on the night for updates as they happen.",
    ]),
    ("it", "Riapre la biblioteca del porto", [
        "Ho letto la notizia questa mattina sul giornale locale: la biblioteca del porto riapre a giugno, dopo tre "
        "anni di lavori. Il direttore, Marco Bellini, ha promesso di conservare i vecchi tavoli di legno e la sala dei "
        "giornali.",
        "Secondo Bellini ci sarà una settimana di festa con letture per bambini, un mercatino di libri usati e una sera "
        "dedicata ai poeti della città. Il comune ha pagato il nuovo tetto e gli scaffali, e una "
        "fondazione privata ha donato duemila volumi nuovi per la sezione dei ragazzi.",
        "Ci andrò il primo giorno, ovviamente, e racconterò tutto qui. Se qualcuno vuole venire con me, scriva nei "
        "commenti e ci vediamo per un caffè davanti all'ingresso.",
    ]),
    ("pt", "A feira volta à praça", [
        "Eu li o anúncio ontem à noite e fiquei contente: a feira do livro volta à praça central em setembro, depois "
        "de dois anos parada. A organizadora, Rita Sousa, promete mais bancas de editoras pequenas e um palco para "
        "leituras.",
        "Segundo Sousa haverá uma semana de programação com oficinas para crianças, encontros com autores e uma noite "
        "de poesia no coreto. A câmara cedeu o espaço e as tendas, e uma livraria do bairro vai "
        "oferecer um desconto a todos os estudantes durante a semana inteira.",
        "Vou no primeiro dia e conto tudo aqui no blogue. Quem quiser ir comigo, deixe um comentário e combinamos um "
        "café antes da abertura.",
    ]),
])
def test_a_short_news_post_that_read_the_news_is_no_review(lang, title, paragraphs):
    assert _kind(lang, title, paragraphs) != "review"
