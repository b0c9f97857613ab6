"""A relative date as platforms print it beside a member's name, the whole of a short element: "3 weeks ago", "il y a
2 jours", "hace 3 días", "vor 2 Tagen", "3 giorni fa", "3 dni temu", "3 gün önce", "منذ 3 أيام", "לפני 3 ימים",
"3 दिन पहले", "3日前", "3天前", "3일 전" (read by chrome.meta_row: a name and when, each in an element of its own).

The shape, in each language: a number (or an article, "a", "un", "ein…") and one word for the span of time, with the
language's word for "ago" before it (fr "il y a", es "hace", ar "منذ", he "לפני", cs "před", ro "acum" …) or after it
(en "ago", it "fa", pl "temu", tr "önce", nl "geleden", fi "sitten", hi "पहले" …), or both (sv "för … sedan", da/no
"for … siden"). Arabic and Hebrew say one or two of a span by its form alone ("منذ يومين", "לפני שבוע"): there the
number may be left out. The span's word is not read (any word of the script), so every language's units are taken; the
pattern is the element's whole text, so a sentence holding such words is none.
"""

from __future__ import annotations

import re

# the word for "ago" (with the number after it): fr, es, pt/gl, de, ca, ro, cs, sk/sl, hr/bs, sr, bg, mk, lt, lv, el, ar, he
_BEFORE = (r"il\s+y\s+a|hace|há|ha|vor|fa|acum|před|pred|prije|pre|преди|пред|prieš|pirms|πριν(?:\s+από)?|منذ|قبل|לפני")
# (the number before it): en, it, pl, uk/be, ru, tr, az, nl, fi, et, hu, id/ms, vi, th, hi/mr/ne, bn, fa/ur, sw-less
_AFTER = (r"ago|fa|temu|тому|назад|önce|əvvəl|geleden|sitten|tagasi|ezelőtt|(?:yang\s+)?lalu|trước|ที่แล้ว|ก่อน|पहले|पूर्वी|আগে|"
          r"پیش|قبل|پہلے|ang\s+nakalipas")
# both, around it: sv "för 3 dagar sedan", da/no "for 3 dage siden"
_AROUND = (r"för|for", r"sedan|siden")
_ONE = r"\d+|an?|one|une?|una?|uno|ein(?:e[mnr]?)?|um|uma|een"  # a number, or an article counting one
_SPAN = r"[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e])*"  # one word, with its script's vowel signs (hi, bn, th)
_GAP = r"(?:\s+|(?<=[\u0e00-\u0e7f]))"  # (th writes "ago" on to the span: "3 วันที่แล้ว")

RELATIVE_DATE = re.compile(
    rf"^(?:{_BEFORE})\s+(?:{_ONE})\s+{_SPAN}$|^(?:{_ONE})\s+{_SPAN}{_GAP}(?:{_AFTER})$|"
    rf"^(?:{_AROUND[0]})\s+(?:{_ONE})\s+{_SPAN}\s+(?:{_AROUND[1]})$|^(?:{_ONE})\s+{_SPAN}\s+(?:{_AROUND[1]})$|"
    r"^(?:منذ|قبل|לפני)\s+\S+$|"  # (ar, he: "a month ago", "two days ago" said by the span's form)
    # the scripts without spaces: ja, zh, ko
    r"^\d+\s*(?:分|時間|日|週間|か月|ヶ月|年)前$|^\d+\s*(?:分钟|小时|小時|天|周|週|个月|個月|年)前$|^\d+\s*(?:분|시간|일|주|개월|년)\s*전$",
    re.IGNORECASE,
)
