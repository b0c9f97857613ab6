"""rankingbadge._own_label: the ranking card's "I take part" sentence and its plea to click (rev33h)."""
from lxml import html

from scraper.extract.rankingbadge import ranking_badge


def _block(markup):
    return html.fromstring(f"<div>{markup}</div>")[0]


def test_cards_with_their_label_sentence_or_click_plea():
    for markup in ('<p>ブログランキングに参加しています。<a href="/g/3">歴史小説</a></p>',
                   '<p>Blog ranking: <a href="/g/crime">Crime</a> (please click!)</p>',
                   '<p>블로그 순위 참여 중 <a href="/c/poem">시집</a> 클릭 부탁드립니다</p>',
                   '<p>Рейтинг блогов: <a href="/g/sf">Фантастика</a> (нажмите, пожалуйста)</p>'):
        assert ranking_badge(_block(markup)) == "ranking badge", markup


def test_sentences_about_a_ranking_stay():
    for markup in ('<p>叔父は<a href="/k">釣りブログ</a>でランキング参加中らしい。</p>',
                   '<p>Her serial climbed <a href="/r">Inkwell</a>\'s blog ranking, please click the cover.</p>'):
        assert ranking_badge(_block(markup)) is None, markup
