// A minimal ZIP writer (deflate, no encryption, no ZIP64): enough for a WordPress plugin archive, with no
// dependency on a system `zip`.
import {deflateRawSync} from 'node:zlib';

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date, the only timestamps the basic format has. */
function dosDateTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return {time, day};
}

/**
 * Builds a ZIP archive from `entries` ({name, data}), names with forward slashes; a name ending in "/" is a
 * directory. Returns a Buffer.
 */
export function zip(entries, date = new Date()) {
  const {time, day} = dosDateTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const {name, data = Buffer.alloc(0)} of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const directory = name.endsWith('/');
    const compressed = directory ? Buffer.alloc(0) : deflateRawSync(data, {level: 9});
    const crc = directory ? 0 : crc32(data);
    const method = directory ? 0 : 8;

    // Local and central headers share this run of fields; the central one starts it two bytes later.
    // [value, bytes]: version needed (2.0), flags (UTF-8 names), method, time, date, CRC, sizes, name length.
    const fields = [[20, 2], [0x0800, 2], [method, 2], [time, 2], [day, 2], [crc, 4]];
    fields.push([compressed.length, 4], [data.length, 4], [nameBytes.length, 2]);
    const writeFields = (buffer, at) => {
      for (const [value, size] of fields) {
        if (size === 2) buffer.writeUInt16LE(value, at);
        else buffer.writeUInt32LE(value, at);
        at += size;
      }
    };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeFields(local, 4);
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, spec 2.0
    writeFields(central, 6);
    // External attributes: Unix mode in the high half (0755 directories, 0644 files) so unzip keeps them sane.
    central.writeUInt32LE(((directory ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + compressed.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
