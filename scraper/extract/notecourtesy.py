"""A free-copy note in Hebrew, Yiddish or Arabic: the publisher as the giver of the writer's copy (notegift.edge_gift).

These languages write their prepositions and articles on to the word ("מהוצאת", "באדיבות ההוצאה", "بإهداء من الدار"),
so the sentence rules of notes.py, which look for "courtesy of the publisher" or "sent me" between spaces, miss them.
Read here by grammar, in a short note at the review's edge (edge_gift asks for the place and the size):

- he: a receiving or sending of the book or copy ("התקבל", "קיבלתי", "נשלח", "ניתן לי", "הגיע אליי") with the house as its
  source after a giver's particle ("מ־", "מאת", "באדיבות", "על ידי": "from", "courtesy of", "by"), or the house the
  subject of a giving to the writer ("ההוצאה שלחה לי"); or "courtesy of the house" with the book or copy named. A picture's
  credit ("צילום: באדיבות ההוצאה", a cover "courtesy of" the house), a book received well by critics and published by a
  house ("התקבל בהתלהבות … בהוצאת"), or a giving denied ("לא") is none.
- yi: the house ("פֿאַרלאַג") and a getting or a sending ("באַקומען", "צוגעשיקט", "געשאָנקען") with the writer in it ("איך",
  "מיר"): "איך האָב באַקומען דאָס בוך פֿונעם פֿאַרלאַג". A house that published the book or sent its author on a tour is none.
- ar: a getting by the writer or a sending to them ("وصلتني", "أرسلت لي", "أهدتني", "تلقيت", "استلمت") or a gift or an offering
  from the house ("هدية من", "بإهداء من", "مقدمة من") with the house after "from" ("من دار النشر", "من الناشر"); not a
  cover's picture by the house's leave ("صورة الغلاف بإذن من دار النشر") nor the house that published the book ("صدرت عن").

Written from grammars and dictionaries, in our own phrasings; the points and marks of the Hebrew script are dropped first
(Yiddish writes its vowels with them: "פֿאַרלאַג" is read as "פארלאג").
"""

from __future__ import annotations

import re

_POINTS = re.compile(r"[\u0591-\u05c7\u064b-\u065f\u0670]")  # Hebrew points and cantillation, Arabic harakat

# --- he ---------------------------------------------------------------------------------------------------------------
_HE_HOUSE = r"(?:ה)?הוצא(?:ת|ה)"
# the giver's particle right before the house: from, courtesy of, by (a house "בהוצאת" published the book: no giver)
_HE_FROM = rf"(?:(?<![\u05d0-\u05ea])מ|(?<![\u05d0-\u05ea])מ(?=ה)|מאת\s+|באדיבות\s+|על\s+ידי\s+|ע\"י\s+|ע״י\s+){_HE_HOUSE}"
_HE_GOT = (r"(?<![\u05d0-\u05ea])(?:ו|ש|כש)?(?:קיבלתי|קבלתי|קיבלנו|קבלנו|התקבל(?:ה)?|נשלח(?:ה|ו)?|נמסר(?:ה)?|סופק(?:ה)?|"
           r"ניתנ?(?:ה)?\s+(?:לי|לנו)|הגיע(?:ה)?\s+(?:אליי|אלי|אלינו|לידיי|לידי)|הועבר(?:ה)?\s+(?:אליי|אלי|לי))(?![\u05d0-\u05ea])")
_HE_GIVES = (r"(?:שלח(?:ה|ו)|העניק(?:ה|ו)|נתנ(?:ה|ו)|מסר(?:ה|ו)|העביר(?:ה|ו))\s+(?:לי|אליי|אלי|לנו|אלינו)(?![\u05d0-\u05ea])")
_HE = re.compile(
    rf"{_HE_GOT}[^.!?]{{0,60}}?{_HE_FROM}|{_HE_FROM}[^.!?]{{0,40}}?{_HE_GOT}|"
    rf"(?<![\u05d0-\u05ea]){_HE_HOUSE}[^.!?,]{{0,40}}?{_HE_GIVES}|"
    # courtesy of the house, the book or the copy named in the sentence ("עותק הספר באדיבות ההוצאה")
    rf"(?:(?:ה)?ספר|(?:ה)?עותק)(?![\u05d0-\u05ea])[^.!?]{{0,40}}?באדיבות\s+{_HE_HOUSE}")
# a picture's credit (photo, picture, cover, illustration, credit) or a giving denied
_HE_NOT = re.compile(r"(?<![\u05d0-\u05ea])(?:ה|ו)?(?:צילום|צילומי|תמונה|תמונת|תמונות|תצלום|עטיפה|עטיפת|כריכה|כריכת|איור|איורי|קרדיט|לא|אין|מעולם)(?![\u05d0-\u05ea])")

# --- yi ---------------------------------------------------------------------------------------------------------------
_YI_HOUSE = re.compile(r"פארלאג")
_YI_GOT = re.compile(r"(?<![\u05d0-\u05ea])(?:באקומען|באקום|געקראגן|צוגעשיקט|געשיקט|אריבערגעשיקט|געשאנקען|געשענקט|אלס\s+מתנה|"
                     r"אומזיסט|בחינם)(?![\u05d0-\u05ea])")
_YI_ME = re.compile(r"(?<![\u05d0-\u05ea])(?:איך|מיר|מיך|אונדז|אונז)(?![\u05d0-\u05ea])")

# --- ar ---------------------------------------------------------------------------------------------------------------
_AR_HOUSE = r"(?:(?:ال)?دار\s+(?:ال)?نشر|(?:ال)?ناشر|دار\s+[\u0621-\u064a]+|منشورات\s+[\u0621-\u064a]+)"
_AR_GOT = (r"(?<![\u0621-\u064a])(?:و|ف)?(?:وصلت?ني|وصلتني|أرسلت?(?:ها|ه)?\s+(?:لي|إلي|إليّ|لنا)|أرسل(?:ت|وا)?(?:ها|ه)?\s+(?:لي|إلي|لنا)|"
           r"أهدت?ني|أهدتني|أهدوني|أهدا(?:ني|نا)|تلقيت|تلقّيت|استلمت|حصلت\s+على|"
           r"(?:هدية|بإهداء|إهداء|مقدم(?:ة)?|مهدا(?:ة)?|مهداة|بلطف|بكرم)(?:\s+كريم(?:ة)?)?)(?![\u0621-\u064a])")
_AR_SENT = r"(?:أرسلت?|أرسلوا|أهدت?|قدمت?|بعثت?)(?:ها|ه)?\s+(?:لي|إلي|إليّ|لنا|إلينا)(?![\u0621-\u064a])"
_AR = re.compile(rf"{_AR_GOT}[^.!?؟]{{0,60}}?(?<![\u0621-\u064a])(?:من|عن\s+طريق)\s+{_AR_HOUSE}|"
                 # the house the subject of the sending, after the verb or before it ("أرسلت لي دار النشر نسخة")
                 rf"(?<![\u0621-\u064a])(?:و|ف)?{_AR_SENT}\s+{_AR_HOUSE}|(?<![\u0621-\u064a]){_AR_HOUSE}(?:\s+[\u0621-\u064a]+)?\s+{_AR_SENT}")
_AR_NOT = re.compile(r"(?<![\u0621-\u064a])(?:صورة|صور|غلاف|الغلاف|رسوم|بإذن|لم|لا|ليس|ليست|صدرت?|صدور)(?![\u0621-\u064a])")


_CLAUSE_END = re.compile(r"[.!?,;:؛،؟]")
# (a Hebrew letter, an Arabic one: one scan of the note, not a Python test of each character)
_HEBREW_LETTER, _ARABIC_LETTER = re.compile("[\u05d0-\u05ea]"), re.compile("[\u0621-\u064a]")


def _clause(text: str, match: re.Match) -> str:
    """The clause the match stands in: from the last clause mark before it to its end (a negation or a picture's credit
    in another clause, "… but it did not sway my opinion", is about something else)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
    return text[start:match.end()]


def courtesy_gift(text: str) -> bool:
    """Whether the note says the writer got the book or copy from its publisher, in Hebrew, Yiddish or Arabic."""
    plain = _POINTS.sub("", text)
    if _HEBREW_LETTER.search(plain):
        hebrew = _HE.search(plain)
        if hebrew and not _HE_NOT.search(_clause(plain, hebrew)):
            return True
        return bool(_YI_HOUSE.search(plain) and _YI_GOT.search(plain) and _YI_ME.search(plain))
    arabic = _AR.search(plain) if _ARABIC_LETTER.search(plain) else None
    return bool(arabic) and not _AR_NOT.search(_clause(plain, arabic))
