import { promisify } from 'node:util';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** One file of a zip, as an independent reader (yauzl) sees it. */
export interface ZipEntry {
  readonly name: string;
  /** The Unix mode in the upper 16 bits of the external attributes, e.g. 0o100755. */
  readonly mode: number;
  readonly data: Buffer;
}

const fromBuffer = promisify<Buffer, yauzl.Options, ZipFile>(yauzl.fromBuffer);

/** Reads every file of a zip. */
export async function readZip(zip: Buffer): Promise<ZipEntry[]> {
  const file = await fromBuffer(zip, { lazyEntries: true });
  const entries: ZipEntry[] = [];
  const openReadStream = promisify(file.openReadStream.bind(file));
  await new Promise<void>((resolve, reject) => {
    file.on('error', reject);
    file.on('end', () => resolve());
    file.on('entry', (entry: Entry) => {
      openReadStream(entry)
        .then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(Buffer.from(chunk));
          entries.push({
            name: entry.fileName,
            mode: entry.externalFileAttributes >>> 16,
            data: Buffer.concat(chunks),
          });
          file.readEntry();
        })
        .catch(reject);
    });
    file.readEntry();
  });
  return entries;
}
