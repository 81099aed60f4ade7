import type { PGlite } from '@electric-sql/pglite';

type Item = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

// Message types after which the one PGlite backend is idle again (unless a
// transaction is open): Sync, simple Query, Terminate, password, and the
// type-less startup/SSL packets (first byte 0).
const exchangeEnds = new Set([0x53, 0x51, 0x58, 0x70, 0x00]);
const syncMessage = new Uint8Array([0x53, 0, 0, 0, 4]);

/**
 * The query queue of the PGlite socket server, fixed for several connections.
 * pglite-socket 0.2 hands PGlite one protocol message at a time and only keeps a
 * connection's turn inside a transaction, so two pg clients' Parse/Bind/Execute
 * messages interleave ("bind message supplies 3 parameters, but prepared
 * statement requires 4"). Here a connection keeps the backend from its first
 * message until its exchange ends (Sync or a simple query) outside a transaction.
 */
export class SessionQueue {
  private queue: Item[] = [];
  private processing = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Verbindung geschlossen'));
      return false;
    });
  }

  /** A connection went away: end whatever it left open so the next one starts clean. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRaw(syncMessage);
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    });
    this.owner = null;
    void this.process();
  }

  private next(): Item | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((item) => item.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        const current = item;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, {
              onRawData: (data) => {
                bytes += data.length;
                current.onData(data);
              },
            }),
          );
          current.resolve(bytes);
        } catch (error) {
          current.reject(error);
        }
        const ended = exchangeEnds.has(current.message[0] ?? 0) && !this.db.isInTransaction();
        this.owner = ended ? null : current.handlerId;
      }
    } finally {
      this.processing = false;
    }
  }
}
