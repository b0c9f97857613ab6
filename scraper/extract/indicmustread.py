"""A book "to be read": the Indic reviewer's recommendation, a verdict in the reviewer's voice (for shortverdict).

A reviewer writing in Hindi, Marathi, Nepali, Bengali, Gujarati, Punjabi, Odia, Kannada, Tamil, Telugu or Malayalam
seldom says "I recommend"; the verdict is the verb of reading in its obligative or gerundive form, said of the book:
"यह किताब … पढ़ी जानी चाहिए" (this book should be read …), "पढ़ने लायक उपन्यास" (a novel worth reading), "ಮತ್ತೊಮ್ಮೆ
ಓದಬೇಕಾದ ಪುಸ್ತಕ" (a book to read again), "অবশ্যই পড়া উচিত", "வாசிக்க வேண்டிய நூல்". It is the grammar of advising
one to read, a handful of forms per language, not any page's phrasing. "I should read more" ("मुझे और पढ़ना चाहिए")
or "read the interview" speaks of no book: the form counts only when its sentence calls the work "this book", "the
novel" (reviewwords' WORK_REFERENCE and its further forms) or the form stands right before a noun of the work ("ಓದಬೇಕಾದ
ಪುಸ್ತಕ", "पढ़ने योग्य किताब"), and no first-person pronoun in its sentence makes it the writer's own resolve ("मुझे",
"ನನಗೆ"). Not in a blockquote, a line in quotation marks or a question.

``must_read`` is one more way shortverdict.recommends finds the first-person recommendation; the book is its object by
construction (recommends_book). Under it, one reference to the book is a mark of one work too, as under a reservation
(reservation.reservation_marks): the verdict is said of the work the post calls "this novel".
"""

from __future__ import annotations

import re

from .readvoice import QUOTES
from .reviewwords import MORE_WORK_REFERENCES, WORK_REFERENCE

MUST_READ_ONCE = "calls the work it says is one to read 'the book', 'the novel' once"

# the obligative or gerundive of reading (and "worth reading"), language by language
_FORM = (
    # hi (पढ़ with the nukta precomposed or not), mr, ne
    r"पढ़?़?(?:ी|ा|े|नी|ना|ने)\s+(?:(?:जानी|जाना|जाने|ही)\s+)?चाहिए|पढ़?़?ने\s+(?:लायक|योग्य)|"
    r"वाच(?:लीच|लाच|लेच|ायलाच|ायला|ावी|ावे|ावा|ण्यासारख\S*|ण्याजोग\S*)(?:\s+(?:पाहिजे|हवी|हवे|हवा))?|"
    r"पढ्न(?:ैपर्ने|ुपर्ने|ुपर्छ|ैपर्छ)|पढ्न\s+(?:लायक|योग्य)|"
    # bn, gu, pa, or
    r"পড়া\s+উচিত|পড়ার\s+মতো|পড়ার\s+যোগ্য|વાંચવા\s+જેવ\S*|વાંચવ(?:ી|ું|ા)\s+જોઈએ|ਪੜ੍ਹਨ\s+(?:ਯੋਗ|ਵਾਲੀ)|ਪੜ੍ਹਨੀ\s+ਚਾਹੀਦੀ|"
    r"ପଢ଼ି?ବା\s+ଉଚିତ|ପଢ଼ିବା\s+ଯୋଗ୍ୟ|"
    # kn, ta, te, ml
    r"ಓದ(?:ಲೇ)?ಬೇಕಾದ|ಓದಲೇಬೇಕು|ಓದಬೇಕು|ಓದಲು\s+ಯೋಗ್ಯ|(?:படிக்க|வாசிக்க)\s?(?:வேண்டிய|வேண்டும்)|"
    r"చదవ(?:ాల్సిన|ాలి|దగిన|వలసిన)|വായി(?:ക്കേണ്ട|ച്ചിരിക്കേണ്ട)\S*"
)
_MUST = re.compile(_FORM)
# the form right before a noun of the work: book, novel, work, collection (each script's)
_BEFORE_NOUN = re.compile(
    rf"(?:{_FORM})\s+(?:[^\s।.,]+\s+)?(?:किताब|पुस्तक|उपन्यास|कृति|कादंबरी|(?:कथा|कविता)?(?:संग्रह|सङ्ग्रह)|বই|উপন্যাস|"
    r"પુસ્તક|નવલકથા|ਕਿਤਾਬ|ਨਾਵਲ|ବହି|ଉପନ୍ୟାସ|ಪುಸ್ತಕ|ಕಾದಂಬರಿ|ಕೃತಿ|நூல்|நாவல்|புத்தகம்|పుస్తకం|నవల|പുസ്തകം|നോവൽ)")
_STOP = re.compile(r"[.!?।॥]")
# the first person as the one who should read ("मुझे … पढ़नी चाहिए", I should read): the writer's resolve, no advice
# (hi, mr, ne, bn, gu, pa, kn, ta, te, ml)
_FIRST_PERSON = re.compile(r"(?<![\u0900-\u0d7f])(?:मुझे|मुझको|हमें|मैं|मैंने|मला|मी|आम्हाला|मलाई|मैले|हामीलाई|हामीले|"
                           r"আমাকে|আমার|আমি|મને|મારે|ਮੈਨੂੰ|ਮੈਂ|ನನಗೆ|ನಾನು|எனக்கு|நான்|నాకు|నేను|എനിക്ക്|ഞാൻ)(?![\u0900-\u0d7f])")
_INDIC = re.compile(r"[\u0900-\u0d7f]")
# a verb of saying in the third person in the form's sentence: the advice is reported, someone
# else's ("मुख्य अतिथि ने कहा कि यह उपन्यास हर युवा को पढ़ना चाहिए", the guest said …; "… ಎಂದು ಹೇಳಿದರು"), as a
# quotation is (rev-detworld35) (hi, mr, ne, bn, gu, pa, or, kn, ta, te, ml)
_REPORTED = re.compile(r"(?<![\u0900-\u0d7f])(?:कहा|कहते|कहती|बताया|म्हणाले|म्हणाल्या|म्हणाला|म्हणाली|"
                       r"सांगितले|भने|भन्नुभयो|बताए|बताइन्|বলেন|বললেন|বলেছেন|કહ્યું|જણાવ્યું|ਕਿਹਾ|ਦੱਸਿਆ|କହିଲେ|"
                       r"କହିଥିଲେ|ಹೇಳಿದರು|ಹೇಳಿದ್ದಾರೆ|ಅಭಿಪ್ರಾಯಪಟ್ಟರು|கூறினார்|சொன்னார்|தெரிவித்தார்|"
                       r"అన్నారు|చెప్పారు|പറഞ്ഞു|അഭിപ്രായപ്പെട്ടു)(?![\u0900-\u0d7f])")


def must_read(lines) -> bool:
    """A sentence of the post's own prose says the book is one to read (module docstring)."""
    for line in lines:
        if not _INDIC.search(line) or line.lstrip().startswith(">") or QUOTES.search(line) \
                or line.rstrip().endswith(("?", "？")):
            continue
        for found in _MUST.finditer(line):
            stops = [m.end() for m in _STOP.finditer(line, 0, found.start())]
            end = _STOP.search(line, found.end())
            sentence = line[stops[-1] if stops else 0:end.end() if end else len(line)]
            if sentence.rstrip().endswith("?") or not sentence.strip() or _FIRST_PERSON.search(sentence) \
                    or _REPORTED.search(sentence):
                continue
            if _BEFORE_NOUN.search(sentence) or WORK_REFERENCE.search(sentence) or MORE_WORK_REFERENCES.search(sentence):
                return True
    return False
