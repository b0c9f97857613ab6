"""booknamedtwice: the person read right before a quoted title ends at the quote and never reaches back across the end of
a sentence ("… as it did back then. «T» is lighter" is no book by "back then"). Our own sentences, in Hindi and Georgian."""

from scraper.extract.booknamedtwice import named_twice

HI = ["स्कूल में यह कहानी ज़रूरी थी और पहले कुछ याद नहीं रहा। अब फिर से पढ़ी।",
      "व्यंग्य आज भी उतनी ताक़त से काम करता है जितना पहले। «विधवा का घर» की तुलना में यह हल्की है।"]
KA = ["სკოლაში ეს ამბავი ძნელი იყო და ადრე ვერაფერი გავიგე. ახლა თავიდან წავიკითხე.",
      "იუმორი დღესაც ისევე მოქმედებს, როგორიც ადრე. „ქვრივის სახლი“ მასთან შედარებით მძიმეა."]


def test_words_ending_the_sentence_before_a_quote_are_no_author():
    assert named_twice(None, None, HI, "एक पुरानी कहानी", [], before_quote=True) is None
    assert named_twice(None, None, KA, "ძველი ამბავი", [], before_quote=True) is None


def test_a_name_right_before_the_quote_still_reads():
    hi = ["कल रात मैंने सुनीता वर्मा की «विधवा का घर» पूरी की।", "वर्मा की भाषा सीधी है और गाँव जीवित लगता है।"]
    book = named_twice(None, None, hi, "एक पुरानी कहानी", [], before_quote=True)
    assert book is not None and book.title == "विधवा का घर" and book.author == "सुनीता वर्मा"
