/**
 * The exercises of a lesson, rendered at the end of the lesson page (owned by the exercises
 * feature; this placeholder renders nothing until exercises exist).
 */
export function LessonExercises(_props: { dir: string }) {
  return null;
}
