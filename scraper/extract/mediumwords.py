"""The words that say a post reviews another medium than a book: a film, a game, a podcast, a series, a show.

A title's label ("Film review | …", "映画『…』"), an opening that says what its subject is ("*X* is a two-player card
game from …"), a verdict given to one ("4/5 for the podcast"), the writer watching or playing it and never saying
they read it: in our languages, the kind of thing as the head noun of its phrase (a bare "series" is left out: a book
series is one too). ``classify`` reads them (``OTHER_MEDIUM`` of a title; ``OTHER_MEDIUM_LEAD``,
``OTHER_MEDIUM_VERDICT``, ``WATCHED``, ``AUDIOBOOK``, ``READ_IT`` and ``BOOK_NOUN`` of the body, in
``classify._other_medium``). A family of word lists kept apart from the classifier's decisions, as ``medium`` keeps
the other-medium readings of headings and pages.
"""

from __future__ import annotations

import re

from .casefold import stems

# A label before the title that names another medium: "Album notes: …", "Film review | …".
OTHER_MEDIUM = re.compile(
    r"^\W*(?:\w+\s+){0,2}(album|film|movie|tv|television|series|podcast|video ?game|game|concert|gig|theatre|theater|"
    r"play|exhibition|ep|record|serie|película|pelicula|disco|spiel|jeu|filme|"
    r"gra|gry|serial|serialu|filmu|hra|hry|seriál|dizi|oyun|фильм|фильма|сериал|сериала|игра|игры|фільм|серіал|"
    r"гра)s?\b[^:|–—]{0,20}[:|–—]|"
    # CJK: the medium's word opening the title, no separator needed ("映画『…』を観た", "电影《…》")
    # (not when the word opens a longer word of a book: 映画化 "made into a film", 原作 "the original", 게임북 …)
    r"^\W*(映画|电影|電影|영화|드라마|ドラマ|アニメ|ゲーム|游戏|遊戲|게임|电视剧|電視劇|舞台)(?!化|原作|原著|小说|小說|ブック|书|書|북|화)",
    re.I,
)
# What a post reviews when it is not a book, as its opening sentence names it ("*The White Whale* is a two-player
# card game from …", "X est un jeu de société …") or its verdict does ("4/5 for the podcast"): the kind of thing,
# in our languages, as the head noun of the phrase. A bare "series" is left out (a book series is one too).
_MEDIUM_NOUN = (
    r"podcasts?|pódcasts?|(?:board|card|video|tabletop|party|dice|computer|role-playing|cooperative|co-op)[\s-]?games?|"
    r"films?|movies?|documentar(?:y|ies)|(?:tv|television|web|anime|streaming|netflix)[\s-]+series|mini-?series|"
    r"sitcoms?|docuseries|"
    r"musicals?|operas?|ballets?|exhibitions?|"
    r"juegos?\s+de\s+mesa|videojuegos?|pel[íi]culas?|documentales?|jeux?\s+(?:de\s+soci[ée]t[ée]|vid[ée]o|de\s+plateau|"
    r"de\s+r[ôo]le)|"
    r"documentaires?|s[ée]ries?\s+t[ée]l[ée]\w*|(?:brett|karten|video|computer|gesellschafts)spiele?|dokumentarfilm|"
    r"(?:fernseh|tv-|netflix-)serie|gioc(?:o|hi)\s+da\s+tavolo|videogioc(?:o|hi)|documentari[oa]?|serie\s+tv|"
    r"jogos?\s+de\s+tabuleiro|"
    r"filmes?|document[áa]rios?|bordspel(?:len)?|tv-serie|televisieserie"
)
# "game", "jeu", "Spiel" alone: also a word for play of any kind ("a game of mirrors", "un jeu de piste")
_MEDIUM_GENERIC = r"games?|jeux?|juegos?|gioc(?:o|hi)|jogos?|spiele?|spel(?:len)?"
_MEDIUM = (
    # a named medium may take a complement ("un videojuego de exploración"); the generic words may not
    rf"(?:(?:{_MEDIUM_NOUN})(?![\w-])(?:\s+(?:de|di|da|van|von|d’|d')\s*[\w-]+)?|(?:{_MEDIUM_GENERIC})(?![\w-]))"
)
_HEAD_NOUN_END = (
    # (after a Romance adjective, which follows its noun: "un jeu de société coopératif pour …")
    r"(?:\s+[a-zà-ÿ]+(?:if|ive|ifs|al|ale|el|elle|ico|ica|ivo|iva|ique|aire|eux|euse|oso|osa|ante|ente|ado|ada|ato|ata|"
    r"ée?))?"
    r"(?=\s*(?:[,.;:!?()—–]|$)|\s+(?:from|by|about|hosted|designed|directed|made|released|produced|based|adapted|that|"
    r"which|where|who|"
    r"with|for|in|before|after|when|since|par|por|von|door|sobre|sur|über|su|che|que|qui|où|wo|waar|com|con|avec|mit|"
    r"met|für|pour|"
    r"para|per|voor|van|en|im|nel|da|avant|après|vor|nach|prima|dopo|antes|depois)\b)"
)
_ARTICLE = r"(?:a|an|un|une|ein|eine|einen|uno|una|um|uma|een|en|ett)"
_COPULA = r"(?:is|was|'s|’s|est|était|ist|war|es|era|fue|è|é|foi|er|var|är|jest|on)"
# what a book is called, in our languages: "The novel is a film in prose" is about a book
BOOK_NOUN = (r"(?:books?|novels?|novellas?|stor(?:y|ies)|memoirs?|collections?|romans?|libros?|livros?|b[üu]ch(?:er)?|"
             r"boeken?|romanz[oi]|novelas?|bogen|boken)")
# the subject: an emphasised title or a few words (not the book), at the start of the paragraph
OTHER_MEDIUM_LEAD = re.compile(
    rf"^(?![^.!?]{{0,80}}?\b{BOOK_NOUN}\b[^.!?]{{0,20}}?\s{_COPULA}\s)"
    rf"(?:[*_]{{1,2}}[^*_]{{1,80}}[*_]{{1,2}}|(?:[\w'’:-]+\s+){{0,5}}[\w'’:-]+)\s+{_COPULA}\s+{_ARTICLE}\s+"
    rf"(?:(?!(?:of|about|on|that|which|where|de|du|des|sur|über|von|di|su|van|over|sobre|que|qui|che|"
    rf"dat)\b)[\w'’-]+\s+){{0,5}}?"
    rf"{_MEDIUM}{_HEAD_NOUN_END}",
    re.I,
)
OTHER_MEDIUM_VERDICT = re.compile(
    rf"\b(?:for|pour|für|per|para|voor)\s+(?:the|this|le|la|ce|cette|den|die|das|diesen|il|lo|questo|o|a|el|este|esta|"
    rf"de|het|deze)\s+"
    rf"(?:{_MEDIUM_NOUN}|{_MEDIUM_GENERIC})(?![\w-])",
    re.I,
)
# First person watching or playing (an audiobook is listened to, and is a book), and first person reading, in our
# languages; a negation between the person and the verb ("I have not read the novel") does not count.
_NOT = r"(?!\b(?:not|never|no|instead|rather|without|nunca|jamais|pas|nie|nicht|kein\w*|mai|non|nooit|niet)\b)"
WATCHED = re.compile(
    rf"\b(?:I|we)\b(?:{_NOT}[^.!?]){{0,40}}\b(?:watched|binged|streamed|played)\b|\b(?:he|hemos)\s+(?:visto|jugado)\b|"
    rf"\b(?:la|lo|las|los|ya)\s+vi\b|\bvi\s+(?:la|el|esta|este)\b|\bjugué\b|"
    r"\b(?:j'ai|j’ai|nous\s+avons)\s+(?:regardé|vu|joué)\b|\b(?:ich|wir)\b[^.!?]{0,40}\b(?:gesehen|geschaut|"
    r"gespielt)\b|"
    r"\bho\s+(?:visto|guardato|giocato)\b|\b(?:assisti|joguei|jogamos)\b|\b(?:ik|we)\b[^.!?]{0,40}\b(?:gekeken|"
    r"gespeeld)\b",
    re.I,
)
WATCHED_STEMS = stems(WATCHED.pattern)
AUDIOBOOK = re.compile(r"audio-?\s?books?|h[öo]rb[üu]ch\w*|livres?\s+audio|audiolibr[oi]s?|audiolivros?|luisterboek\w*",
                       re.I)
READ_IT = re.compile(
    rf"\b(?:I|we)\b(?:{_NOT}[^.!?]){{0,40}}\b(?:read|reread|re-read|reading|finished)\b|\b(?:leí|he\s+leído|releí)\b|"
    r"\b(?:j'ai|j’ai)\s+(?:lu|relu|fini)\b|\b(?:ich|wir)\b[^.!?]{0,40}\bgelesen\b|\bho\s+(?:letto|riletto|finito)\b|"
    r"\b(?:li|reli|terminei)\b|\b(?:ik|we)\b[^.!?]{0,40}\bgelezen\b",
    re.I,
)
