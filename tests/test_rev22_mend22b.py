"""rev22 findings mended (helper mend22b): three rules that removed an ordinary review's own lines.

- commenthead: a reviewer's closing section headed "Comments" (or a word for remarks/critique: 評論, মন্তব্য, bình
  luận, نظرات, प्रतिक्रिया) over bold-led lines is the review's; readers' comments carry a comment's shape (a date, a
  time or a reply link beside the writer's name, or a name set off by a comma/colon/dash).
- followlines: a bare "follows" (hr/bs/sr "prati", sl "sledi", lv "seko" …) with a capitalised person after it is a plot
  line; the site's own name (its home links), a domain, a network or "us" after it still make a follow line.
- ratingwords/ratingshapes: ga "as", br "war" (out of) only in the star shape those languages write, never as English
  "as" or German "war" between two numbers.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.commenthead import comments_heading
from scraper.extract.followlines import opening_follow
from scraper.extract.rating import has_score, parse_rating

_OPENING = [
    "Elif Shafak's new novel moves between an old harbour town and a modern city, and the two halves answer each other "
    "in ways I only saw on a second reading; the harbour chapters are the book's heart.",
    "The narrator is a retired ferry pilot who keeps a notebook of the boats he once steered, and the notebook becomes "
    "the frame for every memory he will not say aloud to his daughter, which is most of them.",
    "Some of the city scenes drag, but the final twenty pages bring every thread home with real tenderness and no tricks.",
]


def _page(heading: str, entries: list[str], lang: str = "en", paras: list[str] | None = None) -> str:
    return (f"<html lang='{lang}'><head><title>The Harbour Notebook | Quiet Shelf</title></head><body><main><article>"
            "<h1>The Harbour Notebook</h1>" + "".join(f"<p>{p}</p>" for p in (paras or _OPENING))
            + heading + "".join(entries) + "</article></main></body></html>")


def _body(heading: str, entries: list[str], lang: str = "en", paras: list[str] | None = None) -> str:
    return extract_page(_page(heading, entries, lang, paras), "https://quietshelf.example/harbour").body_text


# --- commenthead -------------------------------------------------------------------------------------------------

def test_reviewers_own_comments_section_stays():
    entries = ["<p><b>Tempo</b> slow through the middle, though the last chapters earn it.</p>",
               "<p><b>People</b> the pilot is vivid; his daughter a little thin.</p>",
               "<p><b>Would I recommend it</b> yes, to anyone who keeps a notebook themselves.</p>"]
    body = _body("<h3>Comments</h3>", entries)
    assert "slow through the middle" in body and "recommend it" in body
    # (the short leads alone, no question among them: still the review's, nothing sets a name off)
    body = _body("<h3>Comments</h3>", entries[:2])
    assert "slow through the middle" in body and "his daughter" in body


def test_reviewers_labels_set_off_by_a_colon_stay_when_the_review_uses_the_word():
    # "<b>Pacing</b>: …" set off like a name, but the review writes "pacing" in lower case: a label, not a reader
    paras = _OPENING[:2] + ["The pacing is uneven, and the harbour scenes are the ones that stay with me."]
    entries = ["<p><b>Pacing</b>: uneven in the middle, strong at the end.</p>"]
    assert "uneven in the middle" in _body("<h3>Comments</h3>", entries, paras=paras)


@pytest.mark.parametrize("heading", ["評論", "মন্তব্য", "Bình luận", "نظرات", "प्रतिक्रिया"])
def test_words_for_remarks_or_critique_alone_name_no_readers_comments(heading):
    assert not comments_heading(heading)


@pytest.mark.parametrize("heading", ["পাঠকের মন্তব্য", "نظرات خوانندگان", "प्रतिक्रियाएँ", "Kommentare", "Okur Yorumları",
                                     "Comments (3)"])
def test_readers_comments_headings_still_read(heading):
    assert comments_heading(heading)


@pytest.mark.parametrize("heading,entries,lang,gone", [
    ("<h3>Comments</h3>", ["<p><b>Priya N.</b> 12 March 2026: ordered it after reading this, thanks.</p>",
                           "<p><b>Tom</b>, 14.03.2026 09:12: the harbour chapters are the best part.</p>"], "en", "ordered it"),
    ("<h3>Kommentare</h3>", ["<p><b>Jens</b>, Kiel, 3. April 2026: Klingt nach einem Buch für mich.</p>"], "de", "Klingt nach"),
    ("<h4>পাঠকের মন্তব্য</h4>", ["<p><b>মিতা সেন</b>, কলকাতা, ৫ মে ২০২৬: বইটা পড়তে হবে।</p>"], "bn", "বইটা পড়তে"),
    ("<h3>Yorumlar</h3>", ["<p><b>kitapkurdu_34</b> 02.05.2026 21:40 — Çok güzel bir inceleme, teşekkürler.</p>"], "tr",
     "güzel bir inceleme"),
])
def test_readers_comments_still_go(heading, entries, lang, gone):
    assert gone not in _body(heading, entries, lang)


# --- followlines ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prati Lanu Horvat, zvijezdu Instagrama, kroz najgori tjedan njezina života.",  # hr: it follows Lana, an Instagram star
    "Sledi Mojci Kralj, ki na Instagramu išče pozornost, skozi eno poletje.",  # sl: it follows Mojca through a summer
    "Seko Annai Bērziņai, kura Facebook dēļ zaudē darbu.",  # lv: there follows (a story of) Anna who loses her job
    "Ndiq Arbenin, yllin e TikTok-ut, në një javë të keqe.",  # sq: it follows Arben, a TikTok star
])
def test_a_plot_line_following_a_person_is_no_follow_line(text):
    assert not opening_follow(text)
    assert not opening_follow(text, ("Knjigoljub", "Bralnica"))


@pytest.mark.parametrize("text,names", [
    ("Prati Knjigoljuba na Instagramu i saznaj prvi.", ("Knjigoljub",)),  # hr: the site's name in a case form
    ("Sledi Bralnici tudi na Instagramu.", ("Bralnica",)),  # sl
    ("Seko Grāmatplaukts.lv arī Instagram.", ()),  # lv: a domain
    ("Prati nas na Facebooku i Instagramu.", ()),  # hr: us
    ("Jälgi meid Instagramis.", ()),  # et: us
])
def test_site_follow_lines_still_read(text, names):
    assert opening_follow(text, names)


def test_plot_line_kept_on_the_page():
    paras = ["„Filter” je roman o mladoj influencerici koja u jednom tjednu izgubi posao, dečka i pola pratitelja; "
             "autorica pripovijeda brzo i duhovito, a ispod humora je ozbiljna priča o samoći.",
             "Dijalozi su najjača strana knjige, kratki i puni ironije, dok je kraj malo prebrz, ali roman ostaje u sjećanju.",
             "Prati Lanu Horvat, zvijezdu Instagrama, kroz najgori tjedan njezina života."]
    html = ("<html lang='hr'><head><title>Recenzija: Filter</title></head><body><article><h1>Recenzija: Filter</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    assert "Prati Lanu Horvat" in extract_page(html, "https://citaonica.example/filter").body_text


# --- ratingwords: ga "as", br "war" --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It reads at 9 as 10 would in a weaker year.",
    "Chapter 4 as 5 were once one chapter.",
    "Das war 4 war 5 Jahre her.",  # de: "war" (was)
    "Es war 1 Uhr, es war 2 Uhr, und er las weiter.",
])
def test_as_and_war_between_numbers_are_no_score(text):
    assert not has_score(text)


@pytest.mark.parametrize("text,value", [
    ("Mo mheas: ceithre réalta as cúig", 0.8),  # ga
    ("Réalta: 3 réalta as 5", 0.6),  # ga, digits
    ("Ma barn: pevar steredenn war pemp", 0.8),  # br
    ("4 steredenn war 5", 0.8),  # br, digits
])
def test_celtic_star_scores_still_read(text, value):
    rating = parse_rating(text)
    assert rating is not None and abs(rating.value - value) < 1e-6
