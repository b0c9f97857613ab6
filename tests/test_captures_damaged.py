"""read_capture on WARC bytes that parse as a record but hold no HTTP response: a CaptureError naming the file and
offset (which reextract reports for that URL), never an AttributeError from warcio's missing http_headers."""

from __future__ import annotations

import pytest

from archive.captures import CaptureError, read_capture


def warc_record(uri: str, body: bytes, rec_type: str = "response") -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-12-04T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:0f3c2a1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode() + body + b"\r\n\r\n"


@pytest.mark.parametrize("uri, body", [
    ("http://127.0.0.1/empty/", b""),  # a response record cut to nothing
    ("dns:quiet-shelf.example", b"20261204100000\nquiet-shelf.example. 300 IN A 127.0.0.1\n"),  # not an HTTP record
])
def test_a_record_with_no_http_block_is_a_capture_error_naming_the_file(tmp_path, uri, body):
    good = warc_record("http://127.0.0.1/kept/", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>kept</p>")
    (tmp_path / "mixed.warc").write_bytes(good + warc_record(uri, body))
    assert read_capture(tmp_path, "mixed.warc", 0).raw_body == b"<p>kept</p>"
    with pytest.raises(CaptureError, match=rf"mixed\.warc at {len(good)}: not a readable WARC record \(no HTTP headers"):
        read_capture(tmp_path, "mixed.warc", len(good))
