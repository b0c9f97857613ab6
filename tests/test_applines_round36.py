"""The app line: a closing line opening on the bidding to download or install the site's app (applines, tailasks)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.applines import app_line

_PROSE = {
    "en": ("The novel follows a ferry pilot through one long winter on the lake, and every chapter is a crossing. "
           "The prose is plain, patient and often very funny, and the ending earns its quiet. ") * 3,
    "zh": "这本小说写一个渡船驾驶员在湖上度过的漫长冬天，每一章都是一次横渡。文字朴素、耐心，常常很好笑，结尾安静却有力量。" * 3,
    "ja": "湖の渡し船の操縦士がひと冬を過ごす小説で、章ごとにひとつの航海が描かれる。文章は素朴で辛抱強く、ときにとても可笑しい。" * 3,
    "ko": "호수의 나룻배 조종사가 긴 겨울을 보내는 소설로, 장마다 한 번의 항해가 그려진다. 문장은 소박하고 끈기 있으며 자주 웃기다. " * 3,
}


@pytest.mark.parametrize("line", [
    "Download the Harbour Courier app for book news on the go.",
    "Get our app and never miss a review.",
    "下载湖畔日报App，随时随地看最新书评。",
    "下載湖畔網App，第一時間讀到新書評。",
    "湖畔アプリをダウンロードして、新着レビューをチェック！",
    "호수일보 앱 다운로드하고 매일 새 서평 받아보기",
    "Laden Sie die Seeblatt-App herunter",  # (no pattern for this wording: not an app line)
])
def test_app_line_shapes(line):
    expected = not line.startswith("Laden")
    assert app_line(line) is expected


@pytest.mark.parametrize("line", [
    # near misses: the review's sentences about an app, a score, a note, a long line
    "You can get the library's app to borrow it free, which is how I read it.",
    "I read it in the library's app over three nights.",
    "我是在图书馆的App里读完的，下载很方便。",
    "図書館のアプリで読みました。ダウンロードも簡単です。",
    "Download the app? No: buy the book. 4/5",
    "",
])
def test_not_app_line(line):
    assert not app_line(line)


def _page(lang: str, closing: str, after: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Ferry Winter – Lakeside Reads</title></head><body><article>"
            f"<h1>Ferry Winter</h1><p>{_PROSE[lang]}</p><p>{_PROSE[lang]}</p><p>{closing}</p>{after}</article></body></html>")


@pytest.mark.parametrize("lang,closing", [
    ("en", "Download the Lakeside Reads app for new reviews every morning."),
    ("zh", "下载湖畔读书网App，随时随地掌握最新书评。"),
    ("ja", "湖畔読書アプリをダウンロードして、毎朝の新着レビューを。"),
])
def test_closing_app_line_removed(lang, closing):
    record = extract_page(_page(lang, closing, "<div class='tags'>Tags: <a href='/t/a'>lake</a> <a href='/t/b'>ferry</a></div>"),
                          "https://lakeside.example/ferry-winter")
    assert closing[:8] not in record.body_text
    assert _PROSE[lang][:20] in record.body_text


@pytest.mark.parametrize("lang,closing", [
    ("en", "I read it in the library's app over three nights, and would again."),
    ("zh", "我是在图书馆的App里读完的，三个晚上，值得再读。"),
])
def test_closing_sentence_about_an_app_kept(lang, closing):
    record = extract_page(_page(lang, closing), "https://lakeside.example/ferry-winter")
    assert closing[:8] in record.body_text


def test_app_bidding_mid_review_kept():
    # a line opening on the bidding, but review prose after it: not the post's close
    middle = "Download the ferry company's app, the heroine tells her passengers every morning."
    html = (f"<html lang='en'><head><title>Ferry Winter</title></head><body><article><h1>Ferry Winter</h1>"
            f"<p>{_PROSE['en']}</p><p>{middle}</p><p>{_PROSE['en']}</p></article></body></html>")
    assert middle[:20] in extract_page(html, "https://lakeside.example/ferry-winter").body_text
