"""A Tumblr post's notes under it (round s29), in our own words and markup: the themes' {PostNotes} block lists who
reblogged, liked or replied, one ``li.note`` a note, classed by its kind (``platforms.WIDGET_SELECTORS``). The notes
are the platform's, in the blog's language, whatever the wording: they go; a list of the writer's own notes (footnotes,
endnotes) classed "notes"/"note" alone stays.
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://lanternmoth.example.tumblr.com/post/7712004411/small-review-the-glass-orchard"
PARAS = [
    "spent the whole weekend with Mira Castell's <b>The Glass Orchard</b> and it is so good. a botanist inherits "
    "a greenhouse that grows weather instead of fruit, and every chapter is a different season trapped under glass.",
    "the middle drags a little when the cousins arrive, but the ending with the hailstorm orchard made me cry on a bus.",
    "rating: 4/5",
]


def _post(after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return ("<html lang='en'><head><meta charset='utf-8'><title>lantern moth — small review: the glass orchard</title>"
            f"<link rel='canonical' href='{URL}'></head><body><div id='posts'><article class='post text'>"
            f"<h2 class='title'>small review: the glass orchard</h2><div class='body'>{body}</div>"
            "<footer class='post-meta'><a href='/tagged/books'>#books</a></footer>"
            f"{after}</article></div></body></html>")


def test_the_notes_go_whatever_their_language_and_layout():
    for notes, said in (
        # English, the ol of the stock themes
        ("<ol class='notes'><li class='note reblog tumblelog_ferngrey with_commentary'><a href='#'>ferngrey</a> "
         "reblogged this from <a href='#'>lanternmoth</a> and added: adding this to my list right now</li>"
         "<li class='note like tumblelog_pebbleduck'><a href='#'>pebbleduck</a> likes this</li>"
         "<li class='note more_notes_link_container'><a href='#'>Show more notes</a></li></ol>",
         ("adding this to my list", "pebbleduck", "Show more notes")),
        # Spanish, a theme's div around a ul, a reply among them
        ("<div class='post-notes'><ul class='notes'><li class='note reply'><a href='#'>solcito</a> respondió: "
         "¡qué ganas de leerlo!</li><li class='note like'><a href='#'>marea-baja</a> le gusta esto</li>"
         "<li class='note reblog'><a href='#'>marea-baja</a> reblogueó esto desde <a href='#'>lanternmoth</a></li>"
         "</ul></div>", ("qué ganas de leerlo", "le gusta esto", "reblogueó")),
        # French and German, the original post's note last
        ("<ol class='notes'><li class='note like'><a href='#'>brumeux</a> aime ça</li><li class='note reblog'>"
         "<a href='#'>nebelkatze</a> hat das von <a href='#'>lanternmoth</a> gerebloggt</li>"
         "<li class='note original_post'><a href='#'>lanternmoth</a> posted this</li></ol>",
         ("aime ça", "gerebloggt", "posted this")),
    ):
        record = extract_page(_post(notes), URL)
        assert "hailstorm orchard" in record.body_text
        for words in said:
            assert words not in record.body_text, (words, record.body_text[-300:])


def test_the_writers_own_notes_list_stays():
    endnotes = ("<ol class='notes'><li class='note'>The hailstorm chapter first ran as a short story in a small "
                "magazine in 2019, under another title.</li><li class='note'>Castell thanks the Kew archive in "
                "her acknowledgements, which is where the weather-plants come from.</li></ol>")
    record = extract_page(_post(endnotes), URL)
    assert "first ran as a short story" in record.body_text
    assert "Kew archive" in record.body_text
