"""sitedomain.declared_hosts: the one reading of the page's own host from its canonical link and og:url, which
houseoffer.page_host, ownshop._site_domain and sectionslug._host share; each keeps the result its own copy gave."""

from urllib.parse import urlsplit

import lxml.html
import pytest

from scraper.extract import houseoffer, ownshop, sectionslug
from scraper.extract.sitedomain import registrable


def _old_page_host(body):
    root = body.getroottree().getroot()
    for href in root.xpath("head/link[@rel='canonical']/@href | head/meta[@property='og:url']/@content"):
        host = urlsplit(href.strip()).hostname
        if host:
            return host.lower()
    return ""


def _old_site_domain(body):
    root = body.getroottree().getroot()
    for href in root.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        host = urlsplit(href.strip()).hostname
        if host:
            return registrable(host)
    return ""


def _old_section_host(block):
    root = block.getroottree().getroot()
    for link in root.iterfind(".//head/link[@rel='canonical']"):
        return urlsplit(link.get("href") or "").hostname
    return None


HEADS = [
    "",
    "<link rel='canonical' href='https://www.Paper.example/books/review/'>",
    "<link rel='canonical' href='https://paper.example/x'>",
    "<meta property='og:url' content='https://www.paper.example/x'>",
    "<meta property='og:url' content='https://og.example/x'><link rel='canonical' href='https://canon.example/x'>",
    "<link rel='canonical' href='https://canon.example/x'><meta property='og:url' content='https://og.example/x'>",
    "<link rel='canonical' href='/books/review/'><meta property='og:url' content='https://www.og.example/x'>",
    "<link rel='canonical'><link rel='canonical' href='https://second.example/'>",
    "<link rel='canonical' href=''><meta property='og:url' content='http://shop.paper.co.uk/x'>",
    "<link rel='canonical' href='  https://www.spaced.example/x  '>",
    "<link rel='alternate' href='https://alt.example/'>",
]
BODIES = ["<p>Text</p>", "<p>Text</p><link rel='canonical' href='https://inbody.example/'>",
          "<p>Text</p><meta property='og:url' content='https://www.inbody.example/'>"]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("body", BODIES)
def test_each_caller_keeps_its_result(head, body):
    page = lxml.html.fromstring(f"<html><head><title>T</title>{head}</head><body><div>{body}</div></body></html>")
    block = page.find(".//p")
    assert houseoffer.page_host(block) == _old_page_host(block)
    assert ownshop._site_domain(block) == _old_site_domain(block)
    assert sectionslug._host(block) == _old_section_host(block)


def test_cut_off_block_has_no_host():
    block = lxml.html.fragment_fromstring("<p>Text <a href='/x'>x</a></p>")
    assert houseoffer.page_host(block) == "" and ownshop._site_domain(block) == "" and sectionslug._host(block) is None


def test_www_kept_as_written():
    page = lxml.html.fromstring("<html><head><link rel='canonical' href='https://www.paper.example/'></head>"
                                "<body><p>Text</p></body></html>")
    block = page.find(".//p")
    assert houseoffer.page_host(block) == "www.paper.example" == sectionslug._host(block)
    assert ownshop._site_domain(block) == "paper.example"
