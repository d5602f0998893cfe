// Blast radius (RISK-MODEL.md 3.7) for every asset at once, on the condensation.
//
// blast(v) = |{u != v : u ->* v}|. Every member of v's component reaches v, so
// blast(v) = (the number of assets in v's component and in the components that reach it) - 1.
//
// A bitset of ancestors per component would be exact and simple, but needs C x N bits: 1.25 GB at
// 100,000 assets. Instead the assets are taken 512 at a time (one 64-byte row of 8 words per
// component): each asset of the batch sets its bit in its own component's row, rows are OR-ed along
// the DAG's edges in topological order, and the popcount of a component's row after its
// predecessors have pushed is the number of batch assets that reach it. Summed over the batches
// that is exact. Memory is 64 bytes per component (6.4 MB at 100,000), work is
// (N / 512) x (C + E') word-parallel OR-ing, and each batch starts at the topological position of
// its first asset, because assets are numbered in topological order and nothing before a batch's
// first component can receive its bits. A row is zeroed right after it has been pushed, so no
// batch needs a separate clearing pass.

#include "engine/Graph.h"

#include <bit>
#include <cstdint>

namespace mamori::engine {

namespace {
constexpr int kWords = 8; // 512 sources per pass: one cache line per component row
constexpr int kBatch = kWords * 64;
} // namespace

std::vector<qint64> computeBlastRadius(const Condensation& cond, int vertexCount)
{
    std::vector<qint64> blast(static_cast<std::size_t>(vertexCount), 0);
    if (vertexCount == 0)
        return blast;
    const int c = cond.count;
    std::vector<int> position(static_cast<std::size_t>(c)); // of a component in the topological order
    for (int i = 0; i < c; ++i)
        position[std::size_t(cond.order[std::size_t(i)])] = i;
    // Assets numbered in topological order of their components.
    std::vector<int> byPosition;
    byPosition.reserve(std::size_t(vertexCount));
    for (const int comp : cond.order) {
        for (int m = cond.memberOffsets[std::size_t(comp)]; m < cond.memberOffsets[std::size_t(comp) + 1]; ++m)
            byPosition.push_back(cond.members[std::size_t(m)]);
    }

    std::vector<std::uint64_t> rows(static_cast<std::size_t>(c) * kWords, 0);
    std::vector<qint64> reach(static_cast<std::size_t>(c), 0); // assets (any batch) that reach the component
    for (int base = 0; base < vertexCount; base += kBatch) {
        const int end = std::min(vertexCount, base + kBatch);
        for (int i = base; i < end; ++i) {
            const int comp = cond.component[std::size_t(byPosition[std::size_t(i)])];
            rows[std::size_t(comp) * kWords + std::size_t((i - base) / 64)] |= std::uint64_t(1) << ((i - base) % 64);
        }
        const int start = position[std::size_t(cond.component[std::size_t(byPosition[std::size_t(base)])])];
        for (int p = start; p < c; ++p) {
            const int comp = cond.order[std::size_t(p)];
            std::uint64_t* row = rows.data() + std::size_t(comp) * kWords;
            std::uint64_t any = 0;
            int count = 0;
            for (int w = 0; w < kWords; ++w) {
                any |= row[w];
                count += std::popcount(row[w]);
            }
            if (!any)
                continue;
            reach[std::size_t(comp)] += count;
            for (auto [e, stop] = boost::out_edges(std::size_t(comp), cond.dag); e != stop; ++e) {
                std::uint64_t* next = rows.data() + boost::target(*e, cond.dag) * kWords;
                for (int w = 0; w < kWords; ++w)
                    next[w] |= row[w];
            }
            for (int w = 0; w < kWords; ++w)
                row[w] = 0;
        }
    }
    for (int v = 0; v < vertexCount; ++v)
        blast[std::size_t(v)] = reach[std::size_t(cond.component[std::size_t(v)])] - 1;
    return blast;
}

std::vector<qint64> countAncestors(const DependencyGraph& graph, const std::vector<int>& targets)
{
    Q_ASSERT(targets.size() <= 64);
    const std::size_t n = boost::num_vertices(graph);
    std::vector<std::uint64_t> mask(n, 0);
    std::vector<char> queued(n, 0);
    std::vector<int> reached;
    std::vector<int> work;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const std::size_t t = std::size_t(targets[i]);
        if (mask[t] == 0)
            reached.push_back(targets[i]);
        mask[t] |= std::uint64_t(1) << i;
        if (!queued[t]) {
            queued[t] = 1;
            work.push_back(targets[i]);
        }
    }
    // Masks only grow, and each of the 64 bits reaches a vertex once, so this terminates quickly.
    while (!work.empty()) {
        const std::size_t w = std::size_t(work.back());
        work.pop_back();
        queued[w] = 0;
        const std::uint64_t bits = mask[w];
        for (auto [e, end] = boost::in_edges(w, graph); e != end; ++e) {
            const std::size_t u = boost::source(*e, graph);
            if ((mask[u] | bits) == mask[u])
                continue;
            if (mask[u] == 0)
                reached.push_back(int(u));
            mask[u] |= bits;
            if (!queued[u]) {
                queued[u] = 1;
                work.push_back(int(u));
            }
        }
    }
    std::vector<qint64> counts(targets.size(), 0);
    for (const int u : reached) {
        for (std::uint64_t bits = mask[std::size_t(u)]; bits; bits &= bits - 1)
            ++counts[std::size_t(std::countr_zero(bits))];
    }
    for (qint64& c : counts)
        --c; // each target carries its own bit: not one of its ancestors
    return counts;
}

} // namespace mamori::engine
