import Foundation
import Testing
import BlotterIO
import BlotterTestSupport

@Suite struct LineWriterTests {
    @Test func aRegularFileIsCutAndWrittenInPlace() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("sub/out.jsonl").path
        let first = try LineWriter(path: path)
        try first.writeLine(String(repeating: "x", count: 100))
        try first.close()
        let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        let second = try LineWriter(path: path)
        #expect(second.kind == .regularFile)
        try second.writeLine("short")
        try second.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "short\n")
        // The same file, not a new one put in its place.
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode)
    }

    @Test func devicesAreStreams() throws {
        #expect(try LineWriter.kind(of: "/dev/null").get() == .stream)
        #expect(try LineWriter.kind(of: "-").get() == .stream)
        #expect(try LineWriter.kind(of: "/no/such/file").get() == .regularFile)
        #expect(throws: SinkError.self) { try LineWriter.kind(of: NSTemporaryDirectory()).get() }
        let writer = try LineWriter(path: "/dev/null", appendingAt: 10)
        #expect(writer.kind == .stream)
        try writer.writeLine("gone")
        try writer.close()
    }

    @Test func unitsAreCountedOnlyWhenWritten() throws {
        let writer = try LineWriter(path: "/dev/full")
        try writer.writeLine("a record")
        writer.endUnit()
        #expect(writer.unitsWritten == 0)
        #expect(throws: SinkError.self) { try writer.flush() }
        #expect(writer.unitsWritten == 0)
        do {
            try writer.writeLine("another")
            Issue.record("a writer that failed must keep failing")
        } catch {
            #expect(error.message.hasPrefix("/dev/full: cannot write: "))
        }

        let path = try TestPaths.temporaryDirectory().appendingPathComponent("u.jsonl").path
        let good = try LineWriter(path: path)
        for index in 0..<3 {
            try good.writeLine("record \(index)")
            good.endUnit()
        }
        try good.close()
        #expect(good.unitsWritten == 3)
    }
}
