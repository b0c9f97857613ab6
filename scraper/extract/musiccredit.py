"""An episode's music credit after the show notes: "BGM: <artist> - <piece>", "Music: …", "片尾曲：…".

A podcast's or a video's notes close on the credits of the music it played, a short line led by the label for the
episode's music and a colon. The label is lexical (each language's word for background, intro or theme music); the
line must be short and hold no sentence after its label, and it is asked of lines after the post's last paragraph
of prose only (spliced.py), so a review that speaks of a book's music in its text keeps it.
"""

from __future__ import annotations

import re

from .words import count_words

# the label for an episode's music, in our languages: en BGM, (intro/outro/theme/background) music, soundtrack; de
# Musik, Titelmusik; fr musique (du générique); es/pt música (de fondo); it musica, sigla; nl muziek; pl muzyka;
# ru/uk музыка/музика; zh 背景音乐, 配乐, 音乐, 片头曲, 片尾曲, 主题曲; ja 音楽, 挿入曲, テーマ曲; ko 배경음악, 음악, 테마곡
_LABEL = re.compile(
    r"^\W{0,3}(?:bgm|(?:(?:intro|outro|theme|background|opening|closing|episode)\s+)?music|soundtrack|(?:titel|hintergrund)?musik|"
    r"musique(?:\s+du\s+g[ée]n[ée]rique)?|m[úu]sica(?:\s+de\s+fondo)?|musica|sigla|muziek|muzyka|музык[аи]|музика|"
    r"背景音乐|背景音樂|配乐|配樂|音乐|音樂|片头曲|片頭曲|片尾曲|主题曲|主題曲|音楽|挿入曲|テーマ曲|배경음악|음악|테마곡)"
    r"(?:\s*(?:by|von|de|di|door|:)\s*)?\s*[:：]\s*\S",
    re.I,
)
_SENTENCE = re.compile(r"[.!?。！？]\s+\S")


def music_credit(text: str) -> bool:
    """A short line that credits the episode's music after its label ("BGM: A - Piece (piano: B)")."""
    text = text.strip()
    if not text or len(text) > 160 or count_words(text) > 20 or not _LABEL.match(text):
        return False
    return not _SENTENCE.search(text.split(":", 1)[-1].split("：", 1)[-1])
