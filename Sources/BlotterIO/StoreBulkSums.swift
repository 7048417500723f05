import BlotterCore

/// The aggregate tables of a bulk load, summed in memory while the documents stream in (`SQLiteSink` in bulk mode)
/// and written once, in key order, when the run ends (`write`), instead of being counted from the entities by
/// `StoreBulkLoad.buildStatements`. Each document's contribution is the row-by-row path's
/// (`StoreAggregates.Contribution`); an upsert inside the run subtracts the stored version's contribution first, so
/// the sums stay exact.
///
/// Keys are compact: entities, months, roles and (kind, unit) get local 32-bit numbers in order of first sight, and a
/// table's key is one or two of them packed in a `UInt64` (a pair: the two entities, the first in binary order of
/// (type, canonical)). The pair map is the large part: ~7 distinct pairs per document of the synthetic archive. Past
/// `pairLimit` pairs the sums are dropped (`isValid` false) and the run ends with the SQL build, as before.
final class StoreBulkSums {
    /// The pair map's bound. 1,000,000 synthetic documents (2026-12-06): 5.32 M pairs (with 1.71 M entity-months and
    /// 1.83 M figure keys), peak RSS 818 MiB against 429 MiB once the sums were freed: ~77 bytes of memory per pair,
    /// every map and the end's sort arrays included. At 25 M pairs (~4.7 M documents of that archive) the sums hold
    /// ~1.8 GiB; past it a run keeps the SQL build's bounded memory (its sorts spill to temporary files).
    static let defaultPairLimit = 25_000_000

    let pairLimit: Int
    /// False once the sums were dropped: over `pairLimit`, a batch rolled back, or a key past the packing's range.
    private(set) var isValid = true

    private var entityIDs: [StoreAggregates.Named: UInt32] = [:]
    private var entities: [StoreAggregates.Named] = []
    private var monthIDs: [String: UInt32] = [:]
    private var months: [String] = []
    private var roleIDs: [String: UInt32] = [:]
    private var roleNames: [String] = []
    private var kindUnitIDs: [KindUnit: UInt32] = [:]
    private var kindUnits: [KindUnit] = []

    private struct KindUnit: Hashable {
        var kind: String
        var unit: String
    }

    struct Count: Equatable {
        var mentions: Int32 = 0
        var documents: Int32 = 0
    }

    struct PairCount: Equatable {
        var documents: Int32 = 0
        var mentionsA: Int32 = 0
        var mentionsB: Int32 = 0
    }

    struct FigureSum {
        var figures: Int32 = 0
        var documents: Int32 = 0
        var total: Double = 0
    }

    /// (kind and unit, force: `UInt32.max` for `*`, month).
    private struct FigureKey: Hashable {
        var kindUnit: UInt32
        var force: UInt32
        var month: UInt32
    }

    /// entity << 32 | month
    private var mentions: [UInt64: Count] = [:]
    /// a << 32 | b
    private var pairs: [UInt64: PairCount] = [:]
    private var figures: [FigureKey: FigureSum] = [:]
    private var documents: [UInt32: Int32] = [:]
    /// role << 32 | person
    private var roles: [UInt64: Int32] = [:]

    /// Entities a run may name: ranks are packed in 28 bits (a document adds fewer than 2^20 new ones).
    private static let entityBound = (1 << 28) - (1 << 20)

    init(pairLimit: Int = StoreBulkSums.defaultPairLimit) {
        self.pairLimit = pairLimit
    }

    /// Pairs held now (for the bound and the tests).
    var pairCount: Int { pairs.count }

    /// Drops the sums (the run ends with the SQL build).
    func invalidate() {
        isValid = false
        entityIDs = [:]; entities = []; monthIDs = [:]; months = []; roleIDs = [:]; roleNames = []
        kindUnitIDs = [:]; kindUnits = []
        mentions = [:]; pairs = [:]; figures = [:]; documents = [:]; roles = [:]
    }

    private static func number<Key: Hashable>(_ key: Key, in ids: inout [Key: UInt32], _ list: inout [Key]) -> UInt32 {
        if let known = ids[key] { return known }
        let id = UInt32(list.count)
        ids[key] = id
        list.append(key)
        return id
    }

    /// Adds (sign +1) or removes (sign -1) one document's contribution.
    func apply(_ contribution: StoreAggregates.Contribution, sign: Int32) {
        guard isValid else { return }
        // Local numbers stay below 2^31 (the packing's sort keys in `write` need a few spare bits).
        guard entities.count < Self.entityBound, months.count < 1 << 16 else { return invalidate() }
        let month = Self.number(contribution.month, in: &monthIDs, &months)
        var ids: [UInt32] = []
        ids.reserveCapacity(contribution.named.count)
        var counts: [Int32] = []
        counts.reserveCapacity(contribution.named.count)
        for named in contribution.named {
            let id = Self.number(named, in: &entityIDs, &entities)
            let count = Int32(contribution.mentions[named, default: 0])
            ids.append(id)
            counts.append(count)
            mentions[UInt64(id) << 32 | UInt64(month), default: Count()].add(mentions: sign * count, documents: sign)
        }
        for first in ids.indices {
            let high = UInt64(ids[first]) << 32
            for second in (first + 1)..<ids.count {
                pairs[high | UInt64(ids[second]), default: PairCount()].add(sign: sign, counts[first], counts[second])
            }
        }
        for (key, sum) in contribution.figures {
            let kindUnit = Self.number(KindUnit(kind: key.kind, unit: key.unit), in: &kindUnitIDs, &kindUnits)
            let force = key.force == "*" ? UInt32.max
                : Self.number(StoreAggregates.Named(type: EntityType.force.rawValue, canonical: key.force), in: &entityIDs, &entities)
            let figureKey = FigureKey(kindUnit: kindUnit, force: force, month: month)
            figures[figureKey, default: FigureSum()].add(sign: sign, figures: Int32(sum.count), total: sum.total)
        }
        documents[month, default: 0] += sign
        for role in contribution.roles {
            let roleID = Self.number(role.type, in: &roleIDs, &roleNames)
            let person = Self.number(StoreAggregates.Named(type: EntityType.person.rawValue, canonical: role.canonical), in: &entityIDs, &entities)
            roles[UInt64(roleID) << 32 | UInt64(person), default: 0] += sign
        }
        if pairs.count > pairLimit { invalidate() }
    }

    /// Whether `write`'s sort keys can hold the sums' keys: at most 16 entity types (4 bits each in a pair's key),
    /// 4,096 figure kinds, 65,536 units and a million forces with figures (12, 16 and 20 bits of a figure's key).
    /// Checked before anything is written; past them the SQL build counts the tables.
    var fitsSortKeys: Bool {
        Set(entities.map(\.type)).count <= 16 && Set(kindUnits.map(\.kind)).count < 1 << 12
            && Set(kindUnits.map(\.unit)).count < 1 << 16
            && entities.lazy.filter { $0.type == EntityType.force.rawValue }.count < (1 << 20) - 1
    }

    /// Writes the aggregate tables and `entity_keys` from the sums, inside the caller's transaction, into tables
    /// that are empty (a new store's): each table's rows in its primary key's order, one prepared INSERT per row;
    /// rows whose documents fell to zero (upserts inside the run) are left out, as a recount leaves them. Entity ids
    /// are given in binary order of (type, canonical), as `buildStatements` gives them. Frees the sums.
    func write(to database: SQLiteDatabase) throws(SQLiteError) {
        let order = try writeEntities(to: database)
        try writeMonths(to: database, order)
        try writePairs(to: database, order)
        try writeFigures(to: database, order)
        try writeDocumentsAndRoles(to: database, order)
        invalidate()
    }

    /// Where the written tables' keys sort: entities by rank (ids are rank + 1), months and types by name.
    private struct Order {
        var ordered: [Int]
        var rank: [UInt32]
        var typeNames: [String]
        var monthRank: [UInt32]
    }

    /// `entity_keys` and `agg_totals` (type, canonical), in rank order.
    private func writeEntities(to database: SQLiteDatabase) throws(SQLiteError) -> Order {
        // Totals per entity, from the months.
        var totals = [(mentions: Int64, documents: Int64)](repeating: (0, 0), count: entities.count)
        for (key, count) in mentions where count.documents > 0 {
            let entity = Int(key >> 32)
            totals[entity].mentions += Int64(count.mentions)
            totals[entity].documents += Int64(count.documents)
        }
        // Ranks: entities named in some document, in binary order of (type, canonical); ids are rank + 1.
        let counted = entities.indices.filter { totals[$0].documents > 0 }
        let ordered = counted.sorted { StoreAggregates.Contribution.binaryOrder(entities[$0], entities[$1]) }
        var rank = [UInt32](repeating: UInt32.max, count: entities.count)
        for (position, entity) in ordered.enumerated() { rank[entity] = UInt32(position) }
        let typeNames = Set(ordered.map { entities[$0].type }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        let insertKey = try database.prepare("INSERT INTO entity_keys (id, type, canonical) VALUES (?1, ?2, ?3)")
        let insertTotal = try database.prepare("INSERT INTO agg_totals (type, canonical, mentions, documents) VALUES (?1, ?2, ?3, ?4)")
        for (position, entity) in ordered.enumerated() {
            let named = entities[entity]
            try insertKey.run([.integer(Int64(position + 1)), .text(named.type), .text(named.canonical)])
            try insertTotal.run([.text(named.type), .text(named.canonical),
                                 .integer(totals[entity].mentions), .integer(totals[entity].documents)])
        }
        return Order(ordered: ordered, rank: rank, typeNames: typeNames, monthRank: Self.ranks(months))
    }

    /// agg_mentions (type, canonical, month): by rank, then month.
    private func writeMonths(to database: SQLiteDatabase, _ order: Order) throws(SQLiteError) {
        let rank = order.rank, monthRank = order.monthRank
        var monthRows: [(key: UInt64, count: Count)] = []
        monthRows.reserveCapacity(mentions.count)
        for (key, count) in mentions where count.documents > 0 {
            monthRows.append((UInt64(rank[Int(key >> 32)]) << 32 | UInt64(monthRank[Int(key & 0xFFFF_FFFF)]), count))
        }
        mentions = [:]
        monthRows.sort { $0.key < $1.key }
        let monthOfRank = Self.inverse(monthRank)
        let insertMonth = try database.prepare("INSERT INTO agg_mentions (type, canonical, month, mentions, documents) VALUES (?1, ?2, ?3, ?4, ?5)")
        for row in monthRows {
            let named = entities[order.ordered[Int(row.key >> 32)]]
            try insertMonth.run([.text(named.type), .text(named.canonical), .text(months[monthOfRank[Int(row.key & 0xFFFF_FFFF)]]),
                                 .integer(Int64(row.count.mentions)), .integer(Int64(row.count.documents))])
        }
    }

    /// agg_pair_counts (type_a, type_b, a, b): packed as type_a (4 bits), type_b (4), rank a (28), rank b (28).
    private func writePairs(to database: SQLiteDatabase, _ order: Order) throws(SQLiteError) {
        let rank = order.rank, typeNames = order.typeNames
        let typeRank = Dictionary(uniqueKeysWithValues: typeNames.enumerated().map { ($1, UInt64($0)) })
        var pairRows: [(key: UInt64, count: PairCount)] = []
        pairRows.reserveCapacity(pairs.count)
        for (key, count) in pairs where count.documents > 0 {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            let typeA = typeRank[entities[a].type] ?? 0, typeB = typeRank[entities[b].type] ?? 0
            pairRows.append((typeA << 60 | typeB << 56 | UInt64(rank[a]) << 28 | UInt64(rank[b]), count))
        }
        pairs = [:]
        pairRows.sort { $0.key < $1.key }
        let insertPair = try database.prepare("""
            INSERT INTO agg_pair_counts (type_a, a, type_b, b, documents, mentions_a, mentions_b) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        for row in pairRows {
            let a = Int((row.key >> 28) & 0xFFF_FFFF), b = Int(row.key & 0xFFF_FFFF)
            try insertPair.run([.text(typeNames[Int(row.key >> 60)]), .integer(Int64(a + 1)),
                                .text(typeNames[Int((row.key >> 56) & 0xF)]), .integer(Int64(b + 1)),
                                .integer(Int64(row.count.documents)), .integer(Int64(row.count.mentionsA)), .integer(Int64(row.count.mentionsB))])
        }
    }

    /// agg_figures (kind, force, unit, month): the strings' ranks, force '*' among the forces' names.
    private func writeFigures(to database: SQLiteDatabase, _ order: Order) throws(SQLiteError) {
        let monthRank = order.monthRank
        let kinds = Array(Set(kindUnits.map(\.kind)))
        let units = Array(Set(kindUnits.map(\.unit)))
        let kindRank = Self.ranks(kinds), unitRank = Self.ranks(units)
        let kindIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
        var forceList = ["*"]
        var forceIndex: [UInt32: Int] = [UInt32.max: 0]
        for key in figures.keys where forceIndex[key.force] == nil {
            forceIndex[key.force] = forceList.count
            forceList.append(entities[Int(key.force)].canonical)
        }
        let forceRank = Self.ranks(forceList)
        var figureRows: [(key: UInt64, sum: FigureSum, kindUnit: UInt32, force: String, month: UInt32)] = []
        figureRows.reserveCapacity(figures.count)
        for (key, sum) in figures where sum.documents > 0 {
            let kindUnit = kindUnits[Int(key.kindUnit)]
            guard let kind = kindIndex[kindUnit.kind], let unit = unitIndex[kindUnit.unit], let force = forceIndex[key.force] else { continue }
            let sortKey = UInt64(kindRank[kind]) << 52 | UInt64(forceRank[force]) << 32 | UInt64(unitRank[unit]) << 16
                | UInt64(monthRank[Int(key.month)])
            figureRows.append((sortKey, sum, key.kindUnit, forceList[force], key.month))
        }
        figures = [:]
        figureRows.sort { $0.key < $1.key }
        let insertFigure = try database.prepare("""
            INSERT INTO agg_figures (kind, unit, force, month, figures, total, documents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        for row in figureRows {
            let kindUnit = kindUnits[Int(row.kindUnit)]
            try insertFigure.run([.text(kindUnit.kind), .text(kindUnit.unit), .text(row.force), .text(months[Int(row.month)]),
                                  .integer(Int64(row.sum.figures)), .real(row.sum.total), .integer(Int64(row.sum.documents))])
        }
    }

    /// agg_documents (month) and agg_roles (canonical, role).
    private func writeDocumentsAndRoles(to database: SQLiteDatabase, _ order: Order) throws(SQLiteError) {
        let monthRank = order.monthRank, rank = order.rank
        let insertDocuments = try database.prepare("INSERT INTO agg_documents (month, documents) VALUES (?1, ?2)")
        for (month, count) in documents.filter({ $0.value > 0 }).sorted(by: { monthRank[Int($0.key)] < monthRank[Int($1.key)] }) {
            try insertDocuments.run([.text(months[Int(month)]), .integer(Int64(count))])
        }
        documents = [:]

        // agg_roles (canonical, role): people's ranks are in canonical order (one type).
        let roleRank = Self.ranks(roleNames)
        var roleRows: [(key: UInt64, role: UInt32, person: UInt32, documents: Int32)] = []
        for (key, count) in roles where count > 0 {
            let role = UInt32(key >> 32), person = UInt32(key & 0xFFFF_FFFF)
            roleRows.append((UInt64(rank[Int(person)]) << 32 | UInt64(roleRank[Int(role)]), role, person, count))
        }
        roles = [:]
        roleRows.sort { $0.key < $1.key }
        let insertRole = try database.prepare("INSERT INTO agg_roles (role, canonical, documents) VALUES (?1, ?2, ?3)")
        for row in roleRows {
            try insertRole.run([.text(roleNames[Int(row.role)]), .text(entities[Int(row.person)].canonical), .integer(Int64(row.documents))])
        }
    }

    /// Each string's position in binary (UTF-8) order.
    private static func ranks(_ strings: [String]) -> [UInt32] {
        let order = strings.indices.sorted { strings[$0].utf8.lexicographicallyPrecedes(strings[$1].utf8) }
        var rank = [UInt32](repeating: 0, count: strings.count)
        for (position, index) in order.enumerated() { rank[index] = UInt32(position) }
        return rank
    }

    private static func inverse(_ rank: [UInt32]) -> [Int] {
        var index = [Int](repeating: 0, count: rank.count)
        for (position, value) in rank.enumerated() { index[Int(value)] = position }
        return index
    }
}

private extension StoreBulkSums.Count {
    mutating func add(mentions: Int32, documents: Int32) {
        self.mentions += mentions
        self.documents += documents
    }
}

private extension StoreBulkSums.PairCount {
    mutating func add(sign: Int32, _ a: Int32, _ b: Int32) {
        documents += sign
        mentionsA += sign * a
        mentionsB += sign * b
    }
}

private extension StoreBulkSums.FigureSum {
    mutating func add(sign: Int32, figures: Int32, total: Double) {
        self.figures += sign * figures
        documents += sign
        self.total += Double(sign) * total
    }
}
