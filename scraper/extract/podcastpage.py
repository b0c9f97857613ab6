"""A podcast's episode page told by its engine: the post type, a podcast plugin's player, a player naming the show.

mediumpage.podcast_episode lets an episode-numbered title stand as a podcast's (whose written notes may review one
book) when the page plays from a podcast host or its masthead names the podcast. Many shows host their audio on
their own site and never say "podcast" in the masthead; their engine says it instead:

- WordPress gives a post of a custom type ``podcast`` the body class ``single-podcast`` and the article the class
  ``type-podcast`` (Seriously Simple Podcasting, Castos and PowerPress register it); those plugins' players carry
  their own classes (``ssp-player``, ``castos-player``, ``powerpress_player``, ``podlove-web-player``), and the plugin
  names itself in a generator meta tag;
- a player box (an element whose class names a player) whose own short text names a podcast or a podcast directory
  ("Listen on Apple Podcasts" under the audio player of a newsletter's episode).

A bare <audio> or an audiobook's sample player names no podcast, and a menu's "Podcast" link is not in a player: the
review of an audiobook keeps its own verdict. This only says the page is a podcast's episode; medium.judge still asks
the notes for the review's evidence.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# the plugins' player boxes: the episode's title again, its download link, its duration (the medium's chrome, dropped
# with the platforms' widgets)
PLAYER_SELECTORS = [".ssp-player", ".castos-player", ".powerpress_player", ".podlove-web-player"]
_POST_TYPE = {"single-podcast", "type-podcast", "podcast-template-default"}
_PLUGIN_PLAYER = re.compile(r"\b(?:ssp-player|castos-player|powerpress_player|podlove-web-player|podlove-player)\b")
_PLUGIN_NAME = re.compile(r"seriously simple podcasting|powerpress|podlove|castos", re.I)
_AUDIO_FILE = re.compile(r"\.(?:mp3|m4a|aac|ogg|oga|opus)(?:[?#]|$)", re.I)
_PLAYER_BOX = re.compile(r"(?:^|[\s_-])(?:audio-)?player(?:$|[\s_-])", re.I)


def podcast_page(tree: HtmlElement, podcast_word: re.Pattern) -> bool:
    """The page's engine declares a podcast's episode (module doc); `podcast_word` is mediumpage's word for a podcast."""
    for el in tree.iter("body", "article"):
        if _POST_TYPE & set((el.get("class") or "").split()):
            return True
    for meta in tree.iter("meta"):
        if (meta.get("name") or "").casefold() == "generator" and _PLUGIN_NAME.search(meta.get("content") or ""):
            # (printed on every page of a site running the plugin: an episode only where the page carries its audio)
            if tree.xpath("//audio") or any(_AUDIO_FILE.search(a.get("href") or "") for a in tree.iter("a")):
                return True
            break
    for el in tree.xpath("//*[contains(@class, 'player')]"):
        classes = el.get("class") or ""
        if _PLUGIN_PLAYER.search(classes):
            return True
        if _PLAYER_BOX.search(classes):
            text = el.text_content()
            if len(text) < 300 and podcast_word.search(text):
                return True
    return False
