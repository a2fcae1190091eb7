"""Execute notebooks in place to store their (small) outputs as documentation, then clean them.
Usage: python tools/run_nbs.py nbs/01a_toydata.ipynb ...   (the conta logger is quiet while they run)"""
import os, sys, subprocess
from pathlib import Path
from execnb.shell import CaptureShell

os.environ['CONTA_LOG_LEVEL'] = 'WARNING'
os.environ.setdefault('MPLBACKEND', 'Agg')
import tempfile; os.environ.setdefault('CONTA_CACHE', tempfile.mkdtemp())
def run(nb):
    nb = Path(nb).resolve(); os.chdir(nb.parent)
    CaptureShell().execute(nb, nb, exc_stop=True)
    print('executed', nb.name)

if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--one': run(sys.argv[2]); sys.exit()
    for nb in sys.argv[1:]:  # one process per notebook: no figure or state leaks from one into the next
        subprocess.run([sys.executable, __file__, '--one', nb], check=True)
    subprocess.run(['nbdev_clean'], check=True)
