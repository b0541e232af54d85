#!/usr/bin/env python3
"""rng_grammars.py: RELAX NG grammars that grow with n, and a small valid
document for each (issue 19: the cost of a schema must be near-linear in
its size, whatever its shape).

    rng_grammars.py KIND N DIR

writes DIR/g.rng and DIR/in.xml (whose xml-model names g.rng). KIND:
  choice      a choice of n refs to n defines, each an element
  interleave  an interleave of n optional elements
  group       a group of n optional elements
  nested      n defines, each a choice of an element and a ref to the next
  nested-ref-first  the same with the ref first (its elements are made
              before the define's own)
  ids         a choice of n refs to elements with an ID attribute
  attributes  an element with n optional attributes
The document uses at most USED of the names, so that its own size stays
the same and the cost measured is the grammar's.
"""
import os
import sys

RNG = 'xmlns="http://relaxng.org/ns/structure/1.0"'
USED = 4


def picks(n):
    """USED indexes spread over 0..n-1, ascending."""
    return sorted({i * (n - 1) // max(USED - 1, 1) for i in range(USED)})


def wrap(start, defines=""):
    return ('<grammar %s>\n<start>%s</start>\n%s</grammar>\n'
            % (RNG, start, defines))


def choice(n):
    refs = "".join('<ref name="d%d"/>\n' % i for i in range(n))
    defs = "".join('<define name="d%d"><element name="e%d"><text/></element>'
                   '</define>\n' % (i, i) for i in range(n))
    g = wrap('<element name="r"><zeroOrMore><choice>\n%s</choice>'
             '</zeroOrMore></element>' % refs, defs)
    return g, "".join("<e%d>t</e%d>" % (i, i) for i in picks(n))


def optional_elements(n, combinator):
    els = "".join('<optional><element name="e%d"><text/></element></optional>\n'
                  % i for i in range(n))
    g = wrap('<element name="r"><%s>\n%s</%s></element>'
             % (combinator, els, combinator))
    used = picks(n)
    if combinator == "interleave":
        used = used[::-1]  # any order
    return g, "".join("<e%d>t</e%d>" % (i, i) for i in used)


def interleave(n):
    return optional_elements(n, "interleave")


def group(n):
    return optional_elements(n, "group")


def nested(n, ref_first=False):
    el, ref = '<element name="e%d"><text/></element>', '<ref name="d%d"/>'
    alts = ref + el if ref_first else el + ref
    defs = "".join(('<define name="d%d"><choice>' + alts + '</choice></define>\n')
                   % ((i, i + 1, i) if ref_first else (i, i, i + 1))
                   for i in range(n))
    defs += '<define name="d%d"><empty/></define>\n' % n
    g = wrap('<element name="r"><zeroOrMore><ref name="d0"/></zeroOrMore>'
             '</element>', defs)
    return g, "".join("<e%d>t</e%d>" % (i, i) for i in picks(n))


def nested_ref_first(n):
    return nested(n, True)


def ids(n):
    refs = "".join('<ref name="d%d"/>\n' % i for i in range(n))
    defs = "".join('<define name="d%d"><element name="e%d"><optional>'
                   '<attribute name="id"><data type="ID"/></attribute>'
                   '</optional><text/></element></define>\n' % (i, i)
                   for i in range(n))
    g = wrap('<element name="r"><zeroOrMore><choice>\n%s</choice>'
             '</zeroOrMore></element>' % refs, defs).replace(
        RNG, RNG + ' datatypeLibrary='
        '"http://www.w3.org/2001/XMLSchema-datatypes"', 1)
    return g, "".join('<e%d id="i%d">t</e%d>' % (i, i, i) for i in picks(n))


def attributes(n):
    atts = "".join('<optional><attribute name="a%d"/></optional>\n' % i
                   for i in range(n))
    g = wrap('<element name="r">\n%s<empty/></element>' % atts)
    return g, None


KINDS = {"choice": choice, "interleave": interleave, "group": group,
         "nested": nested, "nested-ref-first": nested_ref_first, "ids": ids,
         "attributes": attributes}


def files(kind, n):
    """{file name: text}: the grammar g.rng and the document in.xml."""
    grammar, body = KINDS[kind](n)
    head = '<?xml version="1.0"?>\n<?xml-model href="g.rng"?>\n'
    if body is None:  # attributes
        doc = head + "<r%s/>\n" % "".join(' a%d="v"' % i for i in picks(n))
    else:
        doc = head + "<r>%s</r>\n" % body
    return {"g.rng": grammar, "in.xml": doc}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in KINDS:
        sys.stderr.write(__doc__)
        return 2
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    for name, text in files(kind, n).items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
