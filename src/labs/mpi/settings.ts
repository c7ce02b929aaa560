/**
 * Settings of the message-passing lab: which lesson program to start from (a select over
 * {@link LESSON_PROGRAMS}) and how many ranks to start (`mpirun -np`, a whole number up to
 * MAX_RANKS of src/params/limits.ts). The program text in the editor is not a setting: a link
 * reproduces the lesson's program, not a learner's edits. Lab link:
 * `#/lab/mpi?program=bcast&ranks=8&autorun=1`.
 *
 * Pure: any thread, and Node.
 */
import { MAX_RANKS } from '../../params/limits.ts';
import { choice, wholeNumber } from '../../params/parse.ts';
import { isProgramId, LESSON_PROGRAMS, type ProgramId } from './programs.ts';
import { parseFields, type LabSettings, type RawSettings } from '../kit/settings.ts';

/** Field names of the message-passing lab. */
export type MpiField = 'program' | 'ranks';

/** Validated settings of the message-passing lab. */
export interface MpiParams {
  program: ProgramId;
  /** Ranks to start (integer in [1, MAX_RANKS]). */
  ranks: number;
}

const PROGRAM_IDS = Object.keys(LESSON_PROGRAMS) as [ProgramId, ...ProgramId[]];

const schemas = {
  program: choice(PROGRAM_IDS, `Unknown program: choose one of ${PROGRAM_IDS.map((id) => `"${id}"`).join(', ')}.`),
  ranks: wholeNumber('the number of ranks', { min: 1, max: MAX_RANKS, tooSmall: 'At least 1 rank.', tooLarge: `At most ${MAX_RANKS} ranks.` }),
};

/** The ranks a program starts with when none are given: its own (the lesson's choice). */
export function programRanks(program: string | undefined): string | undefined {
  return program !== undefined && isProgramId(program.trim()) ? String(LESSON_PROGRAMS[program.trim() as ProgramId].ranks) : undefined;
}

/**
 * Starting text for the lab from what a lesson tag or link gave: a program without ranks takes
 * the program's own rank count (so `#/lab/mpi?program=deadlock` starts 2 ranks, as the lesson does).
 */
export function mpiInitial(initial: Partial<RawSettings<MpiField>> | undefined): Partial<RawSettings<MpiField>> {
  const ranks = initial?.ranks ?? programRanks(initial?.program);
  return { ...initial, ...(ranks !== undefined ? { ranks } : {}) };
}

/** The message-passing lab's settings. */
export const mpiSettings: LabSettings<MpiField, MpiParams> = {
  fields: [
    {
      name: 'program',
      label: 'Program',
      help: 'A program of the lesson; choosing one replaces the code in the editor.',
      kind: 'select',
      options: PROGRAM_IDS.map((id) => ({ value: id, label: LESSON_PROGRAMS[id].title })),
    },
    { name: 'ranks', label: 'Ranks (mpirun -np)', help: `Workers started, one per rank (1 to ${MAX_RANKS}).` },
  ],
  defaults: () => ({ program: 'hello', ranks: String(LESSON_PROGRAMS.hello.ranks) }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, schemas);
    return ok ? { params: { program: values.program!, ranks: values.ranks! }, errors } : { params: null, errors };
  },
};
