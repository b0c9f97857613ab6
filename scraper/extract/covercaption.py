"""A credited caption under the book's cover that names the book: the review's line, not the picture desk's.

The cleaning drops a picture's caption that ends with its credit ("A street in the old town. Photo: Archive",
"The writer at home. Foto: N"): the publication's picture, its words the editor's. A caption under the cover of the
book reviewed that says which book it is, by its title in quotation marks ("The new edition's cover of “T”. Photo:
the publisher", "Bìa cuốn "T" của nhà văn A. Ảnh: NXB", "Обложка романа «T». Фото: издательство"), is the review's
own record of its book, as a book card is: it stays, credit and all (the credit is the publisher's, whose cover it
is). A cover's caption that names no title ("The novel's cover. Photo: PR") says nothing the review needs and goes as
before; so does a caption quoting a title under another picture (a portrait, a film still: no word for a cover), and a
caption that is a credit from its first word ("Photo: cover of “T”").

A caption whose credit names the reviewer, in the first person ("T by A. Photo: my copy", "Foto: mein Exemplar",
"Photo : mon exemplaire", "Foto: archivo propio", "Фото: моё", "φωτογραφία: δική μου", "写真：筆者"), is no picture desk's
either: the reviewer's photo of their own copy, captioned in their words, stays as an uncredited caption does
(``own_photo``), where three words or more of its own stand before the credit (a caption that is the credit alone,
"Photo: my own copy", says nothing of the book and goes as before). The pronoun is read in lower case only, right
after the label or "by": a credited person's name is capitalised ("Photo: Mia Lund", "Foto: Min Jung"). "Private" or
"personal" is no first person: "Foto: privat", "Foto: archivo personal", "Foto: arquivo pessoal" credit a picture the
pictured person supplied (a press photo's credit), and go.
"""

from __future__ import annotations

import re

from .bookcover import COVER_WORD
from .words import count_words

# a title in quotation marks, as the scripts set one (straight, curly, low-high, guillemets, CJK brackets)
_QUOTED = re.compile(r"\"[^\"]{2,80}\"|“[^”]{2,80}”|„[^“”]{2,80}[“”]|«[^»]{2,80}»|‹[^›]{2,80}›|「[^」]{1,60}」|"
                     r"『[^』]{1,60}』|《[^》]{1,60}》|‘[^’]{2,80}’")


def names_cover(caption: str, credit: re.Pattern) -> bool:
    """The caption's words before its credit (`credit`: the cleaning's pattern of a closing credit) say it shows a
    cover and quote the book's title; three words or more stand before the credit."""
    match = credit.search(caption)
    if match is None:
        return False
    words = caption[:match.start()].strip()
    return count_words(words) >= 3 and COVER_WORD.search(words) is not None and _QUOTED.search(words) is not None


# the credit's first word a first-person pronoun or possessive, or "own", lower case (en, de, fr, es, pt, it,
# nl, pl, cs, sk, ru, uk, bg, sv, da/nb, tr, hu, ro, id; el's possessive after its noun; ja, zh, ko)
_OWN = re.compile(
    r"(?:[:：|]|\bby|\bvon|\bpar|\bdi|\bdoor|\bde)\s*(?:(?:the|la|le|el|il|o|a|het|de|das)\s+)?"
    r"(?:my|mine|me|myself|our|own|mein(?:e[rsn]?)?|unser\w*|eigen\w*|mon|ma|mes|moi|notre|nos|mi|mis|"
    r"m[íi]o|m[íi]a|propi[ao]|meu|minha|"
    r"nosso|nossa|pr[óo]pri[ao]|mio|mia|miei|mie|nostr[aoie]|propri[ao]|mijn|eigen|onze|moje|mój|můj|moja|własn\w*|"
    r"vlastní|môj|мо[ёея]|мой|мій|моє|наш\w*|власн\w*|собствен\w*|min|mitt|mina|egen|eget|egne|benim|kendi\w*|"
    r"saját|enyém|meu|mea|meus|propriu|milik\s+saya|"
    # (Danish "mit" before the thing it owns: German "mit" is "with", "Foto: mit freundlicher Genehmigung")
    r"mit(?=\s+(?:eget\s+|egen\s+)?(?:eksemplar|billede|foto\w*|kamera|arkiv)))(?![^\W\d_])"
    # (or after the one word it qualifies: "archivo propio", "arquivo próprio"; not "privat", "personal", "pessoal",
    # "privé": a picture the pictured person or the house supplied, "Foto: privat", "Foto: archivo personal")
    r"|[:：]\s*[^\W\d_]+\s+(?:propi[ao]|pr[óo]pri[ao]|propre|eigen\w*)(?![^\W\d_])"
    r"|[:：]\s*(?:\S+\s+){0,3}(?:δικ[ήό]\s+μου|μου)(?![^\W\d_])|[:：]\s*(?:筆者|自分|私|自[摄攝]|本人|我|작성자|본인|직접|내\s)")


def own_photo(caption: str, credit: re.Pattern) -> bool:
    """The caption's credit (`credit`: the cleaning's pattern) names the reviewer in the first person, with words
    of the caption's own before it (module docstring)."""
    match = credit.search(caption)
    return match is not None and count_words(caption[:match.start()]) >= 3 and _OWN.search(match.group()) is not None
