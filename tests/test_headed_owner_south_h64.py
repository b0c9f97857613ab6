"""Malayalam and Tamil headlines "T: A B-GEN <book noun> …" (bookheadowner.headed_owner), written for the holdout64
round in our own words: the owner's genitive taken off ("-ത്തിന്റെ" back to "-ം", "-യുടെ", "-ின்" back to the virama), the
base named in the text; near misses: a label for the head, an owner the text never names, a place's genitive."""

from scraper.extract.book import Context
from scraper.extract.bookheadowner import headed_owner


def _headed(title, text, lang):
    book = headed_owner(title, Context(text, ("Evening Lamp",), lang))
    return (book.title, book.author) if book else None


def test_south_indian_headed_owner():
    text = "മാധവിക്കുട്ടി ശർമ്മ എഴുതിയ ഈ ചെറിയ നോവൽ ഒരു കടലോരഗ്രാമത്തിന്റെ കഥ പറയുന്നു. നീലക്കടൽ ഇന്നും പുതുമയുള്ളതാണ്."
    assert _headed("നീലക്കടൽ: മാധവിക്കുട്ടി ശർമ്മയുടെ നോവൽ വീണ്ടും", text, "ml") == ("നീലക്കടൽ", "മാധവിക്കുട്ടി ശർമ്മ")
    text = "രാമൻ നായരം എന്ന എഴുത്തുകാരന്റെ ആദ്യ പുസ്തകം ആണിത്. ഇരുണ്ട വീട് വായിക്കേണ്ടതാണ്."
    assert _headed("ഇരുണ്ട വീട്: രാമൻ നായരത്തിന്റെ പുസ്തകം", text, "ml") == ("ഇരുണ്ട വീട്", "രാമൻ നായരം")
    text = "கவிதா முருகன் எழுதிய இந்த நாவல் ஒரு மீனவக் குடும்பத்தின் கதை. கடல் வீடு சிறிய நூல்."
    assert _headed("கடல் வீடு: கவிதா முருகனின் நாவல் மீண்டும்", text, "ta") == ("கடல் வீடு", "கவிதா முருகன்")


def test_south_indian_headlines_that_name_no_owner():
    text = "ഈ നോവൽ ഒരു കടലോരഗ്രാമത്തിന്റെ കഥ പറയുന്നു. മാധവിക്കുട്ടി ശർമ്മ നന്നായി എഴുതുന്നു."
    assert _headed("നിരൂപണം: മാധവിക്കുട്ടി ശർമ്മയുടെ നോവൽ", text, "ml") is None
    assert _headed("നീലക്കടൽ: ലീല മേനോന്റെ നോവൽ", text, "ml") is None
    text = "சென்னை நகரம் பற்றிய இந்த நாவல் சிறியது. மழைக்காலம் நன்றாக இருக்கிறது."
    assert _headed("மழைக்காலம்: சென்னையின் நாவல்", text, "ta") is None
