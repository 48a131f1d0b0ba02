// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "StackSearch.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {
constexpr double kNegInf = -std::numeric_limits<double>::infinity();

// The pruned search sums the same terms in another order than stackScore(); this slack keeps
// its bounds admissible despite rounding.
double withSlack(double threshold)
{
    return threshold - 1e-9 * (1.0 + std::abs(threshold));
}
} // namespace

// One call's view of the candidates: scores, the per-area rankings and the allowed candidates.
struct StackSearch::Ranking
{
    bool valid = true;                    // false: some area allows no candidate at all
    std::vector<std::vector<double>> score;  // [area][local]
    std::vector<std::vector<int>> rankOf;    // [area][local]: position in the area's ranking
    std::vector<std::vector<int>> allowed;   // [area]: locals in ranking order (pinned: one)
};

// The k best stacks offered so far. front() of the heap is the worst one kept, so a better stack
// replaces it in O(log k); memory is O(k), whatever the number of stacks offered.
class StackSearch::TopK
{
public:
    TopK(int k, int areas, const Ranking &ranking)
        : m_k(k), m_areas(areas), m_ranking(ranking)
    {
    }

    bool full() const { return int(m_heap.size()) >= m_k; }
    const Ranking &ranking() const { return m_ranking; }
    // Stacks scoring below this cannot enter any more (-inf while there is room).
    double threshold() const { return full() ? m_heap.front().score : kNegInf; }

    void offer(double score, const int *local)
    {
        if (m_k <= 0)
            return;
        if (!full()) {
            const int slot = int(m_heap.size());
            m_keys.insert(m_keys.end(), local, local + m_areas);
            m_heap.push_back({score, slot});
            std::push_heap(m_heap.begin(), m_heap.end(), heapLess());
            return;
        }
        const Entry &worst = m_heap.front();
        if (!better(score, local, worst.score, key(worst.slot)))
            return;
        std::pop_heap(m_heap.begin(), m_heap.end(), heapLess());
        Entry &freed = m_heap.back();
        std::copy(local, local + m_areas, m_keys.begin() + qsizetype(freed.slot) * m_areas);
        freed.score = score;
        std::push_heap(m_heap.begin(), m_heap.end(), heapLess());
    }

    // Best first: (score, locals in KB area order).
    std::vector<std::pair<double, std::vector<int>>> sorted() const
    {
        std::vector<Entry> entries = m_heap;
        std::sort(entries.begin(), entries.end(), heapLess());
        std::vector<std::pair<double, std::vector<int>>> out;
        out.reserve(entries.size());
        for (const Entry &e : entries)
            out.emplace_back(e.score, std::vector<int>(key(e.slot), key(e.slot) + m_areas));
        return out;
    }

private:
    struct Entry
    {
        double score;
        int slot; // into m_keys, m_areas locals each
    };

    // With "better" as the heap's less-than, front() is the worst entry.
    struct HeapLess
    {
        const TopK *top;
        bool operator()(const Entry &x, const Entry &y) const
        {
            return top->better(x.score, top->key(x.slot), y.score, top->key(y.slot));
        }
    };
    HeapLess heapLess() const { return HeapLess{this}; }

    const int *key(int slot) const { return m_keys.data() + qsizetype(slot) * m_areas; }

    // Higher score first; equal scores by ranking positions, lexicographically ascending.
    bool better(double sa, const int *a, double sb, const int *b) const
    {
        if (sa != sb)
            return sa > sb;
        for (int i = 0; i < m_areas; ++i) {
            const int ra = m_ranking.rankOf[i][a[i]];
            const int rb = m_ranking.rankOf[i][b[i]];
            if (ra != rb)
                return ra < rb;
        }
        return false;
    }


    int m_k;
    int m_areas;
    const Ranking &m_ranking;
    std::vector<Entry> m_heap;
    std::vector<int> m_keys;
};

// Depth-first branch and bound. Areas are visited in "search order" (pinned and small areas
// first); candidates within an area in ranking order (best score first). For every unassigned
// area q and candidate y it keeps acc = the synergy of y with the candidates already chosen
// (-inf when a constraint forbids y with one of them), and bounds what q can still add by
//   max over y of  score(y)/n + acc(y) + tail(y),
// where tail(y) is the sum over the areas after q of y's best legal synergy with that area.
// Summed over the unassigned areas this never underestimates the best completion, since every
// pair of unassigned candidates is counted once, at its earlier area, by its maximum.
class StackSearch::BranchAndBound
{
public:
    BranchAndBound(const StackSearch &search, const Ranking &ranking, TopK &top)
        : m_search(search), m_ranking(ranking), m_top(top), m_n(int(search.m_areaIds.size()))
    {
        // Search order: pinned (single-candidate) and small areas first, ties in KB order.
        m_areaAt.resize(m_n);
        std::iota(m_areaAt.begin(), m_areaAt.end(), 0);
        std::stable_sort(m_areaAt.begin(), m_areaAt.end(), [&](int a, int b) {
            return ranking.allowed[a].size() < ranking.allowed[b].size();
        });
        m_size.resize(m_n);
        m_start.resize(m_n + 1, 0);
        for (int p = 0; p < m_n; ++p) {
            m_size[p] = int(ranking.allowed[m_areaAt[p]].size());
            m_start[p + 1] = m_start[p] + m_size[p];
        }
        const int total = m_start[m_n];
        m_score.resize(total);
        m_local.resize(total);
        for (int p = 0; p < m_n; ++p) {
            const int area = m_areaAt[p];
            for (int x = 0; x < m_size[p]; ++x) {
                const int local = ranking.allowed[area][x];
                m_local[m_start[p] + x] = local;
                m_score[m_start[p] + x] = ranking.score[area][local] / m_n;
            }
        }
        // Synergy blocks between search positions p < q, forbidden pairs as -inf.
        m_synergy.resize(std::size_t(m_n) * m_n);
        m_tail.assign(total, 0.0);
        const int areas = m_n;
        for (int p = 0; p < m_n; ++p) {
            for (int q = p + 1; q < m_n; ++q) {
                const int a = m_areaAt[p], b = m_areaAt[q];
                const std::vector<double> &syn = search.m_synergy[std::size_t(a) * areas + b];
                const std::vector<char> &legal = search.m_legal[std::size_t(a) * areas + b];
                const int nb = int(search.m_candidates[b].size());
                std::vector<double> &block = m_synergy[std::size_t(p) * m_n + q];
                block.resize(std::size_t(m_size[p]) * m_size[q]);
                for (int x = 0; x < m_size[p]; ++x) {
                    const int la = m_local[m_start[p] + x];
                    double best = kNegInf;
                    for (int y = 0; y < m_size[q]; ++y) {
                        const std::size_t cell = std::size_t(la) * nb + m_local[m_start[q] + y];
                        // On the stack's scale: a synergy adds its points to the sum the mean divides.
                        const double v = legal[cell] ? syn[cell] / m_n : kNegInf;
                        block[std::size_t(x) * m_size[q] + y] = v;
                        best = std::max(best, v);
                    }
                    m_tail[m_start[p] + x] += best;
                }
            }
        }
        m_acc.assign(std::size_t(m_n + 1) * total, 0.0);
        m_extra.assign(m_n + 1, kNegInf);
        m_rest.assign(m_n + 1, 0.0);
        m_chosen.assign(m_n, 0);
        m_kbLocal.assign(m_n, 0);
    }

    void run()
    {
        if (m_n == 0)
            return;
        // Root: nothing chosen, acc = 0.
        double rest = 0.0;
        for (int q = 0; q < m_n; ++q) {
            double best = kNegInf;
            for (int y = 0; y < m_size[q]; ++y) {
                const int i = m_start[q] + y;
                best = std::max(best, m_score[i] + m_tail[i]);
                if (q == 0)
                    m_extra[0] = std::max(m_extra[0], m_tail[i]);
            }
            if (best == kNegInf)
                return; // some area has no candidate that fits every later area
            if (q > 0)
                rest += best;
        }
        m_rest[0] = rest;
        descend(0, 0.0);
    }

private:
    double cutoff() const { return m_top.full() ? withSlack(m_top.threshold()) : kNegInf; }

    void offerChosen()
    {
        for (int p = 0; p < m_n; ++p)
            m_kbLocal[m_areaAt[p]] = m_local[m_start[p] + m_chosen[p]];
        Q_ASSERT(m_search.isLegal(m_kbLocal.data()));
        m_top.offer(m_search.stackScore(m_ranking, m_kbLocal.data()), m_kbLocal.data());
    }

    // `partial`: the exact value of the chosen candidates at positions < d (their scores / n
    // and the synergies among them). m_rest[d]: the bound of the positions after d.
    // m_extra[d]: max over d's candidates of acc + tail.
    void descend(int d, double partial)
    {
        const int total = m_start[m_n];
        const int base = m_start[d];
        const double *acc = m_acc.data() + std::size_t(d) * total + base;
        const double *score = m_score.data() + base;
        const double *tail = m_tail.data() + base;
        const double rest = m_rest[d];
        const double extra = m_extra[d];

        if (d == m_n - 1) {
            for (int x = 0; x < m_size[d]; ++x) {
                const double limit = cutoff();
                if (partial + score[x] + extra < limit)
                    break; // monotone in the score: no later candidate can do better
                if (acc[x] == kNegInf || partial + score[x] + acc[x] < limit)
                    continue;
                m_chosen[d] = x;
                offerChosen();
            }
            return;
        }

        const double *curAll = m_acc.data() + std::size_t(d) * total;
        double *next = m_acc.data() + std::size_t(d + 1) * total;
        for (int x = 0; x < m_size[d]; ++x) {
            double limit = cutoff();
            if (partial + score[x] + extra + rest < limit)
                break; // monotone in the score: no later candidate can do better
            if (acc[x] == kNegInf || tail[x] == kNegInf
                || partial + score[x] + acc[x] + tail[x] + rest < limit)
                continue;
            const double chosenPartial = partial + score[x] + acc[x];

            // Add x's synergies to the later areas and bound each of them again.
            double nextExtra = kNegInf;
            double nextRest = 0.0;
            double nextFirst = 0.0;
            bool dead = false;
            for (int q = d + 1; q < m_n && !dead; ++q) {
                const double *row = m_synergy[std::size_t(d) * m_n + q].data()
                                    + std::size_t(x) * m_size[q];
                const int qb = m_start[q];
                double best = kNegInf;
                for (int y = 0; y < m_size[q]; ++y) {
                    const double v = curAll[qb + y] + row[y];
                    next[qb + y] = v;
                    const double withTail = v + m_tail[qb + y];
                    best = std::max(best, withTail + m_score[qb + y]);
                    if (q == d + 1)
                        nextExtra = std::max(nextExtra, withTail);
                }
                if (best == kNegInf)
                    dead = true; // no candidate of q fits the chosen ones
                else if (q == d + 1)
                    nextFirst = best;
                else
                    nextRest += best;
            }
            if (dead || chosenPartial + nextFirst + nextRest < limit)
                continue;
            m_extra[d + 1] = nextExtra;
            m_rest[d + 1] = nextRest;
            m_chosen[d] = x;
            descend(d + 1, chosenPartial);
        }
    }

    const StackSearch &m_search;
    const Ranking &m_ranking;
    TopK &m_top;
    int m_n;
    std::vector<int> m_areaAt;  // search position -> KB area index
    std::vector<int> m_size;    // per position: allowed candidates
    std::vector<int> m_start;   // per position: offset into the flat per-candidate arrays
    std::vector<double> m_score; // flat: score / n
    std::vector<int> m_local;    // flat: the candidate's local index in its area
    std::vector<double> m_tail;  // flat: sum over later positions of the best legal synergy
    std::vector<std::vector<double>> m_synergy; // [p * n + q], p < q: size_p x size_q
    std::vector<double> m_acc;   // [depth][flat]: synergy with the chosen ones (-inf: forbidden)
    std::vector<double> m_extra; // [depth]
    std::vector<double> m_rest;  // [depth]
    std::vector<int> m_chosen;   // per position: index into that position's allowed list
    std::vector<int> m_kbLocal;  // scratch: chosen locals in KB area order
};

StackSearch::StackSearch(const KnowledgeBase &kb)
    : m_kb(kb)
{
    m_areaIds = kb.areaIds();
    const int areas = int(m_areaIds.size());
    QHash<QString, int> areaIndex;
    for (int i = 0; i < areas; ++i)
        areaIndex.insert(m_areaIds.at(i), i);

    m_candidates.resize(areas);
    for (qsizetype c = 0; c < m_kb.candidates.size(); ++c) {
        const Candidate &cand = m_kb.candidates.at(c);
        const auto it = areaIndex.constFind(cand.area);
        if (it == areaIndex.constEnd() || m_slot.contains(cand.id))
            continue;
        m_slot.insert(cand.id, {*it, int(m_candidates[*it].size())});
        m_candidates[*it].push_back(c);
    }
    m_offset.resize(areas, 0);
    for (int i = 1; i < areas; ++i)
        m_offset[i] = m_offset[i - 1] + int(m_candidates[i - 1].size());

    m_synergy.resize(std::size_t(areas) * areas);
    m_legal.resize(std::size_t(areas) * areas);
    for (int i = 0; i < areas; ++i)
        for (int j = 0; j < areas; ++j)
            if (i != j) {
                const std::size_t cells = m_candidates[i].size() * m_candidates[j].size();
                m_synergy[std::size_t(i) * areas + j].assign(cells, 0.0);
                m_legal[std::size_t(i) * areas + j].assign(cells, 1);
            }

    for (qsizetype s = 0; s < m_kb.synergies.size(); ++s) {
        const Synergy &syn = m_kb.synergies.at(s);
        auto a = m_slot.value(syn.a, {-1, -1});
        auto b = m_slot.value(syn.b, {-1, -1});
        if (a.first < 0 || b.first < 0 || a.first == b.first)
            continue;
        if (a.first > b.first)
            std::swap(a, b);
        const std::size_t nb = m_candidates[b.first].size();
        const std::size_t na = m_candidates[a.first].size();
        // Both directions get the same additions in the same order, hence the same value.
        m_synergy[std::size_t(a.first) * areas + b.first][a.second * nb + b.second] += syn.points;
        m_synergy[std::size_t(b.first) * areas + a.first][b.second * na + a.second] += syn.points;
        const quint64 key = (quint64(m_offset[a.first] + a.second) << 32)
                            | quint64(m_offset[b.first] + b.second);
        m_synergyRefs[key].append(s);
    }

    for (const Constraint &c : std::as_const(m_kb.constraints)) {
        const auto w = m_slot.value(c.when, {-1, -1});
        const int target = areaIndex.value(c.area, -1);
        if (w.first < 0 || target < 0 || target == w.first)
            continue;
        const std::size_t nw = m_candidates[w.first].size();
        const std::size_t nt = m_candidates[target].size();
        for (std::size_t y = 0; y < nt; ++y) {
            const QString &yId = m_kb.candidates.at(m_candidates[target][y]).id;
            if (c.allows(c.when, c.area, yId))
                continue;
            m_legal[std::size_t(w.first) * areas + target][w.second * nt + y] = 0;
            m_legal[std::size_t(target) * areas + w.first][y * nw + w.second] = 0;
        }
    }
}

StackSearch::Ranking StackSearch::rank(const Input &input) const
{
    Ranking r;
    const int areas = int(m_areaIds.size());
    r.score.resize(areas);
    r.rankOf.resize(areas);
    r.allowed.resize(areas);
    for (int i = 0; i < areas; ++i) {
        const QString &areaId = m_areaIds.at(i);
        const QMap<QString, double> scores = input.areaScores.value(areaId);
        const int n = int(m_candidates[i].size());
        std::vector<int> order(n);
        r.score[i].resize(n);
        for (int l = 0; l < n; ++l) {
            order[l] = l;
            r.score[i][l] = scores.value(m_kb.candidates.at(m_candidates[i][l]).id, 0.0);
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (r.score[i][a] != r.score[i][b])
                return r.score[i][a] > r.score[i][b];
            return m_kb.candidates.at(m_candidates[i][a]).id
                   < m_kb.candidates.at(m_candidates[i][b]).id;
        });
        r.rankOf[i].resize(n);
        for (int pos = 0; pos < n; ++pos)
            r.rankOf[i][order[pos]] = pos;

        const auto pin = input.pins.constFind(areaId);
        if (pin == input.pins.constEnd()) {
            r.allowed[i] = std::move(order);
        } else {
            const auto slot = m_slot.value(*pin, {-1, -1});
            if (slot.first == i)
                r.allowed[i] = {slot.second};
        }
        if (r.allowed[i].empty())
            r.valid = false;
    }
    if (areas == 0)
        r.valid = false;
    return r;
}

bool StackSearch::isLegal(const int *local) const
{
    const int areas = int(m_areaIds.size());
    for (int i = 0; i < areas; ++i)
        for (int j = i + 1; j < areas; ++j) {
            const std::size_t nj = m_candidates[j].size();
            if (!m_legal[std::size_t(i) * areas + j][local[i] * nj + local[j]])
                return false;
        }
    return true;
}

double StackSearch::stackScore(const Ranking &ranking, const int *local) const
{
    // The one canonical order: area scores in KB order, then pairs (i < j) in KB area order,
    // all divided once by the number of areas (see the header: one scale for both).
    const int areas = int(m_areaIds.size());
    double sum = 0.0;
    for (int i = 0; i < areas; ++i)
        sum += ranking.score[i][local[i]];
    for (int i = 0; i < areas; ++i)
        for (int j = i + 1; j < areas; ++j) {
            const std::size_t nj = m_candidates[j].size();
            sum += m_synergy[std::size_t(i) * areas + j][local[i] * nj + local[j]];
        }
    return sum / areas;
}

QList<StackResult> StackSearch::toResults(const TopK &top) const
{
    const int areas = int(m_areaIds.size());
    QList<StackResult> out;
    for (const auto &[score, local] : top.sorted()) {
        StackResult r;
        r.score = score;
        for (int i = 0; i < areas; ++i) {
            r.choice.insert(m_areaIds.at(i), m_kb.candidates.at(m_candidates[i][local[i]]).id);
            r.areaScores.insert(m_areaIds.at(i), top.ranking().score[i][local[i]]);
        }
        for (int i = 0; i < areas; ++i)
            for (int j = i + 1; j < areas; ++j) {
                const quint64 key = (quint64(m_offset[i] + local[i]) << 32)
                                    | quint64(m_offset[j] + local[j]);
                const auto refs = m_synergyRefs.constFind(key);
                if (refs == m_synergyRefs.constEnd())
                    continue;
                for (qsizetype s : *refs) {
                    const Synergy &syn = m_kb.synergies.at(s);
                    r.synergies.append({m_kb.candidates.at(m_candidates[i][local[i]]).id,
                                        m_kb.candidates.at(m_candidates[j][local[j]]).id,
                                        syn.points, syn.why.text()});
                }
            }
        out.append(r);
    }
    return out;
}

QList<StackResult> StackSearch::topStacks(const Input &input, int k) const
{
    const Ranking ranking = rank(input);
    if (!ranking.valid || k <= 0)
        return {};
    TopK top(k, int(m_areaIds.size()), ranking);
    BranchAndBound(*this, ranking, top).run();
    return toResults(top);
}

QList<StackResult> StackSearch::topStacksBruteForce(const Input &input, int k) const
{
    const Ranking ranking = rank(input);
    if (!ranking.valid || k <= 0)
        return {};
    const int areas = int(m_areaIds.size());
    TopK top(k, areas, ranking);
    std::vector<int> pos(areas, 0);
    std::vector<int> local(areas);
    for (;;) {
        for (int i = 0; i < areas; ++i)
            local[i] = ranking.allowed[i][pos[i]];
        if (isLegal(local.data()))
            top.offer(stackScore(ranking, local.data()), local.data());
        int i = areas - 1;
        while (i >= 0 && ++pos[i] == int(ranking.allowed[i].size()))
            pos[i--] = 0;
        if (i < 0)
            break;
    }
    return toResults(top);
}

bool StackSearch::ranksBefore(const StackResult &a, const StackResult &b,
                                const Ranking &ranking) const
{
    if (a.score != b.score)
        return a.score > b.score;
    for (int i = 0; i < int(m_areaIds.size()); ++i) {
        const int ra = ranking.rankOf[i][m_slot.value(a.choice.value(m_areaIds.at(i))).second];
        const int rb = ranking.rankOf[i][m_slot.value(b.choice.value(m_areaIds.at(i))).second];
        if (ra != rb)
            return ra < rb;
    }
    return false;
}

QList<StackResult> StackSearch::alternativesReleasing(const Input &input, const QList<int> &areas,
                                                      int count) const
{
    if (count <= 0)
        return {};
    QList<StackResult> merged;
    for (int area : areas) {
        Input released = input;
        released.pins.remove(m_areaIds.at(area));
        merged.append(topStacks(released, count));
    }
    const Ranking ranking = rank(input); // positions do not depend on pins
    std::stable_sort(merged.begin(), merged.end(), [&](const StackResult &a, const StackResult &b) {
        return ranksBefore(a, b, ranking);
    });
    QList<StackResult> out;
    for (const StackResult &r : std::as_const(merged)) {
        if (out.size() == count)
            break;
        if (out.isEmpty() || out.constLast().choice != r.choice)
            out.append(r);
    }
    return out;
}

QList<qsizetype> StackSearch::breakingConstraints(int areaA, int localA, int areaB,
                                                  int localB) const
{
    const QString &a = m_kb.candidates.at(m_candidates[areaA][localA]).id;
    const QString &b = m_kb.candidates.at(m_candidates[areaB][localB]).id;
    QList<qsizetype> out;
    for (qsizetype c = 0; c < m_kb.constraints.size(); ++c) {
        const Constraint &con = m_kb.constraints.at(c);
        if (!con.allows(a, m_areaIds.at(areaB), b) || !con.allows(b, m_areaIds.at(areaA), a))
            out.append(c);
    }
    return out;
}

QList<PinConflict> StackSearch::pinConflicts(const Input &input, int alternatives) const
{
    const int areas = int(m_areaIds.size());
    std::vector<int> pinned(areas, -1); // local index of each area's valid pin
    for (int i = 0; i < areas; ++i) {
        const auto pin = input.pins.constFind(m_areaIds.at(i));
        if (pin == input.pins.constEnd())
            continue;
        const auto slot = m_slot.value(*pin, {-1, -1});
        if (slot.first == i)
            pinned[i] = slot.second;
    }
    auto conflict = [&](qsizetype c, const QStringList &pins, const QList<int> &released) {
        const Constraint &con = m_kb.constraints.at(c);
        return PinConflict{con.id, pins, con.why.text(),
                           alternativesReleasing(input, released, alternatives)};
    };
    auto idOf = [&](int area, int local) {
        return m_kb.candidates.at(m_candidates[area][local]).id;
    };

    QList<PinConflict> out;
    for (int i = 0; i < areas; ++i)
        for (int j = i + 1; j < areas; ++j) {
            if (pinned[i] < 0 || pinned[j] < 0)
                continue;
            for (qsizetype c : breakingConstraints(i, pinned[i], j, pinned[j]))
                out.append(conflict(c, {idOf(i, pinned[i]), idOf(j, pinned[j])}, {i, j}));
        }

    // A pin that no candidate of an unpinned area may join.
    for (int i = 0; i < areas; ++i) {
        if (pinned[i] < 0)
            continue;
        for (int j = 0; j < areas; ++j) {
            const std::size_t nj = m_candidates[j].size();
            if (j == i || pinned[j] >= 0 || nj == 0)
                continue;
            const std::vector<char> &legal = m_legal[std::size_t(i) * areas + j];
            const auto row = legal.begin() + std::ptrdiff_t(pinned[i] * nj);
            if (std::find(row, row + std::ptrdiff_t(nj), char(1)) != row + std::ptrdiff_t(nj))
                continue;
            QList<qsizetype> involved;
            for (std::size_t y = 0; y < nj; ++y)
                for (qsizetype c : breakingConstraints(i, pinned[i], j, int(y)))
                    if (!involved.contains(c))
                        involved.append(c);
            std::sort(involved.begin(), involved.end());
            for (qsizetype c : std::as_const(involved))
                out.append(conflict(c, {idOf(i, pinned[i])}, {i}));
        }
    }
    return out;
}
