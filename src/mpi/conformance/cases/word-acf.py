# Word autocorrelation at the start of the text (issue 17, defect 4). acf[t] counts the positions
# i where both text[i] and text[i + t] are the word, divided by the word's occurrences. The
# course's word_acf starts at the second word (range(1, ...)), so a word at position 0 gets
# acf[0] = (count - 1) / count; this project's kernels.wordAcf starts at the first word (acf[0]
# is 1 for every word that occurs). Both are printed; the words are split among the ranks and
# the ACFs gathered on rank 0.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

TEXT = "the whale and the sea the ship and the whale the storm sea and ship the sea".split()
WORDS = ["the", "whale", "and", "sea", "ship", "storm"]


def word_acf(word, text, timesteps, start=0):
    mask = [w == word for w in text]
    count = sum(mask)
    acf = [0.0] * timesteps
    for t in range(timesteps):
        for i in range(start, len(text) - t):
            acf[t] += mask[i] * mask[i + t]
        acf[t] /= count
    return acf


workload = len(WORDS) / size
mine = WORDS[int(workload * rank) : len(WORDS) if rank == size - 1 else int(workload * (rank + 1))]
acfs = comm.gather([(w, word_acf(w, TEXT, 5), word_acf(w, TEXT, 5, start=1)) for w in mine], root=0)
if rank == 0:
    for batch in acfs:
        for word, ours, course in batch:
            print(f"{word}: from the first word {' '.join(f'{x:.6f}' for x in ours)}")
            print(f"{word}: course, from the second {' '.join(f'{x:.6f}' for x in course)}")
