/**
 * Settings of the message-passing lab: which lesson program to start from (a select over
 * {@link LESSON_PROGRAMS}) and how many ranks to start (`mpirun -np`, a whole number up to
 * MAX_RANKS of src/params/limits.ts). The program text in the editor is not a setting: a link
 * reproduces the lesson's program, not a learner's edits. For programs that call `reduce` or
 * `allreduce`, a third field chooses the order in which they combine (`order=rank` or
 * `order=tree`, see src/mpi/collectives.ts); other programs' links leave it out. Lab link:
 * `#/lab/mpi?program=bcast&ranks=8&autorun=1`, `#/lab/mpi?program=integrate-reduce&ranks=7&order=tree`.
 *
 * Pure: any thread, and Node.
 */
import { MAX_RANKS } from '../../params/limits.ts';
import { choice, wholeNumber } from '../../params/parse.ts';
import { isProgramId, LESSON_PROGRAMS, type ProgramId } from './programs.ts';
import { parseFields, type LabSettings, type RawSettings } from '../kit/settings.ts';
import type { ReduceOrder } from '../../mpi/constants.ts';

/** Field names of the message-passing lab. */
export type MpiField = 'program' | 'ranks' | 'order';

/** Validated settings of the message-passing lab. */
export interface MpiParams {
  program: ProgramId;
  /** Ranks to start (integer in [1, MAX_RANKS]). */
  ranks: number;
  /** Order of the program's `reduce`/`allreduce` calls ('rank' unless the program calls one and the field says 'tree'). */
  order: ReduceOrder;
}

/**
 * True if the lesson program `program` calls the communicator's `reduce` or `allreduce` (then the
 * order field is shown); an array's own `.reduce(...)` does not count.
 */
export function programReduces(program: string): boolean {
  const id = program.trim();
  return isProgramId(id) && /\bcomm\.(all)?reduce\(/.test(LESSON_PROGRAMS[id].source);
}

const PROGRAM_IDS = Object.keys(LESSON_PROGRAMS) as [ProgramId, ...ProgramId[]];

const schemas = {
  program: choice(PROGRAM_IDS, `Unknown program: choose one of ${PROGRAM_IDS.map((id) => `"${id}"`).join(', ')}.`),
  order: choice(['rank', 'tree'], 'Unknown order: choose "rank" or "tree".'),
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
    {
      name: 'order',
      label: 'Reduction order',
      help: 'How reduce and allreduce combine the ranks’ values. The floating-point result can change in the last digits.',
      kind: 'select',
      options: [
        { value: 'rank', label: 'Rank order: ((p0 + p1) + p2) + p3' },
        { value: 'tree', label: 'Tree, as mpi4py: (p0 + p1) + (p2 + p3)' },
      ],
      when: (raw) => programReduces(raw.program),
    },
  ],
  defaults: () => ({ program: 'hello', ranks: String(LESSON_PROGRAMS.hello.ranks), order: 'rank' }),
  validate: (raw) => {
    const shown = programReduces(raw.program);
    const { values, errors, ok } = parseFields(raw, { ...schemas, order: shown ? schemas.order : undefined });
    return ok ? { params: { program: values.program!, ranks: values.ranks!, order: shown ? values.order! : 'rank' }, errors } : { params: null, errors };
  },
};
