"""Yiddish note words (``notewords``: a content warning's label, its hard things and depictions), written here unpointed
and read pointed too, as YIVO spelling writes them."""

from __future__ import annotations


def _pointed(*words: str) -> str:
    """Yiddish words (written here unpointed) as a pattern that also reads them pointed, as YIVO spelling writes them
    ("אַכטונג", "באַשרײַבט", "גוואַלד"): any Hebrew points after a letter, and the ligatures ײ, װ, ױ for their two letters."""
    out = []
    for word in words:
        word = word.replace("וו", "\ue000").replace("יי", "\ue001").replace("וי", "\ue002")
        out.append("".join({"\ue000": "(?:וו|װ)", "\ue001": "(?:יי|ײ)", "\ue002": "(?:וי|ױ)"}.get(ch, ch) + "[\u05b0-\u05c7]*"
                           if not ch.isspace() else r"\s+" for ch in word))
    return "|".join(out)


# yi: "attention" (a bare label, as de "Achtung:"), "warning"; hard things (violence, murder, suicide, death, torture, a
# pogrom, a massacre, abuse, rape, the destruction); a depiction (describes, depicts, a scene, contains, mentions, deals with)
YI_ATTN, YI_WARNING = _pointed("אכטונג"), _pointed("ווארענונג", "ווארענונגען")
YI_HARD = _pointed("גוואלד", "זעלבסטמארד", "מארד", "טויט", "פייניק", "פאגראם", "שחיטה", "אומקום", "מיסברויך", "הרגענ", "דערהרגעט", "אכזריות")
YI_DEPICT = _pointed("באשרייב", "שילדער", "סצענע", "אנטהאלט", "דערמאנ", "באהאנדל")
