/**
 * Validation of the exercises beside the lessons, called by `npm run check:lessons`
 * (owned by the exercises feature; this placeholder finds no problems).
 *
 * @param _lessonsDir absolute path of lessons/
 * @returns one message per problem ("file: field: problem")
 */
export function checkExercises(_lessonsDir: string): string[] {
  return [];
}
