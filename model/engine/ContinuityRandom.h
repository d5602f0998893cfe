#pragma once

// Internal to the continuity simulation: the random numbers of one trial, written out here rather
// than taken from <random>, whose distributions are implementation-defined (libstdc++, libc++ and
// MSVC give different numbers for one seed). Only the generator's integer stream and the standard
// functions exp, log and sqrt go into a draw, so one seed gives the same outages everywhere.
//
// Streams: every (trial, source) pair, a source being one exposed (asset, threat) pair, has a stream of
// its own, keyed by a hash of the seed, the trial and the two ids. A trial's outages therefore depend
// neither on which thread plays it nor on what other trials drew; and a scenario simulated with the
// baseline's seed draws exactly the baseline's events for every pair it leaves alone (common random
// numbers), so the difference between the two is the scenario's and not noise.

#include <cmath>
#include <cstdint>

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

    /// Uniform in (0, 1), never 0 or 1: the middles of 2^53 equal cells.
    double openUniform() { return (double(next() >> 11) + 0.5) * 0x1.0p-53; }

    /// Standard normal: the normal quantile of one open uniform (normalQuantile()). Box-Muller would
    /// spend a logarithm, a square root, a sine and a cosine on a pair of which an outage, mostly
    /// alone in its stream, uses one.
    double normal() { return normalQuantile(openUniform()); }

    /// The standard normal quantile of p in (0, 1): Wichura's algorithm AS 241 (PPND16, Applied
    /// Statistics 37(3), 1988), rational approximations with a relative error near 1e-16; a
    /// logarithm and a square root only in the outer 15 % of p.
    static double normalQuantile(double p)
    {
        const auto horner = [](const double(&c)[8], double x) {
            double v = c[7];
            for (int i = 6; i >= 0; --i)
                v = v * x + c[i];
            return v;
        };
        static constexpr double centralNum[8]
            = {3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3, 1.3731693765509461125e+4,
                4.5921953931549871457e+4, 6.7265770927008700853e+4, 3.3430575583588128105e+4, 2.5090809287301226727e+3};
        static constexpr double centralDen[8]
            = {1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
                2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4, 5.2264952788528545610e+3};
        static constexpr double nearNum[8] = {1.42343711074968357734e0, 4.63033784615654529590e0,
            5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
            2.27238449892691845833e-2, 7.74545014278341407640e-4};
        static constexpr double nearDen[8] = {1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
            6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
            1.05075007164441684324e-9};
        static constexpr double farNum[8] = {6.65790464350110377720e0, 5.46378491116411436990e0,
            1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
            2.71155556874348757815e-5, 2.01033439929228813265e-7};
        static constexpr double farDen[8] = {1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
            1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
            2.04426310338993978564e-15};
        const double q = p - 0.5;
        if (std::fabs(q) <= 0.425) {
            const double r = 0.180625 - q * q;
            return q * horner(centralNum, r) / horner(centralDen, r);
        }
        double r = std::sqrt(-std::log(q < 0 ? p : 1.0 - p));
        double x = 0;
        if (r <= 5.0) {
            r -= 1.6;
            x = horner(nearNum, r) / horner(nearDen, r);
        } else {
            r -= 5.0;
            x = horner(farNum, r) / horner(farDen, r);
        }
        return q < 0 ? -x : x;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4] {};
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
