// Reading an upstream answer into memory, bounded: a declared length is refused up front when too large,
// and filled into one buffer of that size; an undeclared one is collected up to the limit. Either way the
// chunks are the only other copy, and they are released as they are read.

export class BodyTooLarge extends Error {}

export async function readBounded(body: ReadableStream<Uint8Array> | null, declaredLength: string | null, limit: number): Promise<Buffer> {
  if (body === null) return Buffer.alloc(0);
  const declared = declaredLength !== null && /^\d+$/.test(declaredLength) ? Number(declaredLength) : null;
  if (declared !== null && declared > limit) {
    await body.cancel();
    throw new BodyTooLarge(`The Staffbase API answered with ${declared} bytes, more than the proxy's limit of ${limit}`);
  }
  const reader = body.getReader();
  const tooLarge = async () => {
    await reader.cancel();
    return new BodyTooLarge(`The Staffbase API answered with more than the proxy's limit of ${limit} bytes`);
  };
  if (declared !== null) {
    const buffer = Buffer.allocUnsafe(declared);
    let size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (size + chunk.value.byteLength > declared) throw await tooLarge();
      buffer.set(chunk.value, size);
      size += chunk.value.byteLength;
    }
    return buffer.subarray(0, size);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) throw await tooLarge();
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, size);
}
