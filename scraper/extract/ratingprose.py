"""A rating said in a sentence of the review's last lines, not set apart on a line of its own: a first-person
sentence ("All told, I give it 4 out of 5 stars.", "Ставлю твёрдую четвёрку") or, with no such sentence, a short
closing clause that is only the score ("The middle drags, so four stars.", hu "…, ezért „csak” négy és fél csillag.";
zh, ja: a clause of its own between full-width commas, "总之，五星，推荐给…").
scraper.extract.rating asks for it last, when no line, image, widget or title gave the rating.
"""

from __future__ import annotations

import re
import unicodedata

from . import medium
from .casefold import plain_forms
from .rating import DATED, Rating, as_written, Found, plain_line, scan
from .ratingdeserve import deserve_cues
from .ratingglyphs import given_mark
from .ratingshapes import counts_things
from .ratingpoints import article_mark, die_mark, given_points
from .ratinglooks import may_score
from .ratingwords import PROSE_CUES, CJK_SUM, JA_SUM, NUMBER_WORDS, SCRIPT_CUES

_PROSE_CUE = re.compile(f"{PROSE_CUES}|{SCRIPT_CUES}", re.IGNORECASE)  # "I'd give it", "for me", "ich gebe"; zh "我给", bn "দেব" …
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？۔।])")
# the closing clause: after a comma, semicolon or dash, at most two words before the score ("so", "ezért „csak”", "also
# nur"); not after a colon, a label's ("Film: three stars out of five" scores what the label names)
# (or a short sentence of its own, the score after at most two words: bn "আমার হিসেবে দশে আট।", by my count, eight in ten;
# the last sentence of the review's last line only: prose_rating)
_CLAUSE = re.compile(r"[,;–—]\s*(?P<lead>(?:[^\s,;:–—]+\s+){0,2})$")
_SHORT_SENTENCE = re.compile(r"^\s*(?P<lead>(?:[^\s,;:–—]+\s+){1,2})$")
_QUOTES = "\"'“”„«»‚‘’"
# zh, ja: a clause that is only the score, set apart by full-width commas ("总之，五星，推荐给…", "結論、星4つ。"); not a score
# inside a longer clause ("酒店是五星，", "天上只有三颗星，") nor one run on ("五星红旗"), nor after a colon (a label's)
_CJK_SCORE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# (or after a word that sums up opening the clause, "總體來說四顆半星。", "総じて星四つ。"; and with the sentence's copula or
# particle after it, ja "星四つです。", zh "四星吧。")
_CJK_BEFORE = re.compile(rf"(?:^|[，、；,;])\s*(?:(?:{CJK_SUM}|{JA_SUM})\s*[，、,]?\s*)?$")
_CJK_AFTER = re.compile(r"\s*(?:です|でした|だ|である|吧)?\s*(?:[，、；。！…,;!]|$)")


# a score shared by several things, said in the clause's few words before it: "Both, five stars.", tr "İkisine de beş yıldız."
# (to both of them), de "Beide vier Sterne", ru "Обеим пять звёзд": a forum reply's or a round-up's, rating more than one book
_SHARED = re.compile(r"(?<!\w)(?:both|each|all\s+(?:two|three|four)|beide[n]?|jeweils|les\s+deux|chacun[e]?|ambos|ambas|los\s+dos|las\s+dos|"
                     r"entramb[ie]|tutt[ie]\s+e\s+due|os\s+dois|as\s+duas|allebei|båda|bägge|begge|ikisin\w*|ikisi|hepsin\w*|hepsi|her\s+ikisi\w*|"
                     r"оба|обе|обеим|обоим|обидв\w*|обом|obie|oba|obu|obydw\w*|obě|obe|obom|oběma|obje|objema|obama|keduanya|masing-masing|zote\s+mbili)(?!\w)",
                     re.IGNORECASE)


def _closing_clause(sentence: str, found: list[Found], last_sentence: bool = False) -> Rating | None:
    """The score that closes the sentence as a clause of its own: "…, so four stars.", not "…, with 4.2 stars on
    Goodreads" (more after it) nor "…, which gave it three stars." (more than two words before it)."""
    last = found[-1] if found else None
    if len(found) == 1 and _CJK_SCORE.search(last.rating.raw) and _CJK_BEFORE.search(sentence[:last.start]) \
            and _CJK_AFTER.match(sentence[last.end:]):
        return None if medium.verdict_for_other([sentence]) else last.rating
    if last is None or sentence[last.end:].strip(f" .!…)।۔։።{_QUOTES}") or not any(c.isalpha() for c in last.rating.raw):
        return None  # (a worded score, "four stars", "4 out of 5": a glyph run or a bare fraction closing a line is rank 4's)
    before = sentence[:last.start].rstrip(f" {_QUOTES}") + " "
    clause = _CLAUSE.search(before) or (_SHORT_SENTENCE.match(before) if last_sentence else None)
    if not clause or not all(c.isalpha() or c in _QUOTES or unicodedata.category(c)[0] == "M" for c in clause.group("lead").replace(" ", "")) \
            or _SHARED.search(clause.group("lead")):
        return None
    return None if medium.verdict_for_other([sentence]) else last.rating  # ("The film, though, only three stars.")


def _opening_clause(sentence: str, found: list[Found]) -> Rating | None:
    """The score that opens the sentence as a clause of its own, the rest after a comma (not a colon: "Drei Sterne: die Verfilmung" is a label's): "A solid four stars,
    and a gift for …", de "Knappe vier Sterne, und …"; at most two words before it (no verb: "Goodreads gives it four
    stars, …" is someone's), a worded score (a bare "4/5" opening a line is rank 2's), the one score of the sentence."""
    first = found[0] if len(found) == 1 else None  # (zh, ja: words unspaced, the clause between commas is _closing_clause's)
    if first is None or _CJK_SCORE.search(sentence[:first.end]) or not any(c.isalpha() for c in first.rating.raw) or not re.match(r"\s*[,;–—]", sentence[first.end:]):
        return None
    lead = sentence[:first.start].strip(f" {_QUOTES}")
    if len(lead.split()) > 2 or not all(c.isalpha() for c in lead.replace(" ", "")):
        return None
    return None if medium.verdict_for_other([sentence]) else first.rating


def prose_rating(lines: list[str]) -> Rating | None:
    """A first-person sentence near the end giving a score; with none, the one score that closes a sentence as a short
    clause of its own."""
    closing: list[Rating] = []
    scored = [line for line in lines[-12:] if may_score(line) or given_points(line) or die_mark(line)]
    for line in reversed(scored):
        # the cue and the score in one sentence: "Film: 3.5/5. The novel remains a five for me." rates a film
        written = plain_line(line)
        plain = plain_forms(written)
        sentences = [s for s in _SENTENCE_END.split(plain) if s.strip()]
        for sentence in reversed(sentences):
            # (not a date; not "पाँच में से दो कहानियाँ अच्छी हैं", two of five stories)
            found = [f for f in scan(sentence) if f and not DATED.search(sentence[:f.start])
                     and not counts_things(sentence, f.start, f.end)] if len(sentence) < 300 else []
            found += [Found(Rating(*mark[:2]), *mark[2:])] if (mark := given_mark(sentence)) else []  # ru/uk "Ставлю твёрдую четвёрку"
            found += [Found(Rating(*mark[:2]), *mark[2:])] if not found and (mark := die_mark(sentence)) else []  # nb "Jeg gir den terningkast fem"
            # "le pongo un 8", "ik geef het een 8": a bare mark after an article, its cue right before it
            found += [Found(Rating(*mark[:2]), *mark[2:])] if not found and (mark := article_mark(sentence)) \
                and _PROSE_CUE.search(sentence, max(0, mark[2] - 30), mark[2]) else []
            if (points := given_points(sentence)) is not None:  # zh "我自己給八十五分", ja "85点をつけます": the giving is its cue
                return as_written(Rating(*points[:2]), plain, written)
            # of several scores, the one nearest its cue: "Goodreads says 4.2/5, but I'd give it 3/5", "…4.2だが、星をつけるなら5つ星のうち3つ"
            # (but the score a cue introduces in its own clause first: "My husband would give it 2/5, but for me it is a 4/5")
            near = (_introduced(sentence, found, cues) or min(found, key=lambda f: min(max(c.start() - f.end, f.start - c.end(), 0) for c in cues))) \
                if found and (cues := [c for c in _PROSE_CUE.finditer(sentence) if not _someone_elses(sentence, c)] or deserve_cues(sentence, [f.start for f in found])) else None  # (or "si zasluži štiri od petih": ratingdeserve)
            if near and medium.verdict_for_other([sentence]):
                continue  # "Die Verfilmung bekommt von mir drei Sterne", hi "फ़िल्म को मेरी ओर से …": the film's score, not the book's
            if near and (own := _elided(sentence, near, cues)):  # "Goodreads: 4,3 Sterne, von mir gibt es drei."
                return as_written(own, plain, written)
            if near and not re.match(r"-\w", sentence[near.end:]):  # "a two-star review" describes, it does not rate
                return as_written(near.rating, plain, written)
            last = line is lines[-1] and sentence is sentences[-1]  # (the review's closing sentence)
            if (closed := _closing_clause(sentence, found, last) or _opening_clause(sentence, found)) is not None:
                closing.append(as_written(closed, plain, written))
    return closing[0] if len({r.value for r in closing}) == 1 else None


def _introduced(sentence: str, found: list[Found], cues: list) -> Found | None:
    """Of two scores or more, the first that follows a cue in the cue's own clause (no comma, semicolon, colon or dash
    between them but the cue's own comma: "for me, 3/5"); None when no cue introduces one."""
    if len(found) < 2:
        return None
    return next((f for c in cues for f in found if f.start >= c.end() and not re.search(r"[,;:–—]", sentence[c.end():f.start].lstrip(" ,:"))), None)


# vi: "cho"/"chấm" (give, mark) with its subject dropped ("nên cho 4 sao") or after "mình"/"tôi" is the reviewer's giving,
# unless someone else gives it: a person before the pronoun makes it a possessive ("Bạn tôi cho 5 sao", my friend gives),
# a person or people before the dropped subject's verb in its clause ("Nhiều người cho 4,5 sao", "bạn khác thì cho …")
_VI_PRONOUN_GIVE = re.compile(r"(?:mình|tôi|tớ|em)\s+(?:cho|chấm)", re.IGNORECASE)
_VI_PERSON = r"bạn|người|anh|chị|cô|chú|bác|ông|bà|mẹ|bố|má|cha|vợ|chồng|con|cháu|sếp|em|nhóm|lớp"
_VI_POSSESSOR = re.compile(rf"(?:^|\W)(?:{_VI_PERSON})\s+$", re.IGNORECASE)
_VI_OTHERS = re.compile(rf"(?<!\w)(?:{_VI_PERSON}|họ|ai|nhiều|mọi|độc\s+giả|nhà\s+phê\s+bình)(?!\w)", re.IGNORECASE)


def _someone_elses(sentence: str, cue: re.Match) -> bool:
    """Whether a vi giving cue ("cho", "tôi cho") has someone else as its subject."""
    said = cue.group(0)
    if _VI_PRONOUN_GIVE.fullmatch(said):
        return bool(_VI_POSSESSOR.search(sentence, 0, cue.start()))
    if said.lower() in ("cho", "chấm"):
        return bool(_VI_OTHERS.search(re.split(r"[,;:.!?…]", sentence[:cue.start()])[-1]))
    return False


# a bare number closing the sentence a few words after a cue that follows the sentence's scores: the reviewer's own
# score on the scale of the score said before it, its unit left out ("Goodreads has it at 4.3 stars; I'd give it three.",
# de "Auf Goodreads hat es 4,3 Sterne, von mir gibt es drei.")
_BARE_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?P<num>\d{1,2}(?:[.,]5)?|[^\W\d_]+)\s*[.!…]?\s*$")


def _elided(sentence: str, near: Found, cues: list) -> Rating | None:
    """The reviewer's score left bare after the cue, when the score nearest the cue comes before it (someone else's)."""
    cue = cues[-1]
    if cue.start() < near.end or not (bare := _BARE_AFTER.match(sentence, cue.end())):
        return None
    token = bare.group("num").lower().replace(",", ".")
    num = float(token) if token[0].isdigit() else NUMBER_WORDS.get(token)
    said = re.search(r"\d+(?:[.,]\d+)?", plain_forms(near.rating.raw))
    scale = round(float(said.group(0).replace(",", ".")) / near.rating.value) if said and near.rating.value else None
    if not num or scale not in (5, 10, 20, 100) or num > scale:
        return None
    return Rating(bare.group("num"), round(num / scale, 3))


# a credit line opening with "by" and a name, then a separator ("By bookworm_44 · Rating: 5 of 5", "Von Leser42 | Wertung: 5/5")
_BYLINE = re.compile(r"^[\s*_]*(?:by|par|von|por|di|door|av|af|от|від|przez)\s+\S+(?:\s+\S+)?\s*[·•|–—,]", re.IGNORECASE)


def readers_byline(text: str, lines: list[str]) -> bool:
    """Whether `text`, a block the cleaning removed, is another writer's credit line with a score ("By bookworm_44 ·
    Rating: 5 of 5") while the review's own `lines` give a first-person score: a reader's box under the review."""
    return bool(_BYLINE.match(plain_line(text))) and prose_rating(lines) is not None
