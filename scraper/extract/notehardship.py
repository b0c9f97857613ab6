"""Hardships a content warning names besides violence and death (``notewords.HARD``): corporal punishment and
beatings, hunger and famine. A warning over a novel of a harsh childhood or a war's home front lists these ("the novel
describes physical punishment of children and hunger"); notewords reads them as it reads "violence", a hard thing that
a labelled note, or a set-apart note with a depiction, warns of.

Word roots from dictionaries, matched at a word's start, in en, es, gl, pt, ca, fr, it, de, nl, pl, cs/sk, ru/uk, ro,
hu, fi. Bare "hunger" is no root (en "The Hunger Games", a title; es "hambre" likewise after "Los juegos del"); "fame"
is Galician and Italian hunger only after its article ("a fame", "la fame"), not en "fame".
"""

from __future__ import annotations

HARDSHIP = (
    r"(?<!\w)(?:"
    # corporal (physical) punishment, beatings
    r"(?:corporal|physical)\s+punish|beatings|castigos?\s+(?:f[ií]sicos?|corporais|corporales)|malleiras?|palizas?|"
    r"surras?|espancament|càstigs?\s+(?:físics?|corporals?)|châtiments?\s+corporels?|punizion[ei]\s+corporal|"
    r"körperliche\w*\s+(?:züchtigung|strafe)|prügelstraf|lijfstraf|kar\w*\s+cielesn|t[ěe]lesn\w*\s+tres|"
    r"телесн\w*\s+наказан|тілесн\w*\s+покаран|pedeaps\w*\s+corporal|testi\s+fenyít|"
    # hunger, starvation and famine
    r"starv|famine|hambruna|(?<!juegos\sdel\s)hambre|fome(?!\w)|(?:a|la)\s+fame?(?!\w)|hungersnot|verhunger|"
    r"hongersnood|carestia|głód|голод|hladomor|éhínség|foamete|nälänhä)"
)
