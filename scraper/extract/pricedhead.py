"""A product page's head found by its shape when no class or id names a shop control (reviewbox.shop_page).

Shops name their price and cart boxes in their own language ("ar-doboz", "kosarba", "prix", "warenkorb") or not at all,
so reviewbox._controls, reading English class words, finds none. What every product head shows whatever its language:
beside the h1, in the small box a level or two above it that holds no paragraph of prose, an element whose whole text is
a price ("2 400 Ft", "€ 14,90", "12,000원": spliced.price_line) and a button to act on it (a <button> or a submit input).
A post's h1 sits in a box with its text, or alone in its header: no price there, and no button beside a price.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .words import count_words


def head_boxes(head: HtmlElement):
    """The small boxes a level or two above an h1 that hold no paragraph of prose (an article holding its h1, its text
    and its buy box is a post's), nearest first (also reviewbox._product_head's)."""
    box = head
    for _ in range(2):
        box = box.getparent()
        if box is None or box.tag in ("body", "html") or len(box.text_content()) > 1200 \
                or any(count_words(p.text_content()) >= 25 for p in box.iter("p")):
            return
        yield box


def priced_head(heads: list[HtmlElement]) -> tuple[HtmlElement, HtmlElement] | None:
    """(the head box, its price element) of the first h1 whose box a level or two up holds a price and a button."""
    from .spliced import price_line  # (spliced reads reviewbox's neighbours: imported here)
    for head in heads:
        for box in head_boxes(head):
            if not any(el.tag == "button" or el.tag == "input" and el.get("type", "").lower() == "submit" for el in box.iter("button", "input")):
                continue
            price = next((el for el in box.iter() if isinstance(el.tag, str) and el is not head and len(el) == 0
                          and (text := (el.text or "").strip()) and len(text) <= 30 and price_line(text)), None)
            if price is not None:
                return box, price
    return None


_PROSE_FLOOR = 25  # (a paragraph of prose: head_boxes' measure)


def buy_first(heads: list[HtmlElement], controls=frozenset()) -> tuple[HtmlElement, HtmlElement] | None:
    """(the box, its price element) when the box a level or two above an h1 holds the product's description too (a
    paragraph of prose) but its price and a button to act on it come between the h1 and that prose: a shop's item page
    lays out title, author, price and cart, then "About this book" (Bol, Athenaeum, Fnac, Casa del Libro alike); a post
    opens on its text under its h1, its buy box or product card below it, and a post's page is no box of an h1 and a
    description but an article (not read here). WooCommerce's summary box puts its short description between the
    price and the cart form (title, stars, price, excerpt, add to cart): a price before the prose and, after it, a
    button that is one of the page's shop `controls` (its class names a cart: reviewbox._controls) is that box."""
    from .spliced import price_line  # (spliced reads reviewbox's neighbours: imported here)
    for head in heads:
        box = head
        for _ in range(2):
            box = box.getparent()
            if box is None or box.tag in ("body", "html", "article", "main"):
                break
            price = button = None
            seen = False
            for el in box.iter():
                if el is head:
                    seen = True
                if not seen or not isinstance(el.tag, str) or el is head or head in el.iterancestors():
                    continue
                if el.tag == "p" and count_words(el.text_content()) >= _PROSE_FLOOR:
                    cart = price is not None and button is None and _cart_after(el, box, controls)
                    button = cart if cart is not None else button
                    break  # (the description begins: what comes after it is no head's, but the shop's own cart)
                if el.tag == "button" or el.tag == "input" and el.get("type", "").lower() == "submit":
                    button = button if button is not None else el
                elif price is None and len(el) == 0 and (text := (el.text or "").strip()) and len(text) <= 30 \
                        and (price_line(text) or el in controls and any(c.isdigit() for c in text)):  # (or a figure the shop classes a price: any currency)
                    price = el
            else:
                continue  # (no prose in it: head_boxes' case, or none)
            if price is not None and button is not None:
                return box, price
    return None


def _cart_after(prose: HtmlElement, box: HtmlElement, controls) -> HtmlElement | None:
    """The first button or submit that is a shop control or inside one (a cart form) in the box's child right after
    the description's (the box's child holding `prose`), or after elements between that hold no paragraph of prose:
    WooCommerce's cart form follows its short description. A post's buy button below its text, a paragraph of its
    prose or more between, is no cart of a description's (rev-detworld35)."""
    holder = prose
    while holder.getparent() is not None and holder.getparent() is not box:
        holder = holder.getparent()
    if holder.getparent() is not box:
        return None
    for sibling in holder.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        for el in sibling.iter("button", "input"):
            if (el.tag == "button" or el.get("type", "").lower() == "submit") \
                    and (el in controls or any(up in controls for up in el.iterancestors())):
                return el
        if _prose(sibling):
            return None  # (more prose after the description: a post's text, its buttons below it no cart of the head's)
    return None


def _prose(el: HtmlElement) -> bool:
    return any(count_words(p.text_content()) >= _PROSE_FLOOR for p in el.iter("p"))
