// Three-tier separation findings (RISK-MODEL.md 3.8, policy §7(3)).

#include "engine/Graph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <array>

namespace mamori::engine {

namespace {

struct Rule {
    Tier first;
    Tier second;
    Severity severity;
};
constexpr std::array<Rule, 3> kRules = {{{Tier::MyNumber, Tier::Internet, Severity::Critical},
    {Tier::Lgwan, Tier::Internet, Severity::High}, {Tier::MyNumber, Tier::Lgwan, Severity::Medium}}};

} // namespace

QList<Finding> computeFindings(
    const std::vector<NetworkNode>& nodes, const QList<QString>& ids, std::vector<std::pair<int, int>> links)
{
    const int n = int(nodes.size());
    // Gateways leave the graph: drop their links. (They stay as isolated vertices that no rule counts.)
    for (auto& [u, v] : links) {
        if (u > v)
            std::swap(u, v);
    }
    links.erase(std::remove_if(links.begin(), links.end(),
                    [&](const std::pair<int, int>& l) {
                        return l.first == l.second || nodes[std::size_t(l.first)].gateway
                            || nodes[std::size_t(l.second)].gateway;
                    }),
        links.end());
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    if (links.empty())
        return {};
    // Inserted in (min, max) order, every neighbour list ends up ascending (see Graph.h).
    NetworkGraph net(static_cast<std::size_t>(n));
    for (const auto& [u, v] : links)
        boost::add_edge(std::size_t(u), std::size_t(v), net);

    std::vector<int> component(static_cast<std::size_t>(n));
    const int count = int(boost::connected_components(
        net, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, net))));
    // The smallest id of each tier per component: ranks are id order, so the first one seen.
    std::vector<std::array<int, 3>> smallest(static_cast<std::size_t>(count), {-1, -1, -1});
    for (int v = 0; v < n; ++v) {
        const NetworkNode& node = nodes[std::size_t(v)];
        if (node.gateway || node.tier == Tier::None || boost::degree(std::size_t(v), net) == 0)
            continue;
        int& slot = smallest[std::size_t(component[std::size_t(v)])][std::size_t(node.tier)];
        if (slot < 0)
            slot = v;
    }

    struct Found {
        Rule rule;
        int x, y;
    };
    std::vector<Found> found;
    for (int c = 0; c < count; ++c) {
        for (const Rule& r : kRules) {
            const int x = smallest[std::size_t(c)][std::size_t(r.first)];
            const int y = smallest[std::size_t(c)][std::size_t(r.second)];
            if (x >= 0 && y >= 0)
                found.push_back({r, x, y});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::tuple(a.rule.severity, a.x, a.y) < std::tuple(b.rule.severity, b.x, b.y);
    });

    // Members of the components that have a finding, to reset the search colours afterwards.
    std::vector<std::vector<int>> members(static_cast<std::size_t>(count));
    {
        std::vector<char> wanted(static_cast<std::size_t>(count), 0);
        for (const Found& f : found)
            wanted[std::size_t(component[std::size_t(f.x)])] = 1;
        for (int v = 0; v < n; ++v) {
            if (wanted[std::size_t(component[std::size_t(v)])])
                members[std::size_t(component[std::size_t(v)])].push_back(v);
        }
    }

    QList<Finding> out;
    out.reserve(qsizetype(found.size()));
    std::vector<boost::default_color_type> color(static_cast<std::size_t>(n), boost::white_color);
    std::vector<std::size_t> predecessor(static_cast<std::size_t>(n));
    const auto index = boost::get(boost::vertex_index, net);
    for (const Found& f : found) {
        // breadth_first_visit leaves colours as they are, so only the vertices this search reached
        // (those of x's component) need resetting afterwards: O(component), not O(n), per finding.
        predecessor[std::size_t(f.x)] = std::size_t(f.x);
        auto colorMap = boost::make_iterator_property_map(color.begin(), index);
        auto predMap = boost::make_iterator_property_map(predecessor.begin(), index);
        boost::breadth_first_visit(net, std::size_t(f.x),
            boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(predMap, boost::on_tree_edge())))
                .color_map(colorMap));
        QStringList path;
        for (std::size_t v = std::size_t(f.y);; v = predecessor[v]) {
            path.append(ids[qsizetype(v)]);
            if (v == std::size_t(f.x))
                break;
        }
        std::reverse(path.begin(), path.end());
        for (const int v : members[std::size_t(component[std::size_t(f.x)])])
            color[std::size_t(v)] = boost::white_color;
        out.append({QStringLiteral("tier-separation"), f.rule.first, f.rule.second, f.rule.severity, ids[f.x], ids[f.y],
            path});
    }
    return out;
}

} // namespace mamori::engine
