#pragma once

// Cycles in the model's graphs (`requires`, scenario bases, org-unit parents) found without recursion:
// the input decides how deep these graphs go, and a chain of 100,000 controls must not overflow the
// stack (issue 17). Linear in nodes + edges.
//
// May include: Qt Core and the standard library only.

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace mamori {

/// The strongly connected components of a graph of `n` nodes that close a cycle (more than one node,
/// or one node with an edge to itself), each sorted by node, in the order of their smallest node.
/// `successors(i)` returns something iterable over the node indexes `i` has an edge to. Iterative
/// Tarjan.
template <typename Successors> std::vector<std::vector<int>> cyclicComponents(int n, Successors successors)
{
    std::vector<int> index(std::size_t(n), -1), low(std::size_t(n), 0);
    std::vector<char> onStack(std::size_t(n), 0);
    std::vector<int> stack;
    std::vector<std::vector<int>> out;
    struct Frame {
        int node;
        std::size_t next;
    };
    std::vector<Frame> frames;
    int counter = 0;
    for (int root = 0; root < n; ++root) {
        if (index[std::size_t(root)] >= 0)
            continue;
        frames.push_back({root, 0});
        index[std::size_t(root)] = low[std::size_t(root)] = counter++;
        stack.push_back(root);
        onStack[std::size_t(root)] = 1;
        while (!frames.empty()) {
            Frame& f = frames.back();
            const auto& succ = successors(f.node);
            if (f.next < std::size_t(std::size(succ))) {
                const int w = int(*(std::begin(succ) + std::ptrdiff_t(f.next)));
                ++f.next;
                if (w < 0 || w >= n)
                    continue;
                if (index[std::size_t(w)] < 0) {
                    index[std::size_t(w)] = low[std::size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[std::size_t(w)] = 1;
                    frames.push_back({w, 0}); // f is no longer valid after this
                } else if (onStack[std::size_t(w)]) {
                    low[std::size_t(f.node)] = std::min(low[std::size_t(f.node)], index[std::size_t(w)]);
                }
                continue;
            }
            const int v = f.node;
            frames.pop_back();
            if (!frames.empty())
                low[std::size_t(frames.back().node)]
                    = std::min(low[std::size_t(frames.back().node)], low[std::size_t(v)]);
            if (low[std::size_t(v)] != index[std::size_t(v)])
                continue;
            std::vector<int> component;
            int w = -1;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[std::size_t(w)] = 0;
                component.push_back(w);
            } while (w != v);
            bool cyclic = component.size() > 1;
            if (!cyclic) {
                for (const auto s : successors(v))
                    cyclic = cyclic || int(s) == v;
            }
            if (cyclic) {
                std::sort(component.begin(), component.end());
                out.push_back(std::move(component));
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return out;
}

/// A shortest cycle through `start` inside `component` (sorted, as cyclicComponents gives it): the nodes
/// from `start` back to `start`, both ends included. Breadth first, linear in the component.
template <typename Successors>
std::vector<int> cycleThrough(int start, const std::vector<int>& component, Successors successors)
{
    auto member = [&](int x) { return std::binary_search(component.begin(), component.end(), x); };
    auto slot = [&](int x) {
        return std::size_t(std::lower_bound(component.begin(), component.end(), x) - component.begin());
    };
    std::vector<int> from(component.size(), -2);
    std::vector<int> queue {start};
    int last = -1;
    for (std::size_t q = 0; q < queue.size() && last < 0; ++q) {
        const int v = queue[q];
        for (const auto s : successors(v)) {
            const int w = int(s);
            if (!member(w))
                continue;
            if (w == start) {
                last = v;
                break;
            }
            if (from[slot(w)] == -2) {
                from[slot(w)] = v;
                queue.push_back(w);
            }
        }
    }
    std::vector<int> path {start};
    for (int v = last; v >= 0 && v != start; v = from[slot(v)])
        path.push_back(v);
    path.push_back(start);
    std::reverse(path.begin() + 1, path.end() - 1);
    return path;
}

/// Ids joined by `separator` for a message, at most `keep` of them: a loop through 40,000 controls
/// is told by its first and last few and how many are left out between them ("K1 -> K2 -> … (+39988) -> K1").
inline QString shortChain(const QStringList& ids, const QString& separator, qsizetype keep = 12)
{
    if (ids.size() <= keep)
        return ids.join(separator);
    const qsizetype head = keep / 2;
    const qsizetype tail = keep - head;
    QStringList shown = ids.mid(0, head);
    shown.append(QStringLiteral("… (+%1)").arg(ids.size() - keep));
    shown.append(ids.mid(ids.size() - tail));
    return shown.join(separator);
}

} // namespace mamori
