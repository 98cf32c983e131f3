// Buffered writing to stdout that respects back-pressure (for large JSON Lines outputs).

export class LineWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream = process.stdout, private readonly limit = 1 << 16) {}

  async write(line: string): Promise<void> {
    this.buf.push(line);
    this.size += line.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
}
