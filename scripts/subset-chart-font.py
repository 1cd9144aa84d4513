#!/usr/bin/env python3
"""Build assets/fonts/troika-chart.otf: Noto Sans CJK SC (SIL OFL 1.1, Debian's fonts-noto-cjk)
cut down to Latin, Cyrillic, punctuation and every character written in src/core/trend.ts (the
chart's words in en, id, ru and zh), so the chart renders the same everywhere from a ~100 kB file.

Run after changing the chart's words:  apt-get install fonts-noto-cjk python3-fonttools
                                       /usr/bin/python3 scripts/subset-chart-font.py
"""
import pathlib
from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
SC_INDEX = 2  # Noto Sans CJK SC in the collection

ranges = [(0x20, 0x7E), (0xA0, 0x17F), (0x400, 0x4FF), (0x2010, 0x2027), (0x2030, 0x205E), (0x2190, 0x2193), (0x3000, 0x303F), (0xFF01, 0xFF5E)]
chars = {cp for a, b in ranges for cp in range(a, b + 1)}
chars |= {ord(c) for c in (ROOT / 'src/core/trend.ts').read_text(encoding='utf-8') if ord(c) >= 0x20}

font = TTCollection(SOURCE).fonts[SC_INDEX]
options = subset.Options()
options.layout_features = ['kern', 'liga', 'locl', 'palt', 'vert']
options.name_IDs = ['*']
options.notdef_outline = True
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=sorted(chars))
subsetter.subset(font)
out = ROOT / 'assets/fonts/troika-chart.otf'
font.save(out)
covered = sorted(set(font.getBestCmap().keys()))
(ROOT / 'assets/fonts/troika-chart.chars.txt').write_text(''.join(chr(c) for c in covered if c > 0x7E) + '\n', encoding='utf-8')
print(f'{out.relative_to(ROOT)}: {out.stat().st_size} bytes, {len(covered)} characters')
