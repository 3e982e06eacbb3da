# N inputs made of recombined demo corpus sentences (like SearchBenchmark), as SQL for MariaDB.
# Usage: python3 infra/bench/memory-inputs.py 100000 rows.sql   (then: mariadb -h127.0.0.1 -uroot SCHEMA < rows.sql)
import json, random, re, sys, os, hashlib
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../backend/src/main/resources/demo/corpus/')
entries = []
for f in ['velden-1-2.jsonl', 'velden-3-4.jsonl', 'veld-5-strategisch.jsonl']:
    for line in open(base + f):
        line = line.strip()
        if line and not line.startswith('#'):
            entries.append(json.loads(line))
problems = [s for e in entries for s in re.split(r'(?<=[.!?])\s+', e['problem']) if s]
solutions = [s for e in entries if e.get('solution') for s in re.split(r'(?<=[.!?])\s+', e['solution']) if s]
themes = sorted({t for e in entries for t in e['themes']})
rnd = random.Random(19)
n = int(sys.argv[1])
out = open(sys.argv[2], 'w')
def q(s): return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"
for start in range(0, n, 1000):
    vals = []; tvals = []
    for i in range(start, min(n, start + 1000)):
        p = ' '.join(rnd.sample(problems, rnd.randint(1, 3)))
        s = ' '.join(rnd.sample(solutions, rnd.randint(0, 2)))
        ch = rnd.choice(['ONLINE', 'MARKTKRAAM', 'PAPIER'])
        vals.append("(%d,%s,%s,%s,'INWONER','45-64','%s','NIEUW',FALSE,NOW(6),NOW(6))" % (i + 1, q(hashlib.sha256(str(i).encode()).hexdigest()), q(p[:4900]), q(s[:4900]) if s else 'NULL', ch))
        for j, t in enumerate(rnd.sample(themes, rnd.randint(1, 2))):
            tvals.append("(%d,'%s',%s)" % (i + 1, t, 'TRUE' if j == 0 else 'FALSE'))
    out.write("INSERT INTO submission (id, receipt_hash, problem, solution, respondent_type, age_band, channel, status, theme_unsure, created_at, updated_at) VALUES " + ','.join(vals) + ";\n")
    out.write("INSERT INTO submission_theme (submission_id, thema_code, is_primary) VALUES " + ','.join(tvals) + ";\n")
print(len(entries), len(problems), len(solutions), themes[:5])
