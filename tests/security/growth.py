#!/usr/bin/env python3
"""growth.py: does the CPU time of a conversion grow linearly with its input?

    growth.py TEICONV KIND [teiconv convert options...]

Writes an input of KIND (see GENERATORS) with n units, converts it with
`teiconv convert -q -o OUT OPTIONS... INPUT` (the rng-* kinds: a RELAX NG
grammar of n units from rng_grammars.py and a small document that names
it in its xml-model, validated with `teiconv validate -q OPTIONS...
INPUT`) and takes the CPU time of that
process in user mode (from getrusage: robust on a loaded machine, where
wall time is not). The system time is left out: on inputs of tens of
megabytes it is the kernel mapping the pages the run allocates, which
follows the memory (at 8 M units, 1.3 s of 4.4), not the algorithms, and
it jumps with the other load of the machine. n starts small and is doubled until a run costs at least
MIN_SECONDS and at least the cost of a one-unit input (start-up,
stylesheets: under valgrind seconds), so that fixed costs do not hide the
growth; then it is doubled STEPS more times (GROWTH_STEPS, default 4). The
cost may grow at most RATIO times per doubling on average over the steps,
and at most STEP_RATIO times in any one step (a quadratic path grows x4
at each). A size is measured once, and again (best of 3,
the two sizes in turn so that both see the same load) only when a step
looks too steep, so a moment of noise does not fail it.
Every run must exit 0 and write non-empty outputs; a run past
RUN_CPU_LIMIT seconds of CPU is stopped and fails the check, and so does
the first step too steep, without the larger sizes (a quadratic path
would otherwise run for hours at the last sizes). Prints one line per
size; exit 0 when linear, 1 when not, 2 on a usage or conversion error.
"""
import os
import resource
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rng_grammars  # noqa: E402 (next to this file)

MIN_SECONDS = 0.25
RATIO = 2.5       # the mean growth per doubling, over all the steps
STEP_RATIO = 3.5  # any one step (see the note at the mean below)
STEPS = int(os.environ.get("GROWTH_STEPS", "4"))
RUN_CPU_LIMIT = 60
TRIES = 3
WORDS = "a delegation said 2. that Copy KOHL. посол cc: the".split(" ")


def words(n_bytes, seed):
    """Text of about n_bytes made of WORDS, reproducibly varied."""
    out, size, x = [], 0, seed or 1
    while size < n_bytes:
        x = (x * 1103515245 + 12345) % 2**31
        w = WORDS[x % len(WORDS)]
        out.append(w)
        size += len(w.encode()) + 1
    return " ".join(out)


def gen_header_lines(n):
    """Labelled format: one single-valued field (Source) continued by n
    indented lines (each becomes part of the one value)."""
    lines = ["Title: A record", "Date: January 20, 1967",
             "Source: Archive of things, fond 1"]
    lines += ["  and further words of the source that go on, line %06d of it" % i
              for i in range(n)]
    return "\n".join(lines) + "\n\nThe body of the record, a sentence.\n"


def gen_info_lines(n):
    """A saved page (blank lines between its blocks, as the site saves
    them) whose Document Information has a single-valued field (Source)
    followed by n lines, each a paragraph of its value."""
    blocks = ["Skip to content", "January 20, 1967", "A Record of Things",
              "Dear colleague, the body of the record is a letter.",
              "N. Author", "Document Information", "Record ID", "250007",
              "Source", "Archive of things, fond 1"]
    blocks += ["and further words of the source that go on, line %06d of it"
               % i for i in range(n)]
    return "\n\n".join(blocks) + "\n"


def gen_summary_paras(n):
    """Labelled format whose Summary has n paragraphs (each "Summary:"
    line is its next paragraph)."""
    lines = ["Title: A record", "Date: January 20, 1967"]
    lines += ["Summary: paragraph %06d of the summary, which goes on." % i
              for i in range(n)]
    return "\n".join(lines) + "\n\nThe body of the record, a sentence.\n"


def gen_paragraph(n):
    """Labelled format with one body paragraph of n words, no line feed."""
    return ("Title: One long paragraph\nDate: March 3, 1957\n\n"
            + words(n * 5, n) + "\n")


def gen_tei_notes(n):
    """A TEI document with n <note>s in its body."""
    head = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            '<titleStmt><title>Notes</title></titleStmt><publicationStmt>'
            '<p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>'
            '</fileDesc></teiHeader><text><body><p>')
    body = "".join("w%d<note>n%d</note> " % (i, i) for i in range(n))
    return head + body + "</p></body></text></TEI>\n"


def gen_rng(kind):
    """A grammar of kind (rng_grammars.py) and its document: {name: text}."""
    return lambda n: rng_grammars.files(kind, n)


# kind: (generator, input suffix, first n[, command, least seconds]); a
# generator gives the input's text, or {file name: text} whose "in.xml" is
# the input. A schema's cost per unit is a few microseconds and its memory
# a few KB: runs of 20 ms are measured there (as tests/test_rng.c does),
# so that the largest grammar stays at a few hundred MB.
GENERATORS = {
    "header-lines": (gen_header_lines, ".txt", 500),
    "info-lines": (gen_info_lines, ".txt", 500),
    "summary-paras": (gen_summary_paras, ".txt", 500),
    "paragraph": (gen_paragraph, ".txt", 2000),
    "tei-notes": (gen_tei_notes, ".xml", 2000),
    "rng-choice": (gen_rng("choice"), ".xml", 1000, "validate", 0.02),
    "rng-ids": (gen_rng("ids"), ".xml", 1000, "validate", 0.02),
}


def limit_cpu():
    resource.setrlimit(resource.RLIMIT_CPU, (RUN_CPU_LIMIT, RUN_CPU_LIMIT + 5))


def cpu_of(cmd, out):
    """CPU seconds of one run of cmd; exits 2 when it fails or writes
    nothing into out (None: nothing to check), 1 when it runs past
    RUN_CPU_LIMIT."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       preexec_fn=limit_cpu)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        print("growth: %s ran past %d s of CPU: TOO STEEP" % (
            " ".join(cmd), RUN_CPU_LIMIT))
        sys.exit(1)
    made = [f for f in os.listdir(out) if not f.endswith(".css")] if out else ["-"]
    if r.returncode != 0 or not made or out and any(
            os.path.getsize(os.path.join(out, f)) == 0 for f in made):
        sys.stderr.write("growth: %s: exit %d, outputs %s\n%s" % (
            " ".join(cmd), r.returncode, made,
            r.stderr.decode("utf-8", "replace")[-2000:]))
        sys.exit(2)
    return after.ru_utime - before.ru_utime


def main():
    if len(sys.argv) < 3 or sys.argv[2] not in GENERATORS:
        sys.stderr.write(__doc__)
        return 2
    teiconv, kind, opts = sys.argv[1], sys.argv[2], sys.argv[3:]
    gen, ext, n, *how = GENERATORS[kind]
    command, least = how or ("convert", MIN_SECONDS)
    tmp = tempfile.mkdtemp(prefix="growth-")
    cache = {}

    written = {}

    def write_input(size):
        """The path of the input of size units (written once): a file, or
        in.xml in a folder of the files the generator gave."""
        if size in written:
            return written[size]
        text = gen(size)
        files = text if isinstance(text, dict) else {"in%s" % ext: text}
        folder = os.path.join(tmp, "in%d" % size)
        os.mkdir(folder)
        for name, body in files.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(body)
        written[size] = os.path.join(folder, "in%s" % ext)
        return written[size]

    def measure(size, tries=1):
        """Best CPU time of `tries` runs (kept across calls)."""
        path = write_input(size)
        have = cache.setdefault(size, [])
        while len(have) < tries:
            if command == "validate":
                have.append(cpu_of([teiconv, "validate", "-q"] + opts + [path],
                                   None))
                continue
            out = os.path.join(tmp, "out%d-%d" % (size, len(have)))
            os.mkdir(out)
            have.append(cpu_of([teiconv, "convert", "-q", "--force", "-o", out]
                               + opts + [path], out))
            subprocess.run(["rm", "-rf", out])
        return min(have)

    base_cost = measure(1, TRIES)  # start-up and stylesheets
    while measure(n, TRIES) < max(least, base_cost):
        n *= 2
        if n > 1 << 26:
            sys.stderr.write("growth: never reaches %.2f s\n" % least)
            return 2
    sizes = [n << k for k in range(STEPS + 1)]
    ok = True
    print("%s %s: a one-unit input costs %.3f s CPU" % (
        kind, " ".join(opts), base_cost))
    for a, b in zip(sizes, sizes[1:]):
        ratio = lambda: measure(b) / measure(a)
        for k in range(2, TRIES + 1):  # noise? best of TRIES for both
            if ratio() <= RATIO:
                break
            measure(a, k)
            measure(b, k)
        r = ratio()
        steep = r > STEP_RATIO
        ok &= not steep
        print("  %9d -> %9d units: %7.3f s -> %7.3f s CPU, x%.2f%s" % (
            a, b, measure(a), measure(b), r,
            "  TOO STEEP (> x%.1f)" % STEP_RATIO if steep else ""))
        if steep:  # the larger sizes would cost the square of this
            subprocess.run(["rm", "-rf", tmp])
            return 1
    # one step may jump where the working set leaves a cache (x2.4-2.9 seen
    # at the first doubling of every kind, on a machine running other
    # tests; a 4 -> 8 MB paragraph to text x2.9 idle and x3.25 loaded, best
    # of 3, then x1.9-2.3); a quadratic path grows x4 at every step, so the mean over the
    # steps is what must stay under RATIO
    mean = (measure(sizes[-1]) / measure(sizes[0])) ** (1.0 / STEPS)
    ok &= mean <= RATIO
    print("  mean growth per doubling: x%.2f%s" % (
        mean, "  TOO STEEP (> x%.1f)" % RATIO if mean > RATIO else ""))
    subprocess.run(["rm", "-rf", tmp])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
