"""s36 detshort117: a headline "Surname: Title" whose text names the writer in full (``bookheadsurname``; own words
and markup). Near misses: a label before the colon, a remark after it the text never comes back to, the blogger's
own surname, a word the text says in lower case."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadsurname import surname_headline

_SK = ("Ondrej Malina v Tichých horách rozpráva o pltníkoch na Hrone v posledné leto pred vojnou. Rieka je tu "
       "dôležitejšia než ľudia a ľudia to vedia. Starý pltník učí chlapca čítať vodu, a chlapec ho učí čítať noviny, "
       "v ktorých sa píše o veciach, čo prídu.\nČítala som to pomaly, lebo Malinova veta je dlhá a plná odbočiek. "
       "Nie každému to sadne, mne áno.\nOdporúčam na jesenné večery pri peci.")


def test_surname_headline_with_full_name_in_the_text():
    book = surname_headline("Malina: Tiché hory", Context(_SK, ()))
    assert (book.title, book.author) == ("Tiché hory", "Ondrej Malina")


def test_label_before_the_colon_is_no_surname():
    assert surname_headline("Recenzia: Tiché hory", Context(_SK, ())) is None


def test_remark_after_the_colon_the_text_never_names_is_no_title():
    assert surname_headline("Malina: Poznámky z veľtrhu", Context(_SK, ())) is None


def test_bloggers_own_surname_is_no_author():
    assert surname_headline("Malina: Tiché hory", Context(_SK, ("Ondrej Malina",))) is None


def test_word_said_in_lower_case_is_no_surname():
    text = _SK.replace("Ondrej Malina", "Stará Malina") + "\nmalina rastie pri ceste."
    assert surname_headline("Malina: Tiché hory", Context(text, ())) is None


def test_short_slovak_review_under_surname_headline_is_a_review():
    paras = "".join(f"<p>{p}</p>" for p in _SK.split("\n"))
    page = f"""<!DOCTYPE html><html lang="sk"><head><meta charset="utf-8"><title>Malina: Tiché hory</title></head>
<body><div id="main"><article class="newsletter-post post"><div class="post-header"><h1 class="post-title">Malina: Tiché hory</h1>
<div class="post-meta"><a>Eva Hlinková</a> <span>3. dec. 2026</span></div></div>
<div class="available-content"><div class="body markup">{paras}</div></div></article></div></body></html>"""
    record = extract_page(page, "https://pltnik.substack.com/p/malina-tiche-hory")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Tiché hory", "Ondrej Malina")
