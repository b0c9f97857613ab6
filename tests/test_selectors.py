"""selectors.select_many matches what lxml's cssselect matches, in the same order, in one walk."""

import pytest
from lxml import html
from lxml.cssselect import CSSSelector

from scraper.extract.platforms import BODY_SELECTORS, WIDGET_SELECTORS
from scraper.extract.selectors import Simple, compiled, select_many

PAGE = """<html><body class="single">
<main role="main"><article class="post hentry" id="post-7">
  <h1 class="entry-title">The ferry at dusk</h1>
  <div class="entry-content" itemprop="articleBody"><p>A short novel about a harbour town.</p>
    <div class="available-content"><div class="body markup"><p>Inside the box.</p></div>
      <div class="body\tmarkup">tab-separated classes</div><div class="body\xa0markup">no-break space</div></div>
    <div class="sharedaddy sd-sharing"><a href="#">Share</a></div>
    <section data-hook="related-posts"><a href="/other/">Another</a></section>
    <div class="btn-container"><span><img class="kofiimg" alt="" src="k.png"></span></div>
    <p data-portal>portal</p><p data-portal="">empty portal</p>
  </div>
</article></main>
<aside><div class="widget widget widget_text" id="text-3">A sidebar text</div></aside>
<div id="disqus_thread"></div>
</body></html>"""

EXTRA = ["article", "main p", ".entry-content .body.markup", "[data-portal]", "[data-portal='']", "[role='main'] .entry-title",
         "div.widget#text-3", "#disqus_thread", "aside .widget", ".available-content .body", "a > img", "p:not(.x)"]


@pytest.mark.parametrize("selector", list(WIDGET_SELECTORS) + list(BODY_SELECTORS) + EXTRA)
def test_each_selector_matches_what_cssselect_matches(selector):
    tree = html.fromstring(PAGE)
    for root in (tree, tree.find(".//article")):
        assert select_many(root, [selector])[0] == CSSSelector(selector, translator="html")(root), selector


def test_the_usual_selectors_are_matched_without_xpath_and_together():
    assert all(isinstance(compiled(s), Simple) for s in ["article", "[data-hook='related-posts']", ".btn-container .kofiimg"])
    tree = html.fromstring(PAGE)
    found = select_many(tree, [".sharedaddy", "[data-portal]", ".available-content .body.markup", "nonsense[", "article"])
    assert [len(f) for f in found] == [1, 2, 2, 0, 1]
    assert found[2][0].text_content() == "Inside the box." and found[2][1].text_content() == "tab-separated classes"
    # a plain class selector splits classes on any whitespace, as it always did (cssselect only on XML's)
    assert len(select_many(tree, [".body.markup"])[0]) == 3
