// Lint settings for learner code (starter.js, solution.js): it runs as a script in the exercise
// runner, where the learner API is global and the checks (not the file) call its functions.
// ESLint 10 looks up the config from each file's folder, so this extends the root config here.
import root from '../../../eslint.config.js';
import { learnerCodeConfig } from '../../../src/exercises/eslint-learner.js';

export default [...root, ...learnerCodeConfig];
