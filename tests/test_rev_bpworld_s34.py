"""Review of the s34 bpworld rules (rev-bpworld): review lines on pages nobody wrote the rules for, which they took.

- ``tumblrlines``: "quite the ask" (a demand), another's inbox, a character's repost, a title in Latin letters beside
  "ask" in a Cyrillic line: the story's words at the end of a Tumblr review, not the blog's ask box or reblog plea.
- ``ownchannel._own_video_channel``: "my favourite YouTube channel", "my sister's YouTube channel", "Мой брат ведёт
  канал": a word between the owner and the place makes it another's channel or the writer's taste.
- ``profilelink``: the link in a profile inside a sentence of the story that goes on.
- ``scorequote``: a favourite quotation, in quotation marks or with its attribution, after the score line.
- ``buttonword``: a page's button label named as a button in the story, with no place on the page and no ask.
"""

from tests.test_world_asks_s34 import _BAR, _EN, _RU, _TUMBLR_HEAD, _page, _text

_RU_LAKE = [
    "Роман читается медленно: старый дом на берегу озера, мать и дочь, и между ними одна несказанная история, "
    "которую автор раскрывает по капле.",
    "Язык здесь точный и прохладный, как вода в озере в октябре, и мне это очень понравилось.",
    "Финал показался мне поспешным, но книгу я буду перечитывать.",
]


# --- Tumblr: the story's words at the end of the post ----------------------------------------------------------------

def test_tumblr_quite_the_ask_stays():
    line = "reading all three back to back is quite the ask, but worth every page."
    assert "quite the ask" in _text(_page(_EN + [line], head=_TUMBLR_HEAD))


def test_tumblr_characters_inbox_stays():
    line = "her letters pile up in his inbox, unread, until the very last chapter."
    assert "pile up in his inbox" in _text(_page(_EN + [line], head=_TUMBLR_HEAD))


def test_tumblr_characters_repost_stays():
    line = "the brother finally reposts her last letter to the whole island, and that is the ending."
    assert "reposts her last letter" in _text(_page(_EN + [line], head=_TUMBLR_HEAD))


def test_tumblr_characters_repost_in_russian_stays():
    line = "Героиня делает репост письма матери, и этим всё заканчивается."
    assert "делает репост" in _text(_page(_RU_LAKE + [line], lang="ru", head=_TUMBLR_HEAD))


def test_tumblr_latin_title_with_ask_in_cyrillic_line_stays():
    line = "Следующей в моём списке будет «Ask Again, Yes» Мэри Бет Кин, жду её с нетерпением."
    assert "Ask Again, Yes" in _text(_page(_RU_LAKE + [line], lang="ru", head=_TUMBLR_HEAD))


def test_tumblr_send_me_an_ask_and_reblog_at_the_end_go():
    lines = ["send me an ask if you want my next pick ❄️", "feel free to reblog"]
    text = _text(_page(_EN + lines, head=_TUMBLR_HEAD))
    assert "send me an ask" not in text and "feel free to reblog" not in text
    assert "counting candles" in text


# --- someone else's channel --------------------------------------------------------------------------------------------

def test_my_favourite_youtube_channel_stays():
    line = "My favourite YouTube channel recommended it, and for once they were right."
    assert "recommended it" in _text(_page(_EN + [line]))


def test_my_sisters_youtube_channel_stays():
    line = "My sister's YouTube channel is where I first heard of it, years ago."
    assert "first heard of it" in _text(_page(_EN + [line]))


def test_my_brother_runs_a_channel_stays():
    line = "Мой брат ведёт канал на YouTube про историю, и он посоветовал мне этот роман."
    assert "посоветовал мне" in _text(_page(_RU + [line], lang="ru"))


def test_my_youtube_channel_line_still_goes():
    line = "My YouTube channel has video reviews of every book this month."
    assert "video reviews" not in _text(_page(_EN + [line]))


# --- the link in a profile, in the story ---------------------------------------------------------------------------------

def test_profile_link_inside_story_sentence_stays():
    paras = ["Una novela sobre una chica que sube videos de cocina.",
             "El estilo es ligero y divertido, me reí mucho con los diálogos de la abuela.",
             "La protagonista pide apoyo para su canal con el link en la bio, y así empieza todo."]
    assert "así empieza todo" in _text(_page(paras, lang="es"))


# --- a favourite quotation after the score -------------------------------------------------------------------------------

def test_quoted_favourite_line_after_score_stays():
    after = ("<blockquote><p>“Support the keepers’ club, and the light will stay on for all of us,” she wrote."
             "</p></blockquote>")
    assert "light will stay on" in _text(_page(_EN + ["<strong>Rating:</strong> 4/5"], after=after))


def test_attributed_quotation_after_score_stays():
    after = ("<blockquote><p>Join our club and support the channel — the lighthouse keeps its own counsel.</p>"
             "<cite>— Mara Lind, The Keeper</cite></blockquote>")
    assert "lighthouse keeps" in _text(_page(_EN + ["Rating: 4/5"], after=after))


# --- a button in the story ------------------------------------------------------------------------------------------------

def test_page_button_label_in_the_story_stays():
    line = "the Share button on her phone is what finally undoes her, and i cried."
    assert "finally undoes her" in _text(_page(_EN + [line], foot=_BAR))


def test_page_button_below_still_goes():
    line = "the Keep it going button below buys me a pot of tea, if these notes help you."
    assert "pot of tea" not in _text(_page(_EN + [line], foot=_BAR))
