"""A short post's statement, in its writer's own voice, that the writer has read the book: a mark of one work read.

A capsule review of 80 to 150 words often has no rating, no "the novel" said twice and no recommending verb, yet its
writer says what a reviewer says and an announcer cannot: that they have read it, and how it read ("I finished it on
the train", "the best story I've read in years", "lugesin ühe õhtuga", "من أجمل ما قرأت", "je l'ai lu d'une traite").
A cover reveal, a blog-tour stop, a publisher's notice or a news item speaks of reading to come ("I can't wait to
read", "I'm excited to read", "ich freue mich darauf, es zu lesen") or of the book in the third person; a list post
says it too, but classify has sent lists away before a short post's marks are asked for.

So the verb of reading (or finishing a book) in the first person singular and in a past or perfect tense, in some
twenty languages: en (also written in lower case, as microblogs write: "i've read"), de, nl, sv, da/nb, fr, es, it,
pt, pl, cs/sk, ru, uk, tr, fi, et, hu, id/ms, sw, si, ar, fa, he, ja, zh, ko. Future, wish and question forms are not
read ("I will read", "I want to read", "have you read?": a line ending in a question mark is skipped), nor a line in
quotation marks, a blockquote, a list's item
(a reply's) or a table's row (another's words: a blurb's "the best book I have read this year" in its quotes).

reads() is asked by shortverdict.verdict_marks, which counts it among the reviewer's own marks (reviewed.voiced_marks
still asks for two marks of one work, one in that voice), and by shortverdict.floor: a post that states its reading
and whose book was read from its headline or a box of record (not only in passing, in its text) is weighed from 60
English words' worth, as a capsule under its one score line is: a short verdict says all in a few lines.
"""

from __future__ import annotations

import re

READS = "says in the first person that it read the book"

# Past or perfect first person singular of reading or finishing: the pronoun where the language needs one, the
# verb's own ending where it carries the person (et "lugesin", fi "luin", tr "okudum", pl "przeczytałam",
# sw "nilisoma").
_READ = re.compile(
    # en: "I've read", "I have (just|finally) read/finished", "I read it/this in", "I finished it", "finished this"
    r"(?<!\w)(?:i(?:['’]ve|\s+have)\s+(?:(?:just|finally|now|already|recently|also|actually|only|ever)\s+)?"
    r"(?:read|finished|devoured|reread)|"
    r"i\s+(?:\w+ly\s+)?(?:finished|devoured|reread)|"
    r"i\s+read\s+(?:it|this|the\s+book|the\s+novel)\s+(?:in|on|over|during|last)|"
    r"(?:^|[.!]\s+)(?:just\s+)?finished\s+(?:this|it|reading)|"
    r"the\s+\w+est\s+(?:\w+\s+){0,3}i(?:['’]ve|\s+have)\s+(?:ever\s+)?read)"
    r"(?!\w)|"
    # de, nl, sv, da/nb: "ich habe … gelesen", "ik heb … gelezen", "jag har läst", "jeg har læst/lest"
    r"(?<!\w)(?:ich\s+habe|hab\s+ich|habe\s+ich)\s+(?:\S+\s+){0,7}?(?:gelesen|ausgelesen|verschlungen)(?!\w)|"
    r"(?<!\w)(?:ik\s+heb|heb\s+ik)\s+(?:\S+\s+){0,7}?(?:gelezen|uitgelezen)(?!\w)|"
    r"(?<!\w)(?:jag\s+har|jeg\s+har|har\s+jag|har\s+jeg)\s+(?:\S+\s+){0,4}?(?:läst|lest|læst)(?!\w)|"
    r"(?<!\w)jag\s+läste(?!\w)|"
    # fr, es, it, pt: "je l'ai lu", "j'ai lu", "lo leí", "he leído", "l'ho letto", "ho letto", "li-o", "eu li"
    r"(?<!\w)(?:je\s+l['’]ai|j['’]ai)\s+(?:\w+\s+)?(?:lu|dévoré|relu|fini)(?!\w)|"
    r"(?<!\w)(?:leí|terminé|devoré|he\s+leído|lo\s+he\s+leído|la\s+he\s+leído|ho\s+letto|l['’]ho\s+(?:\w+\s+)?letto|"
    r"ho\s+finito\s+di\s+leggere|eu\s+li|li\s+(?:o|este|esse)\s+livro|terminei\s+de\s+ler|acabei\s+de\s+ler)(?!\w)|"
    # pl, cs/sk, ru, uk: the past tense's first person (its gendered endings)
    r"(?<!\w)(?:przeczytał(?:am|em)|czytał(?:am|em)|přečetl(?:a)?\s+jsem|prečítal(?:a)?\s+som|"
    r"я\s+(?:\w+\s+)?(?:прочитал|дочитал|прочитав|дочитав)(?:а)?)(?!\w)|"
    # tr, fi, et, hu, id/ms, sw: the verb's own ending (tr "okudum", fi "luin", et "lugesin", hu "olvastam")
    r"(?<!\w)(?:okudum|bitirdim|luin|luettuani|lugesin|lõpetasin|olvastam|elolvastam|"
    r"saya\s+(?:sudah\s+|telah\s+)?membaca|"
    # (sw: "ni-" I, "-li-"/"-me-" past/perfect, "-po-" when, an object's mark: "nilipoisoma", when I read it)
    r"ni(?:li|me)(?:po)?(?:i|ki|vi|zi|u|ya|li|wa|m)?soma|ni(?:li|me)maliza\s+kusoma)(?!\w)|"
    # si: "මා/මම … කියෙව්වේ/කියෙව්වා" (I … read)
    r"(?<!\S)(?:මා|මම)\s+(?:\S+\s+){0,3}?කියෙව්ව|"
    # ar, fa, he: "what I have read" (the superlative's frame), "I finished reading"; fa "خواندم"; he "קראתי"
    r"(?:أجمل|أفضل|أروع|أمتع|أهم|أعمق)\s+ما\s+قرأت(?:ه)?(?!\w)|انتهيت\s+من\s+قراءة|"
    r"(?<!\w)خواندم(?!\w)|(?<!\w)קראתי(?!\w)|"
    # ja, zh, ko: "読みました", "読了", "我读了", "我讀完", "읽었다", "읽었습니다"
    r"読みました|読み終え|読了|我(?:已经|已經)?(?:读|讀|看)(?:了|完)|읽었(?:다|습니다|어요)",
    re.I,
)
# a piece every branch holds (folded to lower case): a line is searched only when one is there
_STEMS = ("read", "finish", "devour", "geles", "gelez", "läs", "lest", "læst", "lu", "dévor", "fini", "leí", "leído",
          "termin", "devor", "lett", "li", "acabei", "czyta", "přečet", "prečít", "читал", "читав", "okudum",
          "bitirdim",
          "luin", "luettu", "lugesin", "lõpetasin", "olvas", "membaca", "soma", "කියෙව්ව", "قرأت", "قراءة",
          "خواندم", "קראתי", "読", "读", "讀", "看", "읽었")
_QUOTES = re.compile(r"[“”„«»\"「」『』]")
# a negation just before the statement or inside it: "I have not read it", "ich habe es nicht gelesen", "לא קראתי"
_NEGATED = re.compile(r"(?<!\w)(?:not|never|nicht|nie|niet|nooit|inte|ikke|pas|jamais|no|non|não|nunca|не|ні|"
                      r"tidak|belum|لم|لا|לא)(?!\w)|n['’]t", re.I)


# a line that is no paragraph of the post's prose: a blockquote (another's words), a heading, a table's row (a layout
# table flattened into one cell holds a whole page: an index of scored books), a list's item (a reply's, numbered under
# the comments' heading; a list of books)
_NOT_PROSE = re.compile(r"^\s*(?:>|#|\||[-*+]\s|\d+[.)]\s)")


def reads(markdown: str) -> bool:
    """A paragraph of the post's own prose (no blockquote, heading, table row or list item; no quotation marks; no
    question) says the writer has read the book. `markdown`: the cleaned body as Markdown (classify's ev.body[1])."""
    for line in markdown.splitlines():
        low = line.lower()
        if any(stem in low for stem in _STEMS) and not _NOT_PROSE.match(line) and not _QUOTES.search(line) \
                and not line.rstrip().endswith(("?", "？", "؟")):
            for found in _READ.finditer(line):
                if not _NEGATED.search(line, max(0, found.start() - 16), found.end()):
                    return True
    return False
