"""The person right after the quoted title, joined by one short lower-case word ("„T“ от A", "«T» від A"), taken when
the prose names the surname again (booknamedtwice.py, book11). Our own sentences, in Ukrainian and Bulgarian."""

from scraper.extract.booknamedtwice import named_twice


def _book(lines):
    return named_twice(None, None, lines, "Нотатки читачки", [], before_quote=True)


def test_ukrainian_title_then_vid_and_the_author_in_a_case():
    lines = ["Нарешті дочитала роман «Собор» від Олеся Гончара, який давно мала на полиці.",
             "Гончар пише повільно і густо, а степове селище стає живим.",
             "Друга половина трохи довга, але фінал мене розчулив."]
    book = _book(lines)
    # the surname in the base form the prose says it in; the given name as said beside the title
    assert book is not None and book.title == "Собор" and book.author == "Олеся Гончар"


def test_bulgarian_title_then_ot_and_the_author():
    lines = ["Препрочетох романа „Под игото“ от Иван Вазов, кое намерих у баба си на село.",
             "Вазов описва хората от Бяла черква с много топлина и хумор.",
             "Някои глави ми се сториха дълги, но книгата си остава любима."]
    book = _book(lines)
    assert book is not None and book.title == "Под игото" and book.author == "Иван Вазов"


def test_near_misses_places_and_a_name_said_once():
    # "from Kyiv to Lviv": one capitalised word before the next small word, no person
    lines = ["Везла книжку «Тигролови» від Києва до Львова у рюкзаку.", "Київ і Львів зустріли мене дощем."]
    assert _book(lines) is None
    # the name after the title is never said again in the prose: no second sign of a person
    lines = ["Препрочетох романа „Под игото“ от Иван Вазов вчера.", "Книгата е дълга, но хубава и топла."]
    assert _book(lines) is None


def test_a_line_first_word_before_the_quote_is_no_name_bulgarian_greek():
    # a rubric's word opening the line ("Rereading: «T»") has its capital from the line, and the prose says it again
    lines = ["Препрочитане: „Тютюн“ петдесет години по-късно",
             "Продължаваме поредицата Препрочитане с роман от училищната програма.",
             "Героите са много и някои глави са дълги, но книгата остава силна."]
    book = _book(lines)
    assert book is None or book.author is None
    lines = ["Αναδρομή: «Ζορμπάς» μετά από πενήντα χρόνια",
             "Η στήλη Αναδρομή επιστρέφει σε βιβλία του σχολείου.",
             "Ο ήρωας χορεύει στην παραλία και το τέλος με συγκίνησε."]
    book = _book(lines)
    assert book is None or book.author is None


def test_two_capitalised_words_before_the_quote_still_read_greek():
    # (the rule drops only a lone opening word: "Όπως ο Νίκος Καζαντζάκης «…»" keeps its name)
    lines = ["Ξαναδιάβασα του Νίκου Καζαντζάκη «Ζορμπάς» φέτος το καλοκαίρι.",
             "Ο Καζαντζάκη γράφει με πάθος· ο ήρωας χορεύει στην παραλία."]
    book = _book(lines)
    assert book is not None and book.title == "Ζορμπάς" and book.author.endswith("Καζαντζάκη")
