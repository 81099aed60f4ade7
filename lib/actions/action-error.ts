/**
 * A failure whose message is meant for the person (German, no internals). Its own module,
 * so code outside Next (the collaboration server, scripts) can use it without the session code.
 */
export class ActionError extends Error {
  constructor(message: string, readonly fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = 'ActionError';
  }
}
