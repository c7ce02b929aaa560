/**
 * The `main()` of the cluster export's mpi4py programs, as Python source: the message-passing
 * lab's "2D integration with reduce" and "Monte Carlo pi with gather" as the courses write them
 * with mpi4py, run once on every rank of `mpirun -n <ranks>` (or `srun`). Each rank prints what
 * the lab's program prints; rank 0 also times the whole program between two barriers with
 * `MPI.Wtime()` and writes the results file in the lab kit's format: one timed run, as the lab
 * exports its run, and a row per rank with what the rank printed.
 *
 * The digits are the browser's: the rows split as `blockRows` splits them and the partial
 * integrals combined on rank 0 in rank order (ORDER = "rank": gather, then add as the lab adds) or
 * by mpi4py's own `comm.reduce` (ORDER = "tree", the lab's `order=tree`); the darts of rank r come
 * from stream r of the xoshiro128** port, so the counts are the browser's.
 *
 * Pure: any thread, and Node.
 */

/** The end of both programs: every rank's printed lines to rank 0, which writes the results. */
const REPORT = `
def report(args, comm, printed, elapsed_ms, value):
    """Rank 0 writes the results file: the one timed run and what every rank printed."""
    everything = comm.gather(printed, root=0)
    if comm.Get_rank() != 0:
        return
    size = comm.Get_size()
    runs = [{"series": PROGRAM, "workers": size, "repeat": 0, "ms": elapsed_ms, "value": value}]
    summary = [{"rank": r, "state": "done", "output": "\\n".join(lines)} for r, lines in enumerate(everything)]
    write_results(args, size, runs, summary)


def say(printed, text):
    """print() that also keeps the line for the results file."""
    printed.append(text)
    print(text, flush=True)
`;

/** main() of "2D integration with reduce". */
export const MPI_INTEGRATE_MAIN = `${REPORT}

def main():
    args = parse_args()
    comm = MPI.COMM_WORLD
    rank, size = comm.Get_rank(), comm.Get_size()
    printed = []
    comm.Barrier()
    start = MPI.Wtime()
    begin, end = block_rows(N, size, rank)
    part = midpoint_sum(N, begin, end)
    say(printed, f"rows [{begin}, {end}): partial integral {part:.6e}")
    if ORDER == "tree":
        # mpi4py's reduce: the order of the additions is mpi4py's (the lab's order=tree).
        integral = comm.reduce(part, op=MPI.SUM, root=0)
    else:
        # The lab's default order: the partial integrals added in rank order on rank 0.
        parts = comm.gather(part, root=0)
        integral = combine(parts) if rank == 0 else None
    comm.Barrier()
    elapsed_ms = (MPI.Wtime() - start) * 1000
    if rank == 0:
        say(printed, f"Integral value is {integral:.6e}, error is {abs(integral):.6e}")
        say(printed, f"Time spent: {elapsed_ms / 1000:.2f} s")
    report(args, comm, printed, elapsed_ms, integral)


if __name__ == "__main__":
    main()
`;

/** main() of "Monte Carlo pi with gather". */
export const MPI_PI_MAIN = `${REPORT}

def main():
    args = parse_args()
    comm = MPI.COMM_WORLD
    rank, size = comm.Get_rank(), comm.Get_size()
    printed = []
    base, extra = divmod(N, size)
    my_darts = base + (1 if rank < extra else 0)
    comm.Barrier()
    start = MPI.Wtime()
    _, inside = sample(my_darts, SEED, rank)   # stream = rank
    say(printed, f"before gather: rank {rank}, inside: {inside}")
    counts = comm.gather(inside, root=0)
    say(printed, f"after gather: rank {rank}, inside: {counts}")
    comm.Barrier()
    elapsed_ms = (MPI.Wtime() - start) * 1000
    estimate = None
    if rank == 0:
        estimate = 4 * sum(counts) / N
        say(printed, f"darts: {N}, estimate: {estimate}, time on rank 0: {elapsed_ms / 1000:.2f} s")
    report(args, comm, printed, elapsed_ms, estimate)


if __name__ == "__main__":
    main()
`;
