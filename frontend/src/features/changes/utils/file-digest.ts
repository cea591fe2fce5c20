/** Whether this page may use WebCrypto (it needs a secure context: HTTPS or localhost). */
export function canDigest(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';
}

/** The SHA-256 of some bytes as 64 lowercase hex characters, computed locally. */
export async function sha256Hex(data: Blob | BufferSource): Promise<string> {
  // A view rather than the bare buffer: some environments (jsdom) hand out buffers that
  // WebCrypto does not recognise as ArrayBuffers, while views are checked structurally.
  const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Name, size and SHA-256 of a local file: the attachment metadata, without uploading it. */
export async function describeFile(
  file: File,
): Promise<{ name: string; size: number; sha256: string }> {
  return { name: file.name, size: file.size, sha256: await sha256Hex(file) };
}
