import Foundation

/// Ctrl-C (SIGINT) and SIGTERM while `render` runs notebook commands: the signal is forwarded to the running
/// command's process group, the render waits for it to end, cleans up its staging and scratch folders, and only then
/// ends itself by the same signal.
///
/// Needed because each command line runs in a process group of its own (Foundation's `Process` makes the child a
/// group leader), so the terminal's Ctrl-C reaches `render` alone; before this, `render` died and its command ran on
/// in the background. A real handler, not `SIG_IGN` with a dispatch source: an ignored signal stays ignored in the
/// children, which then could not be interrupted at all, while a handled one is reset to its default by `exec`.
/// The handler only reads and writes three integers and calls `kill`, `signal` and `raise` (async-signal-safe).
/// While no render is running it passes the signal on with its default action. It tracks one running command, the
/// latest started: one render runs one command at a time, and only tests run several renders in one process.
enum RenderInterruption {
    private static let lock = NSLock()
    private static let installed: Bool = {
        signal(SIGINT, renderSignalHandler)
        signal(SIGTERM, renderSignalHandler)
        return true
    }()

    /// Unblocks the two signals on the calling thread: a blocked mask is inherited through `exec`, so a render
    /// started by a program that blocks them (a test runner does) would neither see them nor let its commands.
    private static func unblockSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The signal that interrupted the render, once one has.
    static var interruptingSignal: Int32? { renderSignalReceived == 0 ? nil : renderSignalReceived }

    /// Runs `body` (a render) with the forwarding handler in place.
    static func whileRendering<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        _ = installed
        renderActiveCount += 1
        unblockSignals()
        lock.unlock()
        defer {
            lock.lock()
            renderActiveCount -= 1
            lock.unlock()
        }
        return try body()
    }

    /// Records the running command's process id (its process group's id too); forwards a signal already received.
    static func started(_ pid: pid_t) {
        renderRunningChild = pid
        if renderSignalReceived != 0 { forwardRenderSignal(renderSignalReceived, to: pid) }
    }

    /// Forgets a command that has ended.
    static func ended(_ pid: pid_t) {
        lock.lock()
        if renderRunningChild == pid { renderRunningChild = 0 }
        lock.unlock()
    }

    /// After an interrupted render has cleaned up: ends the process by the signal, as a shell expects of Ctrl-C.
    static func endProcess(by number: Int32) -> Never {
        signal(number, SIG_DFL)
        raise(number)
        exit(128 + number)
    }
}

/// A render stopped by a signal (its command was forwarded the signal and has ended; nothing was written).
struct RenderInterrupted: Error {
    /// The signal.
    var signal: Int32
}

// Plain integers the signal handler may touch (it must not take locks or allocate).
nonisolated(unsafe) private var renderActiveCount: Int32 = 0
nonisolated(unsafe) private var renderRunningChild: pid_t = 0
nonisolated(unsafe) private var renderSignalReceived: Int32 = 0

private func forwardRenderSignal(_ number: Int32, to pid: pid_t) {
    if kill(-pid, number) != 0 { kill(pid, number) }
}

private let renderSignalHandler: @convention(c) (Int32) -> Void = { number in
    guard renderActiveCount > 0 else {
        signal(number, SIG_DFL)
        raise(number)
        return
    }
    if renderSignalReceived == 0 { renderSignalReceived = number }
    let child = renderRunningChild
    if child > 0 { forwardRenderSignal(number, to: child) }
}
