"""Round 26: the IndieWeb's replies from other sites (Webmention widgets' "webmentions" box: likes, reposts and
replies gathered from other blogs) are the post's comments; a post that merely talks about webmentions, or a wrapper
whose class only says webmentions are enabled, keeps its text."""

from scraper.extract import extract_page

EN = ["I picked up this slim novel on a rainy Sunday and did not put it down until the lamp had to go on. It follows a "
      "ferry captain who keeps a diary of every passenger she ever carried across the sound.",
      "The diary entries are short and funny, then suddenly not funny at all, and by the last forty pages I was reading "
      "slowly on purpose so that it would not end. Four stars out of five."]
DE = ["Ich habe diesen schmalen Roman an einem verregneten Sonntag gelesen und erst weggelegt, als es dunkel wurde. Er "
      "erzählt von einer Fährkapitänin, die über jeden Fahrgast Tagebuch führt.",
      "Die Einträge sind kurz und komisch, dann plötzlich gar nicht mehr komisch, und die letzten vierzig Seiten habe ich "
      "absichtlich langsam gelesen, damit das Buch nicht endet."]


def _page(paras: list[str], after: str, wrapper: str = "post-content") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>Ferry diaries</title></head><body><article class='h-entry'><h1>Ferry diaries</h1>"
            f"<div class='{wrapper}'>{body}{after}</div></article></body></html>").encode()


def test_webmention_box_goes():
    for paras, box in ((EN, "<section class='webmentions'><h3>Responses</h3><p><a href='https://a.example/@reed'>@reed</a> "
                            "reposted this. <a href='https://b.example/'>b.example</a> replied: \"Added to my list!\"</p></section>"),
                       (DE, "<div id='webmentions' class='webmention'><h3>Reaktionen</h3><p><a href='https://c.example/'>c.example</a> "
                            "antwortete: \"Klingt wunderbar, danke!\"</p></div>")):
        text = extract_page(_page(paras, box), "https://ferry.example/2026/ferry/").body_text
        assert all(p[:40] in text for p in paras)
        assert "replied" not in text and "antwortete" not in text


def test_near_misses_keep_the_post():
    # a wrapper that only says webmentions are enabled, and a post that talks about them
    talk = "<p>Since I switched the blog to static pages I also turned on webmentions, so replies from other blogs show up here.</p>"
    for paras in (EN, DE):
        text = extract_page(_page(paras, talk, wrapper="post-content webmention-enabled"), "https://ferry.example/2026/ferry/").body_text
        assert all(p[:40] in text for p in paras) and "turned on webmentions" in text
