"""Carry edits from a jupytext percent script into its executed notebook, keeping the stored outputs and the cell
id of every cell whose source did not change (a changed code cell loses its outputs: re-run it with
tools/run_nbs.py). Stable ids keep the exported module, and so the hash that names the shared toy run, unchanged.
Usage: python tools/sync_src.py nbs/_src/01_data.py nbs/01_data.ipynb"""
import sys
import jupytext, nbformat

src, dst = sys.argv[1], sys.argv[2]
new = jupytext.read(src)
old = nbformat.read(dst, as_version=4)
kept = {c.source: c.get('outputs', []) for c in old.cells if c.cell_type == 'code'}
ids = {(c.cell_type, c.source): c.get('id') for c in old.cells}
used = set()
for c in new.cells:
    c.metadata = {}
    i = ids.get((c.cell_type, c.source))
    if i and i not in used: c.id = i
    used.add(c.get('id'))
    if c.cell_type == 'code': c.outputs, c.execution_count = kept.get(c.source, []), None
old.cells = new.cells
nbformat.write(old, dst)
print(f'{dst}: {sum(1 for c in new.cells if c.cell_type == "code" and c.source in kept)} code cells kept their outputs')
