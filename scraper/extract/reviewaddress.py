"""A post filed as a review by its address: a section named for reviews, or a slug ending on the word (classify.py
counts it with a review category or tag; reviewed.unfound_book reads it as one mark of a review); and the address
of a listing, which classify.py calls no post (a home, archive, category, tag or pagination page)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# The word for a review as a post's address writes it: in Latin letters whatever the page's script (a slug is written
# or transliterated so): en, es, pt, fr, de, it, nl, pl, cs, sk, ro, sv, da, no, fi, tr, id; el, ru/uk/bg, hu, hi/mr, kn, he, ja, zh.
_ADDRESS_REVIEW = re.compile(r"(?:book)?reviews?|rese[nñ]as?|resenhas?|critiques?|rezension(?:en)?|recension[ei]?|retsenzi(?:i|ya|ia|ja)|"
                             r"recensies?|recenzj[ae]|recenzi[ae]|recenze|recenzii|recenzija|recensioner|anmeldelser?|arvostelu[tj]?|recenzi[oó]k?|"
                             r"kritik(?:a|ai|ak|i|es)?|(?:vivlio|biblio)kritik(?:i|es)|inceleme|ulasan|resensi|samee?ksha|vimarshe|bikor[eo]t|shohyo|shuping", re.I)
_ADDRESS_TOKEN = re.compile(r"[^\W_]+")
_SECTION_PAGE = re.compile(r"^(?:index|default|home|all|list)$", re.I)

# A listing's address (classify: a home, archive, category, tag or pagination page is no post).
# (an archive path followed by a post's slug or number is a post: Buttondown issues, WordPress /archives/123; a
# number there is a year's archive only when it reads as a year, 19xx or 20xx: Typecho's "/archives/1287/" is a post)
# (a year alone under an archive's word, "/archives/1999", names a year's archive, or a post by its number when the
# page's body class says it is one post, "single-post": classify asks year_only of that markup)
LISTING_PATH = re.compile(r"/(page/\d+|category|tag|tags|label|search|author|(?:19|20)\d{2}/\d{2}/?$|"
                          r"(?:19|20)\d{2}/?$)(/|$)|"
                          r"/archives?(/(?P<archive_year>(?:19|20)\d{2})(?P<month>/\d{2})?)?/?$|"
                          r"[?&](start|paged|page|skip|updated-max|s|q|search|cat|tag|author)=|"
                          r"[?&]m=(?:19|20)\d{2}", re.I)  # (Blogger's "?m=1": mobile)
# A query naming one item by number: a board engine's post carries its list's search and page along (imweb "?q=…&idx=18", Gnuboard
# "&wr_id=12&page=3", XE "&document_srl=12"). (Not a topic's "t=", its "&start=" pages replies; nor "p=", "id=": a page's, a category's.)
ONE_ITEM_QUERY = re.compile(r"(?:^|&)(?:idx|no|wr_id|document_srl|article_?id|post_?id|entry_?id|item_?id|nid)=[\w-]*\d[\w-]*(?:&|$)", re.I)


def filed_by_address(url: str | None) -> bool:
    """The post's address files it as a review: under a section named for reviews and nothing else ("/books/reviews/<slug>",
    "/reviews/128830417", "/recensioni/<slug>/"), or its slug ends on the word ("/blog/<title>-<author>-review.html").
    Not the section's own page ("/reviews/", "/reviews/index.html"), nor a page about reviewing ("/review-policy",
    "/reviews-wanted"), nor a blog whose name holds the word ("/@ana-reviews/<slug>": other words beside it)."""
    segments = [seg for seg in urlsplit(url or "").path.split("/") if seg]
    if not segments:
        return False
    words = [_ADDRESS_TOKEN.findall(seg) for seg in segments]
    last = [word for word in words[-1] if word.lower() not in ("html", "htm", "php", "aspx")]
    if not last or _SECTION_PAGE.match(last[-1]) or all(_ADDRESS_REVIEW.fullmatch(word) for word in last):
        return False
    section = any(seg and all(_ADDRESS_REVIEW.fullmatch(word) or word.lower() in ("book", "books") for word in seg)
                  and any(_ADDRESS_REVIEW.fullmatch(word) for word in seg) for seg in words[:-1])
    return section or (len(last) >= 3 and bool(_ADDRESS_REVIEW.fullmatch(last[-1]))) or _before_number(last)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _before_number(last: list[str]) -> bool:
    """A news engine's slug, the article's number appended: "<title>-review-1245567" (a slug, the word, then four
    digits or more, not a year nor a date's: one word at least before the word, and no book's or review's word alone there)."""
    if len(last) < 3 or not (last[-1].isdigit() and len(last[-1]) >= 4) or last[-2].isdigit() or _YEAR.fullmatch(last[-1]):
        return False
    head = [word for word in last[:-2] if not (_ADDRESS_REVIEW.fullmatch(word) or word.lower() in ("book", "books"))]
    return bool(head) and bool(_ADDRESS_REVIEW.fullmatch(last[-2]))


# A catalogue's or a shop's search section whose next segment names one record, an id after it: the record's own
# page, not a list of results (SirsiDynix Enterprise "/search/detailnonmodal/ent:…/one", "/search/detail/123",
# Primo's "/search/fulldisplay?docid=…", "/search/record/abc123", Polaris PowerPAC's "/search/title.aspx?…&cn=393254",
# its control number). Platform knowledge: the engines file a record's page under the search that found it; their
# results lists ("/search/results?qu=…", "searchresults.aspx") are other words.
_SEARCH_RECORD = re.compile(r"/search/(?:(?:detail\w*|full-?display|records?)(?:\.\w{2,5})?(?:/[^/]|\?.)|title\.aspx\?(?:[^#]*&)?cn=\d)", re.I)


# A news engine's router query naming its one-item view and the item's number ("?page=detail&id=148822",
# "index.php?mod=article&act=view&nid=5", "?action=news_detail&newsid=77"): its "page=" routes to a view, it pages nothing.
# Not a router naming a list ("?page=category&id=5", "?page=2"), nor a category's or a section's id ("catid=", "cid=").
_DETAIL_ROUTE = re.compile(r"(?:^|&)(?:page|mod|module|act|action|view|do|op|task|cmd)=(?:[a-z]+[_-])?"
                           r"(?:detail|details|view|read|show|single|article|post|story|entry|item)(?:[_-][a-z]+)?(?:&|$)", re.I)
_ITEM_NUMBER = re.compile(r"(?:^|&)(?:id|aid|nid|(?:news|article|art|post|story|item|entry|doc|content)_?id)=\d+(?:&|$)", re.I)


def search_record(url: str | None) -> bool:
    """The address files one record's page under a search section ("/search/detailnonmodal/<id>"), or routes to one
    item's view by its number ("?page=detail&id=<n>")."""
    split = urlsplit(url or "")
    if split.query and "=" in split.query and _DETAIL_ROUTE.search(split.query) and _ITEM_NUMBER.search(split.query):
        return True
    return bool(_SEARCH_RECORD.search(split.path + ("?" + split.query if split.query else "")))


# An archive's word in the address ("/author/<slug>/", "/category/<slug>/", "/tag/<slug>/") with a review's own
# address below its slug: a section named for reviews, then the one review's number ("/author/<name>/<book>/reviews/
# 418207/", a book service filing its readers' reviews under the author's and the book's pages). Not the archive,
# nor its pages ("/author/<name>/page/2/"), nor the list of the book's reviews ("/author/<name>/<book>/reviews/"), nor a
# review section that is the archive's own slug or a nested category ("/category/reviews/fantasy/", "/category/books/
# reviews/fantasy/": a number is a review's, a word a category's).
_ARCHIVE_WORD = re.compile(r"^(?:author|category|tag|tags|label)$", re.I)
_REVIEW_NUMBER = re.compile(r"^(?!(?:19|20)\d{2}\b)\d{3,}(?:\.html?)?$")  # (not a year: a dated archive)


def review_below_archive(path: str) -> bool:
    """The address files one review, by its number, in a section named for reviews below an archive's slug (its last
    two segments: "…/reviews/418207/page/100/" pages something else)."""
    segments = [seg for seg in path.split("/") if seg]
    for n, seg in enumerate(segments):
        if _ARCHIVE_WORD.match(seg):
            below = segments[n + 2:]  # (below the archive's word and its slug)
            tokens = _ADDRESS_TOKEN.findall(below[-2]) if len(below) >= 2 else []
            return bool(tokens) and all(_ADDRESS_REVIEW.fullmatch(t) for t in tokens) and bool(_REVIEW_NUMBER.match(below[-1]))
    return False


def year_only(listing: re.Match) -> bool:
    """LISTING_PATH matched a year with no month after it under an archive's word ("/archives/1999"), nothing else (a
    bare "/2013/" at the root is WordPress's year archive whatever class its theme gives it)."""
    return bool(listing.group("archive_year")) and not listing.group("month")
