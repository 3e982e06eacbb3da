#!/usr/bin/env python3
"""Weight of the first portal page: the JS and CSS the home page loads (entry, its static imports, the lazy
HomePage chunk), gzip -9, from the Vite build in frontend/target/classes/public. Run after a build."""
import glob, gzip, os, re, sys

os.chdir(os.path.join(os.path.dirname(__file__), '../../frontend/target/classes/public'))
queue = re.findall(r'(?:src|href)="/(assets/[^"]+)"', open('index.html').read())
queue += glob.glob('assets/HomePage-*')
seen, total = set(), 0
while queue:
    path = queue.pop()
    if path in seen or not os.path.exists(path):
        continue
    seen.add(path)
    if path.endswith('.js'):
        queue += ['assets/' + (a or b) for a, b in re.findall(r'from"\./([^"]+)"|import"\./([^"]+)"', open(path).read())]
for path in sorted(p for p in seen if p.endswith(('.js', '.css'))):
    size = len(gzip.compress(open(path, 'rb').read(), 9))
    total += size
    print(f'{path:45} {os.path.getsize(path):>8} B raw {size:>7} B gzip')
print(f'first page JS + CSS: {total / 1000:.1f} kB gzip (budget 120 kB)')
sys.exit(0 if total < 120_000 else 1)
