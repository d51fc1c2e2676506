"""Which outlet a URL belongs to, so that one outlet's feed can't write another outlet's articles.

An outlet is a registrable domain (public suffix list, from the `tld` package): www.inform.kz and
en.inform.kz are one outlet, inform.kz and zakon.kz two, and so are two blogs on one hosting suffix.
A host without a registrable domain (an IP address, localhost) is an outlet by itself.

Article ids come from canonical URLs, so a feed entry naming (or redirecting to) another site's
article would otherwise get that article's id with the wrong source. The poll refuses such entries,
processing refuses such archived pages, and the bulk writer never lets a document of one outlet be
replaced by another's.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tld import get_fld

from pipeline.records import Feed


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:  # a malformed port or bracket: no host to speak of
        return ""


def outlet_of_host(host: str) -> str:
    host = (host or "").lower().rstrip(".")
    return get_fld(host, fix_protocol=True, fail_silently=True) or host


def foreign_url(feed: Feed, *urls: str) -> str:
    """The first of `urls` that is not on the feed's own outlet, or "" when all of them are."""
    own = outlet_of_host(host_of(feed.url))
    return next((url for url in urls if outlet_of_host(host_of(url)) != own), "")
