"""Run only the cells of some notebooks that carry a test flag, on a machine without nbdev (a lent GPU box).
Usage: python tools/run_flagged.py FLAG NB.ipynb [NB.ipynb ...] [--outputs FILE.json]
The flagged cells must be self-contained (their own imports); each notebook's cells share one namespace.
Prints each cell's output; with --outputs, writes {notebook: {cell id: {source, text}}}.
python tools/run_flagged.py --store FILE.json  stores those texts as the cells' outputs where a notebook
cell still has the same source (then run nbdev_clean). Exits 1 at the first failing cell."""
import contextlib, io, json, sys, time, traceback
from pathlib import Path

def flags(src:str)->set:
    return {w for line in src.splitlines() if line.startswith('#|') for w in line[2:].split()}

def store(path):
    for nb, cells in json.loads(Path(path).read_text()).items():
        d = json.loads(Path(nb).read_text()); n = 0
        by_src = {v['source']: v['text'] for v in cells.values()}
        for c in d['cells']:
            if c['cell_type'] == 'code' and ''.join(c['source']) in by_src:
                c['outputs'] = [{'name': 'stdout', 'output_type': 'stream', 'text': by_src[''.join(c['source'])].splitlines(keepends=True)}]; n += 1
        Path(nb).write_text(json.dumps(d, indent=1, ensure_ascii=False) + '\n')
        print(f'{nb}: stored the output of {n} of {len(cells)} cells')
    return 0

def main(argv):
    if argv[:1] == ['--store']: return store(argv[1])
    out_file = None
    if '--outputs' in argv:
        k = argv.index('--outputs'); out_file = argv[k + 1]; argv = argv[:k] + argv[k + 2:]
    if len(argv) < 2: sys.exit(__doc__)
    flag, nbs = argv[0], argv[1:]
    got, rc = {}, 0
    for nb in nbs:
        cells = [c for c in json.loads(Path(nb).read_text())['cells']
                 if c['cell_type'] == 'code' and flag in flags(''.join(c['source']))]
        if not cells: print(f'--- {nb}: no cell flagged {flag}', flush=True)
        ns = {'__name__': '__main__'}
        for c in cells:
            buf, t0 = io.StringIO(), time.perf_counter()
            try:
                with contextlib.redirect_stdout(buf): exec(compile(''.join(c['source']), f'{nb}:{c.get("id")}', 'exec'), ns)
            except Exception:
                rc = 1; buf.write(traceback.format_exc())
            text = buf.getvalue()
            print(f'--- {nb} cell {c.get("id")} ({time.perf_counter() - t0:.1f} s)\n{text}', flush=True)
            got.setdefault(nb, {})[c.get('id')] = {'source': ''.join(c['source']), 'text': text}
            if rc: break
        if rc: break
    if out_file: Path(out_file).write_text(json.dumps(got, indent=1))
    return rc

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
