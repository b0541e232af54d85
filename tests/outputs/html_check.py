#!/usr/bin/env python3
"""html_check.py: the HTML conformance checks of teiconv's pages, standing in
for the Nu validator (which needs Java and is not packaged): each file named
is an HTML5 document (<!DOCTYPE html>) whose elements are well formed (every
non-void element closed, in order, none left open), with a lang on <html>, one
non-empty <title> in <head>, one character set declaration, one <h1>,
headings that never skip a level going down, alt text on every <img>, no id
twice, no link without text and no link inside a link.

With --links first, also every relative link (href of <a> and <link>) must
lead to a file that is there, and every in-page link (#id) to an id.

Prints "ok FILE" or "FILE:LINE: problem" for each, then "html_check: N
files, M problems"; exits 1 when there is a problem, 2 on a usage error.
"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []  # (tag, line)
        self.doctype = None
        self.seen_element = False
        self.titles = []  # text of each title
        self.in_title = False
        self.title_in_head = True
        self.charsets = 0
        self.h1 = 0
        self.last_heading = 0
        self.ids = {}
        self.lang = None
        self.links = []  # [text, has_label, line] of open <a>
        self.hrefs = []  # (href, line) of <a> and <link>

    def problem(self, msg, line=None):
        self.problems.append((line or self.getpos()[0], msg))

    def handle_decl(self, decl):
        if not self.seen_element:
            self.doctype = decl

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        line = self.getpos()[0]
        if not self.seen_element and tag != "html":
            self.problem("the first element is <%s>, not <html>" % tag)
        self.seen_element = True
        if tag == "html":
            self.lang = a.get("lang", "").strip()
        if "id" in a:
            if a["id"] in self.ids:
                self.problem('id "%s" twice (first on line %d)' % (a["id"], self.ids[a["id"]]))
            else:
                self.ids[a["id"]] = line
        if tag in ("a", "link") and a.get("href"):
            self.hrefs.append((a["href"], line))
        if tag == "title":
            self.in_title = True
            self.titles.append("")
            if not any(t == "head" for t, _ in self.stack):
                self.title_in_head = False
        elif tag == "meta":
            if "charset" in a or a.get("http-equiv", "").lower() == "content-type":
                self.charsets += 1
        elif tag == "img":
            if "alt" not in a:
                self.problem("<img> without alt text")
        elif len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            level = int(tag[1])
            if level == 1:
                self.h1 += 1
            if self.last_heading and level > self.last_heading + 1:
                self.problem("<%s> after <h%d>: a heading level skipped" % (tag, self.last_heading))
            if not self.last_heading and level != 1:
                self.problem("the first heading is <%s>, not <h1>" % tag)
            self.last_heading = level
        elif tag == "a":
            if self.links:
                self.problem("a link inside a link")
            if "href" in a:
                label = bool(a.get("aria-label", "").strip() or a.get("title", "").strip())
                self.links.append(["", label, line])
            else:
                self.links.append(["x", True, line])  # an anchor, no link
        for link in self.links:
            if tag == "img" and a.get("alt", "").strip():
                link[0] += "img"
        if tag not in VOID:
            self.stack.append((tag, line))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            self.problem("</%s> closes nothing" % tag)
            return
        top, line = self.stack[-1]
        if top != tag:
            self.problem("</%s> while <%s> (line %d) is open" % (tag, top, line))
            # recover: pop up to the matching element, if any is open
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag:
                    self.stack.pop()
                self.stack.pop()
            return
        self.stack.pop()
        if tag == "title":
            self.in_title = False
        elif tag == "a" and self.links:
            text, label, l = self.links.pop()
            if not text.strip() and not label:
                self.problem("a link with no text", l)

    def handle_data(self, data):
        if self.in_title and self.titles:
            self.titles[-1] += data
        for link in self.links:
            link[0] += data

    def finish(self):
        self.close()
        if self.doctype is None or self.doctype.strip().lower() not in ("doctype html", 'doctype html system "about:legacy-compat"'):
            self.problem("no <!DOCTYPE html> (%s)" % (self.doctype or "none"), 1)
        for tag, line in self.stack:
            self.problem("<%s> never closed" % tag, line)
        if not self.lang:
            self.problem("<html> has no lang", 1)
        if len(self.titles) != 1:
            self.problem("%d <title> elements, not 1" % len(self.titles), 1)
        elif not self.titles[0].strip():
            self.problem("the <title> is empty", 1)
        if not self.title_in_head:
            self.problem("<title> outside <head>", 1)
        if self.charsets != 1:
            self.problem("%d character set declarations, not 1" % self.charsets, 1)
        if self.h1 != 1:
            self.problem("%d <h1> elements, not 1" % self.h1, 1)


def check_links(path, c):
    problems = []
    here = os.path.dirname(path)
    for href, line in c.hrefs:
        u = urlsplit(href)
        if u.scheme or u.netloc:
            continue
        if not u.path:
            if u.fragment and u.fragment not in c.ids:
                problems.append((line, "link to #%s: no such id" % u.fragment))
            continue
        target = os.path.join(here, unquote(u.path))
        if not os.path.isfile(target):
            problems.append((line, "link to %s: no such file" % href))
    return problems


def check(path, links=False):
    with open(path, "rb") as f:
        raw = f.read()
    c = Checker()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [(1, "not UTF-8: %s" % e)]
    c.feed(text)
    c.finish()
    return c.problems + (check_links(path, c) if links else [])


def main(argv):
    links = len(argv) > 1 and argv[1] == "--links"
    files = argv[2:] if links else argv[1:]
    if not files:
        print("usage: html_check.py [--links] FILE.html...", file=sys.stderr)
        return 2
    total = 0
    for path in files:
        problems = check(path, links)
        total += len(problems)
        if not problems:
            print("ok %s" % path)
        for line, msg in problems[:20]:
            print("%s:%d: %s" % (path, line, msg))
        if len(problems) > 20:
            print("%s: %d more problems" % (path, len(problems) - 20))
    print("html_check: %d files, %d problems" % (len(files), total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
