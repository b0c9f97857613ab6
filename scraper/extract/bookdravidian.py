"""Tamil, Telugu, Kannada and Malayalam: the writer's possessive before a book's noun, and a quoted title its kind's
noun follows.

- ``genitive_owner``: Tamil and Kannada write the genitive onto the name, a name closing on a virama losing it
  ("ஜெயகாந்தன்" → "ஜெயகாந்தனின்", Jayakanthan's; "சுஜாதா" → "சுஜாதாவின்"; Kannada "ಕಾರಂತ" → "ಕಾರಂತರ"), so the name
  itself need not stand in the text: the declined name (a full name's last word), perhaps one word ("this", "first"),
  then a book's noun in the singular is the text calling the person the owner of a book, as
  ``bookdashowner.owner`` reads it in the other scripts. A plural noun ("நாவல்கள்", his novels) speaks of a writer's
  work at large, not of the one book a "T — A" headline names.
- ``quoted_kind``: "A గారి ‘T’ కథను", "Aவின் ‘T’ நாவலை", "A ಅವರ ‘T’ ಕಾದಂಬರಿ": the name, its possessive (an
  honorific's, a genitive written on, "who wrote"), the title in quotes, then the work's noun with its case ending, the
  order of the Dravidian languages, the noun after the title. The noun after the quotes is what says they hold a work's
  title: a line quoted from the book, a chapter's name or a saying has none ("… ‘T’ అనే మాట", "‘T’ அத்தியாயம்"). Read in
  the post's first two paragraphs only, the noun without the clitic "also" ("ಕಾದಂಬರಿಯಲ್ಲೂ", in that novel too): a book
  named later, or "too", is one the review compares its own with. The
  name is the run before the possessive that opens the sentence, two or three words (a full name), or the end of that
  run the text names again.
"""

from __future__ import annotations

import re

from .book import Context
from .bookcaselessname import caseless_name
from .indicdeclined import declined_count

_TA_VIRAMA, _KN_VIRAMA = "\u0bcd", "\u0ccd"
# a book's noun in the singular (ta, te, kn, ml): a novel, a book, a (short) story, a collection, a play, a poem, a work;
# its case ending may run on ("நாவலை", "కథను", "ಕಾದಂಬರಿಯನ್ನು"), a plural's may not (ta கள், te లు, kn ಗಳು, ml കൾ)
_NOUN = (r"(?:நாவல|நூல|புத்தக|சிறுகதை|குறுநாவல|கதை|நாடக|கவிதை|படைப்ப|తొలి\s?నవల|నవల|పుస్తక|కథ|నాటక|కావ్య|రచన|"
         r"ಕಾದಂಬರಿ|ಪುಸ್ತಕ|ಕಥೆ|ಕಥಾಸಂಕಲನ|ಕೃತಿ|ನಾಟಕ|ನೋವೆಲ್|നോവൽ|നോവലി|പുസ്തക|കഥ|നാടക|കൃതി)")
_WORD = r"[\u0b80-\u0d7f\u200c\u200d]"  # (a letter or a sign of Tamil to Malayalam)
_PLURAL = re.compile(r"(?:கள்|ங்கள்|లు|ಗಳ|കൾ|കളു)")
# the inclusive clitic "also, too" closing the noun (ta "-உம்", te "-ూ", kn "-ೂ", ml "-ഉം"): "in A's ‘T’ novel too", a
# book the review compares its own with
_ALSO = re.compile(r"(?:ும்|ూ|ೂ|ും)$")
# the noun governed by a postposition of order or of likeness (ta, te, kn, ml: after, before, like): "after A's ‘U’
# story, this new novel …", "like A's ‘U’ novel": the book the review sets its own after or beside, not its own
_ORDER_OR_LIKE = re.compile(r"^\s*(?:பிறகு|பின்|பின்னர்|முன்|போல|போன்ற|తర్వాత|తరువాత|ముందు|లాగ|లాంటి|వలె|ನಂತರ|ಬಳಿಕ|"
                            r"ಮೊದಲು|ಹಾಗೆ|ശേഷം|മുമ്പ്|പോലെ)")
_LIKE_ON = re.compile(r"(?:போல|ಂತೆ|പോലെ)\S*$")  # (likeness written onto the noun: "நாவலைப்போல", "ಕಾದಂಬರಿಯಂತೆ")
# the word between a genitive and the book's noun that makes the noun another's work done on the book: a translation
# (ta, te, kn, ml): "Aஇன் மொழிபெயர்ப்பு நூல்", the translator's book, not the author's
_TRANSLATED = re.compile(r"^(?:மொழிபெயர்ப்பு|மொழியாக்க|అనువాద|ಅನುವಾದ|വിവർത്തന|പരിഭാഷ)")
# the possessive before the quoted title: the honorific's or "who wrote" as a word apart (ta, te, kn, ml), or a genitive
# written onto the name's last word (ta "-இன்", "-உடைய"; kn "-ರ", "-ರವರ", "-ಯವರ"; ml "-യുടെ" after a vowel: a name closing on a
# chillu letter changes it before "-ന്റെ", "ബഷീർ" → "ബഷീറിന്റെ", and is not read back here)
_APART = r"(?:அவர்களின்|அவர்களுடைய|எழுதிய|గారి|రాసిన|రచించిన|ಅವರ|ಬರೆದ|എഴുതിയ)"
_ON = r"(?:ின்|ுடைய|வின்|யின்|வுடைய|யுடைய|ರ|ರವರ|ಯವರ|യുടെ)"
_QUOTED_KIND = re.compile(
    rf"(?P<run>(?:{_WORD}+\.?\s){{0,3}}?)(?P<last>{_WORD}+?)(?:(?P<on>{_ON})|\s+{_APART})\s+"
    rf"[‘'“\"](?P<title>[^‘’'“”\"\n]{{1,60}})[’'”\"]\s*(?P<noun>{_NOUN}{_WORD}*)")


# the pronouns and demonstratives a sentence may open with before the name (I, we, this, that, he, she: ta, te, kn, ml)
_NOT_NAME = {"நான்", "நாங்கள்", "நாம்", "இந்த", "அந்த", "அவர்", "அவள்", "அவன்", "நேற்று", "இன்று", "నేను", "మేము", "మనం", "ఈ",
             "ఆ", "ఆయన", "ఆమె", "నిన్న", "ఈరోజు", "ನಾನು", "ನಾವು", "ಈ", "ಆ", "ಅವರು", "ಅವಳು", "ನಿನ್ನೆ", "ಇಂದು", "ഞാൻ", "ഞങ്ങൾ",
             "നമ്മൾ", "ഈ", "ആ", "അവൻ", "അവൾ", "ഇന്നലെ", "ഇന്ന്"}


def _declined(word: str) -> list[str]:
    """`word` with its genitive written on (Tamil, Kannada)."""
    if word.endswith(_TA_VIRAMA):
        return [word[:-1] + "ின்", word[:-1] + "ுடைய"]
    if "\u0b80" <= word[-1:] <= "\u0bff":
        return [word + "வின்", word + "யின்", word + "வுடைய", word + "யுடைய"]
    if "\u0c80" <= word[-1:] <= "\u0cff" and not word.endswith(_KN_VIRAMA):
        return [word + "ರ", word + "ರವರ"]
    return []


def genitive_owner(name: str, text: str) -> bool:
    """The text calls `name` (its last word) the owner of one book with the genitive written on (see the module's note)."""
    last = name.split()[-1] if name.split() else ""
    forms = [f for f in _declined(last) if f in text] if len(last) >= 3 else []
    for form in forms:
        for match in re.finditer(rf"(?<!{_WORD}){re.escape(form)}\s+(?:(?P<between>{_WORD}+)\s+)?(?P<noun>{_NOUN}{_WORD}*)", text):
            if not _PLURAL.search(match.group("noun")) and not _TRANSLATED.match(match.group("between") or ""):
                return True
    return False


def _stated(name: str, text: str, line: str) -> bool:
    """The text outside `line` says a word of `name` (three letters at least) again, bare or with a case ending."""
    rest = text.replace(line, " ")
    return any(declined_count(w, rest) for w in name.split() if len(w) >= 3)


def quoted_kind(line: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of "A <possessive> ‘T’ <book noun>" in a Dravidian script (see the module's note)."""
    if not line or len(line) > 1000 or not re.search(_NOUN, line) or not any(q in line for q in "‘'“\""):
        return None
    # (the post's opening, its first two paragraphs of words, not a callout's icon, names its own book: a later one
    # compares another; a line the text does not hold, the headline, is read)
    at = context.text.find(line.strip()[:60])
    if at > 0 and sum(1 for before in context.text[:at].split("\n") if sum(c.isalpha() for c in before) >= 3) > 1:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for match in _QUOTED_KIND.finditer(line):
        if _PLURAL.search(match.group("noun")) or _ALSO.search(match.group("noun")) or _LIKE_ON.search(match.group("noun")) \
                or _ORDER_OR_LIKE.match(line[match.end():]):
            continue
        last = match.group("last")
        if (match.group("on") or " ")[0] in "\u0bbf\u0bc1":
            last += _TA_VIRAMA  # (a Tamil ending opening on a vowel sign: the name closed on its virama)
        words = match.group("run").split() + [last]
        cut = max((i + 1 for i, w in enumerate(words) if w in _NOT_NAME), default=0)
        words = words[cut:]  # (the name runs after the sentence's pronoun or demonstrative: "நான் Aவின் …")
        if not words:
            continue
        before = line[:match.start()].rstrip()
        # (a full name opening the sentence stands unsaid elsewhere only before a person's possessive, an honorific's or
        # "who wrote": a genitive written on declines any noun, "சென்னை நகரின் ‘T’ புத்தகம்" the city's book)
        opening = not cut and not match.group("on") and (not before or before[-1] in ".!?।:：\n")
        names = ([" ".join(words)] if opening and 2 <= len(words) <= 3 else []) + \
            [" ".join(words[i:]) for i in range(len(words)) if _stated(" ".join(words[i:]), context.text, line)]
        for name in names:
            if caseless_name(name) and name.casefold() not in not_authors and name not in match.group("title"):
                return match.group("title").strip(), name
    return None
