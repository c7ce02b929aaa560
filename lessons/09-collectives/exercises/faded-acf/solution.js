// Each rank computes the ACFs of its share of the words; rank 0 adds them all up.
// A model solution of the course's "faded" exercise.

async function aveWordAcfP2p(comm, myWords, text, timesteps) {
  const rank = comm.Get_rank();
  const nRanks = comm.Get_size();
  const myAcfs = myWords.map((word) => kernels.wordAcf(word, text, timesteps));
  if (rank === 0) {
    const results = [myAcfs];
    for (let sender = 1; sender < nRanks; sender++) {
      results.push(await comm.recv(sender, 12));
    }
    return kernels.sumAcfs(results.flat(), timesteps);
  } else {
    await comm.send(myAcfs, 0, 12);
  }
}

async function aveWordAcfGather(comm, myWords, text, timesteps) {
  const rank = comm.Get_rank();
  const myAcfs = myWords.map((word) => kernels.wordAcf(word, text, timesteps));
  const results = await comm.gather(myAcfs, 0);
  if (rank === 0) {
    return kernels.sumAcfs(results.flat(), timesteps);
  }
}

// The driver (the course's mpi_acf): split 16 words among the ranks, then collect.
async function rankMain(comm) {
  const text = kernels.generateText(20000);
  const words = kernels.VOCABULARY.slice(0, 16);
  const rank = comm.Get_rank();
  const size = comm.Get_size();
  const begin = Math.trunc((rank * words.length) / size);
  const end = Math.trunc(((rank + 1) * words.length) / size);
  const total = await aveWordAcfP2p(comm, words.slice(begin, end), text, 20);
  if (rank === 0) print('summed ACF, lags 0-4:', Array.from(total.slice(0, 5), (x) => x.toFixed(4)).join(' '));
}

async function main() {
  await mpirun(rankMain, 4);
}
