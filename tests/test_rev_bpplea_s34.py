"""Review of the funding aside (``fundaside``, s34): boxed or emphasised lines of a review that speak of money in the
book's story, or of the book's own patrons, are no plea to pay the site (own words and markup).

Mended: a quotation set apart (a pull-quote, an italic line of dialogue) is the book's words; a sum a period beside a
question or the reader's liking is the story's unless membership or the reader's support goes with it; a question opening
the line turns to the reader only on the reader's liking or when its answer opens with the money; the reader's liking
counts only beside money that opens a clause (the reader's own, bidden); "helps pay" with no "us" or "me" is nobody's
plea; a year is no sum; membership words with only the site's name count only beside that name; a bid to support the
reader's own bookshop or library is not the site's."""

from tests.test_funding_aside_s34 import _DE, _EN, _ES, _kept, _page, _text


def _stays(box, paras=_EN, lang="en", url="https://saltmarshshelf.example.org/2026/12/the-lighthouse-winter/"):
    body = _text(_page(paras, lang=lang, middle=box), url)
    probe = box.split(">", 2)[-1][:40]
    return probe in body and _kept(body, paras)


# --- misfires mended --------------------------------------------------------------------------------------------------

def test_an_italic_line_of_dialogue_about_pay_stays():
    assert _stays("<p><em>\u201cIf you want my help, you pay me two shillings a week, and not a penny less,\u201d says the "
                  "harbourmaster.</em></p>")


def test_a_boxed_character_question_with_a_sum_a_month_stays():
    assert _stays("<div class='callout'><p>Who is Ottilie? A keeper's daughter whose father left her a fund that pays "
                  "two pounds a month.</p></div>")


def test_a_boxed_spoiler_on_money_that_helps_pay_debts_stays():
    assert _stays("<div class='spoiler'><p>Spoiler: if you wondered, the salvage money helps pay off the keeper's debts "
                  "in the end.</p></div>")


def test_a_boxed_history_note_with_a_year_and_a_month_stays():
    assert _stays("<div class='wp-block-group has-background'><p>Did you know? In 1911 real keepers on the island were "
                  "paid by the Board every month, in coin.</p></div>")


def test_a_site_labelled_note_on_the_novels_patrons_stays():
    assert _stays("<div class='callout'><p>Saltmarsh Shelf tip: the novel's patrons of the lighthouse are based on real "
                  "Victorian subscribers.</p></div>")


def test_a_spanish_box_on_a_characters_pay_a_month_stays():
    assert _stays("<div class='destacado'><p>\u00bfQui\u00e9n es la maestra? Una mujer que cobra 30 pesetas al mes y las "
                  "env\u00eda a su madre.</p></div>", _ES, "es", "https://pizarra.example.es/2026/12/maestra/")


def test_a_german_box_on_the_ferrymans_beer_money_stays():
    assert _stays("<div class='kasten'><p>Wenn dir das gef\u00e4llt: der F\u00e4hrmann zahlt dem Wirt 3 Taler im Monat "
                  "f\u00fcr Bier.</p></div>", _DE, "de", "https://elbufer.example.de/buch/faehrmann/")


def test_a_boxed_question_on_the_story_answered_with_a_donation_stays():
    assert _stays("<div class='callout'><p>Why does the mayor fund the lighthouse? The donation the widow makes in "
                  "chapter two, it turns out.</p></div>")


def test_a_boxed_recommendation_whose_story_has_a_tip_jar_stays():
    assert _stays("<div class='callout'><p>If you like this one, her earlier novel is about a coffee merchant who leaves "
                  "a tip jar in every port.</p></div>")


def test_an_italic_note_on_the_authors_charity_stays():
    assert _stays("<p><em>If you like the sound of it, the author is donating her royalties to the lifeboat "
                  "fund.</em></p>")


def test_a_spanish_box_on_a_donation_in_the_sequel_stays():
    assert _stays("<div class='destacado'><p>Si te gustan las novelas rurales, en la segunda parte la panadera hace una "
                  "donaci\u00f3n a la escuela.</p></div>", _ES, "es", "https://pizarra.example.es/2026/12/maestra/")


def test_a_german_box_on_a_gift_in_the_second_volume_stays():
    assert _stays("<div class='kasten'><p>Wenn dir das gef\u00e4llt: im zweiten Band spendet der F\u00e4hrmann sein "
                  "Erspartes dem Dorf.</p></div>", _DE, "de", "https://elbufer.example.de/buch/faehrmann/")


# --- the rule still does its job ---------------------------------------------------------------------------------------

def test_a_french_coffee_plea_paying_us_still_goes():
    assert not _stays("<div class='encadre'><p>Si ces chroniques vous plaisent, offrez un caf\u00e9 au blog sur Ko-fi : "
                      "c'est ce qui nous paie les livres.</p></div>")


def test_a_plea_helping_pay_the_hosting_still_goes():
    assert not _stays("<p><em>If these reviews help you pick your next read, you can help pay the hosting with a small "
                      "donation.</em></p>")


def test_the_site_without_ads_kept_by_members_still_goes():
    assert not _stays("<div class='callout'><p>Saltmarsh Shelf has no ads and no sponsors: members keep it going.</p></div>")


def test_a_reader_question_answered_with_a_donation_still_goes():
    assert not _stays("<div class='callout'><p>Found this useful? Donate to the shelf fund and the next review is on "
                      "Friday.</p></div>")


def test_a_reader_question_on_liking_with_a_platform_still_goes():
    assert not _stays("<div class='apoyo'><p>\u00bfTe gusta lo que hago? Pod\u00e9s bancar este rinc\u00f3n con un aporte "
                      "en Cafecito, cualquier monto suma.</p></div>", _ES, "es", "https://pizarra.example.es/2026/12/x/")


def test_membership_at_a_price_a_month_if_the_reader_wants_still_goes():
    assert not _stays("<div class='callout'><p>Pizarra no tiene anuncios. Si quieres apoyar a Pizarra, hazte miembro por "
                      "lo que vale un tinto al mes.</p></div>", _ES, "es", "https://pizarra.example.es/2026/12/x/")


def test_an_italic_bid_to_support_the_readers_own_bookshop_stays():
    # (tests/test_pleas.py::test_near_misses_stay's bookshop line, which fundaside had broken, in other words)
    assert _stays("<p><em>Apoya a tu biblioteca del barrio: pide all\u00ed el libro antes de comprarlo en una gran "
                  "plataforma.</em></p>", _ES, "es", "https://pizarra.example.es/2026/12/maestra/")
