#!/usr/bin/env python3
"""Fails when a visible string has no zh_CN translation.

Runs lupdate over the sources into a scratch copy of each .ts file (so strings added to the code
but not yet to the .ts count), then lists every message that is unfinished or empty.
usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source = sys.argv[1], Path(sys.argv[2])
failures = 0
for ts in sys.argv[3:]:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / Path(ts).name
        shutil.copy(ts, scratch)
        subprocess.run([lupdate, '-no-obsolete', '-locations', 'none', '-source-language', 'en',
                        '-target-language', 'zh_CN', str(source / 'modules'), str(source / 'app'), '-ts', str(scratch)],
                       check=True, stdout=subprocess.DEVNULL)
        root = ET.parse(scratch).getroot()
        total = 0
        for context in root.iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                total += 1
                translation = message.find('translation')
                forms = translation.findall('numerusform') if message.get('numerus') == 'yes' else [translation]
                if translation.get('type') == 'unfinished' or not all((f.text or '').strip() for f in forms):
                    failures += 1
                    print(f'{Path(ts).name}: {name}: untranslated: {message.findtext("source")!r}')
        print(f'{Path(ts).name}: {total} messages checked')
print(f'{failures} untranslated')
sys.exit(1 if failures else 0)
