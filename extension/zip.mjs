// A minimal ZIP writer (deflate, no extras): enough for a store upload of a few files.
// Hand-written because no zip package is a dependency and Node's zlib already does the work
// (deflateRawSync and crc32); the format is PKWARE's APPNOTE, sections 4.3.7, 4.3.12, 4.3.16.
import { crc32, deflateRawSync } from 'node:zlib'

/** A zeroed record of `size` bytes that starts with its signature. */
function header(signature, size) {
  const b = Buffer.alloc(size)
  b.writeUInt32LE(signature, 0)
  return b
}

/** @param {{ name: string, data: Buffer }[]} files  @returns {Buffer} */
export function zip(files) {
  const locals = []
  const centrals = []
  let offset = 0
  // 1980-01-01 00:00: a fixed time keeps the zip byte-for-byte reproducible.
  const DOS_TIME = 0
  const DOS_DATE = (0 << 9) | (1 << 5) | 1
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8')
    const packed = deflateRawSync(data, { level: 9 })
    const crc = crc32(data)
    // The local and central records hold the same fields, the central one two bytes further on.
    const entry = (record, at) => {
      record.writeUInt16LE(20, at) // version needed: 2.0 (deflate)
      record.writeUInt16LE(0x0800, at + 2) // flag: names are UTF-8
      record.writeUInt16LE(8, at + 4) // method: deflate
      record.writeUInt16LE(DOS_TIME, at + 6)
      record.writeUInt16LE(DOS_DATE, at + 8)
      record.writeUInt32LE(crc, at + 10)
      record.writeUInt32LE(packed.length, at + 14)
      record.writeUInt32LE(data.length, at + 18)
      record.writeUInt16LE(nameBytes.length, at + 22)
      return record
    }
    const local = entry(header(0x04034b50, 30), 4)
    locals.push(local, nameBytes, packed)

    const central = entry(header(0x02014b50, 46), 6)
    central.writeUInt16LE(20, 4) // version made by
    central.writeUInt32LE(offset, 42)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
