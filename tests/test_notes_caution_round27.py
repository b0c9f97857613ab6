"""A caution to sensitive readers with no label word (notewarnings.caution_note), in more languages (holdout28 round):
Romanian, Czech, Croatian, Swedish, Danish, Finnish, Greek, Indonesian, Vietnamese; each on our own sentences, with near
misses (a remark to sensitive readers that warns of nothing, a spoiler caution, a caution with no hard thing)."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes
from scraper.extract.notewords import names_hard_thing

_PARAS = ["I read it over two evenings by the stove.", "The translation reads smoothly.", "Three stars from me."]


@pytest.mark.parametrize("note", [
    # ro: "Careful, for whoever is sensitive: the book opens with a murder and contains scenes of violence."
    "Atenție, pentru cei care sunt sensibili: cartea începe cu o crimă și conține scene de violență.",
    "Cititorii sensibili să fie cu grijă: romanul descrie o sinucidere.",
    # cs: "Sensitive readers, caution: the book describes violence in the family."
    "Citliví čtenáři pozor, kniha popisuje násilí v rodině.",
    # hr: "Caution for sensitive readers: the novel describes a suicide."
    "Oprez za osjetljive čitatelje: roman opisuje samoubojstvo.",
    # sv, da
    "Känsliga läsare bör vara försiktiga: boken skildrar våld och ett självmord.",
    "Følsomme læsere skal være forsigtige, for bogen beskriver vold mod børn.",
    # fi, el
    "Herkät lukijat, varovaisuutta: kirja kuvaa väkivaltaa ja itsemurhan.",
    "Προσοχή για ευαίσθητους αναγνώστες: το βιβλίο περιγράφει σκηνές βίας.",
    # id, vi
    "Pembaca yang sensitif harap berhati-hati, novel ini berisi adegan kekerasan.",
    "Người đọc nhạy cảm nên cẩn thận vì sách có cảnh bạo lực gia đình.",
])
def test_caution_to_sensitive_readers_in_more_languages(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings


@pytest.mark.parametrize("note", [
    # a remark to sensitive readers that cautions nobody (ro, sv)
    "Cititorii sensibili vor iubi scenele liniștite dintre cele două surori.",
    "Känsliga läsare kommer att älska de stilla scenerna vid havet.",
    # a caution with no hard thing (cs: the book is long), a spoiler caution (hr)
    "Citliví čtenáři pozor, kniha je opravdu dlouhá a pomalá.",
    "Oprez za osjetljive čitatelje: u nastavku ima spoilera o kraju.",
    # a caution that denies the hard thing (ro: "there is no violence")
    "Atenție, pentru cei care sunt sensibili: nu există violență în carte, doar tristețe.",
])
def test_caution_near_misses_in_more_languages(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings is None


def test_a_romanian_murder_is_a_hard_thing_and_an_english_crime_novel_is_not():
    assert names_hard_thing("romanul pornește de la o crimă")
    assert names_hard_thing("omorul din sat")
    assert not names_hard_thing("a crime novel set in Leeds")


# A bare "attention" label (notewords' attn group) over a list of hard things, in more languages; a remark under it is none.
@pytest.mark.parametrize("line, listed", [
    ("Atenție: violență domestică, sinucidere.", "violență domestică, sinucidere."),  # ro
    ("Pažnja: nasilje u obitelji, samoubojstvo.", "nasilje u obitelji, samoubojstvo."),  # hr
    ("Προσοχή: βία, αυτοκτονία.", "βία, αυτοκτονία."),  # el
    ("Dėmesio: prievarta, mirtis.", "prievarta, mirtis."),  # lt
])
def test_a_bare_attention_label_over_a_list_of_hard_things(line, listed):
    assert read_notes("\n\n".join([line, *_PARAS])).content_warnings == listed


@pytest.mark.parametrize("line", [
    "Atenție: cartea e lungă și lentă.",  # ro: a remark
    "Pažnja: knjiga je duga, ali vrijedi.",  # hr
    "OBS: boken är lång men värd det.",  # sv
    "Huomio: kirja on pitkä.",  # fi
])
def test_a_bare_attention_label_over_a_remark(line):
    assert read_notes("\n\n".join([line, *_PARAS])).content_warnings is None
