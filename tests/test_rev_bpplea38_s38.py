"""Review of bpplea38 (``payhints``, ``mailfollow``, ``ownchannel``'s South Asian "our"): the review's own sentences
the new rules took, and the site's lines they must still take.

- a payment handle in the story, in apposition mid-sentence (``payhints._given``: a plea gives it as a label's value
  or closes the line on it);
- a way to pay beside a place of a character's or another's ("her profile", "the charity's About page", "su perfil":
  ``payhints._OWNED``);
- a boxed pull quote on a "premium" the story tells of ("premium settlers pay $40 a month": ``payhints._named``);
- a boxed summary naming e-mails and the latest posts side by side, joined by "and" (``mailfollow.mail_follow``);
- "our" not governing the chat ("our village's WhatsApp group") on a line opening on a pictograph
  (``ownchannel._our_chat``).
"""

import pytest

from test_support_asides_s37 import _kept, _text


@pytest.mark.parametrize("middle, kept, lang", [
    # a payment handle in apposition, mid-sentence: the story's
    ("<p>The con man texts his marks a UPI handle, lucky@ybl, and asks for a tip of ₹500 for the fortune.</p>",
     "lucky@ybl", "en"),
    ("<p>Meera sends the rent through PayPal to landlord@sbi, and the novel turns on that one payment.</p>",
     "landlord@sbi", "en"),
    # a way to pay beside a character's or another's profile or About page
    ("<p>Over coffee, Anna edits her profile on the dating app and adds a tip jar joke; it is the funniest scene in "
     "the book.</p>", "dating app", "en"),
    ("<p>The hacker empties the PayPal account he found through her profile, and the thriller never slows down.</p>",
     "hacker empties", "en"),
    ("<p>The charity's About page asks for a donation, and Mara realises her brother wrote it.</p>", "charity's About",
     "en"),
    ("<p>La protagonista pide donaciones por PayPal en su perfil y así empieza la estafa.</p>", "protagonista", "es"),
    # a boxed pull quote: the story's premium, a lower-case word or the sentence's capital
    ("<div class='pull'><p>The colony charges premium settlers $40 a month for air.</p></div>", "premium settlers",
     "en"),
    ("<div class='pull'><p>Premium settlers pay $40 a month for air, and the poor ones choke.</p></div>",
     "Premium settlers", "en"),
    # "our" and a pictograph, the chat a village's
    ("<p>📖 उपन्यास में हमारे गाँव का व्हाट्सएप ग्रुप ही असली नायक है।</p>", "व्हाट्सएप", "hi"),
    ("<div class='note-box'><p>हमारे शहर का टेलीग्राम चैनल ही इस उपन्यास का खलनायक है।</p></div>", "खलनायक", "hi"),
])
def test_a_review_sentence_the_new_pay_and_channel_rules_took_stays(middle, kept, lang):
    text = _text(middle=middle, lang=lang)
    assert kept in text and _kept(text)


@pytest.mark.parametrize("end, kept, lang", [
    ("<div class='summary'><p>In short: a thriller told in e-mails and the latest posts of a missing influencer.</p>"
     "</div>", "missing influencer", "en"),
    ("<div class='verdict'><p>En resumen: una novela hecha de correos y nuevas entradas del diario de la hija.</p></div>",
     "diario de la hija", "es"),
])
def test_a_boxed_summary_naming_emails_and_posts_stays(end, kept, lang):
    text = _text(end=end, lang=lang)
    assert kept in text and _kept(text)


@pytest.mark.parametrize("kw, gone", [
    (dict(middle="<p>Gostou? Manda um café via Pix: rioslivros@nubank</p>", lang="pt"), "rioslivros"),
    (dict(middle="<p>Si te gustó, puedes invitarme un café: el enlace de Ko-fi está en mi perfil.</p>", lang="es"),
     "Ko-fi"),
    (dict(middle="<p>The sidebar has a Ko-fi button if you want to support the reviews.</p>"), "Ko-fi"),
    (dict(middle="<div class='premium-box'><p>Go Premium for $4 a month and read every review first.</p></div>"),
     "Go Premium"),
    (dict(end="<div class='widget'><p>Neue Beiträge per E-Mail erhalten: Adresse unten eintragen.</p></div>",
          lang="de"), "Neue Beiträge"),
    (dict(middle="<p>📢 नई समीक्षाओं के लिए हमारे टेलीग्राम चैनल से जुड़ें।</p>", lang="hi"), "चैनल"),
    (dict(middle="<p>📢 নতুন রিভিউয়ের জন্য আমাদের টেলিগ্রাম চ্যানেলে যোগ দিন।</p>", lang="bn"), "চ্যানেল"),
])
def test_the_sites_pay_follow_and_channel_lines_still_go(kw, gone):
    text = _text(**kw)
    assert gone not in text and _kept(text)
