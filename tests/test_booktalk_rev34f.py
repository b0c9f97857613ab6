"""readingevent.book_talk, narrowed (rev34f): a headline naming a talk ("Book chat:", "Roundtable review:", "Bincang
buku:") is a blogger's series name when the post is filed or labelled a review, and the text's shape must be a report's:
its first line opens on the session's date (not a reader's nights further on), or it quotes a person named after the
quote and its comma (not a quoted line the review goes on from). "debated" and the Russian/Ukrainian adjectives
"controversial" name no session. Reports in several languages stay events."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.readingevent import BOOK_TALK, book_talk


def _post(lang: str, title: str, paragraphs: list[str], filed: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    footer = (f'<footer class="entry-meta">Posted in <a href="/category/x/" rel="category tag">{filed}</a></footer>'
              if filed else "")
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            f'{footer}</article></body></html>')


REVIEW = [
    "\"Nobody leaves the valley in March.\" The sentence opens the book, and it is the best first line I have read "
    "in years. Ida Marsh's novel follows a shepherd's widow through the spring after the avalanche.",
    "Marsh writes snow and silence with real patience. The widow's stubbornness is maddening and true, and the "
    "village around her, with its feuds and kindnesses, is drawn with affection.",
    "The middle third sags, but the ending is quiet and earned. I loved it and will be giving it to everyone I know.",
]


def test_a_series_name_over_a_filed_review_keeps_the_review():
    for title in ("Book Chat: The Thaw by Ida Marsh", "Roundtable Review: The Thaw by Ida Marsh",
                  "Book talk: The Thaw by Ida Marsh"):
        record = extract_page(_post("en", title, REVIEW, filed="Book Reviews"), "https://blog.example.net/the-thaw/")
        assert record.kind == "review", (title, record.kind, record.reason)
        assert record.book_title and "Thaw" in record.book_title, (title, record.book_title)


def test_a_readers_nights_and_a_quoted_opening_are_no_session():
    assert not book_talk("Bincang Buku: Salju Terakhir karya Rina Wulan",
                         ["Saya membaca novel ini dalam dua malam (4/2 dan 5/2), dan masih memikirkannya."])
    assert not book_talk("Book chat: The Thaw", [REVIEW[0], REVIEW[1]])
    assert not BOOK_TALK.search("Why a much-debated novel won me over: The Thaw")
    assert not BOOK_TALK.search("Дискуссионный роман: «Оттепель» Иды Марш")
    assert not BOOK_TALK.search("Дискусійний роман: «Відлига»")


def test_reports_still_read_as_talks():
    assert book_talk("Diskusia o románe Odmäk v knižnici", ["V piatok 14.2. prišlo do knižnice päťdesiat čitateľov."])
    assert book_talk("Debatt om Tøværet på biblioteket", ["«Jeg skrev den om vinteren», sa Marsh til publikum."])
    assert BOOK_TALK.search("Дискуссия о романе «Оттепель»") and BOOK_TALK.search("Дискусія про роман «Відлига»")
    assert book_talk("Charla sobre «El deshielo»", ["El jueves (13/2) la biblioteca acogió una charla con Ida Marsh."])
    report = ["On Friday (14/2) about forty readers came to the town library for a book talk on The Thaw.",
              "\"I wrote it over three winters,\" said Marsh, who was interviewed by the librarian Tom Reed.",
              "Marsh spoke about the valley where her grandmother kept sheep, the notebooks she filled on the bus to "
              "work, and the two endings she threw away before she found the one in the book. Reed asked whether "
              "the widow was based on anyone; nobody, she said, and everybody.",
              "Questions ranged from the avalanche scenes to the widow's letters, and signed copies sold out within "
              "the hour. The library's next talk is in April."]
    record = extract_page(_post("en", "Book talk: The Thaw fills the town library", report),
                          "https://news.example.org/en/talk/")
    assert record.kind == "event", (record.kind, record.reason)
