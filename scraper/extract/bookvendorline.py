"""A shop's product page that credits the book's author on the line right above its title: Shopify's themes set the
product's vendor (a bookshop fills it with the author) as a small caption over the h1 ("Lloyd Jones" over "Mister
Pip"), and so do many shop themes of other engines.

Read only on a product page (``bookproducthead.product_heading``: its one h1 in a box with a button and a price): the
element just before the h1 (or before the h1's own box, two levels up at most) holds a name alone, not a house
(``bookboxhouse.is_house``: "Penguin Books" is the vendor of a publisher's shop) nor a person addressed by a title
("Mr Watts"), and the page names the name's surname again (the description, a staff pick's "Jones writes …"): a
brand or a category over the title is no author.
"""

from __future__ import annotations

from .book import is_name
from .bookaddressed import addressed
from .bookboxhouse import is_house
from .bookproducthead import h1s, product_heading
from .nodes import shown_text


def vendor_line(tree) -> tuple[str, str] | None:
    """(title, author) of a product page whose h1 has the author's name alone on the line above it."""
    heading = product_heading(tree)
    if not heading:
        return None
    root = tree.getroottree().getroot()
    element = h1s(root)[0]
    for _ in range(3):
        before = element.getprevious()
        while before is not None and not (isinstance(before.tag, str) and (shown_text(before) or "").strip()):
            before = before.getprevious()  # (an image, a comment, an empty box between them)
        if before is not None:
            name = " ".join(shown_text(before).split())
            if 2 <= len(name.split()) <= 4 and is_name(name) and not is_house(name) and not addressed(name) \
                    and name != heading and root.text_content().count(name.split()[-1]) >= 2:
                return heading, name
            return None
        element = element.getparent()
        if element is None:
            return None
    return None
