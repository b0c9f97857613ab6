"""A slugged run that is the head of the author's longer name is no title (bookslugname, via bookclues.slugged_runs)."""

from scraper.extract.book import Context
from scraper.extract.bookclues import slugged_runs
from scraper.extract.bookslugname import name_head


def _context(text: str, language: str) -> Context:
    return Context(text=text, language=language)


# Turkish: the full name with a case ending after an apostrophe, then the given names alone, the surname alone
TR = ("Orhan Kemal Tuncer'in ilk romanı \"Liman Işıkları\" bir balıkçı kasabasında geçiyor.\n"
      "Orhan Kemal burada kimseyi yargılamıyor; sadece dinliyor.\n"
      "Tuncer'i daha önce okumadıysanız bu kitapla başlayabilirsiniz.")
TR_URL = "https://gazete.example.com.tr/kitap/orhan-kemal-tuncer-liman-isiklari-inceleme"

# English: no case ending, the longer name written plainly
EN = ("Mary Ellen Hartwick opens The Quiet Orchard on a frozen morning.\n"
      "Mary Ellen never tells us what the sisters argued about.\n"
      "Hartwick keeps her sentences short and her chapters shorter.")
EN_URL = "https://blog.example.com/2026/mary-ellen-hartwick-the-quiet-orchard-review/"


def test_turkish_given_names_are_the_head_of_the_author():
    context = _context(TR, "tr")
    assert name_head("Orhan Kemal", context)
    assert "Orhan Kemal" not in slugged_runs(TR.split("\n"), TR_URL, context)


def test_english_given_names_are_the_head_of_the_author():
    context = _context(EN, "en")
    assert name_head("Mary Ellen", context)
    assert "Mary Ellen" not in slugged_runs(EN.split("\n"), EN_URL, context)
    assert "The Quiet Orchard" in slugged_runs(EN.split("\n"), EN_URL, context)


def test_near_miss_a_title_continued_by_a_series_word_stays():
    # "The Salt Ledger Chronicles": the text never calls "Chronicles" alone, so no person
    text = ("The Salt Ledger opens the Salt Ledger Chronicles, and the first volume is the best.\n"
            "I finished The Salt Ledger in two evenings.")
    context = _context(text, "en")
    assert not name_head("Salt Ledger", context)
    url = "https://blog.example.com/the-salt-ledger-review/"
    assert "The Salt Ledger" in slugged_runs(text.split("\n"), url, context)


def test_near_miss_turkish_title_followed_by_lower_case_words_stays():
    text = ("Kırmızı Saçlı Kadın bir kuyu ustasının hikâyesi.\n"
            "Kırmızı Saçlı Kadın okurken aklım hep babamdaydı.")
    context = _context(text, "tr")
    assert not name_head("Kırmızı Saçlı Kadın", context)


def test_near_miss_a_name_the_text_never_calls_by_surname_alone():
    # the longer run is written once and its last word never alone: no person
    text = "Anna Maria Berg wrote the foreword.\nAnna Maria is the heroine's aunt in the novel."
    assert not name_head("Anna Maria", _context(text, "en"))
