import type { ImportPreview } from '@kassa/api';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../shared/api';
import { readFileAsBase64 } from './file-base64';

/** How a CSV separates its fields. */
export type Delimiter = NonNullable<ImportPreview['delimiter']>;

/** The picked file, as the import routes take it. */
export type ImportFile = { readonly name: string; readonly content: string };

export type ImportFileState = {
  readonly file: ImportFile | null;
  readonly preview: ImportPreview | null;
  /** The delimiter the user chose; undefined while the server's guess stands. */
  readonly delimiter: Delimiter | undefined;
  /** The name of the file being read, or null. */
  readonly reading: string | null;
  readonly error: unknown;
  /** Reads a picked file and asks the server how it reads it; resolves true when it could. */
  readonly pick: (file: File) => Promise<boolean>;
  /** Reads the same file again with another delimiter. */
  readonly reread: (delimiter: Delimiter) => Promise<void>;
};

/** The file of the import wizard and the server's preview of it. */
export function useImportFile(): ImportFileState {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [delimiter, setDelimiter] = useState<Delimiter | undefined>(undefined);
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A file picked while another is still being read wins: the older answer is dropped.
  const latest = useRef(0);

  const read = useCallback(async (next: ImportFile, chosen: Delimiter | undefined) => {
    const request = ++latest.current;
    setReading(next.name);
    setError(null);
    try {
      const answer = await api.call('previewImport', {
        body: {
          fileName: next.name.slice(0, 200),
          content: next.content,
          ...(chosen ? { delimiter: chosen } : {}),
        },
      });
      if (request !== latest.current) return false;
      setFile(next);
      setPreview(answer);
      setDelimiter(chosen);
      return true;
    } catch (failure) {
      if (request === latest.current) setError(failure);
      return false;
    } finally {
      if (request === latest.current) setReading(null);
    }
  }, []);

  const pick = useCallback(
    async (picked: File) => {
      setReading(picked.name);
      setError(null);
      let content: string;
      try {
        content = await readFileAsBase64(picked);
      } catch (failure) {
        setReading(null);
        setError(failure);
        return false;
      }
      return read({ name: picked.name, content }, undefined);
    },
    [read],
  );

  const reread = useCallback(
    async (chosen: Delimiter) => {
      if (file) await read(file, chosen);
    },
    [file, read],
  );

  return { file, preview, delimiter, reading, error, pick, reread };
}
