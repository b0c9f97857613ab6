"""A Malayalam headline "T — A" whose family name the text declines on its chillu letter's base consonant ("…ർ" as
"…രുടെ") and whose initials the text says alone, as Malayalam calls its writers (bookdashowner._surnamed). Near misses:
a given name (not initials) said alone, a stem that runs on into other letters with no vowel sign, a name said nowhere."""

from __future__ import annotations

from scraper.extract.bookdashowner import _surnamed

_NAME = "കെ.ആർ. രാമചന്ദ്രൻ നായർ"


def test_chillu_declined_and_initials_alone():
    text = "കെ.ആർ. രാമചന്ദ്രൻ നായരുടെ ഈ പുസ്തകം ഞാൻ വീണ്ടും വായിച്ചു. കെ.ആർ. ഭാഷ ലളിതമാക്കുന്നു."
    assert _surnamed(_NAME, text)


def test_plain_given_name_alone_is_still_no_author():
    name = "രാമചന്ദ്രൻ നായർ"
    text = "രാമചന്ദ്രൻ നായരുടെ വീട് വലുതാണ്. രാമചന്ദ്രൻ പിന്നെ ഒരു കടയിൽ പോയി. നായരുടെ കുട്ടി കളിച്ചു."
    assert not _surnamed(name, text)


def test_stem_without_a_vowel_sign_is_no_mention():
    # "നായര" then a consonant: another word that opens on the same letters, not the declined name
    text = "നായരക്കാർ എന്നൊരു വാക്ക്. കെ.ആർ. വന്നു."
    assert not _surnamed(_NAME, text)


def test_name_said_nowhere():
    assert not _surnamed(_NAME, "ഈ പുസ്തകം ഞാൻ വീണ്ടും വായിച്ചു. ഭാഷ ലളിതമാണ്.")


def test_headline_dash_read_through_the_declined_name():
    from scraper.extract.book import Context
    from scraper.extract.bookdashowner import dashed_owner
    text = "കെ.ആർ. രാമചന്ദ്രൻ നായരുടെ കടൽവീട് വീണ്ടും വായിച്ചു. കെ.ആർ. ഭാഷ ലളിതമാക്കുന്നു, ഓരോ വാക്യത്തിനും ഭാരമുണ്ട്."
    assert dashed_owner(f"കടൽവീട് — {_NAME}", Context(text)) == ("കടൽവീട്", _NAME)
