#!/usr/bin/env bash
# xmlin.sh: times the existing-XML paths on the reference corpus: a 3.5 MB
# FRUS volume to HTML, and EAD 2002 to EAD3 for the whole corpus folder.
# Method: wall time from outside (process start to exit: parse, stylesheet
# compile, transform, write), outputs into an emptied tmpfs folder, --force so
# nothing is skipped; hyperfine when installed (median of BENCH_RUNS runs),
# else GNU time over the same runs. The baseline is what a user scripts with
# the standard tools: one xsltproc process per file with our own stylesheet
# (no Java/Saxon here; the Saxon figures in issue 7 were measured elsewhere).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
TEICONV="${TEICONV:-$root/build/teiconv}"
export TEICONV_DATADIR="${TEICONV_DATADIR:-$root}"
REF="${TEICONV_REFERENCE_DIR:-$root/../shared}"
RUNS="${BENCH_RUNS:-5}"
[ -x "$TEICONV" ] || { echo "bench/xmlin: build first (make build)" >&2; exit 1; }
[ -d "$REF/corpus" ] || { echo "bench/xmlin: no reference corpus at $REF" >&2; exit 1; }
base=/tmp; [ -d /dev/shm ] && base=/dev/shm
out=$(mktemp -d "$base/teiconv-xmlin.XXXXXX")
trap 'rm -rf "$out"' EXIT
frus="$REF/corpus/tei/frus/frus1934v04.xml"
ead="$REF/corpus/ead2002"
nead=$(find "$ead" -name '*.xml' | wc -l)

# "WALL s (CPU s)": medians over RUNS runs of a command (a string run by
# bash) of the wall time and of the CPU time (user + system), which a busy
# shared machine disturbs less
median_time() {
  local cmd=$1 i walls=() cpus=()
  for ((i = 0; i < RUNS; i++)); do
    rm -rf "$out/o"; mkdir -p "$out/o"
    /usr/bin/time -f '%e %U %S' -o "$out/t" bash -c "$cmd >/dev/null 2>&1" || true
    read -r w u s < <(tail -1 "$out/t")
    walls+=("$w")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u + s}')")
  done
  local mw mc
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  mc=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  echo "$mw s (cpu $mc s)"
}

echo "== existing XML in ($(nproc) CPUs, $RUNS runs, medians; load: $(cut -d" " -f1-3 /proc/loadavg))"
echo "   FRUS volume: $(basename "$frus") ($(du -k "$frus" | cut -f1) KB, 702 documents)"
t1=$(median_time "'$TEICONV' convert -q --force -t html -o '$out/o' '$frus'")
echo "frus-to-html          teiconv              ${t1}   (target < 0.5 s)"
t2=$(median_time "xsltproc -o '$out/o/x.html' '$root/xsl/tei/teidoc2html.xsl' '$frus'")
echo "frus-to-html          xsltproc (same xsl)  ${t2}"
echo "   EAD 2002 folder: $nead finding aids ($(du -sk "$ead" | cut -f1) KB)"
t3=$(median_time "'$TEICONV' convert -q --force -t ead3 -o '$out/o' '$ead'")
echo "ead2002-to-ead3       teiconv -j$(nproc)           ${t3}"
t4=$(median_time "'$TEICONV' convert -q --force -j 1 -t ead3 -o '$out/o' '$ead'")
echo "ead2002-to-ead3       teiconv -j1           ${t4}"
# the per-file baseline needs namespaced input: xsltproc gets teiconv's
# namespaced copies (made once, untimed), one process per file
mkdir -p "$out/ns"
"$TEICONV" convert -q --force -t ead -o "$out/ns" "$ead" 2>/dev/null || true
t5=$(median_time "for f in '$out'/ns/*.ead.xml; do xsltproc -o '$out/o/'\$(basename \$f) '$root/xsl/ead/ead2ead3.xsl' \$f 2>/dev/null; done")
echo "ead2002-to-ead3       xsltproc per file    ${t5}"
awk -v a="${t5%% *}" -v b="${t3%% *}" 'BEGIN{ if (b > 0) printf "ratio xsltproc-per-file / teiconv (wall): %.1fx\n", a / b }'
