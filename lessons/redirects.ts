/**
 * Addresses of lessons that were split or renamed, so that old links keep working:
 * `#/lessons/<old>#<section>` goes to the section's new place, `#/lessons/<old>` (or an unknown
 * section) to `lesson`. Used by the lesson page (src/lessons/registry.ts) and checked by
 * `npm run check:lessons`: every target lesson and section must exist, and no old slug may be a
 * lesson again. Keep the old section ids here for as long as the old links may be out there.
 */
export interface LessonRedirect {
  /** Where the old address goes without a section, or with a section not listed below. */
  lesson: string;
  /** Old section id → its new place, `"<slug>#<id>"`. */
  sections: Readonly<Record<string, string>>;
}

/** Old lesson slug → where its content went. */
export const LESSON_REDIRECTS: Readonly<Record<string, LessonRedirect>> = {
  // Lesson 08 "Message passing" was split into 08 point-to-point and 09 collectives.
  'message-passing': {
    lesson: 'point-to-point',
    sections: {
      'ranks-and-the-communicator': 'point-to-point#ranks-and-the-communicator',
      'hello-world': 'point-to-point#hello-world',
      'point-to-point-send-and-recv': 'point-to-point#point-to-point-send-and-recv',
      'non-blocking-isend-and-irecv': 'point-to-point#non-blocking-isend-and-irecv',
      deadlock: 'point-to-point#deadlock',
      'collectives-bcast-scatter-gather-reduce': 'collectives#collectives-bcast-scatter-gather-reduce',
      'the-2d-integration-with-reduce': 'collectives#the-2d-integration-with-reduce',
      'monte-carlo-pi-with-gather': 'collectives#monte-carlo-pi-with-gather',
      'point-to-point-or-collective-word-autocorrelation': 'collectives#point-to-point-or-collective-word-autocorrelation',
      'message-passing-or-shared-memory': 'collectives#message-passing-or-shared-memory',
      'hybrid-mpi-and-threads': 'collectives#hybrid-mpi-and-threads',
      'exercise-faded-acf': 'collectives#exercise-faded-acf',
    },
  },
};
