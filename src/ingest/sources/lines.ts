/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a
 * longer line is skipped to its end and reported by its number, so that a 1 GB line costs nothing.
 */
export type Line = { number: number; text: string } | { number: number; tooLong: true };

export async function* splitLines(stream: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  let overflow = false;
  const finish = (): Line => {
    const line: Line = overflow ? { number, tooLong: true } : { number, text: Buffer.concat(parts, size).toString('utf8') };
    parts = [];
    size = 0;
    overflow = false;
    number++;
    return line;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!overflow) {
        if (size + (end - start) > maxLineBytes) {
          overflow = true;
          parts = [];
        } else if (end > start) {
          parts.push(chunk.subarray(start, end));
          size += end - start;
        }
      }
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (size > 0 || overflow) yield finish();
}
