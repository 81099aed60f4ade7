/**
 * Runs a command-line script: prints a failure as one readable message (the stack
 * only with DEBUG set) and exits explicitly, because the WASM schema engine leaves
 * a timer behind that would otherwise hold the process open for seconds.
 */
export function runScript(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`Fehler: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
