"""A Malayalam review under a headline that is its book's title bare, opening on the title's owner in the genitive
(detshort5: booksouthopening.south_opening_owned; bookheadowner._SOUTH_GENITIVE now restores a name's chillu:
"-രുടെ" → "-ർ"). A place's genitive the text never names again, and a pronoun before the title, own no book.
Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.booksouthopening import south_opening_owned
from scraper.extract.book import Context


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="ml"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_REVIEW = [
    "ബെന്യാമിന്റെ ആടുജീവിതം ഒരു സുഹൃത്ത് സമ്മാനിച്ചതാണ്. മരുഭൂമിയിൽ കുടുങ്ങിപ്പോയ ഒരു മനുഷ്യന്റെ കഥ ഒറ്റയിരിപ്പിൽ "
    "വായിച്ചുതീർത്തു.",
    "ബെന്യാമിൻ ലളിതമായ ഭാഷയിൽ വലിയ വേദന പറയുന്നു. ചില ഭാഗങ്ങൾ ആവർത്തനമായി തോന്നി, പക്ഷേ അവസാന അധ്യായം "
    "മനസ്സിനെ ഉലയ്ക്കും. ഓരോ വായനക്കാരനും ഈ പുസ്തകം ഒരിക്കലെങ്കിലും വായിക്കണം.",
]


def test_an_opening_owner_in_the_genitive_names_the_headlines_book():
    paragraphs = _REVIEW + ["<strong>റേറ്റിങ്:</strong> ⭐⭐⭐⭐"]
    record = extract_page(_page("ആടുജീവിതം", paragraphs), "https://vayana.example.in/2026/11/aadujeevitham.html")
    assert (record.book_title, record.book_author) == ("ആടുജീവിതം", "ബെന്യാമിൻ"), (record.book_title, record.book_author)


def test_a_chillu_name_is_restored_from_its_genitive():
    text = "ജോൺ നായരുടെ മഴപ്പാട്ട് വീണ്ടും വായിച്ചു. ജോൺ എഴുതുന്നത് മഴയെക്കുറിച്ചാണ്."
    found = south_opening_owned([text], Context(text=text), "മഴപ്പാട്ട്")
    assert found == ("മഴപ്പാട്ട്", "ജോൺ നായർ"), found


def test_a_places_genitive_named_once_owns_no_book():
    paragraphs = [
        "കൊച്ചിയുടെ ഓർമ്മകൾ മഴക്കാലത്ത് കൂടുതൽ തെളിയും. പഴയ ചന്തയും ബോട്ടുജെട്ടിയും ഇന്നും മനസ്സിലുണ്ട്.",
        "ഈ ആഴ്ച ഞാൻ അമ്മയോടൊപ്പം പഴയ വീട്ടിൽ പോയി. മുറ്റത്തെ മാവ് ഇപ്പോഴും അവിടെയുണ്ട്, പക്ഷേ കിണർ മൂടിപ്പോയി.",
    ]
    record = extract_page(_page("ഓർമ്മകൾ", paragraphs), "https://vayana.example.in/2026/11/ormakal.html")
    assert record.book_author is None or "കൊച്ചി" not in record.book_author, (record.book_title, record.book_author)


def test_a_pronoun_before_the_title_is_no_owner():
    text = "ഇന്നലെ ഞാൻ ആടുജീവിതം വീണ്ടും വായിച്ചു. ഞാൻ അത് ആദ്യം വായിച്ചത് കോളേജിലാണ്."
    assert south_opening_owned([text], Context(text=text), "ആടുജീവിതം") is None
