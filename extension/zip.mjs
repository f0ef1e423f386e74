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
    const local = header(0x04034b50, 30)
    local.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6) // flag: names are UTF-8
    local.writeUInt16LE(8, 8) // method: deflate
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    locals.push(local, nameBytes, packed)

    const central = header(0x02014b50, 46)
    central.writeUInt16LE(20, 4) // version made by
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(DOS_TIME, 12)
    central.writeUInt16LE(DOS_DATE, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
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
