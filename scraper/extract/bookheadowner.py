"""A headline that opens on the book's owner in the possessive, then the book's quoted title, then perhaps the
headline's own remark: how newspapers title a short review in many languages.

- a possessive ending on the owner: English "Kazuo Ishiguro's ‘T’: …", the genitive -s written without an apostrophe
  in German, Dutch, the Scandinavian languages and Yiddish ("Zweigs „T“ – …", "Lagerlöfs »T«", "… זינגערס „T“"),
  Turkish and Azerbaijani "A'nın «T»", Finnish and Estonian "A:n «T»";
- a possessive word after the owner: Afrikaans "A se «T»", Urdu "A کا/کی/کے «T»", Hindi "A का/की/के «T»";
  the same owner and quoted title may open an Urdu or Hindi review's first paragraph under a headline that names the
  title bare (``opening_owned``);
- a possessive particle before the owner: Pashto "د A «T»" ("of A"), Persian/Dari "از A" is "from" and not read.

The title may stand in typewriter single quotes after a bare genitive -s (Danish and Norwegian papers set titles so:
"A-s 'T' er …"; after an apostrophe's possessive the same mark would open the title and is not read), and the
headline may run on as a sentence past the closing quote with no separator ("A's «T» is …", "A-s „T“ überzeugt") —
both only for a title that opens on a capital, as a title does and a quoted word in a sentence does not. Papers in a
right-to-left script set the single quotes the other way round ("A کا ’T‘", "د A ’T‘"): read as the ‘…’ pair, after a
space only (never an apostrophe's possessive in Latin text).

In the scripts with no capitals and no quotes in the headline, the title may stand as the headline's head, and the
owner's form after the colon names what it is (``headed_owner``): Urdu "T: A B کا ناول، …" (A B's novel), Hindi and
Nepali "T: A B का/को उपन्यास …", Punjabi "T: A B ਦਾ ਨਾਵਲ": the owner two or three words the text names again, the
head a short phrase that is no label ("تبصرہ: A B کا ناول" is labelled, not titled). A literary magazine's "A B : T –
remark" (``_named_head``) names the author first with no possessive at all: the text tells the name from the work by
addressing the person with an honorific ("A जी", "A صاحب").

``bookheadline.from_title`` reads "«T» by A" and "A: «T»"; this reads the owner's form, which no "by" marks. The owner is a
person only when the post vouches for them: the text names the owner's last word (its base, the possessive taken off)
as a reader calls an author, and a one-word owner at least twice. A book noun or a demonstrative as the owner ("the
novel's «T»") is no one; a headline whose owner is the blog itself is left to the rules that know the site.

Sinhala sets its person's genitive "-ගේ" bare before the title in a headline ("A B-ගේ T: remark", ``sinhala_owned``)
and in a review's first sentence, where the title runs up to the writer's "I" and the verb of reading ("A B-ගේ T මා …
කියෙව්වේ", ``sinhala_read_owned``, asked among the body's candidates).
"""

from __future__ import annotations

import re

from .book import Book, Context, clean_title, is_name
from .adaptation import other_art
from .bookinfo import TITLE_LABEL
from .booktitles import headline
from .reviewlabel import LABEL_WORDS

_QUOTED = (r"(?:„(?P<q1>[^“”„]{2,100})[“”]|“(?P<q2>[^”]{2,100})”|«\s?(?P<q3>[^»]{2,100}?)\s?»|»(?P<q4>[^«]{2,100})«|"
           r"‘(?P<q5>[^’]{2,100})’|\"(?P<q6>[^\"]{2,100})\"|「(?P<q7>[^」]{2,100})」|"
           r"'(?P<q8>[^'\n]{2,100})'(?=$|[\s:：|–—\-,.!?])|(?<=\s)’(?P<q9>[^‘’\n]{2,100})‘)")
# what may follow the quoted title: the headline's end, or a separator and the headline's own words
_AFTER = r"\s*(?:$|[:：|–—\-,.!?؟]\s*\S?)"
# (an owner's headline may also run on as a sentence past the title, with no separator: "A's «T» is …", Danish
# "A-s 'T' er …"; the run is read only for a title that opens on a capital, as a title does and a quoted word not)
_AFTER_OWNED = r"\s*(?:$|[:：|–—\-,.!?؟]\s*\S?|(?P<run>\s)(?=[^\W\d_]))"
_WORD = r"[^\s\d:：|«»„“”‘’\"「」()\[\]–—]+?"  # (lazy: "Ishiguro" before "'s", not "Ishiguro'" before "s")
# an owner of one to four words and its possessive ending or word (the ending's options, the word's options)
_SUFFIXED = re.compile(rf"^(?P<owner>{_WORD}(?:\s+{_WORD}){{0,3}}?)(?P<mark>['’]s|['’]|s|ס|['’](?:n[ıiuü]n|[ıiuü]n)|:n)\s+{_QUOTED}{_AFTER_OWNED}")
_WORDED = re.compile(rf"^(?P<owner>{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+(?P<mark>se|کا|کی|کے|का|की|के)\s+{_QUOTED}{_AFTER_OWNED}")
_PREFIXED = re.compile(rf"^(?P<mark>د)\s+(?P<owner>{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+{_QUOTED}{_AFTER_OWNED}")
_QUOTE_CHARS = "„“«»‘\"「"
_BOOK_WORD = re.compile(rf"(?:{TITLE_LABEL}|this|that|the|dieser|diese|dieses|das|der|die|dit|dat|het|denna|detta|den|دې|دا|هغه|یہ|اس|यह|इस|die|hierdie)", re.I)


def owned_headline(title: str | None, context: Context | None, labels: list | tuple = ()) -> Book | None:
    """(title, author) of a headline "Owner's «T»: remark" (module docstring), or None."""
    if not title or context is None or len(title) > 200:
        return None
    if "ගේ " in title and (found := sinhala_owned(" ".join(headline(title).split()), context)):
        return found
    typewriter = not any(q in title for q in _QUOTE_CHARS)
    if typewriter and "'" not in title:
        return None
    text = " ".join(headline(title).split())
    for pattern in (_PREFIXED, _WORDED, _SUFFIXED):
        match = pattern.match(text)
        if match is None:
            continue
        owner, mark = match.group("owner"), match.group("mark")
        quote = next(g for g in ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9") if match.group(g))
        book_title = match.group(quote)
        if (match.group("run") is not None or quote == "q8") and not book_title[:1].isupper():
            continue  # (a headline running on past a quoted word, or typewriter quotes round one: no title's capital)
        if typewriter and quote != "q8" or quote == "q8" and mark != "s":
            continue  # (typewriter quotes only after a bare genitive -s: after an apostrophe's possessive, English "Smith's
            # 'T'", Turkish "A'nın 'T'", the same mark opens the title; an Afrikaans "A se 'T' word …" is as often news)
        words = owner.split()
        if any(_BOOK_WORD.fullmatch(w) for w in words):
            return None
        cased = words[0][:1].isupper() or words[0][:1].islower()
        if cased and (not all(w[:1].isupper() for w in (words[0], words[-1])) or len(words) > 1 and not is_name(owner)):
            return None
        if not cased and pattern is not _SUFFIXED and len(words) < 2:
            return None  # (a particle or postposition before one caseless word: as often "of the town" as a person)
        surname = words[-1]
        if not context.vouches_for(owner, times=1 if len(words) > 1 else 2) or len(surname) < 3:
            return None
        if mark in ("s", "ס") and not context.mentions(surname):
            return None  # (a name that ends in -s itself, "Borges «T»", is no "Borge"'s: the text names the base bare)
        return Book(clean_title(book_title.strip()), owner, source="title")
    return indic_owned(text, context, labels)


# "T: A B کا ناول، …": a head of one to six words, a colon, the owner (two or three words), its possessive word, an
# adjective at most, the book noun (ur, hi/ne, pa), then the headline's end or its punctuation
_CASELESS = r"[\u0600-\u06ff\u0900-\u097f\u0a00-\u0a7f\u200c]+"
_HEAD_NOUN = (r"(?:ناول|ناولٹ|کتاب|افسانے|افسانوی\s+مجموعہ|شعری\s+مجموعہ|سوانح|خودنوشت|داستان|"
              r"उपन्यास|किताब|पुस्तक|कहानी-संग्रह|कथा-संग्रह|कविता-संग्रह|आत्मकथा|संस्मरण|नाटक|कृति|ਨਾਵਲ|ਕਿਤਾਬ|ਪੁਸਤਕ)")
_HEADED = re.compile(rf"^(?P<title>{_CASELESS}(?:\s+{_CASELESS}){{0,5}})\s*[:：]\s*(?P<owner>{_CASELESS}(?:\s+{_CASELESS}){{1,2}}?)\s+"
                     rf"(?:کا|کی|کے|का|की|के|को|ਦਾ|ਦੀ|ਦੇ)\s+(?:{_CASELESS}\s+)?{_HEAD_NOUN}(?=$|[\s،,۔।|–—])")
_LABEL_HEAD = re.compile(rf"(?:{LABEL_WORDS}|{TITLE_LABEL}|{_HEAD_NOUN})", re.I)  # (a label or a book noun, no title)
_NOT_OWNER_WORD = frozenset("یہ اس وہ ان کا کی کے میں نے کو سے اور ایک नया नई यह इस वह उस एक और में ने को से".split())


# Malayalam and Tamil write that genitive onto the owner's last word ("T: A B-GEN നോവൽ …", "T: A B-GEN நாவல்"):
# Malayalam "-ത്തിന്റെ" after a name in "-ം" (its base the stem and "ം"), "-ന്റെ" after "-ൻ", "-യുടെ" after a vowel,
# "-ിന്റെ"/"-ുടെ" after a consonant (its virama back); Tamil "-த்தின்" after "-ம்", "-ின்" after a consonant, "-யின்"/
# "-வின்" after a vowel (a Malayalam name in a chillu, "-ർ", "-ൾ", "-ൽ", "-ൺ": "-രുടെ", "-ളുടെ", "-ലിന്റെ", "-ണിന്റെ"). The owner is two or three words (a person's name, as ``_HEADED`` asks: "சென்னையின்", a
# city's, is one), its base named whole in the text (``context.vouches_for``), the head named again in the text.
_SOUTH = r"[\u0b80-\u0bff\u0d00-\u0d7f\u200c\u200d]+"
_SOUTH_NOUN = (r"(?:നോവൽ|നോവലെറ്റ്|കഥാസമാഹാരം|കവിതാസമാഹാരം|പുസ്തകം|കൃതി|ആത്മകഥ|ലേഖനസമാഹാരം|"
               r"நாவல்|நூல்|புத்தகம்|சிறுகதைத்\s?தொகுப்பு|கவிதைத்\s?தொகுப்பு|தன்வரலாறு)")
_SOUTH_HEADED = re.compile(rf"^(?P<title>{_SOUTH}(?:\s+{_SOUTH}){{0,5}})\s*[:：]\s*(?P<owner>{_SOUTH}(?:\s+{_SOUTH}){{1,2}}?)\s+"
                           rf"{_SOUTH_NOUN}(?=$|[\s,|–—])")
_SOUTH_GENITIVE = (("ത്തിന്റെ", "ം"), ("ന്റെ", "ൻ"), ("രുടെ", "ർ"), ("ളുടെ", "ൾ"), ("ലിന്റെ", "ൽ"), ("ണിന്റെ", "ൺ"), ("യുടെ", ""), ("ിന്റെ", "്"), ("ുടെ", "്"), ("ുടെ", ""),
                   ("த்தின்", "ம்"), ("யின்", ""), ("வின்", ""), ("ின்", "்"))


def _south_owner(title: str, context: Context) -> Book | None:
    """(title, author) of a Malayalam or Tamil headline "T: A B-GEN <book noun> …" (above), or None."""
    match = _SOUTH_HEADED.match(title)
    if match is None or _LABEL_HEAD.fullmatch(match.group("title")) or match.group("title") not in context.text.replace(title, " "):
        return None  # (the head is the title only when the text names it again: "നിരൂപണം:", a review's label, it does not)
    *first, last = match.group("owner").split()
    for ending, restored in _SOUTH_GENITIVE:
        if last.endswith(ending) and len(last) - len(ending) >= 2:
            base = " ".join(first + [last[: -len(ending)] + restored])
            if context.mentions(base) and context.vouches_for(base, times=1) and base not in match.group("title"):
                return Book(clean_title(match.group("title")), base, source="title")
    return None


def headed_owner(title: str | None, context: Context | None) -> Book | None:
    """(title, author) of a caseless headline "T: A B's novel, …" (module docstring), or None."""
    if not title or context is None or len(title) > 200 or (":" not in title and "：" not in title):
        return None
    if "\u0b80" <= title[:1] <= "\u0d7f":
        return _south_owner(" ".join(headline(title).split()), context) or _named_head(title, context)
    match = _HEADED.match(" ".join(headline(title).split()))
    if match is None:
        return _named_head(title, context)
    head, owner = match.group("title").strip(), match.group("owner")
    if _LABEL_HEAD.fullmatch(head) or set(owner.split()) & _NOT_OWNER_WORD:
        return None
    if not context.vouches_for(owner, times=1) or owner in head:
        return None
    return Book(clean_title(head), owner, source="title")


# "A B : T – remark", a literary magazine's headline in a caseless script (the author, a colon, the work, perhaps after
# the magazine's own name and a colon): nothing but the text tells the name from the title, and the text does it by
# calling the person with respect, a word of the name and an honorific after it (hi/mr/ne "मृदुला जी", "वर्मा साहब", ur
# "بیگ صاحب", pa "ਜੀ", gu "જી", bn "বাবু", te "గారు", ta "அவர்கள்", kn "ಅವರು", ml "സാർ"): a book noun, a place or a
# theme is never so addressed. The work is the segment after the name, up to a dash, one to six words.
_HONORED = r"(?:जी|साहब|साहिब|ਜੀ|ਸਾਹਿਬ|જી|ભાઈ|বাবু|గారు|அவர்கள்|ಅವರು|സാർ|صاحب|صاحبہ)"
_NAME_WORD = re.compile(r"[\u0600-\u06ff\u0900-\u0dff\u200c\u200d]+")
# what follows a person's name that is no work of theirs: a talk with them, a memory or a tribute, a portrait, and
# the occasions a paper marks under a writer's name (a birth or a death anniversary, a birthday, an award or an honour,
# a death): hi/ne/mr, ur, pa, gu, bn, te, ta, kn, ml
ABOUT_THEM = re.compile(
    r"बातचीत|साक्षात्कार|मुलाक़?ात|संवाद|स्मरण|श्रद्धांजलि|याद|जीवन|परिचय|मुलाखत|आठवण|जयंती|जयन्ती|पुण्यतिथ|जन्मदिन|"
    r"जन्मशती|वाढदिवस|सम्मान|सन्मान|पुरस्कार|निधन|انٹرویو|گفتگو|ملاقات|یاد|خراج|تعارف|برسی|سالگرہ|یوم\s+پیدائش|اعزاز|"
    r"ایوارڈ|انعام|انتقال|وفات|ਗੱਲਬਾਤ|ਮੁਲਾਕਾਤ|ਜਯੰਤੀ|ਬਰਸੀ|ਜਨਮ\s?ਦਿਨ|ਸਨਮਾਨ|ਪੁਰਸਕਾਰ|ਦੇਹਾਂਤ|ਅਕਾਲ\s?ਚਲਾਣਾ|મુલાકાત|"
    r"જયંતી|પુણ્યતિથિ|જન્મદિન|સન્માન|પુરસ્કાર|અવસાન|নিধন|সাক্ষাৎকার|স্মরণ|জন্মবার্ষিকী|জন্মদিন|প্রয়াণ|"
    r"মৃত্যুবার্ষিকী|সম্মাননা|পুরস্কার|ఇంటర్వ్యూ|జయంతి|వర్ధంతి|పుట్టినరోజు|పురస్కార|సన్మాన|నివాళి|நேர்காணல்|"
    r"பிறந்த\s?நாள்|நினைவு\s?நாள்|விருது|மறைவு|அஞ்சலி|ಸಂದರ್ಶನ|ಜಯಂತಿ|ಪುಣ್ಯತಿಥಿ|ಜನ್ಮದಿನ|ಪ್ರಶಸ್ತಿ|ಸನ್ಮಾನ|ನಿಧನ|"
    r"അഭിമുഖം|ജന്മദിന|ചരമവാർഷിക|പുരസ്കാര|അവാർഡ്|നിര്യാണ|അനുസ്മരണ")
_SEGMENT_SPLIT = re.compile(r"\s*[:：]\s*")
_WORK_END = re.compile(r"\s+[–—\-|]\s+")


# a demonstrative and a book noun, the review pointing back at the headline's work ("यह उपन्यास", this novel): hi/ne/mr,
# ur, pa, gu, bn, te, ta, kn, ml
_THIS_WORK = re.compile(
    r"(?<!\S)(?:यह|इस|ये|यो|यस|ही|हे|हा)\s+(?:किताब|पुस्तक|उपन्यास|कादंबरी|कृति|आत्मकथा|कहानी-संग्रह|कविता-संग्रह)|"
    r"(?<!\S)(?:یہ|اس)\s+(?:ناول|کتاب|ناولٹ|افسانوی\s+مجموع)|(?<!\S)(?:ਇਹ|ਇਸ)\s+(?:ਨਾਵਲ|ਕਿਤਾਬ|ਪੁਸਤਕ)|"
    r"(?<!\S)આ\s+(?:નવલકથા|પુસ્તક|કૃતિ)|(?<!\S)(?:এই|এ)\s+(?:বই|উপন্যাস)|(?:বই|উপন্যাস)(?:টি|টা)|"
    r"(?<!\S)ఈ\s+(?:నవల|పుస్తక|రచన)|(?<!\S)(?:இந்த[ப்]?\s*(?:நாவல்|நூல்|புத்தக)|இந்நூல்|இந்நாவல்)|"
    r"(?<!\S)ಈ\s+(?:ಕಾದಂಬರಿ|ಪುಸ್ತಕ|ಕೃತಿ)|(?<!\S)ഈ\s+(?:നോവൽ|പുസ്തക|കൃതി)")
# a word and the honorific after it, as the text addresses a person ("मृदुला जी"): read once per page, not per name
_ADDRESSED = re.compile(rf"(?<!\S)(\S+)\s+{_HONORED}(?!\S)")


def _named_head(title: str, context: Context) -> Book | None:
    """(title, author) of a caseless headline "A B : T – remark" whose A the text addresses with respect and whose T
    the text names again (above): an anniversary's or an award's headline names its occasion after the colon."""
    segments = _SEGMENT_SPLIT.split(" ".join(headline(title).split()))
    addressed = None
    for name, rest in zip(segments, segments[1:]):
        work = _WORK_END.split(rest, maxsplit=1)[0].strip()
        words = name.split()
        if not (2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words)) or not 1 <= len(work.split()) <= 6 \
                or _LABEL_HEAD.search(name) or set(words) & _NOT_OWNER_WORD or work.split()[0] in _NOT_OWNER_WORD \
                or ABOUT_THEM.search(work) or _LABEL_HEAD.fullmatch(work):
            continue
        if addressed is None:
            addressed = {m.group(1) for m in _ADDRESSED.finditer(context.text)}
        if addressed.isdisjoint(words):
            continue
        # (a review names its book again, or points back at it as "this novel"; a text that does neither is about the
        # person, and a work the text vouches for as it does not for the name is the person's name the other way round)
        if not (context.vouches_for(work) or _THIS_WORK.search(context.text)) \
                or context.vouches_for(work) and not context.vouches_for(name):
            continue
        return Book(clean_title(work), name, source="title")
    return None


# The Indic scripts write the genitive onto the name, and a newspaper's headline sets the title in typewriter quotes:
# Tamil "A B-இன் 'T': …" ("…னின்", "…யின்", "…வின்"), Malayalam "…ന്റെ"/"…യുടെ", Bengali "…এর"/"…ের", Gujarati
# "…ની"/"…નું", Marathi "…ची"/"…चे", Odia "…ଙ୍କ(ର)". The ending opening on a vowel takes a consonant's virama away
# (indicdeclined.py), so the owner the text names is the stem with its virama back, or the stem itself; the owner
# counts only as the text names that base whole and the quoted title again (a place's genitive is named, a title not),
# or, with the title named once, as the post's own tags (`labels`: its tag links, keywords) name the base whole too: a
# newspaper's short review tags its writer by name, and the text names them bare once ("this novel" for the book).
# Marathi writes "…ची/…चे/…चा" onto the name in Devanagari, after an anusvara for the honorific ("गुरुजींचे": of Guruji;
# "-ांचे" after a consonant): the base is named without it (or without "ां"). A newspaper's headline may run on past the quoted title as a phrase ("… 'T' पुन्हा
# वाचताना"): read only when the text names the title again. A lead label of the book's kind ("पुस्तक परिचय :", "Book
# review:", a word of _LABEL_HEAD among its words) is no part of the owner.
_INDIC_WORD = r"[\u0900-\u0963\u0966-\u0d7f\u200c\u200d]+"
# "my", "our", "your", "his/her": bn, mr, hi, gu, pa, or, ta, ml, te, kn
_INDIC_PRONOUN = frozenset("আমার তোমার আমাদের তোমাদের তার তাঁর তাদের আপনার ওর এর माझ्या माझी माझा माझे आमच्या तुमच्या "
                           "त्याच्या तिच्या मेरे मेरी मेरा हमारे हमारी મારી મારા મારું અમારી ਮੇਰੀ ਮੇਰੇ ਸਾਡੀ ମୋର ମୋ என் எனது "
                           "என்னுடைய நம் நமது உங்கள் എന്റെ നമ്മുടെ നിങ്ങളുടെ నా మా మన ನನ್ನ ನಮ್ಮ".split())
_KIND_LEAD = re.compile(r"^([^\s:：]+(?:\s[^\s:：]+){0,2})\s*[:：]\s+(?=\S)")
# (the genitive marks, as bookgenitivefront takes them off a name read with them: Bengali's with its hyphen, "A-এর")
INDIC_GENITIVE = r"ின்|யின்|வின்|ுடைய|ിന്റെ|ന്റെ|യുടെ|ുടെ|-?এর|ের|ની|નું|ના|ची|चे|चा|ଙ୍କର?"
_INDIC_OWNED = re.compile(rf"^(?P<owner>(?:{_INDIC_WORD}\.?\s+){{0,3}}?{_INDIC_WORD}?)(?P<mark>{INDIC_GENITIVE})\s+"
                          rf"(?:'(?P<q1>[^'\n]{{2,100}})'|‘(?P<q2>[^’\n]{{2,100}})’|\"(?P<q3>[^\"\n]{{2,100}})\"|“(?P<q4>[^”\n]{{2,100}})”|«(?P<q5>[^»\n]{{2,100}})»)"
                          rf"(?:{_AFTER}|(?P<run>\s)(?=[^\W\d_]))")


def indic_owned(text: str, context: Context, labels: list | tuple = ()) -> Book | None:
    """(title, author) of an Indic headline "A-GEN 'T': remark" (above), or None."""
    lead = _KIND_LEAD.match(text) if ":" in text[:40] or "：" in text[:40] else None
    if lead and any(_LABEL_HEAD.fullmatch(word) for word in lead.group(1).split()):
        text = text[lead.end():]
    if not ("\u0900" <= text[:1] <= "\u0d7f") or "." in text[:1]:
        return None
    match = _INDIC_OWNED.match(text)
    if match is None or ("\u0900" <= text[:1] <= "\u097f") is not (match.group("mark") in ("ची", "चे", "चा")):
        return None  # (in Devanagari only Marathi's endings: Hindi and Nepali write the genitive as a word of its own)
    stem, mark = match.group("owner"), match.group("mark")
    book_title = next(match.group(g) for g in ("q1", "q2", "q3", "q4", "q5") if match.group(g)).strip()
    last = stem.split()[-1] if stem.split() else ""
    repeated = book_title in context.text.replace(text, " ")
    if len(last) < 2 or not repeated and (not labels or match.group("run")):
        return None
    virama = chr((ord(last[-1]) & ~0x7f) + 0x4d)
    # (the glide before a vowel ending is no part of the name: Tamil "கல்கி" + "யின்")
    for base in ((stem + virama,) if mark in ("ின்", "ிന്റെ", "ுடைய", "ുടെ", "ের") else ()) + (stem,) + ((stem[:-1],) if stem[-1:] == "\u0902" else ()) + ((stem[:-2],) if stem[-2:] == "\u093e\u0902" else ()):
        tagged = not repeated and any(" ".join(str(label).split()) == base for label in labels)
        if not (repeated or tagged):
            continue
        # (a surname of two letters, Bengali "হক", only in a name of two words or more, named whole; no name opens on
        # a possessive pronoun: "আমার মনের ‘T’", my heart's)
        if set(base.split()[:-1]) & _INDIC_PRONOUN:
            continue
        shortest = 2 if len(base.split()) > 1 else 3
        if len(base.split()[-1]) >= shortest and context.mentions(base) and base.split()[-1] not in book_title \
                and context.vouches_for(base, times=1 if len(base.split()) > 1 or tagged else 2):
            return Book(clean_title(book_title), base, source="title")
    return None


# Sinhala writes the genitive of a person (an animate noun) as "-ගේ" on the name, a place's or a thing's as "-ේ"; a
# newspaper's headline "A B-ගේ T: remark" sets the title bare, with no quotes, up to a colon or a dash. Read when the
# owner is a name of two to four words, the title (one to six words) is named again in the text and the text speaks
# of a book (its nouns for book, novel, work): a headline that runs on with no separator ("A-ගේ නව නවකතාවේ කවරය
# එළිදකී": news of a cover) or a person's statement is no book's.
_SI = r"[\u0d80-\u0dff\u200d]+"
_SINHALA_OWNED = re.compile(rf"^(?P<owner>{_SI}(?:\s{_SI}){{1,3}}?)ගේ\s(?P<title>{_SI}(?:\s{_SI}){{0,5}})\s*[:：|–—\-]\s*\S")
_SINHALA_BOOK = re.compile(r"පොත|නවකතා|නවකථා|කෘති|කෘතිය|කතුවරයා|ලේඛක")


# The same genitive opening a review's first sentence, the title bare up to the writer's "I" and the verb of reading
# ("A B-GEN T මා/මම … කියෙව්වේ": A B's T I read …): the object of the reading the post states (readvoice) is its book.
_SINHALA_READ = re.compile(rf"^(?P<owner>{_SI}(?:\s{_SI}){{1,3}}?)ගේ\s(?P<title>{_SI}(?:\s{_SI}){{0,3}}?)\s(?:මා|මම)\s"
                           rf"(?:{_SI}\s){{0,3}}?කියෙව්ව")


def sinhala_read_owned(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a Sinhala review's first sentence "A B-GEN T I … read" (above), or None."""
    match = _SINHALA_READ.match(paragraphs[0].strip()) if paragraphs and "කියෙව්ව" in paragraphs[0] else None
    if match is None or not _SINHALA_BOOK.search(context.text) or _SINHALA_BOOK.match(match.group("title")):
        return None
    return clean_title(match.group("title")), match.group("owner")


def sinhala_owned(text: str, context: Context) -> Book | None:
    """(title, author) of a Sinhala headline "A B-GEN T: remark" (above), or None."""
    match = _SINHALA_OWNED.match(text)
    if match is None or not _SINHALA_BOOK.search(context.text):
        return None
    owner, book_title = match.group("owner"), match.group("title")
    if book_title not in context.text or _SINHALA_BOOK.match(book_title):
        return None
    return Book(clean_title(book_title), owner, source="title")


# (an opening that calls its work a film, a play, a serial, an album, and never a book, novel or story: its owner a
# director or a singer, adaptation.other_art; a review of the film of a novel still names the novel)
# (not the words for a story, کہانی, कहानी, कथा: a film's plot is one)
_BOOKISH = re.compile(r"ناول|کتاب|افسان|مجموع|سوانح|خودنوشت|شاعری|उपन्यास|किताब|पुस्तक|संग्रह|आत्मकथा|जीवनी|कविता")

# Urdu and Hindi reviews open as their headlines would, on the owner, the genitive word and the quoted title ("A B C کی
# 'T' ایک …", "A B की 'T' …"), the headline naming the title without the owner's quotes: the opening names the book
# the headline is about. Read at a paragraph's start (a warning may stand first), the owner the whole phrase before the
# genitive, two or three words and no pronoun or particle, its last word said again in the text; the quoted title is
# one the headline also gives ("میری دادی کی 'بات'": a quoted saying, no headline's).
def opening_owned(paragraphs: list[str], context: Context, title: str | None) -> tuple[str, str] | None:
    """(title, author) of an Urdu or Hindi review's opening "A B کی 'T'" that the headline's title matches, or None."""
    head = " ".join((title or "").split())
    if not head or not paragraphs:
        return None
    for paragraph in paragraphs[:2]:
        text = " ".join(paragraph.split())
        if not ("\u0600" <= text[:1] <= "\u06ff" or "\u0900" <= text[:1] <= "\u097f") \
                or not (match := _WORDED.match(text)) or match.group("mark") == "se":
            continue
        owner = match.group("owner")
        book_title = next(match.group(f"q{n}") for n in range(1, 10) if match.group(f"q{n}")).strip()
        words = owner.split()
        if not 2 <= len(words) <= 3 or any(w in _NOT_OWNER_WORD for w in words) or len(words[-1]) < 3:
            continue
        if book_title in head and book_title not in owner and context.vouches_for(owner, times=2) \
                and not (other_art(text) and not _BOOKISH.search(text)):
            return clean_title(book_title), owner
    return None
