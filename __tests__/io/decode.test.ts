import { decodeChunks, type DecodeResult } from '../../src/io/decode';

async function decode(chunks: Uint8Array[]): Promise<{ text: string; result: DecodeResult }> {
  const result: DecodeResult = { encoding: 'utf-8', detected: false };
  async function* source() {
    yield* chunks;
  }
  let text = '';
  for await (const part of decodeChunks('x.csv', source(), null, result)) text += part;
  return { text, result };
}

describe('encoding detection', () => {
  it('finds Windows-1252 when the first byte above ASCII is blocks into the file (the 1918-2017 series: YNYS MÔN)', async () => {
    const ascii = new TextEncoder().encode('constituency,election\nABERAVON,2017\n');
    const { text, result } = await decode([ascii, ascii, Uint8Array.from([...new TextEncoder().encode('YNYS M'), 0xd4, 0x4e, 0x0a])]);
    expect(result).toEqual({ encoding: 'windows-1252', detected: true });
    expect(text.endsWith('YNYS MÔN\n')).toBe(true);
  });

  it('keeps UTF-8 when the first multi-byte character comes after an ASCII block', async () => {
    const { text, result } = await decode([new TextEncoder().encode('a,b\n'), new TextEncoder().encode('Sinn Féin,1\n')]);
    expect(result.encoding).toBe('utf-8');
    expect(text).toBe('a,b\nSinn Féin,1\n');
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const { text } = await decode([Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0a])]);
    expect(text).toBe('a\n');
  });
});
