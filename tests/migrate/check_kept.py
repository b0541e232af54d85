#!/usr/bin/env python3
# tests/migrate/check_kept.py: checks that an EAD migration kept what it must:
# components, unittitle/unitdate/unitid (count and words), every @id kept or reported.
# Owner: the EAD migration tests (issue 13). Python 3 standard library only.
"""Usage: check_kept.py LOG[,LOG...] SRC_DIR OUT_DIR SUFFIX [--ids] [--pairs N]

For every SRC_DIR/NAME.xml with an output OUT_DIR/NAME.SUFFIX: the same
number of components (c, c01..c12) and of did dates (unitdate and
unitdatestructured); the did's unitid and unittitle words the same, in the
same order (white space and punctuation aside; two text nodes never make
one word, so words run together are a failure); every unittitle and unitid
elsewhere with its words whole and in order in the output or in a "loss:"
line (the words of frontmatter, runner and the extended links, which are
reported whole, may be kept or not); with --ids, every @id value of the
input present in the output or named in a "loss:" line of LOG for that
input (teiconv's warnings). Prints one line per failure and the totals;
exit 1 on a failure, when no pair was found, or with --pairs when not N pairs were."""
import os
import re
import sys
import xml.etree.ElementTree as ET

COMPONENTS = {"c"} | {"c%02d" % i for i in range(1, 13)}
DROPPED = {"frontmatter", "runner", "linkgrp", "arc", "resource", "extptrloc",
           "extrefloc", "ptrloc", "refloc"}  # not in EAD3: reported whole


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def tokens(el, dropped=False):
    """The words of el (letters and digits) in order, each text node apart
    (words of two text nodes are two words: a migration that runs them
    together loses one), less those of elements EAD3 has not (reported
    whole as they are dropped) unless dropped."""
    out = re.findall(r"\w+", el.text or "")
    for c in el:
        if dropped or local(c.tag) not in DROPPED:
            out += tokens(c, dropped)
        out += re.findall(r"\w+", c.tail or "")
    return out


def words(el, dropped=False):
    """The words of el as one string, a space between two."""
    return " ".join(tokens(el, dropped))


class Words:
    """The words of a text, indexed by word, to find a run of words in it in
    time that does not grow with the text (a substring search of the whole
    output per unittitle is quadratic on a big finding aid)."""

    def __init__(self, text):
        self.seq = text.split()
        self.at = {}
        for i, w in enumerate(self.seq):
            self.at.setdefault(w, []).append(i)

    def holds(self, w):
        """w (words, as words() gives them) stands whole, in order, in the text."""
        run = w.split()
        if not run:
            return True
        # start from the run's rarest word
        k = min(range(len(run)), key=lambda i: len(self.at.get(run[i], ())))
        for p in self.at.get(run[k], ()):
            s = p - k
            if s >= 0 and self.seq[s:s + len(run)] == run:
                return True
        return False


def facts(path):
    root = ET.parse(path).getroot()
    f = {"components": 0, "unittitle": [], "unitid": [], "dates": 0, "ids": set(),
         "all-unittitle": 0, "all-unitid": 0, "words-unittitle": [], "words-unitid": [],
         "text": words(root)}

    def walk(el, dropped):
        n = local(el.tag)
        dropped = dropped or n in DROPPED
        if n in COMPONENTS:
            f["components"] += 1
        if n == "did":
            for c in el:
                k = local(c.tag)
                if k in ("unittitle", "unitid"):
                    f[k].append((words(c), words(c, True)))
                elif k in ("unitdate", "unitdatestructured"):
                    f["dates"] += 1
        if n in ("unittitle", "unitid") and not dropped:
            f["all-" + n] += 1
            # either form: without the words of the elements EAD3 has not,
            # or with them (kept as words where the unittitle became text)
            f["words-" + n].append((words(el), words(el, True)))
        if "id" in el.attrib:
            f["ids"].add(el.attrib["id"])
        for c in el:
            walk(c, dropped)

    walk(root, False)
    return f


def main():
    log, src, out, suffix = sys.argv[1:5]
    check_ids = "--ids" in sys.argv[5:]
    want_pairs = None
    if "--pairs" in sys.argv[5:]:
        want_pairs = int(sys.argv[sys.argv.index("--pairs") + 1])
    losses = {}
    for one in log.split(","):
        with open(one, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                m = re.match(r"(.*?): warning\[TC021\]: .*?loss: (.*)", line)
                if m:
                    losses.setdefault(os.path.basename(m.group(1)), []).append(m.group(2))
    pairs = fails = 0
    flattened = [0]
    for name in sorted(os.listdir(src)):
        if not name.endswith(".xml"):
            continue
        stem = name[:-4]
        o = os.path.join(out, stem + suffix)
        for s in (".ead3", ".ead"):
            if not os.path.exists(o) and stem.endswith(s):
                o = os.path.join(out, stem[: -len(s)] + suffix)
        if not os.path.exists(o):
            continue
        pairs += 1
        a, b = facts(os.path.join(src, name)), facts(o)
        bad = []
        for k in ("components", "dates"):
            if a[k] != b[k]:
                bad.append("%s %d -> %d" % (k, a[k], b[k]))
        # the loss lines of the input and, in a round trip whose logs are
        # given together, of its intermediate output
        said = [line for k in (name, stem + ".ead3.xml", stem + ".ead.xml") for line in losses.get(k, [])]
        told_text = Words(" ".join(" ".join(re.findall(r"\w+", line)) for line in said))
        out_text = Words(b["text"])
        for k in ("unittitle", "unitid"):
            # the same words in the same order: without the words of the
            # elements EAD3 has not, or with them (kept as words)
            if len(a[k]) != len(b[k]) or any(w[0] not in (v[0], v[1]) and w[1] not in (v[0], v[1])
                                             for w, v in zip(a[k], b[k])):
                bad.append("did %s %d -> %d (or words differ)" % (k, len(a[k]), len(b[k])))
            told = sum(1 for line in said if "/%s:" % k in line or "element %s " % k in line)
            # every one, kept or flattened into the text of its parent: its
            # words whole and in order in the output, or in a loss line
            missing = [w for w, w_all in a["words-" + k]
                       if not any(t.holds(x) for t in (out_text, told_text) for x in (w, w_all))]
            if missing:
                bad.append("%s %d -> %d, %d reported, words missing: %s"
                           % (k, a["all-" + k], b["all-" + k], told, missing[0][:60]))
            elif a["all-" + k] > b["all-" + k] + told:
                flattened[0] += 1
        if check_ids:
            said = " ".join(said)
            lost = [i for i in a["ids"] if i not in b["ids"] and '"%s"' % i not in said]
            if lost:
                bad.append("ids neither kept nor reported: %s" % " ".join(sorted(lost)[:5]))
        if bad:
            fails += 1
            print("FAIL %s: %s" % (name, "; ".join(bad)))
    print("check_kept: %d pairs, %d failed (%d with a unittitle/unitid kept as words only)"
          % (pairs, fails, flattened[0]))
    if want_pairs is not None and pairs != want_pairs:
        print("check_kept: %d pairs, want %d" % (pairs, want_pairs))
        return 1
    return 1 if fails or not pairs else 0


if __name__ == "__main__":
    sys.exit(main())
