"""An Armenian capsule signed with its book's record, "— A, «T» (1907)", and closed by the blog's conditional ask
(detshort5). ifpost: the ask "if you liked the post, follow / subscribe" in Armenian (the post named, never the book:
"if you liked Tumanyan's «Anush»" is the reviewer's advice and stays). booknamedtwice: a name a comma sets off from the
quoted title is the record's own form, not a case form to cut back to a stem ("Թումանյան, «Գիքոր»" gives
"Թումանյան"; "Թումանյանի «Գիքոր»" is still read in its base form). Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="hy"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_PROSE = [
    "Մանկուց հիշում էի այս պատմվածքը, բայց երեկ երեկոյան նորից կարդացի այն ու երկար չէի կարողանում քնել։",
    "Թումանյանի պատմությունը գյուղից քաղաք եկած մի փոքր տղայի մասին է, որը աշխատում է խանութում և կարոտում է "
    "տունը։ Լեզուն պարզ է, բայց ամեն նախադասություն ծանր է։",
    "Թումանյանը երբեմն շատ է բացատրում, բայց վերջին տեսարանը անմոռանալի է։ Սա մի փոքր գիրք է, որը կարդացվում է "
    "մեկ երեկոյում, և ես այն կտայի յուրաքանչյուր դեռահասի։",
]
_ASK = "Եթե ձեզ դուր եկավ գրառումը, հետևեք բլոգին էլ. փոստով։"


def test_the_conditional_ask_closing_an_armenian_capsule_goes():
    record = extract_page(_page("Մի երեկո Գիքորի հետ", _PROSE + ["— Թումանյան, «Գիքոր» (1907)", _ASK]),
                          "https://grqer.example.am/gikor/")
    assert record.is_review, (record.kind, record.reason)
    assert "հետևեք բլոգին" not in record.body_text


def test_the_records_name_keeps_its_own_form():
    # (a pen name in -ի whose cases replace its last letter: "Սիլվու", "Սիլվին"; their common stem is no name)
    prose = [p.replace("Թումանյանի", "Սիլվու").replace("Թումանյանը", "Սիլվին") for p in _PROSE]
    record = extract_page(_page("Մի երեկո այգում", prose + ["— Սիլվի, «Լուսնի այգին» (1931)"]),
                          "https://grqer.example.am/aygi/")
    assert record.is_review, (record.kind, record.reason)
    assert (record.book_title, record.book_author) == ("Լուսնի այգին", "Սիլվի"), (record.book_title, record.book_author)


def test_advice_naming_another_book_after_if_you_liked_stays():
    advice = "Եթե ձեզ դուր եկավ Թումանյանի «Անուշը», կարդացեք նաև այս պատմվածքը։"
    record = extract_page(_page("Մի երեկո Գիքորի հետ", _PROSE + [advice, "— Թումանյան, «Գիքոր» (1907)"]),
                          "https://grqer.example.am/gikor-3/")
    assert "կարդացեք նաև այս պատմվածքը" in record.body_text


def test_a_case_form_before_the_quote_is_still_read_in_its_base_form():
    paragraphs = ["Երեկ երեկոյան նորից կարդացի Թումանյանի «Գիքոր» պատմվածքը և երկար չէի կարողանում քնել։"] + _PROSE[1:] \
        + ["<strong>Գնահատական՝</strong> 5/5"]
    record = extract_page(_page("Մի երեկո Գիքորի հետ", paragraphs), "https://grqer.example.am/gikor-4/")
    assert record.book_author in (None, "Թումանյան"), (record.book_title, record.book_author)
