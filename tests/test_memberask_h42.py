"""The site's membership plea closing an article (memberask, asked through siteaccounts.site_account; helper body42a
of the holdout42 round), in our own words and markup: a bid to become a member, subscriber or supporter, for the site's
sake ("support us", the site's name, a price): zh, ja, de, fr, hr, ru, en, sw; near misses: a character joining a club,
"join your local library", a bid without a reason, a score.
"""

from __future__ import annotations

from scraper.extract.memberask import member_plea
from tests.cleaning import cleaned, paras


def test_membership_pleas():
    for text, names in (
        ("成為會員，支持我們繼續寫長篇書評。", ()),
        ("加入会员，支持独立媒体。", ()),
        ("会員になって、私たちを応援してください。", ()),
        ("Werden Sie Mitglied und unterstützen Sie unabhängigen Journalismus.", ()),
        ("Devenez abonné pour soutenir notre rédaction.", ()),
        ("Postanite član Kulturnog kruga i podržite nas.", ()),
        ("Станьте подписчиком — поддержите нас.", ()),
        ("Become a member of Lamplight for $4 a month.", ()),
        ("Jiunge na Kalamu Plus na utuunge mkono.", ()),
        ("Join Lamplight Insiders and read every review first.", ("Lamplight",)),
    ):
        assert member_plea(text, names), text


def test_membership_plea_near_misses():
    for text in (
        "She becomes a member of the chess club and stops writing home.",
        "Join your local library: it has this one on the shelf.",
        "Become a member and read the archive.",  # (no reason: no support asked, no price, no name)
        "成為會員後，主角才發現俱樂部的秘密。",
        "Become a member, support us — my verdict: 4/5.",
    ):
        assert not member_plea(text, ("Lamplight",)), text


def test_the_closing_membership_plea_goes_zh():
    review = ["這部小說寫一個冬天的山村，孩子們怕狼多過怕父親，而父親只怕兒子不像他一樣成為獵人，所以每個星期六都帶他進山。" * 2,
              "作者用很短的句子，不解釋，正因如此，林中的場景讀完多日仍留在腦中。"]
    plea = "成為會員，支持我們繼續做深度的書評。"
    text, rules = cleaned(paras(*review, plea), "lamplight.example.hk")
    assert plea[:6] not in text and review[1][:10] in text, rules


