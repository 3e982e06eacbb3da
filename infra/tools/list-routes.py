#!/usr/bin/env python3
"""Writes docs/api.md: the HTTP routes of the backend with the roles that may call them, as a Markdown table.

Reads the controllers' annotations as text; run from the repository root: python3 infra/tools/list-routes.py
"""
import pathlib
import re

VERB = re.compile(r'@(Get|Post|Put|Patch|Delete)(?:\(([^)]*)\)|(?=\s))')
# The path is the annotation's first argument or its value/uris; @Post(consumes = ...) has none (the controller's).
PATH = re.compile(r'^\s*(?:(?:value|uris)\s*=\s*\{?\s*)?"([^"]*)"')
ROLES = re.compile(r'@RequiresRole(?:\(\{?([^)}]*)\}?\))?')

rows = []
for source in sorted(pathlib.Path('backend/src/main/java').rglob('*.java')):
    # comments may mention an annotation ("a method's @RequiresRole adds to …"): only code counts
    text = re.sub(r'/\*.*?\*/|//[^\n]*', lambda m: re.sub(r'[^\n]', ' ', m.group(0)),
                  source.read_text(encoding='utf-8'), flags=re.S)
    base = re.search(r'@Controller(?:\("([^"]*)"\))?', text)
    if not base:
        continue
    declaration = re.search(r'\b(class|interface|record)\s', text[base.end():])
    head = text[:base.end() + (declaration.start() if declaration else 0)]
    class_roles = ROLES.search(head)
    for match in VERB.finditer(text, base.end()):
        previous_member_end = max(text.rfind('\n    }', 0, match.start()), base.end())
        # the method's annotations stand before or after its verb annotation, up to the method's body
        body = re.compile(r'\)\s*(?:throws[^{;]*)?\{\s*\n').search(text, match.end())
        method_roles = ROLES.search(text[previous_member_end:body.start() if body else match.end()]) or class_roles
        own_path = PATH.search(match.group(2) or '')
        path = (base.group(1) or '') + (own_path.group(1) if own_path else '')
        if path == '/api/admin/login':
            who = 'public (the sign-in itself)'
        elif method_roles is None:
            who = 'public' if not path.startswith('/api/admin') else 'refused (no @RequiresRole)'
        else:
            names = [r.strip().split('.')[-1] for r in (method_roles.group(1) or '').split(',') if r.strip()]
            who = ', '.join(names) if names else 'any signed-in admin user'
        rows.append((path or '/', match.group(1).upper(), who, source.stem))

HEADING = '''# HTTP routes

Generated from the controllers with `python3 infra/tools/list-routes.py`: every route, and who may call it.
Admin routes need the `INBRENG_ADMIN` session cookie from `POST /api/admin/login`, and `X-CSRF-Token` on POST, PUT,
PATCH and DELETE (ADR 0005). `../shared/CONTRACT.md` holds the promised part; the rest may still change.

| method | path | who | controller |
| --- | --- | --- | --- |
'''

lines = [f'| {verb} | `{path}` | {who} | {controller} |' for path, verb, who, controller in sorted(rows)]
pathlib.Path('docs/api.md').write_text(HEADING + '\n'.join(lines) + '\n', encoding='utf-8')
print(f'docs/api.md: {len(lines)} routes')
