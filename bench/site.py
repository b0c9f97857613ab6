"""Generate a large, realistic book-review blog as static files, for the crawl benchmarks.

Every word is made up here, from small word lists and a seeded random
generator, so the same seed always gives the same site. The site looks like a
WordPress blog with a busy theme: inline styles and scripts in the head,
navigation, a sidebar of widgets (search, recent posts, archives, categories,
a tag cloud, a subscribe box, a donation plea), share bars, related posts, an
author box and reader comments with replies, around a post that is a review
(most of them), a list, an interview or a piece of news. Pages weigh 25–80 KB.

Served as files (by nginx or any static server), with what a crawler uses to
find the posts: a home page and ``/page/N/`` listings, category pages, an RSS
feed at ``/feed/``, ``/wp-sitemap.xml`` (an index of post sitemaps with
``lastmod``) and a robots.txt naming it.

``edit(root, fraction)`` rewrites a fraction of the posts (an update paragraph
added) and their sitemap dates, as a blogger editing old posts would.

    .venv/bin/python bench/site.py OUT --posts 5000 --base http://localhost:8080
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from html import escape
from pathlib import Path

WORDS = (
    "the a of and to in is was that it with as for his her on at by from this which but not be have had one all "
    "were they she he their there been what when who more an would so out up into some could them than then its "
    "only over time little other like after these over about never very every our through just where most under "
    "while before again long small house river winter letters garden city voice silence story chapter memory "
    "light window water morning evening mother father sister brother island road village storm harbour mountain "
    "forest lamp kitchen stranger promise journey distance season harvest archive map bridge ferry orchard attic "
    "quietly slowly carefully strangely gently suddenly barely nearly simply plainly patiently wearily oddly "
    "remembers writes carries leaves returns watches builds keeps forgets follows hides answers gathers counts "
    "patient tender stubborn restless generous brittle luminous crooked careful sombre bright heavy hollow"
).split()
REVIEW_PHRASES = [
    "The prose is {adj} and never in a hurry", "I kept turning back to the first chapter",
    "The middle third drags a little", "The ending earns every page that comes before it",
    "It is a book about {noun} more than anything else", "The translation reads as if it had always been English",
    "Some readers will find the pace {adj}", "I did not expect to care this much about a {noun}",
    "The dialogue is the weakest part", "Every minor character has a life of their own",
    "This is the kind of novel you lend and never get back", "The author trusts the reader, which is rare",
]
SYLLABLES = "ka lo mer vin tas dor el ria no beth an sel mar ov ine ter ul cas pen ril od ash fen gar hal".split()
FIRST = "Ada Bram Cora Dmitri Elif Farid Greta Hollis Ines Joss Kasia Lior Maren Nils Odile Pavel Quinn Rosa Sami Tove".split()
NOUNS = "house river winter garden city voice silence story memory lamp island road storm harbour forest ferry orchard".split()
ADJS = "patient tender stubborn restless generous brittle luminous crooked careful sombre bright heavy hollow".split()
CATEGORIES = ["Book Reviews", "Fiction", "Non-fiction", "Poetry", "Translated Fiction", "Lists", "Interviews", "News",
              "Crime", "Science Fiction", "Fantasy", "History", "Memoir", "Essays", "Short Stories"]
PER_LISTING = 10
PER_SITEMAP = 2000
START = dt.datetime(2012, 1, 3, 9, 30, tzinfo=dt.timezone.utc)


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _sentence(rng: random.Random, low: int = 8, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", ";"]).replace(";", ".")


def _paragraph(rng: random.Random, sentences: tuple[int, int] = (3, 7)) -> str:
    out = []
    for _ in range(rng.randint(*sentences)):
        if rng.random() < 0.15:
            out.append(rng.choice(REVIEW_PHRASES).format(adj=rng.choice(ADJS), noun=rng.choice(NOUNS)) + ".")
        else:
            out.append(_sentence(rng))
    return " ".join(out)


class Post:
    """One post, fully determined by the site's seed and its number."""

    def __init__(self, seed: int, number: int, total: int):
        rng = random.Random(seed * 1_000_003 + number)
        self.number = number
        self.when = START + dt.timedelta(hours=int(number * (24 * 4200 / max(total, 1))) + rng.randint(0, 20))
        roll = rng.random()
        self.kind = "review" if roll < 0.75 else "list" if roll < 0.85 else "news" if roll < 0.93 else "interview"
        self.book = f"The {rng.choice(ADJS).capitalize()} {rng.choice(NOUNS).capitalize()}" if rng.random() < 0.6 \
            else f"{_name(rng, 3)}"
        self.author = f"{rng.choice(FIRST)} {_name(rng, rng.choice([2, 3]))}"
        self.reviewer = rng.choice(["Marta", "Jonah", "Ilse", "Teodor"])
        self.stars = rng.choice([2, 3, 3, 4, 4, 4, 5, 5])
        if self.kind == "review":
            self.title = rng.choice(["Review: {b} by {a}", "{b} by {a}", "Book review: {b} by {a}"]).format(b=self.book, a=self.author)
            self.category = rng.choice(["Book Reviews"] * 3 + CATEGORIES[1:5] + CATEGORIES[8:])
        elif self.kind == "list":
            self.title = f"{rng.randint(5, 15)} books for a {rng.choice(ADJS)} {rng.choice(['winter', 'summer', 'journey', 'weekend'])}"
            self.category = "Lists"
        elif self.kind == "news":
            self.title = f"Blog news: {rng.choice(['a short hiatus', 'a new reading group', 'our tenth year', 'giveaway winners'])} ({number})"
            self.category = "News"
        else:
            self.title = f"Interview: {self.author} on {self.book}"
            self.category = "Interviews"
        self.slug = "-".join("".join(c for c in w.lower() if c.isalnum()) for w in self.title.split())[:60].strip("-") + f"-{number}"
        self.path = f"/{self.when:%Y/%m}/{self.slug}/"
        self.tags = rng.sample(NOUNS + ADJS, rng.randint(2, 6))
        self.comments = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20, 30])
        self.jsonld = self.kind == "review" and rng.random() < 0.3
        self.rng_seed = rng.random()

    def rng(self, salt: int = 0) -> random.Random:
        return random.Random(self.rng_seed + salt)


def _head_assets(seed: int) -> str:
    """A theme's inlined styles and scripts: the same on every page, as on real blogs."""
    rng = random.Random(seed)
    rules = "\n".join(f".{_name(rng)}-{i} {{ margin: {rng.randint(0, 40)}px {rng.randint(0, 40)}px; color: #{rng.randrange(16**6):06x}; "
                      f"font-size: {rng.randint(10, 30)}px; line-height: 1.{rng.randint(1, 9)}; }}" for i in range(90))
    script = "\n".join(f"window.theme_{i} = {{delay: {rng.randint(1, 900)}, key: '{_name(rng, 4)}'}};" for i in range(40))
    return (f'<style id="global-styles-inline-css">\n{rules}\n</style>\n'
            f'<link rel="stylesheet" href="/wp-content/themes/inkwell/style.css?ver=3.2" media="all">\n'
            f"<script>\n{script}\n</script>\n")


class Site:
    def __init__(self, base: str, posts: int, seed: int = 7, name: str = "The Lamplit Shelf"):
        self.base = base.rstrip("/")
        self.seed = seed
        self.name = name
        self.posts = [Post(seed, i, posts) for i in range(posts)]
        self.newest = sorted(self.posts, key=lambda p: p.when, reverse=True)
        self.assets = _head_assets(seed)
        self.sidebar = self._sidebar()

    # -- shared parts -----------------------------------------------------------

    def _page(self, title: str, body_class: str, main: str, canonical: str, extra_head: str = "") -> str:
        return (
            f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="UTF-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)} – {escape(self.name)}</title>\n"
            f'<meta name="generator" content="WordPress 6.4.2">\n'
            f'<link rel="canonical" href="{self.base}{canonical}">\n'
            f'<link rel="alternate" type="application/rss+xml" title="{escape(self.name)} » Feed" href="{self.base}/feed/">\n'
            f'<meta property="og:title" content="{escape(title)}">\n<meta property="og:url" content="{self.base}{canonical}">\n'
            f'<meta property="og:site_name" content="{escape(self.name)}">\n'
            f"{extra_head}{self.assets}</head>\n"
            f'<body class="{body_class}">\n<div id="page" class="site">\n'
            f'<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>\n'
            f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{escape(self.name)}</a></p>'
            f'<p class="site-description">Reviews of books old and new, slowly read</p>\n'
            f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
            + "".join(f'<li class="menu-item"><a href="/category/{_slug(c)}/">{c}</a></li>' for c in CATEGORIES[:7])
            + '<li class="menu-item"><a href="/about/">About</a></li></ul></nav></header>\n'
            f'<div id="content" class="site-content">\n<main id="primary" class="site-main">\n{main}\n</main>\n'
            f"{self.sidebar}\n</div>\n"
            f'<footer id="colophon" class="site-footer"><div class="site-info">© {escape(self.name)}. '
            f'Proudly powered by WordPress | Theme: Inkwell.</div>'
            f'<div id="cookie-notice" class="cookie-notice">We use cookies to count visits. <a href="/privacy/">Privacy</a> '
            f'<button>Accept</button></div></footer>\n</div>\n'
            f'<script src="/wp-content/themes/inkwell/js/navigation.js?ver=3.2"></script>\n</body>\n</html>\n'
        )

    def _sidebar(self) -> str:
        rng = random.Random(self.seed + 1)
        recent = "".join(f'<li><a href="{p.path}">{escape(p.title)}</a></li>' for p in self.newest[:10])
        months = sorted({p.when.strftime("%Y/%m") for p in self.posts}, reverse=True)[:36]
        archives = "".join(f'<li><a href="/{m}/">{dt.date(int(m[:4]), int(m[5:]), 1):%B %Y}</a></li>' for m in months)
        cats = "".join(f'<li class="cat-item"><a href="/category/{_slug(c)}/">{c}</a> ({rng.randint(3, 900)})</li>' for c in CATEGORIES)
        cloud = " ".join(f'<a href="/tag/{w}/" class="tag-cloud-link" style="font-size: {rng.randint(8, 22)}pt;">{w}</a>'
                         for w in NOUNS + ADJS + rng.sample(WORDS, 40))
        return (
            '<aside id="secondary" class="widget-area">\n'
            '<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/">'
            '<label>Search for:<input type="search" class="search-field" name="s"></label><input type="submit" value="Search"></form></section>\n'
            f'<section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>{recent}</ul></section>\n'
            f'<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{archives}</ul></section>\n'
            f'<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{cats}</ul></section>\n'
            f'<section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">{cloud}</div></section>\n'
            '<section class="widget jetpack_subscription_widget"><h2 class="widget-title">Follow by email</h2>'
            '<p>Get every new review in your inbox. No more than one letter a week.</p>'
            '<form><input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form></section>\n'
            '<section class="widget widget_text"><h2 class="widget-title">Keep the lamp lit</h2><p>This blog has no adverts. '
            'If a review helped you choose a book, you can buy the reviewers a coffee.</p>'
            '<a class="kofi-button" href="https://ko-fi.example/lamplit">Support us</a></section>\n</aside>'
        )

    # -- posts ------------------------------------------------------------------

    def post_html(self, post: Post, edited: str | None = None) -> str:
        rng = post.rng()
        paragraphs = [_paragraph(rng) for _ in range(rng.randint(6, 18))]
        parts = []
        if post.kind == "review":
            parts.append(f'<p class="book-details"><strong>{escape(post.book)}</strong> by {escape(post.author)} '
                         f"({_name(rng)} Press, {rng.randint(1950, 2024)}), {rng.randint(120, 720)} pages</p>")
        for i, text in enumerate(paragraphs):
            if post.kind == "interview" and i % 2 == 0:
                parts.append(f"<p><strong>Q: {_sentence(rng, 6, 14)[:-1]}?</strong></p>")
            parts.append(f"<p>{text}</p>")
            if i == 3 and rng.random() < 0.5:
                parts.append(f"<blockquote><p>{_sentence(rng, 12, 30)}</p></blockquote>")
            if i == 5 and post.kind == "list":
                parts.append("<ol>" + "".join(f"<li><strong>{_name(rng, 3)}</strong> by {rng.choice(FIRST)} {_name(rng)}</li>"
                                              for _ in range(rng.randint(5, 12))) + "</ol>")
            if i == 6 and rng.random() < 0.3:
                parts.append(f"<h3>{_sentence(rng, 3, 6)[:-1]}</h3>")
        if edited:
            parts.append(f"<p><em>Updated {edited}:</em> {_paragraph(post.rng(len(edited)), (2, 3))}</p>")
        if post.kind == "review":
            parts.append(f'<p class="rating">Rating: {"★" * post.stars}{"☆" * (5 - post.stars)} ({post.stars}/5)</p>')
        share = ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
                 + "".join(f'<li class="share-{s}"><a href="{post.path}?share={s}" rel="nofollow">{s.title()}</a></li>'
                           for s in ("email", "print", "mastodon", "reddit", "tumblr")) + "</ul></div>")
        related = ('<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>'
                   + "".join(f'<p><a href="{p.path}">{escape(p.title)}</a></p>'
                             for p in (self.posts[(post.number + k * 37) % len(self.posts)] for k in (1, 2, 3))) + "</div>")
        extra_head = ""
        if post.jsonld:
            data = {"@context": "https://schema.org", "@type": "Review", "author": {"@type": "Person", "name": post.reviewer},
                    "itemReviewed": {"@type": "Book", "name": post.book, "author": {"@type": "Person", "name": post.author}},
                    "reviewRating": {"@type": "Rating", "ratingValue": post.stars, "bestRating": 5}}
            extra_head = f'<script type="application/ld+json">{json.dumps(data)}</script>\n'
        tags = "".join(f'<a href="/tag/{t}/" rel="tag">{t}</a> ' for t in post.tags)
        neighbours = [self.posts[n] for n in (post.number - 1, post.number + 1) if 0 <= n < len(self.posts)]
        nav = "".join(f'<div class="nav-links"><a href="{p.path}" rel="prev">{escape(p.title)}</a></div>' for p in neighbours)
        main = (
            f'<article id="post-{post.number}" class="post-{post.number} post type-post status-publish format-standard hentry '
            f'category-{_slug(post.category)}">\n<header class="entry-header"><h1 class="entry-title">{escape(post.title)}</h1>'
            f'<div class="entry-meta">Posted on <time class="entry-date published" datetime="{post.when:%Y-%m-%dT%H:%M:%S+00:00}">'
            f'{post.when:%-d %B %Y}</time> by <span class="author vcard"><a class="url fn n" href="/author/{post.reviewer.lower()}/">'
            f"{post.reviewer}</a></span></div></header>\n"
            f'<div class="entry-content">\n' + "\n".join(parts) + f"\n{share}\n{related}\n</div>\n"
            f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/{_slug(post.category)}/" '
            f'rel="category tag">{post.category}</a></span> <span class="tags-links">Tagged {tags}</span></footer>\n'
            f'<div class="author-bio"><h2>About {post.reviewer}</h2><p>{_paragraph(random.Random(post.reviewer), (2, 3))}</p></div>\n'
            f"</article>\n"
            f'<nav class="navigation post-navigation">{nav}</nav>\n' + self._comments(post)
        )
        return self._page(post.title, "post-template-default single single-post single-format-standard", main, post.path, extra_head)

    def _comments(self, post: Post) -> str:
        rng = post.rng(1)
        items = []
        for i in range(post.comments):
            reply = ""
            if rng.random() < 0.3:
                reply = (f'<ol class="children"><li class="comment byuser bypostauthor"><article class="comment-body">'
                         f"<footer class=\"comment-meta\"><b class=\"fn\">{post.reviewer}</b></footer>"
                         f'<div class="comment-content"><p>{_sentence(rng)}</p></div></article></li></ol>')
            items.append(f'<li id="comment-{post.number}-{i}" class="comment"><article class="comment-body">'
                         f'<footer class="comment-meta"><b class="fn">{rng.choice(FIRST)}</b> '
                         f'<time datetime="{post.when:%Y-%m-%d}">{post.when:%-d %B %Y}</time></footer>'
                         f'<div class="comment-content"><p>{_paragraph(rng, (1, 4))}</p></div>'
                         f'<div class="reply"><a class="comment-reply-link" href="{post.path}?replytocom={i}">Reply</a></div>'
                         f"</article>{reply}</li>")
        heading = f'<h2 class="comments-title">{post.comments} thoughts on “{escape(post.title)}”</h2>' if items else ""
        return (f'<div id="comments" class="comments-area">{heading}<ol class="comment-list">{"".join(items)}</ol>'
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a reply</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform"><p><textarea name="comment"></textarea></p>'
                '<p><input name="author"><input name="email"></p><p><input type="submit" value="Post comment"></p></form></div></div>')

    # -- listings, feed, sitemaps -------------------------------------------------

    def _listing(self, posts: list[Post], title: str, path: str, body_class: str, older: str | None) -> str:
        entries = "\n".join(
            f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title">'
            f'<a href="{p.path}">{escape(p.title)}</a></h2><time datetime="{p.when:%Y-%m-%d}">{p.when:%-d %B %Y}</time></header>'
            f'<div class="entry-summary"><p>{_paragraph(p.rng(2), (2, 3))}</p></div></article>' for p in posts)
        pager = f'<nav class="navigation pagination"><a class="next page-numbers" href="{older}">Older posts</a></nav>' if older else ""
        return self._page(title, body_class, f"{entries}\n{pager}", path)

    def files(self, edits: dict[int, str] | None = None):
        """(relative path, text) for every file of the site."""
        edits = edits or {}
        for post in self.posts:
            yield post.path.strip("/") + "/index.html", self.post_html(post, edits.get(post.number))
        pages = [self.newest[i:i + PER_LISTING] for i in range(0, len(self.newest), PER_LISTING)]
        for n, chunk in enumerate(pages, start=1):
            path = "/" if n == 1 else f"/page/{n}/"
            older = f"/page/{n + 1}/" if n < len(pages) else None
            yield (path.strip("/") + "/index.html").lstrip("/"), self._listing(chunk, self.name, path, "home blog" + (" paged" if n > 1 else ""), older)
        for category in CATEGORIES:
            chunk = [p for p in self.newest if p.category == category][:PER_LISTING]
            yield f"category/{_slug(category)}/index.html", self._listing(chunk, category, f"/category/{_slug(category)}/", "archive category", None)
        about = f"<article class=\"page type-page\"><h1 class=\"entry-title\">About</h1><div class=\"entry-content\"><p>{_paragraph(random.Random(1), (6, 9))}</p></div></article>"
        yield "about/index.html", self._page("About", "page-template-default page", about, "/about/")
        yield "robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {self.base}/wp-sitemap.xml\n"
        yield from self.xml_files(edits)

    def xml_files(self, edits: dict[int, str] | None = None):
        edits = edits or {}
        items = "".join(f"<item><title>{escape(p.title)}</title><link>{self.base}{p.path}</link>"
                        f"<pubDate>{p.when:%a, %d %b %Y %H:%M:%S +0000}</pubDate><category>{p.category}</category>"
                        f"<description>{escape(_sentence(p.rng(3)))}</description></item>" for p in self.newest[:20])
        yield "feed/index.xml", (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{escape(self.name)}</title>'
                                 f"<link>{self.base}/</link>{items}</channel></rss>\n")
        chunks = [self.posts[i:i + PER_SITEMAP] for i in range(0, len(self.posts), PER_SITEMAP)]
        index = "".join(f"<sitemap><loc>{self.base}/wp-sitemap-posts-post-{n}.xml</loc></sitemap>" for n in range(1, len(chunks) + 1))
        yield "wp-sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n'
        for n, chunk in enumerate(chunks, start=1):
            urls = "".join(f"<url><loc>{self.base}{p.path}</loc><lastmod>{edits.get(p.number) or p.when.strftime('%Y-%m-%dT%H:%M:%S+00:00')}</lastmod></url>"
                           for p in chunk)
            yield f"wp-sitemap-posts-post-{n}.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _write(root: Path, files) -> int:
    count = 0
    for rel, text in files:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        count += 1
    return count


def generate(root: Path, base: str, posts: int, seed: int = 7) -> Site:
    site = Site(base, posts, seed)
    _write(root, site.files())
    (root / "_manifest.json").write_text(json.dumps({"base": base, "posts": posts, "seed": seed}), encoding="utf-8")
    return site


def html_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("index.html"))


def edit(root: Path, fraction: float, seed: int = 11) -> list[str]:
    """Rewrite `fraction` of the posts with an update paragraph, and their sitemap dates; return their paths."""
    manifest = json.loads((root / "_manifest.json").read_text(encoding="utf-8"))
    site = Site(manifest["base"], manifest["posts"], manifest["seed"])
    chosen = random.Random(seed).sample(range(len(site.posts)), max(1, round(len(site.posts) * fraction)))
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    edits = {n: stamp for n in chosen}
    _write(root, ((site.posts[n].path.strip("/") + "/index.html", site.post_html(site.posts[n], stamp)) for n in chosen))
    _write(root, site.xml_files(edits))
    return [site.posts[n].path for n in chosen]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.base, args.posts, args.seed)
    files = html_files(args.out)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} pages, {size / len(files) / 1024:.0f} KB on average, in {args.out}")


if __name__ == "__main__":
    main()
