"""Runs conformance cases one after another in one MPI job, so a test starts mpirun once per
number of ranks instead of once per case, with each rank's output in a file of its own:

    mpirun -np 4 python3 -m mpi4py run_cases.py OUT_DIR cases/a.py cases/b.py

Rank r writes OUT_DIR/rank-r.txt: for each case a marker line "@@case <path>", then the lines the
case printed, in order. (mpirun's own output forwarding interleaves the ranks' output, even
within lines, so it cannot be split reliably.) A barrier separates the cases. Each case file is
a standalone mpi4py program and runs as if started as the main program.
"""
import os
import runpy
import sys

from mpi4py import MPI

out_dir, cases = sys.argv[1], sys.argv[2:]
rank = MPI.COMM_WORLD.Get_rank()
with open(os.path.join(out_dir, f"rank-{rank}.txt"), "w", encoding="utf-8") as out:
    sys.stdout = out
    for path in cases:
        MPI.COMM_WORLD.Barrier()
        print(f"@@case {path}", flush=True)
        runpy.run_path(path, run_name="__main__")
        out.flush()
    MPI.COMM_WORLD.Barrier()
    sys.stdout = sys.__stdout__
