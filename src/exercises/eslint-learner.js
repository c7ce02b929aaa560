// ESLint settings for learner code beside the lessons (lessons/*/exercises/*/{starter,solution}.js),
// applied by the root eslint.config.js to every lesson's exercises folder.
import globals from 'globals';

/** Globals the exercise runner gives learner code, and the rules that do not fit a script whose functions are called by the checks. */
export const learnerCodeConfig = [
  {
    files: ['*/starter.js', '*/solution.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.worker, parallelMap: 'readonly', runWorkers: 'readonly', runRanks: 'readonly', mpirun: 'readonly', cores: 'readonly',
        // In scope inside MPI ranks (src/mpi/program.ts).
        kernels: 'readonly', print: 'readonly', MPI: 'readonly', sleep: 'readonly' },
    },
    rules: { '@typescript-eslint/no-unused-vars': 'off', 'no-unused-vars': 'off' },
  },
  // Starters are unfinished on purpose (faded exercises leave blanks such as `____`).
  { files: ['*/starter.js'], rules: { 'no-undef': 'off' } },
];
