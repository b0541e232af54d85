#!/usr/bin/env python3
# tei_units.py: for each TEI file given, the number of its divisions and of the
# item components its finding aid must have: "FILE DIVISIONS ITEMS", one a line.
# Owner: tests (issue 14). Divisions are div and div1..div7 inside a text (not
# the header); items are the document divisions of a FRUS-like volume (at any
# depth) when it has any, else the lowest-level units (divisions and the texts
# of a group that hold no division and no text of a group).
import sys
import xml.etree.ElementTree as ET

T = '{http://www.tei-c.org/ns/1.0}'
DIVS = {T + 'div'} | {T + 'div%d' % i for i in range(1, 8)}


def walk(el, in_text, in_group, out):
    """Collects (unit, is_division, holds_units) below el; returns 1 when el
    holds a unit."""
    holds = 0
    for kid in el:
        if not isinstance(kid.tag, str) or kid.tag == T + 'teiHeader':
            continue
        is_div = in_text and kid.tag in DIVS
        is_unit = is_div or (in_group and kid.tag == T + 'text')
        entry = [kid, is_div, 0]
        if is_unit:
            out.append(entry)
        below = walk(kid, in_text or kid.tag == T + 'text',
                     kid.tag == T + 'group', out)
        if is_unit:
            entry[2] = below
            holds = 1
        holds |= below
    return holds


for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    units = []
    walk(root, root.tag == T + 'text', False, units)
    divs = [u for u in units if u[1]]
    docs = [u for u in divs if u[0].get('type') == 'document']
    leaves = [u for u in units if not u[2]]
    print(path, len(divs), len(docs) if docs else len(leaves))
