"""bookcoauthors: a book's joined credit beside its title ("A and B, «T»", "T by A & B") read whole, not one name."""

from scraper.extract.book import Book, Context
from scraper.extract.bookcoauthors import co_authors


def _author(title, author, text, headline=None, language=None):
    # (a short "and" of one language, Polish "i", French "et", is read on a page in that language: rev33e)
    found = co_authors(Book(title, author, source="title"), text, headline, Context(text, language=language))
    return found.author if found else None


def test_joined_credit_before_the_title_in_several_languages():
    # en, de, pl, fa: the record line "A and B, T" before the review
    assert _author("The Salt Road", "Mara Quint", "Mara Quint and Olen Vasse, “The Salt Road”. Quint writes the "
                   "sea, Vasse the desert.") == "Mara Quint, Olen Vasse"
    assert _author("Die Uferstadt", "Anna Feld", "Anna Feld und Tomas Rieger: „Die Uferstadt“. Feld und Rieger "
                   "erzählen abwechselnd.") == "Anna Feld, Tomas Rieger"
    assert _author("Ciche miasto", "Ewa Lis", "Ewa Lis i Jan Mroz, „Ciche miasto”. Lis i Mroz piszą we dwoje.", language="pl") \
        == "Ewa Lis, Jan Mroz"
    assert _author("شب کوه", "نادر پاکزاد", "نادر پاکزاد و لیلا فرهمند، «شب کوه». پاکزاد و فرهمند با هم "
                   "نوشته‌اند.") == "نادر پاکزاد, لیلا فرهمند"


def test_joined_credit_after_the_title():
    # "T by A & B", "T – A, B et C", Hindi "«T» — A और B"
    assert _author("Harbour Lights", "Tess Morrow", "I read “Harbour Lights” by Tess Morrow & Ian Bell last "
                   "week. Morrow draws, Bell writes.") == "Tess Morrow, Ian Bell"
    assert _author("Le Phare", "Luc Marin", "« Le Phare » – Luc Marin, Anne Roy et Paul Gide, Éditions Sable, "
                   "2021. Marin, Roy et Gide écrivent à six mains.", language="fr") == "Luc Marin, Anne Roy, Paul Gide"
    assert _author("नदी का घर", "कमला देवी", "«नदी का घर» — कमला देवी और सुरेश नाथ। देवी और नाथ की भाषा सरल "
                   "है।") == "कमला देवी, सुरेश नाथ"


def test_three_names_joined_with_commas_and_and():
    assert _author("Tidewater", "Rosa Lind", "Rosa Lind, Per Holm and Ada Quist, “Tidewater”, a novel in three "
                   "voices: Lind, Holm and Quist.") == "Rosa Lind, Per Holm, Ada Quist"


def test_near_miss_a_comparison_names_other_writers():
    # the joined names are not the author found: a comparison, not the credit
    text = "Like Jane Austen and Mary Shelley, “The Salt Road” is about women who write. Quint writes well."
    assert _author("The Salt Road", "Mara Quint", text) == "Mara Quint"


def test_near_miss_a_second_credit_by_its_role():
    text = "“Harbour Lights” by Tess Morrow, illustrated by Ian Bell, is a picture book about a lighthouse."
    assert _author("Harbour Lights", "Tess Morrow", text) == "Tess Morrow"


def test_near_miss_given_names_before_one_family_name():
    # one credit of a pair, left as the rules before read it
    assert _author("Hard to Be a God", "Boris Strugatsky", "Arkady and Boris Strugatsky, “Hard to Be a God”.") \
        == "Boris Strugatsky"


def test_near_miss_commas_alone_a_house_not_a_person():
    # "A, House, «T»": a comma list of a person and a publisher
    assert _author("The Salt Road", "Mara Quint", "Mara Quint, Random House, “The Salt Road”. Quint again.") \
        == "Mara Quint"


def test_near_miss_the_names_in_a_sentence_far_from_the_title():
    text = ("“The Salt Road” is a long book. Later Mara Quint and Olen Vasse met at a festival and talked about "
            "deserts for an hour, which I enjoyed.")
    assert _author("The Salt Road", "Mara Quint", text) == "Mara Quint"


def test_near_miss_a_house_after_the_title():
    # after the title, commas part the record's author, house and year; "and" before a house's name is no co-author
    text = "“The Salt Road”, Mara Quint, Penguin Books, 2019. Quint writes well; Penguin Books printed it well."
    assert _author("The Salt Road", "Mara Quint", text) == "Mara Quint"
    assert _author("The Salt Road", "Mara Quint", "“The Salt Road” by Mara Quint and Harper Collins Publishers, "
                   "2019. Quint writes well.") == "Mara Quint"


def test_near_miss_a_co_credit_the_text_never_names_again():
    text = "“Harbour Lights” by Tess Morrow & Ian Bell. Morrow writes about a lighthouse keeper."
    assert _author("Harbour Lights", "Tess Morrow", text) == "Tess Morrow"
