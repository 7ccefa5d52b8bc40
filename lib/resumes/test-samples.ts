import { crc32 } from "node:zlib";

// Small files of each kind, for the upload tests (unit and API). Built here rather than kept as
// binaries, so what each one is stays readable.

/** A zip archive (stored, no compression) holding these entries. */
export function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const RESUME = "Ada Lovelace\nAnalyst, London\nExperience: 1842-1843, notes on the Analytical Engine\n";

export const samples = {
  pdf: text("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  docx: zip({
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  }),
  rtf: text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0 Ada Lovelace\\par}"),
  txtUtf8: text(`${RESUME}Résumé — Ада Лавлейс\n`),
  txtUtf8Bom: new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RESUME)])),
  txtUtf16le: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RESUME, "utf16le")])),
  txtUtf16be: new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(RESUME, "utf16le").swap16()])),
  // "Резюме: Ада" in windows-1251.
  txtCp1251: new Uint8Array([0xd0, 0xe5, 0xe7, 0xfe, 0xec, 0xe5, 0x3a, 0x20, 0xc0, 0xe4, 0xe0, 0x0a]),
  // "MZ", a DOS stub and a PE header: what an .exe starts with.
  exe: new Uint8Array(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0]), Buffer.from("PE\0\0"), Buffer.alloc(64)])),
  html: text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
  svg: text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  plainZip: zip({ "notes.txt": "not a word document" }),
  png: new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)])),
  binary: new Uint8Array([0x41, 0x42, 0x00, 0x01, 0xff, 0x00, 0x43]),
};
