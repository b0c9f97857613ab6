"""The registrable domain of a host: "paper.co.uk" of "books.paper.co.uk", "idnes.cz" of "blog.idnes.cz", "bbc.com" of
"news.bbc.com" — what a site's owner registered, by the Public Suffix List.

The list is read from the copy tldextract ships (tldextract is Scrapy's own dependency; it is never fetched here:
no suffix-list URLs, no cache directory). Counting the last two labels instead takes every "*.co.uk" or "*.com.au"
host for one site, and counting three after a short second label takes "news.bbc.com" for a domain of its own.

`own=True` (an owner's sites: "the same organisation") counts the list's private suffixes too, so two blogs on one
platform are two owners: "jane.blogspot.com", "reads.wordpress.com", "me.github.io". `own=False` reads the platform's
domain for them ("blogspot.com"): a line naming the platform's domain is the platform's chrome as much as the blog's.
A host under no listed suffix — the reserved ".example" and ".test" of our fixtures, an intranet name, an address —
keeps its last two labels.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

_PUBLIC = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)
_PRIVATE = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=8192)  # (a site's links go to the same few hosts on every page)
def registrable(host: str, own: bool = True) -> str:
    """The host's registrable domain, lower case (module docstring); "" for no host."""
    host = host.lower().strip(".")
    if not host:
        return ""
    found = (_PRIVATE if own else _PUBLIC)(host).top_domain_under_public_suffix
    return found or ".".join(host.split(".")[-2:])


def declared_hosts(element, og_url: bool = True, anywhere: bool = False) -> list[str | None]:
    """The hosts of the page's own addresses as the page of `element` declares them, in the page's order: its
    canonical links' and (`og_url`) its og:url's, in the head (`anywhere`: wherever the page has them); None for an
    address without a host (a relative one, a link without its href). Each caller picks its own: ``houseoffer.page_host``
    the first host of either, ``ownshop`` its domain, ``sectionslug`` the first canonical link's alone."""
    root = element.getroottree().getroot()
    where = "//" if anywhere else "head/"
    path = f"{where}link[@rel='canonical']" + (f" | {where}meta[@property='og:url']" if og_url else "")
    return [urlsplit((node.get("href" if node.tag == "link" else "content") or "").strip()).hostname
            for node in root.xpath(path)]
