"""A crawl started at one loopback host never reaches another internal host."""

from __future__ import annotations

from tests.helpers.loopback import Site, crawl

ARTICLE = """<html><head><title>Story</title></head><body><article><h1>A story</h1>
<p>The city council approved the new budget on Tuesday after a long debate about roads and schools.</p>
<p>Members said the plan would fund repairs to three bridges and hire forty teachers next year.</p>
<p>The mayor called the vote a fair compromise and promised a review of spending in the spring.</p>
</article></body></html>"""


def test_redirect_to_another_internal_host_is_refused(tmp_path):
    with Site(host="127.0.0.2") as target, Site() as start:
        target.page("/secret", ARTICLE)
        start.page("/go", b"", status=302, headers={"Location": target.url("/secret")})
        start.page("/story", ARTICLE)
        result = crawl("article", tmp_path, "-a", f"urls={start.url('/go')},{start.url('/story')}")
    assert target.hits["/secret"] == 0
    assert start.hits["/go"] == 1
    assert result.stat("newsspider/skipped/internal_address/loopback") == 1
    assert [item["url"] for item in result.items] == [start.url("/story")]


def test_setting_allows_internal_redirects(tmp_path):
    with Site(host="127.0.0.2") as target, Site() as start:
        target.page("/secret", ARTICLE)
        start.page("/go", b"", status=302, headers={"Location": target.url("/secret")})
        result = crawl("article", tmp_path, "-a", f"urls={start.url('/go')}",
                       settings={"NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES": "True"})
    assert target.hits["/secret"] == 1
    assert [item["url"] for item in result.items] == [target.url("/secret")]


RESOLVER = {"TWISTED_DNS_RESOLVER": "tests.helpers.resolver.LoopbackNamesResolver"}


def test_a_name_that_resolves_to_an_internal_address_is_refused(tmp_path):
    """``intranet.test`` looks public as written; it resolves to 127.0.0.2. Reached
    by a redirect from the start host, its page is refused after DNS."""
    with Site(host="127.0.0.2") as target, Site() as start:
        named = target.base.replace("127.0.0.2", "intranet.test")
        target.page("/secret", ARTICLE)
        start.page("/go", b"", status=302, headers={"Location": f"{named}/secret?via=redirect"})
        start.page("/story", ARTICLE)
        result = crawl("article", tmp_path, "-a", f"urls={start.url('/go')},{start.url('/story')}",
                       settings=RESOLVER)
    assert [item["url"] for item in result.items] == [start.url("/story")]
    assert result.stat("newsspider/skipped/internal_address/loopback") == 1
    refusals = [line for line in result.log.splitlines() if "Refused a request to an internal" in line]
    assert len(refusals) == 1 and f"address 127.0.0.2: {named}/secret?via=redirect" in refusals[0]
    assert "Traceback" not in result.log


def test_a_start_host_name_that_resolves_internally_is_allowed(tmp_path):
    with Site(host="127.0.0.2") as target:
        named = target.base.replace("127.0.0.2", "intranet.test")
        target.page("/story", ARTICLE)
        result = crawl("article", tmp_path, "-a", f"urls={named}/story", settings=RESOLVER)
    assert [item["url"] for item in result.items] == [f"{named}/story"]
    assert not result.stat("newsspider/skipped/internal_address/loopback")
