"""A closing line that names one of the page's own buttons as a button: "use the <Support> button below to buy me a
tea", "нажмите кнопку «Поддержать»", "از دکمه‌ی حمایت مالی پایین صفحه …". The button's label (one of the post's
action controls, ``pleas._control_labels``) stands in the line with words on both sides, and the line calls it a
button in its language: it speaks of the page's interface, not of the book. ``pleas.closing_plea`` takes it as a
line naming a control, as it does for a line closed by a pictograph. A review's "the heroine presses the red button"
names no button of the page.
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
    """The line calls something a button and names one of the page's button labels in it, words on both sides."""
    if not BUTTON.search(text):
        return False
    folded = text.casefold()
    return any(inside(label.casefold(), folded) for label in labels)
