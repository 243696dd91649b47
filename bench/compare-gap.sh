#!/usr/bin/env bash
# Cross-checks Landscape's subgroup lattices against GAP (needs `apt-get install gap`; not part of mvn test).
# For each group: number of classes, number of subgroups and the multiset of (|H|, |N_G(H)|) must agree.
set -euo pipefail
cd "$(dirname "$0")/.."
gap -q src/test/gap/lattice-check.g 2>/dev/null | tr -d '\\\n' | sed 's/ms=[0-9]*/\n/g' > /tmp/landscape-gap.txt
python3 - <<'PY'
import json, re, subprocess
ok = True
for line in open('/tmp/landscape-gap.txt'):
    line = line.strip()
    if not line:
        continue
    name, ncls, nsub, rest = line.split(' ', 3)
    gap_inv = sorted(tuple(map(int, p)) for p in re.findall(r'\[\s*(\d+),\s*(\d+)\s*\]', rest))
    out = subprocess.run(['./landscape', 'group', name, '--subgroups', '--json'], capture_output=True, text=True, check=True).stdout
    j = json.loads(out)
    ours = sorted((c['order'], c['normalizer_order']) for c in j['subgroups'])
    same = (len(ours) == int(ncls) and j['subgroups_total'] == int(nsub) and ours == gap_inv)
    ok &= same
    print(f"{name:8s} GAP {ncls:>4s} classes {nsub:>6s} subgroups | Landscape {len(ours):4d} {j['subgroups_total']:6d} | (|H|,|N(H)|) multisets {'agree' if ours == gap_inv else 'DIFFER'}")
print('ALL AGREE' if ok else 'MISMATCH')
PY
