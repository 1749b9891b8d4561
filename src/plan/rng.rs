//! A small seeded random generator (xoshiro256**), the same natively and in wasm,
//! so the same input and seed always give the same plan.

/// Pseudo-random numbers from a 64-bit seed.
#[derive(Debug, Clone)]
pub struct Rng([u64; 4]);

impl Rng {
    /// A generator whose whole state is derived from `seed` (SplitMix64).
    pub fn new(seed: u64) -> Rng {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng([next(), next(), next(), next()])
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.0;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// The bound for [`Rng::chance`] giving probability `p`: `chance(threshold(p))` is exactly
    /// `unit() < p` (both compare the same 53 random bits), without the float conversion.
    pub fn threshold(p: f64) -> u64 {
        // unit() is m / 2⁵³ for a 53-bit integer m, so unit() < p is m < p · 2⁵³ (exact),
        // that is m < ceil(p · 2⁵³).
        (p.max(0.0) * (1u64 << 53) as f64).ceil() as u64
    }

    /// True with the probability given to [`Rng::threshold`]; draws one number like [`Rng::unit`].
    #[inline]
    pub fn chance(&mut self, threshold: u64) -> bool {
        self.next_u64() >> 11 < threshold
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// The indices `0..n` in a random order (Fisher–Yates), for the unit tests' random moves.
    #[cfg(test)]
    pub fn shuffled(&mut self, n: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            order.swap(i, self.below(i + 1));
        }
        order
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers_and_they_spread() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        let draws: Vec<usize> = (0..1000).map(|_| a.below(10)).collect();
        assert_eq!(draws, (0..1000).map(|_| b.below(10)).collect::<Vec<_>>());
        for value in 0..10 {
            let count = draws.iter().filter(|&&d| d == value).count();
            assert!((60..140).contains(&count), "{value}: {count}");
        }
        assert!((0..1000).all(|_| (0.0..1.0).contains(&a.unit())));
    }

    #[test]
    fn a_chance_is_the_same_draw_as_a_unit_below_the_rate() {
        for p in [0.0, 0.01, 0.1, 0.5, 1.0 / 3.0, 0.999, 1.0] {
            let (mut a, mut b) = (Rng::new(11), Rng::new(11));
            let threshold = Rng::threshold(p);
            assert!((0..10_000).all(|_| a.chance(threshold) == (b.unit() < p)), "{p}");
        }
        // At the edges of the 53 bits: m / 2⁵³ < p exactly when m < threshold.
        for p in [0.01, 0.5, 1.0 / 3.0] {
            let t = Rng::threshold(p);
            let unit = |m: u64| m as f64 / (1u64 << 53) as f64;
            assert!(unit(t - 1) < p && unit(t) >= p, "{p}");
        }
    }
}
