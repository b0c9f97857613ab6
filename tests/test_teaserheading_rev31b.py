"""Code review rev31b, in our own words: teaserruns.teaser_run counted any cut-off paragraph among the body's first
three lines as "under a heading", so a short unrated review with no heading at all whose paragraphs each trail off
"…" read as a listing of excerpts. Now only the first excerpt may stand without its heading (the listing's first
heading read as the page's title); every other one needs a heading within a few lines above it, or the same "read
more" line after it.

Fires: excerpts under headings (en), the first opening the body and the rest under headings (fr), excerpts each over
the same "read more" line with no heading (es), an unspaced script (ja). Near misses: reviews with no heading whose
paragraphs trail off (en, de, it, pt).
"""

from __future__ import annotations

import pytest

from scraper.extract.teaserruns import teaser_run

_EN = ("## The ferryman's daughter\n\nMarch 2, 2026\n\nA novel about a river crossing that never quite ends, told by "
       "the girl who keeps the ropes…\n\n## Winter in the salt marsh\n\nMarch 1, 2026\n\nOur critic spent a month with "
       "the birders of the estuary and came back with a book that…\n\n## Notes from a closing bookshop\n\nFebruary 27, "
       "2026\n\nThe last week of a shop that sold books for ninety years, written by the woman who…")
_FR = ("Un roman sur la pêche au large, écrit par un ancien marin qui ne sait pas encore…\n\n## Le jardin d'hiver\n\n"
       "2 mars 2026\n\nUne serre, une vieille dame et un neveu qui revient après vingt ans d'absence pour…\n\n"
       "## La dernière gare\n\n1 mars 2026\n\nTrois voyageurs coincés dans une gare de montagne, une nuit de neige, et…")
_ES = ("Una novela sobre un faro abandonado y la mujer que decide volver a encenderlo cada noche…\n\nLeer más\n\n"
       "Un ensayo breve sobre las bibliotecas de barrio y lo que queda de ellas después de…\n\nLeer más\n\n"
       "La historia de dos hermanos que se escriben cartas durante cuarenta años sin…\n\nLeer más")
_JA = ("## 港の灯\n\n2026年3月2日\n\n小さな港町で灯台を守る姉妹の物語。ある冬の夜、沖から…\n\n## 雪の図書館\n\n2026年3月1日\n\n"
       "山あいの村にある図書館と、そこに通う少年の一年を描いた…\n\n## 最後の書店\n\n2026年2月27日\n\n九十年続いた書店の最後の一週間を…")


@pytest.mark.parametrize("markdown", [_EN, _FR, _ES, _JA])
def test_excerpts_under_headings_or_over_a_read_more_line_are_a_run(markdown):
    assert teaser_run(markdown) >= 3


_NO_HEADING = [
    "I waited two years for this sequel and opened it on the train the day it came out, not sure the ending of the "
    "first book could be followed at all…\n\nThe first hundred pages are slow, a lot of walking through the old mill "
    "and remembering the summer the brothers stopped speaking, and I almost put it down…\n\nThen the ledger turns up "
    "in the cellar and everything turns over, and I read until the small hours on a weeknight, which I never do…\n\n"
    "The aunt steals every scene she is in…\n\nWorth the wait.",
    "Ich hatte lange auf diesen Roman gewartet und ihn am ersten Abend im Zug aufgeschlagen, ohne zu wissen, ob er "
    "halten kann, was der erste Band versprach…\n\nDie ersten hundert Seiten ziehen sich, viel Erinnerung an den "
    "Sommer am See, an den Streit der Schwestern, und ich hätte fast aufgegeben…\n\nDann taucht das Tagebuch auf, und "
    "ich habe bis zwei Uhr nachts gelesen, an einem Dienstag…\n\nLesenswert.",
    "Aspettavo questo romanzo da due anni e l'ho cominciato in treno il giorno stesso in cui è uscito, senza sapere "
    "se il seguito avrebbe retto…\n\nLe prime cento pagine sono lente, molti ricordi dell'estate al lago e della lite "
    "tra le sorelle, e stavo per lasciarlo…\n\nPoi spunta il diario in soffitta e tutto cambia, e ho letto fino alle "
    "due di notte…\n\nDa leggere.",
    "Esperei dois anos por este romance e comecei-o no comboio no próprio dia em que saiu, sem saber se a "
    "continuação ia aguentar…\n\nAs primeiras cem páginas são lentas, muitas memórias do verão no rio e da zanga "
    "entre os irmãos, e quase desisti…\n\nDepois aparece o caderno no sótão e tudo muda, e li até às duas da manhã…"
    "\n\nVale a pena.",
]


@pytest.mark.parametrize("markdown", _NO_HEADING)
def test_a_review_trailing_off_with_no_heading_is_no_run(markdown):
    assert teaser_run(markdown) == 0
