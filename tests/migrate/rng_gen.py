#!/usr/bin/env python3
# tests/migrate/rng_gen.py: random VALID documents from a RELAX NG grammar (used
# on the official EAD 2002 and EAD3 schemas), coverage-guided and bounded in size.
# Owner: the EAD migration tests (issue 13). Python 3 standard library only.
"""Usage: rng_gen.py --rng GRAMMAR.rng --out DIR [--seed N] [--count N]
                  [--prefix NAME] [--no-namespace SHARE] [--max-elements N]
                  [--coverage FILE] [--cap ELEMENT=N ...]

Every choice is weighted towards the branches used least so far in the same
parent element, so a run of a few thousand documents uses every element in
every context, every attribute and every enumerated value the grammar allows
(--coverage writes what was and was not reached). Depth and size are bounded:
past the budget each pattern takes its cheapest valid form. Values follow the
datatypes and facets (ID unique, IDREF/IDREFS pointing at an ID of the same
document, ENTITY declared as an unparsed entity in the internal subset).
--no-namespace SHARE writes that share of the documents without the grammar's
namespace, with XLink attributes as plain names (EAD 2002 DTD style).
--cap ELEMENT=N (repeatable) lets an element, with all inside it, take at most
N elements of the budget: past that it takes its cheapest form (TEI's
teiHeader comes first and would else use the whole budget, leaving the text
its cheapest form, without a word)."""
import argparse
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

RNG = "http://relaxng.org/ns/structure/1.0"
XLINK = "http://www.w3.org/1999/xlink"
XMLNS = "http://www.w3.org/XML/1998/namespace"
FOREIGN = "urn:x-teiconv-test:foreign"
INF = float("inf")


class Pat:
    """One simplified pattern: kind, children, and per-kind data."""
    __slots__ = ("kind", "kids", "name", "dtype", "params", "text", "uid")
    _next = 0

    def __init__(self, kind, kids=(), name=None, dtype=None, params=None, text=None):
        self.kind, self.kids, self.name = kind, list(kids), name
        self.dtype, self.params, self.text = dtype, params or {}, text
        Pat._next += 1
        self.uid = Pat._next


# ---------------------------------------------------------------- parsing

def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def qname(text, el, ns, nsmap, is_attr):
    """(namespace, local name) of a name written in the grammar."""
    text = text.strip()
    if ":" in text:
        pre, loc = text.split(":", 1)
        if pre == "xml":
            return (XMLNS, loc)
        return (nsmap[pre], loc)
    if is_attr and "ns" not in el.attrib:
        return ("", text)
    return (el.get("ns", ns) if is_attr else ns, text)


class Grammar:
    def __init__(self, path):
        self.defines = {}
        self.start = None
        nsmap = {}
        for _event, (pre, uri) in ET.iterparse(path, events=["start-ns"]):
            nsmap.setdefault(pre, uri)
        self.nsmap = nsmap
        root = ET.parse(path).getroot()
        self.ns = root.get("ns", "")
        self._grammar(root, self.ns)
        self.cost = {}
        self._costs()

    def _grammar(self, el, ns):
        for c in el:
            k = local(c.tag)
            if not c.tag.startswith("{" + RNG):
                continue
            if k == "start":
                self.start = self._group(c, c.get("ns", ns))
            elif k == "define":
                p = self._group(c, c.get("ns", ns))
                name = c.get("name")
                how = c.get("combine")
                if name in self.defines and how:
                    self.defines[name] = Pat(how, [self.defines[name], p])
                else:
                    self.defines[name] = p
            elif k == "div":
                self._grammar(c, c.get("ns", ns))
            elif k in ("include", "externalRef"):
                raise SystemExit("rng_gen: %s is not supported" % k)

    def _group(self, el, ns):
        kids = [self._pat(c, ns) for c in el if c.tag.startswith("{" + RNG)]
        kids = [k for k in kids if k is not None]
        return kids[0] if len(kids) == 1 else Pat("group", kids)

    def _nameclass(self, el, ns, is_attr):
        k = local(el.tag)
        ns = el.get("ns", ns) if not is_attr or "ns" in el.attrib else ""
        if k == "name":
            return ("name", qname(el.text or "", el, ns, self.nsmap, False))
        if k == "anyName" or k == "nsName":
            exc = [self._nameclass(x, ns, is_attr) for e in el if local(e.tag) == "except" for x in e]
            return (k, el.get("ns", ns), exc)
        if k == "choice":
            return ("choice", [self._nameclass(x, ns, is_attr) for x in el])
        raise SystemExit("rng_gen: name class %s" % k)

    def _pat(self, el, ns):
        k = local(el.tag)
        ns = el.get("ns", ns)
        if k in ("element", "attribute"):
            is_attr = k == "attribute"
            rest = list(el)
            if el.get("name") is not None:
                nc = ("name", qname(el.get("name"), el, ns, self.nsmap, is_attr))
            else:
                nc = self._nameclass(rest[0], ns, is_attr)
                rest = rest[1:]
            kids = [self._pat(c, ns) for c in rest if c.tag.startswith("{" + RNG)]
            kids = [c for c in kids if c is not None]
            if not kids:
                kids = [Pat("text")] if is_attr else [Pat("empty")]
            body = kids[0] if len(kids) == 1 else Pat("group", kids)
            return Pat(k, [body], name=nc)
        if k in ("group", "interleave", "choice", "optional", "zeroOrMore", "oneOrMore", "list", "mixed"):
            kids = [self._pat(c, ns) for c in el if c.tag.startswith("{" + RNG)]
            kids = [c for c in kids if c is not None]
            if k == "mixed":
                return Pat("interleave", [Pat("zeroOrMore", [Pat("text")])] + kids)
            if k in ("optional", "zeroOrMore", "oneOrMore", "list") and len(kids) > 1:
                kids = [Pat("group", kids)]
            return Pat(k, kids)
        if k in ("ref", "parentRef"):
            return Pat("ref", name=el.get("name"))
        if k in ("empty", "text", "notAllowed"):
            return Pat(k)
        if k == "data":
            params = {p.get("name"): (p.text or "") for p in el if local(p.tag) == "param"}
            exc = [self._pat(x, ns) for e in el if local(e.tag) == "except" for x in e]
            return Pat("data", exc, dtype=el.get("type"), params=params)
        if k == "value":
            return Pat("value", dtype=el.get("type", "token"), text=el.text or "")
        return None  # annotations, documentation

    # Least number of elements a pattern needs (INF: cannot be matched).
    def _costs(self):
        changed = True
        while changed:
            changed = False
            for name, p in self.defines.items():
                c = self._cost(p)
                if c < self.cost.get(name, INF):
                    self.cost[name] = c
                    changed = True

    def _cost(self, p):
        k = p.kind
        if k == "ref":
            return self.cost.get(p.name, INF)
        if k == "element":
            return 1 + self._cost(p.kids[0])
        if k in ("group", "interleave"):
            return sum(self._cost(c) for c in p.kids)
        if k == "choice":
            return min(self._cost(c) for c in p.kids)
        if k in ("optional", "zeroOrMore"):
            return 0
        if k in ("oneOrMore", "attribute", "list"):
            return self._cost(p.kids[0])
        if k == "notAllowed":
            return INF
        return 0

    def costof(self, p):
        return self._cost(p)


# ---------------------------------------------------------------- regex facets

class RegexGen:
    """Random strings matching the XSD regular expressions the schemas use:
    | ( ) [ ] ranges, escapes, ? * + {n} {n,m}."""

    def __init__(self, rnd, pattern):
        self.r, self.s, self.i = rnd, pattern, 0

    def gen(self):
        self.i = 0
        return self._alt()

    def _alt(self):
        alts = [self._seq()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            alts.append(self._seq())
        return self.r.choice(alts)  # every branch was parsed: position is past all

    def _seq(self):
        out = []
        while self.i < len(self.s) and self.s[self.i] not in "|)":
            start = self.i
            atom = self._atom()
            lo, hi = self._quant()
            if (lo, hi) != (1, 1):
                end = self.i
                parts = []
                for _ in range(self.r.randint(lo, hi)):
                    self.i = start
                    parts.append(self._atom())
                self.i = end
                out.append("".join(parts))
            else:
                out.append(atom)
        return "".join(out)

    def _quant(self):
        if self.i >= len(self.s):
            return 1, 1
        c = self.s[self.i]
        if c in "?*+":
            self.i += 1
            return {"?": (0, 1), "*": (0, 3), "+": (1, 3)}[c]
        m = re.match(r"\{(\d+)(,(\d*))?\}", self.s[self.i:])
        if m:
            self.i += m.end()
            lo = int(m.group(1))
            hi = lo if m.group(2) is None else (int(m.group(3)) if m.group(3) else lo + 3)
            return lo, hi
        return 1, 1

    def _atom(self):
        c = self.s[self.i]
        if c == "(":
            self.i += 1
            v = self._alt()
            self.i += 1  # ')'
            return v
        if c == "[":
            end = self.s.index("]", self.i)
            body = self.s[self.i + 1:end]
            self.i = end + 1
            if body.startswith("^") or "\\p" in body or "\\s" in body or "\\S" in body:
                # negated or property classes: a pool filtered by the class
                cls = re.compile("[" + py_class(body) + "]")
                return self.r.choice([x for x in CLASS_POOL if cls.fullmatch(x)])
            chars = []
            j = 0
            while j < len(body):
                a = body[j]
                if a == "\\" and body[j + 1] == "d":
                    chars += list("0123456789")
                    j += 2
                    continue
                if a == "\\":
                    j += 1
                    a = body[j]
                if j + 2 < len(body) and body[j + 1] == "-":
                    chars += [chr(x) for x in range(ord(a), ord(body[j + 2]) + 1)]
                    j += 3
                else:
                    chars.append(a)
                    j += 1
            return self.r.choice(chars)
        if c == "\\":
            self.i += 2
            e = self.s[self.i - 1]
            # one draw for every escape, as the EAD documents of a seed
            # were made with (the CI's seed must keep its documents)
            digit = self.r.choice("0123456789")
            if e == "S":
                return self.r.choice("abcXY9")
            return {"d": digit, "s": " "}.get(e, e)
        if c == ".":
            self.i += 1
            return self.r.choice("abc")
        self.i += 1
        return c


# Characters a negated or property class picks from, and the XSD property
# escapes the grammars use, in Python's terms (re has no \\p): C is control
# and format characters, Z the separators.
# datatypes with a generator of their own (typed()), patterns or not
TYPED = ("date", "gYear", "gYearMonth", "dateTime", "integer",
         "nonNegativeInteger", "positiveInteger", "decimal", "double", "float",
         "boolean", "Name", "NCName", "language", "time", "gMonthDay", "gMonth",
         "gDay", "duration")
CLASS_POOL = "abcxyzABCXYZ0129._-:/é"
PROPS = {"C": "\\x00-\\x1f\\x7f-\\x9f\\u200b-\\u200f\\ufeff",
         "Z": " \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"}


def uri_ok(v):
    """Whether a value a pattern allows is an anyURI for jing too: before a
    colon a scheme (a letter first), and something after the colon ("0:c"
    and "B0:" are refused)."""
    scheme, colon, rest = v.partition(":")
    if not colon or "/" in scheme or "?" in scheme or "#" in scheme:
        return True  # a relative reference
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme) is not None and rest != ""


def py_class(body):
    """The body of an XSD character class as a Python one."""
    return re.sub(r"\\p\{(\w)\}", lambda m: PROPS[m.group(1)], body)


def py_regex(pattern):
    """An XSD regular expression of the grammars as a Python one: a property
    escape inside a class becomes its ranges, outside one a class of them."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        m = re.match(r"\\p\{(\w)\}", pattern[i:])
        if m:
            ranges = PROPS[m.group(1)]
            out.append(ranges if in_class else "[" + ranges + "]")
            i += m.end()
            continue
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        in_class = (in_class or c == "[") and c != "]"
        out.append(c)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- generation

WORDS = ("papers correspondence family estate minutes ledger series box folder "
         "photographs diaries Smith Jones Boston Kraków Zürich 1923 1850-1899 "
         "map deeds records council parish & <draft> \"quoted\" it's café").split()


class Elem:
    __slots__ = ("name", "attrs", "kids", "idslots", "goal")

    def __init__(self, name):
        self.name, self.attrs, self.kids, self.idslots = name, {}, [], []
        self.goal = None  # distance to the focus element from here


class IdRef:
    __slots__ = ("many",)

    def __init__(self, many):
        self.many = many


class Doc:
    """State of one document being generated."""

    def __init__(self, max_elements, max_depth):
        self.count = 0
        self.max_elements, self.max_depth = max_elements, max_depth
        self.limit = max_elements  # lower inside a capped element (--cap)
        self.ids = []
        self.entities = {}
        self.focus = None  # (parent, child): a pair not generated yet, aimed at


class Generator:
    def __init__(self, grammar, rnd, max_elements, caps=None):
        self.g, self.r = grammar, rnd
        self.max_elements = max_elements
        self.caps = caps or {}  # element local name -> elements it may take
        self.used = {}          # (pattern uid, parent name, branch) -> times
        self.seen_child = set()  # (parent, child) element names generated
        self.seen_attr = set()   # (element, attribute)
        self.seen_value = set()  # (element, attribute or '#text', value)
        self.costs = {}
        self.flats = {}
        self.dists = {}
        self.pdist = {}

    def cost(self, p):
        c = self.costs.get(p.uid)
        if c is None:
            c = self.costs[p.uid] = self.g.costof(p)
        return c

    def document(self, missing=()):
        self.doc = Doc(self.max_elements, self.r.choice((8, 12, 16, 22)))
        missing = [m for m in missing if m not in self.seen_child]
        if missing and self.r.random() < 0.7:
            self.doc.focus = self.r.choice(missing)
        root = Elem(("", "#root"))
        self.gen(self.g.start, root, 0)
        top = root.kids[0]
        self.fix_idrefs(top)
        return top

    # --- choices
    def pick(self, options, key):
        """An index among options, weighted towards those used least."""
        ws = [1.0 / (1 + self.used.get(key + (i,), 0)) ** 2 for i in options]
        i = self.r.choices(options, weights=ws)[0]
        self.used[key + (i,)] = self.used.get(key + (i,), 0) + 1
        return i

    def tight(self, depth):
        d = self.doc
        return d.count >= d.limit or depth >= d.max_depth

    def gen(self, p, el, depth):
        k = p.kind
        if k == "ref":
            return self.gen(self.g.defines[p.name], el, depth)
        if k == "element":
            name = self.pick_name(p.name, el)
            child = Elem(name)
            f = self.doc.focus
            if f:
                d = self.dist(p.kids[0], f[1] if name[1] == f[0] else f[0])
                child.goal = d if d < INF else None
            self.doc.count += 1
            self.seen_child.add((el.name[1], name[1]))
            if self.doc.focus == (el.name[1], name[1]) or depth > 60:
                self.doc.focus = None
            outer = self.doc.limit
            if name[1] in self.caps:
                self.doc.limit = min(outer, self.doc.count + self.caps[name[1]])
            self.gen(p.kids[0], child, depth + 1)
            self.doc.limit = outer
            el.kids.append(child)
            return
        if k == "attribute":
            name = self.pick_name(p.name, el)
            if name in el.attrs:
                return
            el.attrs[name] = self.value(p.kids[0], el, name[1])
            self.seen_attr.add((el.name[1], name[1]))
            return
        if k == "group":
            for c in p.kids:
                self.gen(c, el, depth)
            return
        if k == "interleave":
            kids = list(p.kids)
            self.r.shuffle(kids)
            for c in kids:
                self.gen(c, el, depth)
            return
        if k == "choice":
            alts = self.flat(p)
            ok = [i for i, c in enumerate(alts) if self.cost(c) < INF]
            aimed = [i for i in ok if self.aims(alts[i], el)]
            if aimed:
                ok = aimed
            elif self.tight(depth):
                least = min(self.cost(alts[i]) for i in ok)
                ok = [i for i in ok if self.cost(alts[i]) == least]
            i = self.pick(ok, (p.uid, el.name[1]))
            return self.gen(alts[i], el, depth)
        if k in ("optional", "zeroOrMore", "oneOrMore"):
            inner = p.kids[0]
            lo = 1 if k == "oneOrMore" else 0
            if self.cost(inner) < INF and self.aims(inner, el):
                n = 1
            elif self.tight(depth) or self.cost(inner) == INF:
                n = lo
                if k == "optional" and self.cost(inner) == 0 and self.is_attr(inner):
                    n = self.r.randint(0, 1)  # attributes cost nothing
            elif k == "optional":
                n = self.pick([0, 1], (p.uid, el.name[1]))
            else:
                n = lo + self.pick([0, 1, 2], (p.uid, el.name[1]))
            if n == 0 and k == "optional":
                self.note_idslot(inner, el)
            for _ in range(n):
                self.gen(inner, el, depth)
            return
        if k == "text":
            if self.r.random() < 0.7:
                el.kids.append(self.words())
            return
        if k in ("data", "value", "list"):
            el.kids.append(self.value(p, el, "#text"))
            return
        if k == "empty":
            return
        raise SystemExit("rng_gen: cannot generate %s" % k)

    def aims(self, p, el):
        """Whether p is on a shortest path towards the document's focus
        pair: its child when inside its parent, else its parent."""
        f = self.doc.focus
        if not f or el.goal is None:
            return False
        want = f[1] if el.name[1] == f[0] else f[0]
        return self.dist(p, want) == el.goal

    def dist(self, p, want):
        """Least number of elements crossed from p to an element named want."""
        table = self.dists.get(want)
        if table is None:
            table = self.dists[want] = {}
            changed = True
            while changed:
                changed = False
                for name, d in self.g.defines.items():
                    v = self._dist(d, want, table)
                    if v < table.get(name, INF):
                        table[name] = v
                        changed = True
            self.dists[want] = table
        key = (p.uid, want)
        v = self.pdist.get(key)
        if v is None:
            v = self.pdist[key] = self._dist(p, want, table)
        return v

    def _dist(self, p, want, table):
        k = p.kind
        if k == "ref":
            return table.get(p.name, INF)
        if k == "element":
            if p.name[0] == "name" and p.name[1][1] == want:
                return 0
            return 1 + self._dist(p.kids[0], want, table)
        if k == "attribute" or not p.kids:
            return INF
        return min(self._dist(c, want, table) for c in p.kids)

    def flat(self, p):
        """The alternatives of a choice, nested choices (and references to
        them) spread out, so that each leaf is equally likely."""
        f = self.flats.get(p.uid)
        if f is None:
            f, todo, seen = [], list(p.kids), set()
            while todo:
                c = todo.pop(0)
                while c.kind == "ref" and c.name not in seen:
                    seen.add(c.name)
                    c = self.g.defines[c.name]
                if c.kind == "choice":
                    todo = list(c.kids) + todo
                elif c.kind != "ref":
                    f.append(c)
            self.flats[p.uid] = f
        return f

    def is_attr(self, p):
        while p.kind == "ref":
            p = self.g.defines[p.name]
        return p.kind == "attribute"

    def note_idslot(self, p, el):
        while p.kind == "ref":
            p = self.g.defines[p.name]
        if p.kind == "attribute" and p.name[0] == "name":
            v = p.kids[0]
            if v.kind == "data" and v.dtype == "ID":
                el.idslots.append(p.name[1])

    def pick_name(self, nc, el):
        k = nc[0]
        if k == "name":
            return nc[1]
        if k == "choice":
            return self.pick_name(self.r.choice(nc[1]), el)
        if k == "nsName":
            return (nc[1], "x%d" % self.r.randint(1, 9))
        # anyName except ...: a name from a namespace the exceptions leave
        banned = {x[1] for x in nc[2] if x[0] == "nsName"}
        ns = FOREIGN if FOREIGN not in banned else "urn:x-other"
        return (ns, self.r.choice(("foo", "bar", "baz", "qux")))

    # --- values
    def words(self, n=None):
        n = n or self.r.randint(1, 4)
        s = " ".join(self.r.choice(WORDS) for _ in range(n))
        return (" " if self.r.random() < 0.2 else "") + s

    def value(self, p, el, attr):
        k = p.kind
        if k == "ref":
            return self.value(self.g.defines[p.name], el, attr)
        if k == "text":
            return self.words()
        if k == "empty":
            return ""
        if k == "value":
            self.seen_value.add((el.name[1], attr, p.text))
            return p.text
        if k == "choice":
            alts = self.flat(p)
            ok = [i for i, c in enumerate(alts) if self.cost(c) < INF]
            i = self.pick(ok, (p.uid, el.name[1], attr))
            return self.value(alts[i], el, attr)
        if k == "list":
            # an empty token (a <value/> among the choices) is no token once
            # the list is split: a list of only empty ones has none at all
            for _ in range(20):
                parts = []
                self.value_seq(p.kids[0], el, attr, parts)
                if all(not isinstance(x, str) or x.strip() for x in parts):
                    break
            return " ".join(parts)
        if k in ("group", "optional", "zeroOrMore", "oneOrMore"):
            parts = []
            self.value_seq(p, el, attr, parts)
            return " ".join(parts)
        if k == "data":
            return self.data(p)
        raise SystemExit("rng_gen: no value for %s" % k)

    def value_seq(self, p, el, attr, out):
        k = p.kind
        if k == "group":
            for c in p.kids:
                self.value_seq(c, el, attr, out)
        elif k in ("oneOrMore", "zeroOrMore", "optional"):
            lo = 1 if k == "oneOrMore" else 0
            hi = 1 if k == "optional" else 3
            for _ in range(self.r.randint(lo, hi)):
                self.value_seq(p.kids[0], el, attr, out)
        elif k == "ref":
            self.value_seq(self.g.defines[p.name], el, attr, out)
        else:
            out.append(self.value(p, el, attr))

    def data(self, p):
        t, pr, r = p.dtype, p.params, self.r
        if "pattern" in pr and t in TYPED:
            # a typed value that also matches the pattern (dates of a range)
            for _ in range(200):
                v = self.typed(t, pr)
                if re.fullmatch(py_regex(pr["pattern"]), v):
                    return v
            raise SystemExit("rng_gen: %s with pattern %r: no value found" % (t, pr["pattern"]))
        if "pattern" in pr:
            for _ in range(100):
                v = RegexGen(r, pr["pattern"]).gen()
                if re.fullmatch(py_regex(pr["pattern"]), v) and v.strip() and (t != "anyURI" or uri_ok(v)):
                    return v
            raise SystemExit("rng_gen: pattern %r: no value found" % pr["pattern"])
        if t == "ID":
            v = r.choice(("id", "ref", "c", "a_")) + "%d" % (len(self.doc.ids) + 1) + r.choice(("", ".x", "-b"))
            self.doc.ids.append(v)
            return v
        if t == "IDREF":
            return IdRef(False)
        if t == "IDREFS":
            return IdRef(True)
        if t == "ENTITY":
            n = "obj%d" % (len(self.doc.entities) + 1)
            self.doc.entities[n] = "images/%s.jpg" % n
            return n
        if t in ("NMTOKEN", "NMTOKENS"):
            return r.choice(("abc", "x-1", "en", "Latn", "US", "f.2", "1900")) + r.choice(("", "_y"))
        if t == "anyURI":
            return r.choice(("http://example.org/item/%d", "https://example.com/a%d.pdf", "item%d.html", "urn:x:%d")) % r.randint(1, 99)
        if t in TYPED:
            return self.typed(t, pr)
        if t in ("token", "string", "normalizedString", None):
            return self.words().strip()
        raise SystemExit("rng_gen: datatype %s not handled" % t)

    def typed(self, t, pr):
        """A value of datatype t (one of TYPED) within the facets pr."""
        r = self.r
        if t in ("date", "gYear", "gYearMonth", "dateTime"):
            y = r.randint(1000, 2099)
            m, d = r.randint(1, 12), r.randint(1, 28)
            return {"date": "%04d-%02d-%02d" % (y, m, d), "gYear": "%04d" % y,
                    "gYearMonth": "%04d-%02d" % (y, m),
                    "dateTime": "%04d-%02d-%02dT%02d:%02d:00" % (y, m, d, r.randint(0, 23), r.randint(0, 59))}[t]
        if t in ("integer", "nonNegativeInteger", "positiveInteger"):
            return str(r.randint(int(pr.get("minInclusive", 1)),
                                 int(pr.get("maxInclusive", 40))))
        if t in ("decimal", "double", "float"):
            lo = float(pr.get("minInclusive", 0))
            hi = float(pr.get("maxInclusive", 40))
            return r.choice(("%g" % lo, "%g" % hi, "%.2f" % r.uniform(lo, hi)))
        if t == "boolean":
            return r.choice(("true", "false", "1", "0"))
        if t in ("Name", "NCName"):
            return r.choice(("abc", "x-1", "n.2", "Latn", "a_b") + (("tei:p", "x:y") if t == "Name" else ()))
        if t == "language":
            return r.choice(("en", "fr", "de-AT", "la", "ru-Latn"))
        if t == "time":
            return "%02d:%02d:00" % (r.randint(0, 23), r.randint(0, 59))
        if t in ("gMonthDay", "gMonth", "gDay"):
            m, d = r.randint(1, 12), r.randint(1, 28)
            return {"gMonthDay": "--%02d-%02d" % (m, d), "gMonth": "--%02d" % m,
                    "gDay": "---%02d" % d}[t]
        if t == "duration":
            return r.choice(("P1Y", "P2M3D", "PT4H", "P1DT12H"))
        raise SystemExit("rng_gen: datatype %s not handled" % t)

    def fix_idrefs(self, top):
        refs = []
        stack = [top]
        while stack:
            e = stack.pop()
            for a, v in e.attrs.items():
                if isinstance(v, IdRef):
                    refs.append((e, a, v))
            stack.extend(k for k in e.kids if isinstance(k, Elem))
        if not refs:
            return
        if not self.doc.ids:
            stack = [top]
            while stack and not self.doc.ids:
                e = stack.pop()
                if e.idslots:
                    v = "target1"
                    e.attrs[("", e.idslots[0])] = v
                    self.doc.ids.append(v)
                stack.extend(k for k in e.kids if isinstance(k, Elem))
        for e, a, v in refs:
            n = self.r.randint(1, 2) if v.many else 1
            e.attrs[a] = " ".join(self.r.choice(self.doc.ids) for _ in range(n))


# ---------------------------------------------------------------- output

def esc(s, attr=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if attr else s


def serialize(top, grammar_ns, entities, namespaced):
    prefixes = {XLINK: "xlink", XMLNS: "xml"}
    out = []

    def pname(name, is_attr):
        ns, loc = name
        if ns == "" or (ns == grammar_ns and not is_attr):
            return loc
        if not namespaced and ns == XLINK:
            return "linktype" if loc == "type" else loc
        if ns not in prefixes:
            prefixes[ns] = "f%d" % len(prefixes)
        return prefixes[ns] + ":" + loc

    def walk(e):
        out.append("<" + pname(e.name, False))
        if e.name[0] not in (grammar_ns, "") and e is not top:
            out.append(' xmlns:%s="%s"' % (prefixes[e.name[0]], e.name[0]))
        for a, v in e.attrs.items():
            out.append(' %s="%s"' % (pname(a, True), esc(v, True)))
        if not e.kids:
            out.append("/>")
            return
        out.append(">")
        for k in e.kids:
            if isinstance(k, Elem):
                walk(k)
            else:
                out.append(esc(k))
        out.append("</%s>" % pname(e.name, False))

    walk(top)
    body = "".join(out)
    decls = ""
    if namespaced and grammar_ns:
        decls += ' xmlns="%s"' % grammar_ns
    if XLINK in prefixes and "xlink:" in body and namespaced:
        decls += ' xmlns:xlink="%s"' % XLINK
    root = pname(top.name, False)
    body = body.replace("<" + root, "<" + root + decls, 1)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if entities:
        head += "<!DOCTYPE %s [\n<!NOTATION jpeg SYSTEM \"image/jpeg\">\n" % root
        for n, uri in sorted(entities.items()):
            head += '<!ENTITY %s SYSTEM "%s" NDATA jpeg>\n' % (n, uri)
        head += "]>\n"
    return head + body + "\n"


# ---------------------------------------------------------------- coverage

def possible(grammar):
    """(parent, child) element pairs, (element, attribute) pairs and
    (element, attribute, value) triples the grammar allows."""
    pairs, attrs, values = set(), set(), set()

    def names(nc):
        if nc[0] == "name":
            return [nc[1][1]]
        if nc[0] == "choice":
            return [n for x in nc[1] for n in names(x)]
        return ["*"]

    def scan(p, owner, seen):
        k = p.kind
        if k == "ref":
            if p.name in seen:
                return
            seen.add(p.name)
            scan(grammar.defines[p.name], owner, seen)
        elif k == "element":
            for n in names(p.name):
                pairs.add((owner, n))
        elif k == "attribute":
            for n in names(p.name):
                attrs.add((owner, n))
                vals(p.kids[0], owner, n, set())
        else:
            for c in p.kids:
                scan(c, owner, seen)

    def vals(p, owner, an, seen):
        if p.kind == "value":
            values.add((owner, an, p.text))
        elif p.kind == "ref":
            if p.name not in seen:
                seen.add(p.name)
                vals(grammar.defines[p.name], owner, an, seen)
        elif p.kind != "data":
            for c in p.kids:
                vals(c, owner, an, seen)

    elements = []

    def find(p, seen):
        if p.kind == "ref":
            if p.name in seen:
                return
            seen.add(p.name)
            find(grammar.defines[p.name], seen)
        else:
            if p.kind == "element":
                elements.append(p)
            for c in p.kids:
                find(c, seen)

    find(grammar.start, set())
    for name in grammar.defines:
        find(grammar.defines[name], set())
    done = set()
    for e in elements:
        if e.uid in done:
            continue
        done.add(e.uid)
        for n in names(e.name):
            scan(e.kids[0], n, set())
    for n in names(grammar.start.name) if grammar.start.kind == "element" else []:
        pairs.add(("#root", n))
    return pairs, attrs, values


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rng", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--prefix", default="gen")
    ap.add_argument("--no-namespace", type=float, default=0.0)
    ap.add_argument("--max-elements", type=int, default=120)
    ap.add_argument("--coverage")
    ap.add_argument("--cap", action="append", default=[], metavar="ELEMENT=N")
    a = ap.parse_args()
    caps = {n: int(v) for n, _, v in (c.partition("=") for c in a.cap)}
    g = Grammar(a.rng)
    rnd = random.Random(a.seed)
    gen = Generator(g, rnd, a.max_elements, caps)
    os.makedirs(a.out, exist_ok=True)
    width = len(str(a.count))
    pairs = sorted(p for p in possible(g)[0] if "*" not in p and p[0] != "#root")
    for i in range(1, a.count + 1):
        top = gen.document(pairs)
        namespaced = rnd.random() >= a.no_namespace
        text = serialize(top, g.ns, gen.doc.entities, namespaced)
        name = "%s-%0*d%s.xml" % (a.prefix, width, i, "" if namespaced else "-nons")
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)
    if a.coverage:
        pairs, attrs, values = possible(g)
        with open(a.coverage, "w", encoding="utf-8") as f:
            for label, want, got in (("element-in-context", pairs, gen.seen_child),
                                     ("attribute", attrs, gen.seen_attr),
                                     ("enumerated-value", values, gen.seen_value)):
                want = {w for w in want if "*" not in w}
                miss = sorted(want - got)
                f.write("%s: %d of %d\n" % (label, len(want) - len(miss), len(want)))
                for m in miss:
                    f.write("  missing %s\n" % "/".join(m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
