#pragma once

// Internal to the continuity simulation: the random numbers of one trial, written out here rather
// than taken from <random>, whose distributions are implementation-defined (libstdc++, libc++ and
// MSVC give different numbers for one seed). Only the generator's integer stream and the standard
// functions exp, log, sqrt and cos go into a draw, so one seed gives the same outages everywhere.
//
// Streams: every (trial, source) pair, a source being one exposed (asset, threat) pair, has a stream of
// its own, keyed by a hash of the seed, the trial and the two ids. A trial's outages therefore depend
// neither on which thread plays it nor on what other trials drew; and a scenario simulated with the
// baseline's seed draws exactly the baseline's events for every pair it leaves alone (common random
// numbers), so the difference between the two is the scenario's and not noise.

#include <cmath>
#include <cstdint>
#include <numbers>

namespace mamori::engine {

/// SplitMix64's finalizer (Steele, Lea, Flood 2014): a bijective mix of 64 bits.
inline std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// SplitMix64's step: the next value of a counter stream, used to seed the generator.
inline std::uint64_t splitMix64(std::uint64_t& state)
{
    return mix64(state += 0x9E3779B97F4A7C15ULL);
}

/// The key of trial `trial` under `seed`, shared by all sources of that trial.
inline std::uint64_t trialKey(std::uint64_t seed, std::uint64_t trial)
{
    return mix64(mix64(seed ^ 0x6A09E667F3BCC909ULL) + trial * 0x9E3779B97F4A7C15ULL);
}

/// A source's key as streamKey() takes it: its hash mixed once, when the simulation is prepared.
inline std::uint64_t mixedSourceKey(std::uint64_t source)
{
    return mix64(source);
}

/// The key of a source in a trial, from mixedSourceKey(): both keys mixed, so that neighbouring
/// trials or sources give unrelated streams.
inline std::uint64_t streamKey(std::uint64_t trial, std::uint64_t mixedSource)
{
    return mix64(trial ^ mixedSource);
}

/// xoshiro256++ (Blackman, Vigna 2019): fast, 256 bits of state, passes BigCrush; plus the draws the
/// simulation needs.
class TrialRandom {
public:
    /// The stream of `key` (streamKey()).
    explicit TrialRandom(std::uint64_t key)
    {
        for (auto& word : m_s)
            word = splitMix64(key);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1), 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    /// Uniform whole number in [0, n), n > 0, without bias (Lemire's multiply and reject on 32 bits).
    std::uint32_t below(std::uint32_t n)
    {
        std::uint64_t m = (next() >> 32) * n;
        auto low = std::uint32_t(m);
        if (low < n) {
            const std::uint32_t threshold = std::uint32_t(-n) % n;
            while (low < threshold) {
                m = (next() >> 32) * n;
                low = std::uint32_t(m);
            }
        }
        return std::uint32_t(m >> 32);
    }

    /// Standard normal, Box-Muller; the second value of each pair is kept for the next call.
    double normal()
    {
        if (m_haveSpare) {
            m_haveSpare = false;
            return m_spare;
        }
        const double u = 1.0 - uniform(); // (0, 1]: log is finite
        const double v = uniform();
        const double r = std::sqrt(-2.0 * std::log(u));
        const double angle = 2.0 * std::numbers::pi * v;
        m_spare = r * std::sin(angle);
        m_haveSpare = true;
        return r * std::cos(angle);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4] {};
    double m_spare = 0;
    bool m_haveSpare = false;
};

/// Poisson draws of one fixed mean: the mean is split into parts of at most kPart, each drawn by
/// inversion (exact for any mean, and O(mean) work, no more than the events it produces).
class PoissonSampler {
public:
    explicit PoissonSampler(double mean = 0)
    {
        if (!(mean > 0))
            return;
        m_wholeParts = std::uint64_t(mean / kPart);
        m_rest = mean - double(m_wholeParts) * kPart;
        m_expPart = std::exp(-kPart);
        m_expRest = std::exp(-m_rest);
    }

    /// Poisson with a mean of at most kPart from one uniform u, by inversion.
    static std::uint64_t invert(double u, double mean, double expMinusMean)
    {
        double p = expMinusMean;
        double cumulative = p;
        std::uint64_t k = 0;
        // P(k > 200) for a mean of 16 is below 1e-100: the cap only guards against rounding.
        while (u >= cumulative && k < 200) {
            ++k;
            p *= mean / double(k);
            cumulative += p;
        }
        return k;
    }

    static constexpr double kPart = 16.0;

    std::uint64_t draw(TrialRandom& random) const
    {
        std::uint64_t n = 0;
        for (std::uint64_t i = 0; i < m_wholeParts; ++i)
            n += invert(random.uniform(), kPart, m_expPart);
        if (m_rest > 0)
            n += invert(random.uniform(), m_rest, m_expRest);
        return n;
    }

private:
    std::uint64_t m_wholeParts = 0;
    double m_rest = 0;
    double m_expPart = 1;
    double m_expRest = 1;
};

} // namespace mamori::engine
