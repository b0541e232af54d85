#!/usr/bin/env bash
# slurm.sh: the README's Slurm job array, run as it stands there on a
# one-node cluster this test starts (munge and Slurm from Debian, every file
# in a temporary folder, everything on 127.0.0.1, as root, no systemd;
# /scratch replaced by that folder, and --cpus-per-task=1 given to sbatch
# because the node has 2 CPUs): the 16 --shard slices write exactly what one
# full run writes, and their reports name every input once. The daemons are
# always stopped on exit; every wait is bounded and prints their logs.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/../cli/batch_lib.bash"
. "$(dirname "$0")/scale_lib.bash"
need_reference
need_tools python3 munged mungekey slurmctld slurmd sbatch sinfo scancel
if [ "$(id -u)" -ne 0 ]; then
  if [ "${CI:-}" = "true" ]; then echo "FAIL: slurm.sh runs as root (SlurmUser=root)" >&2; exit 1; fi
  not_run "the whole test" "it starts munged, slurmctld and slurmd as root; run it as root"
  exit 77
fi

C="$TMP/cluster"
mkdir -p "$C/state" "$C/spool" "$C/log" "$C/run"
chmod 700 "$C"
PIDS=""
show_logs() {
  local f
  for f in "$C"/log/*; do
    [ -s "$f" ] || continue
    echo "---- $f (last 40 lines)" >&2
    tail -n 40 "$f" >&2
  done
}
stop_cluster() {
  local p
  # jobs of this cluster only (its own controller, by SLURM_CONF)
  if [ -n "$PIDS" ]; then timeout 10 scancel --full --quiet --user root >/dev/null 2>&1 || true; fi
  for p in $PIDS; do kill "$p" 2>/dev/null || true; done
  for p in $PIDS; do
    for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null || true
  done
  PIDS=""
}
trap 'stop_cluster; rm -rf "$TMP"' EXIT
die() { echo "FAIL: $*" >&2; show_logs; exit 1; }

# ---- munge: own key, socket, pid, log and seed ------------------------------
mungekey --create --keyfile="$C/munge.key" --bits=1024 || die "mungekey"
chmod 600 "$C/munge.key"
munged -F --force --socket="$C/run/munge.sock" --key-file="$C/munge.key" \
  --pid-file="$C/run/munged.pid" --log-file="$C/log/munged.log" \
  --seed-file="$C/run/munged.seed" 2>>"$C/log/munged.stderr" &
PIDS="$!"
for _ in $(seq 100); do [ -S "$C/run/munge.sock" ] && break; sleep 0.1; done
[ -S "$C/run/munge.sock" ] || die "munged did not open its socket in 10 s"

# ---- Slurm: one node of 2 CPUs, free ports on 127.0.0.1 -------------------
read -r CTLD_PORT SLURMD_PORT < <(python3 -c '
import socket
ss = [socket.socket() for _ in range(2)]
for s in ss: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in ss])')
export SLURM_CONF="$C/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=teiconvtest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$C/run/munge.sock
CredType=cred/munge
StateSaveLocation=$C/state
SlurmdSpoolDir=$C/spool/%n
SlurmctldPidFile=$C/run/slurmctld.pid
SlurmdPidFile=$C/run/slurmd.pid
SlurmctldLogFile=$C/log/slurmctld.log
SlurmdLogFile=$C/log/slurmd.log
SlurmdParameters=config_overrides
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0,default_queue_depth=100
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=30 State=UP
CONF
slurmctld -D -i 2>>"$C/log/slurmctld.stderr" &
PIDS="$PIDS $!"
slurmd -D -N localhost 2>>"$C/log/slurmd.stderr" &
PIDS="$PIDS $!"
state=""
for _ in $(seq 60); do
  state=$(timeout 5 sinfo -h -N -o '%t' 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 1
done
[ "$state" = idle ] || die "node not idle after 60 s (sinfo says '$state')"

# ---- the archive, one full run, the README's job array ----------------------
SCRATCH="$TMP/scratch"
archive_and_full_run "$SCRATCH"

script=$(readme_block "Slurm job array")
check "README job script found (#SBATCH --array=1-16)" grep -qx -- '#SBATCH --array=1-16' <<<"$script"
check "README job script works in /scratch" grep -q -- '/scratch/archive$' <<<"$script"
sed -e "s#/scratch#$SCRATCH#g" <<<"$script" >"$TMP/convert.sh"
cd "$TMP" || die "cd $TMP"
start=$(date +%s.%N)
rc=0
timeout 600 sbatch --wait --quiet --cpus-per-task=1 --output="$C/log/job-%A_%a.out" convert.sh || rc=$?
echo "slurm: 16 array tasks in $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s" >&2
if [ "$rc" -ne 0 ]; then
  fail "sbatch --wait: exit $rc"
  show_logs
fi
check "16 array tasks ran" test "$(find "$C/log" -name 'job-*.out' | wc -l)" -eq 16

check_slices "$TMP/full" "$SCRATCH/out" "$SCRATCH/report-*.jsonl" 16 "$SCRATCH/archive"
finish
