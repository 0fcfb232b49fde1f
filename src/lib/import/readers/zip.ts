/**
 * Reads the files of a zip archive (a Word file is one), with Node's own inflate: the central
 * directory lists each entry, its local header says where the data starts.
 */
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive, by name, as bytes. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const files = new Map<string, Uint8Array>();
  for (let k = 0; k < count; k++) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged zip archive (central directory)');
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + size);
    if (method === 0) files.set(name, raw);
    else if (method === 8) files.set(name, inflateRawSync(raw));
    else throw new Error(`zip entry ${name} uses compression method ${method}, which this reader does not know`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
