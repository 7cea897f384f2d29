/** A fixed set of connections handed out one request at a time: parallel queries run in parallel. */
export class Pool<T> {
  private readonly idle: T[];
  private readonly waiting: ((item: T) => void)[] = [];

  constructor(items: readonly T[]) {
    this.idle = [...items];
  }

  /** Runs `work` with a connection of its own, waiting for one when all are busy. */
  async use<R>(work: (item: T) => Promise<R>): Promise<R> {
    const item = this.idle.pop() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(item);
    } finally {
      const next = this.waiting.shift();
      if (next) next(item);
      else this.idle.push(item);
    }
  }
}
