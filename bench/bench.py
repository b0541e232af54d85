#!/usr/bin/env python3
# bench.py: the measurements behind `make bench` (method in bench/README.md):
# teiconv against the strongest peers a careful user has (xsltproc once per
# stylesheet, the per-file pipeline, Saxon-HE with the same stylesheets, one
# JVM per file and one for all, jing, xmllint) and the physical floor, in CPU
# seconds (user + system) and instruction counts, ending in one table of the
# targets of issues 16 and 13 (rows of bench/gate.sh included).
# Usage: bench.py [--no-table] [SECTION ...]  (sections: records real tiny
# frus ead3 validate; all by default); bench.py --table prints the table of
# the rows in $BENCH_RESULTS; bench.py --real N only generates records.
import datetime
import glob
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.environ.get("BENCH_WORK", os.path.join(ROOT, "bench", "work"))
TEICONV = os.environ.get("TEICONV", os.path.join(ROOT, "build", "teiconv"))
N_SMALL = int(os.environ.get("BENCH_N_SMALL", "1000"))
N_LARGE = int(os.environ.get("BENCH_N_LARGE", "10000"))
N_REAL = int(os.environ.get("BENCH_N_REAL", "500"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
# the large set is there for memory: one run keeps make bench within its
# 15 minutes on a 2-core machine; so are the JVM peers (seconds a run)
RUNS_LARGE = int(os.environ.get("BENCH_RUNS_LARGE", "1"))
RUNS_JAVA = int(os.environ.get("BENCH_RUNS_JAVA", "1"))
# the EAD 2002 -> EAD3 folder costs about 20 CPU s a run for teiconv and
# for xsltproc per file
RUNS_EAD = int(os.environ.get("BENCH_RUNS_EAD", "1"))
RUNS_TINY = int(os.environ.get("BENCH_RUNS_TINY", "21"))
# the per-file pipeline costs about a CPU second a record: a sample
SAMPLE = int(os.environ.get("BENCH_SAMPLE", "20"))
# instruction counts (callgrind when perf cannot count: 20-50x slower) on
# this many real-sized records; 0 leaves them out
INSTR_N = int(os.environ.get("BENCH_INSTR_N", "10"))
# Saxon-HE once per stylesheet on this many of the real-sized records
SAXON_N = int(os.environ.get("BENCH_SAXON_N", "100"))
# the corpus folders of the EAD 2002 -> EAD3 comparison
EAD_DIRS = os.environ.get("BENCH_EAD_DIRS", "ead2002 ead2002-more").split()
LIST_N = int(os.environ.get("BENCH_LIST_N", "100000"))
JOBS = int(os.environ.get("BENCH_JOBS", str(os.cpu_count() or 2)))
SAXON_JAR = os.environ.get("SAXON_JAR", "/usr/share/java/Saxon-HE.jar")
RESULTS = os.environ.get("BENCH_RESULTS")
# Outputs go to memory (tmpfs) when there is one: what is measured is the
# converters, not how a disk allocates inodes after the previous run's files
# were deleted (on ext4 that alone can cost more than the conversion).
OUT_ROOT = os.environ.get("BENCH_OUT") or (
    "/dev/shm/teiconv-bench-%d" % os.getpid()
    if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK)
    else os.path.join(WORK, "out"))
XSL = os.path.join(os.environ.get("TEICONV_DATADIR") or ROOT, "xsl")
REFERENCE = os.environ.get("TEICONV_REFERENCE_DIR",
                           os.path.join(ROOT, "..", "shared"))
# ead2ead3.xsl's default date is EXSLT's date:date(), which Saxon-HE lacks:
# both engines get the date as a parameter
TODAY = datetime.date.today().isoformat()

# format name -> (stylesheet, output suffix), in teiconv's table order
FORMATS = [("tei", None, ".tei.xml"), ("ead", "record/tei2ead.xsl", ".ead.xml"),
           ("ead3", "record/tei2ead3.xsl", ".ead3.xml"), ("html", "record/tei2html.xsl", ".html"),
           ("text", "record/tei2text.xsl", ".txt"), ("dc", "record/tei2dc.xsl", ".dc.xml")]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def available_formats():
    """TEI plus every format whose stylesheet is in xsl/ (all, once written)."""
    return [f for f in FORMATS if f[1] is None or
            os.path.exists(os.path.join(XSL, f[1]))]


# ---- inputs --------------------------------------------------------------

_fixtures = None


def fixtures():
    """The test records that convert cleanly (some fixtures are refusals on
    purpose), or the seed record when there are none."""
    global _fixtures
    if _fixtures is not None:
        return _fixtures
    d = os.path.join(ROOT, "tests", "records")
    found = sorted(os.path.join(d, f) for f in os.listdir(d)
                   if f.endswith(".txt")) if os.path.isdir(d) else []
    good = []
    if found:
        with tempfile.TemporaryDirectory() as tmp:
            # the report beside the output folder, not in it
            rep = os.path.join(tmp, "report.jsonl")
            subprocess.run([TEICONV, "convert", "-q", "-t", "tei", "-o",
                            os.path.join(tmp, "out"),
                            "--report", rep] + found,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for line in open(rep, encoding="utf-8"):
                item = json.loads(line)
                if item.get("status") == "ok":
                    good.append(item["path"])
    # the real records of examples/ (full pages, a few kB) join the fixtures
    ex = os.path.join(ROOT, "examples")
    good += sorted(os.path.join(ex, f) for f in os.listdir(ex) if f.endswith(".txt"))
    _fixtures = good
    return _fixtures


def vary(text, i):
    """A distinct but equally shaped record: other IDs, a renamed person.
    Names change only in body paragraphs (long lines), never in labels
    such as "Document Information" that the parser relies on."""
    text = re.sub(r"\b(\d{5,})\b", lambda m: str(int(m.group(1)) + 7 * i), text)
    lines = text.split("\n")
    names = re.findall(r"\b([A-Z][a-z]{4,})\b",
                       " ".join(l for l in lines if len(l) > 80))
    if names:
        common = max(sorted(set(names)), key=names.count)
        lines = [l.replace(common, "%s%d" % (common, i)) if len(l) > 80 else l
                 for l in lines]
    return "\n".join(lines)


def generate(n):
    """n records in 100-record folders under WORK/in-<n>; reused if there."""
    root = os.path.join(WORK, "in-%d" % n)
    # the stamp names the fixtures used: new fixtures, new inputs
    stamp = os.path.join(root, ".complete-v1-%d" % len(fixtures()))
    if os.path.exists(stamp):
        return root
    shutil.rmtree(root, ignore_errors=True)
    seeds = [open(f, encoding="utf-8").read() for f in fixtures()]
    for i in range(n):
        folder = os.path.join(root, "box%03d" % (i // 100))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "rec%05d.txt" % i), "w",
                  encoding="utf-8") as f:
            f.write(vary(seeds[i % len(seeds)], i))
    open(stamp, "w").close()
    return root


# Real-sized records (issue 16): Digital Archive pages of 10-15 KB with the
# shapes of DESIGN.md 3.1. Each is a fixture (its layout, header labels and
# Document Information block kept) whose body gets more paragraphs, taken in
# turn from a pool of every fixture's body paragraphs (dialogue, telegram
# headers, lists, brackets, Cyrillic, CJK ...), until the record reaches a
# size drawn between REAL_MIN and REAL_MAX bytes.
REAL_MIN = int(os.environ.get("BENCH_REAL_MIN", "10240"))
REAL_MAX = int(os.environ.get("BENCH_REAL_MAX", "15360"))


def body_pool():
    """Body paragraphs of the fixtures and of tests/body: lines longer than
    80 characters, the paragraphs of a page."""
    files = list(fixtures())
    d = os.path.join(ROOT, "tests", "body")
    if os.path.isdir(d):
        files += sorted(os.path.join(d, f) for f in os.listdir(d)
                        if f.endswith(".txt"))
    pool = []
    for f in files:
        for line in open(f, encoding="utf-8-sig").read().splitlines():
            line = line.strip()
            if len(line) > 80 and ":" not in line[:30] and line not in pool:
                pool.append(line)
    return pool


def grow(text, pool, i, size):
    """text with pool paragraphs added after its first body paragraph (the
    first line longer than 80 characters) until it holds size bytes; when
    that line is a value of the Document Information block that follows
    the body (a record whose body paragraphs are all short), after the
    body's last line instead: a paragraph there would read as part of the
    Source."""
    lines = text.replace("\r\n", "\n").split("\n")
    at = next((k for k, l in enumerate(lines) if len(l) > 80), None)
    if at is None:
        return None
    info = next((k for k, l in enumerate(lines)
                 if l.strip().lower() == "document information"), None)
    if info is not None and at > info:
        at = max(k for k in range(info) if lines[k].strip())
    crlf = "\r\n" in text
    blank = at + 1 < len(lines) and lines[at + 1].strip() == ""
    extra, k = [], i
    total = len(text.encode("utf-8"))
    while total < size:
        para = pool[k % len(pool)]
        k += 7
        extra.append(para)
        total += len(para.encode("utf-8")) + (2 if blank else 1)
        if blank:
            extra.append("")
    lines[at + 1:at + 1] = ([""] if blank else []) + extra[:-1 if blank else None]
    out = "\n".join(lines)
    return out.replace("\n", "\r\n") if crlf else out


def generate_real(n):
    """n real-sized records under WORK/real-<n> (100 a folder); reused."""
    root = os.path.join(WORK, "real-%d" % n)
    stamp = os.path.join(root, ".complete-v2-%d" % len(fixtures()))
    if os.path.exists(stamp):
        return root
    shutil.rmtree(root, ignore_errors=True)
    pool = body_pool()
    seeds = [s for s in (open(f, encoding="utf-8").read() for f in fixtures())
             if any(len(l) > 80 for l in s.splitlines())]
    rnd = random.Random(16)
    for i in range(n):
        folder = os.path.join(root, "box%03d" % (i // 100))
        os.makedirs(folder, exist_ok=True)
        text = grow(vary(seeds[i % len(seeds)], i), pool, i,
                    rnd.randint(REAL_MIN, REAL_MAX))
        with open(os.path.join(folder, "rec%05d.txt" % i), "w",
                  encoding="utf-8", newline="") as f:
            f.write(text)
    open(stamp, "w").close()
    return root


def files_under(root, suffix):
    out = []
    for d, _, names in os.walk(root):
        out += [os.path.join(d, x) for x in names if x.endswith(suffix)]
    return sorted(out)


# ---- measuring -----------------------------------------------------------

class Stat:
    """Medians over runs: wall s, CPU s (user + system of the process and
    every child it waited for, to the microsecond), peak RSS (MB, the
    largest process)."""

    def __init__(self, walls, cpus, rss, codes):
        self.walls, self.cpus = walls, cpus
        self.wall = statistics.median(walls)
        self.cpu = statistics.median(cpus)
        self.rss = statistics.median(rss)
        self.codes = codes


def run_once(cmd, errfile=None):
    """(wall s, CPU s, peak RSS MB, exit code) of one run of cmd; its
    stderr into errfile when given."""
    err = open(errfile, "w") if errfile else subprocess.DEVNULL
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if errfile:
        err.close()
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, p.returncode


def measure(label, cmd, runs=None, prepare=None, quiet=False, errfile=None):
    """Stat of runs (RUNS) runs of cmd, prepare() before each; the runs on
    stderr; the last run's stderr in errfile when given."""
    walls, cpus, rss, codes = [], [], [], []
    for _ in range(runs or RUNS):
        if prepare:
            prepare()
        w, c, m, rc = run_once(cmd, errfile)
        walls.append(w)
        cpus.append(c)
        rss.append(m)
        codes.append(rc)
    if not quiet:
        log("  %-44s wall %s s, cpu %s s%s" % (
            label, " ".join("%.3f" % w for w in walls), " ".join("%.3f" % c for c in cpus),
            "" if not any(codes) else ", exit %s" % sorted(set(codes))))
    return Stat(walls, cpus, rss, codes)


def measure_alternating(items, runs=None):
    """Stats of several commands run in turn (a b a b ...), so that they
    share the machine's changing load: items are (label, cmd, prepare)."""
    runs_of = [[] for _ in items]
    for _ in range(runs or RUNS):
        for k, (_, cmd, prepare) in enumerate(items):
            if prepare:
                prepare()
            runs_of[k].append(run_once(cmd))
    stats = []
    for (label, _, _), rs in zip(items, runs_of):
        log("  %-44s wall %s s, cpu %s s" % (label, " ".join("%.3f" % r[0] for r in rs),
                                             " ".join("%.3f" % r[1] for r in rs)))
        stats.append(Stat([r[0] for r in rs], [r[1] for r in rs], [r[2] for r in rs],
                          [r[3] for r in rs]))
    return stats


def fresh(path):
    """A prepare() that empties the folder path."""
    def prepare():
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
    return prepare


_instr_tool = None


def instr_tool():
    """perf when it counts instructions on this machine (a VM often does
    not), else callgrind when valgrind is there, else None."""
    global _instr_tool
    if _instr_tool is None:
        _instr_tool = ""
        if shutil.which("perf"):
            r = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "true"],
                               capture_output=True, text=True)
            if re.match(r"^\d+,", r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""):
                _instr_tool = "perf"
        if not _instr_tool and shutil.which("valgrind"):
            _instr_tool = "callgrind"
    return _instr_tool or None


def instructions(cmds, prepare=None):
    """Instructions executed by the commands (user space, children
    included), or None when nothing can count them."""
    tool = instr_tool()
    if not tool or INSTR_N <= 0:
        return None
    total = 0
    for cmd in cmds:
        if prepare:
            prepare()
        if tool == "perf":
            r = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u"] + cmd,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            n = [l.split(",")[0] for l in r.stderr.splitlines() if "instructions" in l]
        else:
            r = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                                "--callgrind-out-file=/dev/null"] + cmd,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            n = re.findall(r"Collected : (\d+)", r.stderr)
        if not n or not all(x.isdigit() for x in n):
            return None
        total += sum(int(x) for x in n)
    return total


def instr_ratio(a, b):
    """', 2.3x by instructions' when both were counted, else ''."""
    return "" if a is None or b is None or b <= 0 else ", %.2fx by instr" % (a / b)


def mi(n):
    """Instructions in millions, or '-'."""
    return "-" if n is None else "%.0f M" % (n / 1e6)


def have_saxon():
    return bool(shutil.which("java")) and os.path.exists(SAXON_JAR)


def saxon(*args):
    """Saxon-HE's command line (net.sf.saxon.Transform) in one JVM."""
    return ["java", "-jar", SAXON_JAR] + list(args)


# ---- results and the final table -----------------------------------------

_rows = []


def result(issue, what, measured, peer, target, met):
    """One row of the final table: met is True, False or None (no target)."""
    row = [issue, what, measured, peer, target,
           "-" if met is None else ("met" if met else "NOT MET")]
    row = [str(x).replace("\t", " ").replace("\n", " ") for x in row]
    if RESULTS:
        with open(RESULTS, "a", encoding="utf-8") as f:
            f.write("\t".join(row) + "\n")
    else:
        _rows.append(row)


def print_table(rows):
    head = ["issue", "measure", "measured", "peer (its value)", "target", "verdict"]
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    widths[3] = min(widths[3], 64)
    print()
    print("== make bench: targets of issues 16 and 13 (CPU = user + system seconds, "
          "medians; %d CPUs; load now %s)" % (os.cpu_count() or 0,
                                              " ".join("%.1f" % x for x in os.getloadavg())))
    line = "  ".join("%-*s" % (w, "") for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip())
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    met = sum(1 for r in rows if r[5] == "met")
    missed = sum(1 for r in rows if r[5] == "NOT MET")
    print("%d targets met, %d not met, %d without a target" % (met, missed, len(rows) - met - missed))


def table_from_file(path):
    rows = []
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 6:
                rows.append(parts)
    return rows


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def ratio(a, b):
    return a / b if b > 0 else float("inf")


# ---- commands ------------------------------------------------------------

def teiconv_convert(inputs, out, fmts, jobs, *extra):
    return [TEICONV, "convert", "-q", "--force", "-t", fmts, "-j", str(jobs),
            "-o", out] + list(extra) + list(inputs)


def script(name, text):
    path = os.path.join(WORK, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def xsltproc_per_sheet_script(fmts):
    """xsltproc once per stylesheet over every TEI file given: each sheet
    compiled once; with many inputs xsltproc writes every result to one
    stream (no way to get one file per input), cheaper than files."""
    sheets = [os.path.join(XSL, f[1]) for f in fmts if f[1]]
    body = "set -e\nout=$1; shift\n"
    for i, s in enumerate(sheets):
        body += "xsltproc --nonet %s \"$@\" >\"$out/%d.out\"\n" % (s, i)
    return script("xsltproc-per-sheet.sh", body), sheets


def floor_script():
    """The physical floor of a run's outputs: xmllint parsing and
    serialising every XML output (HTML with --html) and cat of the texts,
    as few processes as xargs needs."""
    return script("floor.sh", "set -e\ncd \"$1\"\n"
                  "find . -name '*.xml' -print0 | xargs -0 xmllint --nonet >/dev/null\n"
                  "find . -name '*.html' -print0 | xargs -0 xmllint --nonet --html >/dev/null 2>&1 || true\n"
                  "find . -name '*.txt' -print0 | xargs -0 cat >/dev/null\n")


def schema_for_pipeline():
    """The TEI schema the pipeline validates against: ours (what teiconv's
    own TEI is checked with), else the official TEI Lite."""
    ours = os.path.join(ROOT, "schemas", "teiconv-tei.rng")
    if os.path.exists(ours):
        return ours
    lite = os.path.join(REFERENCE, "reference", "schemas", "tei", "tei_lite.rng")
    return lite if os.path.exists(lite) else None


def pipeline_script(fmts):
    """Per record: pandoc text -> TEI, xmllint --relaxng, one xsltproc per
    output format: what a user scripts today."""
    rng = schema_for_pipeline()
    sheets = [os.path.join(XSL, f[1]) for f in fmts if f[1]]
    body = ("out=$1; shift\nfor r in \"$@\"; do\n"
            "  b=$out/$(basename \"$r\" .txt)\n"
            "  pandoc -s -f markdown -t tei \"$r\" -o \"$b.tei.xml\"\n")
    if rng:
        # pandoc's TEI is not valid against it: the cost is the point
        body += ("  xmllint --nonet --noout --relaxng %s \"$b.tei.xml\" 2>/dev/null\n" % rng)
    for i, s in enumerate(sheets):
        body += "  xsltproc --nonet -o \"$b.%d.out\" %s \"$b.tei.xml\"\n" % (i, s)
    body += "done\nexit 0\n"
    return script("pipeline.sh", body), rng, len(sheets)


def flat_copy(files, folder):
    """files linked into one flat folder (Saxon's -s:DIR reads one
    folder); names must be distinct."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for f in files:
        os.link(f, os.path.join(folder, os.path.basename(f)))
    return folder


def saxon_failures(errfile):
    """How many transformations a Saxon -s:DIR run reports as failed in its
    stderr (errfile), and the first error."""
    err = open(errfile, encoding="utf-8", errors="replace").read() if os.path.exists(errfile) else ""
    m = re.search(r"(\d+) transformations? failed", err)
    first = next((l.strip() for l in err.splitlines()
                  if re.search(r"XTDE|XPST|XPTY|FO[A-Z]{2}\d|Cannot find", l)), "")
    return (int(m.group(1)) if m else 0), first


# ---- sections ------------------------------------------------------------

def sec_records(fmts):
    """Memory: peak RSS of the same batch at N_SMALL and N_LARGE records
    (the fixtures' variants), -jJOBS."""
    names = ",".join(f[0] for f in fmts)
    small, large = generate(N_SMALL), generate(N_LARGE)
    log("bench: memory, %d and %d records (fixture variants), -j%d" % (N_SMALL, N_LARGE, JOBS))
    out = os.path.join(OUT_ROOT, "records")
    s = measure("teiconv -j%d %d records" % (JOBS, N_SMALL),
                teiconv_convert([small], out, names, JOBS), RUNS, fresh(out))
    l = measure("teiconv -j%d %d records" % (JOBS, N_LARGE),
                teiconv_convert([large], out, names, JOBS), RUNS_LARGE, fresh(out))
    shutil.rmtree(out, ignore_errors=True)
    fx = fixtures()
    print()
    print("memory: variants of %d fixture records (%.0f bytes on average), all formats, -j%d"
          % (len(fx), sum(map(os.path.getsize, fx)) / len(fx), JOBS))
    for n, st in ((N_SMALL, s), (N_LARGE, l)):
        print("  %6d records: %8.1f records/s, %7.2f CPU s, peak RSS %6.1f MB"
              % (n, n / st.wall, st.cpu, st.rss))
    r = ratio(l.rss, s.rss)
    result("16", "memory: peak RSS, %d vs %d records, -j%d" % (N_LARGE, N_SMALL, JOBS),
           "%.2fx (%.1f / %.1f MB)" % (r, l.rss, s.rss), "itself at %d records" % N_SMALL,
           "<= 1.2x", r <= 1.2)


def sec_real(fmts):
    """Issue 16's record batch: real-sized records to all formats against
    xsltproc once per stylesheet, Saxon-HE once per stylesheet, the per-file
    pipeline and the floor."""
    names = ",".join(f[0] for f in fmts)
    inp = generate_real(N_REAL)
    files = files_under(inp, ".txt")
    n = len(files)
    size = sum(map(os.path.getsize, files)) / n
    log("bench: real-sized records, %d of %.0f bytes on average, formats %s" % (n, size, names))
    out1 = os.path.join(OUT_ROOT, "real-j1")
    outN = os.path.join(OUT_ROOT, "real-jN")
    j1, jN = measure_alternating([
        ("teiconv -j1", teiconv_convert([inp], out1, names, 1), fresh(out1)),
        ("teiconv -j%d" % JOBS, teiconv_convert([inp], outN, names, JOBS), fresh(outN))])
    shutil.rmtree(outN, ignore_errors=True)
    tei = files_under(out1, ".tei.xml")
    xs, sheets = xsltproc_per_sheet_script(fmts)
    xo = os.path.join(OUT_ROOT, "real-xsltproc")
    xp = measure("xsltproc once per stylesheet (%d)" % len(sheets), ["bash", xs, xo] + tei,
                 RUNS, fresh(xo))
    shutil.rmtree(xo, ignore_errors=True)
    fl = measure("floor: xmllint parse+serialise", ["bash", floor_script(), out1], RUNS)
    # Saxon-HE once per stylesheet (one JVM each) over a flat folder of the
    # first SAXON_N TEI files (a JVM run costs seconds): CPU per record
    sx, sx_fail = None, []
    nsx = min(SAXON_N, len(tei))
    if have_saxon():
        flat = flat_copy(tei[:nsx], os.path.join(OUT_ROOT, "real-tei-flat"))
        so = os.path.join(OUT_ROOT, "real-saxon")
        body = ""
        for f in fmts:
            if f[1]:
                d = os.path.join(so, f[0])
                body += "mkdir -p %s\njava -jar %s -s:%s -xsl:%s -o:%s 2>%s\n" % (
                    d, SAXON_JAR, flat, os.path.join(XSL, f[1]), d,
                    os.path.join(WORK, "saxon-%s.err" % f[0]))
        ss = script("saxon-per-sheet.sh", body + "exit 0\n")
        sx = measure("Saxon-HE once per stylesheet", ["bash", ss], RUNS_JAVA, fresh(so))
        for f in fmts:
            if f[1]:
                k, first = saxon_failures(os.path.join(WORK, "saxon-%s.err" % f[0]))
                if k:
                    sx_fail.append("%s: %s of %d inputs fail (%s)" % (f[0], k, nsx, first[:90]))
        shutil.rmtree(so, ignore_errors=True)
    # the per-file pipeline on a sample
    pipe = None
    if all(shutil.which(t) for t in ("pandoc", "xmllint", "xsltproc")):
        ps, rng, nsheets = pipeline_script(fmts)
        po = os.path.join(OUT_ROOT, "real-pipeline")
        sample = files[:SAMPLE]
        pipe = measure("per-file pipeline, %d records" % len(sample), ["bash", ps, po] + sample,
                       1, fresh(po))
        shutil.rmtree(po, ignore_errors=True)
    # instruction counts on a small sample
    i_tc = i_xp = i_fl = None
    if INSTR_N > 0 and instr_tool():
        log("bench: instructions (%s) on %d records" % (instr_tool(), INSTR_N))
        sdir = os.path.join(OUT_ROOT, "instr-in")
        shutil.rmtree(sdir, ignore_errors=True)
        os.makedirs(sdir)
        for f in files[:INSTR_N]:
            shutil.copy(f, sdir)
        so = os.path.join(OUT_ROOT, "instr-out")
        i_tc = instructions([teiconv_convert([sdir], so, names, 1)], fresh(so))
        stei = files_under(so, ".tei.xml")
        xo = os.path.join(OUT_ROOT, "instr-xsltproc")
        os.makedirs(xo, exist_ok=True)
        i_xp = instructions([["xsltproc", "--nonet", s] + stei for s in sheets])
        i_fl = instructions([["bash", floor_script(), so]])
    print()
    print("real-sized records: %d of %.1f KB on average (DESIGN 3.1 shapes), %d formats (%s)"
          % (n, size / 1024, len(fmts), names))
    print("  %-46s %9s %9s %12s %9s %12s" % ("", "records/s", "CPU s", "rec/CPU-s", "peak RSS",
                                            "instr/rec"))

    def line(label, st, nrec, ins=None, nins=INSTR_N):
        print("  %-46s %9.1f %9.2f %12.1f %6.1f MB %12s" % (
            label, nrec / st.wall, st.cpu, nrec / st.cpu, st.rss,
            "-" if ins is None else mi(ins / nins)))
    line("teiconv -j1", j1, n, i_tc)
    line("teiconv -j%d" % JOBS, jN, n)
    line("xsltproc once per stylesheet (TEI in)", xp, n, i_xp)
    if sx:
        line("Saxon-HE once per stylesheet (TEI in, %d)" % nsx, sx, nsx)
    if pipe:
        line("per-file pipeline (sample of %d)" % len(sample), pipe, len(sample))
    line("floor: xmllint parse+serialise outputs", fl, n, i_fl)
    for msg in sx_fail:
        print("  Saxon-HE: " + msg)
    # rows of the final table
    rate = n / j1.cpu
    ins = "" if i_tc is None else ", %s instr/record" % mi(i_tc / INSTR_N)
    result("16", "record batch, all formats, %d x %.1f KB, -j1" % (n, size / 1024),
           "%.1f rec/CPU-s%s" % (rate, ins), "-", ">= 250", rate >= 250)
    r = ratio(xp.cpu, j1.cpu)
    result("16", "  vs xsltproc once per stylesheet", "%.2fx%s" % (r, instr_ratio(i_xp, i_tc)),
           "xsltproc, same %d xsl, TEI in: %.2f CPU s%s" % (
               len(sheets), xp.cpu, "" if i_xp is None else " (%s instr/rec)" % mi(i_xp / INSTR_N)),
           ">= 5x", r >= 5)
    if pipe:
        r = ratio(pipe.cpu / len(sample), j1.cpu / n)
        result("16", "  vs the per-file pipeline (CPU per record)", "%.0fx" % r,
               "pandoc+xmllint+%d xsltproc: %.2f CPU s/rec" % (nsheets, pipe.cpu / len(sample)),
               ">= 40x", r >= 40)
    else:
        result("16", "  vs the per-file pipeline", "not run", "pandoc/xmllint/xsltproc missing",
               ">= 40x", False)
    if sx:
        r = ratio(sx.cpu / nsx, j1.cpu / n)
        result("16", "  vs Saxon-HE once per stylesheet (CPU per record)", "%.1fx" % r,
               "Saxon-HE %s, same xsl, TEI in: %.3f CPU s/rec%s" % (
                   saxon_version(), sx.cpu / nsx, "; " + "; ".join(m.split(" (")[0] for m in sx_fail)
                   if sx_fail else ""), "-", None)
    r = ratio(j1.cpu, fl.cpu)
    result("16", "  vs the floor (parse+serialise outputs)", "%.2fx the floor%s" % (r, instr_ratio(i_tc, i_fl)),
           "xmllint: %.2f CPU s%s" % (fl.cpu, "" if i_fl is None else " (%s instr/rec)" % mi(i_fl / INSTR_N)),
           "<= 2x", r <= 2)
    s_cpu = JOBS * j1.cpu / jN.cpu
    busy = jN.cpu / jN.wall
    result("16", "-j%d vs -j1, CPU-normalised" % JOBS, "%.2fx" % s_cpu,
           "-j1 (wall speed-up %.2fx, %.2f cores busy, load %.1f)" % (
               j1.wall / jN.wall, busy, os.getloadavg()[1]), ">= 1.8x", s_cpu >= 1.8)


_saxon_version = None


def saxon_version():
    global _saxon_version
    if _saxon_version is None:
        m = re.search(r"Saxon-HE\s+([\d.]+)", os.path.basename(os.path.realpath(SAXON_JAR)))
        _saxon_version = m.group(1) if m else ""
        if not _saxon_version:
            r = subprocess.run(saxon("-t", "-?"), capture_output=True, text=True)
            m = re.search(r"Saxon-HE ([\d.]+)", r.stderr + r.stdout)
            _saxon_version = m.group(1) if m else "?"
    return _saxon_version


def sec_tiny():
    """One tiny record: -t tei and all formats, CPU ms (microsecond
    rusage), medians of RUNS_TINY runs, and instructions."""
    rec = os.path.join(ROOT, "tests", "records", "main-basic.txt")
    out = os.path.join(OUT_ROOT, "tiny")
    print()
    print("one tiny record (%s, %d bytes), %d runs each, medians:"
          % (os.path.relpath(rec, ROOT), os.path.getsize(rec), RUNS_TINY))
    # the process floor of this machine: a libxml2 program that starts,
    # parses the record's TEI (made once, untimed) and ends
    tei = os.path.join(OUT_ROOT, "tiny-floor")
    fresh(tei)()
    subprocess.run(teiconv_convert([rec], tei, "tei", 1), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    made = glob.glob(os.path.join(tei, "**", "*.tei.xml"), recursive=True)
    floor_cmd = ["xmllint", "--noout", "--nonet"] + made[:1]
    floor = measure("xmllint --noout, tiny record's TEI", floor_cmd, RUNS_TINY, quiet=True)
    i_floor = instructions([floor_cmd])
    shutil.rmtree(tei, ignore_errors=True)
    print("  floor: xmllint --noout of its TEI %6.2f ms CPU, %6.2f ms wall, %s instructions"
          % (floor.cpu * 1000, floor.wall * 1000, mi(i_floor)))
    peer = "xmllint --noout of its TEI (start-up floor): %.2f ms CPU, %s instr" % (
        floor.cpu * 1000, mi(i_floor))
    for fmt, target in (("tei", 3), ("all", 15)):
        cmd = teiconv_convert([rec], out, fmt, 1)
        st = measure("teiconv -t %s, tiny record" % fmt, cmd, RUNS_TINY, fresh(out), quiet=True)
        ins = instructions([cmd], fresh(out))
        ms = st.cpu * 1000
        print("  -t %-4s %6.2f ms CPU (min %.2f, max %.2f), %6.2f ms wall, %s instructions"
              % (fmt, ms, min(st.cpus) * 1000, max(st.cpus) * 1000, st.wall * 1000, mi(ins)))
        result("16", "one tiny record, -t %s" % fmt, "%.2f ms CPU, %s instr" % (ms, mi(ins)),
               peer, "<= %d ms" % target, ms <= target)
    shutil.rmtree(out, ignore_errors=True)


def find_frus():
    """The largest FRUS volume of the corpus's TEI folders."""
    found = [f for f in glob.glob(os.path.join(REFERENCE, "corpus", "tei*", "**", "*.xml"),
                                  recursive=True) if "frus" in os.path.basename(f).lower()]
    return max(found, key=os.path.getsize) if found else None


def sec_frus():
    """A FRUS volume to HTML and to EAD, input checked (the default),
    against the parse floor (xmllint --noout), xsltproc and Saxon-HE with
    the same stylesheet."""
    frus = find_frus()
    if not frus:
        log("bench: no FRUS volume under %s/corpus/tei*: skipped" % REFERENCE)
        return
    mb = os.path.getsize(frus) / 1e6
    log("bench: FRUS volume %s (%.1f MB)" % (os.path.basename(frus), mb))
    out = os.path.join(OUT_ROOT, "frus")
    floor = measure("xmllint --noout", ["xmllint", "--noout", "--nonet", frus], max(RUNS, 5))
    i_floor = instructions([["xmllint", "--noout", "--nonet", frus]])
    print()
    print("FRUS volume %s (%.1f MB), input checked against tei_all (teiconv's default):"
          % (os.path.basename(frus), mb))
    print("  %-40s %9s %9s %9s %10s" % ("", "CPU s", "wall s", "peak RSS", "instr"))
    print("  %-40s %9.3f %9.3f %6.1f MB %10s" % ("floor: xmllint --noout", floor.cpu, floor.wall,
                                                floor.rss, mi(i_floor)))
    for fmt, sheet in (("html", "tei/teidoc2html.xsl"), ("ead", "tei/teidoc2ead.xsl")):
        cmd = teiconv_convert([frus], out, fmt, 1)
        tc = measure("teiconv -t %s" % fmt, cmd, max(RUNS, 5), fresh(out))
        i_tc = instructions([cmd], fresh(out))
        nv = measure("teiconv -t %s --no-validate" % fmt, teiconv_convert([frus], out, fmt, 1, "--no-validate"),
                     RUNS, fresh(out))
        xp = measure("xsltproc %s" % sheet, ["xsltproc", "--nonet", "-o", os.path.join(out, "x.out"),
                                            os.path.join(XSL, sheet), frus], RUNS, fresh(out))
        sx = None
        if have_saxon():
            sx = measure("Saxon-HE %s" % sheet, saxon("-s:" + frus, "-xsl:" + os.path.join(XSL, sheet),
                                                     "-o:" + os.path.join(out, "x.out")),
                         RUNS_JAVA, fresh(out))
        for label, st, ins in (("teiconv -t %s" % fmt, tc, i_tc),
                               ("teiconv -t %s --no-validate" % fmt, nv, None),
                               ("xsltproc, same stylesheet", xp, None),
                               ("Saxon-HE, same stylesheet", sx, None)):
            if st:
                print("  %-40s %9.3f %9.3f %6.1f MB %10s" % (label, st.cpu, st.wall, st.rss, mi(ins)))
        r = ratio(tc.cpu, floor.cpu)
        result("16", "FRUS %.1f MB -> %s, input checked" % (mb, fmt.upper()),
               "%.1fx the floor%s (%.3f CPU s, %s instr)" % (r, instr_ratio(i_tc, i_floor), tc.cpu, mi(i_tc)),
               "xmllint --noout %.3f s (%s); xsltproc %.2f s%s" % (
                   floor.cpu, mi(i_floor), xp.cpu, "; Saxon %.2f s" % sx.cpu if sx else ""),
               "<= 3x", r <= 3)
    shutil.rmtree(out, ignore_errors=True)


def sec_ead3():
    """EAD 2002 -> EAD3 of the corpus's EAD 2002 folders: teiconv -j1
    against xsltproc per file, Saxon-HE one JVM per file and one JVM for all
    (the same stylesheet, ead2ead3.xsl, on teiconv's namespaced copies)."""
    folders = [d for d in (os.path.join(REFERENCE, "corpus", x) for x in EAD_DIRS)
               if os.path.isdir(d)]
    if not folders:
        log("bench: no EAD 2002 corpus folders: skipped")
        return
    originals = sorted(f for d in folders for f in glob.glob(os.path.join(d, "*.xml")))
    ns = os.path.join(OUT_ROOT, "ead-ns")
    fresh(ns)()
    # the peers read namespaced EAD 2002 (what ead2ead3.xsl takes): teiconv's
    # -t ead copies, made once, untimed; inputs it refuses are left out of
    # every contender
    subprocess.run([TEICONV, "convert", "-q", "--force", "-t", "ead", "-o", ns] + folders,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pairs = []
    for f in originals:
        copy = os.path.join(ns, os.path.basename(f)[:-4] + ".ead.xml")
        if os.path.exists(copy):
            pairs.append((f, copy))
    inputs = [p[0] for p in pairs]
    copies = [p[1] for p in pairs]
    kb = sum(map(os.path.getsize, inputs)) / 1024
    log("bench: EAD 2002 -> EAD3, %d of %d files (%.0f KB)" % (len(inputs), len(originals), kb))
    out = os.path.join(OUT_ROOT, "ead3")
    sheet = os.path.join(XSL, "ead", "ead2ead3.xsl")
    tc = measure("teiconv -j1 -t ead3", teiconv_convert(inputs, out, "ead3", 1), RUNS_EAD, fresh(out))
    xs = script("xsltproc-per-file.sh",
                "out=$1; shift\nfor f in \"$@\"; do\n"
                "  xsltproc --nonet --stringparam derived-date %s -o \"$out/$(basename \"$f\")\" %s \"$f\" 2>/dev/null\n"
                "done\nexit 0\n" % (TODAY, sheet))
    xp = measure("xsltproc per file", ["bash", xs, out] + copies, RUNS_EAD, fresh(out))
    spf = sall = None
    nfail = 0
    if have_saxon():
        # one JVM per file, JOBS at a time (CPU seconds are what count)
        ss = script("saxon-per-file.sh",
                    "out=$1; shift\nprintf '%%s\\0' \"$@\" | xargs -0 -P %d -I{} sh -c "
                    "'java -jar %s -s:\"$1\" -xsl:%s -o:\"$2/$(basename \"$1\")\" derived-date=%s "
                    ">/dev/null 2>&1' _ {} \"$out\"\nexit 0\n" % (JOBS, SAXON_JAR, sheet, TODAY))
        spf = measure("Saxon-HE one JVM per file", ["bash", ss, out] + copies, RUNS_JAVA, fresh(out))
        flat = flat_copy(copies, os.path.join(OUT_ROOT, "ead-flat"))
        ef = os.path.join(WORK, "saxon-ead3.err")
        sall = measure("Saxon-HE one JVM for all", saxon("-s:" + flat, "-xsl:" + sheet, "-o:" + out,
                                                         "derived-date=" + TODAY), RUNS_JAVA, fresh(out),
                       errfile=ef)
        nfail, _ = saxon_failures(ef)
    shutil.rmtree(out, ignore_errors=True)
    print()
    print("EAD 2002 -> EAD3: %d finding aids of %s (%.1f MB; %d refused by teiconv -t ead left out),"
          " same stylesheet" % (len(inputs), " + ".join(os.path.basename(d) for d in folders),
                               kb / 1024, len(originals) - len(inputs)))
    print("  %-40s %9s %9s %9s" % ("", "CPU s", "wall s", "peak RSS"))
    for label, st in (("teiconv -j1 (output gate on)", tc),
                      ("xsltproc per file", xp), ("Saxon-HE one JVM per file (-P%d)" % JOBS, spf),
                      ("Saxon-HE one JVM for all", sall)):
        if st:
            print("  %-40s %9.2f %9.2f %6.1f MB" % (label, st.cpu, st.wall, st.rss))
    if nfail:
        print("  Saxon-HE: %d transformations failed" % nfail)
    what = "EAD 2002 -> EAD3, %d corpus files, -j1" % len(inputs)
    r = ratio(xp.cpu, tc.cpu)
    result("16", what, "%.2fx (%.2f CPU s)" % (r, tc.cpu), "xsltproc per file, same xsl: %.2f CPU s" % xp.cpu,
           ">= 3x", r >= 3)
    if spf:
        r = ratio(spf.cpu, tc.cpu)
        result("13", "  vs Saxon-HE one JVM per file", "%.1fx" % r,
               "Saxon-HE %s, same xsl: %.1f CPU s" % (saxon_version(), spf.cpu), ">= 20x", r >= 20)
        r = ratio(sall.cpu, tc.cpu)
        result("13", "  vs Saxon-HE one JVM for all", "%.2fx" % r,
               "Saxon-HE -s:DIR -o:DIR: %.1f CPU s" % sall.cpu, ">= 5x", r >= 5)
    else:
        for t in ("one JVM per file", "one JVM for all"):
            result("13", "  vs Saxon-HE " + t, "not run", "java or %s missing" % SAXON_JAR,
                   ">= 20x" if "per" in t else ">= 5x", False)


def sec_validate():
    """teiconv validate against jing (and xmllint's parse) on one long
    generated TEI list, tei_all.rng, CPU seconds (issue 15: beats jing)."""
    rng = os.path.join(REFERENCE, "reference", "schemas", "tei", "tei_all.rng")
    if not os.path.exists(rng):
        log("bench: no tei_all.rng: validation skipped")
        return
    lst = os.path.join(OUT_ROOT, "list.xml")
    os.makedirs(OUT_ROOT, exist_ok=True)
    subprocess.run(["bash", os.path.join(ROOT, "bench", "validate_speed.sh"), "--make-list",
                    str(LIST_N), lst], check=True)
    mb = os.path.getsize(lst) / 1e6
    log("bench: validation of a list of %d entries (%.1f MB)" % (LIST_N, mb))
    tc = measure("teiconv validate", [TEICONV, "validate", "--no-rules", "-q", "--schema", rng, lst], RUNS)
    jg = measure("jing", ["jing", rng, lst], RUNS_JAVA) if shutil.which("jing") else None
    xl = measure("xmllint --noout", ["xmllint", "--noout", "--nonet", lst], RUNS)
    print()
    print("validation: a listBibl of %d entries (%.1f MB) against tei_all.rng:" % (LIST_N, mb))
    for label, st in (("teiconv validate --no-rules", tc), ("jing", jg), ("xmllint --noout (parse only)", xl)):
        if st:
            print("  %-40s %8.2f CPU s %8.2f wall s %7.1f MB" % (label, st.cpu, st.wall, st.rss))
    if jg:
        r = ratio(jg.cpu, tc.cpu)
        result("15", "validate a %dk-entry TEI list, tei_all" % (LIST_N // 1000),
               "%.1fx (%.2f CPU s)" % (r, tc.cpu), "jing: %.2f CPU s; xmllint parse %.2f s" % (jg.cpu, xl.cpu),
               ">= 1x", r >= 1)
    os.remove(lst)


SECTIONS = [("records", sec_records), ("real", sec_real), ("tiny", sec_tiny),
            ("frus", sec_frus), ("ead3", sec_ead3), ("validate", sec_validate)]


def main(args):
    if args and args[0] == "--table":
        print_table(table_from_file(RESULTS))
        return
    if len(args) == 2 and args[0] == "--real":
        print(generate_real(int(args[1])))
        return
    table = True
    if args and args[0] == "--no-table":
        table, args = False, args[1:]
    if args == ["--real-only"]:
        args = ["real"]
    known = dict(SECTIONS)
    for a in args:
        if a not in known:
            raise SystemExit("bench: unknown section %s (%s)" % (a, " ".join(known)))
    for tool in ("xmllint", "xsltproc"):
        if not shutil.which(tool):
            raise SystemExit("bench: %s missing (run scripts/setup-deps.sh bench)" % tool)
    if not os.access(TEICONV, os.X_OK):
        raise SystemExit("bench: %s not built (make build)" % TEICONV)
    if not have_saxon():
        log("bench: Saxon-HE (%s) or java missing: its rows say not run" % SAXON_JAR)
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(OUT_ROOT, exist_ok=True)
    fmts = available_formats()
    log("bench: %d CPUs, %d runs (medians), load %s, instructions by %s" % (
        JOBS, RUNS, " ".join("%.1f" % x for x in os.getloadavg()), instr_tool() or "nothing"))
    try:
        for name, fn in SECTIONS:
            if not args or name in args:
                t0, c0 = time.time(), children_cpu()
                if name in ("records", "real"):
                    fn(fmts)
                else:
                    fn()
                log("bench: section %s took %.0f s wall, %.0f CPU s" % (
                    name, time.time() - t0, children_cpu() - c0))
                sys.stdout.flush()
    finally:
        shutil.rmtree(OUT_ROOT, ignore_errors=True)
    if table:
        print_table(table_from_file(RESULTS) if RESULTS else _rows)


if __name__ == "__main__":
    main(sys.argv[1:])
