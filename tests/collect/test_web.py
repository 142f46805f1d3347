"""Fetching against the real local server: politeness, conditional requests, and hostile answers refused."""

from __future__ import annotations

import socket
import time
import tracemalloc
from dataclasses import replace

import pytest
from local_web import MB, Answer, LocalWeb

from mesint.collect.article import page_text, web_document
from mesint.collect.web import Fetcher, FetchError, FetchPolicy, build_request


def fetch(web: LocalWeb, policy: FetchPolicy, path: str, **kwargs: str) -> object:
    with Fetcher(policy) as fetcher:
        return fetcher.fetch(build_request(web.base + path, **kwargs))


def test_a_page_is_fetched_with_a_clear_user_agent(web: LocalWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(build_request(web.base + "/page.html"))
    assert result.status == 200
    assert result.media_type == "text/html" and result.charset == "utf-8"
    assert b"Tarmiyah" in result.body
    assert web.user_agents and all(ua.startswith("mesint/") and "(+http" in ua for ua in web.user_agents)
    assert web.hits["/robots.txt"] == 1


def test_conditional_requests_get_304(web: LocalWeb, policy: FetchPolicy) -> None:
    web.feed("/etag.xml", lambda: b"<rss version='2.0'><channel><title>t</title></channel></rss>")
    web.feed("/lm.xml", lambda: b"<rss version='2.0'><channel><title>t</title></channel></rss>", etag=False)
    with Fetcher(policy) as fetcher:
        first = fetcher.fetch(build_request(web.base + "/etag.xml"))
        assert first.status == 200 and first.etag
        again = fetcher.fetch(build_request(web.base + "/etag.xml", etag=first.etag))
        assert again.not_modified and again.body == b""
        lm = fetcher.fetch(build_request(web.base + "/lm.xml"))
        assert lm.etag is None and lm.last_modified
        assert fetcher.fetch(build_request(web.base + "/lm.xml", last_modified=lm.last_modified)).not_modified


def test_redirects_are_followed_only_to_http(web: LocalWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(build_request(web.base + "/redirect-page"))
        assert result.url == web.base + "/page.html"
        assert result.redirects == (web.base + "/redirect-page",)
        with pytest.raises(FetchError, match=r"redirect to file://"):
            fetcher.fetch(build_request(web.base + "/redirect-file"))
        with pytest.raises(FetchError, match=r"redirect to ftp://"):
            fetcher.fetch(build_request(web.base + "/redirect-ftp"))
        with pytest.raises(FetchError, match="more than 5 redirects"):
            fetcher.fetch(build_request(web.base + "/redirect-loop"))
    assert web.hits["/redirect-loop"] == 6


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "/relative"])
def test_only_http_urls_are_built(url: str) -> None:
    with pytest.raises(FetchError, match="refused"):
        build_request(url)


def test_robots_txt_disallow_is_honoured(web: LocalWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.fetch(build_request(web.base + "/private/page.html"))
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.fetch(build_request(web.base + "/redirect-private"))
    assert web.hits["/private/page.html"] == 0


def test_robots_txt_missing_allows_and_unreachable_refuses(web: LocalWeb, policy: FetchPolicy) -> None:
    web.route("/robots.txt", Answer(status=404, body=b"no"))
    with Fetcher(policy) as fetcher:
        assert fetcher.fetch(build_request(web.base + "/private/page.html")).status == 200
    web.route("/robots.txt", Answer(status=503, body=b"down"))
    with Fetcher(policy) as fetcher, pytest.raises(FetchError, match=r"robots.txt unreachable \(HTTP 503\)"):
        fetcher.fetch(build_request(web.base + "/page.html"))


@pytest.mark.parametrize("path", ["/huge", "/huge-declared", "/gzip-bomb"])
def test_a_50_mb_answer_is_refused_without_eating_memory(web: LocalWeb, policy: FetchPolicy, path: str) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="limit"), Fetcher(policy) as fetcher:
            fetcher.fetch(build_request(web.base + path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < policy.max_bytes + 8 * MB  # never the 50 MB
    assert web.sent[path] < 50 * MB  # the client hung up early


def test_binary_answers_are_refused(web: LocalWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        with pytest.raises(FetchError, match=r"binary response \(image/png\)"):
            fetcher.fetch(build_request(web.base + "/binary.png"))
        with pytest.raises(FetchError, match="looks binary"):
            fetcher.fetch(build_request(web.base + "/binary-as-html"))


def test_slow_answers_time_out_after_bounded_retries(web: LocalWeb, policy: FetchPolicy) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"), Fetcher(replace(policy, retries=1)) as fetcher:
        fetcher.fetch(build_request(web.base + "/slow"))
    assert web.hits["/slow"] == 2
    assert time.monotonic() - started < 5
    with pytest.raises(FetchError, match="longer than"), Fetcher(replace(policy, retries=0)) as fetcher:
        fetcher.fetch(build_request(web.base + "/trickle"))


def test_server_errors_are_retried_with_back_off(web: LocalWeb, policy: FetchPolicy) -> None:
    with pytest.raises(FetchError, match="HTTP 500"), Fetcher(policy) as fetcher:
        fetcher.fetch(build_request(web.base + "/fail"))
    assert web.hits["/fail"] == 3  # the first try and two retries

    answers = iter([Answer(status=503, headers={"Retry-After": "0"}), Answer(body=b"<p>back</p>")])
    web.route("/flaky", lambda _r: next(answers))
    with Fetcher(policy) as fetcher:
        assert fetcher.fetch(build_request(web.base + "/flaky")).body == b"<p>back</p>"
    assert web.hits["/flaky"] == 2

    web.route("/missing", Answer(status=404, body=b"gone"))
    with pytest.raises(FetchError, match="HTTP 404"), Fetcher(policy) as fetcher:
        fetcher.fetch(build_request(web.base + "/missing"))
    assert web.hits["/missing"] == 1  # a 404 is not worth another try


def test_requests_to_one_host_are_spaced(web: LocalWeb, policy: FetchPolicy) -> None:
    started = time.monotonic()
    with Fetcher(replace(policy, host_delay_s=0.3)) as fetcher:
        for _ in range(2):
            fetcher.fetch(build_request(web.base + "/page.html"))
    # robots.txt, then two pages: two gaps of at least 0.3 s
    assert time.monotonic() - started >= 0.6


def test_crawl_delay_from_robots_txt_is_honoured(web: LocalWeb, policy: FetchPolicy) -> None:
    web.route("/robots.txt", b"User-agent: mesint\nCrawl-delay: 1\nDisallow: /private/\n", content_type="text/plain")
    started = time.monotonic()
    with Fetcher(policy) as fetcher:
        fetcher.fetch(build_request(web.base + "/page.html"))  # robots.txt first, then the page a second later
    assert time.monotonic() - started >= 1.0


def test_main_text_is_extracted_offline_and_scripts_are_not_run(
    web: LocalWeb, policy: FetchPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(build_request(web.base + "/page.html"))

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("main-text extraction tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    doc = web_document(result.body, url=result.url, media_type=result.media_type, charset=result.charset)
    assert "roadside bomb killed" in doc.text
    for junk in ("window.location", "injected by script", "About us", "Copyright"):
        assert junk not in doc.text
    assert doc.title == "Bomb kills soldiers near Tarmiyah"
    assert str(doc.published) == "2021-03-11"
    assert doc.raw == result.body and doc.uri == result.url


def test_a_page_of_scripts_has_no_main_text() -> None:
    from mesint.errors import InputError

    with pytest.raises(InputError, match="no main text"):
        page_text("<html><body><script>alert(1)</script><style>p{}</style></body></html>")
