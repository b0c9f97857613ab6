"""A headline of two parts set apart by a spaced dash ("T — A", "A — T") in a script without capitals (Devanagari, Bengali,
Arabic, Thai, Han, Hangul …), where nothing in the parts tells the name from the title: the name is the part the text
calls the owner of a book ("A का यह उपन्यास", "Aの小説", "A的散文", "A의 소설", "নিয়ে A-এর উপন্যাস", "رواية A",
"นิยายของ A"), the title the other part. The book nouns and the possessive of each script are read, never the words of
the parts (``script_pair`` asks for it last, on the headline and the opening lines). The parts may be set apart by a
colon spaced on both sides instead ("T : A", as Hindi and French type it), and a rubric's review word may close the
headline after a last dash ("T : A – समीक्षा", "T — A — পর্যালোচনা"): the rubric is no part (reviewwords.REVIEW_TERMS),
nor is a review word a title ("समीक्षा : A"). A bracket closing the headline sets the name apart as well,
"<label> : T (A)", the name only ever the bracket's (a year, a part's number or a kind stand there too, and no text
calls them an owner), never on a biography (its bracket names the subject: "T (A)" over "B's life of A").

``owned_quote``: the same possessive and book noun before a quoted title, as Indic scripts besides Devanagari write it
(bookscripts reads Hindi's): "ਅ ਬ ਦਾ ਨਾਵਲ "T"", "অ ব-এর উপন্যাস "T"", "અ બની નવલકથા "T"": the name a full one (two or
three words) opening its line or sentence or following a label's colon, or one the text names again.

``vouched_dash``: the same headline "T — A" where the text never calls the person the owner of a book (a short review
may not name its author below the headline at all), read where the post itself vouches for the name: a rubric's review
label opens the headline ("<review>: T — A", the order every review rubric sets, the name two or three words whose given
name the text never says alone: a remark's words recur in the review, a name's given name does not, save inside the
name whole opening a clause with a verb of writing and none of translating, "A writes …", where the text never says
the title: a character or a theme opens one too, "A is a poor farmer", a translator "A translated …"), or one of the
post's tags names the person (whole, or by the family name) and none names the other part. Either way the text must
call its work "this novel", "the book" (``reviewwords``): a post about a place or a theme under a tag is not one; and
neither the text nor a tag names a film, its crew, a painting or an album (``adaptation.other_art``: a director is no
author), the name holds no work's, part's, edition's or publisher's noun nor a remark's little word ("but", "and",
"a", "very": "T — slow but deep"), a title of one word is no post's kind (a tribute, an interview, news), and a
book's introduction (ta "நூல் அறிமுகம்:") heads a launch's notice as often as a review: no rubric that vouches.
A title in guillemets closing on the name ("… «T» A B", as Persian, Arabic and Urdu headlines set a note's book) is read
the same way, the name only ever the words after the quotes and tagged whole; the quotes mark a work, so a text that
calls the person by family name alone will do for "this novel"; none where the headline names a talk, news or an
event (an interview, a signing) or the text calls the person the translator ("ترجمه‌ی B") or another tagged person
the writer (a translation's note: its author tagged beside its translator).
"""

from __future__ import annotations

import re

from .adaptation import other_art
from .book import QUOTES, Context
from .bookcaselessname import caseless_name
from .bookdashsubject import subject_of_work
from .bookdravidian import genitive_owner, quoted_kind
from .bookethiopic import owned_by
from .bookethiopicdash import ETHIOPIC_ONLY, given_named
from .bookheadowner import ABOUT_THEM
from .bookwrittenby import WRITING
from .reviewlabel import LABEL_WORDS
from .reviewwords import MORE_WORK_REFERENCES, REVIEW_TERMS, WORK_REFERENCE

_DASHED = re.compile(r"^(?P<left>[^—–\-|]{2,80}?)\s+[—–-]\s+(?P<right>[^—–\-|]{2,80})$")
# "T : A": one colon, spaced on both sides, between the parts
_COLONED = re.compile(r"^(?P<left>[^—–\-|:：]{2,80}?)\s+:\s+(?P<right>[^—–\-|:：]{2,80})$")
# "T (A)": the name in brackets closing the headline (a label's colon perhaps before the title)
_BRACKETED = re.compile(r"^(?P<left>[^—–\-|()（）]{2,80}?)\s*[(（]\s*(?P<right>[^()（）,，、\d]{2,40}?)\s*[)）]$")
# a biography, whose bracket names its subject: ko, ja, zh, hi/mr/ne, bn, gu, pa, or, ta, te, kn, ml, si, ar, fa, ur,
# he, th, and the Latin and Cyrillic word
_BIOGRAPHY = re.compile(
    r"평전|일대기|評伝|伝記|传记|傳記|जीवनी|जीवन\s?चरित|চরিত|জীবনী|જીવનચરિત્ર|જીવની|ਜੀਵਨੀ|ଜୀବନୀ|வாழ்க்கை\s?வரலா|"
    r"జీవిత\s?చరిత్ర|ಜೀವನ\s?ಚರಿತ್ರೆ|ജീവചരിത്ര|චරිතාපදාන|سيرة|زندگی\u200c?\s?نامه|سوانح|ביוגרפי|ชีวประวัติ|"
    r"(?i:biogra|биограф)")
# a last part after a spaced dash or bar, of one to three words: the rubric's review word when it holds one
_TAIL = re.compile(r"^(?P<head>.*\S)\s+[—–\-|]\s+(?P<tail>[^—–\-|]{1,40})$")
CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\d]")
# the owner's possessive and a book noun after the name (a word between them: "A का यह उपन्यास", "Aの初期の小説")
_AFTER = (
    r"\s*(?:का|की|के)\s+(?:\S+\s+)?(?:उपन्यास|कहानी|कहानियाँ|किताब|पुस्तक|नाटक|आत्मकथा|रचना|कविताएँ)"  # Hindi
    r"|(?:ে?র|-এর)\s+(?:[^\s।,]+\s+){0,3}?(?:উপন্যাস|বই|গল্প|কবিতা)"  # Bengali (an ordinal and "and": "A-এর প্রথম ও প্রিয় উপন্যাস")
    r"|\s*の\S{0,6}?(?:小説|本|作品|随筆|エッセイ|短編|長編|評論)"  # Japanese
    r"|\s*的\S{0,6}?(?:小说|小說|书|書|作品|散文|随笔|隨筆|长篇|長篇)"  # Chinese
    r"|의\s+(?:\S+\s+)?(?:소설|책|작품|에세이|산문)"  # Korean
    # Kannada, Tamil, Telugu (an honorific's possessive or "who wrote"), Malayalam (its genitive written on)
    r"|\s+(?:ಅವರ|ಬರೆದ)\s+(?:\S+\s+)?(?:ಕಾದಂಬರಿ|ಪುಸ್ತಕ|ಕೃತಿ|ಕಥಾಸಂಕಲನ|ಕವನಸಂಕಲನ)"
    r"|\s+(?:அவர்களின்|அவர்களுடைய|எழுதிய)\s+(?:\S+\s+)?(?:நாவல்|நூல்|புத்தகம்|சிறுகதை)"
    r"|\s+(?:గారి|రాసిన|రచించిన)\s+(?:\S+\s+)?(?:నవల|పుస్తకం|కథలు|రచన)"
    r"|(?:ന്റെ|യുടെ|\s+എഴുതിയ)\s+(?:\S+\s+)?(?:നോവൽ|പുസ്തകം|കൃതി)"
    # Gujarati (the genitive written on: "Aની નવલકથા"), Marathi, Punjabi
    r"|(?:નું|ની|ના|નો)\s+(?:\S+\s+)?(?:નવલકથા|પુસ્તક|વાર્તાસંગ્રહ|કૃતિ|આત્મકથા)"
    r"|\s*(?:यांची|यांचे|ची|चा|चे)\s+(?:\S+\s+)?(?:कादंबरी|पुस्तक|कथासंग्रह|आत्मकथा)"
    # Nepali (its genitive written on, "Aको यो उपन्यास", a demonstrative or an adjective between)
    r"|(?:को|का|की)\s+(?:\S+\s+)?(?:उपन्यास|कथासङ्ग्रह|कथासंग्रह|कवितासङ्ग्रह|निबन्धसङ्ग्रह|पुस्तक|किताब|कृति|नाटक|आत्मकथा)"
    r"|\s+(?:ਦਾ|ਦੀ|ਦੇ)\s+(?:\S+\s+)?(?:ਨਾਵਲ|ਕਿਤਾਬ|ਪੁਸਤਕ|ਕਹਾਣੀ)"
)
# or the book noun and the possessive before it ("رواية A", "นิยายของ A", "رمان A")
_BEFORE = (
    r"(?:رواية|كتاب|قصة|ديوان|رمان|کتاب|داستان)\s+(?:ال\S+\s+)?(?:لل?(?:كاتبة?|روائية?)\s+)?"  # Arabic, Persian
    r"|(?:นิยาย|หนังสือ|ผลงาน|เรื่องสั้น|วรรณกรรม)\S{0,12}?ของ\s*"  # Thai
)


# a name's possessive then a book noun, then the quoted title: Gurmukhi, Bengali, Gujarati, Marathi, Odia
_OWNED_QUOTE = re.compile(
    r"(?P<name>[^\W\d_](?:[^\s:：।.!?\"“”«»]*)(?:\s[^\s:：।.!?\"“”«»]+){0,2}?)"
    r"(?:\s+(?:ਦਾ|ਦੀ|ਦੇ)|(?:ে?র|-এর)|(?:નું|ની|ના)|(?:\s+|)(?:ची|चा|चे)|(?:ଙ୍କ|ର))"
    r"\s+(?:\S+\s+)?(?:ਨਾਵਲ|ਕਿਤਾਬ|ਕਹਾਣੀ|ਪੁਸਤਕ|উপন্যাস|বই|গল্পগ্রন্থ|નવલકથા|પુસ્તક|वार्तासंग्रह|कादंबरी|पुस्तक|ଉପନ୍ୟାସ|ବହି)\S{0,3}"
    r"\s+[\"“«'‘](?P<title>[^\"”»'’]{2,60})[\"”»'’]")


_INDIC = re.compile(r"[\u0900-\u0b7f]")  # (Devanagari to Odia: the scripts _OWNED_QUOTE reads)


def owned_quote(text: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of "A's novel "T"" in an Indic script other than Devanagari's Hindi (see the module's note)."""
    if text and (found := quoted_kind(text, context)):  # (Tamil to Malayalam: "A గారి ‘T’ కథ", bookdravidian)
        return found
    if not text or len(text) > 1000 or not any(q in text for q in '"“«\'‘') or not _INDIC.search(text):
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for match in _OWNED_QUOTE.finditer(text):
        words = match.group("name").split()
        # the name the text says again (its last words), else a full name heading a short line or after a label's colon
        # ("ਅੱਜ ਦੀ ਕਿਤਾਬ: A B ਦਾ ਨਾਵਲ "T""; in a long sentence a pronoun may open the run: "I A B's novel")
        again = [" ".join(words[i:]) for i in range(len(words) - 1) if context.text.count(" ".join(words[i:])) >= 2]  # (two words at least)
        before = text[:match.start()].rstrip()
        heading = before.endswith((":", "：")) or not any(c.isalpha() for c in before) and len(text) <= 100
        name = again[0] if again else " ".join(words) if heading and 2 <= len(words) <= 3 else ""
        if name and caseless_name(name) and name.casefold() not in not_authors:
            return match.group("title").strip(), name
    return None


def owner(name: str, text: str) -> bool:
    """The text calls `name` the owner of a book (the name not followed by more of its own letters); a review calls the
    author by surname alone ("হালদারের শেষ উপন্যাস"), so a full name's last word owning a book counts too."""
    words = name.split()
    if genitive_owner(name, text):  # (Tamil, Kannada: the genitive written on, "Aஇன் நாவல்": bookdravidian)
        return True
    for who in [name] + ([words[-1]] if len(words) >= 2 and len(words[-1]) >= 3 else []):
        if who not in text:
            continue  # (both patterns need the name itself: no pattern compiled for a name the text never says)
        escaped = re.escape(who)
        if re.search(rf"(?<!\w){escaped}(?:{_AFTER})", text) or re.search(rf"(?:{_BEFORE}){escaped}(?![^\W\d_])", text) \
                or owned_by(who, text):  # (Amharic "የA ተውኔት": its genitive prefix, bookethiopic)
            return True
    return False


def _parts(headline: str) -> tuple[str, str] | None:
    """The two parts of a headline "T — A" or "T : A", a rubric's review word after a last dash taken off."""
    tail = _TAIL.match(headline) if REVIEW_TERMS.search(headline) else None
    if tail and len(tail.group("tail").split()) <= 3 and REVIEW_TERMS.search(tail.group("tail")):
        headline = tail.group("head")
    match = _DASHED.match(headline) or _BRACKETED.match(headline)
    if match:
        return match.group("left").strip(), match.group("right").strip()
    match = _COLONED.match(headline) if " : " in headline else None
    if match and not REVIEW_TERMS.search(match.group("left")) and not REVIEW_TERMS.search(match.group("right")):
        return match.group("left").strip(), match.group("right").strip()
    return None


def dashed_owner(headline: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of a dashed headline in a script without capitals whose one part the text calls a book's owner."""
    shaped = headline and ("—" in headline or "–" in headline or " - " in headline or " : " in headline
                           or headline.rstrip().endswith((")", "）")))
    parts = _parts(headline.strip()) if shaped else None
    if not parts or CASED.search(headline):
        return None
    left, right = parts
    # (a bracket closes the headline with the name alone, never the title: "T (A)", not "A (T)"; a life's story
    # brackets its subject, "T (A)" where the text calls the book a biography)
    bracketed = not _DASHED.match(headline.strip()) and bool(_BRACKETED.match(headline.strip()))
    if bracketed and _BIOGRAPHY.search(context.text.replace(left, " ")):
        return None
    label, colon, after = left.partition(": ")
    # (a rubric's label of one to three words the text never says: "<book review>: T – A", the name after the dash as
    # such a rubric sets it; a title's main part is said)
    labelled = bool(colon and 0 < len(label.split()) <= 3 and after.strip() and label not in context.text)
    left = after.strip() if labelled else left
    sides = ((right, left),) if labelled or bracketed else ((right, left), (left, right))
    not_authors = {n.casefold() for n in context.not_authors if n}
    found, text = [], None
    for name, title in sides:
        if caseless_name(name) and len(title.split()) <= 8 and name.casefold() not in not_authors and name not in title:
            # (the text below the headline: the headline's own line is no naming)
            text = context.text.replace(headline.strip(), "") if text is None else text
            if owner(name, text):
                found.append((title, name))
    if not found and text is not None and _INDIC_ONLY.fullmatch(headline.strip()):
        found = [(title, name) for name, title in sides
                 if caseless_name(name) and 2 <= len(name.split()) <= 3 and len(title.split()) <= 8
                 and name.casefold() not in not_authors and _surnamed(name, text)]
    if not found and text is not None and not bracketed and not labelled and _DASHED.match(headline.strip()):  # (bookdashsubject)
        found = [(left, right)] if _plain_name(right, left, not_authors) and subject_of_work(right, left, text) else []
    if not found and text is not None and ETHIOPIC_ONLY.fullmatch(headline.strip()):  # (bookethiopicdash)
        found = [(left, right)] if len(left.split()) <= 8 and right.casefold() not in not_authors \
            and given_named(right, left, text) else []  # (the name after the dash, as "T — A" sets it)
    return found[0] if len(found) == 1 else None


def quoted_dashed(headline: str | None, context: Context | None) -> tuple[str, str] | None:
    """(title, author) of a dashed headline in a script without capitals, perhaps after a rubric's label of one to three
    words and its colon ("<book review>: T – A"), whose one part the text sets right before the other part in quotes, a
    case ending written on or one word between (Tamil "Aவின் "T"", Hindi "A का "T"", Bengali "A-এর "T""). Asked by
    ``bookrescue`` of a review only: read before the classifier, a short review's book read so would make it "too
    short for a review" where its reviewer's voice tells it as one (``reviewed``)."""
    match = _DASHED.match(headline.strip()) if headline and context is not None and ("—" in headline or "–" in headline or " - " in headline) else None
    if not match or CASED.search(headline) or not any(q in context.text for q in '"“«\'‘„'):
        return None
    left, right = match.group("left").strip(), match.group("right").strip()
    label, colon, after = left.partition(": ")
    left = after.strip() if colon and 0 < len(label.split()) <= 3 and after.strip() else left  # (the part a rubric's label opens)
    # (a part the headline quotes is the title, read without its quotes: "<label>: 'T' - A")
    left, right = left.strip(QUOTES + " ") or left, right.strip(QUOTES + " ") or right
    not_authors = {n.casefold() for n in context.not_authors if n}
    text = context.text.replace(headline.strip(), "")  # (the text below the headline: the headline's own line is no naming)
    found = [(title, name) for name, title in ((right, left), (left, right)) if caseless_name(name) and len(title.split()) <= 8
             and name.casefold() not in not_authors and name not in title and _owns_quoted(name, title, text)]
    return found[0] if len(found) == 1 else None


def _owns_quoted(name: str, title: str, text: str) -> bool:
    """The text sets `name` (a case ending perhaps written on, one word perhaps after it) right before `title` in quotes."""
    if title not in text:
        return False
    return re.search(rf"(?<![\w\u0900-\u0d7f]){re.escape(name)}[\u0900-\u0d7f\u200c\u200d\-]{{0,6}}(?:\s+[^\s\"“”«»'‘’]{{1,12}})?"
                     rf"\s+[\"“'‘«„]{re.escape(title)}[\"”'’»“]", text) is not None


# a headline all in the Indic scripts (Devanagari to Malayalam), its spaces, marks and the dash between its parts
_INDIC_ONLY = re.compile(r"[\u0900-\u0d7f\u200c\u200d\s—–\-'‘’\".,:]+")


def _surnamed(name: str, text: str) -> bool:
    """The text below the headline calls `name` (two or three words) by its last word, the family name, at least twice,
    bare or with a case ending written on ("મુનશીની", "ठाकुर की"), and never its given name alone: how a review speaks of
    its author (a title's words are said whole, or not at all). Indic scripts only: they write a case ending onto the
    word, so the family name's word may run on; a word that runs on into other letters of the same name is not it."""
    words = name.split()
    last, given = words[-1], words[0]
    if len(last) < 3:
        return False
    # (Malayalam declines a name closing on a chillu letter on its base consonant: "നായർ" as "നായരുടെ")
    stem = last[:-1] + _CHILLU[last[-1]] if last[-1] in _CHILLU else last
    bare = re.findall(rf"(?<![\w\u0900-\u0d7f])(?:{re.escape(last)}|{re.escape(stem)}(?=[\u0d3e-\u0d4c]))", text)
    whole = text.count(name)
    alone = re.search(rf"(?<![\w\u0900-\u0d7f]){re.escape(given)}(?![\w\u0900-\u0d7f])", text.replace(name, " "))
    # (a name opening on initials, "वि. स. A", "എം. A", is a person's shape no title has: its family name said once
    # will do, and its initials said alone are how the language calls the writer, "എം.ടി.")
    initialled = bool(_INITIAL.match(name))
    return len(bare) - whole >= (1 if initialled else 2) and not (alone and not initialled)


_CHILLU = {"ൻ": "ന", "ർ": "ര", "ൽ": "ല", "ൾ": "ള", "ൺ": "ണ"}  # (the chillu letters and their base consonants)


_INITIAL = re.compile(r"[\u0900-\u0d7f]{1,3}\.\s?(?=\S)")  # an Indic letter, its marks, a stop


# a book's or a work's noun, which a headline's part may be but a person's name never is (hi/mr, bn, gu, pa, te, kn, ta,
# ml, ar, fa, ur): "ग़बन — उपन्यास" names the kind, tagged or not
_WORK_NOUN = re.compile(
    r"(?<!\S)(?:उपन्यास|किताब|पुस्तक|कहानी|कविता|नाटक|आत्मकथा|कादंबरी|कृति|रचना|संग्रह|উপন্যাস|বই|গল্প|কবিতা|গ্রন্থ|"
    r"નવલકથા|પુસ્તક|વાર્તા|કૃતિ|ਨਾਵਲ|ਕਿਤਾਬ|ਪੁਸਤਕ|ਕਹਾਣੀ|నవల|పుస్తక|కథ|రచన|ಕಾದಂಬರಿ|ಪುಸ್ತಕ|ಕೃತಿ|ಕಥೆ|நாவல|நூல|புத்தக|"
    r"சிறுகதை|கவிதை|നോവൽ|പുസ്തക|കൃതി|കഥ|رواية|كتاب|قصة|قصص|ديوان|رمان|کتاب|داستان|مجموعه|ناول|افسانہ|"
    r"ଉପନ୍ୟାସ|ବହି|ପୁସ୍ତକ|ଗଳ୍ପ|କବିତା|නවකතා|පොත|කෘති|කාව්\u200d?ය|කෙටිකතා)"  # (or, si)
    # a part, an edition, a publishing house (hi/mr, bn, gu, pa, or, te, kn, ta, ml, si, ar, fa, ur): "T — भाग दो"
    r"|(?<!\S)(?:भाग|खंड|खण्ड|संस्करण|आवृत्ती|प्रकाशन|प्रकाशक|খণ্ড|পর্ব|সংস্করণ|প্রকাশন|প্রকাশনী|ભાગ|આવૃત્તિ|પ્રકાશન|"
    r"ਭਾਗ|ਐਡੀਸ਼ਨ|ਪ੍ਰਕਾਸ਼ਨ|ଭାଗ|ସଂସ୍କରଣ|ପ୍ରକାଶନ|భాగం|సంపుటి|ముద్రణ|ప్రచురణ|ಭಾಗ|ಸಂಪುಟ|ಆವೃತ್ತಿ|ಪ್ರಕಾಶನ|பாகம்|"
    r"தொகுதி|பதிப்பு|பதிப்பகம்|ഭാഗം|പതിപ്പ്|പ്രസാധ|කොටස|මුද්\u200d?රණ|ප්\u200d?රකාශන|الجزء|جزء|طبعة|الطبعة|"
    r"منشورات|جلد|چاپ|انتشارات|نشر|حصہ|ایڈیشن|پبلشرز|پبلی کیشنز)(?!\S)")
# a remark's little words, which a person's name never holds: "but", "and", "a"/"one", "very", "of"/"in" (hi/mr, bn,
# gu, pa, or, te, kn, ta, ml, si, ar, fa, ur): "T — धीमा लेकिन गहरा", "T — অসাধারণ এক অভিজ্ঞতা"
_REMARK_WORD = re.compile(
    r"(?<!\S)(?:लेकिन|मगर|किंतु|परंतु|पर|और|एक|बहुत|का|की|के|में|से|है|आणि|पण|खूप|কিন্তু|এবং|ও|আর|এক|একটি|খুব|"
    r"এর|પણ|અને|એક|ખૂબ|ਪਰ|ਅਤੇ|ਇੱਕ|ਬਹੁਤ|କିନ୍ତୁ|ଏବଂ|ଏକ|ବହୁତ|కానీ|మరియు|ఒక|చాలా|ಆದರೆ|ಮತ್ತು|ಒಂದು|ತುಂಬಾ|ಬಹಳ|"
    r"ஆனால்|மற்றும்|ஒரு|மிக|மிகவும்|പക്ഷേ|ഒരു|വളരെ|എന്നാൽ|නමුත්|සහ|ඉතා|එක්|لكن|و|في|من|على|جدا|اما|ولی|اور|لیکن|"
    r"بہت|ایک|بر|در|از|به|با|را|خیلی|یک)(?!\S)")
# a post's kind as a title of one word: a tribute, an interview, news, a launch (bookheadowner.ABOUT_THEM's talks and
# tributes, and the news' and notices' words: hi, bn, gu, pa, or, te, kn, ta, ml, si, ar, fa, ur)
_NEWS_KIND = re.compile(
    r"समाचार|ख़बर|खबर|सूचना|घोषणा|लोकार्पण|विमोचन|रिपोर्ट|খবর|সংবাদ|প্রতিবেদন|সমাচার|ખબર|સમાચાર|ਖ਼ਬਰ|ਖਬਰ|ਸਮਾਚਾਰ|"
    r"ସମ୍ବାଦ|ଖବର|ସାକ୍ଷାତକାର|ଶ୍ରଦ୍ଧାଞ୍ଜଳି|వార్త|ముఖాముఖి|ಸುದ್ದಿ|ವರದಿ|செய்தி|பேட்டி|வெளியீடு|വാർത്ത|ആദരാഞ്ജലി|"
    r"පුවත|සම්මුඛ|ප්\u200d?රවෘත්ති|خبر|حوار|مقابلة|رثاء|تقرير|مصاحبه|یادبود|درگذشت|گزارش|رپورٹ")
# a book's introduction, a column's name for a review and a launch's or a publisher's notice alike (ta, hi/mr, bn, te,
# kn, ml, gu, pa, or, si, ur, fa, ar): no rubric that vouches for a name
_INTRODUCTION = re.compile(r"அறிமுகம்|परिचय|পরিচিতি|পরিচয়|పరిచయం|ಪರಿಚಯ|പരിചയ|પરિચય|ਜਾਣ-ਪਛਾਣ|ਪਰਿਚੈ|ପରିଚୟ|"
                           r"හැඳින්වීම|تعارف|معرفی|تعريف")
# what makes such an introduction a notice, not a review: the launch or release, its ceremony, the price (ta, hi/mr,
# bn, te, kn, ml, gu, pa, or, si, ur, fa, ar); a review headed "पुस्तक परिचय" speaks of the book, not of its day or cost
_NOTICE_MARK = re.compile(
    r"வெளியீ|வெளியாகி|வெளியாகும்|விலை|ரூபாய்|विमोचन|लोकार्पण|जारी\s+होग|रिलीज़|रिलीज|कीमत|क़ीमत|रुपये|रुपए|₹|"
    r"প্রকাশনা\s*উৎসব|মোড়ক\s*উন্মোচন|মোড়ক\s*উন্মোচন|উন্মোচন|দাম|টাকা|విడుదల|ఆవిష్కరణ|ధర|రూపాయ|ಬಿಡುಗಡೆ|"
    r"ಲೋಕಾರ್ಪಣೆ|ಬೆಲೆ|ರೂಪಾಯಿ|പ്രകാശനം|പ്രകാശന\s*ചടങ്ങ്|വില|વિમોચન|કિંમત|રૂપિયા|ਰਿਲੀਜ਼|ਲੋਕ\s*ਅਰਪਣ|ਕੀਮਤ|ਰੁਪਏ|"
    r"ଉନ୍ମୋଚନ|ଦାମ|ଟଙ୍କା|දියත්|එළිදැක්වී|මිල|රුපියල්|رونمائی|رونمایی|قیمت|روپے|تومان|ریال|مراسم|إطلاق|"
    r"حفل\s+توقيع|سعر|السعر|جنيه|درهم")
# the given name said alone: a whole word of the text (a vowel sign or virama is part of one)
_TEXT_WORD = re.compile(r"[\w\u0900-\u0d7f]+")
_TAG_MARKS = re.compile(r"^[#\s]+|\s+$")
_RUBRIC = re.compile(rf"\s*{LABEL_WORDS}\s*")  # (a label only before a colon: reviewlabel)


# "… «T» A": the headline's last words after a title in guillemets (a note's "on «T» A"), a name only where tagged
_GUILLEMETS = re.compile(r"«(?P<left>[^«»]{2,80})»\s+(?P<right>[^«»—–\-|:()]{2,40})$")
# a talk, a tribute, news, a launch or a signing the headline names as a word (fa, ar, ur; "یادداشت", a note, is none):
# no book's note
_EVENT = re.compile(rf"(?<![\w\u200c\u0900-\u0d7f])(?:{ABOUT_THEM.pattern}|{_NEWS_KIND.pattern}|{_NOTICE_MARK.pattern}|"
                    r"توقيع|امضا|نشست|جلسه|ندوة|أمسية|لقاء)(?![\w\u200c\u0900-\u0d7f])")
# a word of translating (translate, translated, translator): fa/ar/ur, hi/mr/ne, bn, gu, pa, or, ta, te, kn, ml, si,
# he, th, ka, hy, am
_TRANSLATING = re.compile(
    r"ترجم|مترجم|अनुवाद|अनूदित|भाषांतर|অনুবাদ|અનુવાદ|ભાષાંતર|ਅਨੁਵਾਦ|ଅନୁବାଦ|மொழிபெயர்|అనువ|ಅನುವಾದ|വിവർത്തന|"
    r"പരിഭാഷ|පරිවර්තන|תרגמ|תרגום|แปล|თარგმ|թարգման|ትርጉም|ተረጎመ")
_CLAUSE = re.compile(r"[^.!?؟۔।\n]+")
# a verb of writing (bookwrittenby.WRITING, and the forms of "write" opening on लेख/লেখ/ଲେଖ: "লেখেন", "लेख्नुभयो")
_WRITES = re.compile(WRITING.pattern + r"|লেখ|ଲେଖ|लेख")


def _translated(name: str, text: str, tags: list[str]) -> bool:
    """The text calls `name` the translator (a word of translating right before the family name, a word at most
    between) or names another tagged person in a clause of writing ("B wrote this novel"): the note's author is that
    one, the headline's name the translation's."""
    surname = name.split()[-1]
    if re.search(rf"(?:{_TRANSLATING.pattern})\S*\s+(?:\S+\s+)?{re.escape(surname)}(?!\w)", text):
        return True
    others = {t.strip().split()[-1] for t in tags if t and t.strip() != name and len(t.split()) >= 2
              and _plain_name(t.strip(), name, set())}
    return any(other in clause and _WRITES.search(clause)
               and (surname not in clause or clause.index(other) < clause.index(surname))
               for clause in _CLAUSE.findall(text) for other in others if len(other) >= 3)


def vouched_dash(headline: str | None, context: Context | None, tags: list[str] = ()) -> tuple[str, str] | None:
    """(title, author) of a dashed headline in a script without capitals that a review label or a tag vouches for
    (see the module's note); None where both parts could be the name, or neither."""
    guillemets = _GUILLEMETS.search(headline.strip()) if headline and "»" in headline else None
    if context is None or not headline or len(headline) > 120 or CASED.search(headline) \
            or not ("—" in headline or "–" in headline or " - " in headline or guillemets):
        return None
    parts = _parts(headline.strip()) if not guillemets else (guillemets.group("left"), guillemets.group("right"))
    # (a title in guillemets is a work's, its author the tag the text calls by surname: "«T» A B", then "B …"; none
    # where the headline names a talk, news or an event, or the text calls B the translator or another tag the writer)
    surnamed = guillemets and len(words := parts[1].split()) >= 2 and len(words[-1]) >= 3 \
        and context.text.replace(parts[1], " ").count(words[-1]) >= 1
    if guillemets and (_EVENT.search(headline) or _translated(parts[1].strip(), context.text, tags)):
        return None
    if not parts or not (WORK_REFERENCE.search(context.text) or MORE_WORK_REFERENCES.search(context.text) or surnamed):
        return None
    left, right = parts
    label, colon, after = left.partition(": ")
    not_authors = {n.casefold() for n in context.not_authors if n}
    text = context.text.replace(headline.strip(), " ")
    rubric = colon and after.strip() and 0 < len(label.split()) <= 3
    if rubric and (REVIEW_TERMS.search(label) or _RUBRIC.fullmatch(label)) and not (
            _INTRODUCTION.search(label) and _NOTICE_MARK.search(context.text)):
        title, name = after.strip().strip(QUOTES + " "), right.strip(QUOTES + " ")
        words = name.split()
        # (or the text opens a sentence with the name whole and never says the title: "A writes …", a remark's words
        # recur loose, a title's whole)
        if 2 <= len(words) <= 3 and (words[0] not in _TEXT_WORD.findall(text) or _subject(name, title, text)) \
                and _plain_name(name, title, not_authors) and not _REMARK_WORD.search(name) \
                and not _other_art(context.text, tags):
            return title, name
        return None
    tagged = {_TAG_MARKS.sub("", t) for t in tags if t}
    found = [(title, name) for name, title in ((right, left),) + (((left, right),) if not guillemets else ())
             # (after guillemets, the tag whole: a by-word may open the words, "«T» by A B")
             if _plain_name(name, title, not_authors)
             and (name in tagged or not guillemets and len(name.split()) >= 2 and len(name.split()[-1]) >= 3
                  and name.split()[-1] in tagged)
             and title not in tagged
             and not (len(title.split()) == 1 and (ABOUT_THEM.search(title) or _NEWS_KIND.search(title)))]
    return found[0] if len(found) == 1 and not _other_art(context.text, tags) else None


def _subject(name: str, title: str, text: str) -> bool:
    """The text opens a sentence with `name` whole, a verb of writing in that clause and none of translating, says its
    first word nowhere else and never names `title`: a rubric's "T — A" whose reviewer speaks of the author ("A writes
    …"), where a character's or a theme's words closing the headline open a sentence of what they are or do ("A is a
    poor farmer"), a translator's of translating, and a title said in the text makes two works."""
    if title in text or name not in text:
        return False
    clauses = [c for c in _CLAUSE.findall(text) if c.lstrip().startswith(name + " ")]
    return any(_WRITES.search(c) and not _TRANSLATING.search(c) for c in clauses) \
        and name.split()[0] not in _TEXT_WORD.findall(text.replace(name, " "))


def _other_art(text: str, tags: list[str]) -> bool:
    """The post or one of its tags names a film, its crew, a painting or an album (adaptation.other_art)."""
    return other_art(text) or any(other_art(t) for t in tags if t)


def _plain_name(name: str, title: str, not_authors: set[str]) -> bool:
    """One to three words of one script without capitals, no book's noun or review word, beside a title of eight words
    at most that does not hold it."""
    return bool(caseless_name(name)) and len(name.split()) <= 3 and 0 < len(title.split()) <= 8 and name not in title \
        and name.casefold() not in not_authors and not _WORK_NOUN.search(name) and not REVIEW_TERMS.search(name)
