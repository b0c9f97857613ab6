"""A next week's label in a language whose verb carries the person (``nextissue._WIDER``), plain, right after the
rating line or the newsletter's button row at the post's end (the s33 round; own words and markup).

Near misses: the same plain label after a paragraph of prose (no rating before it), and in the review's middle."""

from scraper.extract import extract_page

_PARAS = [
    "இந்த நாவல் ஒரு சிறிய கடற்கரை ஊரில் வாழும் இரண்டு சகோதரிகளைப் பற்றியது. ஒருத்தி படகு ஓட்டுகிறாள், மற்றவள் "
    "பள்ளியில் பாடம் சொல்லித் தருகிறாள். ஊர் மாறும்போது அவர்களின் உறவும் மாறுகிறது.",
    "எழுத்து எளிமையானது, ஆனால் ஒவ்வொரு உரையாடலும் கூர்மையாக இருக்கிறது. கடல் இங்கே ஒரு குறியீடு அல்ல, அது "
    "குளிரும் செலவும் நிறைந்த உண்மை. கடைசி அத்தியாயம் கொஞ்சம் அவசரமாக முடிகிறது.",
]
_LINE = "அடுத்த வாரம்: கடல் பற்றிய இரண்டு சிறிய கவிதைத் தொகுப்புகள்."


def _text(tail: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = ("<html><head><title>கடல் சகோதரிகள்</title></head><body><article><h1>கடல் சகோதரிகள்</h1>"
            f"<div class='body markup'>{ps}{tail}</div></article></body></html>")
    return extract_page(html, "https://kadal.substack.example.com/p/kadal").body_text


def test_label_after_the_rating_goes():
    text = _text(f"<p>மதிப்பீடு: 4/5</p><p>{_LINE}</p>")
    assert _LINE not in text and "முடிகிறது" in text


def test_label_after_the_newsletter_buttons_goes():
    buttons = "<p class='button-wrapper'><a class='button primary'><span>Subscribe</span></a></p>"
    text = _text(f"<p>மதிப்பீடு: 4/5</p>{buttons}<p>{_LINE}</p>")
    assert _LINE not in text and "முடிகிறது" in text


def test_plain_label_after_prose_stays():
    assert _LINE in _text(f"<p>{_LINE}</p>")
