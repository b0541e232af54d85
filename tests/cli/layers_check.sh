#!/usr/bin/env bash
# layers_check.sh: the include-direction and rules checks pass on the tree
# and fail on a copy with one wrong include (a record/ file reaching up into
# batch/), one include from the program into the library's insides, and one
# assignment inside a condition.
. "$(dirname "$0")/lib.bash"
check "the tree's includes go only downward" "$SRC/scripts/check-layers.sh" "$SRC"
check "the tree follows the house rules" "$SRC/scripts/check-rules.sh"

copy() { rm -rf "$TMP/t"; mkdir -p "$TMP/t/scripts"; cp -r "$SRC/src" "$SRC/include" "$TMP/t/"; cp "$SRC"/scripts/check-*.sh "$TMP/t/scripts/"; }
copy
sed -i '0,/#include "record\/date.h"/s//#include "batch\/batch.h"\n#include "record\/date.h"/' "$TMP/t/src/lib/record/date.c"
check "the wrong include is in the copy" grep -q '#include "batch/batch.h"' "$TMP/t/src/lib/record/date.c"
rc=0; "$TMP/t/scripts/check-layers.sh" "$TMP/t" 2>"$TMP/err" || rc=$?
same "record/ including batch/: check-layers fails" "$rc" 1
check "and says which" grep -q "src/lib/record may not depend on src/lib/batch" "$TMP/err"

copy
sed -i '0,/#include "tool.h"/s//#include "tool.h"\n#include "xslt\/engine.h"/' "$TMP/t/src/cli/tool_main.c"
rc=0; "$TMP/t/scripts/check-layers.sh" "$TMP/t" 2>"$TMP/err" || rc=$?
same "the program including xslt/engine.h: check-layers fails" "$rc" 1

copy
printf '/* bad.c: a file that breaks a rule */\nint bad(int x);\nint bad(int x)\n{\n    int y;\n    if ((y = x) > 1)\n        return y;\n    return 0;\n}\n' >"$TMP/t/src/lib/base/bad.c"
rc=0; (cd "$TMP/t" && scripts/check-rules.sh) 2>"$TMP/err" || rc=$?
same "an assignment inside a condition: check-rules fails" "$rc" 1
finish
