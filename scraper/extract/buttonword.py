"""A closing line that names one of the page's own buttons as a button: "use the <Support> button below to buy me a
tea", "нажмите кнопку «Поддержать»", "از دکمه‌ی حمایت مالی پایین صفحه …". The button's label (one of the post's
action controls, ``pleas._control_labels``) stands in the line with words on both sides, and the line calls it a
button in its language: it speaks of the page's interface, not of the book. ``pleas.closing_plea`` takes it as a
line naming a control, as it does for a line closed by a pictograph. A review's "the heroine presses the red button"
names no button of the page, nor does "the Share button on her phone" with no place on the page and no ask (``on_page``).
"""

from __future__ import annotations

import re

from .casefold import guarded
from .supportlabel import inside

# the word "button" (en fr es pt it de nl sv/no/da pl cs sk hu ru/uk/be bg tr ro id vi he ar fa hi bn ja zh ko th)
BUTTON = guarded(re.compile(
    r"(?<!\w)(?:buttons?|bouton\w*|bot[óo]n\w*|bot[ãa]o|bot[õo]es|pulsante|tast[eo]|knopf\w*|knöpf\w*|knop\w*|knapp\w*|"
    r"przycisk\w*|tlačítk\w*|tlačidl\w*|gomb\w*|кнопк\w*|кнопц\w*|копче\w*|бутон\w*|düğme\w*|buton\w*|tombol|nút|"
    r"כפתור\w*|زر|زرّ|دکمه\w*|बटन|বোতাম)(?!\w)|ボタン|按钮|按鈕|버튼|ปุ่ม", re.I))


def names_button(text: str, labels: set[str]) -> bool:
    """The line calls one of the page's button labels a button: the label in it, words on both sides, and the word
    "button" beside the label (two words at most between: "the <Keep it going> button", "دکمه‌ی <حمایت مالی>"), not
    elsewhere in the line ("… is available from Knopf", a publisher, beside a label "Held")."""
    folded = text.casefold()
    buttons = [(m.start(), m.end()) for m in BUTTON.finditer(folded)] if BUTTON.search(text) else []
    for label in labels:
        label = label.casefold()
        if not buttons or not inside(label, folded):
            continue
        at = folded.find(label)
        while at >= 0:
            end = at + len(label)
            if any(end <= start and _near(folded[end:start]) or stop <= at and _near(folded[stop:at])
                   for start, stop in buttons):
                return True
            at = folded.find(label, at + 1)
    return False


def _near(between: str) -> bool:
    """Two words at most between the label and the word "button"."""
    return len(between) <= 30 and len(between.split()) <= 2


# the page's own place for its button: below, under the post, at its foot (tipask.POINTER's words of place, and "under
# the post"); the line that names a button there speaks of the page
_UNDER_POST = re.compile(r"\b(?:under|beneath|after|at\s+the\s+(?:end|foot)\s+of)\s+(?:the|this|each|every)\s+"
                         r"(?:post|article|review|page|entry)\b", re.I)


def on_page(text: str) -> bool:
    """The line puts a button in its place on the page: "below", "under the post", "внизу", "پایین" (tipask.POINTER's
    words of place, its button words aside). A line that names a button of the page (``names_button``) speaks of the
    page when it places the button so or asks the reader to give or act (``pleas`` reads the ask); with neither, the
    button is the story's: "the Share button on her phone is what finally undoes her" (rev-bpworld)."""
    from .tipask import POINTER  # (late: tipask is read by the modules pleas reads)
    return _UNDER_POST.search(text) is not None or "پایین" in text \
        or any(not BUTTON.fullmatch(found.group()) for found in POINTER.finditer(text))
