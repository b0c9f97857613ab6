"""scraper.extract.others.readers_beside: other readers' short entries after the review a list of reviews keeps.

Invented pages of our own, in two markups and languages: an English catalogue's cards (a staff review, then a
patron's card with a byline and a score), a Spanish shop's table rows (a buyer's review, then another buyer's row
with a name and a date). Near misses: a review whose sections are boxes of one class (a short closing section, with
no meta line, or its score in its last line) stays whole.
"""

from __future__ import annotations

from tests.cleaning import cleaned

EN = [
    "The novel follows a ferry pilot on a northern lake through one long winter, when the ice comes early and the island "
    "school must close because no boat can reach it for weeks at a time.",
    "What I liked most is how patiently the author builds the village around him: the grocer who keeps the ledger of "
    "debts, the widow who runs the radio, the boy who counts the days until the thaw on the wall of the boathouse.",
    "The ending is quieter than I expected and left me thinking about it for days. A fine choice for any reading group "
    "that likes slow books with a strong sense of place and weather.",
]
ES = [
    "La novela cuenta la vida de una farera en una isla del Cantábrico durante los años de la posguerra, cuando el faro "
    "era lo único que unía a los vecinos con la costa y el correo llegaba una vez al mes si el mar lo permitía.",
    "Me gustó mucho cómo la autora describe el trabajo diario, las tormentas de invierno y la soledad de las noches "
    "largas, aunque la parte central se hace un poco lenta y algunos personajes secundarios apenas tienen voz propia.",
]


def _cards(patron: str) -> str:
    staff = ("<div class='rv-card staff'><div class='rv-title'>Staff pick: the winter ferry</div>"
             "<div class='rv-by'>Reviewed by Lena P., Riverside Branch</div><div class='rv-text'>"
             + "".join(f"<p>{t}</p>" for t in EN) + "</div></div>")
    return f"<div class='rv-list'>{staff}{patron}<p class='rv-add'><a href='/review/new'>Add your review</a></p></div>"


def test_a_patrons_short_card_after_the_staff_review_goes():
    patron = ("<div class='rv-card patron'><div class='rv-title'>So good</div><div class='rv-by'>By owl_reader · 5 of 5 stars"
              "</div><div class='rv-text'><p>Finished it in one weekend at the cabin, passed it to my sister.</p></div></div>")
    text, rules = cleaned(_cards(patron), "library.example")
    assert "cabin" not in text and "owl_reader" not in text
    assert "other readers' reviews" in rules
    assert all(t in text for t in EN)


def test_another_buyers_row_in_a_table_after_the_review_goes():
    def table(name: str, date: str, body: str) -> str:
        return (f"<table class='opinion-item'><tr><td><b>{name}</b></td><td>{date}</td></tr>"
                f"<tr><td colspan='2'>{body}</td></tr></table>")
    first = table("Marta G.", "14/03/2026", "".join(f"<p>{t}</p>" for t in ES))
    other = table("Andrés", "02/02/2026", "<p>Llegó rápido y bien embalado, gracias.</p>")
    text, rules = cleaned(f"<div id='opiniones'>{first}{other}<ul class='pager'><li>1</li><li><a href='?p=2'>2</a></li></ul></div>",
                          "tienda.example")
    assert "embalado" not in text and "Andrés" not in text
    assert all(t in text for t in ES)


def test_a_reviews_short_closing_section_of_the_same_class_stays():
    sections = ("<div class='part'><h3>The story</h3>" + "".join(f"<p>{t}</p>" for t in EN) + "</div>"
                "<div class='part'><h3>In short</h3><p>Slow, cold and beautiful: read it in winter.</p></div>"
                "<div class='part'><h3>Verdict</h3><p>A quiet book that rewards patience. 4/5</p></div>")
    text, rules = cleaned(sections, "blog.example")
    assert "read it in winter" in text and "rewards patience" in text
    assert "other readers' reviews" not in rules


def test_a_second_long_review_of_the_same_kind_stays_when_it_is_not_short():
    long_other = ("<div class='rv-card patron'><div class='rv-title'>Not for me</div><div class='rv-by'>By kestrel · 2 of 5</div>"
                  "<div class='rv-text'>" + "".join(f"<p>{t}</p>" for t in EN[:2]) + "</div></div>")
    text, rules = cleaned(_cards(long_other), "library.example")
    assert "other readers' reviews" not in rules


def test_an_entry_whose_meta_only_its_markup_names_goes_too():
    # (the stars are a drawn bar with hidden text no rule reads: the entry's rating element is classed as one)
    def item(title: str, body: str, who: str) -> str:
        return (f"<li class='entry review-entry'><div class='entry-title'>{title}</div><div class='entry-stars'>"
                f"<span style='width:80%'>★★★★</span></div><div class='entry-body'>{body}</div>"
                f"<div class='entry-who'><b>{who}</b></div></li>")
    main = item("Ein stiller Winter", "".join(f"<p>{t}</p>" for t in EN), "Jonas K.")
    other = item("Gut", "Als Geschenk gekauft, schön verpackt.", "Ulrike")
    text, rules = cleaned(f"<ol class='entries'>{main}{other}</ol>", "laden.example")
    assert "Geschenk" not in text and all(t in text for t in EN)


def test_a_list_item_of_the_same_kind_with_no_meta_stays():
    main = "<li class='entry'><p>" + " ".join(EN) + "</p></li>"
    other = "<li class='entry'><p>Also worth reading: the author's first book.</p></li>"
    text, rules = cleaned(f"<ul class='entries'>{main}{other}</ul>", "blog.example")
    assert "first book" in text
