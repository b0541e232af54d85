#!/usr/bin/env bash
# shared_folders.sh: output folders shared by runs, and awkward file names
# (issue 19): a run removes only the temporaries of runs that are gone (its
# host, no such process), never a live run's or another host's; two runs
# into one folder at once lose no output; names up to the file system's
# 255 bytes work (the temporary's name is cut to fit); names that are not
# UTF-8 are escaped in the --report, which stays UTF-8, and said so.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/batch_lib.bash"

# ---- temporaries: whose run is gone -----------------------------------------
make_records "$TMP/in" 12
host=$(python3 -c '
import socket
h = 2166136261
for b in socket.gethostname().encode():
    h = ((h ^ b) * 16777619) % 2**32
print("%08x" % h)')
dead=999999
while kill -0 "$dead" 2>/dev/null; do dead=$((dead - 1)); done
sleep 300 &
alive=$!
O="$TMP/shared"
mkdir -p "$O"
: >"$O/rec1.tei.xml.tmp-teiconv-$host-$dead-AAAAAA"   # this host, run gone
: >"$O/rec2.tei.xml.tmp-teiconv-$host-$alive-AAAAAA"  # this host, run alive
: >"$O/rec4.tei.xml.tmp-teiconv-0badc0de-$alive-AAAAAA" # another host
: >"$O/rec5.tei.xml.tmp-teiconv-Ab12Cd"                # an older version's
rc=0; "$TEICONV" convert -q -o "$O" "$TMP/in" || rc=$?
check "run into the folder: exit 0" test "$rc" -eq 0
check "a gone run's temporary is removed" test ! -e "$O/rec1.tei.xml.tmp-teiconv-$host-$dead-AAAAAA"
check "a live run's temporary is kept" test -e "$O/rec2.tei.xml.tmp-teiconv-$host-$alive-AAAAAA"
check "another host's temporary is kept" test -e "$O/rec4.tei.xml.tmp-teiconv-0badc0de-$alive-AAAAAA"
check "an older version's temporary is removed" test ! -e "$O/rec5.tei.xml.tmp-teiconv-Ab12Cd"
same "all 12 TEI outputs written" "$(find "$O" -name '*.tei.xml' | wc -l)" 12
kill "$alive" 2>/dev/null || true
wait "$alive" 2>/dev/null || true

# ---- two runs into one folder at once: nothing lost ---------------------------
make_records "$TMP/a" 40
make_records "$TMP/b" 40
mkdir -p "$TMP/b2"
mv "$TMP/b" "$TMP/b2/other"   # a different tree: outputs under other/
rc_a=0 rc_b=0
"$TEICONV" convert -q -t tei,ead,html -j 2 -o "$TMP/both" "$TMP/a" &
pa=$!
"$TEICONV" convert -q -t tei,ead,html -j 2 -o "$TMP/both" "$TMP/b2" &
pb=$!
wait "$pa" || rc_a=$?
wait "$pb" || rc_b=$?
check "two runs at once: first exit 0" test "$rc_a" -eq 0
check "two runs at once: second exit 0" test "$rc_b" -eq 0
same "two runs at once: every TEI output" "$(find "$TMP/both" -name '*.tei.xml' | wc -l)" 80
same "two runs at once: every EAD output" "$(find "$TMP/both" -name '*.ead.xml' | wc -l)" 80
same "two runs at once: no temporary left" "$(find "$TMP/both" -name '*.tmp-teiconv-*' | wc -l)" 0

# ---- long names ----------------------------------------------------------------
mkdir -p "$TMP/long"
stem=$(printf 'r%.0s' $(seq 245))   # 245 + ".tei.xml" = 253 bytes, + ".ead3.xml" = 254
cp "$SEED" "$TMP/long/$stem.txt"
rc=0; "$TEICONV" convert -q -t all -o "$TMP/longout" --report "$TMP/long.jsonl" "$TMP/long" 2>"$TMP/long.err" || rc=$?
check "a 249-byte input name: exit 0 ($(head -c 200 "$TMP/long.err"))" test "$rc" -eq 0
check "254-byte output name written" test -s "$TMP/longout/$stem.ead3.xml"
same "long names: no temporary left" "$(find "$TMP/longout" -name '*.tmp-teiconv-*' | wc -l)" 0

# ---- names that are not UTF-8 ------------------------------------------------------
mkdir -p "$TMP/latin"
cp "$TMP/in/rec1.txt" "$TMP/latin/$(printf 'caf\xe9.txt')"
cp "$TMP/in/rec2.txt" "$TMP/latin/plain.txt"
rc=0; "$TEICONV" convert -q -t tei -o "$TMP/latinout" --report "$TMP/latin.jsonl" "$TMP/latin" || rc=$?
check "a Latin-1 file name: exit 0" test "$rc" -eq 0
check "the output keeps the name's bytes" test -s "$TMP/latinout/$(printf 'caf\xe9').tei.xml"
check "report: every line valid UTF-8 JSON, the name escaped and said so" python3 - "$TMP/latin.jsonl" <<'PY'
import json, sys
lines = [json.loads(l.decode("utf-8")) for l in open(sys.argv[1], "rb")]
items = {l["path"].rsplit("/", 1)[1]: l for l in lines if "path" in l}
assert set(items) == {"caf\\xE9.txt", "plain.txt"}, items
assert items["caf\\xE9.txt"].get("escaped_names") is True
assert "escaped_names" not in items["plain.txt"]
assert items["caf\\xE9.txt"]["outputs"][0].endswith("caf\\xE9.tei.xml")
PY
rc=0; "$TEICONV" validate --own -q --report "$TMP/vlatin.jsonl" "$TMP/latinout" || rc=$?
check "validate of the folder: exit 0" test "$rc" -eq 0
check "validate report: valid UTF-8 JSON, escaped and said so" python3 -c '
import json, sys
lines = [json.loads(l.decode("utf-8")) for l in open(sys.argv[1], "rb")]
assert [l.get("escaped_names") for l in lines if "path" in l and "caf" in l["path"]] == [True]
' "$TMP/vlatin.jsonl"
finish
