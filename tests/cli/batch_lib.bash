# tests/cli/batch_lib.bash: helpers of the batch tests (sourced after
# lib.bash): a tree of realistic records made by varying the seed.
SEED="$SRC/examples/wilson-111189.txt"

# make_records DIR N: N distinct records from the seed, spread over DIR,
# DIR/sub and DIR/sub/deeper (names, dates, IDs and body words vary).
make_records() {
  local dir=$1 n=$2 i d
  mkdir -p "$dir/sub/deeper"
  for i in $(seq 1 "$n"); do
    d=$dir
    [ $((i % 3)) -eq 0 ] && d=$dir/sub
    [ $((i % 7)) -eq 0 ] && d=$dir/sub/deeper
    sed -e "s/Podgorny/Podgorny-$i/g" -e "s/111189/$((300000 + i))/g" \
        -e "s/January 20, 1967/March $((i % 28 + 1)), 19$((50 + i % 40))/" \
        "$SEED" >"$d/rec$i.txt"
  done
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
