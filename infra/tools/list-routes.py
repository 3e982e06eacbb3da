#!/usr/bin/env python3
"""Lists the HTTP routes of the backend with the roles that may call them, as a Markdown table (docs/api.md).

Reads the controllers' annotations as text; run from the repository root: python3 infra/tools/list-routes.py
"""
import pathlib
import re

VERB = re.compile(r'@(Get|Post|Put|Patch|Delete)(?:\((?:uris\s*=\s*\{)?\s*(?:value\s*=\s*)?"([^"]*)"[^)]*\)|\(\)|(?=\s))')
ROLES = re.compile(r'@RequiresRole(?:\(\{?([^)}]*)\}?\))?')

rows = []
for source in sorted(pathlib.Path('backend/src/main/java').rglob('*.java')):
    text = source.read_text(encoding='utf-8')
    base = re.search(r'@Controller(?:\("([^"]*)"\))?', text)
    if not base:
        continue
    declaration = re.search(r'\b(class|interface|record)\s', text[base.end():])
    head = text[:base.end() + (declaration.start() if declaration else 0)]
    class_roles = ROLES.search(head)
    for match in VERB.finditer(text, base.end()):
        previous_member_end = max(text.rfind('\n    }', 0, match.start()), base.end())
        method_roles = ROLES.search(text[previous_member_end:match.start()]) or class_roles
        path = (base.group(1) or '') + (match.group(2) or '')
        if path == '/api/admin/login':
            who = 'public (the sign-in itself)'
        elif method_roles is None:
            who = 'public' if not path.startswith('/api/admin') else 'refused (no @RequiresRole)'
        else:
            names = [r.strip().split('.')[-1] for r in (method_roles.group(1) or '').split(',') if r.strip()]
            who = ', '.join(names) if names else 'any signed-in admin user'
        rows.append((path or '/', match.group(1).upper(), who, source.stem))

print('| method | path | who | controller |')
print('| --- | --- | --- | --- |')
for path, verb, who, controller in sorted(rows):
    print(f'| {verb} | `{path}` | {who} | {controller} |')
