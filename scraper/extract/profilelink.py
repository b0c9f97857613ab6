"""The link in the profile: where a channel or an account points its reader to pay, follow or buy, in the words of
the networks and blog platforms ("link in bio", "по ссылке в профиле канала", "link na bio", "Link in der Bio",
"プロフィールのリンクから"). A platform's post holds no link of its own there; the line that names this one is the
writer's pointer to their own page, not the review's (``pleas.closing_plea`` reads it as a plea's pointer, as it
reads a box or a button beside the line).
"""

from __future__ import annotations

import re

from .casefold import guarded

# (en, es, pt, fr, it, de, nl, pl, cs, ru, uk, be, tr, id, ja, zh, ko)
IN_PROFILE = guarded(re.compile(
    r"(?<!\w)(?:link\s+(?:in|on)\s+(?:my\s+|the\s+|our\s+)?(?:bio|profile)|"
    r"(?:link|enlace)\s+(?:en|de)\s+(?:la\s+|mi\s+|el\s+)?(?:bio|perfil)|link\s+(?:na|da|no)\s+(?:minha\s+)?(?:bio|perfil)|"
    r"lien\s+(?:dans|en)\s+(?:la\s+|ma\s+)?(?:bio|profil)|link\s+(?:in|nella)\s+(?:bio|profilo)|"
    r"link\s+in\s+(?:der|meiner|unserer)\s+(?:bio|profil)|link\s+in\s+(?:de|mijn)\s+(?:bio|profiel)|"
    r"link\s+w\s+(?:bio|profilu)|odkaz\s+v\s+(?:bio|profilu)|"
    r"ссылк\w*\s+в\s+(?:шапке\s+)?(?:профил\w*|описани\w*|био)|посиланн\w*\s+(?:в|у)\s+(?:шапці\s+)?(?:профіл\w*|описі|біо)|"
    r"спасылк\w*\s+(?:ў|у)\s+профіл\w*|profildeki\s+link\w*|biyografideki\s+link\w*|link\s+di\s+bio)(?!\w)|"
    r"プロフィール(?:欄)?の(?:リンク|URL)|主页链接|主頁連結|简介链接|簡介連結|프로필\s?(?:의\s?)?링크",
    re.I))

_WORD = re.compile(r"\w+")


def points_to_profile(text: str) -> bool:
    """The line opens on the link in the profile ("Link in bio to support the channel") or ends on it, two words at
    most after it ("Донаты на книги — по ссылке в профиле канала."): the pointer is what the line is for. The link
    inside a sentence that goes on is the story's: "she asks for support with the link in her bio, and so it all
    begins" (rev-bpworld)."""
    return any(not _WORD.search(text[:found.start()]) or len(_WORD.findall(text[found.end():])) <= 2
               for found in IN_PROFILE.finditer(text))
