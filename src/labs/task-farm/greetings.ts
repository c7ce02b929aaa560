/**
 * The greetings of the ADACS workshop's `xargs` example (`greetings.txt`, one per line, each
 * handed to `greet.sh`, which prints "<greeting> to you my friend!" and sleeps 1 s). Pure.
 */
export const GREETINGS: readonly string[] = [
  'Hello', 'Gday', 'Kaya', 'Kiaora', 'Aloha', 'Yassas', 'Konnichiwa', 'Bonjour', 'Hola', 'Ni Hao',
  'Ciao', 'Guten Tag', 'Ola', 'Anyoung haseyo', 'Asalaam alaikum', 'Goddag', 'Shikamoo', 'Namaste', 'Merhaba', 'Shalom',
];

/**
 * Wall time of `tasks` equal tasks of `seconds` each run at most `parallel` at a time with
 * dynamic hand-out: ceil(tasks / parallel) waves (s). 20 one-second greetings take 20 s with
 * `-P 1` and 3 s with `-P 8`.
 */
export function idealFarmSeconds(tasks: number, seconds: number, parallel: number): number {
  if (!Number.isInteger(tasks) || tasks < 0 || !Number.isInteger(parallel) || parallel < 1 || !(seconds >= 0)) {
    throw new RangeError('tasks must be a non-negative integer, parallel a positive integer, seconds >= 0');
  }
  return Math.ceil(tasks / parallel) * seconds;
}
