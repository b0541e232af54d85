# tests/cli/batch_lib.bash: helpers of the batch tests (sourced after
# lib.bash): a tree of realistic records made by varying the seed.
SEED="$SRC/examples/wilson-111189.txt"

# make_records DIR N: N distinct records from the seed, spread over DIR,
# DIR/sub and DIR/sub/deeper (names, dates, IDs and body words vary).
make_records() {
  python3 - "$SEED" "$1" "$2" <<'PY'
import os, sys
seed, out, n = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], int(sys.argv[3])
for sub in ("", "sub", "sub/deeper"):
    os.makedirs(os.path.join(out, sub), exist_ok=True)
for i in range(1, n + 1):
    sub = "sub/deeper" if i % 7 == 0 else "sub" if i % 3 == 0 else ""
    text = (seed.replace("Podgorny", "Podgorny-%d" % i)
                .replace("111189", str(300000 + i))
                .replace("January 20, 1967", "March %d, 19%d" % (i % 28 + 1, 50 + i % 40)))
    with open(os.path.join(out, sub, "rec%d.txt" % i), "w", encoding="utf-8") as f:
        f.write(text)
PY
}

# json_check FILE PYTHON-EXPR: every line of FILE parsed; `lines` (list of
# objects) given to the expression, which must be true.
json_check() {
  python3 - "$1" "$2" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ok = eval(sys.argv[2], {"lines": lines, "items": [l for l in lines if "path" in l],
                        "summary": [l["summary"] for l in lines if "summary" in l]})
sys.exit(0 if ok else 1)
PY
}
