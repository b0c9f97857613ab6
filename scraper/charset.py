"""Bytes of a fetched page → text, whatever the page says (or fails to say) about its charset.

Order, as browsers do it, but trusting a declaration only when the bytes agree:

1. a byte-order mark (UTF-8, UTF-16) wins over everything;
2. the HTTP ``Content-Type`` charset, then ``<meta charset>`` / ``http-equiv``,
   each used only if the body decodes cleanly with it (a page labelled UTF-8
   but written in cp1252 is common); ``latin-1`` and ``iso-8859-1`` mean
   cp1252 (the WHATWG rule), and a page labelled with them that is valid,
   non-ASCII UTF-8 is read as UTF-8 (a mislabel; the reverse cannot happen by
   chance);
3. valid UTF-8;
4. a guess by charset_normalizer, made on the words holding non-ASCII bytes
   (on a mostly-ASCII page the markup drowns a whole-page guess: a Shift-JIS
   post with English markup came out as kz1048), falling back to a whole-page
   guess for Latin scripts;
5. cp1252 with replacement characters: something readable, never an exception.
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

LATIN = re.compile(r"^(cp125[02-8]|latin_1|iso8859_\d+|mac_\w+|cp8\d\d|cp437|ascii)$")
NON_ASCII_WORDS = re.compile(rb"[\x21-\x7e]{0,12}[\x80-\xff][\x80-\xff\x21-\x7e]*")
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    def best(data: bytes) -> str | None:
        matches = from_bytes(data)
        top = matches.best()
        if top is None:
            return None
        # equally good readings (cp1250, cp1252 and cp1257 often tie on Western text): the web's usual one
        tied = {m.encoding for m in matches if (m.chaos, m.coherence) == (top.chaos, top.coherence)}
        return "cp1252" if "cp1252" in tied else top.encoding

    sample = b" ".join(NON_ASCII_WORDS.findall(body[:400_000]))[:40_000]
    guess = best(sample) if sample else None
    if guess is not None and not LATIN.match(guess):
        return guess
    return best(body[:100_000])


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, how it was read): the encoding and where it came from, e.g. ``cp1252 (meta)``."""
    for bom, encoding in BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(encoding, "replace"), f"{encoding} (byte-order mark)"
    declared = [(http_content_type_encoding(content_type or ""), "HTTP header"),
                (html_body_declared_encoding(body[:4096]), "meta")]
    for label, where in declared:
        encoding = resolve_encoding(label) if label else None
        if not encoding:
            continue
        if encoding == "cp1252" and not body.isascii() and (text := _strict(body, "utf-8")) is not None:
            return text, f"utf-8 (labelled {label} in the {where}, but the bytes are UTF-8)"
        if (text := _strict(body, encoding)) is not None:
            return text, f"{encoding} ({where})"
    if (text := _strict(body, "utf-8")) is not None:
        return text, "utf-8"
    guess = _guess(body)
    if guess and (text := _strict(body, guess)) is not None:
        return text, f"{guess} (guessed)"
    return body.decode("cp1252", "replace"), "cp1252 (fallback, with replacements)"
