"""rankingbadge.ranking_badge: the line a blogger sets over a blog-ranking banner ("I take part in the blog ranking,
a click helps"), left without its banner (a script's or an image's link the copy lost). After the review's last paragraph,
short, naming a ranking (platforms.RANKING_NAME, now in more languages) it goes; a click plea for the banner ("ポチッと",
"応援クリック") is an ask to vote (platforms.READER_ACTIONS).

Invented pages in our own words and markup (a Japanese diary in an article element, a Korean Naver-like blog, a
French blog, a Polish blog), with near misses: a review whose own last paragraph speaks of a ranking of books, a line
about a ranking in the middle of the review.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.platforms import RANKING_NAME, READER_ACTIONS

JA = ("<p>北国の小さな灯台を守る老人と、夏休みにやって来た孫娘の物語。波の音と霧笛の描写が美しく、読んでいるあいだ"
      "ずっと潮の匂いがしていた。</p><p>後半、灯台が無人化されると決まってからの二人の会話が胸に残る。派手さはないけれど、"
      "何度も読み返したくなる静かな一冊だった。</p>")
KO = ("<p>바닷가 마을의 오래된 등대를 지키는 노인과 여름방학에 찾아온 손녀의 이야기다. 파도 소리와 안개 경적의 묘사가 "
      "아름다워서 읽는 내내 바다 냄새가 나는 것 같았다.</p><p>등대가 무인화된다는 소식 뒤에 두 사람이 나누는 대화가 오래 "
      "남는다. 화려하지는 않지만 여러 번 다시 읽고 싶어지는 조용한 책이었다.</p>")
FR = ("<p>Ce roman suit un vieux gardien de phare et sa petite-fille venue passer l'été sur la côte bretonne. Les "
      "descriptions de la brume et des sirènes sont superbes, on sent le sel à chaque page.</p><p>La seconde moitié, "
      "quand le phare doit être automatisé, m'a beaucoup touchée. Un livre discret que je relirai sans doute.</p>")
PL = ("<p>Powieść opowiada o starym latarniku i jego wnuczce, która przyjeżdża na wakacje nad morze. Opisy mgły i "
      "syren przeciwmgielnych są piękne, przez całą lekturę czułam zapach soli.</p><p>Druga połowa, kiedy latarnia ma "
      "zostać zautomatyzowana, bardzo mnie poruszyła. Cicha książka, do której chętnie wrócę.</p>")


def _page(title: str, body: str, lang: str, box: str = "div class='post-body'") -> str:
    tag = box.split()[0]
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><div id='wrap'>"
            f"<h1 class='blog-name'><a href='/'>Blog</a></h1><div class='post'><h2 class='post-title'>{title}</h2>"
            f"<{box}>{body}</{tag}></div></div></body></html>")


# the engines' post boxes: an article element (a Japanese diary's), Naver's editor, Blogger's, WordPress's
ARTICLE, NAVER, BLOGGER, WORDPRESS = "article class='kiji'", "div class='se-main-container'", "div class='post-body'", \
    "div class='entry-content'"


def test_ranking_names_and_click_pleas():
    for text in ("ブログランキングに参加しています", "ランキング参加中です", "Je participe au classement des blogs",
                 "Biorę udział w rankingu blogów", "블로그 순위에 참여하고 있어요", "本博客参加了博客排名",
                 "Dieser Blog nimmt am Blog-Ranking teil", "Участвую в рейтинге блогов"):
        assert RANKING_NAME.search(text), text
    for text in ("Das Buch stand lange auf der Bestsellerliste", "ランキング上位の作品", "Le classement final du prix"):
        assert not RANKING_NAME.search(text), text
    assert READER_ACTIONS["vote"].search("応援クリックお願いします")
    assert READER_ACTIONS["vote"].search("よろしければポチッと")


def test_unlinked_ranking_line_goes_ja_article_layout():
    page = _page("灯台守の夏", JA + "<p>ランキングに参加しています。応援クリックしていただけると励みになります。</p>", "ja", ARTICLE)
    record = extract_page(page, "https://toudai.example.jp/blog-entry-88.html")
    assert "ランキング" not in record.body_text and "応援クリック" not in record.body_text
    assert "静かな一冊" in record.body_text


def test_unlinked_ranking_line_goes_ko():
    record = extract_page(_page("등대지기의 여름", KO + "<p>블로그 순위에 참여 중입니다. 아래 배너를 한 번 눌러 주세요.</p>", "ko",
                                NAVER),
                          "https://blog.example.kr/deungdae/2231")
    assert "블로그 순위" not in record.body_text and "조용한 책이었다" in record.body_text


def test_unlinked_ranking_line_goes_fr_and_pl():
    record = extract_page(_page("Le gardien", FR + "<p><em>Ce blog participe au classement des blogs littéraires : un "
                                                   "clic sur la bannière m'aide beaucoup !</em></p>", "fr",
                                BLOGGER),
                          "https://phare.example.fr/2026/12/le-gardien.html")
    assert "classement des blogs" not in record.body_text and "sans doute" in record.body_text
    record = extract_page(_page("Latarnik", PL + "<p>Blog bierze udział w rankingu blogów książkowych.</p>", "pl",
                                WORDPRESS),
                          "https://latarnia.example.pl/2026/12/latarnik.html")
    assert "rankingu blogów" not in record.body_text and "chętnie wrócę" in record.body_text


def test_a_review_that_speaks_of_rankings_stays():
    # the review's own last paragraph, long, about a ranking (of books, of the blog) stays
    last = ("<p>この本は今年の書店員ランキングでも上位に入っていて、ブログランキングで紹介している人も多かったので手に取った。"
            "読んでみると評判以上で、灯台の描写だけでも読む価値がある。老人と孫娘の会話の間合いがとても自然で、"
            "読み終えたあともしばらく二人の声が耳に残っていた。来年の夏にもう一度読み返したいと思う。</p>")
    record = extract_page(_page("灯台守の夏", JA + last, "ja", ARTICLE), "https://toudai.example.jp/entry/2")
    assert "評判以上" in record.body_text
    # a short line about a ranking in the middle of the review, paragraphs after it, stays
    middle = JA[:JA.index("</p>") + 4] + "<p>年間ランキングに参加した作品。</p>" + JA[JA.index("</p>") + 4:]
    record = extract_page(_page("灯台守の夏", middle, "ja", ARTICLE), "https://toudai.example.jp/entry/3")
    assert "年間ランキングに参加した作品" in record.body_text
