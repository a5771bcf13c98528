/**
 * A progress line on stderr with rate and ETA, only when stderr is a terminal:
 * piped or redirected runs get nothing of the kind.
 */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private done = 0;
  private articles = 0;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY) && total > 1;
  }

  /** Counts one input file done, with the articles it gave. */
  tick(articles: number): void {
    this.done++;
    this.articles += articles;
    const now = Date.now();
    if (this.enabled && (now - this.lastDraw > 100 || this.done === this.total)) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Writes a line above the bar (errors) without garbling it. */
  log(line: string): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
    this.stream.write(line + '\n');
    if (this.enabled && this.done > 0) this.draw(Date.now());
  }

  private draw(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / seconds;
    const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0;
    const width = 24;
    const filled = Math.round((width * this.done) / this.total);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.stream.write(
      `\r\x1b[K${bar} ${this.done}/${this.total} files · ${this.articles} articles · ` +
        `${rate.toFixed(1)} files/s · ETA ${formatDuration(eta)}`,
    );
  }

  finish(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  return m < 60
    ? `${m}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
