#!/usr/bin/env python3
# tests/migrate/allowed_table.py: writes the "what may stand where" table of a
# RELAX NG grammar that xsl/ead/fit-*.xsl reads (children, text, attributes).
# Owner: the EAD migration (issue 13). The tables in xsl/ead/ are its output.
"""Usage: allowed_table.py GRAMMAR.rng NAME.xsl > xsl/ead/NAME.xsl

A stylesheet module holding the table as a top-level data element,
<allowed> in teiconv's namespace (not a variable: libxslt would build a
variable's tree again for every transformation; teiconv looks rows up in C,
src/lib/xslt/fit_table.c, other processors read it with document()), and two
string variables: fit-table-file (this module's name) and fit-ns (the
target namespace). One <e k="PARENT/NAME"> per element name in each parent it may have: the
element children it may hold (c, space-separated, '*' for any foreign
element), whether it may hold text (t="1"), the child that alone makes it
complete when it must hold one (r), and its attributes (<a n="NAME">
with f=VALUE when it is required with one fixed value, d="ID|IDREF|IDREFS|NMTOKEN|NMTOKENS|anyURI|pattern" or the enumerated
values in v); when every parent gives an element the same attributes they
are listed once, in <attrs n="NAME">, and the row says a="NAME". test_migrate checks that the committed tables are this
script's output for the official schemas."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rng_gen as R  # noqa: E402


def main():
    g = R.Grammar(sys.argv[1])
    table = {}  # (parent, name) -> [children, text, attrs]

    def content(p, row, seen, req=True):
        k = p.kind
        if k == "ref":
            if p.name not in seen:
                seen.add(p.name)
                content(g.defines[p.name], row, seen, req)
        elif k == "element":
            if p.name[0] == "name" and p.name[1][0] == g.ns:
                row[0].add(p.name[1][1])
            else:
                row[0].add("*")
        elif k == "attribute":
            if p.name[0] != "name":
                row[2].setdefault("*", set())
                return
            ns, an = p.name[1]
            an = {R.XLINK: "xlink:", R.XMLNS: "xml:"}.get(ns, "") + an
            row[2].setdefault(an, set()).update(kind(p.kids[0], set()))
            if req:
                row[2][an].add("!required")
        elif k in ("text", "data", "value", "list"):
            row[1] = True
        else:
            inner = req and k in ("group", "interleave", "oneOrMore")
            for c in p.kids:
                content(c, row, seen, inner)

    def kind(p, seen):
        if p.kind == "ref":
            if p.name in seen:
                return set()
            seen.add(p.name)
            return kind(g.defines[p.name], seen)
        if p.kind == "value":
            return {"=" + p.text.strip()}
        if p.kind == "data":
            return {"pattern" if "pattern" in p.params else p.dtype}
        if p.kind in ("text", "empty"):
            return {"text"}
        out = set()
        for c in p.kids:
            out |= kind(c, seen)
        return out

    def fillers(p):
        """Children that alone satisfy p (each an element with nothing
        required inside), for an element left empty by the migration."""
        out = []
        for e in direct_elements(p, set()):
            if e.name[0] == "name" and g.costof(e.kids[0]) == 0 and e.name[1][1] != "head":
                out.append(e.name[1][1])
        prefer = [n for n in ("p", "didnote", "item", "part", "addressline") if n in out]
        return set(prefer[:1] or sorted(out)[:1])

    done = set()

    def element(p, parent):
        key = (parent, p.uid)
        if key in done:
            return
        done.add(key)
        if p.name[0] != "name" or p.name[1][0] != g.ns:
            return
        name = p.name[1][1]
        row = table.setdefault((parent, name), [set(), False, {}, set()])
        content(p.kids[0], row, set())
        if g.costof(p.kids[0]) > 0:
            row[3].update(fillers(p.kids[0]))
        for c in direct_elements(p.kids[0], set()):
            element(c, name)

    def direct_elements(p, seen):
        if p.kind == "ref":
            if p.name in seen:
                return []
            seen.add(p.name)
            return direct_elements(g.defines[p.name], seen)
        if p.kind == "element":
            return [p]
        if p.kind == "attribute":
            return []
        return [e for c in p.kids for e in direct_elements(c, seen)]

    for e in direct_elements(g.start, set()):
        element(e, "")
    def attr_lines(attrs):
        lines = []
        for an in sorted(attrs):
            ks = attrs[an]
            vals = sorted(x[1:] for x in ks if x.startswith("="))
            types = sorted(x for x in ks if not x.startswith("=") and x != "!required")
            if vals and not types and len(vals) == 1 and "!required" in ks:
                lines.append('<a n="%s" v=" %s " f="%s"/>' % (an, vals[0], vals[0]))
            elif vals and not types:
                lines.append('<a n="%s" v=" %s "/>' % (an, " ".join(vals)))
            else:
                strict = [t for t in types if t not in ("text", "string", "token", "normalizedString")]
                d = strict[0] if len(types) == 1 and strict else ""
                lines.append('<a n="%s"%s/>' % (an, ' d="%s"' % d if d else ""))
        return lines

    # attributes once per element name when every parent gives the same
    by_name = {}
    for (parent, name), row in table.items():
        by_name.setdefault(name, set()).add(tuple(attr_lines(row[2])))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- %s: generated by tests/migrate/allowed_table.py from the official" % sys.argv[2],
           "     %s (what may stand where): do not edit. -->" % os.path.basename(sys.argv[1]),
           '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">',
           '<xsl:variable name="fit-table-file" select="\'%s\'"/>' % sys.argv[2],
           '<xsl:variable name="fit-ns" select="\'%s\'"/>' % g.ns,
           '<allowed xmlns="urn:x-teiconv:internal" ns="%s">' % g.ns]
    for (parent, name) in sorted(table):
        kids, text, attrs, fill = table[(parent, name)]
        shared = len(by_name[name]) == 1
        line = '<e k="%s/%s" c=" %s " t="%d"%s%s' % (parent, name, " ".join(sorted(kids)), 1 if text else 0,
                                                    ' a="%s"' % name if shared else "",
                                                    ' r="%s"' % sorted(fill)[0] if fill else "")
        if shared or not attrs:
            out.append(line + "/>")
        else:
            out.append(line + ">" + "".join(attr_lines(attrs)) + "</e>")
    for name in sorted(by_name):
        (lines,) = by_name[name] if len(by_name[name]) == 1 else (None,)
        if lines:
            out.append('<attrs n="%s">%s</attrs>' % (name, "".join(lines)))
    out += ["</allowed>", "</xsl:stylesheet>"]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
