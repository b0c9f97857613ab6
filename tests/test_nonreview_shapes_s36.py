"""Non-reviews taken for reviews (detover36): several books each with a line, an excerpt's post, notes that say they are
none.

- listedbook read no book in an item led by its own numbered label and closed by the work's year in brackets ("Week 3.
  Maker Name, *Work* (1855)"): a syllabus's or a reading order's items, each a book with its maker;
- numbered_works stopped at a post's numbered section headings ("## 一、…", "## 二、…") before its numbered list of
  «T», maker items, so the list's books went uncounted;
- booktable counted a table's books only under an "author" and a "title" header: a column whose every cell names a
  book with its maker ("| *T*, A | a line | 4/5 |") lists them as well; and a title read as one book does not stand
  against five books or more given a verdict each;
- excerptpost knew the word for an excerpt in a few western languages only ("Odlomak:", "Отрывок:", "Részlet:" …);
- the post's own word that it is no review was read in the singular only ("they are not reviews", "none of these are
  reviews", "keine Rezensionen");
- classify let the post's word that it is no review outrank a book read in its text only: a book read in one of its
  headings ("## T by A" over one of three printings compared) is as weak, when the post rates nothing.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.listedbook import listed_book, numbered_works
from scraper.extract.booktable import table_titles
from scraper.extract.reviewed import denies_review


def _post(title: str, body: str, url: str = "https://fieldnotes.example.org/2026/11/post/") -> object:
    html = (f"<html><head><title>{title}</title></head><body class='single single-post'><article class='post'>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div></article></body></html>")
    return extract_page(html, url)


# --- listed items with their own numbered label and the work's year ---------------------------------------------

def test_item_after_a_numbered_label_names_its_book():
    book = listed_book("- Session 4. Oriel Vantongeren, *The Brass Lantern* (1931)")
    assert (book.title, book.author) == ("The Brass Lantern", "Oriel Vantongeren")


def test_item_with_a_bracketed_year_names_its_book():
    book = listed_book("- Hester Gallimore, *A Kettle on the Moor* (1968)")
    assert (book.title, book.author) == ("A Kettle on the Moor", "Hester Gallimore")


def test_label_without_a_book_names_none():
    assert listed_book("- Day 6. Free afternoon in the old town") is None


def test_narrative_item_with_a_quoted_nickname_names_none():
    # (a review's plot walk-through: a numbered part, a character called by a quoted name, no maker and work)
    assert listed_book("- Part 2. The boy meets “Old Tam”, the ferryman, and the storm comes in.") is None


def _syllabus(denial: str) -> object:
    weeks = [("Oriel Vantongeren", "The Brass Lantern", 1931), ("Hester Gallimore", "A Kettle on the Moor", 1968),
             ("Piet Oosterbaan", "Salt and Ledger", 1902), ("Wanda Szklarek", "The Orchard Lease", 1979)]
    items = "".join(f"<dt>Week {n}. {a}, <i>{t}</i> ({y})</dt><dd>Read it slowly; notice how the family talks about money "
                    f"and never says the word. We meet on Tuesday.</dd>" for n, (a, t, y) in enumerate(weeks, 1))
    body = (f"<p>This module reads provincial novels of the last two centuries and asks how a town's gossip becomes a "
            f"plot. The notes below are for students choosing their options next term{denial}.</p><dl>{items}</dl>"
            "<p>One essay of 2,000 words and one of 3,000 words. Essays setting two books from different centuries side "
            "by side are welcome, and the library holds several copies of each title on short loan.</p>")
    return _post("LIT2210 Provincial Lives: course outline, Spring 2027", body,
                 "https://staff.example.ac.uk/~ovl/lit2210/outline.html")


def test_course_outline_of_weeks_is_no_review():
    record = _syllabus("")
    assert not record.is_review and record.kind == "list"


def test_review_with_a_closing_reading_order_is_still_a_review():
    body = ("<p>Oriel Vantongeren's <i>The Brass Lantern</i> is the best of her provincial novels, and I say that having "
            "read all four of them twice. The lamplighter's widow at its centre is a marvel of stubbornness; Vantongeren "
            "lets her win every argument and lose every battle. The middle third drags, but the ending is superb, and I "
            "cried on the bus home. The prose is plain and exact, the town is alive, and the gossip is the plot.</p>"
            "<p>Vantongeren wrote it in a single winter, and it shows in the best way: the book has one weather, one "
            "mood, one grief, and it does not let go. I recommend it to anyone who liked her earlier work.</p>"
            "<p>Rating: 4/5</p>")
    record = _post("The Brass Lantern by Oriel Vantongeren", body)
    assert record.is_review


# --- numbered section headings before a numbered list ---------------------------------------------------------

def test_numbered_list_after_numbered_sections_counts_its_works():
    lines = ["## 一、評審說明", "本屆共收到很多投稿。", "## 二、決選名單",
             "1. 《灯塔下的书店》，林若溪——节奏很稳。", "2. 《北方的河》，周海声——还没读完。",
             "3. 《纸飞机》，许嘉言——出道作。", "4. 《旧港》，陈一鸣——尚未读。", "## 三、颁奖日期"]
    assert len(numbered_works(lines)) == 4


def test_numbered_sections_alone_are_no_works():
    lines = ["## 1. The plot", "It moves fast.", "## 2. The characters", "Flat.", "## 3. The ending", "Rushed."]
    assert numbered_works(lines) == {}


def test_numbered_item_not_a_work_still_stops_the_run():
    # (a list's items that are not works, after a heading: nothing is counted past them)
    lines = ["## 1. 背景", "1. 第一点说明", "2. 《灯塔下的书店》，林若溪——很稳。", "3. 《北方的河》，周海声——未读。",
             "4. 《纸飞机》，许嘉言——出道作。"]
    assert numbered_works(lines) == {}


# --- a table whose column names a book with its maker in each cell --------------------------------------------

_ROWS = [("Lantera Tua", "Sari Wulandari", "4/5"), ("Hujan di Pelabuhan", "Bayu Nugroho", "5/5"),
         ("Jalan Pulang", "Sari Wulandari", "3/5"), ("Kota Garam", "Dewi Anggraini", "4/5"),
         ("Surat dari Timur", "Yusuf Hamdani", "4/5")]


def _table(rows) -> list[str]:
    return ["| Buku | Catatan | Nilai |", "|---|---|---|"] + [f"| *{t}*, {a} | bagus sekali | {s} |" for t, a, s in rows]


def test_table_of_books_with_makers_lists_them():
    assert table_titles(_table(_ROWS)) == {t.casefold() for t, _a, _s in _ROWS}


def test_table_of_one_books_details_lists_none():
    lines = ["| Detail | Value |", "|---|---|", "| Pages | 320 |", "| Publisher | Harbour Press |", "| Year | 2024 |"]
    assert table_titles(lines) == set()


def test_table_of_chapters_with_quoted_words_lists_none():
    lines = ["| Chapter | Note |", "|---|---|", "| One | the storm |", "| Two | *The Harbour*, at night |",
             "| Three | the boat |"]
    assert table_titles(lines) == set()


def _wrapup(rows) -> object:
    cells = "".join(f"<tr><td><i>{t}</i>, {a}</td><td>Catatan pendek tentang buku ini, dibaca di kereta.</td><td>{s}</td></tr>"
                    for t, a, s in rows)
    body = ("<p>Bulan ini saya banyak membaca di kereta, jadi catatannya pendek-pendek saja, satu kalimat untuk setiap "
            "buku dan nilai pribadi saya.</p><table><thead><tr><th>Buku</th><th>Catatan</th><th>Nilai</th></tr></thead>"
            f"<tbody>{cells}</tbody></table><p>Bulan depan saya ingin menyelesaikan satu novel tebal saja. Kalau ada "
            "saran, tulis di kolom komentar di bawah, saya akan membaca semuanya dengan senang hati.</p>")
    return _post("Catatan Oktober: Lima Buku, Satu Nilai", body, "https://rakbuku.example.id/catatan-oktober/")


def test_monthly_table_of_scored_books_is_a_list():
    record = _wrapup(_ROWS)
    assert not record.is_review and record.kind == "list"


def test_review_with_a_scored_breakdown_table_is_a_review():
    body = ("<p>Sari Wulandari's <i>Lantera Tua</i> is a slow, warm novel about a lighthouse keeper's last winter. "
            "Wulandari writes the sea as a neighbour, never a threat, and the keeper's letters to his daughter are the "
            "best pages of the year for me. The middle sags, and one subplot goes nowhere, but the ending earns its "
            "tears. I read Lantera Tua in two sittings and I will read it again.</p>"
            "<table><thead><tr><th>Aspect</th><th>Score</th></tr></thead><tbody><tr><td>Plot</td><td>3/5</td></tr>"
            "<tr><td>Characters</td><td>5/5</td></tr><tr><td>Prose</td><td>5/5</td></tr><tr><td>Setting</td><td>4/5</td>"
            "</tr><tr><td>Overall</td><td>4/5</td></tr></tbody></table>")
    record = _post("Lantera Tua by Sari Wulandari", body)
    assert record.is_review


# --- an excerpt's headline label in more languages ------------------------------------------------------------

_EXCERPT_BODY = ("<p>Novi roman Ane Petrović izlazi krajem meseca. Pre nego što ga pročitate, evo prvih stranica.</p>"
                 "<blockquote><p>Te zime reka je bila tiha. Marta je stajala na obali i brojala čamce, kao što su brojali "
                 "zajedno kad je bila mala. Otac je govorio da reka uvek vraća ono što uzme, samo ne istim redom. Kuća "
                 "na brdu bila je hladna, a na stolu su ostala njegova pisma, povezana kanapom, nikad poslata.</p></blockquote>"
                 "<p><em>Odlomak objavljujemo uz dozvolu izdavača.</em></p>")


def test_sr_excerpt_label_is_no_review():
    record = _post("Odlomak: „Tiha reka“ Ane Petrović", _EXCERPT_BODY)
    assert not record.is_review and record.kind == "announcement"


def test_ru_excerpt_label_is_no_review():
    body = ("<p>Новый роман Анны Петровой выходит в конце месяца. Публикуем первые страницы первой главы с разрешения "
            "издательства.</p><blockquote><p>Той зимой река не замёрзла, но каждое утро выглядела так, будто думает об "
            "этом. Марта стояла на набережной и считала баржи, как они считали вместе, когда она была маленькой. Отец "
            "говорил, что река всегда возвращает то, что взяла, только не в том порядке.</p></blockquote>")
    record = _post("Отрывок: «Тихая река» Анны Петровой", body)
    assert not record.is_review


def test_excerpt_word_deep_in_a_review_headline_is_no_label():
    body = ("<p>Ana Petrović's novel is a quiet triumph. I loved the river, the father's letters and the sister who "
            "never forgives. The middle drags and the ending is too neat, but Petrović writes grief better than anyone "
            "I have read this year. Tiha reka is a book to give your mother, and then to borrow back.</p>"
            "<p>The translation is careful, and the short chapters suit a commute. Petrović never explains too much; she "
            "trusts the reader with the silences between the sisters, and the last scene on the frozen quay stayed with "
            "me for days. If you liked her first novel you will like this one more.</p><p>My rating: 4/5</p>")
    record = _post("Tiha reka by Ana Petrović: the river and every odlomak of a life", body)
    assert record.is_review


def test_rated_post_under_an_excerpt_label_stays_a_review():
    record = _post("Odlomak i utisci: „Tiha reka“ Ane Petrović",
                   _EXCERPT_BODY + "<p>Moja ocena: 5/5. Knjiga je divna, pročitala sam je u jednom dahu i preporučujem.</p>")
    assert record.is_review


# --- the post says its notes are no reviews, in the plural ----------------------------------------------------

def test_plural_denials_are_read():
    assert denies_review(["The notes below are for students; they are not reviews."])
    assert denies_review(["None of these are reviews, only presents I would like to get."])
    assert denies_review(["Das sind keine Rezensionen, nur Notizen."])


def test_plural_review_talk_is_no_denial():
    assert not denies_review(["There were not many reviews of it when it came out, so here is mine."])
    assert not denies_review(["Book reviews are not easy to write, and this one took me a week."])
    assert not denies_review(["Reviews aren't everything, but this novel earned its good ones."])


def test_gift_guide_that_says_it_holds_no_reviews_is_none():
    items = "".join(f"<li><strong>{thing}</strong> that they will use every evening, chosen with care.</li>" for thing in
                    ("A cloth-bound classic", "A reading lamp", "A bookshop voucher", "A poetry pamphlet"))
    body = ("<p>Every December friends ask me what to buy the reader in their life who has already read everything. "
            "Here is my answer, sorted by budget. None of these are reviews; they are presents I have given or would "
            f"like to get, and I have tried most of them myself over the years.</p><h2>Small presents</h2><ul>{items}</ul>"
            "<h2>Not books at all</h2><p>A tin of good tea, a library donation in their name, an afternoon in which you "
            "take the children out so that they can read in peace. Prices were checked on the first of the month and "
            "may have changed since; some links are affiliate links and are marked as such on the page.</p>")
    record = _post("What to give the reader who has read everything", body)
    assert not record.is_review


# --- a book read in a heading, under a post that says it is no review -----------------------------------------

def _editions(denial: str, verdict: str = "") -> object:
    body = ("<p>Readers ask us every winter which printing to buy, and the honest answer is that it depends what you want "
            f"from it. So we set three printings side by side on the counter for a week and took notes.{denial}</p>"
            "<h2>The Brass Lantern by Oriel Vantongeren</h2><p>The old hardback: heavy, well sewn, small type, and the "
            "cheapest of the three by far. One of us needed her reading glasses by the second chapter.</p>"
            "<h2>The school paperback</h2><p>Larger type and fuller notes, which matter for the town's politics. The paper "
            "is thin and shows through, and the cover curls within a week of reading on the bus.</p>"
            "<h2>The gift printing</h2><p>Cloth-bound, slipcased and illustrated. Beautiful on a shelf, less so on a "
            f"train, and heavy enough to prop a door open on a windy afternoon.</p>{verdict}")
    return _post("Three printings, compared", body, "https://harbourbooks.example.com/blogs/journal/three-printings")


def test_editions_compared_that_deny_a_review_are_none():
    record = _editions(" This is about the printings, not a review of the novel, which needs no help from us.")
    assert not record.is_review


def test_rated_post_that_says_not_a_proper_review_stays_one():
    record = _editions(" This is not a proper review, more a reader's notes.",
                       "<p>The novel itself? A marvel, and my rating is 5/5: read it in whichever printing you can find.</p>")
    assert record.is_review


def test_same_post_without_a_denial_keeps_its_book():
    record = _editions(" We liked all three, for different reasons.")
    assert record.is_review and record.book_title == "The Brass Lantern"


def test_unrated_review_of_a_titled_book_that_says_not_really_a_review_stays_one():
    body = ("<p>This isn't really a review, more a love letter. Oriel Vantongeren's novel follows a lamplighter's widow "
            "through one hard winter in a harbour town, and I have never read a book that smells so much of salt and "
            "paraffin. Vantongeren lets her heroine win every argument and lose every battle, and the gossip of the "
            "town is the plot. The middle third drags, I admit, but the last chapter on the frozen quay is perfect.</p>"
            "<p>I read The Brass Lantern in two sittings and pressed it on my sister the next day. Vantongeren's plain, "
            "exact sentences are the kind I want to copy out by hand, and the widow's letters to her son are the best "
            "pages I have read this year. Find it, in any printing, and read it slowly.</p>")
    record = _post("The Brass Lantern by Oriel Vantongeren", body)
    assert record.is_review
