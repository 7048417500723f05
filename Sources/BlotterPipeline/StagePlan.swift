import BlotterCore

/// Where each stage of a plan runs: `Pipeline` gives every stage its own lanes (see `StageLanes`).
protocol StageScheduler: Sendable {
    func schedule(_ stage: StageName, sequence: Int, _ work: @escaping @Sendable () -> Void)
}

/// One of the valid prefixes of extract → segment → tag, composed once from typed stages. The same
/// composition runs a page on the calling thread (`process`) or stage by stage on a scheduler's queues (`run`).
public struct StagePlan: Sendable {
    /// The stages run, in order.
    public let stages: [StageName]
    private let inline: @Sendable (RawPage) -> Result<Record, DocumentError>
    private let scheduled: @Sendable (RawPage, any StageScheduler, @escaping @Sendable (Result<Record, DocumentError>) -> Void) -> Void

    private init<Last: RecordDocument>(_ chain: StageChain<Last>) {
        stages = chain.stages
        let inline = chain.inline, scheduled = chain.scheduled
        self.inline = { inline($0).map(\.record) }
        self.scheduled = { page, scheduler, done in scheduled(page, scheduler) { done($0.map(\.record)) } }
    }

    /// `--stages extract`: records hold the article, no entities.
    public static func extract(_ extract: ExtractStage) -> StagePlan {
        StagePlan(StageChain(extract))
    }

    /// `--stages extract,segment`: as `extract`, with segmentation errors reported.
    public static func segment(_ extract: ExtractStage, _ segment: SegmentStage) -> StagePlan {
        StagePlan(StageChain(extract).then(segment))
    }

    /// The whole pipeline.
    public static func tag(_ extract: ExtractStage, _ segment: SegmentStage, _ tag: TagStage) -> StagePlan {
        StagePlan(StageChain(extract).then(segment).then(tag))
    }

    /// Every stage on the calling thread.
    public func process(_ page: RawPage) -> Result<Record, DocumentError> { inline(page) }

    /// Every stage where `scheduler` puts it; `done` is called once, from the last stage run.
    func run(_ page: RawPage, on scheduler: any StageScheduler, done: @escaping @Sendable (Result<Record, DocumentError>) -> Void) {
        scheduled(page, scheduler, done)
    }
}

/// Typed stages chained from a raw page to `Output`; a failure skips the stages after it.
private struct StageChain<Output: StagedDocument>: Sendable {
    let stages: [StageName]
    let inline: @Sendable (RawPage) -> Result<Output, DocumentError>
    let scheduled: @Sendable (RawPage, any StageScheduler, @escaping @Sendable (Result<Output, DocumentError>) -> Void) -> Void

    init<First: Stage>(_ first: First) where First.Input == RawPage, First.Output == Output {
        stages = [First.name]
        inline = { first.result($0) }
        scheduled = { page, scheduler, done in
            scheduler.schedule(First.name, sequence: page.sequence) { done(first.result(page)) }
        }
    }

    private init(stages: [StageName], inline: @escaping @Sendable (RawPage) -> Result<Output, DocumentError>,
                 scheduled: @escaping @Sendable (RawPage, any StageScheduler, @escaping @Sendable (Result<Output, DocumentError>) -> Void) -> Void) {
        self.stages = stages
        self.inline = inline
        self.scheduled = scheduled
    }

    func then<Next: Stage>(_ next: Next) -> StageChain<Next.Output> where Next.Input == Output {
        let inline = self.inline, scheduled = self.scheduled
        return StageChain<Next.Output>(
            stages: stages + [Next.name],
            inline: { inline($0).flatMap(next.result) },
            scheduled: { page, scheduler, done in
                scheduled(page, scheduler) { result in
                    switch result {
                    case .failure(let error): done(.failure(error))
                    case .success(let document):
                        scheduler.schedule(Next.name, sequence: page.sequence) { done(next.result(document)) }
                    }
                }
            }
        )
    }
}
