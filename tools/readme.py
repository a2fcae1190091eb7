"""Write README.md from nbs/index.ipynb (quarto is not available: hidden cells and directives are dropped,
the rest converted by nbconvert). `--check` exits 1 when README.md is out of date."""
import sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

root = Path(__file__).resolve().parents[1]

def render() -> str:
    nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
    keep = []
    for c in nb.cells:
        lines = c.source.splitlines()
        directives = [l for l in lines if l.startswith('#|')]
        if any(d.replace(' ', '') in ('#|hide', '#|exporti', '#|export') for d in directives): continue
        c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
        if c.source: keep.append(c)
    nb.cells = keep
    body, _ = MarkdownExporter().from_notebook_node(nb)
    title, *rest = body.strip().split('\n', 1)
    body = (rest[0] if rest else '').replace('](images/', '](nbs/images/')   # pictures live next to the notebooks
    return '<!-- generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file -->\n' + title + '\n' + body + '\n'

if __name__ == '__main__':
    text, path = render(), root/'README.md'
    if '--check' in sys.argv:
        if path.read_text() != text: sys.exit('README.md is out of date: run python tools/readme.py')
    else: path.write_text(text)
