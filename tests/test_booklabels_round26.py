"""Title labels in the scripts whose author labels bookinfo already read (Tamil, Telugu, Kannada, Malayalam, Georgian,
Armenian, Urdu): "Label: T" over "Author label: A" names the book (booklabelfields.field_pairs / labelled_fields)."""

from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.bookfirstrow import first_row


def _read(*lines: str):
    return labelled_fields(field_pairs(list(lines), None))


def test_kannada_work_label_over_the_author_label():
    assert _read("ಕೃತಿ: ಬೆಟ್ಟದ ಹೂವು", "ಲೇಖಕರು: ರಮೇಶ ಗೌಡ", "ಪುಟಗಳು: ೨೦೦") == ("ಬೆಟ್ಟದ ಹೂವು", "ರಮೇಶ ಗೌಡ")


def test_tamil_book_label():
    assert _read("நூல்: கடலின் மௌனம்", "ஆசிரியர்: செல்வி ராமன்") == ("கடலின் மௌனம்", "செல்வி ராமன்")


def test_malayalam_book_label():
    assert _read("പുസ്തകം: മഴയുടെ വീട്", "രചയിതാവ്: അനില മേനോൻ") == ("മഴയുടെ വീട്", "അനില മേനോൻ")


def test_georgian_title_label_in_one_row_line():
    assert _read("წიგნი: ზამთრის ბაღი · ავტორი: ნინო ბერიძე · გვერდები: 240") == ("ზამთრის ბაღი", "ნინო ბერიძე")


def test_near_miss_the_word_in_a_sentence_is_no_label():
    assert _read("ಈ ಕೃತಿ ನನಗೆ ತುಂಬಾ ಇಷ್ಟವಾಯಿತು.", "ಲೇಖಕರು: ರಮೇಶ ಗೌಡ") == (None, "ರಮೇಶ ಗೌಡ")


def test_near_miss_amharic_row_is_still_read_by_its_first_row():
    # (Amharic's Ethiopic colon: the first row's label unread, bookfirstrow's reading, unchanged)
    line = "መጽሐፍ፦ የክረምት ገነት · ደራሲ፦ ሰላም ተስፋዬ · እትም 2015"
    assert first_row([line]) == [("title", "የክረምት ገነት"), ("ደራሲ", "ሰላም ተስፋዬ")]
