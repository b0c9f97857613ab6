"""A content warning said inside a paragraph, as a sentence of its own that opens with a warning label and names hard
things ("… in the old town. Content warning: domestic abuse. The prose is …", sw "… Tahadhari: kuna ukatili wa nyumbani.
Lugha ni tamu …"): shop and reader reviews run their notes into one paragraph. The label is one of notewords.CW_WORDS
(not a bare "attention" nor a reading note, which warn only in a note set apart), a colon after it, and what it says must
name a hard thing (not "Warning: the last chapter will break you"). scraper.extract.notes asks for it last.

Also here (caution_note): a warning with no label word, told by its shape and place: in one of the review's opening
blocks, a short note whose sentence tells readers who are sensitive to something (or who cannot bear it) to take care,
and says what by a scene, a depiction or a hard thing (ja "終盤に…場面があるので苦手な方はご注意ください", en "there is a
scene of … so sensitive readers, beware"). The audience ("those who cannot bear it", "sensitive readers") and the
caution are each a few words of grammar per language (written from dictionaries, not from pages); the sentence must hold
both and a depiction: "sensitive readers will love its quiet scenes" warns of nothing, nor does a spoiler note ("ネタバレが
苦手な方はご注意を": the sentence that names spoilers is left to notespoilers).

And (opening_paragraphs): a labelled warning that is a paragraph of its own in the page but not in the Markdown, where a
shop's review box (a list item holding its title, its stars and its paragraphs) came out as one line: "Title تنبيه: …
Paragraph …". The first few paragraphs of the post body are read as blocks when one of them opens on a warning label,
and the paragraph's text must be in the clean review.
"""

from __future__ import annotations

import re

from itertools import islice
from typing import Callable

from .casefold import fold, stems
from .notegift import note_word_count
from .notewords import DEPICT, LEAD_LABEL, NOTE_MARK, names_hard_thing
from .reviewwords import REVIEW_TERMS
from .words import count_words

# a sentence's end, then the next one (any script's stop; a capital need not follow: not every script has one)
_SENTENCES = re.compile(r"(?<=[.!?।۔։።。！？])\s+")
# (the label is read only at a sentence's start after the first: a block's opening label is notes._labelled_warnings')
_MAX_WORDS = 30


def inline_warning(blocks: list[tuple[str, str]]) -> str | None:
    from .notes import CW_LABEL  # (notes reads this module: imported here)
    for kind, text in blocks:
        if kind == "heading" or ":" not in text and "：" not in text:
            continue
        for sentence in _SENTENCES.split(text)[1:]:
            match = CW_LABEL.match(sentence)
            if not match or match.group("attn") or match.group("soft") or match.group("bracket") or match.group("qualified"):
                continue
            rest = match.group("rest").strip()
            if rest and len(rest.split()) <= _MAX_WORDS and names_hard_thing(rest):
                return rest
    return None


# Thai, written without spaces: words.count_words counts its letters two to a word (as it does Chinese and Japanese),
# but a Thai word takes some five (consonants, vowel signs and tone marks), so a short note in Thai would count as a
# long one. A note's length is read as notegift reads its notes', Thai runs at five letters a word.
note_words = note_word_count


# readers who are sensitive to it or cannot bear it, as a note addresses them
_AUDIENCE = re.compile(
    r"苦手な(?:方|人|読者)|苦手だという方|敏感な方|トラウマ(?:の|が)ある方|地雷の方|"
    r"(?:敏感|介意)(?:的)?(?:读者|讀者|朋友|者)|不适者|不適者|慎入|"
    r"(?:불편|민감|힘드)(?:하신|한|하실|신)\s*분|"
    r"(?<!\w)(?:sensitive\s+(?:readers?|souls?)|(?:if|those\s+who)\s+(?:you\s+)?(?:are|find)\s+(?:\w+\s+){0,2}?(?:sensitive|triggering)|"
    r"(?:lector(?:es|as)?|personas|almas|lecteurs?|lectrices?|âmes|personnes|lettori|lettrici|animi|persone|leitor(?:es|as)?|pessoas)\s+(?:sensibles|sensibili|sensíveis)|"
    r"(?:empfindliche|sensible|zartbesaitete)\s+(?:leser\w*|gemüter|menschen)|gevoelige\s+lezers|wrażliw\w+\s+(?:czytel|osob)\w*|"
    r"(?:впечатлительн|чувствительн|вразлив)\w*\s+(?:читател|люд|чита)\w*|érzékeny\w*\s+olvasó\w*|hassas\s+okur\w*|"
    # ro, cs/sk, hr/bs/sr, sl, sv, da/no, fi, et, lv, lt, el, id/ms, vi: sensitive readers (souls), whoever is sensitive
    r"(?:cine|cei|cele|celor)\s+(?:care\s+)?(?:e|este|sunt|s[îi]nt|sînte[țţ]i|sunte[țţ]i)\s+(?:mai\s+)?sensibil\w*|(?:cititor|persoan|suflet)\w*\s+(?:mai\s+)?sensibil\w*|"
    r"citliv\w*\s+(?:čtenář|čitateľ|duš|povah)\w*|osj?etljiv\w*\s+(?:čitatelj|čitaoc|čitalac|duš|osob)\w*|občutljiv\w*\s+(?:bralc|bralk|duš)\w*|"
    r"känsliga\s+(?:läsare|själar|personer)|(?:sensitive|følsomme)\s+(?:læsere|lesere|sjæle|sjeler)|herk\w*\s+lukij\w*|tundlik\w*\s+lugeja\w*|"
    r"jūtīg\w*\s+lasītāj\w*|jautr\w*\s+skaityto\w*|ευαίσθητ\w*\s+(?:αναγνώστ|ψυχ)\w*|pembaca\s+yang\s+(?:sensitif|peka)|(?:người|bạn)\s+đọc\s+nhạy\s+cảm)",
    re.I,
)
# the caution they are given
_CAUTION = re.compile(
    r"注意|留意|気をつけ|気を付け|避け|ブラウザバック|自己責任|小心|谨慎|謹慎|慎|주의|조심|유의|"
    # (or told they may skip those pages: zh, ja, ko, and en, es, fr, de, it, pt below)
    r"跳读|跳讀|跳过|跳過|略过|略過|跳着读|跳著讀|読み飛ば|飛ばして|건너뛰|넘기셔|"
    r"(?<!\w)(?:caution|careful|beware|warned|take\s+care|discretion|skip|avoid|salt(?:ar|e|ate|en|are|ino)|sauter|sautez|überspring|überblätter|pul(?:ar|e|em)(?!\w)|cuidado|precauci|advertid|abst[ée]n|evit|prudence|"
    r"prudent|attention|avertis|vorsicht|gewarnt|aufpass|meiden|attenzione|cautela|avvisat|evita|avisad|opgepast|voorzichtig|"
    r"gewaarschuwd|ostrożn|uwag|ostrzeg|осторожн|предупрежд|внимани|обережн|óvatos|vigyáz|figyel|dikkat|"
    # ro, cs/sk, hr/bs/sr/sl, sv/da/no, fi, et, lv, lt, el, id/ms, vi
    r"aten[țţt]ie|avertiz|avertisment|grij[ăa]|precau[țţt]i|pozor|opatrn|varov|varuj|oprez|upozor|pažnj|previdn|opozor|"
    r"varning|varnad|försiktig|advar|forsigtig|pas\s+på|se\s+upp|varoi|varovai|ettevaat|hoiata|uzmanī|brīdin|atsarg|įspė|dėmesio|"
    r"προσοχ|προσέξ|προειδοπ|hati-hati|berhati|peringatan|waspada|cẩn\s+thận|lưu\s+ý|cảnh\s+báo)",
    re.I,
)
_AUDIENCE_STEMS = stems(_AUDIENCE.pattern, re.I)
_SPOILER = re.compile(r"ネタバレ|剧透|劇透|雷(?!者)|스포|spoil|divulg", re.I)
_NOTE_SENTENCES = re.compile(r"(?<=[.!?。！？])\s*")
_OPENING, _NOTE_WORDS = 4, 40


def caution_note(blocks: list[tuple[str, str]]) -> str | None:
    """The sentence of an opening note that cautions sensitive readers about a scene or a hard thing, or None."""
    for kind, text in blocks[:_OPENING]:
        if kind == "heading" or not any(map(fold(text).__contains__, _AUDIENCE_STEMS)) or note_words(text) > _NOTE_WORDS:
            continue
        sentences = [s for s in _NOTE_SENTENCES.split(text) if s.strip()]
        for n, sentence in enumerate(sentences):
            if not (_AUDIENCE.search(sentence) and _CAUTION.search(sentence)) or _SPOILER.search(sentence):
                continue
            # (what they are warned of: in the same sentence, or said just before it and not a spoiler: "… の描写が
            # あります。苦手な方は気をつけて。")
            said = [sentence] + ([sentences[n - 1]] if n and not _SPOILER.search(sentences[n - 1]) else [])
            if any(DEPICT.search(part) or names_hard_thing(part) for part in said):
                note = " ".join(part.strip() for part in reversed(said))
                return LEAD_LABEL.sub("", NOTE_MARK.sub("", note, 1), 1).strip() if ":" in note[:12] or "：" in note[:12] \
                    else NOTE_MARK.sub("", note, 1).strip()
    return None


_GLUED_OPENING = re.compile(r"^\s*(?:[-*+]|\d+[.)]|\|)", re.M)


def opening_paragraphs(root, markdown: str, blocks: list[tuple[str, str]], clean: Callable[[], str],
                       labelled: Callable[[list[tuple[str, str]]], str | None]) -> str | None:
    """A warning read by notes' `labelled` rules from one of the first paragraphs (<p>) of the post body `root` that is
    no block of the Markdown (`blocks`: one the rules read already), when its text opens on a label (CW_WORDS and a
    colon) and is in the clean review (`clean`, squashed and casefolded). Only when the Markdown opens on a list item or
    a table row (where a box's paragraphs come out as one line)."""
    if root is None or not _GLUED_OPENING.search(markdown, 0, 300):
        return None
    from .notes import CW_LABEL  # (notes reads this module: imported here)
    read = {text for _, text in blocks[:_OPENING + 2]}
    texts = [" ".join(p.text_content().split()) for p in islice(root.iter("p"), _OPENING)]
    found = [("text", text) for text in texts if text and text not in read and CW_LABEL.match(text) and text.casefold() in clean()]
    return labelled(found) if found else None


# --- a bare "attention" label over a list of hard things, and a note set apart under a label of a few words ----------

_FIRST_SENTENCE = re.compile(r"[.!?。！？](?:\s|$)")
_ITEMS = re.compile(r"\s*[,;、，；،/]\s*")
_ITEM_WORDS = 4


def hard_list(rest: str) -> bool:
    """What a bare "attention" label opens (notes._labelled_warnings: "Uwaga:", "Achtung:", "Figyelem:") is a warning's
    list when its first sentence is a list of short items (a few words each, between commas or semicolons), two or more
    of which name a hard thing: "Uwaga: przemoc wobec dziecka, znęcanie się w rodzinie." A remark after the label is a
    sentence, not such a list ("Uwaga: śmierć, jak zawsze u niego, przychodzi nagle" names one hard thing)."""
    first = _FIRST_SENTENCE.split(rest, 1)[0]
    items = [item for item in _ITEMS.split(first) if item.strip()]
    if len(items) < 2 or any(count_words(item) > _ITEM_WORDS for item in items):
        return False
    return sum(1 for item in items if names_hard_thing(item)) >= 2


# a whole line in italics or in brackets (Markdown), and a label of one to five words and a colon opening its text
_SET_APART = re.compile(r"^(?:[*_](?![*_\s]).*[^*_\s\\][*_]|[(\[（［].*[)\]）］])$", re.S)
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)")
_NOTE_LABEL = re.compile(r"^[\W_]*[^\W\d_][\w\u0900-\u0dff]*(?:[\s-]+[\w\u0900-\u0dff]+){0,4}\s*[:：]\s*")
_NOTE_WORDS = 50


def labelled_note(markdown: str) -> str | None:
    """A note set apart (a whole line in italics or in brackets) among the review's first two lines, opening with a
    label of a few words and a colon in any language, whose text names a depiction and a hard thing: "*Nota para quem
    lê: o romance descreve torturas.*", el "*Σημείωση για τον αναγνώστη: το βιβλίο περιγράφει …*". The text after its
    label. (notes.warning_note reads such a note only after a mark or a label it knows: "※", "Note:", "Hinweis:".)"""
    lines = [line.strip() for line in (markdown or "").splitlines() if line.strip() and not line.lstrip().startswith("#")][:2]
    for line in lines:
        if not _SET_APART.match(line) or count_words(line) > _NOTE_WORDS:
            continue
        plain = " ".join(_EMPHASIS.sub("", line).strip("()[]（）［］ ").split())
        label = _NOTE_LABEL.match(plain)
        # (a label that calls the line the review, "*Recenzja: powieść opisuje śmierć ojca*", heads its standfirst, a summary)
        rest = plain[label.end():] if label and not REVIEW_TERMS.search(label.group(0)) else ""
        if rest and DEPICT.search(rest) and names_hard_thing(rest) and not _SPOILER.search(plain):
            return rest.strip()
    return None


# --- the subject line of a federated post, which is its content-warning field ---------------------------------------

_SUBJECT_PARTS = re.compile(r"(?:^|(?<=[,;·|/—–]))\s*")


def subject_warning(subject: str) -> str | None:
    """What the subject line of a federated network's post warns of (notes._subject: the <summary> its text is folded
    under, the platform's content-warning field), when writers fill it with a topic as well: a warning label anywhere
    after a comma, a semicolon or a bar ("book review, cw: grief, a drowning"), or, with no label, a list naming two hard
    things or more ("review; domestic violence, abuse"). A topic alone ("book review", "long post, spoilers") is no
    warning. The words after the label, or the subject as written."""
    from .notes import CW_LABEL  # (notes reads this module: imported here)
    for part in _SUBJECT_PARTS.finditer(subject):
        match = CW_LABEL.match(subject[part.end():])
        rest = match.group("rest").strip() if match else ""
        if rest and (names_hard_thing(rest) or not (match.group("attn") or match.group("soft") or match.group("bracket"))):
            return rest
    return subject if hard_list(subject) else None


# --- a plot's label over the first block is no note's ----------------------------------------------------------------

# the labels of a plot summary or a blurb (notes._marked_warning reads any label of a word or two over a short opening
# block as a note's): "Plot: the novel depicts a war" sums the story up, it warns no one. en, es/pt/gl/ca, fr, it, de, nl,
# sr/hr/bs (both scripts), mk, bg, sl, ru/uk, pl, cs/sk, he, ar (dictionary words)
_PLOT_LABEL = re.compile(
    r"^[\W_]*(?:plot|synopsis|summary|premise|blurb|the\s+story|sinopsis|sinopse|argumento|resumen|resumo|trama|resum|argument|"
    r"r[ée]sum[ée]|intrigue|handlung|inhalt|klappentext|zusammenfassung|sinossi|riassunto|samenvatting|het\s+verhaal|"
    r"radnja|sadržaj|kratak\s+sadržaj|fabula|vsebina|povzetek|zgodba|радња|садржај|кратак\s+садржај|фабула|синопсис|"
    r"содржина|сиже|сюжет|резюме|съдържание|анотация|содержание|аннотация|зміст|анотація|fabuła|streszczenie|děj|obsah|"
    r"anotace|dej|עלילה|העלילה|תקציר|الحبكة|ملخص|القصة)\s*[:：]", re.I)


def plot_label(text: str) -> bool:
    """Whether the block opens with a plot summary's label ("Synopsis:", "Радња:", "Handlung:"), not a note's."""
    return bool(_PLOT_LABEL.match(text))
