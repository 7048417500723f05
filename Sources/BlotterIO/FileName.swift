import Foundation
import Glibc

/// File names that are not UTF-8. Linux names are bytes; Swift's `String` paths are UTF-8, so a name with a
/// byte such as 0xE9 (a Latin-1 "é") was dropped from a directory walk without being counted, and could not be
/// named on the command line (issue 21). Such a name is shown with each byte that is not UTF-8 written `\xHH`
/// ("caf\xE9.html"); the same spelling, or the raw bytes on the command line, opens the file.
public enum FileName {
    /// A name's bytes as a string: UTF-8 as it is, other bytes as `\xHH`.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let string = String(validating: bytes, as: UTF8.self) { return string }
        var out = ""
        var index = bytes.startIndex
        while index < bytes.endIndex {
            // The longest valid UTF-8 run from here, else one escaped byte.
            var end = bytes.index(after: index)
            var best: (String, Bytes.Index)?
            var length = 1
            while length <= 4, end <= bytes.endIndex {
                if let piece = String(validating: bytes[index..<end], as: UTF8.self) { best = (piece, end); break }
                guard end < bytes.endIndex else { break }
                end = bytes.index(after: end)
                length += 1
            }
            if let (piece, next) = best {
                out += piece
                index = next
            } else {
                let byte = bytes[index]
                out += "\\x" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
                index = bytes.index(after: index)
            }
        }
        return out
    }

    /// The bytes to hand the kernel for a path: the path's UTF-8 when that names a file (or holds no `\xHH`),
    /// else the path with its `\xHH` escapes turned back into bytes.
    public static func bytes(_ path: String) -> [UInt8] {
        let literal = Array(path.utf8)
        guard path.contains("\\x") else { return literal }
        var status = stat()
        if withCString(literal, { lstat($0, &status) }) == 0 { return literal }
        var out: [UInt8] = []
        var index = 0
        while index < literal.count {
            if literal[index] == 0x5C, index + 3 < literal.count, literal[index + 1] == 0x78,
               let high = hexValue(literal[index + 2]), let low = hexValue(literal[index + 3]) {
                out.append(high << 4 | low)
                index += 4
            } else {
                out.append(literal[index])
                index += 1
            }
        }
        return out
    }

    /// Whether the path names something, and whether that is a directory (symbolic links followed).
    public static func kind(_ path: String) -> (exists: Bool, isDirectory: Bool) {
        var status = stat()
        guard withCString(bytes(path), { stat($0, &status) }) == 0 else { return (false, false) }
        return (true, (status.st_mode & S_IFMT) == S_IFDIR)
    }

    /// The file's size in bytes, nil when it cannot be read.
    static func size(_ path: String) -> Int? {
        var status = stat()
        guard withCString(bytes(path), { stat($0, &status) }) == 0 else { return nil }
        return Int(status.st_size)
    }

    /// Opens the file for reading (nil when it cannot be opened).
    static func openForReading(_ path: String) -> FileHandle? {
        let descriptor = withCString(bytes(path)) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The whole file.
    static func read(_ path: String) throws -> [UInt8] {
        guard let handle = openForReading(path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? handle.close() }
        return [UInt8](try handle.readToEnd() ?? Data())
    }

    /// The names in a directory (not "." and ".."), decoded with `decode`.
    static func contents(ofDirectory path: String) throws -> [String] {
        guard let directory = withCString(bytes(path), { opendir($0) }) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(decode(name))
        }
        return names
    }

    /// The command line's arguments (without the program), each decoded with `decode`: Swift's
    /// `CommandLine.arguments` replaces bytes that are not UTF-8 by U+FFFD, which names no file.
    public static func commandLineArguments() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            let length = strlen(argument)
            return argument.withMemoryRebound(to: UInt8.self, capacity: length) { decode(UnsafeBufferPointer(start: $0, count: length)) }
        }
    }

    private static func withCString<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        let cString = bytes.map { CChar(bitPattern: $0) } + [0]
        return body(cString)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
