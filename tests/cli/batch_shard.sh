#!/usr/bin/env bash
# batch_shard.sh: determinism of batches: -j1 and -j4 write the same bytes,
# N shards add up to exactly one full run, --files-from (lines, NUL, stdin)
# mirrors listed paths, and two inputs with one output name are refused.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/batch_lib.bash"

IN="$TMP/in"
make_records "$IN" 150
FORMATS=tei,ead,ead3,html,text,dc

# ---- -j1 vs -j4: byte-identical trees, same report order --------------------
rc=0; "$TEICONV" convert -q -t "$FORMATS" -j 1 -o "$TMP/j1" --report "$TMP/j1.jsonl" "$IN" || rc=$?
check "-j1: exit 0" test "$rc" -eq 0
rc=0; "$TEICONV" convert -q -t "$FORMATS" -j 4 -o "$TMP/j4" --report "$TMP/j4.jsonl" "$IN" || rc=$?
check "-j4: exit 0" test "$rc" -eq 0
check "-j1 and -j4 trees identical ($FORMATS)" diff -r "$TMP/j1" "$TMP/j4"
check "-j1 has 150 TEI files" test "$(find "$TMP/j1" -name '*.tei.xml' | wc -l)" -eq 150
paths() { python3 -c 'import json,sys; [print(json.loads(l).get("path","-")) for l in open(sys.argv[1])]' "$1"; }
check "-j1 and -j4 reports in the same order" diff <(paths "$TMP/j1.jsonl") <(paths "$TMP/j4.jsonl")
check "report order is the sorted walk" json_check "$TMP/j4.jsonl" \
  '[i["path"].split("/in/")[1] for i in items][:3] == ["rec1.txt", "rec10.txt", "rec100.txt"]'

# ---- shards: union of 1/3, 2/3, 3/3 == the full run, no overlap -------------
for k in 1 2 3; do
  rc=0; "$TEICONV" convert -q -t "$FORMATS" -j 2 -o "$TMP/sharded" --shard $k/3 --report "$TMP/s$k.jsonl" "$IN" || rc=$?
  check "shard $k/3: exit 0" test "$rc" -eq 0
done
check "shards: union identical to the full run" diff -r "$TMP/j1" "$TMP/sharded"
check "shards: disjoint and complete" python3 - "$TMP" <<'PY'
import json, sys
seen = []
for k in (1, 2, 3):
    items = [json.loads(l) for l in open(f"{sys.argv[1]}/s{k}.jsonl")]
    paths = [i["path"] for i in items if "path" in i]
    assert 20 < len(paths) < 80, (k, len(paths))   # a real split, not all-in-one
    seen += paths
assert len(seen) == len(set(seen)) == 150, len(seen)
PY
# the slice depends on the output name, not on how the inputs were listed
(cd "$IN" && find . -name '*.txt' | sort -r) >"$TMP/list.rev"
(cd "$IN" && "$TEICONV" convert -q -t "$FORMATS" -o "$TMP/listed2" --shard 2/3 --files-from "$TMP/list.rev")
check "shard 2/3 from a reversed list: same files" \
  diff <(cd "$TMP/listed2" && find . -type f ! -name teiconv.css | sort) \
       <(python3 -c 'import json,sys; [print("./" + o.split("/sharded/")[1]) for l in open(sys.argv[1]) for o in json.loads(l).get("outputs", [])]' "$TMP/s2.jsonl" | sort)

# ---- --files-from: lines, NUL-separated, stdin; listed folders kept --------
rc=0; (cd "$IN" && find . -name '*.txt' -print0 | "$TEICONV" convert -q -t "$FORMATS" -o "$TMP/nul" --files-from - -0) || rc=$?
check "files-from - -0: exit 0" test "$rc" -eq 0
check "files-from: mirrors listed relative paths" diff -r "$TMP/j1" "$TMP/nul"
printf '%s\n' "$IN/sub/rec3.txt" "$IN/sub/deeper/rec7.txt" >"$TMP/abs.list"
"$TEICONV" convert -q -o "$TMP/abs" --files-from "$TMP/abs.list"
check "files-from absolute paths: flat by file name" test -s "$TMP/abs/rec3.tei.xml" -a -s "$TMP/abs/rec7.tei.xml"

# ---- a shard removes only its own stale temporaries ------------------------
# (another slice may be writing into the same folder at the same moment)
mkdir -p "$TMP/tmpshard"
for r in 1 2 3 4 5 6; do
  : >"$TMP/tmpshard/rec$r.tei.xml.tmp-teiconv-AAAAAA"
done
"$TEICONV" convert -q -o "$TMP/tmpshard" --shard 1/2 --report "$TMP/tmpshard.jsonl" "$IN"
# slice of a name: 1 + FNV-1a-64(name) mod N (README, "Batch runs")
mine=$(python3 -c '
h0 = 1469598103934665603
def fnv(s):
    h = h0
    for b in s.encode():
        h = ((h ^ b) * 1099511628211) % 2**64
    return h
print(" ".join("rec%d" % r for r in range(1, 7) if fnv("rec%d" % r) % 2 == 0))')
left=0 gone=0 wrong=0
for r in 1 2 3 4 5 6; do
  t="$TMP/tmpshard/rec$r.tei.xml.tmp-teiconv-AAAAAA"
  case " $mine " in
    *" rec$r "*) [ -e "$t" ] && wrong=1; gone=$((gone + 1)) ;;
    *) [ -e "$t" ] || wrong=1; left=$((left + 1)) ;;
  esac
done
check "shard temporaries: own removed ($gone), others kept ($left)" test $wrong -eq 0 -a $gone -gt 0 -a $left -gt 0

# ---- --sync changes nothing in the result; --progress draws off a terminal --
rc=0; "$TEICONV" convert -t "$FORMATS" --sync --progress -o "$TMP/synced" "$IN" 2>"$TMP/progress.err" || rc=$?
check "--sync: exit 0" test "$rc" -eq 0
check "--sync: same tree" diff -r "$TMP/j1" "$TMP/synced"
check "--progress: bar reaches 150/150" grep -q $'\r\[#*\] 150/150 100%' "$TMP/progress.err"
"$TEICONV" convert -t "$FORMATS" -o "$TMP/nobar" "$IN" 2>"$TMP/err.nobar"
check "no bar on a plain stderr" test -z "$(tr -cd '\r' <"$TMP/err.nobar")"
check "plain stderr: the totals line" grep -q "150 of 150 inputs converted, 0 failed" "$TMP/err.nobar"

# on a terminal the bar is on by default, and --quiet turns it off
if command -v script >/dev/null; then
  script -qec "'$TEICONV' convert -o '$TMP/tty' '$IN'" /dev/null >"$TMP/tty.out"
  check "terminal: bar drawn once at 150/150" test "$(grep -o '150/150 100%' "$TMP/tty.out" | wc -l)" -eq 1
  script -qec "'$TEICONV' convert -q --force -o '$TMP/tty' '$IN'" /dev/null >"$TMP/tty.q"
  check "terminal + --quiet: no bar" test ! -s "$TMP/tty.q"
fi

# ---- two inputs, one output name: the later one is refused, always --------
mkdir -p "$TMP/clash"
cp "$IN/rec1.txt" "$TMP/clash/rec1.txt"
rc=0; "$TEICONV" convert -q -o "$TMP/clashout" "$IN/rec1.txt" "$TMP/clash/rec1.txt" 2>"$TMP/clash.err" || rc=$?
check "clash: exit 1" test "$rc" -eq 1
check "clash: TC090 names both" grep -q "clash/rec1.txt: error\[TC090\].*$IN/rec1.txt" "$TMP/clash.err"
check "clash: the first is written" cmp -s "$TMP/clashout/rec1.tei.xml" "$TMP/j1/rec1.tei.xml"
finish
