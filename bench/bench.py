#!/usr/bin/env python3
# bench.py: the measurements behind `make bench` (method in bench/README.md):
# teiconv -j1/-jN against the per-file pipeline and xsltproc multi-file mode.
import json
import os
import random
import re
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
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
# the large set is there for memory and steadiness: one run each keeps make
# bench within its 10 minutes on a 2-core machine
RUNS_LARGE = int(os.environ.get("BENCH_RUNS_LARGE", "1"))
SAMPLE = int(os.environ.get("BENCH_SAMPLE", "30"))
JOBS = int(os.environ.get("BENCH_JOBS", str(os.cpu_count() or 2)))
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
            rep = os.path.join(tmp, "report.jsonl")
            subprocess.run([TEICONV, "convert", "-q", "-t", "tei", "-o", tmp,
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
    stamp = os.path.join(root, ".complete-v2-%d" % len(fixtures()))
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
    first line longer than 80 characters) until it holds size bytes."""
    lines = text.replace("\r\n", "\n").split("\n")
    at = next((k for k, l in enumerate(lines) if len(l) > 80), None)
    if at is None:
        return None
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
    stamp = os.path.join(root, ".complete-v1-%d" % len(fixtures()))
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


# ---- timing --------------------------------------------------------------

def timed(cmd, **kw):
    """Run cmd under GNU time: (wall s, CPU s (user+sys), peak RSS in MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        r = subprocess.run(["/usr/bin/time", "-f", "@ %U %S %M", "-o", tf.name]
                           + cmd, stdout=subprocess.DEVNULL, **kw)
        wall = time.perf_counter() - t0
        if r.returncode not in (0, 1):
            raise SystemExit("bench: command failed (%d): %s" %
                             (r.returncode, " ".join(cmd[:6])))
        last = [l for l in tf.read().splitlines() if l.startswith("@ ")][-1]
        _, user, sys_, rss = last.split()
        return wall, float(user) + float(sys_), int(rss) / 1024.0


def median_runs(label, make_cmd, prepare=None, runs=None, **kw):
    """Median wall time, peak RSS and CPU time over runs (RUNS) runs."""
    walls, cpus, rss = [], [], []
    for _ in range(runs or RUNS):
        if prepare:
            prepare()
        w, c, m = timed(make_cmd(), **kw)
        walls.append(w)
        cpus.append(c)
        rss.append(m)
    log("  %-34s wall %s s, cpu %s s" % (label, " ".join("%.2f" % w for w in walls),
                                         " ".join("%.2f" % c for c in cpus)))
    return statistics.median(walls), statistics.median(rss), statistics.median(cpus)


def teiconv_runs(inp, out, fmts, jobs, runs):
    names = ",".join(f[0] for f in fmts)

    def prepare():
        shutil.rmtree(out, ignore_errors=True)
    return median_runs("teiconv -j%d %s" % (jobs, os.path.basename(inp)),
                       lambda: [TEICONV, "convert", "-q", "-t", names, "-j",
                                str(jobs), "-o", out, inp], prepare, runs)


def xsltproc_runs(tei_files, fmts, out):
    """(c): one xsltproc per stylesheet over all TEI files (compiled once)."""
    sheets = [os.path.join(XSL, f[1]) for f in fmts if f[1]]
    if not sheets:
        return None
    script = os.path.join(WORK, "xsltproc-all.sh")
    with open(script, "w") as f:
        f.write("set -e\n")
        f.write("mkdir -p %s\n" % out)
        for i, s in enumerate(sheets):
            # With many inputs xsltproc writes every result, one after the
            # other, to one stream: cheaper than one file per record, so
            # this favours xsltproc.
            f.write("xsltproc --nonet %s \"$@\" >%s/%d.out\n" % (s, out, i))

    def prepare():
        shutil.rmtree(out, ignore_errors=True)
    return median_runs("xsltproc x%d stylesheets" % len(sheets),
                       lambda: ["bash", script] + tei_files, prepare)


def schema_for_pipeline():
    """The TEI schema the pipeline validates against: ours (what teiconv's
    own TEI is checked with), else the official TEI Lite."""
    ours = os.path.join(ROOT, "schemas", "teiconv-tei.rng")
    if os.path.exists(ours):
        return ours
    lite = os.path.join(REFERENCE, "reference", "schemas", "tei", "tei_lite.rng")
    return lite if os.path.exists(lite) else None


def pipeline_runs(records, fmts, out):
    """(b): per record, pandoc text -> TEI, xmllint --relaxng, one xsltproc
    per output format: what a user scripts today."""
    rng = schema_for_pipeline()
    sheets = [os.path.join(XSL, f[1]) for f in fmts if f[1]]
    script = os.path.join(WORK, "pipeline.sh")
    with open(script, "w") as f:
        f.write("out=$1; shift\nfor r in \"$@\"; do\n"
                "  b=$out/$(basename \"$r\" .txt)\n"
                "  pandoc -s -f markdown -t tei \"$r\" -o \"$b.tei.xml\"\n")
        if rng:
            # pandoc's TEI is not valid against it: the cost is the point
            f.write("  xmllint --nonet --noout --relaxng %s \"$b.tei.xml\" "
                    "2>/dev/null\n" % rng)
        for i, s in enumerate(sheets):
            f.write("  xsltproc --nonet -o \"$b.%d.out\" %s \"$b.tei.xml\"\n" % (i, s))
        f.write("done\nexit 0\n")

    def prepare():
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
    w, _, _ = median_runs("pipeline, %d records" % len(records),
                       lambda: ["bash", script, out] + records, prepare)
    return w, rng, len(sheets)


# ---- report --------------------------------------------------------------

def verdict(ok):
    return "met" if ok else "MISSED"


def main():
    for tool in ("pandoc", "xmllint", "xsltproc", "/usr/bin/time"):
        if not shutil.which(tool):
            raise SystemExit("bench: %s missing (run scripts/setup-deps.sh bench)"
                             % tool)
    if not os.access(TEICONV, os.X_OK):
        raise SystemExit("bench: %s not built (make build)" % TEICONV)
    os.makedirs(WORK, exist_ok=True)
    fmts = available_formats()
    nf = len(fmts)
    fx = fixtures()
    log("bench: formats %s; %d runs each (median); %d CPUs; %d fixtures, "
        "%.0f bytes on average" % (",".join(f[0] for f in fmts), RUNS, JOBS,
                                  len(fx), sum(map(os.path.getsize, fx)) / len(fx)))
    log("bench: generating %d and %d records" % (N_SMALL, N_LARGE))
    small, large = generate(N_SMALL), generate(N_LARGE)
    res = {}
    log("bench: (a) teiconv")
    for n, inp in ((N_SMALL, small), (N_LARGE, large)):
        for j in (1, JOBS):
            res[("a", n, j)] = teiconv_runs(inp, os.path.join(OUT_ROOT, "out-%d-j%d" % (n, j)),
                                            fmts, j, RUNS if n == N_SMALL else RUNS_LARGE)
    log("bench: (c) xsltproc, all TEI files at once, per stylesheet")
    tei_small = files_under(os.path.join(OUT_ROOT, "out-%d-j1" % N_SMALL), ".tei.xml")
    res["c"] = xsltproc_runs(tei_small, fmts, os.path.join(OUT_ROOT, "xsltproc-out"))
    log("bench: (b) per-file pipeline on a sample")
    sample = files_under(small, ".txt")[:SAMPLE]
    pw, rng, nsheets = pipeline_runs(sample, fmts, os.path.join(OUT_ROOT, "pipeline-out"))

    def rate(n, wall):
        return n / wall if wall > 0 else float("inf")
    a1 = rate(N_SMALL, res[("a", N_SMALL, 1)][0])
    aN = rate(N_SMALL, res[("a", N_SMALL, JOBS)][0])
    a1L = rate(N_LARGE, res[("a", N_LARGE, 1)][0])
    aNL = rate(N_LARGE, res[("a", N_LARGE, JOBS)][0])
    b = rate(len(sample), pw)
    c = rate(N_SMALL, res["c"][0]) if res["c"] else None
    rss_small = res[("a", N_SMALL, JOBS)][1]
    rss_large = res[("a", N_LARGE, JOBS)][1]

    print()
    fx = fixtures()
    print("teiconv bench: %d formats (%s), median of %d runs (%d at %d records), "
          "%d CPUs, load %.1f" % (nf, ",".join(f[0] for f in fmts), RUNS,
                                  RUNS_LARGE, N_LARGE, JOBS, os.getloadavg()[0]))
    print("inputs: variants of %d records (%.0f bytes on average)"
          % (len(fx), sum(map(os.path.getsize, fx)) / len(fx)))
    print("%-50s %10s %9s %10s" % ("", "records/s", "CPU s", "peak RSS"))
    for n in (N_SMALL, N_LARGE):
        for j in (1, JOBS):
            w, m, cpu = res[("a", n, j)]
            print("%-50s %10.1f %9.2f %7.1f MB" % (
                "(a) teiconv -j%d, %d records" % (j, n), rate(n, w), cpu, m))
    print("%-50s %10.2f %9s %10s" % (
        "(b) pandoc+xmllint+%d xsltproc per record (%d)" % (nsheets, len(sample)),
        b, "-", "-"))
    if c:
        w, m, cpu = res["c"]
        print("%-50s %10.1f %9.2f %7.1f MB" % (
            "(c) xsltproc multi-file x%d, %d TEI files" % (nsheets, N_SMALL), c, cpu, m))
    else:
        print("(c) xsltproc multi-file: no stylesheets yet (TEI only), not measured")
    print()
    print("ratios of records/s (%d records):" % N_SMALL)
    print("  -j%d / (b) pipeline   %8.0fx  (target >= 50x: %s)" %
          (JOBS, aN / b, verdict(aN / b >= 50)))
    if c:
        print("  -j%d / (c) xsltproc   %8.2fx  (target >= 1.5x on 2 cores: %s)" %
              (JOBS, aN / c, verdict(aN / c >= 1.5)))
        print("  -j1 / (c) xsltproc   %8.2fx  (target >= 0.9x: %s)" %
              (a1 / c, verdict(a1 / c >= 0.9)))
    print("  -j%d / -j1            %8.2fx  (target >= 1.7x: %s)  [%d records: %.2fx]" %
          (JOBS, aN / a1, verdict(aN / a1 >= 1.7), N_LARGE, aNL / a1L))
    print("peak RSS -j%d: %.1f MB at %d, %.1f MB at %d records: %.2fx "
          "(target <= 1.2x and < 100 MB: %s)"
          % (JOBS, rss_small, N_SMALL, rss_large, N_LARGE, rss_large / rss_small,
             verdict(rss_large / rss_small <= 1.2 and rss_large < 100)))
    if rng:
        print("notes: (b) validates with %s (compiled per record, as xmllint does);"
              % os.path.relpath(rng, ROOT))
    else:
        print("notes: (b) no RELAX NG schema found: validation step left out;")
    print("       (b) is timed on the first %d records and given as records/s;"
          % len(sample))
    print("       (c) renders teiconv's TEI (no text -> TEI) into one stream per stylesheet;")
    print("       outputs written to %s; a busy machine (load above) lowers -j%d most."
          % (os.path.dirname(OUT_ROOT) if OUT_ROOT.startswith("/dev/shm") else OUT_ROOT, JOBS))
    real_section(fmts)
    shutil.rmtree(OUT_ROOT, ignore_errors=True)


# ---- real-sized records (issue 16) ----------------------------------------

N_REAL = int(os.environ.get("BENCH_N_REAL", "500"))


def floor_runs(out):
    """The physical floor of the outputs of one run: xmllint parsing and
    serialising every XML output (HTML with --html) and reading every text,
    one process per kind, as few start-ups as possible."""
    script = os.path.join(WORK, "floor.sh")
    with open(script, "w") as f:
        f.write("set -e\ncd %s\n" % out)
        f.write("find . -name '*.xml' -print0 | xargs -0 xmllint --nonet >/dev/null\n")
        f.write("find . -name '*.html' -print0 | xargs -0 xmllint --nonet --html >/dev/null 2>&1 || true\n")
        f.write("find . -name '*.txt' -print0 | xargs -0 cat >/dev/null\n")
    return median_runs("floor (xmllint parse+serialise)", lambda: ["bash", script])


def real_section(fmts):
    """Records/s per CPU second on 10-15 KB records: teiconv -j1, -jN,
    xsltproc once per stylesheet over teiconv's TEI, and the floor."""
    inp = generate_real(N_REAL)
    files = files_under(inp, ".txt")
    size = sum(map(os.path.getsize, files)) / len(files)
    log("bench: real-sized records, %d of %.0f bytes on average" % (len(files), size))
    r = {}
    for j in (1, JOBS):
        r[j] = teiconv_runs(inp, os.path.join(OUT_ROOT, "real-j%d" % j), fmts, j, RUNS)
    out1 = os.path.join(OUT_ROOT, "real-j1")
    tei = files_under(out1, ".tei.xml")
    r["c"] = xsltproc_runs(tei, fmts, os.path.join(OUT_ROOT, "real-xsltproc"))
    r["floor"] = floor_runs(out1)
    n = len(files)
    print()
    print("real-sized records: %d of %.1f KB on average (DESIGN 3.1 shapes), %d formats"
          % (n, size / 1024, len(fmts)))
    print("%-50s %10s %9s %12s" % ("", "records/s", "CPU s", "rec/CPU-s"))
    for key, label in ((1, "teiconv -j1"), (JOBS, "teiconv -j%d" % JOBS),
                       ("c", "xsltproc once per stylesheet (TEI in)"),
                       ("floor", "floor: xmllint parse+serialise outputs")):
        if r.get(key):
            w, m, cpu = r[key]
            print("%-50s %10.1f %9.2f %12.1f" % (label, n / w, cpu, n / cpu))
    cpu1 = r[1][2]
    print("ratios (CPU seconds, which a shared machine disturbs least):")
    print("  teiconv -j1 records per CPU second %8.1f  (target >= 250: %s)"
          % (n / cpu1, verdict(n / cpu1 >= 250)))
    if r.get("c"):
        print("  xsltproc per stylesheet / teiconv -j1 %6.2fx  (target >= 5x: %s)"
              % (r["c"][2] / cpu1, verdict(r["c"][2] / cpu1 >= 5)))
    print("  teiconv -j1 / floor                %8.2fx  (target <= 2x)"
          % (cpu1 / r["floor"][2]))
    print("  -j%d / -j1 wall speed-up %16.2fx  (target >= 1.8x; CPU per record -j%d/-j1: %.2fx)"
          % (JOBS, r[1][0] / r[JOBS][0], JOBS, r[JOBS][2] / cpu1))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--real":
        print(generate_real(int(sys.argv[2])))
    elif len(sys.argv) == 2 and sys.argv[1] == "--real-only":
        os.makedirs(WORK, exist_ok=True)
        real_section(available_formats())
        shutil.rmtree(OUT_ROOT, ignore_errors=True)
    else:
        main()
