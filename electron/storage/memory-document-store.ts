import {
  assertDocumentName,
  type DecodeDocument,
  type DocumentStore,
  type OpenedStore,
} from './document-store';

/** Keeps documents as JSON text in memory, so tests see exactly what a file store would persist. */
export class MemoryDocumentStore implements DocumentStore {
  readonly texts = new Map<string, string>();
  writes = 0;

  async open(decode: DecodeDocument): Promise<OpenedStore> {
    const documents = new Map<string, unknown>();
    for (const [name, text] of this.texts) documents.set(name, decode(name, JSON.parse(text)));
    return { documents, notices: [] };
  }

  async write(name: string, data: unknown): Promise<void> {
    assertDocumentName(name);
    this.texts.set(name, JSON.stringify(data));
    this.writes += 1;
  }

  async remove(name: string): Promise<void> {
    this.texts.delete(name);
  }

  async close(): Promise<void> {}
}
