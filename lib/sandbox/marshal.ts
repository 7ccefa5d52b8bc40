/*
 * Python's marshal format, version 2, for the Python box's input and returned values. Python
 * reads and writes it with its built-in `marshal` module, where `json` would import `re`, `enum`
 * and more: a third of the box's start on a busy machine. Version 2 has no back-references, so
 * each value is written out in full.
 */

const NOT_JSON = Symbol("not JSON");

class Writer {
  private chunks: Buffer[] = [];
  byte(code: string) {
    this.chunks.push(Buffer.from(code, "latin1"));
  }
  int32(n: number) {
    const b = Buffer.allocUnsafe(4);
    b.writeInt32LE(n);
    this.chunks.push(b);
  }
  raw(b: Buffer) {
    this.chunks.push(b);
  }
  done(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function writeValue(w: Writer, value: unknown): void {
  if (value === null || value === undefined) return w.byte("N");
  if (value === true) return w.byte("T");
  if (value === false) return w.byte("F");
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff) {
      w.byte("i");
      return w.int32(value);
    }
    if (Number.isInteger(value)) return writeLong(w, BigInt(value));
    const b = Buffer.allocUnsafe(8);
    b.writeDoubleLE(value);
    w.byte("g");
    return w.raw(b);
  }
  if (typeof value === "bigint") return writeLong(w, value);
  if (typeof value === "string") {
    const b = Buffer.from(value, "utf8");
    w.byte("u");
    w.int32(b.length);
    return w.raw(b);
  }
  if (Buffer.isBuffer(value)) {
    w.byte("s");
    w.int32(value.length);
    return w.raw(value);
  }
  if (Array.isArray(value)) {
    w.byte("[");
    w.int32(value.length);
    for (const item of value) writeValue(w, item);
    return;
  }
  if (typeof value === "object") {
    w.byte("{");
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue; // as JSON.stringify leaves it out
      writeValue(w, k);
      writeValue(w, v);
    }
    return w.byte("0");
  }
  throw new TypeError(`cannot marshal a ${typeof value}`);
}

/** An int of any size: sign and count of 15-bit digits, then the digits, least significant first. */
function writeLong(w: Writer, n: bigint) {
  const negative = n < 0n;
  let rest = negative ? -n : n;
  const digits: number[] = [];
  while (rest > 0n) {
    digits.push(Number(rest & 0x7fffn));
    rest >>= 15n;
  }
  w.byte("l");
  w.int32(negative ? -digits.length : digits.length);
  const b = Buffer.allocUnsafe(digits.length * 2);
  digits.forEach((d, i) => b.writeUInt16LE(d, i * 2));
  w.raw(b);
}

/** JSON-like values (and Buffers, as Python bytes) in marshal version 2. */
export function marshalDump(value: unknown): Buffer {
  const w = new Writer();
  writeValue(w, value);
  return w.done();
}

/**
 * A marshalled Python value as the JSON value `json.dumps` would have made of it (tuples become
 * arrays, dict keys strings), or undefined when JSON has no faithful form for it (sets, bytes,
 * NaN, a dict keyed by tuples).
 */
export function marshalLoadJson(data: Buffer): unknown {
  let pos = 0;
  const int32 = () => {
    const n = data.readInt32LE(pos);
    pos += 4;
    return n;
  };
  const read = (): unknown => {
    const code = String.fromCharCode(data[pos++] & 0x7f); // the top bit (FLAG_REF) is never set in version 2
    switch (code) {
      case "N":
        return null;
      case "T":
        return true;
      case "F":
        return false;
      case "i":
        return int32();
      case "l": {
        const size = int32();
        let n = 0n;
        for (let i = Math.abs(size) - 1; i >= 0; i--) n = (n << 15n) | BigInt(data.readUInt16LE(pos + i * 2));
        pos += Math.abs(size) * 2;
        return Number(size < 0 ? -n : n);
      }
      case "g": {
        const f = data.readDoubleLE(pos);
        pos += 8;
        return Number.isFinite(f) ? f : NOT_JSON;
      }
      case "u":
      case "t": {
        const n = int32();
        const s = data.toString("utf8", pos, pos + n);
        pos += n;
        return s;
      }
      case "s": {
        pos += int32();
        return NOT_JSON;
      }
      case "[":
      case "(":
      case "<":
      case ">": {
        const n = int32();
        const items: unknown[] = [];
        for (let i = 0; i < n; i++) items.push(read());
        return code === "[" || code === "(" ? items : NOT_JSON;
      }
      case "{": {
        const out: Record<string, unknown> = {};
        let faithful = true;
        for (;;) {
          if (data[pos] === 0x30) {
            pos++;
            break;
          }
          const key = read();
          const value = read();
          const name = jsonKey(key);
          if (name === undefined) faithful = false;
          else out[name] = value;
        }
        return faithful ? out : NOT_JSON;
      }
      case "y": // complex
        pos += 16;
        return NOT_JSON;
      case ".": // Ellipsis
      case "S": // StopIteration
        return NOT_JSON;
      default:
        throw new Error(`unexpected marshal type ${JSON.stringify(code)} at ${pos - 1}`);
    }
  };
  const value = read();
  return containsNotJson(value) ? undefined : value;
}

/** How json.dumps writes a dict key, or undefined for keys it refuses. */
function jsonKey(key: unknown): string | undefined {
  if (typeof key === "string") return key;
  if (typeof key === "number") return Number.isInteger(key) ? String(key) : JSON.stringify(key);
  if (key === true) return "true";
  if (key === false) return "false";
  if (key === null) return "null";
  return undefined;
}

function containsNotJson(value: unknown): boolean {
  if (value === NOT_JSON) return true;
  if (Array.isArray(value)) return value.some(containsNotJson);
  if (value && typeof value === "object") return Object.values(value).some(containsNotJson);
  return false;
}
