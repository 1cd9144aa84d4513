/**
 * Files in the fake Bot API: what users send (documents the bot downloads with getFile) and what
 * the bot uploads (sendDocument / sendPhoto as multipart, or by file_id). Telegram's rules a bot
 * can trip over are kept: getFile refuses files over 20 MB ("file is too big"), file paths are
 * served under /file/bot<token>/<file_path>, an unknown file_id is "wrong file identifier".
 */
import { randomBytes } from 'node:crypto';

/** Largest file a bot may download through the Bot API (Telegram: 20 MB). */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_size: number;
  file_path: string;
  file_name: string;
  mime_type: string;
  data: Buffer;
}

/** An uploaded multipart part, as the body reader hands it over. */
export interface UploadPart {
  filename: string;
  size: number;
  data: Buffer;
}

export const isUploadPart = (v: unknown): v is UploadPart =>
  v !== null && typeof v === 'object' && Buffer.isBuffer((v as { data?: unknown }).data) && typeof (v as { filename?: unknown }).filename === 'string';

export type FileLookupError = 'wrong file identifier' | 'file is too big' | 'there is no document in the request';

/** File storage keyed by file_id and by file_path. */
export function createFileStore() {
  const byId = new Map<string, StoredFile>();
  const byPath = new Map<string, StoredFile>();
  let counter = 0;

  function put(data: Buffer, fileName: string, mimeType: string, folder: 'documents' | 'photos'): StoredFile {
    counter++;
    const id = `BQACAgIAAx${randomBytes(12).toString('base64url')}${counter}`;
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0] ?? '';
    const file: StoredFile = {
      file_id: id,
      file_unique_id: `AgAD${counter.toString(36)}`,
      file_size: data.length,
      file_path: `${folder}/file_${counter}${extension}`,
      file_name: fileName,
      mime_type: mimeType,
      data,
    };
    byId.set(id, file);
    byPath.set(file.file_path, file);
    return file;
  }

  return {
    put,
    get: (fileId: string): StoredFile | undefined => byId.get(fileId),
    byPath: (path: string): StoredFile | undefined => byPath.get(path),
    /**
     * The file an upload parameter names: `attach://<part>` (multipart), a bare multipart part of the
     * same name, or an existing file_id. A URL is not fetched by the fake (no network in tests).
     */
    resolveUpload(params: Record<string, unknown>, field: string, folder: 'documents' | 'photos'): StoredFile | FileLookupError {
      const value = params[field];
      if (isUploadPart(value)) return put(value.data, value.filename, mimeTypeOf(value.filename), folder);
      if (typeof value === 'string' && value.startsWith('attach://')) {
        const part = params[value.slice('attach://'.length)];
        if (isUploadPart(part)) return put(part.data, part.filename, mimeTypeOf(part.filename), folder);
        return 'there is no document in the request';
      }
      if (typeof value === 'string' && value !== '') return byId.get(value) ?? 'wrong file identifier';
      return 'there is no document in the request';
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;

/** Telegram's MIME guess from a file name, for what the fake reports back. */
export function mimeTypeOf(fileName: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known: Record<string, string> = {
    opml: 'text/x-opml', xml: 'application/xml', txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
    json: 'application/json', pdf: 'application/pdf', svg: 'image/svg+xml',
  };
  return (ext && known[ext]) ?? 'application/octet-stream';
}

/** Width and height of a PNG from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
