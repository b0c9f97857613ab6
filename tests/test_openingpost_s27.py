"""A forum engine names a thread's opening post "the discussion" (``<div class="MessageList Discussion">`` before its
``<ul class="MessageList Comments">``), a word the comment rule also reads as a blog's comments box. The opening post
stays when the box is named only for a discussion, holds nothing named for a comment or a reply and forty words or
more, and a comments list follows it among its siblings (``commentids.opening_post``). Near misses: a blog's discussion
box that holds its comments, one followed only by its comment form, one that is a heading alone.

Every page here is invented for these tests (invented forums, people and posts, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_EN = ("I promised the group some notes before Thursday, so here they are. The novel follows a ferryman on a northern "
       "lake through one long winter, and almost nothing happens except weather and memory. I found the first fifty "
       "pages slow, then could not put it down. The chapter about the ice breaking is the best thing I read this year. "
       "Lahti writes short plain sentences that somehow carry a great deal of feeling, and the translation never gets "
       "in the way. My score: 9/10, docked a point for an epilogue that explains too much.")
_DE = ("Wie versprochen meine Notizen für unsere Runde am Donnerstag. Der Roman erzählt von einer Fährfrau an einem "
       "Bergsee, einen ganzen Winter lang, und eigentlich passiert nichts außer Wetter und Erinnerung. Die ersten "
       "fünfzig Seiten waren zäh, danach konnte ich nicht aufhören. Das Kapitel über das brechende Eis ist das Beste, "
       "was ich dieses Jahr gelesen habe. Lahti schreibt kurze, schlichte Sätze, die trotzdem viel Gefühl tragen, und "
       "die Übersetzung steht nie im Weg. Meine Wertung: 8/10, ein Punkt Abzug für den Epilog.")
_ES = ("Como prometí, aquí van mis notas para la reunión del jueves. La novela sigue a un barquero en un lago del "
       "norte "
       "durante un invierno entero, y casi no pasa nada salvo el tiempo y la memoria. Las primeras cincuenta páginas "
       "se me hicieron lentas, después no pude soltarla. El capítulo del hielo que se rompe es lo mejor que he leído "
       "este año. Lahti escribe frases cortas y sencillas que aun así cargan mucha emoción, y la traducción nunca "
       "estorba. Mi nota: 8/10, le quito un punto por el epílogo.")


def _forum(post: str, title: str, lang: str = "en", opener: str = 'class="MessageList Discussion"',
           comments: str = 'class="MessageList DataList Comments"') -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — Quayside Forum</title>
<link rel="canonical" href="https://forum.quayside.example/discussion/5512/thread"></head>
<body class="Vanilla Discussion Section-Discussion"><div id="Frame"><div class="Head"><a href="/">Quayside Forum</a>
<a href="/categories">Categories</a> <a href="/entry/signin">Sign In</a></div>
<div class="Content MainContent"><div class="PageTitle"><h1>{title}</h1></div>
<div {opener}><div class="Item ItemDiscussion"><div class="Item-Header DiscussionHeader">
<span class="Author"><a class="Username" href="/profile/lakeside_mo">lakeside_mo</a></span>
<span class="MItem">Posts: 812</span></div>
<div class="Item-Body"><div class="Message userContent">{post}</div></div>
<div class="Reactions"><a>Quote</a> <a>Flag</a></div></div></div>
<h2 class="CommentHeading">Comments</h2>
<ul {comments}>
<li class="Item ItemComment"><span class="Username">harbour_jen</span> <time>2 March 2026</time>
<div class="Message userContent">Same here with the ice chapter, it stayed with me for days afterwards.</div></li>
<li class="Item ItemComment"><span class="Username">oldpier</span> <time>3 March 2026</time>
<div class="Message userContent">Still on page forty, will report back next week with my thoughts.</div></li>
</ul><div class="CommentForm"><h2>Leave a Comment</h2><p><a href="/entry/signin">Sign in</a> to comment.</p></div>
</div></div></body></html>"""


def test_opening_post_kept_in_three_languages():
    for post, title, lang, score in ((_EN, "Club read March: Winter Ferry - Aino Lahti", "en", "9/10"),
                                     (_DE, "Lesekreis März: Winterfähre - Aino Lahti", "de", "8/10"),
                                     (_ES, "Club de lectura: Ferry de invierno - Aino Lahti", "es", "8/10")):
        record = extract_page(_forum(post, title, lang), "https://forum.quayside.example/discussion/5512/thread")
        assert record.kind == "review", (lang, record.reason)
        assert "ferryman" in record.body_text or "Fährfrau" in record.body_text or "barquero" in record.body_text
        assert record.rating_raw == score
        assert "harbour_jen" not in record.body_text and "Still on page forty" not in record.body_text


def test_opening_post_named_by_id_or_dashed_class():
    for opener in ('id="discussion" class="thread-start"', 'class="forum-discussion"'):
        record = extract_page(_forum(_EN, "Club read March: Winter Ferry - Aino Lahti", opener=opener),
                              "https://forum.quayside.example/discussion/5512/thread")
        assert "ferryman" in record.body_text, opener
        assert "Still on page forty" not in record.body_text


def _blog(box: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Winter Ferry by Aino Lahti</title>
<link rel="canonical" href="https://slowtides.example/2026/03/winter-ferry"></head><body class="single-post">
<article class="post"><h1>Winter Ferry by Aino Lahti</h1><div class="entry-content"><p>{_EN}</p>
<p>The ferryman's daughter is the quiet centre of the book, and I wished for more of her in the closing chapters.</p>
</div></article>{box}</body></html>"""


def test_near_miss_blog_discussion_box_still_goes():
    said = ("I disagree about the epilogue, I thought it was the whole point of the book and it made me cry on "
            "the bus home, which has not happened to me since I was a teenager reading sad horse novels at school.")
    boxes = (
        # the discussion box holds the comments (named as comments)
        f'<section class="discussion"><h2>Discussion</h2><div class="comment"><b>Rae</b><p>{said}</p></div></section>',
        # a discussion box whose items are not named, followed by its form only (no comments list)
        f'<div id="discussion"><div class="c-item"><b>Rae</b><p>{said}</p></div></div>'
        '<div id="respond" class="comment-respond"><h3>Leave a reply</h3></div>',
        # a discussion box that is a heading alone before the comments list
        '<div class="discussion"><h2>3 thoughts on Winter Ferry</h2></div>'
        f'<ol class="comment-list"><li class="comment"><p>{said}</p></li></ol>',
    )
    for box in boxes:
        record = extract_page(_blog(box), "https://slowtides.example/2026/03/winter-ferry")
        assert record.kind == "review"
        assert "sad horse novels" not in record.body_text, box[:40]
        assert "3 thoughts on" not in record.body_text
