"""bookscripts Hebrew '"T" … של A' (rev33e): a phrase with a possessive or a demonstrative, or all of whose words carry
the article, is no name ("the book of my year", "the novel of this summer"); a name opening with ה is still one."""

from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair


def test_a_common_phrase_after_of_is_no_name():
    context = Context("שלי. השנה שלי הייתה עמוסה, ושלי היא הרשימה. הזה הזה. האחרון, האחרון.", (), "he")
    for line in ['"גשר העץ", הספר של השנה שלי, נפתח בחורף.',
                 '"גשר העץ", הרומן של הקיץ הזה, יצא באביב.',
                 '"גשר העץ" של הקיץ האחרון נשאר איתי.']:
        assert script_pair(line, context) is None, line


def test_names_still_read():
    # a given name opening with ה, a plain "of", gershayim quotes
    context = Context("לוי כותבת בשקט. לוי. כהן יודע לספר. כהן.", (), "he")
    assert script_pair('"גשר העץ", הרומן הראשון של הדס לוי, נפתח בחורף.', context) == ("גשר העץ", "הדס לוי")
    assert script_pair('"גשר העץ" של דנה לוי נפתח בחורף.', context) == ("גשר העץ", "דנה לוי")
    assert script_pair('ב״גשר העץ״ של יואב כהן יש שקט.', context) == ("גשר העץ", "יואב כהן")
