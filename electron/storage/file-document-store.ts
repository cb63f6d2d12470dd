// PLACEHOLDER — the storage helper replaces this file (same constructor and DocumentStore interface).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { assertDocumentName, type DecodeDocument, type DocumentStore, type OpenedStore } from './document-store';

export interface FileDocumentStoreOptions {
  dir: string;
}

export class FileDocumentStore implements DocumentStore {
  constructor(private readonly options: FileDocumentStoreOptions) {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  }

  async open(decode: DecodeDocument): Promise<OpenedStore> {
    const documents = new Map<string, unknown>();
    for (const file of readdirSync(this.options.dir)) {
      if (!file.endsWith('.json')) continue;
      const name = file.slice(0, -5);
      documents.set(name, decode(name, JSON.parse(readFileSync(join(this.options.dir, file), 'utf8'))));
    }
    return { documents, notices: [] };
  }

  async write(name: string, data: unknown): Promise<void> {
    assertDocumentName(name);
    const target = join(this.options.dir, `${name}.json`);
    const temp = `${target}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify(data), { mode: 0o600 });
    const fd = openSync(temp, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
  }

  async remove(name: string): Promise<void> {
    rmSync(join(this.options.dir, `${name}.json`), { force: true });
  }

  async close(): Promise<void> {}
}
