#!/usr/bin/env python3
"""A real server and a real browser over a freshly built site.

1. Builds the site with `sitegen build` into a temporary folder (never the repository's public/,
   never its data/slugs.lock: data/ is copied).
2. Serves it with nginx on a free port of 127.0.0.1, at the root and under the sub-path /digest/,
   from a temporary nginx.conf with its pid file, logs and temp folders in the temporary folder.
3. Crawls both mounts from their entry page: every page and asset must answer 200 with the right
   content type (UTF-8 for text), every relative href/src must lead somewhere that answers 200
   without leaving the mount, every #fragment must name an id on its page, and every HTML page
   the build wrote (but 404.html) must be reached.
4. Drives headless Chromium over the DevTools protocol (a small WebSocket client from the
   standard library): the home, an article, a place, an official and a theme page in both
   languages load with no console error, no uncaught exception and no failed request; the search
   page finds "Cầu Giấy" from "cau giay", by URL and by typing into the header's search box.
5. Runs `sitegen serve --port 0` in a copy of the project: a page open in Chromium reloads by
   itself after a seed is edited, and SIGINT (Ctrl-C) stops the server with status 0.

Prints one line per failed check and closes with `N passed, N failed`; exits 1 when a check failed.
Only 127.0.0.1 is ever contacted; every wait is bounded.
"""

import argparse
import base64
import html.parser
import http.client
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse

HOST = "127.0.0.1"
SUB_PATH = "/digest/"
TEXT_TYPES = {
    ".html": "text/html", ".css": "text/css", ".js": "application/javascript", ".json": "application/json",
    ".xml": "text/xml", ".txt": "text/plain", ".svg": "image/svg+xml",
}
ACCEPTED_TYPES = {".js": ("application/javascript", "text/javascript"), ".xml": ("text/xml", "application/xml",
                  "application/atom+xml")}


class Results:
    """Counts checks; prints the failed ones as they happen."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {message}", flush=True)
        return condition

    def section(self, title):
        print(f"== {title}", flush=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def fetch(port, path, method="GET"):
    """One request to 127.0.0.1:port; (status, headers, body) or (None, {}, b"") when unreachable."""
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        connection.request(method, path, headers={"Accept-Encoding": "identity"})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    except OSError:
        return None, {}, b""
    finally:
        connection.close()


# --- Build -----------------------------------------------------------------------------------------

def build_site(sitegen, project, workdir, results):
    results.section("sitegen build into a temporary folder")
    data = os.path.join(workdir, "data")
    shutil.copytree(os.path.join(project, "data"), data)
    site = os.path.join(workdir, "site")
    command = [sitegen, "build", "--input", os.path.join(project, "seeds"), "--output", site,
               "--config", os.path.join(project, "sitegen.yml"), "--templates", os.path.join(project, "Templates"),
               "--data", data, "--quiet"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    results.check(run.returncode == 0, f"sitegen build exited {run.returncode}: {run.stderr[-2000:]}")
    results.check(os.path.isfile(os.path.join(site, "index.html")), "the build wrote no index.html")
    return site


# --- nginx -----------------------------------------------------------------------------------------

NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 64; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/css text/plain text/xml application/javascript application/json application/atom+xml image/svg+xml;
    access_log {work}/nginx-access.log;
    client_body_temp_path {work}/nginx-tmp/body;
    proxy_temp_path {work}/nginx-tmp/proxy;
    fastcgi_temp_path {work}/nginx-tmp/fastcgi;
    uwsgi_temp_path {work}/nginx-tmp/uwsgi;
    scgi_temp_path {work}/nginx-tmp/scgi;
    server {{
        listen {host}:{port};
        server_name localhost;
        root {site};
        error_page 404 /404.html;
        location {sub_path} {{
            alias {site}/;
            error_page 404 {sub_path}404.html;
        }}
    }}
}}
"""


class Nginx:
    """nginx in the foreground on a free loopback port, serving `site` at / and at SUB_PATH."""

    def __init__(self, site, workdir):
        self.workdir = workdir
        self.site = site
        self.process = None
        self.port = None
        self.killed = False

    def start(self):
        os.makedirs(os.path.join(self.workdir, "nginx-tmp"), exist_ok=True)
        mime_types = "/etc/nginx/mime.types"
        for attempt in range(3):
            self.port = free_port()
            conf = os.path.join(self.workdir, "nginx.conf")
            with open(conf, "w", encoding="utf-8") as handle:
                handle.write(NGINX_CONF.format(work=self.workdir, mime_types=mime_types, host=HOST, port=self.port,
                                               site=self.site, sub_path=SUB_PATH))
            self.process = subprocess.Popen(["nginx", "-p", self.workdir, "-c", conf, "-e",
                                             os.path.join(self.workdir, "nginx-error.log")],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if wait_for_port(self.port, 10, self.process):
                return True
            self.stop()
        return False

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            # A fast shutdown (TERM), not a graceful one (QUIT): a graceful nginx waits for every open
            # connection, and a connection Chromium opened ahead of time (a preconnect) with no request
            # on it yet holds it for client_header_timeout, 60 s; killing it then leaves its pid file.
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
                self.killed = True
        self.process = None

    def error_log(self):
        try:
            with open(os.path.join(self.workdir, "nginx-error.log"), encoding="utf-8", errors="replace") as handle:
                return handle.read()[-2000:]
        except OSError:
            return ""


# --- Crawler ---------------------------------------------------------------------------------------

class LinkParser(html.parser.HTMLParser):
    """The relative links (href, src) and the ids of one HTML page."""

    LINK_ATTRIBUTES = {"a": "href", "link": "href", "area": "href", "script": "src", "img": "src",
                       "iframe": "src", "source": "src", "audio": "src", "video": "src", "form": "action"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        name = self.LINK_ATTRIBUTES.get(tag)
        if name and attributes.get(name) is not None:
            self.links.append((tag, attributes.get("rel") or "", attributes[name]))
        if tag in ("img", "source") and attributes.get("srcset"):
            for candidate in attributes["srcset"].split(","):
                if candidate.strip():
                    self.links.append((tag, "", candidate.strip().split()[0]))


def is_external(link):
    parsed = urllib.parse.urlsplit(link)
    return bool(parsed.scheme) or link.startswith("//")


def crawl(port, mount, site, results):
    """Crawls everything reachable from `mount` (/ or /digest/) on nginx; returns the page URLs by kind."""
    results.section(f"crawl of http://{HOST}:{port}{mount}")
    base = f"http://{HOST}:{port}"
    queue = [mount]
    seen = {mount}
    pages = {}
    fragments = []  # (from page, target path, fragment)
    fetched = 0
    bad = 0
    while queue and fetched < 5000:
        path = queue.pop(0)
        fetched += 1
        status, headers, body = fetch(port, path)
        if not results.check(status == 200, f"{path}: status {status}, linked from the site"):
            bad += 1
            continue
        content_type = headers.get("content-type", "")
        extension = os.path.splitext(urllib.parse.unquote(path.rstrip("/") if not path.endswith("/") else path + "index.html"))[1]
        expected = TEXT_TYPES.get(extension)
        if expected:
            accepted = ACCEPTED_TYPES.get(extension, (expected,))
            if not results.check(content_type.split(";")[0].strip() in accepted and "charset=utf-8" in content_type.lower(),
                                 f"{path}: content type {content_type!r}, expected {expected}; charset=utf-8"):
                bad += 1
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as error:
                results.check(False, f"{path}: not UTF-8 ({error})")
                continue
        if not content_type.startswith("text/html"):
            if extension == ".css":
                for link in re.findall(r"url\(\s*['\"]?([^'\")]+)", text):
                    if not is_external(link) and not link.startswith("data:"):
                        target = urllib.parse.urlsplit(urllib.parse.urljoin(base + path, link)).path
                        if target not in seen:
                            seen.add(target)
                            queue.append(target)
            continue
        parser = LinkParser()
        parser.feed(text)
        pages[path] = parser.ids
        for tag, rel, link in parser.links:
            if is_external(link) or link.startswith(("mailto:", "tel:", "data:", "javascript:")):
                results.check(not link.lower().startswith("javascript:"), f"{path}: a javascript: link {link!r}")
                continue
            absolute = urllib.parse.urljoin(base + path, link)
            parts = urllib.parse.urlsplit(absolute)
            # urljoin clamps ../ above the root; a link that climbs out of the mount is broken there.
            resolved = resolve_dots(path, link)
            if not results.check(resolved is not None and resolved.startswith(mount),
                                 f"{path}: link {link!r} leaves {mount}"):
                bad += 1
                continue
            target = parts.path
            if parts.fragment:
                fragments.append((path, target, parts.fragment, link))
            if target not in seen:
                seen.add(target)
                queue.append(target)
    for page, target, fragment, link in fragments:
        ids = pages.get(target)
        if ids is not None:
            if not results.check(urllib.parse.unquote(fragment) in ids, f"{page}: link {link!r}: no id {fragment!r} on {target}"):
                bad += 1
    results.check(fetched < 5000, f"crawl of {mount} stopped at 5000 requests")
    # Every HTML page the build wrote is reachable (404.html is reached by a missing URL instead).
    reached = {urllib.parse.unquote(p[len(mount):]) + ("index.html" if p.endswith("/") else "") for p in pages}
    written = set()
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                written.add(os.path.relpath(os.path.join(folder, name), site))
    orphans = sorted(written - reached - {"404.html"})
    results.check(not orphans, f"{mount}: {len(orphans)} page(s) no link leads to: {orphans[:10]}")
    status, headers, body = fetch(port, mount + "khong-co/trang-nay/")
    results.check(status == 404 and b"Page not found" in body, f"{mount}khong-co/trang-nay/: status {status}, expected the 404 page")
    print(f"   {fetched} URLs fetched, {len(pages)} HTML pages, {bad} problems", flush=True)
    return sorted(pages)


def resolve_dots(page_path, link):
    """The path `link` leads to from `page_path`, or None when its ../ climb above the server root."""
    link_path = urllib.parse.urlsplit(link).path
    if link_path.startswith("/"):
        segments = []
        parts = link_path.split("/")[1:]
    else:
        segments = page_path.split("/")[1:-1]
        parts = link_path.split("/")
    for part in parts:
        if part == "..":
            if not segments:
                return None
            segments.pop()
        elif part != ".":
            segments.append(part)
    ends_with_folder = link_path == "" or link_path.endswith("/") or link_path.endswith("/.") or link_path.endswith("/..")
    return "/" + "/".join(s for s in segments if s != "") + ("/" if ends_with_folder and segments else "")


# --- Chromium over the DevTools protocol -----------------------------------------------------------

class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: text frames, masked from the client."""

    def __init__(self, url, timeout=30):
        parsed = urllib.parse.urlsplit(url)
        if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"refusing to connect to {url}: loopback only")
        self.socket = socket.create_connection((parsed.hostname, parsed.port), timeout=timeout)
        self.buffer = bytearray()
        self.message = b""
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {parsed.path} HTTP/1.1\r\nHost: {parsed.hostname}:{parsed.port}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.socket.sendall(request.encode())
        while b"\r\n\r\n" not in self.buffer and len(self.buffer) < 65536:
            chunk = self.socket.recv(4096)
            if not chunk:
                break
            self.buffer += chunk
        head, _, rest = bytes(self.buffer).partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise OSError(f"WebSocket handshake refused: {head[:200]!r}")
        self.buffer = bytearray(rest)

    def send(self, text):
        payload = text.encode("utf-8")
        header = bytearray([0x81])
        if len(payload) < 126:
            header.append(0x80 | len(payload))
        elif len(payload) < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", len(payload))
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        header += mask
        self.socket.sendall(bytes(header) + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _frame(self):
        """One whole frame from the buffer, or None when it has not all arrived yet (nothing consumed)."""
        if len(self.buffer) < 2:
            return None
        first, second = self.buffer[0], self.buffer[1]
        length, offset = second & 0x7F, 2
        if length == 126:
            if len(self.buffer) < 4:
                return None
            length, offset = struct.unpack(">H", bytes(self.buffer[2:4]))[0], 4
        elif length == 127:
            if len(self.buffer) < 10:
                return None
            length, offset = struct.unpack(">Q", bytes(self.buffer[2:10]))[0], 10
        mask = None
        if second & 0x80:
            mask, offset = bytes(self.buffer[offset:offset + 4]), offset + 4
        if len(self.buffer) < offset + length:
            return None
        payload = bytes(self.buffer[offset:offset + length])
        del self.buffer[:offset + length]
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        return first, payload

    def receive(self):
        """The next whole message; a time-out (socket.timeout) leaves what was read for the next call."""
        while True:
            frame = self._frame()
            if frame is None:
                chunk = self.socket.recv(1 << 20)
                if not chunk:
                    raise OSError("the browser closed the DevTools connection")
                self.buffer += chunk
                continue
            first, payload = frame
            opcode = first & 0x0F
            if opcode == 0x8:
                raise OSError("the browser closed the DevTools connection")
            if opcode == 0x9:  # ping: answer with a pong (a zero mask)
                self.socket.sendall(bytes([0x8A, 0x80 | len(payload)]) + b"\x00\x00\x00\x00" + payload)
                continue
            if opcode in (0x0, 0x1, 0x2):
                self.message += payload
                if first & 0x80:
                    message, self.message = self.message, b""
                    return message.decode("utf-8")

    def settimeout(self, seconds):
        self.socket.settimeout(seconds)

    def close(self):
        try:
            self.socket.close()
        except OSError:
            pass


class Browser:
    """Headless Chromium with one page, driven over the DevTools protocol."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.process = None
        self.socket = None
        self.session = None
        self.next_id = 0
        self.events = []
        self.favicon_misses = 0

    def start(self):
        executable = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not executable:
            raise OSError("no chromium on PATH")
        profile = os.path.join(self.workdir, "chromium-profile")
        self.log = open(os.path.join(self.workdir, "chromium.log"), "w+", encoding="utf-8", errors="replace")
        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 60
        url = None
        while time.monotonic() < deadline and url is None:
            if self.process.poll() is not None:
                raise OSError(f"chromium exited with {self.process.returncode}")
            self.log.seek(0)
            found = re.search(r"DevTools listening on (ws://\S+)", self.log.read())
            url = found.group(1) if found else None
            if url is None:
                time.sleep(0.1)
        if url is None:
            raise OSError("chromium did not open its DevTools port within 60 s")
        self.socket = WebSocket(url)
        target = self.command("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.command("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.command(domain)

    def command(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.socket.send(json.dumps(message))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self._receive(deadline)
            if reply is None:
                break
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise OSError(f"{method}: {reply['error']}")
                return reply.get("result", {})
        raise OSError(f"{method}: no answer within {timeout} s")

    def _receive(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        self.socket.settimeout(remaining)
        try:
            reply = json.loads(self.socket.receive())
        except socket.timeout:
            return None
        if "method" in reply:
            self.events.append(reply)
        return reply

    def wait_for_event(self, name, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index, event in enumerate(self.events):
                if event["method"] == name:
                    del self.events[index]
                    return event
            if self._receive(deadline) is None:
                break
        return None

    def drain(self, seconds):
        deadline = time.monotonic() + seconds
        while self._receive(deadline) is not None:
            pass

    def load(self, url, settle=0.7):
        """Navigates to `url`, waits for its load event and a moment for scripts; returns the problems seen."""
        self.events = []
        self.command("Page.navigate", {"url": url})
        loaded = self.wait_for_event("Page.loadEventFired", 30) is not None
        self.drain(settle)
        problems = [] if loaded else [f"no load event within 30 s"]
        problems += self.problems()
        return problems

    def problems(self):
        found = []
        for event in self.events:
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                found.append("uncaught exception: " + str(details.get("exception", {}).get("description") or details.get("text")))
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console.error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif event["method"] == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                if entry.get("url", "").endswith("/favicon.ico"):
                    # The browser's own request for /favicon.ico at the server's root, not the page's.
                    self.favicon_misses += 1
                    continue
                found.append(f"console: {entry.get('text')} {entry.get('url', '')}")
        self.events = [e for e in self.events if e["method"] not in ("Runtime.exceptionThrown", "Runtime.consoleAPICalled", "Log.entryAdded")]
        return found

    def evaluate(self, expression):
        result = self.command("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise OSError(f"evaluate {expression!r}: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def stop(self):
        if self.socket is not None:
            try:
                self.command("Browser.close", session=False, timeout=5)
            except OSError:
                pass
            self.socket.close()
        if self.process is not None:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if getattr(self, "log", None):
            self.log.close()


def pick(pages, pattern, prefer="cau-giay"):
    """The first crawled page matching `pattern`, one whose URL names `prefer` first."""
    matching = [page for page in pages if re.fullmatch(pattern, page)]
    preferred = [page for page in matching if prefer in page]
    return (preferred or matching or [None])[0]


def browse(browser, port, pages, results):
    results.section("headless Chromium over nginx")
    base = f"http://{HOST}:{port}"
    kinds = {
        "vi": [("home", r"vi/(index\.html)?"), ("article", r"vi/bai-viet/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?"),
               ("place", r"vi/dia-phuong/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?"), ("official", r"vi/can-bo/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?"),
               ("theme", r"vi/chu-de/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?")],
        "en": [("home", r"en/(index\.html)?"), ("article", r"en/articles/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?"),
               ("place", r"en/places/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?"), ("official", r"en/officials/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?"),
               ("theme", r"en/themes/(?!index|\d{4}(-\d{2})?/)[^/]+/(index\.html)?")],
    }
    targets = [("landing", "", SUB_PATH)]
    for language, patterns in kinds.items():
        for kind, pattern in patterns:
            page = pick(pages, re.escape(SUB_PATH) + pattern)
            if results.check(page is not None, f"no {language} {kind} page found by the crawl"):
                targets.append((kind, language, page))
    for kind, language, path in targets:
        problems = browser.load(base + path)
        results.check(not problems, f"{path} ({kind}): {problems}")
        if language:
            lang = browser.evaluate("document.documentElement.lang")
            results.check(lang == language, f"{path}: <html lang={lang!r}>, expected {language!r}")
        title = browser.evaluate("document.title")
        results.check(bool(title), f"{path}: empty <title>")
        print(f"   loaded {path} ({kind}) — {title}", flush=True)

    # The search page, from a URL with ?q=, in both languages.
    result_text = ("Array.from(document.querySelectorAll('#search-results li')).map(function (li) "
                   "{ return li.textContent; }).join('\\n')")
    for language, search in (("en", "en/search/index.html"), ("vi", "vi/tim-kiem/index.html")):
        path = f"{SUB_PATH}{search}?q=cau+giay"
        problems = browser.load(base + path)
        results.check(not problems, f"{path}: {problems}")
        found = browser.evaluate(result_text) or ""
        results.check("Cầu Giấy" in found, f"{path}: 'cau giay' did not find 'Cầu Giấy'; results: {found[:300]!r}")
        link_ok = browser.evaluate("Array.from(document.querySelectorAll('#search-results a')).every(function (a) "
                                   "{ return a.href.indexOf('" + base + SUB_PATH + "') === 0; })")
        results.check(link_ok is True, f"{path}: a result link leaves {SUB_PATH}")
        print(f"   search {language}: {len(found.splitlines())} results for 'cau giay'", flush=True)

    # As a person would: type into the header's search box on the home page and submit.
    home = f"{SUB_PATH}vi/index.html"
    browser.load(base + home)
    browser.events = []
    browser.evaluate("(function () { var input = document.getElementById('site-search'); input.value = 'cau giay';"
                     " input.form.requestSubmit ? input.form.requestSubmit() : input.form.submit(); return true; })()")
    loaded = browser.wait_for_event("Page.loadEventFired", 30) is not None
    browser.drain(0.7)
    results.check(loaded, f"{home}: submitting the search box loaded no page")
    location = browser.evaluate("window.location.pathname + window.location.search") or ""
    found = browser.evaluate(result_text) or ""
    results.check("tim-kiem" in location and "Cầu Giấy" in found,
                  f"{home}: the search box led to {location!r} with results {found[:200]!r}")
    results.check(not browser.problems(), f"{home}: console errors after searching")


def live_reload(browser, sitegen, project, workdir, results):
    """`sitegen serve` in a copy of the project: a page open in Chromium reloads by itself after a
    seed is edited, and Ctrl-C (SIGINT) stops the server with status 0."""
    results.section("sitegen serve: live reload in Chromium, Ctrl-C")
    copy = os.path.join(workdir, "serve-project")
    os.makedirs(copy)
    for name in ("seeds", "Templates", "data"):
        shutil.copytree(os.path.join(project, name), os.path.join(copy, name))
    shutil.copy(os.path.join(project, "sitegen.yml"), copy)
    out_path, err_path = os.path.join(workdir, "serve.out"), os.path.join(workdir, "serve.err")
    with open(out_path, "w") as out, open(err_path, "w") as err:
        server = subprocess.Popen([sitegen, "serve", "--port", "0"], cwd=copy, stdout=out, stderr=err)
    try:
        port = None
        deadline = time.monotonic() + 180
        while port is None and time.monotonic() < deadline and server.poll() is None:
            with open(out_path, encoding="utf-8") as handle:
                found = re.search(r"http://127\.0\.0\.1:(\d+)/", handle.read())
            port = int(found.group(1)) if found else None
            if port is None:
                time.sleep(0.2)
        if not results.check(port is not None, f"sitegen serve did not start: {open(err_path).read()[-1500:]}"):
            return
        seed = os.path.join(copy, "seeds", "000_30e825224153fafb.txt")
        page = "/vi/bai-viet/phuong-cau-giay-tap-trung-xay-dung-chinh-quyen-so-kinh-te-so-va-xa-hoi-so/"
        problems = browser.load(f"http://{HOST}:{port}{page}")
        results.check(not problems, f"{page} from sitegen serve: {problems}")
        browser.evaluate("window.sitegenBeforeEdit = true")
        with open(seed, encoding="utf-8") as handle:
            text = handle.read()
        edited = text.replace("Phường Cầu Giấy: tập trung xây dựng", "Phường Cầu Giấy: kiên trì xây dựng", 1)
        if not results.check(edited != text, "the seed used for the live-reload test changed; update the test"):
            return
        with open(seed, "w", encoding="utf-8") as handle:
            handle.write(edited)
        reloaded = False
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not reloaded:
            browser.drain(0.5)
            try:
                state = browser.evaluate("[window.sitegenBeforeEdit === true, document.title]")
            except OSError:
                continue  # the page is navigating
            reloaded = bool(state) and state[0] is False and "kiên trì" in (state[1] or "")
        results.check(reloaded, f"the open page did not reload with the edited title within 90 s: {open(err_path).read()[-1500:]}")
        print(f"   live reload: {'the page reloaded with the edit' if reloaded else 'no reload'}", flush=True)
        browser.load("about:blank")
        server.send_signal(signal.SIGINT)
        try:
            status = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            status = None
        results.check(status == 0, f"sitegen serve after SIGINT: exit status {status}, expected 0")
        status, _, _ = fetch(port, "/vi/")
        results.check(status is None, "sitegen serve still answers after SIGINT")
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitegen", default=".build/debug/sitegen", help="the sitegen executable")
    parser.add_argument("--project", default=".", help="the project folder (seeds/, Templates/, data/, sitegen.yml)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, built site)")
    arguments = parser.parse_args()
    project = os.path.abspath(arguments.project)
    sitegen = os.path.abspath(arguments.sitegen)
    results = Results()
    workdir = tempfile.mkdtemp(prefix="sitegen-browser-")
    os.chmod(workdir, 0o755)  # nginx's workers run as another user
    nginx = None
    started = time.monotonic()
    try:
        site = build_site(sitegen, project, workdir, results)
        nginx = Nginx(site, workdir)
        if results.check(nginx.start(), f"nginx did not start: {nginx.error_log()}"):
            print(f"   nginx on http://{HOST}:{nginx.port}/ and http://{HOST}:{nginx.port}{SUB_PATH}", flush=True)
            crawl(nginx.port, "/", site, results)
            pages = crawl(nginx.port, SUB_PATH, site, results)
            browser = Browser(workdir)
            try:
                browser.start()
            except OSError as error:
                results.check(False, f"chromium did not start: {error}")
            else:
                try:
                    browse(browser, nginx.port, pages, results)
                    nginx.stop()
                    live_reload(browser, sitegen, project, workdir, results)
                finally:
                    browser.stop()
    except Exception as error:  # a crash of the harness is a failed check, not a traceback alone
        results.check(False, f"the browser test crashed: {type(error).__name__}: {error}")
        import traceback
        traceback.print_exc()
    finally:
        if nginx is not None:
            nginx.stop()
            results.check(not nginx.killed and not os.path.exists(os.path.join(workdir, "nginx.pid")),
                          f"nginx did not stop on TERM within 20 s (killed: {nginx.killed}): {nginx.error_log()}")
        if arguments.keep:
            print(f"   kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"   browser tests took {time.monotonic() - started:.1f} s", flush=True)
    print(f"{results.passed} passed, {results.failed} failed", flush=True)
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
