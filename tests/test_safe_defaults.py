"""Safe and polite defaults, in the settings and in a real crawl through an HTTP proxy."""

from __future__ import annotations

import base64
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from scrapy.settings import Settings

from tests.helpers.faultsite import article_html
from tests.helpers.loopback import crawl

#: What the proxy answers, by absolute URL: there is no DNS here for news.example.
STORY_URL = "http://news.example/world/harbour-story.html"
ROBOTS_URL = "http://news.example/robots.txt"
PROXY_USER, PROXY_PASSWORD = "crawler", "pr0xy-s3cret"
FTP_PASSWORD = "hunter2-ftp"
AWS_SECRET = "aws-s3cret-key"
URL_TOKEN = "t0ken-in-url"


@pytest.fixture(scope="module")
def settings() -> Settings:
    project = Settings()
    project.setmodule("newsspider.settings", priority="project")
    return project


def test_remote_access_is_off(settings):
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False


def test_download_sizes_are_capped(settings):
    maxsize, warnsize = settings.getint("DOWNLOAD_MAXSIZE"), settings.getint("DOWNLOAD_WARNSIZE")
    assert 0 < warnsize < maxsize <= 64 * 1024 * 1024
    assert 0 < settings.getint("DOWNLOAD_TIMEOUT") <= 60


def test_cookies_off_robots_obeyed(settings):
    assert settings.getbool("COOKIES_ENABLED") is False
    assert settings.getbool("ROBOTSTXT_OBEY") is True


def _final_settings(**overrides):
    """Project settings, ``-s`` overrides, then the user-agent add-on, as a crawl applies them."""
    from newsspider import settings as project
    from newsspider.useragent import ContactUserAgent

    final = Settings()
    final.setmodule(project, priority="project")
    final.update(overrides, priority="cmdline")
    assert "newsspider.useragent.ContactUserAgent" in final.getdict("ADDONS")
    ContactUserAgent().update_settings(final)
    return final


def test_user_agent_names_the_project_and_a_contact():
    settings = _final_settings()
    user_agent, contact = settings["USER_AGENT"], settings["NEWSSPIDER_CONTACT"]
    assert user_agent.startswith("newsspider/")
    assert contact and contact in user_agent
    assert re.match(r"^(https?://\S+|\S+@\S+\.\S+)$", contact)


def test_contact_setting_reaches_the_user_agent_and_user_agent_wins():
    assert "(+mailto:news@example.com)" in _final_settings(NEWSSPIDER_CONTACT="mailto:news@example.com")["USER_AGENT"]
    assert _final_settings(USER_AGENT="mine/1.0")["USER_AGENT"] == "mine/1.0"


def _components_loaded(component: str = "EXTENSIONS", **overrides):
    """The components (``EXTENSIONS``, ``DOWNLOADER_MIDDLEWARES``) a crawler with the project's
    settings, ``-s`` overrides and the unloaded-components add-on lists, as a crawl builds them."""
    from scrapy.utils.conf import build_component_list

    from newsspider import settings as project
    from newsspider.unloaded import UnloadedExtensions

    final = Settings()
    final.setmodule(project, priority="project")
    final.update(overrides, priority="cmdline")
    assert "newsspider.unloaded.UnloadedExtensions" in final.getdict("ADDONS")
    UnloadedExtensions().update_settings(final)
    return build_component_list(final.get_component_priority_dict_with_base(component))


@pytest.mark.parametrize(("component", "path", "switch"), [
    ("EXTENSIONS", "scrapy.extensions.remote_control.RemoteControl", "REMOTE_CONTROL_ENABLED"),
    ("EXTENSIONS", "scrapy.extensions.telnet.TelnetConsole", "TELNETCONSOLE_ENABLED"),
    ("DOWNLOADER_MIDDLEWARES", "scrapy.downloadermiddlewares.cookies.CookiesMiddleware", "COOKIES_ENABLED"),
])
def test_components_kept_off_are_not_loaded_and_load_when_switched_on(component, path, switch):
    assert path not in _components_loaded(component)
    assert path in _components_loaded(component, **{switch: True})
    assert "scrapy.extensions.feedexport.FeedExporter" in _components_loaded()
    assert "scrapy.downloadermiddlewares.redirect.RedirectMiddleware" in _components_loaded("DOWNLOADER_MIDDLEWARES")


def test_polite_by_default(settings):
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is True
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getfloat("DOWNLOAD_DELAY") > 0


def test_internal_addresses_refused_by_default(settings):
    assert settings.getbool("NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES") is False
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert "newsspider.middlewares.addresses.InternalAddressMiddleware" in middlewares


def test_log_redaction_is_on(settings):
    assert settings.getbool("NEWSSPIDER_LOG_REDACTION") is True
    assert "newsspider.logredact.LogRedaction" in settings.getdict("EXTENSIONS")


# --- A real crawl through a proxy ------------------------------------------------------------


class Proxy:
    """An HTTP proxy on 127.0.0.1 that answers absolute URLs itself (it stands for
    the proxy and the web behind it) and records what it was asked."""

    def __init__(self, pages: dict[str, tuple[int, str]]) -> None:
        self.pages = pages
        self.requests: list[dict[str, str]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                proxy.requests.append({"url": self.path, **{k.lower(): v for k, v in self.headers.items()}})
                status, body = proxy.pages.get(self.path.split("?", 1)[0], (404, "not found"))
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.address = f"127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Proxy:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def proxied_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[dict], str, Proxy]:
    pages = {
        ROBOTS_URL: (200, "User-agent: *\nDisallow: /private/\n"),
        STORY_URL: (200, article_html("http://news.example", "/world/harbour-story.html",
                                      "Harbour pilots return to work")),
        "http://news.example/private/draft.html": (200, article_html("http://news.example", "/private/draft.html",
                                                                       "A draft")),
    }
    workdir = tmp_path_factory.mktemp("proxy")
    with Proxy(pages) as proxy:
        urls = f"{STORY_URL}?token={URL_TOKEN},http://news.example/private/draft.html"
        result = crawl(
            "article", workdir, "-a", f"urls={urls}",
            settings={"FTP_PASSWORD": FTP_PASSWORD, "AWS_SECRET_ACCESS_KEY": AWS_SECRET, "LOG_LEVEL": "DEBUG"},
            env={"http_proxy": f"http://{PROXY_USER}:{PROXY_PASSWORD}@{proxy.address}"},
        )
    return result.returncode, result.items, result.log, proxy


def test_crawl_through_a_proxy_works(proxied_crawl):
    code, items, log, proxy = proxied_crawl
    assert code == 0, log[-3000:]
    assert [item["headline"] for item in items] == ["Harbour pilots return to work"]
    assert items[0]["url"] == f"{STORY_URL}?token={URL_TOKEN}"
    asked = [request["url"] for request in proxy.requests]
    assert asked == [ROBOTS_URL, f"{STORY_URL}?token={URL_TOKEN}"]  # robots.txt first; the draft is disallowed
    credentials = base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode()
    assert all(request.get("proxy-authorization") == f"Basic {credentials}" for request in proxy.requests)


def test_requests_are_polite_and_cookieless(proxied_crawl):
    _, _, _, proxy = proxied_crawl
    for request in proxy.requests:
        assert request["user-agent"].startswith("newsspider/")
        assert "cookie" not in request


def test_no_secret_in_the_log(proxied_crawl):
    _, _, log, _ = proxied_crawl
    credentials = base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode()
    for secret in (PROXY_PASSWORD, FTP_PASSWORD, AWS_SECRET, URL_TOKEN, credentials):
        assert secret not in log
    assert "'FTP_PASSWORD': '***'" in log.split("Overridden settings", 1)[1]
    assert "'AWS_SECRET_ACCESS_KEY': '***'" in log
    assert "token=***" in log


def test_no_remote_access_in_a_real_crawl(proxied_crawl):
    _, _, log, _ = proxied_crawl
    enabled = log.split("Enabled extensions:", 1)[1].split("]", 1)[0]
    assert "TelnetConsole" not in enabled and "RemoteControl" not in enabled
    assert "Telnet console listening" not in log
