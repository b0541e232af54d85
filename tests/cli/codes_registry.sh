#!/usr/bin/env bash
# codes_registry.sh: every diagnostic code the library, the program or a
# stylesheet can emit has its row in src/lib/base/codes.def, every row is
# used, and the README's table of codes is the one codes.def gives.
. "$(dirname "$0")/lib.bash"
DEF="$SRC/src/lib/base/codes.def"
registered=$(grep -oE '^TC_CODE\("TC[0-9]{3}"' "$DEF" | grep -oE 'TC[0-9]{3}' | sort)
check "the registry has its rows" test "$(echo "$registered" | wc -l)" -ge 70
same "no code registered twice" "$(echo "$registered" | uniq -d)" ""

used=$(grep -rhoE '"TC[0-9]{3}"|\bTC[0-9]{3}\b' "$SRC/src" "$SRC/xsl" --include='*.c' --include='*.h' --include='*.xsl' |
  grep -oE 'TC[0-9]{3}' | sort -u)
check "codes found in the sources" test "$(echo "$used" | wc -l)" -ge 60
for c in $used; do
  check "$c is registered in codes.def" grep -q "^TC_CODE(\"$c\"" "$DEF"
done
for c in $registered; do
  check "$c (registered) is emitted somewhere" grep -rqE "\"$c\"|\b$c\b" "$SRC/src" "$SRC/xsl" --include='*.c' --include='*.h' --include='*.xsl' --exclude=codes.def
done
check "README's table of codes is current (make docs)" \
  cmake -DDEF="$DEF" -DREADME="$SRC/README.md" -DCHECK=ON -P "$SRC/cmake/gen_codes_doc.cmake"
finish
