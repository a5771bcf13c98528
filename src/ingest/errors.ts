/**
 * A problem with one input (a file, a feed item, a JSON line): reported as one
 * line naming the input and the reason, never as a stack trace.
 */
export class InputError extends Error {
  readonly input: string;
  readonly reason: string;

  constructor(input: string, reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
    this.input = input;
    this.reason = reason;
  }
}
