// Three-tier separation findings (RISK-MODEL.md 3.8, policy §7(3)): tiers connected over the network
// without a gateway ("tier-separation"), and systems that run on a host of another tier, sharing its
// hypervisor or operating system ("tier-hosting", v1.1).

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

/// A finding with the ranks (id order) of its two assets, for sorting.
struct Ranked {
    Finding finding;
    int first;
    int second;
};

const Rule* ruleOf(Tier a, Tier b)
{
    for (const Rule& r : kRules) {
        if ((r.first == a && r.second == b) || (r.first == b && r.second == a))
            return &r;
    }
    return nullptr;
}

/// 3.8 (v1.1): one finding per runs_on u -> v across two tiers whose host v is not a gateway.
void addHostingFindings(const std::vector<NetworkNode>& nodes, const QList<QString>& ids,
    std::vector<std::pair<int, int>> hosting, std::vector<Ranked>& out)
{
    std::sort(hosting.begin(), hosting.end());
    hosting.erase(std::unique(hosting.begin(), hosting.end()), hosting.end());
    for (const auto& [u, v] : hosting) {
        const NetworkNode& system = nodes[std::size_t(u)];
        const NetworkNode& host = nodes[std::size_t(v)];
        if (system.tier == Tier::None || host.tier == Tier::None || system.tier == host.tier || host.gateway)
            continue;
        const Rule* r = ruleOf(system.tier, host.tier);
        const Finding f {
            QStringLiteral("tier-hosting"), r->first, r->second, r->severity, ids[u], ids[v], {ids[u], ids[v]}};
        out.push_back({f, u, v});
    }
}

/// The tier-separation findings: components of the connects_via graph without gateways that hold two tiers.
void addSeparationFindings(const std::vector<NetworkNode>& nodes, const QList<QString>& ids,
    std::vector<std::pair<int, int>> links, std::vector<Ranked>& out)
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
        return;
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
        const Finding finding {
            QStringLiteral("tier-separation"), f.rule.first, f.rule.second, f.rule.severity, ids[f.x], ids[f.y], path};
        out.push_back({finding, f.x, f.y});
    }
}

} // namespace

QList<Finding> computeFindings(const std::vector<NetworkNode>& nodes, const QList<QString>& ids,
    std::vector<std::pair<int, int>> links, std::vector<std::pair<int, int>> hosting)
{
    std::vector<Ranked> found;
    addSeparationFindings(nodes, ids, std::move(links), found);
    addHostingFindings(nodes, ids, std::move(hosting), found);
    // Ranks are id order, so comparing ranks compares the assets' ids.
    std::sort(found.begin(), found.end(), [](const Ranked& a, const Ranked& b) {
        return std::tuple(a.finding.severity, a.first, a.second, a.finding.rule)
            < std::tuple(b.finding.severity, b.first, b.second, b.finding.rule);
    });
    QList<Finding> out;
    out.reserve(qsizetype(found.size()));
    for (Ranked& r : found)
        out.append(std::move(r.finding));
    return out;
}

} // namespace mamori::engine
