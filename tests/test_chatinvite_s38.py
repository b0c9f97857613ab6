"""The site's own chat channel or group named in the South Asian scripts, and a line that opens on a pictograph set
apart as a box sets it apart (``ownchannel``, bpplea38).

Near misses: a character's WhatsApp group told in the review, a line opening on a pictograph that names no place of the
site's, a plain paragraph naming the site's channel in the middle of a sentence of the story."""

import pytest

from test_support_asides_s37 import _kept, _text


@pytest.mark.parametrize("middle, gone, lang", [
    ("<p>📢 ਨਵੀਆਂ ਸਮੀਖਿਆਵਾਂ ਲਈ ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ ਨਾਲ ਜੁੜੋ।</p>", "ਚੈਨਲ", "pa"),
    ("<p>📱 ہر نئی کتاب کی خبر کے لیے ہمارے ٹیلی گرام گروپ میں آئیں۔</p>", "گروپ", "ur"),
    ("<div class='note-box'>హొస పుస్తకాల కోసం మా టెలిగ్రామ్ గ్రూప్‌లో చేరండి.</div>", "గ్రూప్", "te"),
])
def test_the_sites_channel_in_a_south_asian_script_goes(middle, gone, lang):
    text = _text(middle=middle, lang=lang)
    assert gone not in text and _kept(text)


@pytest.mark.parametrize("middle, kept, lang", [
    # a character's group in the story: no "our", no site's name
    ("<p>📱 నాయిక తన కాలనీ వాట్సాప్ గ్రూప్‌లో ఈ వార్త పంపుతుంది, అక్కడి నుంచే కథ మలుపు తిరుగుతుంది.</p>", "నాయిక", "te"),
    # a pictograph opening a line of the review's, no chat platform
    ("<p>🌊 The river chapters are the best in the book, and our narrator is at her sharpest there.</p>",
     "river chapters", "en"),
    # "our" and a channel in a plain paragraph, not set apart: the story's
    ("<p>ہمارے محلے کا واٹس ایپ گروپ اس ناول میں ایک کردار کی طرح ہے، ہر خبر وہیں سے شروع ہوتی ہے اور وہیں ختم ہوتی ہے۔</p>",
     "محلے", "ur"),
])
def test_a_story_channel_or_a_pictograph_line_of_the_review_stays(middle, kept, lang):
    text = _text(middle=middle, lang=lang)
    assert kept in text and _kept(text)
