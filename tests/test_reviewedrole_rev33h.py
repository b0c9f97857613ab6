"""creditlines.reviewed_by: after the credit's comma a role, class or branch without a figure (rev33h)."""
from scraper.extract.creditlines import reviewed_by


def test_a_role_or_branch_after_the_comma():
    for line in ("Reviewed by Maria Ortega, school librarian", "Reviewed by Tariq, Year Nine",
                 "Gerecenseerd door Femke, groep zeven", "Rezensiert von Paula, Stadtbibliothek Süd",
                 "Recenserad av Elin, elev", "Chroniqué par Hugo, élève de seconde"):
        assert reviewed_by(line), line


def test_a_sentence_going_on_after_the_comma_stays():
    for line in ("Reviewed by Kirkus, Booklist and now me.", "Reviewed by Oprah, loved by millions.",
                 "Reviewed by everyone, it seems", "Rezensiert von Zeitungen, gelobt von Lesern"):
        assert not reviewed_by(line), line
