"""edges.mark: lines at a post's edges that tie it to something outside it (where it was published first, the
challenge it is an entry of, its licence, a channel's signature) go; the same words in the review stay.

Invented posts in our own words (English, German, Dutch, Korean, Ukrainian, Italian). Near misses that stay: a
paragraph arguing about the challenge the book was read for, a line naming the book's first edition, a review of a
book about copyright quoting a licence, a handle in the middle of the text, a closing recommendation of other books.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

HOST = "kiosk.example"
EN = [
    "The novel follows a lock keeper on a canal in the Fens who notices that the same narrowboat has passed his lock "
    "twice in one week under two different names, and who starts, slowly and against his own better judgement, to "
    "keep a second ledger of his own that nobody at the waterways office will ever read.",
    "What makes it work is patience: the author lets a suspicion harden into certainty over two hundred pages without "
    "a single raised voice, and the marsh weather does half of the storytelling, drizzle and fog and one astonishing "
    "frost that stops the boats for a week.",
    "The last chapter moves to London and loses the water, which I minded, but it is still a quiet, clever book and I "
    "have pressed it on three friends already; all three finished it within the week and wrote to me about the frost.",
]


def test_a_challenge_line_above_the_review_goes_and_a_paragraph_about_the_challenge_stays():
    entry = "<p><em>Entry 4 of the Harbour Library winter readathon: a book set on the water.</em></p>"
    argued = ("I only picked this up because the library's reading challenge asked for a book set on the water, and I "
              "expected to resent it; instead the challenge pushed me towards the best thing I have read this winter, "
              "which says something about letting someone else choose now and then.")
    text, rules = cleaned(entry + paras(EN[0], argued, EN[1], EN[2]), HOST)
    assert "Entry 4" not in text and "series line" in rules
    assert argued in text and all(p in text for p in EN)


def test_a_numbered_task_and_a_korean_challenge_line_go():
    task = "<p>Книжковий марафон, завдання 5: роман про воду.</p>"
    text, rules = cleaned(task + paras(*EN), HOST)
    assert "завдання" not in text and all(p in text for p in EN)
    korean = "<p>이 글은 겨울 독서 챌린지의 다섯 번째 책입니다.</p>"
    text, rules = cleaned(paras(*EN) + korean, HOST)
    assert "챌린지" not in text and "series line" in rules


def test_a_provenance_line_at_the_end_goes_but_the_first_edition_stays():
    note = "<p><small>Zuerst erschienen auf meinem Blog Schleusenwärter liest, dort gibt es auch das Archiv.</small></p>"
    text, rules = cleaned(paras(*EN) + note, HOST)
    assert "Zuerst erschienen" not in text and "provenance line" in rules
    edition = "<p>The novel was first published in 1961 by a small press in Norwich and has been out of print since.</p>"
    text, rules = cleaned(paras(*EN) + edition, HOST)
    assert "first published in 1961" in text and "provenance line" not in rules


def test_a_licence_line_goes_and_a_quoted_licence_in_the_review_stays():
    licence = "<p>Licentie: CC BY-SA 4.0</p>"
    text, rules = cleaned(paras(*EN) + licence, HOST)
    assert "CC BY-SA" not in text and "licence line" in rules
    quoted = ("Het boek gaat over auteursrecht, en het sterkste hoofdstuk legt uit waarom de schrijfster haar eigen "
              "roman onder CC BY-NC heeft uitgebracht en wat dat betekende voor de vertalers die er later mee aan de "
              "slag gingen; dat deel las ik twee keer, met potlood in de hand, en ik zou het iedereen aanraden.")
    text, rules = cleaned(paras(EN[0], EN[1], quoted), HOST)
    assert "CC BY-NC" in text and "licence line" not in rules


def test_a_channel_signature_after_the_post_goes_and_a_handle_in_the_text_stays():
    post = (f"<div class='message'>{EN[0]}<br><br>{EN[1]}<br><br>{EN[2]}<br><br><span>📌 @knyzhkova_polytsia</span><br>"
            "<span>Поділіться каналом з друзями, які люблять читати.</span></div>")
    text, rules = cleaned(post, HOST)
    assert "@knyzhkova_polytsia" not in text and "Поділіться" not in text and "channel signature" in rules
    assert all(p in text for p in EN)
    middle = (f"<div class='message'>{EN[0]}<br><br><span>@knyzhkova_polytsia</span><br>{EN[1]}<br><br>{EN[2]}</div>")
    text, rules = cleaned(middle, HOST)
    assert "@knyzhkova_polytsia" in text and "channel signature" not in rules
    scored = (f"<div class='message'>{EN[0]}<br><br>{EN[1]}<br><br>{EN[2]}<br><br><span>@knyzhkova_polytsia</span><br>"
              "<span>Оцінка: 8/10</span></div>")
    text, rules = cleaned(scored, HOST)
    assert "8/10" in text


def test_a_closing_recommendation_of_other_books_stays():
    closing = "<p>Se vi è piaciuto, leggete anche La strada del sale e L'inverno trattenuto, della stessa autrice.</p>"
    text, rules = cleaned(paras(*EN) + closing, HOST)
    assert "leggete anche" in text


def test_a_book_s_challenge_and_an_interview_question_at_the_edges_stay():
    question = "<p><strong>Wat was de grootste uitdaging bij het vertalen?</strong></p>"
    closing = "<p>The real challenge is the middle third, but it repays the patience.</p>"
    text, rules = cleaned(question + paras(*EN) + closing, HOST)
    assert "grootste uitdaging" in text and "real challenge" in text and "series line" not in rules


def test_a_related_post_under_its_label_goes_and_a_read_also_sentence_stays():
    inline = "<div class='see-too'><p><b>Lesen Sie auch:</b> <a href='#'>Zehn Bücher für lange Winterabende</a></p></div>"
    text, rules = cleaned(paras(EN[0]) + inline + paras(EN[1], EN[2]), HOST)
    assert "Winterabende" not in text and "Lesen Sie auch" not in text and all(p in text for p in EN)
    card = ("<div class='card'><p class='kicker'>Czytaj także</p><h4><a href='/2025/kanaly'>Pięć powieści o kanałach i "
            "śluzach</a></h4></div>")
    text, rules = cleaned(paras(EN[0], EN[1]) + card + paras(EN[2]), HOST)
    assert "Pięć powieści" not in text and "Czytaj także" not in text and "related link" in rules
    sentence = ("<p>Read also <a href='/2024/fens'>my piece on the Fens</a>, where I first wondered who keeps the "
                "locks at night.</p>")
    text, rules = cleaned(paras(EN[0]) + sentence + paras(EN[1], EN[2]), HOST)
    assert "who keeps the locks" in text and "related link" not in rules


def test_a_byline_row_over_the_review_goes_and_an_info_line_with_a_date_stays():
    row = ("<div class='recenze-hlava'><a class='avatar' href='/u/ctenarka'><img src='a.png' alt=''></a> "
           "<a class='jmeno' href='/u/ctenarka'>ctenarka_z_brna</a> <span>ohodnotila knihu</span> "
           "<span class='datum'>14. března 2026</span></div>")
    book = "<div class='kniha'><h2>Slepé hodiny</h2><p>Marta Vlková</p></div>"  # (the book's header above it)
    text, rules = cleaned(book + row + paras(*EN), HOST)
    assert "ctenarka_z_brna" not in text and "ohodnotila" not in text and "byline row" in rules
    assert "Slepé hodiny" in text and "Marta Vlková" in text
    info = "<p>Přečteno: <time>14. března 2026</time>, půjčeno v <a href='/knihovna'>knihovně</a></p>"
    text, rules = cleaned(book + info + paras(*EN), HOST)
    assert "Přečteno" in text and "byline row" not in rules


def test_a_challenge_note_in_a_quote_box_goes_but_an_epigraph_and_a_quoted_licence_stay():
    note = "<blockquote><p>Wątek bierze udział w wyzwaniu czytelniczym 2026, lista lektur w przypiętym temacie.</p></blockquote>"
    text, rules = cleaned(note + paras(*EN), HOST)
    assert "wyzwaniu" not in text and "series line" in rules and all(p in text for p in EN)
    epigraph = "<blockquote><p>Still waters keep the longest ledgers.</p></blockquote>"
    quoted = "<blockquote><p>Creative Commons BY-SA, as the author insists.</p></blockquote>"
    text, rules = cleaned(epigraph + paras(*EN) + quoted, HOST)
    assert "longest ledgers" in text and "as the author insists" in text
