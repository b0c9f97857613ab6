"""Title and author labels of Punjabi (Gurmukhi) and Gujarati record lines: "ਪੁਸਤਕ: T · ਲੇਖਕ: A", "પુસ્તક: T · લેખક: A"."""

from scraper.extract.booklabelfields import field_pairs, labelled_fields


def _read(line: str):
    return labelled_fields(field_pairs([line], None))


def test_punjabi_record_line():
    assert _read("ਪੁਸਤਕ: ਚਾਨਣ ਦੀ ਲੀਕ · ਲੇਖਕ: ਹਰਪ੍ਰੀਤ ਕੌਰ · ਪੰਨੇ: 212") == ("ਚਾਨਣ ਦੀ ਲੀਕ", "ਹਰਪ੍ਰੀਤ ਕੌਰ")
    assert _read("ਕਿਤਾਬ: ਪਿੰਡ ਦੀ ਸੜਕ | ਲੇਖਿਕਾ: ਜਸਵੀਰ ਕੌਰ")[1] == "ਜਸਵੀਰ ਕੌਰ"


def test_gujarati_record_line():
    assert _read("પુસ્તક: દરિયાની વાત · લેખક: નીરવ પટેલ · પાનાં: 180") == ("દરિયાની વાત", "નીરવ પટેલ")


def test_near_miss_other_labels_name_no_book():
    assert _read("ਪ੍ਰਕਾਸ਼ਕ: ਲੋਕਗੀਤ ਪ੍ਰਕਾਸ਼ਨ · ਪੰਨੇ: 212 · ਕੀਮਤ: 250 ਰੁਪਏ") == (None, None)
    assert _read("ਮਿਤੀ: 12 ਦਸੰਬਰ · ਥਾਂ: ਪਟਿਆਲਾ") == (None, None)
