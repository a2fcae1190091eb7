"""Execute notebooks in place to store their (small) outputs as documentation, then clean them.
Usage: python tools/run_nbs.py nbs/01a_toydata.ipynb ...   (the conta logger is quiet while they run)
Cells flagged cuda or multigpu are skipped (RUN_NBS_SKIP='...' to choose others); every other cell runs, slow and bench included."""
import os, sys, subprocess
from pathlib import Path
from execnb.shell import CaptureShell

os.environ['CONTA_LOG_LEVEL'] = 'WARNING'
os.environ.setdefault('MPLBACKEND', 'Agg')
if 'CONTA_CACHE' not in os.environ:   # one label cache for all the notebooks, removed when this run ends
    from conta.core import scratch_dir; os.environ['CONTA_CACHE'] = str(scratch_dir())
SKIP = set(os.environ.get('RUN_NBS_SKIP', 'cuda multigpu').split())  # flagged cells left unexecuted (no GPU here)

def _skip(cell):
    if cell.cell_type != 'code': return False
    flags = {w for line in cell.source.splitlines() if line.startswith('#|') for w in line[2:].split()}
    return bool(flags & SKIP)

def run(nb):
    nb = Path(nb).resolve(); os.chdir(nb.parent)
    CaptureShell().execute(nb, nb, exc_stop=True, preproc=_skip)
    print('executed', nb.name)

if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--one': run(sys.argv[2]); sys.exit()
    for nb in sys.argv[1:]:  # one process per notebook: no figure or state leaks from one into the next
        subprocess.run([sys.executable, __file__, '--one', nb], check=True)
    subprocess.run(['nbdev_clean'], check=True)
