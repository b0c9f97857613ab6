"""A newsletter's "hello again" opening the issue inside the review's own box (``housekeeping.mark``'s greeting).

``housekeeping.greeting`` takes a salutation with an exclamation ("Hi all!") set in a box of its own above the review.
A letter sent by e-mail often opens the review's own box with one plain line about the letter itself before the
review begins: "Hello again, and sorry for the long silence", "Hallo zusammen, da bin ich wieder nach der Pause",
"Re-bonjour, et pardon pour ce retard". It is the issue's housekeeping, not the review. Its shape:

- it is the body's first line left, before the review's first paragraph, short (35 words at most), not a heading;
- it opens with a greeting word (hello, hi, dear readers, bonjour, hallo, hola, olá, ciao, cześć, ahoj, szia, hej,
  hei, привет, γεια, merhaba, halo, helo, shwmae, kaixo, … ~40 languages);
  the greeting may be one of coming back ("hello again", "hallo nochmal", "hola de nuevo", "welcome back", "re-bonjour");
- and it speaks of the gap since the last issue (gap, silence, absence, delay, hiatus, pause; Lücke, Funkstille,
  retard, silencio, ritardo, przerwa, …), with an apology or without. A bare salutation, "Hello again, readers," or
  "Hola otra vez:", is the letter's address to its readers, and the letters' gold keeps it with the review.

A review's first line that greets and goes on to the book ("Hi! Sorry, this one was not for me") speaks of no gap and
no return; a content warning or a free-copy note opening the post is the review's (``a_note``).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score
from .words import count_words

_GREETING = (r"hello|hallo|hullo|hi|hiya|hey|howdy|greetings|good\s+(?:morning|evening|afternoon)|dear\s+(?:readers?|friends|all)|"
             r"bonjour|salut|coucou|chers\s+lecteurs|chères\s+lectrices|moin|servus|grüß\s+gott|liebe\s+leser\w*|"
             r"hoi|dag|beste\s+lezers?|hola|buenas|queridos\s+lectores|olá|ola|oi|caros\s+leitores|ciao|salve|cari\s+lettori|"
             r"cześć|witajcie|witam|dzień\s+dobry|ahoj|dobrý\s+den|zdravím|szia|sziasztok|helló|kedves\s+olvasók|salutare|"
             r"bună|hej|hejsan|hallå|kære\s+læsere|hei|moi|terve|tere|labas|sveiki|bok|zdravo|pozdrav|živjo|merhaba|selam|"
             r"halo|hai|helo|shwmae|s[ûu]mae|dia\s+dhuit|kaixo|kamusta|xin\s+chào|привет|здравствуйте|добрый\s+день|"
             r"вітаю|привіт|здравейте|γεια(?:\s+σας)?|καλημέρα|שלום|مرحبا|سلام|नमस्ते|halló|sæl(?:l|ar|ir)?|góðan\s+dag")
# "again" or "back" right after the greeting: the letter coming back
_AGAIN = (r"again|once\s+more|back|nochmal|wieder|à\s+nouveau|de\s+nouveau|de\s+nuevo|otra\s+vez|de\s+novo|outra\s+vez|"
          r"di\s+nuovo|ancora|weer|opnieuw|znowu|ponownie|znovu|újra|ismét|din\s+nou|igen|igjen|taas|jälleen|uuesti|vėl|"
          r"opet|ponovno|spet|yine|tekrar|lagi|eto|arís|berriro|ulit|muli|"
          r"снова|опять|знову|пак|ξανά|aftur|שוב|مجددا|مجدداً|دوباره|फिर\s+से")
_OPENS = re.compile(rf"^\W{{0,2}}(?:(?P<back>welcome\s+back|willkommen\s+zurück|bienvenue\s+à\s+nouveau|bentornat[oi]|re-?bonjour|re-?salut)(?!\w)|"
                    rf"(?:{_GREETING})(?!\w)(?:(?P<again>[\s,]+(?:{_AGAIN})(?!\w))|(?:\s+[^\W\d_]+){{0,2}}\s*[,!.:;—–]))", re.I)
# (the greeting then "again", or up to two words of address then a comma or a stop: "Hello Kitty comes back" is a name's)
# the gap since the last issue (with or without an apology)
_GAP = re.compile(
    r"(?<!\w)(?:gap|silence|absence|hiatus|delay|radio\s+silence|long\s+time|lücke|pause|funkstille|"
    r"schweigen|abwesenheit|verspätung|retard|absence|silencio|ausencia|retraso|demora|silêncio|ausência|atraso|"
    r"pausa|ritardo|assenza|stilte|afwezigheid|vertraging|przerw\w*|milczeni\w*|nieobecnoś\w*|opóźnieni\w*|pauz\w*|"
    r"odmlk\w*|zpoždění|szünet|csend|hallgatás|késés|întârzier\w*|tăcere|absenț\w*|uppehåll|tystnad|frånvaro|"
    r"försening|stilhed|fravær|forsinkelse|taukoa?|tauon|hiljaisuu\w*|myöhästy\w*|paus|vaikus|pertrauk\w*|tyla|"
    r"stanka|tišin\w*|kašnjenj\w*|sessizlik|gecikme|jeda|keheningan|keterlambatan|hlé|þögn|töf|seibiant|"
    r"distawrwydd|oedi|isiltasun\w*|atzerapen\w*|перерыв\w*|молчани\w*|задержк\w*|перерв\w*|мовчанн\w*|"
    r"затримк\w*|паузи|σιωπή|απουσία|καθυστέρηση|διάλειμμα|הפסקה|שתיקה|توقف|غياب|تأخير|سکوت|تاخیر)(?!\w)", re.I)
_MAX_WORDS = 35
_NOT_LINES = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure")


def back_greeting(text: str) -> bool:
    """A short line that greets the readers and speaks of the letter coming back after a gap (module docstring)."""
    text = " ".join(text.split())
    if not text or count_words(text) > _MAX_WORDS or has_score(text):
        return False
    opened = _OPENS.match(text)
    if not opened:
        return False
    return bool(_GAP.search(text))  # (a bare salutation, "Hello again, readers,", is the letter's address: kept)


def opening_greeting(items: list[HtmlElement], i: int, drop: dict[int, str]) -> bool:
    """The body's first line left (past its headings) is such a greeting, and holds no note the review carries."""
    from .housekeeping import a_note  # (late: housekeeping calls this module)
    block = items[i]
    if block.tag in _NOT_LINES or any(k not in drop and items[k].tag not in _NOT_LINES[:6] for k in range(i)):
        return False
    return back_greeting(text := text_of(block)) and not a_note(text, block)
