"""Decoding bodies whose declared charset lies."""

import pytest

from pipeline.fetch.charset import declared_charset, decode

TEXT = "Президент Казахстана провёл переговоры с делегацией Кыргызстана о воде и энергетике"


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [
        ("cp1251", "text/html; charset=utf-8"),
        ("koi8_r", "text/html; charset=utf-8"),
        ("utf-8", "text/html; charset=windows-1251"),
        ("utf-8", "text/html; charset=koi8-r"),
        ("cp1251", ""),
        ("koi8_r", "text/html; charset=windows-1251"),
        ("cp1251", "text/html; charset=koi8-r"),
    ],
)
def test_cyrillic_is_read_right_whatever_is_declared(encoding, declared):
    html = f"<html><head><title>{TEXT}</title></head><body><p>{TEXT}</p></body></html>"
    text, _ = decode(html.encode(encoding), declared)
    assert TEXT in text


def test_declared_charset_from_header_xml_declaration_or_meta():
    assert declared_charset(b"", "text/html; charset=CP1251") == "cp1251"
    assert declared_charset(b'<?xml version="1.0" encoding="KOI8-R"?><rss/>') == "koi8-r"
    assert declared_charset(b'<html><meta charset="windows-1251"></html>') == "cp1251"
    assert declared_charset(b"<html></html>", "text/html; charset=nonsense") == ""


def test_boms_decide():
    assert decode("Алматы".encode("utf-16"))[0] == "Алматы"
    assert decode(b"\xef\xbb\xbf" + "Бишкек".encode())[0] == "Бишкек"
